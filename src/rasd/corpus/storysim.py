"""Pair similarity for stories: is article B a rewrite of article A's report of one event?

Pure (no I/O besides the bundled gazetteer and a model file the caller names). Outlets rewrite one event in
their own words, so a single near-duplicate measure misses most of them. Each
article is reduced once (:func:`prepare`) to what identifies *the event* rather than
the topic, over light stems of search keys (:func:`stem`: article, one suffix and an
imperfect prefix removed; function words dropped; IDF over the corpus at hand):

- TF-IDF vectors of the **title**, of the **title + lead** (first three paragraphs, at
  most ``LEAD_WORDS`` words — where outlets state who, what and when), of each **lead
  sentence**, and of the **whole text** (its ``BODY_TERMS`` strongest terms);
- **names**: title and lead words that are places or person names in rasd's NER
  gazetteer, words of the article's entities when the analysis layers ran, or rare
  words (in at most ``NAME_DF`` of the articles) — people and places;
- the lead's **first sentence** (its stems, TF-IDF vector and IDF weights), the set of
  all the article's stems, and the **event types** its title and first sentence name;
- the **event day**: the first weekday of the lead's *first paragraph* (Arabic news dates
  its event «قال الثلاثاء»; a weekday further down is more often background: «وكانت …
  قد أعلنت الخميس») resolved against the publication date — the coming one when the
  words around it are future («سيلتقي الرئيسان الثلاثاء»: a preview names the day of the
  event it announces), else the latest — and the publication day when it names none;
- the **head** of the news: the first content stems of the first sentence, a dateline
  («دبي، الإمارات (CNN)--») skipped: its verb and subject, who did what.

:func:`pair_features` turns two prepared articles into the numbers of ``FEATURES``:
title, lead and body cosines, the best sentence-to-sentence cosine (rewrites share
their key sentence), an IDF-weighted Dice of the title + lead stems, the names cosine,
the event-day agreement (+1 same day / -1 different, halved when a weekday is missing),
the event-day gap, the publication gap in hours, how much of each lead's first sentence
the other article covers (IDF-weighted, the smaller of the two directions: a next-day
development's news is absent from the earlier report), the overlap of the event types
that the title and first sentence name (rasd's PLOVER trigger lexicon), the best
cosine of one first sentence against the other lead, and the weighted Dice of the
title + lead and of the first sentences under a **local IDF** (over the leads published
the day before, that day and the day after: a word every report of an affair uses that
week, خاشقجي in October, says "same affair", not "same event"), and the lead cosine
times the hour gap (a day apart, shared wording is more often repeated background), and
``head``: the share of each first sentence's first ``HEAD_WORDS`` content stems found among
the other's first ``HEAD_SPAN`` (the mean of the two directions). Two reports of one event
open with the same actor and act («دعت الأمم المتحدة … إلى تحقيق» / «طالب الأمين العام للأمم
المتحدة … بالتحقيق»); another actor's statement or reaction in one affair, on the same day and
with the same background, opens with someone else («أكدت السلطات الصينية اعتقال …» / «أعلن
الإنتربول استقالة …»).

The engine's default scorer of these numbers is a hand-set rule with no fitted parameter
(:mod:`rasd.corpus.storyrule`). :class:`PairModel` is the optional learned scorer: a
logistic regression fitted on the user's own labelled pairs
(``scripts/fit_story_model.py --write PATH``) and read from that file by :func:`load_model`
(``rasd stories --model PATH``). The package ships no fitted model.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rasd.arabic.event_lexicon import Trigger, combined_triggers
from rasd.arabic.months import WEEKDAYS
from rasd.arabic.normalize import normalize
from rasd.corpus.search import keys

LEAD_PARAGRAPHS = 3
LOCAL_DAYS = 1  # the local IDF counts the leads published this many days either side
LEAD_WORDS = 120
BODY_TERMS = 80
NAME_DF = 0.003  # a word in at most 0.3% of the articles (and at most 30) counts as a name
MODEL_THRESHOLD = 0.30  # a model file's default threshold and link (probabilities), when it names none
GAZETTEER = Path(__file__).resolve().parents[1] / "data" / "ner" / "gazetteer.tsv"

FEATURES = ("title", "lead", "sentence", "dice", "body", "names", "eventday", "daygap", "hourgap", "firstcov",
            "etype", "leadfirst", "localdice", "localfirst", "leadxgap", "head")
HEAD_WORDS = 3  # the first content stems of a first sentence: its verb and subject (who did what)
NEWS_WORDS = 8  # a shorter first paragraph is a byline or a dateline, not the news
HEAD_SPAN = 8  # found among the other first sentence's first eight (word order and apposition vary)
HOUR_SCALE = 48.0  # the publication gap is capped at two days (the candidate window)

# Function words and reporting verbs (normalized like search keys: على → علي, article kept).
_STOPWORDS_RAW = """
في من على الى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين التى ان انه انها كان كانت يكون تكون
قد لقد لم لن ما لا ولا او ام ثم حتى اذا اذ كل بعض غير بين عند بعد قبل خلال منذ حيث كما ايضا
هو هي هم هن انا نحن انت هناك هنا اي وقد وكان فيه فيها منه منها عليه عليها اليه اليها به بها
له لها لهم عليهم منهم فيهم الا الي وهو وهي اكثر اقل امس اليوم غدا العام عام يوم وقال قال وقالت قالت
واضاف اضاف واكد اكد واشار اشار وذكر ذكر يتم تم وتم كذلك جدا فقط مثل نحو اطار وفق وفقا
ضمن لدى لدي سوف سيتم حول عبر دون ضد مما ممن الذى هذة الان مساء صباح الثلاثاء الاربعاء
الخميس الجمعه السبت الاحد الاثنين اخرى اخري الاخرى احد احدى واحد واحده اول الاول الاولى ثاني الثاني
اعلن اعلنت قالت يقول تقول افاد افادت اكدت اضافت وفقا بحسب حسب وكاله الانباء مصدر مصادر
"""
STOPWORDS = frozenset(normalize(w).lower() for w in _STOPWORDS_RAW.split())

_WEEKDAY_KEYS = {normalize(k).lower(): v for k, v in WEEKDAYS.items()}
_PARA_RE = re.compile(r"\n+")
_WORD_RE = re.compile(r"\w+")
_SENT_RE = re.compile(r"(?<=[.!؟?])\s+")
# A weekday word (normalized), optionally after يوم and a glued و/ف/ب; «الاثنين الماضي» is a past day too
_WEEKDAY_RE = re.compile(r"(?<!\w)[وفب]?(?:يوم\s+)?(" + "|".join(sorted(_WEEKDAY_KEYS, key=len, reverse=True))
                         + r")(?!\w)")
_PAST_AFTER_RE = re.compile(r"\s+(?:الماضي|الفائت|المنصرم)(?!\w)")
# A dateline before the news: «دبي، الإمارات العربية المتحدة (CNN)--», «(CNN) –»: a short opening up to a
# parenthesised source followed by a dash
_DATELINE_RE = re.compile(r"^[^.؟!\n]{0,90}?\([^()\n]{2,25}\)\s*[-–—]+\s*")
_ARTICLE_CLITICS = ("وال", "بال", "فال", "كال", "لل")
_SUFFIXES = ("ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي", "ا")


@dataclass
class Prepared:
    """One article reduced to what :func:`pair_features` compares (see module docstring)."""

    hours: float | None
    title: dict[str, float]
    lead: dict[str, float]
    sentences: list[dict[str, float]]
    body: dict[str, float]
    names: dict[str, float]
    lead_idf: dict[str, float]  # stem -> idf of the title + lead stems (for the weighted Dice)
    lead_mass: float
    event_day: int | None  # ordinal of the day the lead's weekday points to (or the publication day)
    weekday_known: bool
    source: str | None = None
    first: dict[str, float] = field(default_factory=dict)  # TF-IDF of the lead's first sentence
    first_idf: dict[str, float] = field(default_factory=dict)  # its stems -> idf
    stems: frozenset[str] = frozenset()  # every stem of the title and text
    etypes: frozenset[str] = frozenset()  # event types named in the title and first sentence
    local: dict[str, float] = field(default_factory=dict)  # title + lead stem -> idf among the leads of its days
    head: tuple[str, ...] = ()  # the first HEAD_SPAN content stems of the first sentence (dateline skipped)


def _useful(k: str) -> bool:
    if k.isdigit():
        n = int(k)
        return len(k) >= 2 and not (1400 <= n <= 1450 or 1900 <= n <= 2100)
    return len(k) >= 3 and k not in STOPWORDS


def hours(published: str | None) -> float | None:
    """Hours since the epoch of an ISO date or date-time (naive = UTC), or None."""
    if not published:
        return None
    try:
        dt = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=None).toordinal() * 24.0 + dt.hour + dt.minute / 60.0
    return dt.timestamp() / 3600.0 + 719163 * 24.0  # the same scale: ordinal days * 24


def paragraphs(title: str, text: str) -> list[str]:
    """The paragraphs of ``text``, a leading copy of the title skipped."""
    paras = [p.strip() for p in _PARA_RE.split(text) if p.strip()]
    if paras and title and paras[0] == title.strip():
        paras = paras[1:]
    return paras


def lead_of(title: str, text: str) -> str:
    """The first ``LEAD_PARAGRAPHS`` paragraphs of ``text`` cut to ``LEAD_WORDS`` words."""
    words = " ".join(paragraphs(title, text)[:LEAD_PARAGRAPHS]).split()
    return " ".join(words[:LEAD_WORDS])


@functools.lru_cache(maxsize=1 << 18)
def stem(key: str) -> str:
    """A light stem of a search key: a glued conjunction or preposition, the article, one
    common suffix (plural, dual, pronoun, nisba) and an imperfect-verb prefix removed, so
    rewrites in other word forms match (الضربات/ضربة، يستهدف/تستهدف، وترامب/ترامب). Never
    shorter than three letters; numbers unchanged."""
    if key.isdigit():
        return key
    k = key
    for pre in _ARTICLE_CLITICS:  # وال، بال، فال، كال، لل: a conjunction or preposition glued to the article
        if k.startswith(pre) and len(k) - len(pre) >= 3:
            k = k[len(pre):]
            break
    else:
        if k[0] in "وف" and len(k) >= 5:  # وترامب، فالمحكمة: the conjunction (short words keep it: وزير)
            k = k[1:]
    k = k[2:] if k.startswith("ال") and len(k) > 4 else k
    for suf in _SUFFIXES:
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            k = k[: -len(suf)]
            break
    if len(k) >= 5 and k[0] in "يتنا":
        k = k[1:]
    return k


@functools.lru_cache(maxsize=1)
def gazetteer_names() -> frozenset[str]:
    """Place and person-name words of rasd's NER gazetteer (normalized)."""
    out = set()
    try:
        with GAZETTEER.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or "\t" not in line:
                    continue
                word, flags = line.rstrip("\n").split("\t", 1)
                if {"LOC", "FN", "LN"} & set(flags.split(",")):
                    out.add(word.strip("()"))
    except OSError:
        pass
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _triggers() -> tuple[re.Pattern[str], re.Pattern[str], list[Trigger]]:
    return combined_triggers()  # compiled on first use, not at import


@functools.lru_cache(maxsize=1 << 17)
def _word_type(word: str) -> str | None:
    """The PLOVER event type of a normalized word when rasd's trigger lexicon has it."""
    _, word_rx, triggers = _triggers()
    m = word_rx.fullmatch(word)
    return triggers[int(m.lastgroup[1:])].type if m is not None and m.lastgroup else None


def event_types(text: str) -> frozenset[str]:
    """Event types that the one-word triggers of ``text`` name (what happened: an attack, a
    statement, an arrest): two reports of one event tend to name the same ones."""
    return frozenset(t for w in _WORD_RE.findall(normalize(text)) if (t := _word_type(w)))


def _coverage(a: dict[str, float], stems: frozenset[str]) -> float:
    """The IDF-weighted share of ``a``'s stems found in ``stems``."""
    total = sum(a.values())
    return sum(w for t, w in a.items() if t in stems) / total if total else 0.0


def unit_vector(v: dict[str, float]) -> dict[str, float]:
    """``v`` scaled to length 1 (an empty vector stays empty)."""
    norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
    return {t: w / norm for t, w in v.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _tfidf(words: list[str], idf: dict[str, float], top: int | None = None) -> dict[str, float]:
    v = {t: (1 + math.log(c)) * idf[t] for t, c in Counter(words).items()}
    if top is not None and len(v) > top:
        v = dict(sorted(v.items(), key=lambda kv: -kv[1])[:top])
    return unit_vector(v)


def _event_day(hours_: float | None, weekday: int | None, future: bool = False) -> int | None:
    """The day the event happened: the latest day at most six days before publication whose
    weekday is the one the lead names (news says «قال الثلاثاء»), the earliest one from the
    publication day on when ``future`` (a preview: «يلتقي الرئيسان الثلاثاء»), else the
    publication day."""
    if hours_ is None:
        return None
    day = int(hours_ // 24)
    if weekday is None:
        return day
    for k in range(7):
        d = day + k if future else day - k
        if date.fromordinal(d).isoweekday() == weekday:
            return d
    return day


def news_paragraphs(paras: list[str]) -> list[str]:
    """``paras`` from the one that states the news: the first of ``NEWS_WORDS`` words or more
    among the first ``LEAD_PARAGRAPHS``, so that a byline or dateline on its own line («عين
    اليوم – الرياض», «نايف السعدي – عين اليوم») is no part of the lead; all of them when none
    of those is that long."""
    k = next((i for i, p in enumerate(paras[:LEAD_PARAGRAPHS]) if len(p.split()) >= NEWS_WORDS), 0)
    return paras[k:]


def news_weekday(first_paragraph: str) -> tuple[int | None, bool]:
    """The ISO weekday that the first paragraph names first, and whether its words are future
    (rasd's time layer reads the tense: سـ + verb, «المرتقب», «من المقرر» …); (None, False)
    when it names none. «الخميس الماضي» (last Thursday) is past whatever the verbs."""
    from rasd.analyse.time.context import tense_at

    norm = normalize(first_paragraph)
    m = _WEEKDAY_RE.search(norm)
    if m is None:
        return None, False
    future = (_PAST_AFTER_RE.match(norm, m.end()) is None
              and tense_at(norm, m.start(1), m.end(1), verb=True) == "future")
    return _WEEKDAY_KEYS[m.group(1)], future


def head_stems(first_paragraph: str) -> tuple[str, ...]:
    """The first ``HEAD_SPAN`` content stems of the paragraph's first sentence, a dateline skipped."""
    sent = _SENT_RE.split(_DATELINE_RE.sub("", first_paragraph, count=1))[0]
    return tuple(stem(k) for k in keys(sent) if _useful(k))[:HEAD_SPAN]


def prepare(docs: list[tuple[str, str, str | None, str | None, list[str]]]) -> list[Prepared]:
    """Prepare ``(title, text, published, source, entity names)`` tuples (IDF over them all)."""
    n = len(docs)
    raw = []
    df: Counter[str] = Counter()
    first_texts = []
    first_paras = []
    for title, text, _, _, _ in docs:
        paras = news_paragraphs(paragraphs(title, text))
        first_texts.append(title + "\n" + (_SENT_RE.split(paras[0])[0] if paras else ""))
        first_paras.append(paras[0] if paras else "")
        lead_words = 0
        sents: list[list[str]] = [[stem(k) for k in keys(title) if _useful(k)]]
        lead_keys: list[str] = []
        for p in paras[:LEAD_PARAGRAPHS]:
            for sent in _SENT_RE.split(p):
                if lead_words >= LEAD_WORDS:
                    break
                ks = keys(sent)[: LEAD_WORDS - lead_words]
                lead_words += len(ks)
                lead_keys.extend(ks)
                sents.append([stem(k) for k in ks if _useful(k)])
        body = [stem(k) for p in paras for k in keys(p) if _useful(k)]
        raw.append((sents, lead_keys, body))
        df.update(set(body).union(*sents))
    idf = {t: math.log((n + 1) / c) for t, c in df.items()}
    local_idf = _local_idf(docs, raw)
    gaz = gazetteer_names()
    name_df = max(2, min(30, int(n * NAME_DF)))
    out = []
    for (_, _, published, source, ents), (sents, _lead_keys, body), first_text, first_para in zip(
            docs, raw, first_texts, first_paras, strict=True):
        lead = [t for s_ in sents for t in s_]
        ent_words = {stem(k) for e in ents for k in keys(e) if _useful(k)}
        names = {t: idf[t] for t in set(lead) if not t.isdigit() and (t in gaz or t in ent_words or df[t] <= name_df)}
        weekday, future = news_weekday(first_para)
        h = hours(published)
        lead_idf = {t: idf[t] for t in set(lead)}
        first = sents[1] if len(sents) > 1 else []
        out.append(Prepared(
            h, _tfidf(sents[0], idf), _tfidf(lead, idf), [_tfidf(s_, idf) for s_ in sents if s_],
            _tfidf(lead + body, idf, BODY_TERMS), unit_vector(names), lead_idf, sum(lead_idf.values()),
            _event_day(h, weekday, future), weekday is not None, source, _tfidf(first, idf) if first else {},
            {t: idf[t] for t in first}, frozenset(body).union(*sents), event_types(first_text),
            local_idf(h, set(lead)), head_stems(first_para)))
    return out


def _local_idf(docs: list[tuple[str, str, str | None, str | None, list[str]]],
               raw: list[tuple[list[list[str]], list[str], list[str]]]
               ) -> Callable[[float | None, set[str]], dict[str, float]]:
    """A function ``(hours, stems) -> {stem: local idf}``: the idf of each stem among the
    title + lead stem sets of the articles published within ``LOCAL_DAYS`` days of
    ``hours`` (the plain 0.5-smoothed idf; every stem when the time is unknown gets the
    idf of an empty window)."""
    by_day: dict[int, Counter[str]] = {}
    n_day: Counter[int] = Counter()
    for (_, _, published, _, _), (sents, _, _) in zip(docs, raw, strict=True):
        h = hours(published)
        if h is not None:
            d = int(h // 24)
            by_day.setdefault(d, Counter()).update(set().union(*sents))
            n_day[d] += 1
    windows: dict[int, tuple[Counter[str], int]] = {}

    def local(h: float | None, stems: set[str]) -> dict[str, float]:
        if h is None:
            return {t: math.log(2.0) for t in stems}
        d = int(h // 24)
        if d not in windows:
            c: Counter[str] = Counter()
            for k in range(d - LOCAL_DAYS, d + LOCAL_DAYS + 1):
                c.update(by_day.get(k, Counter()))
            windows[d] = (c, sum(n_day[k] for k in range(d - LOCAL_DAYS, d + LOCAL_DAYS + 1)))
        c, n = windows[d]
        return {t: math.log((n + 1) / (c[t] + 0.5)) for t in stems}

    return local


def _local_dice(a: Prepared, b: Prepared, ta: Iterable[str], tb: Iterable[str]) -> float:
    """Weighted Dice of the stems ``ta`` of ``a`` and ``tb`` of ``b`` under their local IDFs."""
    wa = {t: a.local.get(t, 0.0) for t in ta}
    wb = {t: b.local.get(t, 0.0) for t in tb}
    total = sum(wa.values()) + sum(wb.values())
    shared = sum(w + wb[t] for t, w in wa.items() if t in wb)
    return shared / total if total > 0 else 0.0


def _head_share(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """The share of ``a``'s first ``HEAD_WORDS`` stems found among ``b``'s (0 when ``a`` has none)."""
    lead = a[:HEAD_WORDS]
    return sum(1 for t in lead if t in b) / len(lead) if lead else 0.0


def pair_features(a: Prepared, b: Prepared) -> list[float]:
    """The ``FEATURES`` of a pair (cosines, Dice, coverage and overlap in [0, 1]; eventday in
    [-1, 1]; daygap and hourgap in [0, 1], 1 when a time is unknown)."""
    sentence = max((cosine(x, y) for x in a.sentences for y in b.sentences), default=0.0)
    shared = sum(w for t, w in a.lead_idf.items() if t in b.lead_idf)
    dice = 2 * shared / (a.lead_mass + b.lead_mass) if a.lead_mass + b.lead_mass else 0.0
    if a.event_day is None or b.event_day is None:
        eventday, gap = 0.0, 1.0
    else:
        d = abs(a.event_day - b.event_day)
        sure = 1.0 if a.weekday_known and b.weekday_known else 0.5
        eventday = sure if d == 0 else -sure
        gap = min(d, 3) / 3.0
    if a.hours is None or b.hours is None:
        hourgap = 1.0
    else:
        hourgap = min(abs(a.hours - b.hours), HOUR_SCALE) / HOUR_SCALE
    firstcov = min(_coverage(a.first_idf, b.stems), _coverage(b.first_idf, a.stems))
    types = a.etypes | b.etypes
    etype = len(a.etypes & b.etypes) / len(types) if types else 0.0
    leadfirst = max(cosine(a.first, b.lead), cosine(b.first, a.lead))
    lead = cosine(a.lead, b.lead)
    # lead x gap: a day apart, shared wording is more often the background a development repeats
    return [cosine(a.title, b.title), lead, sentence, dice, cosine(a.body, b.body),
            cosine(a.names, b.names), eventday, gap, hourgap, firstcov, etype, leadfirst,
            _local_dice(a, b, a.lead_idf, b.lead_idf), _local_dice(a, b, a.first_idf, b.first_idf), lead * hourgap,
            (_head_share(a.head, b.head) + _head_share(b.head, a.head)) / 2]


@dataclass
class PairModel:
    """Logistic regression over :data:`FEATURES` (standardized with ``mean``/``scale``);
    ``threshold`` and ``link`` are the probabilities the engine clusters at with it."""

    weights: list[float]
    bias: float
    mean: list[float]
    scale: list[float]
    features: tuple[str, ...] = FEATURES
    threshold: float = MODEL_THRESHOLD
    link: float = MODEL_THRESHOLD

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * (v - m) / s for w, v, m, s in zip(self.weights, x, self.mean, self.scale,
                                                                  strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"features": list(self.features), "weights": self.weights, "bias": self.bias,
                "mean": self.mean, "scale": self.scale, "threshold": self.threshold, "link": self.link}


@functools.lru_cache(maxsize=4)
def load_model(path: str) -> PairModel:
    """The pair model in the JSON file at ``path`` (written by ``scripts/fit_story_model.py
    --write``). Raises :class:`rasd.errors.InputError` naming the file when it is missing,
    not JSON, or not a model over :data:`FEATURES`."""
    from rasd.errors import InputError

    try:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
    except OSError as e:
        raise InputError(str(path), f"cannot read the story model ({e.strerror or e})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"not a JSON story model ({e})") from None
    n = len(FEATURES)
    try:
        if tuple(d["features"]) != FEATURES:
            raise InputError(str(path), f"model features {d['features']} are not {list(FEATURES)}")
        model = PairModel([float(v) for v in d["weights"]], float(d["bias"]), [float(v) for v in d["mean"]],
                          [float(v) for v in d["scale"]], threshold=float(d.get("threshold", MODEL_THRESHOLD)),
                          link=float(d.get("link", d.get("threshold", MODEL_THRESHOLD))))
    except (KeyError, TypeError, ValueError) as e:
        raise InputError(str(path), f"not a story model: needs features, weights, bias, mean, scale ({e})") from None
    if not (len(model.weights) == len(model.mean) == len(model.scale) == n) or 0.0 in model.scale:
        raise InputError(str(path), f"a story model needs {n} weights, means and non-zero scales")
    return model


def fit(xs: list[list[float]], ys: list[int], *, l2: float = 1.0, iters: int = 3000, lr: float = 0.1) -> PairModel:
    """Fit a :class:`PairModel` by gradient descent (L2-penalized mean log loss)."""
    import numpy as np

    x = np.asarray(xs, dtype=float)
    y = np.asarray(ys, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(y)
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        g = p - y
        w -= lr * (z.T @ g / n + l2 * w / n)
        b -= lr * g.mean()
    return PairModel([float(v) for v in w], float(b), [float(v) for v in mean], [float(v) for v in scale])

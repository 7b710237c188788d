"""Event triggers read by a token classifier trained on licence-clean data (ANERcorp event annotations).

Status (session 11, issue #11, helper "evlearn"): **an experiment; nothing of it is in the package, no weights
ship.** As an extra trigger source beside the rules it adds almost nothing on the ANT dev sets and what it adds is
right about a third of the time (figures in ``scripts/train_event_triggers.py``), so switching it on would lower
the events' precision; it stays here with its trainer and its measuring script (``scripts/event_triggers_extra.py``).

Contract: :func:`token_features` turns one sentence's words (normalized with :func:`rasd.arabic.normalize.normalize`,
as the events view normalizes) and per-word context flags into feature strings; a :class:`TriggerModel`
(multinomial logistic regression: a weight per feature and class, classes ``"O"`` and the PLOVER types) gives each
word its probability of being each type's trigger; :meth:`TriggerModel.triggers` returns ``(word index, type,
P(event))`` where ``1 - P(O)`` passes a threshold. Pure: no I/O but :func:`load` (a JSON weight file written by
``scripts/train_event_triggers.py write``).

Why a model and what it reads: a trigger lexicon written from reading the ANT dev sets does not carry to unseen
articles; a classifier trained on annotated sentences reads the word's morphology (a light stem, its consonant
skeleton, the verb and verbal-noun shapes of Arabic derivation: imperfect prefixes, افتعال/انفعال/استفعال/تفعيل/
مفاعلة), its neighbours, its syntactic position (after «أن», after a reporting verb, inside quote marks, next to a
named actor) and the rules' own lexicon entry as one piece of evidence. Training data must let the model ship:
ANERcorp (CC BY-SA 4.0), never ANT text.

As an extra trigger source (:func:`learned_mentions`; :func:`install` wraps the events layer of the running
process, for measuring only): the model is asked only about words no rule trigger touches (no entry of the
one-word lexicon, no phrase trigger, no named actor's mention, no rule mention): where the lexicon knows a word,
the rules' reading of it (and their filters: negation, conditions, sport) stands. A word the model reads as a
trigger becomes a mention only when the rules' argument finder (:func:`rasd.analyse.events.arguments.find_actors`)
gives it actors from its syntax (a source for a directed event, two sides for a symmetric one: no sentence
fallback), and is not negated (:func:`rasd.analyse.events.cues.status_of`); its status and date are read as the
rules read them.

Context flags per word (the caller computes them: the trainer from ANERcorp's own NER tags, :func:`learned_mentions`
from rasd's entity mentions): ``"E"`` the word is inside a named actor's mention, ``"B"`` it begins one, else ``""``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "اته", "اتها", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي", "ا")
_WEAK = str.maketrans("", "", "اويىءأإآؤئ")
_NEGATORS = frozenset({"لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "غير", "بدون", "ولم", "ولن", "ولا"})
_THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "وان", "الي", "علي", "عن", "ب"})
_REPORT = re.compile(r"[وف]?(?:قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|اعلن|اعلنت|[يت]قول|"
                     r"[يت]ضيف|[يت]ؤكد|صرح|صرحت|افاد|افادت)")
_QUOTES = frozenset('«»"“”')
# the derived shapes of Arabic verbs and verbal nouns, read on the light stem (normalized)
_SHAPES = (
    ("impf", re.compile(r"^(?:س)?[يتن]\w{3,}$")),          # يهاجم، تطالب، ستفرض
    ("ifti", re.compile(r"^ا\wت\w{2,}$")),                 # اتهام، اجتماع، اعتقال
    ("infi", re.compile(r"^ان\w{3,}$")),                   # انسحاب، انتقاد (also افتعال of ن)
    ("istif", re.compile(r"^است\w{3,}$")),                 # استقبال، استهداف
    ("tafil", re.compile(r"^ت\w\w?ي\w$")),                 # تهديد، تعزيز
    ("mufa", re.compile(r"^م\wا\w{2,}$")),                 # مفاوضات، مطالبه
    ("fial", re.compile(r"^\w\wا\w$")),                    # قتال، حصار
    ("fuul", re.compile(r"^\w\wو\w$")),                    # هجوم، دخول، خروج
    ("part", re.compile(r"^م\w{3,}[اه]?$")),               # متهما، مطالبا
)


def stem(word: str) -> str:
    """A light stem of a normalized word: one proclitic, the article and one suffix off, >= 3 letters left.
    A feature, not a lemma: it maps most inflected forms of a word to one string."""
    w = word
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    if w.startswith(("ال", "لل")) and len(w) >= 5:
        w = w[2:]
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            return w[: -len(s)]
    return w


def skeleton(word_stem: str) -> str:
    """The stem's consonants (long vowels and hamza carriers dropped): اتهام/اتهم -> تهم."""
    return word_stem.translate(_WEAK) or word_stem


@lru_cache(maxsize=65536)
def lexicon_entry(word: str) -> tuple[str, str] | None:
    """``(type, pos)`` of the rules' one-word trigger lexicon entry that the normalized word matches, if any."""
    rx, triggers = _word_lexicon()
    m = rx.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    t = triggers[int(m.lastgroup[1:])]
    return t.type, t.pos


@lru_cache(maxsize=1)
def _word_lexicon():
    from rasd.arabic.event_lexicon import combined_triggers

    _phrases, word_rx, triggers = combined_triggers()
    return word_rx, triggers


@lru_cache(maxsize=65536)
def _own(w: str) -> tuple[str, ...]:
    """The features of the word itself (cached: a word's form decides them)."""
    s = stem(w)
    k = skeleton(s)
    f = [f"w={w}", f"s={s}", f"k={k}", f"k3={k[:3]}", f"p2={s[:2]}", f"x2={s[-2:]}", f"x3={s[-3:]}",
         f"c0={w[:1]}" if w[:1] in "وفبلك" else "c0=-", f"len={min(len(s), 8)}"]
    f += [f"shape={name}" for name, rx in _SHAPES if rx.match(s)]
    if w.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        f.append("def")
    if w.endswith(("ه", "ها", "هم", "هما")) and not w.startswith(("ال", "وال", "بال", "لل")):
        f.append("pron")
    lex = lexicon_entry(w)
    if lex is not None:
        f += [f"lex={lex[0]}", f"lexpos={lex[1]}"]
    return tuple(f)


def token_features(words: Sequence[str], i: int, flags: Sequence[str] = ()) -> list[str]:
    """Feature strings of word ``i`` of a sentence (normalized words in order; ``flags`` as the module says)."""
    w = words[i]
    f = ["b", *_own(w)]
    fl = flags[i] if i < len(flags) else ""
    if fl:
        f.append(f"ent={fl}")
    if i == 0:
        f.append("first")
    else:
        prev = words[i - 1]
        f += [f"-1w={prev}", f"-1s={stem(prev)}"]
        if prev in _NEGATORS:
            f.append("neg")
        if prev in _THAT:
            f.append(f"that={prev}")
        if i - 1 < len(flags) and flags[i - 1]:
            f.append("-1ent")
    if i >= 2:
        f.append(f"-2s={stem(words[i - 2])}")
    if i + 1 < len(words):
        nxt = words[i + 1]
        f += [f"+1w={nxt}", f"+1s={stem(nxt)}"]
        if i + 1 < len(flags) and flags[i + 1] == "B":
            f.append("+1ent")
            f.append(f"+1ent|k={skeleton(stem(w))}")
    else:
        f.append("last")
    if i + 2 < len(words):
        f.append(f"+2s={stem(words[i + 2])}")
        if i + 2 < len(flags) and flags[i + 2] == "B":
            f.append("+2ent")
    left = words[max(0, i - 8):i]
    if any(_REPORT.fullmatch(x) for x in left):
        f.append("reported")
    if sum(x in _QUOTES for x in words[:i]) % 2 == 1:
        f.append("inquote")
    if any(x in _NEGATORS for x in words[max(0, i - 3):i]):
        f.append("neg3")
    return f


@dataclass(frozen=True)
class TriggerModel:
    """Weights per feature string (``index`` maps a feature to its row of ``weights``), one column per class
    (``classes[0]`` is "O", no event)."""

    classes: tuple[str, ...]
    index: dict[str, int]
    weights: object  # numpy array (features x classes)

    def probs(self, feats: Sequence[Sequence[str]]):
        """Softmax over the classes for each word's features (unknown features weigh nothing)."""
        import numpy as np

        rows = [[self.index[f] for f in fs if f in self.index] for fs in feats]
        z = np.zeros((len(rows), len(self.classes)))
        for r, idx in enumerate(rows):
            if idx:
                z[r] = self.weights[idx].sum(axis=0)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def triggers(self, words: Sequence[str], flags: Sequence[str] = (), threshold: float = 0.5,
                 only: Sequence[int] | None = None) -> list[tuple[int, str, float]]:
        """``(i, type, p)`` for each word (of ``only`` when given) whose probability of being any event's
        trigger, ``p = 1 - P(O)``, is at least ``threshold``; the type is the likeliest event type."""
        at = list(range(len(words))) if only is None else list(only)
        if not at:
            return []
        P = self.probs([token_features(words, i, flags) for i in at])
        out = []
        for r, i in enumerate(at):
            p = 1.0 - float(P[r, 0])
            if p >= threshold:
                c = 1 + int(P[r, 1:].argmax())
                out.append((i, self.classes[c], p))
        return out


def load(path: str | Path) -> TriggerModel:
    """A model from its JSON file: ``{"classes": [...], "weights": {feature: [w per class]}}``."""
    import numpy as np

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    feats = list(data["weights"])
    return TriggerModel(tuple(data["classes"]), {f: k for k, f in enumerate(feats)},
                        np.array([data["weights"][f] for f in feats], dtype=float).reshape(len(feats), -1))


SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_TOKEN = re.compile(r"\w+|[^\w\s]")
_NOUN_END = re.compile(r"(?:ات|اته|اتها|اتهم|ه|ها|هم|هما|ا|ين|ون)$")


def install(path: str | Path, threshold: float) -> None:
    """Make the events layer of this process take the reader's mentions too (for measuring it: nothing in the
    package calls this). The layer's last mention source, ``quoted_demands``, is wrapped so that
    :func:`learned_mentions` runs after every rule source of ``_candidates``."""
    from rasd.analyse.events import layer

    m = load(path)
    rules_last = layer.quoted_demands

    def with_learned(v, article, found, sents, *, title_end, para_starts):
        out = rules_last(v, article, found, sents, title_end=title_end, para_starts=para_starts)
        taken = [(x.start(), x.end()) for x in layer._PHRASE_RX.finditer(v.norm)]
        return out + learned_mentions(m, threshold, v, article, [*found, *out], taken, sents,
                                      title_end=title_end, para_starts=para_starts)

    layer.quoted_demands = with_learned


def pos_of(word: str) -> str:
    """"verb" or "noun" from the word's shape: a definite word, a derived verbal-noun shape or a nominal ending is a
    noun; an imperfect prefix or a bare past stem is a verb."""
    s = stem(word)
    if word.startswith(("ال", "وال", "بال", "لل", "فال", "كال")):
        return "noun"
    if any(name in ("ifti", "infi", "istif", "tafil", "mufa", "fial", "fuul") and rx.match(s) for name, rx in _SHAPES) \
            or _NOUN_END.search(word):
        return "noun"
    return "verb"


def learned_mentions(m: TriggerModel, threshold: float, v, article, found, taken: list[tuple[int, int]],
                     sents: list[tuple[int, int]], *, title_end: int, para_starts: list[int]) -> list:
    """Extra event mentions (:class:`~rasd.analyse.events.merge.Cand`) from the reader ``m`` at ``threshold``, at
    words no rule trigger touches: no entry of the one-word lexicon, not inside ``taken`` (the normalized spans of
    the phrase triggers) nor a named actor's mention nor a mention of ``found`` (the rules' own)."""
    from rasd.analyse.events import status as status_model
    from rasd.analyse.events.arguments import find_actors
    from rasd.analyse.events.cues import status_of
    from rasd.analyse.events.merge import Cand
    from rasd.analyse.events.status import dated_status
    from rasd.arabic.event_triggers import Trigger

    out = []
    for sa, sb in sents:
        toks = [(t.start() + sa, t.end() + sa, t.group()) for t in _TOKEN.finditer(v.norm[sa:sb])]
        if not toks:
            continue
        words = [w for _, _, w in toks]
        flags = []
        for a, b, _w in toks:
            k = _mention_at(v, a, b)
            flags.append("" if k is None else ("B" if k == a else "E"))
        own = [v.inv[c.start] for c in found if sa <= v.inv[c.start] < sb]
        only = [i for i, (a, b, w) in enumerate(toks)
                if len(w) >= 3 and w.isalpha() and not flags[i] and lexicon_entry(w) is None and a not in own
                and not any(x < b and a < y for x, y in taken)]
        for i, typ, _p in m.triggers(words, flags, threshold, only):
            a, b, word = toks[i]
            trig = Trigger(typ, None, pos_of(word), "learned", typ in SYMMETRIC)
            subj, objs, loc = find_actors(v, trig, word, a, b, sa, sb)
            subj_ = [v.actor(x.entity) for x in subj]
            objs_ = [v.actor(x.entity) for x in objs]
            if trig.symmetric:
                ids = list(dict.fromkeys(e.id for e in [*subj_, *objs_]))
                if len({v.key.get(x, x) for x in ids}) < 2:
                    continue
                source = target = None
            else:
                if not subj_:
                    continue
                source = subj_[0].id
                target = next((e.id for e in objs_ if e.id != source), None)
                ids = [x for x in (source, target) if x]
            st = status_of(v, word, trig, a, b, sa, sb)
            if st == "negated":
                continue
            st, dated, inherited = dated_status(v, article, trig, word, (a, b), (sa, sb), st,
                                                title_end=title_end, para_starts=para_starts)
            date, date_text = dated if dated else (None, None)
            s, e = v.src(a, b)
            quote = next((qi for qi, q in enumerate(article.quotes) if q.start <= s and e <= q.end), None)
            st, feats = status_model.of_mention(v.norm, a, b, (sa, sb), typ, trig.pos, st, quoted=quote is not None,
                                                title=a < title_end, date=None if inherited else date,
                                                published=article.published)
            out.append(Cand(trig, s, e, v.src(sa, sb), st, None, source, target, ids, date,
                            loc.entity.id if loc else None, quote, inherited=inherited, date_text=date_text,
                            status_feats=feats))
    return out


def _mention_at(v, a: int, b: int) -> int | None:
    """The start of the actor mention of the view that holds ``a``-``b``, if any."""
    import bisect

    k = bisect.bisect_right(v._starts, a) - 1
    if k >= 0 and v.mentions[k].end >= b:
        return v.mentions[k].start
    return None

"""The events layer: PLOVER events stated by the article, built on the earlier layers.

``annotate(article)`` fills ``article.events`` from ``article.text`` and the
layers before it: ``entities`` (actors and locations are entity ids),
``dates`` (an event's date is a TIMEX value), ``quotes`` (``quote`` is the
index of the quote an event was reported in) and ``published``.

How (rule-based, one sentence at a time, over the normalized view):

1. Triggers come from :mod:`rasd.arabic.event_lexicon`; a trigger inside an
   entity mention (``مجلس التعاون``, ``مركز الملك سلمان للإغاثة``) is not one.
2. Actors: ``بين X و Y`` after a trigger gives the two sides; otherwise a verb
   takes an adjacent subject before it (headline order, ``أن X يلتقي``) or the
   first actor after it (verb-first order), and the next actor as its object;
   a verbal noun (``اتصال``، ``زيارة``) takes the actors of the light verb that
   governs it (``أجرى الرئيس X اتصالا بـ Y``) or its genitive. An organisation
   or place directly before a person's name is part of that person's role
   (``سكرتير مجلس الأمن الروسي سيرغي شويغو``) and no actor; a place after
   ``في``/``بـ`` is the location. Symmetric events (meetings, talks,
   agreements) need two actors, directed ones a source.
3. Status from the words before the trigger: negation (``لم``، ``لن``، ``نفى``)
   → denied; ``قد`` + imperfect, ``من المحتمل`` → likely; ``من المقرر``، ``يعتزم``،
   future ``سـ`` → planned; ``ما زال``، ``يواصل`` → ongoing; else happened. A
   date after publication makes a happened event planned.
4. Date: the TIMEX nearest the trigger in its clause; else, after merging,
   the date of another mention of the same event; else null.
5. Deduplication: mentions with the same type, actors and status (and no
   conflicting dates) are one event with several ``mentions`` (headline, lead
   and body); the first mention with a value fills mode, date and location.

``actors`` always lists every participant (for directed events too, source
first), so tables need only that field; ``source``/``target`` are set for
directed events only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic.event_lexicon import (
    ACCORD_WORDS,
    ACT_VERBS,
    BLAME_WORDS,
    CAPITALS,
    CLAUSE_BREAK,
    EXPRESS_VERBS,
    FORCES_WORDS,
    FUTURE_AFTER,
    FUTURE_VERB,
    LIGHT_VERBS,
    MAINTAIN_WORDS,
    MODE_CUES,
    PHONE_WORDS,
    STATUS_CUES,
    Trigger,
    combined_triggers,
)
from rasd.arabic.normalize import normalize_for_match, normalize_with_map
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Event, Span

ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "GPE"})
_PHRASE_RX, _WORD_TRIGGER_RX, _TRIGGER_LIST = combined_triggers()


@lru_cache(maxsize=65536)
def _word_trigger(word: str) -> tuple[int, int] | None:
    """(trigger index, start of the word without proclitics) when ``word`` is a trigger."""
    m = _WORD_TRIGGER_RX.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    i = int(m.lastgroup[1:])
    return i, m.start(f"w{i}")
_WORD = re.compile(r"\w+")
_PUNCT_GAP = re.compile(r"[.,،؛:!?؟()\"«»“”]")
_NEGATORS = re.compile(r"(?<!\w)(?:[وف]?(?:لم|لن|ليس|ليست|عدم|دون)|لا)(?!\w)")
_LOC_PREPS = re.compile(r"(?:(?<!\w)(?:في|فى|من|لدي|الي|علي|داخل|شرق|غرب|شمال|جنوب)\s+$|(?<!\w)[وف]?[بل]$)")
_TO_PREP = re.compile(r"(?:(?<!\w)(?:الي|لدي)\s+$|(?<!\w)[وف]?ل$)")
_CONTEXT = re.compile(r"(?<!\w)(?:خلال|اثناء|هامش|فعاليات|ضمن|حول|بشان|عن|لبحث|لمناقشه)(?!\w)")
_BETWEEN = re.compile(r"(?<!\w)(?:بين|فيما بين)(?!\w)")


@dataclass
class _Mention:
    start: int  # normalized offsets
    end: int
    entity: Entity


@dataclass
class _Cand:
    trig: Trigger
    start: int  # source offsets of the trigger word
    end: int
    sent: tuple[int, int]
    status: str
    mode: str | None
    source: str | None
    target: str | None
    actors: list[str]
    date: str | None
    location: str | None
    quote: int | None
    anaphoric: bool = False
    inherited: bool = False  # the date was inherited from an earlier sentence of the paragraph  # "هذا الهجوم"، "خلال اللقاء": a later mention of an event told before


class _View:
    """The normalized article text with maps both ways and the actor mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.norm, self.imap = normalize_with_map(article.text)
        # source offset -> first normalized index at or after it
        n = len(article.text)
        inv = [-1] * (n + 1)
        for j in range(len(self.imap) - 1, -1, -1):
            inv[self.imap[j]] = j
        nxt = len(self.imap) - 1
        for i in range(n, -1, -1):  # a dropped character maps to the next kept one
            if inv[i] < 0:
                inv[i] = nxt
            else:
                nxt = inv[i]
        self.inv = inv
        ms = []
        for ent in article.entities:
            if str(ent.type).upper() not in ACTOR_TYPES:
                continue
            for m in ent.mentions:
                if 0 <= m.start < m.end <= len(article.text):
                    ms.append(_Mention(self.inv[m.start], self.inv[m.end], ent))
        # a "mention" inside a time expression is a tagging slip (نيسان in أبريل (نيسان))
        spans = [(self.inv[t.start], self.inv[t.end]) for t in article.dates]
        ms = [m for m in ms if not any(a < m.end and m.start < b for a, b in spans)
              and not _is_demonym(self.norm[m.start:m.end])]
        ms.sort(key=lambda m: (m.start, -m.end))
        # keep outermost mentions only
        self.mentions: list[_Mention] = []
        for m in ms:
            if self.mentions and m.start < self.mentions[-1].end:
                continue
            self.mentions.append(m)
        self._starts = [m.start for m in self.mentions]
        self.owner = _role_owners(article)
        self.key = {e.id: _actor_key(e) for e in article.entities}

    def src(self, a: int, b: int) -> tuple[int, int]:
        s = self.imap[a]
        e = self.imap[b - 1] + 1 if b > a else s
        return s, e

    def in_mention(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self._starts, a) - 1
        return i >= 0 and self.mentions[i].end >= b

    def between(self, a: int, b: int) -> list[_Mention]:
        i = bisect.bisect_left(self._starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            if self.mentions[i].end <= b:
                out.append(self.mentions[i])
            i += 1
        return out


_PLACE_NOUNS = re.compile(r"(?<!\w)[وف]?[بل]?(?:ال)?(?:مدينه|منطقه|محافظه|ولايه|بلده|قريه|اقليم|مقاطعه|عاصمه|"
                          r"قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|ضواحي|مطار|دوله|مملكه|جمهوريه)\s+$")
_ROLE_NOUNS = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)?(?:رئيس|رئيسه|وزير|وزيره|نائب|سفير|قائد|امين|مبعوث|ممثل|ممثله|"
                         r"مندوب|مستشار|مدير|عضو|سكرتير|مساعد|متحدث|ناطق|باسم|زعيم|ملك|عاهل|عاهلي|حاكم|امير|"
                         r"محافظ|وزراء|منسق|منسقه|موفد|موفده|خادم)"
                         r"(?:\s+(?:ال)?(?:عام|عامه|خاص|خاصه|شخصي|شخصيه|اعلي|اول|ثاني|دائم|دائمه))*\s+[لب]?$")
_COREF_SUBJECT = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:جانبان|جانبين|طرفان|طرفين|بلدان|بلدين|رئيسان|رئيسين|وزيران|وزيرين)(?!\w)")
_TALK_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_AFFIL = re.compile(r"(?<!\w)(?:ال)?(?:مؤيد|مؤيده|مؤيدين|موال|مواليه|موالين|الموالي|الموالين|حليف|حلفاء|انصار|اتباع)"
                    r"\s+(?:\S+\s+){0,3}\S{0,3}$|(?<!\w)[وف]?(?:بحسب|حسب|وفق|وفقا ل|نقلا عن|نقلت عن|قال ل)\s+\S{0,3}$")
_ANAPHORIC = re.compile(r"(?<!\w)(?:خلال|اثناء|عقب|بعد|قبيل|قبل|حضر|وحضر|وجري|جري)\s+(?:ال)\S*$")
_DISCUSS = re.compile(r"^[وف]?(?:س)?[يتن]?(?:بحث|ناقش|تباحث|تشاور)")


def _is_demonym(word: str) -> bool:
    """A one-word mention that is a nationality adjective (السعودي، الروسية) names no actor."""
    if " " in word.strip():
        return False
    try:
        from rasd.analyse.countries import demonym_country
    except ImportError:
        return False
    return demonym_country(word) is not None


def _place(name: str) -> tuple[str, str | None] | None:
    """(kind, alpha2) of a place name from the entities layer's gazetteer, when it knows it."""
    try:
        from rasd.analyse.countries import gazetteer
    except ImportError:  # the gazetteer is optional here
        return None
    from rasd.arabic.normalize import normalize

    place = gazetteer().get(tuple(normalize(name).split()))
    return (place.kind, place.alpha2) if place is not None else None


def _city_country(name: str) -> str | None:
    p = _place(name)
    return p[1] if p and p[0] in ("city", "country") else CAPITALS.get(normalize_for_match(name))


def _actor_key(ent: Entity) -> str:
    """What makes two actors the same for deduplication: a place's country, else the entity."""
    if ent.type in ("LOC", "GPE"):
        code = (ent.country or {}).get("alpha2") or _city_country(ent.name)
        if code:
            return f"@{code}"
    return ent.id


def _role_owners(article: Article) -> dict[str, str]:
    """ORG/LOC entity id → the person whose role names it (رئيس مجلس النواب اللبناني نبيه بري)."""
    owners: dict[str, set[str]] = {}
    people = [(e.id, [f" {normalize_for_match(r)} " for r in e.roles]) for e in article.entities if e.type == "PER"]
    for e in article.entities:
        if e.type == "PER":
            continue
        name = f" {normalize_for_match(e.name)} "
        for pid, roles in people:
            if any(name in r for r in roles):
                owners.setdefault(e.id, set()).add(pid)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def _last(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text``, or None."""
    m = None
    for m in rx.finditer(text):  # noqa: B007 - we want the last one
        pass
    return m


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _drop_role_parts(v: _View, ms: list[_Mention], sent: tuple[int, int]) -> list[_Mention]:
    """Drop ORG/LOC mentions that are part of a person's role; a role alone stands for its holder.

    An organisation directly before a person's name (``سكرتير مجلس الأمن الروسي سيرغي شويغو``), or
    after a role noun (``لرئيس مجلس الوزراء``) in a sentence that names a person, is a role part.
    Where the sentence has no name, an organisation that is the role of a person named elsewhere
    in the article stands for that person (headline ``رئيس مجلس النواب اللبناني يلتقي …``).
    """
    in_sent = v.between(*sent)
    has_per = any(x.entity.type == "PER" for x in in_sent)
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        gap = v.norm[m.end:nxt.start] if nxt is not None else ""
        close_per = (nxt is not None and nxt.entity.type == "PER" and _words(gap) <= 3 and not _PUNCT_GAP.search(gap)
                     and not any(w in _PREPS for w in gap.split()))
        if m.entity.type == "PER":
            # "سفير خادم الحرمين الشريفين لدى دولة الكويت الدكتور عبدالعزيز …": a person in a role phrase
            if not (close_per and _ROLE_NOUNS.search(v.norm[max(0, m.start - 40):m.start])):
                out.append(m)
            continue
        if close_per:
            continue
        owner = v.owner.get(m.entity.id)
        if owner is not None:
            if any(x.entity.id == owner for x in in_sent):
                continue
            pers = v.article.entity(owner)
            if pers is not None:
                out.append(_Mention(m.start, m.end, pers))
                continue
        if has_per and _ROLE_NOUNS.search(v.norm[max(0, m.start - 40):m.start]):
            continue
        out.append(m)
    return out


def _conjoined(v: _View, ms: list[_Mention], i: int, step: int) -> list[_Mention]:
    """Mention ``i`` and the mentions joined to it by و (``بوتين ونظيره الصيني شي``)."""
    group = [ms[i]]
    j = i
    while 0 <= j + step < len(ms):
        a, b = (ms[j], ms[j + step]) if step > 0 else (ms[j + step], ms[j])
        gap = v.norm[a.end:b.start]
        if _words(gap) > 4 or _PUNCT_GAP.search(gap) or not re.search(r"(?:^|\s)و", gap):
            break
        group.append(ms[j + step])
        j += step
    return group if step > 0 else group[::-1]


def _genitive(gap: str, m: _Mention) -> bool:
    """Is ``m`` the genitive of the noun before ``gap`` (زيارة الرئيس X، هجوم طالبان)?

    Right after the noun, or after titles only (زيارة صاحب السمو الملكي الأمير X): no
    preposition or prepositional word between.
    """
    ws = gap.split()
    if len(ws) <= 1 and not _PUNCT_GAP.search(gap):
        return True
    return (m.entity.type == "PER" and len(ws) <= 6 and not _PUNCT_GAP.search(gap)
            and not any(w in _PREPS or w[0] in "بل" for w in ws))


_FILLERS = frozenset({"عن", "اليوم", "امس", "قد", "له", "لها", "لهم", "فيه", "فيها", "خلالها", "خلاله", "خلالهما",
                      "ايضا", "كذلك", "بدوره", "بدورها", "من", "جهته", "جهتها", "عددا", "اليوم،", "مساء", "صباح"})
_OBJ_PREP = re.compile(r"(?:(?<!\w)(?:علي|الي|مع|من|عن|ضد|لدي|تجاه|بحق)\s+$|(?<!\w)[وف]?[بل]$)")
_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+(?:ال)?$")
_PREPS = frozenset({"في", "علي", "عن", "من", "الي", "امام", "مع", "حول", "ضد", "عبر", "خلال", "بين"})


def _is_location(v: _View, m: _Mention) -> bool:
    if m.entity.type not in ("LOC", "GPE"):
        return False
    before = v.norm[max(0, m.start - 14):m.start]
    return bool(_LOC_PREPS.search(before[-8:]) or _PLACE_NOUNS.search(before))


def _country_like(m: _Mention) -> bool:
    """A place that can act: a country (not a city, unless it stands first as a subject)."""
    if m.entity.type not in ("LOC", "GPE") or (m.entity.country or {}).get("alpha2"):
        return True
    p = _place(m.entity.name)
    return (p is not None and p[0] == "country") or normalize_for_match(m.entity.name) in CAPITALS


def _status(v: _View, cand_word: str, trig: Trigger, a: int, b: int, sent_a: int, sent_b: int) -> str:
    """Status from cues before the trigger (normalized offsets ``a``-``b`` of the trigger)."""
    left = v.norm[sent_a:a]
    # the words right before the trigger, not across a colon or quote opening
    cut = max(left.rfind(":"), left.rfind("«"), left.rfind("\""), left.rfind("“"))
    window = left[cut + 1:] if cut >= 0 else left
    words = list(_WORD.finditer(window))
    near2 = window[words[-2].start():] if len(words) >= 2 else window
    near6 = window[words[-6].start():] if len(words) >= 6 else window
    if _NEGATORS.search(near2) or re.search(r"(?<!\w)[وف]?(?:نفي|نفت|[يتن]نفي|نفيا|نفوا)(?!\w)", near6):
        return "denied"
    with_trigger = near6 + v.norm[a:b]  # "قد" needs to see the imperfect after it
    for status, rx in STATUS_CUES[1:]:
        if rx.search(with_trigger):
            return status
    if trig.pos == "verb" and re.match(r"[وف]?س[يتن]", cand_word):
        return "planned"
    right = v.norm[b:sent_b]
    rwords = list(_WORD.finditer(right))
    if trig.pos == "noun" and rwords and (FUTURE_AFTER.search(right[: rwords[min(3, len(rwords) - 1)].end()])
                                          or re.search(rf"^[^.,،؛:]*(?<!\w)(?:سوف|{FUTURE_VERB})(?!\w)",
                                                       right[: rwords[min(5, len(rwords) - 1)].end()])):
        return "planned"  # زيارة مرتقبة، مباحثات الجبير - لافروف ستبحث …
    return "happened"


def _mode(v: _View, trig: Trigger, b: int, sent_b: int) -> str | None:
    right = v.norm[b:sent_b]
    ws = list(_WORD.finditer(right))
    near = right[: ws[min(4, len(ws) - 1)].end()] if ws else ""
    for typ, mode, rx in MODE_CUES:
        if typ == trig.type and rx.search(near):
            if trig.type == "ASSAULT" and trig.mode and mode != "aerial":
                continue
            return mode
    return trig.mode


def _needs_ok(v: _View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int) -> bool:
    left = v.norm[max(sent_a, a - 60):a]
    right = v.norm[b:min(sent_b, b + 80)]
    if trig.needs is None:
        return True
    if trig.needs == "light-verb":
        return bool(LIGHT_VERBS.search(left[-40:]) or EXPRESS_VERBS.search(left[-40:])
                    or PHONE_WORDS.match(right.lstrip()))
    if trig.needs == "express":
        return bool(EXPRESS_VERBS.search(left[-40:]) or LIGHT_VERBS.search(left[-40:]))
    if trig.needs == "accord":
        return bool(ACCORD_WORDS.search(right[:40]))
    if trig.needs == "forces":  # نشر قوات/مقاتلات، not نشر بيانا
        return bool(FORCES_WORDS.search(right[:70]))
    if trig.needs == "blame":  # حمّل X مسؤولية …
        return bool(BLAME_WORDS.search(right[:90]))
    if trig.needs == "maintain":
        return bool(MAINTAIN_WORDS.search(left[-30:]))
    if trig.needs == "with":
        return bool(re.search(r"(?<!\w)مع(?!\w)", right[:60])) or word.endswith("ا")
    if trig.needs == "to-place":
        return bool(re.search(r"(?<!\w)(?:الي|الى)\s", right[:90]))
    return True


def _actors(v: _View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int
            ) -> tuple[list[_Mention], list[_Mention], _Mention | None]:
    """(subjects, objects, location) for a trigger at normalized ``a``-``b``."""
    left_text = v.norm[sent_a:a]
    brk = _last(CLAUSE_BREAK, left_text)
    lstart = sent_a + (brk.end() if brk else 0)
    lw = list(_WORD.finditer(v.norm[lstart:a]))
    if len(lw) > 14:
        lstart += lw[-14].start()
    # right window: up to the next clause break or 25 words
    rtext = v.norm[b:sent_b]
    rb = re.search(r"[:؛«\"“]|(?<!\w)(?:[وف]?(?:قال|اكد|اضاف|اوضح|اشار))(?!\w)", rtext)
    rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين)(?!\w)", rtext)
    if rel and _words(rtext[:rel.start()]) > 2 and (rb is None or rel.start() < rb.start()):
        rb = rel  # a relative clause right after the trigger describes it (المحادثات التي جرت بين …)
    rend = b + (rb.start() if rb else len(rtext))
    rw = list(_WORD.finditer(v.norm[b:rend]))
    if len(rw) > 40:
        rend = b + rw[40].start()
    sent = (sent_a, sent_b)
    left = _drop_role_parts(v, v.between(lstart, a), sent)
    right_all = _drop_role_parts(v, v.between(b, rend), sent)

    def to_prep(m: _Mention) -> bool:
        return bool(_TO_PREP.search(v.norm[max(0, m.start - 6):m.start]))

    # places after في/بـ/مدينة are the location, and so is a place joined to one by و
    locs: list[_Mention] = []
    for m in right_all:
        if _is_location(v, m) or (locs and m.entity.type in ("LOC", "GPE")
                                  and re.fullmatch(r"\s*و?\s*", v.norm[locs[-1].end:m.start])):
            locs.append(m)
    location = next((m for m in locs if not to_prep(m)), None)
    if location is None:
        location = next((m for m in left if _is_location(v, m)), None)
    left = [m for m in left if not _is_location(v, m)]
    if trig.mode == "visit":  # the place visited: زار موسكو، وصل إلى الصين، زيارة للأردن
        right = [m for m in right_all if m not in locs or not re.search(r"(?<!\w)في\s+$",
                                                                       v.norm[max(0, m.start - 6):m.start])]
    else:
        right = [m for m in right_all if m not in locs]

    # supporters of X, "according to X": not actors of the event
    left = [m for m in left if not _AFFIL.search(v.norm[max(0, m.start - 45):m.start])]
    right = [m for m in right if not _AFFIL.search(v.norm[max(0, m.start - 45):m.start])]

    # 1. "بين X و Y" after the trigger
    bm = _BETWEEN.search(v.norm[b:rend])
    if bm and (trig.mode == "visit" or _words(v.norm[b:b + bm.start()]) > 8
               or _CONTEXT.search(v.norm[b:b + bm.start()])):
        bm = None
    if bm:
        after = [m for m in right if m.start >= b + bm.end()]
        before = [m for m in right if m.start < b + bm.start()]
        if len(after) >= 2 and not before:
            return [after[0]], _conjoined(v, after, 1, 1), location
        if after and not before:
            return [], [], location  # one side of a "بين" pair unnamed: the actors are not known

    subj: list[_Mention] = []
    objs_from = right
    if trig.pos == "verb":
        # the subject stands right before the verb; a mention in a phrase after it (العضو في X) is skipped
        cand_left = list(left)
        while cand_left and re.search(r"(?<!\w)(?:في|من|عن|الي|علي|مع)\s+\S{0,3}$",
                                      v.norm[max(0, cand_left[-1].start - 8):cand_left[-1].start]):
            cand_left.pop()
        if cand_left:
            gap = v.norm[cand_left[-1].end:a]
            if _words(gap) <= (3 if cand_left is left or len(cand_left) == len(left) else 7) \
                    and not _PUNCT_GAP.search(gap):
                subj = _conjoined(v, cand_left, len(cand_left) - 1, -1)
        near_left = v.norm[max(lstart, a - 40):a]
        if not subj and (_COREF_SUBJECT.match(v.norm[b:rend].lstrip())
                         or _COREF_SUBJECT.search(" ".join(near_left.split()[-3:]))):
            return [], [], location  # "بحث الجانبان …" retells an event told before
        if not subj and re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)\s*$", v.norm[max(sent_a, a - 40):a]):
            return [], [], location  # "… التي استهدفت أمن المملكة": the subject is the antecedent
    else:
        # talks and visits are "held"; attacks, protests and arrests are "carried out"
        light = LIGHT_VERBS if trig.type in _TALK_TYPES or trig.needs else ACT_VERBS
        lv = _last(light, v.norm[lstart:a])
        ev = _last(EXPRESS_VERBS, v.norm[lstart:a])
        mv = _last(MAINTAIN_WORDS, v.norm[lstart:a] if trig.type in _TALK_TYPES else "")
        gov = max((x for x in (lv, ev, mv) if x is not None), key=lambda x: x.start(), default=None)
        if trig.needs == "express" and right and _genitive(v.norm[b:right[0].start], right[0]):
            gov = None  # "أكد تضامن مملكة البحرين مع …": the genitive holds the stance, not the reporter
        if gov is not None and trig.needs is None and _words(v.norm[lstart + gov.end():a]) > 6:
            gov = None  # an attack or protest noun is not governed by a verb far before it
        if gov is not None:
            gs, ge = lstart + gov.start(), lstart + gov.end()
            inside = [m for m in left if m.start >= ge]
            before = [m for m in left if m.end <= gs]
            if inside:
                subj = _conjoined(v, inside, 0, 1)
            elif before:
                gap = v.norm[before[-1].end:gs]
                if _words(gap) <= 3 and not _PUNCT_GAP.search(gap):
                    subj = _conjoined(v, before, len(before) - 1, -1)
            elif _COREF_SUBJECT.search(v.norm[ge:a]) or any(
                    w not in _FILLERS for w in v.norm[ge:a].split() if not _PUNCT_GAP.fullmatch(w)):
                # "تلقى وزير الخارجية المصري … اتصالين": a subject stands there, but no entity names it
                return [], [], location
        elif not (right and _genitive(v.norm[b:right[0].start], right[0])):
            return [], [], location  # a bare noun with no genitive actor
    if not subj:
        if not right:
            return [], [], location
        if trig.type == "CONSULT" and trig.mode == "visit" and right[0].entity.type in ("LOC", "GPE"):
            return [], [right[0]], location
        right = [m for m in right if _country_like(m)]  # a city after the verb is no subject
        if not right:
            return [], [], location
        # verb first: the subject follows within a few words (titles may come between), and is
        # not introduced by a preposition (هدد … بالرد على كوريا الشمالية: the target, not the subject)
        before0 = v.norm[max(0, right[0].start - 40):right[0].start]
        if _words(v.norm[b:right[0].start]) > 7 or (_OBJ_PREP.search(before0[-8:]) and not _ROLE_NOUNS.search(before0)):
            return [], [], location
        subj = _conjoined(v, right, 0, 1)
        objs_from = right[len(subj):]
    # an object is not one when a context phrase comes first (خلال فعاليات X، على هامش X);
    # discussing verbs take their partner after مع (their object is the topic)
    # and the target of an accusation or a request is no "بـ" phrase (اتهم X Y بـ…، بالأمم المتحدة)
    objs_from = [m for m in objs_from if not _CONTEXT.search(v.norm[b:m.start])
                 and (_country_like(m) or trig.mode == "visit")
                 and (trig.type in _TALK_TYPES or not re.search(r"(?:(?<!\w)[وف]?ب|(?<!\w)في\s+)$",
                                                                 v.norm[max(0, m.start - 4):m.start]))
                 and _words(v.norm[subj[-1].end if m.start > subj[-1].end else b:m.start])
                 <= (28 if trig.type in _TALK_TYPES else 6)]
    if trig.pos == "verb" and _DISCUSS.match(word):
        objs_from = [m for m in objs_from if re.search(r"(?<!\w)مع\s+\S*\s*\S*\s*$",
                                                       v.norm[max(b, m.start - 30):m.start])]
    objs = _conjoined(v, objs_from, 0, 1) if objs_from else []
    return subj, objs, location


def _date(v: _View, a: int, b: int, clause_a: int, sent_b: int) -> str | None:
    best = None
    for t in v.article.dates:
        if not t.value or t.type not in ("DATE", "TIME"):
            continue
        ta, tb = v.inv[t.start], v.inv[t.end]
        if ta < clause_a or tb > sent_b:
            continue
        d = ta - b if ta >= b else a - tb
        if best is None or d < best[0]:
            best = (d, t.value)
    return best[1] if best else None


def _inherited_date(v: _View, a: int, para_a: int) -> str | None:
    """The latest calendar date stated earlier in the same paragraph, when it is not after publication."""
    best = None
    for t in v.article.dates:
        if t.type not in ("DATE", "TIME") or not t.value or not re.match(r"\d{4}-\d\d-\d\d", t.value):
            continue
        if para_a <= v.inv[t.start] and v.inv[t.end] <= a:
            best = t.value
    pub = v.article.published
    if best and pub and best[:10] > pub[:10]:
        return None
    return best


def _candidates(article: Article) -> list[_Cand]:
    v = _View(article)
    hits: list[tuple[int, int, Trigger, str]] = []
    for m in _PHRASE_RX.finditer(v.norm):
        i = int(m.lastgroup[1:]) if m.lastgroup else 0
        hits.append((m.start(f"w{i}"), m.end(), _TRIGGER_LIST[i], m.group(f"t{i}")))
    for m in _WORD.finditer(v.norm):
        hit = _word_trigger(m.group())
        if hit is not None:
            hits.append((m.start() + hit[1], m.end(), _TRIGGER_LIST[hit[0]], m.group()))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, Trigger, str]] = []
    for h in hits:
        if chosen and h[0] < chosen[-1][1]:
            continue
        if v.in_mention(h[0], h[1]):
            continue
        chosen.append(h)
    sents = [(v.inv[s], v.inv[e]) for s, e in split_sentences(article.text)]
    para_starts = [v.inv[ps] for ps, _ in article.paragraph_offsets()]
    starts = [s for s, _ in sents]
    out = []
    for a, b, trig, word in chosen:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0:
            continue
        sa, sb = sents[i]
        if not _needs_ok(v, trig, word, a, b, sa, sb):
            continue
        if trig.pos == "noun" and ((trig.type in _TALK_TYPES and _ANAPHORIC.search(v.norm[max(sa, a - 30):b]))
                                   or _DEMONSTRATIVE.search(v.norm[max(sa, a - 12):a])):
            s, e = v.src(a, b)
            out.append(_Cand(trig, s, e, v.src(sa, sb), "happened", None, None, None, [], None, None, None,
                             anaphoric=True))
            continue
        subj, objs, loc = _actors(v, trig, word, a, b, sa, sb)
        # "تلقى X اتصالين من A و B": two calls, one per caller
        if (trig.type == "CONSULT" and len(subj) == 1 and len(objs) >= 2
                and re.search(r"(?:ين|ان|ات)$", word)):
            groups = [(subj, [o]) for o in objs]
        else:
            groups = [(subj, objs)]
        status = _status(v, word, trig, a, b, sa, sb)
        brk = _last(CLAUSE_BREAK, v.norm[sa:a])
        date = _date(v, a, b, sa + (brk.end() if brk else 0), sb)
        if status == "happened" and date and article.published and date[:10] > article.published[:10] \
                and len(date) >= 10:
            status = "planned"
        inherited = False
        if date is None and status == "happened":
            pi = bisect.bisect_right(para_starts, a) - 1
            if pi >= 0:
                date = _inherited_date(v, a, para_starts[pi])
                inherited = date is not None
        s, e = v.src(a, b)
        quote = next((qi for qi, q in enumerate(article.quotes) if q.start <= s and e <= q.end), None)
        mode = _mode(v, trig, b, sb)
        for subj_, objs_ in groups:
            ids = list(dict.fromkeys([m.entity.id for m in subj_ + objs_]))
            if trig.symmetric:
                if len({v.key.get(x, x) for x in ids}) < 2:
                    continue
                source = target = None
            else:
                if not ids or (trig.mode == "visit" and not subj_):
                    continue
                if trig.type == "AGREE" and not objs_:
                    continue  # "وافق مجلس الوزراء على تعيينات": an approval, not an agreement between actors
                source = subj_[0].entity.id if subj_ else None
                target = next((m.entity.id for m in objs_ if m.entity.id != source), None)
                ids = [x for x in (source, target) if x]
            location = loc.entity.id if loc else None
            if trig.mode == "visit" and objs_ and objs_[0].entity.type in ("LOC", "GPE"):
                location = location or objs_[0].entity.id
            out.append(_Cand(trig, s, e, v.src(sa, sb), status, mode, source, target, ids,
                             date, location, quote, inherited=inherited))
    return out


def _merge(cands: list[_Cand], article: Article) -> list[Event]:
    """Group the mentions of one event: same type, same actors (places by country), same status.

    Headline mentions go last: one joins the body event of its type that shares an actor,
    else the first body event of its type in the lead (headlines name people by role).
    """
    keys = {e.id: _actor_key(e) for e in article.entities}

    def akey(c: _Cand) -> frozenset[str]:
        return frozenset(keys.get(x, x) for x in c.actors)

    title_end = len(article.title) if article.title else 0
    paras = article.paragraph_offsets()
    lead_end = paras[min(1, len(paras) - 1)][1] if paras else len(article.text)
    body = [c for c in cands if c.start >= title_end and not c.anaphoric]
    title = [c for c in cands if c.start < title_end and not c.anaphoric]
    groups: list[list[_Cand]] = []
    for c in body + title:
        key = (c.trig.type, akey(c), c.status)
        target = None
        for g in groups:
            g0 = g[0]
            if (g0.trig.type, akey(g0), g0.status) != key:
                continue
            dates = {x.date for x in g if x.date and not x.inherited}
            if c.date and not c.inherited and dates and c.date not in dates:
                continue
            if c.source and g0.source and keys.get(c.source, c.source) != keys.get(g0.source, g0.source):
                continue
            target = g
            break
        if target is None and c.start < title_end:
            same = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start >= title_end]
            target = next((g for g in same if akey(g[0]) & akey(c)), None) or next(
                (g for g in same if g[0].start < lead_end), None)
        if target is None:
            groups.append([c])
        else:
            target.append(c)
    # "هذا الهجوم"، "خلال اللقاء": a mention of the latest event of its type told before it
    for c in cands:
        if c.anaphoric:
            before = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start < c.start]
            if before:
                max(before, key=lambda g: g[0].start).append(c)
    groups.sort(key=lambda g: min(c.start for c in g))
    events = []
    for n, g in enumerate(groups, 1):
        # the primary mention: the first in the body (the headline is often abridged)
        first = g[0]
        core = [c for c in g if c.start >= title_end and not c.anaphoric] or [c for c in g if not c.anaphoric]
        ev = Event(
            id=f"V{n}",
            type=first.trig.type,
            trigger=Span(first.start, first.end, article.text[first.start:first.end]),
            status=first.status,
            # a specific mode (video, phone, visit) beats the default "meet" of a meeting word
            mode=next((c.mode for c in g if c.mode and c.mode != "meet"), None)
            or next((c.mode for c in g if c.mode), None),
            source=next((c.source for c in core if c.source), None),
            target=next((c.target for c in core if c.target), None),
            # a headline joined to a body event adds its mention, not its (role-named) actors
            actors=list(dict.fromkeys(x for c in core for x in c.actors)),
            # a date stated with a mention beats one inherited from an earlier sentence
            date=next((c.date for c in g if c.date and not c.inherited), None)
            or next((c.date for c in g if c.date), None),
            location=next((c.location for c in g if c.location), None),
            quote=next((c.quote for c in g if c.quote is not None), None),
            sentence=Span(first.sent[0], first.sent[1], article.text[first.sent[0]:first.sent[1]]),
            mentions=[Span(c.start, c.end, article.text[c.start:c.end]) for c in sorted(g, key=lambda c: c.start)],
        )
        events.append(ev)
    return events


def extract(article: Article) -> list[Event]:
    """The events of ``article`` (does not modify it)."""
    if not article.text:
        return []
    return _merge(_candidates(article), article)


def annotate(article: Article) -> None:
    """Fill ``article.events`` (see the module docstring)."""
    article.events = extract(article)

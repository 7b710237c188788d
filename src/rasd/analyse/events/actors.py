"""Actor mentions around an event trigger: which mentions can act and who they stand for.

Works on a :class:`~rasd.analyse.events.view.View` of an article: its normalized text with maps both
ways and the mentions of the entities that can act (people, organisations, places). The helpers
here resolve mentions; :mod:`rasd.analyse.events.arguments` uses them to choose one trigger's
subjects, objects and location, and :mod:`.fallback`, :mod:`.sides`, :mod:`.passive`, :mod:`.cues`
and :mod:`.merge` use them too. Contract: pure functions of the view and offsets into ``v.norm``;
no I/O, deterministic.

A person's role keeps its organisation out of the actors (``سكرتير مجلس الأمن الروسي سيرغي شويغو``),
and a role that stands alone stands for its holder (headline ``رئيس مجلس النواب اللبناني يلتقي …``
→ the person whose role it is) (:func:`_drop_role_parts`). Mentions joined by و form one side
(:func:`_conjoined`); speakers come from reporting verbs, quotes and first-person verbs
(:func:`sentence_speaker`, :func:`clause_subject`, :func:`first_person`); a plural reference
(``الدول الأربع``) stands for the countries listed before it (:func:`group_reference`). Places act
when they are countries or capitals used for governments (:func:`_country_like`); a city after
``في``/``بـ``/``مدينة`` is a location (:func:`_is_location`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyse.events.nations import organ_country, place_of
from rasd.analyse.events.view import (
    ACTOR_TYPES,
    NAME_TITLES,
    ROLE_HEAD,
    WORD_RE,
    Mention,
    View,
    last_match,
    word_count,
)
from rasd.arabic.event_lexicon import CAPITALS, Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Entity

_PUNCT_GAP = re.compile(r"[.,،؛:!?؟()\"«»“”]")
_LOC_PREPS = re.compile(r"(?:(?<!\w)(?:في|فى|من|لدي|الي|علي|داخل|شرق|غرب|شمال|جنوب)\s+$|(?<!\w)[وف]?[بل]$)")
_IN_REGION = re.compile(r"(?<!\w)(?:في|من)\s+(?:دول|بلدان|دوله|منطقه|مناطق|ارجاء|انحاء)\s+$")
_PLACE_NOUNS = re.compile(r"(?<!\w)[وف]?[بل]?(?:ال)?(?:مدينه|منطقه|محافظه|ولايه|بلده|قريه|اقليم|مقاطعه|عاصمه|"
                          r"قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|ضواحي|مطار)\s+$"
                          # "دولة/مملكة/جمهورية" only after a preposition: "في دولة الكويت" is a place,
                          # "عقدت السعودية ودولة قطر …" an actor
                          r"|(?:(?<!\w)(?:في|فى|من|لدي|الي|داخل)\s+|(?<!\w)[وف]?[بل])(?:ال)?(?:دوله|مملكه|جمهوريه)\s+$")
_ROLE_NOUNS = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)?(?:رئيس|رئيسه|وزير|وزيره|نائب|سفير|قائد|امين|مبعوث|ممثل|ممثله|"
                         r"مندوب|مستشار|مدير|عضو|سكرتير|مساعد|متحدث|ناطق|باسم|زعيم|ملك|عاهل|عاهلي|حاكم|امير|"
                         r"محافظ|وزراء|منسق|منسقه|موفد|موفده|خادم)"
                         r"(?:\s+(?:ال)?(?:عام|عامه|خاص|خاصه|شخصي|شخصيه|اعلي|اول|ثاني|دائم|دائمه))*"
                         # the kind of body may stand between (أمين عام تنظيم "عصائب أهل الحق")
                         r"(?:\s+(?:ال)?(?:تنظيم|حركه|حزب|جماعه|جبهه|ائتلاف|منظمه|ميليشيا|ميليشيات|مليشيا))?"
                         r"\s+[لب]?[\"«“]?$")
_AFFIL = re.compile(r"(?<!\w)(?:ال)?(?:مؤيد|مؤيده|مؤيدين|موال|مواليه|موالين|الموالي|الموالين|حليف|حلفاء|انصار|اتباع)"
                    r"\s+(?:\S+\s+){0,3}\S{0,3}$|(?<!\w)[وف]?(?:بحسب|حسب|وفق|وفقا ل|نقلا عن|نقلت عن|قال ل)\s+\S{0,3}$")


_DAY_WORDS = frozenset({"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})


def _description(v: View, m: Mention) -> bool:
    """Is the person mention ``m`` a description (الملياردير الأمريكي) rather than the person's name:
    a definite first word that is no word of the name?"""
    first = v.norm[m.start:m.end].split()[:1]
    if not first or not first[0].startswith("ال"):
        return False
    return first[0] not in normalize_for_match(m.entity.name).split()


def _role_gap(gap: str) -> bool:
    """Can ``gap`` (between an organisation or place and a person's name) continue a role phrase?
    It cannot when it opens with an indefinite noun in construct with a definite one (قرار الرئيس،
    بيان الوزير: the person's decision or statement, an object); a role noun, a definite word (an
    adjective, a title: الروسي، السابق، الشيخ) or a post's preposition (في، لدى) continues it."""
    words = WORD_RE.findall(gap)
    if not words or gap[:1].isalnum():
        return True  # (a mention that ends inside a word, «الصين» in «الصيني», ends in its adjective)
    w = words[0]
    if w.startswith("ال") or w in ("في", "لدي") or _ROLE_NOUNS.match(w) or ROLE_HEAD.match(w) or w in NAME_TITLES:
        return True
    # an indefinite noun in construct with a definite one is a thing of the person (قرار الرئيس، بيان
    # الوزير); a preposition's clitic (للسماح لـ) or a bare word does not say
    return not (len(words) > 1 and not re.match(r"[وفبلك]", w) and words[1].startswith("ال"))


def _drop_role_parts(v: View, ms: list[Mention], sent: tuple[int, int]) -> list[Mention]:
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
        # the next person, over places in the role (ممثل الأمم المتحدة في ليبيا برناردينو ليون)
        nxt = next((x for x in ms[i + 1:i + 3] if x.entity.type not in ("LOC", "GPE")), None)
        gap = v.norm[m.end:nxt.start] if nxt is not None else ""
        close_per = (nxt is not None and nxt.entity.type == "PER" and word_count(gap) <= 3 and not _PUNCT_GAP.search(gap)
                     and not any(w in _PREPS and w not in ("في", "لدي") for w in gap.split())
                     # a day between ends the role: "حذرت وزارة الدفاع الأمريكية الخميس الرئيس السوري"
                     and not any(w in _DAY_WORDS for w in gap.split())
                     # an object in بـ opens the gap: "رحبت السعودية بقرار الرئيس الأمريكي دونالد ترامب"
                     and not re.match(r"\s*ب(?!اسم)(?!ال)\w{3,}\s", gap)
                     # a role runs on in titles, adjectives or a post (في/لدى): an indefinite common
                     # noun opening the gap is an object ("أدانت السعودية قرار الرئيس الأمريكي ترامب")
                     and _role_gap(gap)
                     # a person told by a description is no name a role ends on: "وتتهم الحكومة المجرية
                     # الملياردير الأمريكي … جورج سوروس" (the government accuses the billionaire)
                     and not _description(v, nxt))
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
                out.append(Mention(m.start, m.end, pers))
                continue
        if has_per and _ROLE_NOUNS.search(v.norm[max(0, m.start - 40):m.start]):
            continue
        out.append(m)
    return out


def _conjoined(v: View, ms: list[Mention], i: int, step: int) -> list[Mention]:
    """Mention ``i`` and the mentions joined to it by و (``بوتين ونظيره الصيني شي``)."""
    group = [ms[i]]
    j = i
    while 0 <= j + step < len(ms):
        a, b = (ms[j], ms[j + step]) if step > 0 else (ms[j + step], ms[j])
        gap = v.norm[a.end:b.start]
        # "من الملك حمد … ملك البحرين، والملك عبد الله": a comma before و still joins a list
        # (و then the name, a title or a definite noun: not a verb, "في بيروت، وكان X …")
        listed = re.fullmatch(r"[^.؛:!?؟()\"«»“”،]*،\s*و(?:\s*|(\S+)\s+)", gap)
        if listed and listed.group(1) and not (listed.group(1).startswith("ال")
                                                or ROLE_HEAD.match(listed.group(1))):
            listed = None
        # … and the first may carry its role before the comma (سيف بن زايد نائب رئيس مجلس الوزراء …، والأمير …)
        limit = 16 if listed and a.entity.type == "PER" and gap.split() and ROLE_HEAD.match(gap.split()[0]) else 4
        # و opens the gap ("X وY"، "بوتين ونظيره الصيني شي"); a word in و later is no conjunction
        # ("الاتهامات التي وجهتها لها X")
        if word_count(gap) > limit or (_PUNCT_GAP.search(gap) and not listed) \
                or not (listed or re.match(r"\s*و", gap)):
            break
        group.append(ms[j + step])
        j += step
    return group if step > 0 else group[::-1]


def _genitive(gap: str, m: Mention) -> bool:
    """Is ``m`` the genitive of the noun before ``gap`` (زيارة الرئيس X، هجوم طالبان)?

    Right after the noun, or after titles only (زيارة صاحب السمو الملكي الأمير X): no
    preposition or prepositional word between.
    """
    ws = gap.split()
    if len(ws) <= 1 and not _PUNCT_GAP.search(gap):
        # (a preposition between is no title: "ترحيبها بحكم المحكمة"، "هجوم على X")
        return not ws or not (ws[0] in _PREPS or re.fullmatch(r"[وف]?[بل](?!ن$)\w{2,}", ws[0]))
    return (m.entity.type == "PER" and len(ws) <= 6 and not _PUNCT_GAP.search(gap)
            and not any(w in _PREPS or w[0] in "بل" for w in ws))
_OBJ_PREP = re.compile(r"(?:(?<!\w)(?:علي|الي|مع|من|عن|ضد|لدي|تجاه|بحق)\s+$|(?<!\w)[وف]?[بل]$)")
_PREPS = frozenset({"في", "علي", "عن", "من", "الي", "امام", "مع", "حول", "ضد", "عبر", "خلال", "بين"})


_REPORT_VERB = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|صرح|صرحت|افاد|افادت|"
                          r"ذكر|ذكرت|اشار|اشارت|[يتن]قول|[يتن]ؤكد|[يتن]علن)(?!\w)")


def _speaker_before(v: View, a: int, b: int, sent: tuple[int, int]) -> Mention | None:
    """The person or body a reporting verb in ``a``-``b`` introduces (قال X، وأعلن X)."""
    rv = last_match(_REPORT_VERB, v.norm[a:b])
    if rv is None:
        return None
    ms = _drop_role_parts(v, v.between(a + rv.end(), b), sent)
    if ms and word_count(v.norm[a + rv.end():ms[0].start]) <= 6 and ms[0].entity.type in ("PER", "ORG"):
        return ms[0]
    before = [m for m in _drop_role_parts(v, v.between(a, a + rv.start()), sent) if m.entity.type in ("PER", "ORG")]
    if before and word_count(v.norm[before[-1].end:a + rv.start()]) <= 2:
        return before[-1]
    return None


def _first_person_light(word: str, light: re.Pattern[str]) -> bool:
    """Is the light verb ``word`` in the first person: imperfect ن… whose ي form is the verb too
    (نجري، نعقد; not the past نفذ) or a past in …نا (أجرينا، عقدنا)?"""
    w = re.sub(r"^[وف]", "", word)
    m = re.match(r"(س)?ن", w)
    if m and light.fullmatch(w[:m.start() + (1 if m.group(1) else 0)] + "ي" + w[m.end():]):
        return True
    return w.endswith("نا") and len(w) > 4 and bool(light.fullmatch(w[:-2]))


@lru_cache(maxsize=256)
def _verb_rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"[وف]?(?:" + pattern + ")")


def first_person(trig: Trigger, word: str) -> bool:
    """Is the verb ``word`` (a form of ``trig``) in the first person (طالبنا، التقينا، ندين، سنواصل)?

    Past ``…نا``; imperfect ``ن…`` where the same form with ``ي`` is the verb too (ندد، نشر، ناقش are
    third-person pasts: ``يدد`` is no form of them).
    """
    w = re.sub(r"^[وف]", "", word)
    rx = _verb_rx(trig.pattern)
    if w.endswith("نا") and not re.match(r"(?:س)?[يتن]", w) and rx.fullmatch(w[:-2]):
        return True
    m = re.match(r"(س)?ن", w)
    return bool(m and rx.fullmatch(w[:m.start() + (1 if m.group(1) else 0)] + "ي" + w[m.end():]))


def _quote_speaker(v: View, a: int, b: int) -> Entity | None:
    """The entity that speaks the quote holding normalized ``a``-``b``, when the quotes layer knows it."""
    s, e = v.src(a, b)
    for q in v.article.quotes:
        if q.start <= s and e <= q.end and q.speaker:
            ent = v.article.entity(q.speaker)
            if ent is not None and str(ent.type).upper() in ACTOR_TYPES:
                return ent
    return None
# Events that are mostly reported speech: with no subject in the clause, the speaker acts.
SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})


_OBJ_SUFFIX = re.compile(r"(?:ه|ها|هم|هما)$")
_REL_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)\s*$")


def _resumptive(v: View, trig: Trigger, word: str, a: int, b: int, sent_a: int,
                right: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """"الأكراد الذين تدعمهم واشنطن": in a relative clause whose verb carries the antecedent as its
    object pronoun, the actor right after the verb acts on the antecedent; None otherwise."""
    rel = _REL_BEFORE.search(v.norm[max(sent_a, a - 12):a])
    if rel is None or not right:
        return None
    stem = _OBJ_SUFFIX.sub("", word)
    if stem == word or not _verb_rx(trig.pattern).fullmatch(stem) or word_count(v.norm[b:right[0].start]) > 3:
        return None
    rs = max(sent_a, a - 12) + rel.start()
    ante = [m for m in v.between(sent_a, rs) if m.end <= rs]
    if not ante or word_count(v.norm[ante[-1].end:rs]) > 1:
        return None
    return [right[0]], [ante[-1]]


def sentence_speaker(v: View, a: int, b: int, sent: tuple[int, int]) -> Mention | None:
    """The speaker the quotes layer gives for the speech around normalized ``a``-``b``: the quote
    holding it, else a quote of the same sentence (the trigger is its cue or a participle after it).
    The speaker comes back as a mention at the trigger, resolved to its country where it is an organ."""
    s, e = v.src(a, b)
    ss, se = v.src(*sent)
    best = None
    for q in v.article.quotes:
        if q.end < ss or q.start > se or not q.speaker:
            continue
        ent = v.article.entity(q.speaker)
        if ent is None or str(ent.type).upper() not in ACTOR_TYPES:
            continue
        rank = 0 if q.start <= s and e <= q.end else 1 if q.start >= e else 2
        if best is None or rank < best[0]:
            best = (rank, ent)
    if best is None and re.match(r"[وف]", v.norm[a:b]):
        # "وطالب الوكالة …" opening a sentence: the pronoun is the speaker of the quote just before
        prev = [q for q in v.article.quotes if ss - 400 <= q.end <= ss and q.speaker]
        ent = v.article.entity(prev[-1].speaker) if prev else None
        if ent is not None and str(ent.type).upper() in ACTOR_TYPES \
                and not v.between(max(0, a - 30), a) and v.norm[sent[0]:a].strip() == "":
            best = (3, ent)
    if best is None:
        return None
    ent = best[1]
    return Mention(a, a, v.country(organ_country(ent)) or ent)


def clause_subject(v: View, a: int, sent: tuple[int, int]) -> Mention | None:
    """The subject of the reporting clause a participle follows (قال X …، متهما Y): the first person,
    organisation or country of the sentence before ``a`` that no preposition introduces."""
    for m in _drop_role_parts(v, v.between(sent[0], a), sent):
        if _OBJ_PREP.search(v.norm[max(0, m.start - 8):m.start]) or _is_location(v, m):
            continue
        if m.entity.type in ("PER", "ORG") or _country_like(m):
            return m
    return None


_EACH_OF = re.compile(r"(?<!\w)كل من\s+$")  # "قطعت كل من السعودية والإمارات …": a list of subjects
_TIME_WORDS = frozenset({"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
                         "مساء", "صباح", "ايضا", "كذلك", "مجددا", "بدوره", "بدورها", "بشده", "الماضي", "حينها"})


def _unnamed_subject(gap: str) -> bool:
    """Does the gap between a verb and the first actor after it open with a definite noun that is
    no title, role or time word (الدول الأربع، المحتجون): a subject the entities do not name?"""
    words = [w for w in WORD_RE.findall(gap) if w not in _TIME_WORDS and not w.isdigit()]
    if not words:
        return False
    w = words[0]
    return (w.startswith("ال") and len(w) > 4 and w not in NAME_TITLES and not ROLE_HEAD.match(w)
            and not _ROLE_NOUNS.search(w + " "))


_GROUP_REF = re.compile(r"^\s*(?:(?:هذه|تلك)\s+(?:ال)?(?:دول|بلدان|عواصم)|(?:ال)?(?:دول|بلدان|عواصم)\s+"
                        r"(?:ال)?(اربع|ثلاث|خمس|ست|سبع)ه?)(?!\w)")
_COUNTS = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7}


def group_reference(v: View, gap: str, at: int) -> list[Mention]:
    """The countries a plural reference opening ``gap`` (at normalized ``at``) stands for: "الدول
    الأربع"، "هذه الدول" → the latest list of countries joined by و in the text before it (of that
    many, where a number is given), within a few sentences; empty when there is none."""
    m = _GROUP_REF.match(gap)
    if m is None:
        return []
    want = _COUNTS.get(m.group(1) or "")
    ms = [x for x in v.between(max(0, at - 700), at) if x.end <= at and x.entity.type in ("LOC", "GPE")
          and _country_like(x)]
    i = len(ms) - 1
    while i >= 1:
        group = _conjoined(v, ms, i, -1)
        if len({x.entity.id for x in group}) >= 2 and (want is None or len(group) == want):
            return group
        i -= len(group)
    return []


_REL_END = re.compile(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)(?:\s+(?:كان|كانت|كانوا|قد))*\s*$")


def _relative_antecedent(v: View, sent_a: int, at: int, sent: tuple[int, int]) -> Mention | None:
    """The named antecedent of a relative pronoun that ends the text before normalized ``at``
    (``مجلس الأمن الدولي الذي فرض …``): the person, organisation or country right before it."""
    rel = _REL_END.search(v.norm[max(sent_a, at - 30):at])
    if rel is None:
        return None
    rs = max(sent_a, at - 30) + rel.start()
    ante = [m for m in _drop_role_parts(v, v.between(sent_a, rs), sent) if m.end <= rs]
    if not ante or v.norm[ante[-1].end:rs].strip(" ،,") or _is_location(v, ante[-1]):
        return None
    m = ante[-1]
    return m if m.entity.type in ("PER", "ORG") or _country_like(m) else None


def _is_location(v: View, m: Mention) -> bool:
    if m.entity.type not in ("LOC", "GPE"):
        return False
    before = v.norm[max(0, m.start - 14):m.start]
    if _EACH_OF.search(before):
        return False  # "كل من السعودية والإمارات": a list of actors, not "from Saudi Arabia"
    return bool(_LOC_PREPS.search(before[-8:]) or _PLACE_NOUNS.search(before))


def _country_like(m: Mention) -> bool:
    """A place that can act: a country (not a city, unless it stands first as a subject)."""
    if m.entity.type not in ("LOC", "GPE") or (m.entity.country or {}).get("alpha2"):
        return True
    p = place_of(m.entity.name)
    return (p is not None and p[0] == "country") or normalize_for_match(m.entity.name) in CAPITALS


_SPOKESMAN_OF = re.compile(r"(?<!\w)(?:ال)?(?:متحدث|ناطق)\s+(?:الرسمي\s+)?باسم\s+")


def spoken_for(v: View, speaker: Entity) -> Entity:
    """The body a speaker speaks for where the text calls him its spokesman ("وائل علوان، المتحدث
    باسم فيلق الرحمن"): the "we" of his words is that organisation; else the speaker himself."""
    for m in v.mentions:
        if m.entity.id != speaker.id:
            continue
        # the role phrase may be part of the speaker's own mention, so look from its start
        sp = _SPOKESMAN_OF.search(v.norm[m.start:m.end + 30])
        if sp is None:
            continue
        at = v.src(m.start + sp.end(), m.start + sp.end())[0]
        for ent in v.article.entities:
            if ent.type == "ORG" and any(abs(x.start - at) <= 1 for x in ent.mentions):
                return ent
    for m in v.mentions:
        if m.entity.id != speaker.id:
            continue
        # "المتحدث باسم الخارجية الإيرانية بهرام قاسمي": the role before the name; a ministry is its state
        before = v.norm[max(0, m.start - 70):m.start]
        sp = last_match(_SPOKESMAN_OF, before)
        if sp is None:
            continue
        body = next((x for x in v.between(m.start - len(before) + sp.end(), m.start)
                     if x.entity.type in ("ORG", "LOC", "GPE") and word_count(v.norm[x.end:m.start]) <= 1), None)
        if body is not None:
            return body.entity
    return speaker

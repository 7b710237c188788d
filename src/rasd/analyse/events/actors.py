"""Actors of an event mention: who did it, to whom, and where (the events layer's helper).

Works on a :class:`~rasd.analyse.events.view.View` of an article: its normalized text with maps both
ways and the mentions of the entities that can act (people, organisations,
places). :func:`find_actors` returns the subject(s), object(s) and location
of one trigger; the rules are described in :mod:`rasd.analyse.events.layer`.
A person's role keeps its organisation out of the actors (``سكرتير مجلس الأمن
الروسي سيرغي شويغو``), and a role that stands alone stands for its holder
(headline ``رئيس مجلس النواب اللبناني يلتقي …`` → the person whose role it is).
Places act when they are countries or capitals used for governments; a city
after ``في``/``بـ``/``مدينة`` is the location.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyse.events.view import (
    ACTOR_TYPES,
    NAME_TITLES,
    ROLE_HEAD,
    TALK_TYPES,
    WORD_RE,
    Mention,
    View,
    described_person,
    homes,
    indefinite_description,
    last_match,
    organ_country,
    place_of,
    word_count,
)
from rasd.arabic.event_lexicon import (
    ACT_VERBS,
    CAPITALS,
    CLAUSE_BREAK,
    EXPRESS_VERBS,
    LIGHT_VERBS,
    MAINTAIN_WORDS,
    Trigger,
)
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Entity

# Events whose target follows على: sanctions, threats, attacks, pressure, accusations (aid goes ل/إلى).
_ON_TARGET_TYPES = frozenset({"SANCTION", "THREATEN", "ASSAULT", "COERCE", "ACCUSE"})
_ON_PREP = re.compile(r"(?<!\w)(?:علي|ضد)\s+$")
_PUNCT_GAP = re.compile(r"[.,،؛:!?؟()\"«»“”]")
_LOC_PREPS = re.compile(r"(?:(?<!\w)(?:في|فى|من|لدي|الي|علي|داخل|شرق|غرب|شمال|جنوب)\s+$|(?<!\w)[وف]?[بل]$)")
_TO_PREP = re.compile(r"(?:(?<!\w)(?:الي|لدي)\s+$|(?<!\w)[وف]?ل$)")
_CONTEXT = re.compile(r"(?<!\w)(?:خلال|اثناء|هامش|فعاليات|ضمن|حول|بشان|عن|لبحث|لمناقشه)(?!\w)")
# "الزيارة التي يقوم بها X"، "غارة جوية نفذها طيران X" (an indefinite noun takes its clause without التي)
_CARRIED_BY = re.compile(r"^\s*(?:\S+\s+){0,2}(?:(?:الذي|التي)\s+(?:كان\s+|كانت\s+|سوف\s+|قد\s+)?[وف]?(?:س)?"
                         r"(?:[يت]قوم|قام|قامت|[يت]جري|اجري|اجرت|[يت]جريها|اجراها|اجراه|[يت]عقد|عقدها|عقده|شنها|شنه|"
                         r"[يت]شنها|نفذها|نفذه)(?:\s+(?:بها|به))?|(?:شنها|شنه|شنتها|شنته|نفذها|نفذه|نفذتها|نفذته|"
                         r"اجرته|اجرتها|اجراه|اجراها|(?:[يت]قوم|قام|قامت)\s+(?:بها|به)))\s+")
_IN_REGION = re.compile(r"(?<!\w)(?:في|من)\s+(?:دول|بلدان|دوله|منطقه|مناطق|ارجاء|انحاء)\s+$")
_BETWEEN = re.compile(r"(?<!\w)(?:بين|فيما بين)(?!\w)")
_PLACE_NOUNS = re.compile(r"(?<!\w)[وف]?[بل]?(?:ال)?(?:مدينه|منطقه|محافظه|ولايه|بلده|قريه|اقليم|مقاطعه|عاصمه|"
                          r"قرب|شمال|جنوب|شرق|غرب|شمالي|جنوبي|ضواحي|مطار|دوله|مملكه|جمهوريه)\s+$")
_ROLE_NOUNS = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)?(?:رئيس|رئيسه|وزير|وزيره|نائب|سفير|قائد|امين|مبعوث|ممثل|ممثله|"
                         r"مندوب|مستشار|مدير|عضو|سكرتير|مساعد|متحدث|ناطق|باسم|زعيم|ملك|عاهل|عاهلي|حاكم|امير|"
                         r"محافظ|وزراء|منسق|منسقه|موفد|موفده|خادم)"
                         r"(?:\s+(?:ال)?(?:عام|عامه|خاص|خاصه|شخصي|شخصيه|اعلي|اول|ثاني|دائم|دائمه))*"
                         # the kind of body may stand between (أمين عام تنظيم "عصائب أهل الحق")
                         r"(?:\s+(?:ال)?(?:تنظيم|حركه|حزب|جماعه|جبهه|ائتلاف|منظمه|ميليشيا|ميليشيات|مليشيا))?"
                         r"\s+[لب]?[\"«“]?$")
_COREF_SUBJECT = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:جانبان|جانبين|طرفان|طرفين|بلدان|بلدين|رئيسان|رئيسين|وزيران|وزيرين)(?!\w)")
_AFFIL = re.compile(r"(?<!\w)(?:ال)?(?:مؤيد|مؤيده|مؤيدين|موال|مواليه|موالين|الموالي|الموالين|حليف|حلفاء|انصار|اتباع)"
                    r"\s+(?:\S+\s+){0,3}\S{0,3}$|(?<!\w)[وف]?(?:بحسب|حسب|وفق|وفقا ل|نقلا عن|نقلت عن|قال ل)\s+\S{0,3}$")
_DISCUSS = re.compile(r"^[وف]?(?:س)?[يتن]?(?:بحث|ناقش|تباحث|تشاور)")


_DAY_WORDS = frozenset({"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})


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
                     and not any(w in _DAY_WORDS for w in gap.split()))
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
        if word_count(gap) > limit or (_PUNCT_GAP.search(gap) and not listed) or not re.search(r"(?:^|\s)و", gap):
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
        return True
    return (m.entity.type == "PER" and len(ws) <= 6 and not _PUNCT_GAP.search(gap)
            and not any(w in _PREPS or w[0] in "بل" for w in ws))


_FILLERS = frozenset({"عن", "اليوم", "امس", "قد", "له", "لها", "لهم", "فيه", "فيها", "خلالها", "خلاله", "خلالهما",
                      "ايضا", "كذلك", "بدوره", "بدورها", "من", "جهته", "جهتها", "عددا", "اليوم،", "مساء", "صباح"})
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


_BATTLE = re.compile(r"(?:معارك|معركه|اشتباك|اشتباكات|قتال|مواجهات|مواجهه)")
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


def find_actors(v: View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int
            ) -> tuple[list[Mention], list[Mention], Mention | None]:
    """(subjects, objects, location) for a trigger at normalized ``a``-``b``."""
    left_text = v.norm[sent_a:a]
    brk = last_match(CLAUSE_BREAK, left_text)
    lstart = sent_a + (brk.end() if brk else 0)
    lw = list(WORD_RE.finditer(v.norm[lstart:a]))
    nmax = 14 if trig.pos == "verb" else 20
    if len(lw) > nmax:
        lstart += lw[-nmax].start()
    # right window: up to the next clause break or 25 words
    rtext = v.norm[b:sent_b]
    rb = re.search(r"[:؛«\"“]|(?<!\w)(?:[وف]?(?:قال|اكد|اضاف|اوضح|اشار))(?!\w)", rtext)
    rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين)(?!\w)", rtext)
    if rel and word_count(rtext[:rel.start()]) > 2 and (rb is None or rel.start() < rb.start()):
        rb = rel  # a relative clause right after the trigger describes it (المحادثات التي جرت بين …)
    rend = b + (rb.start() if rb else len(rtext))
    rw = list(WORD_RE.finditer(v.norm[b:rend]))
    if len(rw) > 40:
        rend = b + rw[40].start()
    sent = (sent_a, sent_b)
    left = _drop_role_parts(v, v.between(lstart, a), sent)
    right_all = _drop_role_parts(v, v.between(b, rend), sent)

    def to_prep(m: Mention) -> bool:
        return bool(_TO_PREP.search(v.norm[max(0, m.start - 6):m.start]))

    # places after في/بـ/مدينة are the location, and so is a place joined to one by و
    locs: list[Mention] = []
    for m in right_all:
        pre = v.norm[max(0, m.start - 6):m.start]
        if _country_like(m) and (trig.type in _ON_TARGET_TYPES and _ON_PREP.search(pre)
                                 or trig.type == "AID" and _TO_PREP.search(pre)
                                 # "يتعين على موسكو أن …"، "يجب على قطر": the one asked
                                 or trig.type == "REQUEST" and word_count(v.norm[b:m.start]) <= 1
                                 and (_ON_PREP.search(pre) or v.norm[a:b].endswith("علي"))):
            continue  # "عقوبات على روسيا"، "مساعدات لليمن": the country is the target, not the place
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
    if bm and (trig.mode == "visit" or word_count(v.norm[b:b + bm.start()]) > 8
               or _CONTEXT.search(v.norm[b:b + bm.start()])):
        bm = None
    if bm:
        after = [m for m in right if m.start >= b + bm.end()]
        before = [m for m in right if m.start < b + bm.start()]
        if len(after) >= 2 and not before:
            return [after[0]], _conjoined(v, after, 1, 1), location
        if after and not before:
            return [], [], location  # one side of a "بين" pair unnamed: the actors are not known

    subj: list[Mention] = []
    objs_from = right
    if trig.pos == "participle":
        # "…، متهما دولة الإمارات": the subject of the clause (or the speaker of its quote) acts
        sp = sentence_speaker(v, a, b, sent) or clause_subject(v, a, sent)
        if sp is None:
            return [], [], location
        subj = [sp]
    # "قال X … إنه يؤيد …": the pronoun is the speaker named before it
    if brk is not None and re.fullmatch(r"[وف]?ب?ان(?:ه|ها|هم|هما)", brk.group()) and trig.pos == "verb" \
            and not (left and word_count(v.norm[left[-1].end:a]) <= 3):
        speaker = _speaker_before(v, sent_a, sent_a + brk.start(), sent)
        if speaker is None:
            return [], [], location
        subj = [speaker]
    if trig.pos == "verb" and not subj and first_person(trig, word):
        # "طالبنا رئيس الوزراء …"، "ندين هذا العمل": the speaker of the quote acts; what follows is the object
        speaker = _quote_speaker(v, a, b)
        if speaker is None:
            return [], [], location
        subj = [Mention(a, a, speaker)]
    if trig.pos == "participle":
        pass
    elif trig.pos == "verb" and not subj and (res := _resumptive(v, trig, word, a, b, sent_a, right)):
        return res[0], res[1], location
    elif trig.pos == "verb" and not subj:
        # the subject stands right before the verb; a mention in a phrase after it (العضو في X) is skipped
        cand_left = list(left)
        while cand_left and re.search(r"(?<!\w)(?:في|من|عن|الي|علي|مع)\s+\S{0,3}$",
                                      v.norm[max(0, cand_left[-1].start - 8):cand_left[-1].start]):
            cand_left.pop()
        if cand_left:
            gap = v.norm[cand_left[-1].end:a]
            if word_count(gap) <= (3 if cand_left is left or len(cand_left) == len(left) else 7) \
                    and not _PUNCT_GAP.search(gap):
                subj = _conjoined(v, cand_left, len(cand_left) - 1, -1)
            elif cand_left[-1].entity.type == "PER" and re.fullmatch(r"\s*[،,]\s*", gap):
                subj = [cand_left[-1]]  # "الرئيس الأمريكي دونالد ترامب، هدد …": a name set off by a comma
        near_left = v.norm[max(lstart, a - 40):a]
        if not subj and (_COREF_SUBJECT.match(v.norm[b:rend].lstrip())
                         or _COREF_SUBJECT.search(" ".join(near_left.split()[-3:]))):
            return [], [], location  # "بحث الجانبان …" retells an event told before
        rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)(?:\s+(?:كان|كانت|كانوا|قد|لا|لم|ما|"
                        r"زال|زالت|سبق|ان))*\s*$", v.norm[max(sent_a, a - 40):a])
        if not subj and rel:
            # "… التي استهدفت أمن المملكة": the subject is the antecedent; a named one right before the
            # pronoun acts (رئيس مجلس نواب الباراغواي أوبو ديلاسكس الذي يزور لبنان)
            rs = max(sent_a, a - 40) + rel.start()
            ante = [m for m in _drop_role_parts(v, v.between(sent_a, rs), sent) if m.end <= rs]
            stem = _OBJ_SUFFIX.sub("", word)
            if ante and stem != word and _verb_rx(trig.pattern).fullmatch(stem) and right \
                    and word_count(v.norm[b:right[0].start]) <= 3 and word_count(v.norm[ante[-1].end:rs]) <= 1:
                return [right[0]], [ante[-1]], location  # (the resumptive pronoun, as in _resumptive)
            if stem != word and right and word_count(v.norm[b:right[0].start]) <= 3:
                # "الأمر الذي تنفيه الدوحة": the pronoun is the event told before; its actor acts
                return [right[0]], [], location
            if not ante or v.norm[ante[-1].end:rs].strip(" ،,") or ante[-1].entity.type not in ("PER", "ORG"):
                return [], [], location
            subj = [ante[-1]]
    elif trig.pos == "noun":
        # talks and visits are "held"; attacks, protests and arrests are "carried out"
        light = LIGHT_VERBS if trig.type in TALK_TYPES or trig.needs else ACT_VERBS
        lv = last_match(light, v.norm[lstart:a])
        ev = last_match(EXPRESS_VERBS, v.norm[lstart:a])
        mv = last_match(MAINTAIN_WORDS, v.norm[lstart:a] if trig.type in TALK_TYPES else "")
        gov = max((x for x in (lv, ev, mv) if x is not None), key=lambda x: x.start(), default=None)
        if trig.needs == "express" and right and _genitive(v.norm[b:right[0].start], right[0]):
            gov = None  # "أكد تضامن مملكة البحرين مع …": the genitive holds the stance, not the reporter
        if gov is not None and trig.needs is None and word_count(v.norm[lstart + gov.end():a]) > 6:
            gov = None  # an attack or protest noun is not governed by a verb far before it
        if (gov is not None and _first_person_light(gov.group().strip(), light)) \
                or (gov is None and trig.type in TALK_TYPES and re.search(r"(?:ئ|ت)?نا$", word)):
            # "نجري مفاوضات مع …"، "بعد لقائنا الأخير": in a quote, its speaker holds the talks
            speaker = _quote_speaker(v, a, b)
            if speaker is None:
                return [], [], location
            subj = [Mention(a, a, speaker)]
            gov = None
        elif gov is not None:
            gs, ge = lstart + gov.start(), lstart + gov.end()
            # a mention in a phrase (مسؤول بوزارة الخارجية) is no subject
            inside = [m for m in left if m.start >= ge and not re.search(
                r"(?:(?<!\w)[وف]?[بل]|(?<!\w)(?:في|من|عن)\s+)$", v.norm[max(0, m.start - 4):m.start])]
            before = [m for m in left if m.end <= gs]
            if inside:
                subj = _conjoined(v, inside, 0, 1)
            elif before:
                gap = v.norm[before[-1].end:gs]
                if word_count(gap) <= 3 and not _PUNCT_GAP.search(gap):
                    subj = _conjoined(v, before, len(before) - 1, -1)
            elif (ante := _relative_antecedent(v, sent_a, gs, sent)) is not None:
                subj = [ante]  # "مجلس الأمن الذي فرض عقوبات على …": the antecedent holds the act
            elif group := group_reference(v, v.norm[ge:a], ge):
                subj = group  # "فرضت هذه الدول جملة من العقوبات": the countries listed before
            elif right and _genitive(v.norm[b:right[0].start], right[0]):
                pass  # "أعلن مسؤول … تأجيل زيارة وزير الخارجية ظريف": the genitive is the subject
            elif _COREF_SUBJECT.search(v.norm[ge:a]) or any(
                    w not in _FILLERS for w in v.norm[ge:a].split() if not _PUNCT_GAP.fullmatch(w)):
                # "تلقى وزير الخارجية المصري … اتصالين": a subject stands there, but no entity names it
                return [], [], location
        elif trig.type in TALK_TYPES and re.search(r"(?<!\w)(?:في|خلال|اثناء)\s+$", v.norm[max(0, a - 8):a]) and left \
                and word_count(v.norm[left[-1].end:a]) <= 3:
            # "بحث الرئيس X في اتصال هاتفي بـ Y": the subject of the clause holds the call
            subj = _conjoined(v, left, len(left) - 1, -1)
        elif (cb := _CARRIED_BY.match(v.norm[b:rend])) and right and right[0].start >= b + cb.end() \
                and word_count(v.norm[b + cb.end():right[0].start]) <= 6:
            subj = _conjoined(v, right, 0, 1)  # "للزيارة المرتقبة التي سوف يقوم بها الملك سلمان لموسكو"
            objs_from = right[len(subj):]
        elif _BATTLE.search(word) and right and re.search(r"(?<!\w)(?:مع|ضد)\s+\S*\s*$",
                                                         v.norm[max(b, right[0].start - 30):right[0].start]) \
                and word_count(v.norm[b:right[0].start]) <= 5:
            return [], _conjoined(v, right, 0, 1), location  # "في معارك مع القوات الأمريكية": the side named
        elif not (right and _genitive(v.norm[b:right[0].start], right[0])):
            return [], [], location  # a bare noun with no genitive actor
    if not subj:
        if not right:
            sp = sentence_speaker(v, a, b, sent) if trig.type in SPEECH_TYPES and trig.pos == "verb" else None
            return ([sp] if sp else []), [], location
        if trig.type == "CONSULT" and trig.mode == "visit" and right[0].entity.type in ("LOC", "GPE"):
            return [], [right[0]], location
        right = [m for m in right if _country_like(m)]  # a city after the verb is no subject
        if not right:
            return [], [], location
        # verb first: the subject follows within a few words (titles may come between), and is
        # not introduced by a preposition (هدد … بالرد على كوريا الشمالية: the target, not the subject)
        before0 = v.norm[max(0, right[0].start - 40):right[0].start]
        if word_count(v.norm[b:right[0].start]) > 12 or (_OBJ_PREP.search(before0[-8:])
                                                         and not _ROLE_NOUNS.search(before0)
                                                         and not _EACH_OF.search(before0)):
            # "يتعين على موسكو أن …" in May's words: the speaker asks, the one after the verb is asked
            sp = sentence_speaker(v, a, b, sent) if trig.type in SPEECH_TYPES and trig.pos == "verb" else None
            if sp is None:
                return [], [], location
            return [sp], _conjoined(v, right, 0, 1), location
        gap0 = v.norm[b:right[0].start]
        if not trig.symmetric and (group := group_reference(v, gap0, b)):
            # "اتهمت الدول الأربع قطر": the four countries listed before act on the one named next
            return group, _conjoined(v, right, 0, 1), location
        if not trig.symmetric and (_unnamed_subject(gap0) or indefinite_description(gap0)):
            # an unnamed subject stands first (المحتجون); the named one is the object.
            # "انتقد مسؤول إماراتي بارز … تركيا": a described official is the article's person of
            # that country when it names one
            described = described_person(v, gap0, b)
            return ([described] if described else []), _conjoined(v, right, 0, 1), location
        subj = _conjoined(v, right, 0, 1)
        objs_from = right[len(subj):]
    # an object is not one when a context phrase comes first (خلال فعاليات X، على هامش X);
    # discussing verbs take their partner after مع (their object is the topic)
    # and the target of an accusation or a request is no "بـ" phrase (اتهم X Y بـ…، بالأمم المتحدة)
    objs_from = [m for m in objs_from if not _CONTEXT.search(v.norm[b:m.start])
                 and (_country_like(m) or trig.mode == "visit")
                 and (trig.type in TALK_TYPES or not re.search(r"(?:(?<!\w)[وف]?ب|(?<!\w)في\s+)$",
                                                                 v.norm[max(0, m.start - 4):m.start]))
                 # "من المسؤولين في دول مجلس التعاون": the region the unnamed actors come from
                 and not _IN_REGION.search(v.norm[max(0, m.start - 20):m.start])
                 and word_count(v.norm[subj[-1].end if m.start > subj[-1].end else b:m.start])
                 <= (28 if trig.type in TALK_TYPES else 6)]
    if trig.pos == "verb" and _DISCUSS.match(word):
        objs_from = [m for m in objs_from if re.search(r"(?<!\w)مع\s+\S*\s*\S*\s*$",
                                                       v.norm[max(b, m.start - 30):m.start])]
    objs = _conjoined(v, objs_from, 0, 1) if objs_from else []
    if not objs and subj and trig.type in SPEECH_TYPES and trig.pos != "participle":
        objs = _speech_target(v, b, sent, subj, locs)
    return subj, objs, location


def _speech_target(v: View, b: int, sent: tuple[int, int], subj: list[Mention], locs: list[Mention]) -> list[Mention]:
    """The one accused, asked, rejected or threatened where no object follows the verb: the first
    person, organisation or country the rest of the sentence names (in the reported words too),
    other than the speaker and not a place where something happens."""
    own = {m.entity.id for m in subj}
    home = homes(subj)  # the speaker's own country
    taken = {(m.start, m.end) for m in locs}
    for m in _drop_role_parts(v, v.between(b, sent[1]), sent):
        if m.entity.id in own or (m.start, m.end) in taken or _is_location(v, m):
            continue
        if word_count(v.norm[b:m.start]) > 20:
            break
        if m.entity.type in ("LOC", "GPE") and (m.entity.country or {}).get("alpha2") in home:
            continue
        if _AFFIL.search(v.norm[max(0, m.start - 45):m.start]):
            continue
        if m.entity.type in ("PER", "ORG") or _country_like(m):
            return [m]
    return []


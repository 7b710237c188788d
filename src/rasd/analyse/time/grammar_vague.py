"""Rules for the time expressions that carry no full date: vague and anaphoric references, unit
durations without a numeral, dayparts, seasons, decades, old years and frequency adjectives (pure).

Registered after :mod:`rasd.analyse.time.grammar` (same registry, same normalized text, same
conventions). What each class resolves to:

- a bare plural of a unit after a preposition or a quantifier («منذ سنوات», «عدة أيام»): an
  unspecified duration ``PXY``/``PXD``;
- a definite plural with no numeral and a direction («السنوات الأخيرة», «الأيام المقبلة»):
  ``PAST_REF``/``FUTURE_REF`` (a numeral makes it a duration, see the main grammar);
- a singular unit with «واحد/كامل» («شهرًا واحدًا»): ``P1M``;
- an anaphor («الشهر ذاته», «العام التالي», «ذلك اليوم»): the unit relative to the last date the
  text gave, resolved by :mod:`rasd.analyse.time.layer` (kind ``anaphor``);
- «بعد الظهر», «الليلة الماضية»: a part of a day (kind ``daypart``, the day of its sentence);
- a season with a preposition («خلال الصيف»; a bare «فصل الشتاء» is generic: ``XXXX-WI``), decades («الأربعينيات», «العقد الأول من القرن
  الحالي»), years before 1900 after a year word or in brackets, «يومية/شهرية/سنوية» as SETs.
"""

from __future__ import annotations

import re

from rasd.analyse.time.base import ART, CARD, HOURWORDS, NEXT, PAST, B, E, alt, rule, span_of, squash
from rasd.analyse.time.context import later_ref, plan_name_before
from rasd.arabic.numbers import TIME_UNITS, parse_cardinal
from rasd.arabic.titles import TITLE_STEMS

_PLURALS = {"ايام": "D", "اسابيع": "W", "اشهر": "M", "شهور": "M", "سنوات": "Y", "اعوام": "Y", "سنين": "Y",
            "عقود": "DE", "ساعات": "H", "دقائق": "MIN"}
_PLURAL = alt(_PLURALS)


def _pxvalue(u: str) -> str:
    if u == "DE":  # «منذ عقود»: decades are written in years (P30Y for «ثلاثة عقود»), so PXY
        return "PXY"
    if u == "H":
        return "PTXH"
    if u == "MIN":
        return "PTXM"
    return f"PX{u}"


# «منذ سنوات», «خلال أشهر», «بعد أيام من», «عدة أيام», «لبضعة أسابيع», «لعقود», «منذ آلاف السنين». Not «سنوات الحرب» (a construct
# with a definite noun is a period named by its event: no value we can give) nor a plural before a numeral;
# «الذي/التي» after it opens a relative clause, not a construct.
@rule("fixed", rf"(?:(?<!\w)(?:[وف]?(?:منذ|خلال|بعد|قبل|طيله|طوال|لمده|مده|عبر|علي\s+مدي|علي\s+مدار|بين|في\s+غضون|غضون)\s+|[وف]?ل(?=(?:عده\s+|بضعه\s+)?(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام|سنين|عقود|ساعات|دقائق))))"
      rf"(?P<x>(?:(?:عده|بضعه|بضع|لعده|لبضعه)\s+|(?:مئات|عشرات|الاف)\s+(?:ال)?)?(?P<u>{_PLURAL})(?:\s+(?:قليله|عديده|طويله))?){E}"
      rf"(?!\s+(?:ال(?!(?:تي|ذي|ذين|لتي|لذي|لذين){E})|\d|{CARD}))", gate=tuple(_PLURALS))
def _bare_plural(m, n):  # a relative pronoun after it («منذ سنوات التي تفتح فيها») is no construct noun
    return {"type": "DURATION", "value": _pxvalue(_PLURALS[m["u"]])}, span_of(m)


# «ستعيد البرنامج سنوات إلى الوراء», «أعادت البلاد عقودا إلى الوراء»: set back by an unstated count.
@rule("fixed", rf"{B}(?P<x>(?P<u>{_PLURAL})|(?P<acc>عقودا|اعواما|شهورا|اياما))\s*[\"«]?\s*الي\s+الوراء", gate=("الوراء",))
def _set_back(m, n):
    u = _PLURALS[m["u"]] if m["u"] else {"عقودا": "DE", "اعواما": "Y", "شهورا": "M", "اياما": "D"}[m["acc"]]
    return {"type": "DURATION", "value": _pxvalue(u)}, span_of(m)


@rule("fixed", rf"{B}(?P<x>(?:عده|بضعه|بضع)\s+(?P<u>{_PLURAL})){E}(?!\s+(?:ال\w*\s+)?(?:{CARD}))", gate=("عده", "بضع"))
def _few_units(m, n):
    return {"type": "DURATION", "value": _pxvalue(_PLURALS[m["u"]])}, span_of(m)


_DIR_PAST = r"(?:الماضيه|الماضي|الاخيره|الفائته|المنصرمه|السابقه|القليله\s+الماضيه|القليله\s+الاخيره)"  # «السنوات الماضي»: a common slip
_DIR_NEXT = r"(?:المقبله|القادمه|القليله\s+المقبله|القليله\s+القادمه)"


# «السنوات الأخيرة», «الأيام والأسابيع المقبلة»: no count, a direction → a vague reference.
@rule("fixed", rf"{B}(?P<x>ال(?:{_PLURAL})(?:\s+و\s*ال(?:{_PLURAL}))*\s+(?:(?P<p>{_DIR_PAST})|(?P<f>{_DIR_NEXT}))){E}",
      gate=tuple(_PLURALS))
def _plural_direction(m, n):
    if re.search(r"(?:خلال|طوال|طيله|مدي|مدار)\s+$", n[max(0, m.start() - 8):m.start()]) and " و" not in m["x"]:
        # «خلال الأيام الأخيرة»: over those days, a duration; «في السنوات الأخيرة»: a time in the past
        unit = _PLURALS[squash(m["x"]).split()[0][2:]]
        return {"type": "DURATION", "value": _pxvalue(unit)}, span_of(m)
    return {"value": "PAST_REF" if m["p"] else "FUTURE_REF"}, span_of(m)


_SING_ACC = {k: v for k, v in TIME_UNITS.items() if v[2] == 1}


# «شهرًا واحدًا», «يوما واحدا», «ساعة واحدة», «أسبوعا كاملا».
@rule("duration", rf"{B}(?P<x>(?P<u>{alt(_SING_ACC)})\s+(?:واحدا|واحده|واحد|كاملا|كامله|كامل)){E}",
      gate=("واحد", "كامل"))
def _one_unit(m, n):
    u = TIME_UNITS[squash(m["u"])]
    return {"u": u[0], "n": 1, "t": u[1]}, span_of(m)


# «الساعات الثماني والأربعين الماضية», «الأيام الستة عشر الماضية»: a spelled count with the article.
@rule("duration", rf"{B}(?P<x>ال(?P<u>ايام|ساعات|اسابيع|اشهر|شهور|سنوات|اعوام)\s+(?P<n>(?:ال\w+)(?:\s+(?:و\s*)?(?:ال)?\w+)?)"
      rf"(?:\s+(?:{PAST}|{NEXT}|الاخيره|الاولي))?){E}", gate=("ساعات", "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام"))
def _counted_definite(m, n):
    words = [w[2:] if w.startswith("ال") else w[3:] if w.startswith("وال") else w for w in squash(m["n"]).split()]
    words = [w for w in words if w != "و"]
    num = parse_cardinal(" و".join(words)) or parse_cardinal(" ".join(words))
    end = m.end("x")
    if num is None and len(words) > 1:  # «السنوات السبع التي»: the second word is not part of the count
        num = parse_cardinal(words[0])
        end = m.start("n") + len(squash(m["n"]).split()[0])
        if n[end:end + 1].isalnum():
            return None
    if num is None or num <= 0:
        return None
    u = TIME_UNITS[m["u"]]
    return {"u": u[0], "n": num, "t": u[1]}, (m.start("x"), end)


# -- anaphora --------------------------------------------------------------------------

_ANA_UNIT = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}


# A part word before the anaphor («مطلع الشهر نفسه», «أواخر نفس العام») is a part of the period the anaphor
# names, not of the current one: the span takes it, and its first word gives the TIMEX3 mod (timex.mod_of).
_PART = r"(?:مطلع|مستهل|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|ختام)\s+(?:من\s+)?"


@rule("anaphor", rf"{B}(?P<x>(?:{_PART})?{ART}(?P<u>{alt(_ANA_UNIT)})\s+(?P<w>ذاته|ذاتها|نفسه|نفسها|التالي|التاليه|"
      rf"الذي\s+تلاه|الذي\s+يليه|السابق\s+له|الذي\s+سبقه)){E}", gate=("ذات", "نفس", "التالي", "تلاه", "يليه", "سبقه"))
def _same_next(m, n):
    unit = _ANA_UNIT[m["u"]]
    w = squash(m["w"])
    off = 1 if w in ("التالي", "التاليه", "الذي تلاه", "الذي يليه") else -1 if "سبق" in w else 0
    return {"u": unit, "offset": off}, span_of(m)


_WAS = re.compile(r"^[وف]?(?:كان|كانت|كانوا|اصبح|اصبحت|ظل|ظلت|بات|باتت)$")
_THEN_WORDS = 3  # words of a title phrase between its head and «آنذاك» («الجنرال بن علي آنذاك»)


def _then_title(m, n) -> bool:
    """True when a single-word «آنذاك/حينها/وقتها/يومها» qualifies a title phrase right before it
    ("the then Prime Minister": «رئيس الوزراء البريطاني آنذاك توني بلير», «الجنرال بن علي آنذاك»).

    Like «سابقا» meaning "former", that word dates a person's office, not an event of the text, and the
    dev golds leave it untagged. The head must be one of the last three words of the same clause (no
    punctuation or line break in between); «استدعت الخارجية حينها» or «ظهرت آنذاك» keep their time.
    """
    if " " in m["x"].strip():
        return False  # «ذلك الحين», «ذلك الوقت» are adverbials («منذ ذلك الحين»)
    before = n[max(0, m.start() - 60):m.start()]
    before = re.split(r"[\n.,،:;؛!?؟\"«»()]", before)[-1]
    if re.match(r"\s+(?:ان|انه|انها|بان)(?!\w)", n[m.end():]):
        return False  # «وقال السفير وقتذاك إن»: said at the time (the time of the report)
    allw = before.split()
    words = allw[-_THEN_WORDS:]
    for i, w in enumerate(words):
        w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if any(w.startswith(c) and w[len(c):] in TITLE_STEMS for c in ("", "ال", "لل", "ب", "ل")):
            k = len(allw) - len(words) + i
            if k and _WAS.match(allw[k - 1]):
                return False  # «وكان الفريق آنذاك بطلا»: the time of what the subject was
            # a title is definite («رئيس الوزراء», «الرئيس الأمريكي»); «مسؤول أمريكي وقتها» is "at the time"
            return any(x.startswith(("ال", "لل")) or x[1:].startswith(("ال", "لل")) for x in words[i:])
    return False


# A definite word right after, not a relative pronoun («ذلك التاريخ الذي …» is still the date).
_DEF_ADJ_AFTER = re.compile(r"\s+ال(?!ذي|تي|لتي|لذي|لواتي|لاتي)\w+")
_TIME_PREP_BEFORE = re.compile(r"(?<!\w)[وف]?(?:منذ|حتي|في|قبل|بعد)\s+$")


@rule("anaphor", rf"{B}(?P<x>(?:انذاك|انئذ|وقتذاك|حينذاك|حينئذ|حينها|وقتها|يومها(?!\s+ال)|يومئذ|مذاك|منذئذ|(?:ذلك|ذاك)\s+(?:الحين|الوقت|التاريخ))){E}",
      gate=("ذاك", "حين", "وقتها", "يومها", "يومئذ", "منذئذ", "ذلك", "انئذ"))
def _then(m, n):
    # «آنذاك», «منذ ذلك الحين», «وقتها»: the time the text spoke of last (any precision), else the past;
    # «حتى ذلك الحين» (until then) looks for a time not yet come
    if _then_title(m, n):
        return None
    if (m["x"].endswith("التاريخ") and _DEF_ADJ_AFTER.match(n, m.end())
            and not _TIME_PREP_BEFORE.search(n, max(0, m.start() - 8), m.start())):
        # «ذلك التاريخ الأسود», «من ذلك التاريخ المؤلم»: a definite adjective makes it "that history"; after a
        # preposition of time it is still the date («منذ ذلك التاريخ المحدد»)
        return None
    until = bool(re.search(r"(?<!\w)حتي\s+$", n[max(0, m.start() - 6):m.start()]))
    return {"u": "ANY", "offset": 0, "until": until}, span_of(m)


@rule("anaphor", rf"{B}(?P<x>(?P<d>\d{{1,2}})\s+من\s+(?:(?:نفس|ذات)\s+الشهر|الشهر\s+(?:نفسه|ذاته))){E}", gate=("نفس", "ذات"))
def _day_of_same_month(m, n):
    d = int(m["d"])
    return ({"u": "M", "offset": 0, "d": d}, span_of(m)) if 1 <= d <= 31 else None


@rule("anaphor", rf"{B}(?P<x>(?:{_PART})?(?:نفس|ذات)\s+ال(?P<u>يوم|اسبوع|شهر|عام|سنه)){E}", gate=("نفس", "ذات"))
def _same_prefix(m, n):
    return {"u": _ANA_UNIT[m["u"]], "offset": 0}, span_of(m)


@rule("anaphor", rf"{B}(?P<x>(?:ذلك|تلك)\s+ال(?P<u>يوم|اسبوع|شهر|عام|سنه|ليله|فتره)){E}", gate=("ذلك", "تلك"))
def _that_unit(m, n):
    u = squash(m["u"])
    if u == "فتره":
        return {"type": "DATE", "value": "PAST_REF", "kind": "fixed"}, span_of(m)
    if u == "ليله":
        return {"u": "D", "offset": 0, "part": "NI"}, span_of(m)
    return {"u": _ANA_UNIT[u], "offset": 0}, span_of(m)


# -- vague references --------------------------------------------------------------------

_VAGUE_MORE = {
    "في السابق": "PAST_REF", "بالسابق": "PAST_REF", "في الاونه الاخيره": "PAST_REF",
    "هذه الايام": "PRESENT_REF", "هذا التوقيت": "PRESENT_REF", "الوقت الراهن": "PRESENT_REF",
    "المرحله الراهنه": "PRESENT_REF", "المرحله الماضيه": "PAST_REF", "المرحله السابقه": "PAST_REF", "اللحظه": "PRESENT_REF", "حتي اللحظه": "PRESENT_REF",
    "القريب العاجل": "FUTURE_REF", "المستقبل القريب": "FUTURE_REF", "وقت لاحق": "FUTURE_REF",
    "المرحله المقبله": "FUTURE_REF", "الفتره المقبله": "FUTURE_REF", "المستقبل": "FUTURE_REF",
    "المرحله القادمه": "FUTURE_REF", "الفتره القادمه": "FUTURE_REF",
}
_NOT_REF_AFTER = re.compile(r"\s*(?:ال\w+|ل\w+)")  # «المستقبل السياسي», «اللحظة التاريخية»: a noun, not a time


@rule("fixed", rf"{B}(?P<x>{alt(_VAGUE_MORE)}){E}", gate=("سابق", "ذاك", "حين", "فتره", "وقت", "ايام",
                                                        "توقيت", "راهن", "لحظه", "عاجل", "مستقبل", "لاحق", "مرحله"))
def _vague_more(m, n):
    x = squash(m["x"])
    if x in ("المستقبل", "اللحظه") and not re.search(r"(?:في|حتي|الي)\s+$", n[max(0, m.start() - 6):m.start()]):
        return None
    if x in ("المستقبل", "اللحظه", "المستقبل القريب") and _NOT_REF_AFTER.match(n, m.end()) and x != "المستقبل القريب":
        return None
    if x == "وقت لاحق":
        return {"value": later_ref(n, m.start("x"), m.end("x"))}, span_of(m)
    return {"value": _VAGUE_MORE[x]}, span_of(m)


# «للمستقبل», «للحاضر»: the article's alif falls after «ل», so the general rules' «المستقبل»/«الحاضر» are not there to see.
@rule("fixed", rf"(?<!\w)[وف]?ل(?P<x>ل(?P<w>مستقبل|حاضر)){E}", gate=("لمستقبل", "لحاضر"))
def _for_the_future(m, n):
    if _NOT_REF_AFTER.match(n, m.end()):
        return None  # «لمستقبل سوريا» / «للمستقبل السياسي»: a noun
    return {"value": "FUTURE_REF" if m["w"] == "مستقبل" else "PRESENT_REF"}, (m.start("x") + 1, m.end("x"))


# «في العقد الأخير», «خلال العقد المنصرم»: the last ten years («العقد الأخير من القرن» is a decade).
@rule("duration", rf"{B}(?P<x>العقد\s+(?:الاخير|المنصرم)){E}(?!\s+من)", gate=("العقد",))
def _last_decade(m, n):
    return {"u": "Y", "n": 10, "t": False}, span_of(m)


# «ذات الأربعة عشر ربيعا», «فتاة في 16 ربيعا»: an age counted in springs, years.
@rule("duration", rf"{B}(?P<x>(?P<n>(?:ال)?{CARD})\s+ربيعا){E}", gate=("ربيعا",))
def _springs(m, n):
    words = squash(m["n"])
    num = parse_cardinal(words[2:] if words.startswith("ال") else words)
    if num is None or not 0 < num < 130:
        return None
    return {"u": "Y", "n": num, "t": False}, span_of(m)


# -- parts of a day ------------------------------------------------------------------------

@rule("daypart", rf"{B}(?P<x>بعد\s+(?:الظهر|الظهيره)|قبل\s+الظهر|(?P<last>الليله\s+الماضيه|ليله\s+امس|البارحه\s+ليلا)){E}"
      rf"(?!\s+(?:من|يوم|اليوم|امس|غد|ال(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)))", gate=("الظهر", "الظهيره", "الليله", "ليله"))
def _daypart(m, n):
    x = squash(m["x"])
    if m["last"]:
        return {"offset": -1, "part": "NI", "kind": "relday"}, span_of(m)
    return {"part": "AF" if x.startswith("بعد") else "MO"}, span_of(m)


# -- seasons, decades, old years -----------------------------------------------------------

_SEASON = {"الصيف": "SU", "الشتاء": "WI", "الخريف": "FA", "صيف": "SU", "شتاء": "WI", "خريف": "FA"}


@rule("season", rf"(?:(?<!\w)(?:[وف]?(?:في|خلال|منذ|حتي|بحلول|قبل|بعد|مطلع|بدايه|نهايه|اواخر|منتصف|طوال|فصل))\s+)"
      rf"(?P<x>(?:فصل\s+)?(?P<s>{alt(_SEASON)})){E}(?!\s+(?:العربي|\d|ال\w+ي(?:ه)?(?!\w)))", gate=("صيف", "شتاء", "خريف"))
def _season_bare(m, n):
    if m.group(0).lstrip().startswith(("فصل", "وفصل")) or "فصل" in m["x"]:
        return {"value": f"XXXX-{_SEASON[squash(m['s'])]}", "kind": "fixed"}, span_of(m)  # «فصل الشتاء»: any winter
    return {"sub": _SEASON[squash(m["s"])]}, span_of(m)


_TENS = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}


@rule("fixed", rf"{B}(?P<x>(?:ال)?(?P<t>{alt(_TENS)})(?:يات|ات)(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<c>الماضي|العشرين|التاسع\s+عشر))?){E}",
      gate=("ينيات", "ينات"))
def _decade(m, n):
    if re.match(r"\s+من\s+(?:ال)?عمر", n[m.end():]) or re.search(r"(?:سن|عمر|عمره|عمرها)\s+(?:\S+\s+)?$", n[max(0, m.start() - 14):m.start()]):
        start = m.start()
        part = re.search(r"(?:اواخر|اوائل|منتصف)\s+$", n[max(0, start - 8):start])
        return {"type": "DURATION", "value": "PXY"}, ((start - len(part.group(0))) if part else start, m.end("x"))  # «في أواخر العشرينات من العمر»: an age
    century = "18" if m["c"] and "تاسع" in m["c"] else "19"
    return {"value": f"{century}{_TENS[m['t']]}"}, span_of(m)


_ORD_DECADE = {"الاول": 0, "الثاني": 1, "الثالث": 2, "الرابع": 3, "الخامس": 4, "السادس": 5, "السابع": 6,
               "الثامن": 7, "التاسع": 8, "الاخير": 9}
_CENTURY = {"الحالي": 20, "الحادي والعشرين": 20, "الحادي و العشرين": 20, "الماضي": 19, "العشرين": 19}


@rule("fixed", rf"{B}(?P<x>العقد\s+(?P<o>{alt(_ORD_DECADE)})\s+من\s+(?:(?:ال)?قرن\s+(?P<c>{alt(_CENTURY)})|(?P<mil>الالفيه(?:\s+الثالثه)?))){E}",
      gate=("العقد",))
def _ordinal_decade(m, n):
    c = 20 if m["mil"] else _CENTURY[squash(m["c"])]
    return {"value": f"{c}{_ORD_DECADE[m['o']]}"}, span_of(m)


@rule("year", rf"{B}(?P<x>(?:عام|العام|لعام|سنه|السنه|لسنه)\s+(?P<y>1[5-8]\d\d)(?!\d))(?!\s*[/-]?\s*\d|\s*(?:ه|هجري)(?!\w))",
      gate=re.compile(r"1[5-8]\d\d"))
def _old_year(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", r"(?<=\()\s*(?P<x>(?P<y>1[5-9]\d\d|20\d\d))\s*(?=\))", gate=("(",))
def _bracket_year(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)



# -- frequencies ---------------------------------------------------------------------------

_WEEKDAY_AFTER = re.compile(r"\s+(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?!\w)")
_FREQ = {"يومي": "P1D", "اسبوعي": "P1W", "شهري": "P1M", "سنوي": "P1Y"}


@rule("fixed", rf"{B}(?P<x>(?:ال)?(?P<a>يومي|اسبوعي|شهري|سنوي)(?:ه|ين|تين)?){E}", gate=("يومي", "اسبوعي", "شهري", "سنوي"))
def _freq_adj(m, n):
    if re.search(r"(?:بشكل|بصفه|بصوره)\s+$", n[max(0, m.start() - 10):m.start()]):
        return None  # the main grammar's «بشكل يومي» covers it with its adverb
    if m["a"] == "يومي" and not m.group("x").startswith("ال") and _WEEKDAY_AFTER.match(n, m.end()):
        return None  # «يومي الاثنين والثلاثاء»: the dual of «يوم», two days, not "daily"
    return {"type": "SET", "value": _FREQ[m["a"]]}, span_of(m)


_PER = {"يوم": "P1D", "نهار": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}


@rule("fixed", rf"{B}(?P<x>(?:(?:{CARD})\s+مرات|مره\s+واحده|مره|مرتين|مرتان)(?:\s+فقط)?\s+(?:في|كل)\s+(?:ال)?(?P<u>{alt(_PER)})){E}",
      gate=("مره", "مرات", "مرتين", "مرتان"))
def _times_per(m, n):
    return {"type": "SET", "value": _PER[m["u"]]}, span_of(m)


# -- ages, vague days, vague pasts ----------------------------------------------------------

@rule("duration", rf"(?<!\w)(?:[وفب]?(?:في|فى)\s+)?(?P<x>(?:ال)?سن\s+(?:ال)?(?P<n>\d{{1,3}}|{CARD})){E}(?!\s*(?:%|دولار|مليون))", gate=("سن",))
def _age(m, n):
    num = parse_cardinal(squash(m["n"]))
    if num is None or not 0 < num < 130:
        return None
    return {"u": "Y", "n": num, "t": False}, span_of(m)


@rule("fixed", rf"{B}(?P<x>يوما\s+ما|ذات\s+يوم|في\s+يوم\s+من\s+الايام|(?<=في\s)وقت\s+ما|(?<=في\s)لحظه\s+ما){E}",
      gate=("يوم", "وقت ما", "لحظه ما"))
def _some_day(m, n):
    return {"value": "TENSE_REF"}, span_of(m)


# «لم يحدث ذلك من قبل.», «أشارت من قبل أنها»: «من قبل» as an adverb (before, earlier) is PAST_REF. As a
# preposition it names an agent and a noun follows («من قبل الحكومة», «من قبل مسلحين»), and «من قبل أن» is
# the conjunction "before": the adverb is what ends a clause or runs into a particle, a negated or
# auxiliary verb or a pronoun-bearing «أن». «بأن» only as a whole word, as the quotes layer reads it (a name
# such as «بانون» is an agent; «أن» never runs into «كي», so «بان كي مون» is the name), and «لا أحد» (no one)
# is an agent too.
@rule("fixed", rf"(?<!\w)(?P<x>من\s+قبل)(?=\s*(?:[.،,؛:؟?!)\n\"»]|$)|\s+(?:[وف]?(?:لم|لن|لا(?!\s+احد(?!\w))|قد|كان|كانت)|ان(?:ه|ها|هم|هما|نا|ني)|بان(?:ه|ها|هم|هما|(?!\s+كي{E}))){E})",
      gate=re.compile(r"من\s+قبل"))
def _before(m, n):
    return {"value": "PAST_REF"}, span_of(m)


@rule("fixed", rf"{B}(?P<x>قبل\s+(?:(?:عده|بضعه|بضع|مئات|عشرات|الاف)\s+)?(?:{_PLURAL}|السنين)(?:\s+(?:قليله|عديده|طويله))?){E}"
      rf"(?!\s+(?:فقط\s+)?(?:من|علي)(?!\w))", gate=("قبل",))
def _some_time_ago(m, n):
    return {"value": "PAST_REF"}, span_of(m)


@rule("fixed", r"(?:(?<!\w)(?:عن|في|من|الي|بين|مع|و)\s*)(?P<x>(?P<w>الماضي|الحاضر))(?=\s*(?:[.،,؛:؟?!\n\"»]|$|و\s*ال\w+))",
      gate=("الماضي", "الحاضر"))
def _past_present_nouns(m, n):
    return {"value": "PAST_REF" if m["w"] == "الماضي" else "PRESENT_REF"}, span_of(m)


# «لبناء الحاضر والمستقبل», «بين الماضي والحاضر»: two of the three time nouns joined by «و» are both times,
# whatever governs the pair (a masdar, a verb): the coordination itself rules out the adjective («الأسبوع
# الماضي») and the name («تيار المستقبل») readings, which never pair with another time noun.
_TIME_NOUN = {"الماضي": "PAST_REF", "الحاضر": "PRESENT_REF", "المستقبل": "FUTURE_REF"}
_TIME_NOUNS = alt(_TIME_NOUN)


@rule("fixed", rf"{B}(?P<x>(?P<w>{_TIME_NOUNS}))(?=\s*و\s*(?P<o>{_TIME_NOUNS}){E})", gate=("الحاضر", "المستقبل"))
def _time_noun_pair_first(m, n):
    if m["w"] == m["o"]:
        return None
    return {"value": _TIME_NOUN[m["w"]]}, span_of(m)


# the second of a pair, seen from behind (fixed-width look-behinds) so that the middle of three
# («الماضي والحاضر والمستقبل») can close one pair and open the next
_AFTER_TIME_NOUN = "|".join(f"(?<={w}{sep})" for w in _TIME_NOUN for sep in ("و", " و", "و ", " و "))


@rule("fixed", rf"(?:{_AFTER_TIME_NOUN})(?P<x>(?P<w>{_TIME_NOUNS})){E}", gate=("الحاضر", "المستقبل"))
def _time_noun_pair_second(m, n):
    if n[max(0, m.start() - 12):m.start()].rstrip(" و").endswith(m["w"]):
        return None  # «المستقبل والمستقبل»: a repetition, no pair
    return {"value": _TIME_NOUN[m["w"]]}, span_of(m)


_ADV_PART = {"صباحا": "MO", "مساء": "EV", "مساءا": "EV", "ليلا": "NI", "فجرا": "MO", "ظهرا": "MI", "عصرا": "AF"}


@rule("daypart", rf"(?<!\w)(?<![\d:.]\s)(?P<x>{alt(_ADV_PART)}){E}(?!\s+(?:يوم|اليوم|امس|غد|ال\w+))",
      gate=("صباحا", "مساء", "ليلا", "فجرا", "ظهرا", "عصرا"))
def _daypart_adverb(m, n):
    if re.search(rf"(?:\d|ساعه|الساعه|{alt(HOURWORDS)})\s+$", n[max(0, m.start() - 16):m.start()]):
        return None  # «العاشرة صباحا», «الساعة 5 صباحا»: part of a clock time
    return {"part": _ADV_PART[m["x"]]}, span_of(m)



@rule("clock", rf"{B}(?P<x>(?P<h>{alt(HOURWORDS)})(?:\s+و\s*(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث))?\s+"
      rf"(?P<part>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا|من\s+صباح|من\s+مساء|من\s+فجر|صباح|مساء|فجر)){E}",
      gate=("صباح", "مساء", "ظهر", "عصر", "ليل", "فجر"))
def _hour_word(m, n):
    h = HOURWORDS[squash(m["h"])]
    part = squash(m["part"])
    mi = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20}.get(squash(m["frac"] or ""), 0)
    if any(w in part for w in ("مساء", "عصر")) and h < 12 or ("ظهر" in part and h < 6) or ("ليل" in part and h >= 6):
        h += 12
    return {"hm": f"{h % 24:02d}:{mi:02d}"}, span_of(m)



# «حرب 1967 بين العرب», «تشريع 1983 من أكثر…»: a year after a noun, followed by a definite word, a
# preposition or punctuation. A count is followed by its indefinite noun («2000 شخص») and preceded
# by quantity words («نحو 2000»), so neither is taken.
_QUANTITY_BEFORE = re.compile(r"(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|من|الي|و|بين|رقم|العدد|عدد|\d|%)\s*$")


@rule("year", r"(?<![\w/.,-])(?P<x>(?P<y>19\d\d|20[0-4]\d))(?![\w/,%-]|\.\d|\s*[/.,-]\s*\d)"
      r"(?=\s*(?:[.،,؛:؟?!)\n\"»”]|$|ال|بين|في|من|علي|الي|عندما|حين|و\s*(?:19|20)\d\d))", gate=re.compile(r"(?:19|20)\d\d"))
def _year_after_noun(m, n):
    before = n[max(0, m.start() - 14):m.start()]
    if not re.search(r"[^\W\d]{2,}\s+$", before) or _QUANTITY_BEFORE.search(before) or plan_name_before(n, m.start()):
        return None  # a count, or the target year of a plan's name («أهداف "رؤية 2030"», «رؤية المملكة 2030»)
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("fixed", rf"(?<!\w)(?:اما)\s+(?P<x>اليوم){E}(?!\s+(?:ال\w+|\())", gate=("اما",))  # the relday rule yields
def _nowadays(m, n):
    return {"value": "PRESENT_REF"}, span_of(m)



@rule("weekend", rf"{B}(?P<x>(?:عطله\s+)?نهايه\s+(?:ال)?اسبوع){E}(?!\s*(?:{NEXT}|{PAST}|الجاري|الحالي|الحاليه|هذا|\d))",
      gate=("نهايه",))
def _weekend(m, n):
    # «خلال عطلة نهاية الأسبوع»: the Friday–Saturday weekend, the last one (or the next, in a future context)
    return {}, span_of(m)



# «قضى ما يقارب العامين في السجن»: a dual with the article after a quantity word is a duration.
# (Gated by the duals themselves, which every match holds: the suffixes «ين»/«ان» opened every line.)
_DUALS = tuple(k for k, v in TIME_UNITS.items() if v[2] == 2)


@rule("duration", rf"(?<!\w)(?:ما\s+يقارب|ما\s+يزيد\s+على|نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من)\s+(?P<x>ال(?P<u>{'|'.join(_DUALS)})){E}",
      gate=_DUALS)
def _about_dual(m, n):
    u = TIME_UNITS[m["u"]]
    return {"u": u[0], "n": 2, "t": u[1]}, span_of(m)


@rule("fixed", rf"(?<!\w)(?:منذ|قبل|بعد|ل|ب|لمده|طوال)?\s*(?P<x>فتره\s+طويله){E}", gate=("فتره طويله",))
def _long_while(m, n):
    return {"type": "DURATION", "value": "PXY"}, span_of(m)


from rasd.analyse.time import grammar_frames  # noqa: E402,F401 - registers the compositional frames after these rules

"""Compositional frames of time expressions (pure; registered after the other grammar modules).

Each rule here is a frame that composes parts the other modules already know, rather than a list of
phrases: a quantity (numeral, ordinal, unspecified plural) with a unit and the word that frames it
(a preposition, an age, an approximation), or a period word with an ordinal or a part:

- an age given by an ordinal or a number and «من عمره» («في السادسة من عمرها», «في الـ13 من عمره»):
  a duration of that many years, like «يبلغ 15 عاما»;
- the object of a verb of lasting («استمرت ساعة», «يستمر أسبوعا», «أمضى ساعات»): one unit, or an
  unspecified duration;
- an unspecified plural of a unit in a time frame the main bare-plural rule does not list: after
  «ظرف/بعيد/قبيل», after «بعد ذلك بـ» («بعد ذلك بأيام»), or before «قبل/قبيل/بعد» + a noun
  («ساعات قبيل لقاء»): an unspecified duration (``PTXH``, ``PXD`` …);
- «وقت قريب (جدا)» like «قريبا»: ``FUTURE_REF``; «الأمس القريب»: ``PAST_REF`` («في أقرب وقت ممكن» is a
  manner, not a time, as the shared gold has it);
- a century by any ordinal («القرن الثالث الميلادي», «القرن الحادي عشر»), with a part word
  («أواخر القرن التاسع عشر»): the century (``10`` for the 11th); before Christ is left out;
- «بعد قليل» (``FUTURE_REF``), «قبل قليل», «منذ قليل» (``PAST_REF``), «حتى الساعة» (until now:
  ``PRESENT_REF``), «منذ قرون» (``PXY``, as «منذ عقود»). The gold leaves «فيما بعد» and «طوال الفترة
  الماضية» out, and so does the grammar;
- a millennium by ordinal («مطلع الألفية الثالثة»: ``2``); «منذ وقت طويل» like «فترة طويلة» (``PXY``);
- a part word before a decade («أوائل الثمانينات», «منتصف التسعينيات من القرن الماضي»): the decade,
  the part kept in the span (parts of periods are valued as the whole period);
- a day and month «من كل عام» («31 يناير من كل عام»): a yearly SET ``XXXX-01-31``;
- «الليلة السابقة (لزفافها)», «اليوم السابق»: the anaphor "the night/day before (or after) the date
  the text gave last"; so is a part of that day («صباح اليوم التالي», «في الصباح التالي»: a TIME);
- a weekday with an ordinal, «للجمعة الخامسة على التوالي»: the nth day of a weekly series is that
  weekday (found by the tense, as a bare weekday);
- «(بداية) العام الجديد»: the year just begun, or the coming one in an article of October–December;
- «هذا الصباح», «منذ الصباح الباكر»: that part of the publication day; «الأسبوع قبل الماضي»: the
  period before the last; «لمدة27 عاما», «بعد72 ساعة» (a numeral written against its preposition): the duration;
- a day of the month just named, «في 25 منه»: the anaphor «day N of the same month» (resolved by
  :mod:`rasd.analyse.time.layer` against the last date the text gave).
"""

from __future__ import annotations

import re

from rasd.analyse.time.base import (
    CARD,
    DAYPART,
    G_WEEKDAY,
    GREG_MONTHS,
    ORD,
    PARTS,
    WD_BARE,
    B,
    E,
    day_number,
    part_code,
    rule,
    span_of,
    squash,
)
from rasd.analyse.time.context import general_before
from rasd.analyse.time.grammar import _GDATE
from rasd.arabic.months import WEEKDAYS
from rasd.arabic.numbers import TIME_UNITS, parse_cardinal, parse_ordinal

_PLURALS = {"ايام": "D", "اسابيع": "W", "اشهر": "M", "شهور": "M", "سنوات": "Y", "اعوام": "Y", "سنين": "Y",
            "ساعات": "H", "دقائق": "MIN", "ثوان": "S"}
_PLURAL = "|".join(_PLURALS)


def _px(u: str) -> str:
    return {"H": "PTXH", "MIN": "PTXM", "S": "PTXS"}.get(u, f"PX{u}")


def _number(word: str) -> int | None:
    """The value of a numeral, ordinal or cardinal, with or without the article («السادسة», «الـ13», «العشرين»)."""
    w = squash(word).replace("ال ", "ال").strip()
    if w.startswith("ال") and w[2:3].isdigit():
        w = w[2:].strip()
    if w.isdigit():
        return int(w)
    got = parse_ordinal(w)
    if got is None:
        got = parse_cardinal(w[2:] if w.startswith("ال") else w)
    return int(got) if got is not None and float(got).is_integer() else None


# -- an age: «في السادسة من عمرها» ---------------------------------------------------------------

@rule("duration", rf"{B}(?P<x>(?P<n>(?:ال\s*)?\d{{1,3}}|{ORD}|(?:ال)?{CARD})\s+من\s+(?:العمر|عمر(?:ه|ها|هم|هما))){E}",
      gate=("عمر",))
def _age_of(m, n):
    num = _number(m["n"])
    if num is None or not 0 < num < 120:
        return None
    return {"u": "Y", "n": num, "t": False}, span_of(m)


# «طفلة في الثامنة», «رجل في الأربعين»: a person's noun, «في» and a bare number word is an age even without «من العمر»
_PERSON_NOUNS = ("طفل", "طفله", "فتاه", "فتي", "صبي", "صبيه", "ولد", "بنت", "شاب", "شابه", "امراه", "رجل", "سيده",
                 "مسن", "مسنه", "ابنه", "ابنته", "ابنها", "ابنتها", "ابنهما", "ابنتهما", "طفله", "طفلها", "طفلته")
_PERSON_GATE = ("طفل", "فتاه", "فتي", "صبي", "ولد", "بنت", "شاب", "امراه", "رجل", "سيده", "مسن", "ابن")  # substrings of them all
_PERSON = "|".join(sorted({w for p in _PERSON_NOUNS for w in (p, "ال" + p)}, key=len, reverse=True))
_CLOCK_AFTER = re.compile(r"\s*(?:و\s*(?:النصف|الربع|الثلث|\S+\s+دقيقه)|صباح|مساء|ظهر|عصر|ليل|فجر|من\s|بتوقيت|[:.]\d)")


_PERSON_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:{_PERSON})ا?\s+(?:[،,]\s*)?(?:وهي\s+|وهو\s+)?$")


# The match starts at «في» (a rare first letter keeps the scan cheap); the person's noun is read before it.
@rule("duration", rf"(?<!\w)في\s+(?=ال)(?P<x>(?P<n>ال\s*\d{{1,2}}|{ORD}|ال(?:{CARD}))){E}", gate=_PERSON_GATE)
def _age_bare(m, n):
    if not _PERSON_BEFORE.search(n, max(0, m.start() - 24), m.start()):
        return None
    num = _number(m["n"])
    if num is None or not 0 < num < 110 or _CLOCK_AFTER.match(n, m.end()):
        return None
    return {"u": "Y", "n": num, "t": False}, span_of(m)


# -- unspecified plurals in more time frames ------------------------------------------------------

@rule("fixed", rf"(?<!\w)(?:[وف]?(?:في\s+)?(?:ظرف|بعيد|قبيل)\s+|(?:بعد|قبل)\s+(?:ذلك|ذاك)\s+ب|(?:بعدها|قبلها)\s+ب)"
      rf"(?P<x>(?:(?:عده|بضعه|بضع)\s+)?(?P<u>{_PLURAL})(?:\s+(?:قليله|عديده|طويله))?){E}", gate=tuple(_PLURALS))
def _plural_in_frame(m, n):
    return {"type": "DURATION", "value": _px(_PLURALS[m["u"]])}, span_of(m)


@rule("fixed", r"(?:(?<=[،,])\s*|(?<!\w)(?:وذلك|ذلك|وجاء|جاء)\s+|(?<!\w)و)(?P<x>(?P<u>ساعات|دقائق|ايام|اسابيع|سنوات|اعوام)(?:\s+(?:قليله|معدوده))?)"
      r"(?=\s+(?:فقط\s+)?(?:قبيل|قبل|بعد|من)\s+\w)", gate=("ساعات", "دقائق", "ايام", "اسابيع", "سنوات", "اعوام"))
def _plural_before_event(m, n):
    return {"type": "DURATION", "value": _px(_PLURALS[m["u"]])}, span_of(m)


# -- the nearest time -----------------------------------------------------------------------------

@rule("fixed", rf"{B}(?P<x>(?:وقت\s+قريب|فتره\s+قريبه)(?:\s+جدا)?|(?P<past>الامس\s+القريب)){E}", gate=("قريب",))
def _nearest(m, n):
    # «حتى وقت قريب», «إلى وقت قريب» (until recently), «منذ فترة قريبة» (lately): the near past
    until = re.search(r"(?<!\w)[وف]?(?:حتي|الي|منذ)\s+$", n[max(0, m.start() - 7):m.start()])
    return {"value": "PAST_REF" if m["past"] or until else "FUTURE_REF"}, span_of(m)


# -- centuries by ordinal, parts of decades and centuries -----------------------------------------

_CENT_WORD = {"الماضي": 20, "العشرين": 20, "الحالي": 21, "الحادي والعشرين": 21, "الحادي و العشرين": 21}


@rule("fixed", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?(?:ال)?قرن\s+(?P<o>الماضي|الحالي|الحادي\s+و\s*العشرين|{ORD}|العشرين|ال\s*\d{{1,2}}(?!\d))"
      rf"(?:\s+(?:الميلادي|للميلاد|بعد\s+الميلاد))?){E}(?!\s+قبل\s+الميلاد)", gate=("قرن",))
def _century_ordinal(m, n):
    o = squash(m["o"])
    digits = re.fullmatch(r"ال\s*(\d{1,2})", o)  # «القرن الـ 16»
    num = int(digits[1]) if digits else _CENT_WORD.get(re.sub(r"\s+", " ", o)) or parse_ordinal(o)
    if not num or not 1 <= num <= 21:
        return None
    return {"value": f"{num - 1:02d}"}, span_of(m)


_TENS = {"عشرين": 2, "ثلاثين": 3, "اربعين": 4, "خمسين": 5, "ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}


@rule("fixed", rf"{B}(?P<x>(?P<p>{PARTS})\s+(?:ال)?(?P<t>{'|'.join(_TENS)})(?:يات|ات)"
      rf"(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?P<c>الماضي|العشرين|التاسع\s+عشر|الحالي))?){E}", gate=("ينيات", "ينات"))
def _part_of_decade(m, n):
    if re.match(r"\s+من\s+(?:ال)?عمر", n[m.end():]) or re.search(r"(?:سن|عمر|عمره|عمرها)\s+(?:\S+\s+)?$", n[max(0, m.start() - 14):m.start()]):
        return None  # «في منتصف الثلاثينيات من عمرها»: an age
    c = {"التاسع عشر": "18", "الحالي": "20"}.get(re.sub(r"\s+", " ", squash(m["c"] or "")), "19")
    return {"value": f"{c}{_TENS[m['t']]}"}, span_of(m)


# -- «في 25 منه»: a day of the month the text just named -------------------------------------------

@rule("anaphor", rf"(?<!\w)(?:[وف]?في|حتي|منذ)\s+(?P<x>(?P<d>\d{{1,2}})\s+منه){E}", gate=("منه",))
def _day_of_it(m, n):
    d = int(m["d"])
    return ({"u": "M", "offset": 0, "d": d}, span_of(m)) if 1 <= d <= 31 else None


# -- «31 يناير من كل عام»: a day and month that recurs ----------------------------------------------

@rule("fixed", _GDATE + r"\s+من\s+كل\s+(?:عام|سنه)" + E, gate=("كل عام", "كل سنه"))
def _yearly_date(m, n):
    d = day_number(m["d"])
    mo = GREG_MONTHS.get(re.sub(r"\s+", " ", squash(m["gm"])))
    if not d or d > 31 or mo is None or m["y"] or m["yr"] or m["mmod"]:
        return None
    return {"type": "SET", "value": f"XXXX-{mo:02d}-{d:02d}"}, (m.start("x"), m.end())


_NEWSPAPER_BEFORE = re.compile(r"(?:المصري|صحيفه|جريده|روسيا|تركيا|فلسطين)\s+$")


# -- «الليلة السابقة لزفافها», «اليوم السابق»: the night or day next to the date the text gave ------

@rule("anaphor", rf"{B}(?P<x>(?P<u>اليوم|الليله)\s+(?P<w>السابق|السابقه|التاليه|اللاحقه|اللاحق)){E}",
      gate=("السابق", "التاليه", "اللاحق"))
def _night_before(m, n):
    if m["u"] == "اليوم" and _NEWSPAPER_BEFORE.search(n[max(0, m.start("x") - 12):m.start("x")]):
        return None  # «رئيس تحرير جريدة المصري اليوم السابق»: the daily «المصري اليوم», a former editor
    off = -1 if squash(m["w"]).startswith("السابق") else 1
    f = {"u": "D", "offset": off}
    if m["u"] == "الليله":
        f["part"] = "NI"
    return f, span_of(m)


# -- «صباح اليوم التالي», «في الصباح التالي»: a part of the day after (before) the date the text gave --

_PART_OF = {"صباح": "MO", "مساء": "EV", "ظهر": "MI", "عصر": "AF", "فجر": "MO", "ليله": "NI"}


@rule("anaphor", rf"{B}(?P<x>(?:(?P<pp>{'|'.join(_PART_OF)})\s+اليوم|ال(?P<p2>{'|'.join(_PART_OF)}))\s+"
      rf"(?P<w>التالي|اللاحق|السابق)){E}", gate=("التالي", "اللاحق", "السابق"))
def _part_of_next_day(m, n):
    part = _PART_OF[m["pp"] or m["p2"]]
    return {"u": "D", "offset": -1 if m["w"] == "السابق" else 1, "part": part}, span_of(m)


# -- «حتى بداية العام الجديد»: the year that begins next (the current one until the autumn) ------------

@rule("relperiod", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?ال(?:عام\s+الجديد|سنه\s+الجديده)){E}", gate=("الجديد",))
def _new_year(m, n):
    if not m["p"] and general_before(n, m.start("x")):
        return None  # «المدعي العام الجديد»: the new attorney-general
    return {"u": "Y", "offset": 0, "new": True}, span_of(m)


# -- «للجمعة الخامسة على التوالي», «يوم الجمعة الخامس من الاحتجاجات»: the nth weekday of a series ------

_NTH_GATE = re.compile(r"(?:جمعه|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس)\s+ال(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع"
                       r"|عاشر|حادي|عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)")


@rule("weekday", rf"(?:{B}|(?<=(?<!\w)لل)|(?<=(?<!\w)[وف]لل))(?P<x>(?:(?P<part>{DAYPART})\s+)?(?:هذه\s+)?(?:يوم\s+)?"
      rf"(?:ال)?(?P<wd>{WD_BARE})\s+(?P<o>{ORD})){E}(?!\s+(?:من\s+(?:شهر|{'|'.join(GREG_MONTHS)})|عشر))", gate=_NTH_GATE)
def _nth_weekday(m, n):
    # the series' day is the weekday itself, found as a bare weekday is (by the tense); «الأحد الأول من
    # مايو» (the first Sunday of a month) and «الأحد عشر» (eleven) are left to the other rules. A part of the
    # day or «هذه» before it is part of it («صباح الجمعة الثالثة», «هذه الجمعة الثالثة»)
    if parse_ordinal(squash(m["o"])) is None:
        return None
    return {"wd": WEEKDAYS["ال" + m["wd"]], "dir": None, "part": part_code(m["part"])}, span_of(m)


# «في ثالث جمعة» (the ordinal in construct before an indefinite weekday, after a preposition): the same series'
# day. Without the preposition it is often a rank or a name («العريف أول جمعة», «علي ثاني جمعة»).
@rule("weekday", rf"(?<!\w)(?:[وف]?(?:في|خلال|منذ)\s+)(?P<x>(?P<o>اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)"
      rf"\s+(?P<wd>{WD_BARE})){E}(?!\s+(?:من\s+(?:كل|شهر|{'|'.join(GREG_MONTHS)})|عشر|ال\w+))", gate=G_WEEKDAY)
def _nth_weekday_construct(m, n):
    return {"wd": WEEKDAYS["ال" + m["wd"]], "dir": None, "part": None}, span_of(m)


# -- «هذا الصباح», «منذ الصباح الباكر»: a part of today --------------------------------------------

_TODAY_PART = {"الصباح": "MO", "المساء": "EV", "الظهر": "MI", "العصر": "AF", "الفجر": "MO"}


@rule("relday", rf"(?:(?<!\w)(?:هذا|[وف]?منذ)\s+)(?P<x>(?P<p>{'|'.join(_TODAY_PART)})(?:\s+الباكر)?){E}(?!\s+(?:ال\w+|يوم|\d))",
      gate=tuple(_TODAY_PART))
def _part_of_today(m, n):
    start = m.start() if n[m.start():m.start() + 3] == "هذا" else m.start("x")
    return {"offset": 0, "part": _TODAY_PART[m["p"]]}, (start, m.end("x"))


# -- «الأسبوع قبل الماضي»: the week (month, year) before the last -----------------------------------

@rule("relperiod", rf"{B}(?P<x>ال(?P<u>اسبوع|شهر|عام|سنه)\s+(?:قبل|ما\s+قبل)\s+الماضي(?:ه)?){E}", gate=("قبل الماضي",))
def _before_last(m, n):
    return {"u": {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}[m["u"]], "offset": -2}, span_of(m)


# -- «لمدة27 عاما»: a numeral written against its preposition --------------------------------------

@rule("duration", rf"(?<!\w)[وف]?(?:لمده|مده|منذ|خلال|طوال|قرابه|نحو|حوالي|بعد)(?P<x>(?P<n>\d{{1,4}})\s*(?P<u>{'|'.join(k for k in TIME_UNITS if not k.startswith('ال'))})){E}",
      gate=re.compile(r"[هذلويد]\d"))
def _glued_amount(m, n):
    u = TIME_UNITS.get(squash(m["u"]))
    num = int(m["n"])
    if u is None or not 0 < num <= 1000:
        return None
    return {"u": u[0], "n": num, "t": u[1]}, span_of(m)


# -- «استمرت ساعة», «يستمر أسبوعا», «أمضى ساعات»: the object of a verb of lasting -------------------

_LAST_VERB = (r"(?:استمر|استمرت|يستمر|تستمر|دام|دامت|يدوم|تدوم|امضي|امضت|امضوا|يمضي|تمضي|قضي|قضت|قضوا|يقضي|تقضي"
              r"|استغرق|استغرقت|يستغرق|تستغرق|مكث|مكثت|يمكث|تمكث)")
_ONE = {"ساعه": ("H", True), "يوما": ("D", False), "اسبوعا": ("W", False), "شهرا": ("M", False), "عاما": ("Y", False),
        "سنه": ("Y", False)}


# the broken plurals in the accusative («دامت أياما», «قضى شهورا»): the object's case shows on them. A definite
# subject may stand between verb and object («استمرت المواجهات شهورا»).
_PLURAL_ACC = {"اياما": "D", "اشهرا": "M", "شهورا": "M", "اعواما": "Y", "سنينا": "Y"}


@rule("fixed", rf"(?<!\w)[وف]?{_LAST_VERB}\s+(?:ال\w{{3,}}\s+)?(?P<x>(?:(?P<one>{'|'.join(_ONE)})|(?P<acc>{'|'.join(_PLURAL_ACC)})|(?:(?:عده|بضعه|بضع)\s+)?(?P<u>{_PLURAL}))"
      rf"(?:\s+(?P<q>كامله|كاملا|واحده|واحدا|طويله|عديده|قليله))?){E}(?!\s+(?:\d|ال\w+ي(?:ه)?(?!\w)))",
      gate=("استمر", "يستمر", "تستمر", "دام", "يدوم", "تدوم", "مضي", "قضي", "قضت", "قضوا", "استغرق", "يستغرق", "تستغرق", "مكث"))
def _lasted(m, n):
    if m["one"]:
        u, t = _ONE[m["one"]]
        return {"type": "DURATION", "value": f"PT1{u}" if t else f"P1{u}"}, span_of(m)
    return {"type": "DURATION", "value": _px(_PLURAL_ACC[m["acc"]] if m["acc"] else _PLURALS[m["u"]])}, span_of(m)


# «يستغرق أسابيع أو أشهرا», «خلال أيام أو أسابيع», «لساعات وأيام»: the second of two coordinated bare plurals of
# units shares the first's frame (a preposition, a quantifier or a verb of lasting before the first), so it is
# an unspecified duration of its own unit; the first is read by its own rule. Not before a noun it would be in
# construct with («أيام وليالي الشتاء») or a count.
_FRAME_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:منذ|خلال|بعد|قبل|طيله|طوال|لمده|مده|عبر|مدي|مدار|غضون|عده|بضعه|بضع"
                           rf"|{_LAST_VERB}(?:\s+ال\w{{3,}})?)\s+$")
_CONJ_UNIT = rf"(?:{'|'.join(_PLURAL_ACC)}|{_PLURAL})"


@rule("fixed", rf"(?<!\w)[وف]?(?P<l>ل)?{_CONJ_UNIT}\s+(?:او|و)\s*(?P<x>(?P<acc>{'|'.join(_PLURAL_ACC)})|(?P<u>{_PLURAL})){E}"
      rf"(?!\s+(?:ال|\d|{CARD}))", gate=tuple(_PLURALS))
def _coordinated_plural(m, n):
    if not m["l"] and not _FRAME_BEFORE.search(n, max(0, m.start() - 40), m.start()):
        return None
    return {"type": "DURATION", "value": _px(_PLURAL_ACC[m["acc"]] if m["acc"] else _PLURALS[m["u"]])}, span_of(m)


# -- «منذ وقت طويل», «مطلع الألفية الثالثة» ---------------------------------------------------------

@rule("fixed", rf"(?<!\w)(?:[وف]?(?:منذ|ل|لمده|طوال|خلال|بعد)\s*)(?P<x>(?:وقت|زمن|امد)\s+طويل){E}", gate=("طويل",))
def _long_time(m, n):
    return {"type": "DURATION", "value": "PXY"}, span_of(m)


_MILLENNIUM = {"الاولي": "0", "الثانيه": "1", "الثالثه": "2"}


@rule("fixed", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?الالفيه\s+(?P<o>الاولي|الثانيه|الثالثه)(?:\s+(?:الميلاديه|للميلاد))?){E}",
      gate=("الالفيه",))
def _millennium(m, n):
    return {"value": _MILLENNIUM[m["o"]]}, span_of(m)


# -- «قبل قليل», «حتى الساعة», «منذ قرون» -------------------------------------------------------------------------

_SOON_AGO = {"بعد قليل": "FUTURE_REF", "قبل قليل": "PAST_REF", "منذ قليل": "PAST_REF"}


@rule("fixed", rf"(?<!\w)[وف]?(?P<x>(?:بعد|قبل|منذ)\s+قليل){E}(?!\s+من\s)", gate=("قليل",))
def _soon_ago(m, n):
    return {"value": _SOON_AGO[re.sub(r"\s+", " ", m["x"])]}, span_of(m)


@rule("fixed", rf"(?<!\w)[وف]?(?P<x>حتي\s+الساعه){E}(?!\s*(?:\d|ال|{CARD}))", gate=("حتي الساعه",))
def _until_now(m, n):
    return {"value": "PRESENT_REF"}, span_of(m)


@rule("fixed", rf"(?<!\w)[وف]?(?:منذ|لمده|خلال|طوال|عبر|علي\s+مدي)\s+(?P<x>(?:عده\s+)?قرون(?:\s+(?:عديده|طويله))?){E}", gate=("قرون",))
def _for_centuries(m, n):
    return {"type": "DURATION", "value": "PXY"}, span_of(m)


# -- «سنة وستة أشهر», «عامين و3 أشهر»: a duration in two units ---------------------------------------

_BIG = {"Y": "M", "M": "D"}  # the unit the second part may count in


def _count_of(words: str) -> tuple[str, float] | None:
    """The unit and count of «سنة», «عامين», «ستة أشهر», «3 أعوام» (normalized), or None."""
    parts = squash(words).split()
    u = TIME_UNITS.get(parts[-1])
    if u is None or u[1]:
        return None
    if len(parts) == 1:
        return (u[0], u[2]) if u[2] in (1, 2) else None
    num = parse_cardinal(" ".join(parts[:-1]))
    return (u[0], num) if num else None


_COUNT_BEFORE = re.compile(rf"(?<!\w)(?:{CARD})\s+$")


# The match starts at the first unit word; a count before it is read back («ست سنوات وثلاثة أشهر»).
@rule("fixed", rf"(?<!\w)(?P<x>(?P<a>{'|'.join(k for k, v in TIME_UNITS.items() if v[0] in _BIG and not v[1])})"
      rf"\s+و\s*(?P<b>(?:(?:{CARD})\s*)?(?:{'|'.join(k for k, v in TIME_UNITS.items() if v[0] in ('M', 'D') and not v[1])}))){E}",
      gate=("شهر", "اشهر", "ايام", "يوم"))
def _two_units(m, n):
    count = _COUNT_BEFORE.search(n, max(0, m.start() - 30), m.start())
    start = count.start() if count else m.start("x")
    a, b = _count_of(n[start:m.end("a")]), _count_of(m["b"])
    if a is None or b is None or _BIG.get(a[0]) != b[0] or not (float(a[1]).is_integer() and float(b[1]).is_integer()):
        return None
    # TIMEX3 writes each unit («عام ونصف» is P1Y6M too)
    return {"type": "DURATION", "value": f"P{int(a[1])}{a[0]}{int(b[1])}{b[0]}"}, (start, m.end("x"))


# «بين بضعة أيام وسنة»: the bare unit that closes a range of durations is one unit
@rule("fixed", rf"(?<!\w)بين\s+(?:(?:عده|بضعه|بضع|\d+|{CARD})\s+)?(?:{_PLURAL}|{'|'.join(TIME_UNITS)})\s+و\s*"
      rf"(?P<x>(?P<u>سنه|عام|شهر|اسبوع|يوم)){E}(?!\s+(?:ال|\d|{CARD}))", gate=("بين",))
def _range_end_unit(m, n):
    return {"type": "DURATION", "value": f"P1{TIME_UNITS[m['u']][0]}"}, span_of(m)


# «خلال شهر الصيام»: Ramadan named by its fast, over a preposition of extent, a month's duration (as «طوال شهر رمضان»)
@rule("fixed", rf"(?<!\w)[وف]?(?:طوال|طيله|خلال)\s+(?P<x>(?:فتره\s+)?شهر\s+الصيام(?:\s+(?:المبارك|الكريم|الفضيل))?){E}",
      gate=("الصيام",))
def _fasting_month(m, n):
    return {"type": "DURATION", "value": "P1M"}, span_of(m)


# «وبعد ذلك بيومين», «قبل ذلك بثلاثة أسابيع»: the date so long after (before) the one the text gave last
_SHIFT_UNITS = "|".join(k for k, v in TIME_UNITS.items() if not v[1] and v[0] in ("D", "W", "M", "Y"))


@rule("anaphor", rf"{B}(?P<x>(?P<dir>بعد|قبل)\s+(?:ذلك|ذاك|هذا)\s+ب(?P<amt>(?:(?:{CARD}|\d{{1,3}})\s+)?"
      rf"(?:{_SHIFT_UNITS}|ايام|اسابيع|اشهر|شهور|سنوات|اعوام))(?:\s+واحد(?:ه)?)?){E}", gate=("ذلك", "ذاك", "هذا"))
def _shifted_from_then(m, n):
    amt = squash(m["amt"])  # «بيوم واحد»: the «واحد» after the unit is outside the group
    parts = amt.split()
    unit = TIME_UNITS.get(parts[-1])
    u = unit[0] if unit else _PLURALS.get(parts[-1])
    if len(parts) == 1:
        num = unit[2] if unit and unit[2] in (1, 2) else None
    else:
        num = int(parts[0]) if parts[0].isdigit() else parse_cardinal(" ".join(parts[:-1]))
    if u is None or not num or not float(num).is_integer() or num > 100:
        return None
    # «shift»: a date of its own once resolved (later anaphors count from it); with no date before it, the amount
    return {"u": u, "offset": int(num) * (1 if m["dir"] == "بعد" else -1), "shift": True}, span_of(m)

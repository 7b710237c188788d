"""Regular grammar of Arabic time expressions, over the *normalized* text (pure).

Each rule is ``(kind, regex, handler)``; the handler turns a match into the
parsed fields of a :class:`rasd.analyse.time.timex.Mention` and the (start, end) of
the expression in the normalized text, or None to reject the match. The
patterns are written on normalized text (``أ/إ/آ`` → ``ا``, ``ى`` → ``ي``,
``ة`` → ``ه``, no diacritics or tatweel, ASCII digits), so ``غداً`` is ``غدا``
and ``1447 هـ`` is ``1447 ه``.

A word may carry the proclitics و ف ب ل ك (``والأربعاء``, ``بالأمس``,
``للعام``); they are left out of the span.

This module holds the calendar rules (Hijri and Gregorian dates, years, periods, seasons, relative
days, weekdays); :mod:`rasd.analyse.time.grammar_units` the counted ones (durations, sets, clock
times) and the fixed words (vague references, decades, centuries). It is imported at the end, so the
rules keep their registration order (the tie-break between equally long matches).
"""

from __future__ import annotations

import re

from rasd.analyse.time.base import (  # noqa: F401 - RULES: the registry these rules fill, for rasd.analyse.time.timex
    ART,
    CUR,
    DAYPART,
    G_GREG,
    G_GYEAR,
    G_HIJRI,
    G_HYEAR,
    G_NUMDATE,
    G_PERIOD,
    G_WEEKDAY,
    G_WEEKDAY_DEF,
    GM,
    GMARK,
    GREG_MONTHS,
    GYEAR,
    HM,
    HMARK,
    HYEAR,
    MOD,
    NEXT,
    ORD,
    PARTS,
    PAST,
    RULES,
    WD,
    YEARWORD,
    B,
    E,
    alt,
    day_number,
    mod_offset,
    part_code,
    rule,
    span_of,
    squash,
)
from rasd.analyse.time.context import general_before, plan_name_before, present_period, verb_right_before
from rasd.arabic.months import AMBIGUOUS_HIJRI, AMBIGUOUS_MONTHS, HIJRI_MONTHS, WEEKDAYS
from rasd.arabic.titles import TITLE_STEMS

# -- Hijri ------------------------------------------------------------------------

def _after_title(n: str, start: int) -> bool:
    """Whether the word before ``start`` is a person's title (الدكتور، السيد، الشيخ، الوزير…)."""
    prev = n[max(0, start - 20):start].split()
    if not prev:
        return False
    w = prev[-1]
    for pre in ("وال", "ال", "لل", "و", "ل"):
        if w.startswith(pre) and len(w) > len(pre) + 1:
            w = w[len(pre):]
            break
    return w in TITLE_STEMS or w in ("سيد", "سيده", "حاج", "استاذ", "اخ", "زميل")


@rule("date", rf"{B}(?P<x>(?:(?P<wd>{WD})\s*[،,]?\s*(?:الموافق\s+)?)?(?P<d>\d{{1,2}}|{ORD})\s*(?:من\s+)?"
      rf"(?:شهر\s+)?(?P<hm>{HM})(?:\s+(?P<mod>{MOD})|\s*[،,]?\s*(?:من\s+)?(?:{YEARWORD}\s+)?"
      rf"(?P<y>{HYEAR})(?!\d){HMARK}?)?){E}", gate=G_HIJRI)
def _hijri_date(m, n):
    d = day_number(m["d"])
    if not d or d > 30:
        return None
    return {"cal": "H", "m": HIJRI_MONTHS[squash(m["hm"])], "d": d, "y": int(m["y"]) if m["y"] else None,
            "mrel": mod_offset(m["mod"])}, span_of(m)


_OVER_MONTH = re.compile(r"(?<!\w)[وف]?(?:طوال|طيله|خلال)\s+(?P<f>فتره\s+)?$")


@rule("date", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?(?P<s>شهر\s+)?(?P<hm>{HM})(?:\s+(?:المبارك|المعظم|الكريم|الفضيل))?(?:\s+(?P<mod>{MOD})|"
      rf"\s*[،,]?\s*(?:من\s+)?(?:{YEARWORD}\s+)?(?P<y>{HYEAR})(?!\d){HMARK}?"
      rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<yr>ال(?:عام|سنه))(?:\s+(?P<ymod>{MOD}))?)?){E}", gate=G_HIJRI)
def _hijri_month(m, n):
    name = squash(m["hm"])
    if name in AMBIGUOUS_HIJRI | {"شعبان"} and not (m["s"] or m["y"] or m["mod"] or m["yr"]):
        return None
    if not (m["s"] or m["y"] or m["p"]) and _after_title(n, m.start("hm")):
        return None  # «الدكتور رمضان», «الشيخ رجب»: a man's name after his title
    over = _OVER_MONTH.search(n, max(0, m.start() - 16), m.start())
    if over and m["s"] and not (m["p"] or m["y"] or m["mod"] or m["yr"]):
        # «طوال (فترة) شهر رمضان», «خلال شهر الصيام»: the month as a stretch of time, a duration (as
        # the shared gold has it); its Gregorian interval is no TIMEX3 value
        return {"type": "DURATION", "value": "P1M", "kind": "fixed"}, (over.start("f") if over["f"] else m.start("x"), m.end("x"))
    f = {"cal": "H", "m": HIJRI_MONTHS[name], "y": int(m["y"]) if m["y"] else None,
         "mrel": mod_offset(m["mod"])}
    if m["yr"]:  # "رمضان من العام الماضي": the Hijri year before the anchor's
        f["yrel"] = mod_offset(m["ymod"]) or 0
    if m["p"] and squash(m["p"]).startswith(("اول ايام", "اول يوم")):
        f["d"] = 1  # «أول أيام شهر شوال»: the first day, not the month
    return f, span_of(m)


@rule("year", rf"{B}(?P<x>(?:{YEARWORD}\s+(?:{CUR}\s+)?)?(?P<y>{HYEAR})(?:\s*[/-]\s*(?P<y2>{HYEAR}))?(?!\d){HMARK})", gate=G_HYEAR)
def _hijri_year(m, n):
    return {"cal": "H", "y": int(m["y"]), "y2": int(m["y2"]) if m["y2"] else None}, span_of(m)


@rule("year", rf"{B}(?P<x>{YEARWORD}\s+(?:(?:ال)?هجري(?:ه)?\s+)?(?P<y>{HYEAR})(?!\d))(?!\s*[/-]?\s*\d)", gate=G_HYEAR)
def _hijri_year_bare(m, n):
    return {"cal": "H", "y": int(m["y"])}, span_of(m)


# -- Gregorian --------------------------------------------------------------------

_GDATE = (rf"{B}(?P<x>(?:(?P<wd>{WD})\s*[،,]?\s*(?:الموافق\s+)?)?(?:ال\s*)?(?P<d>\d{{1,2}}|{ORD})\s*(?:من\s+)?(?:شهر\s+)?"
          rf"(?P<gm>{GM})(?:\s*[/(-]?\s*(?P<gm2>{GM})\s*\)?)?"
          rf"(?:\s*[،,]?\s*(?:من\s+)?(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d){GMARK}?|\s+(?P<mmod>{MOD})"
          rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<yr>ال(?:عام|سنه))(?:\s+(?P<mod>{MOD}))?)?)")


@rule("date", _GDATE + E, gate=G_GREG)
def _greg_date(m, n):
    d = day_number(m["d"])
    if not d or d > 31:
        return None
    if not m["d"].isdigit() and "من" not in n[m.end("d"):m.start("gm")] and not (
            d >= 3 and n[m.start("d") - 2:m.start("d")] == "ال"
            and re.search(r"(?<!\w)[وف]?(?:في|منذ|حتي|قبل|بعد|يوم)\s+$", n[max(0, m.start("x") - 8):m.start("x")])):
        # "الأول فبراير" is unusual ("الأول من فبراير" is the form), «كانون الثاني يناير» is a month named twice
        # and «المركز السابع مايو» an ordinal of a noun; a definite ordinal from the third on right after a
        # preposition is the day («في السابع تشرين الثاني/نوفمبر 1987»)
        return None
    if not m["d"].isdigit() and re.search(r"(?<!\w)ال?اسبوع\s+$", n[max(0, m.start("x") - 10):m.start("x")]):
        return None  # «الأسبوع الثاني من شهر فبراير»: an ordinal week, not the 2nd (the month is found alone)
    f = {"cal": "G", "m": GREG_MONTHS[squash(m["gm"])], "d": d, "y": int(m["y"]) if m["y"] else None}
    if f["y"] is None and re.match(r"\s+من\s+(?:نفس\s+العام|العام\s+(?:نفسه|ذاته)|ذات\s+العام)", n[m.end():]):
        f["same_year"] = True  # «27 مايو من نفس العام»: the year the text gave last
    if m["mmod"]:
        f["mrel"] = mod_offset(m["mmod"])
    if m["yr"]:
        f["yrel"] = mod_offset(m["mod"]) or 0
    if m["wd"]:
        f["with_wd"] = True  # «أمس الأحد 24 يونيو»: discourse.widen_day_words may take the word before
        f["wdn"] = WEEKDAYS[squash(m["wd"])]  # the weekday the text gives the day: it must agree (days.agree_weekday_year)
    return f, span_of(m)


@rule("date", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+(?:شهر\s+)?)?(?P<s>شهر\s+)?(?P<gm>{GM})(?:\s*[/(-]?\s*(?P<gm2>{GM})\s*\)?)?"
      rf"(?:\s*(?:[،,]|\.(?=\d))?\s*(?:من\s+)?(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d){GMARK}?|\s+(?P<mod>{MOD})"
      rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<yr>ال(?:عام|سنه))(?:\s+(?P<ymod>{MOD})|\s+(?P<same>نفسه|ذاته))?)?){E}", gate=G_GREG)
def _greg_month(m, n):
    name = squash(m["gm"])
    if name in AMBIGUOUS_MONTHS and not (m["s"] or m["y"] or m["mod"] or m["gm2"] or m["yr"] or m["p"]):
        return None
    f = {"cal": "G", "m": GREG_MONTHS[name], "y": int(m["y"]) if m["y"] else None}
    if m["p"] and squash(m["p"]).startswith(("اول", "اول ايام", "اول يوم")):
        f["d"] = 1  # "أول يونيو" is the first of June; "أوائل يونيو" is early June
    if f["y"] is None and not m["mod"]:
        co = _COORD_YEAR.match(n, m.end())
        if co:
            f["y"] = int(co["y"])
    if m["mod"]:
        f["mrel"] = mod_offset(m["mod"])
    if m["yr"]:
        f["yrel"] = mod_offset(m["ymod"]) or 0
        if m["same"]:
            f["same_year"] = True  # «مارس من العام نفسه»: the year of the last date given (the layer resolves it)
    return f, span_of(m)


@rule("date", rf"(?<![\w/.-])(?P<x>\d{{1,2}})(?=\s*(?:-|–|الي|حتي|و)\s*\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?P<gm>{GM})"
      rf"(?:\s*[،,]?\s*(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d))?)", gate=G_GREG)
def _range_first_day(m, n):
    d = int(m["x"])
    if not 1 <= d <= 31:
        return None
    # ``range_first``: the layer gives it the year and month of the second day once that is read
    # (discourse.range_first_days: «بين 23 و25 أبريل/نيسان الجاري» is this April's, as the 25th is)
    return {"cal": "G", "m": GREG_MONTHS[squash(m["gm"])], "d": d, "y": int(m["y"]) if m["y"] else None,
            "range_first": True}, span_of(m)


# «من الثالث إلى السادس من أبريل»: an ordinal first day takes the month of the second (not with «و»:
# «الثالث والعشرين من أبريل» is one ordinal). The gate (an ordinal-looking word between «من» and
# «إلى/حتى») keeps the pattern off the other lines.
@rule("date", rf"(?<=(?<!\w)من\s)(?P<x>{ORD})(?=\s*(?:الي|حتي)\s*(?:ال)?(?:{ORD})\s+من\s+(?:شهر\s+)?(?P<gm>{GM})"
      rf"(?:\s*[،,]?\s*(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d))?)",
      gate=re.compile(r"من\s+ال\S+(?:\s+\S+)?\s+(?:الي|حتي)\s"))
def _range_first_ordinal(m, n):
    d = day_number(m["x"])
    if not d or d > 31:
        return None
    return {"cal": "G", "m": GREG_MONTHS[squash(m["gm"])], "d": d, "y": int(m["y"]) if m["y"] else None}, span_of(m)


_COORD_YEAR = re.compile(rf"\s+و\s*{GM}\s+(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d)")


@rule("date", rf"(?<![\d/.-])(?P<a>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<b>\d{{1,2}})\s*(?P=sep)\s*(?P<y>\d{{4}})(?![\d/-]|\.\d)"
      rf"(?P<mk>{HMARK}|{GMARK})?", gate=G_NUMDATE)
def _num_dmy(m, n):
    y, mo, d = int(m["y"]), int(m["b"]), int(m["a"])
    return _numeric(y, mo, d, m)


@rule("date", rf"(?<![\d/.-])(?P<y>\d{{4}})\s*(?P<sep>[/.-])\s*(?P<b>\d{{1,2}})\s*(?P=sep)\s*(?P<a>\d{{1,2}})(?![\d/-]|\.\d)"
      rf"(?P<mk>{HMARK}|{GMARK})?", gate=G_NUMDATE)
def _num_ymd(m, n):
    return _numeric(int(m["y"]), int(m["b"]), int(m["a"]), m)


@rule("date", r"(?<!\w)(?:تاريخ|من|الي|حتي|يوم|في)\s+(?P<x>(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2}))(?![\d/-]|\.\d)", gate=G_NUMDATE)
def _num_dm(m, n):
    d, mo = int(m["a"]), int(m["b"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return {"cal": "?", "m": mo, "d": d}, span_of(m)


def _numeric(y: int, mo: int, d: int, m: re.Match):
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if 1300 <= y < 1500:
        return {"cal": "H", "y": y, "m": mo, "d": d}, m.span()
    if 1900 <= y < 2100:
        return {"cal": "G", "y": y, "m": mo, "d": d}, m.span()
    return None


@rule("date", rf"{B}(?P<x>(?:ال\s*)?(?P<d>\d{{1,2}}|{ORD})\s+من\s+(?:هذا\s+)?(?:ال)?شهر(?:\s+(?P<mod>{MOD}))?){E}", gate=("شهر",))
def _day_of_rel_month(m, n):
    d = day_number(m["d"])
    if not d or d > 31 or (not m["mod"] and "هذا" not in m.group(0)):
        return None
    return {"cal": "G", "d": d, "mrel_day": mod_offset(m["mod"]) or 0, "m": 0}, span_of(m)


# -- years, periods --------------------------------------------------------------

@rule("year", rf"{B}(?P<x>(?:{YEARWORD}|عامي|(?P<p>{PARTS})\s+(?:{YEARWORD})?)\s*(?P<y>{GYEAR})(?!\d){GMARK}?)(?!\s*[/-]?\s*\d)", gate=G_GYEAR)
def _year(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", rf"(?:(?<!\w)[وف]?(?:في|منذ|حتي|خلال|بحلول|قبل|بعد|مطلع|مستهل|نهايه|بدايه|اواخر|اوائل|منتصف|عامي|(?:لل|ال)?عامين|(?:لل|ال)?سنتين|مواليد|بين|و)\s*)"
      rf"(?P<x>(?P<y>{GYEAR})(?!\d){GMARK}?)(?!\s*[/.,%-]\s*\d|\s*%|\s*(?:ه|هجري|مليون|مليار|الف|ريال|دولار|عاما|سنوات|اعوام)(?!\w)|\s*\d)", gate=G_GYEAR)
def _year_after_prep(m, n):
    if int(m["y"]) % 100 == 0 and re.match(r"\s*(?:عام|سنه)(?!\w)", n[m.end("x"):]):
        return None  # «قبل 2000 عام»: a round count of years (grammar_units), not the year 2000
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


# «من 1973 وحتى 1976», «(2003 الى 2015)»: a range of years, closed by punctuation or a clause word (a
# range of counts goes on with its noun: «من 2000 إلى 3000 مقاتل»)
_YEAR_SEP = r"\s*(?:-|–|الي|حتي|و\s*حتي|و\s*الي)\s*"
_RANGE_END = r"(?=\s*(?:[.،,؛:)\]\n\"»]|$|(?:و|في|حين|عندما|حيث)\s))"


@rule("year", rf"(?<![\w\d/.,-])(?P<x>(?P<y>{GYEAR}))(?={_YEAR_SEP}{GYEAR}(?!\d){_RANGE_END})", gate=G_GYEAR)
def _year_range_first(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", rf"(?<![\w\d/.,-]){GYEAR}{_YEAR_SEP}(?P<x>(?P<y>{GYEAR}))(?!\d){_RANGE_END}", gate=G_GYEAR)
def _year_range_second(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


# «يعود تاريخه إلى 1771»: what dates back to a year (a year before 1900 too)
@rule("year", r"(?<!\w)(?:[يت]عود|[يت]رجع|عاد|عادت|رجع|رجعت)(?:ان)?\s+(?:(?:تاريخ|تاريخه|تاريخها|اصل|اصله|اصلها)\s+)?"
      r"[وف]?(?:الي)\s+(?:عام\s+)?(?P<x>(?P<y>1[0-9]\d\d|20\d\d))(?!\d)", gate=("عود", "رجع"))
def _year_dated_back(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


# «مونديال روسيا 2018», «كأس العالم 2022», «انتخابات 2014 البرلمانية»: a year in the name of an event (the
# gold leaves the year of a plan, «رؤية 2030», out)
_EVENT_HEADS = frozenset({"مونديال", "كاس", "بطوله", "دوره", "انتخابات", "اولمبياد", "العاب", "مهرجان", "معرض",
                          "يورو", "كوبا", "اكسبو", "موسم", "نسخه", "تصفيات", "نهائيات", "موازنه", "ميزانيه"})


@rule("year", rf"(?<![\w\d/.,-])(?P<x>(?P<y>{GYEAR}))(?![\d%]|\s*[/.,-]\s*\d|\s*(?:مليون|مليار|الف|دولار|شخص|عاما|عام|سنه))",
      gate=G_GYEAR)
def _year_of_event(m, n):
    words = n[max(0, m.start() - 40):m.start()].split()[-3:]
    for w in words:
        for pre in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if w.startswith(pre) and len(w) > len(pre) + 2:
                w = w[len(pre):]
                break
        if w in _EVENT_HEADS:
            return {"cal": "G", "y": int(m["y"])}, span_of(m)
    return None


# «الثورة الإيرانية 1979 والإطاحة…», «حراكات سابقة مثل 1989 والذي…», «(مواليد أنقرة، 1956)»: a bare year closed by
# punctuation or followed by a definite word — a count goes on with its noun («2000 شخص») or a unit. On 4,000
# unannotated dev-month pages it read 59 spans no other rule took, 56 of them years.
@rule("year", rf"(?<![\w\d/.,:%-])(?P<x>(?P<y>{GYEAR}))(?=\s*(?:[.،,؛:](?!\s*\d)|[)\n\"»]|$)|\s+و?ال(?!ف(?!\w)|اف)\w)", gate=G_GYEAR)
def _bare_year(m, n):
    before = n[max(0, m.start() - 30):m.start()].split()
    if plan_name_before(n, m.start()):
        return None  # the year of a plan's name («رؤية 2030») is no date (the shared gold leaves it out)
    if re.search(r"[\d\"]\s*$", n[max(0, m.start() - 3):m.start()]):
        return None  # «القضية "1000" و"2000"»: a label in quotes, a number after a number
    if int(m["y"]) % 100 == 0 or any(w in ("عدد", "نحو", "حوالي", "قرابه", "بلغ", "بلغت") for w in before[-3:]):
        return None  # «بلغ عدد القتلى 2000،»: a round or stated count
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", rf"(?<![\d/.-])(?P<x>(?P<y>{GYEAR})(?!\d)\s*(?:ميلاديه|ميلادي|م)(?!\w))", gate=G_GYEAR)
def _year_marked(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


_PERIOD_U = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}
# Gates that each rule's match holds (tighter than G_PERIOD's «عام», which is in «عامة»): the unit
# after the article («ال» + unit, or «ل» + unit after a «ل»: «ل» + unit either way), the part word.
_G_ART_UNIT = tuple("ل" + u for u in _PERIOD_U)
_G_DEF_UNIT = tuple("ال" + u for u in _PERIOD_U)
_PARTS_OF = ("مطلع", "مستهل", "بدايه", "اوائل", "منتصف", "اواسط", "اواخر", "نهايه", "ختام")


@rule("relperiod", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+(?:من\s+)?)?{ART}(?P<u>اسبوع|شهر|عام|سنه)\s+(?P<mod>{MOD})){E}", gate=_G_ART_UNIT)
def _rel_period(m, n):
    if m["u"] == "عام" and not m["p"] and general_before(n, m.start("x")):
        return None  # «المدير العام السابق»: the former director-general
    return {"u": _PERIOD_U[m["u"]], "offset": mod_offset(m["mod"])}, span_of(m)


@rule("relperiod", rf"{B}(?P<x>(?P<p>{'|'.join(_PARTS_OF)})\s+{ART}(?P<u>اسبوع|شهر|عام|سنه)){E}"
      rf"(?!\s*(?:{MOD}|\d|ال|هذا|الذي|التي|من|ل))", gate=_PARTS_OF)
def _part_of_current(m, n):
    if squash(m["p"]) == "نهايه" and m["u"] == "اسبوع":
        return None  # «نهاية الأسبوع» is the weekend (grammar_vague)
    return {"u": _PERIOD_U[m["u"]], "offset": 0}, span_of(m)


@rule("relperiod", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?(?:هذا|هذه)\s+ال(?P<u>اسبوع|شهر|عام|سنه)){E}", gate=_G_DEF_UNIT)
def _this_period(m, n):
    f = {"u": _PERIOD_U[m["u"]], "offset": 0}
    if not m["p"]:
        f["this"] = True  # plain «هذا الأسبوع» (discourse.sunday_this_week reads it on a Sunday)
    return f, span_of(m)


_SUB = {"نصف": "H", "ربع": "Q", "فصل": "Q"}  # «الفصل الأول من 2018»: France24 writes the quarter as a «فصل»
_YEAR_REF = rf"(?:(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d)|(?:هذا\s+)?ال(?:عام|سنه)(?:\s+(?P<mod>{MOD}))?)"


# A quarter's number and the words that say the sentence is about economic figures, which a bare
# «الفصل الثاني» (also a school term, a chapter) needs to be read as a quarter.
_ECON = re.compile(r"%|(?<!\w)(?:[وبل]?ال)?(?:نمو|ناتج|ارباح|مبيعات|ايرادات|تضخم|عائدات|صادرات|واردات)(?!\w)")


@rule("relperiod", rf"{B}(?P<x>ال(?P<h>نصف|ربع|فصل)\s+(?P<o>الاول|الثاني|الثالث|الرابع|الاخير)(?P<yref>\s+(?:من\s+)?{_YEAR_REF})?){E}",
      gate=("نصف", "ربع", "فصل"))
def _half_quarter(m, n):
    if not m["yref"]:
        if m["h"] != "فصل" or m["o"] == "الاخير":
            return None
        lo = max(n.rfind(c, 0, m.start()) for c in ".!?؟\n") + 1
        hi = min((i for i in (n.find(c, m.end()) for c in ".!?؟\n") if i >= 0), default=len(n))
        if not _ECON.search(n, lo, hi):
            return None  # «الفصل الثاني» of a school year or a book
    o = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4 if m["h"] != "نصف" else 2}[m["o"]]
    if m["h"] == "نصف" and o > 2:
        return None
    sub = f"{_SUB[m['h']]}{o}"
    if m["y"]:
        return {"y": int(m["y"]), "sub": sub, "cal": "G", "kind": "year"}, span_of(m)
    return {"u": "Y", "offset": mod_offset(m["mod"]) or 0, "sub": sub}, span_of(m)


_SEASONS = {"الصيف": "SU", "الشتاء": "WI", "الربيع": "SP", "الخريف": "FA",
            "صيف": "SU", "شتاء": "WI", "ربيع": "SP", "خريف": "FA"}


@rule("year", rf"{B}(?P<x>(?:فصل\s+)?(?P<s>صيف|شتاء|خريف|ربيع)\s+(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d){GMARK}?)", gate=("صيف", "شتاء", "خريف", "ربيع"))
def _season_year(m, n):
    return {"cal": "G", "y": int(m["y"]), "sub": _SEASONS[m["s"]]}, span_of(m)


@rule("relperiod", rf"{B}(?P<x>(?:هذا\s+)?(?P<s>الصيف|الشتاء|الخريف)(?:\s+(?P<mod>{MOD}))?){E}", gate=("صيف", "شتاء", "خريف"))
def _season(m, n):
    if not m["mod"] and "هذا" not in m.group(0):
        return None
    return {"u": "Y", "offset": 0 if not m["mod"] else mod_offset(m["mod"]), "sub": _SEASONS[m["s"]]}, span_of(m)


# -- relative days, weekdays --------------------------------------------------------

_REL = {"اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "يوم امس": -1, "يوم الامس": -1,
        "اول امس": -2, "اول من امس": -2, "امس الاول": -2, "غدا": 1, "غد": 1, "الغد": 1, "يوم غد": 1,
        "بعد غد": 2, "بعد غدا": 2, "الليله": 0}
_NOT_TODAY_AFTER = re.compile(
    r"\s*(?:الوطني|العالمي|الدولي|العربي|الخليجي|المفتوح|الدراسي|التالي|السابق|الاخير|ذاته|نفسه|الواحد|الاول|الثاني|"
    r"الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الختامي|الافتتاحي|المفتوح|التدريبي)(?!\w)")
# The Saudi daily اليوم and the site عين اليوم: "لـ«اليوم»", "صحيفة اليوم".
_NOT_TODAY_BEFORE = re.compile(r"(?:(?:عين|صحيفه|جريده|لصحيفه|لجريده|بصحيفه|مجله|المصري)\s*[«\"“]?|[«“]|(?<!\w)ل\s*[«\"“])\s*$")


_END_OF_DAY_IDIOM = re.compile(r"(?<!\w)[وف]?(?:في|ب)?\s*نهايه\s+$")
_CLAUSE_OPENS = re.compile(r"\s+(?:نحن|انا|هو|هي|هم|ما|لدي|لدينا|لديه|لديها|هناك|ليس|لا|لن|ان|فان)(?!\w)")


@rule("relday", rf"{B}(?P<x>(?:(?P<part>{DAYPART})\s+(?:يوم\s+)?)?(?P<r>{alt(_REL)})"
      rf"(?:\s*[،,]?\s*(?P<wd>{WD}))?){E}", gate=("اليوم", "امس", "البارحه", "غد", "الليله"))
def _relday(m, n):
    r = squash(m["r"])
    if r == "اليوم" and not m["wd"] and not m["part"] and re.search(
            r"(?:(?:ساعه|ساعات|مره|مرات|مرتين|دقيقه|دقائق|وجبه|وجبات)\s+(?:\S+\s+)?|\d[\d,.]*\s+(?:\S+\s+){0,2})(?:في|كل)\s+$",
            n[max(0, m.start("r") - 40):m.start("r")]):
        return None  # «20 ساعة في اليوم», «36 يورو فقط في اليوم»: a rate, not a day
    if r == "اليوم" and not m["wd"] and not m["part"] and _END_OF_DAY_IDIOM.search(n[max(0, m.start("r") - 12):m.start("r")]) \
            and _CLAUSE_OPENS.match(n, m.end("r")):
        return None  # «في نهاية اليوم نحن دولة صغيرة»: "at the end of the day", ultimately (a clause follows)
    if r == "اليوم" and not m["wd"] and not m["part"] and re.search(r"(?<!\w)اما\s+$", n[max(0, m.start("r") - 6):m.start("r")]):
        return None  # «أما اليوم»: nowadays (grammar_vague), not the publication day
    if r == "اليوم" and not m["wd"] and not m["part"] and re.match(r"\s+(?:الذي|التي)(?!\w)", n[m.end("r"):]):
        # «في اليوم الذي عثر فيه على…»: the day of an event the text tells, not the publication day
        return {"u": "D", "offset": 0, "kind": "anaphor"}, span_of(m)
    if r == "اليوم" and not m["wd"] and not m["part"] and re.search(r"(?<!\w)[وف]?(?:حتي|الي|لغايه)\s+$", n[max(0, m.start("r") - 9):m.start("r")]) \
            and not re.match(r"\s*[(،,]?\s*\d", n[m.end("r"):]):
        return {"kind": "fixed", "value": "PRESENT_REF"}, span_of(m)  # «المتواصلة إلى اليوم»: to this day, like «حتى الآن»
    if r == "اليوم" and not m["wd"] and not m["part"] and present_period(n, m.start("r"), m.end("r")) \
            and not _NOT_TODAY_AFTER.match(n, m.end("r")):  # «هو اليوم الأول للعمل»: an ordinal day, no time
        return {"kind": "fixed", "value": "PRESENT_REF"}, span_of(m)
    if r in ("اليوم", "الليله") and not m["wd"] and not m["part"]:
        if _NOT_TODAY_AFTER.match(n, m.end("r")) or _NOT_TODAY_BEFORE.search(n[max(0, m.start("r") - 12):m.start("r")]):
            return None
        named = re.search(r"[\"“«]\s*(\w+)\s+$", n[max(0, m.start("r") - 16):m.start("r")])
        if named and re.match(r"\s*[\"”»]", n[m.end("r"):]) and not re.match(r"[يتن]\w{3,}|ا(?!ل)\w{3,}", named.group(1)):
            return None  # «"رأي اليوم"», «"روسيا اليوم"»: a quoted name (not «"نلتقي اليوم"», a verb)
    if r == "الليله" and m["part"]:
        return None
    if r in ("غد", "الغد") and not m["wd"] and not m["part"]:
        return None  # "الغد" is also "the future"; plain غد is rare as "tomorrow"
    part = part_code(m["part"]) or ("NI" if r == "الليله" else None)
    return {"offset": _REL[r], "wd": WEEKDAYS[squash(m["wd"])] if m["wd"] else None, "part": part}, span_of(m)


_NOT_FRIDAY_BEFORE = re.compile(r"(?:صلاه|صلاتي|خطبه|خطبتي|خطيب|جامع|مسجد|خطباء|ائمه|امام)\s+$")  # «إمام الجمعة»: a title


@rule("weekday", rf"{B}(?P<x>(?:(?P<part>{DAYPART})\s+)?(?P<this>هذا\s+)?(?:يوم\s+)?(?P<wd>{WD})(?:\s+(?P<mod>{PAST}|{NEXT}))?){E}", gate=G_WEEKDAY_DEF)
def _weekday(m, n):
    wd = WEEKDAYS[squash(m["wd"])]
    after = n[m.end("wd"):m.end("wd") + 8]
    if wd == 7 and re.match(r"\s+عشر(?:ه)?(?!\w)", after):
        return None  # الأحد عشر: eleven
    if wd == 5 and _NOT_FRIDAY_BEFORE.search(n[max(0, m.start("x") - 10):m.start("x")]):
        return None
    if wd == 1 and not m["part"] and not m["mod"] and re.search(r"(?<!\w)[وف]?بين\s+$", n[max(0, m.start("x") - 6):m.start("x")]) \
            and not re.match(rf"\s*(?:و|الي|حتي)\s*(?:يوم\s+)?{WD}", n[m.end("x"):]):
        return None  # «العلاقة بين الاثنين»: between the two, not a Monday («بين الاثنين والأربعاء» is)
    off = mod_offset(m["mod"])
    direction = None if off is None else 2 * off
    if m["this"] and off is None:
        direction = 1  # "هذا الأربعاء": the coming one (or today)
    f = {"wd": wd, "dir": direction, "part": part_code(m["part"])}
    before = n[max(0, m.start("x") - 40):m.start("x")]
    before = before[max(before.rfind(c) for c in ".،,:\"\n") + 1:]
    if _FUTURE_VERB_BEFORE.search(n, max(0, m.start("x") - 24), m.start("x")) or verb_right_before(before.split()):
        # «وسيبدأ السبت التحقيق», «حيث تعقد الجمعة»: the weekday is the adverb of a future or present verb
        f["fut_verb"] = True
    return f, span_of(m)


# A future verb (سـ/سوف + imperfect) right before the weekday governs it.
_FUTURE_VERB_BEFORE = re.compile(r"(?:(?<!\w)[وف]?س[يتن]\w{3,}|(?<!\w)سوف\s+[يتن]\w{2,})\s+$")


from rasd.analyse.time import grammar_units  # noqa: E402,F401 - registers the counted and fixed rules after the calendar ones

"""Regular grammar of Arabic time expressions, over the *normalized* text (pure).

Each rule is ``(kind, regex, handler)``; the handler turns a match into the
parsed fields of a :class:`rasd.analyse.time.timex.Mention` and the (start, end) of
the expression in the normalized text, or None to reject the match. The
patterns are written on normalized text (``أ/إ/آ`` → ``ا``, ``ى`` → ``ي``,
``ة`` → ``ه``, no diacritics or tatweel, ASCII digits), so ``غداً`` is ``غدا``
and ``1447 هـ`` is ``1447 ه``.

A word may carry the proclitics و ف ب ل ك (``والأربعاء``, ``بالأمس``,
``للعام``); they are left out of the span.
"""

from __future__ import annotations

import re

from rasd.analyse.time.base import (  # noqa: F401 - RULES: the registry these rules fill, for rasd.analyse.time.timex
    ART,
    CARD,
    CLOCKPART,
    CUR,
    DAYPART,
    G_GREG,
    G_GYEAR,
    G_HIJRI,
    G_HYEAR,
    G_NUMDATE,
    G_PERIOD,
    G_UNITS,
    G_WEEKDAY,
    GM,
    GMARK,
    GYEAR,
    HM,
    HMARK,
    HOUR,
    HOURWORDS,
    HYEAR,
    MOD,
    NEXT,
    ORD,
    PARTS,
    PAST,
    RULES,
    UNITS,
    WD,
    WD_BARE,
    YEARWORD,
    B,
    E,
    alt,
    day_number,
    mod_offset,
    part_code,
    present_period,
    rule,
    span_of,
    squash,
)
from rasd.arabic.months import AMBIGUOUS_HIJRI, AMBIGUOUS_MONTHS, GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from rasd.arabic.numbers import TIME_UNITS, parse_cardinal
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


@rule("date", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?(?P<s>شهر\s+)?(?P<hm>{HM})(?:\s+المبارك)?(?:\s+(?P<mod>{MOD})|"
      rf"\s*[،,]?\s*(?:من\s+)?(?:{YEARWORD}\s+)?(?P<y>{HYEAR})(?!\d){HMARK}?"
      rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<yr>ال(?:عام|سنه))(?:\s+(?P<ymod>{MOD}))?)?){E}", gate=G_HIJRI)
def _hijri_month(m, n):
    name = squash(m["hm"])
    if name in AMBIGUOUS_HIJRI | {"شعبان"} and not (m["s"] or m["y"] or m["mod"] or m["yr"]):
        return None
    if not (m["s"] or m["y"] or m["p"]) and _after_title(n, m.start("hm")):
        return None  # «الدكتور رمضان», «الشيخ رجب»: a man's name after his title
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
    if not m["d"].isdigit() and "من" not in n[m.end("d"):m.start("gm")]:
        return None  # "الأول فبراير" is unusual; "الأول من فبراير" is the form
    f = {"cal": "G", "m": GREGORIAN_MONTHS[squash(m["gm"])], "d": d, "y": int(m["y"]) if m["y"] else None}
    if f["y"] is None and re.match(r"\s+من\s+(?:نفس\s+العام|العام\s+(?:نفسه|ذاته)|ذات\s+العام)", n[m.end():]):
        f["same_year"] = True  # «27 مايو من نفس العام»: the year the text gave last
    if m["mmod"]:
        f["mrel"] = mod_offset(m["mmod"])
    if m["yr"]:
        f["yrel"] = mod_offset(m["mod"]) or 0
    return f, span_of(m)


@rule("date", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+(?:شهر\s+)?)?(?P<s>شهر\s+)?(?P<gm>{GM})(?:\s*[/(-]?\s*(?P<gm2>{GM})\s*\)?)?"
      rf"(?:\s*(?:[،,]|\.(?=\d))?\s*(?:من\s+)?(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d){GMARK}?|\s+(?P<mod>{MOD})"
      rf"|\s+(?:من\s+)?(?:هذا\s+)?(?P<yr>ال(?:عام|سنه))(?:\s+(?P<ymod>{MOD})|\s+(?P<same>نفسه|ذاته))?)?){E}", gate=G_GREG)
def _greg_month(m, n):
    name = squash(m["gm"])
    if name in AMBIGUOUS_MONTHS and not (m["s"] or m["y"] or m["mod"] or m["gm2"] or m["yr"] or m["p"]):
        return None
    f = {"cal": "G", "m": GREGORIAN_MONTHS[name], "y": int(m["y"]) if m["y"] else None}
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
    return {"cal": "G", "m": GREGORIAN_MONTHS[squash(m["gm"])], "d": d, "y": int(m["y"]) if m["y"] else None}, span_of(m)


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


@rule("date", rf"{B}(?P<x>(?P<d>\d{{1,2}}|{ORD})\s+من\s+(?:هذا\s+)?(?:ال)?شهر(?:\s+(?P<mod>{MOD}))?){E}", gate=("شهر",))
def _day_of_rel_month(m, n):
    d = day_number(m["d"])
    if not d or d > 31 or (not m["mod"] and "هذا" not in m.group(0)):
        return None
    return {"cal": "G", "d": d, "mrel_day": mod_offset(m["mod"]) or 0, "m": 0}, span_of(m)


# -- years, periods --------------------------------------------------------------

@rule("year", rf"{B}(?P<x>(?:{YEARWORD}|عامي|(?P<p>{PARTS})\s+(?:{YEARWORD})?)\s*(?P<y>{GYEAR})(?!\d){GMARK}?)(?!\s*[/-]?\s*\d)", gate=G_GYEAR)
def _year(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", rf"(?:(?<!\w)(?:في|منذ|حتي|خلال|بحلول|قبل|بعد|مطلع|نهايه|بدايه|اواخر|اوائل|منتصف|عامي|(?:لل|ال)?عامين|(?:لل|ال)?سنتين|مواليد|بين|و)\s*)"
      rf"(?P<x>(?P<y>{GYEAR})(?!\d){GMARK}?)(?!\s*[/.,%-]\s*\d|\s*%|\s*(?:ه|هجري|مليون|مليار|الف|ريال|دولار)(?!\w)|\s*\d)", gate=G_GYEAR)
def _year_after_prep(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


@rule("year", rf"(?<![\d/.-])(?P<x>(?P<y>{GYEAR})(?!\d)\s*(?:ميلاديه|ميلادي|م)(?!\w))", gate=G_GYEAR)
def _year_marked(m, n):
    return {"cal": "G", "y": int(m["y"])}, span_of(m)


_PERIOD_U = {"اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y"}


@rule("relperiod", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+(?:من\s+)?)?{ART}(?P<u>اسبوع|شهر|عام|سنه)\s+(?P<mod>{MOD})){E}", gate=G_PERIOD)
def _rel_period(m, n):
    return {"u": _PERIOD_U[m["u"]], "offset": mod_offset(m["mod"])}, span_of(m)


@rule("relperiod", rf"{B}(?P<x>(?P<p>مطلع|بدايه|اوائل|منتصف|اواسط|اواخر|نهايه|ختام)\s+{ART}(?P<u>اسبوع|شهر|عام|سنه)){E}"
      rf"(?!\s*(?:{MOD}|\d|ال|هذا|الذي|التي|من|ل))", gate=G_PERIOD)
def _part_of_current(m, n):
    if squash(m["p"]) == "نهايه" and m["u"] == "اسبوع":
        return None  # «نهاية الأسبوع» is the weekend (grammar_vague)
    return {"u": _PERIOD_U[m["u"]], "offset": 0}, span_of(m)


@rule("relperiod", rf"{B}(?P<x>(?:(?P<p>{PARTS})\s+)?(?:هذا|هذه)\s+ال(?P<u>اسبوع|شهر|عام|سنه)){E}", gate=G_PERIOD)
def _this_period(m, n):
    return {"u": _PERIOD_U[m["u"]], "offset": 0}, span_of(m)


_SUB = {"نصف": "H", "ربع": "Q"}
_YEAR_REF = rf"(?:(?:{YEARWORD}\s+)?(?P<y>{GYEAR})(?!\d)|(?:هذا\s+)?ال(?:عام|سنه)(?:\s+(?P<mod>{MOD}))?)"


@rule("relperiod", rf"{B}(?P<x>ال(?P<h>نصف|ربع)\s+(?P<o>الاول|الثاني|الثالث|الرابع|الاخير)\s+(?:من\s+)?{_YEAR_REF}){E}", gate=("نصف", "ربع"))
def _half_quarter(m, n):
    o = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4 if m["h"] == "ربع" else 2}[m["o"]]
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


@rule("relday", rf"{B}(?P<x>(?:(?P<part>{DAYPART})\s+(?:يوم\s+)?)?(?P<r>{alt(_REL)})"
      rf"(?:\s*[،,]?\s*(?P<wd>{WD}))?){E}", gate=("اليوم", "امس", "البارحه", "غد", "الليله"))
def _relday(m, n):
    r = squash(m["r"])
    if r == "اليوم" and not m["wd"] and not m["part"] and re.search(
            r"(?:ساعه|ساعات|مره|مرات|مرتين|دقيقه|دقائق|وجبه|وجبات)\s+(?:\S+\s+)?(?:في|كل)\s+$", n[max(0, m.start("r") - 25):m.start("r")]):
        return None  # «20 ساعة في اليوم»: a rate, not a day
    if r == "اليوم" and not m["wd"] and not m["part"] and re.search(r"(?<!\w)اما\s+$", n[max(0, m.start("r") - 6):m.start("r")]):
        return None  # «أما اليوم»: nowadays (grammar_vague), not the publication day
    if r == "اليوم" and not m["wd"] and not m["part"] and re.match(r"\s+(?:الذي|التي)(?!\w)", n[m.end("r"):]):
        # «في اليوم الذي عثر فيه على…»: the day of an event the text tells, not the publication day
        return {"u": "D", "offset": 0, "kind": "anaphor"}, span_of(m)
    if r == "اليوم" and not m["wd"] and not m["part"] and present_period(n, m.start("r"), m.end("r")):
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


_NOT_FRIDAY_BEFORE = re.compile(r"(?:صلاه|صلاتي|خطبه|خطبتي|خطيب|جامع|مسجد|خطباء|ائمه)\s+$")


@rule("weekday", rf"{B}(?P<x>(?:(?P<part>{DAYPART})\s+)?(?P<this>هذا\s+)?(?:يوم\s+)?(?P<wd>{WD})(?:\s+(?P<mod>{PAST}|{NEXT}))?){E}", gate=G_WEEKDAY)
def _weekday(m, n):
    wd = WEEKDAYS[squash(m["wd"])]
    after = n[m.end("wd"):m.end("wd") + 6]
    if wd == 7 and re.match(r"\s+عشر", after):
        return None  # الأحد عشر: eleven
    if wd == 5 and _NOT_FRIDAY_BEFORE.search(n[max(0, m.start("x") - 10):m.start("x")]):
        return None
    off = mod_offset(m["mod"])
    direction = None if off is None else 2 * off
    if m["this"] and off is None:
        direction = 1  # "هذا الأربعاء": the coming one (or today)
    return {"wd": wd, "dir": direction, "part": part_code(m["part"])}, span_of(m)


# -- durations, sets -----------------------------------------------------------------

def _unit(u: str):
    return TIME_UNITS.get(squash(u))


_APPROX = r"(?:(?:حوالي|نحو|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+عن)\s+)?"  # «قبل حوالي ساعة»: still "ago"


@rule("duration", rf"{B}(?P<x>(?:(?P<ago>قبل|منذ)\s+{_APPROX})?(?:ال\s*)?(?P<n>{CARD})(?:\s+|(?<=\d)(?=[^\W\d]))(?:ال)?(?P<u>{UNITS})"
      rf"(?:\s+(?P<half>ونصف))?(?:\s+(?P<mod>{PAST}|{NEXT}|الاخيره|الاخير))?){E}", gate=G_UNITS)
def _duration(m, n):
    u = _unit(m["u"])
    num = parse_cardinal(squash(m["n"]).replace(",", "."))
    if u is None or num is None or num <= 0 or num > 1000:
        return None
    if m["half"]:
        num += 0.5
    if m["ago"] == "قبل" and not re.match(r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)", n[m.end():]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, span_of(m)
    s = m.start("n") if m["ago"] else m.start("x")
    return {"u": u[0], "n": num, "t": u[1]}, (s, m.end("x"))


_DUAL = "|".join(k for k, v in TIME_UNITS.items() if v[2] == 2)
_SING = "|".join(k for k, v in TIME_UNITS.items() if v[2] == 1 and not k.endswith("ا"))


@rule("duration", rf"{B}(?P<x>(?:(?P<ago>قبل|منذ)\s+{_APPROX})?(?:ال)?(?P<u>{_DUAL})(?:\s+(?P<half>و(?:ال)?نصف))?){E}", gate=G_UNITS)
def _dual(m, n):
    u = _unit(m["u"])
    num = 2.5 if m["half"] else 2
    if n[m.start("u") - 2:m.start("u")] == "ال" and not m["half"]:
        return None  # «بين العامين 2011 و2015», «العامين الماضيين» (its own rule): not a bare dual
    if m["ago"] == "قبل" and not re.match(r"\s+(?:من|علي)(?!\w)", n[m.end():]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, span_of(m)
    return {"u": u[0], "n": num, "t": u[1]}, (m.start("u"), m.end("x"))


@rule("duration", rf"(?<!\w)(?:[وفلب](?=اكثر|اقل|نحو|حوالي|قرابه))?(?P<pre>لمده|مده|خلال|طيله|طوال|منذ|قبل|بعد|نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من|"
      rf"اسبوعا|شهرا|قرابه|يستغرق|تستغرق|ل|على\s+مدي|علي\s+مدي|مدار|مرور)\s+"
      rf"(?P<x>(?P<u>{_SING})(?:\s+(?P<q>واحد|واحده|كامل|كامله|ونصف))?){E}", gate=G_UNITS)
def _single(m, n):
    u = _unit(m["u"])
    if u is None or (u[1] and m["u"] == "ساعه" and not m["q"] and m["pre"] in ("ل", "بعد")):
        return None
    if re.match(r"\s+(?:\d|ال|من\s+ال)", n[m.end():]) and not m["q"]:
        return None  # "خلال عام 2015", "قبل شهر رمضان": not a duration
    if squash(m["u"]) in ("عقد", "عقدا") and not m["q"] and not re.match(r"\s*(?:من\s+الزمن|[.،,؛:)\n]|$|و)", n[m.end():]):
        return None  # «بعد عقد اجتماع»: the verb "held", not a decade
    num = 1.5 if m["q"] == "ونصف" else 1
    if squash(m["pre"]) == "قبل":
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, (m.start("pre"), m.end("x"))
    return {"u": u[0], "n": num, "t": u[1]}, span_of(m)


@rule("duration", rf"{B}(?P<x>نصف\s+(?P<u>{_SING})){E}", gate=("نصف",))
def _half(m, n):
    u = _unit(m["u"])
    return {"u": u[0], "n": 0.5 if u[0] not in ("CE", "DE") else 0.5, "t": u[1]}, span_of(m)


_DUAL_MOD = r"(?:الماضيين|الماضيتين|الاخيرين|الاخيرتين|المقبلين|المقبلتين|القادمين|القادمتين|المنصرمين|الفائتين|السابقين)"


@rule("duration", rf"{B}(?P<x>{ART}(?P<u>{_DUAL})\s+{_DUAL_MOD}){E}", gate=G_UNITS)
def _dual_mod(m, n):
    u = _unit(m["u"])
    return {"u": u[0], "n": 2, "t": u[1]}, span_of(m)


@rule("duration", rf"{B}(?P<x>{ART}(?P<u>ايام|اسابيع|اشهر|شهور|سنوات|اعوام|عقود|ساعات|السنين)"
      rf"(?:\s+(?:ال)?(?P<n>{CARD}))?\s+(?P<mod>الماضيه|الاخيره|المقبله|القادمه|الفائته|المنصرمه|السابقه|القليله\s+الماضيه|"
      rf"القليله\s+المقبله|القليله\s+القادمه)){E}", gate=G_UNITS)
def _vague_duration(m, n):
    u = _unit(m["u"])
    if not m["n"]:
        return None  # no count: «السنوات الأخيرة» is a vague reference (grammar_vague)
    num = parse_cardinal(squash(m["n"]))
    return {"u": u[0], "n": num, "t": u[1]}, span_of(m)


@rule("set", rf"{B}(?P<x>كل\s+(?:(?P<n>{CARD})\s+)?(?P<u>{alt(TIME_UNITS)})){E}", gate=("كل",))
def _set(m, n):
    u = _unit(m["u"])
    num = parse_cardinal(squash(m["n"])) if m["n"] else (u[2] or 1)
    if u is None or num is None or (m["u"] == "عام" and re.match(r"\s+و", n[m.end():])):
        return None  # كل عام وأنتم بخير
    return {"u": u[0], "n": num, "t": u[1]}, span_of(m)


@rule("set", rf"{B}(?P<x>كل\s+(?:يوم\s+)?(?P<wd>{WD_BARE}|{WD})){E}", gate=("كل",))
def _set_weekday(m, n):
    w = squash(m["wd"])
    return {"wd": WEEKDAYS[w if w.startswith("ال") else "ال" + w]}, span_of(m)


@rule("set", rf"{B}(?P<x>(?:بشكل|بصفه|بصوره)\s+(?P<a>يومي|اسبوعي|شهري|سنوي)(?:ه)?){E}", gate=("بشكل", "بصفه", "بصوره"))
def _set_adj(m, n):
    u, t = _ADV[m["a"] + "ا"]
    return {"u": u, "n": 1, "t": t}, span_of(m)


_ADV = {"يوميا": ("D", False), "اسبوعيا": ("W", False), "شهريا": ("M", False), "سنويا": ("Y", False),
        "ساعيا": ("H", True)}


@rule("set", rf"{B}(?P<x>{alt(_ADV)}){E}", gate=tuple(_ADV))
def _set_adv(m, n):
    u, t = _ADV[m["x"]]
    return {"u": u, "n": 1, "t": t}, span_of(m)


# -- clock times --------------------------------------------------------------------

def _hour_min(h: str, frac: str | None, minus: str | None, part: str | None) -> str | None:
    h = squash(h)
    if h in HOURWORDS:
        hh, mi = HOURWORDS[h], 0
    else:
        if "ر" in h:  # SPA writes 06:32 as "32ر06"
            h = ":".join(reversed(h.split("ر")))
        parts = re.split(r"[:.]", h)
        if len(parts) == 1 and len(h) == 4:  # "الساعة 1831"
            parts = [h[:2], h[2:]]
        hh, mi = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    if frac:
        fr = squash(frac)
        if "نصف" in fr:
            mi = 30
        elif "ربع" in fr:
            mi = 15
        elif "ثلث" in fr:
            mi = 20
        else:
            mi = parse_cardinal(fr.split()[0]) or 0
    if minus:
        mn = squash(minus)
        sub = 15 if "ربع" in mn else 20 if "ثلث" in mn else (parse_cardinal(mn.split()[0]) or 0)
        hh, mi = (hh - 1) % 24, 60 - sub
    p = squash(part or "")
    if p:
        if any(w in p for w in ("مساء", "عصر", "بعد")) and hh < 12:
            hh += 12
        elif "ليل" in p and 6 <= hh < 12:
            hh += 12
        elif "ظهر" in p and hh < 6:
            hh += 12
        elif "صباح" in p and hh == 12:
            hh = 0
    if not (0 <= hh <= 24 and 0 <= mi < 60):
        return None
    return f"{hh % 24:02d}:{mi:02d}"


@rule("clock", rf"{B}(?P<x>(?:تمام\s+)?(?:ال)?ساعه\s+(?:ال)?(?P<h>{HOUR})(?:\s+و\s*(?P<frac>النصف|نصف|الربع|ربع|الثلث|ثلث|"
      rf"{CARD}\s+(?:دقيقه|دقائق)))?(?:\s+الا\s+(?P<minus>ربعا|ربع|الربع|ثلثا|ثلث|{CARD}\s+(?:دقائق|دقيقه)))?"
      rf"(?:\s+(?:من\s+)?(?P<part>{CLOCKPART})(?:(?<=ا)|(?!\s+(?:يوم|اليوم|امس|غد|ال))))?){E}", gate=("ساعه",))
def _clock(m, n):
    hm = _hour_min(m["h"], m["frac"], m["minus"], m["part"])
    return ({"hm": hm}, span_of(m)) if hm else None


@rule("clock", rf"(?<![\w:.])(?P<x>(?:ال\s*)?(?P<h>\d{{1,2}}(?:[:.]\d{{2}})?)\s*(?P<part>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)){E}", gate=("صباح", "مساء", "ظهر", "عصر", "ليل", "فجر"))
def _clock_bare(m, n):
    hm = _hour_min(m["h"], None, None, m["part"])
    return ({"hm": hm}, span_of(m)) if hm else None


@rule("clock", r"(?<![\w:./-])(?P<x>(?P<h>[01]?\d|2[0-3])[:](?P<mi>[0-5]\d))(?![\w:./-]|\s*[-–]\s*\d)(?P<tz>\s+(?:ت\s*م|بتوقيت|توقيت)(?!\w))?", gate=(":",))
def _clock_hhmm(m, n):
    f = {"hm": f"{int(m['h']):02d}:{m['mi']}"}
    if m["tz"] and "ت" in m["tz"] and "توقيت" not in m["tz"]:
        f["today"] = True  # the SPA dispatch time "17:04 ت م" (Makkah time) of the dateline's day
    return f, span_of(m)


# -- vague and fixed ------------------------------------------------------------------

_VAGUE = {
    "في وقت سابق": "PAST_REF", "وقت سابق": "PAST_REF", "وقت مبكر": "PAST_REF", "مؤخرا": "PAST_REF", "في الاونه الاخيره": "PAST_REF",
    "في الفتره الاخيره": "PAST_REF", "في الفتره الماضيه": "PAST_REF", "في الماضي": "PAST_REF", "سابقا": "PAST_REF",
    "حاليا": "PRESENT_REF", "الان": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF", "في الوقت الراهن": "PRESENT_REF",
    "الوقت الحاضر": "PRESENT_REF", "في الوقت الحاضر": "PRESENT_REF", "حتي الان": "PRESENT_REF",
    "الي الان": "PRESENT_REF", "في الوقت ذاته": None,
    "قريبا": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "في المستقبل": "FUTURE_REF", "في المستقبل القريب": "FUTURE_REF",
    "في وقت لاحق": "FUTURE_REF", "لاحقا": "FUTURE_REF", "في الفتره المقبله": "FUTURE_REF",
    "في الفتره القادمه": "FUTURE_REF", "خلال الفتره المقبله": "FUTURE_REF", "خلال الفتره القادمه": "FUTURE_REF",
}


@rule("fixed", rf"{B}(?P<x>{alt(k for k, v in _VAGUE.items() if v)}){E}", gate=tuple(max(k.split(), key=len) for k in _VAGUE))
def _vague(m, n):
    if m["x"] == "وقت مبكر" and not re.search(r"منذ\s+$", n[max(0, m.start() - 6):m.start()]):
        return None
    return {"value": _VAGUE[squash(m["x"])]}, span_of(m)


_DECADES = {"الخمسينيات": "195", "الستينيات": "196", "السبعينيات": "197", "الثمانينيات": "198", "التسعينيات": "199"}


@rule("fixed", rf"{B}(?P<x>{alt(_DECADES)}(?:\s+من\s+القرن\s+(?:الماضي|العشرين))?){E}", gate=("ينيات",))
def _decade(m, n):
    return {"value": _DECADES[m["x"].split()[0]]}, span_of(m)


_CENT = {"الماضي": "19", "العشرين": "19", "الحالي": "20", "الحادي والعشرين": "20", "الحادي و العشرين": "20",
         "التاسع عشر": "18", "الثامن عشر": "17", "السابع عشر": "16", "السادس عشر": "15", "الخامس عشر": "14",
         "الرابع عشر": "13", "الثالث عشر": "12"}


@rule("fixed", rf"{B}(?P<x>(?:ال)?قرن\s+(?P<c>{alt(_CENT)})){E}", gate=("قرن",))
def _century(m, n):
    return {"value": _CENT[squash(m["c"])]}, span_of(m)

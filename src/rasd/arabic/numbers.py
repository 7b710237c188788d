"""Arabic number words: cardinals, ordinals, and the units of time they count.

Pure word lists and a small parser, no I/O. Forms are *normalized* (see
:func:`rasd.arabic.normalize.normalize`), e.g. ``ثلاثة`` is listed as ``ثلاثه``.
Both genders and the case endings news text uses are listed (``اثنان/اثنين``,
``عشرون/عشرين``); compounds (``خمسة عشر``, ``خمس وعشرين``) are parsed by
:func:`parse_cardinal`.
"""

from __future__ import annotations

import re

_UNITS_M = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمان": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
}
_TENS = {
    "عشر": 10, "عشره": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40,
    "اربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_BIG = {"مئه": 100, "مائه": 100, "مئتين": 200, "مئتان": 200, "مائتين": 200, "مائتان": 200, "الف": 1000,
        "الفين": 2000, "الفان": 2000}

CARDINALS: dict[str, int] = {**_UNITS_M, **_TENS, **_BIG}

# Ordinals (masculine and feminine), with and without the article: الأول، الثانية، الحادي عشر…
_ORD_STEMS = {
    "اول": 1, "اولي": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4, "رابعه": 4,
    "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7, "ثامن": 8, "ثامنه": 8,
    "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10, "حادي": 1, "حاديه": 1, "واحده": 1,
}
ORDINALS: dict[str, int] = {**{"ال" + k: v for k, v in _ORD_STEMS.items()}, **_ORD_STEMS}

# Time units: normalized form -> (TIMEX3 unit letter, is_time_part, count implied by the form)
# count: 1 singular, 2 dual, None plural (needs a number).
TIME_UNITS: dict[str, tuple[str, bool, int | None]] = {}
for _forms, _unit, _time in (
    (("يوم", "يوما"), "D", False),
    (("اسبوع", "اسبوعا"), "W", False),
    (("شهر", "شهرا"), "M", False),
    (("عام", "عاما", "سنه", "سنة"), "Y", False),
    (("عقد", "عقدا"), "DE", False),
    (("قرن", "قرنا"), "CE", False),
    (("ساعه",), "H", True),
    (("دقيقه",), "M", True),
    (("ثانيه",), "S", True),
):
    for _f in _forms:
        TIME_UNITS[_f] = (_unit, _time, 1)
for _forms, _unit, _time in (
    (("يومين", "يومان"), "D", False),
    (("اسبوعين", "اسبوعان"), "W", False),
    (("شهرين", "شهران"), "M", False),
    (("عامين", "عامان", "سنتين", "سنتان"), "Y", False),
    (("عقدين", "عقدان"), "DE", False),
    (("قرنين", "قرنان"), "CE", False),
    (("ساعتين", "ساعتان"), "H", True),
    (("دقيقتين", "دقيقتان"), "M", True),
):
    for _f in _forms:
        TIME_UNITS[_f] = (_unit, _time, 2)
for _forms, _unit, _time in (
    (("ايام",), "D", False),
    (("اسابيع",), "W", False),
    (("اشهر", "شهور"), "M", False),
    (("اعوام", "سنوات", "سنين"), "Y", False),
    (("عقود",), "DE", False),
    (("قرون",), "CE", False),
    (("ساعات",), "H", True),
    (("دقائق",), "M", True),
    (("ثوان", "ثواني"), "S", True),
):
    for _f in _forms:
        TIME_UNITS[_f] = (_unit, _time, None)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# A cardinal number in words or digits, e.g. "خمسه وعشرين", "15", "ثلاثه".
_WORD = rf"(?:{_alt(CARDINALS)})"
CARDINAL_RE = rf"(?:\d+(?:[.,]\d+)?|{_WORD}(?:\s+(?:و\s*)?{_WORD}){{0,3}})"
ORDINAL_RE = rf"(?:{_alt(ORDINALS)})(?:\s+(?:و\s*)?(?:ال)?(?:{_alt(_TENS)}))?"


def parse_cardinal(s: str) -> int | None:
    """Value of a normalized cardinal (``"خمسه وعشرين"`` → 25, ``"15"`` → 15); None when not one."""
    s = s.strip()
    if re.fullmatch(r"\d+", s):
        return int(s)
    total, seen = 0, False
    for w in re.split(r"\s+", s):
        if w.startswith("و") and w not in CARDINALS:
            w = w[1:]
        if not w:
            continue
        if w not in CARDINALS:
            return None
        v = CARDINALS[w]
        if v >= 100 and total:
            total *= v
        else:
            total += v
        seen = True
    return total if seen else None


def parse_ordinal(s: str) -> int | None:
    """Value of a normalized ordinal (``"الحادي عشر"`` → 11, ``"الاول"`` → 1); None when not one."""
    words = [w for w in re.split(r"\s+", s.strip()) if w]
    if not words:
        return None
    first = words[0]
    if first not in ORDINALS:
        return None
    v = ORDINALS[first]
    for w in words[1:]:
        w = w[1:] if w.startswith("و") and w not in _TENS else w
        w = w[2:] if w.startswith("ال") else w
        if w not in _TENS:
            return None
        v += _TENS[w]
    return v

"""Regular grammar of Arabic time expressions, second part: durations, sets, clock times and fixed
words (vague references, decades, centuries), over the normalized text (pure; the conventions of
:mod:`rasd.analyse.time.grammar`, which imports this module after its own rules, so the registry
order is unchanged).
"""

from __future__ import annotations

import re

from rasd.analyse.time.base import (
    ART,
    CARD,
    CLOCKPART,
    G_UNITS,
    HOUR,
    HOURWORDS,
    NEXT,
    PAST,
    UNITS,
    WD,
    WD_BARE,
    B,
    E,
    Led,
    alt,
    rule,
    span_of,
    squash,
)
from rasd.arabic.months import WEEKDAYS
from rasd.arabic.numbers import CARDINALS, TIME_UNITS, parse_cardinal

# -- durations, sets -----------------------------------------------------------------

def _unit(u: str):
    return TIME_UNITS.get(squash(u))


# The last word of every cardinal in words (CARD ends with one, or with a digit).
_CARD_ENDS = tuple(sorted({k.split()[-1] for k in CARDINALS}))


def _count_before(norm: str, a: int, p: int) -> bool:
    """Can a count end right before ``norm[p:]`` (a unit), in the line starting at ``a``? ``CARD``
    ends with a digit or a cardinal's last word, then spaces (or nothing after a digit), then
    «ال» perhaps: a superset of what the number-and-unit rule asks (``\\s`` is ``str.isspace``,
    ``\\d`` a decimal digit)."""
    t = norm[a:p]
    for c in ((t, t[:-2]) if t.endswith("ال") else (t,)):
        c = c.rstrip()
        if c and (c[-1].isdigit() or c.endswith(_CARD_ENDS)):
            return True
    return False


# The number-and-unit rule's gate: a unit stem right after a count. G_UNITS alone («يوم», «عام»,
# «سن») opened 62 % of all text; every unit starts with one of its stems (tests/test_dates_gate.py).
_G_COUNTED = Led(G_UNITS, _count_before)

_APPROX = r"(?:(?:حوالي|نحو|قرابه|زهاء|ما\s+يقارب|ما\s+يزيد\s+عن)\s+)?"  # «قبل حوالي ساعة»: still "ago"


@rule("duration", rf"{B}(?P<x>(?:(?P<ago>قبل|منذ)\s+{_APPROX})?(?:ال\s*)?(?P<n>{CARD})(?:\s+|(?<=\d)(?=[^\W\d]))(?:ال)?(?P<u>{UNITS})"
      rf"(?:\s+(?P<half>ونصف(?:ا|\s+(?:ال)?(?P<hu>عام|سنه|شهر|يوم|ساعه))?))?(?:\s+(?P<mod>{PAST}|{NEXT}|الاخيره|الاخير))?){E}",
      gate=_G_COUNTED)  # «ونصفا», «ونصف العام»: the half in the accusative, or with its unit restated
def _duration(m, n):
    u = _unit(m["u"])
    num = parse_cardinal(squash(m["n"]).replace(",", "."))
    if u is None or num is None or num <= 0:
        return None
    if num in (1, 2) and u[2] is None and not squash(m["n"]).isdigit():
        return None  # «أحد أشهر الكتب»: one of the most famous, not one month (1 and 2 do not count plurals)
    if num > 1000 and not (u[0] == "Y" and num <= 100000 and num % 100 == 0):
        return None  # «4000 عام», «قبل 2000 عام»: a round count of years (not a year, not money)
    if not u[1] and u[2] == 1 and n[m.start("u") - 2:m.start("u")] == "ال":
        # A count agrees with what it counts: 3-10 take a plural, 11 and more an indefinite singular, so a
        # calendar unit with the article after a number is not counted but a deictic of its own («مجموعة
        # السبع الأسبوع المقبل», «العشرين العام الماضي», «956 العام الماضي»: next week, last year). Clock units
        # stay: «خلال 24 إلى 48 الساعة المقبلة» is written for «الـ48 ساعة».
        return None
    end = m.end("x")
    if m["hu"] and _unit(m["hu"])[0] != u[0]:
        end = m.end("u")  # «3 أعوام ونصف شهر»: a half of another unit is no half of the count (nor is a mod after it)
    elif m["half"]:
        num += 0.5
    if m["ago"] == "قبل" and num <= 1000 and not re.match(r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)", n[end:]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, (m.start("x"), end)
    s = m.start("n") if m["ago"] else m.start("x")
    return {"u": u[0], "n": num, "t": u[1]}, (s, end)


# «بين 32 و69 عاما», «من 3 إلى 5 سنوات», «4 أو 5 أيام», «10-15 دقيقة»: the first bound of a range of counts
# shares the unit written after the second (the number-and-unit rule reads the second), so it is a duration of
# its own. A range runs upward (the first is the smaller); «و» joins a range only after «بين».
@rule("duration", rf"(?<![\w.,/:-])(?P<x>(?P<n>\d{{1,4}}))\s*(?P<sep>-|–|او|الي|حتي|و)\s*(?P<n2>\d{{1,4}})(?!\d)\s*(?P<u>{UNITS}){E}",
      gate=re.compile(r"\d\s*(?:-|–|او|الي|حتي|و)\s*\d"))
def _range_first(m, n):
    u = _unit(m["u"])
    a, b = int(m["n"]), int(m["n2"])
    if u is None or not 0 < a < b <= 1000:
        return None
    if m["sep"] == "و" and not re.search(r"(?<!\w)[وف]?(?:ما\s+)?بين\s+$", n[max(0, m.start() - 12):m.start()]):
        return None  # «قتل 5 و10 أيام بعد»: no range without «بين»
    if m["u"] == "يوم" and re.match(rf"\s+{WD}{E}", n[m.end():]):
        return None  # «1-2 يوم السبت»: «يوم» opens the weekday's name, it counts nothing
    if _SCORE_BEFORE.search(n, max(0, m.start() - 12), m.start()):
        return None  # «بنتيجة 1-2», «النتيجة 3-4»: a score, not a range of counts
    return {"u": u[0], "n": a, "t": u[1]}, span_of(m)


_SCORE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ب|بال|ال|لل)?نتيجه\s+$")  # «بنتيجة», «النتيجة» right before a pair


_EXTENT_BEFORE = re.compile(r"(?<!\w)[وف]?(?:خلال|طوال|طيله|لمده|مدي)\s+$")  # a preposition of extent right before
_DUALS = tuple(k for k, v in TIME_UNITS.items() if v[2] == 2)
_DUAL = "|".join(_DUALS)
_SING = "|".join(k for k, v in TIME_UNITS.items() if v[2] == 1 and not k.endswith("ا"))
# The last word of every word before the unit in the next rule (``pre``), and the letters glued
# to نحو، حوالي، قرابه there.
_PRE_ENDS = ("لمده", "مده", "خلال", "طيله", "طوال", "منذ", "قبل", "نحو", "حوالي", "قرابه", "زهاء", "بعد", "من",
             "اسبوعا", "شهرا", "يستغرق", "تستغرق", "ل", "مدي", "مدار", "مرور", "مضي", "انقضاء")


def _pre_before(norm: str, a: int, p: int) -> bool:
    """Can the next rule's ``pre`` word and its spaces end right before ``norm[p:]``? At least one
    space, then one of :data:`_PRE_ENDS` that starts a word, or follows one of وفلب (a superset)."""
    t = norm[a:p]
    c = t.rstrip()
    if len(c) == len(t):
        return False
    for w in _PRE_ENDS:
        if c.endswith(w):
            k = len(c) - len(w)
            if k == 0 or not (c[k - 1].isalnum() or c[k - 1] == "_") or c[k - 1] in "وفلب":
                return True
    return False


_G_AFTER_PRE = Led(G_UNITS, _pre_before)


# Gated by the duals, which every match holds (G_UNITS's «يوم», «عام» open most lines).
@rule("duration", rf"{B}(?P<x>(?:(?P<ago>قبل|منذ)\s+{_APPROX})?(?:ال)?(?P<u>{_DUAL})(?:\s+(?P<half>و(?:ال)?نصف))?){E}", gate=_DUALS)
def _dual(m, n):
    u = _unit(m["u"])
    num = 2.5 if m["half"] else 2
    if n[m.start("u") - 2:m.start("u")] == "ال" and not m["half"]:
        if _EXTENT_BEFORE.search(n, max(0, m.start("u") - 10), m.start("u") - 2) and not re.match(r"\s+(?:\d|(?!اللذين|اللتين)ال\w*ين(?!\w))", n[m.end():]):
            # «خلال الساعتين اللتين يحصلون فيها على الكهرباء»: the two hours, a duration
            return {"u": u[0], "n": num, "t": u[1]}, (m.start("u") - 2, m.end("x"))
        return None  # «بين العامين 2011 و2015», «العامين الماضيين» (its own rule): not a bare dual
    if m["ago"] == "قبل" and not re.match(r"\s+(?:من|علي)(?!\w)", n[m.end():]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, span_of(m)
    return {"u": u[0], "n": num, "t": u[1]}, (m.start("u"), m.end("x"))


@rule("duration", rf"(?<!\w)(?:[وفلب](?=اكثر|اقل|نحو|حوالي|قرابه))?(?P<pre>لمده|مده|خلال|طيله|طوال|منذ|(?P<ago>قبل)(?:\s+(?P<ap>نحو|حوالي|قرابه|زهاء))?|"
      rf"بعد|نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من|"
      rf"اسبوعا|شهرا|قرابه|يستغرق|تستغرق|ل|على\s+مدي|علي\s+مدي|مدار|مرور|مضي|انقضاء)\s+"
      rf"(?P<x>(?P<u>{_SING})(?:\s+(?P<q>واحد|واحده|كامل|كامله|ونصف))?){E}", gate=_G_AFTER_PRE)
def _single(m, n):
    u = _unit(m["u"])
    if u is None or (u[1] and m["u"] == "ساعه" and not m["q"] and m["pre"] in ("ل", "بعد")):
        return None
    if re.match(r"\s+(?:\d|ال)", n[m.end():]) and not m["q"]:
        return None  # "خلال عام 2015", "خلال الشهر الماضي": not a duration
    if m["pre"] == "بعد" and re.search(r"(?<!\w)(?:يوما|اسبوعا|شهرا|عاما|سنه|ساعه)\s+$", n[max(0, m.start("pre") - 8):m.start("pre")]):
        return None  # «يوما بعد يوم», «عاما بعد عام»: little by little, a manner, not a day
    if squash(m["u"]) in ("عقد", "عقدا") and not m["q"] and not re.match(r"\s*(?:من\s+الزمن|[.،,؛:)\n]|$|و)", n[m.end():]):
        return None  # «بعد عقد اجتماع»: the verb "held", not a decade
    num = 1.5 if m["q"] == "ونصف" else 1
    if m["ago"] and not re.match(r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)", n[m.end():]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, (m.start("pre"), m.end("x"))
    # an approximation is part of the amount («أقل من أسبوع», «نحو أسبوع» in «قبل نحو أسبوع من القمة»)
    pre = squash(m["pre"])
    start = m.start("ap") if m["ap"] else m.start("pre") if pre in ("نحو", "حوالي", "قرابه") or pre.startswith(("اكثر", "اقل")) else m.start("x")
    return {"u": u[0], "n": num, "t": u[1]}, (start, m.end("x"))


@rule("duration", rf"{B}(?P<x>نصف\s+(?P<u>{_SING})){E}", gate=("نصف",))
def _half(m, n):
    u = _unit(m["u"])
    return {"u": u[0], "n": 0.5 if u[0] not in ("CE", "DE") else 0.5, "t": u[1]}, span_of(m)


_DUAL_MOD = r"(?:الماضيين|الماضيتين|الاخيرين|الاخيرتين|المقبلين|المقبلتين|القادمين|القادمتين|المنصرمين|الفائتين|السابقين)"


@rule("duration", rf"{B}(?P<x>{ART}(?P<u>{_DUAL})\s+{_DUAL_MOD}){E}", gate=_DUALS)
def _dual_mod(m, n):
    u = _unit(m["u"])
    return {"u": u[0], "n": 2, "t": u[1]}, span_of(m)


_PLURALS = ("ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "عقود", "ساعات", "السنين")


@rule("duration", rf"{B}(?P<x>{ART}(?P<u>{'|'.join(_PLURALS)})"
      rf"(?:\s+(?:ال)?(?P<n>{CARD}))?\s+(?P<mod>الماضيه|الاخيره|المقبله|القادمه|الفائته|المنصرمه|السابقه|القليله\s+الماضيه|"
      rf"القليله\s+المقبله|القليله\s+القادمه)){E}", gate=_PLURALS)
def _vague_duration(m, n):
    u = _unit(m["u"])
    if not m["n"]:
        return None  # no count: «السنوات الأخيرة» is a vague reference (grammar_vague)
    num = parse_cardinal(squash(m["n"]))
    return {"u": u[0], "n": num, "t": u[1]}, span_of(m)


# A count after the counted plural («بعد عقود ثلاثة», «منذ سنوات خمس», «قبل سنوات عشر»), as «السنوات الخمس» without the
# article. Only when the numeral agrees in gender (3-10 take the opposite gender of the singular: «عقود ثلاثة», «سنوات
# ثلاث»): «أشهر خمس مواقع» (the five most famous sites) does not, and «أشهر» is left out (also "most famous").
_PLURAL_GENDER = {"ايام": "m", "اسابيع": "m", "شهور": "m", "اعوام": "m", "عقود": "m", "قرون": "m",
                  "سنوات": "f", "سنين": "f", "ساعات": "f", "دقائق": "f"}
_FEM_COUNTS = ("ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني", "ثمان", "تسع", "عشر")  # for a feminine singular
_MASC_COUNTS = ("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره")  # for a masculine singular


@rule("duration", rf"{B}(?P<x>(?:(?P<ago>قبل|منذ)\s+{_APPROX})?(?P<u>{alt(_PLURAL_GENDER)})\s+"
      rf"(?P<n>{alt(_FEM_COUNTS + _MASC_COUNTS)})){E}(?!\s+و\s*(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع))",
      gate=tuple(_PLURAL_GENDER))
def _count_after(m, n):
    word = squash(m["n"])
    if word not in (_MASC_COUNTS if _PLURAL_GENDER[m["u"]] == "m" else _FEM_COUNTS):
        return None
    u = _unit(m["u"])
    num = parse_cardinal(word)
    if u is None or not num:
        return None
    if m["ago"] == "قبل" and not re.match(r"\s+(?:فقط\s+)?(?:من|علي)(?!\w)", n[m.end():]):
        return {"u": u[0], "n": num, "t": u[1], "kind": "ago"}, span_of(m)
    return {"u": u[0], "n": num, "t": u[1]}, (m.start("u"), m.end("x"))


@rule("set", rf"{B}(?P<x>كل\s+(?:(?P<n>{CARD})\s+)?(?P<u>{alt(TIME_UNITS)})){E}", gate=("كل",))
def _set(m, n):
    u = _unit(m["u"])
    num = parse_cardinal(squash(m["n"])) if m["n"] else (u[2] or 1)
    if u is None or num is None or (m["u"] == "عام" and re.match(r"\s+و", n[m.end():])):
        return None  # كل عام وأنتم بخير
    if u[2] is None and not m["n"]:
        return None  # «في كل سنوات عملي»: all the years of, not every year (a SET takes the singular)
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
        parts = re.split(r"[:.,،]", h)  # «الساعة 19,00», «الساعة 11،00» (AFP writes a comma)
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


@rule("clock", rf"(?:(?<![\w:.])|(?<=(?<!\w)و))(?P<x>(?:ال\s*)?(?P<h>\d{{1,2}}(?:[:.]\d{{2}})?)\s*(?P<part>صباحا|مساء|مساءا|ظهرا|عصرا|ليلا|فجرا)){E}", gate=("صباح", "مساء", "ظهر", "عصر", "ليل", "فجر"))
def _clock_bare(m, n):
    hm = _hour_min(m["h"], None, None, m["part"])
    return ({"hm": hm}, span_of(m)) if hm else None


@rule("clock", r"(?:(?<![\w:./-])|(?<=(?<!\w)و))(?P<x>(?P<h>[01]?\d|2[0-3])[:](?P<mi>[0-5]\d))(?![\w:./-]|\s*[-–]\s*\d)(?P<tz>\s+(?:ت\s*م|بتوقيت|توقيت)(?!\w))?", gate=(":",))
def _clock_hhmm(m, n):
    f = {"hm": f"{int(m['h']):02d}:{m['mi']}"}
    if m["tz"] and "ت" in m["tz"] and "توقيت" not in m["tz"]:
        f["today"] = True  # the SPA dispatch time "17:04 ت م" (Makkah time) of the dateline's day
    return f, span_of(m)


@rule("clock", r"(?<![\w:.,،/-])(?P<x>(?P<h>[01]?\d|2[0-3])\s?[،,.]\s?(?P<mi>[0-5]\d)\s*"
      r"(?:(?:ب|بال|ال)?توقيت\s+\w+|ت\s*غ))(?!\w)", gate=("توقيت", "ت غ"))
def _clock_comma_zone(m, n):
    # «حوالى 11،00 بالتوقيت المحلي (03،00 ت غ)»: AFP writes the minutes after a comma; the zone
    # word is what tells a clock from a decimal («2,50»)
    return {"hm": f"{int(m['h']):02d}:{m['mi']}"}, span_of(m)


# -- vague and fixed ------------------------------------------------------------------

_VAGUE = {
    "في وقت سابق": "PAST_REF", "وقت سابق": "PAST_REF", "وقت مبكر": "PAST_REF", "مؤخرا": "PAST_REF", "في الاونه الاخيره": "PAST_REF",
    "في الفتره الاخيره": "PAST_REF", "في الفتره الماضيه": "PAST_REF", "في الماضي": "PAST_REF", "سابقا": "PAST_REF",
    "حاليا": "PRESENT_REF", "الان": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF", "في الوقت الراهن": "PRESENT_REF",
    "الوقت الحاضر": "PRESENT_REF", "في الوقت الحاضر": "PRESENT_REF", "حتي الان": "PRESENT_REF",
    "وقتنا الحاضر": "PRESENT_REF", "وقتنا الحالي": "PRESENT_REF", "يومنا هذا": "PRESENT_REF", "ايامنا هذه": "PRESENT_REF",
    "الي الان": "PRESENT_REF", "في الوقت ذاته": None,
    "قريبا": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "في المستقبل": "FUTURE_REF", "في المستقبل القريب": "FUTURE_REF",
    "في وقت لاحق": "FUTURE_REF", "لاحقا": "FUTURE_REF", "في الفتره المقبله": "FUTURE_REF",
    "في الفتره القادمه": "FUTURE_REF", "خلال الفتره المقبله": "FUTURE_REF", "خلال الفتره القادمه": "FUTURE_REF",
}


# «سابقا» right after a relational adjective (definite «السعودي/الغربية», or accusative «حربيا») or an
# indefinite accusative noun («موظفا سابقا», «كان وزيرا سابقا», «قرارا سابقا») qualifies the title or name
# before it ("the former Saudi ambassador", "a former employee"); after a verb or a pronoun suffix («وعدنا
# سابقا», «يطلقونها سابقا», «سعرها سابقا») it is "earlier".
_FORMER = re.compile(r"(?<!\w)(?:ال\w{2,}(?:ي|يه)|\w{3,}يا|(?!ا)\w{3,}[^\Wاوهن]ا)\s+$")


def _vague_gate() -> tuple[str | re.Pattern, ...]:
    """The longest word of each phrase; «الان», which ends its phrases («حتى الآن»), only at a word's
    end, where ``E`` lets a match end (as a substring it is in الانتخابات، الانسان…)."""
    words = {max(k.split(), key=len) for k in _VAGUE}
    ends = {w for w in words if w == "الان" and all(k.endswith(w) for k in _VAGUE if w in k.split())}
    return (*sorted(words - ends), *(re.compile(rf"{w}(?!\w)") for w in sorted(ends)))


_G_VAGUE = _vague_gate()


@rule("fixed", rf"{B}(?P<x>{alt(k for k, v in _VAGUE.items() if v)}){E}", gate=_G_VAGUE)
def _vague(m, n):
    if m["x"] == "قريبا" and re.match(r"\s+(?:جدا\s+)?من(?!\w)", n[m.end():]):
        return None  # «كان قريبا من تسجيل هدفه»: close to, not soon
    if m["x"] == "وقت مبكر" and not re.search(r"منذ\s+$", n[max(0, m.start() - 6):m.start()]):
        return None
    x = squash(m["x"])
    if x == "سابقا" and _FORMER.search(n[max(0, m.start() - 30):m.start()]):
        return None  # «السفير السعودي سابقا», «ألمانيا الغربية سابقا»: "former", said of a title or a name
    if x == "لاحقا":
        return None  # "later" orders the told events; it names no time (shared dev gold convention)
    return {"value": _VAGUE[x]}, span_of(m)


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

"""The Arabic time-expression grammar: find time expressions and resolve them (pure).

Pure: no I/O, no dependence on the record. ``find(text)`` parses the text
(on its normalized view, spans mapped back to ``text``) into
:class:`Mention` objects that know *what* was said (a weekday, a day and month,
"yesterday", three days…) but not *when*; :func:`resolve` turns one into a
TIMEX3 ``(type, value, hijri)`` against an anchor date (the publication date),
and :func:`extract` does both for a whole text.

What is recognised (see the module constants for the word lists):

- relative days: اليوم، أمس، البارحة، أول أمس، غداً، بعد غد, with a weekday
  (``اليوم الأربعاء``) and a part of the day (``مساء أمس`` → TIME ``…TEV``);
- weekdays with or without ``يوم``, with ``الماضي/المقبل/القادم``;
- dates in every regional month name and pairs of them (``الأول من شباط/فبراير``,
  ``9 أغسطس 2015``), day ordinals, ``منتصف/أواخر/مطلع`` + month;
- Hijri days, months and years (``15 رمضان 1447 هـ``, ``1436هـ``), numeric dates;
- years (``عام 2026``), weeks/months/years relative to now (``الأسبوع الجاري``,
  ``الشهر المقبل``, ``العام الماضي``), halves/quarters/seasons of a year;
- durations (``ثلاثة أيام`` → P3D, ``الـ24 ساعة الماضية`` → PT24H), ``قبل`` +
  duration (a date in the past), sets (``كل أسبوع``, ``يومياً``), clock times
  (``الساعة العاشرة صباحاً``), vague references (``في وقت سابق`` → PAST_REF).

The tense of the context (``past``/``future``) steers weekday and month
resolution; see :func:`tense_at`. Week and Hijri conventions: see
:mod:`rasd.analyse.time.resolve`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta

from rasd.analyse.time import resolve as R
from rasd.analyse.time.base import Led, gate_open
from rasd.analyse.time.context import tense_at
from rasd.analyse.time.days import (  # noqa: F401 - the day-giving steps, used through this module too
    agree_weekday_year,
    attach_clock_days,
    attach_paren_weekdays,
    attach_repeated_weekdays,
    merge_clock_with_day,
)
from rasd.analyse.time.grammar import RULES  # importing the grammar registers its rules
from rasd.analyse.time.grammar_vague import _bare_plural  # noqa: F401 - registers the second rule set
from rasd.arabic.normalize import normalize_with_map, source_span
from rasd.arabic.substrings import SubstringSet
from rasd.arabic.wordscan import opening_hint
from rasd.regex_hint import with_first_char_hint


@dataclass
class Mention:
    """A parsed time expression: ``text[start:end]``, its ``kind`` and parsed fields."""

    start: int
    end: int
    kind: str
    f: dict = field(default_factory=dict)
    tense: str | None = None


@dataclass
class Resolved:
    start: int
    end: int
    type: str
    value: str | None
    hijri: str | None = None
    mention: Mention | None = None


class _Lines:
    """The lines of a normalized text, and which of them hold a rule's gate words.

    A time expression never spans two lines, so each rule scans only the lines that hold one of
    its gate words (lookbehinds still see the text before a line: ``finditer(s, pos, endpos)``).
    Scanning every rule over the whole article was most of the layer's time.
    """

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self.spans: list[tuple[int, int]] = []
        pos = 0
        for line in norm.split("\n"):
            self.spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        self._cache: dict[object, list[tuple[int, int]]] = {}
        self._starts = [a for a, _b in self.spans]
        self._words: dict[str, list[int]] = {}  # gate word → the lines it occurs in
        # the gate words the text holds, all found in one scan (an ``in`` test per word was a fifth of the layer)
        self.present = _GATE_SCAN.present(norm)
        self._regex_open: dict[str, bool] = {}  # regex gates recur (the year gate guards 8 rules)
        self._led_at: dict[tuple[str, ...], list[int]] = {}  # a Led gate's words → where they occur

    def _word_lines(self, word: str) -> list[int]:
        """The lines holding ``word`` (found once per article: rules share their gate words)."""
        got = self._words.get(word)
        if got is None:
            got = []
            find = self.norm.find
            p = find(word)
            while p >= 0:
                i = bisect_right(self._starts, p) - 1
                got.append(i)
                p = find(word, self.spans[i][1] + 1)  # on to the next line
            self._words[word] = got
        return got

    def open(self, gate, words: frozenset[str] | None) -> bool:
        """Does the text hold the gate at all (:func:`rasd.analyse.time.base.gate_open`)?
        ``words``: the gate as a set when it is plain (:func:`_plain`), else None."""
        if words is not None:
            return not words.isdisjoint(self.present)
        if isinstance(gate, Led):
            return bool(self.having(gate, None)) if len(self.spans) > 1 else gate_open(gate, self.norm)
        if isinstance(gate, re.Pattern):
            got = self._regex_open.get(gate.pattern)
            if got is None:
                got = self._regex_open[gate.pattern] = gate_open(gate, self.norm)
            return got
        if _mixed(gate):
            return bool(self.having(gate, None)) if len(self.spans) > 1 else gate_open(gate, self.norm)
        return gate_open(gate, self.norm)

    def having(self, gate, words: frozenset[str] | None) -> list[tuple[int, int]]:
        if gate is None or len(self.spans) == 1:
            return self.spans
        mixed = words is None and _mixed(gate)
        # A tuple holding regexes is keyed by its identity (a Pattern's hash reads its compiled code).
        key = id(gate) if mixed or isinstance(gate, Led) else gate if isinstance(gate, tuple) else gate.pattern
        got = self._cache.get(key)
        if got is None:
            if isinstance(gate, Led):
                at = self._led_at.get(gate.words)
                if at is None:
                    at = self._led_at[gate.words] = gate.occurrences(self.norm)
                got = [self.spans[i] for i in gate.line_indices(self.norm, self.spans, self._starts, at)]
            elif words is not None:
                got = [self.spans[i] for i in sorted({i for g in words & self.present for i in self._word_lines(g)})]
            elif mixed:  # words line by line, a regex's matches over the whole text, by the line they start in
                present = self.present
                found = {i for g in gate if isinstance(g, str) and g in present for i in self._word_lines(g)}
                for rx in gate:
                    if not isinstance(rx, str):
                        found.update(bisect_right(self._starts, m.start()) - 1 for m in rx.finditer(self.norm))
                got = [self.spans[i] for i in sorted(found)]
            else:
                got = [(a, b) for a, b in self.spans if gate_open(gate, self.norm[a:b])]
            self._cache[key] = got
        return got


def _plain(gate) -> bool:
    """A gate of words that can stand for the substring test line by line (no empty word, no break)."""
    return isinstance(gate, tuple) and all(isinstance(g, str) and g and "\n" not in g for g in gate)


# id of a tuple gate → (the gate, kept alive so that its id stays its own; _mixed's answer). By id:
# a tuple holding a Pattern hashes the Pattern's whole compiled code.
_MIXED: dict[int, tuple[tuple, bool]] = {}


def _mixed(gate) -> bool:
    """A gate of such words and regexes (:func:`rasd.analyse.time.base.rule`)."""
    if not isinstance(gate, tuple):
        return False
    got = _MIXED.get(id(gate))
    if got is None:
        got = _MIXED[id(gate)] = (gate, all(isinstance(g, re.Pattern) or (g and "\n" not in g) for g in gate))
    return got[1]


_GATE_SETS: list[frozenset[str] | None] = []  # per rule: its plain gate as a set, else None
_GATE_WORDS: tuple[str, ...] = ()  # every word of a plain or mixed gate
_GATE_SCAN = SubstringSet(())  # finds which of them a text holds


def _index_gates() -> None:
    """Fill :data:`_GATE_SETS`, :data:`_GATE_WORDS` and :data:`_GATE_SCAN` for the rules registered so far."""
    global _GATE_WORDS, _GATE_SCAN
    _GATE_SETS[:] = [frozenset(g) if _plain(g) else None for _k, _rx, _h, g in RULES]
    mixed = {g for _k, _rx, _h, gate in RULES if _mixed(gate) for g in gate if isinstance(g, str)}
    _GATE_WORDS = tuple(sorted({w for ws in _GATE_SETS if ws for w in ws} | mixed))
    _GATE_SCAN = SubstringSet(_GATE_WORDS)


_index_gates()  # the grammar modules imported above registered every rule

_HINTED: dict[re.Pattern, re.Pattern] = {}
# Per rule (by its place in RULES): its hinted pattern, filled on first use. A list, not a dict
# keyed by the pattern: a compiled pattern's hash and equality read its whole compiled code.
_HINTED_AT: list[re.Pattern | None] = []


def _hinted(rx: re.Pattern) -> re.Pattern:
    """``rx`` with lookaheads of the characters its matches start with, then of the strings of up
    to four characters (or classes, such as ``\\d``) they open with (the same matches): the rules
    open with word-start lookbehinds, which ``re`` otherwise tries at every position, and then
    try their alternatives one by one (:func:`rasd.arabic.wordscan.opening_hint`)."""
    got = _HINTED.get(rx)
    if got is None:
        got = opening_hint(rx, 4)
        _HINTED[rx] = got = with_first_char_hint(rx) if got is rx else got
    return got


def _hint_rule(prio: int, rx: re.Pattern) -> re.Pattern:
    _HINTED_AT[prio] = got = _hinted(rx)
    return got


def find(text: str) -> list[Mention]:
    """All time expressions in ``text``, left to right, non-overlapping (longest wins)."""
    norm, imap = normalize_with_map(text)
    cands: list[tuple[int, int, int, str, dict]] = []
    if len(_GATE_SETS) != len(RULES):  # a rule registered after import
        _index_gates()
    if len(_HINTED_AT) != len(RULES):
        _HINTED_AT[:] = [None] * len(RULES)
    lines = _Lines(norm)
    hinted = _HINTED_AT
    for prio, (kind, rx, handler, gate) in enumerate(RULES):
        words = _GATE_SETS[prio]
        if not lines.open(gate, words):
            continue
        rx = hinted[prio] or _hint_rule(prio, rx)
        for a, b in lines.having(gate, words):
            for m in rx.finditer(norm, a, b):
                got = handler(m, norm)
                if got is None:
                    continue
                fields_, (s, e) = got
                if e > s:
                    cands.append((s, e, prio, fields_.pop("kind", kind), fields_))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    for s, e, _prio, kind, f in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        ss, se = source_span(imap, s, e)
        if text[ss:se] in ("ألان", "آلان"):
            continue  # the name Alan, not «الآن» (the normalized view cannot tell them apart)
        while se > ss and (text[se - 1].isspace() or (text[se - 1] == ")" and "(" not in text[ss:se])):
            se -= 1
        out.append(Mention(ss, se, kind, f, tense_at(norm, s, e, verb=kind == "weekday")))
    out.sort(key=lambda m: m.start)
    return out


# -- resolution -----------------------------------------------------------------

def _ymd(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _date_value(f: dict, anchor: date | None, tense: str | None) -> tuple[str | None, str | None]:
    """(value, hijri) of a 'date' mention: day/month/year in the Gregorian or Hijri calendar."""
    y, m, d = f.get("y"), f["m"], f.get("d")
    if f.get("mrel_day") is not None:  # "15 من الشهر الجاري"
        if anchor is None:
            return None, None
        y, m = R.add_months(anchor.year, anchor.month, f["mrel_day"])
    elif f.get("mrel") is not None and anchor is not None and y is None and f.get("cal") == "G":  # "أغسطس الماضي"
        k = f["mrel"]
        cur = anchor.year * 12 + anchor.month - 1
        target = anchor.year * 12 + m - 1
        # «3 يوليو الماضي», «11 يوليو المقبل» said in July: a day of the current month already gone by
        # (still to come) is this year's
        this_month_day = target == cur and d is not None and d != anchor.day
        if k < 0 and not (this_month_day and d < anchor.day):
            target -= 12 * ((target - cur) // 12 + 1) if target >= cur else 0
        elif k > 0 and not (this_month_day and d > anchor.day):
            target += 12 * ((cur - target) // 12 + 1) if target <= cur else 0
        y = target // 12
    if f.get("cal") == "?":  # "18 / 10": the calendar that puts it nearest the anchor
        if anchor is None:
            return None, None
        g = dict(f, cal="G")
        h = dict(f, cal="H")
        gv, _ = _date_value(g, anchor, tense)
        hv, hh = _date_value(h, anchor, tense)
        dist = [(abs((date.fromisoformat(v) - anchor).days), v, hj) for v, hj in ((gv, None), (hv, hh))
                if v and len(v) == 10]
        return (min(dist)[1], min(dist)[2]) if dist else (None, None)
    if f.get("cal") == "H":
        if y is None and f.get("mrel") is not None and anchor is not None:
            h = R.date_to_hijri(anchor)
            if h:
                k, cur, target = f["mrel"], h[0] * 12 + h[1] - 1, h[0] * 12 + m - 1
                if k < 0 and target >= cur:
                    target -= 12
                elif k > 0 and target <= cur:
                    target += 12
                y = target // 12
        if y is None:
            if f.get("yrel") is not None and anchor is not None:
                h = R.date_to_hijri(anchor)
                y = h[0] + f["yrel"] if h else None
            elif anchor is not None:
                y = R.hijri_year_for(anchor, m, d, tense)
        if y is None:
            return None, (f"XXXX-{m:02d}-{d:02d}" if d else f"XXXX-{m:02d}")
        if d:
            g = R.hijri_to_date(y, m, d)
            return (g.isoformat() if g else None), _ymd(y, m, d)
        iv = R.hijri_month_interval(y, m)
        return (R.interval(*iv) if iv else None), f"{y:04d}-{m:02d}"
    if y is None:
        if f.get("yrel") is not None and anchor is not None:
            y = anchor.year + f["yrel"]
        elif anchor is not None:
            y = R.year_for_month(anchor, m, d, tense)
    if y is None:
        return (f"XXXX-{m:02d}-{d:02d}" if d else f"XXXX-{m:02d}"), None
    if d:
        try:
            return date(y, m, d).isoformat(), None
        except ValueError:
            return None, None
    return f"{y:04d}-{m:02d}", None


def resolve(mt: Mention, anchor: date | None) -> tuple[str, str | None, str | None]:
    """TIMEX3 (type, value, hijri) of one mention against ``anchor`` (None: relative ones stay None)."""
    f, k, tense = mt.f, mt.kind, mt.tense
    part = f.get("part")
    if k == "date":
        v, h = _date_value(f, anchor, tense)
        if v and part and len(v) == 10:
            return "TIME", f"{v}T{part}", h
        return "DATE", v, h
    if k == "relday":
        if anchor is None:
            return ("TIME" if part else "DATE"), None, None
        day = anchor + timedelta(days=f["offset"])
        wd = f.get("wd")
        if wd and day.isoweekday() != wd:
            # The stated weekday wins: metadata dates are often a day off.
            day = R.weekday_near(day, wd, 0)
        v = day.isoformat()
        return ("TIME", f"{v}T{part}", None) if part else ("DATE", v, None)
    if k == "weekday":
        wd = f["wd"]
        if anchor is None:
            return ("TIME" if part else "DATE"), f"XXXX-WXX-{wd}", None
        direction = f.get("dir")
        if direction is None:
            direction = 1 if tense == "future" else -1
        v = R.weekday_near(anchor, wd, direction).isoformat()
        return ("TIME", f"{v}T{part}", None) if part else ("DATE", v, None)
    if k == "relperiod":
        u, off = f["u"], f["offset"]
        if anchor is None:
            return "DATE", None, None
        if f.get("new"):  # «العام الجديد» said in the autumn is the coming year
            off = 1 if anchor.month >= 10 else 0
        if f.get("sub") in R.SEASONS:
            return "DATE", f"{R.named_season_year(anchor, f['sub'], off):04d}-{f['sub']}", None
        v = R.shift(anchor, off, u)
        if f.get("sub"):
            v = f"{v}-{f['sub']}"
        return "DATE", v, None
    if k == "year":
        if f.get("cal") == "H":
            iv = R.hijri_year_interval(f["y"])
            iv2 = R.hijri_year_interval(f["y2"]) if f.get("y2") else None
            if iv and iv2:
                iv = (iv[0], iv2[1])
            hv = f"{f['y']}" + (f"/{f['y2']}" if f.get("y2") else "")
            return "DATE", (R.interval(*iv) if iv else None), hv
        v = f"{f['y']:04d}"
        if f.get("sub"):
            v = f"{v}-{f['sub']}"
        return "DATE", v, None
    if k == "duration":
        return "DURATION", R.duration_value(f.get("n"), f["u"], f.get("t", False)), None
    if k == "ago":
        if anchor is None:
            return "DATE", None, None
        n = f.get("n") or 1
        u = f["u"]
        if f.get("t"):
            return "DATE", anchor.isoformat(), None
        if u == "Y" and not float(n).is_integer():  # «قبل سنتين ونصف»: 30 months back, a month
            return "DATE", R.shift(anchor, -round(n * 12), "M"), None
        return "DATE", R.shift(anchor, -int(n), u), None
    if k == "set":
        if f.get("wd"):
            return "SET", f"XXXX-WXX-{f['wd']}", None
        return "SET", R.duration_value(f.get("n") or 1, f["u"], f.get("t", False)), None
    if k == "clock":
        if f.get("today") and anchor is not None:
            return "TIME", f"{anchor.isoformat()}T{f['hm']}", None
        return "TIME", f"XXXX-XX-XXT{f['hm']}", None
    if k == "fixed":
        if f["value"] == "TENSE_REF":  # «يوما ما»: some day before or after, as the verb says
            return "DATE", ("FUTURE_REF" if tense == "future" else "PAST_REF"), None
        return f.get("type", "DATE"), f["value"], None
    if k == "anaphor":
        if f["u"] == "ANY":  # «آنذاك»: the layer gives it the last date of the text; alone, it is the past
            return "DATE", "PAST_REF", None
        return anaphor_value(f, anchor)
    if k == "weekend":
        if anchor is None:
            return "DATE", None, None
        fri = R.weekday_near(anchor, 5, 1 if tense == "future" else -1)
        y, w, _ = fri.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}-WE", None
    if k == "daypart":
        if anchor is None:
            return "TIME", None, None
        return "TIME", f"XXXX-XX-XXT{f['part']}", None
    if k == "season":
        if anchor is None:
            return "DATE", None, None
        return "DATE", f"{R.season_year(anchor, f['sub'], tense):04d}-{f['sub']}", None
    return "DATE", None, None


def anaphor_value(f: dict, ref: date | None) -> tuple[str, str | None, str | None]:
    """«الشهر ذاته/التالي», «ذلك اليوم»: the unit of ``ref`` (the last date the text gave, else the anchor)."""
    if ref is None:
        return "DATE", None, None
    v = R.shift(ref, f.get("offset", 0), f["u"])
    if f.get("d") and f["u"] == "M":  # «24 من نفس الشهر»
        try:
            v = date(int(v[:4]), int(v[5:7]), f["d"]).isoformat()
        except ValueError:  # «31 من الشهر نفسه» read against a shorter month: the month only
            pass
    if f.get("part"):
        return "TIME", f"{v}T{f['part']}", None
    return "DATE", v, None


# Kinds whose value depends on the anchor (publication date); the others are absolute or anchor-free.
RELATIVE_KINDS = frozenset({"relday", "weekday", "relperiod", "ago", "season", "daypart", "anaphor", "weekend"})


def anchored(mt: Mention, value: str | None) -> bool:
    """Whether ``value`` was computed from the anchor: relative kinds, and dates without a stated year."""
    if value is None or mt is None:
        return False
    if mt.kind in RELATIVE_KINDS or (mt.kind == "duration" and mt.f.get("kind") == "ago"):
        return True
    return mt.kind == "date" and mt.f.get("y") is None


# TIMEX3 mod of a period by its first word (normalized): "مطلع العام المقبل" is START of 2027.
_PART_MODS = {"مطلع": "START", "مستهل": "START", "بدايه": "START", "بدء": "START", "اوائل": "START", "اول": "START",
              "منتصف": "MID", "اواسط": "MID", "اواخر": "END", "نهايه": "END", "ختام": "END", "اخر": "END"}


# A value coarser than a day: year, month, week, half, quarter, season — or a week given as a date range.
_PERIOD_VALUE = re.compile(r"\d{4}(?:-(?:\d\d|W\d\d|H\d|Q\d|[A-Z]{2}))?|\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")


def mod_of(norm_text: str, value: str | None) -> str | None:
    """``START``/``MID``/``END`` when a period coarser than a day (year, month, week…) is qualified by its part.

    ``norm_text`` is the expression's normalized text; day-precise values
    (``منتصف ليل``, ``أول أمس``) and values that are not dates get None.
    """
    if not value or not _PERIOD_VALUE.fullmatch(value):
        return None
    first = norm_text.split(maxsplit=1)[0] if norm_text.strip() else ""
    return _PART_MODS.get(first)


def extract(text: str, anchor: date | None, sentences: list[tuple[int, int]] | None = None) -> list[Resolved]:
    """Find and resolve every time expression of ``text`` against ``anchor``.

    A clock time takes its day from the nearest day-precise expression in the
    same sentence (``sentences``: (start, end) offsets; the whole text when None).
    """
    out = []
    for mt in find(text):
        typ, val, hij = resolve(mt, anchor)
        out.append(Resolved(mt.start, mt.end, typ, val, hij, mt))
    attach_clock_days(out, sentences or [(0, len(text))])
    attach_paren_weekdays(out, text)
    attach_repeated_weekdays(out)
    return out

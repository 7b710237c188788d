"""Calendar arithmetic for time expressions: resolve a parsed mention to a TIMEX3 value.

Pure: no I/O. The anchor is the publication date (a ``datetime.date``) or
None; with no anchor, relative expressions resolve to None (the span and type
are still reported).

Conventions (documented choices):

- **Weeks.** The Saudi, Gulf and Egyptian working week runs Sunday–Thursday and a
  week written as an interval ``YYYY-MM-DD/YYYY-MM-DD`` runs Sunday to Saturday; a
  week value ``YYYY-Www`` is the ISO week (a Sunday's article counts «الأسبوع
  الماضي/المقبل» from the ISO week the Sunday ends, as the annotated golds do), but
  the current week told on a Sunday is the one that Sunday opens.
- Hijri dates are converted with ``hijridate`` (Umm al-Qura); a Hijri day gives
  a Gregorian date, a Hijri month or year gives the Gregorian interval it covers,
  and the Hijri value (``1447-09-15``, ``1436-09``, ``1436``) is kept alongside.
- A weekday, month or Hijri month written without a year resolves to the
  occurrence nearest the anchor in the direction of the context's tense:
  on or before the anchor for past-tense context (the news default; a bare
  month looks back at most nine months, then takes the nearest), after it for
  future context. ``الماضي/المقبل`` after a month name mean the previous/next
  occurrence of that month, ``الجاري`` the current one.
- Parts of a period with no TIMEX3 code (``مطلع``, ``أواخر``) keep the value of
  the whole period; halves and quarters use ``H1``/``Q3``, seasons ``SU``…
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

Value = tuple[str, str | None, str | None]  # (type, value, hijri)


def week_start(d: date) -> date:
    """The Sunday that starts ``d``'s week (weeks run Sunday–Saturday)."""
    return d - timedelta(days=d.isoweekday() % 7)


def week_value(d: date) -> str:
    """TIMEX3 week ``YYYY-Www`` of ``d``: its ISO week (Monday–Sunday), a Sunday included.

    The Sunday–Saturday week (:func:`week_start`) would put a Sunday with the Monday after it,
    but the annotated golds count a week relative to a Sunday's article in ISO weeks: «الأسبوع
    المقبل» on Sunday 2018-04-22 is 2018-W17, «الأسبوع الماضي» on Sunday 2018-02-18 is 2018-W06,
    «قبل أسبوعين» on Sunday 2018-07-22 is 2018-W27 (four dev sets, no counter-example).
    """
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_year(anchor: date, season: str, tense: str | None) -> int:
    """The year of the season meant: the coming one in a future context, else the latest begun.

    A winter is named by the year its December falls in.
    """
    start = _SEASON_START[season]
    if tense == "future":
        return anchor.year if anchor.month < start or (season == "WI" and anchor.month <= 2) else anchor.year + 1
    if season == "WI":
        return anchor.year if anchor.month == 12 else anchor.year - 1
    return anchor.year if anchor.month >= start else anchor.year - 1


SEASONS = frozenset(_SEASON_START)


def named_season_year(anchor: date, season: str, offset: int) -> int:
    """The year of «هذا الصيف» (0), «الصيف المقبل» (+1), «الصيف الماضي» (-1) said on ``anchor``.

    The next one is the first not yet begun; the last one is the latest that has ended (in August
    «الصيف الماضي» is the year before's, in October this year's); «this» is the anchor year's (for a
    winter, the one under way in December–February, else the coming one). A winter is named by the year its December falls in.
    """
    if offset > 0:
        return season_year(anchor, season, "future")
    begun = season_year(anchor, season, "past")
    if offset == 0:
        return (begun if anchor.month in (12, 1, 2) else anchor.year) if season == "WI" else anchor.year
    start = _SEASON_START[season]
    end_month, end_year = (start + 2 - 1) % 12 + 1, begun + (1 if start + 2 > 12 else 0)
    ended = (anchor.year, anchor.month) > (end_year, end_month)
    return begun if ended else begun - 1


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The date with ISO ``weekday`` nearest ``anchor``.

    direction -1: on or before the anchor; -2: strictly before (``الماضي``);
    +1: on or after; +2: strictly after (``المقبل``); 0: nearest either way.
    """
    back = (anchor.isoweekday() - weekday) % 7
    fwd = (weekday - anchor.isoweekday()) % 7
    if direction == -1:
        return anchor - timedelta(days=back)
    if direction == -2:
        return anchor - timedelta(days=back or 7)
    if direction == 1:
        return anchor + timedelta(days=fwd)
    if direction == 2:
        return anchor + timedelta(days=fwd or 7)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def _valid(y: int, m: int, d: int | None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= calendar.monthrange(y, m)[1])


def year_for_month(anchor: date, m: int, d: int | None, tense: str | None) -> int:
    """Year for a Gregorian month/day written without one, nearest the anchor given the tense."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(y, m, d):
            continue
        probe = date(y, m, d or 15)
        delta = (probe - anchor).days
        if d is None and y == anchor.year and m == anchor.month:
            delta = 0
        cands.append((y, delta))
    if not cands:
        return anchor.year
    if tense == "future":
        pool = [c for c in cands if c[1] >= -15] or cands
        return min(pool, key=lambda c: abs(c[1]))[0]
    # Past-tense context (the news default, also where no tense was read): the last occurrence, a year
    # back at most; but a past one more than half a year back loses to one due within ten weeks
    # («15 حزيران/يونيو» in a May article is the coming one). A plain half-year window, used before,
    # held on articles of February–July and sent «25 يناير» in an October article to the next January.
    past = [c for c in cands if -366 <= c[1] <= 15]
    ahead = [c for c in cands if c[1] > 15]
    if past:
        last = min(past, key=lambda c: abs(c[1]))
        soon = min(ahead, key=lambda c: c[1]) if ahead else None
        if soon is not None and last[1] < -183 and soon[1] <= 75:
            return soon[0]
        return last[0]
    return min(cands, key=lambda c: abs(c[1]))[0]


# -- Hijri --------------------------------------------------------------------

def hijri_to_date(y: int, m: int, d: int) -> date | None:
    try:
        return Hijri(y, m, d).to_gregorian()  # type: ignore[return-value]
    except (ValueError, OverflowError):
        return None


def date_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_month_interval(y: int, m: int) -> tuple[date, date] | None:
    first = hijri_to_date(y, m, 1)
    if first is None:
        return None
    try:
        n = Hijri(y, m, 1).month_length()
    except (ValueError, OverflowError):
        return None
    return first, first + timedelta(days=n - 1)


def hijri_year_interval(y: int) -> tuple[date, date] | None:
    a = hijri_month_interval(y, 1)
    b = hijri_month_interval(y, 12)
    return (a[0], b[1]) if a and b else None


def hijri_year_for(anchor: date, m: int, d: int | None, tense: str | None) -> int | None:
    """Hijri year for a Hijri month/day written without one, nearest the anchor given the tense."""
    h = date_to_hijri(anchor)
    if h is None:
        return None
    cands = []
    for y in (h[0] - 1, h[0], h[0] + 1):
        probe = hijri_to_date(y, m, d or 15)
        if probe is None:
            continue
        delta = (probe - anchor).days
        if d is None and (y, m) == (h[0], h[1]):
            delta = 0
        cands.append((y, delta))
    if not cands:
        return None
    if tense == "future":
        ok = [c for c in cands if c[1] >= -15]
        return min(ok or cands, key=lambda c: abs(c[1]))[0]
    past = [c for c in cands if c[1] <= 15]
    soon = min((c for c in cands if c[1] > 15), key=lambda c: c[1], default=None)
    if past:
        last = min(past, key=lambda c: abs(c[1]))
        # as for Gregorian months: «شهر محرم» in late August is the one due in September
        return soon[0] if soon is not None and last[1] < -183 and soon[1] <= 75 else last[0]
    return min(cands, key=lambda c: abs(c[1]))[0]


def interval(a: date, b: date) -> str:
    return f"{a.isoformat()}/{b.isoformat()}"


# -- durations ----------------------------------------------------------------

def duration_value(n: float | None, unit: str, time_part: bool) -> str:
    """ISO 8601 duration: (3, "D") → P3D, (24, "H", time) → PT24H, (None, "Y") → PXY."""
    if unit == "DE":
        unit, n = "Y", (n * 10 if n is not None else None)
    elif unit == "CE":
        unit, n = "Y", (n * 100 if n is not None else None)
    if n is not None and not float(n).is_integer() and (unit, time_part) in _HALF:
        # «عام ونصف» is P1Y6M: TIMEX3 writes a half in the next smaller unit
        small, k, small_time = _HALF[(unit, time_part)]
        whole = int(n)
        rest = round((n - whole) * k)
        head = f"{whole}{unit}" if whole else ""
        if small_time and not time_part:
            return f"P{head}T{rest}{small}"
        return f"PT{head}{rest}{small}" if time_part else f"P{head}{rest}{small}"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return f"PT{num}{unit}" if time_part else f"P{num}{unit}"


_HALF = {("Y", False): ("M", 12, False), ("M", False): ("D", 30, False), ("D", False): ("H", 24, True),
         ("H", True): ("M", 60, True), ("M", True): ("S", 60, True)}


def shift(anchor: date, n: int, unit: str) -> str:
    """The date ``n`` units before (n<0) or after the anchor, at the unit's granularity."""
    if unit == "D":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "W":
        if n == 0:
            # «هذا الأسبوع», «نهاية الأسبوع الحالي» on a Sunday: the Sunday–Saturday week it opens (the
            # discourse rules move a past «هذا الأسبوع» back to the week just ended)
            return week_value(week_start(anchor) + timedelta(days=1))
        return week_value(anchor + timedelta(days=7 * n))
    if unit == "M":
        y, m = add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + n:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * n) // 10:03d}"
    return anchor.isoformat()

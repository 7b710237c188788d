"""The publication date: from metadata when given, otherwise inferred from the text.

``annotate(article)`` never overrides a ``published`` that came with the input
(metadata). When there is none it calls :func:`infer` on the text and, when
the text supports one date, sets ``published`` (``YYYY-MM-DD``),
``published_inferred = True`` and ``published_confidence`` (0–1); otherwise it
leaves all three as they are (None / False / None).

How the date is inferred (:func:`infer`, pure) — constraints, not guesses:

1. **Today's weekday.** ``اليوم الأربعاء`` says the article's day is a
   Wednesday; ``أمس الثلاثاء`` says the same (yesterday was Tuesday);
   ``غداً الخميس`` too. Conflicting statements are decided by majority.
2. **Exact statements.** ``اليوم`` next to a full date (``اليوم الأربعاء 4
   فبراير 2026``) fixes the date outright, and so does a dateline: a full date
   (with its year) a few words into one of the first lines (``سكاكا 25 شوال
   1436 هـ الموافق 10 أغسطس 2015 م``), unless today's weekday contradicts it.
3. **Dates in the recent past.** A day-and-month mention in a past-tense
   context (``عُقدت مشاورات في الأول من شباط``), in a paragraph that also says
   today/yesterday or this/last week (so it is recent) and not after ``منذ``,
   happened on or before the publication day. Only dates written without a
   year count (news writes the year of older dates), and their year is the
   latest one the article names for what is now or coming (a future or modal
   context, ``قد يلتقيان … في عام 2026``). A weekday next to a yearless date
   (``أمس الأحد (2 أغسطس)``) picks the year in which that day has that
   weekday. The latest such date is a lower bound; future-tense dates are
   upper bounds.
4. The publication day is the first day on or after the lower bound that has
   today's weekday, provided it lies within a week of it (so it is unique) and
   below every upper bound.

Without a weekday *and* a dated past event (or an exact statement) the text
does not fix a date, and nothing is set.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

from rasd.analyse.time import timex
from rasd.record import Article


@lru_cache(maxsize=16)
def mentions_of(text: str) -> tuple[timex.Mention, ...]:
    """Parsed time mentions of ``text`` (cached: the published and dates layers both need them)."""
    return tuple(timex.find(text))


def _explicit_day(mt: timex.Mention, years: Counter) -> tuple[date, bool] | None:
    """The Gregorian day a mention names, with whether its year was written; None if not day-precise."""
    f = mt.f
    if mt.kind != "date" or not f.get("d") or not f.get("m") or f.get("mrel_day") is not None:
        return None
    if f.get("cal") == "H":
        if not f.get("y"):
            return None
        from rasd.analyse.time.resolve import hijri_to_date

        g = hijri_to_date(f["y"], f["m"], f["d"])
        return (g, True) if g else None
    y, explicit = f.get("y"), True
    if y is None:
        if f.get("yrel") or not years:
            return None
        y, explicit = max(years), False
    try:
        return date(y, f["m"], f["d"]), explicit
    except ValueError:
        return None


_DATELINE_PREFIX = re.compile(r"\s*(?:(?!في|يوم|منذ|حتى|قبل|بعد)[^\W\d]+\s+){0,2}")
_SINCE = re.compile(r"(?:منذ|حتى|عام)\s*$")


def _line_of(text: str, pos: int) -> int:
    """Index of the line (paragraph) holding ``pos``."""
    return text.count("\n", 0, pos)


def infer(text: str) -> tuple[date | None, float | None, str]:
    """Infer the publication date of ``text``: (date, confidence, reason); (None, None, reason) when unsupported."""
    ms = list(mentions_of(text))
    years: Counter = Counter()
    for mt in ms:
        if mt.kind in ("year", "date") and mt.f.get("cal", "G") == "G" and mt.f.get("y") and "sub" not in mt.f:
            years[mt.f["y"]] += 1
    # 1-2: weekday of "today", exact statements
    votes: Counter = Counter()
    for i, mt in enumerate(ms):
        if mt.kind != "relday":
            continue
        off = mt.f["offset"]
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.kind == "date" and nxt.start - mt.end <= 12:
            got = _explicit_day(nxt, years)
            if got and got[1]:
                return got[0] - timedelta(days=off), 0.9, "today/yesterday next to a full date"
            wd = mt.f.get("wd")
            f = nxt.f
            if wd and got and not got[1] and f.get("cal") == "G" and f.get("mrel") is None:
                # "أمس الأحد (2 أغسطس)": the year in which that day is that weekday, nearest the named years
                base = max(years)
                for k in sorted(range(-6, 7), key=abs):
                    try:
                        d = date(base + k, f["m"], f["d"])
                    except ValueError:
                        continue
                    if d.isoweekday() == wd:
                        return d - timedelta(days=off), (0.8 if k == 0 else 0.5), "weekday next to a day and month"
        if mt.f.get("wd"):
            votes[(mt.f["wd"] - 1 - off) % 7 + 1] += 1
    # 2b: a dateline, "سكاكا 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م": a full date opening one of the
    # first lines, a few words after its start
    for mt in ms:
        if mt.start > 600:
            break
        line_start = text.rfind("\n", 0, mt.start) + 1
        got = _explicit_day(mt, years)
        if got and got[1] and _DATELINE_PREFIX.fullmatch(text[line_start:mt.start]) \
                and text.count("\n", 0, mt.start) <= 3:
            if not votes or votes.most_common(1)[0][0] == got[0].isoweekday():
                return got[0], 0.85, "dateline"
    # 3: dated events. A yearless date borrows a year the article names as a frame for what is now
    # or coming (future/modal context); years named only for past events are history.
    now_years: Counter = Counter()
    for mt in ms:
        if mt.kind in ("year", "date") and mt.f.get("cal", "G") == "G" and mt.f.get("y") and mt.tense == "future":
            now_years[mt.f["y"]] += 1
    lower: tuple[date, bool] | None = None
    upper: date | None = None
    recent = [_line_of(text, mt.start) for mt in ms if mt.kind == "relday" or
              (mt.kind == "relperiod" and mt.f.get("u") == "W" and mt.f.get("offset") in (0, -1))]
    for mt in ms:
        got = _explicit_day(mt, now_years)
        if got is None:
            continue
        if mt.tense != "future" and (_line_of(text, mt.start) not in recent
                                     or _SINCE.search(text, max(0, mt.start - 8), mt.start)):
            continue  # a past date counts only beside "today/yesterday/this week", and not after "since"
        d, explicit = got
        if explicit and mt.tense != "future":
            continue  # a recent date is written without its year; a dated one may be history
        if mt.tense == "future":
            upper = d if upper is None else min(upper, d)
        elif lower is None or d > lower[0]:
            lower = (d, explicit)
    if not votes:
        return None, None, "no weekday of today in the text"
    if lower is None:
        return None, None, "weekday known but no dated past event"
    wd, n = votes.most_common(1)[0]
    agree = n / sum(votes.values())
    d0, explicit = lower
    pub = d0 + timedelta(days=(wd - d0.isoweekday()) % 7)
    if upper is not None and pub > upper:
        return None, None, "past and future dates disagree"
    conf = 0.7 * agree
    if len(years) > 1:
        conf *= 0.7
    return pub, round(conf, 2), "weekday of today after the latest dated past event"


def annotate(article: Article) -> None:
    """Set ``article.published`` from the text when metadata gave none (see module docstring)."""
    if article.published:
        return
    pub, conf, _why = infer(article.text)
    if pub is not None:
        article.published = pub.isoformat()
        article.published_inferred = True
        article.published_confidence = conf

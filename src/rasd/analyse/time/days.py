"""Give clock times, parts of days and weekdays the day that the text around them names (pure, in place).

The steps that run after each expression was resolved on its own (:func:`rasd.analyse.time.timex.resolve`):
a clock time or a part of a day takes the day of the nearest day-precise expression of its sentence
(:func:`attach_clock_days`), a clock right before its day becomes one expression with it
(:func:`merge_clock_with_day`), a weekday next to a date names that date (:func:`attach_paren_weekdays`),
and a weekday named again is the same day (:func:`attach_repeated_weekdays`). They read and change
:class:`rasd.analyse.time.timex.Resolved` records.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from rasd.analyse.time import resolve as R

if TYPE_CHECKING:
    from rasd.analyse.time.timex import Resolved


def _day_of(r: Resolved) -> str | None:
    v = r.value or ""
    if r.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d(T\w+)?", v):
        return v[:10]
    return None


def attach_clock_days(out: list[Resolved], sentences: list[tuple[int, int]]) -> None:
    """Give each clock time or part of a day the day of the nearest day-precise expression in its sentence (in place)."""
    for r in out:
        if r.mention is None or r.mention.kind not in ("clock", "daypart"):
            continue
        if not r.value or not r.value.startswith("XXXX"):
            continue
        sent = next(((a, b) for a, b in sentences if a <= r.start < b), None)
        if sent is None:
            continue
        near = [(abs(o.start - r.start), o) for o in out
                if o is not r and sent[0] <= o.start < sent[1] and _day_of(o)]
        if near:
            o = min(near, key=lambda t: t[0])[1]
            if r.mention.kind == "daypart":
                r.value = f"{_day_of(o)}T{r.mention.f['part']}"
                continue
            hm = r.mention.f["hm"]
            # "الثامنة مساء يوم الخميس": the evening/afternoon of the day makes 08:00 20:00
            if (o.value or "").endswith(("TEV", "TNI", "TAF")) and int(hm[:2]) < 12 and o.start >= r.end:
                hm = f"{int(hm[:2]) + 12:02d}{hm[2:]}"
            r.value = f"{_day_of(o)}T{hm}"


_CLOCK_DAY_GAP = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:يوم\s+|صباح\s+|مساء\s+)?")


def merge_clock_with_day(out: list[Resolved], text: str) -> list[Resolved]:
    """«الخامسة صباحا يوم 11 أبريل»: a clock time right before its day is one TIME expression.

    The clock already took that day (``attach_clock_days``); the two spans become one, with the
    clock's value, so that the expression is reported once and whole.
    """
    merged: list[Resolved] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        if (b is not None and a.mention is not None and a.mention.kind == "clock" and _day_of(b)
                and a.value and not a.value.startswith("XXXX") and a.value[:10] == _day_of(b)
                and _CLOCK_DAY_GAP.fullmatch(text[a.end:b.start])):
            merged.append(replace(a, end=b.end, type="TIME", hijri=b.hijri))
            i += 2
            continue
        merged.append(a)
        i += 1
    return merged


def attach_paren_weekdays(out: list[Resolved], text: str) -> None:
    """A weekday (or «اليوم») right next to a day-precise expression names that day (in place).

    ``أمس (الجمعة)``, ``يوم الخميس الموافق 28 / 10 / 1436 هـ``, ``يوم الأحد في 24 حزيران/يونيو 2018``: the weekday
    takes the other's date when the two agree on the day of the week.
    """
    for a, b in zip(out, out[1:], strict=False):
        if not (a.mention and b.mention):
            continue
        gap = text[a.end:b.start]
        if not re.fullmatch(r"\s*[(،,]?\s*(?:(?:الموافق|في)\s*)?(?:ل)?", gap):
            continue
        if (a.mention.kind == "relday" and b.mention.kind == "date" and _day_of(b) and "(" in gap
                and not a.mention.f.get("wd")):
            # «اليوم (1 إبريل)»: the date in brackets says which day "today" was
            part = a.mention.f.get("part")
            a.value = f"{_day_of(b)}T{part}" if part else _day_of(b)
            continue
        for wd_r, day_r in ((b, a), (a, b)):
            if wd_r.mention.kind != "weekday" or day_r.mention.kind == "weekday":
                continue
            day = _day_of(day_r)
            wd = wd_r.mention.f["wd"]
            if day and day_r is a and day_r.mention.kind == "relday" and "(" in gap and not day_r.mention.f.get("wd") \
                    and date.fromisoformat(day).isoweekday() != wd:
                # «اليوم (الأربعاء)» in a Thursday article: the speaker's day, stated, wins
                day = R.weekday_near(date.fromisoformat(day), wd, 0).isoformat()
                day_r.mention.f["wd"] = wd
                part = day_r.mention.f.get("part")
                day_r.value = f"{day}T{part}" if part else day
            if day and date.fromisoformat(day).isoweekday() == wd:
                part = wd_r.mention.f.get("part")
                wd_r.value = f"{day}T{part}" if part else day


def attach_repeated_weekdays(out: list[Resolved]) -> None:
    """A bare weekday repeats the day of the same weekday named before it (``الخميس الماضي`` … ``مساء الخميس``),
    unless a future verb governs it (``السبت الماضي`` … ``وسيبدأ السبت التحقيق``: the coming one), or the first
    was told in a future clause and this one in a past clause (``يتوقع وصولها بحلول الثلاثاء`` … ``أعادت الثلاثاء
    فتح المعبر``: the one gone by)."""
    seen: dict[int, str] = {}
    ahead: set[int] = set()  # weekdays first named in a future clause («يتوقع وصول سفينة بحلول الثلاثاء»)
    for r in out:
        mt = r.mention
        if mt is None or mt.kind != "weekday":
            continue
        day = _day_of(r)
        wd = mt.f["wd"]
        if (mt.f.get("dir") is None and wd in seen and day and day != seen[wd] and not (mt.f.get("fut_verb") and day > seen[wd])
                and not (wd in ahead and mt.tense == "past" and day < seen[wd])):  # «… ولقد أعادت الثلاثاء فتح المعبر»
            part = mt.f.get("part")
            r.value = f"{seen[wd]}T{part}" if part else seen[wd]
        elif day and wd not in seen:
            seen[wd] = day
            if mt.tense == "future" and mt.f.get("dir") is None:
                ahead.add(wd)


def agree_weekday_year(out: list[Resolved], anchor: date | None) -> None:
    """«السبت 16 حزيران/يونيو», «الخميس 26 تموز/يوليو» written without a year: the year is one in which that day
    falls on the weekday the text gives it (in place). A year from tense or from a story told around it that
    puts the day on another weekday gives way to the last year the text wrote before it, if that one agrees
    («وفي 2007 … الجمعة 21 ديسمبر»), else to the nearest year around the publication date that agrees (a
    schedule of this year's matches under a story of 2014). A value within a month of the publication date
    stays: there a wrong weekday is more likely a slip of the text than a day of another year."""
    if anchor is None:
        return
    written: int | None = None  # the last year the text wrote
    for r in out:
        mt = r.mention
        if mt is None:
            continue
        if mt.kind in ("date", "year") and isinstance(mt.f.get("y"), int) and mt.f.get("cal") == "G":
            written = mt.f["y"]
            continue
        if mt.kind != "date" or mt.f.get("wdn") is None or mt.f.get("y") is not None \
                or mt.f.get("cal") != "G" or not r.value or not re.match(r"\d{4}-\d\d-\d\d", r.value):
            continue
        wd, m, d, now = mt.f["wdn"], int(r.value[5:7]), int(r.value[8:10]), date.fromisoformat(r.value[:10])
        if now.isoweekday() == wd or abs((now - anchor).days) <= 31:
            continue
        agree = []
        for y in ([written] if written else []) + [anchor.year - 1, anchor.year, anchor.year + 1]:
            try:
                day = date(y, m, d)
            except ValueError:
                continue
            if day.isoweekday() == wd:
                agree.append(day)
                if y == written:
                    break
        if agree:
            best = agree[0] if agree[0].year == written else min(agree, key=lambda x: abs((x - anchor).days))
            r.value = best.isoformat() + r.value[10:]
            if best.year != written:
                mt.f.pop("story_year", None)  # the year now comes from the publication date
            else:
                mt.f["story_year"] = True

"""Discourse passes over the resolved expressions of one article (pure: no I/O).

These passes run after each expression was resolved on its own against the publication date, and
correct what only the neighbouring expressions can tell:

- :func:`merge_earlier_with_day`: «في وقت سابق (لاحق) الخميس» is one expression, the day (not a vague
  past plus a separate day); «earlier this week» said on a Sunday is the week just ended;
- :func:`merge_night_pairs`: «ليل الأربعاء الخميس» is one night (the Wednesday's), not a night and a
  separate Thursday;
- :func:`since_as_ago`: «أخبره، منذ يومين، أن…», «منذ عدة أيام، أعرب…»: «منذ» + a count set off
  as its own adverbial is "ago" (a DATE), not "for" (a duration: «تتوعد منذ يومين»);
- :func:`coordinated_weekdays`: «يومي الاثنين والثلاثاء»: the second weekday is the day after the first;
- :func:`ordered_dates`: «في السادس من أغسطس والثانية في الرابع من نوفمبر»: the second yearless date
  of a coordination is not before the first;
- :func:`speaker_day`: «"وصل اليوم (الأربعاء) … عقد طوال ليل أمس"» in an article of Thursday: once
  a deictic is pinned to a stated weekday that is not the publication day, the speaker's "today"
  is that day, and the other deictics of the paragraph count from it;
- :func:`quoted_today`: «أفاد الثلاثاء أحد المقربين … قال: "اليوم …"» in a Wednesday's article: the
  quoted «اليوم» is the Tuesday the text gave for what was said;
- :func:`event_anaphora`: «في اليوم الذي عثر فيه على بورودين» is the day the text gave that event
  («عثر على بورودين الخميس»): the verb of the relative clause is looked for in the other sentences,
  and the time expression next to it is the anaphor's;
- :func:`sunday_this_week`: «هذا الأسبوع» in a past clause of a Sunday's article is the week just ended;
- :func:`widen_day_words`: «أمس الأحد 24 يونيو», «فجر السبت 14 نيسان»: the deictic or part of the day
  before a weekday and date is part of it (a part makes it a TIME);
- :func:`inherit_story_year`: a day and month written without a year, in a passage that tells of
  an earlier year («تزوج ... عام 1981 ... أقيم في 29 من يوليو/تموز»; «11 سبتمبر/أيلول 2001 ...
  حادث 11 سبتمبر»), is in that year, not in the year nearest the publication date;
- :func:`range_first_days`: «بين 23 و25 أبريل/نيسان الجاري»: the first day of a range is in the year and
  month the second day was read in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.analyse.time import resolve as R
from rasd.analyse.time.base import PARTCODE
from rasd.analyse.time.context import past_report_before
from rasd.analyse.time.timex import Resolved
from rasd.arabic.normalize import normalize

_EARLIER = re.compile(r"(?:(?:[وف]?في)\s+)?(وقت\s+(?:سابق|لاحق))$")
_EARLIER_GAP = re.compile(r"\s*(?:من\s+)?")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")


def _previous_week(value: str) -> str:
    """The ISO week before ``value`` (``2018-W22`` → ``2018-W21``)."""
    m = _WEEK.fullmatch(value)
    if not m:
        return value
    monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    return R.week_value(monday - timedelta(days=7))


def merge_earlier_with_day(out: list[Resolved], text: str, anchor: date | None) -> list[Resolved]:
    """«في وقت سابق الخميس»: one DATE, the day's value; the span starts at «وقت» (a leading «في» is a
    preposition). In «في وقت سابق من هذا الأسبوع» the week is the expression (as the seed's gold has it), but
    «earlier this week» said on a Sunday, the first day of a Sunday–Saturday week, is the week that
    has just ended: nothing of the new week is "earlier" yet, and the outlets' sources count weeks
    from Monday. A bare «في وقت سابق/لاحق» is dropped: it orders the told events among themselves and
    names no time (the convention of the shared dev gold, which leaves both out).
    """
    merged: list[Resolved] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        m = _EARLIER.search(normalize(text[a.start:a.end])) if a.value in ("PAST_REF", "FUTURE_REF") else None
        if m is None:
            merged.append(a)
            i += 1
            continue
        if b is None or b.mention is None or not b.value or not _EARLIER_GAP.fullmatch(text[a.end:b.start]):
            i += 1  # bare «في وقت سابق»: no time of its own
            continue
        if b.mention.kind == "relperiod" and _WEEK.fullmatch(b.value):
            # the week stays its own expression («في وقت سابق من الأسبوع الجاري»), with the right week
            if anchor is not None and anchor.isoweekday() == 7 and b.mention.f.get("offset") == 0 and "سابق" in m.group(1):
                b.value = _previous_week(b.value)
            i += 1
            continue
        if b.mention.kind in ("weekday", "relday"):
            start = a.start + text[a.start:a.end].find("وقت")
            merged.append(Resolved(start, b.end, b.type, b.value, b.hijri, b.mention))
            i += 2
            continue
        i += 1  # «في وقت سابق من هذا العام»: the year that follows is the expression
    return merged


_NIGHT_GAP = re.compile(r"\s*(?:[-/–]|إلى|الى|على)?\s*")


def merge_night_pairs(out: list[Resolved], text: str) -> list[Resolved]:
    """«ليل الأربعاء الخميس», «ليلة الأحد/الاثنين»: the night from one weekday into the next is one TIME,
    the first day's night (``…TNI``)."""
    merged: list[Resolved] = []
    i = 0
    while i < len(out):
        a = out[i]
        b = out[i + 1] if i + 1 < len(out) else None
        if (b is not None and a.mention is not None and b.mention is not None and a.mention.kind == "weekday"
                and b.mention.kind == "weekday" and a.mention.f.get("part") == "NI" and not b.mention.f.get("part")
                and b.mention.f["wd"] == a.mention.f["wd"] % 7 + 1 and _NIGHT_GAP.fullmatch(text[a.end:b.start])):
            merged.append(Resolved(a.start, b.end, a.type, a.value, a.hijri, a.mention))
            i += 2
            continue
        merged.append(a)
        i += 1
    return merged


_COORD_GAP = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(?:و|او|ثم)[^\S\n]*(?:يوم[^\S\n]*)?")  # within a line: a heading ends


def coordinated_weekdays(out: list[Resolved], text: str) -> None:
    """«يومي الاثنين والثلاثاء»: a weekday joined to the one before it by «و/أو/ثم» is the next such day
    after it (the two days run on), not a day resolved on its own in the other direction (in place)."""
    for a, b in zip(out, out[1:], strict=False):
        ma, mb = a.mention, b.mention
        if ma is None or mb is None or ma.kind != "weekday" or mb.kind != "weekday" or mb.f.get("dir") is not None:
            continue
        if not a.value or not re.match(r"\d{4}-\d\d-\d\d", a.value) or not _COORD_GAP.fullmatch(normalize(text[a.end:b.start])):
            continue
        delta = (mb.f["wd"] - ma.f["wd"]) % 7
        if delta == 0:
            continue
        day = (date.fromisoformat(a.value[:10]) + timedelta(days=delta)).isoformat()
        part = mb.f.get("part")
        b.value = f"{day}T{part}" if part else day


def _yearless(r: Resolved) -> bool:
    mt = r.mention
    return (mt is not None and mt.kind == "date" and mt.f.get("cal") == "G" and mt.f.get("y") is None
            and mt.f.get("mrel") is None and mt.f.get("yrel") is None and mt.f.get("mrel_day") is None
            and bool(r.value) and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", r.value or "") is not None)


def ordered_dates(out: list[Resolved], text: str, sentences: list[tuple[int, int]]) -> None:
    """«الأولى في السادس من أغسطس والثانية في الرابع من نوفمبر»: a yearless date joined by «و» to one
    before it in the sentence comes after it; one resolved to a date before it (the past default)
    is moved a year on (in place)."""
    for a, b in zip(out, out[1:], strict=False):
        if not (_yearless(a) and _yearless(b)) or b.value >= a.value[:len(b.value)]:
            continue
        if not any(x <= a.start and b.end <= y for x, y in sentences):
            continue
        gap = normalize(text[a.end:b.start])
        if not re.search(r"(?<!\w)و", gap) or len(gap.split()) > 6:
            continue
        b.value = f"{int(b.value[:4]) + 1:04d}{b.value[4:]}"


def speaker_day(out: list[Resolved], anchor: date | None, paragraphs: list[tuple[int, int]]) -> None:
    """Resolve «اليوم/أمس/غدا» against the day a stated weekday gave «اليوم» in the same paragraph (in place)."""
    if anchor is None:
        return
    ref: tuple[int, date] | None = None  # (paragraph, the speaker's today)
    for r in out:
        mt = r.mention
        if mt is None or mt.kind != "relday" or not r.value or not re.match(r"\d{4}-\d\d-\d\d", r.value):
            continue
        here = _paragraph_of(r.start, paragraphs)
        day = date.fromisoformat(r.value[:10])
        if mt.f.get("wd"):
            today = day - timedelta(days=mt.f["offset"])
            ref = (here, today) if today != anchor else None
        elif ref is not None and ref[0] == here:
            v = (ref[1] + timedelta(days=mt.f["offset"])).isoformat()
            r.value = f"{v}{r.value[10:]}"
            mt.f["story_year"] = True  # resolved against a day of the text: the record's anchor says "text"


_OPENERS = {'"': None, "«": "»", "“": "”"}


def _inside_quote(before: str) -> bool:
    """Whether a quotation is open at the end of ``before`` (the paragraph up to the expression)."""
    if before.count('"') % 2:
        return True
    return any(before.rfind(o) > before.rfind(c) for o, c in _OPENERS.items() if c)


def quoted_today(out: list[Resolved], text: str, anchor: date | None, paragraphs: list[tuple[int, int]]) -> None:
    """«أفاد الثلاثاء أحد المقربين … قال: "اليوم حوالى 11،00 … غادرت"» in a Wednesday's article: the
    speaker's «اليوم» (أمس، غدا) inside a quotation counts from the day the text last gave a report
    (a past reporting verb before the weekday), when that day is in the six days before the
    publication day and no other date was given since (in place). Without such a weekday the quotation is taken as said on the day of
    publication."""
    if anchor is None:
        return
    said: date | None = None
    for r in out:
        mt = r.mention
        if mt is None or not r.value or not re.match(r"\d{4}-\d\d-\d\d", r.value) or r.type not in ("DATE", "TIME"):
            continue
        day = date.fromisoformat(r.value[:10])
        if mt.kind == "weekday":
            window = normalize(text[max(0, r.start - 80):r.start])
            if past_report_before(window, 0, len(window)):  # «أفاد الثلاثاء أحد المقربين»: the day of a report
                said = day if 1 <= (anchor - day).days <= 6 else None
            continue
        if mt.kind == "relday" and not mt.f.get("wd") and said is not None and day == anchor + timedelta(days=mt.f["offset"]):
            para = next(((a, b) for a, b in paragraphs if a <= r.start <= b), None)
            if para is not None and _inside_quote(text[para[0]:r.start]):
                r.value = f"{(said + timedelta(days=mt.f['offset'])).isoformat()}{r.value[10:]}"
                mt.f["story_year"] = True  # resolved against a day of the text: the record's anchor says "text"
                continue
        if day != said:
            said = None  # another day was given: the weekday no longer dates what is said


_REL_CLAUSE = re.compile(r"\s+(?:الذي|التي|الذى)\s+(?:(?:تم|جرى|جرت)\s+(?:فيه|فيها)\s+)?(\w{3,})")
_UNIT_LEN = {"D": 10, "M": 7, "Y": 4}


def _stem(word: str) -> str:
    w = normalize(word)
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def event_anaphora(out: list[Resolved], text: str, sentences: list[tuple[int, int]]) -> None:
    """«اليوم/الشهر/العام الذي + verb»: the time the text gives the same verb elsewhere (in place).

    The nearest other sentence holding the verb (before the anaphor first, then after) lends the
    time expression closest to the verb, if it is precise enough for the anaphor's unit. The
    mention is marked so that the last-date rule leaves it alone.
    """
    for r in out:
        mt = r.mention
        if mt is None or mt.kind != "anaphor" or mt.f.get("u") not in _UNIT_LEN:
            continue
        m = _REL_CLAUSE.match(text, r.end)
        if m is None:
            continue
        verb = _stem(m.group(1))
        need = _UNIT_LEN[mt.f["u"]]
        here = next((i for i, (a, b) in enumerate(sentences) if a <= r.start < b), None)
        if here is None:
            continue
        order = list(range(here - 1, -1, -1)) + list(range(here + 1, len(sentences)))
        for i in order:
            a, b = sentences[i]
            hits = [a + w.start() for w in re.finditer(r"\S+", text[a:b]) if _stem(w.group()) == verb]
            if not hits:
                continue
            near = [(abs(o.start - hits[0]), o) for o in out if o is not r and a <= o.start < b and o.value
                    and o.type in ("DATE", "TIME") and re.match(r"\d{4}", o.value) and len(o.value) >= need
                    and (o.mention is None or o.mention.kind != "anaphor")]
            if near:
                o = min(near, key=lambda t: t[0])[1]
                r.type, r.value = "DATE", o.value[:need]
                mt.f["event"] = True
            break


_SINCE_OPENS = re.compile(r"(?:^|[،,.:\n]\s*)[وف]?منذ\s+$")
_COMMA_AFTER = re.compile(r"\s*[،,](?!\s*[وف][يتن]\w{2,})")  # not «، وتفتحه»: a coordinated clause (not «، وفقا»)


def since_as_ago(out: list[Resolved], text: str, anchor: date | None) -> None:
    """«منذ» + a duration that opens its clause and is closed by a comma reads "N ago" (in place).

    In news prose «منذ يومين» inside a clause is "for two days" («تتوعد منذ يومين»), and «لأول مرة منذ
    سنوات» a span; fronted or parenthetical («، منذ يومين، أن…», «منذ عدة أيام، أعرب…») it dates
    the event it introduces: the count back from the publication date, or PAST_REF with no count.
    A comma followed by «و/ف» and an imperfect verb opens a coordinated clause («…لسكان القطاع، منذ عدة سنوات، وتفتحه
    استثنائيا»): there the «منذ» phrase closes the clause before it and stays "for N".
    """
    for r in out:
        mt = r.mention
        if r.type != "DURATION" or mt is None or not r.value:
            continue
        if not (_SINCE_OPENS.search(text[max(0, r.start - 12):r.start]) and _COMMA_AFTER.match(text, r.end)):
            continue
        if mt.kind == "duration" and mt.f.get("n") and float(mt.f["n"]).is_integer() and not mt.f.get("t"):
            if anchor is not None:
                r.type, r.value = "DATE", R.shift(anchor, -int(mt.f["n"]), mt.f["u"])
                mt.f["kind"] = "ago"  # counted from the publication date: the record's anchor says so
        elif "X" in r.value:
            r.type, r.value = "DATE", "PAST_REF"


_YEAR_OF = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?")
_SINCE_BEFORE = re.compile(r"(?:منذ|حتى|حتي|بحلول)\s*$")


def _paragraph_of(offset: int, paragraphs: list[tuple[int, int]]) -> int:
    return next((i for i, (a, b) in enumerate(paragraphs) if a <= offset <= b), -1)


def inherit_story_year(out: list[Resolved], text: str, anchor: date | None,
                       paragraphs: list[tuple[int, int]]) -> None:
    """Give a yearless Gregorian day-month the year of the story told around it (in place).

    The last date written with its year (not «منذ 2011», a starting point) sets the story's year
    when it is at least two years before the publication date. A later day and month with no year
    and no «الماضي/المقبل/الجاري» takes that year when the dated mention is in the same or the
    previous paragraph, or names the same day and month (a date repeated as a name: «11 سبتمبر»).
    A date resolved against the publication date in between ends the story.
    """
    if anchor is None:
        return
    paragraphs = [p for p in paragraphs if text[p[0]:p[1]].strip()]  # blank separator lines do not count
    story: tuple[int, str, int] | None = None  # (year, value, paragraph)
    for r in out:
        mt = r.mention
        if mt is None or r.type not in ("DATE", "TIME") or not r.value:
            continue
        m = _YEAR_OF.match(r.value)
        if mt.kind in ("date", "year") and (mt.f.get("y") is not None) and m:
            if not _SINCE_BEFORE.search(text[max(0, r.start - 8):r.start]):
                story = (int(m[1]), r.value, _paragraph_of(r.start, paragraphs))
            continue
        if mt.kind == "date" and mt.f.get("cal") == "G" and mt.f.get("y") is None and mt.f.get("d") \
                and mt.f.get("mrel") is None and mt.f.get("mrel_day") is None and mt.f.get("yrel") is None \
                and story is not None and anchor.year - story[0] >= 2 and m and mt.tense != "future":
            # (a plan, «على أن يقام حفل في 1 آب/أغسطس», is not part of a story of years ago)
            here = _paragraph_of(r.start, paragraphs)
            same_day = story[1][4:10] == r.value[4:10]
            if same_day or 0 <= here - story[2] <= 1:
                try:
                    date(story[0], int(r.value[5:7]), int(r.value[8:10]))
                except ValueError:
                    continue
                r.value = f"{story[0]:04d}{r.value[4:]}"
                mt.f["story_year"] = True  # the record's anchor says "text"
                continue
        if mt.kind in ("relday", "weekday", "relperiod", "ago") or (mt.kind == "date" and mt.f.get("y") is None):
            story = None


_DAY_WORDS_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<part>صباح|مساء|فجر|ليل|ليلة|ظهر|عصر|بعد ظهر)\s+)?(?:(?P<rel>[أا]مس|يوم [أا]مس|اليوم)\s+)?(?:يوم\s+)?$")


def widen_day_words(out: list[Resolved], text: str) -> None:
    """«أمس الأحد 24 يونيو», «فجر السبت 14 نيسان/أبريل»: a deictic or a part of the day written before a
    weekday and date belongs to the expression; the part makes it a TIME of that day (in place)."""
    prev_end = 0
    for r in out:
        mt = r.mention
        if (mt is not None and mt.kind == "date" and mt.f.get("with_wd") and r.type == "DATE" and r.value
                and re.fullmatch(r"\d{4}-\d\d-\d\d", r.value)):
            m = _DAY_WORDS_BEFORE.search(text, max(prev_end, r.start - 24), r.start)
            if m and m.start() < r.start:
                r.start = m.start()
                part = PARTCODE.get(normalize(m["part"])) if m["part"] else None
                if part:
                    r.type, r.value = "TIME", f"{r.value}T{part}"
        prev_end = r.end


def sunday_this_week(out: list[Resolved], anchor: date | None) -> None:
    """«ترأس هذا الأسبوع الوفد» in an article of a Sunday: the Sunday–Saturday week has just begun, so
    "this week" told in a clause with no future marker is the week just ended (as «في وقت سابق من
    هذا الأسبوع» is, see :func:`merge_earlier_with_day`); with one («سيزور هذا الأسبوع») it is the new week.
    In place."""
    if anchor is None or anchor.weekday() != 6:
        return
    for r in out:
        mt = r.mention
        if (mt is not None and mt.kind == "relperiod" and mt.f.get("u") == "W" and mt.f.get("this")
                and mt.tense != "future" and r.value == R.shift(anchor, 0, "W")):
            r.value = _previous_week(r.value)


# the outlets' disclaimer at the head of a signed opinion piece («والآراء الواردة أدناه تعبر عن رأي الكاتبة»)
_OPINION = re.compile(r"(?:الاراء|الرأي|الراي)\s+(?:الوارده|المذكوره)\W+(?:\w+\W+){0,3}?(?:تعبر|تعكس)")


def is_opinion(head: str) -> bool:
    """Whether ``head`` (an article's first lines, or a line the repair removed) is the disclaimer of a signed
    opinion piece."""
    return bool(_OPINION.search(normalize(head[:400])))


def opinion_today(out: list[Resolved], text: str, heads: list[str]) -> None:
    """In a signed opinion piece (:func:`is_opinion` of one of ``heads``: the text, the lines the repair
    removed), a bare «اليوم» is "nowadays" — PRESENT_REF — not the day of publication: «الأردنيون اليوم يرسمون
    مشهداً جديداً», «اليوم يواجه الأفغانيون…». An «اليوم» with a weekday or a date is a day as anywhere (in place)."""
    bare = [r for r in out if r.mention is not None and r.mention.kind == "relday" and r.mention.f.get("offset") == 0
            and not r.mention.f.get("wd") and not r.mention.f.get("part") and normalize(text[r.start:r.end]) == "اليوم"]
    if bare and any(is_opinion(h) for h in heads):
        for r in bare:
            r.type, r.value = "DATE", "PRESENT_REF"


def range_first_days(out: list[Resolved]) -> None:
    """Give the first day of a range of days («بين 23 و25 أبريل/نيسان الجاري», «من 3 إلى 5 يونيو المقبل») the
    year and month of the second day, which carries the month, its modifier and any year: read alone, the bare
    first day took a background year of the text or the month's own direction (in place). Runs after every
    pass that can move the second day (a story year, a stated weekday)."""
    for r, nxt in zip(out, out[1:], strict=False):
        mt = r.mention
        if mt is None or not mt.f.get("range_first") or not r.value or not nxt.value:
            continue
        if nxt.type not in ("DATE", "TIME") or not re.match(r"\d{4}-\d\d-\d\d", nxt.value):
            continue
        if int(nxt.value[5:7]) != mt.f["m"]:
            continue
        try:
            r.value = date(int(nxt.value[:4]), mt.f["m"], mt.f["d"]).isoformat()
        except ValueError:
            continue

"""The dates layer: every time expression of the article, resolved against its publication date.

``annotate(article)`` fills ``article.dates`` with :class:`rasd.record.TimeExpr`
records (``start``/``end`` into ``article.text``, ``type`` DATE | TIME |
DURATION | SET, ``value`` in TIMEX3 form, ``hijri`` for Hijri dates). It reads
``article.published`` (metadata, or inferred by :mod:`rasd.analyse.time.published`,
which the pipeline runs first) as the anchor; without one, relative
expressions keep their span and type and a None value.

The grammar and the calendar conventions (a Sunday opens the current week, past and next weeks
are ISO weeks; Hijri via
hijridate; past-tense context picks the previous weekday) are in
:mod:`rasd.analyse.time.timex`, :mod:`rasd.analyse.time.grammar` and
:mod:`rasd.analyse.time.resolve`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.analyse.time import discourse, timex
from rasd.analyse.time.context import future_verb_in, tense_at
from rasd.analyse.time.published import mentions_of
from rasd.arabic.normalize import normalize
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, TimeExpr


def anchor_of(article: Article) -> date | None:
    """The publication day as a date (first 10 chars of ``published``), or None."""
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines/paragraphs of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_TEXT_DATE = re.compile(r"\d{3,4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d")  # a decade («سبعينيات القرن الماضي», 197), a week too
_TIME_OF_DAY = re.compile(r"\d{4}-\d\d-\d\dT\w+(?::\d\d)?")
_PRECISION = {"Y": 4, "M": 7, "W": 10, "D": 10}


def _ref_date(value: str) -> date:
    """A date inside a DATE value (``2017-06`` → 2017-06-01, ``2015`` → 2015-01-01, ``2018-W19`` → its Monday)."""
    if "-W" in value:
        return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    parts = [int(x) for x in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def resolve_discourse(out: list[timex.Resolved], anchor: date | None) -> list[str | None]:
    """Resolve anaphors against the last date the text gave; say for each value what it was resolved against.

    «وفي الشهر ذاته» after «حزيران/يونيو الفائت» is that June, not the publication month. The last
    date must be precise enough for the anaphor's unit (a day for «ذلك اليوم»); without one, the
    publication date is the reference. Returns the ``anchor`` of each item: "text", "published" or None.
    """
    anchors: list[str | None] = []
    last: str | None = None  # the last explicit DATE value seen, left to right
    last_cal: str | None = None  # the same, weeks left out (a day anaphor cannot count from a week)
    last_day: str | None = None  # the last day-precise value (a clock without a day of its own takes it)
    last_ahead: str | None = None  # the last date not before the publication month («حتى ذلك الحين»)
    days_gone: list[str] = []  # the day-precise DATE values given so far that are not after the publication day
    for r in out:
        mt = r.mention
        src = "published" if mt is not None and timex.anchored(mt, r.value) else None
        if mt is not None and mt.f.get("story_year"):
            src = "text"
        if mt is not None and mt.f.get("event"):
            src = "text"  # resolved by the event it names (discourse.event_anaphora)
        elif mt is not None and mt.kind == "anaphor" and mt.f["u"] == "ANY":
            ref = last_ahead if mt.f.get("until") and last_ahead else last
            if ref is not None:
                r.value, src = ref, "text"
        elif mt is not None and mt.kind == "anaphor":
            need = _PRECISION[mt.f["u"]]
            # a week given last serves «الأسبوع/الشهر/العام ذاته»; a day anaphor looks past it to the last date
            ref = last if last is not None and "-W" in last and mt.f["u"] != "D" else last_cal
            if ref is not None and (len(ref) >= max(need, 4) or "-W" in ref):
                r.type, r.value, r.hijri = timex.anaphor_value(mt.f, _ref_date(ref))
                src = "text"
                if (mt.f.get("past_clause") and anchor is not None and days_gone and r.value
                        and r.value[:10] > anchor.isoformat() and mt.f["u"] == "D"):
                    # «أعلن الخميس إلغاء القمة المقررة في 12 من الشهر المقبل لكنه عاد في اليوم التالي»: a day
                    # told in the past tense is not after the publication day, so it counts from the last day
                    # the text gave that is not (a planned date inside a relative clause is no scene)
                    r.type, r.value, r.hijri = timex.anaphor_value(mt.f, _ref_date(days_gone[-1]))
            elif mt.f.get("shift"):  # «بعد ذلك بيومين» with no date before it: only the amount is known
                r.type, r.value, src = "DURATION", f"P{abs(mt.f['offset'])}{mt.f['u']}", None
        elif mt is not None and mt.kind == "date" and mt.f.get("same_year") and last and len(last) >= 4 and r.value:
            r.value = last[:4] + r.value[4:]
            src = "text"
        elif mt is not None and mt.kind == "daypart" and (r.value or "").startswith("XXXX"):
            # «الثلاثاء … ودافع مساء في نفس الخطاب»: a bare part of a day is of the last day the text gave
            # — a day of the news around the publication date: a background date («منذ 30 آذار/مارس») is no scene
            near = last_day is not None and (anchor is None or abs((date.fromisoformat(last_day) - anchor).days) <= 7)
            day = last_day if near else (anchor.isoformat() if anchor is not None else None)
            if day is not None:
                r.value = f"{day}T{mt.f['part']}"
                src = "text" if near else "published"
        elif mt is not None and mt.kind == "clock" and (r.value or "").startswith("XXXX"):
            day = last_day or (anchor.isoformat() if anchor is not None else None)
            if day is not None and anchor is not None and mt.f.get("fut_sentence") and day < anchor.isoformat():
                day, last_day = anchor.isoformat(), None  # «جلسة … عند الساعة 2 التي ستشهد …»: not a day gone by
            if day is not None:
                r.value = f"{day}{r.value[10:]}"
                src = "text" if last_day else "published"
        elif mt is not None and mt.kind in ("clock", "daypart") and r.value and not r.value.startswith("XXXX"):
            src = "text"
        if r.type == "DATE" and r.value and _TEXT_DATE.fullmatch(r.value) and mt is not None \
                and (mt.kind != "anaphor" or (mt.f.get("shift") and src == "text")):
            last = r.value
            if "-W" not in last:
                last_cal = last
            if anchor is not None and len(last) >= 4 and (_ref_date(last) >= anchor - timedelta(days=anchor.weekday())
                                                          if "-W" in last else last >= anchor.isoformat()[:len(last)]):
                last_ahead = last
        elif r.type == "TIME" and r.value and _TIME_OF_DAY.fullmatch(r.value) and mt is not None and mt.kind != "anaphor":
            last = last_cal = r.value[:10]  # «مساء الأحد … صباح اليوم التالي»: the day of a time is a date the text gave
            if anchor is not None and len(last) >= 4 and last >= anchor.isoformat()[:len(last)]:
                last_ahead = last
        if r.type in ("DATE", "TIME") and r.value and re.match(r"\d{4}-\d\d-\d\d", r.value):
            last_day = r.value[:10]
            if anchor is not None and last_day <= anchor.isoformat() and mt is not None and mt.kind != "anaphor":
                days_gone.append(last_day)
        anchors.append(src)
    return anchors


def _mark_future_clocks(out: list[timex.Resolved], text: str, sentences: list[tuple[int, int]]) -> None:
    """Mark each clock time still without a day that a future verb next to it governs (``fut_sentence``: a verb in
    its clause, a few words either side, no quotation mark between): it takes no day gone by from the text
    (in place). «الساعة 2 … التي ستشهد مواجهة» is today's or later; «إنه قرابة الساعة 20,30 أوقف …» is not."""
    for r in out:
        if r.mention is None or r.mention.kind != "clock" or not (r.value or "").startswith("XXXX"):
            continue
        sent = next(((a, b) for a, b in sentences if a <= r.start < b), None)
        if sent is None:
            continue
        before, after = text[max(sent[0], r.start - 60):r.start], text[r.end:min(sent[1], r.end + 40)]
        before = re.split(r"[\"«»“”،,]", before)[-1]
        after = re.split(r"[\"«»“”]", after)[0]
        if future_verb_in(normalize(before + " " + after)):
            r.mention.f["fut_sentence"] = True


def _mark_past_anaphors(out: list[timex.Resolved], text: str) -> None:
    """Mark each day anaphor («اليوم التالي», «ذلك اليوم») whose own clause is told in the past (``past_clause``).
    The clause starts after the last «لكن/ثم», comma or full stop before it: a future word of another clause of
    the sentence («القمة المقررة … الشهر المقبل لكنه عاد في اليوم التالي») does not make it future."""
    norm = None
    for r in out:
        if r.mention is not None and r.mention.kind == "anaphor" and r.mention.f.get("u") == "D":
            norm = norm if norm is not None else normalize(text)
            cut = max((m.end() for m in _CLAUSE_CUT.finditer(norm, max(0, r.start - 120), r.start)), default=max(0, r.start - 120))
            if tense_at(norm[cut:r.end + 40], r.start - cut, r.end - cut, verb=True) == "past":
                r.mention.f["past_clause"] = True


_CLAUSE_CUT = re.compile(r"[.،,!?؟\n]|(?<!\w)(?:[وف]?لكن\w*|ثم)(?!\w)")


def annotate(article: Article) -> None:
    """Fill ``article.dates`` (see module docstring)."""
    text = article.text
    anchor = anchor_of(article)
    out: list[timex.Resolved] = []
    for mt in mentions_of(text):
        typ, val, hij = timex.resolve(mt, anchor)
        out.append(timex.Resolved(mt.start, mt.end, typ, val, hij, mt))
    sents = split_sentences(text)  # once: the steps below share it
    discourse.quoted_today(out, text, anchor, paragraphs(text))  # before the clocks take their day from it
    timex.attach_clock_days(out, sents)
    timex.attach_clock_days(out, paragraphs(text))  # no day in the sentence: the paragraph's
    timex.attach_paren_weekdays(out, text)
    timex.attach_repeated_weekdays(out)
    discourse.coordinated_weekdays(out, text)
    discourse.ordered_dates(out, text, sents)
    out = timex.merge_clock_with_day(out, text)
    out = discourse.merge_earlier_with_day(out, text, anchor)
    out = discourse.merge_night_pairs(out, text)
    discourse.since_as_ago(out, text, anchor)
    discourse.widen_day_words(out, text)
    discourse.sunday_this_week(out, anchor)
    discourse.speaker_day(out, anchor, paragraphs(text))
    # the repair removes the disclaimer line: its record still says so
    discourse.opinion_today(out, text, [text] + [r.text for r in article.removed or ()])
    discourse.inherit_story_year(out, text, anchor, paragraphs(text))
    timex.agree_weekday_year(out, anchor)  # after the story year: a stated weekday overrules it
    discourse.range_first_days(out)  # after both: the second day's year and month are final
    discourse.event_anaphora(out, text, sents)
    _mark_future_clocks(out, text, sents)
    _mark_past_anaphors(out, text)
    anchors = resolve_discourse(out, anchor)
    article.dates = [TimeExpr(r.start, r.end, text[r.start:r.end], r.type, r.value, r.hijri,
                              timex.mod_of(normalize(text[r.start:r.end]), r.value), a)
                     for r, a in zip(out, anchors, strict=True)]

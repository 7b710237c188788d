"""Properties of the pure calendar resolver and grammar (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analyse.time import resolve as R
from rasd.analyse.time.timex import extract, resolve
from rasd.arabic.months import GREGORIAN_MONTHS, WEEKDAYS
from rasd.arabic.numbers import parse_cardinal, parse_ordinal

anchors = st.dates(min_value=date(1950, 1, 1), max_value=date(2070, 12, 31))


@given(anchors, st.integers(1, 7), st.sampled_from([-2, -1, 0, 1, 2]))
def test_weekday_resolves_within_a_week_of_the_anchor(anchor, wd, direction):
    d = R.weekday_near(anchor, wd, direction)
    assert d.isoweekday() == wd
    assert abs((d - anchor).days) <= 7
    if direction == -1:
        assert 0 <= (anchor - d).days <= 6
    if direction == -2:
        assert 1 <= (anchor - d).days <= 7
    if direction == 1:
        assert 0 <= (d - anchor).days <= 6
    if direction == 2:
        assert 1 <= (d - anchor).days <= 7
    if direction == 0:
        assert abs((d - anchor).days) <= 3


@given(anchors)
def test_hijri_round_trip(d):
    h = R.date_to_hijri(d)
    assert h is not None
    assert R.hijri_to_date(*h) == d
    first, last = R.hijri_month_interval(h[0], h[1])
    assert first <= d <= last and 29 <= (last - first).days + 1 <= 30


@given(anchors)
def test_weeks_start_on_sunday_and_week_values_are_iso_weeks(d):
    s = R.week_start(d)
    assert s.isoweekday() == 7 and s <= d < s + timedelta(days=7)
    y, w = R.week_value(d).split("-W")
    monday = date.fromisocalendar(int(y), int(w), 1)
    assert monday <= d < monday + timedelta(days=7)  # a Sunday is in the ISO week it ends


@settings(deadline=None)  # the first call compiles the grammar; this machine is shared
@given(anchors, st.sampled_from(sorted(WEEKDAYS)))
def test_weekday_words_resolve_near_the_anchor(anchor, word):
    for text in (f"وقال {word} إن", f"وسيصل يوم {word}"):
        rs = extract(text, anchor)
        assert len(rs) == 1
        got = date.fromisoformat(rs[0].value)
        assert got.isoweekday() == WEEKDAYS[word] and abs((got - anchor).days) <= 7
        assert (got <= anchor) == (not text.startswith("وسيصل")) or got == anchor


@settings(deadline=None)  # the first call compiles the grammar; this machine is shared
@given(anchors, st.sampled_from(sorted(GREGORIAN_MONTHS)), st.integers(1, 28))
def test_day_month_without_year_lands_within_a_year(anchor, month, day):
    rs = extract(f"في {day} {month}", anchor)
    assert len(rs) == 1, rs
    got = date.fromisoformat(rs[0].value)
    assert (got.month, got.day) == (GREGORIAN_MONTHS[month], day)
    assert abs((got - anchor).days) <= 366


@settings(deadline=None)  # the first call compiles the grammar; this machine is shared
@given(st.lists(st.sampled_from(["أمس", "اليوم الأربعاء", "في 5 مارس 2020", "الأسبوع الماضي", "ثلاثة أيام",
                                 "كلام", "،", "\n", "الساعة 10 صباحا", "١٥ رمضان ١٤٤٧ هـ", "كل يوم"]), max_size=12))
def test_spans_are_views_of_the_text(parts):
    text = " ".join(parts)
    for r in extract(text, date(2026, 2, 4)):
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start:r.end] == text[r.start:r.end].strip()


def test_number_words():
    assert parse_cardinal("خمسه وعشرين") == 25
    assert parse_cardinal("ثلاثه") == 3
    assert parse_ordinal("الحادي عشر") == 11
    assert parse_ordinal("الاول") == 1
    assert parse_cardinal("كلام") is None


def test_resolve_without_anchor_is_none_for_relative_days():
    from rasd.analyse.time.timex import Mention

    assert resolve(Mention(0, 3, "relday", {"offset": -1}), None) == ("DATE", None, None)
    assert R.duration_value(None, "Y", False) == "PXY"
    assert R.duration_value(2, "DE", False) == "P20Y"


@settings(deadline=None)  # the first call compiles the grammar; this machine is shared
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ىةأإآء٠١٢٣٤٥٦٧٨٩0123456789/:.-،()«»\n ", max_size=200),
       st.one_of(st.none(), anchors))
def test_any_text_resolves_without_error(text, anchor):
    for r in extract(text, anchor):
        assert 0 <= r.start < r.end <= len(text)
        assert r.type in ("DATE", "TIME", "DURATION", "SET")


def test_year_for_a_yearless_date_in_past_context_holds_outside_the_tuning_months():
    from datetime import date

    from rasd.analyse.time.resolve import year_for_month

    october = date(2018, 10, 15)
    assert year_for_month(october, 1, 25, "past") == 2018  # «أعلن في 25 يناير»: this year's, 8 months back
    assert year_for_month(october, 1, None, "past") == 2018
    assert year_for_month(october, 11, 20, "past") == 2018  # a year back loses to five weeks ahead
    assert year_for_month(date(2018, 5, 30), 6, 15, "past") == 2018  # due within ten weeks: the coming one
    assert year_for_month(date(2018, 3, 16), 5, None, "past") == 2018
    assert year_for_month(date(2018, 3, 16), 12, 1, "past") == 2017
    assert year_for_month(october, 1, 25, "future") == 2019


def test_named_seasons_next_and_last_count_from_the_season_the_anchor_is_in():
    from datetime import date

    from rasd.analyse.time.resolve import named_season_year

    assert named_season_year(date(2018, 2, 19), "SU", 1) == 2018  # next summer, said in February
    assert named_season_year(date(2018, 8, 15), "SU", 1) == 2019
    assert named_season_year(date(2018, 8, 15), "SU", -1) == 2017  # in August the summer is not over
    assert named_season_year(date(2018, 10, 15), "SU", -1) == 2018
    assert named_season_year(date(2018, 2, 19), "WI", -1) == 2016  # the winter under way is not "last"
    assert named_season_year(date(2018, 10, 15), "WI", 0) == 2018
    assert named_season_year(date(2018, 2, 19), "WI", 0) == 2017


def test_hijri_months_and_years_near_the_turn_of_the_hijri_year():
    from datetime import date

    def got(text: str, anchor: date) -> list[tuple[str, str | None]]:
        return [(r.value, r.hijri) for r in extract(text, anchor)]

    assert got("شهر محرم", date(2018, 8, 20)) == [("2018-09-11/2018-10-09", "1440-01")]  # due in three weeks
    assert got("شهر محرم", date(2018, 6, 20)) == [("2017-09-21/2017-10-20", "1439-01")]
    assert got("العام الهجري 1440", date(2018, 8, 20)) == [("2018-09-11/2019-08-30", "1440")]

"""Session 10 review findings in the time layer, on made-up sentences: «من قبل» before a name that starts
with «بان» or before «لا أحد» is the agent preposition, not the adverb; the first bound of a «-» range is no
duration when the pair is a score («بنتيجة 1-2») or «يوم» opens a weekday; «ذلك التاريخ» followed by a
definite adjective is "that history", no time; a restated half unit must be the unit counted."""

from __future__ import annotations

from datetime import date

from rasd.analyse.time.timex import extract
from time_helpers import value_by_text as annotated

ANCHOR = date(2019, 9, 12)


def values(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[r.start:r.end]: (r.type, r.value) for r in extract(text, ANCHOR)}


def test_min_qabl_before_a_name_starting_with_ban_or_before_no_one_is_no_time():
    assert "من قبل" not in values("أيد الحاضرون القرار الذي اتخذ من قبل بان كي مون.")
    assert "من قبل" not in values("وتم تعيينه من قبل بانون مستشارا.")
    assert "من قبل" not in values("لم يطلب الوثيقة من قبل لا أحد غير الصحفي.")
    # the adverb still: a «بأن» clause, and «لا» negating a verb
    assert values("وأكد من قبل بأنه سيعود.")["من قبل"] == ("DATE", "PAST_REF")
    assert values("لم يحدث ذلك من قبل لا في المدينة ولا في القرية.")["من قبل"] == ("DATE", "PAST_REF")


def test_a_score_or_a_dash_before_a_weekday_is_no_range_of_days():
    got = values("خسر الفريق بنتيجة 1-2 يوم السبت أمام ضيفه.")
    assert "1" not in got
    assert "3" not in values("انتهت المباراة 3-4 يوم الأحد.")
    assert "1" not in values("وكانت النتيجة 1-2 أيام قبل البطولة.")
    assert values("تستمر الزيارة 3-5 أيام.")["3"] == ("DURATION", "P3D")


def test_that_date_followed_by_a_definite_adjective_is_history_not_time():
    text = "اندلعت الحرب عام 1990. ولا يزال ذلك التاريخ الأسود حاضرا في الذاكرة."
    assert "ذلك التاريخ" not in "".join(annotated(text, "2019-09-12"))
    text = "وقعت المعركة في 3 آذار/مارس. ونتعلم من ذلك التاريخ المؤلم دروسا."
    assert "ذلك التاريخ" not in "".join(annotated(text, "2019-09-12"))
    text = "بدأ الإضراب في 12 شباط/فبراير، ومنذ ذلك التاريخ أغلقت المدارس."
    assert annotated(text, "2019-09-12")["ذلك التاريخ"] == "2019-02-12"
    # after a preposition of time a definite adjective does not make it history
    text = "بدأ الإضراب في 12 شباط/فبراير، ومنذ ذلك التاريخ المحدد أغلقت المدارس."
    assert annotated(text, "2019-09-12")["ذلك التاريخ"] == "2019-02-12"


def test_a_restated_half_must_name_the_unit_counted():
    got = values("حكم عليه بالسجن 3 أعوام ونصف شهر.")
    assert got["3 أعوام"] == ("DURATION", "P3Y")
    assert "P3Y6M" not in {v for _, v in got.values()}
    got = values("دام الإضراب 3 سنوات ونصف العام، ثم استمر الحصار 5 أيام ونصف اليوم.")
    assert got["3 سنوات ونصف العام"] == ("DURATION", "P3Y6M")
    assert got["5 أيام ونصف اليوم"] == ("DURATION", "P5DT12H")

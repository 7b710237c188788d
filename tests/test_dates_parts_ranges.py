"""Session 10 time mechanisms, on made-up sentences: «مستهل» as a part word (START), a part word before a
month/year anaphor («مطلع الشهر نفسه»), the accusative plural «أشهرا» and the second of two coordinated
bare plurals («أسابيع أو أشهرا»), and the first bound of a range of counts («بين 30 و60 عاما»).
Each case has a near miss that must not fire."""

from __future__ import annotations

from datetime import date

from rasd.analyse.time.timex import extract
from time_helpers import layer_dates
from time_helpers import value_by_text as annotated

ANCHOR = date(2019, 9, 12)


def values(text: str) -> dict[str, tuple[str, str | None]]:
    return {text[r.start:r.end]: (r.type, r.value) for r in extract(text, ANCHOR)}


def test_mustahall_is_a_part_word_of_a_year_month_or_period():
    got = values("افتتح الجسر في مستهل 2009 ثم أغلق مستهل أكتوبر، ويعاد فتحه مستهل العام المقبل.")
    assert got["مستهل 2009"] == ("DATE", "2009")
    assert got["مستهل أكتوبر"][1] == "2019-10"
    assert got["مستهل العام المقبل"] == ("DATE", "2020")
    mods = {d.text: d.mod for d in layer_dates("افتتح الجسر في مستهل 2009 للمرة الأولى.", "2019-09-12")}
    assert mods["مستهل 2009"] == "START"
    assert values("وقال الوزير في مستهل كلمته إن البلد بخير.") == {}  # a part of a speech, no time


def test_a_part_word_before_an_anaphor_takes_the_period_last_given():
    text = "زار الوفد المدينة في فبراير 2016. وعاد إليها مطلع الشهر نفسه مرة أخرى، ثم أواخر نفس العام."
    dates = {d.text: (d.value, d.mod) for d in layer_dates(text, "2019-09-12")}
    assert dates["مطلع الشهر نفسه"] == ("2016-02", "START")
    assert dates["أواخر نفس العام"] == ("2016", "END")
    # without the anaphor the part is of the current month
    assert annotated("وعاد الوفد إلى المدينة مطلع الشهر مرة أخرى.", "2019-09-12")["مطلع الشهر"] == "2019-09"


def test_accusative_and_coordinated_bare_plurals_are_unspecified_durations():
    got = values("وقد تستغرق المفاوضات أسابيع أو أشهرا قبل أي اتفاق.")
    assert got["أسابيع"] == ("DURATION", "PXW")
    assert got["أشهرا"] == ("DURATION", "PXM")
    assert values("ظل الجسر مغلقا بعد أيام وأسابيع من الفيضان.")["أسابيع"] == ("DURATION", "PXW")
    assert values("واستمر الحصار أشهرا.")["أشهرا"] == ("DURATION", "PXM")
    # no frame before the first plural: «أشهر» here is "most famous", no time at all
    assert values("وهو من أهم وأشهر الكتاب في البلد.") == {}
    assert "أسابيع" not in values("كتب الشاعر أيام وأسابيع الحرب في ديوانه.")


def test_the_first_bound_of_a_range_shares_the_unit_of_the_second():
    got = values("واعتقل أحد عشر رجلا تتراوح أعمارهم بين 30 و60 عاما في المداهمات.")
    assert got["30"] == ("DURATION", "P30Y")
    assert got["60 عاما"] == ("DURATION", "P60Y")
    assert values("يعاقب بالسجن من 2 إلى 4 سنوات.")["2"] == ("DURATION", "P2Y")
    assert values("تصل الحافلة خلال 20-25 دقيقة.")["20"] == ("DURATION", "PT20M")
    # «و» without «بين» is a list, not a range; a falling pair is no range
    assert "5" not in values("جرح 5 و9 أيام بعد الانفجار أصيب آخرون.")
    assert "9" not in values("من 9 إلى 4 أيام")


def test_min_qabl_as_an_adverb_is_past_ref_and_as_an_agent_no_time():
    assert values("لم تزر الوزيرة البلد من قبل ولم تلتق رئيسه.")["من قبل"] == ("DATE", "PAST_REF")
    assert values("وكان الكاتب قد قال من قبل إنه سيعود، وأكد من قبل أنه باق.")["من قبل"] == ("DATE", "PAST_REF")
    assert values("أصيب الحارس من قبل مسلحين مجهولين.") == {}
    assert values("غادر الوفد من قبل أن يصل الوزير.") == {}


def test_a_half_in_the_accusative_or_with_its_unit_restated_is_part_of_the_duration():
    got = values("حكم عليه بالسجن ستة أعوام ونصفا، وعلى شريكه بالسجن 4 أعوام ونصف العام.")
    assert got["ستة أعوام ونصفا"] == ("DURATION", "P6Y6M")
    assert got["4 أعوام ونصف العام"] == ("DURATION", "P4Y6M")


def test_that_date_and_the_same_day_after_lil_take_the_date_last_given():
    text = "بدأ الإضراب في 12 شباط/فبراير، ومنذ ذلك التاريخ أغلقت المدارس.\nوجرى التحضير لليوم ذاته منذ شهور."
    got = annotated(text, "2019-09-12")
    assert got["ذلك التاريخ"] == "2019-02-12"
    assert got["ليوم ذاته"] == "2019-02-12"
    assert "التاريخ" not in "".join(annotated("ويعيد هذا التاريخ نفسه في المنطقة.", "2019-09-12"))


def test_weeks_counted_from_a_sundays_article_are_iso_weeks_and_this_week_is_the_new_one():
    sunday = "2019-09-15"  # ISO 2019-W37 ends on it; the Sunday–Saturday week it opens is mostly W38
    got = annotated("وزار الوزير البلد الأسبوع الماضي، ويعود إليها الأسبوع المقبل.", sunday)
    assert got["الأسبوع الماضي"] == "2019-W36"
    assert got["الأسبوع المقبل"] == "2019-W38"
    assert annotated("ويتوقع أن يصل الوفد في نهاية هذا الأسبوع.", sunday)["نهاية هذا الأسبوع"] == "2019-W38"
    monday = annotated("وزار الوزير البلد الأسبوع الماضي، ويعود إليها الأسبوع المقبل.", "2019-09-16")
    assert (monday["الأسبوع الماضي"], monday["الأسبوع المقبل"]) == ("2019-W37", "2019-W39")

"""Time classes of issue #12's fifth round (found on the second annotator's dev-month set, ant-dev2):
each case names the class; near misses that must not fire follow."""

from __future__ import annotations

import pytest

from time_helpers import value_by_text as by_text


@pytest.mark.parametrize("text, published, span, value", [
    # a broken plural in the accusative after a verb of lasting
    ("وظل المعتصمون في الساحة واستمرت المواجهات شهورا قبل أن تهدأ", "2018-04-17", "شهورا", "PXM"),
    # an age given by a bare ordinal after a person's noun
    ("عثر على جثة صبي في العاشرة قرب النهر", "2018-04-17", "العاشرة", "P10Y"),
    ("اعتقلت الشرطة رجلا في الأربعين", "2018-04-17", "الأربعين", "P40Y"),
    # a duration in two units, TIMEX3 writing each unit
    ("حكم عليه بالسجن عامين و3 أشهر", "2018-02-27", "عامين و3 أشهر", "P2Y3M"),
    ("بقي في المستشفى شهرا وعشرة أيام", "2018-02-27", "شهرا وعشرة أيام", "P1M10D"),
    # the bare unit that closes a range of durations
    ("عقوبات تتراوح بين بضعة أسابيع وشهر", "2018-05-29", "شهر", "P1M"),
    # «حتى/منذ وقت قريب»: the near past; «فترة قريبة» like «وقت قريب»
    ("وكان المعبر مفتوحا حتى وقت قريب", "2018-02-27", "وقت قريب", "PAST_REF"),
    ("ستعقد جولة جديدة في فترة قريبة", "2018-06-02", "فترة قريبة", "FUTURE_REF"),
    # a stage to come, the present after «ل»
    ("نتطلع إلى تعاون أوسع في المرحلة القادمة", "2018-04-06", "المرحلة القادمة", "FUTURE_REF"),
    ("رؤية للحاضر والمستقبل", "2018-04-06", "حاضر", "PRESENT_REF"),
    # a day of the current month with the article glued to its digits
    ("وصل الوفد في الـ12 من الشهر الجاري", "2018-05-20", "الـ12 من الشهر الجاري", "2018-05-12"),
    # a Hijri month as a stretch of time
    ("يبقى المعبر مفتوحا طوال شهر رمضان الكريم", "2018-05-18", "شهر رمضان الكريم", "P1M"),
    ("تتوقف الدروس طيلة فترة شهر رمضان", "2018-05-18", "فترة شهر رمضان", "P1M"),
    # a closed quotation does not open a clause: a name after it (فيكتور) is no ف + imperfect verb
    ("وانتقد الحزب \"الصمت\" فيكتور الذي أصدر بيانا مساء السبت", "2018-06-18", "مساء السبت", "2018-06-16TEV"),
    # «وذلك» tells when the main clause's event was: a future adjective before it is another noun's
    ("أعرب عن أمله في أن تنجح القمة المقبلة مع جاره، وذلك خلال لقائهما الأحد", "2018-05-29", "الأحد", "2018-05-27"),
    # a relative clause's imperfect verb right before the weekday governs it
    ("يحتفل الإسرائيليون بالذكرى \"لقيام الدولة\" الذي يوافق الخميس", "2018-05-14", "الخميس", "2018-05-17"),
    # a clock time with no day, its clause in the future, takes no day gone by from the text
    ("اتصل به الجمعة.\nوأمرت القاضية بمثوله في الجلسة عند الساعة 3,00 التي ستحسم القضية", "2018-04-16",
     "الساعة 3,00", "2018-04-16T03:00"),
    # «يوما بعد يوم»: little by little, no duration
    ("تتحسن صحتها يوما بعد يوم، وغادرت بعد يوم من العملية", "2018-04-10", "يوم", "P1D"),
])
def test_round5_classes(text, published, span, value):
    assert by_text(text, published).get(span) == value


@pytest.mark.parametrize("text, published, span", [
    ("التقى الوفد في الثامنة صباحا", "2018-04-17", "الثامنة"),  # a clock, not an age
    ("بين عامي 2010 و2012 تغيرت البلاد", "2018-04-17", "عامي 2010 و2012"),  # years, not a two-unit duration
])
def test_round5_near_misses(text, published, span):
    got = by_text(text, published)
    assert span not in got


def test_round5_clock_in_a_past_report_keeps_the_day():
    # «ظن أنه من المقرر …»: a planning word inside a past thought is no future verb
    got = by_text("غادر القطار الجمعة.\nوقال إن السائق ظن أنه من المقرر مغادرة القطار في الساعة 07:11", "2018-05-17")
    assert got["الساعة 07:11"] == "2018-05-11T07:11"


def test_round5_day_by_day_is_no_duration():
    got = [t for t in by_text("تتحسن صحتها يوما بعد يوم", "2018-04-10")]
    assert got == []


def test_round5_day_of_same_month_beyond_the_anchor_month():
    # «31 من الشهر نفسه» once read against February (before the March date is known) must not crash
    got = by_text("في الفترة من 26 مارس/ آذار وحتى 31 من الشهر نفسه", "2018-02-20")
    assert got["31 من الشهر نفسه"] == "2018-03-31"

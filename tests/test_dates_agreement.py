"""Time classes of session 7 (found on the fresh dev sets ant-dev5..7, each checked on unannotated pages):
a count agrees with what it counts. Each case names the class; near misses that must not fire follow."""

from __future__ import annotations

import pytest

from time_helpers import layer_dates
from time_helpers import value_by_text as by_text


@pytest.mark.parametrize("text, published, span, value", [
    # a calendar unit with the article after a number is a deictic of its own, not a count
    ("ويلتقي قادة مجموعة السبع الأسبوع المقبل في كيبيك", "2018-06-01", "الأسبوع المقبل", "2018-W23"),
    ("ارتفعت المبيعات 12 بالمئة العام الماضي", "2018-04-18", "العام الماضي", "2017"),
    ("قمة مجموعة العشرين العام الماضي في هامبورغ", "2018-04-18", "العام الماضي", "2017"),
    ("مقارنة مع 94 في المائة اليوم", "2018-02-22", "اليوم", "2018-02-22"),
    # a count after the counted plural, the numeral agreeing in gender
    ("يحق لهم إنجاب طفلين بعد عقود ثلاثة من التطبيق الصارم", "2018-04-12", "عقود ثلاثة", "P30Y"),
    ("أقوى مستوى لها منذ سنوات ثلاث.", "2018-02-15", "سنوات ثلاث", "P3Y"),
    ("أكثر انقساما مما كانت عليه قبل سنوات عشر.", "2018-04-23", "قبل سنوات عشر", "2008"),
    ("والآن، وبعد عقود ستة، ما هو شكل البلاد", "2018-04-20", "عقود ستة", "P60Y"),
    # a definite ordinal day right after a preposition, without «من» before the month
    ("نفذ انقلابا ضده في السابع تشرين الثاني/نوفمبر 1987.", "2018-06-14", "السابع تشرين الثاني/نوفمبر 1987", "1987-11-07"),
    ("حين أعلن في السادس كانون الأول/ديسمبر الفائت", "2018-04-15", "السادس كانون الأول/ديسمبر الفائت", "2017-12-06"),
])
def test_agreement(text, published, span, value):
    assert by_text(text, published).get(span) == value


@pytest.mark.parametrize("text, published, absent", [
    # a clock unit keeps its count even with the article («48 الساعة» written for «الـ48 ساعة»)
    ("سنتخذ قرارات خلال 24 إلى 48 الساعة المقبلة", "2018-05-01", None),
    # a numeral of the wrong gender is no count: «أشهر» here is "most famous"
    ("أثناء استخدام أشهر خمس مواقع للتواصل", "2018-05-01", "أشهر خمس"),
    ("قضى سنوات ثلاثة منها في السجن", "2018-05-01", "سنوات ثلاثة"),
    # an ordinal of a noun, or the second word of a month's name, is no day
    ("احتل المركز السابع مايو الماضي", "2018-06-01", "السابع مايو الماضي"),
    ("هي الأكبر منذ شهر كانون الثاني يناير", "2018-06-01", "الثاني يناير"),
])
def test_agreement_near_misses(text, published, absent):
    got = by_text(text, published)
    if absent is None:
        assert got.get("48 الساعة المقبلة") == "PT48H"
    else:
        assert absent not in got
    assert not any(v and v.startswith("P") and v.endswith(("7W", "20Y", "100Y")) for v in got.values())


@pytest.mark.parametrize("text, published, year", [
    # the target year of a plan's name, the name of several words or quoted, is no date
    ('أطلق المجلس برنامج "جودة الحياة 2020"، بإجمالي إنفاق', "2018-05-03", None),
    ("الداعمة لمحاور رؤية المملكة العربية السعودية 2030، ويعنى", "2018-05-03", None),
    ('بما يسهم في تحقيق "استراتيجية مصر 2030"، وتشمل', "2018-05-17", None),
    # after a year word or a preposition, the year is a date of the plan's text
    ("الإنفاق ضمن برنامج جودة الحياة حتى العام 2020 يصل", "2018-05-03", "2020"),
    ("وضعت الحكومة خطة لإنهاء العجز في 2020", "2018-05-03", "2020"),
])
def test_plan_name_year(text, published, year):
    got = [v for v in by_text(text, published).values() if v and v[:2] == "20"]
    assert got == ([year] if year else [])


@pytest.mark.parametrize("text, published, first", [
    # the first day of a range is in the second day's year and month, whatever the text said before
    ("أهداه العام 1790 مفتاحا. وتهدف زيارة ماكرون بين 23 و25 أبريل/نيسان الجاري إلى", "2018-04-23", "2018-04-23"),
    ("في القمة التي عقدت للفترة من 12 - 13 ابريل/نيسان عام 2010، ومن بينهم", "2018-05-18", "2010-04-12"),
    ("تستمر الزيارة من 3 إلى 5 يونيو المقبل", "2018-06-03", "2018-06-03"),
    ("في العام 1981 أقيم الحفل بين 28 و29 يوليو", "2018-06-03", "1981-07-28"),
])
def test_range_first_day(text, published, first):
    dates = [d for d in layer_dates(text, published) if d.text.strip().isdigit()]
    assert [d.value for d in dates] == [first]


@pytest.mark.parametrize("text, published, span, value", [
    # a foreign name written like سـ + imperfect is no future verb: the corpus knows it as a word of its own
    ("ودعا وزير الخزانة الأمريكي، ستيفن منوشين، السبت، الاتحاد الأوروبي", "2018-07-23", "السبت", "2018-07-21"),
    ("أعلنت سلسلة مقاهي ستاربكس، الإثنين، عن استقالة مؤسسها", "2018-06-05", "الإثنين", "2018-06-04"),
    ('وكانت صحيفة "وول ستريت جورنال" ذكرت، الثلاثاء، أن الإدارة', "2018-04-18", "الثلاثاء", "2018-04-17"),
    ("وسيطرت قوات التحالف على المطار يوم الأربعاء", "2018-06-24", "يوم الأربعاء", "2018-06-20"),
    # a real future verb still is one
    ("وسيلتقي الرئيس نظيره الفرنسي الثلاثاء", "2018-06-24", "الثلاثاء", "2018-06-26"),
    ("قال إن الوزير سيعين مستشارا جديدا الثلاثاء", "2018-06-24", "الثلاثاء", "2018-06-26"),
    # «حيث» opens a clause whose own verb governs the day
    ("وعمل ترامب على تهدئة التوترات متوجها إلى سنغافورة حيث يلتقي الزعيم الكوري الشمالي الثلاثاء.", "2018-06-09",
     "الثلاثاء", "2018-06-12"),
    ("ويزور الرئيس باريس حيث التقى نظيره الفرنسي الثلاثاء", "2018-06-09", "الثلاثاء", "2018-06-05"),
])
def test_future_reading(text, published, span, value):
    assert by_text(text, published).get(span) == value


def test_s_words_are_data():
    from rasd.analyse.time.context import not_future_word

    assert not_future_word("تيفن") and not_future_word("تاربكس") and not_future_word("يطرت")
    assert not not_future_word("يعين") and not not_future_word("تكون") and not not_future_word("نواصل")


@pytest.mark.parametrize("text, published, span, value", [
    # «بحلول» (by) sets a deadline: the coming month or day, not the last one
    ("وتسعى ماي للتوصل إلى اتفاق بحلول تشرين الأول/أكتوبر من أجل إتاحة الوقت", "2018-06-30", "تشرين الأول/أكتوبر", "2018-10"),
    ("يريد منع دول العالم من استيراد النفط الإيراني بحلول نوفمبر/تشرين الثاني استمرارا", "2018-07-24",
     "نوفمبر/تشرين الثاني", "2018-11"),
    ("تحسبا لهطول أمطار غزيرة وحدوث فيضانات بحلول الاثنين.", "2018-05-27", "الاثنين", "2018-05-28"),
    # without it, a yearless month of a told past stays the last one
    ("ارتفع عدد المستخدمين حتى نهاية آذار/مارس", "2018-04-26", "نهاية آذار/مارس", "2018-03"),
])
def test_deadline(text, published, span, value):
    assert by_text(text, published).get(span) == value


@pytest.mark.parametrize("text, published, span, value", [
    # «ومن المقرر/المتوقع» with its conjunction is a future word too
    ("ومن المتوقع أن يتم التصويت عليه يوم السبت في جلسة الساعة 17:00 بتوقيت غرينيتش.", "2018-02-23",
     "يوم السبت", "2018-02-24"),
    # a relative clause opened by a perfect verb between the future word and the day holds the day
    ("ومن المتوقع أن تتخذ رحلة ميركل التي غادرت إلى واشنطن الخميس شكل زيارة عمل", "2018-04-27", "الخميس", "2018-04-26"),
    ("ومن المقرر أن تكون الساعة على أرض يملكها بيزوس، الذي نشر فيديو لتصنيعها عبر حسابه يوم الثلاثاء.", "2018-02-22",
     "يوم الثلاثاء", "2018-02-20"),
    # not a relative clause with an imperfect, nor a plan told with كان
    ("ومن المقرر أن يحضر الوزير الاجتماع الذي يعقد الخميس", "2018-04-27", "الخميس", "2018-05-03"),
    # the same holds a month: a future word before it (here a name read as سـ + imperfect) is not its governor
    ("وأعلن الوزير سيلين أن التعديل يلغي فقرة في القانون الذي صوت عليه البرلمان في كانون الثاني/يناير، وتنص على",
     "2018-06-27", "كانون الثاني/يناير", "2018-01"),
    # near miss: a relative clause with an imperfect leaves the future word in charge of the month
    ("ومن المقرر أن يحضر الوزير المؤتمر الذي يعقد في كانون الثاني/يناير", "2018-06-27", "كانون الثاني/يناير",
     "2019-01"),
])
def test_future_words_and_relatives(text, published, span, value):
    assert by_text(text, published).get(span) == value


def test_between_the_two():
    # «بين الاثنين» is "between the two"; a range of weekdays after «بين» stays two days
    assert by_text("وكانت العلاقة بين الاثنين سرية", "2018-04-24") == {}
    got = by_text("تعقد الجلسات بين الاثنين والأربعاء", "2018-06-03")
    assert got.get("الاثنين") == "2018-06-04" and got.get("الأربعاء") == "2018-06-06"


@pytest.mark.parametrize("text, published, value", [
    # a weekday followed by «في» and a date that falls on it is that date
    ("قررنا إجراء هذه الانتخابات يوم الأحد في 24 حزيران/يونيو 2018، وذلك", "2018-04-18", "2018-06-24"),
    ("يريد قتل عسكريين في كليفلاند الأربعاء في الرابع من تموز/يوليو، خلال", "2018-07-02", "2018-07-04"),
])
def test_weekday_in_date(text, published, value):
    weekday = next(d for d in layer_dates(text, published) if d.text.endswith(("الأحد", "الأربعاء")))
    assert weekday.value == value

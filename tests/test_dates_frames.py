"""Compositional frames of time expressions (rasd.analyse.time.grammar_frames) and the weekday/tense
corrections of issue #12's third round: each case names the frame, and a near miss that must not fire."""

from __future__ import annotations

from datetime import date

import pytest

from rasd.analyse.time.timex import extract
from time_helpers import layer_dates
from time_helpers import value_by_text as annotated

THU = date(2018, 6, 14)


def values(text: str, anchor: date = THU) -> dict[str, tuple[str, str | None]]:
    return {text[r.start:r.end]: (r.type, r.value) for r in extract(text, anchor)}


@pytest.mark.parametrize("text, span, typ, value", [
    ("كانت لا تزال في السادسة من عمرها.", "السادسة من عمرها", "DURATION", "P6Y"),
    ("طفلة في الـ13 من عمرها قتلت", "الـ13 من عمرها", "DURATION", "P13Y"),
    ("شاب في العشرين من عمره قتل", "العشرين من عمره", "DURATION", "P20Y"),
    ("وجاء تصريحه بعيد ساعات على إعلان", "ساعات", "DURATION", "PTXH"),
    ("الاستقالة الثانية في ظرف ساعات، بعد", "ساعات", "DURATION", "PTXH"),
    ("قضى متأثرا بإصابته بعد ذلك بأيام.", "أيام", "DURATION", "PXD"),
    ("وذلك ساعات قبيل لقاء الوزيرين", "ساعات", "DURATION", "PTXH"),
    ("قد يكون في وقت قريب جدا أو لا", "وقت قريب جدا", "DATE", "FUTURE_REF"),
    ("كان منها بالأمس القريب جريمة", "الأمس القريب", "DATE", "PAST_REF"),
    ("من القرن الثالث إلى القرن الخامس الميلادي", "القرن الخامس الميلادي", "DATE", "04"),
    ("ميناء مزدهر في القرن الحادي عشر", "القرن الحادي عشر", "DATE", "10"),
    ("مركزا تجاريا في أواخر القرن التاسع عشر، مشروعا", "أواخر القرن التاسع عشر", "DATE", "18"),
    ("أغلقت دور السينما في أوائل الثمانينات باعتبارها", "أوائل الثمانينات", "DATE", "198"),
    ("تقدم بحلول 31 يناير من كل عام، على أن", "31 يناير من كل عام", "SET", "XXXX-01-31"),
    ("إثر هجوم في دوما قبل نحو أسبوع. فقد أعلن", "قبل نحو أسبوع", "DATE", "2018-W23"),
    ("يأتي قبل أقل من أسبوع من القمة المرتقبة", "أقل من أسبوع", "DURATION", "P1W"),
    ("ويأتي ذلك قبل شهر من الانتخابات", "شهر", "DURATION", "P1M"),
    ("يذكر أن الاختراق دام لدقائق قليلة قبل", "دقائق قليلة", "DURATION", "PTXM"),
    ("لقد قمت بجولة مؤثرة هذا الصباح في نصب", "هذا الصباح", "TIME", "2018-06-14TMO"),
    ("قتل في شمال قطاع غزة الأسبوع قبل الماضي.", "الأسبوع قبل الماضي", "DATE", "2018-W22"),
    ("لخلاف استمر لمدة27  عاما بين أثينا", "27  عاما", "DURATION", "P27Y"),
    ("في الأسبوع الثاني من شهر شباط/فبراير الماضي", "شهر شباط/فبراير الماضي", "DATE", "2018-02"),
    ("المباحثات الهاتفية التي استمرت ساعة اتفق الرئيسان", "ساعة", "DURATION", "PT1H"),
    ("مهرجان الثيران الذي يستمر أسبوعا ويستقطب", "أسبوعا", "DURATION", "P1W"),
    ("بعد أن أمضى ساعات يتنشق الدخان", "ساعات", "DURATION", "PTXH"),
    ("ونفذ جريمته في 29 يناير/كانون ثاني 2017، في", "29 يناير/كانون ثاني 2017", "DATE", "2017-01-29"),
    ("قرب بلدة نصيب مع الأردن الأحد عشرات العائلات", "الأحد", "DATE", "2018-06-10"),
    ("ومنذ وقت طويل ترفض السماح", "وقت طويل", "DURATION", "PXY"),
    ("يزور البحرين منذ بداية الألفية الثالثة وأن", "بداية الألفية الثالثة", "DATE", "2"),
    ("ساريا منذ الساعة 19,00 مساء السبت", "الساعة 19,00", "TIME", "2018-06-09T19:00"),
    ("ولم يعلن حتى الساعة عن أي تفاصيل", "حتى الساعة", "DATE", "PRESENT_REF"),
    ("وقال قبل قليل إن القوات", "قبل قليل", "DATE", "PAST_REF"),
    ("شعوب عاشت هنا منذ قرون", "قرون", "DURATION", "PXY"),
])
def test_frames(text, span, typ, value):
    assert values(text).get(span) == (typ, value)


@pytest.mark.parametrize("text, span", [
    ("هدف في الدقيقة 81 من عمر تلك المواجهة", "81 من عمر"),  # a match's minute, not an age
    ("في القرن الخامس قبل الميلاد", "القرن الخامس"),  # before Christ is left out
    ("وقال إنه سيرد في أسرع وقت ممكن", "أسرع وقت ممكن"),  # a manner (the shared gold leaves it out)
    ("حتى الساعة الثالثة فجرا", "حتى الساعة"),  # a clock time follows
])
def test_frames_near_misses(text, span):
    assert span not in values(text)


def test_day_of_the_month_just_named():
    got = annotated("تلاقي الأوروغواي في 20 حزيران/يونيو الجاري ومصر التي ستواجهها في 25 منه.", "2018-06-14")
    assert got["25 منه"] == "2018-06-25"


def test_night_before_the_date_given():
    text = "يقام حفل الزفاف في 19 مايو/ أيار الجاري.\nوستقضي العروس الليلة السابقة لزفافها في فندق."
    assert annotated(text, "2018-05-15")["الليلة السابقة"] == "2018-05-18TNI"


def test_future_verb_keeps_a_repeated_weekday_ahead():
    text = ("وقع الهجوم في دوما السبت الماضي.\n"
            "وأعلنت المنظمة أن خبراءها في الطريق وسيبدأ السبت التحقيق في الهجوم.")
    got = [d.value for d in layer_dates(text, "2018-04-13") if d.text == "السبت"]
    assert got == ["2018-04-14"]


def test_a_name_in_sa_is_no_future_marker():
    # «سيتي» (City) is a name, not سـ + verb: the match on Saturday is the one gone by
    got = annotated("ولم يقدم صلاح الأداء المعهود في المباراة التي جمعت ليفربول بستوك سيتي، السبت، والتي انتهت بالتعادل.", "2018-04-29")
    assert got["السبت"] == "2018-04-28"


def test_ala_an_plans_ahead():
    got = annotated("ترسل الترشيحات في يناير، على أن يعلن اسم الفائز في أوائل أكتوبر/تشرين الأول.", "2018-02-28")
    assert got["أوائل أكتوبر/تشرين الأول"] == "2018-10"


def test_day_words_before_a_weekday_and_date():
    got = annotated("قال في الانتخابات التي جرت أمس الأحد 24 يونيو/حزيران إنه يقبل.\n"
                    "وشنت فرنسا فجر السبت 23 حزيران/يونيو ضربات.", "2018-06-25")
    assert got["أمس الأحد 24 يونيو/حزيران"] == "2018-06-24"
    assert got["فجر السبت 23 حزيران/يونيو"] == "2018-06-23TMO"


@pytest.mark.parametrize("text", [
    "وقد أكدت إيران مقتل عدد من مواطنيها لاحقا في هذا القصف.",
    "وسيعلن الحزب موقفه لاحقا.",
    "وأشار إلى أنها تأجلت إلى وقت لاحق.",
    "وكانت الحكومة قد وافقت في وقت سابق على مشروع قانون.",
])
def test_bare_earlier_and_later_name_no_time(text):
    # the shared dev gold's convention: «لاحقا», «في وقت سابق/لاحق» order the told events, they are no TIMEX
    assert layer_dates(text, "2018-05-07") == []


def test_earlier_with_a_day_or_a_year_keeps_the_day_or_the_year():
    got = {d.text: d.value for d in layer_dates("وقال في وقت لاحق الخميس إنه وافق في وقت سابق العام الجاري.", "2018-06-28")}
    assert got == {"وقت لاحق الخميس": "2018-06-28", "العام الجاري": "2018"}


def test_this_week_on_a_sunday():
    past = annotated("أدلى ليو بتصريحه بعدما ترأس هذا الأسبوع الوفد الصيني إلى واشنطن.", "2018-05-20")
    ahead = annotated("وسيزور الوفد واشنطن هذا الأسبوع.", "2018-05-20")
    assert past["هذا الأسبوع"] == "2018-W20" and ahead["هذا الأسبوع"] == "2018-W21"


@pytest.mark.parametrize("text, span", [
    ("وكان قريبا من تسجيل هدفه الأول", "قريبا"),  # close to, not soon
])
def test_more_near_misses(text, span):
    assert span not in values(text)


def test_year_after_wa_fi():
    assert values("للسهر على تطبيقها. وفي 1984 انسحب المغرب من الاتحاد")["1984"] == ("DATE", "1984")


# -- the nth weekday of a series with a part of the day, «هذه», or the ordinal first (issue #12, round 8) -----
@pytest.mark.parametrize("text, span, typ, value", [
    # 2018-04-13 is a Friday
    ("تجددت المواجهات صباح الجمعة الثالثة من الاحتجاجات", "صباح الجمعة الثالثة", "TIME", "2018-04-13TMO"),
    ("وقال البطش \"هذه الجمعة الثالثة من مسيرات العودة\"", "هذه الجمعة الثالثة", "DATE", "2018-04-13"),
    ("قتل فلسطيني في ثالث جمعة من الاحتجاجات", "ثالث جمعة", "DATE", "2018-04-13"),
])
def test_nth_weekday_of_a_series(text, span, typ, value):
    got = {d.text: (d.type, d.value) for d in layer_dates(text, "2018-04-13")}
    assert got.get(span) == (typ, value)


@pytest.mark.parametrize("text", ["وجه بمعاملة العريف أول جمعة جوهر معاملة الشهداء",  # a rank and a name
                                  "سجل الهدف علي ثاني جمعة.",
                                  "مساء أول خميس من كل شهر يحتفي المسرح بالعرائس"])  # a recurrence, not a day
def test_an_ordinal_before_a_weekday_name_without_a_preposition_is_no_day(text):
    assert not [d for d in layer_dates(text, "2018-04-13") if "جمعة" in d.text or "خميس" in d.text]

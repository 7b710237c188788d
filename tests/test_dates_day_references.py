"""Time classes of issue #12's fourth round (found on a fresh draw of political dev-month articles):
each case names the class and a near miss that must not fire."""

from __future__ import annotations

import pytest

from time_helpers import layer_dates
from time_helpers import value_by_text as by_text


def annotated(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(d.text, d.type, d.value, d.anchor) for d in layer_dates(text, published)]


@pytest.mark.parametrize("text, published, span, value", [
    # a part of the day after (before) the date the text gave
    ("وصلوا مساء الأحد ثم غادروا صباح اليوم التالي", "2018-05-30", "صباح اليوم التالي", "2018-05-28TMO"),
    ("اعتقلوا الجمعة ثم أفرج عنهم في الصباح التالي", "2018-05-30", "الصباح التالي", "2018-05-26TMO"),
    ("وصل الوفد الجمعة، وكان قد اجتمع في المساء السابق", "2018-05-30", "المساء السابق", "2018-05-24TEV"),
    # an ordinal first day of a range takes the month of the second
    ("من الثالث إلى السادس من أبريل/ نيسان تعرضوا لضغوط", "2018-04-13", "الثالث", "2018-04-03"),
    ("في الفترة من الأول حتى العاشر من يونيو 2017", "2018-04-13", "الأول", "2017-06-01"),
    # a clock written with a comma, known by its time zone
    ("غادرت حوالى 11،00 بالتوقيت المحلي (03،00 ت غ)", "2018-07-11", "11،00 بالتوقيت المحلي", "2018-07-11T11:00"),
    ("غادرت حوالى 11،00 بالتوقيت المحلي (03،00 ت غ)", "2018-07-11", "03،00 ت غ", "2018-07-11T03:00"),
    ("غادر الساعة 11،00 صباحا", "2018-07-11", "الساعة 11،00 صباحا", "2018-07-11T11:00"),
    # a quarter written «الفصل»: with a year, or in a sentence about economic figures
    ("ومن المفترض أن يتجاوز النمو 3% في الفصل الثاني.", "2018-05-30", "الفصل الثاني", "2018-Q2"),
    ("بلغت الأرباح في الفصل الأول من 2017 مليارا", "2018-05-30", "الفصل الأول من 2017", "2017-Q1"),
    # the new year: the current one, the coming one in the autumn
    ("استمرت الاحتجاجات حتى بداية العام الجديد", "2018-02-18", "بداية العام الجديد", "2018"),
    ("تستعد المدينة لاستقبال العام الجديد", "2018-12-20", "العام الجديد", "2019"),
    # two weekdays joined by «و» run on; «بأنه» opens a reported clause whose future verb decides
    ("وحذرت من هطول الثلوج يومي الاثنين والثلاثاء في جنوبي إنجلترا", "2018-02-26", "الثلاثاء", "2018-02-27"),
    ("وأفادت بأنه بحلول يوم الأربعاء سيصل ارتفاع الثلج إلى 20 سم", "2018-02-26", "يوم الأربعاء", "2018-02-28"),
    # the nth weekday of a weekly series is that weekday
    ("وشارك الآلاف في الاحتجاجات للجمعة الخامسة على التوالي", "2018-04-27", "جمعة الخامسة", "2018-04-27"),
    ("قتلوا في يوم الجمعة الخامس من موجة الاحتجاجات", "2018-04-27", "يوم الجمعة الخامس", "2018-04-27"),
    # «اليوم» with a verb of seeing or facing, or «ما يحدث»: nowadays
    ("الأزمة السورية التي نراها اليوم والانقسام الدولي", "2018-04-26", "اليوم", "PRESENT_REF"),
    ("من الخطأ أن نتفادى انتقاد ما يحدث في روسيا اليوم.", "2018-07-31", "اليوم", "PRESENT_REF"),
    ("يسعدني أن نلتقي اليوم مرة أخرى في سوتشي", "2018-05-17", "اليوم", "2018-05-17"),
    # found on draw 7: «لن» makes a clause future; «في وقت لاحق الخميس» is the day; a clock after «و»;
    # «لعقود», «منذ آلاف السنين»; «إلى اليوم» (to this day); «حينها» after a week
    ("قالت الشركة \"لن يكون بإمكانها الاستمرار، وعليها أن توقف عملياتها قبل الرابع من نوفمبر\"",
     "2018-05-17", "الرابع من نوفمبر", "2018-11-04"),
    ("على أن يتم الإعلان عن مكانها في وقت لاحق الخميس.", "2018-06-28", "وقت لاحق الخميس", "2018-06-28"),
    ("ما بين الساعة 3:25 و3:53 صباحاً بتوقيت موسكو", "2018-04-09", "3:53 صباحاً", "2018-04-09T03:53"),
    ("ناضلت النساء من أجله لعقود.", "2018-06-04", "عقود", "PXY"),
    ("نحن موجودون منذ آلاف السنين، وشهدنا", "2018-07-23", "آلاف السنين", "PXY"),
    ("وإساءاتهم المتواصلة الى اليوم لخادم الحرمين", "2018-04-22", "اليوم", "PRESENT_REF"),
    ("وفي الأسبوع الماضي، انسحب ترامب من الاتفاق.\nوقال حينها إنه سيعيد فرض العقوبات", "2018-05-17", "حينها", "2018-W19"),
    # found reading unannotated dev-month articles: round counts of years; «11 يوليو المقبل» said on July 6;
    # the second date of a coordination comes after the first
    ("يعود تاريخها إلى 4000 عام", "2018-03-16", "4000 عام", "P4000Y"),
    ("بنيت قبل 2000 عام", "2018-03-16", "2000 عام", "P2000Y"),
    ("وأمهلت الحكومة حتى 11 يوليو/تموز المقبل للرد", "2018-07-06", "11 يوليو/تموز المقبل", "2018-07-11"),
    ("وقعت في 3 يوليو الماضي", "2018-07-06", "3 يوليو الماضي", "2018-07-03"),
    ("أعادت فرض عقوباتها على دفعتين، الأولى في السادس من أغسطس/آب والثانية في الرابع من نوفمبر/تشرين الثاني",
     "2018-06-20", "الرابع من نوفمبر/تشرين الثاني", "2018-11-04"),
    ("في 2017 عام الانتخابات", "2018-03-16", "2017", "2017"),
    ("حتى وقتنا الحاضر", "2018-06-14", "وقتنا الحاضر", "PRESENT_REF"),
    ("لا يزال قائما حتى يومنا هذا", "2018-06-14", "يومنا هذا", "PRESENT_REF"),
    ("قد تعود إلى القرن الـ 16، وفقا للاتحاد", "2018-06-14", "القرن الـ 16", "15"),
    ("يعود تاريخه إلى 1771، وأطلق عليه", "2018-06-14", "1771", "1771"),
    ("وعمل ضابط شرطة من 1973 وحتى 1976، وقد", "2018-06-14", "1973", "1973"),
    ("تحت حكم ادارات كيرشنر اليسارية (2003 الى 2015).", "2018-06-14", "2015", "2015"),
    ("بعد مضي عام على استعادة الموصل", "2018-06-14", "عام", "P1Y"),
    ("استهل مشواره في مونديال روسيا 2018 بالفوز", "2018-06-14", "2018", "2018"),
])
def test_fourth_round_classes(text, published, span, value):
    assert by_text(text, published).get(span) == value


@pytest.mark.parametrize("text, published, span", [
    ("قال إمام الجمعة في طهران كاظم صديقي إن الاتفاق سيدمر", "2018-05-08", "الجمعة"),
    ("عرضت الفرقة الفصل الثاني من المسرحية", "2018-05-30", "الفصل الثاني"),
    ("بلغ النمو 2,50 بالمئة", "2018-05-30", "2,50"),
    ("في الثالث والعشرين من أبريل", "2018-05-30", "الثالث"),
    ("وحذرت من هطول الثلوج يومي الاثنين والثلاثاء", "2018-02-26", "يومي"),
    ("زار الأمير بندر، السفير السعودي سابقاً في واشنطن، المركز", "2018-02-28", "سابقاً"),
    ("منذ 1982 عندما انهزمت ألمانيا الغربية سابقا بهدفين", "2018-06-18", "سابقا"),
    ("وجاء في أحد اشهر الكتب عن فترة حكمه", "2018-05-10", "أحد اشهر"),
    ("هذا أسوأ دمار شاهدته في كل سنوات عملي", "2018-05-10", "كل سنوات"),
    ("لاعبين في تاريخ الدوري هم آلان شيرار", "2018-05-10", "آلان"),
    ("بنيت قبل 2000 عام", "2018-03-16", "2000"),
    ("وأعاد المدير العام السابق الفريق صلاح قوش", "2018-05-20", "العام السابق"),
    ("أكد المدعي العام الجديد أن التحقيق مستمر", "2018-05-20", "العام الجديد"),
    ("رئيس تحرير جريدة المصري اليوم السابق", "2018-05-20", "اليوم السابق"),
    ("ارتفع العدد من 1500 إلى 2000.", "2018-06-14", "2000"),
    ("ضمن رؤية 2030 لتنويع الاقتصاد", "2018-06-14", "2030"),
    ("أجلت السلطات نحو 2000 شخص من المحاصرين", "2018-06-14", "2000"),
])
def test_fourth_round_near_misses(text, published, span):
    assert span not in by_text(text, published)


def test_bare_part_of_day_takes_the_day_the_text_gave():
    """«اتهم الشاهد الثلاثاء … ودافع الشاهد مساء»: the evening of that Tuesday, said to come from the text."""
    got = annotated("اتهم رئيس الوزراء الثلاثاء نجل الرئيس.\nودافع الشاهد مساء في نفس الخطاب عن حكومته.", "2018-05-30")
    assert ("مساء", "TIME", "2018-05-29TEV", "text") in got
    alone = annotated("ودافع الشاهد مساء عن حكومته.", "2018-05-30")
    assert ("مساء", "TIME", "2018-05-30TEV", "published") in alone


def test_quoted_today_is_the_day_the_words_were_said():
    """A quotation's «اليوم» is the weekday the text gave for a report (a day before publication);
    with no such weekday, one of the publication day, or a weekday of an event that is not a report,
    it is the publication day."""
    text = "أفاد الثلاثاء أحد المقربين منها أنها غادرت.\nوقال صديق لها، \"اليوم حوالى 11،00 بالتوقيت المحلي، غادرت بكين\"."
    got = annotated(text, "2018-07-11")
    assert ("اليوم", "DATE", "2018-07-10", "text") in got
    assert ("11،00 بالتوقيت المحلي", "TIME", "2018-07-10T11:00", "text") in got
    same_day = annotated(text.replace("الثلاثاء", "الأربعاء"), "2018-07-11")
    assert ("اليوم", "DATE", "2018-07-11", "published") in same_day
    event = annotated(text.replace("أفاد الثلاثاء أحد المقربين منها أنها غادرت", "وصلت إلى برلين الثلاثاء"), "2018-07-11")
    assert ("اليوم", "DATE", "2018-07-11", "published") in event
    outside = annotated("وصلت إلى برلين الثلاثاء.\nوتلتقي اليوم وزير الخارجية.", "2018-07-11")
    assert ("اليوم", "DATE", "2018-07-11", "published") in outside


def test_a_quoted_yesterday_counts_from_a_report_told_by_a_form_v_verb():
    """«توعد العبادي الخميس …» then «وقال العبادي "… يوم أمس …"» in a Friday's article: a تـ-perfect of a reporting
    verb («توعد», «تابع») dates the report like «قال»; its imperfect twin («تقول») does not (issue #12, round 8)."""
    text = "توعد العبادي الخميس بالاقتصاص من الجهاديين.\nوقال العبادي إن \"يوم أمس شهد ضربة ناجحة\"."
    assert ("يوم أمس", "DATE", "2018-06-27", "text") in annotated(text, "2018-06-29")
    present = text.replace("توعد العبادي الخميس", "تقول الحكومة الخميس")
    assert ("يوم أمس", "DATE", "2018-06-28", "published") in annotated(present, "2018-06-29")


def test_earlier_after_a_verb_is_kept():
    assert by_text("بعد أن كانت قد أبلغت سابقا عن هجوم", "2018-05-12").get("سابقا") == "PAST_REF"


def test_weekday_repeated_in_a_past_clause_after_a_future_one():
    """«يتوقع وصول سفينة بحلول الثلاثاء … ولقد أعادت تل أبيب الثلاثاء فتح المعبر»: the second Tuesday is
    the one gone by, not the coming one the first named."""
    got = annotated("ويتوقع وصول سفينة أخرى بحلول الثلاثاء.\nولقد أعادت تل أبيب الثلاثاء فتح معبر كرم أبو سالم.",
                    "2018-07-29")
    assert [v for t, _, v, _ in got if t == "الثلاثاء"] == ["2018-07-31", "2018-07-24"]


@pytest.mark.parametrize("text, value", [
    # an indefinite accusative noun before «سابقا»: "a former …" (issue #12, round 8)
    ("بيد أن موظفا سابقا في الخدمة قال للصحيفة", None),
    ("فلي شانغ دونغ كان وزيرا سابقا للثقافة", None),
    ("مؤكدة بذلك قرارا سابقا للبرلمان", None),
    # near misses: after a verb or a pronoun suffix it is "earlier"
    ("وكما وعدنا سابقا بتحرير الأرض", "PAST_REF"),
    ("التصريحات التي كان الأمريكيون يطلقونها سابقا", "PAST_REF"),
    ("وكان الجيش قد أعلن سابقا أن الموعد", "PAST_REF"),
])
def test_former_after_an_indefinite_noun(text, value):
    assert by_text(text, "2018-05-12").get("سابقا") == value


def test_a_post_published_on_a_weekday_dates_the_quoted_yesterday():
    """«نشر الجمعة … صورا» then «وكتب "سعدت بالأمس …"» in a Saturday's article: the post's «الأمس» is the
    Thursday (issue #12, round 8); a weekday of an event that is not a report leaves it the publication's."""
    text = "وحضر الأخوان الخميس حفل زفاف ابنة رجل الأعمال الذي نشر الجمعة صورا لهما.\nوكتب على حسابه \"سعدت بالأمس باستضافة أصدقائي\"."
    assert ("الأمس", "DATE", "2018-04-05", "text") in annotated(text, "2018-04-07")
    event = text.replace("نشر الجمعة صورا", "وصل الجمعة إلى دبي مع صور")
    assert ("الأمس", "DATE", "2018-04-06", "published") in annotated(event, "2018-04-07")


def test_a_report_verb_before_a_name_in_apposition_dates_the_quote():
    """«وقال رئيس المركز في سوريا، اللواء يوري يفتوشينكو الأحد "… اعتبارا من اليوم …"» in a Monday's article: the
    verb before the comma still makes the Sunday a report day (issue #12, round 8); a verb found after the comma
    («… إن الصواريخ قادمة، لكنه أكد الخميس») is read first."""
    text = "وقال رئيس مركز المصالحة في سوريا، اللواء يوري يفتوشينكو الأحد \"تم التوصل، اعتبارا من اليوم، إلى اتفاق\"."
    assert ("اليوم", "DATE", "2018-04-01", "text") in annotated(text, "2018-04-02")

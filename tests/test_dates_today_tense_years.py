"""Time classes of issue #12's seventh round, each with a near miss that must keep the other reading:
a bare «اليوم» in a signed opinion piece is "nowadays"; a day anaphor told in the past is not after the publication day; a bare year closed by punctuation or
followed by a definite word."""

from __future__ import annotations

from rasd.record import Removal
from time_helpers import layer_dates

DISCLAIMER = "هذا المقال بقلم فلان، والآراء الواردة أدناه تعبر عن رأي الكاتب، ولا تعكس بالضرورة وجهة نظر الشبكة."


def dates(text: str, published: str, removed: list[Removal] | None = None) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for d in layer_dates(text, published, removed):
        out.setdefault(d.text, []).append(d.value)
    return out


# verb-first: only the opinion piece makes this «اليوم» "nowadays" (a subject-first «الأردنيون اليوم يرسمون» is
# "nowadays" anywhere, see test_today_after_the_subject_of_a_nominal_clause_is_nowadays)
OPED = "يرسم الأردنيون اليوم مشهداً جديداً، وقال الوزير اليوم الأربعاء إن الحكومة ستستقيل."


def test_today_in_an_opinion_piece_is_nowadays():
    got = dates(DISCLAIMER + "\n" + OPED, "2018-06-06")
    assert got["اليوم"] == ["PRESENT_REF"]
    assert got["اليوم الأربعاء"] == ["2018-06-06"]  # a weekday makes it the day


def test_the_disclaimer_the_repair_removed_still_counts():
    removed = [Removal(text=DISCLAIMER, reason="boilerplate_disclaimer")]
    assert dates(OPED, "2018-06-06", removed)["اليوم"] == ["PRESENT_REF"]


def test_today_in_a_news_report_is_the_day():
    assert dates(OPED, "2018-06-06")["اليوم"] == ["2018-06-06"]


# 2018-05-26 is a Saturday: the Thursday before is 05-24.
SUMMIT = ("وكان ترامب قد أعلن الخميس إلغاء القمة التي كانت مقررة في الثاني عشر من الشهر المقبل في سنغافورة "
          "لكنه {verb} في اليوم التالي ليفتح الطريق أمام عقدها.")


def test_a_day_told_in_the_past_counts_from_a_day_gone_by():
    assert dates(SUMMIT.format(verb="عاد"), "2018-05-26")["اليوم التالي"] == ["2018-05-25"]


def test_a_day_told_in_the_future_keeps_the_last_date():
    assert dates(SUMMIT.format(verb="سيعود"), "2018-05-26")["اليوم التالي"] == ["2018-06-13"]


def test_a_bare_year_closed_by_punctuation_or_a_definite_word():
    got = dates("تعلموا من الثورة الإيرانية 1979 والإطاحة بالشاه، ومن حراكات سابقة مثل ١٩٨٩ والذي بدأ. "
                "عُرف أوكتار (مواليد أنقرة، 1956).", "2018-06-04")
    assert got["1979"] == ["1979"] and got["١٩٨٩"] == ["1989"] and got["1956"] == ["1956"]


def test_a_count_is_no_year():
    got = dates("قتل 2013 شخصا وجرح نحو 2014، في القضية \"1000\" و\"2015\".", "2018-06-04")
    assert not any(v in (["2013"], ["2014"], ["2015"]) for v in got.values())


# -- «اليوم» after the definite subject that opens a nominal clause is "nowadays" (issue #12, round 8) --------


def test_today_after_the_subject_of_a_nominal_clause_is_nowadays():
    for text in ("قال التقرير إن سوريا منهارة، واليمن اليوم على حافة أسوأ مجاعة.",
                 "وأضاف أن المقاومة اليوم أقوى بكثير من الماضي.",
                 "الوظائف المتاحة اليوم في مجال الحلال قليلة."):
        assert dates(text, "2018-06-06")["اليوم"] == ["PRESENT_REF"], text


def test_today_after_a_verb_a_preposition_or_the_press_is_the_day():
    for text in ("ولكن الحكم ألغي اليوم.",  # a perfect that normalizes like a definite word («ألغي» → «الغي»)
                 "تحدثت الصحف العالمية الصادرة اليوم عن الزيارة.",  # what is issued on the day
                 "الصحافة اليوم تتطرق للأزمة اليمنية.",  # a press review
                 "وقال الوزير في المؤتمر اليوم إن الحكومة ستستقيل."):
        assert dates(text, "2018-06-06")["اليوم"] == ["2018-06-06"], text


def test_a_quoted_name_ending_in_today_is_no_day():
    assert "اليوم" not in dates("وجاءت القائمة كالتالي وفقا لـ”المصري اليوم”.", "2015-08-09")


def test_the_target_year_of_a_plan_name_is_no_date():
    """«رؤية 2030» in any of its forms (quoted, with «المملكة/السعودية» between) is a plan's name, as the shared
    dev gold has it; an event's year («حرب 1967 بين», «مونديال 2018.») is still a date (issue #12, round 8)."""
    for text in ("في إطار تحقيق أهداف \"رؤية 2030\" في المملكة", "هذا أحد مقومات رؤية المملكة 2030، وهو",
                 "تحت عنوان (رؤية السعودية 2030)، الذي رفعه"):
        assert "2030" not in dates(text, "2018-02-22"), text
    assert dates("وقعت حرب 1967 بين العرب وإسرائيل", "2018-02-22")["1967"] == ["1967"]
    assert dates("رفع الستار عن مونديال 2018. سيصبح المنتخب", "2018-06-14")["2018"] == ["2018"]


def test_today_of_a_third_person_state_or_known_as_is_nowadays():
    for text in ("كان على رأس الشأن الدبلوماسي. وهو اليوم رئيس المجلس البابوي.",
                 "عاش الشعب في المنطقة المعروفة اليوم باسم ولاية موريلوس."):
        assert dates(text, "2018-04-27")["اليوم"] == ["PRESENT_REF"], text
    # near miss: an ordinal day after «هو» is no time expression
    assert "اليوم" not in dates("ويعد إضراب الاثنين هو اليوم الرابع عشر من الإضرابات.", "2018-05-07")


def test_until_today_with_a_conjunction_and_a_rate_per_day():
    assert dates("منذ تشكيل وحداتنا وحتى اليوم، لم نقم بأي عملية", "2018-02-18")["اليوم"] == ["PRESENT_REF"]
    assert dates("ولغاية اليوم، يرى معظم المزارعين", "2018-04-20")["اليوم"] == ["PRESENT_REF"]
    # «36 يورو فقط في اليوم»: a rate (a number before «في اليوم»), not a day
    assert "اليوم" not in dates("يمنحوهن 36 يورو فقط في اليوم، دون أجر", "2018-06-05")
    assert dates("وصل الوزير اليوم إلى بغداد", "2018-06-05")["اليوم"] == ["2018-06-05"]


def test_today_with_a_present_verb_after_a_told_past_is_nowadays():
    """«كان مبدأ ثابتا …، ولكن قطاع التعليم يعاني اليوم من شح الموارد»: a sentence that first tells a past (كان،
    في الماضي، قبل سنوات) and then a present verb with «اليوم» speaks of nowadays (issue #12, round 8); «طوال
    اليوم» is all day long, and without the told past the verb's «اليوم» is the day."""
    text = "وكان التعليم المجاني مبدأ ثابتا للثورة، ولكن القطاع يعاني اليوم من شح الموارد."
    assert dates(text, "2018-05-12")["اليوم"] == ["PRESENT_REF"]
    assert dates("ولكن القطاع يعاني اليوم من شح الموارد.", "2018-05-12")["اليوم"] == ["2018-05-12"]
    assert "PRESENT_REF" not in dates("كان يمكنك أن تنام في سريرك طوال اليوم.", "2018-05-12").get("اليوم", [])

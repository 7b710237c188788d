"""Discourse passes of the time layer (rasd.analyse.time.discourse): «وقت سابق» + a day, the week
just ended on a Sunday, and the year of the story told around a yearless day and month."""

from __future__ import annotations

from time_helpers import layer_dates, value_by_text


def annotated(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    """{expression text: (value, anchor)} as the layer reports them (lines as paragraphs)."""
    return {d.text: (d.value, d.anchor) for d in layer_dates(text, published)}


def test_earlier_on_a_weekday_is_that_day():
    got = annotated("وكانت المفوضية قد حثت إسرائيل في وقت سابق الجمعة على منع الاستخدام.", "2018-04-28")
    assert got == {"وقت سابق الجمعة": ("2018-04-27", "published")}


def test_earlier_this_week_on_a_sunday_is_the_week_just_ended():
    sunday = annotated("وحذر مسؤولون في وقت سابق من هذا الأسبوع الاتحاد الأوروبي.", "2018-05-27")
    tuesday = annotated("وحذر مسؤولون في وقت سابق من هذا الأسبوع الاتحاد الأوروبي.", "2018-05-29")
    assert sunday["هذا الأسبوع"][0] == "2018-W21"
    assert tuesday["هذا الأسبوع"][0] == "2018-W22"
    assert "في وقت سابق" not in sunday  # the week is the expression; «earlier» names no time of its own


def test_a_repeated_day_and_month_keeps_the_year_written_first():
    text = ("طالب الحكم بتعويضات لضحايا هجمات 11 من سبتمبر/ أيلول 2001.\nونفى مشاركة إيران في حادث 11 من سبتمبر.\n"
            "وقال إن حادث 11 من سبتمبر استغل.")
    got = [d for d in annotated(text, "2018-05-06").items() if d[0].startswith("11")]
    assert [v for _, v in got] == [("2001-09-11", None), ("2001-09-11", "text")]


def test_a_day_in_a_story_of_an_earlier_year_takes_that_year():
    text = "وقد تزوج الأمير تشارلز بالأميرة ديانا عام 1981.\nوأقيم الزفاف في 29 من يوليو/تموز بعد المباراة."
    assert annotated(text, "2018-05-23")["29 من يوليو/تموز"] == ("1981-07-29", "text")


def test_a_starting_point_or_a_recent_year_sets_no_story():
    since = "وقتل أكثر من 350 ألفا منذ 2011.\nوفي 7 نيسان/أبريل هاجمت القوات دوما."
    recent = "وفي عام 2017 بدأ المشروع.\nوفي 7 نيسان/أبريل افتتح."
    far = "وفي عام 2009 بدأ المشروع.\nوقال الوزير الأحد إنه سيزور المدينة.\nوفي 7 نيسان/أبريل افتتح."
    assert annotated(since, "2018-04-28")["7 نيسان/أبريل"][0] == "2018-04-07"
    assert annotated(recent, "2018-04-28")["7 نيسان/أبريل"][0] == "2018-04-07"
    assert annotated(far, "2018-04-28")["7 نيسان/أبريل"][0] == "2018-04-07"


def test_grammar_forms_seen_on_the_new_dev_articles():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def got(text: str) -> list[tuple[str, str, str | None]]:
        return [(text[r.start:r.end], r.type, r.value) for r in extract(text, date(2018, 6, 4))]

    assert got("الفتاة ذات الأربعة عشر ربيعا") == [("الأربعة عشر ربيعا", "DURATION", "P14Y")]
    assert got("برصاصة ( 29عاما) أطلقها") == [("29عاما", "DURATION", "P29Y")]
    assert got("تكفي لأكثر من شهر، بينما") == [("أكثر من شهر", "DURATION", "P1M")]  # the approximation is in the span, as the gold writes it
    assert got("قبل حوالي السنتين والنصف، كان") == [("قبل حوالي السنتين والنصف", "DATE", "2015-12")]
    assert got("ما بين العامين2011  و2015، عن") == [("2011", "DATE", "2011"), ("2015", "DATE", "2015")]
    assert got("الحاجة للتحضير للمستقبل في الكويت") == [("مستقبل", "DATE", "FUTURE_REF")]
    assert got("للمستقبل السياسي") == []
    assert got("الأكثر متابعة في العقد الأخير.") == [("العقد الأخير", "DURATION", "P10Y")]
    assert got("عرض منذ عقود على") == [("عقود", "DURATION", "PXY")]
    # «الأمير الشاب حينها» is "the then young prince", like «سابقا» former: no time (issue #12, round 9)
    assert got("قبلته الأمير الشاب حينها") == []


def test_the_night_from_one_weekday_into_the_next_is_one_expression():
    got = annotated("وقال الجيش إنه شن ليل الأربعاء الخميس غارة جوية.", "2018-05-17")
    assert got == {"ليل الأربعاء الخميس": ("2018-05-16TNI", "published")}
    apart = annotated("قصف ليلة الأحد ثم الثلاثاء.", "2018-05-17")
    assert len(apart) == 2


def test_today_with_a_present_state_is_nowadays_and_with_an_event_is_the_day():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def today(text: str) -> str | None:
        return next(r.value for r in extract(text, date(2018, 5, 17)) if text[r.start:r.end] == "اليوم")

    assert today("تشكل تركيا اليوم إزعاجاً أكثر منها دولة حليفة") == "PRESENT_REF"
    assert today("والذي يبلغ من العمر اليوم 68 عاما") == "PRESENT_REF"
    assert today("هذه الأهداف تظل ثابتة اليوم وفي المستقبل") == "PRESENT_REF"
    assert today("يسعدني أن نلتقي اليوم مرة أخرى") == "2018-05-17"
    assert today("يمثل المتهم اليوم أمام المحكمة") == "2018-05-17"
    assert today("أعلنت الحكومة اليوم أنها") == "2018-05-17"


def test_since_set_off_by_commas_is_ago_and_inside_a_clause_a_duration():
    assert annotated("وكشف صديقه أنه أخبره، منذ يومين، أن شقته محاطة.", "2018-04-16") == {"يومين": ("2018-04-14", "published")}
    assert annotated("منذ عدة ايام، أعرب وزير الخارجية عن قلقه.", "2018-04-16")["عدة ايام"][0] == "PAST_REF"
    assert annotated("وهي الزيارة الأولى منذ سنوات، بعدما سيطر.", "2018-04-16")["سنوات"][0] == "PXY"
    assert annotated("والدول تتوعد منذ يومين برد قوي.", "2018-04-16")["يومين"][0] == "P2D"
    # a comma and «و» + a verb after it open a coordinated clause: the «منذ» phrase closed the one before
    assert annotated("وهو المنفذ الوحيد لسكان القطاع، منذ عدة سنوات، وتفتحه مصر استثنائيا.",
                     "2018-05-18")["عدة سنوات"][0] == "PXY"
    assert annotated("وقال مسؤول، منذ يومين، وفقا للوكالة، إن الوضع صعب.", "2018-04-16")["يومين"][0] == "2018-04-14"


def test_some_time_and_within_years_and_the_past_as_a_noun():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(text[r.start:r.end], r.value) for r in extract(text, date(2018, 5, 17))]

    assert got("كانت تركيا في وقت ما جنةً للمسلمين") == [("وقت ما", "PAST_REF")]
    assert got("سيسلم السلطة في غضون سنوات قليلة.") == [("سنوات قليلة", "PXY")]
    assert got("الأحجار تتكلم عن الماضي والتراث") == [("الماضي", "PAST_REF")]
    assert got("العام الماضي والعام المقبل") == [("العام الماضي", "2017"), ("العام المقبل", "2019")]


def test_the_speakers_today_stated_in_brackets_moves_the_other_deictics():
    text = 'وقال السيسي إن "الوفد الذي وصل اليوم (الأربعاء) صباحا كان قد عقد طوال ليل أمس لقاءات".'
    got = annotated(text, "2018-05-17")
    assert got["اليوم"][0] == "2018-05-16"
    assert got["الأربعاء"][0] == "2018-05-16"
    assert got["ليل أمس"] == ("2018-05-15TNI", "text")
    same_day = annotated('وقال "وصلنا اليوم (الخميس) وغادر أمس".', "2018-05-17")
    assert same_day["أمس"][0] == "2018-05-16"


def test_more_forms_from_the_second_draw():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(text[r.start:r.end], r.value) for r in extract(text, date(2018, 7, 6))]

    assert got("عاشت وعملت لسنوات طويلة.") == [("سنوات طويلة", "PXY")]
    assert got("قبل أيام فقط من 12 مايو") == [("أيام", "PXD"), ("12 مايو", "2018-05-12")]
    assert got("وتشن قوات النظام منذ19\xa0 حزيران/يونيو عملية") == [("19\xa0 حزيران/يونيو", "2018-06-19")]
    assert got("التي كانت يومها تابعة لرومانيا") == [("يومها", "PAST_REF")]
    assert got("الفعاليات في يومها الرابع") == []


def test_then_takes_a_decade_and_until_then_a_time_not_yet_come():
    then = annotated("وكانت في السعودية دور سينما في سبعينيات القرن الماضي، لكنها أغلقت آنذاك.", "2018-04-05")
    assert then["آنذاك"] == ("197", "text")
    text = ("وقال الوزير اليوم الأحد إن إسرائيل ستعيد الثلاثاء فتح المعبر، بعد إغلاقه في التاسع من تموز/يوليو، "
            "شرط أن يسود الهدوء حتى ذلك الحين.")
    got = annotated(text, "2018-07-22")
    assert got["الثلاثاء"][0] == "2018-07-24"
    assert got["ذلك الحين"] == ("2018-07-24", "text")


def test_the_day_an_event_happened_is_the_day_the_text_gave_that_event():
    text = ("وبعدما عثر على الصحفي الخميس مصابا، قالت السلطات إنها تحقق.\n"
            "وكتب عن فضائح السياسيين الشهر الماضي.\n"
            "ففي اليوم الذي عثر فيه على الصحفي، تعرض مدير تحرير للاعتداء.")
    got = annotated(text, "2018-04-16")
    assert got["الخميس"][0] == "2018-04-12"
    assert got["اليوم"] == ("2018-04-12", "text")


def test_the_first_day_of_a_month_is_a_day():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def got(text: str) -> list[tuple[str, str | None]]:
        return [(text[r.start:r.end], r.value) for r in extract(text, date(2018, 6, 15))]

    assert got("أول أيام رمضان") == [("أول أيام رمضان", "2018-05-16")]
    assert got("أول يوم من يونيو") == [("أول يوم من يونيو", "2018-06-01")]
    assert got("أوائل يونيو") == [("أوائل يونيو", "2018-06")]


def test_set_back_by_years_and_the_past_years_with_a_slip():
    from datetime import date

    from rasd.analyse.time.timex import extract

    def got(text: str) -> list[tuple[str, str, str | None]]:
        return [(text[r.start:r.end], r.type, r.value) for r in extract(text, date(2018, 6, 15))]

    assert got("ستعيد البرنامج سنوات \"إلى الوراء\".") == [("سنوات", "DURATION", "PXY")]
    assert got("أعادت البلاد عقودا إلى الوراء") == [("عقودا", "DURATION", "PXY")]
    assert got("شهدت في السنوات الماضي تحسنا") == [("السنوات الماضي", "DATE", "PAST_REF")]
    assert got("عاد إلى الوراء") == []


# -- a weekday written with a yearless day and month must agree with it (issue #12, round 8) -----------------
def test_a_stated_weekday_picks_the_year_of_a_yearless_date():
    # a story of 2014 told first; the schedule's «السبت 16 حزيران» is 2018's (a Saturday), not 2014's (a Monday)
    text = "وكان الملعب قد استضاف كأس روسيا في عام 2014.\nمباريات الملعب: الأرجنتين وآيسلندا (السبت 16 حزيران / يونيو)."
    assert value_by_text(text, "2018-06-08")["السبت 16 حزيران / يونيو"] == "2018-06-16"
    # the last written year agrees: it is kept («وفي 2007 … الجمعة 21 ديسمبر», a Friday in 2007)
    story = "وفي 2007، انقسمت الدول في ثبوت الهلال.\nواحتفلت باكستان بالعيد الجمعة 21 ديسمبر/كانون الأول."
    assert value_by_text(story, "2018-05-17")["الجمعة 21 ديسمبر/كانون الأول"] == "2007-12-21"
    # near miss: a day within a month of publication keeps its year although the weekday is a slip of the text
    assert value_by_text("ألقى ماكرون كلمة مساء الثلاثاء 25 أبريل/نيسان", "2018-04-23")[
        "مساء الثلاثاء 25 أبريل/نيسان"] == "2018-04-25TEV"

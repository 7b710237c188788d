"""Repair: lines whose place makes them the article's own, whatever their words (headlines._foreign): a page's only
line, a single line or a list a colon announces."""

from __future__ import annotations

from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
# Made up: a video page's one line, in none of the title's words.
ONLY = "خبيرة في الطب توضح في هذا المقطع طرق الوقاية من أمراض القلب"


def test_the_only_line_of_a_page_stays() -> None:
    art = repair(f"{TITLE}\n{ONLY}")
    assert art.paragraphs == [ONLY]
    assert art.related_headlines == []


def test_the_same_line_between_paragraphs_still_goes() -> None:
    art = repair("\n".join([TITLE, P1, ONLY, P2]))
    assert art.paragraphs == [P1, P2]
    assert art.related_headlines == [ONLY]


def test_a_single_line_a_colon_announces_stays() -> None:
    intro = "وختم الطبيب كلمته في حفل الافتتاح بحكمة يرددها دائما:"
    saying = "من يزرع الصبر يحصد راحة البال"  # made up; none of the article's words
    art = repair("\n".join([TITLE, P1, intro, saying, P2]))
    assert saying in art.paragraphs
    # Two such lines under the colon are a box of links the page set there: the colon says nothing.
    links = ["منتخب البرازيل يفوز على الأرجنتين في نهائي الكأس", "زلزال قوي يضرب سواحل اليابان الشرقية فجرا"]
    art = repair("\n".join([TITLE, P1, intro, *links, P2]))
    assert not set(links) & set(art.paragraphs)


def test_a_list_a_colon_announces_stays() -> None:
    intro = "وفيما يلي أبرز ما شهده هذا اليوم عبر السنين:"
    # made-up items in a headline's shape, none in the article's words
    items = ["افتتاح أول خط للقطارات السريعة بين مدينتين ساحليتين", "فريق من العلماء يعلن اكتشاف نجم جديد قرب المجرة",
             "ميلاد روائية شهيرة كتبت عن حياة الصيادين في الجنوب", "فيضان كبير يغمر قرى الوادي بعد أمطار غزيرة"]
    art = repair("\n".join([TITLE, P1, P2, intro, *items]))
    assert art.paragraphs == [P1, P2, intro, *items]


def test_a_box_of_links_above_short_paragraphs_still_goes() -> None:
    # made up: a paragraph that ends with a colon, a box of three links, then the article's paragraphs,
    # short enough to pass for items but ending with a stop (headshape._announced_list counts no such line)
    intro = "وقال المتحدث باسم الوزارة في بيان نشره على موقعها الرسمي ما يلي:"
    links = ["منتخب البرازيل يفوز على الأرجنتين في نهائي الكأس", "زلزال قوي يضرب سواحل اليابان الشرقية فجرا",
             "الأسهم الأوروبية تتراجع مع نهاية تعاملات الأسبوع"]
    p2 = "وأضاف أن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية من المدينة."
    art = repair("\n".join([TITLE, P1, intro, *links, p2]))
    assert not set(links) & set(art.paragraphs) and p2 in art.paragraphs
    short = ["وأضاف أن المستشفى سيخدم سكان الأحياء الشمالية.", "وأشار إلى أن العمل بدأ في الموقع."]
    art = repair("\n".join([TITLE, P1, intro, *links[:2], *short]))
    assert not set(links[:2]) & set(art.paragraphs) and set(short) <= set(art.paragraphs)

"""Free-description speakers end where convention 6 ends them (issue #10): the outlet told after ل,
a quoted short name after the full one, and a place after في that completes a description."""
from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.subjects import clean_description
from test_quotes import article, only


def test_an_outlet_the_article_quotes_elsewhere_is_told_not_part_of_the_speaker() -> None:
    art = article('وفي 27 أبريل، نقلت "بزنس ستاندرد"، وهي صحيفة هندية، أن الغارة كانت بإذن من المكتب.',
                  'لكن، ردا على سؤال، قال المتحدث باسم وزارة الخارجية لبزنس ستاندرد: "لم يتم إعلامنا بأي حادثة".')
    assert only(find_quotes(art), "لم يتم").speaker == "المتحدث باسم وزارة الخارجية"


def test_a_name_after_la_that_the_article_never_quotes_is_told_when_no_word_of_it_is_common() -> None:
    # session 9 (rasd.analyse.quotes.phrase): ل + words none of which is a common word is the outlet told
    # even when the article never quotes it; ل + a common noun is the description's genitive and stays
    art = article('وقال المتحدث باسم وزارة الخارجية لبزنس ستاندرد: "لم يتم إعلامنا بأي حادثة".',
                  'وقال المتحدث الرسمي لحركة فتح: "نرفض القرار".')
    qs = find_quotes(art)
    assert only(qs, "لم يتم").speaker == "المتحدث باسم وزارة الخارجية"
    assert only(qs, "نرفض").speaker == "المتحدث الرسمي لحركة فتح"


def test_a_quoted_short_name_after_the_full_agency_name_is_dropped() -> None:
    assert clean_description('متحدث باسم وكالة الفضاء الحكومية الروسية "روسكوسموس"') == \
        "متحدث باسم وكالة الفضاء الحكومية الروسية"
    # an indefinite head's quoted name is the name itself, not a repetition
    assert clean_description('صحيفة "نيويورك تايمز"') == 'صحيفة "نيويورك تايمز"'
    assert clean_description('موقع "تويتر"') == 'موقع "تويتر"'


def test_a_place_after_fi_completes_a_description_that_names_an_outlet() -> None:
    art = article("ويقول مراسل بي بي سي في الأمم المتحدة إن تصريحات عباس كانت صفعة واضحة للولايات المتحدة.",
                  entities={"E1": ("ORG", "بي بي سي", []), "E2": ("ORG", "الأمم المتحدة", [])})
    assert only(find_quotes(art), "تصريحات").speaker == "مراسل بي بي سي في الأمم المتحدة"


def test_a_la_inside_the_quote_marks_is_part_of_the_name() -> None:
    art = article('وتنظم "مسيرة العودة" احتجاجات كل جمعة.',
                  'وقالت اللجنة التنسيقية "لمسيرة العودة" إن الاحتجاجات ستستمر حتى منتصف مايو.')
    assert only(find_quotes(art), "الاحتجاجات ستستمر").speaker == 'اللجنة التنسيقية "لمسيرة العودة"'

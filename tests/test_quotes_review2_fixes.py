"""The second review's findings on the session-11 quotes commits (review_2): each misfire on made-up text,
and the case the reviewed commit meant, which still works."""

from __future__ import annotations

import pytest

from quote_helpers import quotes_of


def _speakers(text: str, quote: str) -> list[str | None]:
    return [spk for q, spk in quotes_of(text) if q.startswith(quote)]


# -- finding 2 (5035cff): a relative clause's verb with its own subject after it ---------------------------

def test_a_subject_named_after_the_relative_verb_speaks() -> None:
    text = ("وأعلنت تركيا اعتقال عشرات من أنصار جماعة فتح الله غولن التي تتهمها الحكومة الألمانية "
            "بتدبير الانقلاب.")
    assert _speakers(text, "بتدبير") == ["الحكومة الألمانية"]
    text = "وأعلنت تركيا اعتقال عشرات من أنصار جماعة فتح الله غولن التي تتهمها أنقرة بتدبير الانقلاب."
    assert _speakers(text, "بتدبير") == ["أنقرة"]


def test_a_relative_verb_with_no_subject_after_it_still_takes_the_clause_subject_before() -> None:
    text = ("أوقفت السلطات طائرة على متنها رجل تشتبه أنقرة في ارتباطه بجماعة فتح الله غولن التي تتهمها "
            "بالوقوف وراء محاولة الانقلاب.")
    assert _speakers(text, "بالوقوف") == ["أنقرة"]


def test_a_present_verb_is_known_by_its_other_person() -> None:
    from rasd.analyse.quotes.choose import _present_verb
    from rasd.analyse.quotes.phrase import _zipf

    assert _present_verb("تشتبه") and _present_verb("يقول")
    if _zipf("تقرير") is not None:  # the word table loads: nouns in ت are told apart
        assert not _present_verb("تقرير") and not _present_verb("تنظيم") and not _present_verb("تصريحات")


# -- finding 5 (35573f2): «كل من» + verb is "whoever", no joint subject ------------------------------------

def test_whoever_is_no_joint_subject() -> None:
    assert _speakers("وقال كل من شارك في الاجتماع إن الأجواء كانت إيجابية.", "الأجواء") == [None]
    text = "وأكد كل من التقى الرئيس الفرنسي إيمانويل ماكرون أنه كان متعبا."
    assert "إيمانويل ماكرون" not in _speakers(text, "كان متعبا")


def test_a_joint_subject_of_names_still_speaks_as_its_first_name() -> None:
    assert _speakers("وأعلنت كل من روسيا وتركيا أن المحادثات ستستأنف الأسبوع المقبل.", "المحادثات") == ["روسيا"]


# -- finding 6 (9f4c805): an occasion marked as still to come by a time word, with no future verb ----------

def test_an_occasion_tomorrow_is_part_of_the_content_without_a_future_verb() -> None:
    for when in ("في مؤتمره الصحفي غدا", "خلال زيارته المقبلة"):
        text = f"وقال الرئيس سامر حداد إن الحكومة تعلن القرار {when}."
        assert [q for q, _spk in quotes_of(text)] == [f"الحكومة تعلن القرار {when}"]


def test_a_past_occasion_still_ends_the_content() -> None:
    text = "وقال الرئيس سامر حداد إن الحكومة أعلنت القرار في مؤتمره الصحفي."
    assert [q for q, _spk in quotes_of(text)] == ["الحكومة أعلنت القرار"]


# -- finding 7 (f391265): the phrase of an indefinite title or source stops before the object --------------

def test_an_object_after_the_indefinite_subject_is_left_out() -> None:
    assert _speakers("ودعا متحدث باسم الجيش الأهالي إلى التزام منازلهم.", "التزام") == ["متحدث باسم الجيش"]
    assert _speakers("ودعا مسؤول إسرائيلي سكان غزة إلى مغادرة منازلهم.", "مغادرة") == ["مسؤول إسرائيلي"]
    assert _speakers("وحذر مسؤول أمريكي إيران من التصعيد في المنطقة.", "التصعيد") == ["مسؤول أمريكي"]
    assert _speakers("وحذر مسؤولون أمريكيون إيران من التصعيد في المنطقة.", "التصعيد") == ["مسؤولون أمريكيون"]


def test_the_indefinite_subject_keeps_its_adjectives() -> None:
    assert _speakers("ودعا متحدث باسم الحزب الناخبين إلى المشاركة في الانتخابات.", "المشاركة") == \
        ["متحدث باسم الحزب"]
    assert _speakers("وحذر مصدر أمني مطلع من التصعيد في المنطقة.", "التصعيد") == ["مصدر أمني مطلع"]


def test_a_nisba_is_told_from_a_broken_plural_and_a_particle() -> None:
    from rasd.analyse.quotes.actors import _definite, _nisba
    from rasd.analyse.quotes.phrase import _zipf

    assert _nisba("الاسرائيليه") and _nisba("عسكري") and _nisba("امريكيون") and not _nisba("مسؤولون")
    if _zipf("الاهالي") is not None:  # the word table loads
        assert not _nisba("الاهالي") and not _nisba("الاراضي") and not _nisba("المباني")
    assert not _definite("الي") and not _definite("التي") and _definite("الحزب")


# -- finding 8 (reported on f6d2532; the quote comes from the older verbal-noun path of objects.py) ----------

@pytest.mark.xfail(reason="open: a possessed verbal noun after a named subject (تصميمها) is stated; requiring a "
                   "complement right after it lost a right quote on a check set, and «تصميمها الجديد لهاتف» has the "
                   "shape of «دعمها الكامل للقرار»", strict=True)
def test_a_product_shown_is_no_statement() -> None:
    assert quotes_of("وكشفت شركة سامسونغ تصميمها الجديد لهاتف غالاكسي.") == []


def test_a_possessed_stance_noun_is_still_stated() -> None:
    assert _speakers("وأعلنت باريس دعمها للقرار الأممي.", "دعمها") == ["باريس"]

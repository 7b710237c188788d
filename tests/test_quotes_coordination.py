"""Session 10 (issue #10): a coordinated cue shares the subject of the verb it agrees with, and a
subjectless cue does not continue a description of the other gender or number. Made-up texts."""

from __future__ import annotations

import pytest

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.continuation import description_agrees, description_gender
from rasd.analyse.quotes.coordination import verb_gender
from test_quotes import article, only


def test_a_coordinated_stance_takes_the_subject_of_the_agreeing_verb_before_it() -> None:
    # the court is the sentence's subject; the feminine cue shares the subject of «تقدمت بها», not the court's
    art = article("وتنظر محكمة العدل في لاهاي بالشكوى التي تقدمت بها فنلندا وتتهم فيها النرويج بخرق الاتفاقية البحرية.",
                  entities={"E1": ("ORG", "محكمة العدل", []), "E2": ("LOC", "فنلندا", []),
                            "E3": ("LOC", "النرويج", []), "E4": ("LOC", "لاهاي", [])})
    q = only(find_quotes(art), "بخرق")
    assert q.speaker == "E2"


def test_a_coordinated_cue_skips_a_verb_of_the_other_gender() -> None:
    assert verb_gender("تمتد", "قرب", False) == "F"
    assert verb_gender("وينشر", "المنتدى", False) == "M"
    assert verb_gender("تقدمت", "بها", False) == "F"
    assert verb_gender("الصفحات", "بها", False) is None  # a plural noun, no verb
    assert verb_gender("الرسالة", "بها", True) is None  # a definite noun
    assert verb_gender("تابوت", "خشبي", False) is None  # a past feminine needs a name or a pronoun-carrying preposition after it


def test_a_masculine_coordinated_cue_passes_a_feminine_clause_for_its_own_verb() -> None:
    art = article("ويعرض مركز الدراسات خريطة جديدة تمتد حتى حدود ليتوانيا ويدعو إلى مراجعة الاتفاقات القديمة.",
                  entities={"E1": ("ORG", "مركز الدراسات", []), "E2": ("LOC", "ليتوانيا", [])})
    q = only(find_quotes(art), "مراجعة")
    assert q.speaker == "E1"


def test_a_coordinated_cue_with_the_subject_first() -> None:
    art = article("وسمير داود انتقد زيارة هولم إلى المدينة، وقال إن الزيارة كانت خطأ كبيرا.",
                  entities={"E1": ("PER", "سمير داود", []), "E2": ("PER", "هولم", [])})
    q = only(find_quotes(art), "الزيارة كانت")
    assert q.speaker == "E1"


@pytest.mark.parametrize(("desc", "gender"), [
    ("المتحدث باسم الوزارة", "M"), ("المتحدثة باسم الشركة", "F"), ("مسؤولون أوروبيون", "P"),
    ("مستخدمو موقع الصور", "P"), ("مصادر محلية", None), ("قادة الأحزاب", None)])
def test_description_gender(desc: str, gender: str | None) -> None:
    assert description_gender(desc) == gender


def test_a_singular_cue_does_not_continue_a_plural_of_people_nor_the_other_gender() -> None:
    assert not description_agrees("M", False, "مسؤولون أوروبيون")
    assert description_agrees(None, True, "مسؤولون أوروبيون")
    assert not description_agrees("F", False, "المتحدث باسم الوزارة")
    assert description_agrees("M", False, "المتحدث باسم الوزارة")
    assert description_agrees("F", False, "مصادر محلية")  # a broken plural says nothing


@pytest.mark.parametrize(("word", "plural"), [
    ("وصفوه", True), ("اعتبروها", True), ("يصفونه", True), ("قالوا", True),
    ("وصفه", False), ("يدعوه", False), ("تتهمها", False), ("وصفتها", False)])
def test_a_plural_cue_with_an_object_pronoun_is_plural(word: str, plural: bool) -> None:
    from rasd.analyse.quotes.base import _Cue
    from rasd.analyse.quotes.choose import cue_plural

    assert cue_plural(_Cue(0, len(word), word, False, "stance")) is plural


def test_the_sentence_agent_speaks_where_no_earlier_speaker_agrees() -> None:
    # no earlier speaker: the continuation finds nobody, the agreeing name of the sentence speaks
    art = article('هذه المرة تحلى سامي داود، رئيس تحرير المجلة السابق، بقدر أكبر من الجرأة على تحدي ما قال إنه '
                  '"كثير من الأوهام التي تحيط بالفنانين".',
                  entities={"E1": ("PER", "سامي داود", ["رئيس تحرير المجلة السابق"])})
    assert only(find_quotes(art), "كثير من الأوهام").speaker == "E1"


def test_a_joined_verb_without_a_subject_passes_the_walk_on_to_the_verb_before() -> None:
    # «فرفضته» has no subject of its own: it shares «اعترضت عليه فنلندا»'s, and so does «واقترحت»
    art = article('وصوت المجلس الأعلى على المشروع، في حين اعترضت عليه فنلندا بشدة فرفضته "جملة وتفصيلا" '
                  'واقترحت بالمقابل إرجاء التصويت.',
                  entities={"E1": ("ORG", "المجلس الأعلى", []), "E2": ("LOC", "فنلندا", [])})
    assert only(find_quotes(art), "إرجاء").speaker == "E2"


def test_no_verb_is_read_in_a_noun_in_ta() -> None:
    assert verb_gender("حمله", "غلوب", True, raw="حملة") is None  # حملة, not حمل + ه
    assert verb_gender("حمله", "غلوب", True, raw="حمله") == "M"

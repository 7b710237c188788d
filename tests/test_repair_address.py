"""A notice in words no list holds, found by its grammar: a word with the second-person suffix
(«استخدامك», «موافقتك») counts as one notice family (``furniture._address_form``)."""

from __future__ import annotations

import pytest

from rasd.repair.furniture import _address_form, furniture, notice_families
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."


@pytest.mark.parametrize("word", ["استخدامك", "موافقتك", "دخولك", "هواتفكم", "حسابك"])
def test_second_person_forms(word: str) -> None:
    assert _address_form(word)


@pytest.mark.parametrize("word", ["شريك", "مبارك", "بنك", "ذلك", "كذلك", "سلوك", "عليك", "إليك", "هناك"])
def test_words_ending_in_kaf_that_address_no_one(word: str) -> None:
    assert not _address_form(word)


def test_the_grammar_counts_once_and_only_when_asked() -> None:
    line = "استخدامك لهذا الموقع يعني موافقتك على سياسة ملفات تعريف الارتباط."
    assert notice_families(line) == 2
    assert notice_families(line, address=False) == 1


@pytest.mark.parametrize("line", [
    "استخدامك لهذا الموقع يعني موافقتك على سياسة ملفات تعريف الارتباط.",
    "هذا المقال متاح للمشتركين فقط، سجّل دخولك للمتابعة.",
])
def test_a_notice_found_by_its_grammar_goes_between_paragraphs(line: str) -> None:
    assert furniture(line) is not None and furniture(line)[0] == "boilerplate_notice"
    art = repair(f"{TITLE}\n{P1}\n{line}\n{P2}\n{P3}")
    assert art.paragraphs == [P1, P2, P3]
    assert any(r.reason == "boilerplate_notice" and r.text.strip() == line for r in art.removed)


def test_a_closing_line_that_speaks_to_the_reader_on_the_story_stays() -> None:
    """A review's last line tells its readers to go and see the film: the grammar alone makes no notice
    of a line that shares the story's words, even below the story."""
    title = "فيلم توب العيرة يحصد جائزة في مهرجان الأفلام الوثائقية"
    p1 = "حصد فيلم توب العيرة الوثائقي للمخرجة لين جائزة لجنة التحكيم في مهرجان الأفلام."
    p2 = ("ويعرض الفيلم في صالات المدينة منذ الأسبوع الماضي، ولم يخف كثير من المشاهدين دموعهم، "
          "فحمل بعضهم المناديل إلى القاعة.")
    last = "إن كان هذا الفيلم يعرض في أي صالة قريبة من مدينتكم، لا تفوتوا مشاهدته، ولا تنسوا المناديل في جيوبكم!"
    art = repair(f"{title}\n{p1}\n{p2}\n{last}")
    assert art.paragraphs == [p1, p2, last]
    # The same line under a story it shares no words with is the site's, as a listed notice is.
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{last}")
    assert art.paragraphs == [P1, P2]


@pytest.mark.parametrize("line", ["لن تنشر التعليقات المسيئة أو الخارجة عن الموضوع.",
                                  "يحذف المشرفون التعليق المسيء فور وروده."])
def test_a_comment_policy_in_either_gender(line: str) -> None:
    """«مسيء» and its feminine «مسيئة» (plural comments take it: «التعليقات المسيئة»): the hamza's seat
    changes with the suffix, so both are read."""
    assert furniture(line) == ("boilerplate_notice", furniture("يرجى الالتزام بآداب الحوار عند كتابة التعليقات.")[1])

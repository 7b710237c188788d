"""Repair: a page's only line is its text, never a stray headline of another story (headlines._foreign)."""

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

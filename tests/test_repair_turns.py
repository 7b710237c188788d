"""Repair: an interview's question, marked «>» at the line's start, is the article's own (headshape._BULLETS)."""

from __future__ import annotations

from rasd.repair.repair import repair

TITLE = "مخرج شاب يتحدث عن فيلمه الأول"
ANSWER1 = "- بدأت الكتابة قبل خمس سنوات، وكنت أعمل نهارا في مكتب صغير وأكتب ليلا في غرفتي."
ANSWER2 = "- لم أتوقع هذا النجاح، لكن الجمهور وجد في القصة شيئا من حياته اليومية ومتاعبه."
Q = "> هل كانت السينما حلمك منذ الطفولة؟"  # made up; none of the answers' words


def test_an_interview_question_stays() -> None:
    art = repair("\n".join([TITLE, ANSWER1, Q, ANSWER2]))
    assert Q in art.paragraphs and art.related_headlines == []


def test_the_same_question_without_its_mark_goes() -> None:
    bare = Q[2:]
    art = repair("\n".join([TITLE, ANSWER1, bare, ANSWER2]))
    assert bare not in art.paragraphs

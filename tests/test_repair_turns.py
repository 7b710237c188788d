"""Repair: the marks of an interview or a list are the article's own: a question marked «>» at the line's start
(headshape._BULLETS), an item number glued after the item above it (headshape._ITEM_NUMBER_RE) or
opening a line with a colon («3: …», headshape._ITEM_RE)."""

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


def test_a_glued_list_item_is_no_headline_tail() -> None:
    items = ("ومن صفات القصيدة: 1.غرضه مدح المدينة وأهلها.2.نعت الشاعر أهلها بالكرم والشجاعة."
             "3.وصف الأسواق القديمة والبساتين.4.ختم بالدعاء للمدينة بالخير والأمان الدائم")
    art = repair("\n".join([TITLE, ANSWER1, items, ANSWER2]))
    assert items in art.paragraphs and art.related_headlines == []


def test_a_numbered_item_with_a_colon_is_no_headline() -> None:
    from rasd.repair.headshape import _not_a_headline

    assert _not_a_headline("3: كن صديقا لمن يصدقك القول")  # made up
    assert not _not_a_headline("2018: عام الأزمات في الأسواق الناشئة")  # a year is a topic, not an item


def test_a_decimal_before_a_glued_headline_still_splits() -> None:
    from rasd.repair.headshape import _tail_start

    line = "وقال التقرير إن نسبة النمو في العام الماضي بلغت 2.5.السعودية تعلن عن خطة جديدة للإسكان"
    assert line[_tail_start(line) or 0:].startswith("السعودية")
    glued = "ومن صفات القصيدة أنها مدحت المدينة.۵.دعا لها الشاعر بالخير والأمان"  # a Persian five
    assert _tail_start(glued) is None


def test_a_number_spaced_from_its_colon_is_no_item() -> None:
    from rasd.repair.headshape import _not_a_headline

    assert not _not_a_headline("24 : ساعة من الرعب في مدينة ساحلية")
    assert _not_a_headline("۳: كن صديقا لمن يصدقك القول")

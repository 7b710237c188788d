"""Repair: a poem's hemistichs are the article's, even those with a headline's shape (headlines._verse_lines)."""

from __future__ import annotations

from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
# Made-up verse: every other hemistich opens with «و» (a mark of the article's own text), the others
# have a headline's shape and share no word with the article.
POEM = ["سرت في الليل أبحث عن نجم بعيد", "وقلبي يسابق خطو الرياح العاتيات",
        "تناديني الدروب إلى بيت قديم", "وفي الصدر شوق قديم الجراح"]


def test_unmarked_hemistichs_between_marked_ones_stay() -> None:
    art = repair("\n".join([TITLE, P1, *POEM, P2]))
    assert art.paragraphs == [P1, *POEM, P2]
    assert art.related_headlines == []


def test_vowelled_or_introduced_run_stays() -> None:
    # the middle line is vowelled enough to count as the article's own, which splits the headline-shaped run
    vowelled = ["سرت في الليل أبحث عن نجم بعيد", "يُسابِقُ قلبي خطو الرياح العاتيات", "تناديني الدروب إلى بيت قديم"]
    assert repair("\n".join([TITLE, P1, *vowelled, P2])).paragraphs == [P1, *vowelled, P2]
    intro = "وختم الطبيب كلمته بأبيات قالها في افتتاح المستشفى:"
    plain = [POEM[0], "كم غربة", POEM[2]]  # a two-word line has no headline's shape
    assert repair("\n".join([TITLE, P1, intro, *plain, P2])).paragraphs == [P1, intro, *plain, P2]


def test_a_box_of_links_with_no_mark_of_verse_still_goes() -> None:
    # a label of two words and two short links: a run of short bare lines, but no mark of verse
    links = ["منتخب البرازيل يفوز على الأرجنتين", "زلزال يضرب سواحل اليابان الشرقية"]
    art = repair("\n".join([TITLE, P1, "مواضيع منوعة", *links, P2]))
    assert not set(links) & set(art.paragraphs)


def test_an_alefs_tanween_or_one_connective_is_no_mark_of_verse() -> None:
    # made up: «مشروعًا جديدًا» spells the adverbial tanween a headline may keep; «وسط …» opens one link only
    label = "ملفات ساخنة"
    second = "منتخب البرازيل يفوز على الأرجنتين"
    for first in ("الرئيس يطلق مشروعًا جديدًا للإسكان", "وسط مخاوف من ركود الأسواق العالمية"):
        art = repair("\n".join([TITLE, P1, label, first, second, P2]))
        assert second not in art.paragraphs


def test_the_title_repeated_above_a_box_is_no_mark_of_verse() -> None:
    links = ["منتخب البرازيل يفوز على الأرجنتين", "زلزال يضرب سواحل اليابان الشرقية"]
    for body in ([TITLE, *links, P1, P2], [P1, TITLE, *links, P2]):
        art = repair("\n".join([TITLE, *body]))
        assert not set(links) & set(art.paragraphs)


def test_marks_spread_over_the_hemistichs_are_verse() -> None:
    # one shadda on each of two lines, none on the third: vowelled here and there, as verse is
    lines = ["يا قمرا يضيء دروب المدينة", "كم لحنا على شفتيها ترنّم", "وكم غصّة في صدور الحزانى"]
    art = repair("\n".join([TITLE, P1, *lines, P2]))
    assert art.paragraphs == [P1, *lines, P2]

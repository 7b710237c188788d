"""Issue #9, session 6: junk in wordings no rule lists, caught by shape and by the article's words.

A related-stories box under a label of any wording, a link line «<word> أيضا - <headline>», a
vowelled button, a credit in brackets; and the article's own lines of the same shapes stay.
"""

from __future__ import annotations

from rasd.repair.repair import LABEL_ABOVE, repair
from repair_helpers import repair_lines

TITLE = "القبض على خلية إرهابية في الدمام"
BODY = [
    "قالت وزارة الداخلية السعودية إن قوات الأمن ألقت القبض على خلية إرهابية في مدينة الدمام شرق المملكة يوم الأحد.",
    "وأضاف المتحدث الرسمي باسم الوزارة أن الخلية كانت تخطط لاستهداف منشآت حكومية ومساجد في المنطقة الشرقية.",
    "وأشار إلى أن التحقيقات ما زالت جارية لكشف جميع المتورطين في هذه القضية وتقديمهم إلى العدالة.",
]
OTHER = ["انطلاق عروض السيرك العالمي «بيللوتشي» بجدة", "حالة وفاة تنقل لاعب الوسط إلى مستشفى الرياض"]


def _run(junk: list[str], at: int = 3):
    return repair_lines(TITLE, [*BODY[:at], *junk, *BODY[at:]])


def test_box_label_in_any_wording_goes_with_its_links() -> None:
    for label in ("أخبار أخرى", "ترشيحات المحرر", "قصص من الأرشيف"):
        for at in (1, 3):
            art, kept = _run([label, *OTHER], at)
            assert kept == BODY, (label, at, kept)
            assert any(r.text == label and r.detail == LABEL_ABOVE for r in art.removed)
            assert set(OTHER) <= set(art.related_headlines)


def test_own_section_heading_stays() -> None:
    # A column's section heading (colon) and a line that shares the article's words are the article's.
    for label in ("الكلام الأخير:", "خلية الدمام"):
        _, kept = _run([label, *OTHER])
        assert label in kept, label


def test_label_under_a_list_line_stays() -> None:
    # Under a line with no sentence end (a name list, a poem), a short line is one of its kind.
    art, kept = _run(["ليكي مارتينز", "جنيفر ماروزان", *OTHER])
    assert "جنيفر ماروزان" in kept


def test_also_link_line_in_any_verb() -> None:
    art, kept = _run(["انظر أيضا - " + OTHER[0]], 1)
    assert kept == BODY
    assert OTHER[0] in art.related_headlines
    # a speaker's turn with «أيضا» is the article's
    turn = 'قال أيضا: "لن نقبل بأي تهديد لأمن المنطقة الشرقية".'
    _, kept = _run([turn], 1)
    assert turn in kept


def test_vowelled_button_and_bracketed_credit() -> None:
    for junk in ("غرّد الخبر", "انسخ الرابط", "(تصوير: مصور الرياض)", "صورة لـأ ف ب"):
        _, kept = _run([junk], 1)
        assert kept == BODY, junk
    # a heading over the page's own text is no button
    _, kept = _run(["عن هذا المقال"], 1)
    assert "عن هذا المقال" in kept


def test_related_label_in_any_noun_and_bulleted_platforms() -> None:
    for junk in ("مواد ذات صلة: " + OTHER[0], "خبر متعلق: " + OTHER[1], "فيسبوك • تويتر • لينكد إن", "حجم الخط"):
        _, kept = _run([junk], 1)
        assert kept == BODY, junk


def test_notice_sharing_only_everyday_words_goes() -> None:
    # «آخر» and «الحصول» are in the story too, but every news story uses them: no topic shared.
    body = [*BODY, "وللحصول على آخر المعلومات أكد المتحدث أن الوزارة ستصدر بيانا مفصلا خلال الساعات المقبلة."]
    notice = "للحصول على آخر الأخبار فعّل الإشعارات في تطبيقنا."
    art = repair("\n".join([TITLE, body[0], notice, *body[1:]]))
    assert [p.strip() for p in art.paragraphs] == body
    # a sentence of a story about an app shares the story's own words, and stays
    app = ["أطلقت الهيئة تطبيقا جديدا للهواتف يتيح للمواطنين الإبلاغ عن المخالفات وتلقي الإشعارات.",
           "وقالت الهيئة إن التطبيق يرسل الإشعارات إلى المشتركين فور صدور أي تعميم جديد."]
    line = "فعّل الإشعارات في التطبيق للحصول على التعاميم."
    art = repair("\n".join(["الهيئة تطلق تطبيق الإشعارات", app[0], line, app[1]]))
    assert line in [p.strip() for p in art.paragraphs]


def test_glued_headline_on_the_story_topic_by_the_page_style() -> None:
    # Every paragraph ends with a stop; one runs on with no space into a bare line on the same topic.
    head = "خلية الدمام: الداخلية تكشف تفاصيل جديدة عن المتورطين في المخطط الإرهابي"
    glued = BODY[1] + head
    art = repair("\n".join([TITLE, BODY[0], glued, BODY[2], BODY[0].replace("يوم الأحد", "فجر الأحد")]))
    assert art.paragraphs[1] == BODY[1]
    assert head in art.related_headlines
    # with a space after the stop the tail may be the paragraph's own unpunctuated sentence: it stays
    art = repair("\n".join([TITLE, BODY[0], BODY[1] + " " + head, BODY[2], BODY[0].replace("يوم الأحد", "فجر الأحد")]))
    assert art.paragraphs[1] == BODY[1] + " " + head


def test_subheading_keeps_itself_when_a_headline_is_glued_to_it() -> None:
    sub = "فكيف تكشف الوزارة الخلايا النائمة؟"
    head = '"ملكة أغاني السول" أريثا فرانكلين ترحل عن 76 عاما'
    art = repair("\n".join([TITLE, BODY[0], BODY[1], sub + head, BODY[2]]))
    assert [p.strip() for p in art.paragraphs] == [BODY[0], BODY[1], sub, BODY[2]]
    assert head in art.related_headlines
    # after a pause the rest is the headline's own second half: the line goes or stays whole
    line = "لأول مرة في تاريخ الرياضة..النساء يحضرن مباراة كرة قدم"
    art = repair("\n".join([TITLE, *BODY[:2], line, BODY[2]]))
    assert "لأول مرة في تاريخ الرياضة.." not in [p.strip() for p in art.paragraphs]


def test_emphatic_opener_is_the_writers_line() -> None:
    # «لقد …» opens no headline (none of 12,297 corpus titles): a short unpunctuated line so opening
    # stays, though it shares no word with the article.
    line = "لقد وافقتها المنية صباح يوم السبت الماضي"
    art = repair("\n".join([TITLE, BODY[0], line, *BODY[1:]]))
    assert line in [p.strip() for p in art.paragraphs]

"""Issue #9, generalisation round: rules checked on outlets and wordings the earlier rules were not
built on (a dev-side leave-one-outlet-out proxy, ``scripts/repair_proxy.py``). Texts are made up for
the tests; each rule has a case where it must fire and one where it must not.
"""

from __future__ import annotations

from rasd.repair.furniture import furniture
from rasd.repair.headlines import foreign_headlines

TITLE = "مجلس الشورى يناقش مشروع نظام حماية المستهلك في جلسته الأسبوعية"
P1 = ("ناقش مجلس الشورى في جلسته الأسبوعية أمس مشروع نظام حماية المستهلك الذي أعدته لجنة التجارة، "
      "وقال رئيس اللجنة الدكتور سالم العتيبي إن النظام يحمي المستهلك من الغش التجاري ويرفع جودة السلع.")
P2 = ("وأضاف العتيبي أن مشروع النظام يفرض غرامات مالية على المتاجر المخالفة، ويلزم التجار بإعلان الأسعار "
      "بوضوح، ويمنح جمعية حماية المستهلك صلاحيات أوسع في متابعة الشكاوى.")
P3 = ("وأوضح أن اللجنة درست تجارب دول عدة قبل إعداد المشروع، وأن المجلس سيصوت عليه في جلسة مقبلة بعد "
      "استكمال ملاحظات الأعضاء على مواده المتعلقة بالغرامات وصلاحيات الجمعية.")
# Two deck lines in the article's own words (its names and claims), between its paragraphs.
DECK = ["العتيبي: النظام يحمي المستهلك من الغش التجاري ويرفع جودة السلع",
        "مشروع النظام يفرض غرامات مالية على المتاجر المخالفة ويلزم التجار بإعلان الأسعار"]
# Two links to other stories.
LINKS = ["منتخب البرازيل يفوز على الأرجنتين في مباراة ودية بملعب لندن",
         "ارتفاع أسعار الذهب في الأسواق العالمية مع تراجع الدولار الأمريكي"]


def test_a_run_of_deck_lines_that_restate_the_article_is_no_link_box() -> None:
    own, _ = foreign_headlines(TITLE, [P1, *DECK, P2, P3])
    assert not own
    own, _ = foreign_headlines(TITLE, [P1, *LINKS, P2, P3])
    assert set(own) == {1, 2}


def test_a_story_sentence_on_rights_or_terms_is_no_notice() -> None:
    story = "لكن الشركة اعتذرت في وقت لاحق للمستخدمين، وسمحت بإعادة النشر."
    notice = "لا يسمح بإعادة النشر دون إذن مسبق من الموقع."
    assert furniture(story) is None
    assert furniture(notice) is not None and furniture(notice)[0] == "boilerplate_notice"


def test_a_first_line_that_ends_in_a_pause_is_the_title() -> None:
    from rasd.repair.repair import repair

    art = repair("\n".join(["المجلس يقر نظام حماية المستهلك..", P1, P2]))
    assert art.title == "المجلس يقر نظام حماية المستهلك.." and art.paragraphs == [P1, P2]
    art = repair("\n".join(["المجلس يقر نظام حماية المستهلك.", P1, P2]))  # a sentence: no title
    assert art.title == ""


def test_stamps_and_credits_by_shape_whatever_the_label() -> None:
    for line, reason in (("آخر تعديل: 12-05-2017", "timestamp"), ("قبل 3 ساعات", "timestamp"),
                         ("صورة: وكالات", "caption"), ("(تصوير: رويترز)", "caption"), ("صورة توضيحية", "caption")):
        hit = furniture(line)
        assert hit is not None and hit[0] == reason, line
    for line in ("رؤية: 2030", "المصدر: الحكومة", "قال الوزير: غدا", "صورة قاتمة للاقتصاد العالمي هذا العام"):
        assert furniture(line) is None, line


def test_a_line_beside_another_storys_headline_is_one_more_link() -> None:
    on_topic = "ماذا ينتظر المتاجر الصغيرة في الأحياء؟"  # shares one word, asks: alone it stays
    body = [P1, P2, P3, LINKS[0], on_topic, LINKS[1]]
    own, _ = foreign_headlines(TITLE, body)
    assert set(own) == {3, 4, 5}
    own, _ = foreign_headlines(TITLE, [P1, P2, P3, on_topic])
    assert 3 not in own
    # a signature beside a link stays: a name is no link
    own, _ = foreign_headlines(TITLE, [P1, P2, P3, LINKS[0], "د. سالم بن عبدالله العتيبي"])
    assert 4 not in own


def test_a_read_also_box_goes_on_through_a_notice_inside_it() -> None:
    from rasd.repair.repair import repair

    notice = "ننوه إلى أن التعليقات تخضع للمراجعة قبل النشر."
    art = repair("\n".join([TITLE, P1, P2, "مواضيع ذات علاقة", LINKS[0], notice, LINKS[1], P3]))
    assert art.paragraphs == [P1, P2, P3]
    assert set(LINKS) <= set(art.related_headlines)
    assert any(r.reason == "boilerplate_notice" for r in art.removed)


def test_a_lead_sentence_repeated_above_its_paragraph_is_a_teaser() -> None:
    from rasd.repair.repair import repair

    first = P1.split("، ")[0] + "."
    long_para = first + " " + P2
    art = repair("\n".join([TITLE, first, long_para, P3]))
    assert art.paragraphs == [long_para, P3]
    assert any(r.reason == "truncated_copy" and r.text == first for r in art.removed)
    short = "ناقش المجلس النظام."  # a short line: a subheading may open the paragraph's words
    art = repair("\n".join([TITLE, short, short + " " + P2, P3]))
    assert short in art.paragraphs


def test_a_glued_headline_in_topic_claim_form_goes_even_when_it_asks() -> None:
    tail = "دراسة: هل تنجح المتاجر الصغيرة في المنافسة؟"
    own, tails = foreign_headlines(TITLE, [P1, P2 + " " + tail, P3])
    assert 1 in tails
    assert (P2 + " " + tail)[tails[1][0]:] == tail
    # the paragraph's own question after a sentence end stays
    mine = "فهل ينجح النظام في حماية المستهلك؟"
    own, tails = foreign_headlines(TITLE, [P1, P2 + " " + mine, P3])
    assert 1 not in tails


def test_a_quote_after_a_stop_opens_the_next_piece_when_the_piece_is_balanced() -> None:
    from rasd.repair.lines import glued_splits

    line = 'قال الوزير إن "الأمر خطير جدا"."ابني البالغ قتل ابنتي"'
    assert [line[c:] for c in glued_splits(line)] == ['"ابني البالغ قتل ابنتي"']
    line = 'قال الوزير "الأمر خطير جدا."وأضاف أن الوضع صعب'  # the quote closes the quotation
    assert [line[c:] for c in glued_splits(line)] == ["وأضاف أن الوضع صعب"]


def test_a_read_also_box_ends_at_a_line_that_continues_the_article() -> None:
    from rasd.repair.repair import repair

    own = "ويتقبل العزاء ذوو الفقيد في منزل الأسرة بحي النزهة"
    art = repair("\n".join([TITLE, P1, P2, "اقرأ أيضاً:", LINKS[0], own, P3]))
    assert own in art.paragraphs and LINKS[0] not in art.paragraphs

"""Round 5 of issue #9: the outlet's standing lines that are text, credits that are not, and blocks
of leads betrayed by a break in the page's style.

Texts are made up for the tests; each rule has a case where it must fire and one where it must not.
"""

from __future__ import annotations

from rasd.repair.boilerplate import whole_line
from rasd.repair.headlines import foreign_headlines
from rasd.repair.repair import repair
from rasd.repair.teasers import trailing_leads
from test_repair_teasers import LEAD, OWN, TEASERS, TITLE  # the same made-up story and leads

VIDEO = "وتداول نشطاء على مواقع التواصل الاجتماعي مقطع فيديو يظهر المزارعين وهم يحتجون أمام مبنى المحافظة."
CAVEAT = "ويشار إلى أن الموقع لا يمكنه التأكد بشكل مستقل من الأنباء التي يتم تناقلها عبر وسائل التواصل الاجتماعي."


def test_the_cannot_verify_caveat_stays_under_a_story_that_relays_social_media() -> None:
    art = repair("\n".join([LEAD, OWN[0], VIDEO, CAVEAT]), title=TITLE)
    assert CAVEAT in art.paragraphs
    # under a story that relays nothing from social media it is the site's furniture
    art = repair("\n".join([LEAD, OWN[0], OWN[1], CAVEAT]), title=TITLE)
    assert CAVEAT not in art.paragraphs
    assert any(r.reason == "boilerplate_notice" and r.text == CAVEAT for r in art.removed)


def test_a_column_disclaimer_that_names_the_writer_stays() -> None:
    own = "هذا المقال بقلم سامي الكاتب، والآراء الواردة أدناه تعبر عن رأي الكاتب، ولا تعكس بالضرورة وجهة نظر الشبكة."
    site = "المقال يعبر عن رأي كاتبه، ولا يعكس بالضرورة رأي الموقع."
    art = repair("\n".join([own, LEAD, *OWN, site]), title=TITLE)
    assert own in art.paragraphs and site not in art.paragraphs


def test_a_correspondent_credit_is_no_headline() -> None:
    credit = "سامي الكاتب مراسل الشبكة لشؤون الشرق الأوسط"
    other = "منتخب البرازيل يفوز على الأرجنتين في مباراة ودية بلندن"
    for line, gone in ((credit, False), (other, True)):
        own, _ = foreign_headlines(TITLE, [LEAD, OWN[0], line, OWN[1], OWN[2]])
        assert (2 in own) is gone


def test_a_scene_caption_in_the_storys_words_stays() -> None:
    mine = "جانب من المزارعين في المحافظات الجنوبية"
    other = "جانب من مباراة البرازيل والأرجنتين"
    art = repair("\n".join([LEAD, mine, *OWN, other]), title=TITLE)
    assert mine in art.paragraphs and other not in art.paragraphs


def test_link_boxes_need_the_corpus_on_a_page_that_never_punctuates() -> None:
    bare = [p.rstrip(".") for p in [LEAD, *OWN]]
    links = ["الحكومة تدرس خطة لدعم المزارعين في المحافظات", "الحكومة تحدد موعد توزيع البذور المحسنة"]
    own, _ = foreign_headlines(TITLE, [*bare[:2], *links, *bare[2:]])
    assert not own
    own, _ = foreign_headlines(TITLE, [LEAD, OWN[0], *links, OWN[3], OWN[2]])
    assert set(own) == {2, 3}


def test_credit_lines_and_link_labels() -> None:
    assert whole_line("فرانس 24/ أ ف ب / رويترز", top=False, first=False, last=True).reason == "byline"
    assert whole_line("فرانس 24/ أ ف ب", top=False, first=False, last=False) is None  # only below the text
    assert whole_line("رويترز تنقل عن مصادر", top=False, first=False, last=True) is None
    for line in ("أيضاً.. الحكومة تحدد موعد توزيع البذور", "كذلك.. الحكومة تحدد موعد توزيع البذور",
                 "تحليل.. ماذا تعني خطة الحكومة للمزارعين؟"):
        hit = whole_line(line, top=False, first=False, last=False)
        assert hit is not None and hit.reason == "boilerplate_read_also" and hit.related
    assert whole_line("أيضا، قال الوزير إن الخطة تبدأ قريبا.", top=False, first=False, last=False) is None
    assert whole_line("كذلك قال الوزير إن الخطة تبدأ قريبا.", top=False, first=False, last=False) is None


WIRE = "القاهرة، مصر (CNN)-- " + LEAD
ON_TOPIC = [  # leads of other stories on the farmers' plan: they share the story's words
    "أعلنت وزارة الزراعة خطة لتوزيع البذور المحسنة على المزارعين في المحافظات الجنوبية قبل بداية الموسم المقبل.",
    "كشفت المصارف الزراعية عن شروط القروض الميسرة للمزارعين في الجنوب بفائدة رمزية ولمدة خمس سنوات كاملة.",
    "طالب المزارعون في المحافظات الجنوبية بتعويضات عن خسائر الجفاف التي أضرت بمحاصيل القمح والشعير هذا العام.",
    "قال خبراء اقتصاد إن خطة دعم المزارعين في الجنوب قد تخفض أسعار القمح في الأسواق المحلية خلال العام المقبل.",
]


def test_a_break_in_a_wire_storys_style_ends_it_even_on_its_topic() -> None:
    own = [*OWN, "ومن المقرر أن يبدأ توزيع البذور في المحافظات الجنوبية خلال أسبوعين بحسب الوزارة."]
    paras = [WIRE, *own, *ON_TOPIC]
    assert trailing_leads(TITLE, paras) == 1 + len(own)
    # without the wire dateline, or with an own paragraph that does not continue, the leads stay
    assert trailing_leads(TITLE, [LEAD, *own, *ON_TOPIC]) == len(own) + 1 + len(ON_TOPIC)
    fresh = [*own[:2], "تشمل الخطة قروضا ميسرة للمزارعين في المحافظات الجنوبية.", *own[2:]]
    assert trailing_leads(TITLE, [WIRE, *fresh, *ON_TOPIC]) == len(fresh) + 1 + len(ON_TOPIC)
    # a speaker's next sentence without its «و» opens no lead
    assert trailing_leads(TITLE, [WIRE, *own, "أضاف الوزير أن " + ON_TOPIC[0], *ON_TOPIC[1:]]) \
        == 1 + len(own) + len(ON_TOPIC)


def test_teasers_still_go_under_the_style_rule() -> None:
    paras = [WIRE, *OWN, *TEASERS]
    assert trailing_leads(TITLE, paras) == 1 + len(OWN)


def test_a_question_after_a_sentence_and_a_space_is_the_paragraphs_own() -> None:
    para = "وقال وزير الزراعة إن الخطة تشمل آلاف المزارعين في المحافظات الجنوبية وتبدأ الشهر المقبل."
    own_q = para + " فمن يعوض المزارعين عن خسائر الجفاف في الجنوب؟"
    _, tails = foreign_headlines(TITLE, [LEAD, own_q, OWN[1]])
    assert not tails
    foreign_q = para + " هل تنجح البرازيل في استعادة لقب كأس العالم للسيدات؟"
    _, tails = foreign_headlines(TITLE, [LEAD, foreign_q, OWN[1]])
    assert set(tails) == {1}
    glued = para.rstrip(".") + ".هل تنجح البرازيل في استعادة لقب كأس العالم؟"
    _, tails = foreign_headlines(TITLE, [LEAD, glued, OWN[1]])
    assert set(tails) == {1}


def test_a_glue_after_a_spaced_period_is_still_a_glue() -> None:
    para = "وقال وزير الزراعة إن الخطة تشمل آلاف المزارعين في المحافظات الجنوبية وتبدأ الشهر المقبل ."
    line = para + "الدوري الإسباني: ريال مدريد يفوز على برشلونة، ويتصدر"
    _, tails = foreign_headlines(TITLE, [LEAD, line, OWN[1]])
    assert set(tails) == {1} and line[tails[1][0]:].startswith("الدوري")

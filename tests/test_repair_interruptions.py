"""Round 3 of the page-shape rules: drawn separators, pairs of related-story lines that cut a paragraph
from its continuation, a teaser block the corpus explains in part, and a caption above a teaser block.

Texts are made up for the tests; each rule has a case where it must fire and one where it must not.
"""

from __future__ import annotations

from rasd.repair.furniture import furniture
from rasd.repair.headlines import INTERRUPTION, foreign_headlines
from rasd.repair.repair import repair
from rasd.repair.teasers import trailing_leads
from test_repair_teasers import LEAD, OWN, TEASERS, TITLE  # the same made-up story and leads

# Paragraphs of 8–14 words: too short for the older box rule (15+ words on each side), so these
# cases test the continuation rule alone.
SHORT = ["وقال وزير الزراعة إن الخطة تشمل آلاف المزارعين في الجنوب.",
         "وأضاف أن القروض ستصرف عبر المصارف الزراعية بفائدة رمزية.",
         "ويأمل المزارعون تعويض خسائرهم قبل بداية موسم الأمطار القادم."]
# Links to stories on the same topic: they share the article's words (the older rules want a line
# foreign to the article), but not the words of the paragraphs below them.
LINKS = ["الحكومة تدرس خطة لدعم المزارعين في المحافظات الجنوبية", "الحكومة تحدد موعد توزيع البذور المحسنة في الجنوب"]


def test_a_drawn_separator_is_furniture_and_words_are_not() -> None:
    for line in ("-----------------", "___", "* * *", "•••", "ــــــ"):
        assert furniture(line) is not None and furniture(line)[0] == "separator"
    for line in ("--", "- البند الأول", "*** عاجل ***"):
        assert furniture(line) is None or furniture(line)[0] != "separator"
    art = repair("\n".join([LEAD, *OWN, "----------------------------"]), title=TITLE)
    assert art.paragraphs == [LEAD, *OWN]
    assert art.removed[-1].reason == "separator"


def test_a_pair_of_links_between_a_paragraph_and_its_continuation_goes() -> None:
    body = [LEAD, SHORT[0], *LINKS, SHORT[1], SHORT[2]]
    own, _ = foreign_headlines(TITLE, body)
    assert own == {2: INTERRUPTION, 3: INTERRUPTION}
    art = repair("\n".join(body), title=TITLE)
    assert art.paragraphs == [LEAD, SHORT[0], SHORT[1], SHORT[2]]
    assert art.related_headlines == LINKS


def test_a_single_line_or_a_fresh_section_stays() -> None:
    # one line alone may be a subheading whose paragraph opens with «و…» (France24's style)
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], LINKS[0], SHORT[2], SHORT[1]])
    assert 2 not in own
    # a paragraph that starts afresh below the pair: the lines open a section
    fresh = "تشمل الخطة الحكومية قروضا ميسرة وبذورا محسنة توزع مجانا."
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], *LINKS, fresh, SHORT[2]])
    assert not own


def test_subheadings_that_announce_the_paragraphs_below_stay() -> None:
    heads = ["قروض ميسرة عبر المصارف الزراعية للمزارعين", "بذور محسنة توزع على المزارعين"]
    below = "وستصرف القروض الميسرة عبر المصارف الزراعية وتوزع البذور المحسنة."
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], *heads, below, SHORT[2]])
    assert not own


def test_lines_the_corpus_removed_keep_the_teaser_block_whole() -> None:
    paras = [LEAD, *OWN, TEASERS[0], TEASERS[1], TEASERS[2]]
    assert trailing_leads(TITLE, paras[:-2]) == len(paras) - 2  # one kept lead alone is no block
    # the two others were removed by the corpus: given back as known lines, the block is whole again
    assert trailing_leads(TITLE, paras, known={6, 7}) == 5
    # known lines never count as the story's own paragraphs
    assert trailing_leads(TITLE, [LEAD, OWN[0], TEASERS[3], TEASERS[0], TEASERS[1], TEASERS[2]],
                          known={2}) == 6


def test_a_short_title_above_a_teaser_block_is_a_caption() -> None:
    caption = "وزير الزراعة يتفقد حقول القمح في المحافظات الجنوبية"[1:]  # «زير …»: no connective
    art = repair("\n".join([LEAD, *OWN, caption, *TEASERS]), title=TITLE)
    assert art.paragraphs == [LEAD, *OWN]
    assert [r.reason for r in art.removed] == ["caption"] + ["related_teaser"] * len(TEASERS)
    # without a block below it, the same line stays (it may be the story's last line)
    art = repair("\n".join([LEAD, *OWN, caption]), title=TITLE)
    assert art.paragraphs[-1] == caption


def test_lines_after_a_colon_or_a_pull_quote_stay() -> None:
    # a line ending with a colon introduces the lines below it (verse, a list)
    intro = "وقال وزير الزراعة في كلمته أمام المزارعين في الجنوب:"
    own, _ = foreign_headlines(TITLE, [LEAD, intro, *LINKS, SHORT[1], SHORT[2]])
    assert not own
    # a pull quote repeats a sentence of the article: it is the article's own
    pull = "القروض ستصرف عبر المصارف الزراعية بفائدة رمزية"
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], pull, LINKS[1], SHORT[1], SHORT[2]])
    assert not own


def test_a_single_line_above_a_paragraph_that_points_back_goes() -> None:
    # «وأضاف أن …» has no subject of its own: it continues the speaker above, so the line between is
    # no subheading (a section's first paragraph names who speaks)
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], LINKS[0], SHORT[1], SHORT[2]])
    assert own == {2: INTERRUPTION}
    named = "وأضاف الوزير أن القروض ستصرف عبر المصارف الزراعية بفائدة رمزية."
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], LINKS[0], named, SHORT[2]])
    assert 2 not in own


def test_a_comma_line_counts_only_as_one_of_a_pair() -> None:
    comma = "صحيفة محلية: الجفاف، أسوأ أزمة منذ عقود، يضرب المحافظات الجنوبية"
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], LINKS[0], comma, SHORT[2], SHORT[1]])
    assert own == {2: INTERRUPTION, 3: INTERRUPTION}
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], comma, SHORT[2], SHORT[1]])
    assert not own


def test_a_single_link_above_a_kama_verb_paragraph_goes_but_not_above_kama_huwa() -> None:
    """«كما» and a verb adds to the paragraph above the line («كما سيتم …»): no section opens with
    "also", so a single headline-shaped line between them is a link; «كما هو متوقع،» (as expected)
    can open a section under a subheading, and the line stays."""
    adds = "كما سيتم فتح مراكز جديدة للإرشاد الزراعي في القرى النائية خلال الأسابيع القليلة القادمة."
    body = [LEAD, SHORT[0], LINKS[0], adds, SHORT[2]]
    own, _ = foreign_headlines(TITLE, body)
    assert own == {2: INTERRUPTION}
    expected = "كما هو متوقع، سيتم فتح مراكز جديدة للإرشاد الزراعي في القرى النائية خلال الأسابيع القادمة."
    own, _ = foreign_headlines(TITLE, [LEAD, SHORT[0], LINKS[0], expected, SHORT[2]])
    assert own == {}

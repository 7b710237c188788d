"""A link on the article's own topic, on a page seen to carry links (``foreign.fresh_link``): a single line
that names what the article never does and is not what the section below it is about."""

from __future__ import annotations

from rasd.repair.foreign import fresh_link
from rasd.repair.repair import repair

TITLE = "عقوبات أمريكية جديدة على قطاع النفط الإيراني"
P1 = "فرضت الولايات المتحدة عقوبات جديدة على شركات النفط الإيرانية بعد انسحابها من الاتفاق النووي."
P2 = "وانتقدت طهران القرار ووصفته بأنه خرق للالتزامات الدولية المتعلقة بالاتفاق النووي."
P3 = "وقالت وزارة الخزانة إن العقوبات تستهدف صادرات النفط الإيرانية والمصارف التي تمولها."
P4 = "ويتوقع محللون أن تتراجع صادرات النفط الإيرانية بنسبة كبيرة خلال الأشهر المقبلة."
READ_ALSO = "اقرأ أيضا: أسعار الذهب ترتفع في الأسواق الآسيوية"
# On the topic (Iran, the sanctions: over a third of its words are the article's), but naming what the
# article never does (enrichment, uranium, a threat).
LINK = "إيران تهدد باستئناف تخصيب اليورانيوم ردا على العقوبات الأمريكية"
# A subheading: sums up the section below it in that section's words.
SUB = "الخزانة تستهدف صادرات النفط والمصارف الممولة"


def test_a_fresh_line_goes_on_a_page_that_carries_links() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{LINK}\n{P3}\n{P4}\n{READ_ALSO}")
    assert art.paragraphs == [P1, P2, P3, P4]
    assert LINK in art.related_headlines
    assert any(r.reason == "related_headline" and LINK in r.text for r in art.removed)


def test_the_same_line_stays_on_a_page_with_no_link() -> None:
    """A page alone with no link anywhere: a France24 subheading looks the same, so the line stays."""
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{LINK}\n{P3}\n{P4}")
    assert LINK in art.paragraphs


def test_a_subheading_that_sums_up_its_section_stays_on_a_linked_page() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{SUB}\n{P3}\n{P4}\n{READ_ALSO}")
    assert art.paragraphs == [P1, P2, SUB, P3, P4]


def test_list_items_and_edges_are_never_fresh_links() -> None:
    body = [P1, "وفيما يلي أبرز المحطات:", LINK, P3, P4]
    assert not fresh_link(body, 2, TITLE, [2])  # announced by a colon: an item of a list
    body = [P1, P2, LINK, "إسرائيل تقصف مواقع في الجولان السوري المحتل", P3]
    assert not fresh_link(body, 2, TITLE, [2, 3])  # next to another headline-shaped line
    assert not fresh_link([P1, LINK], 1, TITLE, [1])  # the last line: no section below
    other = "وقال محللون إن أسواق الطاقة تراقب التطورات في المنطقة عن كثب."  # a section not about the line
    assert fresh_link([P1, P2, LINK, other, P4], 2, TITLE, [2])
    assert not fresh_link([P1, P2, LINK, P3, P4], 2, TITLE, [2])  # P3 speaks of the sanctions and Iran


# «Topic: claim» on a line of its own, on the story's topic (Iran), half its words new to the article.
TOPIC_LINK = "الاتفاق النووي: إيران تهدد باستئناف تخصيب اليورانيوم"
# The same form as a subheading: the section below restates it.
TOPIC_SUB = "الخزانة: العقوبات تستهدف صادرات النفط والمصارف"


def test_a_topic_claim_line_the_text_below_does_not_restate_goes_even_alone() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{TOPIC_LINK}\n{P3}\n{P4}")
    assert art.paragraphs == [P1, P2, P3, P4]
    assert TOPIC_LINK in art.related_headlines


def test_a_topic_claim_subheading_restated_below_stays() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{TOPIC_SUB}\n{P3}\n{P4}")
    assert art.paragraphs == [P1, P2, TOPIC_SUB, P3, P4]


def test_a_line_in_a_headline_s_present_goes_on_a_linked_page_unless_its_section_restates_it() -> None:
    present = "إيران تهدد باستئناف التخصيب ردا على العقوبات"  # subject + imperfect: a headline's present
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{present}\n{P3}\n{P4}\n{READ_ALSO}")
    assert present not in art.paragraphs
    restated = "الخزانة تستهدف صادرات النفط الإيرانية"
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{restated}\n{P3}\n{P4}\n{READ_ALSO}")
    assert restated in art.paragraphs

"""A box of two related-story links between paragraphs: a short full sentence may stand beside it.

BBC Arabic puts its related links between two paragraphs; the paragraph above may be a short
sentence («واستنكر المتدينون مراراً برنامجه …»). A short line beside the run counts only when it ends
with a full stop and is not itself one item of a list (a headline-shaped line beyond it); a question
inside a quotation or a colon line introduces what follows.
"""

from __future__ import annotations

from rasd.repair.repair import repair

TITLE = "الشرطة التركية تعتقل داعية تلفزيونيا مثيرا للجدل في اسطنبول"
P1 = ("اعتقلت الشرطة في اسطنبول داعية تلفزيونيا مثيرا للجدل مع عدد من أتباعه بتهم تتعلق بالاحتيال "
      "وتشكيل عصابة إجرامية، بحسب ما أفادت وسائل إعلام محلية.")
SHORT = "واستنكر المتدينون مراراً برنامجه التلفزيوني الذي اكتسب سمعة سيئة لديهم."
# links on the story's topic: they share its words, so only the box's shape tells them
LINKS = ["الداعية التركي و\"قططه\" في قبضة الشرطة في اسطنبول", "غضب في تركيا بعد فتوى دينية عن زواج الفتيات"]
P2 = ("كان الداعية يقدم برنامجه التلفزيوني بحضور جمهور كبير، ويشرح فيه آراءه الدينية والسياسية "
      "التي أثارت غضب رجال الدين في تركيا لسنوات طويلة.")


def test_a_pair_of_links_below_a_short_sentence_goes() -> None:
    art = repair("\n".join([P1, SHORT, *LINKS, P2]), title=TITLE)
    assert art.paragraphs == [P1, SHORT, P2]
    assert [r.text for r in art.removed] == LINKS


def test_a_short_line_without_a_full_stop_is_no_side() -> None:
    """A question inside a quotation above the run: the lines are the quotation's further questions."""
    asking = "ويتساءل أحد المشاهدين: \"هل من الجيد أن يقدم الداعية برنامجه على هذا النحو؟"
    raw = "\n".join([P1, asking, *LINKS, P2])
    assert repair(raw, title=TITLE).paragraphs == [P1, asking, *LINKS, P2]


def test_a_short_sentence_inside_a_list_is_no_side() -> None:
    """Above the short sentence is another short item: the run is the list's next items."""
    items = ["محرم إنجه البالغ من العمر 52 من حزب الشعب الجمهوري", "ميرال أكشينار البالغة من العمر 61 عن حزب الخير"]
    dotted = "تميل كرم الله أوغلو البالغ من العمر 77 عن حزب السعادة."
    raw = "\n".join([P1, *items, dotted, *LINKS, P2])
    assert set(LINKS) <= set(repair(raw, title=TITLE).paragraphs)

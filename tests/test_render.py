"""The human-readable rendering shows every analysis layer, resolved to names."""

from __future__ import annotations

from rasd.record import Article, Entity, Event, Mention, Quote, Removal, Span, TimeExpr
from rasd.render import render_text


def test_render_lists_layers_with_names_not_ids() -> None:
    art = Article(title="عنوان", paragraphs=["قال الوزير خالد إن الزيارة ناجحة اليوم."])
    art.build_text()
    art.entities = [Entity(id="E1", type="PER", name="خالد", mentions=[Mention(0, 1, "x")], roles=["الوزير"])]
    art.dates = [TimeExpr(start=0, end=5, text="اليوم", type="DATE", value="2026-02-04")]
    art.quotes = [Quote(start=0, end=5, text="الزيارة ناجحة", kind="indirect", speaker="E1", cue="قال")]
    art.events = [Event(id="V1", type="CONSULT", trigger=Span(0, 5, "الزيارة"), actors=["E1"], date="2026-02-04")]
    art.removed = [Removal(text="اقرأ أيضا: خبر آخر", reason="boilerplate_read_more")]
    out = render_text(art)
    assert "E1 PER  خالد — roles: الوزير" in out
    assert "اليوم → DATE 2026-02-04" in out
    assert "خالد [قال] (indirect): الزيارة ناجحة" in out
    assert "CONSULT (happened) خالد on 2026-02-04" in out
    assert out.index("Events") < out.index("Removed (1):")
    assert "[boilerplate_read_more] اقرأ أيضا" in out

""""Also" after a verb tells another act of its kind, which the merge keeps apart (events.sides.additive)."""

from __future__ import annotations

from rasd.analyse.events.sides import additive
from rasd.analyse.events.view import View
from test_events_news import COUNTRIES, _events, _named


def _accusations(art) -> list[tuple[str | None, str | None]]:
    return [(_named(art, e.source), _named(art, e.target)) for e in art.events if e.type == "ACCUSE"]


FIRST = "اتهمت تركيا روسيا بدعم الجماعات المسلحة على الحدود."


def test_an_accusation_told_with_also_is_a_second_accusation() -> None:
    art = _events([FIRST, "واتهمت تركيا أيضا روسيا بأنها أغلقت المعابر أمام الشاحنات."], COUNTRIES)
    assert _accusations(art) == [("تركيا", "روسيا"), ("تركيا", "روسيا")]


def test_the_same_accusation_told_again_without_also_is_one_event() -> None:
    art = _events([FIRST, "واتهمت تركيا روسيا بأنها أغلقت المعابر أمام الشاحنات."], COUNTRIES)
    assert _accusations(art) == [("تركيا", "روسيا")]


def _also_after(text: str, verb: str) -> bool:
    art = _events([text], COUNTRIES)
    v = View(art)
    b = v.norm.index(verb) + len(verb)
    return additive(v, b, len(v.norm))


def test_also_after_the_subject_a_definite_word_or_a_pronoun_belongs_to_the_verb() -> None:
    assert _also_after("وانتقدت تركيا أيضا سياسة روسيا.", "انتقدت")
    assert _also_after("وانتقدت المنظمة أيضا سياسة روسيا.", "انتقدت")
    assert _also_after("ورفضته هي أيضا.", "رفضته")


def test_also_after_another_verb_or_a_clause_edge_is_not_the_verbs() -> None:
    assert not _also_after("رفض القرار يبعث أيضا برسالة إلى روسيا.", "رفض")
    assert not _also_after("انتقدت تركيا روسيا، وقالت أيضا إنها سترد.", "انتقدت")

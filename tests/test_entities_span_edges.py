"""Edges of a tagger span (fixed tagger): a span never ends with the conjunction أم ("or")."""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _names(text: str, spans: list[tuple[str, str]]) -> set[str]:
    return {normalize(e.name) for e in annotated(text, spans).entities}


def test_a_span_ending_with_the_conjunction_am_is_cut_before_it() -> None:
    names = _names("وسأل إن كانت القوات ستشارك في الحملة مع تحالف زوربان أم لا، ثم عاد.",
                   [("تحالف زوربان أم", "ORG")])
    assert normalize("تحالف زوربان") in names, names
    assert not any(n.endswith(" ام") for n in names), names


def test_spelt_letters_are_no_conjunction() -> None:
    # إم (the letter M, hamza below) is part of the name, unlike أم
    names = _names("وقالت شركة كوربيكس إم إن الصفقة تمت.", [("كوربيكس إم", "ORG")])
    assert any(n.endswith(" ام") for n in names), names


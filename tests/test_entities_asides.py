"""An age in brackets after a name does not hide the apposition after it (fake tagger, no shared data)."""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _roles(text: str, spans: list[tuple[str, str]]) -> dict[str, list[str]]:
    a = annotated(text, spans)
    return {normalize(e.name): [normalize(r) for r in e.roles] for e in a.entities if e.type == "PER"}


def test_an_age_aside_is_skipped_before_the_apposition() -> None:
    roles = _roles("وقد أمسك خمسة رجال بفيصل أكجاي (50 عاما)، وهو مدير مدرسة في منغوليا، أمام منزله.",
                   [("فيصل أكجاي", "PER")])
    assert any(r.startswith(normalize("مدير مدرسة")) for r in roles[normalize("فيصل أكجاي")]), roles
    roles = _roles("وأكدت سعاد عبد الرحيم (53 عاما)، الطبيبة الصيدلانية، أنها ستترشح.", [("سعاد عبد الرحيم", "PER")])
    assert normalize("الطبيبة الصيدلانية") in roles[normalize("سعاد عبد الرحيم")], roles


def test_a_bracket_that_is_no_age_still_closes_the_name() -> None:
    # a bracketed aside other than an age (an acronym, a place) keeps the old reading: no role after it
    roles = _roles("وقال فيصل أكجاي (منغوليا)، وهو مدير مدرسة، إنه بخير.", [("فيصل أكجاي", "PER")])
    assert not any(r.startswith(normalize("مدير")) for r in roles.get(normalize("فيصل أكجاي"), [])), roles


def _types(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    a = annotated(text, spans)
    return {normalize(e.name): e.type for e in a.entities}


def test_the_holder_of_a_person_title_is_a_person_whatever_the_tagger_says() -> None:
    types = _types("وحكم على مدير الصحيفة أكين أتالاي بالسجن سبعة أعوام.", [("أكين أتالاي", "ORG")])
    assert types.get(normalize("أكين أتالاي")) == "PER", types
    # an organisation's own name after a title stays one: it has a head noun or the article
    types = _types("وقال رئيس الوزراء إن الحكومة ستدعم منظمة الصحة العالمية.", [("منظمة الصحة العالمية", "ORG")])
    assert types.get(normalize("منظمة الصحة العالمية")) == "ORG", types

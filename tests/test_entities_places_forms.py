"""A place's written name: a demonym after it, a division noun before it, a compass adjective (no tagger)."""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _places(text: str, spans: list[tuple[str, str]] | None = None) -> dict[str, list[str]]:
    a = annotated(text, spans)
    return {normalize(e.name): [normalize(x) for x in e.aliases] for e in a.entities if e.type == "LOC"}


def test_a_demonym_after_a_town_is_not_its_name() -> None:
    locs = _places("وصلت الطائرة إلى دنفر، عاصمة ولاية كولورادو الأمريكية، مساء أمس.",
                   [("كولورادو الأمريكية", "LOC"), ("دنفر", "LOC")])
    assert normalize("كولورادو") in locs, locs
    assert normalize("ولاية كولورادو") in locs[normalize("كولورادو")]


def test_a_division_noun_gives_the_longer_name_as_an_alias() -> None:
    locs = _places("وسيطرت الحكومة على قطاع غزة بعد المفاوضات.", [("غزة", "LOC")])
    assert normalize("قطاع غزة") in locs[normalize("غزة")], locs
    # مدينة is no part of the name: no alias
    locs = _places("ووصل الوفد إلى مدينة دمشق صباحا.", [("دمشق", "LOC")])
    assert locs[normalize("دمشق")] == [], locs


def test_a_compass_adjective_after_a_known_town_and_a_place_noun_describes_the_noun() -> None:
    locs = _places("وردت الدفاعات على هجوم فوق مدينة حمص الغربية ليلا.", [("حمص", "LOC")])
    assert normalize("حمص") in locs and normalize("حمص الغربيه") not in locs, locs
    # a compass name the place lists know stays whole
    locs = _places("وتظاهر السكان في مدينة القدس الشرقية أمس.", [("القدس", "LOC")])
    assert normalize("القدس الشرقية") in locs, locs


def test_a_compass_noun_before_a_continent_names_a_region() -> None:
    locs = _places("وتوسعت الشركة في جنوب شرق آسيا وشرق أوروبا، ونزح السكان جنوب بغداد.",
                   [("آسيا", "LOC"), ("أوروبا", "LOC"), ("بغداد", "LOC")])
    assert normalize("جنوب شرق آسيا") in locs and normalize("شرق أوروبا") in locs, locs
    assert normalize("بغداد") in locs and normalize("جنوب بغداد") not in locs, locs  # a direction from a town

"""The family name after a patronymic chain (fixed tagger): a rare definite word ends the name."""

from __future__ import annotations

import pytest

from entity_helpers import annotated
from rasd.analyse.entities.cands import word_zipf
from rasd.arabic.normalize import normalize

needs_table = pytest.mark.skipif(word_zipf(normalize("باريس")) is None, reason="NER word table not installed")


def _people(text: str, spans: list[tuple[str, str]]) -> set[str]:
    return {normalize(e.name) for e in annotated(text, spans).entities if e.type == "PER"}


@needs_table
def test_a_rare_definite_word_after_a_patronymic_chain_is_the_family_name() -> None:
    assert word_zipf(normalize("الزرنوقي")) is None
    people = _people("وعين الملك اللواء سالم بن حمد الزرنوقي قائدا للقوات.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد الزرنوقي") in people, people


def test_frequent_words_participles_and_names_without_a_chain_are_left_alone() -> None:
    # a frequent word after the chain opens the rest of the sentence
    people = _people("وقال سالم بن حمد الجديد في منصبه إن الخطة تمضي.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد") in people, people
    # a participle opening a description (Zipf 3.5) is no family name
    people = _people("وقتل سالم بن حمد المقرب من القيادة.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد") in people, people
    # without بن inside the span nothing is added
    people = _people("وقال سالم حمد الزرنوقي إن الخطة تمضي.", [("سالم حمد", "PER")])
    assert normalize("سالم حمد") in people, people

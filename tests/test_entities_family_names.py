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


@needs_table
def test_a_participle_taking_its_complement_is_no_family_name() -> None:
    # مـ participles Zipf <= 3 followed by منذ or by ب on an indefinite word: a description, not the name
    people = _people("وأفرج عن سالم بن حمد المحتجز منذ عامين.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد") in people, people
    people = _people("وظهر أبو بكر بن علي المكنى بأبي حمزة في التسجيل.", [("أبو بكر بن علي", "PER")])
    assert normalize("أبو بكر بن علي") in people, people
    # a family name in مـ followed by في or by a preposition word in ب (بعد) is still the name's
    people = _people("وقال سالم بن حمد الزرنوقي في تصريح إن الخطة تمضي.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد الزرنوقي") in people, people
    people = _people("وأسندت القيادة إلى سالم بن حمد المطير بعد ترقيته.", [("سالم بن حمد", "PER")])
    assert normalize("سالم بن حمد المطير") in people, people

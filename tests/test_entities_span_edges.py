"""Edges of a tagger span (fixed tagger): a span never ends with the conjunction أم ("or"); a country the
tagger marks right after an organisation's noun, where its name is also the demonym, is the name's adjective."""

from __future__ import annotations

import pytest

from entity_helpers import annotated
from rasd.analyse.entities.cands import word_zipf
from rasd.arabic.normalize import normalize

needs_table = pytest.mark.skipif(word_zipf(normalize("باريس")) is None, reason="NER word table not installed")


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


def test_a_country_tagged_a_place_after_an_organisation_noun_is_its_adjective() -> None:
    a = annotated("وذكرت وكالة الأنباء السعودية (واس) أن الوفد وصل.", [("السعودية", "LOC")])
    orgs = {normalize(e.name) for e in a.entities if e.type == "ORG"}
    locs = {normalize(e.name) for e in a.entities if e.type == "LOC"}
    assert normalize("وكالة الأنباء السعودية") in orgs, (orgs, locs)
    assert normalize("السعودية") not in locs, locs
    # a country after a complete name with no adjective reading stays a place of its own
    a = annotated("وقال وزير الخارجية في السعودية إن الوفد وصل.", [("السعودية", "LOC")])
    assert normalize("السعودية") in {normalize(e.name) for e in a.entities if e.type == "LOC"}


@needs_table
def test_a_rare_word_between_a_title_and_a_tagged_organisation_is_the_holder_s_first_name() -> None:
    a = annotated("وأحيل الملف إلى النائب العام زوربيك فلانتيش أمس.", [("فلانتيش", "ORG")])
    per = {normalize(e.name) for e in a.entities if e.type == "PER"}
    assert normalize("زوربيك فلانتيش") in per, [(e.name, e.type) for e in a.entities]
    # a frequent word there is no first name: the tagger's span is left as it is
    a = annotated("وأحيل الملف إلى النائب العام عبر فلانتيش أمس.", [("فلانتيش", "ORG")])
    assert not any(e.type == "PER" for e in a.entities), [(e.name, e.type) for e in a.entities]


def test_a_span_ending_with_without_takes_its_complement() -> None:
    names = _names("وقالت منظمة مهندسون بلا حدود إن الوضع خطير.", [("منظمة مهندسون بلا", "ORG")])
    assert normalize("منظمة مهندسون بلا حدود") in names, names
    # the complement is a word of the line, not punctuation or a function word
    names = _names("وقالت منظمة مهندسون بلا، في بيانها، إن الوضع خطير.", [("منظمة مهندسون بلا", "ORG")])
    assert normalize("منظمة مهندسون بلا") in names, names


def test_a_scope_adjective_after_an_outlet_s_name_is_part_of_it() -> None:
    a = annotated("وقالت إذاعة زوربيا الدولية إن الوفد وصل.", [("زوربيا", "LOC")])
    orgs = {normalize(e.name) for e in a.entities if e.type == "ORG"}
    assert normalize("زوربيا الدولية") in orgs, [(e.name, e.type) for e in a.entities]

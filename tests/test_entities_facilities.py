"""Named facilities and landforms: a head noun and the name after it are one place (fixed tagger).

The name word is judged by corpus frequency (the NER package's wordfreq table): a word general text
hardly uses is a name whatever its ending; a frequent word of a nisba, plural or verb shape is not.
"""

from __future__ import annotations

import pytest

from entity_helpers import annotated
from rasd.analyse.entities.cands import word_zipf
from rasd.arabic.normalize import normalize

needs_table = pytest.mark.skipif(word_zipf(normalize("باريس")) is None, reason="NER word table not installed")


def _locs(text: str, spans: list[tuple[str, str]] | None = None) -> set[str]:
    return {normalize(e.name) for e in annotated(text, spans).entities if e.type == "LOC"}


def test_a_tower_or_palace_the_tagger_calls_a_person_is_a_place() -> None:
    locs = _locs("وتجمع المتظاهرون قرب برج زوفيلان ثم ساروا نحو النهر.", [("برج زوفيلان", "PER")])
    assert normalize("برج زوفيلان") in locs, locs


@needs_table
def test_a_rare_word_after_a_naming_head_is_a_name_whatever_its_ending() -> None:
    # a made-up word in ـين (a plural's ending) that no word table knows, after an indefinite head
    assert word_zipf(normalize("قرطيفيدين")) is None
    locs = _locs("ونزل الوفد في فندق قرطيفيدين ليلة الاجتماع.")
    assert normalize("فندق قرطيفيدين") in locs, locs
    # a definite nisba-shaped word general text hardly uses, after حي
    locs = _locs("وانفجرت العبوة في حي الزرنوقي صباح أمس.")
    assert normalize("حي الزرنوقي") in locs, locs


def test_a_frequent_adjective_plural_or_verb_after_the_head_is_no_name() -> None:
    locs = _locs("وأقاموا في فندق يطل على البحر، ثم انتقلوا إلى مخيم لاجئين قريب.")
    assert not any(x.startswith((normalize("فندق"), normalize("مخيم"))) for x in locs), locs
    locs = _locs("وانفجرت العبوة في الحي الشرقي صباح أمس.")
    assert not any(x.startswith(normalize("الحي")) for x in locs), locs
    locs = _locs("كانت المدينة ميناء مزدهرا في ذلك القرن.")
    assert not locs, locs


def test_a_first_letter_is_a_proclitic_only_by_corpus_frequency() -> None:
    # فينش: the rest «ينش» is no word, so ف is part of the name
    locs = _locs("وصدمت الشاحنة المارة عند جادة فينش وسط المدينة.")
    assert normalize("جادة فينش") in locs, locs


@needs_table
def test_a_peninsula_keeps_its_first_noun() -> None:
    locs = _locs("ومد الجسر بين شبه جزيرة زوكاتا والبر.")
    assert normalize("شبه جزيرة زوكاتا") in locs, locs


def _loc_entities(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(normalize(e.name), sorted(normalize(a) for a in e.aliases))
            for e in annotated(text, spans).entities if e.type == "LOC"]


def test_a_landform_with_and_without_its_head_is_one_place() -> None:
    locs = _loc_entities("وغمرت المياه ضفاف نهر الزرنوق. ويعد الزرنوق أطول الأنهار.", [("الزرنوق", "LOC")])
    assert len(locs) == 1, locs
    locs = _loc_entities("ووصل الوفد إلى جزيرة زوكاتا. وتقع زوكاتا جنوب البحر.", [("زوكاتا", "LOC")])
    assert len(locs) == 1, locs


def test_a_river_named_after_a_state_or_a_country_is_another_place() -> None:
    # the bare name follows a division noun elsewhere: the state, not the river
    locs = _loc_entities("وفاض نهر زوربيا. وأعلنت ولاية زوربيا الطوارئ.", [("زوربيا", "LOC")])
    assert len(locs) == 2, locs


def test_a_tagger_person_right_after_a_place_noun_is_the_place() -> None:
    locs = _locs("وعثر على أسلحة في منطقة زوربان كاليت أمس.", [("زوربان كاليت", "PER")])
    assert normalize("زوربان كاليت") in locs, locs
    # ولاية is also a term of office: the person stays a person
    a = annotated("وتحسن الاقتصاد خلال ولاية زوربان كاليت الثانية.", [("زوربان كاليت", "PER")])
    assert [e.type for e in a.entities] == ["PER"], [(e.name, e.type) for e in a.entities]


@needs_table
def test_a_frequent_definite_word_after_a_head_with_an_ordinary_reading_is_no_place() -> None:
    # قصر "shortness" and جادة "the right path" head ordinary phrases with frequent words
    for text in ("وألغي الحفل بسبب قصر المدة المتاحة.", "وقال إن الحكومة ستعود إلى جادة الصواب قريبا.",
                 "وأصيب بقصر النظر منذ صغره."):
        assert not _locs(text), text
    # a word general text hardly uses after them is still the name
    assert normalize("قصر الزرنوقي") in _locs("واجتمع الوزراء في قصر الزرنوقي أمس.")


def test_a_boycott_or_a_person_named_elsewhere_is_no_place() -> None:
    # مقاطعة is also a boycott; a name the tagger calls a person elsewhere in the article stays a person
    a = annotated("ودعا ناشطون إلى مقاطعة زوربان كاليت وشركاته.", [("زوربان كاليت", "PER")])
    assert [e.type for e in a.entities if e.name == "زوربان كاليت"] == ["PER"]
    b = annotated("وقال زوربان كاليت إنه زار منطقة زوربان كاليت أمس.", [("زوربان كاليت", "PER")])
    assert [e.type for e in b.entities if e.name == "زوربان كاليت"] == ["PER"]

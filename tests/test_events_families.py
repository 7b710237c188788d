"""Trigger families by PLOVER category, passive agents and conviction sense (issue #11).

The sentences are written for these tests (not copied from a corpus). Each family test checks a
form the root generates (perfect, imperfect, passive, verbal noun) and one non-event sense of
the same letters that must not fire.
"""

from __future__ import annotations

import pytest

from rasd.arabic.event_lexicon import TRIGGERS, TYPES
from rasd.record import Article
from test_events_fixtures import analysed, typed
from test_events_fixtures import trigger_kinds as kinds

ENTS = [("L1", "LOC", ["السعودية"], "SA"), ("L2", "LOC", ["قطر"], "QA"), ("L3", "LOC", ["روسيا"], "RU"),
        ("L4", "LOC", ["تركيا"], "TR"), ("L5", "LOC", ["لبنان"], "LB"), ("L6", "LOC", ["القرم"], "UA"),
        ("P1", "PER", ["سامر الخطيب"]), ("O1", "ORG", ["قوات الأمن"]), ("O2", "ORG", ["غوغل"], "US")]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)


def test_every_category_has_verb_and_noun_triggers() -> None:
    # the families give each PLOVER category both parts of speech (a verb and its verbal noun)
    for type_ in TYPES:
        pos = {t.pos for t in TRIGGERS if t.type == type_}
        assert "verb" in pos and "noun" in pos, type_


@pytest.mark.parametrize("word,type_", [
    ("قاطعت", "SANCTION"), ("يقاطعون", "SANCTION"), ("مقاطعة", "SANCTION"), ("جمدت", "SANCTION"),
    ("تجميد", "SANCTION"), ("أدين", "SANCTION"), ("صادرت", "COERCE"), ("مصادرة", "COERCE"),
    ("حجبت", "COERCE"), ("الحصار", "COERCE"), ("احتجوا", "PROTEST"), ("اعتصم", "PROTEST"),
    ("تعارض", "REJECT"), ("استبعد", "REJECT"), ("ابتزاز", "THREATEN"), ("تضامنت", "SUPPORT"),
    ("صادق", "AGREE"), ("استسلم", "CONCEDE"), ("اجتياح", "ASSAULT"), ("استنفرت", "MOBILIZE"),
])
def test_family_forms_are_triggers(word: str, type_: str) -> None:
    assert type_ in kinds(word)


@pytest.mark.parametrize("word", ["صادر", "تقاطع", "ينذر", "تمويل"])
def test_homographs_of_family_words_are_no_triggers(word: str) -> None:
    # صادر عن "issued by", تقاطع "intersection", ينذر "portends", تمويل "funding"
    assert not kinds(word)


def test_a_boycott_is_a_sanction_but_a_province_is_not() -> None:
    art = analyse(["وأعلنت السعودية مقاطعة قطر بسبب دعمها للإرهاب."])
    assert typed(art, "SANCTION") == [("السعودية", "قطر")]
    art = analyse(["ووقع الحادث في مقاطعة قطر الشمالية بحسب الشرطة."])
    assert typed(art, "SANCTION") == []


def test_an_annexation_needs_territory() -> None:
    art = analyse(["وتوترت العلاقات بعد ضم روسيا لمنطقة القرم عام 2014."])
    assert [s for s, _ in typed(art, "COERCE")] == ["روسيا"]
    art = analyse(["وضم الوفد الروسي مسؤولين من روسيا وتركيا."])
    assert typed(art, "COERCE") == []


def test_the_agent_of_a_passive_arrest_is_the_source() -> None:
    art = analyse(["اعتقل سامر الخطيب على يد قوات الأمن في لبنان الأسبوع الماضي."])
    assert typed(art, "COERCE") == [("قوات الأمن", "سامر الخطيب")]


def test_a_resumed_detainee_is_the_target_and_the_place_acts() -> None:
    art = analyse(["وقال المحامي إن سامر الخطيب غادر البلاد، وهو محتجز حاليا في لبنان."])
    assert typed(art, "COERCE") == [("لبنان", "سامر الخطيب")]


def test_condemnation_with_a_charge_is_a_conviction() -> None:
    art = analyse(["وأدانت محكمة في تركيا سامر الخطيب بتهمة التجسس."])
    assert [ev.type for ev in art.events] == ["SANCTION"]
    art = analyse(["وأدانت تركيا الهجوم على قطر."])
    assert [ev.type for ev in art.events] == ["ACCUSE"]


def test_censoring_needs_content_that_is_blocked() -> None:
    art = analyse(["وقررت غوغل حجب الإعلانات السياسية الممولة من روسيا."])
    assert [s for s, _ in typed(art, "COERCE")] == ["غوغل"]
    art = analyse(["وصوت البرلمان على حجب الثقة عن حكومة تركيا."])
    assert typed(art, "COERCE") == []


def test_the_killer_named_after_a_passive_killing_is_the_source() -> None:
    art = analyse(["قتل سامر الخطيب على يد قوات الأمن في لبنان."])
    assert typed(art, "ASSAULT") == [("قوات الأمن", "سامر الخطيب")]
    art = analyse(["قتل سامر الخطيب في لبنان أمس."])
    assert typed(art, "ASSAULT") == [(None, "سامر الخطيب")]


def test_a_clause_describing_an_indefinite_noun_reports_no_rejection() -> None:
    art = analyse(["ودعمت تركيا جماعات مسلحة، تعارضها السعودية في المنطقة."])
    assert typed(art, "REJECT") == []
    art = analyse(["وقالت قطر إن السعودية تعارضها في كل شيء."])
    assert [s for s, _ in typed(art, "REJECT")] == ["السعودية"]


def test_one_stance_told_twice_in_a_sentence_is_one_event() -> None:
    art = analyse(["وأعرب سامر الخطيب عن تقديره لمواقف قطر، قائلا: نشكر قطر على مواقفها."])
    assert len(typed(art, "SUPPORT")) == 1


def test_a_meeting_noun_with_a_possessive_has_the_clause_subject_as_a_side() -> None:
    art = analyse(["وأكد سامر الخطيب بعد اجتماعه مع وفد قطر أن العلاقات قوية."])
    assert [set(map(str, [art.entity(x).name for x in ev.actors])) for ev in art.events
            if ev.type == "CONSULT"] == [{"سامر الخطيب", "قطر"}]

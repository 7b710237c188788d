"""Actors of the fifth round's triggers (issue #11, found from the ant-dev2 errors): the pronoun
opening a reported clause is the speaker, the sides of a meeting named after the noun or by a titled
person or a possessive, and the antecedent of a relative clause as the doer.
Their trigger senses are in ``test_events_trigger_senses.py``.

The sentences are written for these tests (not copied from a corpus).
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.record import Article, Quote
from test_events_fixtures import add_entities, analysed, make_article

ENTS = [("L1", "LOC", ["مصر"], "EG"), ("L2", "LOC", ["تركيا"], "TR"), ("L3", "LOC", ["الولايات المتحدة"], "US"),
        ("P1", "PER", ["سامر الخطيب"]), ("P2", "PER", ["هادي العامري"]), ("O1", "ORG", ["حزب العمال الكردستاني"]),
        ("O2", "ORG", ["قوات الأمن"], "EG")]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)



def test_pronoun_opening_the_reported_clause_is_the_speaker() -> None:
    art = make_article("", ["وقالت قوات الأمن إنها ألقت القبض على سامر الخطيب في القاهرة."])
    art.published = "2018-05-10"
    add_entities(art, ENTS)
    text = art.text
    qs = text.index("إنها")
    art.quotes = [Quote(start=qs, end=len(text) - 1, text=text[qs:len(text) - 1], kind="indirect",
                        speaker="O2", cue="قالت")]
    events.annotate(art)
    name = {e.id: e.name for e in art.entities}
    got = [(name.get(ev.source), name.get(ev.target)) for ev in art.events if ev.type == "COERCE"]
    assert got and got[0][1] == "سامر الخطيب" and got[0][0] in ("قوات الأمن", "مصر")


def test_meeting_sides_after_the_noun() -> None:
    art = analyse(["وقال سامر الخطيب، بعد اجتماع ثلاثي لمصر وتركيا والولايات المتحدة في الخرطوم، إن الحوار مستمر."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert any({"مصر", "تركيا"} <= sides for sides in met)


def test_meeting_with_a_titled_person_takes_the_person() -> None:
    art = analyse(["وتحدث سامر الخطيب عن العلاقات خلال لقائه مع وزير الخارجية هادي العامري الشهر الماضي."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert any("هادي العامري" in sides for sides in met)


def test_relative_antecedent_wages_the_insurgency() -> None:
    art = analyse(["وتعتبر تركيا الوحدات امتدادا لحزب العمال الكردستاني الذي يشن تمردا على أراضيها منذ عقود."])
    name = {e.id: e.name for e in art.entities}
    assert "حزب العمال الكردستاني" in [name.get(ev.source) for ev in art.events if ev.type == "ASSAULT"]


def test_possessive_meeting_takes_the_one_named_before() -> None:
    art = analyse(["وكان سامر الخطيب قد تناول هذا الملف مرارا في الأشهر الماضية، وطلب وقف الحملة، وذلك خلال لقائه "
                   "مع وزير الخارجية هادي العامري."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert {"سامر الخطيب", "هادي العامري"} in met

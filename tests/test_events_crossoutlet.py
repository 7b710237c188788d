"""Trigger forms and conditions found missing on another outlet's news (issue #11, the ANERcorp events).

The sentences are written for these tests (not copied from a corpus). Each test checks a general form
or condition (morphology, spelling, a name that holds a cue word) and a near case that must not change.
"""

from __future__ import annotations

import pytest

from rasd.record import Article
from test_events_fixtures import analysed, typed
from test_events_fixtures import trigger_kinds as kinds

ENTS = [("L1", "LOC", ["لبنان"], "LB"), ("L2", "LOC", ["سوريا"], "SY"), ("L3", "LOC", ["واشنطن"], "US"),
        ("P1", "PER", ["حسن نصر الله"]), ("O1", "ORG", ["حزب الله"], "LB"), ("O2", "ORG", ["المعارضة"])]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)


@pytest.mark.parametrize("word,type_", [
    ("اتهموها", "ACCUSE"), ("واتهموه", "ACCUSE"), ("يتهموهم", "ACCUSE"), ("انتقدوها", "ACCUSE"),
])
def test_a_plural_verb_with_an_object_pronoun_drops_the_alif(word: str, type_: str) -> None:
    # وا + ها is written وها: the plural past and subjunctive of a verb the lexicon has, with its object
    assert type_ in kinds(word)


def test_the_written_alif_form_is_still_read() -> None:
    assert "ACCUSE" in kinds("اتهموا")


def test_god_in_a_name_is_no_prayer() -> None:
    art = analyse(["دعا حسن نصر الله المعارضة إلى الحوار."])
    assert typed(art, "REQUEST") == [("حسن نصر الله", "المعارضة")]


def test_a_prayer_is_still_no_request() -> None:
    art = analyse(["دعا الشيخ الله أن يحفظ لبنان."])
    assert typed(art, "REQUEST") == []


def test_responsibility_spelled_with_the_hamza_on_ya_is_blame() -> None:
    for spelling in ("المسؤولية", "المسئولية"):
        art = analyse([f"حملت واشنطن سوريا {spelling} عن الهجوم."])
        assert ("واشنطن", "سوريا") in typed(art, "ACCUSE"), spelling


VISIT_ENTS = [("P1", "PER", ["سامر الخطيب"]), ("L1", "LOC", ["فرنسا"], "FR"), ("L2", "LOC", ["باريس"], "FR"),
              ("L3", "LOC", ["المغرب"], "MA")]


def test_a_visit_in_an_adjunct_is_the_clause_subjects() -> None:
    # the visitor is the one the clause is about; the place follows an adjective and ل/إلى
    for text, place in (("غادر سامر الخطيب باريس بعد زيارة رسمية لفرنسا.", "فرنسا"),
                        ("وحذر سامر الخطيب من الحرب خلال زيارة خاصة إلى المغرب.", "المغرب")):
        art = analysed([text], VISIT_ENTS)
        assert typed(art, "CONSULT") == [("سامر الخطيب", place)], text


def test_a_visit_with_no_place_named_gets_no_visitor() -> None:
    art = analysed(["وصل سامر الخطيب أمس في زيارة رسمية تستغرق يومين."], VISIT_ENTS)
    assert typed(art, "CONSULT") == []


STANCE_ENTS = [("L1", "LOC", ["فرنسا"], "FR"), ("L2", "LOC", ["سوريا"], "SY"), ("L3", "LOC", ["تركيا"], "TR"),
               ("L4", "LOC", ["قطر"], "QA"), ("L5", "LOC", ["موسكو"], "RU")]


@pytest.mark.parametrize("text,type_,sides", [
    ("وتهدف الزيارة إلى تجديد دعم فرنسا لسوريا.", "SUPPORT", ("فرنسا", "سوريا")),
    ("وجاء ذلك في إطار تضامن تركيا مع قطر.", "SUPPORT", ("تركيا", "قطر")),
])
def test_a_stance_noun_whose_genitive_acts_on_one_after_a_preposition(text: str, type_: str, sides: tuple) -> None:
    # the verbal noun's genitive is its doer when the one acted on follows with ل/مع
    art = analysed([text], STANCE_ENTS)
    assert sides in typed(art, type_)


def test_a_singular_stance_noun_with_a_bare_genitive_stays_silent() -> None:
    # "مطالبة موسكو بأن …": the genitive may be the one asked; no preposition names another side
    art = analysed(["وتتزايد مطالبة موسكو بأن تنسحب من سوريا."], STANCE_ENTS)
    assert typed(art, "REQUEST") == []


def test_an_indefinite_stance_noun_with_an_indefinite_adjective_of_nationality() -> None:
    art = analysed(["ويأتي ذلك وسط دعم تركي لقطر."], STANCE_ENTS)
    assert ("تركيا", "قطر") in typed(art, "SUPPORT")
    # a definite noun with an indefinite adjective is no such phrase («الدعم تركي»: a sentence)
    assert typed(analysed(["وكان الدعم تركيا خالصا."], STANCE_ENTS), "SUPPORT") == []


def test_a_reception_framing_the_clause_in_time_is_a_meeting() -> None:
    ents = [("P1", "PER", ["سامر الخطيب"]), ("P2", "PER", ["ماهر العلي"])]
    def meetings(art: Article) -> list[set[str]]:
        name = {e.id: e.name for e in art.entities}
        return [{name.get(x, x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]

    art = analysed(["وقال سامر الخطيب خلال استقباله ماهر العلي إن الوضع خطير."], ents)
    assert {"سامر الخطيب", "ماهر العلي"} in meetings(art)
    # with no frame and no light verb, the noun alone («استقبال حافل») is no meeting
    assert meetings(analysed(["وكان استقبال سامر الخطيب ماهر العلي حافلا."], ents)) == []


def test_the_one_met_named_by_an_adjective_of_nationality() -> None:
    # the phrase after the trigger (or after its subject, verb first) names the country of the one met
    ents = [("P1", "PER", ["سامر الخطيب"])]
    for text in ("وسامر الخطيب يجتمع بنظيره الفرنسي بعد الظهر.", "والتقى سامر الخطيب نظيره الفرنسي."):
        met = [ev.actors for ev in analysed([text], ents).events if ev.type == "CONSULT"]
        assert met == [["P1", "فرنسا"]], text
    # with no adjective of nationality, one side alone is no meeting
    assert [ev for ev in analysed(["والتقى سامر الخطيب نظيره أمس."], ents).events if ev.type == "CONSULT"] == []

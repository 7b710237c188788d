"""The agentive «من» after a stance noun names who takes the stance (events.cues.from_agent)."""

from __future__ import annotations

from test_events_news import COUNTRIES, _events, _named


def _accuse(art) -> list:
    return [e for e in art.events if e.type == "ACCUSE"]


def test_criticism_from_a_country_is_that_country_criticising() -> None:
    art = _events(["وكان المشروع موضع انتقادات شديدة من روسيا التي تخشى من آثاره على المنطقة."], COUNTRIES)
    acc = _accuse(art)
    assert acc and _named(art, acc[0].source) == "روسيا"


def test_min_qibal_after_an_adjective_names_the_critic() -> None:
    art = _events(["تراجعت الحكومة عن الخطة بعد تعرضها لانتقادات حادة من قبل الولايات المتحدة."], COUNTRIES)
    acc = _accuse(art)
    assert acc and _named(art, acc[0].source) == "الولايات المتحدة"


def test_a_stance_noun_without_min_or_a_verb_of_expression_is_no_event() -> None:
    art = _events(["وكان المشروع موضع انتقادات شديدة في روسيا خلال العام الماضي."], COUNTRIES)
    assert not _accuse(art)


def test_min_after_another_noun_is_not_the_stance_taker() -> None:
    # «من» belongs to «طلب», not to the stance noun: no agent for the criticism
    art = _events(["وكان المشروع موضع انتقادات طلب من روسيا سحبها."], COUNTRIES)
    assert not [e for e in _accuse(art) if _named(art, e.source) == "روسيا"]


def test_a_verb_of_expression_keeps_its_subject_as_the_stance_taker() -> None:
    # «من سوريا» is where the displaced come from: the verb's subject supports, whatever «من» follows
    art = _events(["وأعربت تركيا عن تأييدها عودة النازحين من سوريا."], COUNTRIES)
    sup = [e for e in art.events if e.type == "SUPPORT"]
    assert sup and _named(art, sup[0].source) == "تركيا"


def test_a_genitive_after_the_noun_is_no_adjective_run() -> None:
    # «دعمها عودة اللاجئين»: a definite noun, then an indefinite noun in construct: «من» is not the agent's
    art = _events(["وكان دعمها عودة اللاجئين من سوريا موضع نقاش."], COUNTRIES)
    assert not [e for e in art.events if e.type == "SUPPORT" and _named(art, e.source) == "سوريا"]

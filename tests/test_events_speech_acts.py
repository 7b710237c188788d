"""Speech acts read off the quotes layer's cues (rasd.analyse.events.speech_acts): a quote whose cue is a
demand, a rejection or a warning is that event, with the quote's speaker as source, where the trigger
rules kept none there. Made-up sentences."""

from __future__ import annotations

from test_events_news import COUNTRIES, _events, _named

PER = ("P1", "PER", ["إيمانويل ماكرون"])


def _of(art, kind: str) -> list:
    return [e for e in art.events if e.type == kind]


def test_a_demand_participle_after_the_clause_is_the_speakers_request() -> None:
    # «مطالبة» after the clause: no verb of expression governs the noun, so the trigger rules drop it
    text = "بانسحاب روسيا من المدينة"
    para = f"ورفضت تركيا الخطة مطالبة {text}."
    assert not _of(_events([para], COUNTRIES), "REQUEST")
    art = _events([para], COUNTRIES, [(text, "C4", "مطالبة")])
    req = _of(art, "REQUEST")
    assert len(req) == 1
    assert (_named(art, req[0].source), _named(art, req[0].target)) == ("تركيا", "روسيا")


def test_a_cue_that_is_no_speech_act_or_a_speaker_that_is_no_entity_makes_none() -> None:
    text = "بانسحاب روسيا من المدينة"
    para = f"ورفضت تركيا الخطة مطالبة {text}."
    assert not _of(_events([para], COUNTRIES, [(text, "مصادر", "مطالبة")]), "REQUEST")
    text = "إن روسيا ستنسحب من المدينة"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    assert not [e for e in art.events if e.type in ("REQUEST", "REJECT", "THREATEN")]


def test_a_negated_cue_is_no_event_and_an_explicit_one_is_not_coded_twice() -> None:
    text = "بانسحاب روسيا من المدينة"
    art = _events([f"ورفضت تركيا الخطة دون مطالبة {text}."], COUNTRIES, [(text, "C4", "مطالبة")])
    assert not _of(art, "REQUEST")
    text = "بالانسحاب من المدينة"
    art = _events([f"وطالبت تركيا روسيا {text}."], COUNTRIES, [(text, "C4", "وطالبت")])
    req = _of(art, "REQUEST")
    assert len(req) == 1 and _named(art, req[0].target) == "روسيا"


def test_a_warning_to_no_one_named_is_the_speakers_and_a_place_after_fi_is_no_target() -> None:
    text = "من أي هجوم في سوريا"
    para = f"وأطلقت تركيا تحذيرا شديدا محذرة {text}."
    assert not _of(_events([para], COUNTRIES), "THREATEN")  # the rules want the one warned
    art = _events([para], COUNTRIES, [(text, "C4", "محذرة")])
    thr = _of(art, "THREATEN")
    assert len(thr) == 1 and _named(art, thr[0].source) == "تركيا" and thr[0].target is None


def test_a_demand_noun_with_a_pronoun_is_not_read_as_the_speakers() -> None:
    text = "بتوضيح موقفه من روسيا"
    art = _events([f"ورغم تدخل تركيا ومطالبتها {text}."], COUNTRIES, [(text, "C4", "ومطالبتها")])
    assert not [e for e in _of(art, "REQUEST") if _named(art, e.source) == "تركيا"]

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


P2 = ("P2", "PER", ["مولود جاويش أوغلو"])


def test_the_cue_is_a_whole_word_of_the_quotes_own_sentence_before_or_after_it() -> None:
    # review 2, finding 3: «وحذر» of the sentence before is another warning; the quote's cue follows it
    text = "سنرد بقوة على أي هجوم"
    para = f'وحذر مسؤول عسكري من التصعيد في سوريا. "{text}"، حذر وزير الخارجية مولود جاويش أوغلو.'
    art = _events([para], [*COUNTRIES, PER, P2], [(text, "P2", "حذر")])
    thr = [e for e in _of(art, "THREATEN") if _named(art, e.source) == "مولود جاويش أوغلو"]
    assert len(thr) == 1 and thr[0].trigger.start > art.text.index(text)
    # the cue word only inside a longer word («محذرا») or in another sentence: no cue, no event
    text = "من التصعيد"
    art = _events([f"وحذر مسؤول من الحرب. وقال إيمانويل ماكرون إن الحل سياسي محذرا {text}."],
                  [*COUNTRIES, PER], [(text, "P1", "حذر")])
    assert not [e for e in _of(art, "THREATEN") if _named(art, e.source) == "إيمانويل ماكرون"]


def test_the_country_in_the_speakers_title_is_not_the_one_warned() -> None:
    # review 2, finding 4: the target is looked for past the speaker's own mention
    text = "من أي هجوم على المدنيين"
    for para in (f"وحذر وزير خارجية تركيا مولود جاويش أوغلو {text}.",
                 f"وحذر وزير خارجية تركيا مولود جاويش أوغلو في اتصال مع نظيره {text}."):
        art = _events([para], [*COUNTRIES, PER, P2], [(text, "P2", "وحذر")])
        thr = _of(art, "THREATEN")
        assert len(thr) == 1 and _named(art, thr[0].source) == "مولود جاويش أوغلو" and thr[0].target is None
    text = "روسيا من أي هجوم على المدنيين"
    art = _events([f"وحذر وزير خارجية تركيا مولود جاويش أوغلو {text}."], [*COUNTRIES, PER, P2],
                  [(text, "P2", "وحذر")])
    assert [_named(art, e.target) for e in _of(art, "THREATEN")] == ["روسيا"]


def _cue_acts(paras: list[str], quotes: list[tuple[str, str, str]]) -> list:
    """quoted_cues alone, as if the trigger rules had kept no mention."""
    from rasd.analyse.events.layer import _cue_trigger
    from rasd.analyse.events.speech_acts import quoted_cues
    from rasd.analyse.events.view import View
    from rasd.arabic.sentences import split_sentences

    art = _events(paras, [*COUNTRIES, PER], quotes)
    v = View(art)
    sents = [(v.inv[s], v.inv[e]) for s, e in split_sentences(art.text)]
    starts = [v.inv[ps] for ps, _ in art.paragraph_offsets()]
    return [(c.trig.type, _named(art, c.source), _named(art, c.target))
            for c in quoted_cues(v, art, [], sents, _cue_trigger, title_end=v.inv[len(art.title)],
                                 para_starts=starts)]


def test_a_denied_claims_subject_is_not_the_one_rejected() -> None:
    # review 2, finding 4: «نفى أن تكون تركيا …» rejects a claim, not Turkey; «نفى اتهامات تركيا» rejects Turkey
    text = "أن تكون تركيا قد أرسلت قوات إلى سوريا"
    assert _cue_acts([f"ونفى إيمانويل ماكرون {text}."], [(text, "P1", "ونفى")]) == \
        [("REJECT", "إيمانويل ماكرون", None)]
    text = "الاتهامات التي وجهتها تركيا"
    assert _cue_acts([f"ونفى إيمانويل ماكرون {text}."], [(text, "P1", "ونفى")]) == \
        [("REJECT", "إيمانويل ماكرون", "تركيا")]

"""Events an analyst would code in international news: speech, countries, stance, senses, dates."""

from __future__ import annotations

from rasd.analyse import events
from rasd.record import Article, Quote
from test_events_fixtures import add_entities, make_article

COUNTRIES = [("C1", "LOC", ["روسيا"], "RU"), ("C2", "LOC", ["الولايات المتحدة"], "US"),
             ("C3", "LOC", ["سوريا"], "SY"), ("C4", "LOC", ["تركيا"], "TR"), ("C5", "LOC", ["إيران"], "IR")]


def _events(paragraphs: list[str], entities: list[tuple], quotes: list[tuple[str, str, str]] = ()) -> Article:
    art = make_article("خبر", paragraphs)
    art.published = "2018-04-10"
    add_entities(art, entities)
    for text, speaker, cue in quotes:
        s = art.text.index(text)
        art.quotes.append(Quote(s, s + len(text), text, kind="indirect", speaker=speaker, cue=cue))
    events.annotate(art)
    return art


def _named(art: Article, eid: str | None) -> str | None:
    """An actor reference's name: its entity's, or (an implied country, ``event.implied``) its own."""
    ent = art.entity(eid)
    return ent.name if ent else eid


def test_a_government_and_a_capital_act_as_their_country() -> None:
    art = _events(["اتهمت الحكومة السورية الولايات المتحدة بدعم الإرهاب في سوريا.",
                   "ودعت موسكو واشنطن إلى وقف التصعيد، وقالت روسيا إنها لن تسمح بذلك."],
                  [*COUNTRIES, ("O1", "ORG", ["الحكومة السورية"], "SY"), ("L1", "LOC", ["موسكو"]),
                   ("L2", "LOC", ["واشنطن"])])
    acc = next(e for e in art.events if e.type == "ACCUSE")
    assert (_named(art, acc.source), _named(art, acc.target)) == ("سوريا", "الولايات المتحدة")
    req = next(e for e in art.events if e.type == "REQUEST")
    assert (_named(art, req.source), _named(art, req.target)) == ("روسيا", "الولايات المتحدة")


def test_opposing_sanctions_is_no_sanctioning() -> None:
    art = _events(["رفضت روسيا فرض عقوبات جديدة على إيران."], COUNTRIES)
    assert not [e for e in art.events if e.type == "SANCTION"]
    rej = [e for e in art.events if e.type == "REJECT"]
    assert rej and _named(art, rej[0].source) == "روسيا"


def test_a_nationality_adjective_names_who_strikes() -> None:
    art = _events(["وتعرضت مواقع حزب العمال الكردستاني في شمال العراق أمس لغارات جوية تركية عنيفة وقصف مدفعي."],
                  [*COUNTRIES, ("O1", "ORG", ["حزب العمال الكردستاني"])])
    strikes = [e for e in art.events if e.type == "ASSAULT"]
    assert strikes and all(_named(art, e.source) != "حزب العمال الكردستاني" for e in strikes)
    assert _named(art, strikes[0].source) == "تركيا"


def test_dawn_is_no_explosion() -> None:
    art = _events(["استشهد شاب فلسطيني فجر الجمعة الجيش الإسرائيلي يطلق النار قرب جنين.",
                   "وفجر انتحاري نفسه وسط سوق في بغداد بعد هجوم للجيش الإسرائيلي."],
                  [*COUNTRIES, ("O1", "ORG", ["الجيش الإسرائيلي"], "IL"), ("L1", "LOC", ["جنين"])])
    assert all(e.trigger.start != art.text.index("فجر الجمعة") for e in art.events)


def test_reported_speech_has_the_speaker_as_source_and_the_accused_as_target() -> None:
    text = "بلاده ستدافع عن نفسها"
    art = _events([f"وقال وزير الخارجية السوري وليد المعلم إن {text}، متهما تركيا بدعم الإرهابيين."],
                  [*COUNTRIES, ("P1", "PER", ["وليد المعلم"], "SY")], [(text, "P1", "وقال")])
    acc = next(e for e in art.events if e.type == "ACCUSE")
    assert (_named(art, acc.source), _named(art, acc.target)) == ("وليد المعلم", "تركيا")


def test_a_rejection_rejects_the_claim_before_it() -> None:
    art = _events(["واتهمت الولايات المتحدة سوريا بشن الهجوم، وهو ما نفته سوريا."], COUNTRIES)
    rej = next(e for e in art.events if e.type == "REJECT")
    assert (_named(art, rej.source), _named(art, rej.target)) == ("سوريا", "الولايات المتحدة")
    assert rej.status == "happened"  # نفت is the rejection itself, not a denial of it


def test_an_arrest_with_its_light_verb() -> None:
    art = _events(["ألقت الشرطة التركية القبض على الصحفي أحمد علي في إسطنبول."],
                  [*COUNTRIES, ("O1", "ORG", ["الشرطة التركية"], "TR"), ("P1", "PER", ["أحمد علي"])])
    arrest = [e for e in art.events if e.type == "COERCE"]
    assert arrest and arrest[0].mode == "arrest" and "P1" in arrest[0].actors


def test_every_happened_event_has_a_date_and_says_where_it_comes_from() -> None:
    art = _events(["رفضت روسيا فرض عقوبات جديدة على إيران.", "وسيزور بوتين طهران."],
                  [*COUNTRIES, ("P1", "PER", ["بوتين"], "RU"), ("L1", "LOC", ["طهران"])])
    for e in art.events:
        if e.status in ("happened", "ongoing"):
            assert e.date and e.date_source
        else:
            assert e.date is None or e.date_source not in (None, "published")


def test_backing_goes_from_the_backer_to_the_backed() -> None:
    art = _events(["وتقدمت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة نحو الرقة."],
                  [*COUNTRIES, ("O1", "ORG", ["قوات سوريا الديمقراطية"]), ("L1", "LOC", ["الرقة"])])
    sup = [e for e in art.events if e.type == "SUPPORT"]
    assert sup and (_named(art, sup[0].source), _named(art, sup[0].target)) == ("الولايات المتحدة",
                                                                                "قوات سوريا الديمقراطية")


def test_a_killing_is_an_attack_on_the_person_named() -> None:
    art = _events(["وقتل الصحفي البيلاروسي بافيل شيريميت في انفجار سيارة مفخخة في كييف.",
                   "وقتل ثمانون شخصا في القصف."], [*COUNTRIES, ("P1", "PER", ["بافيل شيريميت"])])
    kills = [e for e in art.events if e.type == "ASSAULT" and e.trigger.text.endswith("قتل")]
    assert [(e.source, _named(art, e.target)) for e in kills] == [(None, "بافيل شيريميت")]


def test_a_country_s_aircraft_and_artillery_act_for_it() -> None:
    for text in ("شنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق.",
                 "قصفت المدفعية التركية مواقع لحزب العمال الكردستاني."):
        art = _events([text], [*COUNTRIES, ("O1", "ORG", ["حزب العمال الكردستاني"])])
        (ev,) = [e for e in art.events if e.type == "ASSAULT"]
        assert (_named(art, ev.source), _named(art, ev.target)) == ("تركيا", "حزب العمال الكردستاني")


def test_one_actor_before_the_charge_is_the_accused() -> None:
    # "واتهمت دمشق بتنفيذه": the subject is dropped; the one named before بـ is accused, never the accuser
    art = _events(["وقع هجوم كيميائي في دوما، واتهمت سوريا بتنفيذه."], COUNTRIES)
    acc = next(e for e in art.events if e.type == "ACCUSE")
    assert _named(art, acc.target) == "سوريا" and acc.source is None
    # a named accuser and the accused both before the charge keep the verb-subject-object order
    art = _events(["واتهمت روسيا الولايات المتحدة بدعم الإرهاب."], COUNTRIES)
    acc = next(e for e in art.events if e.type == "ACCUSE")
    assert (_named(art, acc.source), _named(art, acc.target)) == ("روسيا", "الولايات المتحدة")


def test_merged_mentions_never_make_one_actor_both_sides() -> None:
    # one mention reads the victim of "قُتل X" as the verb's subject, another as its target:
    # the merged event keeps X as the target and leaves the source unknown
    from types import SimpleNamespace

    from rasd.analyse.events.merge import _source, _target

    core = [SimpleNamespace(source="P1", target=None), SimpleNamespace(source=None, target="P1")]
    assert (_source(core), _target(core)) == (None, "P1")  # type: ignore[arg-type]
    core = [SimpleNamespace(source="C1", target=None), SimpleNamespace(source=None, target="P1")]
    assert (_source(core), _target(core)) == ("C1", "P1")  # type: ignore[arg-type]


def test_we_in_a_spokesmans_words_is_the_body_he_speaks_for() -> None:
    text = "نجري مفاوضات عاجلة مع الأمم المتحدة لضمان سلامة المدنيين"
    art = _events([f"وقال وائل علوان، المتحدث باسم فيلق الرحمن: \"{text}\"."],
                  [("P1", "PER", ["وائل علوان"]), ("O1", "ORG", ["فيلق الرحمن"]), ("O2", "ORG", ["الأمم المتحدة"])],
                  [(text, "P1", "وقال")])
    talks = next(e for e in art.events if e.type == "CONSULT")
    assert set(talks.actors) == {"O1", "O2"}

"""Events: references an actor is named through (a counted list, a relative clause, a shared
subject, a quote's speaker, an adjective of nationality), and the status and date cues of
issue #11's third round.

Sentences are written for the tests (not copied from a corpus); entities, dates and quotes are
hand-made layers, so these check the events layer alone.
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.record import Article, Quote
from test_events_fixtures import add_dates, add_entities, make_article

ENTS = [("SA", "LOC", ["السعودية"], "SA"), ("AE", "LOC", ["الإمارات"], "AE"), ("BH", "LOC", ["البحرين"], "BH"),
        ("EG", "LOC", ["مصر"], "EG"), ("QA", "LOC", ["قطر", "الدوحة"], "QA"), ("TR", "LOC", ["تركيا", "أنقرة"], "TR"),
        ("IR", "LOC", ["إيران"], "IR"), ("RU", "LOC", ["روسيا"], "RU"), ("GB", "LOC", ["بريطانيا"], "GB"),
        ("KP", "LOC", ["كوريا الشمالية"], "KP"), ("IL", "LOC", ["إسرائيل"], "IL"), ("US", "LOC", ["الولايات المتحدة"], "US"),
        ("P1", "PER", ["قيس الخزعلي"], "IQ"), ("O1", "ORG", ["عصائب أهل الحق"], "IQ"),
        ("P2", "PER", ["أنور قرقاش"], "AE"), ("P3", "PER", ["بشار الأسد"], "SY"),
        ("O2", "ORG", ["مجلس الأمن الدولي"]), ("O3", "ORG", ["فيلق الرحمن"]), ("O4", "ORG", ["الأمم المتحدة"]),
        ("O5", "ORG", ["وزارة الدفاع الأمريكية"], "US")]


def analyse(paragraphs: list[str], quotes: list[tuple[str, str]] = (), dates: list[tuple[str, str]] = ()
            ) -> Article:
    art = make_article("", paragraphs)
    art.published = "2018-03-10"
    add_entities(art, ENTS)
    add_dates(art, list(dates))
    for text, speaker in quotes:
        start = art.text.index(text)
        art.quotes.append(Quote(start, start + len(text), text, speaker=speaker))
    events.annotate(art)
    return art


def of_type(art: Article, typ: str) -> list:
    return [ev for ev in art.events if ev.type == typ]


def test_a_counted_plural_stands_for_the_list_before_it_and_a_denial_rejects_the_accuser() -> None:
    art = analyse(["فرضت السعودية والإمارات والبحرين ومصر عقوبات على الدوحة، حيث اتهمت الدول الأربع قطر "
                   "بدعم الإرهاب، الأمر الذي تنفيه الدوحة."])
    (acc,) = of_type(art, "ACCUSE")
    assert (acc.source, acc.target) == ("SA", "QA")
    (rej,) = of_type(art, "REJECT")
    assert (rej.source, rej.target) == ("QA", "SA")
    # a count that does not fit the list names no one
    art = analyse(["فرضت السعودية والإمارات عقوبات على الدوحة، حيث اتهمت الدول الأربع قطر بدعم الإرهاب."])
    assert all(ev.source != "SA" for ev in of_type(art, "ACCUSE"))


def test_an_adjective_of_nationality_on_the_object_names_the_target_of_a_stance() -> None:
    art = analyse(["رحبت إيران بالتضامن التركي معها."])
    (ev,) = of_type(art, "SUPPORT")
    assert (ev.source, ev.target) == ("IR", "TR")


def test_a_role_naming_its_kind_of_body_keeps_the_body_out_of_the_actors() -> None:
    art = analyse(['اتهم قيس الخزعلي، أمين عام تنظيم "عصائب أهل الحق" الشيعي، السعودية بالتسبب في الأذى.'])
    (ev,) = of_type(art, "ACCUSE")
    assert (ev.source, ev.target) == ("P1", "SA")


def test_a_day_word_ends_a_role_phrase() -> None:
    art = analyse(["حذرت وزارة الدفاع الأمريكية الخميس الرئيس السوري بشار الأسد من عواقب أي هجوم."])
    (ev,) = of_type(art, "THREATEN")
    assert ev.target == "P3" and ev.source != "P3"


def test_the_named_antecedent_of_a_relative_clause_holds_the_act_it_governs() -> None:
    art = analyse(["وتشمل المباحثات تطبيق قرارات مجلس الأمن الدولي الذي فرض عقوبات على كوريا الشمالية."])
    (ev,) = of_type(art, "SANCTION")
    assert (ev.source, ev.target) == ("O2", "KP")


def test_a_first_person_light_verb_in_a_quote_is_the_speakers() -> None:
    quote = "نجري مفاوضات عاجلة مع الأمم المتحدة"
    art = analyse([f'وقال المتحدث باسم فيلق الرحمن: "{quote}".'], quotes=[(quote, "O3")])
    assert [set(ev.actors) for ev in of_type(art, "CONSULT")] == [{"O3", "O4"}]


def test_a_joined_verb_acting_on_the_first_verbs_object_shares_its_subject() -> None:
    art = analyse(["انتقد مسؤول إماراتي بارز سياسة تركيا في المنطقة، وحث أنقرة على احترام السيادة العربية.",
                   "وكتب أنور قرقاش في تغريدة أن الموقف واضح."])
    (req,) = of_type(art, "REQUEST")
    assert (req.source, req.target) == ("P2", "TR")


def test_what_one_called_is_a_hedge_not_an_accusation() -> None:
    art = analyse(["انتقد مسؤول إماراتي بارز ما وصفه بسياسة تركيا.", "وكتب أنور قرقاش في تغريدة."])
    assert [ev.source for ev in of_type(art, "ACCUSE")] == ["P2"]


def test_a_verb_joined_to_one_that_goes_on_goes_on_too() -> None:
    art = analyse(["لا تزال السعودية تدعم الفلسطينيين، وتطالب إسرائيل بالانسحاب إلى حدود 1967."])
    (ev,) = of_type(art, "REQUEST")
    assert ev.status == "ongoing"


def test_a_fronted_date_dates_the_clause_after_its_comma() -> None:
    art = analyse(["وفي عام 2015، اتهمت روسيا بريطانيا بالتضليل."], dates=[("عام 2015", "2015")])
    (ev,) = of_type(art, "ACCUSE")
    assert ev.date == "2015"
    # a date inside an earlier clause that does not open the sentence dates another act
    art = analyse(["قال الوزير في بيان صدر عام 2015، إن روسيا اتهمت بريطانيا بالتضليل."],
                  dates=[("عام 2015", "2015")])
    (ev,) = of_type(art, "ACCUSE")
    assert ev.date != "2015"


def test_a_joined_verb_with_an_object_pronoun_shares_the_first_verbs_subject_not_a_quotes_speaker() -> None:
    art = analyse(['اتهم قيس الخزعلي السعودية بالتسبب في الأذى، وطالبها بـ"دفع الثمن".'],
                  quotes=[("دفع الثمن", "O1")])
    (req,) = of_type(art, "REQUEST")
    assert (req.source, req.target) == ("P1", "SA")


def test_a_verb_joined_to_a_scheduled_one_is_planned() -> None:
    art = analyse(["ومن المقرر أن يزور أنور قرقاش قطر الأسبوع المقبل، ويطالب تركيا بالانسحاب."])
    assert {ev.status for ev in art.events} == {"planned"}
    art = analyse(["زار أنور قرقاش قطر، ويطالب تركيا بالانسحاب."])
    assert "planned" not in {ev.status for ev in art.events}


def test_a_present_light_verb_holds_talks_under_way_or_to_come() -> None:
    quote = "نجري مفاوضات عاجلة مع الأمم المتحدة"
    art = analyse([f'وقال المتحدث باسم فيلق الرحمن: "{quote}".'], quotes=[(quote, "O3")])
    assert [ev.status for ev in of_type(art, "CONSULT")] == ["ongoing"]
    art = analyse(["ويعقد مجلس الأمن الدولي بطلب من روسيا اجتماعا اليوم."], dates=[("اليوم", "2018-03-10")])
    assert [ev.status for ev in of_type(art, "CONSULT")] == ["planned"]
    # تلقى is a past: the message came
    art = analyse(["تلقى أنور قرقاش رسالة من فيلق الرحمن."])
    assert [ev.status for ev in of_type(art, "CONSULT")] == ["happened"]


def test_an_act_under_a_condition_is_no_event() -> None:
    art = analyse(["هدد بشار الأسد باستخدام القوة إذا لم تنسحب تركيا من المناطق الشمالية."])
    assert of_type(art, "RETREAT") == [] and len(of_type(art, "THREATEN")) == 1

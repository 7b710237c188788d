"""Issue #11, sixth round: actors for triggers the rules found but dropped for want of them.

The sentences are written for these tests (not copied from a corpus). Each case has a form that
must give the event with its actors and, where the rule could over-fire, a form that must not.
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.record import Article, Event
from test_events_fixtures import add_entities, analysed, make_article

ENTS = [("L1", "LOC", ["مصر"], "EG"), ("L2", "LOC", ["تركيا"], "TR"), ("L3", "LOC", ["الولايات المتحدة"], "US"),
        ("L4", "LOC", ["روسيا"], "RU"), ("P1", "PER", ["سامر الخطيب"]), ("P2", "PER", ["هادي العامري"]),
        ("O1", "ORG", ["حزب العمال الكردستاني"])]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)


def names(art: Article, ev: Event) -> set[str]:
    return {art.entity(x).name for x in ev.actors if art.entity(x)}


def of_type(art: Article, type_: str) -> list[Event]:
    return [ev for ev in art.events if ev.type == type_]


def test_plural_stance_noun_with_its_genitive_is_the_genitives_act() -> None:
    # «تهديدات تركيا»: no verb of expression governs the noun; the genitive of a plural does the act
    art = analyse(["وأثارت تهديدات تركيا لحزب العمال الكردستاني توترا بينها وبين الولايات المتحدة."])
    threats = of_type(art, "THREATEN")
    assert threats and art.entity(threats[0].source).name == "تركيا"


def test_singular_stance_noun_genitive_is_not_its_doer() -> None:
    # «انتقاد الولايات المتحدة»: the genitive of a singular verbal noun is the one criticised
    art = analyse(["وسيعاقب البرنامج الجديد من يساعدون في انتقاد الولايات المتحدة أمام المحاكم."])
    assert not [ev for ev in of_type(art, "ACCUSE") if ev.source and art.entity(ev.source).name == "الولايات المتحدة"]


def test_adjective_of_nationality_names_the_backer() -> None:
    art = analyse(["وتندد تركيا دائما بالدعم الأمريكي لحزب العمال الكردستاني في المنطقة."])
    support = of_type(art, "SUPPORT")
    assert support and art.entity(support[0].source).name == "الولايات المتحدة"
    assert "حزب العمال الكردستاني" in names(art, support[0])


def test_relative_clause_with_its_own_subject_after_the_verb() -> None:
    # «الصواريخ التي طلب X شراءها»: the antecedent is a thing; the subject follows the verb
    art = analyse(["وتتعارض الصواريخ التي طلب سامر الخطيب شراءها من روسيا مع أنظمة الحلف."])
    req = of_type(art, "REQUEST")
    assert req and art.entity(req[0].source).name == "سامر الخطيب"


def test_relative_clause_without_a_named_subject_gives_no_actor() -> None:
    art = analyse(["وتتعارض الصواريخ التي طلبت شراءها من روسيا مع أنظمة الحلف."])
    assert not [ev for ev in of_type(art, "REQUEST") if ev.source]


def test_meeting_held_by_one_with_another_further_on() -> None:
    art = analyse(["وجاء الإعلان في مؤتمر صحفي مشترك السبت، عقده سامر الخطيب مع هادي العامري في القاهرة."])
    meets = of_type(art, "CONSULT")
    assert meets and {"سامر الخطيب", "هادي العامري"} <= names(art, meets[0])


def test_with_too_far_from_the_meeting_names_no_side() -> None:
    art = analyse(["وجاء الإعلان في مؤتمر صحفي السبت بعد أن اتفقت الأطراف كلها على الخطة الجديدة والتقى الوزراء "
                   "جميعا في العاصمة وتناقشوا طويلا مع هادي العامري."])
    assert not [ev for ev in of_type(art, "CONSULT") if "سامر الخطيب" in names(art, ev)]


def test_giving_up_weapons_is_disarming_and_giving_up_a_deal_is_not() -> None:
    art = analyse(["وفي عام 2003، وافق سامر الخطيب على التخلي عن برنامج بلاده النووي."])
    assert [ev for ev in of_type(art, "RETREAT") if ev.mode == "disarm" and "سامر الخطيب" in names(art, ev)]
    art = analyse(["وحاول سامر الخطيب إقناع هادي العامري بعدم التخلي عن الاتفاق مع روسيا."])
    assert not [ev for ev in of_type(art, "RETREAT") if ev.mode == "disarm"]


def test_a_wish_or_decision_to_withdraw_is_planned() -> None:
    art = analyse(["وأعلن سامر الخطيب عن رغبته في سحب القوات الأمريكية من مصر."])
    assert [ev for ev in of_type(art, "RETREAT") if ev.status == "planned"]
    art = analyse(["وسحب سامر الخطيب القوات الأمريكية من مصر أمس."])
    assert [ev for ev in of_type(art, "RETREAT") if ev.status == "happened"]


def test_a_country_before_a_described_person_is_no_part_of_his_role() -> None:
    # «الحكومة المجرية الملياردير الأمريكي»: the description opens a new noun phrase, so the
    # government is the subject, not part of the billionaire's title
    art = make_article("", ["وتتهم الحكومة المجرية الملياردير الأمريكي جورج سوروس بتشجيع الهجرة إلى أوروبا."])
    art.published = "2018-05-10"
    add_entities(art, [("L5", "LOC", ["الحكومة المجرية"], "HU"),
                       ("P3", "PER", ["جورج سوروس", "الملياردير الأمريكي"])])
    events.annotate(art)
    acc = of_type(art, "ACCUSE")
    assert acc and acc[0].source and art.entity(acc[0].source).name == "الحكومة المجرية"


def test_a_killing_in_an_attack_is_one_event_of_the_attacker() -> None:
    art = analyse(["ونشرت الصحيفة خبر مقتل سامر الخطيب القيادي في الحزب في غارة جوية شنها الطيران التركي "
                   "على موكبه في مصر."])
    attacks = of_type(art, "ASSAULT")
    assert len(attacks) == 1
    assert art.entity(attacks[0].source).name == "تركيا" and art.entity(attacks[0].target).name == "سامر الخطيب"


def test_urging_with_hadd_is_a_request() -> None:
    art = analyse(["وحضت تركيا الولايات المتحدة على استبعاد حزب العمال الكردستاني من المفاوضات."])
    req = of_type(art, "REQUEST")
    assert req and art.entity(req[0].source).name == "تركيا"
    assert not of_type(analyse(["وحضر سامر الخطيب الاجتماع في مصر أمس."]), "REQUEST")


def test_calling_someone_is_a_phone_consultation() -> None:
    art = analyse(["وذكرت الصحيفة أن سامر الخطيب اتصل الجمعة بهادي العامري لبحث الأزمة."])
    calls = of_type(art, "CONSULT")
    assert calls and calls[0].mode == "phone" and {"سامر الخطيب", "هادي العامري"} <= names(art, calls[0])
    assert not of_type(analyse(["وقال سامر الخطيب إن الأمر اتصل بعد ذلك بالأزمة في مصر."]), "CONSULT")


def test_cancelling_a_summit_rejects_and_cancelling_a_law_does_not() -> None:
    art = analyse(["وكان سامر الخطيب قد أعلن الخميس إلغاء القمة مع هادي العامري في مصر."])
    assert [ev for ev in of_type(art, "REJECT") if ev.source and art.entity(ev.source).name == "سامر الخطيب"]
    art = analyse(["وأعلن سامر الخطيب الخميس إلغاء القانون الذي أقرته تركيا العام الماضي."])
    assert not of_type(art, "REJECT")


def test_his_visit_to_a_country_with_the_subject_dropped() -> None:
    # «قبل زيارته إلى تركيا»: the possessive is the person the sentence before is about
    art = analyse(["كما تحدث سامر الخطيب عن خطط الحكومة في مصر. كما تطرق إلى ملف الأسرى قبل زيارته إلى تركيا."])
    visits = [ev for ev in of_type(art, "CONSULT") if ev.mode == "visit"]
    assert visits and {"سامر الخطيب", "تركيا"} <= names(art, visits[0])


def test_his_visit_to_a_consulate_names_no_country_visited() -> None:
    art = analyse(["وقرر سامر الخطيب إلغاء رحلته بعد أن سمع عن هادي العامري الذي اختفى بعد زيارته للقنصلية."])
    assert not [ev for ev in of_type(art, "CONSULT") if ev.mode == "visit"]

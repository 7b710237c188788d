"""Actors of events: long role titles, lists, role references, first person, relative clauses.

Sentences are written for the tests (not copied from a corpus); entities and quotes are
hand-made layers, so these check the events layer alone.
"""

from __future__ import annotations

import pytest

from rasd.analyse import events
from rasd.analyse.events.actors import first_person
from rasd.arabic.event_lexicon import TRIGGERS
from rasd.record import Article, Quote
from test_events_fixtures import add_entities, make_article

GULF = [("P1", "PER", ["سلمان بن حمد آل خليفة"], "BH"), ("P2", "PER", ["جون كيري"], "US"),
        ("P3", "PER", ["محمد بن نايف"], "SA"), ("P4", "PER", ["سيف بن زايد"], "AE"),
        ("P5", "PER", ["حمد بن عيسى"], "BH"), ("P6", "PER", ["عبد الله الثاني"], "JO"),
        ("P7", "PER", ["سلمان بن عبد العزيز"], "SA"), ("O1", "ORG", ["مجلس التعاون الخليجي"]),
        ("L1", "LOC", ["البحرين"], "BH"), ("L2", "LOC", ["الأردن"], "JO"), ("L3", "LOC", ["لبنان"], "LB"),
        ("P8", "PER", ["تمام سلام"], "LB"), ("P9", "PER", ["أوبو ديلاسكس"]), ("P10", "PER", ["حيدر العبادي"], "IQ"),
        ("O2", "ORG", ["البرلمان العراقي"], "IQ")]


def names(art: Article, ids: list[str]) -> set[str]:
    return {art.entity(i).name for i in ids}


def analyse(paragraphs: list[str], quotes: list[tuple[str, str]] = ()) -> Article:
    art = make_article("", paragraphs)
    art.published = "2015-08-10"
    add_entities(art, GULF)
    for text, speaker in quotes:
        start = art.text.index(text)
        art.quotes.append(Quote(start, start + len(text), text, speaker=speaker))
    events.annotate(art)
    return art


def consults(art: Article) -> list[set[str]]:
    return [names(art, ev.actors) for ev in art.events if ev.type == "CONSULT"]


def test_a_long_title_between_light_verb_and_call_keeps_the_subject() -> None:
    art = analyse(["أجرى صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة نائب ملك البحرين ولي العهد النائب الأول "
                   "اتصالا هاتفيا مع وزير الخارجية الأمريكي جون كيري."])
    assert consults(art) == [{"سلمان بن حمد آل خليفة", "جون كيري"}]


def test_a_body_named_as_the_region_of_unnamed_callers_is_no_party() -> None:
    art = analyse(["تلقى الأمير محمد بن نايف عددا من الاتصالات الهاتفية أمس من عدد من المسؤولين في دول "
                   "مجلس التعاون الخليجي."])
    assert consults(art) == []


def test_a_comma_list_of_callers_with_their_roles() -> None:
    art = analyse(["تلقى الملك سلمان بن عبد العزيز اتصالين هاتفيين من الملك حمد بن عيسى ملك البحرين، "
                   "والملك عبد الله الثاني عاهل الأردن."])
    assert sorted(map(sorted, consults(art))) == sorted(map(sorted, [
        {"سلمان بن عبد العزيز", "حمد بن عيسى"}, {"سلمان بن عبد العزيز", "عبد الله الثاني"}]))


def test_a_comma_does_not_join_a_name_to_the_next_clause() -> None:
    art = analyse(["التقى تمام سلام أوبو ديلاسكس في بيروت، وكان جون كيري غادر المدينة."])
    assert consults(art) == [{"تمام سلام", "أوبو ديلاسكس"}]


def test_a_role_that_introduced_a_person_stands_for_him_later() -> None:
    art = analyse(["استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف أمس وزير الخارجية الأمريكي جون كيري.",
                   "وتلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا من الشيخ سيف بن زايد."])
    assert {"محمد بن نايف", "سيف بن زايد"} in consults(art)


def test_a_role_governed_by_another_noun_is_not_the_person() -> None:
    art = analyse(["استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف أمس جون كيري.",
                   "وتلقى مستشار نائب خادم الحرمين الشريفين اتصالا هاتفيا من الشيخ سيف بن زايد."])
    assert {"محمد بن نايف", "سيف بن زايد"} not in consults(art)


@pytest.mark.parametrize("word,first", [
    ("طالبنا", True), ("طالب", False), ("ندين", True), ("ندد", False), ("نشر", False), ("ننشر", True),
    ("نرحب", True), ("ورحب", False), ("التقينا", True), ("يلتقي", False), ("ناقش", False), ("نناقش", True),
    ("سنطالب", True), ("ناشد", False),
])
def test_first_person_verbs(word: str, first: bool) -> None:
    from rasd.analyse.events.layer import _TRIGGER_LIST, _word_trigger

    hit = _word_trigger(word)
    assert hit is not None
    assert first_person(_TRIGGER_LIST[hit[0]], word) is first
    assert _TRIGGER_LIST[hit[0]] in TRIGGERS


def test_a_first_person_verb_in_a_quote_is_the_speakers_act() -> None:
    quote = "لذلك طالبنا حيدر العبادي بإقالة عدد من الوزراء"
    art = analyse([f'وقال البرلمان العراقي: "{quote}".'], quotes=[(quote, "O2")])
    (ev,) = [ev for ev in art.events if ev.type == "REQUEST"]
    assert art.entity(ev.source).name == "البرلمان العراقي"
    assert art.entity(ev.target).name == "حيدر العبادي"
    # with no known speaker the act has no actor this layer can name
    bare = analyse([f'وقال مصدر: "{quote}".'], quotes=[(quote, None)])
    assert [ev for ev in bare.events if ev.type == "REQUEST"] == []


def test_a_named_antecedent_acts_in_its_relative_clause_and_now_is_ongoing() -> None:
    art = analyse(["التقى تمام سلام اليوم أوبو ديلاسكس الذي يزور لبنان حاليا."])
    visit = [ev for ev in art.events if ev.mode == "visit"]
    assert len(visit) == 1
    assert art.entity(visit[0].source).name == "أوبو ديلاسكس" and art.entity(visit[0].target).name == "لبنان"
    assert visit[0].status == "ongoing"
    # an unnamed antecedent gives no actor
    art = analyse(["التقى تمام سلام اليوم الوفد الذي يزور لبنان."])
    assert [ev for ev in art.events if ev.mode == "visit"] == []


def test_a_relative_clause_names_who_carries_out_a_visit() -> None:
    art = analyse(["وتأتي الزيارة في سياق التحضير للزيارة المرتقبة التي سوف يقوم بها الملك سلمان بن عبد العزيز "
                   "إلى الأردن."])
    (ev,) = [ev for ev in art.events if ev.mode == "visit"]
    assert art.entity(ev.source).name == "سلمان بن عبد العزيز" and art.entity(ev.target).name == "الأردن"
    assert ev.status == "planned"


def test_a_particle_tagged_as_a_name_is_no_actor() -> None:
    art = make_article("", ["وتأتي الزيارة في سياق التحضير للزيارة المرتقبة التي سوف يقوم بها الملك سلمان بن عبد العزيز "
                            "إلى الأردن."])
    art.published = "2015-08-10"
    add_entities(art, GULF + [("P11", "PER", ["سوف"])])  # a tagger's slip
    events.annotate(art)
    assert all("P11" not in ev.actors for ev in art.events)
    assert any(ev.source == "P7" for ev in art.events)

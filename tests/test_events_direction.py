"""The source of an event: the side its syntax makes the doer.

Meetings get the direction their syntax states (source = the side who comes, calls or writes); a
directed verb's subject is found past a fronted place («وفي باريس») and after an object pronoun.
The sentences are written for these tests. A meeting is symmetric for grouping (its mentions group
by their set of sides), but the golds and PLOVER code its source: the subject of a meeting verb or
the possessor of its noun, the guest of a host verb, the sender after «من» of a call or message.
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.record import Article
from test_events_fixtures import add_entities, make_article

PEOPLE = [("P1", "PER", ["عادل الجبير", "الجبير"], "SA"), ("P2", "PER", ["سيرغي لافروف", "لافروف"], "RU"),
          ("L1", "LOC", ["موسكو"])]


def run(title: str, paragraphs: list[str]) -> Article:
    art = make_article(title, paragraphs)
    art.published = "2015-08-10"
    add_entities(art, PEOPLE)
    events.annotate(art)
    return art


def sides(art: Article) -> list[tuple[str, str | None, str | None]]:
    def name(x: str | None) -> str | None:
        return art.entity(x).name if x and art.entity(x) else x
    return [(ev.type, name(ev.source), name(ev.target)) for ev in art.events]


def test_subject_of_a_meeting_verb_is_the_source_either_order() -> None:
    assert sides(run("", ["التقى عادل الجبير اليوم سيرغي لافروف في موسكو."])) == \
        [("CONSULT", "عادل الجبير", "سيرغي لافروف")]
    assert sides(run("", ["التقى سيرغي لافروف اليوم عادل الجبير في موسكو."])) == \
        [("CONSULT", "سيرغي لافروف", "عادل الجبير")]


def test_the_guest_of_a_host_verb_is_the_source() -> None:
    art = run("", ["استقبل سيرغي لافروف اليوم في موسكو عادل الجبير."])
    assert sides(art) == [("CONSULT", "عادل الجبير", "سيرغي لافروف")]
    assert art.events[0].actors[0] == art.events[0].source  # actors list the source first


def test_the_sender_of_a_message_is_the_source() -> None:
    assert sides(run("", ["وتلقى سيرغي لافروف اليوم رسالة من عادل الجبير."])) == \
        [("CONSULT", "عادل الجبير", "سيرغي لافروف")]


def test_direction_does_not_split_one_meeting_told_twice() -> None:
    # the headline and the body tell one meeting from either side: one event, directed by the body
    art = run("لافروف يلتقي الجبير", ["استقبل سيرغي لافروف اليوم في موسكو عادل الجبير."])
    assert [(t, s, g) for t, s, g in sides(art)] == [("CONSULT", "عادل الجبير", "سيرغي لافروف")]
    assert len(art.events[0].mentions) == 2


def test_a_fronted_place_after_wa_is_no_subject() -> None:
    # «وفي باريس انتقد X Y»: the place is in a phrase (في with its conjunction), X is the subject
    art = run("", ["وفي موسكو انتقد عادل الجبير سيرغي لافروف."])
    assert sides(art) == [("ACCUSE", "عادل الجبير", "سيرغي لافروف")]


def test_the_name_after_a_verb_with_an_object_pronoun_is_its_subject() -> None:
    # «الأفكار التي حملها X رفضها Y»: the pronoun is the object, so Y (verb first) is the subject
    art = run("", ["وقال عادل الجبير إن الأفكار التي حملها سيرغي لافروف رفضتها موسكو."])
    assert [(t, s) for t, s, _ in sides(art) if t == "REJECT"] == [("REJECT", "روسيا")]  # (a capital acts for its country)


def test_a_country_before_an_object_noun_and_a_name_is_no_part_of_a_role() -> None:
    # «أدانت روسيا قرار الوزير X»: قرار opens the object, so روسيا is the subject, not a role part
    ents = [*PEOPLE, ("L2", "LOC", ["روسيا"], "RU")]
    art = make_article("", ["أدانت روسيا قرار الوزير السعودي عادل الجبير."])
    art.published = "2015-08-10"
    add_entities(art, ents)
    events.annotate(art)
    assert sides(art) == [("ACCUSE", "روسيا", "عادل الجبير")]
    # a title between them still makes the country part of the role («سفير روسيا لدى … X»)
    art = make_article("", ["التقى سفير روسيا الجديد سيرغي لافروف عادل الجبير."])
    art.published = "2015-08-10"
    add_entities(art, ents)
    events.annotate(art)
    assert sides(art) == [("CONSULT", "سيرغي لافروف", "عادل الجبير")]

"""The learned preposition frames of event triggers (rasd.analyse.events.frames) and their use:
a place after a trigger's preposition is a party or a location by the counts, and a strike
"على مواقع لـ X" is against X, not by it."""

from __future__ import annotations

import pytest

from rasd.analyse.events import frames
from test_events_news import COUNTRIES, _events, _named


def test_the_shipped_counts_tell_a_party_from_a_place() -> None:
    # learned from the ANERcorp event gold: a place after «من» that follows a request is mostly the
    # one asked, a place after «في» that follows talks is mostly where they were held
    assert frames.actor_share("REQUEST", "من") > 0.5
    assert frames.actor_share("CONSULT", "في") < 0.5
    assert frames.actor_share("ASSAULT", "علي") > 0.5
    # an unseen type backs off to the preposition over every type; an unseen preposition says nothing
    assert frames.actor_share("NO_SUCH_TYPE", "في") == pytest.approx(frames.actor_share("*", "في"))
    assert frames.actor_share("REQUEST", "ما") is None


def test_without_the_file_no_place_becomes_a_party(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frames, "_counts", lambda: (0, {}))
    assert frames.actor_share("REQUEST", "من") is None
    art = _events(["طلب الرئيس الروسي من إيران وقف التصعيد في سوريا."],
                  [*COUNTRIES, ("P1", "PER", ["فلاديمير بوتين"])])
    assert all(_named(art, e.target) != "إيران" for e in art.events if e.type == "REQUEST")


def test_the_one_asked_after_min_is_the_target_not_the_place() -> None:
    art = _events(["طلب فلاديمير بوتين من إيران وقف القتال ضد تركيا."],
                  [*COUNTRIES, ("P1", "PER", ["فلاديمير بوتين"])])
    req = [e for e in art.events if e.type == "REQUEST"]
    assert req and _named(art, req[0].source) == "فلاديمير بوتين"
    assert _named(art, req[0].target) == "إيران" and req[0].location != "C5"


def test_talks_in_a_city_keep_the_city_as_their_place() -> None:
    art = _events(["عقد وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره التركي في دمشق."],
                  [*COUNTRIES, ("P1", "PER", ["سيرغي لافروف"]), ("L1", "LOC", ["دمشق"])])
    talks = [e for e in art.events if e.type == "CONSULT"]
    assert talks and "L1" not in talks[0].actors


def test_strikes_on_positions_of_a_group_are_against_it() -> None:
    art = _events(["شنت طائرات حربية غارات على مواقع لحركة حماس في قطاع غزة."],
                  [("O1", "ORG", ["حركة حماس"]), ("L1", "LOC", ["قطاع غزة"])])
    hits = [e for e in art.events if e.type == "ASSAULT"]
    assert hits and all(_named(art, e.source) != "حركة حماس" for e in hits)
    assert _named(art, hits[0].target) == "حركة حماس"


def test_strikes_by_an_air_force_named_after_lam_keep_it_as_the_source() -> None:
    art = _events(["قتل ثلاثة مدنيين في غارات للطيران السوري على ريف إدلب."],
                  [("O1", "ORG", ["الطيران السوري"]), ("L1", "LOC", ["إدلب"])])
    hits = [e for e in art.events if e.type == "ASSAULT"]
    assert not hits or _named(art, hits[0].source) in ("الطيران السوري", "سوريا")

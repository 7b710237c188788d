"""An attack whose subject is the attack itself or an unnamed attacker: the side named after it is hit."""

from __future__ import annotations

import pytest

from rasd.analyse import events
from rasd.record import Article
from test_events_fixtures import add_entities, make_article

ENTS = [("P1", "PER", ["هارون بيلور"], "PK"), ("O1", "ORG", ["حزب رابطة عوامي"], "PK"),
        ("O2", "ORG", ["الشرطة الباكستانية"], "PK"), ("L1", "LOC", ["باكستان"], "PK"),
        ("O3", "ORG", ["الجيش الباكستاني"], "PK")]


def _analyse(sentence: str) -> Article:
    art = make_article("", [sentence])
    art.published = "2018-07-11"
    add_entities(art, ENTS)
    events.annotate(art)
    return art


def _assaults(art: Article) -> list[tuple[str | None, str | None]]:
    def name(x: str | None) -> str | None:
        return art.entity(x).name if x and art.entity(x) else None
    return [(name(ev.source), name(ev.target)) for ev in art.events if ev.type == "ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "وقالت الشرطة الباكستانية إن التفجير استهدف هارون بيلور في بيشاور.",  # noun, then the verb of hitting
    "استهدف انفجار موكب هارون بيلور في بيشاور.",  # the verb, then the attack as its subject
    "وأوضحت الشرطة الباكستانية أن الانتحاري فجر نفسه وسط تجمع انتخابي كان يحضره هارون بيلور.",  # unnamed
    "وقالت الشرطة الباكستانية إن مسلحين هاجموا هارون بيلور في بيشاور.",  # unnamed attackers
])
def test_the_side_named_after_the_attack_is_hit(sentence: str) -> None:
    got = _assaults(_analyse(sentence))
    assert got, sentence
    assert all(src is None for src, _ in got)  # nobody named strikes
    assert any(tgt in ("هارون بيلور", "حزب رابطة عوامي") for _, tgt in got)


def test_a_named_attacker_still_strikes() -> None:
    got = _assaults(_analyse("وقال مسؤول إن الجيش الباكستاني استهدف هارون بيلور في بيشاور."))
    # (an army acting is its country)
    assert ("باكستان", "هارون بيلور") in got or ("الجيش الباكستاني", "هارون بيلور") in got

"""A medium is not an actor: an organisation that is only the channel of a statement (the object of
على/عبر/في/مع/لـ after a communication noun or a writing verb) is neither source nor target.

Sentences are written for the tests; entities are hand-made layers, so these check the events layer alone.
"""

from __future__ import annotations

import pytest

from rasd.analyse import events
from rasd.arabic.event_lexicon import is_medium
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_events_fixtures import add_entities, make_article

ENTS = [("P1", "PER", ["سامي العلي"], "JO"), ("L1", "LOC", ["سوريا"], "SY"), ("L2", "LOC", ["تركيا"], "TR"),
        ("O1", "ORG", ["تويتر"]), ("O2", "ORG", ["قناة الأفق"]), ("O3", "ORG", ["صحيفة المساء"]),
        ("O4", "ORG", ["حركة النهضة"]), ("O5", "ORG", ["فيسبوك"])]


def analyse(text: str) -> Article:
    art = make_article("", [text])
    art.published = "2019-03-02"
    add_entities(art, ENTS)
    events.annotate(art)
    return art


def actor_names(art: Article) -> set[str]:
    return {art.entity(i).name for ev in art.events for i in (*ev.actors, ev.source, ev.target) if i}


@pytest.mark.parametrize("text", [
    "واتهم سامي العلي في تغريدة على تويتر تركيا بدعم الإرهاب.",
    "واتهم سامي العلي تركيا بدعم الإرهاب في مقابلة مع قناة الأفق.",
    "وانتقد سامي العلي عبر حسابه على فيسبوك تركيا بسبب القصف على سوريا.",
])
def test_medium_is_no_actor(text: str) -> None:
    art = analyse(text)
    got = actor_names(art)
    assert art.events and "سامي العلي" in got
    assert not got & {"تويتر", "قناة الأفق", "فيسبوك"}


def test_statement_of_an_organisation_keeps_it() -> None:
    """«بيان لـ X» is X's own statement and «حوار مع X» talks with X: X stays a possible actor."""
    assert not is_medium(normalize("وتلا بيانا لحركة النهضة"), len(normalize("وتلا بيانا ل")))
    assert not is_medium(normalize("وأجرى حوارا مع حركة النهضة"), len(normalize("وأجرى حوارا مع ")))


@pytest.mark.parametrize("left", ["في تغريدة على ", "عبر حسابه على ", "في مقابلة مع ", "في تصريحات خاصة لـ ",
                                  "وقال في حديث ل", "وكتب سامي العلي على صفحته في "])
def test_medium_frames(left: str) -> None:
    n = normalize(left)
    assert is_medium(n + "تويتر", len(n))

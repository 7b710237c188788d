"""The events annotation set and its scorer (``rasd eval events``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.analyse import events
from rasd.arabic.event_lexicon import STATUSES, TYPES
from rasd.eval import events as ev_eval
from rasd.record import Entity, Mention
from test_events_fixtures import add_entities, make_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = [r for path in ev_eval.DEFAULTS for r in ev_eval.load_gold(path)]


def test_annotation_set_size_and_shape() -> None:
    snn = [r for r in GOLD if "saudinewsnet" in r["file"]]
    assert len(snn) >= 30
    assert sum(len(r["events"]) for r in GOLD) >= 100
    assert any(r["file"] == "seed/seed.txt" for r in GOLD)
    for r in GOLD:
        # ids, offsets and short labels only: never article text
        assert set(r) <= {"file", "line", "url", "source", "published", "events"}
        for e in r["events"]:
            assert set(e) == {"type", "mode", "status", "actors", "trigger"}
            assert e["type"] in TYPES and e["status"] in STATUSES
            assert e["actors"] and all(len(a) <= 80 for a in e["actors"])
            assert set(e["trigger"]) == {"field", "start", "end"}
            assert 0 < e["trigger"]["end"] - e["trigger"]["start"] <= 20


def test_annotation_offsets_point_at_words() -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared SaudiNewsNet data is absent")
    for r in GOLD:
        path = SHARED / r["file"]
        if "line" in r:
            with open(path, encoding="utf-8") as fh:
                d = json.loads(fh.readlines()[r["line"]])
            assert d["url"] == r["url"]
        for e in r["events"]:
            t = e["trigger"]
            text = path.read_text(encoding="utf-8") if t["field"] == "raw" else d[t["field"]]
            word = text[t["start"]:t["end"]]
            assert word.strip() == word and " " not in word and word, (r["file"], r.get("line"), t)


def _ent(eid: str, typ: str, name: str, mentions: list[str] = (), alpha2: str | None = None) -> Entity:
    return Entity(eid, typ, name, [Mention(0, len(m), m) for m in mentions],
                  country={"alpha2": alpha2} if alpha2 else None)


def test_actor_matching_forms_alternatives_and_countries() -> None:
    jubeir = _ent("E1", "PER", "عادل بن أحمد الجبير", ["الجبير"], "SA")
    assert ev_eval.actor_matches(jubeir, "عادل الجبير|الجبير")
    assert ev_eval.actor_matches(jubeir, "@SA")
    assert not ev_eval.actor_matches(jubeir, "@RU")
    assert ev_eval.actor_matches(_ent("E2", "PER", "الأمير محمد بن سلمان بن عبدالعزيز"), "محمد بن سلمان")
    assert not ev_eval.actor_matches(_ent("E3", "PER", "سلمان"), "محمد بن سلمان")  # one word: exact only
    assert not ev_eval.actor_matches(None, "الجبير")


def test_match_is_one_to_one_and_needs_status_and_all_actors() -> None:
    art = make_article("", ["التقى عادل الجبير سيرغي لافروف في موسكو.", "والتقى عادل الجبير جون كيري."])
    add_entities(art, [("P1", "PER", ["عادل الجبير"]), ("P2", "PER", ["سيرغي لافروف"]),
                       ("P3", "PER", ["جون كيري"]), ("L1", "LOC", ["موسكو"])])
    events.annotate(art)
    gold = [{"type": "CONSULT", "status": "happened", "actors": ["عادل الجبير", "سيرغي لافروف"]},
            {"type": "CONSULT", "status": "happened", "actors": ["عادل الجبير", "سيرغي لافروف"]},
            {"type": "CONSULT", "status": "planned", "actors": ["عادل الجبير", "جون كيري"]}]
    tp, fps, fns = ev_eval.match(art, gold)
    assert (tp, len(fps), len(fns)) == (1, 1, 2)
    tp, _, _ = ev_eval.match(art, gold, status=False)
    assert tp == 2
    partial = [{"type": "CONSULT", "status": "happened", "actors": ["عادل الجبير"]}]
    assert ev_eval.match(art, partial)[0] == 0 and ev_eval.match(art, partial, strict_actors=False)[0] == 1


def test_scorer_runs_on_the_set_when_texts_are_present(capsys: pytest.CaptureFixture[str]) -> None:
    if not (SHARED / "data" / "news" / "saudinewsnet").exists():
        pytest.skip("../shared SaudiNewsNet data is absent")
    assert ev_eval.main([]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0] == f"articles: {len(GOLD)}"
    assert out[-1].startswith("events type+actors+status: P=")

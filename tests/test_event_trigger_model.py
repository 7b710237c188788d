"""The learned trigger reader (scripts/event_trigger_model.py): features, arithmetic, the weight file, and its
mentions as an extra trigger source of the events layer (made-up sentences only)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from event_trigger_model import (
    TriggerModel,
    install,
    lexicon_entry,
    load,
    pos_of,
    skeleton,
    stem,
    token_features,
)

from rasd.arabic.normalize import normalize

ARABIC = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=1, max_size=12)


def _model(classes: tuple[str, ...], weights: dict[str, list[float]]) -> TriggerModel:
    feats = list(weights)
    return TriggerModel(classes, {f: k for k, f in enumerate(feats)}, np.array([weights[f] for f in feats], dtype=float))


def test_stem_maps_inflections_together():
    assert stem(normalize("والاتهامات")) == stem(normalize("الاتهامات"))
    assert skeleton(stem(normalize("اتهام"))) == skeleton(stem(normalize("اتهم")))


@given(ARABIC)
def test_stem_is_a_substring_and_never_shorter_than_three(word):
    s = stem(word)
    assert s in word
    assert len(s) >= min(3, len(word))


def test_features_see_neighbours_negation_position_and_lexicon():
    words = [normalize(w) for w in ["لم", "تتهم", "الحكومة", "أحدا"]]
    f = token_features(words, 1, ["", "", "B", ""])
    assert "neg" in f and "+1ent" in f
    assert any(x.startswith("-1w=") for x in f) and any(x.startswith("+1w=") for x in f)
    assert "lex=ACCUSE" in f
    assert lexicon_entry(normalize("بيروت")) is None
    assert "first" in token_features(words, 0) and "last" in token_features(words, 3)
    said = [normalize(w) for w in ["وقال", "الوزير", "إن", '"', "الجيش", "سيقصف", '"']]
    g = token_features(said, 5)
    assert "reported" in g and "inquote" in g and "shape=impf" in g
    assert "that=ان" in token_features(said, 3)
    assert "inquote" not in token_features(said, 1)


def test_shape_gives_the_part_of_speech():
    assert pos_of(normalize("الانسحاب")) == "noun" and pos_of(normalize("تهديد")) == "noun"
    assert pos_of(normalize("يهاجم")) == "verb" and pos_of(normalize("قصف")) == "verb"


def test_model_probabilities_and_threshold():
    m = _model(("O", "ASSAULT", "CONSULT"), {"b": [2.0, 0.0, 0.0], "s=هجوم": [0.0, 5.0, 0.0]})
    words = [normalize(w) for w in ["شن", "هجوم", "على", "المدينة"]]
    p = m.probs([token_features(words, 1)])[0]
    assert math.isclose(float(p.sum()), 1.0)
    assert p[1] > 0.9
    assert [(i, t) for i, t, _ in m.triggers(words, threshold=0.5)] == [(1, "ASSAULT")]
    assert m.triggers(words, threshold=0.999) == []
    assert m.triggers(words, threshold=0.5, only=[0, 2]) == []


def test_load_round_trip(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"classes": ["O", "ACCUSE"], "weights": {"b": [1.0, -1.0]}}), encoding="utf-8")
    m = load(path)
    assert m.classes == ("O", "ACCUSE") and list(m.weights[m.index["b"]]) == [1.0, -1.0]


def test_installed_reader_adds_an_event_only_with_actors(tmp_path, monkeypatch):
    from rasd.analyse.events import layer
    from rasd.pipeline import process_text

    monkeypatch.setattr(layer, "quoted_demands", layer.quoted_demands)  # restored after the test
    path = tmp_path / "w.json"  # a made-up reader: «ناوشت» (skirmished; not in the rules' lexicon) is an attack
    path.write_text(json.dumps({"classes": ["O", "ASSAULT"], "weights": {"b": [4.0, 0.0], "w=ناوشت": [0.0, 9.0]}}),
                    encoding="utf-8")
    assert lexicon_entry("ناوشت") is None
    text = "ناوشت فرنسا ألمانيا يوم الاثنين قرب الحدود.\n\nوقال التقرير إن الرياح ناوشت السفن أمس."
    assert process_text(text, id="x").events == []
    install(path, 0.5)
    art = process_text(text, id="x")
    names = {e.id: e.name for e in art.entities}
    # the first «ناوشت» has a subject and an object; the second none (no named actor): no event
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in art.events] == [("ASSAULT", "فرنسا", "ألمانيا")]

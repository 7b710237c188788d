"""The learned trigger reader (scripts/event_trigger_model.py): features, arithmetic, the weight file."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from event_trigger_model import TriggerModel, lexicon_entry, load, skeleton, stem, token_features

from rasd.arabic.normalize import normalize

ARABIC = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوية", min_size=1, max_size=12)


def test_stem_maps_inflections_together():
    assert stem(normalize("والاتهامات")) == stem(normalize("الاتهامات"))
    assert skeleton(stem(normalize("اتهام"))) == skeleton(stem(normalize("اتهم")))


@given(ARABIC)
def test_stem_is_a_substring_and_never_shorter_than_three(word):
    s = stem(word)
    assert s in word
    assert len(s) >= min(3, len(word))


def test_features_see_neighbours_negation_and_lexicon():
    words = [normalize(w) for w in ["لم", "تتهم", "الحكومة", "أحدا"]]
    f = token_features(words, 1)
    assert "neg" in f
    assert any(x.startswith("-1w=") for x in f) and any(x.startswith("+1w=") for x in f)
    assert "lex=ACCUSE" in f
    assert lexicon_entry(normalize("بيروت")) is None
    assert "first" in token_features(words, 0) and "last" in token_features(words, 3)


def test_model_probabilities_and_threshold():
    m = TriggerModel(("O", "ASSAULT", "CONSULT"), {"b": (2.0, 0.0, 0.0), "s=هجوم": (0.0, 5.0, 0.0)})
    words = [normalize(w) for w in ["شن", "هجوم", "على", "المدينة"]]
    p = m.probs(token_features(words, 1))
    assert math.isclose(sum(p), 1.0)
    assert p[1] > 0.9
    hits = m.triggers(words, 0.5)
    assert [(i, t) for i, t, _ in hits] == [(1, "ASSAULT")]
    assert m.triggers(words, 0.999) == []


def test_load_round_trip(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"classes": ["O", "ACCUSE"], "weights": {"b": [1.0, -1.0]}}), encoding="utf-8")
    m = load(path)
    assert m.classes == ("O", "ACCUSE") and m.weights["b"] == (1.0, -1.0)

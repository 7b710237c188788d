"""Near-duplicates on real SaudiNewsNet: the hand-labelled pairs (skips without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.corpus.dedup import DedupConfig
from rasd.eval.duplicates import DEFAULT_LABELS, evaluate, load_labels

SNN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def test_labels_are_ids_only() -> None:
    for line in DEFAULT_LABELS.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        assert set(obj) <= {"a", "b", "label", "reason", "jaccard_5"}
        assert obj["label"] in (0, 1) and obj["a"].startswith("http") and len(obj["reason"]) < 80
    assert len(load_labels([])) >= 200


@pytest.mark.skipif(not SNN.is_dir(), reason="SaudiNewsNet (../shared) is absent")
def test_labelled_pairs_precision_recall() -> None:
    s = evaluate(load_labels([]), SNN, DedupConfig())
    assert s["precision"] >= 0.97 and s["recall"] >= 0.95, s

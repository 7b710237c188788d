"""Near-duplicates and stories on real SaudiNewsNet: the hand-labelled pairs (skips without ../shared)."""

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


def test_story_labels_are_ids_only() -> None:
    from rasd.eval.stories import DEFAULT_LABELS as STORY_LABELS

    rows = [json.loads(line) for line in STORY_LABELS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 120
    for obj in rows:
        assert set(obj) == {"a", "b", "label"} and obj["label"] in (0, 1) and obj["a"].startswith("http")


@pytest.mark.skipif(not SNN.is_dir(), reason="SaudiNewsNet (../shared) is absent")
def test_story_pairs_floor() -> None:
    from rasd.eval.stories import DEFAULT_LABELS as STORY_LABELS
    from rasd.eval.stories import evaluate as evaluate_stories

    s = evaluate_stories(load_labels([str(STORY_LABELS)]), SNN)
    # on the hard, cosine-stratified sample (see rasd/eval/stories.py): the hand-set pair rule
    # (session 5) P 0.713, R 0.740, F1 0.726; the fitted model it replaced (licence) P 0.768, R 0.688,
    # the same F1; the rule with the head agreement (session 6) P 0.788, R 0.675, F1 0.727: the same
    # F1, traded towards precision. Floors a little under the rule's figures.
    assert s["precision"] >= 0.74 and s["recall"] >= 0.64 and s["f1"] >= 0.70, s

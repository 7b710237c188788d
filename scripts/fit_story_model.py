"""Fit the story pair model on the *dev* half of the hand-labelled story pairs.

Reads ../shared/data/news/ant-dev (the corpus the pairs come from), prepares every
article as the engine does (:func:`rasd.corpus.storysim.prepare`, IDF over the whole
corpus), computes the pair features of the dev pairs, reports their 10-fold
cross-validated F1 at probability 0.5 (5 shuffles), fits a logistic regression on all
dev pairs and writes src/rasd/data/stories/model.json. The test half is never read.

    python3 scripts/fit_story_model.py [--l2 1.0]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.corpus.collect import story_docs_from_jsonl  # noqa: E402
from rasd.corpus.storysim import FEATURES, MODEL_PATH, fit, pair_features, prepare  # noqa: E402
from rasd.eval.stories import ANT_LABELS, ant_corpus  # noqa: E402


def f1(pred: list[bool], gold: list[int]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=10.0)
    args = ap.parse_args()
    corpus = ant_corpus()
    if corpus is None:
        print("ant-dev is absent (../shared/data/news/ant-dev)", file=sys.stderr)
        return 2
    docs = story_docs_from_jsonl([str(corpus)])
    pos = {d.id: i for i, d in enumerate(docs)}
    prepared = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    dev = [json.loads(line) for line in ANT_LABELS.open(encoding="utf-8")]
    dev = [p for p in dev if p["split"] == "dev"]
    xs = [pair_features(prepared[pos[p["a"]]], prepared[pos[p["b"]]]) for p in dev]
    ys = [int(p["label"]) for p in dev]
    scores = []
    for seed in range(5):
        order = list(range(len(ys)))
        random.Random(seed).shuffle(order)
        pred = [False] * len(ys)
        for k in range(10):
            test = set(order[k::10])
            train = [i for i in order if i not in test]
            m = fit([xs[i] for i in train], [ys[i] for i in train], l2=args.l2)
            for i in test:
                pred[i] = m.probability(xs[i]) >= 0.5
        scores.append(f1(pred, ys))
    print(f"dev pairs: {len(ys)} ({sum(ys)} same story); 10-fold CV F1 at p>=0.5: "
          f"{sum(scores) / len(scores):.3f} (min {min(scores):.3f}, max {max(scores):.3f})")
    model = fit(xs, ys, l2=args.l2)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    for name, w in zip(FEATURES, model.weights, strict=True):
        print(f"  {name:9} {w:+.3f}")
    print(f"  bias      {model.bias:+.3f}\n-> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

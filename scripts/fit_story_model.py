"""Fit the story pair model on the *dev* half of the hand-labelled story pairs.

Reads ../shared/data/news/ant-dev (the corpus the pairs come from), prepares every
article as the engine does (:func:`rasd.corpus.storysim.prepare`, IDF over the whole
corpus), computes the pair features of the dev pairs (both rounds), reports their
10-fold cross-validated F1 at probability 0.5 (5 shuffles), fits a logistic regression
on all dev pairs and writes src/rasd/data/stories/model.json. The test half is never read.

``--engine`` also scores the whole engine month by month: for each dev month, a model
fitted on the dev pairs of the other months scores every candidate pair of the corpus,
the stories are clustered at each threshold and link of a small grid, and the month's
pairs are scored (pooled over months). The engine's ``THRESHOLD`` and ``LINK`` were
chosen from this table.

    python3 scripts/fit_story_model.py [--l2 10] [--engine]
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
from rasd.corpus.stories import _day, candidate_pairs, cluster  # noqa: E402
from rasd.corpus.storysim import FEATURES, MODEL_PATH, PairModel, fit, pair_features, prepare  # noqa: E402
from rasd.eval.stories import ANT_LABELS, ant_corpus  # noqa: E402


def f1(pred: list[bool], gold: list[int]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def engine_by_month(docs: list, prepared: list, dev: list[dict], xs: list[list[float]], ys: list[int],
                    l2: float) -> None:
    """Print the engine's pooled leave-one-month-out F1 over a threshold x link grid."""
    import numpy as np

    n = len(docs)
    pos = {d.id: i for i, d in enumerate(docs)}
    cands = candidate_pairs(prepared, window_hours=48.0, max_df=max(20, n // 8))
    feats = np.array([pair_features(prepared[i], prepared[j]) for i, j in cands])
    days = [_day(d.published) for d in docs]
    month = [min(docs[pos[p["a"]]].published, docs[pos[p["b"]]].published)[:7] for p in dev]
    grid = sorted({(t, min(k, t)) for t in (0.3, 0.35, 0.4, 0.5) for k in (0.2, 0.25, 0.3, 0.35, 0.5)})
    counts = {g: [0, 0, 0] for g in grid}
    for m in sorted(set(month)):
        train = [i for i in range(len(dev)) if month[i] != m]
        model: PairModel = fit([xs[i] for i in train], [ys[i] for i in train], l2=l2)
        z = (feats - np.array(model.mean)) / np.array(model.scale) @ np.array(model.weights) + model.bias
        probs = dict(zip(cands, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))
        for t, k in grid:
            group = {x: g for g, ms in enumerate(cluster(n, probs, days, threshold=t, link=k, window_days=2))
                     for x in ms}
            for i in range(len(dev)):
                if month[i] == m:
                    same = group[pos[dev[i]["a"]]] == group[pos[dev[i]["b"]]]
                    c = counts[(t, k)]
                    c[0] += same and ys[i]
                    c[1] += same and not ys[i]
                    c[2] += ys[i] and not same
    print("engine, leave-one-month-out over the dev months (pooled):")
    for (t, k), (tp, fp, fn) in counts.items():
        print(f"  threshold {t:.2f} link {k:.2f}: F1 {2 * tp / (2 * tp + fp + fn):.3f} "
              f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=10.0)
    ap.add_argument("--engine", action="store_true", help="also score the engine month by month (slower)")
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
    if args.engine:
        engine_by_month(docs, prepared, dev, xs, ys, args.l2)
    model = fit(xs, ys, l2=args.l2)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    for name, w in zip(FEATURES, model.weights, strict=True):
        print(f"  {name:9} {w:+.3f}")
    print(f"  bias      {model.bias:+.3f}\n-> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

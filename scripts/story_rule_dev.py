"""Score the story engine's pair scorer on the DEV story pairs only, month by month.

Prepares ../shared/data/news/ant-dev as the engine does, computes the features of every
candidate pair once (cached in ``--cache``, default /tmp/rasd-story-feats.npz), then for the
shipped rule (:data:`rasd.corpus.storyrule.RULE`, or a model file with ``--model``) scores
every candidate, clusters the whole corpus at each threshold of a small grid (link =
threshold, as the engine does) and reads the dev pairs off the groups: pooled F1, P, R,
each dev month's F1 and the bootstrap standard deviation of the pooled F1. The rule has no
fitted weight, so its F1 over all dev months is its dev figure; the learned model's
comparable figure is its month-by-month CV (``scripts/fit_story_model.py --engine``).
The test half is never read.

    python3 scripts/story_rule_dev.py [--model PATH] [--grid 0.2,0.25,0.3] [--links 0.06,0.08]
        [--majority 0.5] [--hour-discount 1] [--head-floor 0.5] [--cache FILE]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from rasd.corpus.collect import story_docs_from_jsonl  # noqa: E402
from rasd.corpus.stories import _day, candidate_pairs, cluster, cross_outlet  # noqa: E402
from rasd.corpus.storyrule import RULE  # noqa: E402
from rasd.corpus.storysim import FEATURES, load_model, pair_features, prepare  # noqa: E402
from rasd.eval.stories import ANT_LABELS, ant_corpus  # noqa: E402


def counts(pred: list[bool], ys: list[int], idx: list[int]) -> tuple[int, int, int]:
    tp = sum(1 for i in idx if pred[i] and ys[i])
    fp = sum(1 for i in idx if pred[i] and not ys[i])
    fn = sum(1 for i in idx if ys[i] and not pred[i])
    return tp, fp, fn


def f1(pred: list[bool], ys: list[int], idx: list[int]) -> float:
    tp, fp, fn = counts(pred, ys, idx)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="a model file written by scripts/fit_story_model.py --write (default: the rule)")
    ap.add_argument("--grid", default="", help="comma-separated thresholds (default: the scorer's)")
    ap.add_argument("--links", default="", help="comma-separated links (default: the scorer's; at most the threshold)")
    ap.add_argument("--majority", type=float, help="the share of cross pairs at the link a merge needs "
                    "(default: the scorer's; 0 = plain average linkage)")
    ap.add_argument("--hour-discount", type=float, help="a variant of the rule's hour discount")
    ap.add_argument("--head-floor", type=float, help="a variant of the rule's head floor (1 = no actor factor)")
    ap.add_argument("--weights", help='a variant of the rule\'s weights, JSON: {"localdice": 2, ...}')
    ap.add_argument("--cache", default="/tmp/rasd-story-feats.npz")
    args = ap.parse_args()
    corpus = ant_corpus()
    if corpus is None:
        print("ant-dev is absent (../shared/data/news/ant-dev)", file=sys.stderr)
        return 2
    docs = story_docs_from_jsonl([str(corpus)])
    pos = {d.id: i for i, d in enumerate(docs)}
    dev = [p for p in (json.loads(x) for x in ANT_LABELS.open(encoding="utf-8") if x.strip()) if p["split"] == "dev"]
    cache = Path(args.cache)
    z = np.load(cache) if cache.exists() else None
    if z is not None and z["feats"].shape[1] == len(FEATURES):  # a cache of other features is recomputed
        cands = [tuple(map(int, c)) for c in z["cands"]]
        feats = z["feats"]
    else:
        prepared = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
        cands = cross_outlet(prepared, candidate_pairs(prepared, window_hours=48.0, max_df=max(20, len(docs) // 8)))
        feats = np.array([pair_features(prepared[i], prepared[j]) for i, j in cands])
        np.savez(cache, cands=np.array(cands), feats=feats)
    scorer = load_model(args.model) if args.model else RULE
    if args.weights:
        scorer = dataclasses.replace(RULE, weights=json.loads(args.weights))
    if args.hour_discount is not None:
        scorer = dataclasses.replace(scorer, hour_discount=args.hour_discount)
    if args.head_floor is not None:
        scorer = dataclasses.replace(scorer, head_floor=args.head_floor)
    majority = getattr(scorer, "majority", 0.0) if args.majority is None else args.majority
    scores = [scorer.probability(list(x)) for x in feats]
    probs = dict(zip(cands, scores, strict=True))
    days = [_day(d.published) for d in docs]
    pairs = [(pos[p["a"]], pos[p["b"]]) for p in dev]
    ys = [int(p["label"]) for p in dev]
    month = [min(docs[a].published, docs[b].published)[:7] for a, b in pairs]
    pair_score = [probs.get((min(a, b), max(a, b)), 0.0) for a, b in pairs]
    print(f"{len(dev)} dev pairs ({sum(ys)} same story), {len(cands)} candidate pairs; scorer: "
          f"{args.model or 'rule'}; features {', '.join(FEATURES)}")
    grid = [float(x) for x in args.grid.split(",")] if args.grid else [scorer.threshold]
    links = [float(x) for x in args.links.split(",")] if args.links else [scorer.link]
    for t, k in sorted({(t, min(k, t)) for t in grid for k in links}):
        groups = cluster(len(docs), probs, days, threshold=t, link=k, window_days=2, majority=majority)
        group = {x: g for g, ms in enumerate(groups) for x in ms}
        pred = [group[a] == group[b] for a, b in pairs]
        allidx = list(range(len(ys)))
        tp, fp, fn = counts(pred, ys, allidx)
        rng = random.Random(0)
        boot = [f1(pred, ys, [rng.randrange(len(ys)) for _ in ys]) for _ in range(300)]
        mean = sum(boot) / len(boot)
        sd = (sum((v - mean) ** 2 for v in boot) / len(boot)) ** 0.5
        months = " ".join(f"{m[2:]} {f1(pred, ys, [i for i in allidx if month[i] == m]):.3f}"
                          for m in sorted(set(month)))
        pair_only = f1([s >= t for s in pair_score], ys, allidx)
        print(f"  threshold {t:.2f} link {k:.2f}: F1 {f1(pred, ys, allidx):.3f} (sd {sd:.3f}) P {tp / max(1, tp + fp):.3f} "
              f"R {tp / max(1, tp + fn):.3f}  [{months}]  (pair score alone >= t: {pair_only:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

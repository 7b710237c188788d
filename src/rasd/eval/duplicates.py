"""``rasd eval duplicates [LABELS.jsonl…]``: precision and recall of near-duplicate detection.

Labels are pairs of article ids (SaudiNewsNet urls) with a 0/1 judgement and a
short reason, one JSON object a line: ``{"a", "b", "label", "reason"}`` —
ids only, never text. The default set, ``rasd/eval/data/dup_pairs.jsonl``,
holds 210 hand-checked candidate pairs sampled across the 5-shingle Jaccard
range (see benchmarks/README-corpus.md for how they were drawn and judged).

The engine runs on the whole SaudiNewsNet corpus (``../shared``; skipped
cleanly when absent) exactly as ``rasd duplicates`` does; a pair is predicted
a duplicate when both articles land in the same cluster.
"""

from __future__ import annotations

import json
from pathlib import Path

from rasd.eval import shared_dir

DEFAULT_LABELS = Path(__file__).resolve().parent / "data" / "dup_pairs.jsonl"


def shared_corpus() -> Path | None:
    """The SaudiNewsNet folder in the shared data (see :func:`rasd.eval.shared_dir`), if present."""
    shared = shared_dir()
    p = shared / "data" / "news" / "saudinewsnet" if shared else None
    return p if p is not None and p.is_dir() else None


def load_labels(paths: list[str]) -> list[dict]:
    out = []
    for p in paths or [str(DEFAULT_LABELS)]:
        with open(p, encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def score(labels: list[dict], same: dict[tuple[str, str], bool]) -> dict[str, float]:
    tp = fp = fn = 0
    for lab in labels:
        pred = same[(lab["a"], lab["b"])]
        gold = bool(lab["label"])
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "pairs": len(labels)}


def evaluate(labels: list[dict], corpus: Path, config: object = None) -> dict[str, float]:
    """Run the engine on ``corpus`` (a folder of JSONL files) and score ``labels``."""
    from rasd.corpus.dedup import DedupConfig, find_duplicates
    from rasd.corpus.files import read_corpus

    files = sorted(str(p) for p in corpus.rglob("*.jsonl"))
    ids, texts, dates = [], [], []
    for aid, text, date in read_corpus(files):
        ids.append(aid)
        texts.append(text)
        dates.append(date)
    result = find_duplicates(texts, dates, config or DedupConfig())  # type: ignore[arg-type]
    cluster = {}
    for n, c in enumerate(result.clusters):
        for m in c.members:
            cluster[ids[m]] = n
    missing = [x for lab in labels for x in (lab["a"], lab["b"]) if x not in set(ids)]
    if missing:
        raise SystemExit(f"eval duplicates: {len(missing)} labelled ids are not in {corpus} (e.g. {missing[0]})")
    same = {(lab["a"], lab["b"]): cluster.get(lab["a"], -1) == cluster.get(lab["b"], -2) for lab in labels}
    return score(labels, same)


def main(paths: list[str]) -> int:
    from rasd.corpus.dedup import DedupConfig

    corpus = shared_corpus()
    if corpus is None:
        print("eval duplicates: SaudiNewsNet (../shared/data/news/saudinewsnet) is absent; skipped")
        return 0
    labels = load_labels(paths)
    cfg = DedupConfig()
    s = evaluate(labels, corpus, cfg)
    pos = sum(1 for lab in labels if lab["label"])
    print(f"labelled pairs: {s['pairs']} ({pos} duplicates, {s['pairs'] - pos} not)")
    print(f"engine: word {cfg.k}-shingles, Jaccard >= {cfg.threshold}, {cfg.num_perm} MinHash values, "
          f"LSH {cfg.banding[0]}x{cfg.banding[1]}, exact verification")
    print(f"tp {s['tp']}  fp {s['fp']}  fn {s['fn']}")
    print(f"duplicates: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    return 0

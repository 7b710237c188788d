"""Near-duplicate engine vs datasketch on SaudiNewsNet, in one process, same articles, same shingles.

    python benchmarks/bench_dedup.py [--shingle 2 --threshold 0.7] [--runs 3]

Both sides start from the raw article texts (title + body) and use the same
Arabic-normalized word k-shingles (``rasd.corpus.shingles.prepare_many``).
datasketch: ``MinHash.bulk`` (128 permutations) + ``MinHashLSH`` at the same
threshold, insert and query every article (its documented fast path).
rasd: ``find_duplicates`` end to end (shingles, one-permutation MinHash, LSH,
exact verification, clusters).

Recall is measured against the exact truth: every pair whose exact Jaccard over
the same shingles is >= threshold (computed with a chunked sparse product,
scipy — a benchmark-only dependency, installed with datasketch). Also reported:
P/R of both on the hand-labelled pairs, and index bytes per article.
Needs ../shared (skips otherwise).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.corpus.dedup import DedupConfig, find_duplicates  # noqa: E402
from rasd.corpus.files import read_corpus  # noqa: E402
from rasd.corpus.lsh import LSHIndex  # noqa: E402
from rasd.corpus.shingles import prepare_many  # noqa: E402
from rasd.eval.duplicates import load_labels, shared_corpus  # noqa: E402

WORD = re.compile(r"\w+")


def datasketch_run(texts: list[str], k: int, threshold: float) -> tuple[set[tuple[int, int]], float, object]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    views = prepare_many(texts)
    docs = []
    for v in views:
        w = WORD.findall(v)
        sh = {" ".join(w[i : i + k]) for i in range(max(1, len(w) - k + 1))} if w else set()
        docs.append([s.encode("utf-8") for s in sh])
    mins = MinHash.bulk(docs, num_perm=128)
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    pairs: set[tuple[int, int]] = set()
    for i, m in enumerate(mins):
        if not docs[i]:
            continue
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    return pairs, time.perf_counter() - t0, (lsh, mins)


def exact_pairs(texts: list[str], k: int, threshold: float) -> set[tuple[int, int]]:
    from scipy import sparse

    views = prepare_many(texts)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for d, v in enumerate(views):
        w = WORD.findall(v)
        sh = {" ".join(w[i : i + k]) for i in range(max(1, len(w) - k + 1))} if w else set()
        for s in sh:
            rows.append(d)
            cols.append(vocab.setdefault(s, len(vocab)))
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(len(texts), len(vocab)))
    size = np.asarray(x.sum(axis=1)).ravel()
    xt = x.T.tocsc()
    out = set()
    for s in range(0, len(texts), 300):
        inter = (x[s : s + 300] @ xt).tocoo()
        i, j, v = inter.row + s, inter.col, inter.data
        keep = i < j
        i, j, v = i[keep], j[keep], v[keep]
        jac = v / (size[i] + size[j] - v)
        for a, b in zip(i[jac >= threshold].tolist(), j[jac >= threshold].tolist(), strict=True):
            out.add((a, b))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shingle", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    corpus = shared_corpus()
    if corpus is None:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    ids, texts, dates = [], [], []
    for aid, text, date in read_corpus(sorted(str(p) for p in corpus.rglob("*.jsonl"))):
        ids.append(aid)
        texts.append(text)
        dates.append(date)
    n = len(texts)
    cfg = DedupConfig(threshold=args.threshold, k=args.shingle)
    find_duplicates(texts[:50], None, cfg)  # warm the tables (one-off ~0.1 s, reported below)
    ours_t, ds_t = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        t0 = time.perf_counter()
        res = find_duplicates(texts, dates, cfg)
        ours_t.append(time.perf_counter() - t0)
        ds_pairs, t, ds_state = datasketch_run(texts, args.shingle, args.threshold)
        ds_t.append(t)
    truth = exact_pairs(texts, args.shingle, args.threshold)
    ours_pairs = {(i, j) for i, j, _ in res.pairs}
    ds_pairs = {(min(a, b), max(a, b)) for a, b in ds_pairs}
    # Index bytes per article: what is kept to find duplicates of a new article.
    bands, rows = cfg.banding
    idx = LSHIndex()
    from rasd.corpus.dedup import fingerprint

    _, sigs, keys = fingerprint(texts, cfg)
    for i in range(n):
        idx.add(i, keys[i])
    ours_index = len(pickle.dumps(idx._buckets, protocol=5))
    ds_lsh, ds_mins = ds_state
    ds_index = len(pickle.dumps(ds_lsh, protocol=5))
    ds_sigs = sum(m.hashvalues.nbytes for m in ds_mins)
    labels = load_labels([])

    def label_pr(pairs: set[tuple[int, int]], clusters: dict[int, int] | None) -> tuple[float, float]:
        where = {x: i for i, x in enumerate(ids)}
        tp = fp = fn = 0
        for lab in labels:
            a, b = sorted((where[lab["a"]], where[lab["b"]]))
            pred = (clusters.get(a, -1) == clusters.get(b, -2)) if clusters is not None else (a, b) in pairs
            tp += pred and lab["label"]
            fp += pred and not lab["label"]
            fn += (not pred) and lab["label"]
        return tp / max(tp + fp, 1), tp / max(tp + fn, 1)

    clusters = {m: c for c, cl in enumerate(res.clusters) for m in cl.members}
    ours_lp = label_pr(ours_pairs, clusters)
    ds_lp = label_pr(ds_pairs, None)
    report = {
        "articles": n, "shingle": args.shingle, "threshold": args.threshold, "runs": args.runs,
        "rasd_seconds_best": min(ours_t), "datasketch_seconds_best": min(ds_t),
        "rasd_articles_per_s": n / min(ours_t), "datasketch_articles_per_s": n / min(ds_t),
        "speedup": min(ds_t) / min(ours_t),
        "exact_true_pairs": len(truth),
        "rasd_recall_exact": len(ours_pairs & truth) / max(len(truth), 1),
        "rasd_precision_exact": len(ours_pairs & truth) / max(len(ours_pairs), 1),
        "datasketch_recall_exact": len(ds_pairs & truth) / max(len(truth), 1),
        "datasketch_precision_exact": len(ds_pairs & truth) / max(len(ds_pairs), 1),
        "rasd_labels_PR": ours_lp, "datasketch_labels_PR": ds_lp,
        "rasd_stored_index_bytes_per_article": bands * 8,
        "rasd_lsh_index_bytes_per_article": ours_index / n,
        "rasd_signature_bytes_per_article": sigs.nbytes / n,
        "datasketch_lsh_index_bytes_per_article": ds_index / n,
        "datasketch_signature_bytes_per_article": ds_sigs / n,
        "rasd_stage_seconds": res.stats, "clusters": len(res.clusters),
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Learn word clusters for the NER features from unlabelled Arabic text.

Each word of the vocabulary (normalized, min count) is described by its
positive-PMI co-occurrence with the most frequent words at offsets -2..+2
(left and right kept apart), reduced with a truncated SVD, L2-normalized,
and clustered with spherical k-means at several granularities. Output: one
line per word, ``word<TAB>K1:id<TAB>K2:id…`` (clusters.tsv for train_ner.py).

Sources (choose by licence):
  --anercorp   the ANERcorp *train* split's own tokens (CC BY-SA 4.0; the test split is never read)
  --wikifane   the running text of ../shared WikiFANE Gold (CC BY-SA 3.0; clitics re-joined as in
               rasd.analyse.ner.wikifane, labels ignored)
  --saudinewsnet  ../shared SaudiNewsNet text (CC BY-NC-SA 4.0: the resulting cluster file is
                  a derived work under NC terms; do not ship it in a permissively-licensed release)

    python3 scripts/ner_clusters.py --anercorp --out /tmp/clusters.tsv
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.tokenize import tokenize  # noqa: E402
from rasd.eval.ner import read_conll  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
SNN = SHARED / "data" / "news" / "saudinewsnet"
WIKIFANE = SHARED / "data" / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"


def anercorp_sentences() -> list[list[str]]:
    return [toks for toks, _ in read_conll(TRAIN)]


def wikifane_sentences() -> list[list[str]]:
    from rasd.analyse.ner.wikifane import read_wikifane

    return [toks for toks, _ in read_wikifane(WIKIFANE)]


def saudinewsnet_sentences() -> list[list[str]]:
    out = []
    for path in sorted(SNN.glob("*/*.jsonl")):
        for line in path.open(encoding="utf-8"):
            art = json.loads(line)
            for para in f"{art.get('title') or ''}\n{art.get('content') or ''}".split("\n"):
                toks = [t.text for t in tokenize(para)]
                if toks:
                    out.append(toks)
    return out


def kmeans(x: np.ndarray, k: int, iters: int, seed: int) -> np.ndarray:
    """Spherical k-means (cosine) from random words; returns labels."""
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), size=k, replace=False)]
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        sims = x @ centers.T
        labels = sims.argmax(1)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        centers = sums / np.where(norms == 0, 1, norms)
        if empty.any():  # re-seed empty clusters on random words
            centers[empty] = x[rng.integers(len(x), size=int(empty.sum()))]
    return labels


def build_clusters(sents: list[list[str]], min_count: int = 2, contexts: int = 3000, dim: int = 100,
                   ks=(64, 256, 1024), iters: int = 12, seed: int = 0) -> tuple[list[str], dict[int, np.ndarray]]:
    """The vocabulary (normalized words, count >= ``min_count``) and its k-means labels per k in ``ks``."""
    norm = [[normalize(t).lower() for t in s] for s in sents]
    counts = Counter(w for s in norm for w in s)
    vocab = [w for w, c in counts.most_common() if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[: contexts])}
    nctx = len(ctx)
    print(f"{len(sents)} sentences, {sum(counts.values())} tokens, vocab {len(vocab)}", file=sys.stderr)

    offsets = (-2, -1, 1, 2)
    rows, cols = [], []
    for s in norm:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for oi, off in enumerate(offsets):
                j = i + off
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(oi * nctx + cids[j])
    from scipy import sparse
    from scipy.sparse.linalg import svds

    ncol = len(offsets) * nctx
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float32), (np.asarray(rows), np.asarray(cols))), shape=(len(vocab), ncol)
    ).tocsr()
    m.sum_duplicates()
    total = float(m.sum())
    pw = np.asarray(m.sum(1)).ravel() / total
    pc = (np.asarray(m.sum(0)).ravel() / total) ** 0.75
    pc /= pc.sum()
    coo = m.tocoo()
    # Positive PMI with context-distribution smoothing (alpha 0.75), kept sparse.
    vals = np.log((coo.data / total) / (pw[coo.row] * pc[coo.col]))
    keep = vals > 0
    ppmi = sparse.csr_matrix((vals[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=m.shape)
    u, sv, _ = svds(ppmi, k=dim, random_state=0)
    emb = u[:, : dim] * np.sqrt(sv[: dim])
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    labels = {k: kmeans(emb, min(k, len(vocab)), iters, seed=k + seed) for k in ks}
    return vocab, labels


def as_table(vocab: list[str], labels: dict[int, np.ndarray]) -> dict[str, tuple[str, ...]]:
    """The clusters as rasd.analyse.ner.features.Resources.clusters wants them: word → ("64:3", …)."""
    return {w: tuple(f"{k}:{lab[i]}" for k, lab in labels.items()) for i, w in enumerate(vocab)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--anercorp", action="store_true")
    ap.add_argument("--saudinewsnet", action="store_true")
    ap.add_argument("--wikifane", action="store_true")
    ap.add_argument("--dev-fold", type=int, choices=(0, 1),
                    help="leave out the ANERcorp sentences that train_ner.py --dev --fold N holds out "
                         "(clusters for an honest dev score: the test text is never in the corpus either)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--ks", default="64,256,1024")
    ap.add_argument("--iters", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0, help="added to each k-means seed (to measure clustering noise)")
    a = ap.parse_args()

    sents: list[list[str]] = []
    if a.anercorp:
        aner = anercorp_sentences()
        if a.dev_fold is not None:
            cut = int(len(aner) * 0.1)  # as train_ner.py --dev
            aner = aner[:-cut] if a.dev_fold == 0 else aner[cut:]
        sents += aner
    if a.wikifane:
        sents += wikifane_sentences()
    if a.saudinewsnet:
        sents += saudinewsnet_sentences()
    if not sents:
        ap.error("choose at least one source")
    vocab, labels = build_clusters(sents, a.min_count, a.contexts, a.dim,
                                   [int(k) for k in a.ks.split(",")], a.iters, a.seed)
    ks = list(labels)
    with a.out.open("w", encoding="utf-8") as fh:
        fh.write("# normalized word<TAB>K:cluster id … (spherical k-means over PPMI-SVD context vectors)\n")
        for i, w in enumerate(vocab):
            fh.write(w + "\t" + "\t".join(f"{k}:{labels[k][i]}" for k in ks) + "\n")
    print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the cross-outlet article pairs of the story benchmark and freeze their dev/test split.

The draw is independent of rasd's story engine. Candidates are every pair of
ant-dev articles (../shared/data/news/ant-dev: BBC, CNN, France24, 2018) from two
different outlets published at most 48 hours apart. Pairs are drawn, seeded, from
independent pools, so that the set holds easy and hard positives and negatives
alike, not only what one similarity measure ranks high:

- ``rare_title``: the titles share a word (search key) found in at most 8 titles;
- ``shingle_lo`` / ``shingle_mid`` / ``shingle_hi``: the texts share 1–2, 3–9 or 10+
  five-word shingles (copied wording);
- ``tfidf_a`` … ``tfidf_e``: plain TF-IDF cosine of the whole texts in [0.05, 0.1),
  [0.1, 0.2), [0.2, 0.3), [0.3, 0.5), [0.5, 1];
- ``names``: title + first three paragraphs share at least two name-like words
  (rasd's NER gazetteer places and person names, or words in at most 30 articles);
- ``random``: two articles published the same day.

A pair drawn from one pool is not drawn again from another. The split is by
month of the earlier article, decided here before anything was labelled or
built: February, May, July and September 2018 are the frozen **test** half,
January, April, June, August and October the dev half; each pool gives the same
number of pairs to each half.

Writes src/rasd/eval/data/story_pairs_ant.jsonl: ``{"a", "b", "pool", "split"}``
(ids only; labels are added by hand in the same file).

``--round N`` (N >= 2) draws a further round of **dev** pairs only, the same pools and
quotas with seed 20261207 + N - 1, skipping every pair already in the file, and writes
them to ``--out`` with ``"round": N`` for labelling (the test half never grows).

``--same-outlet`` (with ``--round``) draws pairs of one outlet instead (its updates and
rewrites of one event, which the engine also groups), from the same pools at ``--scale``
times the quotas (dev months only), with ``"same_outlet": true``: training signal for
the pair model, kept out of the cross-outlet benchmark
(``src/rasd/eval/data/story_pairs_ant_outlet.jsonl``).
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.corpus.search import keys  # noqa: E402

ANT = ROOT.parent / "shared" / "data" / "news" / "ant-dev"
OUT = ROOT / "src" / "rasd" / "eval" / "data" / "story_pairs_ant.jsonl"
TEST_MONTHS = {"2018-02", "2018-05", "2018-07", "2018-09"}
PER_HALF = {"rare_title": 15, "shingle_lo": 12, "shingle_mid": 12, "shingle_hi": 12,
            "tfidf_a": 12, "tfidf_b": 12, "tfidf_c": 12, "tfidf_d": 12, "tfidf_e": 12,
            "names": 27, "random": 45}
BANDS = {"tfidf_a": (0.05, 0.1), "tfidf_b": (0.1, 0.2), "tfidf_c": (0.2, 0.3), "tfidf_d": (0.3, 0.5),
         "tfidf_e": (0.5, 1.01)}


def load() -> list[dict]:
    arts = []
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(ANT / f"{outlet}.jsonl", encoding="utf-8"):
            a = json.loads(line)
            if a.get("published") and (a.get("text") or "").strip():
                a["t"] = datetime.fromisoformat(a["published"]).timestamp() / 3600.0
                arts.append(a)
    return arts


def lead(a: dict) -> str:
    return "\n".join([p for p in a["text"].split("\n") if p.strip()][:3])


def gazetteer_names() -> set[str]:
    out = set()
    for line in open(ROOT / "src/rasd/data/ner/gazetteer.tsv", encoding="utf-8"):
        if line.startswith("#"):
            continue
        word, flags = line.rstrip("\n").split("\t")
        if {"LOC", "FN", "LN"} & set(flags.split(",")):
            out.add(word)
    return out


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--round", type=int, default=1)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--same-outlet", action="store_true", help="draw pairs of one outlet (dev months only)")
    ap.add_argument("--scale", type=float, default=1.0, help="times the pool quotas")
    args = ap.parse_args()
    if args.same_outlet and args.round < 2:
        ap.error("--same-outlet draws dev pairs only: give --round N (N >= 2)")
    arts = load()
    n = len(arts)
    words = [[k for k in keys(a["title"] + "\n" + a["text"]) if len(k) > 2 or k.isdigit()] for a in arts]
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    df: Counter[str] = Counter()
    for ws in words:
        df.update(set(ws))
    for i, ws in enumerate(words):
        for w, c in Counter(ws).items():
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
            vals.append((1 + math.log(c)) * math.log(n / df[w]))
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel()) + 1e-12
    x = sparse.diags(1 / norms) @ x
    cos = (x @ x.T).tocoo()
    t = np.array([a["t"] for a in arts])
    src = [a["source"] for a in arts]
    title_keys = [set(k for k in keys(a["title"]) if len(k) > 2) for a in arts]
    title_df: Counter[str] = Counter()
    for s in title_keys:
        title_df.update(s)
    gaz = gazetteer_names()
    lead_names = [{k for k in keys(a["title"] + "\n" + lead(a)) if len(k) > 2 and (k in gaz or df[k] <= 30)}
                  for a in arts]
    shingles = [{" ".join(ws[i:i + 5]) for i in range(len(ws) - 4)} for ws in words]
    pools: dict[str, list[tuple[int, int]]] = {p: [] for p in PER_HALF}
    cosd: dict[tuple[int, int], float] = {}
    for i, j, v in zip(cos.row.tolist(), cos.col.tolist(), cos.data.tolist(), strict=True):
        if i < j and (src[i] == src[j]) == args.same_outlet and abs(t[i] - t[j]) <= 48:
            cosd[(i, j)] = v
    # every cross-outlet pair within 48 h (sharing at least one word, i.e. all of them in practice)
    for (i, j), v in cosd.items():
        for band, (lo, hi) in BANDS.items():
            if lo <= v < hi:
                pools[band].append((i, j))
        if any(title_df[k] <= 8 for k in title_keys[i] & title_keys[j]):
            pools["rare_title"].append((i, j))
        sh = len(shingles[i] & shingles[j])
        if sh >= 10:
            pools["shingle_hi"].append((i, j))
        elif sh >= 3:
            pools["shingle_mid"].append((i, j))
        elif sh >= 1:
            pools["shingle_lo"].append((i, j))
        if len(lead_names[i] & lead_names[j]) >= 2:
            pools["names"].append((i, j))
        if arts[i]["published"][:10] == arts[j]["published"][:10]:
            pools["random"].append((i, j))
    rng = random.Random(20261207 + args.round - 1 + (1000 if args.same_outlet else 0))
    taken: set[tuple[int, int]] = set()
    if args.round > 1:
        index = {a["id"]: i for i, a in enumerate(arts)}
        for path in (OUT, OUT.with_name("story_pairs_ant_outlet.jsonl")):
            for line in open(path, encoding="utf-8") if path.exists() else []:
                old = json.loads(line)
                i, j = index[old["a"]], index[old["b"]]
                taken.add((min(i, j), max(i, j)))
    out = []
    for pool, per in PER_HALF.items():
        per = round(per * args.scale)
        cands = sorted(pools[pool])
        rng.shuffle(cands)
        for split in ("dev", "test") if args.round == 1 else ("dev",):
            k = 0
            for i, j in cands:
                if k >= per:
                    break
                first = i if t[i] <= t[j] else j
                s = "test" if arts[first]["published"][:7] in TEST_MONTHS else "dev"
                if s != split or (i, j) in taken:
                    continue
                taken.add((i, j))
                rec = {"a": arts[i]["id"], "b": arts[j]["id"], "pool": pool, "split": split}
                if args.round > 1:
                    rec["round"] = args.round
                if args.same_outlet:
                    rec["same_outlet"] = True
                out.append(rec)
                k += 1
        print(f"{pool}: {len(pools[pool])} candidates", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} pairs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``rasd duplicates FILE.jsonl… [--threshold 0.7] [--shingle 2]`` or ``rasd duplicates --db PATH``.

Prints one near-duplicate cluster per line as JSON: ``members`` (input ids,
the original first), ``original`` (the earliest copy), ``similarity`` (the
lowest exact Jaccard of a copy with the original) and ``similarities``
(aligned with ``members``). On files the engine runs standalone (no pipeline,
no database); with ``--db`` it reads the pairs found at ingest.

FILE may be a folder (its JSONL files). A line that cannot be used is skipped,
reported on stderr and counted in the summary; the exit status is 0 (all
lines used), 1 (some skipped) or 2 (no article at all, with a message).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="*", metavar="FILE", help="JSONL corpus files or folders of them")
    p.add_argument("--db", help="a corpus database (instead of files)")
    p.add_argument("--threshold", type=float, default=0.7, help="Jaccard threshold (default 0.7)")
    p.add_argument("--shingle", type=int, default=2, help="words per shingle (default 2)")
    p.add_argument("--num-perm", type=int, default=128, help="MinHash size, a power of two (default 128)")
    p.add_argument("--seed", type=int, default=1, help="hash seed (default 1)")
    p.add_argument("--id-field", help="JSON key of the id (default: id, else url, else FILE:LINE)")
    p.add_argument("--text-field", help="JSON key of the body text (default: text/content/body/article)")
    p.add_argument("--stats", action="store_true", help="print timings and counts on stderr")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.dedup import DedupConfig, clusters_from_pairs, find_duplicates
    from rasd.errors import RasdError, exit_status, reason_of

    if bool(args.files) == bool(args.db):
        raise RasdError("duplicates: give JSONL files or --db PATH (one of them)")
    try:
        config = DedupConfig(threshold=args.threshold, k=args.shingle, num_perm=args.num_perm, seed=args.seed)
        config.hasher  # noqa: B018 - validates num_perm
    except ValueError as exc:
        raise RasdError(f"duplicates: {exc}") from None
    skipped: list[tuple[str, str]] = []
    if args.db:
        from rasd.corpus.backend import open_store

        with open_store(args.db, create=False) as store:
            pairs = [p for p in store.dup_pairs() if p[2] >= config.threshold]
            rows = store.id_rows()
        if not rows:
            raise RasdError(f"duplicates: {args.db} holds no articles")
        pos = {r[0]: i for i, r in enumerate(rows)}
        ids = [r[1] for r in rows]
        dates = [r[2] for r in rows]
        idx_pairs = [(min(pos[a], pos[b]), max(pos[a], pos[b]), s) for a, b, s in pairs if a in pos and b in pos]
        # Shingle sets of clustered articles only (to score copies not paired directly with the original).
        from rasd.corpus.shingles import shingle_sets

        with open_store(args.db, create=False) as store:
            involved = sorted({r for a, b, _ in pairs for r in (a, b)})
            recs = store.records(involved)
        sets = [None] * len(rows)
        got = shingle_sets([recs[r].get("text") or "" for r in involved], config.k, config.seed)
        for r, sh in zip(involved, got, strict=True):
            sets[pos[r]] = sh
        clusters = clusters_from_pairs(len(rows), idx_pairs, sets, dates)  # type: ignore[arg-type]
    else:
        from rasd.corpus.files import read_corpus

        ids, texts, dates = [], [], []
        for aid, text, date in read_corpus(args.files, args.id_field, args.text_field, skipped):
            ids.append(aid)
            texts.append(text)
            dates.append(date)
        for where, problem in skipped:
            print(f"rasd: skipped {where}: {problem}", file=sys.stderr)
        if not texts:
            raise RasdError(f"duplicates: no articles in {', '.join(args.files)}"
                            + (f" ({len(skipped)} line(s) skipped)" if skipped else " (empty input)"))
        result = find_duplicates(texts, dates, config)
        clusters = result.clusters
        if args.stats:
            print(json.dumps({"articles": len(texts), "candidates": result.candidates, "pairs": result.verified,
                              "clusters": len(clusters), **result.stats}), file=sys.stderr)
    for c in clusters:
        print(json.dumps({"members": [ids[m] for m in c.members], "original": ids[c.original],
                          "similarity": round(c.similarity, 4),
                          "similarities": [round(s, 4) for s in c.similarities]}, ensure_ascii=False))
    if args.files:
        reasons = Counter(reason_of(problem) for _, problem in skipped)
        summary = f"rasd: {len(ids)} article(s), {len(clusters)} cluster(s), skipped {len(skipped)}"
        if reasons:
            summary += " (" + "; ".join(f"{n}× {why}" for why, n in reasons.most_common()) + ")"
        print(summary, file=sys.stderr)
    return exit_status(len(ids), len(skipped))

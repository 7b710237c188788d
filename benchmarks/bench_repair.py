"""Repair throughput and removal census over SaudiNewsNet (6,010 real articles).

Usage:  python benchmarks/bench_repair.py [--repeat N] [--examples REASON]

Reads ../shared/data/news/saudinewsnet/*/*.jsonl (fields ``content``, ``title``),
repairs every article on one core with the metadata title, and prints:
articles/s, removals by reason, how many articles lost words that occur once
(should be 0 outside boilerplate/related headlines), and crashes (should be 0).
The target is >= 2,000 articles/s/core. Exit status 1 if any article crashed.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import Counter
from pathlib import Path

from rasd.repair.lines import match_key
from rasd.repair.repair import repair

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
_KEEP_REASONS = {"related_headline", "boilerplate_read_also"}


def load() -> list[dict]:
    arts = []
    for f in sorted(glob.glob(str(DATA / "*" / "*.jsonl"))):
        with open(f, encoding="utf-8") as fh:
            arts.extend(json.loads(line) for line in fh if line.strip())
    return arts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus (best is reported)")
    ap.add_argument("--examples", default="", help="print up to 5 removals with this reason")
    args = ap.parse_args()
    arts = load()
    if not arts:
        print(f"SaudiNewsNet not found at {DATA}", file=sys.stderr)
        return 0
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for a in arts:
            repair(a["content"], title=a["title"] or None)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    if args.repeat:
        print(f"repair: {len(arts)} articles in {best:.2f} s wall = {len(arts) / best:,.0f} articles/s; "
              f"{best_cpu:.2f} s CPU = {len(arts) / best_cpu:,.0f} articles/s per core (best of {args.repeat})")

    reasons: Counter[str] = Counter()
    crashes = 0
    lossy = 0
    shown = 0
    paras = 0
    splits = 0
    related = 0
    for a in arts:
        try:
            art = repair(a["content"], title=a["title"] or None)
        except Exception as exc:  # noqa: BLE001 - a census: count every crash
            crashes += 1
            print(f"CRASH {a['url']}: {exc!r}", file=sys.stderr)
            continue
        paras += len(art.paragraphs)
        splits += sum(w.startswith("glued_split") for w in art.warnings)
        related += len(art.related_headlines)
        reasons.update(r.reason for r in art.removed)
        kept = set(match_key(art.text).split())
        for r in art.removed:
            if r.reason in ("duplicate_paragraph", "glued_duplicate", "truncated_copy", "repeated_body"):
                if not set(match_key(r.text).split()) <= kept:
                    lossy += 1
                    break
        for r in art.removed:
            if args.examples and r.reason == args.examples and shown < 5:
                shown += 1
                print(f"  [{a['source']}] line {r.line} -> {r.duplicates}: {r.text[:150]}")
    print(f"paragraphs kept: {paras}; glued lines split into kept paragraphs: {splits}; "
          f"related headlines: {related}")
    print(f"crashes: {crashes}; articles whose removed copies hold words not kept: {lossy}")
    for reason, n in reasons.most_common():
        print(f"  {reason:24s} {n}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())

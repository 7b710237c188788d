"""Throughput of the dates (+ published) and quotes layers on SaudiNewsNet, in articles/s per core.

Usage: python benchmarks/bench_dates_quotes.py [--limit N] [--layers dates,quotes]

Articles are repaired first (not timed: the repair step has its own
benchmark); then ``rasd.pipeline.analyse(art, layers=...)`` is timed over all
of them in one process, i.e. on one core. Each layer is also timed alone.
Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def load(limit: int):
    from rasd.pipeline import repair_only

    arts = []
    for f in sorted(SNN.glob("2015-08-*/*.jsonl")):
        for line in f.open(encoding="utf-8"):
            d = json.loads(line)
            arts.append(repair_only(d["content"], title=d["title"], published=d["date_extracted"][:10],
                                    url=d["url"], source=d["source"], keep_raw=False))
            if len(arts) >= limit:
                return arts
    return arts


def bench(arts, layers: tuple[str, ...]) -> tuple[float, float]:
    """Articles per wall-clock second and per CPU second (the second holds on a shared machine)."""
    from rasd.pipeline import analyse

    t, c = time.perf_counter(), time.process_time()
    for a in arts:
        a.dates, a.quotes = [], []
        analyse(a, layers=layers)
    return len(arts) / (time.perf_counter() - t), len(arts) / max(time.process_time() - c, 1e-9)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000, help="articles to process (default 2000)")
    ap.add_argument("--layers", default="dates,quotes")
    args = ap.parse_args()
    if not SNN.is_dir():
        print(f"bench: {SNN} is absent, skipping")
        return 0
    t = time.perf_counter()
    arts = load(args.limit)
    print(f"repaired {len(arts)} articles in {time.perf_counter() - t:.1f}s (not counted)")
    layers = tuple(x for x in args.layers.split(",") if x)
    bench(arts[:50], layers)  # warm-up: imports, caches
    for ls in [layers, *[(x,) for x in layers]] if len(layers) > 1 else [layers]:
        rate, cpu = bench(arts, ls)
        print(f"{'+'.join(ls):>14}: {rate:8.1f} articles/s/core ({cpu:.1f} per CPU second)")
        if ls == layers:
            n, q = sum(len(a.dates) for a in arts), sum(len(a.quotes) for a in arts)
            print(f"{'':>14}  ({n / len(arts):.1f} time expressions, {q / len(arts):.1f} quotes per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

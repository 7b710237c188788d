"""CPU cost of speaker work: the coreference step (inside the entities layer) and the quotes layer.

Usage: python benchmarks/bench_speakers.py [--limit N]

SaudiNewsNet articles are repaired and given entities first; the tagger and the rest of the
entities layer are not counted. The coreference step (:func:`rasd.analyse.coref.resolve`) is timed
inside that run, then the quotes layer alone over the same articles, both with
``time.process_time`` (CPU seconds of this process: one core, robust to a shared machine).
Prints articles per CPU second for each and for the two together. Exits 0 with a message when
../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "news" / "saudinewsnet"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=400, help="articles (default 400)")
    args = ap.parse_args()
    if not SNN.is_dir():
        print(f"bench: {SNN} is absent, skipping")
        return 0
    import rasd.analyse.coref as coref
    import rasd.analyse.entities as ent_layer
    from rasd.analyse import quotes
    from rasd.pipeline import repair_only

    spent = [0.0]
    real_resolve = coref.resolve

    def timed_resolve(*a, **k):  # noqa: ANN002, ANN003, ANN202
        c = time.process_time()
        try:
            return real_resolve(*a, **k)
        finally:
            spent[0] += time.process_time() - c

    coref.resolve = timed_resolve
    arts = []
    for f in sorted(SNN.glob("2015-08-*/*.jsonl")):
        for line in f.open(encoding="utf-8"):
            d = json.loads(line)
            arts.append(repair_only(d["content"], title=d["title"], keep_raw=False))
            if len(arts) >= args.limit:
                break
        if len(arts) >= args.limit:
            break
    for a in arts:
        ent_layer.annotate(a)
    n = len(arts)
    for a in arts[:30]:
        quotes.annotate(a)  # warm-up
    c = time.process_time()
    for a in arts:
        quotes.annotate(a)
    q = time.process_time() - c
    print(f"{n} articles, {sum(len(a.quotes) for a in arts) / n:.1f} quotes and "
          f"{sum(len(a.entities) for a in arts) / n:.1f} entities per article")
    print(f"coreference: {n / max(spent[0], 1e-9):8.1f} articles per CPU second")
    print(f"quotes:      {n / max(q, 1e-9):8.1f} articles per CPU second")
    print(f"together:    {n / max(spent[0] + q, 1e-9):8.1f} articles per CPU second")
    return 0


if __name__ == "__main__":
    sys.exit(main())

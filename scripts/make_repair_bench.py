"""Freeze the messy-scrape benchmark of ``rasd eval repair``: which clean articles, which seeds, which split.

Run once, before any repair rule was changed (the split must never be tuned on):

    python3 scripts/make_repair_bench.py

Reads ../shared (ANT dev and SaudiNewsNet), keeps the clean articles
(:func:`rasd.eval.repair_gen.is_clean`), splits them by outlet and date
(:func:`rasd.eval.repair_gen.split_of`: dev = BBC + CNN Feb–Jun 2018 and seven
SaudiNewsNet outlets on 8–9 Aug 2015; test = France24 Jul–Oct 2018 and seven
other SaudiNewsNet outlets on 10–11 Aug 2015), draws 200 ANT + 200 SaudiNewsNet
articles per split with a fixed seed, and writes
``src/rasd/eval/data/repair_bench.jsonl``: one ``{"id", "outlet", "split", "seed"}``
per article — ids and seeds only, no text.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from rasd.eval.repair_gen import is_clean, load_pool, outlet_lines, split_of

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "eval" / "data" / "repair_bench.jsonl"
PER_GROUP = 200


def main() -> int:
    pool = load_pool(ROOT.parent / "shared")
    if not pool:
        print("../shared/data/news not found", file=sys.stderr)
        return 1
    shared = outlet_lines(pool)
    rng = random.Random(20261207)
    rows = []
    for split in ("dev", "test"):
        for group in ("ant", "snn"):
            cands = sorted((a for a in pool if split_of(a) == split and (a.outlet in ("BBC", "CNN", "France24"))
                            == (group == "ant") and is_clean(a, shared)), key=lambda a: a.id)
            picked = rng.sample(cands, min(PER_GROUP, len(cands)))
            print(f"{split} {group}: {len(cands)} clean candidates, {len(picked)} drawn", file=sys.stderr)
            rows.extend({"id": a.id, "outlet": a.outlet, "split": split, "seed": rng.randrange(2**31)}
                        for a in sorted(picked, key=lambda a: a.id))
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

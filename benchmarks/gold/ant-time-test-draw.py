"""Draw the frozen TEST articles for the time-only annotation set (``ant-time``), seeded.

Independent of rasd's output: a seeded random sample, seven per outlet, of ANT articles of any
category published August–October 2018 (the test months), 800–3,200 characters, leaving out every
article already annotated (``ant-time``, ``ant-news`` both halves, the shared dev gold). The drawn
articles were annotated by hand from the text alone, before rasd was run on them, and are frozen:
they are never read for tuning, only scored in aggregate.

Prints the split entries to add to ``ant-time-split.json`` (all ``test``). Run on the split as it was
before they were added (it leaves out every article already there), it reprints the draw.
Draw made: seed 20261216, 7 per outlet (21 articles).
Usage: ``python3 benchmarks/gold/ant-time-test-draw.py [SEED PER_OUTLET]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SEED = 20261216
PER_OUTLET = 7


def main() -> int:
    """Print the seeded test draw as split entries (JSON list) and return 0."""
    seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (SEED, PER_OUTLET)
    seen = {m["docno"] for f in ("ant-time-split.json", "ant-news-split.json")
            for m in json.loads((HERE / f).read_text(encoding="utf-8"))}
    seen |= {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    rng = random.Random(seed)
    picked = []
    for outlet in ("bbc", "cnn", "france24"):
        pool = []
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in seen or not "2018-08" <= art["published"][:7] <= "2018-10":
                continue
            if 800 <= len(art.get("text") or "") <= 3200:
                pool.append(art)
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": "test"}
                   for a in rng.sample(pool, per_outlet)]
    print(json.dumps(picked, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

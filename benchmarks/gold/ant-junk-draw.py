"""Draw the junk-line development set (``ant-junk``) for the repair (issue #9), seeded.

Independent of rasd's output: a seeded random sample, ten per outlet, of ANT articles of any
category published August–October 2018, 600–4,000 characters of ``text``, leaving out every article
already annotated (``ant-time``, ``ant-news`` both halves, the shared dev gold). The drawn articles
were annotated by hand for junk lines only, from the text alone, before rasd was run on them. They
are development material for the repair; the ANT test halves stay the test sets.

Writes ``ant-junk-split.json`` (entries ``{docno, source, month, split: "dev"}``). Run again on the
same other splits, it rewrites the same draw.
Draw made: seed 20261217, 10 per outlet (30 articles).
Usage: ``python3 benchmarks/gold/ant-junk-draw.py [SEED PER_OUTLET]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SEED = 20261217
PER_OUTLET = 10


def main() -> int:
    """Write the seeded draw to ``ant-junk-split.json``, print its size and return 0."""
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
            if 600 <= len(art.get("text") or "") <= 4000:
                pool.append(art)
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": "dev"}
                   for a in rng.sample(pool, per_outlet)]
    (HERE / "ant-junk-split.json").write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    print(f"{len(picked)} articles written to ant-junk-split.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the articles of the ANT news annotation set and freeze their dev/test split.

The draw is independent of rasd's output: a seeded random sample of political
articles (middleEast, internationalNews) from ../shared/data/news/ant-dev, 1,200–4,500
characters, spread over the three outlets. The split is by month, decided here before any
rule is written: February–July 2018 is dev, August–October 2018 is the frozen test half
(France24 has no September/October, so its test articles are all from August).
The 12 articles of ../shared/data/gold/ant-dev are left out (they are the shared dev gold).

Writes benchmarks/gold/ant-news-split.json: [{"docno", "source", "month", "split"}].
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
PER_OUTLET_AND_HALF = 7
TEST_MONTHS = {"2018-08", "2018-09", "2018-10"}


def main() -> int:
    gold_ids = {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    rng = random.Random(20261207)
    picked = []
    for outlet in ("bbc", "cnn", "france24"):
        pools: dict[str, list[dict]] = {"dev": [], "test": []}
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in gold_ids or art.get("category") not in ("middleEast", "internationalNews"):
                continue
            if not 1200 <= len(art.get("text") or "") <= 4500:
                continue
            month = art["published"][:7]
            pools["test" if month in TEST_MONTHS else "dev"].append(art)
        for split, pool in pools.items():
            for art in rng.sample(pool, PER_OUTLET_AND_HALF):
                picked.append({"docno": art["id"], "source": art["source"], "month": art["published"][:7],
                               "split": split})
    out = ROOT / "benchmarks/gold/ant-news-split.json"
    out.write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(picked)} articles -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

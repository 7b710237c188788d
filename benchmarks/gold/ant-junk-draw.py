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
import sys

from draw import HERE, draw  # this folder is on sys.path when the script runs

SEED = 20261217
PER_OUTLET = 10


def main() -> int:
    """Write the seeded draw to ``ant-junk-split.json``, print its size and return 0."""
    seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (SEED, PER_OUTLET)
    picked = draw(seed, per_outlet, ("2018-08", "2018-10"), (600, 4000), "dev")
    (HERE / "ant-junk-split.json").write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    print(f"{len(picked)} articles written to ant-junk-split.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

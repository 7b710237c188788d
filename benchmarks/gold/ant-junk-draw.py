"""Draw the junk-line development set (``ant-junk``) for the repair (issue #9), seeded.

Independent of rasd's output: a seeded random sample, ten per outlet, of ANT articles of any
category published August–October 2018, 600–4,000 characters of ``text``, leaving out every article
already annotated (``ant-time``, ``ant-news`` both halves, the shared dev gold). The drawn articles
were annotated by hand for junk lines only, from the text alone, before rasd was run on them. They
are development material for the repair; the ANT test halves stay the test sets.

Writes ``ant-junk-split.json`` (entries ``{docno, source, month, split: "dev"}``). Run again on the
same other splits, it rewrites the same draw.
Draw made: seed 20261217, 10 per outlet (30 articles).
Usage: ``python3 benchmarks/gold/ant-junk-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at 26e592f^`` (the splits as they stood then; see ``draw.py``).
"""

from __future__ import annotations

from draw import Spec, main  # this folder is on sys.path when the script runs

SEED = 20261217
PER_OUTLET = 10
SPEC = Spec(split="dev", months=("2018-08", "2018-10"), chars=(600, 4000),
            exclude=("ant-time-split.json", "ant-news-split.json"))

if __name__ == "__main__":
    raise SystemExit(main("ant-junk-draw.py", SPEC, SEED, PER_OUTLET, "ant-junk-split.json"))

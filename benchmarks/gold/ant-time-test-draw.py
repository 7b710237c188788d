"""Draw the frozen TEST articles for the time-only annotation set (``ant-time``), seeded.

Independent of rasd's output: a seeded random sample, seven per outlet, of ANT articles of any
category published August–October 2018 (the test months), 800–3,200 characters, leaving out every
article already annotated (``ant-time``, ``ant-news`` both halves, the shared dev gold). The drawn
articles were annotated by hand from the text alone, before rasd was run on them, and are frozen:
they are never read for tuning, only scored in aggregate.

Prints the split entries to add to ``ant-time-split.json`` (all ``test``). Run on the split as it was
before they were added (it leaves out every article already there), it reprints the draw.
Draw made: seed 20261216, 7 per outlet (21 articles).
Usage: ``python3 benchmarks/gold/ant-time-test-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at 04c1612^`` (the splits as they stood then; see ``draw.py``).
"""

from __future__ import annotations

from draw import Spec, main  # this folder is on sys.path when the script runs

SEED = 20261216
PER_OUTLET = 7
SPEC = Spec(split="test", months=("2018-08", "2018-10"), chars=(800, 3200),
            exclude=("ant-time-split.json", "ant-news-split.json"))

if __name__ == "__main__":
    raise SystemExit(main("ant-time-test-draw.py", SPEC, SEED, PER_OUTLET, "-"))

"""Draw more dev-month articles for the time-only annotation set (``ant-time``), seeded.

Independent of rasd's output: a seeded random sample, eight per outlet, of ANT articles of any
category published February–July 2018 (the dev months), 800–3,200 characters, leaving out every
article already annotated (``ant-time``, ``ant-news`` both halves, the shared dev gold). The drawn
articles were annotated by hand from the text alone before rasd was run on them.

Prints the split entries to add to ``ant-time-split.json`` (all ``dev``). Run on the split as it was
before they were added (it leaves out every article already there), it reprints a draw. Draws made:
seed 20261212, 8 per outlet (24 articles, the fixes of issue #12's second round were made on them);
seed 20261213, 4 per outlet (12 articles, annotated after those fixes to check that they hold);
seed 20261214, 8 per outlet (24 articles, issue #12's third round: annotated before rasd was run on
them, scored first as a held-out check, then used for fixes); seed 20261215, 4 per outlet (12 articles,
annotated after that round's fixes and before rasd was run on them, a second held-out check);
seed 20261218, 4 per outlet, political categories only (12 articles, issue #12's fourth round: annotated
before rasd was run on them, scored first held out, then used for fixes); seed 20261223, 4 per outlet,
any category, ``all`` (12 articles, issue #12's sixth round: a held-out check of the code before and
after the fifth round's rules); seed 20261225, 4 per outlet, any category, ``all`` (12 articles,
issue #12's seventh round: annotated before rasd was run on them, the round's held-out figure).
Usage: ``python3 benchmarks/gold/ant-time-draw.py [SEED PER_OUTLET [political] [all]]``; ``political``
keeps the middleEast and internationalNews categories only; ``all`` leaves out every article of every
``*-split.json`` here and of ``speakers-heldout.json`` as well.
"""

from __future__ import annotations

import json
import sys

from draw import draw  # this folder is on sys.path when the script runs

SEED = 20261212
PER_OUTLET = 8
POLITICAL = ("middleEast", "internationalNews")


def main() -> int:
    seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) >= 3 else (SEED, PER_OUTLET)
    categories = POLITICAL if "political" in sys.argv[3:] else None
    every_split = "all" in sys.argv[3:]
    picked = draw(seed, per_outlet, ("2018-02", "2018-07"), (800, 3200), "dev", categories, every_split)
    print(json.dumps(picked, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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
issue #12's seventh round: annotated before rasd was run on them, the round's held-out figure); seed
20261229, 4 per outlet, any category, ``all5`` (12 articles, draw 10, session 5: split ``heldout``, annotated
before rasd was run on them, scored only in aggregate as the held-out figure of issue #12; ``all5`` also
leaves out ``LATER_SPLITS``).
Usage: ``python3 benchmarks/gold/ant-time-draw.py [SEED PER_OUTLET [political] [all]] [--out PATH]
[--at REV]``; ``political`` keeps the middleEast and internationalNews categories only; ``all`` leaves out
every article of every ``*-split.json`` here and of ``speakers-heldout.json`` as well (the files listed
in ``EVERY_SPLIT``: those present at draws 8 and 9). Each draw as made: ``--at`` the parent of the
commit that added it (the splits as they stood then; see ``draw.py``): 20261212 ``74a18a4^``, 20261213
``d6ff6bb^``, 20261214 ``ad10ff4^``, 20261215 ``16fc32b^``, 20261218 political ``a7b7cad^``, 20261219
political ``c7b9b56^`` (draw 6), 20261220 ``0e79990^`` (draw 7), 20261223 all ``cd1d698^``, 20261225 all
``1eecee3^``.
"""

from __future__ import annotations

from draw import POLITICAL, Spec, main  # this folder is on sys.path when the script runs

SEED = 20261212
PER_OUTLET = 8
# What every draw leaves out; ``all`` adds EVERY_SPLIT (the annotated sets present at draws 8 and 9).
BASE = ("ant-time-split.json", "ant-news-split.json")
EVERY_SPLIT = ("ant-blind-split.json", "ant-dev2-split.json", "ant-dev3-split.json", "ant-junk-split.json",
               "ant-junk2-split.json", "ant-news-split.json", "ant-time-split.json", "speakers-heldout.json")
# ``all5`` (draw 10, session 5) also leaves out the sets annotated after draws 8 and 9.
LATER_SPLITS = ("ant-dev4-split.json", "ant-test2-split.json", "ant-dev5-split.json")


def spec(flags: frozenset[str]) -> Spec:
    """The draw's parameters for the flags given (``political``, ``all``)."""
    exclude = EVERY_SPLIT + LATER_SPLITS if "all5" in flags else EVERY_SPLIT if "all" in flags else BASE
    return Spec(split="heldout" if "all5" in flags else "dev", months=("2018-02", "2018-07"), chars=(800, 3200),
                categories=POLITICAL if "political" in flags else None, exclude=exclude)


if __name__ == "__main__":
    raise SystemExit(main("ant-time-draw.py", spec, SEED, PER_OUTLET, "-", flags=("political", "all", "all5")))

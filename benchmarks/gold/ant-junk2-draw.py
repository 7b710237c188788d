"""Draw the second junk-line development set (``ant-junk2``) for the repair (issue #9), seeded.

The method of ``ant-junk-draw.py`` with a new seed: a seeded random sample (``random.Random(seed)``),
thirteen per outlet (BBC, CNN, France24), of ANT articles of any category published August–October
2018, 600–4,000 characters of ``text``, leaving out every article of every annotated set: each
``*-split.json`` of this folder (this set's own excepted), the held-out speaker set
(``speakers-heldout.json``) and the shared dev gold. Independent of rasd's output; the drawn pages were
marked by hand for junk lines only, from the raw text alone, before rasd was run on them. They are
development material for the repair; the ANT test halves stay the test sets.

Writes ``ant-junk2-split.json`` (entries ``{docno, source, month, split: "dev"}``). Run again on the
other splits as they stood when it was made (adding Aug–Oct articles to them changes the pool), it
rewrites the same draw. Draw made: seed 20261224, 13 per outlet (39 articles), with the splits
ant-blind, ant-dev2, ant-dev3, ant-junk, ant-news, ant-time present.
Usage: ``python3 benchmarks/gold/ant-junk2-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at a3ba257^`` (the splits as they stood then; see ``draw.py``).
"""

from __future__ import annotations

from draw import Spec, main  # this folder is on sys.path when the script runs

SEED = 20261224
PER_OUTLET = 13
# Every annotated set present when the draw was made (its own split excepted).
SPEC = Spec(split="dev", months=("2018-08", "2018-10"), chars=(600, 4000),
            exclude=("ant-blind-split.json", "ant-dev2-split.json", "ant-dev3-split.json", "ant-junk-split.json",
                     "ant-news-split.json", "ant-time-split.json", "speakers-heldout.json"))

if __name__ == "__main__":
    raise SystemExit(main("ant-junk2-draw.py", SPEC, SEED, PER_OUTLET, "ant-junk2-split.json"))

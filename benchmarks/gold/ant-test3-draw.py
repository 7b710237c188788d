"""Draw the third frozen test set (``ant-test3``): speakers, roles, entities, time, events, seeded.

The method of ``ant-dev3-draw.py`` on the TEST months: a seeded random sample (``random.Random(seed)``),
two per outlet (BBC, CNN, France24), of political ANT articles (docno category ``middleEast`` or
``internationalNews``) published August–October 2018, 1,000–3,000 characters of ``text``, with at
least one reporting verb (قال/أضاف/أكد/أعلن, any form: a substring test), leaving out every article
already annotated: the ``ant-news``, ``ant-time``, ``ant-junk``, ``ant-junk2``, ``ant-blind``,
``ant-dev2`` … ``ant-dev6`` and ``ant-test2`` splits, the held-out speaker set (``speakers-heldout.json``) and the shared
dev gold. Independent of rasd's output; annotated by hand from the text alone, by annotators who never
ran rasd nor saw its output. FROZEN TEST material: scored in aggregate only, never tuned on.

Writes ``ant-test3-split.json`` (entries ``{docno, source, month, split: "test3"}``). Run again on the
other splits as they stood when it was made, it rewrites the same draw. Draw made: seed 20261231,
4 per outlet (12 articles), session 5.
Usage: ``python3 benchmarks/gold/ant-test3-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at 58ecb02^``.
"""

from __future__ import annotations

from draw import POLITICAL, Spec, main  # this folder is on sys.path when the script runs

SEED = 20261231
PER_OUTLET = 4
SPEC = Spec(split="test3", months=("2018-08", "2018-10"), chars=(1000, 3000), categories=POLITICAL,
            reporting=True,
            exclude=("ant-news-split.json", "ant-time-split.json", "ant-junk-split.json", "ant-junk2-split.json",
                     "ant-blind-split.json", "ant-dev2-split.json", "ant-dev3-split.json",
                     "ant-dev4-split.json", "ant-dev5-split.json", "ant-dev6-split.json", "ant-test2-split.json",
                     "speakers-heldout.json"))

if __name__ == "__main__":
    raise SystemExit(main("ant-test3-draw.py", SPEC, SEED, PER_OUTLET, "ant-test3-split.json"))

"""Draw the second frozen test set (``ant-test2``): speakers, roles, entities, time, events, seeded.

The method of ``ant-dev3-draw.py`` on the TEST months: a seeded random sample (``random.Random(seed)``),
two per outlet (BBC, CNN, France24), of political ANT articles (docno category ``middleEast`` or
``internationalNews``) published August–October 2018, 1,000–3,000 characters of ``text``, with at
least one reporting verb (قال/أضاف/أكد/أعلن, any form: a substring test), leaving out every article
already annotated: the ``ant-news``, ``ant-time``, ``ant-junk``, ``ant-junk2``, ``ant-blind``,
``ant-dev2`` and ``ant-dev3`` splits, the held-out speaker set (``speakers-heldout.json``) and the shared
dev gold. Independent of rasd's output; annotated by hand from the text alone, by an annotator who never
ran rasd nor saw its output. FROZEN TEST material: scored in aggregate only, never tuned on.

Writes ``ant-test2-split.json`` (entries ``{docno, source, month, split: "test2"}``). Run again on the
other splits as they stood when it was made, it rewrites the same draw. Draw made: seed 20261227,
2 per outlet (6 articles).
Usage: ``python3 benchmarks/gold/ant-test2-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``.
"""

from __future__ import annotations

from draw import POLITICAL, Spec, main  # this folder is on sys.path when the script runs

SEED = 20261227
PER_OUTLET = 2
SPEC = Spec(split="test2", months=("2018-08", "2018-10"), chars=(1000, 3000), categories=POLITICAL,
            reporting=True,
            exclude=("ant-news-split.json", "ant-time-split.json", "ant-junk-split.json", "ant-junk2-split.json",
                     "ant-blind-split.json", "ant-dev2-split.json", "ant-dev3-split.json",
                     "speakers-heldout.json"))

if __name__ == "__main__":
    raise SystemExit(main("ant-test2-draw.py", SPEC, SEED, PER_OUTLET, "ant-test2-split.json"))

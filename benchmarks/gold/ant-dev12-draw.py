"""Draw the twelfth dev-month set (``ant-dev12``): speakers, roles, entities, time, events, seeded.

The method of ``ant-dev3-draw.py``, with a new seed: a seeded random sample
(``random.Random(seed)``), two per outlet (BBC, CNN, France24), of political ANT articles (docno
category ``middleEast`` or ``internationalNews``) published February–July 2018 (the dev months),
1,000–3,000 characters of ``text``, with at least one reporting verb (قال/أضاف/أكد/أعلن, any form: a
substring test), leaving out every article already annotated: the ``ant-news``, ``ant-time``,
``ant-junk``, ``ant-junk2``, ``ant-blind``, ``ant-dev2``, ``ant-dev3``, ``ant-dev4``, ``ant-dev5``, ``ant-dev6``, ``ant-dev7``, ``ant-dev8``, ``ant-dev9``, ``ant-dev10``, ``ant-dev11``, ``ant-test2`` and ``ant-test3`` splits, the held-out speaker set
(``speakers-heldout.json``) and the shared dev gold. Independent of rasd's output; the drawn articles were
annotated by hand from the text alone, by annotators who never ran rasd nor saw its output. As in ant-dev9 to ant-dev11, pool articles whose word 5-grams overlap an annotated article's by 30 % or more (either
way) are left out too (``Spec.near_duplicates``; ant-dev8 had let in a near-duplicate of a dev7 article).
HELD OUT for session 11 (the lead scores it at the start and end code, aggregates only), then dev.

Writes ``ant-dev12-split.json`` (entries ``{docno, source, month, split: "dev12"}``). Run again on the
other splits as they stood when it was made (adding articles to them changes the pool), it rewrites the
same draw. Draw made: seed 20261311, 4 per outlet (12 articles).
Usage: ``python3 benchmarks/gold/ant-dev12-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at`` the commit that adds this file, parent (the splits as they stood then; see ``draw.py``).
"""

from __future__ import annotations

from draw import POLITICAL, Spec, main  # this folder is on sys.path when the script runs

SEED = 20261311
PER_OUTLET = 4
SPEC = Spec(split="dev12", months=("2018-02", "2018-07"), chars=(1000, 3000), categories=POLITICAL,
            reporting=True,
            exclude=("ant-news-split.json", "ant-time-split.json", "ant-junk-split.json", "ant-junk2-split.json",
                     "ant-blind-split.json", "ant-dev2-split.json", "ant-dev3-split.json", "ant-dev4-split.json",
                     "ant-dev5-split.json", "ant-dev6-split.json", "ant-dev7-split.json", "ant-dev8-split.json", "ant-dev9-split.json", "ant-dev10-split.json", "ant-dev11-split.json", "ant-test3-split.json",
                     "ant-test2-split.json", "speakers-heldout.json"),
            near_duplicates=0.3)

if __name__ == "__main__":
    raise SystemExit(main("ant-dev12-draw.py", SPEC, SEED, PER_OUTLET, "ant-dev12-split.json"))

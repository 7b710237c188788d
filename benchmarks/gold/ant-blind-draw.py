"""Draw the blind dev-month check set (``ant-blind``): speakers, roles, entities, time, events, seeded.

Independent of rasd's output: a seeded random sample (``random.Random(seed)``), four per outlet (BBC,
CNN, France24), of political ANT articles (docno category ``middleEast`` or ``internationalNews``, as
the ``ant-news`` set) published February–July 2018 (the dev months), 1,000–3,000 characters of
``text``, with at least one reporting verb (قال/أضاف/أكد/أعلن, any form: a substring test) in the text,
leaving out every article already annotated: the ``ant-time``, ``ant-news`` and ``ant-junk`` splits,
the held-out speaker set (``speakers-heldout.json``), the shared dev gold, and the twelve articles of
``ant-time``'s political draw of seed 20261218 (listed below, so that the draw does not change when
they are added to ``ant-time-split.json``). The drawn articles were annotated by hand from the text
alone, by an annotator who never ran rasd nor saw its output.

Writes ``ant-blind-split.json`` (entries ``{docno, source, month, split: "blind"}``). Run again on the
other splits as they stood when it was made (adding articles to them changes the pool), it rewrites the
same draw. Draw made: seed 20261220, 4 per outlet (12 articles).
Usage: ``python3 benchmarks/gold/ant-blind-draw.py [SEED PER_OUTLET] [--out PATH] [--at REV]``; the draw as
made: ``--at 8f91003^`` (the splits as they stood then; see ``draw.py``).
"""

from __future__ import annotations

from draw import POLITICAL, Spec, main  # this folder is on sys.path when the script runs

SEED = 20261220
PER_OUTLET = 4
# ant-time's fourth-round draw (seed 20261218, political, 4 per outlet), taken by another annotator
# while this set was drawn; named here so this draw stays the same once they join ant-time-split.json.
TIME_DRAW_20261218 = (
    "BB-middleEast-540-20180527", "BB-internationalNews-28-20180213", "BB-internationalNews-901-20180731",
    "BB-middleEast-2-20180218", "CN-internationalNews-343-20180512", "CN-middleEast-603-20180413",
    "CN-middleEast-841-20180508", "CN-middleEast-876-20180510", "FR-middleEast-346-20180423",
    "FR-internationalNews-1519-20180530", "FR-internationalNews-1841-20180615",
    "FR-internationalNews-2259-20180711",
)
SPEC = Spec(split="blind", months=("2018-02", "2018-07"), chars=(1000, 3000), categories=POLITICAL,
            reporting=True,
            exclude=("ant-time-split.json", "ant-news-split.json", "ant-junk-split.json", "speakers-heldout.json"),
            exclude_docnos=TIME_DRAW_20261218)

if __name__ == "__main__":
    raise SystemExit(main("ant-blind-draw.py", SPEC, SEED, PER_OUTLET, "ant-blind-split.json"))

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
Usage: ``python3 benchmarks/gold/ant-blind-draw.py [SEED PER_OUTLET]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SEED = 20261220
PER_OUTLET = 4
MONTHS = ("2018-02", "2018-07")
CHARS = (1000, 3000)
CATEGORIES = ("middleEast", "internationalNews")
REPORTING = ("قال", "أضاف", "أكد", "أعلن")
# ant-time's fourth-round draw (seed 20261218, political, 4 per outlet), taken by another annotator
# while this set was drawn; named here so this draw stays the same once they join ant-time-split.json.
TIME_DRAW_20261218 = (
    "BB-middleEast-540-20180527", "BB-internationalNews-28-20180213", "BB-internationalNews-901-20180731",
    "BB-middleEast-2-20180218", "CN-internationalNews-343-20180512", "CN-middleEast-603-20180413",
    "CN-middleEast-841-20180508", "CN-middleEast-876-20180510", "FR-middleEast-346-20180423",
    "FR-internationalNews-1519-20180530", "FR-internationalNews-1841-20180615",
    "FR-internationalNews-2259-20180711",
)


def annotated() -> set[str]:
    """Docnos of every article already in an annotated set (see the module docstring)."""
    seen = {m["docno"] for f in ("ant-time-split.json", "ant-news-split.json", "ant-junk-split.json",
                                 "speakers-heldout.json")
            for m in json.loads((HERE / f).read_text(encoding="utf-8"))}
    seen |= {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    return seen | set(TIME_DRAW_20261218)


def eligible(art: dict) -> bool:
    """Whether a corpus record fits the draw: dev month, political category, length, a reporting verb."""
    text = art.get("text") or ""
    return (MONTHS[0] <= art["published"][:7] <= MONTHS[1]
            and art["id"].split("-")[1] in CATEGORIES
            and CHARS[0] <= len(text) <= CHARS[1]
            and any(v in text for v in REPORTING))


def draw(seed: int, per_outlet: int) -> list[dict]:
    """Split entries of the draw, outlet by outlet, in the corpus files' order before sampling."""
    seen = annotated()
    rng = random.Random(seed)
    picked = []
    for outlet in ("bbc", "cnn", "france24"):
        pool = []
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] not in seen and eligible(art):
                pool.append(art)
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": "blind"}
                   for a in rng.sample(pool, per_outlet)]
    return picked


def main() -> int:
    """Write the seeded draw to ``ant-blind-split.json``, print its size and return 0."""
    if len(sys.argv) not in (1, 3):
        print("usage: ant-blind-draw.py [SEED PER_OUTLET]", file=sys.stderr)
        return 2
    seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (SEED, PER_OUTLET)
    picked = draw(seed, per_outlet)
    (HERE / "ant-blind-split.json").write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    print(f"{len(picked)} articles written to ant-blind-split.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw the third dev-month set (``ant-dev3``): speakers, roles, entities, time, events, seeded.

The method of ``ant-dev2-draw.py``, with a new seed: a seeded random sample
(``random.Random(seed)``), four per outlet (BBC, CNN, France24), of political ANT articles (docno
category ``middleEast`` or ``internationalNews``) published February–July 2018 (the dev months),
1,000–3,000 characters of ``text``, with at least one reporting verb (قال/أضاف/أكد/أعلن, any form: a
substring test), leaving out every article already annotated: the ``ant-news``, ``ant-time``,
``ant-junk``, ``ant-blind`` and ``ant-dev2`` splits, the held-out speaker set (``speakers-heldout.json``) and the
shared dev gold. Independent of rasd's output; the drawn articles were annotated by hand from the text
alone, by an annotator who never ran rasd nor saw its output. DEV material: its errors may be read.

Writes ``ant-dev3-split.json`` (entries ``{docno, source, month, split: "dev3"}``). Run again on the
other splits as they stood when it was made (adding articles to them changes the pool), it rewrites the
same draw. Draw made: seed 20261222, 4 per outlet (12 articles).
Usage: ``python3 benchmarks/gold/ant-dev3-draw.py [SEED PER_OUTLET]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SEED = 20261222
PER_OUTLET = 4
MONTHS = ("2018-02", "2018-07")
CHARS = (1000, 3000)
CATEGORIES = ("middleEast", "internationalNews")
REPORTING = ("قال", "أضاف", "أكد", "أعلن")
SPLITS = ("ant-news-split.json", "ant-time-split.json", "ant-junk-split.json", "ant-blind-split.json",
          "ant-dev2-split.json", "speakers-heldout.json")


def annotated() -> set[str]:
    """Docnos of every article already in an annotated set (see the module docstring)."""
    seen = {m["docno"] for f in SPLITS for m in json.loads((HERE / f).read_text(encoding="utf-8"))}
    seen |= {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    return seen


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
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": "dev3"}
                   for a in rng.sample(pool, per_outlet)]
    return picked


def main() -> int:
    """Write the seeded draw to ``ant-dev3-split.json``, print its size and return 0."""
    if len(sys.argv) not in (1, 3):
        print("usage: ant-dev3-draw.py [SEED PER_OUTLET]", file=sys.stderr)
        return 2
    try:
        seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (SEED, PER_OUTLET)
    except ValueError:
        print(f"ant-dev3-draw: SEED and PER_OUTLET must be integers, got {sys.argv[1:]}", file=sys.stderr)
        return 2
    picked = draw(seed, per_outlet)
    (HERE / "ant-dev3-split.json").write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    print(f"{len(picked)} articles written to ant-dev3-split.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

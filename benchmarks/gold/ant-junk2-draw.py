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
Usage: ``python3 benchmarks/gold/ant-junk2-draw.py [SEED PER_OUTLET]``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SEED = 20261224
PER_OUTLET = 13
MONTHS = ("2018-08", "2018-10")
CHARS = (600, 4000)
OUT = "ant-junk2-split.json"


def annotated() -> set[str]:
    """Docnos of every article already in an annotated set (see the module docstring)."""
    files = [p for p in sorted(HERE.glob("*-split.json")) if p.name != OUT]
    files.append(HERE / "speakers-heldout.json")
    seen = {m["docno"] for p in files if p.is_file() for m in json.loads(p.read_text(encoding="utf-8"))}
    seen |= {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    return seen


def draw(seed: int, per_outlet: int) -> list[dict]:
    """Split entries ``{docno, source, month, split}`` of the draw, outlet by outlet."""
    seen = annotated()
    rng = random.Random(seed)
    picked = []
    for outlet in ("bbc", "cnn", "france24"):
        pool = []
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in seen or not MONTHS[0] <= art["published"][:7] <= MONTHS[1]:
                continue
            if CHARS[0] <= len(art.get("text") or "") <= CHARS[1]:
                pool.append(art)
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": "dev"}
                   for a in rng.sample(pool, per_outlet)]
    return picked


def main() -> int:
    """Write the seeded draw to ``ant-junk2-split.json``, print its size and return 0."""
    seed, per_outlet = (int(sys.argv[1]), int(sys.argv[2])) if len(sys.argv) == 3 else (SEED, PER_OUTLET)
    picked = draw(seed, per_outlet)
    (HERE / OUT).write_text(json.dumps(picked, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(picked)} articles written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The seeded article draw behind the hand-annotated ANT sets (``ant-time``, ``ant-junk``).

Independent of rasd's output: ``per_outlet`` articles per outlet (BBC, CNN, France24), drawn with
``random.Random(seed)`` from the ANT articles published in the inclusive month range ``months``
whose ``text`` length lies in ``chars`` (and, when ``categories`` is given, whose docno's category —
``BB-middleEast-385-20180422`` is ``middleEast`` — is one of them), leaving out every article already
annotated (the ``ant-time`` and ``ant-news`` splits, the shared dev gold; with ``every_split``, also every
other ``*-split.json`` of this folder and ``speakers-heldout.json``). Pure apart from reading those files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"


def draw(seed: int, per_outlet: int, months: tuple[str, str], chars: tuple[int, int], split: str,
         categories: tuple[str, ...] | None = None, every_split: bool = False) -> list[dict]:
    """Split entries ``{docno, source, month, split}`` of the draw, outlet by outlet."""
    files = sorted(p.name for p in HERE.glob("*-split.json")) + ["speakers-heldout.json"] if every_split \
        else ["ant-time-split.json", "ant-news-split.json"]
    seen = {m["docno"] for f in files for m in json.loads((HERE / f).read_text(encoding="utf-8"))}
    seen |= {json.loads(line)["docno"] for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")}
    rng = random.Random(seed)
    picked = []
    for outlet in ("bbc", "cnn", "france24"):
        pool = []
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in seen or not months[0] <= art["published"][:7] <= months[1]:
                continue
            if categories is not None and art["id"].split("-")[1] not in categories:
                continue
            if chars[0] <= len(art.get("text") or "") <= chars[1]:
                pool.append(art)
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": split}
                   for a in rng.sample(pool, per_outlet)]
    return picked

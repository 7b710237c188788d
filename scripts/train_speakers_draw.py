"""Draw articles for the held-out speaker set (benchmarks/gold/speakers-heldout.json).

    python3 scripts/train_speakers_draw.py SEED [--exclude SEED ...]

Seeded and independent of rasd's output: ANT corpus articles (../shared/data/news/ant-dev) of the
dev months (Feb–Jul 2018), categories middleEast/internationalNews, 1,000–3,000 characters, with
«قال» at least twice, not in any annotated set (ANT news, ANT time, the shared dev gold); three per
outlet. ``--exclude`` drops the articles of earlier draws. Prints the docnos as JSON.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUTLETS = ("bbc", "cnn", "france24")


def pool() -> list[tuple[str, str]]:
    used = {m["docno"] for m in json.loads((ROOT / "benchmarks/gold/ant-news-split.json").read_text(encoding="utf-8"))}
    used |= {p.stem for p in (ROOT / "benchmarks/gold/ant-time").glob("*.json")}
    used |= {json.loads(x)["docno"] for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()}
    out = []
    for outlet in OUTLETS:
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            if '"id"' not in line:
                continue
            a = json.loads(line)
            if a["id"] in used or a["category"] not in ("middleEast", "internationalNews"):
                continue
            if "2018-02" <= a["published"][:7] <= "2018-07" and 1000 <= len(a["text"]) <= 3000 \
                    and a["text"].count("قال") >= 2:
                out.append((outlet, a["id"]))
    return out


def draw(seed: int, items: list[tuple[str, str]]) -> list[str]:
    rng = random.Random(seed)
    pick = []
    for outlet in OUTLETS:
        cands = sorted(x for x in items if x[0] == outlet)
        rng.shuffle(cands)
        pick += [x[1] for x in cands[:3]]
    return pick


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--exclude", type=int, nargs="*", default=[], help="seeds of earlier draws")
    args = ap.parse_args()
    items = pool()
    for s in args.exclude:
        gone = set(draw(s, items))
        items = [x for x in items if x[1] not in gone]
    print(json.dumps(draw(args.seed, items)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Join the ANT news annotations (benchmarks/gold/ant-news/*.json) with their texts and score rasd.

    python3 scripts/ant_gold.py --split dev|test|all|blind|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|dev10|dev11|dev12|test2|test3 [--shared-gold] [-v] [--write FILE] [--check] [--evidence [CORPUS]]

The texts come from ../shared/data/news/ant-dev (never from the repo). --check validates the annotation
files (offsets in range, entity names used by quotes and events exist, types known) and exits.
--shared-gold adds the 12 articles of ../shared/data/gold/ant-dev (a dev set) to the scored set.
Scoring is the shared score.py, so figures compare with those of the shared dev gold.
--evidence [CORPUS] repairs each article with its outlets' other pages as evidence (``rasd process
--evidence``; default CORPUS: ../shared/data/news/ant-dev, which holds the articles' outlets): the figure
"with the outlet's corpus as evidence", beside the default one (each article alone).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from gold_sets import AGGREGATE_ONLY, OWN  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GOLD_DIR = ROOT / "benchmarks/gold/ant-news"
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}


def load_texts(docnos: set[str]) -> dict[str, dict]:
    found = {}
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            if '"id"' not in line:
                continue
            art = json.loads(line)
            if art["id"] in docnos:
                found[art["id"]] = art
    return found


def joined(split: str) -> list[dict]:
    # "blind", "dev2", "dev3", "dev4" and "test2" are sets of their own (ant-blind-split.json and ant-blind/,
    # ant-dev2-split.json and ant-dev2/, ...), never part of "all"
    own = OWN
    name = own.get(split, "ant-news")
    meta = json.loads((ROOT / f"benchmarks/gold/{name}-split.json").read_text(encoding="utf-8"))
    want = {m["docno"] for m in meta if split == "all" or m["split"] == split}
    gold_dir = ROOT / "benchmarks/gold" / name if split in own else GOLD_DIR
    files = [p for p in sorted(gold_dir.glob("*.json")) if p.stem in want]
    arts = load_texts({p.stem for p in files})
    out = []
    for p in files:
        ann = json.loads(p.read_text(encoding="utf-8"))
        art = arts[p.stem]
        out.append({"docno": p.stem, "title": art["title"], "text": art["text"], "url": art["url"],
                    "source": art["source"], "published": ann.get("published") or art["published"][:10],
                    "junk_lines": ann.get("junk_lines", []), "entities": ann.get("entities", []),
                    "quotes": ann.get("quotes", []), "timex": ann.get("timex", []), "events": ann.get("events", [])})
    return out


def check(golds: list[dict]) -> int:
    bad = 0
    for g in golds:
        n = len(g["text"])
        names = {e["name"] for e in g["entities"]}

        def err(msg: str, _g: dict = g) -> None:
            nonlocal bad
            bad += 1
            print(f"{_g['docno']}: {msg}")
        for e in g["entities"]:
            if e.get("type") not in ("PER", "ORG", "LOC"):
                err(f"entity type {e.get('type')!r}")
        for q in g["quotes"]:
            if not 0 <= q["start"] < q["end"] <= n:
                err(f"quote offsets {q['start']}-{q['end']}")
        for t in g["timex"]:
            if not 0 <= t["start"] < t["end"] <= n or t.get("type") not in TIMEX_TYPES:
                err(f"timex {t}")
        for ev in g["events"]:
            if not 0 <= ev["trigger_start"] < ev["trigger_end"] <= n:
                err(f"event trigger offsets {ev}")
            for k in ("source", "target"):
                v = ev.get(k)
                if v and v != "مجهول" and v not in names:
                    err(f"event {k} {v!r} is not an entity name")
    print(f"{len(golds)} files, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all", *OWN),
                    default="dev",
                    help="blind: the 12 dev-month articles of benchmarks/gold/ant-blind; dev2, dev3, dev4: the "
                         "second, third and fourth dev-month sets of benchmarks/gold/ant-dev2, "
                         "ant-dev3 and ant-dev4; dev5, dev6: the fifth and sixth (dev material; dev5 was held out in session 5); "
                         "dev7: the seventh (held out in session 6, dev material since session 7); "
                         "dev8: the eighth (held out in session 7, dev material since session 8); "
                         "dev9: the ninth (held out in session 8, dev material since session 9); "
                         "dev10: the tenth (held out in session 9, dev material since session 10); "
                         "dev11: the eleventh (held out in session 10, dev material since session 11); "
                         "dev12: the twelfth (session 11: held out, aggregate only; scripts/gold_sets.py says which are held out); "
                         "test2, test3: the frozen Aug-Oct test sets of benchmarks/gold/ant-test2 and ant-test3, aggregate "
                         "only (none of them is in all)")
    ap.add_argument("--shared-gold", action="store_true", help="add the 12 shared dev-gold articles")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--write", help="write the joined gold JSONL here and stop")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--cmd", default="rasd process --format json")
    ap.add_argument("--evidence", nargs="?", const=str(SHARED / "news/ant-dev"), metavar="CORPUS",
                    help="repair each article with its outlets' other pages as evidence: passes "
                         "--evidence CORPUS to the command (default CORPUS: the ANT corpus folder)")
    args = ap.parse_args()
    if args.split in AGGREGATE_ONLY and args.verbose:
        # a frozen test or held-out set is scored in aggregate only: its items and errors are never printed
        print(f"ant_gold: --split {args.split} holds a frozen test or held-out set: aggregate only, -v refused",
              file=sys.stderr)
        return 2
    if args.evidence:
        args.cmd += f" --evidence {shlex.quote(args.evidence)}"
    golds = joined(args.split)
    if args.check:
        return check(golds)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for g in golds:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        path = args.write or fh.name
    if args.write:
        Path(args.write).write_text(Path(fh.name).read_text(encoding="utf-8"), encoding="utf-8")
        print(f"{len(golds)} articles -> {args.write}", file=sys.stderr)
        return 0
    gold_files = [path] + ([str(SHARED / "gold/ant-dev/gold.jsonl")] if args.shared_gold else [])
    cmd = [sys.executable, str(SHARED / "gold/ant-dev/score.py"), "--cmd", args.cmd, "--gold", *gold_files]
    if args.verbose:
        cmd.append("--verbose")
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    raise SystemExit(main())

"""Before/after check of a repair change on unannotated pages: what the repair removes, page by page.

    PYTHONPATH=/tmp/base/src python3 scripts/repair_diff.py dump /tmp/before.jsonl
    python3 scripts/repair_diff.py dump /tmp/after.jsonl
    python3 scripts/repair_diff.py diff /tmp/before.jsonl /tmp/after.jsonl

``dump`` repairs every page alone (no corpus evidence: the case a user with one page has) and writes
one JSON line per page: its id and the removed lines with their reason codes. Pages: every ANT page
(``../shared/data/news/ant-dev``) outside every annotated, frozen or held-out gold set (any docno of
``benchmarks/gold/*-split.json``, and all of ant-blind, ant-dev7 .. ant-dev10 and the held-out set: ``gold_sets.NOT_FOR_REPAIR``), and the SaudiNewsNet
pages of the generator's *dev* outlets (its test outlets are never read). ``diff`` prints each line
removed by one run only, with its reason, and counts per outlet (the lines to read by hand).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "news"
GOLD = ROOT / "benchmarks" / "gold"


def _gold_docnos() -> set[str]:
    out: set[str] = set()
    for f in GOLD.glob("*-split.json"):
        for r in json.loads(f.read_text(encoding="utf-8")):
            if isinstance(r, dict) and r.get("docno"):
                out.add(r["docno"])
    for folder in GOLD.iterdir():
        if folder.is_dir():
            out.update(p.stem for p in folder.glob("*.json"))
    return out


def pages() -> list[tuple[str, str, str, str]]:
    """(id, outlet, title, text) of every page the check reads (see module docstring)."""
    from rasd.eval.repair_gen import DEV_SNN

    skip = _gold_docnos()
    out = []
    for outlet in ("bbc", "cnn", "france24"):
        p = SHARED / "ant-dev" / f"{outlet}.jsonl"
        if p.is_file():
            for line in p.open(encoding="utf-8"):
                d = json.loads(line)
                if d["id"] not in skip:
                    out.append((d["id"], outlet, d.get("title") or "", d["text"]))
    for p in sorted((SHARED / "saudinewsnet").glob("*/*.jsonl")):
        if p.stem not in DEV_SNN:
            continue
        for line in p.open(encoding="utf-8"):
            d = json.loads(line)
            out.append((d["url"], d["source"], d.get("title") or "", d.get("content") or ""))
    return out


def dump(path: str) -> int:
    from rasd.repair.repair import repair

    with open(path, "w", encoding="utf-8") as fh:
        for pid, outlet, title, text in pages():
            art = repair(text, title=title)
            rem = [[r.reason, r.text.strip()] for r in art.removed if r.text.strip()]
            fh.write(json.dumps({"id": pid, "outlet": outlet, "removed": rem}, ensure_ascii=False) + "\n")
    return 0


def diff(before: str, after: str) -> int:
    a = {d["id"]: d for d in map(json.loads, open(before, encoding="utf-8"))}
    b = {d["id"]: d for d in map(json.loads, open(after, encoding="utf-8"))}
    counts: Counter[str] = Counter()
    for pid in sorted(a.keys() & b.keys()):
        ra = Counter(t for _, t in a[pid]["removed"])
        rb = Counter(t for _, t in b[pid]["removed"])
        why = {t: r for r, t in a[pid]["removed"] + b[pid]["removed"]}
        for t in (rb - ra):
            counts[f"{a[pid]['outlet']} +"] += 1
            print(f"+ {pid} [{why[t]}] {t[:160]}")
        for t in (ra - rb):
            counts[f"{a[pid]['outlet']} -"] += 1
            print(f"- {pid} [{why[t]}] {t[:160]}")
    print(f"{len(a.keys() & b.keys())} pages; lines removed only after (+) / only before (-): "
          + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        return dump(argv[1])
    if len(argv) == 3 and argv[0] == "diff":
        return diff(argv[1], argv[2])
    print("usage: repair_diff.py dump OUT.jsonl | diff BEFORE.jsonl AFTER.jsonl")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

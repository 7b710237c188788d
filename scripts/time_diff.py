"""Before/after check of the time layer on unannotated ANT pages (outside every gold set).

    PYTHONPATH=/tmp/base/src python3 scripts/time_diff.py dump /tmp/before.jsonl [-n 3000]
    python3 scripts/time_diff.py dump /tmp/after.jsonl [-n 3000]
    python3 scripts/time_diff.py diff /tmp/before.jsonl /tmp/after.jsonl

``dump`` repairs each Feb–Jul 2018 page of ../shared/data/news/ant-dev whose id is in no
``benchmarks/gold/*split.json``, ``speakers-heldout.json`` or the shared dev gold (every set, held-out ones
included, is left out), runs the dates layer alone and writes one line per page: its id and its
expressions (offset, text, type, value). ``diff`` prints every expression that appeared, went or changed
value, with its context, and counts them: the changes to read by hand before a rule is kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def gold_ids() -> set[str]:
    """Every docno any gold set of this repository or of ../shared annotates."""
    ids: set[str] = set()
    for p in (ROOT / "benchmarks/gold").glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else list(data.values()) if isinstance(data, dict) else []
        for r in rows:
            if isinstance(r, dict) and r.get("docno"):
                ids.add(r["docno"])
            elif isinstance(r, str):
                ids.add(r)
        if isinstance(data, dict):
            ids.update(k for k in data if isinstance(k, str))
    for sub in (ROOT / "benchmarks/gold").iterdir():
        if sub.is_dir():
            ids.update(f.stem for f in sub.rglob("*.json"))
    gold = SHARED / "gold/ant-dev/gold.jsonl"
    if gold.is_file():
        ids.update(json.loads(x)["docno"] for x in gold.open(encoding="utf-8") if x.strip())
    return ids


def pages(limit: int) -> list[dict]:
    """Up to ``limit`` unannotated Feb–Jul pages, taken in turn from the three outlets (stable order)."""
    skip = gold_ids()
    per: list[list[dict]] = []
    for outlet in ("bbc", "cnn", "france24"):
        rows = []
        for line in (SHARED / f"news/ant-dev/{outlet}.jsonl").open(encoding="utf-8"):
            a = json.loads(line)
            if a.get("id") and a["id"] not in skip and "2018-02" <= a.get("published", "")[:7] <= "2018-07":
                rows.append(a)
        per.append(rows)
    out: list[dict] = []
    for i in range(max(map(len, per))):
        out += [rows[i] for rows in per if i < len(rows)]
    return out[:limit]


def dump(path: str, limit: int) -> None:
    from rasd.pipeline import process_text

    with open(path, "w", encoding="utf-8") as fh:
        for a in pages(limit):
            try:
                art = process_text(a["text"], layers=("dates",), id=a["id"], title=a.get("title"),
                                   published=a["published"][:10], url=a.get("url"), source=a.get("source"))
            except Exception as exc:  # noqa: BLE001 - a page that fails is recorded, not fatal
                fh.write(json.dumps({"id": a["id"], "error": repr(exc)[:200]}, ensure_ascii=False) + "\n")
                continue
            text = art.text
            dates = [[d.start, d.text, d.type, d.value, text[max(0, d.start - 60):d.end + 40].replace("\n", " ")]
                     for d in art.dates]
            fh.write(json.dumps({"id": a["id"], "published": art.published, "dates": dates}, ensure_ascii=False) + "\n")


def diff(before: str, after: str) -> None:
    def load(p: str) -> dict[str, dict]:
        return {r["id"]: r for r in map(json.loads, open(p, encoding="utf-8"))}

    a, b = load(before), load(after)
    n = {"new": 0, "gone": 0, "value": 0}
    for pid in a.keys() & b.keys():
        da = {(x[0], x[1]): x for x in a[pid].get("dates", [])}
        db = {(x[0], x[1]): x for x in b[pid].get("dates", [])}
        for k in sorted(da.keys() | db.keys()):
            x, y = da.get(k), db.get(k)
            if x and y and x[3] == y[3]:
                continue
            kind = "value" if x and y else "new" if y else "gone"
            n[kind] += 1
            z = y or x
            old = f"{x[2]} {x[3]}" if x else "-"
            new = f"{y[2]} {y[3]}" if y else "-"
            print(f"{kind:5s} {pid[:30]} ({a[pid].get('published')}) «{z[1]}» {old} -> {new} :: {z[4]}")
    print(f"pages {len(a.keys() & b.keys())}: new {n['new']}, gone {n['gone']}, value changed {n['value']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("-n", type=int, default=3000)
    f = sub.add_parser("diff")
    f.add_argument("before")
    f.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.n)
    else:
        diff(args.before, args.after)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the junk-line annotations (``ant-junk/``) against the corpus texts; no rasd involved.

For every entry of ``ant-junk-split.json`` there must be ``ant-junk/<docno>.json`` whose ``docno`` and
``published`` (YYYY-MM-DD) match the corpus article, whose ``junk_lines`` are sorted, unique 0-based
indices into ``text.split("\\n")``, and whose ``junk_kinds`` gives exactly those indices one known kind.
A line marked ``blank`` must be whitespace only, and a whitespace-only line must be marked junk.
Prints one line per problem and the counts by kind and outlet; exit status 1 if any problem.
Usage: ``python3 benchmarks/gold/ant-junk-validate.py [ant-junk|ant-junk2]`` (the set's folder; default
``ant-junk``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
KINDS = {"teaser", "link", "share", "title_dup", "blank", "credit", "nav", "other"}


def check(entry: dict, art: dict, gold: dict) -> list[str]:
    """Return the problems of one annotation ``gold`` for corpus article ``art`` (empty when fine)."""
    d, out = entry["docno"], []
    lines = art["text"].split("\n")
    if gold.get("docno") != d:
        out.append(f"{d}: docno field is {gold.get('docno')!r}")
    if gold.get("published") != art["published"][:10]:
        out.append(f"{d}: published {gold.get('published')!r} != corpus {art['published'][:10]}")
    junk = gold.get("junk_lines")
    if not isinstance(junk, list) or junk != sorted(set(junk)) or not all(isinstance(i, int) for i in junk):
        return out + [f"{d}: junk_lines must be a sorted list of unique integers"]
    out += [f"{d}: line {i} out of range (0..{len(lines) - 1})" for i in junk if not 0 <= i < len(lines)]
    kinds = gold.get("junk_kinds", {})
    if sorted(int(k) for k in kinds) != junk:
        out.append(f"{d}: junk_kinds keys {sorted(kinds)} do not match junk_lines")
    out += [f"{d}: line {k} has unknown kind {v!r}" for k, v in kinds.items() if v not in KINDS]
    for i, line in enumerate(lines):
        if not line.strip() and i not in junk:
            out.append(f"{d}: line {i} is blank but not marked junk")
        if kinds.get(str(i)) == "blank" and line.strip():
            out.append(f"{d}: line {i} marked blank but has text")
    return out


def main() -> int:
    """Validate every annotation of the split, print problems and counts, return 0 if none."""
    folder = sys.argv[1] if len(sys.argv) > 1 else "ant-junk"
    if not (HERE / f"{folder}-split.json").is_file():
        print(f"ant-junk-validate: no split file {folder}-split.json in {HERE}")
        return 2
    split = json.loads((HERE / f"{folder}-split.json").read_text(encoding="utf-8"))
    want = {m["docno"] for m in split}
    arts = {}
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in want:
                arts[art["id"]] = art
    problems, by_kind, by_outlet = [], Counter(), Counter()
    for entry in split:
        path = HERE / folder / f"{entry['docno']}.json"
        if entry["docno"] not in arts or not path.exists():
            problems.append(f"{entry['docno']}: missing article or annotation file")
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        problems += check(entry, arts[entry["docno"]], gold)
        by_kind.update(gold.get("junk_kinds", {}).values())
        by_outlet[entry["source"]] += len(gold.get("junk_lines", []))
    print("\n".join(problems) if problems else f"{len(split)} annotations valid")
    print("junk lines by kind:", dict(by_kind.most_common()), "by outlet:", dict(by_outlet))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

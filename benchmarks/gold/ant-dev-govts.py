#!/usr/bin/env python3
"""Bring ant-dev2 / ant-dev3 in line with the shared dev gold on «السلطات/الحكومة + nationality».

The shared gold (``../shared/data/gold/ant-dev``) leaves «الحكومة السورية», «السلطات الأمريكية» out of its
entities and, as an event actor, gives the country. ant-dev2 and ant-dev3 had tagged them ORG. This
script removes every ORG entity whose name is exactly «السلطات|الحكومة» + one nationality adjective
(rasd's demonym table decides what is one), and keeps references consistent:

* an event source/target that named it becomes the country's LOC entity when the article has one
  (the shared gold's convention), else stays as the text's free description (valid for the validator);
* a quote speaker that named it likewise becomes the country's LOC entity when there is one (as the
  ANT dev half's «ووصفت الحكومة السورية» → سوريا), else stays as the text's free description.

Usage: ``python3 benchmarks/gold/ant-dev-govts.py [--write]`` (dry run without ``--write``). Only the
dev sets ant-dev2 and ant-dev3 are touched, never ant-news or ant-blind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rasd.analyse.entities.countries import _key, demonym_country, gazetteer

HERE = Path(__file__).resolve().parent
SETS = ("ant-dev2", "ant-dev3")
HEADS = ("السلطات", "الحكومة")


def govt_country(name: str) -> str | None:
    """alpha2 of «السلطات/الحكومة + nationality adjective», else None."""
    words = name.split()
    if len(words) != 2 or words[0] not in HEADS:
        return None
    return demonym_country(words[1])


def fix(gold: dict) -> list[str]:
    """Edit one gold record in place; return a line per change."""
    changes: list[str] = []
    gaz = gazetteer()
    loc_code: dict[str, str] = {}
    for e in gold["entities"]:
        if e["type"] == "LOC":
            for form in (e["name"], *e.get("aliases", [])):
                place = gaz.get(_key(form))
                if place is not None and place.kind == "country" and place.alpha2:
                    loc_code.setdefault(place.alpha2, e["name"])
    gone: dict[str, str | None] = {}
    kept = []
    for e in gold["entities"]:
        code = govt_country(e["name"]) if e["type"] == "ORG" and not e.get("roles") else None
        if code is None:
            kept.append(e)
            continue
        gone[e["name"]] = loc_code.get(code)
        changes.append(f"entity ORG {e['name']!r} removed (country entity: {loc_code.get(code)})")
    gold["entities"] = kept
    for q in gold["quotes"]:
        if q.get("speaker") in gone and gone[q["speaker"]]:
            changes.append(f"quote speaker {q['speaker']!r} -> {gone[q['speaker']]!r}")
            q["speaker"] = gone[q["speaker"]]
    for ev in gold["events"]:
        for k in ("source", "target"):
            if ev.get(k) in gone and gone[ev[k]]:
                changes.append(f"event {ev['type']} {k} {ev[k]!r} -> {gone[ev[k]]!r}")
                ev[k] = gone[ev[k]]
    return changes


def main(argv: list[str]) -> int:
    write = "--write" in argv
    for name in SETS:
        for path in sorted((HERE / name).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            changes = fix(gold)
            for c in changes:
                print(f"{name} {gold['docno']}: {c}")
            if changes and write:
                path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

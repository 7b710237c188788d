"""Before/after check of the events layer on unannotated ANT pages (outside every gold set).

    PYTHONPATH=/tmp/base/src python3 scripts/events_pages_diff.py dump /tmp/ev_before.jsonl [-n 600]
    python3 scripts/events_pages_diff.py dump /tmp/ev_after.jsonl [-n 600]
    python3 scripts/events_pages_diff.py diff /tmp/ev_before.jsonl /tmp/ev_after.jsonl

The pages are those of ``scripts/time_diff.py`` (Feb–Jul 2018 pages of ../shared/data/news/ant-dev whose
id no gold set, held-out ones included, annotates; the three outlets in turn). ``dump`` runs the whole
pipeline (the layers before events cached per page and per code of those layers, as
``scripts/events_dev.py`` does) and writes one line per page: each event's trigger offset and text, type,
status, source, target, actors, date and place. ``diff`` prints every event that appeared, went or changed
(with the fields that changed and its context) and counts them: the changes to read before a rule is kept.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_dev import before_events  # noqa: E402
from time_diff import pages  # noqa: E402

FIELDS = ("type", "status", "source", "target", "actors", "date", "location")


def dump(path: str, limit: int) -> None:
    """Write the events of the first ``limit`` pages to ``path`` (one JSON line per page)."""
    from rasd.analyse import events

    with open(path, "w", encoding="utf-8") as fh:
        for a in pages(limit):
            g = {"docno": a["id"], "text": a["text"], "title": a.get("title"), "published": a["published"][:10],
                 "url": a.get("url"), "source": a.get("source")}
            try:
                art = copy.deepcopy(before_events(g, False))
                events.annotate(art)
            except Exception as exc:  # noqa: BLE001 - a page that fails is recorded, not fatal
                fh.write(json.dumps({"id": a["id"], "error": repr(exc)[:200]}, ensure_ascii=False) + "\n")
                continue

            def name(ref: str | None, art=art) -> str | None:
                ent = art.entity(ref) if ref else None
                return ent.name if ent is not None else ref

            rows = []
            for ev in art.events:
                s, e = ev.trigger.start, ev.trigger.end
                rows.append({"at": s, "trigger": art.text[s:e], "type": ev.type, "status": ev.status,
                             "source": name(ev.source), "target": name(ev.target),
                             "actors": [name(x) for x in ev.actors], "date": ev.date,
                             "location": name(ev.location),
                             "ctx": art.text[max(0, s - 70):e + 50].replace("\n", " ")})
            fh.write(json.dumps({"id": a["id"], "events": rows}, ensure_ascii=False) + "\n")


def diff(before: str, after: str) -> None:
    """Print the events that appeared, went or changed between two dumps, and count them."""
    def load(p: str) -> dict[str, dict]:
        return {r["id"]: r for r in map(json.loads, open(p, encoding="utf-8"))}

    a, b = load(before), load(after)
    n = {"new": 0, "gone": 0, "changed": 0, "events": 0}
    for pid in sorted(a.keys() & b.keys()):
        ea = {(x["at"], x["type"]): x for x in a[pid].get("events", [])}
        eb = {(x["at"], x["type"]): x for x in b[pid].get("events", [])}
        n["events"] += len(eb)
        for k in sorted(ea.keys() | eb.keys()):
            x, y = ea.get(k), eb.get(k)
            if x and y:
                ch = [f"{f} {x[f]} -> {y[f]}" for f in FIELDS if x[f] != y[f]]
                if not ch:
                    continue
                n["changed"] += 1
                print(f"changed {pid[:28]} {y['type']} «{y['trigger']}» {'; '.join(ch)} :: {y['ctx']}")
            else:
                z = y or x
                kind = "new" if y else "gone"
                n[kind] += 1
                print(f"{kind:7s} {pid[:28]} {z['type']} «{z['trigger']}» {z['source']} -> {z['target']} "
                      f"{z['actors']} {z['status']} :: {z['ctx']}")
    print(f"pages {len(a.keys() & b.keys())}, events after {n['events']}: new {n['new']}, gone {n['gone']}, "
          f"changed {n['changed']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("-n", type=int, default=600)
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
    raise SystemExit(main())

"""Score the time layer in-process on every ANT dev set, per set, with the shared score.py's matching.

    python3 scripts/time_dev.py [--set shared,dev,dev2,...] [-v] [--events]

Sets: shared (../shared/data/gold/ant-dev), dev (ANT news dev half), dev2 .. dev10 (benchmarks/gold/ant-devN; scripts/gold_sets.py).
Each article is repaired and run through the dates layer alone (the dates layer reads no other layer), as
``rasd process`` does for one article, so the figures are those of ``scripts/ant_gold.py`` on the time lines
(a gold expression counts when a predicted one overlaps it by token F1 >= 0.5, matched greedily; value
accuracy is over all gold). ``-v`` lists each wrong value, miss and extra with its sentence, for classing.
``--events`` also runs every layer and reports how many events carry a date and where it came from
(``date_source``: text or publication). Frozen and held-out sets (``scripts/gold_sets.py``: test, test2, test3, blind, the held-out set; the time
test and held-out draws) are not reachable from here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from gold_sets import DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SETS = DEV
sys.path.insert(0, str(ROOT / "scripts"))


def _score_module():
    spec = importlib.util.spec_from_file_location("ant_score", SHARED / "gold/ant-dev/score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def golds(name: str) -> list[dict]:
    """The gold articles of one dev set, in the shared gold's format."""
    from ant_gold import joined

    if name == "shared":
        return [json.loads(x) for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()]
    if name not in SETS:
        raise SystemExit(f"time_dev: unknown or frozen set {name!r}; choose from {', '.join(SETS)}")
    return joined(name)


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind("\n", 0, start) + 1, start - 70)
    b = text.find("\n", end)
    b = min(b if b >= 0 else len(text), end + 50)
    return (text[a:start] + "[" + text[start:end] + "]" + text[end:b]).replace("\n", " ")


def score_set(name: str, verbose: bool, with_events: bool) -> Counter:
    from rasd.pipeline import LAYERS, process_text

    sc = _score_module()
    c: Counter = Counter()
    layers = LAYERS if with_events else ("dates",)
    for g in golds(name):
        art = process_text(g["text"], layers=layers, id=g["docno"], title=g["title"], published=g["published"],
                           url=g.get("url"), source=g.get("source"))
        out = art.to_dict(include_raw=False)
        od = out.get("dates") or []
        text = g["text"]
        used: set[int] = set()
        for gt in g["timex"]:
            gtext = text[gt["start"]:gt["end"]]
            cand = [(sc.overlap_f1(x.get("text", ""), gtext), k) for k, x in enumerate(od) if k not in used]
            cand = [x for x in cand if x[0] >= 0.5]
            c["gold"] += 1
            if not cand:
                if verbose:
                    print(f"  MISS  {name} {g['docno']} {gt['value']} :: {_sentence(text, gt['start'], gt['end'])}")
                continue
            _, k = max(cand)
            used.add(k)
            c["span"] += 1
            if str(od[k].get("value")) == str(gt["value"]):
                c["value"] += 1
            elif verbose:
                print(f"  VALUE {name} {g['docno']} gold {gt['value']} got {od[k].get('value')} "
                      f"({od[k].get('text')!r}) :: {_sentence(text, gt['start'], gt['end'])}")
        c["pred"] += len(od)
        if verbose:
            for k, x in enumerate(od):
                if k not in used:
                    print(f"  EXTRA {name} {g['docno']} {x.get('value')} :: «{x.get('text')}» (pub {g['published']})")
        for ev in out.get("events") or []:
            c["events"] += 1
            c["ev_dated"] += bool(ev.get("date"))
            c[f"ev_src_{ev.get('date_source')}"] += 1
    return c


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=",".join(SETS), help="comma list of " + ", ".join(SETS))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--events", action="store_true", help="also report event date coverage (runs every layer)")
    args = ap.parse_args()
    total: Counter = Counter()
    for name in args.set.split(","):
        c = score_set(name, args.verbose, args.events)
        total += c
        p = c["span"] / c["pred"] if c["pred"] else 0.0
        r = c["span"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        line = (f"{name:7s} gold {c['gold']:4d} pred {c['pred']:4d}  span F1 {f:.3f}  "
                f"value over gold {c['value'] / max(c['gold'], 1):.3f} ({c['value']})")
        if args.events:
            srcs = ", ".join(f"{k[7:]} {v}" for k, v in sorted(c.items()) if k.startswith("ev_src_"))
            line += f"  events {c['events']} dated {c['ev_dated']} ({srcs})"
        print(line, flush=True)
    if len(args.set.split(",")) > 1:
        print(f"all     gold {total['gold']:4d}  value over gold {total['value'] / max(total['gold'], 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

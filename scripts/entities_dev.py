"""Dev-only diagnostic of the entities layer over every dev set: score, classify, diff.

    python3 scripts/entities_dev.py run OUT.json [--sets shared,dev,dev2,...]   # run rasd (entities layer)
    python3 scripts/entities_dev.py score OUT.json [-v]                         # F1 per set (+ misses)
    python3 scripts/entities_dev.py diff BEFORE.json AFTER.json                 # per-set F1 before -> after

``run`` processes each gold article in-process with the entities layer only and stores the
predicted entities (name, type, aliases, mention texts); ``score`` matches them the way the
shared ``score.py`` does (same type, one shared normalised form; greedy in gold order) and
with -v prints every miss with a cause class:

  gold missed       no predicted entity of any type shares a form
      ~boundary     a predicted form overlaps a gold form by tokens (span too long/short)
      ~split-used   a predicted entity with a shared form exists but was used by another gold
  gold mistyped     a predicted entity shares a form but with another type
  pred split        an unmatched predicted entity shares a form with a gold entity (counted twice)
  pred spurious     an unmatched predicted entity that shares no form with any gold entity
      ~boundary     ... but overlaps a gold form by tokens

The frozen test sets and held-out sets (``scripts/gold_sets.py``: test, test2, test3, blind and this session's held-out set) are refused.
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
SHARED_GOLD = ROOT.parent / "shared/data/gold/ant-dev"
DEV_SETS = DEV


def _load(name: str, path: Path):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"entities_dev: cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def golds(sets: list[str]) -> list[tuple[str, dict]]:
    """(set name, gold article) pairs of the requested dev sets."""
    out: list[tuple[str, dict]] = []
    ant = _load("ant_gold", ROOT / "scripts/ant_gold.py")
    for s in sets:
        if s not in DEV_SETS:
            raise SystemExit(f"entities_dev: set {s!r} refused: only dev sets ({', '.join(DEV_SETS)}) are read")
        if s == "shared":
            out += [("shared", json.loads(x)) for x in open(SHARED_GOLD / "gold.jsonl", encoding="utf-8") if x.strip()]
        else:
            out += [(s, g) for g in ant.joined(s)]
    return out


def cmd_run(out_path: str, sets: list[str]) -> int:
    import time

    from rasd.pipeline import process_text

    res: dict[str, dict[str, list[dict]]] = {}
    cpu = 0.0
    for tag, g in golds(sets):
        t0 = time.process_time()
        art = process_text(g["text"], title=g["title"], published=g["published"], url=g["url"],
                           source=g["source"], id=g["docno"], layers=("entities",))
        cpu += time.process_time() - t0
        res.setdefault(tag, {})[g["docno"]] = [
            {"name": e.name, "type": e.type, "aliases": list(e.aliases or []),
             "mentions": sorted({m.text for m in e.mentions})} for e in art.entities]
    Path(out_path).write_text(json.dumps(res, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"wrote {out_path} ({sum(len(v) for v in res.values())} articles, cpu {cpu:.1f}s)", file=sys.stderr)
    return 0


def classify(score, g: dict, ents: list[dict], counts: Counter, lines: list[str], tag: str) -> None:
    norm, types = score.norm, score.TYPES

    def forms(e: dict) -> set[str]:
        f = {norm(e["name"])} | {norm(a) for a in e["aliases"]} | {norm(m) for m in e["mentions"]}
        return {x for x in f if x}

    pf = [forms(e) for e in ents]
    gforms = [{norm(x) for x in [ge["name"]] + ge.get("aliases", [])} for ge in g["entities"]]
    used: set[int] = set()
    for ge, gf in zip(g["entities"], gforms, strict=True):
        hit = None
        for k, oe in enumerate(ents):
            if k not in used and types.get(oe["type"].upper()) == ge["type"] and pf[k] & gf:
                hit = k
                break
        if hit is not None:
            used.add(hit)
            counts["tp"] += 1
            continue
        same = [k for k in range(len(ents)) if pf[k] & gf]
        if any(types.get(ents[k]["type"].upper()) == ge["type"] for k in same):
            kind, got = "missed~split-used", ""
        elif same:
            kind, got = "mistyped", f" as {ents[same[0]]['type']} {ents[same[0]]['name']}"
        else:
            gt = {t for f in gf for t in f.split()}
            near = [e for e, f in zip(ents, pf, strict=True) if any(set(x.split()) & gt for x in f)]
            kind = "missed~boundary" if near else "missed"
            got = f" near {near[0]['type']} {near[0]['name']}" if near else ""
        counts[f"gold {kind} {ge['type']}"] += 1
        lines.append(f"  GOLD {kind} {tag} {g['docno']}: {ge['type']} {ge['name']} "
                     f"[{' | '.join(ge.get('aliases', []))}]{got}")
    allg = set().union(*gforms) if gforms else set()
    gtoks = {t for f in allg for t in f.split()}
    for k, oe in enumerate(ents):
        if k in used or not types.get(oe["type"].upper()):
            continue
        if pf[k] & allg:
            kind = "split"
        elif any(set(f.split()) & gtoks for f in pf[k]):
            kind = "spurious~boundary"
        else:
            kind = "spurious"
        counts[f"pred {kind} {types.get(oe['type'].upper())}"] += 1
        lines.append(f"  PRED {kind} {tag} {g['docno']}: {oe['type']} {oe['name']} "
                     f"[{' | '.join(sorted(pf[k] - {norm(oe['name'])}))}]")


def evaluate(path: str) -> tuple[dict[str, Counter], list[str]]:
    score = _load("score", SHARED_GOLD / "score.py")
    res = json.loads(Path(path).read_text(encoding="utf-8"))
    per: dict[str, Counter] = {}
    lines: list[str] = []
    for tag, g in golds([s for s in DEV_SETS if s in res]):
        ents = res[tag].get(g["docno"])
        if ents is None:
            continue
        c = per.setdefault(tag, Counter())
        c["gold"] += len(g["entities"])
        c["pred"] += sum(1 for e in ents if score.TYPES.get(e["type"].upper()))
        classify(score, g, ents, c, lines, tag)
    return per, lines


def f1(c: Counter) -> float:
    p, r = c["tp"] / max(c["pred"], 1), c["tp"] / max(c["gold"], 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def cmd_score(path: str, verbose: bool) -> int:
    per, lines = evaluate(path)
    if verbose:
        print("\n".join(lines))
    total: Counter = Counter()
    for tag, c in per.items():
        total.update(c)
        print(f"{tag:7s} F1={f1(c):.3f} tp={c['tp']} pred={c['pred']} gold={c['gold']}")
    print(f"{'ALL':7s} F1={f1(total):.3f} tp={total['tp']} pred={total['pred']} gold={total['gold']}")
    for k, v in sorted(total.items()):
        if k.startswith(("gold ", "pred ")):
            print(f"  {k}: {v}")
    return 0


def cmd_diff(before: str, after: str) -> int:
    pb, _ = evaluate(before)
    pa, _ = evaluate(after)
    tb: Counter = Counter()
    ta: Counter = Counter()
    for tag in pb:
        tb.update(pb[tag])
        ta.update(pa.get(tag, Counter()))
        a = pa.get(tag, Counter())
        print(f"{tag:7s} {f1(pb[tag]):.3f} -> {f1(a):.3f}  (tp {pb[tag]['tp']}->{a['tp']}, "
              f"pred {pb[tag]['pred']}->{a['pred']})")
    print(f"{'ALL':7s} {f1(tb):.3f} -> {f1(ta):.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=("run", "score", "diff"))
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--sets", default=",".join(DEV_SETS))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.cmd == "run":
        return cmd_run(args.paths[0], args.sets.split(","))
    if args.cmd == "score":
        return cmd_score(args.paths[0], args.verbose)
    return cmd_diff(args.paths[0], args.paths[1])


if __name__ == "__main__":
    raise SystemExit(main())

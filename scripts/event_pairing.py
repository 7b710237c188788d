"""How much the order in which ``score.py`` pairs events moves rasd's strict events figure (a diagnostic).

    python3 scripts/event_pairing.py [--split shared|dev|dev2|...|dev9 ...]

``../shared/data/gold/ant-dev/score.py`` pairs each gold event, in the gold's order, with the first unused
predicted event of the same type that shares *one* gold actor, and only then checks all actors and the
status on that pair: an earlier gold event can take the prediction that a later one matches strictly. The
two annotators of ``benchmarks/gold/agreement/`` score 0.586 strict that way and 0.714 with strict pairs
taken first (``benchmarks/gold/agreement.py``). This script runs rasd in-process on dev sets (never a test or
held-out set) and prints, per set, the strict true positives and F1 under score.py's greedy order (the
official figure) and under strict-first pairing (an upper bound of the same matching): the gap is what the
pairing order, not rasd, costs. Type + actor counts are printed too. Matching functions are score.py's own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from gold_sets import DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
UNKNOWN = "مجهول"
DEV_SPLITS = DEV


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def golds(split: str) -> list[dict]:
    """The gold articles of one dev split, with their text (the shared gold carries its own)."""
    if split == "shared":
        return [json.loads(line) for line in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8")
                if line.strip()]
    return _load(ROOT / "scripts/ant_gold.py", "ant_gold").joined(split)


def _refs(ev: dict) -> list:
    """The actor references of a predicted event, as score.py collects them."""
    refs: list = []
    for key in ("actors", "participants", "source", "target"):
        v = ev.get(key)
        refs += v if isinstance(v, list) else ([v] if v else [])
    return refs


def counts(score: ModuleType, g: dict, out: dict) -> tuple[int, int, int, int]:
    """(type+actor tp greedy, strict tp greedy, type+actor tp strict-first, strict tp strict-first)."""
    d = score.Doc(out)
    preds = out.get("events") or []

    def test(ge: dict, ev: dict) -> tuple[bool, bool]:
        if str(ev.get("type", "")).upper() != ge["type"]:
            return False, False
        gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != UNKNOWN]
        oforms = [d.forms(r) for r in _refs(ev)]
        hits = [any(score.match_forms(f, score.gold_forms(g["entities"], a)) for f in oforms) for a in gact]
        return any(hits) or not gact, all(hits) and str(ev.get("status", "")).lower() == ge["status"]

    used: set[int] = set()
    te = tes = 0
    for ge in g["events"]:  # score.py's order
        for k, ev in enumerate(preds):
            lenient, strict = test(ge, ev) if k not in used else (False, False)
            if lenient:
                used.add(k)
                te, tes = te + 1, tes + strict
                break
    used, got = set(), {}
    for want_strict in (True, False):  # strict pairs first, then the lenient ones
        for i, ge in enumerate(g["events"]):
            if i in got:
                continue
            for k, ev in enumerate(preds):
                lenient, strict = test(ge, ev) if k not in used else (False, False)
                if strict if want_strict else lenient:
                    got[i] = strict
                    used.add(k)
                    break
    return te, tes, len(got), sum(got.values())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", nargs="*", choices=DEV_SPLITS, default=list(DEV_SPLITS))
    args = ap.parse_args()
    if not (SHARED / "gold/ant-dev/score.py").exists():
        print(f"event_pairing: {SHARED / 'gold/ant-dev/score.py'} is missing", file=sys.stderr)
        return 2
    from rasd.pipeline import process_text

    score = _load(SHARED / "gold/ant-dev/score.py", "score")
    for split in args.split:
        tot = [0, 0, 0, 0]
        n_gold = n_pred = 0
        for g in golds(split):
            out = process_text(g["text"], id=g.get("docno") or g.get("id"), title=g.get("title"),
                               published=g.get("published"), url=g.get("url"), source=g.get("source")).to_dict()
            tot = [a + b for a, b in zip(tot, counts(score, g, out), strict=True)]
            n_gold += len(g["events"])
            n_pred += len(out.get("events") or [])
        f1 = [score.prf(tp, n_pred, n_gold)[2] for tp in tot]
        print(f"{split}: gold {n_gold} predicted {n_pred} | score.py order: type+actor {tot[0]} ({f1[0]:.3f}) "
              f"strict {tot[1]} ({f1[1]:.3f}) | strict-first: type+actor {tot[2]} ({f1[2]:.3f}) "
              f"strict {tot[3]} ({f1[3]:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the events layer's status model (rasd/data/events/status.json) on the dev annotations.

    python3 scripts/train_event_status.py [--write] [--l2 1.0]

Data: every dev set (the 12 shared dev-gold articles, the dev half of benchmarks/gold/ant-news,
ant-dev2, ant-dev3, ant-dev4; never a test half or a held-out set). A sample is a mention the rules
find (``layer._candidates``, the status model off) at a gold event's trigger with the gold event's
type; its label is the gold status (gold ``denied`` is left out: the dev sets code one, and the rules
keep that call). Features: :func:`rasd.analyse.events.status.features`. The model is a multinomial
logistic regression (L2, batch gradient descent: no dependency).

Estimate: leave-one-set-out. For each of the five sets, a model fitted on the other four decides the
held-out set's statuses; printed are the status accuracy at the gold triggers (rules vs model) and the
events figures of the whole layer on the held-out set (type+actor F1 and strict F1, rules vs model).
Those held-out figures, not the fit on all five sets, say what the model does on unseen text.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "src/rasd/data/events/status.json"
SETS = ("shared", "news-dev", "dev2", "dev3", "dev4")
LABELS = ("happened", "ongoing", "planned", "likely")


def samples(which: str) -> list[tuple[list[str], str, str]]:
    """(features, gold status, rules' status) for each gold event of set ``which`` that the rules
    find at its trigger with its type."""
    from events_dev import before_events, golds
    from events_misses import locate

    from rasd.analyse.events import layer

    out = []
    for g in golds(which):
        art = copy.deepcopy(before_events(g, False))
        cands, _ = layer._candidates(art)
        for ge in g["events"]:
            span = locate(g, ge, art.text)
            if span is None or ge["status"] not in LABELS:
                continue
            at = [c for c in cands if c.start < span[1] and span[0] < c.end and c.trig.type == ge["type"]]
            if at and at[0].status_feats:
                feats = list(at[0].status_feats)
                rule = next(f[5:] for f in feats if f.startswith("rule="))
                out.append((feats, ge["status"], rule))
    return out


def fit(data: list[tuple[list[str], str, str]], l2: float, epochs: int = 300, lr: float = 0.5) -> dict:
    """Multinomial logistic regression by batch gradient descent (L2 on the weights, not the bias)."""
    feats = sorted({f for x, _, _ in data for f in x})
    w = {lab: dict.fromkeys(feats, 0.0) for lab in LABELS}
    b = dict.fromkeys(LABELS, 0.0)
    n = len(data)
    for _ in range(epochs):
        gw = {lab: dict.fromkeys(feats, 0.0) for lab in LABELS}
        gb = dict.fromkeys(LABELS, 0.0)
        for x, y, _ in data:
            z = {lab: b[lab] + sum(w[lab][f] for f in x) for lab in LABELS}
            top = max(z.values())
            e = {lab: math.exp(v - top) for lab, v in z.items()}
            s = sum(e.values())
            for lab in LABELS:
                d = e[lab] / s - (lab == y)
                gb[lab] += d
                for f in x:
                    gw[lab][f] += d
        for lab in LABELS:
            b[lab] -= lr * gb[lab] / n
            for f in feats:
                w[lab][f] -= lr * (gw[lab][f] / n + l2 * w[lab][f] / n)
    return {"labels": list(LABELS), "bias": b,
            "weights": {lab: {f: round(v, 4) for f, v in ws.items() if abs(v) >= 1e-4} for lab, ws in w.items()}}


def score_set(which: str, m: dict | None) -> tuple[int, int, int, int]:
    """(type+actor matches, strict matches, predicted, gold) of the whole layer on set ``which`` with
    status model ``m`` (None: the rules' status), matched as the shared score.py matches."""
    from events_dev import _score_module, before_events, golds

    from rasd.analyse.events import status
    from rasd.analyse.events.layer import annotate

    sc = _score_module()
    saved = status.model
    status.model = lambda: m  # type: ignore[assignment]
    tp = stp = pred = gold = 0
    try:
        for g in golds(which):
            art = copy.deepcopy(before_events(g, False))
            annotate(art)
            out = art.to_dict(include_raw=False)
            d = sc.Doc(out)
            oe = out.get("events") or []
            used: set[int] = set()
            for ge in g["events"]:
                gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != "مجهول"]
                for k, ev in enumerate(oe):
                    if k in used or ev["type"] != ge["type"]:
                        continue
                    refs = [r for key in ("actors", "source", "target") for r in
                            (ev.get(key) if isinstance(ev.get(key), list) else [ev.get(key)]) if r]
                    hits = [any(sc.match_forms(d.forms(r), sc.gold_forms(g["entities"], a)) for r in refs)
                            for a in gact]
                    if any(hits) or not gact:
                        used.add(k)
                        tp += 1
                        stp += all(hits) and ev["status"] == ge["status"]
                        break
            pred += len(oe)
            gold += len(g["events"])
    finally:
        status.model = saved  # type: ignore[assignment]
    return tp, stp, pred, gold


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"fit on all five sets and write {OUT.relative_to(ROOT)}")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min_p", type=float, default=0.0, help="override the rules only at this probability")
    args = ap.parse_args()
    from rasd.analyse.events import status

    status.model = lambda: None  # type: ignore[assignment]  # the rules' statuses as the features' input
    status.COLLECT = True
    data = {s: samples(s) for s in SETS}
    print(f"samples: {sum(len(x) for x in data.values())} "
          + ", ".join(f"{s} {len(x)}" for s, x in data.items()))
    print("gold status: " + ", ".join(f"{k} {n}" for k, n in
                                      Counter(y for x in data.values() for _, y, _ in x).most_common()))
    print("leave-one-set-out (held-out set: status accuracy at gold triggers, rules -> model; "
          "layer type+actor F1 and strict F1, rules -> model)")
    tot = Counter()
    for held in SETS:
        train = [x for s in SETS if s != held for x in data[s]]
        m = fit(train, args.l2)
        m["min_p"] = args.min_p
        test = data[held]
        acc_r = sum(y == r for _, y, r in test)
        acc_m = sum(y == status.decide(x, r, m) for x, y, r in test)
        r0 = score_set(held, None)
        r1 = score_set(held, m)
        tot.update({"n": len(test), "acc_r": acc_r, "acc_m": acc_m, "tp0": r0[0], "s0": r0[1], "p0": r0[2],
                    "tp1": r1[0], "s1": r1[1], "p1": r1[2], "g": r0[3]})
        print(f"  {held:9s} n={len(test):3d} acc {acc_r / len(test):.3f} -> {acc_m / len(test):.3f}   "
              f"F1 {f1(r0[0], r0[2], r0[3]):.3f} -> {f1(r1[0], r1[2], r1[3]):.3f}   "
              f"strict {f1(r0[1], r0[2], r0[3]):.3f} -> {f1(r1[1], r1[2], r1[3]):.3f}")
    print(f"  {'all':9s} n={tot['n']:3d} acc {tot['acc_r'] / tot['n']:.3f} -> {tot['acc_m'] / tot['n']:.3f}   "
          f"F1 {f1(tot['tp0'], tot['p0'], tot['g']):.3f} -> {f1(tot['tp1'], tot['p1'], tot['g']):.3f}   "
          f"strict {f1(tot['s0'], tot['p0'], tot['g']):.3f} -> {f1(tot['s1'], tot['p1'], tot['g']):.3f}")
    if args.write:
        m = fit([x for s in SETS for x in data[s]], args.l2)
        m["min_p"] = args.min_p
        m["trained"] = {"sets": list(SETS), "samples": sum(len(x) for x in data.values()), "l2": args.l2,
                        "script": "scripts/train_event_status.py"}
        OUT.write_text(json.dumps(m, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

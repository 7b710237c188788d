"""A status model for event mentions learned from the licence-clean ANERcorp event gold, judged two ways.

    python3 scripts/train_event_status_anercorp.py [--l2 L] [--min_p P] [--write]

Data: the ANERcorp event annotations of ``benchmarks/gold/anercorp-events`` (CC BY-SA; the ``dev`` and
``train`` files of ``split.json``, never ``test``). A sample is a mention the rules find
(``layer._candidates``, the status model off) whose trigger overlaps a gold event's trigger with the gold
event's type; its label is the gold status (``denied`` left out: the rules keep that call). Features:
:func:`rasd.analyse.events.status.features`; the model: the multinomial logistic regression of
``scripts/train_event_status.py``.

Estimates printed (the aggregate only: the train files' misses are never listed):

1. cross-validated on ANERcorp, leave-one-file-out over the dev + train files: status accuracy at the gold
   triggers, rules -> model, per split;
2. frozen on the ANT dev sets (the model fitted on every ANERcorp dev + train file, ANT never trained on):
   status accuracy at the gold triggers and the layer's type + actor and strict F1, rules -> model.

A model ships only if both say it beats the rules; ``--write`` writes ``src/rasd/data/events/status.json``
(the layer reads it through :func:`rasd.analyse.events.status.model`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from anercorp_events import processed, sentences, split_files  # noqa: E402
from gold_sets import ANT_DEV  # noqa: E402
from train_event_status import LABELS, OUT, f1, fit, samples, score_set  # noqa: E402

ANT_SETS = ("shared", "news-dev", *ANT_DEV)


def file_samples(path: Path, sents: list[list[str]]) -> list[tuple[list[str], str, str]]:
    """(features, gold status, rules' status) of each gold event of one ANERcorp file that the rules find
    at its trigger with its type."""
    from rasd.analyse.events import layer

    art, placed = processed(path, sents)
    cands, _ = layer._candidates(art)
    out = []
    for r, _toks, offs in placed:
        if offs is None:
            continue
        for ev in r.get("events", []):
            if ev["status"] not in LABELS:
                continue
            a, b = ev["trigger"]
            s, e = offs[a][0], offs[b - 1][1]
            at = [c for c in cands if c.start < e and s < c.end and c.trig.type == ev["type"]]
            if at and at[0].status_feats:
                feats = list(at[0].status_feats)
                rule = next(f[5:] for f in feats if f.startswith("rule="))
                out.append((feats, ev["status"], rule))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min_p", type=float, default=0.0, help="override the rules only at this probability")
    ap.add_argument("--write", action="store_true", help=f"fit on every dev + train file, write {OUT.name}")
    ap.add_argument("--keep-forms", default="", help="comma-separated trigger forms (present, noun, past, "
                    "future) whose status the model never changes")
    ap.add_argument("--no-ant", action="store_true", help="skip the frozen ANT check (faster)")
    args = ap.parse_args()
    from rasd.analyse.events import status

    status.model = lambda: None  # type: ignore[assignment]  # the rules' statuses as the features' input
    status.COLLECT = True
    sents = sentences()
    files = {split: split_files(split) for split in ("dev", "train")}
    data = {p: file_samples(p, sents) for split in files for p in files[split]}
    allx = [x for xs in data.values() for x in xs]
    print(f"ANERcorp samples {len(allx)}; gold " + ", ".join(f"{k} {n}" for k, n in
                                                            Counter(y for _, y, _ in allx).most_common()))
    print("rules' status -> gold: " + ", ".join(f"{r}->{y} {n}" for (r, y), n in
                                                 Counter((r, y) for _, y, r in allx if r != y).most_common(8)))
    tot: Counter = Counter()
    for split, paths in files.items():
        for held in paths:
            m = fit([x for p, xs in data.items() if p != held for x in xs], args.l2)
            m["min_p"] = args.min_p
            m["keep_forms"] = [f for f in args.keep_forms.split(",") if f]
            for x, y, r in data[held]:
                tot[(split, "n")] += 1
                tot[(split, "rules")] += y == r
                tot[(split, "model")] += y == status.decide(x, r, m)
    for split in files:
        n = tot[(split, "n")]
        print(f"ANERcorp {split} (leave-one-file-out): status accuracy at gold triggers, n={n}: rules "
              f"{tot[(split, 'rules')] / n:.3f} -> model {tot[(split, 'model')] / n:.3f}")
    m = fit(allx, args.l2)
    m["min_p"] = args.min_p
    m["keep_forms"] = [f for f in args.keep_forms.split(",") if f]
    if not args.no_ant:
        agg: Counter = Counter()
        for s in ANT_SETS:
            xs = samples(s)
            acc_r = sum(y == r for _, y, r in xs)
            acc_m = sum(y == status.decide(x, r, m) for x, y, r in xs)
            r0, r1 = score_set(s, None), score_set(s, m)
            agg.update({"n": len(xs), "r": acc_r, "m": acc_m, "tp0": r0[0], "s0": r0[1], "p0": r0[2],
                        "tp1": r1[0], "s1": r1[1], "p1": r1[2], "g": r0[3]})
            print(f"  ANT {s:8s} n={len(xs):3d} status acc {acc_r / max(len(xs), 1):.3f} -> "
                  f"{acc_m / max(len(xs), 1):.3f}  type+actor F1 {f1(r0[0], r0[2], r0[3]):.3f} -> "
                  f"{f1(r1[0], r1[2], r1[3]):.3f}  strict {f1(r0[1], r0[2], r0[3]):.3f} -> {f1(r1[1], r1[2], r1[3]):.3f}"
                  f" ({r0[1]} -> {r1[1]})")
        print(f"  ANT all      n={agg['n']:3d} status acc {agg['r'] / agg['n']:.3f} -> {agg['m'] / agg['n']:.3f}  "
              f"strict {f1(agg['s0'], agg['p0'], agg['g']):.3f} -> {f1(agg['s1'], agg['p1'], agg['g']):.3f} "
              f"({agg['s0']} -> {agg['s1']})")
    if args.write:
        m["trained"] = {"data": "ANERcorp event gold, dev + train files (CC BY-SA)", "samples": len(allx),
                        "l2": args.l2, "script": "scripts/train_event_status_anercorp.py"}
        OUT.write_text(json.dumps(m, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

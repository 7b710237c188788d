"""Trigger detection on the ANT dev golds: the rules against the learned reader (a diagnostic).

    python3 scripts/event_triggers_eval.py --model PATH [--set every|dev7|...] [--threshold 0.5] [-v]

For every gold event (type + trigger offsets) of the set, and every trigger each system proposes: a
prediction is right when its type is the gold type and its trigger overlaps the gold trigger. Systems:
``rules`` (the trigger mentions the events layer's rules find, ``layer._candidates``, before any event is
dropped for want of actors), ``events`` (the triggers of the events the layer keeps), ``learned`` (the
model's triggers) and ``new`` (learned triggers where the rules have no mention: what the model would add).
Only dev sets (``scripts/events_dev.py`` sets); ``test`` aggregate only, no ``-v``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from events_dev import before_events, golds  # noqa: E402

from rasd.analyse.events import layer  # noqa: E402
from rasd.analyse.events.learned import load  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.sentences import split_sentences  # noqa: E402
from rasd.arabic.tokenize import tokenize  # noqa: E402


def learned_triggers(model, text: str, threshold: float) -> list[tuple[int, int, str]]:
    """(start, end, type) of the model's triggers in ``text``, sentence by sentence."""
    out = []
    for s, e in split_sentences(text):
        toks = tokenize(text[s:e])
        words = [normalize(t.text) for t in toks]
        for i, typ, _p in model.triggers(words, threshold):
            out.append((s + toks[i].start, s + toks[i].end, typ))
    return out


def _hit(p: tuple[int, int, str], g: tuple[int, int, str]) -> bool:
    return p[2] == g[2] and p[0] < g[1] and g[0] < p[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--set", default="every")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.set == "test" and args.verbose:
        print("event_triggers_eval: the test set is frozen: aggregate only", file=sys.stderr)
        return 2
    model = load(args.model)
    tp: Counter = Counter()
    pred: Counter = Counter()
    found: Counter = Counter()  # gold triggers some prediction hits (recall)
    n_gold = 0
    for g in golds(args.set):
        art = copy.deepcopy(before_events(g, False))
        gold = [(e["trigger_start"], e["trigger_end"], e["type"]) for e in g["events"]
                if e.get("trigger_start") is not None]
        n_gold += len(gold)
        cands, _ = layer._candidates(art)
        systems = {
            "rules": [(c.start, c.end, c.trig.type) for c in cands],
            "events": [(e.trigger.start, e.trigger.end, e.type) for e in layer.extract(art)],
            "learned": learned_triggers(model, g["text"], args.threshold),
        }
        systems["new"] = [p for p in systems["learned"]
                          if not any(p[0] < c[1] and c[0] < p[1] for c in systems["rules"])]
        for name, preds in systems.items():
            pred[name] += len(preds)
            tp[name] += sum(any(_hit(p, x) for x in gold) for p in preds)
            found[name] += sum(any(_hit(p, x) for p in preds) for x in gold)
        if args.verbose:
            for p in systems["new"]:
                mark = "+" if any(_hit(p, x) for x in gold) else "-"
                ctx = g["text"][max(0, p[0] - 40):p[1] + 30].replace("\n", " ")
                print(f"  {mark} {g['docno'][:24]} {p[2]} «{g['text'][p[0]:p[1]]}» :: {ctx}")
    for name in ("rules", "events", "learned", "new"):
        p = tp[name] / max(pred[name], 1)
        r = found[name] / max(n_gold, 1)
        print(f"{args.set} {name:8s} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(right {tp[name]} of {pred[name]}; gold found {found[name]} of {n_gold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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

from event_trigger_model import load, token_features  # noqa: E402
from events_dev import before_events, golds  # noqa: E402

from rasd.analyse.events import layer  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.sentences import split_sentences  # noqa: E402
from rasd.arabic.tokenize import tokenize  # noqa: E402


def token_probs(model, text: str) -> list[tuple[int, int, float]]:
    """(start, end, P(any event)) of every token of ``text``."""
    out = []
    for s, e in split_sentences(text):
        toks = tokenize(text[s:e])
        words = [normalize(t.text) for t in toks]
        if not toks:
            continue
        P = model.probs([token_features(words, i) for i in range(len(toks))])
        for i, t in enumerate(toks):
            out.append((s + t.start, s + t.end, 1.0 - float(P[i, 0])))
    return out


def learned_triggers(model, text: str, threshold: float) -> list[tuple[int, int, str]]:
    """(start, end, type) of the model's triggers in ``text``, sentence by sentence."""
    out = []
    for s, e in split_sentences(text):
        toks = tokenize(text[s:e])
        words = [normalize(t.text) for t in toks]
        for i, typ, _p in model.triggers(words, threshold=threshold):
            out.append((s + toks[i].start, s + toks[i].end, typ))
    return out


FILTERS = (0.02, 0.05, 0.1, 0.2)


def _gold_in(text: str, g: dict) -> list[tuple[int, int, str]]:
    """The gold triggers as offsets into rasd's repaired ``text`` (the gold's are into the raw text): each is
    found by its words with up to 20 characters before them; one in a removed line is left out."""
    out = []
    for e in g["events"]:
        ts, te = e.get("trigger_start"), e.get("trigger_end")
        if ts is None:
            continue
        for back in (20, 10, 0):
            a = max(0, ts - back)
            pos = text.find(g["text"][a:te])
            if pos >= 0:
                out.append((pos + ts - a, pos + te - a, e["type"]))
                break
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
        gold = _gold_in(art.text, g)
        n_gold += len(gold)
        cands, _ = layer._candidates(art)
        systems = {
            "rules": [(c.start, c.end, c.trig.type) for c in cands],
            "events": [(e.trigger.start, e.trigger.end, e.type) for e in layer.extract(art)],
            "learned": learned_triggers(model, art.text, args.threshold),
        }
        systems["new"] = [p for p in systems["learned"]
                          if not any(p[0] < c[1] and c[0] < p[1] for c in systems["rules"])]
        probs = token_probs(model, art.text)
        for t in FILTERS:  # the events the layer keeps, less those whose trigger word the model finds unlikely
            systems[f"ev>={t}"] = [x for x in systems["events"]
                                   if max((pr for a, b, pr in probs if a < x[1] and x[0] < b), default=1.0) >= t]
        for name, preds in systems.items():
            pred[name] += len(preds)
            tp[name] += sum(any(_hit(p, x) for x in gold) for p in preds)
            found[name] += sum(any(_hit(p, x) for p in preds) for x in gold)
        if args.verbose:
            for p in systems["new"]:
                mark = "+" if any(_hit(p, x) for x in gold) else "-"
                ctx = art.text[max(0, p[0] - 40):p[1] + 30].replace("\n", " ")
                print(f"  {mark} {g['docno'][:24]} {p[2]} «{art.text[p[0]:p[1]]}» :: {ctx}")
    for name in ("rules", "events", "learned", "new", *(f"ev>={t}" for t in FILTERS)):
        p = tp[name] / max(pred[name], 1)
        r = found[name] / max(n_gold, 1)
        print(f"{args.set} {name:8s} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(right {tp[name]} of {pred[name]}; gold found {found[name]} of {n_gold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

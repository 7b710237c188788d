"""Why rasd misses the ANERcorp dev events: one cause per missed gold event (type + trigger), counted.

    python3 scripts/anercorp_events_misses.py [-v]

The dev half of ``benchmarks/gold/anercorp-events`` (``split.json``) only: the test half is frozen and refused.
Each file is processed as ``scripts/anercorp_events.py rules`` does; for every gold event no rasd event matches
(same type, overlapping trigger), ``layer._candidates`` is traced (as ``scripts/events_drops.py`` does) and the
cause is, in this order: ``lost later`` (a mention of the type was kept, then merged into another event),
``wrong type`` (a mention of another type only), ``dropped L<n>`` (the lexicon matched there and line ``n`` of
``layer.py`` ended the trigger's turn: a filter, a condition, no actor), or ``no trigger`` (the lexicon has
nothing there; those words are listed by type). ``-v`` lists every miss with its context.
"""

from __future__ import annotations

import copy
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def main(argv: list[str]) -> int:
    import anercorp_events as ae
    from events_drops import Tracer

    from rasd.analyse.events import layer
    from rasd.analyse.events.view import View
    from rasd.arabic.normalize import normalize

    if any(a not in ("-v",) for a in argv):
        print("anercorp_events_misses: only -v is accepted (the dev half is read; test is frozen)", file=sys.stderr)
        return 2
    src = Path(layer.__file__).read_text(encoding="utf-8").splitlines()
    heads = {i + 1 for i, line in enumerate(src)
             if line.strip() in ("for a, b, trig, word in chosen:", "for subj0, objs_ in groups:")
             or line.strip().startswith("return out, ")}
    tracer = Tracer(layer._candidates.__code__, heads)
    sents = ae.sentences()
    causes: Counter = Counter()
    words: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for path in ae.split_files("dev"):
        art, placed = ae.processed(path, sents)
        gold = [(offs[e["trigger"][0]][0], offs[e["trigger"][1] - 1][1], e["type"])
                for r, _toks, offs in placed if offs is not None for e in r["events"]]
        used: set[int] = set()
        for ev in art.events:
            for k, (s, e, t) in enumerate(gold):
                if k not in used and t == ev.type and s < ev.trigger.end and ev.trigger.start < e:
                    used.add(k)
                    break
        bare = copy.deepcopy(art)
        bare.events = []
        tracer.lines.clear()
        sys.settrace(tracer)
        try:
            cands, _ = layer._candidates(bare)
        finally:
            sys.settrace(None)
        v = View(bare)
        kept = {a for a in tracer.lines if any(v.src(a, a + 1)[0] == c.start for c in cands)}
        for k, (s, e, t) in enumerate(gold):
            if k in used:
                continue
            here = [c for c in cands if c.start < e and s < c.end]
            starts = [a for a in tracer.lines if v.inv[s] - 8 <= a < v.inv[e] and a not in kept]
            if any(c.trig.type == t for c in here):
                cause = "lost later"
            elif here:
                cause = "wrong type"
            elif starts:
                n = tracer.lines[starts[0]][-1]
                text = src[n - 1].strip()
                cause = f"dropped L{n}: " + (src[n - 2].strip() + " → continue" if text == "continue" else text)[:90]
            else:
                cause = "no trigger"
                words[(t, normalize(art.text[s:e]))] += 1
            causes[cause] += 1
            examples.setdefault(cause, []).append(f"{t} «{art.text[s:e]}» :: "
                                                  + art.text[max(0, s - 40):e + 25].replace("\n", " "))
    for cause, n in causes.most_common():
        print(f"{n:4d}  {cause}")
        if "-v" in argv:
            for x in examples[cause]:
                print(f"        {x}")
    print("no-trigger words by type:")
    for (t, w), n in sorted(words.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"  {t} {w} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

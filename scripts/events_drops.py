"""Where the events layer drops a gold event's trigger: the line of ``layer._candidates`` that ended
the trigger's turn, counted over the dev sets (a diagnostic for the "trigger dropped" misses of
``scripts/events_misses.py``).

    python3 scripts/events_drops.py [--set every|shared|news-dev|dev2|...|dev7] [-v] [--all]

For every gold event whose trigger the lexicon matches at the gold offsets but for which no rule
mention survives, the run of ``_candidates`` is traced (``sys.settrace``) and the last line executed
for that trigger, other than the two loop heads, is reported: a ``continue`` names the filter (a
negation, a condition, a missing actor, a one-sided meeting, a failed extra condition of the
lexicon). ``--all`` counts every trigger the filters drop, gold or not (by line and by whether a
gold event of its type sits there), to weigh a filter's cost against what it keeps out.
Development sets only (the test and held-out sets are not offered). Uses the per-article cache of
``scripts/events_dev.py``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path

from gold_sets import ANT_DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

SETS = ("shared", "news-dev", *ANT_DEV)


class Tracer:
    """Records, per trigger start (the loop variable ``a``), the lines ``_candidates`` runs."""

    def __init__(self, code, heads: set[int]) -> None:  # noqa: ANN001
        self.code, self.heads = code, heads
        self.lines: dict[int, list[int]] = {}

    def __call__(self, frame, event, arg):  # noqa: ANN001, ANN204
        if frame.f_code is not self.code:
            return None
        return self._local

    def _local(self, frame, event, arg):  # noqa: ANN001, ANN202
        if event == "line" and frame.f_lineno not in self.heads and "trig" in frame.f_locals:
            a = frame.f_locals.get("a")
            if a is not None:
                self.lines.setdefault(a, []).append(frame.f_lineno)
        return self._local


def main() -> int:
    import events_dev as ed
    import events_misses as em

    from rasd.analyse.events import layer
    from rasd.analyse.events.view import View

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="every", choices=("every", *SETS))
    ap.add_argument("-v", "--verbose", action="store_true", help="list the dropped gold triggers per line")
    ap.add_argument("--all", action="store_true", help="count every dropped trigger, gold or not")
    args = ap.parse_args()
    src = Path(layer.__file__).read_text(encoding="utf-8").splitlines()
    heads = {i + 1 for i, line in enumerate(src)
             if line.strip() in ("for a, b, trig, word in chosen:", "for subj0, objs_ in groups:")
             or line.strip().startswith("return out, ")}
    tracer = Tracer(layer._candidates.__code__, heads)
    gold_drops: Counter = Counter()
    every: Counter = Counter()
    examples: dict[int, list[str]] = {}
    for name in SETS if args.set == "every" else (args.set,):
        for g in ed.golds(name):
            art = copy.deepcopy(ed.before_events(g, False))
            tracer.lines.clear()
            sys.settrace(tracer)
            try:
                cands, _ = layer._candidates(art)
            finally:
                sys.settrace(None)
            v = View(art)
            kept = {a for a in tracer.lines if any(v.src(a, a + 1)[0] == c.start for c in cands)}
            spans = []
            for ge in g["events"]:
                span = em.locate(g, ge, art.text)
                if span is not None:
                    spans.append((v.inv[span[0]], v.inv[span[1]], ge))
            for a, seq in tracer.lines.items():
                if a in kept or not seq:
                    continue
                at = [ge for x, y, ge in spans if x - 8 <= a < y]
                if args.all:
                    every[(seq[-1], "gold event there" if at else "no gold event there")] += 1
            for x, y, ge in spans:
                if any(c.start < v.src(x, y)[1] and v.src(x, y)[0] < c.end for c in cands):
                    continue
                starts = [a for a in tracer.lines if x - 8 <= a < y and a not in kept]
                if not starts:
                    continue  # the lexicon has no trigger here ("no trigger" in events_misses.py)
                line = tracer.lines[starts[0]][-1]
                gold_drops[line] += 1
                trig = g["text"][ge["trigger_start"]:ge["trigger_end"]]
                examples.setdefault(line, []).append(f"{name} {g['docno'][:24]} {ge['type']} «{trig}» "
                                                     f"{ge.get('source')} -> {ge.get('target')}")
    def label(line: int) -> str:
        """The line's text; for a bare ``continue``, the condition above it."""
        text = src[line - 1].strip()
        return (src[line - 2].strip() + " → continue" if text == "continue" else text)[:110]

    print(f"set {args.set}: gold triggers dropped, by the line of layer._candidates that dropped them")
    for line, n in gold_drops.most_common():
        print(f"  {n:4d}  {line:4d}: {label(line)}")
        if args.verbose:
            for x in examples[line]:
                print(f"          {x}")
    if args.all:
        print("every dropped trigger (gold or not), by line")
        for (line, k), n in sorted(every.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:4d}  {line:4d} {k}: {label(line)[:80]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Classify rasd's unmatched predicted events (false positives of type + actor) on the ANT dev golds.

    python3 scripts/events_fp.py [--set dev|dev2|...|dev9|every] [-v]

Runs the events layer in-process with the cached layers of ``scripts/events_dev.py``, pairs events exactly as
``score.py`` does (gold order, first unused prediction of the type sharing one gold actor), and puts each
prediction left unpaired in one class, by the gold events whose trigger overlaps or sits near its trigger
(same sentence):

* ``dup``: a gold event of its type at its trigger was already paired with another prediction (a duplicate);
* ``actor``: a gold event of its type at its trigger went unpaired: the type is right, no gold actor found;
* ``type``: a gold event of another type at its trigger (typed wrong);
* ``near``: no gold event at the trigger, one of its type in the same sentence (trigger placement, merging);
* ``retell``: none near, but a gold event of its type elsewhere in the article shares an actor (a retelling
  the gold codes once, or an event put in the wrong place);
* ``none``: no gold event of its type near it: not an event by the gold's conventions (or one the gold missed).

Never for a test or held-out set (the choices hold dev sets only). ``-v`` prints each prediction with its class.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_dev import _score_module, before_events, golds  # noqa: E402
from gold_sets import DEV  # noqa: E402

SETS = (*DEV, "every")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence (between . ! ? ؟ or line breaks) around ``pos``."""
    stops = ".!?؟\n"
    s = max(text.rfind(c, 0, pos) for c in stops) + 1
    ends = [i for i in (text.find(c, pos) for c in stops) if i >= 0]
    return s, (min(ends) if ends else len(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="every", choices=SETS)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    from rasd.analyse import events

    sc = _score_module()
    cls: Counter = Counter()
    by_type: Counter = Counter()
    for g in golds(args.set):
        art = copy.deepcopy(before_events(g, False))
        events.annotate(art)
        out = art.to_dict(include_raw=False)
        d = sc.Doc(out)
        oe = out.get("events") or []
        used: dict[int, int] = {}  # prediction -> gold index
        for gi, ge in enumerate(g["events"]):
            gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != "مجهول"]
            for k, ev in enumerate(oe):
                if k in used or ev["type"] != ge["type"]:
                    continue
                refs = [r for key in ("actors", "source", "target") for r in
                        (ev.get(key) if isinstance(ev.get(key), list) else [ev.get(key)]) if r]
                oforms = [d.forms(r) for r in refs]
                if not gact or any(any(sc.match_forms(f, sc.gold_forms(g["entities"], a)) for f in oforms)
                                   for a in gact):
                    used[k] = gi
                    break
        paired = set(used.values())

        def shares(ge: dict, ev: dict, d=d, g=g) -> bool:
            """Does prediction ``ev`` name one of gold event ``ge``'s actors?"""
            refs = [r for key in ("actors", "source", "target") for r in
                    (ev.get(key) if isinstance(ev.get(key), list) else [ev.get(key)]) if r]
            return any(sc.match_forms(d.forms(r), sc.gold_forms(g["entities"], a)) for r in refs
                       for a in (ge.get("source"), ge.get("target")) if a and a != "مجهول")
        text = out["text"]
        off = max(text.find(g["text"][:60]), 0)  # the output text opens with the title: gold offsets shift
        for k, ev in enumerate(oe):
            if k in used:
                continue
            ts, te = ev["trigger"]["start"], ev["trigger"]["end"]
            ss, se = _sentence(text, ts)
            at = [(gi, ge) for gi, ge in enumerate(g["events"])
                  if ge["trigger_start"] + off < te + 2 and ge["trigger_end"] + off > ts - 2]
            near = [(gi, ge) for gi, ge in enumerate(g["events"]) if ss <= ge["trigger_start"] + off < se]
            same = [gi for gi, ge in at if ge["type"] == ev["type"]]
            if same and all(gi in paired for gi in same):
                c = "dup"
            elif same:
                c = "actor"
            elif at:
                c = "type"
            elif any(ge["type"] == ev["type"] for _, ge in near):
                c = "near"
            elif any(ge["type"] == ev["type"] and shares(ge, ev) for ge in g["events"]):
                c = "retell"
            else:
                c = "none"
            cls[c] += 1
            by_type[(c, ev["type"])] += 1
            if args.verbose:
                names = [(art.entity(a).name if art.entity(a) else a) for a in ev["actors"]]
                golds_at = "; ".join(f"{ge['type']} {ge.get('source')}->{ge.get('target')}" for _, ge in (at or near))
                print(f"  {c:5s} {g['docno'][:22]} {ev['type']}/{ev['mode']} «{text[ts:te]}» {names} {ev['status']}"
                      f" | gold: {golds_at} :: " + text[max(ss, ts - 60):te + 40].replace("\n", " "))
    total = sum(cls.values())
    print(f"{args.set}: {total} unmatched predictions: " + ", ".join(f"{c} {n}" for c, n in cls.most_common()))
    for c, _ in cls.most_common():
        row = sorted(((t, n) for (cc, t), n in by_type.items() if cc == c), key=lambda x: -x[1])
        print(f"  {c:5s} " + " ".join(f"{t}:{n}" for t, n in row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

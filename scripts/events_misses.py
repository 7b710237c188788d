"""Why the events layer misses the gold events of the dev sets: one cause per missed event, and the
strict failures of the matched ones, counted per set and per PLOVER type.

    python3 scripts/events_misses.py [--set every|dev|dev2 .. dev10|fresh|shared|news-dev] [-v] [--status]

Uses the per-article cache of scripts/events_dev.py (the layers before events). Causes of a miss
(type + one gold actor not matched), checked in this order:

- ``no trigger``: no rule mention of any type at the gold trigger, and the lexicon has no trigger there;
- ``trigger dropped``: the lexicon matches the gold trigger, but the rules keep no mention there
  (a filter, a condition, or no actor found);
- ``wrong type``: a mention at the trigger, of another type;
- ``actor missing/wrong``: a mention of the right type, none of whose actors is a gold actor;
- ``displaced``: a right mention (type and an actor) whose event the one-to-one matching of score.py
  gave to an earlier gold event of the same type sharing an actor (mostly one rasd missed);
- ``lost later``: a right mention lost in merging or to the learned check.

For the matched events, the strict components that fail (status, a gold source or target not among
the actors), and with ``--status`` the confusion of status (gold → ours) over the matched events.
Development only: the test and held-out sets are refused (aggregate figures come from ant_gold.py).
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections import Counter
from pathlib import Path

from gold_sets import ANT_DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def locate(g: dict, ge: dict, text: str) -> tuple[int, int] | None:
    """The gold trigger's offsets in the article text rasd saw (title + cleaned body)."""
    gt = g["text"]
    ts, te = ge["trigger_start"], ge["trigger_end"]
    trig = gt[ts:te]
    for width in (30, 15, 6, 0):
        left = gt[max(0, ts - width):ts]
        left = left[left.rfind("\n") + 1:]
        right = gt[te:te + width].split("\n")[0]
        i = text.find(left + trig + right)
        if i >= 0:
            return i + len(left), i + len(left) + len(trig)
    return None


def actor_hits(ev, d, sc, g: dict, gact: list[str]) -> list[bool]:
    refs = [r for r in [*ev.actors, ev.source, ev.target] if r]
    oforms = [d.forms(r) for r in refs]
    return [any(sc.match_forms(f, sc.gold_forms(g["entities"], a)) for f in oforms) for a in gact]


def main() -> int:
    import events_dev as ed

    from rasd.analyse import events
    from rasd.analyse.events import layer
    from rasd.analyse.events.view import View

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="every", choices=("every", "dev", *ANT_DEV, "fresh", "shared", "news-dev"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss with its cause")
    ap.add_argument("--status", action="store_true", help="status confusion over the matched events")
    args = ap.parse_args()
    sc = ed._score_module()
    causes: Counter = Counter()
    by_type: dict[str, Counter] = {}
    strict: Counter = Counter()
    conf: Counter = Counter()
    for g in ed.golds(args.set):
        art = copy.deepcopy(ed.before_events(g, False))
        cands, _ = layer._candidates(art)
        events.annotate(art)
        out = art.to_dict(include_raw=False)
        d = sc.Doc(out)
        v = View(art)
        used: set[int] = set()
        for ge in g["events"]:
            gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != "مجهول"]
            hit = None
            for k, ev in enumerate(art.events):
                if k in used or ev.type != ge["type"]:
                    continue
                hits = actor_hits(ev, d, sc, g, gact)
                if any(hits) or not gact:
                    used.add(k)
                    hit = (ev, hits)
                    break
            if hit is not None:
                ev, hits = hit
                conf[(ge["status"], ev.status)] += 1
                roles = [r for r in ("source", "target") if ge.get(r) and ge.get(r) != "مجهول"]
                for role, ok in zip(roles, hits, strict=True):
                    if not ok:
                        strict[f"{role} missing"] += 1
                        if args.verbose:
                            names = [art.entity(x).name if art.entity(x) else x for x in ev.actors]
                            ctx = art.text[max(0, ev.trigger.start - 70):ev.trigger.end + 50].replace("\n", " ")
                            print(f"  {role} missing {ge.get(role)!r} {g['docno'][:20]} {ge['type']} got {names} "
                                  f":: {ctx}")
                if ev.status != ge["status"]:
                    strict["status wrong"] += 1
                    span = locate(g, ge, art.text)
                    same = span is not None and any(m.start < span[1] and span[0] < m.end
                                                     for m in [ev.trigger, *ev.mentions])
                    strict["  status wrong, event told at the gold trigger" if same
                           else "  status wrong, matched event told elsewhere"] += 1
                    if args.verbose:
                        ts, te = ev.trigger.start, ev.trigger.end
                        ctx = art.text[max(0, ts - 70):te + 40].replace("\n", " ")
                        print(f"  status {ge['status']:8s}-> {ev.status:8s} {g['docno'][:20]} {ge['type']} «{ev.trigger.text}» :: {ctx}")
                if all(hits) and ev.status == ge["status"]:
                    strict["strict ok"] += 1
                continue
            span = locate(g, ge, art.text)
            cause = "trigger not located"
            if span is not None:
                s, e = span
                at = [c for c in cands if c.start < e and s < c.end]
                if not at:
                    na, nb = v.inv[s], v.inv[e]
                    words = [m for m in re.finditer(r"\w+", v.norm) if m.start() < nb and na < m.end()]
                    lex = any(layer._word_trigger(m.group()) for m in words) \
                        or any(m.start() < nb and na < m.end() for m in layer._PHRASE_RX.finditer(
                            v.norm, max(0, na - 40), min(len(v.norm), nb + 40)))
                    cause = "trigger dropped" if lex else "no trigger"
                elif not any(c.trig.type == ge["type"] for c in at):
                    cause = "wrong type"
                    causes[f"  wrong type {ge['type']} -> {at[0].trig.type}"] += 1
                else:
                    right = [c for c in at if c.trig.type == ge["type"]]
                    ok = any(any(sc.match_forms(d.forms(x), sc.gold_forms(g["entities"], a))
                                 for x in c.actors if x) for c in right for a in gact)
                    cause = "actor missing/wrong"
                    if ok or not gact:
                        # the event holding this mention went to an earlier gold event of its type that
                        # shares an actor (score.py matches greedily), or merging/the check lost it
                        holds = [k for k, ev in enumerate(art.events)
                                 if any(m.start < e and s < m.end for m in [ev.trigger, *ev.mentions])]
                        cause = "displaced" if any(k in used for k in holds) else "lost later"
            causes[cause] += 1
            by_type.setdefault(ge["type"], Counter())[cause] += 1
            if args.verbose:
                gt = g["text"]
                ctx = gt[max(0, ge["trigger_start"] - 60):ge["trigger_end"] + 40].replace("\n", " ")
                print(f"  {cause:20s} {g['docno'][:20]} {ge['type']} «{gt[ge['trigger_start']:ge['trigger_end']]}» "
                      f"{ge.get('source')} -> {ge.get('target')} "
                      f"{ge['status']} :: {ctx}")
    print(f"set {args.set}: misses by cause")
    for k, n in sorted(causes.items(), key=lambda kv: (kv[0].startswith(" "), -kv[1])):
        print(f"  {n:4d}  {k}")
    print("misses by type (cause: count)")
    for t, c in sorted(by_type.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {t:10s} {sum(c.values()):3d}  " + ", ".join(f"{k}: {n}" for k, n in c.most_common()))
    print("strict failures among matched events: " + ", ".join(f"{k}: {n}" for k, n in strict.most_common()))
    if args.status:
        print("status confusion over matched events (gold -> ours: count)")
        for (gs, os_), n in sorted(conf.items(), key=lambda kv: -kv[1]):
            print(f"  {gs:9s} -> {os_:9s} {n:4d}{'' if gs == os_ else '  *'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

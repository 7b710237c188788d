"""Score the events layer in-process on the ANT golds (fast loop for development).

    python3 scripts/events_dev.py [--set shared|news-dev|dev|dev2|dev3|dev4|dev5|dev6|dev7|dev8|dev9|fresh|all-dev|every|test] [-v] [--refresh] [--types] [--direction] [--targets]

The layers before events (entities, dates, quotes) are cached per article and per code of those layers in
/tmp/rasd-events-dev (``--refresh`` rebuilds them), so a run re-does only the
events layer. Scoring is that of the shared ``score.py`` (imported from
../shared): type + one gold actor (lenient), + all gold actors + status (strict).
``dev`` = the 12 shared-gold articles + the dev half of benchmarks/gold/ant-news;
``dev2`` = the 24 articles of benchmarks/gold/ant-dev2; ``dev3`` = the 12 of ant-dev3 (its own
set, not in ``all-dev``); ``dev4`` = the 6 of ant-dev4; ``dev5``, ``dev6``, ``dev7`` = the 12 of ant-dev5, ant-dev6, ant-dev7;
``dev8`` = the 12 of ant-dev8; ``dev9`` = the 12 of ant-dev9 (dev material since session 9);
``fresh`` = dev5 + dev6 + dev7; ``all-dev`` = dev + dev2; ``every`` = every dev set (dev .. dev9).
The summary line also counts direction (score.py asks none): matches whose source is the gold source.
``test`` is the frozen half: aggregate figures only (``-v`` and ``--types`` are refused).
"""

from __future__ import annotations

import argparse
import copy
import functools
import hashlib
import importlib.util
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

from gold_sets import ANT_DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CACHE = Path(os.environ.get("RASD_EVENTS_CACHE", "/tmp/rasd-events-dev"))
sys.path.insert(0, str(ROOT / "scripts"))


def _score_module():
    spec = importlib.util.spec_from_file_location("ant_score", SHARED / "gold/ant-dev/score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def golds(which: str) -> list[dict]:
    """The gold articles of a set, in the shared gold's format."""
    from ant_gold import joined

    out: list[dict] = []
    if which in ("shared", "dev", "all-dev", "every"):
        out += [json.loads(x) for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()]
    if which in ("news-dev", "dev", "all-dev", "every"):
        out += joined("dev")
    if which in ("dev2", "all-dev", "every"):
        out += joined("dev2")
    if which in ("dev3", "every"):
        out += joined("dev3")
    if which in ("dev4", "every"):
        out += joined("dev4")
    if which in ("dev5", "every", "fresh"):
        out += joined("dev5")
    if which in ("dev6", "every", "fresh"):
        out += joined("dev6")
    if which in ("dev7", "every", "fresh"):
        out += joined("dev7")
    if which in ("dev8", "every"):
        out += joined("dev8")
    for extra in ANT_DEV[ANT_DEV.index("dev8") + 1:]:  # dev9 on, each its own set and part of "every"
        if which in (extra, "every"):
            out += joined(extra)
    if which == "test":
        out += joined("test")
    return out


@functools.lru_cache(maxsize=1)
def _code_stamp() -> str:
    """A digest of the imported rasd's source outside ``analyse/events``: a cached article is reused only
    while the layers before events are the same code (a quotes or entities change rebuilds them)."""
    import rasd

    root = Path(rasd.__file__).resolve().parent
    h = hashlib.sha1()
    for f in sorted(root.rglob("*.py")):
        if "events" not in f.relative_to(root).parts[:2]:
            h.update(str(f.relative_to(root)).encode() + f.read_bytes())
    return h.hexdigest()[:12]


def before_events(g: dict, refresh: bool):
    """The article with every layer but events (cached per article and per code of those layers)."""
    from rasd.pipeline import LAYERS, process_text

    key = hashlib.sha1((g["docno"] + g["text"] + _code_stamp()).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.pkl"
    if path.exists() and not refresh:
        return pickle.loads(path.read_bytes())
    art = process_text(g["text"], layers=tuple(x for x in LAYERS if x != "events"), id=g["docno"],
                       title=g["title"], published=g["published"], url=g["url"], source=g["source"])
    CACHE.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(art))
    return art


def _failing(ge: dict, hits: list[bool], ev: dict) -> list[str]:
    """Which strict components fail for one type+actor match (score.py: all gold actors + status)."""
    out: list[str] = []
    roles = [r for r in ("source", "target") if ge.get(r) and ge.get(r) != "مجهول"]
    for role, ok in zip(roles, hits, strict=True):
        if not ok:
            out.append(f"{role} missing")
    if ev["status"] != ge["status"]:
        out.append(f"status {ge['status']} -> {ev['status']}")
    return out


def _beyond(ge: dict, ev: dict, d, sc, gents: list[dict]) -> list[str]:
    """Fields score.py does not check, per type+actor match: date (gold TIMEX value vs the
    event's date, by its date_source), location, and direction (gold source as our source)."""
    out: list[str] = []
    gd, od = ge.get("date"), ev.get("date")
    if gd and od != gd and not (od and gd and str(od)[:len(gd)] == gd):
        src = "published" if ev.get("date_source") == "published" else ("text" if od else "none")
        out.append(f"(info) date wrong [{ge['status']}, ours from {src}]")
    elif gd is None and od:
        out.append("(info) date where gold has none")
    gl = ge.get("location")
    if gl and not (ev.get("location") and sc.match_forms(d.forms(ev["location"]), sc.gold_forms(gents, gl))):
        out.append("(info) location missing or wrong")
    gs = ge.get("source")
    if gs and gs != "مجهول" and ev.get("source") \
            and not sc.match_forms(d.forms(ev["source"]), sc.gold_forms(gents, gs)):
        out.append("(info) source is not gold's source")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="dev", choices=("shared", "news-dev", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", *ANT_DEV[ANT_DEV.index("dev7"):], "fresh", "all-dev", "every", "test"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--types", action="store_true", help="per-type counts")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--direction", action="store_true",
                    help="dev only: list the matches whose source is not the gold source")
    ap.add_argument("--targets", action="store_true",
                    help="dev only: list the matches whose gold target is among none of our actors")
    ap.add_argument("--why", action="store_true",
                    help="dev only: count the strict component that fails per type+actor match")
    args = ap.parse_args()
    if args.set == "test" and (args.verbose or args.types or args.why or args.direction or args.targets):
        print("events_dev: the test set is frozen: aggregate figures only", file=sys.stderr)
        return 2
    from rasd.analyse import events

    sc = _score_module()
    tot = Counter()
    why: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for g in golds(args.set):
        art = copy.deepcopy(before_events(g, args.refresh))
        events.annotate(art)
        out = art.to_dict(include_raw=False)
        d = sc.Doc(out)
        oe = out.get("events") or []
        used: set[int] = set()
        for ge in g["events"]:
            t = by_type.setdefault(ge["type"], Counter())
            t["gold"] += 1
            gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != "مجهول"]
            hit = None
            for k, ev in enumerate(oe):
                if k in used or ev["type"] != ge["type"]:
                    continue
                refs = [r for key in ("actors", "source", "target") for r in
                        (ev.get(key) if isinstance(ev.get(key), list) else [ev.get(key)]) if r]
                oforms = [d.forms(r) for r in refs]
                hits = [any(sc.match_forms(f, sc.gold_forms(g["entities"], a)) for f in oforms) for a in gact]
                if any(hits) or not gact:
                    used.add(k)
                    hit = (ev, all(hits) and ev["status"] == ge["status"])
                    if args.why and not hit[1]:
                        why.update(_failing(ge, hits, ev))
                    gt = ge.get("target")
                    if args.targets and gt and gt != "مجهول" and not hits[-1]:
                        def nm(r, art=art):
                            return (art.entity(r).name if art.entity(r) else r) if r else None
                        print(f"  TGT {g['docno'][:18]} {ge['type']} {ge.get('source')} -> {gt} | ours "
                              f"{nm(ev.get('source'))} -> {nm(ev.get('target'))} {[nm(r) for r in ev['actors']]} :: "
                              + g["text"][max(0, ge["trigger_start"] - 70):ge["trigger_end"] + 70].replace("\n", " "))
                    if args.why:  # beyond score.py's strict: date, place and direction
                        why.update(_beyond(ge, ev, d, sc, g["entities"]))
                    break
            if hit:
                gs = ge.get("source")
                if gs and gs != "مجهول":  # direction: is our source the gold source? (score.py asks no direction)
                    tot["gsrc"] += 1
                    ok = bool(hit[0].get("source")) and sc.match_forms(
                        d.forms(hit[0]["source"]), sc.gold_forms(g["entities"], gs))
                    tot["srcok"] += ok
                    tot["srcbad"] += bool(hit[0].get("source")) and not ok
                    if args.direction and hit[0].get("source") and not ok:
                        nm = art.entity(hit[0]["source"]).name if art.entity(hit[0]["source"]) else hit[0]["source"]
                        print(f"  DIR {ge['type']} gold {gs} -> {ge.get('target')} | ours {nm} :: "
                              + g["text"][max(0, ge["trigger_start"] - 70):ge["trigger_end"] + 50].replace("\n", " "))
                tot["tp"] += 1
                tot["stp"] += hit[1]
                t["tp"] += 1
                t["stp"] += hit[1]
                if args.verbose and not hit[1]:
                    names = [(art.entity(a).name if art.entity(a) else a) for a in hit[0]["actors"]]  # (implied: a name)
                    print(f"  ~ {g['docno'][:22]} {ge['type']} {ge.get('source')} -> {ge.get('target')} "
                          f"{ge['status']} | got {names} {hit[0]['status']} src={hit[0]['source'] and (art.entity(hit[0]['source']).name if art.entity(hit[0]['source']) else hit[0]['source'])}"
                          f" :: {g['text'][max(0, ge['trigger_start'] - 60):ge['trigger_end'] + 60]}".replace("\n", " "))
            elif args.verbose:
                trig = g["text"][ge["trigger_start"]:ge["trigger_end"]]
                s = g["text"].rfind("\n", 0, ge["trigger_start"]) + 1
                ctx = g["text"][max(s, ge["trigger_start"] - 70):ge["trigger_end"] + 50].replace("\n", " ")
                print(f"  - {g['docno'][:22]} {ge['type']}/{ge.get('mode')} «{trig}» {ge.get('source')} -> "
                      f"{ge.get('target')} {ge['status']} :: {ctx}")
        for k, ev in enumerate(oe):
            by_type.setdefault(ev["type"], Counter())["pred"] += 1
            tot["pred"] += 1
            if args.verbose and k not in used:
                names = [(art.entity(a).name if art.entity(a) else a) for a in ev["actors"]]
                trig = out["text"][ev["trigger"]["start"]:ev["trigger"]["end"]]
                ts = ev["trigger"]["start"]
                ctx = out["text"][max(out["text"].rfind("\n", 0, ts) + 1, ts - 70):ev["trigger"]["end"] + 40]
                print(f"  + {g['docno'][:22]} {ev['type']}/{ev['mode']} «{trig}» {names} {ev['status']} :: "
                      + ctx.replace("\n", " "))
        tot["gold"] += len(g["events"])

    def prf(tp: int, pred: int, gold: int) -> str:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"F1={f:.3f} P={p:.3f} R={r:.3f}"

    if args.why:
        print("strict failures among type+actor matches (one match may count under several):")
        for k, n in why.most_common():
            print(f"  {n:3d}  {k}")
    if args.types:
        for t, c in sorted(by_type.items(), key=lambda kv: -kv[1]["gold"]):
            print(f"  {t:10s} gold={c['gold']:3d} pred={c['pred']:3d} tp={c['tp']:3d} strict={c['stp']:3d}")
    print(f"{args.set} events type+actor {prf(tot['tp'], tot['pred'], tot['gold'])}  "
          f"strict {prf(tot['stp'], tot['pred'], tot['gold'])}  (tp={tot['tp']} strict={tot['stp']} "
          f"pred={tot['pred']} gold={tot['gold']}; our source is gold's in {tot['srcok']} of the "
          f"{tot['gsrc']} matches with a gold source, another in {tot['srcbad']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

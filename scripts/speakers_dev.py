"""Quotes + speaker over every dev set in seconds: the layers before quotes cached, the quotes layer rerun.

    python3 scripts/speakers_dev.py [--sets shared,dev,dev2,...,dev9,aner-dev,aner-train] [--refresh] [-v] [--dump F]

For a before/after of a change to the quotes layer (``PYTHONPATH=/tmp/base/src`` for the base copy): each ANT
article (and each ANERcorp annotation file, one text) goes through the entities and dates layers once, cached
in the temporary folder by text (``SP_TAG`` in the environment keys a second cache, e.g. after a change to the
entity layer or coreference; ``--refresh`` recomputes); then the quotes layer runs on a copy and is scored as the
shared ``score.py`` scores it (ANT: token F1 >= 0.5, greedy per gold quote, speaker by entity forms) and as
``scripts/anercorp_quotes.py rules`` does (ANERcorp: half-span overlap, a shared word). The figures equal those of
``scripts/ant_gold.py --split S`` and ``anercorp_quotes.py rules S`` (checked at 64a7f77 on every set).
``-v`` prints the wrong speakers of the ANT dev sets and ANERcorp dev (never of ANERcorp train: aggregate only);
``--dump`` writes one JSON line per matched quote (set, doc, gold, got, right, cue, context) for before/after diffs.
Frozen and held-out sets (``scripts/gold_sets.py``: test, test2, test3, blind, the held-out set; and ANERcorp test) are refused.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path

from gold_sets import DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
CACHE = Path(tempfile.gettempdir()) / "rasd_speakers_dev"
SETS = DEV


def golds(name: str) -> list[dict]:
    from ant_gold import SHARED, joined
    if name == "shared":
        return [json.loads(x) for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()]
    if name not in SETS:
        raise SystemExit(f"speakers_dev: {name!r} is no dev set (frozen and held-out sets are refused)")
    return joined(name)


def cached(key: str, text: str, refresh: bool, **meta: str):  # noqa: ANN201 - an Article
    from rasd.pipeline import process_text
    h = hashlib.sha1((key + text + os.environ.get("SP_TAG", "")).encode()).hexdigest()[:16]
    p = CACHE / f"{h}.pkl"
    if p.exists() and not refresh:
        return pickle.loads(p.read_bytes())
    art = process_text(text, layers=("entities", "dates"), **meta)
    CACHE.mkdir(parents=True, exist_ok=True)
    p.write_bytes(pickle.dumps(art))
    return art


def ant(name: str, refresh: bool, verbose: bool, rows: list[dict]) -> tuple[float, int, int, int, int]:
    import importlib.util

    from ant_gold import SHARED

    spec = importlib.util.spec_from_file_location("score", SHARED / "gold/ant-dev/score.py")
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    from rasd.analyse import quotes as ql
    tp = pred = gold = spk = 0
    for g in golds(name):
        art = copy.deepcopy(cached(g["docno"], g["text"], refresh, id=g["docno"], title=g["title"],
                                   published=g["published"], url=g["url"], source=g["source"]))
        ql.annotate(art)
        d = sc.Doc(art.to_dict(include_raw=False))
        oq = [q.to_dict() if hasattr(q, "to_dict") else q for q in d.doc.get("quotes") or []]
        used = set()
        pred += len(oq)
        gold += len(g["quotes"])
        for gq in g["quotes"]:
            gtext = g["text"][gq["start"]:gq["end"]]
            best, bi = 0.0, None
            for k, q in enumerate(oq):
                if k in used:
                    continue
                f = sc.overlap_f1(q.get("text", ""), gtext)
                if f > best:
                    best, bi = f, k
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            tp += 1
            s = gq.get("speaker")
            got = oq[bi].get("speaker")
            ok = got in (None, "") if s is None else sc.match_forms(d.forms(got), sc.gold_forms(g["entities"], s))
            spk += ok
            gname = d.by_id.get(str(got), {}).get("name", got) if got else None
            isent = str(got) in d.by_id
            rows.append({"set": name, "doc": g["docno"], "gold": s, "got": gname, "ent": isent, "ok": bool(ok),
                         "cue": oq[bi].get("cue"), "q": gtext[:60],
                         "ctx": g["text"][max(0, oq[bi]["start"] - 200):oq[bi]["start"]].replace("\n", " / ")})
            if verbose and not ok:
                print(f"  ~ {name} {g['docno']}: gold={s} got={gname}{'' if isent else ' [desc]'} cue={oq[bi].get('cue')} | {gtext[:40]}")
    p, r = spk / max(pred, 1), spk / max(gold, 1)
    f = 2 * p * r / max(p + r, 1e-9)
    return f, spk, tp, pred, gold


def aner(which: str, refresh: bool, verbose: bool, rows: list[dict]) -> tuple[float, int, int, int, int, float]:
    from anercorp_events import sentences, split_files
    from anercorp_quotes import GOLD, gold_quotes, pair

    from rasd.analyse import quotes as ql
    if which not in ("dev", "train"):
        raise SystemExit(f"speakers_dev: ANERcorp {which!r} is refused (dev and train only; test is frozen)")
    sents = sentences()
    tot = Counter()
    for path in split_files(which, GOLD):
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        lines = [" ".join(sents[r["sent"]]) for r in recs]
        art = copy.deepcopy(cached(path.stem, "\n".join(lines), refresh, id=path.stem))
        ql.annotate(art)
        gl = gold_quotes(art.text, recs, sents)
        tot["gold"] += len(gl)
        tot["pred"] += len(art.quotes)
        for qt, k, name, ent, ok in pair(art, gl):
            if k is None:
                continue
            s, e, g = qt.start, qt.end, gl[k]
            tot["tp"] += 1
            tot["stp"] += ok
            if which == "dev":
                rows.append({"set": "aner-" + which, "doc": path.stem, "gold": " ".join(sorted(g[2])), "got": name,
                             "ent": ent is not None, "ok": ok, "cue": qt.cue, "q": art.text[s:e][:60],
                             "ctx": art.text[max(0, s - 200):s]})
                if verbose and not ok:
                    print(f"  ~ aner {path.stem}: gold={' '.join(sorted(g[2]))} got={name} cue={qt.cue} | {art.text[s:e][:40]}")
    p, r = tot["stp"] / max(tot["pred"], 1), tot["stp"] / max(tot["gold"], 1)
    sp, sr = tot["tp"] / max(tot["pred"], 1), tot["tp"] / max(tot["gold"], 1)
    return 2 * p * r / max(p + r, 1e-9), tot["stp"], tot["tp"], tot["pred"], tot["gold"], 2 * sp * sr / max(sp + sr, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(SETS) + ",aner-dev,aner-train")
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--dump")
    a = ap.parse_args()
    rows = []
    out = []
    for s in a.sets.split(","):
        if s.startswith("aner-"):
            f, k, tp, pred, gold, sf = aner(s[5:], a.refresh, a.v, rows)
            out.append(f"{s}: spk F1 {f:.3f} ({k}/{tp} matched; pred {pred} gold {gold}) span F1 {sf:.3f}")
        else:
            f, k, tp, pred, gold = ant(s, a.refresh, a.v, rows)
            out.append(f"{s}: spk F1 {f:.3f} ({k}/{tp} matched; pred {pred} gold {gold})")
        print(out[-1], flush=True)
    if a.dump:
        Path(a.dump).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()

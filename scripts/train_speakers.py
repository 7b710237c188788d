"""Train the quotes layer's speaker ranker (rasd/data/quotes/speakers.json) on the dev annotations.

    python3 scripts/train_speakers.py [--write] [--l2 1.0] [--folds K] [--refresh] [--no-rule]

Data: the 12 shared dev-gold articles, the dev half of benchmarks/gold/ant-news, the second dev-month
set (benchmarks/gold/ant-dev2) and draws 1-2 of the held-out speaker set (speakers-heldout.json);
never a frozen test half. Draw 3 of the held-out set stays out of training and is scored in aggregate
only. Each article gets its entities (``process_text`` with the entities layer; cached in the
temporary folder, ``--refresh`` recomputes them), then the quotes layer runs with the ranker
recording: for every quote candidate, the speaker candidates of
:func:`rasd.analyse.quotes.ranker.candidates` with their features and the rules' choice. A quote is
matched to a gold quote as the shared score.py matches them (token F1 >= 0.5, greedy per gold quote);
a candidate is right when its forms match the gold speaker's forms as score.py matches them (a null
gold speaker: the null candidate).

Model: conditional logit (softmax over a quote's candidates, L2, batch gradient descent in numpy),
trained on matched quotes that have a right candidate. Estimate: cross-validation by article
(leave-one-article-out, or ``--folds K`` folds of whole articles) — speaker accuracy over all matched
quotes, rules vs model, overall and per set; then the model fitted on everything against the rules on
draw 3. --write stores the weights fitted on all training articles.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import pickle
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "src/rasd/data/quotes/speakers.json"
CACHE = Path(tempfile.gettempdir()) / "rasd_train_speakers"


def recorded_quotes(art):  # noqa: ANN001, ANN201
    """The finder's quotes of ``art`` and, per quote span, the ranker's candidates, features and rule pick."""
    from rasd.analyse.quotes import finder, ranker

    ranker.RECORD = []
    try:
        quotes = finder.find_quotes(art)
        return quotes, {span: (vals, feats, rule) for span, vals, feats, rule in ranker.RECORD}
    finally:
        ranker.RECORD = None


def _entities(g: dict, refresh: bool):
    from rasd.pipeline import process_text

    key = hashlib.sha1((g["docno"] + g["text"]).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.pkl"
    if path.exists() and not refresh:
        return pickle.loads(path.read_bytes())
    art = process_text(g["text"], layers=("entities",), id=g["docno"], title=g["title"],
                       published=g["published"], url=g["url"], source=g["source"])
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(art))
    return art


def samples(refresh: bool, sets: tuple[str, ...] = ("dev", "dev2")) -> list[dict]:
    """One row per matched quote: docno, feature dicts, right flags, index of the rules' choice.
    ``sets``: "dev" (the shared dev gold and the ANT news dev half) and "dev2" (the second dev-month set)."""
    from events_dev import _score_module, golds

    sc = _score_module()
    rows = []
    tag = {g["docno"]: name for name in sets for g in golds(name)}
    for g in [g for name in sets for g in golds(name)]:
        art = copy.deepcopy(_entities(g, refresh))
        quotes, rec = recorded_quotes(art)
        d = sc.Doc(art.to_dict(include_raw=False))
        used: set[int] = set()
        for gq in g["quotes"]:
            gtext = g["text"][gq["start"]:gq["end"]]
            best, bi = 0.0, None
            for k, q in enumerate(quotes):
                if k in used:
                    continue
                f = sc.overlap_f1(q.text, gtext)
                if f > best:
                    best, bi = f, k
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            q = quotes[bi]
            vals, feats, rule = rec[(q.start, q.end)]
            spk = gq.get("speaker")
            if spk is None:
                right = [v is None for v in vals]
            else:
                gf = sc.gold_forms(g["entities"], spk)
                right = [v is not None and sc.match_forms(d.forms(v), gf) for v in vals]
            names = [(art.entity(v).name if art.entity(v) else v) if v else None for v in vals]
            rows.append({"doc": g["docno"], "feats": feats, "right": right, "rule": vals.index(rule),
                         "names": names, "gold": spk, "quote": q.text[:60], "set": tag[g["docno"]]})
    return rows


HELDOUT = ROOT / "benchmarks/gold/speakers-heldout.json"


def heldout_samples(refresh: bool) -> list[dict]:
    """Rows of the held-out speaker set (dev-month articles no rule was written on; see the gold README)."""
    from events_dev import _score_module


    sc = _score_module()
    gold = json.loads(HELDOUT.read_text(encoding="utf-8"))
    want = {g["docno"] for g in gold}
    arts = {}
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(ROOT.parent / f"shared/data/news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            if '"id"' in line and json.loads(line)["id"] in want:
                a = json.loads(line)
                arts[a["id"]] = a
    rows = []
    for g in gold:
        a = arts[g["docno"]]
        art = copy.deepcopy(_entities({"docno": a["id"], "text": a["text"], "title": a["title"],
                                       "published": a["published"][:10], "url": a["url"],
                                       "source": a["source"]}, refresh))
        quotes, rec = recorded_quotes(art)
        d = sc.Doc(art.to_dict(include_raw=False))
        used: set[int] = set()
        for gq in g["quotes"]:
            gtext = a[gq["field"]][gq["start"]:gq["end"]]
            best, bi = 0.0, None
            for k, q in enumerate(quotes):
                f = sc.overlap_f1(q.text, gtext)
                if k not in used and f > best:
                    best, bi = f, k
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            vals, feats, rule = rec[(quotes[bi].start, quotes[bi].end)]
            gf = {sc.norm(x) for x in gq["speaker"]}
            right = [v is not None and sc.match_forms(d.forms(v), gf) for v in vals]
            rows.append({"doc": g["docno"], "feats": feats, "right": right, "rule": vals.index(rule),
                         "draw": g.get("draw", 1)})
    return rows


def fit(rows: list[dict], l2: float, epochs: int = 300, lr: float = 0.5) -> dict[str, float]:
    names = sorted({k for r in rows for f in r["feats"] for k in f})
    col = {n: i for i, n in enumerate(names)}
    xs, ys, group = [], [], []
    n_groups = 0
    for r in rows:
        if not any(r["right"]) or len(r["feats"]) < 2:
            continue
        for f, ok in zip(r["feats"], r["right"], strict=True):
            x = np.zeros(len(names))
            for k, v in f.items():
                x[col[k]] = v
            xs.append(x)
            ys.append(float(ok))
            group.append(n_groups)
        n_groups += 1
    if not n_groups:
        return {}
    x_all, y_all, g = np.array(xs), np.array(ys), np.array(group)
    w = np.zeros(len(names))
    for _ in range(epochs):
        s = x_all @ w
        smax = np.full(n_groups, -np.inf)
        np.maximum.at(smax, g, s)
        e = np.exp(s - smax[g])
        p = e / np.bincount(g, e, n_groups)[g]
        py = p * y_all
        q = py / np.bincount(g, py, n_groups)[g]  # posterior over the right candidates
        w -= lr * (x_all.T @ (p - q) + l2 * w) / n_groups
    return {k: float(w[i]) for k, i in col.items() if abs(w[i]) > 1e-6}


def pick(w: dict[str, float], r: dict) -> int:
    from rasd.analyse.quotes.ranker import score

    s = [score(w, f) for f in r["feats"]]
    return max(range(len(s)), key=s.__getitem__)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="store the weights fitted on all training articles")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--refresh", action="store_true", help="recompute the cached entities")
    ap.add_argument("--folds", type=int, default=0, help="k-fold by article instead of leave-one-article-out")
    ap.add_argument("--no-rule", action="store_true", help="drop the rules' choice from the features")
    args = ap.parse_args()
    rows = samples(args.refresh)
    held = heldout_samples(args.refresh) if HELDOUT.exists() else []
    for r in held:
        r["set"] = f"draw{r['draw']}"
    rows += [r for r in held if r["draw"] in (1, 2)]  # draws 1-2 train; draw 3 stays held out
    test3 = [r for r in held if r["draw"] == 3]
    if args.no_rule:
        for r in rows + test3:
            r["feats"] = [{k: v for k, v in f.items() if not k.startswith("rule")} for f in r["feats"]]
    docs = sorted({r["doc"] for r in rows})
    n = len(rows)
    rule_ok = sum(r["right"][r["rule"]] for r in rows)
    oracle = sum(any(r["right"]) for r in rows)
    cv_ok = 0
    k = args.folds or len(docs)
    for i in range(k):  # folds of whole articles (fold i: every k-th article of the sorted list)
        fold = set(docs[i::k])
        w = fit([r for r in rows if r["doc"] not in fold], args.l2)
        for r in rows:
            if r["doc"] in fold:
                r["cv"] = r["right"][pick(w, r)]
                cv_ok += r["cv"]
    print(f"{len(docs)} articles, {n} matched quotes; a right candidate exists for {oracle} ({oracle / n:.3f})")
    print(f"speaker accuracy, rules: {rule_ok}/{n} = {rule_ok / n:.3f}")
    how = f"{k}-fold by article" if args.folds else "leave-one-article-out"
    print(f"speaker accuracy, model ({how}): {cv_ok}/{n} = {cv_ok / n:.3f}  (l2={args.l2})")
    for name in sorted({r["set"] for r in rows}):
        part = [r for r in rows if r["set"] == name]
        print(f"  {name} ({len({r['doc'] for r in part})} articles, {len(part)} quotes): "
              f"rules {sum(r['right'][r['rule']] for r in part) / len(part):.3f}, "
              f"model {sum(r['cv'] for r in part) / len(part):.3f}")
    w = fit(rows, args.l2)
    if test3:
        m = len(test3)
        print(f"held-out draw 3 ({len({r['doc'] for r in test3})} articles, {m} matched quotes; model fitted on "
              f"all the above): rules {sum(r['right'][r['rule']] for r in test3) / m:.3f}, "
              f"model {sum(r['right'][pick(w, r)] for r in test3) / m:.3f}, "
              f"right speaker among the candidates {sum(any(r['right']) for r in test3) / m:.3f}")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({
            "about": "speaker ranker of rasd.analyse.quotes.ranker; scripts/train_speakers.py; see MODEL_CARD.md",
            "l2": args.l2, "articles": len(docs), "quotes": n,
            "weights": dict(sorted(w.items()))}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"-> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

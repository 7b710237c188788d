"""Train the quotes layer's speaker ranker (rasd/data/quotes/speakers.json) on licence-clean ANERcorp annotations.

    python3 scripts/train_speakers.py [--write] [--l2 1.0] [--no-rule] [--mode all|model|unsure] [--refresh]
                                      [--ant shared,dev,dev2,...,dev8] [--no-ant]

Training data: the ANERcorp quote gold (benchmarks/gold/anercorp-quotes/, CC BY-SA 4.0), the files of the
"dev" and "train" lists of ../anercorp-events/split.json; never a "test" file. Each file is one text, a
sentence per line, as ``scripts/anercorp_quotes.py`` runs it. The ANT annotations (shared dev gold, the ANT
news dev half, dev2..dev8) are for evaluation only: ANT text may not train a shipped model (licence).

For each text: the entities layer (``process_text``; cached in the temporary folder, ``--refresh``
recomputes), then the quotes layer with the ranker recording, for every quote candidate, the speaker
candidates of :func:`rasd.analyse.quotes.ranker.candidates` with their features and the rules' choice.
A rasd quote is matched to a gold quote as the set's own scorer matches them (ANERcorp: character overlap
of half the longer span, in text order; ANT: the shared score.py, token F1 >= 0.5 greedy per gold quote);
a candidate is right as that scorer judges a speaker (ANERcorp: a shared word with the gold speaker's
words, none for none; ANT: score.py's form match).

Model: conditional logit (softmax over one quote's candidates, L2, batch gradient descent in numpy), on the
matched quotes with a right candidate. Printed: speaker accuracy over all matched quotes, rules against the
model (1) cross-validated on ANERcorp by file (leave-one-file-out) and (2) fitted on every ANERcorp file
and applied, frozen, to each ANT set. ``--mode unsure`` lets the model overrule the rules only where they
are unsure (the "unsure" modes of :func:`rasd.analyse.quotes.ranker.overrules`). --write stores the weights fitted on all
ANERcorp training files (with the mode).
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
ANT_SETS = ("shared", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")


def recorded_quotes(art):  # noqa: ANN001, ANN201
    """The finder's quotes of ``art`` and, per quote span, the ranker's candidates, features and rule pick."""
    from rasd.analyse.quotes import finder, ranker

    ranker.RECORD = []
    try:
        quotes = finder.find_quotes(art)
        return quotes, {span: (vals, feats, rule) for span, vals, feats, rule in ranker.RECORD}
    finally:
        ranker.RECORD = None


def _entities(key_text: str, text: str, refresh: bool, **meta: str):  # noqa: ANN201
    """The article after the layers the quotes layer reads (cached by text and metadata)."""
    from rasd.pipeline import process_text

    key = hashlib.sha1((key_text + text).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.pkl"
    if path.exists() and not refresh:
        return copy.deepcopy(pickle.loads(path.read_bytes()))
    art = process_text(text, layers=("entities",), **meta)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(art))
    return art


def _row(doc: str, name: str, vals: list, feats: list, rule, right: list[bool]) -> dict:  # noqa: ANN001
    return {"doc": doc, "set": name, "feats": feats, "right": right, "rule": vals.index(rule), "vals": vals}


# ---------------------------------------------------------------- ANERcorp (training, CV)
def anercorp_rows(splits: tuple[str, ...], refresh: bool) -> list[dict]:
    """One row per rasd quote matched to a gold quote, over the ANERcorp files of ``splits`` (never test)."""
    from anercorp_events import _keys, sentences, split_files
    from anercorp_quotes import GOLD, gold_quotes

    assert "test" not in splits, "the ANERcorp test files are frozen"
    sents = sentences()
    rows: list[dict] = []
    for path in sorted({p for s in splits for p in split_files(s, GOLD)}):
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        lines = [" ".join(sents[r["sent"]]) for r in recs]
        art = _entities(path.stem, "\n".join(lines), refresh, id=path.stem)
        gold = [(a, b, _keys(words)) for a, b, words in gold_quotes(art.text, recs, sents)]
        quotes, rec = recorded_quotes(art)
        used: set[int] = set()
        for qt in quotes:
            for k, (gs, ge, gw) in enumerate(gold):
                if k in used or min(qt.end, ge) - max(qt.start, gs) < 0.5 * max(qt.end - qt.start, ge - gs):
                    continue
                used.add(k)
                vals, feats, rule = rec[(qt.start, qt.end)]

                def share(v: str | None, gw: set[str] = gw, art=art) -> float:  # noqa: ANN001
                    """Jaccard overlap of the candidate's name words with the gold speaker's (1 for none-none)."""
                    if v is None:
                        return float(not gw)
                    ent = art.entity(v)
                    w = _keys((ent.name if ent is not None else v).split())
                    return len(w & gw) / max(len(w | gw), 1)

                row = _row(path.stem, "anercorp", vals, feats, rule, [share(v) > 0 for v in vals])
                row["names"] = [(art.entity(v).name if art.entity(v) else v) if v else None for v in vals]
                row["gold"] = " ".join(sorted(gw))
                row["text"] = art.text[max(0, qt.start - 160): qt.start + 50].replace("\n", " / ")
                rows.append(row)
                break
    return rows


# ---------------------------------------------------------------- ANT (evaluation only)
def ant_golds(name: str) -> list[dict]:
    """The gold articles of one ANT dev set, in the shared gold's format."""
    from ant_gold import joined
    from events_dev import SHARED

    if name == "shared":
        return [json.loads(x) for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()]
    assert name == "dev" or name.startswith("dev") and name[3:].isdigit() and int(name[3:]) <= 8, name
    return joined(name)


def ant_rows(name: str, refresh: bool) -> list[dict]:
    """One row per gold quote of an ANT dev set that rasd finds (score.py's match)."""
    from events_dev import _score_module

    sc = _score_module()
    rows: list[dict] = []
    for g in ant_golds(name):
        art = _entities(g["docno"], g["text"], refresh, id=g["docno"], title=g["title"], published=g["published"],
                        url=g["url"], source=g["source"])
        quotes, rec = recorded_quotes(art)
        d = sc.Doc(art.to_dict(include_raw=False))
        used: set[int] = set()
        for gq in g["quotes"]:
            gtext = g["text"][gq["start"]:gq["end"]]
            best, bi = 0.0, None
            for k, q in enumerate(quotes):
                f = sc.overlap_f1(q.text, gtext)
                if k not in used and f > best:
                    best, bi = f, k
            if bi is None or best < 0.5:
                continue
            used.add(bi)
            vals, feats, rule = rec[(quotes[bi].start, quotes[bi].end)]
            spk = gq.get("speaker")
            if spk is None:
                right = [v is None for v in vals]
            else:
                gf = sc.gold_forms(g["entities"], spk)
                right = [v is not None and sc.match_forms(d.forms(v), gf) for v in vals]
            row = _row(g["docno"], name, vals, feats, rule, right)
            q = quotes[bi]
            row["names"] = [(art.entity(v).name if art.entity(v) else v) if v else None for v in vals]
            row["gold"] = spk
            row["text"] = art.text[max(0, q.start - 160): q.start + 50].replace("\n", " / ")
            rows.append(row)
    return rows


# ---------------------------------------------------------------- model
def fit(rows: list[dict], l2: float, epochs: int = 400, lr: float = 0.5) -> dict[str, float]:
    """Conditional-logit weights over the rows with a right candidate and a choice to make."""
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


def pick(w: dict[str, float], r: dict, mode: str) -> int:
    """The candidate the model (with ``mode``) picks for row ``r``."""
    from rasd.analyse.quotes.ranker import choose_index

    return choose_index(w, r["feats"], r["rule"], mode)


def _acc(rows: list[dict], key) -> str:  # noqa: ANN001
    n = len(rows)
    return f"{sum(key(r) for r in rows) / n:.3f}" if n else "-"


def main() -> int:
    from rasd.analyse.quotes.ranker import MODES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="store the weights fitted on all ANERcorp training files")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--refresh", action="store_true", help="recompute the cached entities")
    ap.add_argument("--no-rule", action="store_true", help="drop the rules' choice from the features")
    ap.add_argument("--mode", choices=("all", *MODES), default="all",
                    help="all: print every mode; model: the model decides; unsure*: only where the rules are unsure "
                         "(rasd.analyse.quotes.ranker.overrules)")
    ap.add_argument("--ant", default=",".join(ANT_SETS), help="ANT dev sets to evaluate on (comma list)")
    ap.add_argument("--no-ant", action="store_true", help="ANERcorp cross-validation only")
    args = ap.parse_args()
    modes = MODES if args.mode == "all" else (args.mode,)
    rows = anercorp_rows(("dev", "train"), args.refresh)
    ant = [] if args.no_ant else [r for name in args.ant.split(",") for r in ant_rows(name, args.refresh)]
    if args.no_rule:
        for r in rows + ant:
            r["feats"] = [{k: v for k, v in f.items() if not k.startswith("rule")} for f in r["feats"]]
    docs = sorted({r["doc"] for r in rows})
    for d in docs:  # leave-one-file-out
        w = fit([r for r in rows if r["doc"] != d], args.l2)
        for r in rows:
            if r["doc"] == d:
                for m in modes:
                    r[m] = r["right"][pick(w, r, m)]
    print(f"ANERcorp dev+train: {len(docs)} files, {len(rows)} matched quotes (l2={args.l2}"
          f"{', no rule features' if args.no_rule else ''})")
    print(f"  right speaker among the candidates {_acc(rows, lambda r: any(r['right']))}; accuracy rules "
          f"{_acc(rows, lambda r: r['right'][r['rule']])}; "
          + "; ".join(f"{m} (leave-one-file-out) {_acc(rows, lambda r, m=m: r[m])}" for m in modes))
    w = fit(rows, args.l2)
    tot = {k: 0 for k in ("n", "rules", "oracle", *modes)}
    for name in dict.fromkeys(r["set"] for r in ant):
        part = [r for r in ant if r["set"] == name]
        res = {m: sum(r["right"][pick(w, r, m)] for r in part) for m in modes}
        rl, orc = sum(r["right"][r["rule"]] for r in part), sum(any(r["right"]) for r in part)
        for k, v in (("n", len(part)), ("rules", rl), ("oracle", orc), *res.items()):
            tot[k] += v
        print(f"  ANT {name:6} ({len(part):3} quotes): among candidates {orc / len(part):.3f}; rules "
              f"{rl / len(part):.3f}; " + "; ".join(f"{m} {v / len(part):.3f}" for m, v in res.items()))
    if tot["n"]:
        n = tot["n"]
        print(f"  ANT all    ({n} quotes): among candidates {tot['oracle'] / n:.3f}; rules {tot['rules'] / n:.3f}; "
              + "; ".join(f"{m} {tot[m] / n:.3f}" for m in modes))
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps({
            "about": "speaker ranker of rasd.analyse.quotes.ranker; scripts/train_speakers.py; see MODEL_CARD.md",
            "data": "ANERcorp quote gold (benchmarks/gold/anercorp-quotes, dev+train files), CC BY-SA 4.0",
            "mode": modes[0], "l2": args.l2, "files": len(docs), "quotes": len(rows),
            "weights": dict(sorted(w.items()))}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"-> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

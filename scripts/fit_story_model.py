"""Fit a story pair model (logistic regression) on labelled pairs: the learned OPTION.

The package ships no fitted model: ``rasd stories`` scores pairs with a hand-set rule
(:mod:`rasd.corpus.storyrule`). This script is for users with their own labelled pairs,
and for comparing the rule with a learned scorer on dev. By default it reads
../shared/data/news/ant-dev and the *dev* half of its story pairs (``--labels`` and
``--corpus`` name others: a JSONL of ``{"a", "b", "label"}`` rows, ``split`` optional, and
the corpus they come from), prepares every article as the engine does
(:func:`rasd.corpus.storysim.prepare`, IDF over the whole corpus), computes the pair
features, reports their 10-fold cross-validated F1 at probability 0.5 (5 shuffles), fits on
all of them and, with ``--write PATH``, writes the model there (never into the package; a
model fitted on ant-dev must not ship, its licence forbids it) for ``rasd stories --model
PATH``. The test half is never read.

``--engine`` also scores the whole engine month by month: for each dev month, a model
fitted on the dev pairs of the other months scores every candidate pair of the corpus,
the stories are clustered at each threshold and link of a small grid, and the month's
pairs are scored (pooled over months), with each month's own F1 and the bootstrap
standard deviation of the pooled F1 (dev pairs resampled), so a change can be judged
against the noise. The learned option's threshold and link (``MODEL_THRESHOLD``, 0.30) were chosen from this table.

``--ablate`` compares variants with the shipped engine on the same month-by-month
predictions: a weaker L2 penalty, each of a few extra pair features (numbers, title
names, names Dice, names under the local IDF, title against the other lead, how much of
the later first sentence the earlier article covers) and a cap on the articles of one
outlet per story; for each, the pooled F1, its paired bootstrap difference (standard
deviation, share of resamples where it is not better) and the difference per month.
Neither mode writes a model.

``--errors`` lists the shipped engine's month-by-month errors on the dev pairs (false
merges and misses, by pool, with both titles).

    python3 scripts/fit_story_model.py [--l2 10] [--engine | --ablate | --errors | --write PATH]
        [--labels PAIRS.jsonl --corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.corpus.collect import story_docs_from_jsonl  # noqa: E402
from rasd.corpus.stories import _day, candidate_pairs, cluster, cross_outlet  # noqa: E402
from rasd.corpus.storysim import (  # noqa: E402
    FEATURES,
    MODEL_THRESHOLD,
    PairModel,
    Prepared,
    _coverage,
    cosine,
    fit,
    pair_features,
    prepare,
)
from rasd.eval.stories import ANT_LABELS, ant_corpus  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import story_variants  # noqa: E402  (the session-5 variants: days named, quotes, character 4-grams, preview)

OUTLET_LABELS = ANT_LABELS.with_name("story_pairs_ant_outlet.jsonl")


def f1(pred: list[bool], gold: list[int]) -> float:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


class MonthCV:
    """Leave-one-month-out engine predictions on the dev pairs: for each dev month, a model
    fitted on the other months' pairs scores every candidate pair of the corpus, the corpus
    is clustered, and the month's pairs are read off the groups."""

    def __init__(self, docs: list, prepared: list[Prepared], dev: list[dict], ys: list[int],
                 outlet: list[dict] | None = None, keep_outlet: bool = False) -> None:
        import numpy as np

        self.docs, self.prepared, self.dev, self.ys = docs, prepared, dev, ys
        n = len(docs)
        self.pos = {d.id: i for i, d in enumerate(docs)}
        # pairs of one outlet: training signal only (the benchmark is cross-outlet)
        self.outlet = [(self.pos[p["a"]], self.pos[p["b"]], int(p["label"]),
                        min(docs[self.pos[p["a"]]].published, docs[self.pos[p["b"]]].published)[:7])
                       for p in outlet or []]
        self.cands = candidate_pairs(prepared, window_hours=48.0, max_df=max(20, n // 8))
        if not keep_outlet:  # as the engine does
            self.cands = cross_outlet(prepared, self.cands)
        self.feats = np.array([pair_features(prepared[i], prepared[j]) for i, j in self.cands])
        self.days = [_day(d.published) for d in docs]
        self.outlets = [d.source for d in docs]
        self.month = [min(docs[self.pos[p["a"]]].published, docs[self.pos[p["b"]]].published)[:7] for p in dev]
        self.pairs = [(self.pos[p["a"]], self.pos[p["b"]]) for p in dev]

    def predict(self, xs: list[list[float]], l2: float, grid: list[tuple[float, float]], *,
                extra: object = None, max_per_outlet: int | None = None) -> dict[tuple[float, float], list[bool]]:
        """``{(threshold, link): same-story prediction per dev pair}``; ``extra`` (a function of
        two prepared articles returning a list of numbers) adds features to every pair."""
        import numpy as np

        feats = self.feats
        if extra is not None:
            more = np.array([extra(self.prepared[i], self.prepared[j]) for i, j in self.cands])  # type: ignore[operator]
            feats = np.hstack([feats, more])
        out = {g: [False] * len(self.dev) for g in grid}
        self.prob = [0.0] * len(self.dev)  # each dev pair's probability under its month's model
        ox = [pair_features(self.prepared[a], self.prepared[b])
              + (extra(self.prepared[a], self.prepared[b]) if extra is not None else [])  # type: ignore[operator]
              for a, b, _, _ in self.outlet]
        for m in sorted(set(self.month)):
            train = [i for i in range(len(self.dev)) if self.month[i] != m]
            other = [k for k, o in enumerate(self.outlet) if o[3] != m]
            model: PairModel = fit([xs[i] for i in train] + [ox[k] for k in other],
                                   [self.ys[i] for i in train] + [self.outlet[k][2] for k in other], l2=l2)
            z = (feats - np.array(model.mean)) / np.array(model.scale) @ np.array(model.weights) + model.bias
            probs = dict(zip(self.cands, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))
            for i, (a, b) in enumerate(self.pairs):
                if self.month[i] == m:
                    self.prob[i] = probs.get((min(a, b), max(a, b)), 0.0)
            for t, k in grid:
                groups = cluster(len(self.docs), probs, self.days, threshold=t, link=k, window_days=2,
                                 outlets=self.outlets, max_per_outlet=max_per_outlet)
                group = {x: g for g, ms in enumerate(groups) for x in ms}
                for i, (a, b) in enumerate(self.pairs):
                    if self.month[i] == m:
                        out[(t, k)][i] = group[a] == group[b]
        return out

    def f1(self, pred: list[bool], idx: list[int] | None = None) -> float:
        idx = list(range(len(pred))) if idx is None else idx
        return f1([pred[i] for i in idx], [self.ys[i] for i in idx])

    def per_month(self, pred: list[bool]) -> dict[str, float]:
        return {m: self.f1(pred, [i for i, x in enumerate(self.month) if x == m]) for m in sorted(set(self.month))}

    def bootstrap(self, pred: list[bool], base: list[bool] | None = None, n: int = 1000) -> tuple[float, float]:
        """Standard deviation of the pooled F1 (of its difference from ``base``) over ``n``
        resamples of the dev pairs, and the share of resamples where that difference is <= 0."""
        rng = random.Random(0)
        k = len(pred)
        vals = []
        for _ in range(n):
            idx = [rng.randrange(k) for _ in range(k)]
            vals.append(self.f1(pred, idx) - (self.f1(base, idx) if base is not None else 0.0))
        mean = sum(vals) / n
        return (sum((v - mean) ** 2 for v in vals) / n) ** 0.5, sum(v <= 0 for v in vals) / n


def engine_by_month(cv: MonthCV, xs: list[list[float]], l2: float) -> None:
    """Print the engine's pooled leave-one-month-out F1 over a threshold x link grid."""
    grid = sorted({(t, min(k, t)) for t in (0.3, 0.35, 0.4, 0.5) for k in (0.2, 0.25, 0.3, 0.35, 0.5)})
    preds = cv.predict(xs, l2, grid)
    print("engine, leave-one-month-out over the dev months (pooled; per month; bootstrap sd of the pooled F1):")
    for (t, k), pred in preds.items():
        tp = sum(p and y for p, y in zip(pred, cv.ys, strict=True))
        fp = sum(p and not y for p, y in zip(pred, cv.ys, strict=True))
        fn = sum(y and not p for p, y in zip(pred, cv.ys, strict=True))
        months = " ".join(f"{m[2:]} {v:.3f}" for m, v in cv.per_month(pred).items())
        print(f"  threshold {t:.2f} link {k:.2f}: F1 {cv.f1(pred):.3f} (sd {cv.bootstrap(pred, n=300)[0]:.3f}) "
              f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}  [{months}]")


def _dice(a: dict[str, float], b: dict[str, float]) -> float:
    total = sum(a.values()) + sum(b.values())
    return sum(w + b[t] for t, w in a.items() if t in b) / total if total else 0.0


def _title_names(a: Prepared, b: Prepared) -> float:
    """The IDF-weighted share of each title's names that the other lead names (the smaller)."""
    def share(x: Prepared, y: Prepared) -> float:
        mine = {t: x.lead_idf[t] for t in x.names if t in x.title}
        total = sum(mine.values())
        return sum(w for t, w in mine.items() if t in y.names) / total if total else 0.0
    return min(share(a, b), share(b, a))


def _numbers(a: Prepared, b: Prepared) -> float:
    na = {t for t in a.lead_idf if t.isdigit()}
    nb = {t for t in b.lead_idf if t.isdigit()}
    return len(na & nb) / len(na | nb) if na | nb else 0.0


def _later_cov(a: Prepared, b: Prepared) -> float:
    """How much of the later article's first sentence the earlier one covers (a next-day
    development's news is absent from the earlier report)."""
    if a.hours is not None and b.hours is not None and a.hours > b.hours:
        a, b = b, a
    return _coverage(b.first_idf, a.stems)


def annotate_actions(docs: list, prepared: list[Prepared]) -> None:
    """Attach to each prepared article its title's main action (the first word of the title
    that rasd's trigger lexicon types, with its type and stem) and its first sentence's head
    (the first stems, where Arabic news puts the verb and its actor)."""
    from rasd.arabic.normalize import normalize
    from rasd.corpus.storysim import _WORD_RE, _word_type, stem

    for d, p in zip(docs, prepared, strict=True):
        found = None
        for text in (d.title or "", (d.text or "")[:300]):  # the title, else the start of the lead
            for w in _WORD_RE.findall(normalize(text)):
                t = _word_type(w)
                if t:
                    found = (t, stem(w.lower()))
                    break
            if found:
                break
        p.action = found  # type: ignore[attr-defined]
        p.head = list(p.first_idf)[:5]  # type: ignore[attr-defined]
        p.thead = list(p.title)[:3]  # type: ignore[attr-defined]


def _action_type(a: Prepared, b: Prepared) -> float:
    x, y = a.action, b.action  # type: ignore[attr-defined]
    return 0.0 if x is None or y is None else 1.0 if x[0] == y[0] else -1.0


def _action_stem(a: Prepared, b: Prepared) -> float:
    x, y = a.action, b.action  # type: ignore[attr-defined]
    if x is None or y is None:
        return 0.5
    return float(x[1] in b.lead_idf and y[1] in a.lead_idf)


def _head_cov(a: Prepared, b: Prepared, attr: str = "head") -> float:
    def share(x: Prepared, y: Prepared) -> float:
        h = getattr(x, attr)
        total = sum(x.lead_idf.get(t, 0.0) for t in h)
        return sum(x.lead_idf.get(t, 0.0) for t in h if t in y.lead_idf) / total if total else 0.0
    return min(share(a, b), share(b, a))


def _same(a: Prepared, b: Prepared) -> float:
    return float(a.source is not None and a.source == b.source)


EXTRA: dict[str, object] = {
    "same outlet": lambda a, b: [_same(a, b)],
    "same outlet, and x lead": lambda a, b: [_same(a, b), _same(a, b) * cosine(a.lead, b.lead)],
    "main action: same type of the first trigger": lambda a, b: [_action_type(a, b)],
    "main action: trigger stems in the other lead": lambda a, b: [_action_stem(a, b)],
    "first-sentence head (5 stems) in the other lead": lambda a, b: [_head_cov(a, b)],
    "title head (3 stems) in the other lead": lambda a, b: [_head_cov(a, b, "thead")],
    "main action type + first-sentence head": lambda a, b: [_action_type(a, b), _head_cov(a, b)],
    "numbers (Jaccard of title + lead numbers)": lambda a, b: [_numbers(a, b)],
    "title names found in the other lead": lambda a, b: [_title_names(a, b)],
    "names, IDF-weighted Dice": lambda a, b: [_dice({t: a.lead_idf[t] for t in a.names},
                                                    {t: b.lead_idf[t] for t in b.names})],
    "names under the local IDF": lambda a, b: [_dice({t: a.local.get(t, 0.0) for t in a.names},
                                                     {t: b.local.get(t, 0.0) for t in b.names})],
    "title vs the other lead": lambda a, b: [max(cosine(a.title, b.lead), cosine(b.title, a.lead))],
    "later first sentence covered": lambda a, b: [_later_cov(a, b)],
    **story_variants.EXTRA,
}


def ablate(cv: MonthCV, xs: list[list[float]], l2: float, only: str = "") -> None:
    """Print each variant's (those whose name contains ``only``) month-by-month engine F1
    against the shipped engine's."""
    grid = [(MODEL_THRESHOLD, MODEL_THRESHOLD)]
    base = cv.predict(xs, l2, grid)[grid[0]]
    print(f"learned engine (l2 {l2:g}, threshold and link {MODEL_THRESHOLD}): month-CV F1 {cv.f1(base):.3f} "
          f"(bootstrap sd {cv.bootstrap(base)[0]:.3f}); per month "
          + " ".join(f"{m[2:]} {v:.3f}" for m, v in cv.per_month(base).items()))
    variants: list[tuple[str, dict]] = [("l2 1", {"l2": 1.0}), ("at most 3 articles of an outlet per story",
                                                                   {"max_per_outlet": 3}),
                                        ("l2 1 and at most 3 of an outlet", {"l2": 1.0, "max_per_outlet": 3})]
    variants += [(f"+ {name}", {"extra": fn}) for name, fn in EXTRA.items()]
    for name, kw in (v for v in variants if only in v[0]):
        vx = xs
        if "extra" in kw:
            fn = kw["extra"]
            vx = [x + fn(cv.prepared[a], cv.prepared[b]) for x, (a, b) in zip(xs, cv.pairs, strict=True)]  # type: ignore[operator]
        pred = cv.predict(vx, kw.get("l2", l2), grid, extra=kw.get("extra"),
                          max_per_outlet=kw.get("max_per_outlet"))[grid[0]]
        sd, worse = cv.bootstrap(pred, base)
        months = " ".join(f"{m[2:]} {v - cv.per_month(base)[m]:+.3f}" for m, v in cv.per_month(pred).items())
        print(f"  {name:45} F1 {cv.f1(pred):.3f}  diff {cv.f1(pred) - cv.f1(base):+.3f} (sd {sd:.3f}, "
              f"not better in {worse:.0%} of resamples)  per month [{months}]", flush=True)


def errors(cv: MonthCV, xs: list[list[float]], l2: float) -> None:
    """Print the shipped engine's month-CV errors on the dev pairs: a table by pool (pairs,
    same story, false merges, misses) and one line per error (its month model's pair
    probability, 0 when the pair was no candidate; both titles)."""
    grid = [(MODEL_THRESHOLD, MODEL_THRESHOLD)]
    pred = cv.predict(xs, l2, grid)[grid[0]]
    table: dict[str, list[int]] = {}
    for i, p in enumerate(cv.dev):
        row = table.setdefault(p["pool"], [0, 0, 0, 0])
        row[0] += 1
        row[1] += cv.ys[i]
        row[2] += pred[i] and not cv.ys[i]
        row[3] += cv.ys[i] and not pred[i]
    print(f"month-CV F1 {cv.f1(pred):.3f}; by pool: pairs, same story, false merges, misses")
    for pool, (n, pos, fp, fn) in sorted(table.items()):
        print(f"  {pool:12} {n:4} {pos:4} {fp:4} {fn:4}")
    for i, p in enumerate(cv.dev):
        if pred[i] != bool(cv.ys[i]):
            a, b = (cv.docs[x] for x in cv.pairs[i])
            print(f"{'MISS ' if cv.ys[i] else 'MERGE'} p={cv.prob[i]:.2f} {p['pool']:11} {a.id} {b.id} "
                  f"{p.get('note', '')}\n    {a.title[:90]}\n    {b.title[:90]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=10.0)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--engine", action="store_true", help="also score the engine month by month (slower)")
    mode.add_argument("--ablate", action="store_true", help="compare variants month by month with the shipped engine")
    mode.add_argument("--errors", action="store_true", help="list the shipped engine's month-CV errors on dev")
    mode.add_argument("--write", metavar="PATH", help="fit on all the labelled pairs and write the model file here")
    ap.add_argument("--labels", default=str(ANT_LABELS), help="labelled pairs (default: the ant-dev story pairs)")
    ap.add_argument("--corpus", help="the JSONL corpus the pairs come from (default: ../shared/data/news/ant-dev)")
    ap.add_argument("--only", default="", help="with --ablate: only the variants whose name contains this")
    ap.add_argument("--outlet", action="store_true", help="add the labelled pairs of one outlet to the fit")
    ap.add_argument("--keep-one-outlet", action="store_true",
                    help="month-CV modes: score the candidate pairs of one outlet too (the engine before round 4)")
    args = ap.parse_args()
    corpus = Path(args.corpus) if args.corpus else ant_corpus()
    if corpus is None or not corpus.exists():
        print(f"fit_story_model: corpus {corpus or '../shared/data/news/ant-dev'} is absent", file=sys.stderr)
        return 2
    if args.write and Path(args.write).resolve().is_relative_to(ROOT / "src"):
        print(f"fit_story_model: --write {args.write}: a fitted model must not go into the package", file=sys.stderr)
        return 2
    docs = story_docs_from_jsonl([str(corpus)])
    pos = {d.id: i for i, d in enumerate(docs)}
    prepared = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    dev = [json.loads(line) for line in Path(args.labels).open(encoding="utf-8") if line.strip()]
    dev = [p for p in dev if p.get("split", "dev") == "dev" and p["a"] in pos and p["b"] in pos]
    xs = [pair_features(prepared[pos[p["a"]]], prepared[pos[p["b"]]]) for p in dev]
    ys = [int(p["label"]) for p in dev]
    outlet = [] if not args.outlet or not OUTLET_LABELS.exists() else [
        json.loads(line) for line in OUTLET_LABELS.open(encoding="utf-8") if line.strip()]
    oxs = [pair_features(prepared[pos[p["a"]]], prepared[pos[p["b"]]]) for p in outlet]
    oys = [int(p["label"]) for p in outlet]
    scores = []
    for seed in range(5):
        order = list(range(len(ys)))
        random.Random(seed).shuffle(order)
        pred = [False] * len(ys)
        for k in range(10):
            test = set(order[k::10])
            train = [i for i in order if i not in test]
            m = fit([xs[i] for i in train] + oxs, [ys[i] for i in train] + oys, l2=args.l2)
            for i in test:
                pred[i] = m.probability(xs[i]) >= 0.5
        scores.append(f1(pred, ys))
    print(f"dev pairs: {len(ys)} ({sum(ys)} same story), and {len(oys)} pairs of one outlet ({sum(oys)}) "
          f"for the fit only; 10-fold CV F1 at p>=0.5: "
          f"{sum(scores) / len(scores):.3f} (min {min(scores):.3f}, max {max(scores):.3f})")
    if args.engine or args.ablate or args.errors:
        cv = MonthCV(docs, prepared, dev, ys, outlet, keep_outlet=args.keep_one_outlet)
        if args.ablate:
            annotate_actions(docs, prepared)
            story_variants.annotate(docs, prepared)
            ablate(cv, xs, args.l2, args.only)
        else:
            (errors if args.errors else engine_by_month)(cv, xs, args.l2)
        return 0
    model = fit(xs + oxs, ys + oys, l2=args.l2)
    for name, w in zip(FEATURES, model.weights, strict=True):
        print(f"  {name:9} {w:+.3f}")
    print(f"  bias      {model.bias:+.3f}")
    if args.write:
        Path(args.write).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"-> {args.write} (use: rasd stories --model {args.write})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

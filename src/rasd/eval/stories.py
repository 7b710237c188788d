"""``rasd eval stories [LABELS.jsonl…]``: pairwise precision and recall of story grouping.

Main set: ``rasd/eval/data/story_pairs_ant.jsonl`` — 884 cross-outlet pairs of
``../shared/data/news/ant-dev`` (BBC, CNN, France24, 2018) published at most 48 h
apart, drawn from eleven independent pools (shared rare title words, shared
shingles at three levels, five TF-IDF cosine bands, shared names, random same-day
pairs) by ``scripts/sample_story_pairs.py`` and labelled by hand with the definition
in ``rasd/eval/data/STORIES.md``. Split by month before anything was built: the
**test** half (Feb, May, Jul, Sep; 180 pairs) is frozen; the dev half (704 pairs, four
rounds drawn the same way) is all the engine's rule is tuned on (its threshold and link;
the optional learned model, not shipped, is fitted on it).
Labels are ``{"a", "b", "pool", "split", "label"}``, ids only, never text.

The engine runs as ``rasd stories`` does (:func:`rasd.corpus.stories.build_stories`
with its defaults) over the whole ant-dev corpus read from its JSONL files; a pair is
predicted "same" when both articles land in one story. The **baseline** is a plain
TF-IDF cosine >= 0.2 between the two articles (search keys of title + text, words of
three letters or more and numbers; sublinear tf; idf over the whole corpus), with no
other rule. Every run prints engine and baseline on dev and test side by side.

Secondary report (when ``../shared/data/news/saudinewsnet`` is there): the earlier set
``story_pairs.jsonl``, 128 SaudiNewsNet pairs drawn from the *old* engine's own
candidates (cosine >= 0.12 within two days), so it measures how well close calls are
separated, not recall; kept for comparison, scored the same way.

With FILE arguments, those label files are scored against ant-dev instead.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections import Counter
from pathlib import Path

from rasd.eval import shared_dir
from rasd.eval.duplicates import score, shared_corpus

DATA = Path(__file__).resolve().parent / "data"
ANT_LABELS = DATA / "story_pairs_ant.jsonl"
SNN_LABELS = DATA / "story_pairs.jsonl"
DEFAULT_LABELS = SNN_LABELS  # the earlier name of the SaudiNewsNet set (kept for callers)
BASELINE_THRESHOLD = 0.2


def ant_corpus() -> Path | None:
    """The ant-dev folder of the shared data, if present."""
    shared = shared_dir()
    p = shared / "data" / "news" / "ant-dev" if shared else None
    return p if p is not None and p.is_dir() else None


def load(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def tfidf_baseline(docs: list, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """Plain TF-IDF cosine of each pair (see module docstring), IDF over all ``docs``."""
    from rasd.corpus.search import keys

    need = {x for p in pairs for x in p}
    df: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = {}
    for d in docs:
        c = Counter(k for k in keys(f"{d.title}\n{d.text}") if len(k) > 2 or k.isdigit())
        df.update(c.keys())
        if d.id in need:
            counts[d.id] = c
    n = len(docs)
    vecs = {}
    for aid, c in counts.items():
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vecs[aid] = {t: w / norm for t, w in v.items()}
    out = {}
    for a, b in pairs:
        va, vb = vecs.get(a, {}), vecs.get(b, {})
        out[(a, b)] = sum(w * vb.get(t, 0.0) for t, w in va.items())
    return out


def evaluate(labels: list[dict], corpus: Path | list) -> dict[str, object]:
    """The engine's pairwise scores on ``labels`` (``precision``, ``recall``, ``f1``, ``tp``…,
    ``stories``) over ``corpus``: a folder or file of JSONL articles, or StoryDocs."""
    from rasd.corpus.collect import story_docs_from_jsonl

    docs = story_docs_from_jsonl([str(corpus)]) if isinstance(corpus, (str, Path)) else corpus
    res = predict(labels, docs)
    out: dict[str, object] = dict(score(labels, res["engine"]))  # type: ignore[arg-type]
    out["stories"] = res["stories"]
    return out


def predict(labels: list[dict], docs: list) -> dict[str, object]:
    """Engine and baseline predictions for ``labels`` over ``docs`` (the whole corpus)."""
    from rasd.corpus.stories import build_stories

    t0 = time.perf_counter()
    stories = build_stories(docs)
    seconds = time.perf_counter() - t0
    story = {m: s.id for s in stories for m in s.members}
    engine = {(x["a"], x["b"]): story.get(x["a"], "-a") == story.get(x["b"], "-b") for x in labels}
    cos = tfidf_baseline(docs, [(x["a"], x["b"]) for x in labels])
    baseline = {k: v >= BASELINE_THRESHOLD for k, v in cos.items()}
    return {"engine": engine, "baseline": baseline, "stories": len(stories), "seconds": seconds}


def _line(name: str, labels: list[dict], pred: dict) -> tuple[str, dict]:
    s = score(labels, pred)
    return (f"{name:<9} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"  (tp {s['tp']} fp {s['fp']} fn {s['fn']})"), s


def report(labels: list[dict], result: dict[str, object], verbose: bool = False) -> float:
    """Print dev and test side by side; return the test F1 of the engine (or the overall one)."""
    splits = sorted({x.get("split", "all") for x in labels}, key=lambda s: {"dev": 0, "test": 1}.get(s, 2))
    headline = 0.0
    for split in splits:
        sub = [x for x in labels if x.get("split", "all") == split]
        pos = sum(1 for x in sub if x["label"])
        print(f"[{split}] {len(sub)} pairs ({pos} same story)")
        le, se = _line("engine", sub, result["engine"])  # type: ignore[arg-type]
        lb, sb = _line("baseline", sub, result["baseline"])  # type: ignore[arg-type]
        print("  " + le)
        print("  " + lb + f"   margin {se['f1'] - sb['f1']:+.3f}")
        headline = float(se["f1"])
        if verbose:
            for x in sub:
                got = result["engine"][(x["a"], x["b"])]  # type: ignore[index]
                if got != bool(x["label"]):
                    kind = "miss" if x["label"] else "false alarm"
                    print(f"    {kind}: {x['a']} {x['b']} ({x.get('pool', '')}) {x.get('note', '')}")
    return headline


def main(paths: list[str]) -> int:
    from rasd.corpus.collect import story_docs_from_jsonl

    verbose = os.environ.get("RASD_EVAL_VERBOSE") == "1"
    corpus = ant_corpus()
    if corpus is None:
        print("eval stories: ant-dev (../shared/data/news/ant-dev) is absent; skipped")
        return 0
    labels = [x for p in (paths or [str(ANT_LABELS)]) for x in load(p)]
    docs = story_docs_from_jsonl([str(corpus)])
    result = predict(labels, docs)
    from rasd.corpus.storyrule import RULE

    print(f"engine: hand-set pair {RULE.describe()}; average linkage, 2-day window; "
          f"{result['stories']} stories over {len(docs)} ant-dev articles in {result['seconds']:.1f} s")
    print(f"baseline: plain TF-IDF cosine >= {BASELINE_THRESHOLD} between the two articles")
    headline = report(labels, result, verbose)
    snn = shared_corpus()
    if not paths and snn is not None and SNN_LABELS.exists():
        old = load(SNN_LABELS)
        snn_docs = story_docs_from_jsonl([str(snn)])
        res = predict(old, snn_docs)
        print(f"secondary: {len(old)} SaudiNewsNet pairs drawn from the old engine's candidates "
              f"(close calls, not recall); {res['stories']} stories over {len(snn_docs)} articles")
        for name in ("engine", "baseline"):
            print("  " + _line(name, old, res[name])[0])  # type: ignore[arg-type]
    print(f"stories (test F1): {headline:.3f}")
    return 0

"""Variants of the story rule tried in session 7 of issue #13 (none kept), on DEV material only.

Each variant targets one class of the rule's dev errors (read in session 7: 27 misses, 11
false merges on the 704 dev pairs; see ``rasd/data/stories/MODEL_CARD.md``) with a general
mechanism, not a phrase fitted to the pairs:

- **countries**: a country's one-word name and its demonyms are one token (فرنسا، الفرنسي،
  الفرنسية، للفرنسيين → one token): the light stem keeps them apart (فرنسا → رنس, الفرنسية →
  فرنس), so two reports naming one actor either way share less than they should. The
  features are recomputed with that stem (entity overlap after normalisation);
- **explainer**: a headline that asks (ends with ؟, opens with هل/ما/كيف/من …, «رأي:», «في
  سطور», «انفوغرافيك») opens on background, not the news, so the head factor (who did what)
  says nothing about it: no head factor, or a weaker one, when either headline is one;
  and such a headline against the other's lead (title-vs-lead cross matching);
- **preview**: the earlier article speaks of what is to come (``scripts/story_variants.py``:
  a future سـ verb or المرتقب/المقرر/…) and the later one does not: the publication gap is
  expected there, so the hour discount is lifted or halved (a preview and the report of one
  scheduled event are one story);
- **whole texts**: the rare words (local idf of 3 or more among the articles of the day before,
  the day and the day after) that the two whole texts share, as a seventh overlap: another
  party's account of one incident may share its details further down, not in the lead.

Each is scored like ``scripts/story_rule_dev.py`` (the whole engine clustered over ant-dev,
the dev pairs read off the groups: pooled F1, per month), and on SaudiNewsNet's 128
close-call pairs (``rasd eval stories``' secondary set). The test half is never read.

    python3 scripts/story_rule_variants.py
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402
import story_variants  # noqa: E402

import rasd.corpus.storysim as storysim  # noqa: E402
from rasd.corpus.collect import story_docs_from_jsonl  # noqa: E402
from rasd.corpus.stories import _day, candidate_pairs, cluster, cross_outlet  # noqa: E402
from rasd.corpus.storyrule import RULE  # noqa: E402
from rasd.corpus.storysim import FEATURES, Prepared, cosine, pair_features, prepare  # noqa: E402
from rasd.eval.duplicates import shared_corpus  # noqa: E402
from rasd.eval.stories import ANT_LABELS, SNN_LABELS, ant_corpus, load  # noqa: E402

FI = {f: i for i, f in enumerate(FEATURES)}
_ASKS = re.compile(r"^(?:[^:]{0,40}:\s*)?(?:ما|ماذا|هل|كيف|لماذا|من|متى|أين|اين)\s|[؟?]\s*$|^رأي|في سطور|انفوغرافيك")


def country_stem() -> Callable[[str], str]:
    """The shipped stem with countries and demonyms folded to one token per country."""
    from rasd.analyse.entities.countries import demonyms, gazetteer

    names = {k[0]: p.alpha2 for k, p in gazetteer().items() if len(k) == 1 and p.kind == "country" and p.alpha2}
    dems = demonyms()
    plain = storysim.stem

    def stem(key: str) -> str:
        forms = [key] + ([key[1:]] if len(key) > 4 and key[0] in "وفبل" else []) \
            + (["ال" + key[2:]] if key.startswith("لل") else [])
        for f in forms:
            code = names.get(f) or dems.get(f) or (dems.get(f[:-2]) if f.endswith(("يين", "يون")) else None)
            if code:
                return "cc:" + code.lower()
        return plain(key)
    return stem


def features(docs: list, stem: Callable[[str], str] | None = None) -> tuple[list[Prepared], list, np.ndarray]:
    """Prepared articles, candidate pairs and their features (as the engine computes them)."""
    saved = storysim.stem
    if stem is not None:
        storysim.stem = stem  # prepare() and head_stems() look the name up at call time
    try:
        prepared = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    finally:
        storysim.stem = saved
    cands = cross_outlet(prepared, candidate_pairs(prepared, window_hours=48.0, max_df=max(20, len(docs) // 8)))
    return prepared, cands, np.array([pair_features(prepared[i], prepared[j]) for i, j in cands])


def rule(f: np.ndarray, *, head: np.ndarray | None = None, lift: np.ndarray | None = None,
         extra: np.ndarray | None = None) -> np.ndarray:
    """The shipped rule over a feature matrix; ``head`` replaces the head factor per pair, ``lift``
    the hour discount's strength per pair, ``extra`` is a seventh overlap (weight 1)."""
    w = RULE.weights
    sim = sum(wt * f[:, FI[k]] for k, wt in w.items())
    sim = (sim + extra) / (sum(w.values()) + 1) if extra is not None else sim / sum(w.values())
    hf = RULE.head_floor + (1 - RULE.head_floor) * f[:, FI["head"]] if head is None else head
    known = f[:, FI["eventday"]] != 0
    k = RULE.hour_discount if lift is None else lift
    sim = sim * hf * np.where(known, 1 - k * f[:, FI["hourgap"]], 1 - RULE.unknown_time_discount)
    return np.clip(sim * (1 + RULE.day_discount * np.minimum(0, f[:, FI["eventday"]])), 0, 1)


def score(docs: list, labels: list[dict], cands: list, s: np.ndarray, by_month: bool) -> tuple[str, float]:
    probs = dict(zip(cands, s.tolist(), strict=True))
    groups = cluster(len(docs), probs, [_day(d.published) for d in docs], threshold=RULE.threshold,
                     link=RULE.link, window_days=2, majority=RULE.majority)
    group = {x: g for g, ms in enumerate(groups) for x in ms}
    pos = {d.id: i for i, d in enumerate(docs)}
    per: dict[str, list[int]] = {}
    for p in labels:
        a, b = pos.get(p["a"]), pos.get(p["b"])
        same = a is not None and b is not None and group[a] == group[b]
        m = min(docs[a].published, docs[b].published)[2:7] if by_month and a is not None and b is not None else ""
        c = per.setdefault(m, [0, 0, 0])
        y = int(p["label"])
        c[0] += same and y
        c[1] += same and not y
        c[2] += (not same) and y

    def f1(tp: int, fp: int, fn: int) -> float:
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    tot = [sum(v[i] for v in per.values()) for i in range(3)]
    months = " ".join(f"{m} {f1(*v):.3f}" for m, v in sorted(per.items()) if m)
    return f"F1 {f1(*tot):.3f} (tp {tot[0]} fp {tot[1]} fn {tot[2]})" + (f" [{months}]" if months else ""), f1(*tot)


def variants(docs: list, prepared: list[Prepared], cands: list, f: np.ndarray) -> dict[str, np.ndarray]:
    asks = [bool(_ASKS.search(d.title.strip())) for d in docs]
    story_variants.annotate(docs, prepared)
    either = np.array([asks[i] or asks[j] for i, j in cands])
    head = RULE.head_floor + (1 - RULE.head_floor) * f[:, FI["head"]]
    xtitle = np.array([max(cosine(prepared[i].title, prepared[j].lead), cosine(prepared[j].title, prepared[i].lead))
                       for i, j in cands])

    def preview(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        if a.hours is not None and b.hours is not None and a.hours > b.hours:
            a, b = b, a
        return bool(a.preview) and not b.preview  # type: ignore[attr-defined]
    pv = np.array([preview(i, j) for i, j in cands])
    local = local_text_idf(prepared)
    rare = [{t: w for t, w in x.items() if w >= LOCAL_RARE} for x in local]
    text_local = np.array([_dice(rare[i], rare[j]) for i, j in cands])
    return {
        "shipped rule": rule(f),
        "explainer: no head factor": rule(f, head=np.where(either, 1.0, head)),
        "explainer: head floor 0.75": rule(f, head=np.where(either, 0.75 + 0.25 * f[:, FI["head"]], head)),
        "explainer: its title vs the other lead": np.where(
            either, np.maximum(rule(f), 0.4 * xtitle * (1 - f[:, FI["hourgap"]])), rule(f)),
        "title vs the other lead, 7th overlap": rule(f, extra=xtitle),
        "preview: no hour discount": rule(f, lift=np.where(pv, 0.0, RULE.hour_discount)),
        "preview: half the hour discount": rule(f, lift=np.where(pv, 0.5, RULE.hour_discount)),
        "whole texts' rare words, local IDF, 7th": rule(f, extra=text_local),
    }


LOCAL_RARE = 3.0  # a local idf of 3: in about one article in 20 of the three days


def local_text_idf(prepared: list[Prepared]) -> list[dict[str, float]]:
    """Each article's stems (whole text) -> their idf among the articles of the day before, the
    day and the day after (the lead's local IDF of the shipped features, over whole texts):
    another party's account of one incident may share its details further down, not in the lead."""
    from collections import Counter

    by_day: dict[int, Counter[str]] = {}
    for x in prepared:
        if x.hours is not None:
            by_day.setdefault(int(x.hours // 24), Counter()).update(x.stems)
    n_day = {d: 0 for d in by_day}
    for x in prepared:
        if x.hours is not None:
            n_day[int(x.hours // 24)] += 1
    windows: dict[int, tuple[Counter[str], int]] = {}
    out = []
    for x in prepared:
        if x.hours is None:
            out.append({})
            continue
        d = int(x.hours // 24)
        if d not in windows:
            c: Counter[str] = Counter()
            for k in (d - 1, d, d + 1):
                c.update(by_day.get(k, Counter()))
            windows[d] = (c, sum(n_day.get(k, 0) for k in (d - 1, d, d + 1)))
        c, n = windows[d]
        out.append({t: math.log((n + 1) / (c[t] + 0.5)) for t in x.stems})
    return out


def _dice(a: dict[str, float], b: dict[str, float]) -> float:
    total = sum(a.values()) + sum(b.values())
    return sum(w + b[t] for t, w in a.items() if t in b) / total if total > 0 else 0.0


def main() -> int:
    corpus, snn = ant_corpus(), shared_corpus()
    if corpus is None or snn is None:
        print("ant-dev or SaudiNewsNet is absent (../shared/data/news/)", file=sys.stderr)
        return 2
    dev = [p for p in (json.loads(x) for x in ANT_LABELS.open(encoding="utf-8") if x.strip()) if p["split"] == "dev"]
    sets = [("ant-dev, 704 dev pairs", story_docs_from_jsonl([str(corpus)]), dev, True),
            ("SaudiNewsNet, 128 close calls", story_docs_from_jsonl([str(snn)]), load(SNN_LABELS), False)]
    rows: dict[str, list[str]] = {}
    for _, docs, labels, by_month in sets:
        prepared, cands, f = features(docs)
        for name, s in variants(docs, prepared, cands, f).items():
            rows.setdefault(name, []).append(score(docs, labels, cands, s, by_month)[0])
        _, cands, f = features(docs, country_stem())
        rows.setdefault("countries: one token per country", []).append(score(docs, labels, cands, rule(f), by_month)[0])
    print(" | ".join(name for name, *_ in sets))
    for name, cells in rows.items():
        print(f"{name:40} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

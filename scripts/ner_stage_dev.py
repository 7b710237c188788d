#!/usr/bin/env python3
"""Dev experiments for NER (issue #14): a two-stage document-level CRF and seed ensembles.

Train split only (the CAMeL test split is never read here). For dev fold N (as
``train_ner.py --dev --fold N``) every model's word clusters are built without the
text it is scored on (``ner_clusters.build_clusters``):

    python3 scripts/ner_stage_dev.py twostage --fold 0 [--jackknife 4]
    python3 scripts/ner_stage_dev.py bagging --fold 0 [--seeds 0,1,2]

``twostage`` (Krishnan & Manning 2006): stage 1 is the shipped CRF recipe; the training
set is jackknifed into K contiguous parts (each tagged by a stage-1 model trained, with its
own clusters, on the other parts), and stage 2 is trained on the shipped features plus
aggregates of those honest stage-1 tags (rasd.analyse.ner.twostage). ``bagging``: CRFs
with different k-means seeds for the clusters, their per-token marginals averaged, then
argmax with BIO repair. Models are cached under --work, so a rerun resumes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from ner_clusters import as_table, build_clusters  # noqa: E402
from train_ner import TRAIN, build_lexicon  # noqa: E402

from rasd.analyse.ner import twostage  # noqa: E402
from rasd.analyse.ner.document import propagate, retype_after_heads  # noqa: E402
from rasd.analyse.ner.features import Featurizer, Resources  # noqa: E402
from rasd.analyse.ner.tagger import load_resources, model_dir  # noqa: E402
from rasd.eval.ner import Scores, read_conll, report  # noqa: E402

WINDOW = 10
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150,
          "feature.possible_transitions": True, "feature.minfreq": 1}


def split(sents, fold: int):
    cut = int(len(sents) * 0.1)
    return (sents[:-cut], sents[-cut:]) if fold == 0 else (sents[cut:], sents[:cut])


def common_of(train) -> frozenset[str]:
    """The words propagate must not spread alone, as tagger.load_resources derives them."""
    return frozenset(w for w, r in build_lexicon(train).items() if r[2] >= 2 and r[2] > r[1])


def featurizer(base: Resources, texts, seed: int = 0) -> Featurizer:
    vocab, labels = build_clusters([list(t) for t in texts], seed=seed)
    return Featurizer(Resources(gazetteer=base.gazetteer, clusters=as_table(vocab, labels), words=base.words))


def fit(xs, ys, path: Path) -> None:
    import pycrfsuite

    if path.exists():
        return
    t0 = time.process_time()
    tr = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        tr.append(x, y)
    tr.set_params(PARAMS)
    tr.train(str(path) + ".tmp")
    Path(str(path) + ".tmp").rename(path)
    print(f"  trained {path.name} on {len(xs)} sentences, {time.process_time() - t0:.0f} s CPU", flush=True)


def tagger(path: Path):
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(path))
    return t


def scores(gold, pred, common, label: str) -> dict[str, float]:
    out = {}
    for w in (None, WINDOW):
        p = retype_after_heads([t for t, _ in gold], pred)
        if w is not None:
            p = propagate([t for t, _ in gold], p, common.__contains__, window=w)
        s = Scores()
        for (_, g), x in zip(gold, p, strict=True):
            s.add(g, x)
        out[f"w{w}"] = s
    sent_f1, doc_f1 = out["wNone"].prf()[2], out[f"w{WINDOW}"].prf()[2]
    print(f"=== {label}: sentence level {sent_f1:.2f}, window {WINDOW} {doc_f1:.2f}")
    print(report(out[f"w{WINDOW}"]), flush=True)
    return {k: round(v.prf()[2], 2) for k, v in out.items()}


def run_twostage(a, base, train, dev, common) -> dict:
    work = a.work
    toks = [t for t, _ in train]
    gold_tags = [g for _, g in train]
    fz = featurizer(base, toks)
    fit([fz.sequence(t) for t in toks], gold_tags, work / "s1.crfsuite")
    m1 = tagger(work / "s1.crfsuite")
    dev_toks = [t for t, _ in dev]
    dev_s1 = [list(m1.tag(fz.sequence(t))) for t in dev_toks]
    res = {"stage1": scores(dev, dev_s1, common, "stage 1 (baseline)")}
    # Jackknife: contiguous parts keep the ±WINDOW documents together.
    jk_path = work / f"jackknife{a.jackknife}.json"
    if jk_path.exists():
        jk = json.loads(jk_path.read_text())
    else:
        jk = []
        k = a.jackknife
        bounds = [len(train) * j // k for j in range(k + 1)]
        for j in range(k):
            lo, hi = bounds[j], bounds[j + 1]
            rest = train[:lo] + train[hi:]
            fzj = featurizer(base, [t for t, _ in rest])
            path = work / f"jk{k}_{j}.crfsuite"
            fit([fzj.sequence(t) for t, _ in rest], [g for _, g in rest], path)
            mj = tagger(path)
            jk += [list(mj.tag(fzj.sequence(t))) for t, _ in train[lo:hi]]
        jk_path.write_text(json.dumps(jk))
    sj = Scores()
    for g, p in zip(gold_tags, jk, strict=True):
        sj.add(g, p)
    print(f"jackknifed stage-1 F1 on the training part: {sj.prf()[2]:.2f}")
    table = twostage.corpus_table(toks, jk)
    corpus = table if a.corpus else None
    f2 = twostage.features(toks, jk, corpus, window=WINDOW, leave_one_out=True)
    xs = [[[*x, *e] for x, e in zip(fz.sequence(t), extra, strict=True)] for t, extra in zip(toks, f2, strict=True)]
    name = f"s2_jk{a.jackknife}{'' if a.corpus else '_nocorpus'}.crfsuite"
    fit(xs, gold_tags, work / name)
    m2 = tagger(work / name)
    d2 = twostage.features(dev_toks, dev_s1, corpus, window=WINDOW)
    dev_s2 = [list(m2.tag([[*x, *e] for x, e in zip(fz.sequence(t), extra, strict=True)]))
              for t, extra in zip(dev_toks, d2, strict=True)]
    res["stage2"] = scores(dev, dev_s2, common, f"stage 2 ({name})")
    return res


def run_ceiling(a, base, train, dev, common) -> dict:
    """What the shipped pipeline misses on dev, and how much of it a document-level step could reach.

    A missed gold entity is "in the document" when the same words (clitic-stripped stems)
    are predicted as an entity of the right type elsewhere within ±WINDOW sentences; "seen"
    when they form an entity of the fold's training part; else "unseen".
    """
    from rasd.analyse.ner.tagger import bio_spans

    fz = featurizer(base, [t for t, _ in train])
    fit([fz.sequence(t) for t, _ in train], [g for _, g in train], a.work / "s1.crfsuite")
    m1 = tagger(a.work / "s1.crfsuite")
    toks = [t for t, _ in dev]
    pred = propagate(toks, retype_after_heads(toks, [list(m1.tag(fz.sequence(t))) for t in toks]),
                     common.__contains__, window=WINDOW)
    stems = [twostage._stems(t) for t in toks]
    seen = {(tuple(twostage._stems(t[x:y])), k) for t, g in train for x, y, k in bio_spans(g)}
    pred_sets = [{(tuple(st[x:y]), k) for x, y, k in bio_spans(p)} for st, p in zip(stems, pred, strict=True)]
    counts = {"gold": 0, "found": 0, "in_document": 0, "seen": 0, "unseen": 0, "predicted": 0}
    for i, ((_, g), p) in enumerate(zip(dev, pred, strict=True)):
        ps = set(bio_spans(p))
        counts["predicted"] += len(ps)
        near = set().union(*pred_sets[max(0, i - WINDOW):i + WINDOW + 1])
        for x, y, k in bio_spans(g):
            counts["gold"] += 1
            key = (tuple(stems[i][x:y]), k)
            if (x, y, k) in ps:
                counts["found"] += 1
            elif key in near:
                counts["in_document"] += 1
            elif key in seen:
                counts["seen"] += 1
            else:
                counts["unseen"] += 1
    f1 = 200 * counts["found"] / (counts["gold"] + counts["predicted"])
    tp = counts["found"] + counts["in_document"]
    oracle = 200 * tp / (counts["gold"] + counts["predicted"] + counts["in_document"])
    print(f"{counts}; F1 {f1:.2f}; every 'in_document' miss fixed (one more prediction each): {oracle:.2f}")
    return {"counts": counts, "f1": round(f1, 2), "document_oracle": round(oracle, 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("twostage", "bagging", "ceiling"))
    ap.add_argument("--fold", type=int, choices=(0, 1), required=True)
    ap.add_argument("--jackknife", type=int, default=4)
    ap.add_argument("--no-corpus", dest="corpus", action="store_false", help="stage 2 without the ctok feature")
    ap.add_argument("--seeds", default="0,1,2")
    ap.add_argument("--bootstrap", action="store_true", help="bagging: bootstrap samples instead of cluster seeds")
    ap.add_argument("--work", type=Path, default=None)
    a = ap.parse_args()
    a.work = a.work or Path(f"/tmp/ts/fold{a.fold}")
    a.work.mkdir(parents=True, exist_ok=True)
    base, _, _ = load_resources(model_dir())
    train, dev = split(read_conll(TRAIN), a.fold)
    common = common_of(train)
    run = {"twostage": run_twostage, "bagging": run_bagging, "ceiling": run_ceiling}[a.mode]
    res = run(a, base, train, dev, common)
    print(json.dumps({"fold": a.fold, "mode": a.mode, **res}))
    return 0


def repair(tags: list[str]) -> list[str]:
    """BIO repair: an I-X that does not continue an X entity becomes B-X."""
    out = []
    for i, t in enumerate(tags):
        if t.startswith("I-") and (i == 0 or out[i - 1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out


def marginals(m, xseq) -> tuple[list[str], list[list[float]]]:
    m.set(xseq)
    labels = m.labels()
    return labels, [[m.marginal(y, i) for y in labels] for i in range(len(xseq))]


def run_bagging(a, base, train, dev, common) -> dict:
    toks = [t for t, _ in train]
    gold_tags = [g for _, g in train]
    dev_toks = [t for t, _ in dev]
    res = {}
    per_model = []  # per seed: per sentence: {label: [marginal per token]}
    fz0 = None
    for seed in (int(x) for x in a.seeds.split(",")):
        if a.bootstrap:
            # Bagging proper: sentences drawn with replacement (seeded), the seed-0 clusters.
            import random

            fz = fz0 = fz0 or featurizer(base, toks)
            rng = random.Random(seed)
            draw = [rng.randrange(len(toks)) for _ in toks]
            path = a.work / f"boot{seed}.crfsuite"
            fit([fz.sequence(toks[i]) for i in draw], [gold_tags[i] for i in draw], path)
        else:
            fz = featurizer(base, toks, seed=seed)
            path = a.work / ("s1.crfsuite" if seed == 0 else f"seed{seed}.crfsuite")
            fit([fz.sequence(t) for t in toks], gold_tags, path)
        m = tagger(path)
        xs = [fz.sequence(t) for t in dev_toks]
        c0 = time.process_time()
        vit = [list(m.tag(x)) for x in xs]
        c1 = time.process_time()
        res[f"seed{seed}"] = scores(dev, vit, common, f"seed {seed} (Viterbi)")
        mine = []
        c2 = time.process_time()
        for x in xs:
            labels, marg = marginals(m, x)
            mine.append([{y: row[j] for j, y in enumerate(labels)} for row in marg])
        ntok = sum(map(len, xs))
        print(f"  CPU per token: Viterbi {1e6 * (c1 - c0) / ntok:.1f} µs, "
              f"set+marginals {1e6 * (time.process_time() - c2) / ntok:.1f} µs", flush=True)
        per_model.append(mine)
        avg = []
        for s in range(len(dev_toks)):
            sent = []
            for i in range(len(dev_toks[s])):
                tot: dict[str, float] = {}
                for pm in per_model:
                    for y, v in pm[s][i].items():
                        tot[y] = tot.get(y, 0.0) + v
                sent.append(max(tot, key=tot.get))
            avg.append(repair(sent))
        res[f"avg{len(per_model)}"] = scores(dev, avg, common, f"marginal average of {len(per_model)} model(s)")
    return res


if __name__ == "__main__":
    raise SystemExit(main())

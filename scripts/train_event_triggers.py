"""Train the learned trigger reader (``rasd.analyse.events.learned``) on the ANERcorp event annotations.

    python3 scripts/train_event_triggers.py [--split devtrain|dev|all] [--l2 1.0] [--iters 300] [--folds 5] [--write PATH]

Data: the annotated sentences of ``benchmarks/gold/anercorp-events/*.jsonl`` (ANERcorp train sentences,
CC BY-SA 4.0: a model trained on them may ship): by default those of the dev and train files of ``split.json`` (``--split dev``: dev
files only), so that the frozen test half stays unseen (``--split all``: every file, as the first runs of session 7 did). Each token is one sample: its class is the event type when
it lies in an event's trigger span, else "O". Model: multinomial logistic regression with L2 over
:func:`rasd.analyse.events.learned.token_features`, full-batch gradient descent with Adam (numpy and scipy's sparse matrices; training only).

Prints the cross-validated trigger scores (folds are contiguous blocks of sentences, i.e. mostly whole
articles, so a fold's words are not seen in training through the same article): per threshold, precision,
recall and F1 of type + token. ``--write`` fits on everything and writes the JSON weights (features with any
non-negligible weight only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

try:
    from scipy import sparse
except ImportError:  # a training-time tool only: rasd itself never needs scipy
    raise SystemExit("train_event_triggers: needs scipy (pip install scipy) for its sparse matrices") from None

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from anercorp_events import records, sentences, split_files  # noqa: E402
from event_trigger_model import token_features  # noqa: E402

from rasd.arabic.normalize import normalize  # noqa: E402


def samples(split: str = "dev") -> tuple[list[list[str]], list[str], list[int]]:
    """(features, class, sentence number) per token of every annotated sentence of the split's files."""
    sents = sentences()
    feats, labels, sent_of = [], [], []
    seen: set[tuple[str, ...]] = set()
    if split == "all":
        recs = records()
    else:
        files = split_files("dev") + split_files("train") if split == "devtrain" else split_files(split)
        recs = sorted((json.loads(x) for p in files
                       for x in p.read_text(encoding="utf-8").splitlines() if x.strip()), key=lambda r: r["sent"])
    for rec in recs:
        if tuple(sents[rec["sent"]]) in seen:
            continue  # ANERcorp repeats some passages word for word (sentences 8-38 = 39-69): count them once
        seen.add(tuple(sents[rec["sent"]]))
        words = [normalize(t) for t in sents[rec["sent"]]]
        lab = ["O"] * len(words)
        for ev in rec.get("events", []):
            a, b = ev["trigger"]
            for j in range(a, b):
                lab[j] = ev["type"]
        for i in range(len(words)):
            feats.append(token_features(words, i))
            labels.append(lab[i])
            sent_of.append(rec["sent"])
    return feats, labels, sent_of


def fit(feats: list[list[str]], y: np.ndarray, n_cls: int, l2: float, iters: int,
        vocab: dict[str, int] | None = None) -> tuple[np.ndarray, dict[str, int]]:
    """Weights (features x classes) by Adam on the mean cross-entropy + l2/2n * |W|^2."""
    if vocab is None:  # features seen at least twice in training (a singleton only memorises its token)
        seen = Counter(f for fs in feats for f in fs)
        vocab = {}
        for f, k in seen.items():
            if k >= 2:
                vocab[f] = len(vocab)
    X = _matrix(feats, vocab)
    n, nf = X.shape
    XT = X.T.tocsr()
    W = np.zeros((nf, n_cls))
    m = np.zeros_like(W)
    v = np.zeros_like(W)
    Y = np.zeros((n, n_cls))
    Y[np.arange(n), y] = 1
    lr, b1, b2 = 0.05, 0.9, 0.999
    for t in range(1, iters + 1):
        Z = X @ W
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        grad = XT @ ((P - Y) / n) + l2 / n * W
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        W -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return W, vocab


def _matrix(feats: list[list[str]], vocab: dict[str, int]):
    """The samples as a sparse 0/1 matrix (rows: samples, columns: the vocabulary's features)."""
    rows = [r for r, fs in enumerate(feats) for f in fs if f in vocab]
    cols = [vocab[f] for fs in feats for f in fs if f in vocab]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))


def predict(W: np.ndarray, vocab: dict[str, int], feats: list[list[str]]) -> np.ndarray:
    """Class probabilities per sample."""
    Z = _matrix(feats, vocab) @ W
    Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "devtrain", "all"), default="devtrain",
                    help="train on the dev + train files of split.json (default), the dev files, or every file "
                         "(test included: never for a model that is scored on the test files)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", help="fit on all the data and write the weights (JSON) here")
    args = ap.parse_args()
    feats, labels, sent_of = samples(args.split)
    if not feats:
        print("train_event_triggers: no annotated sentences in benchmarks/gold/anercorp-events", file=sys.stderr)
        return 2
    classes = ["O", *sorted({c for c in labels if c != "O"})]
    y = np.array([classes.index(c) for c in labels])
    print(f"{len(set(sent_of))} sentences, {len(feats)} tokens, {int((y > 0).sum())} trigger tokens, "
          f"classes {classes[1:]}")
    # cross-validation over contiguous sentence blocks
    order = sorted(set(sent_of))
    fold_of = {s: k * args.folds // len(order) for k, s in enumerate(order)}
    P = np.zeros((len(feats), len(classes)))
    for k in range(args.folds):
        tr = [i for i, s in enumerate(sent_of) if fold_of[s] != k]
        te = [i for i, s in enumerate(sent_of) if fold_of[s] == k]
        W, vocab = fit([feats[i] for i in tr], y[tr], len(classes), args.l2, args.iters)
        P[te] = predict(W, vocab, [feats[i] for i in te])
    # a word is a trigger when P(any event) = 1 - P(O) passes the threshold; its type is the likeliest event type
    best = P[:, 1:].argmax(axis=1) + 1
    gold_n = int((y > 0).sum())
    for th in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        pred = (1 - P[:, 0]) >= th
        tp = int((pred & (best == y)).sum())
        pn = int(pred.sum())
        p, r = tp / max(pn, 1), tp / max(gold_n, 1)
        print(f"cv threshold {th}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (tp {tp} pred {pn} "
              f"gold {gold_n})")
    # the rules' one-word lexicon alone on the same tokens (its entry's type, no context): the bar to beat
    lex = [next((f[4:] for f in fs if f.startswith("lex=")), None) for fs in feats]
    tp = sum(1 for k, t in enumerate(lex) if t in classes and classes.index(t) == y[k]) if lex else 0
    pn = sum(t is not None for t in lex)
    p, r = tp / max(pn, 1), tp / max(gold_n, 1)
    print(f"lexicon alone: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (tp {tp} pred {pn} gold {gold_n})")
    if args.write:
        W, vocab = fit(feats, y, len(classes), args.l2, args.iters)
        keep = {f: [round(float(x), 4) for x in W[j]] for f, j in vocab.items() if np.abs(W[j]).max() >= 1e-3}
        Path(args.write).write_text(json.dumps({"classes": classes, "weights": keep,
                                                "trained_on": f"benchmarks/gold/anercorp-events, {args.split} files (ANERcorp, CC BY-SA 4.0)",
                                                "l2": args.l2, "iters": args.iters}, ensure_ascii=False),
                                    encoding="utf-8")
        print(f"wrote {args.write}: {len(keep)} features x {len(classes)} classes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Train the learned event-trigger reader (``scripts/event_trigger_model.py``) on the ANERcorp events.

    python3 scripts/train_event_triggers.py cv [--l2 1.0] [--iters 300] [--folds 5] [--outside] [-v --show 0.3]
    python3 scripts/train_event_triggers.py write PATH [--l2 1.0] [--iters 300]
    python3 scripts/train_event_triggers.py folds DIR [--folds 5]   # one model per CV fold, for the whole-pipeline
                                                                      # ANERcorp dev figure (event_triggers_extra.py)

Data: the annotated sentences of ``benchmarks/gold/anercorp-events/*.jsonl`` (ANERcorp train sentences, CC BY-SA
4.0: a model trained on them may ship), those of the dev and train files of ``split.json`` (``--split dev``: dev
files only); the test files are frozen and never read here. Each token is one sample: its class is the event type
when it lies in an event's trigger span, else "O". Words are normalized as the events view normalizes
(:func:`rasd.arabic.normalize.normalize`); the entity flags come from ANERcorp's own NER tags (at run time rasd's
entity mentions give them). Model: multinomial logistic regression with L2 over
:func:`event_trigger_model.token_features`, full-batch Adam (numpy and scipy's sparse matrices; training only).

``cv``: cross-validation by FILE (a file is a run of 50-100 contiguous sentences, mostly whole articles; the sorted
files are dealt to the folds in turn, so no fold sees another's article): token-level type + token P/R/F1 per
threshold over every file; event-level type + trigger (contiguous tokens of one type are one trigger; right when
the type is the gold's and the spans overlap) over the dev files, against the rules' one-word lexicon alone on the
same tokens; and what the model finds outside that lexicon (where it would add to the rules), also gated by the
word's skeleton having been a trigger in the fold's training files. ``-v`` lists those words (dev files: a read
set); ``--outside`` trains on the words outside the lexicon only.

**Result (session 11, issue #11, helper "evlearn"): negative; no weights ship, nothing is switched on.**
Code 8ccbce4 (rules), 2,116 distinct sentences of 26 files, 951 trigger tokens, 5 file folds, l2 1, 300 iterations:

- ANERcorp dev, the reader alone (event-level type + trigger, CV): P .448 R .380 F1 .411 at P(event) >= 0.2,
  .531 / .318 / .398 at 0.3, .601 / .261 / .364 at 0.4; the lexicon alone on the same tokens .294 / .544 / .382.
  It mostly re-reads the lexicon's words: outside the lexicon it is right 17 of 90 at 0.2, 7 of 42 at 0.3, 5 of 21
  at 0.4 (gated by a skeleton seen as a trigger: 7 of 41, 5 of 21, 1 of 12; trained on outside-lexicon words only
  (``--outside``): 13 of 86, 6 of 34). The misses it would fill are the long tail of annotation conventions the
  README of anercorp-events describes («الحرب»، «العدوان»، «يجب»، «اتفاق»), which a token model of 951 trigger tokens
  cannot tell from their non-event uses. l2 0.3 / 3 change none of this (outside the lexicon 17 of 93, 12 of 56);
  nor does a linear-chain CRF on the same features and folds (python-crfsuite, c1 0.1, c2 0.01, 100 iterations,
  features seen twice: event-level P .519 R .223 F1 .312; outside the lexicon right 5 of 36; a throwaway script).
- ANERcorp dev, whole pipeline (``scripts/event_triggers_extra.py FOLDS T anercorp-cv``: each dev file with the
  fold model that did not see it; rules as ``scripts/anercorp_events.py rules dev``): type + trigger rules alone
  P .601 R .313 F1 .412 (167 of 278) -> reader at 0.3 .585 / .315 / .410 (168 of 287), at 0.15 .570 / .326 / .415
  (174 of 305); + source 93 -> 93 / 95 right.
- ANT dev sets, events type + actor (``scripts/event_triggers_extra.py MODEL T events_dev --set S``, the reader
  trained on every dev + train file), right / predicted added per set, at 0.3: check sets shared +0/+1, news-dev
  +0/+3, dev2 +0/+1, dev3 +0/+1, dev4 +1/+2, dev5 0, dev6 0, dev7 +1/+1, dev8 +1/+1 (together 411/550 -> 414/560:
  F1 .596 -> .596, P .747 -> .739); read sets dev9 +1/+1, dev10 +1/+2, dev11 +0/+1 (102/140 -> 104/144: F1 .530 ->
  .535, P .729 -> .722). At 0.15: check 418/595 (F1 .587, P .703), read 107/153 (F1 .538, P .699); at 0.5: check
  412/553, read 103/142. The check sets do not go up and precision falls everywhere: not switched on.
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
    raise SystemExit("train_event_triggers: needs scipy for its sparse matrices") from None

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from anercorp_events import split_files, tagged_sentences  # noqa: E402
from event_trigger_model import lexicon_entry, skeleton, stem, token_features  # noqa: E402

from rasd.arabic.normalize import normalize  # noqa: E402


def flags_of(tags: list[str]) -> list[str]:
    """Entity flags from BIO tags: "B" begins a named actor (PER/ORG/LOC), "E" inside one, else ""."""
    return ["B" if t.startswith("B-") and t[2:] in ("PER", "ORG", "LOC") else
            "E" if t.startswith("I-") and t[2:] in ("PER", "ORG", "LOC") else "" for t in tags]


def sentences_of(files: list[Path]) -> list[dict]:
    """Per distinct annotated sentence of ``files``: its file, words, flags and token labels."""
    sents = tagged_sentences()
    seen: set[tuple[str, ...]] = set()
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            toks = [t for t, _ in sents[rec["sent"]]]
            if tuple(toks) in seen:
                continue  # ANERcorp repeats some passages word for word (sentences 8-38 = 39-69): count them once
            seen.add(tuple(toks))
            lab = ["O"] * len(toks)
            for ev in rec.get("events", []):
                a, b = ev["trigger"]
                for j in range(a, b):
                    lab[j] = ev["type"]
            out.append({"file": path.name, "words": [normalize(t) for t in toks],
                        "flags": flags_of([g for _, g in sents[rec["sent"]]]), "labels": lab,
                        "events": [(ev["type"], *ev["trigger"]) for ev in rec.get("events", [])]})
    return out


def trigger_skeletons(sents: list[dict]) -> dict[str, int]:
    """How often each skeleton (:func:`~event_trigger_model.skeleton` of the light stem) is a
    trigger word in ``sents``."""
    c: Counter = Counter()
    for s in sents:
        for w, lab in zip(s["words"], s["labels"], strict=True):
            if lab != "O":
                c[skeleton(stem(w))] += 1
    return dict(c)


def featurize(sents: list[dict]) -> list[list[str]]:
    return [token_features(s["words"], i, s["flags"]) for s in sents for i in range(len(s["words"]))]


def fit(feats: list[list[str]], y: np.ndarray, n_cls: int, l2: float, iters: int
        ) -> tuple[np.ndarray, dict[str, int]]:
    """Weights (features x classes) by Adam on the mean cross-entropy + l2/2n * |W|^2; features seen at least
    twice in training only (a singleton only memorises its token)."""
    seen = Counter(f for fs in feats for f in set(fs))
    vocab: dict[str, int] = {}
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
    rows = [r for r, fs in enumerate(feats) for f in fs if f in vocab]
    cols = [vocab[f] for fs in feats for f in fs if f in vocab]
    return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(vocab)))


def predict(W: np.ndarray, vocab: dict[str, int], feats: list[list[str]]) -> np.ndarray:
    Z = _matrix(feats, vocab) @ W
    Z -= Z.max(axis=1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(axis=1, keepdims=True)


def spans(types: list[str | None]) -> list[tuple[str, int, int]]:
    """Contiguous tokens of one type as one trigger ``(type, start, end)``."""
    out: list[tuple[str, int, int]] = []
    for i, t in enumerate(types):
        if t is None:
            continue
        if out and out[-1][0] == t and out[-1][2] == i:
            out[-1] = (t, out[-1][1], i + 1)
        else:
            out.append((t, i, i + 1))
    return out


def event_scores(sents: list[dict], pred_types: list[list[str | None]]) -> tuple[int, int, int]:
    """(right, predicted, gold) events: type + overlapping trigger, each gold used once."""
    tp = pn = gn = 0
    for s, types in zip(sents, pred_types, strict=True):
        gold = list(s["events"])
        gn += len(gold)
        used: set[int] = set()
        for t, a, b in spans(types):
            pn += 1
            k = next((k for k, g in enumerate(gold) if k not in used and g[0] == t and g[1] < b and a < g[2]), None)
            if k is not None:
                used.add(k)
                tp += 1
    return tp, pn, gn


def _prf(tp: int, pn: int, gn: int) -> str:
    p, r = tp / max(pn, 1), tp / max(gn, 1)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} (right {tp} of {pn}; gold {gn})"


def files_of(split: str) -> list[Path]:
    return split_files("dev") + split_files("train") if split == "devtrain" else split_files(split)


def folds(files: list[Path], k: int) -> list[list[Path]]:
    """The files dealt to ``k`` folds in turn (sorted by name: neighbouring ranges go to different folds)."""
    return [files[j::k] for j in range(k)]


def cv(args: argparse.Namespace) -> int:
    files = sorted(files_of(args.split))
    dev = {p.name for p in split_files("dev")}
    sents = sentences_of(files)
    classes = ["O", *sorted({c for s in sents for c in s["labels"] if c != "O"})]
    print(f"{len(sents)} sentences, {sum(len(s['words']) for s in sents)} tokens, "
          f"{sum(c != 'O' for s in sents for c in s['labels'])} trigger tokens, {len(files)} files")
    P_by: dict[int, np.ndarray] = {}
    gate: dict[int, list[int]] = {}
    for fold in folds(files, args.folds):
        names = {p.name for p in fold}
        tr = [s for s in sents if s["file"] not in names]
        te = [k for k, s in enumerate(sents) if s["file"] in names]
        ftr = featurize(tr)
        y = np.array([classes.index(c) for s in tr for c in s["labels"]])
        if args.outside:  # learn only from the words the rules' lexicon does not know (where the reader is asked)
            keep = [lexicon_entry(w) is None for s in tr for w in s["words"]]
            ftr = [f for f, k in zip(ftr, keep, strict=True) if k]
            y = y[np.array(keep)]
        W, vocab = fit(ftr, y, len(classes), args.l2, args.iters)
        seen = trigger_skeletons(tr)
        for k in te:
            gate[k] = [seen.get(skeleton(stem(w)), 0) for w in sents[k]["words"]]
        P = predict(W, vocab, featurize([sents[k] for k in te]))
        at = 0
        for k in te:
            n = len(sents[k]["words"])
            P_by[k] = P[at:at + n]
            at += n
    devk = [k for k, s in enumerate(sents) if s["file"] in dev]
    lex = [[(e[0] if (e := lexicon_entry(w)) else None) for w in s["words"]] for s in sents]
    print("lexicon alone, dev files, events: " + _prf(*event_scores([sents[k] for k in devk], [lex[k] for k in devk])))
    for th in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        types = {}
        for k, P in P_by.items():
            best = P[:, 1:].argmax(axis=1) + 1
            types[k] = [classes[best[i]] if 1 - P[i, 0] >= th else None for i in range(len(P))]
        tok = Counter()
        for k, s in enumerate(sents):
            for t, g in zip(types[k], s["labels"], strict=True):
                tok["pred"] += t is not None
                tok["gold"] += g != "O"
                tok["tp"] += t is not None and t == g
        ev = event_scores([sents[k] for k in devk], [types[k] for k in devk])
        # the model only where the lexicon has no entry: what it adds to the rules
        new = event_scores([sents[k] for k in devk],
                           [[t if lx is None else None for t, lx in zip(types[k], lex[k], strict=True)] for k in devk])
        if args.verbose and th == args.show:
            for k in devk:
                s = sents[k]
                for i, (t, lx) in enumerate(zip(types[k], lex[k], strict=True)):
                    if t is None or lx is not None:
                        continue
                    ok = any(g[0] == t and g[1] <= i < g[2] for g in s["events"])
                    gl = next((g[0] for g in s["events"] if g[1] <= i < g[2]), "-")
                    print(f"  {'+' if ok else '-'} {t} (gold {gl}) «{s['words'][i]}» :: "
                          f"{' '.join(s['words'][max(0, i - 6):i + 5])}")
        for n in (1, 2, 3):
            gated = event_scores([sents[k] for k in devk],
                                 [[t if lx is None and gk >= n else None
                                   for t, lx, gk in zip(types[k], lex[k], gate[k], strict=True)] for k in devk])
            print(f"        outside the lexicon, skeleton a trigger {n}+ times in training: right {gated[0]} of {gated[1]}")
        print(f"cv {th}: tokens (all files) {_prf(tok['tp'], tok['pred'], tok['gold'])}\n"
              f"        events (dev files) {_prf(*ev)}\n        outside the lexicon (dev files) right {new[0]} of {new[1]}")
    return 0


def write(args: argparse.Namespace, files: list[Path], path: str) -> None:
    sents = sentences_of(sorted(files))
    classes = ["O", *sorted({c for s in sents for c in s["labels"] if c != "O"})]
    y = np.array([classes.index(c) for s in sents for c in s["labels"]])
    W, vocab = fit(featurize(sents), y, len(classes), args.l2, args.iters)
    keep = {f: [round(float(x), 3) for x in W[j]] for f, j in vocab.items() if np.abs(W[j]).max() >= 0.02}
    Path(path).write_text(json.dumps({
        "classes": classes, "weights": keep, "trigger_skeletons": trigger_skeletons(sents), "l2": args.l2, "iters": args.iters,
        "trained_on": "benchmarks/gold/anercorp-events: " + " ".join(sorted(p.name for p in files))
                      + " (ANERcorp sentences, CC BY-SA 4.0)"}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8")
    print(f"wrote {path}: {len(keep)} features x {len(classes)} classes, {len(sents)} sentences")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=("cv", "write", "folds"))
    ap.add_argument("path", nargs="?")
    ap.add_argument("--split", choices=("dev", "devtrain"), default="devtrain")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="cv: list the dev files' triggers outside the lexicon at --show (ANERcorp dev is a read set)")
    ap.add_argument("--show", type=float, default=0.3)
    ap.add_argument("--outside", action="store_true",
                    help="train on the words outside the rules' lexicon only (the words the reader is asked about)")
    args = ap.parse_args()
    if args.cmd == "cv":
        return cv(args)
    if not args.path:
        ap.error(f"{args.cmd} needs a PATH")
    files = files_of(args.split)
    if args.cmd == "write":
        write(args, files, args.path)
        return 0
    out = Path(args.path)
    out.mkdir(parents=True, exist_ok=True)
    for j, fold in enumerate(folds(sorted(files), args.folds)):
        names = {p.name for p in fold}
        write(args, [p for p in files if p.name not in names], str(out / f"fold{j}.json"))
        (out / f"fold{j}.files").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

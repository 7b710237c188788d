"""Would a learned check of quote candidates (is this a quote at all?) beat the quotes layer's rules?

    python3 scripts/train_speakers_quotecheck.py [--l2 1.0]

Data: the 12 shared dev-gold articles and the ANT news dev half (never the frozen test half), with the
entities cached as in scripts/train_speakers.py. Every quote the layer finds is labelled 1 when it
matches a gold quote as the shared score.py matches them (token F1 >= 0.5, greedy per gold quote).
A logistic regression over simple features (kind, cue word and kind, speaker kind, length, marks,
position) is fitted with leave-one-article-out cross-validation; each threshold's held-out span
P/R/F1 is printed beside the rules' (keep everything). Nothing ships from this script: it measures.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OPENERS = "«\"“"
sys.path.insert(0, str(ROOT / "scripts"))

# One logistic-regression trainer for the scripts (the same L2 batch gradient descent).
from train_event_sense import fit, prob  # noqa: E402


def features(q, art) -> list[str]:  # noqa: ANN001
    from rasd.arabic.normalize import normalize

    words = q.text.split()
    n = len(words)
    cue = normalize(q.cue or "").split()
    cue_w = cue[0] if cue else "none"
    if cue_w[:1] in "وف" and len(cue_w) > 3:
        cue_w = cue_w[1:]
    ent = art.entity(q.speaker) if q.speaker else None
    spk = "none" if q.speaker is None else f"ent:{ent.type}" if ent else "desc"
    before = art.text[max(0, q.start - 1):q.start]
    line_start = art.text.rfind("\n", 0, q.start) + 1
    f = [f"kind={q.kind}", f"cue={cue_w}", f"spk={spk}", f"kind+spk={q.kind}:{spk}",
         f"len={'1' if n <= 1 else '2-3' if n <= 3 else '4-8' if n <= 8 else '9+'}",
         f"kind+len={q.kind}:{min(n, 4)}", f"marked={before in OPENERS}",
         f"first_line={line_start == 0}"]
    if ent is None and q.speaker:
        f.append(f"desc_words={min(len(q.speaker.split()), 4)}")
    return f


def samples() -> list[tuple[str, list[str], int]]:
    from events_dev import _score_module, golds
    from train_speakers import _entities

    from rasd.analyse.quotes import finder

    sc = _score_module()
    out = []
    for g in golds("dev"):
        art = copy.deepcopy(_entities(g, False))
        quotes = finder.find_quotes(art)
        used: set[int] = set()
        for gq in g["quotes"]:
            gtext = g["text"][gq["start"]:gq["end"]]
            best, bi = 0.0, None
            for k, q in enumerate(quotes):
                f = sc.overlap_f1(q.text, gtext)
                if k not in used and f > best:
                    best, bi = f, k
            if bi is not None and best >= 0.5:
                used.add(bi)
        out += [(g["docno"], features(q, art), int(k in used)) for k, q in enumerate(quotes)]
        out.append((g["docno"], ["__gold__"], len(g["quotes"])))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    rows = samples()
    gold = sum(y for _d, f, y in rows if f == ["__gold__"])
    rows = [r for r in rows if r[1] != ["__gold__"]]
    docs = sorted({d for d, _f, _y in rows})
    probs: list[tuple[float, int]] = []
    for d in docs:
        w, b = fit([(f, y) for dd, f, y in rows if dd != d], args.l2, epochs=300)
        probs += [(prob(w, b, f), y) for dd, f, y in rows if dd == d]

    def prf(keep: list[int]) -> str:
        tp, n = sum(keep), len(keep)
        p, r = tp / max(1, n), tp / max(1, gold)
        return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f} ({n} kept)"
    print(f"{len(docs)} articles, {len(rows)} quotes found, {gold} gold quotes")
    print("rules (keep all):", prf([y for _p, y in probs]))
    for t in (0.1, 0.2, 0.3, 0.4, 0.5):
        print(f"check, threshold {t} (leave-one-article-out):", prf([y for p, y in probs if p >= t]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Entity layer on the ANERcorp CAMeL test split: tagger spans alone vs. after the rule repairs, and speed.

Usage:  python benchmarks/bench_entities.py [--docs-of N]

Sentences are grouped N at a time (default 20) into one article, as in a news
text; both systems are scored by exact-span, exact-type F1 over tokens
(conlleval style; a span covers the tokens it overlaps, so a proclitic left
out of a mention does not count against it). Prints one line per system and
the time per 1,000 tokens of the tagger and of the whole layer.
Reads ../shared/data/ner/anercorp (skips with a message when absent).
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEST = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        word, _, tag = line.rpartition(" ")
        cur.append((word, tag))
    if cur:
        out.append(cur)
    return out


def gold_spans(sent: list[tuple[str, str]], base: int) -> set[tuple[int, int, str]]:
    spans, start, typ = set(), None, None
    for i, (_w, tag) in enumerate([*sent, ("", "O")]):
        if start is not None and not (tag.startswith("I-") and TYPES.get(tag[2:]) == typ):
            spans.add((base + start, base + i, typ))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, typ = i, TYPES.get(tag[2:])
    return spans


def to_token_spans(char_spans, tok_starts, tok_ends) -> set[tuple[int, int, str]]:
    out = set()
    for s, e, typ in char_spans:
        i = bisect.bisect_right(tok_ends, s)
        j = bisect.bisect_left(tok_starts, e)
        if i < j:
            out.add((i, j, typ))
    return out


def shift(spans: set[tuple[int, int, str]], base: int) -> set[tuple[int, int, str]]:
    return {(base + i, base + j, t) for i, j, t in spans}


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs-of", type=int, default=20, help="sentences per article (default 20)")
    args = ap.parse_args()
    if not TEST.exists():
        print(f"skip: {TEST} absent")
        return 0
    from rasd.analyse import entities
    from rasd.analyse.ner import tag_text
    from rasd.record import Article

    sents = read_sentences(TEST)
    gold: set = set()
    pred_tagger: set = set()
    pred_layer: set = set()
    t_tag = t_layer = 0.0
    ntok = 0
    for k in range(0, len(sents), args.docs_of):
        group = sents[k:k + args.docs_of]
        paras, starts, ends = [], [], []
        pos, tok_base = 0, ntok
        for sent in group:
            gold |= gold_spans(sent, ntok)
            words = [w for w, _t in sent]
            for w in words:
                starts.append(pos)
                ends.append(pos + len(w))
                pos += len(w) + 1
            pos += 1  # paragraphs are joined by "\n\n": one more char than the word separator
            ntok += len(words)
            paras.append(" ".join(words))
        art = Article(paragraphs=paras)
        art.build_text()
        t0 = time.perf_counter()
        raw = tag_text(art.text)
        t1 = time.perf_counter()
        entities.annotate(art, tagger=lambda _t, raw=raw: raw)
        t2 = time.perf_counter()
        t_tag += t1 - t0
        t_layer += t2 - t1
        pred_tagger |= shift(to_token_spans(raw, starts, ends), tok_base)
        mentions = [(m.start, m.end, e.type) for e in art.entities for m in e.mentions]
        pred_layer |= shift(to_token_spans(mentions, starts, ends), tok_base)
    for name, pred in (("tagger spans", pred_tagger), ("entity layer", pred_layer)):
        p, r, f = prf(gold, pred)
        per_type = " ".join(f"{t}={prf({g for g in gold if g[2] == t}, {q for q in pred if q[2] == t})[2]:.3f}"
                            for t in ("PER", "ORG", "LOC", "MISC"))
        print(f"{name:13s} P={p:.3f} R={r:.3f} F1={f:.3f}  {per_type}")
    print(f"{ntok} tokens; tagger {1000 * t_tag / ntok * 1000:.1f} ms/1k tokens, "
          f"rules {1000 * t_layer / ntok * 1000:.1f} ms/1k tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())

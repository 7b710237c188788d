"""Second-stage NER features: what a first-stage tagger said elsewhere (Krishnan & Manning 2006).

Pure: no I/O. A first CRF tags every sentence of a document; a second CRF then
sees, for each token, aggregates of the first stage's output that a
linear-chain model cannot see on its own:

- ``s1``: the first stage's own tag for the token;
- ``dtok``: the majority entity type given to the same word (clitic-stripped
  stem) at its *other* occurrences in the document, with a bucket of how often;
- ``dent``: the token lies in an occurrence of a word sequence the first stage
  tagged as an entity elsewhere in the document (majority type, B/I position);
- ``dsup``: the word is part of a longer entity found elsewhere in the document
  (a surname alone after the full name);
- ``ctok``: the type distribution of the word in the first stage's output over
  the training corpus (a table built by jackknifing the training set, so the
  second stage learns from honest first-stage tags; leave-one-out on training rows).

"Document": sentence ``i`` and the ``window`` sentences either side (for a
stream without document boundaries, like ANERcorp), or all sentences.

Not in the shipped pipeline: measured on both dev folds by ``scripts/ner_stage_dev.py
twostage`` it did not beat the rule-based document step (rasd.analyse.ner.document);
see the model card. Kept so the experiment can be rerun.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rasd.analyse.ner.features import stem_of
from rasd.analyse.ner.tagger import bio_spans
from rasd.arabic.normalize import normalize

MAX_LEN = 4

CorpusTable = dict[str, Counter]  # stem → Counter(type or "O")


def _stems(tokens: Sequence[str]) -> list[str]:
    out = []
    for t in tokens:
        n = (normalize(t) or t).lower()
        out.append(stem_of(n) if n[:1] in "وفبلكا" else n)
    return out


def _bucket(share: float) -> str:
    return "hi" if share >= 0.5 else "lo"


def _majority(c: Counter) -> tuple[str, int] | None:
    """Most frequent key of ``c`` among positive counts (ties: alphabetical, so reproducible)."""
    best = None
    for k, n in c.items():
        if n > 0 and (best is None or n > best[1] or (n == best[1] and k < best[0])):
            best = (k, n)
    return best


def _sentence_stats(stems: list[str], tags: Sequence[str]) -> tuple[Counter, Counter, Counter, Counter]:
    """(stem,type) counts, stem occurrence counts, entity (stems tuple, type) counts, (member stem, type) counts."""
    tok: Counter = Counter()
    occ: Counter = Counter(stems)
    ent: Counter = Counter()
    sup: Counter = Counter()
    for a, b, t in bio_spans(tags):
        for s in stems[a:b]:
            tok[(s, t)] += 1
        if b - a <= MAX_LEN:
            ent[(tuple(stems[a:b]), t)] += 1
        if b - a >= 2:
            for s in stems[a:b]:
                sup[(s, t)] += 1
    return tok, occ, ent, sup


def corpus_table(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> CorpusTable:
    """Stem → Counter of first-stage types (``O`` included) over a corpus."""
    table: CorpusTable = {}
    for toks, sent in zip(sentences, tags, strict=True):
        for s, g in zip(_stems(toks), sent, strict=True):
            table.setdefault(s, Counter())[g[2:] if g != "O" else "O"] += 1
    return table


def _ctok(c: Counter | None, own: str | None) -> str:
    """The corpus feature of a word: majority type and a share bucket, or ``unk``."""
    if c is None:
        return "ctok=unk"
    if own is not None:  # leave-one-out on training rows
        c = c.copy()
        c[own] -= 1
    total = sum(n for n in c.values() if n > 0)
    if total <= 0:
        return "ctok=unk"
    ents = Counter({k: n for k, n in c.items() if k != "O" and n > 0})
    m = _majority(ents)
    if m is None:
        return "ctok=O"
    share = m[1] / total
    return f"ctok={m[0]}:{'hi' if share >= 0.5 else 'mid' if share >= 0.1 else 'lo'}"


def features(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    corpus: CorpusTable | None = None,
    window: int | None = None,
    leave_one_out: bool = False,
) -> list[list[list[str]]]:
    """Second-stage feature strings for every token of every sentence (see module docstring).

    ``tags``: the first stage's BIO tags. ``leave_one_out``: the corpus table holds these very
    sentences' tags (training), so each token's own tag is taken out of its ``ctok`` counts.
    """
    stems = [_stems(s) for s in sentences]
    stats = [_sentence_stats(st, tg) for st, tg in zip(stems, tags, strict=True)]
    n = len(sentences)
    out: list[list[list[str]]] = []
    whole = None
    if window is None:
        whole = tuple(sum((x[k] for x in stats), Counter()) for k in range(4))
    for i in range(n):
        if whole is not None:
            tok, occ, ent, sup = whole
        else:
            lo, hi = max(0, i - window), min(n, i + window + 1)  # type: ignore[operator]
            tok, occ, ent, sup = (sum((stats[j][k] for j in range(lo, hi)), Counter()) for k in range(4))
        _, _, own_ent, own_sup = stats[i]
        st, tg = stems[i], tags[i]
        # Per-token features from other occurrences: document counts minus this sentence's own.
        feats: list[list[str]] = []
        own_type = [g[2:] if g != "O" else None for g in tg]
        for p, s in enumerate(st):
            f = ["s1=" + tg[p]]
            others = Counter({t: tok[(s, t)] - (own_type[p] == t) for t in ("PER", "ORG", "LOC", "MISC")})
            m = _majority(others)
            if m is not None:
                n_other = occ[s] - 1
                f.append(f"dtok={m[0]}")
                f.append(f"dtokq={m[0]}:{_bucket(m[1] / max(n_other, 1))}")
            sups = Counter({t: sup[(s, t)] - own_sup[(s, t)] for t in ("PER", "ORG", "LOC", "MISC")})
            m = _majority(sups)
            if m is not None:
                f.append(f"dsup={m[0]}")
            if corpus is not None:
                f.append(_ctok(corpus.get(s), (own_type[p] or "O") if leave_one_out else None))
            feats.append(f)
        # Entity strings found elsewhere: longest match from each position.
        p = 0
        while p < len(st):
            hit = None
            for k in range(min(MAX_LEN, len(st) - p), 0, -1):
                key = tuple(st[p:p + k])
                c = Counter({t: ent[(key, t)] - own_ent[(key, t)] for t in ("PER", "ORG", "LOC", "MISC")})
                m = _majority(c)
                if m is not None:
                    hit = (k, m[0])
                    break
            if hit is None:
                p += 1
                continue
            k, t = hit
            feats[p].append("dent=B-" + t)
            for q in range(p + 1, p + k):
                feats[q].append("dent=I-" + t)
            p += k
        out.append(feats)
    return out

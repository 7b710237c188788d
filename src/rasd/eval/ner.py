"""``rasd eval ner [FILE…]``: entity-level scores of the NER model on CoNLL-style data.

Input: one ``token TAG`` per line (the tag is the last whitespace-separated
field), a blank line between sentences, BIO tags. ``PERS`` is read as ``PER``;
``MISC`` is kept. Scoring is CoNLL-style: an entity counts only when its span
and type both match exactly. The report gives precision, recall and F1 per type,
then a last line ``micro-F1: NN.NN``. With no FILE, the official ANERcorp
(CAMeL Lab) test split from ../shared is used when present.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import InputError
from rasd.eval import shared_dir

TAG_ALIASES = {"PERS": "PER"}
# Sentences either side that count as "the same document" for consistency (see evaluate).
DOC_WINDOW = 10
_DEFAULT_TEST = Path("data") / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
_DEFAULT_TRAIN = Path("data") / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"


def normalize_tag(tag: str) -> str:
    """Canonical BIO tag: ``B-PERS`` → ``B-PER``; anything without a B/I prefix must be ``O``."""
    if tag == "O":
        return tag
    prefix, sep, typ = tag.partition("-")
    if not sep or prefix not in ("B", "I") or not typ:
        raise ValueError(tag)
    typ = typ.upper()
    return f"{prefix}-{TAG_ALIASES.get(typ, typ)}"


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of ``(tokens, tags)`` from a CoNLL-style file; raises InputError on bad input."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory, not a CoNLL file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror})") from None
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        line = line.strip().lstrip("\ufeff")
        if not line:
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        parts = line.split()
        if len(parts) < 2:
            raise InputError(str(path), f"line {lineno}: expected 'TOKEN TAG', got {line[:60]!r}")
        try:
            tag = normalize_tag(parts[-1])
        except ValueError:
            raise InputError(str(path), f"line {lineno}: {parts[-1]!r} is not a BIO tag (O, B-X, I-X)") from None
        toks.append(" ".join(parts[:-1]))
        tags.append(tag)
    if toks:
        sents.append((toks, tags))
    if not sents:
        raise InputError(str(path), "no annotated tokens")
    return sents


@dataclass
class Scores:
    """Entity counts per type: true positives, predicted, gold."""

    tp: dict[str, int] = field(default_factory=dict)
    pred: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)

    def add(self, gold_tags: Sequence[str], pred_tags: Sequence[str]) -> None:
        from rasd.analyse.ner.tagger import bio_spans

        g = set(bio_spans(gold_tags))
        p = set(bio_spans(pred_tags))
        for _, _, t in g:
            self.gold[t] = self.gold.get(t, 0) + 1
        for _, _, t in p:
            self.pred[t] = self.pred.get(t, 0) + 1
        for _, _, t in g & p:
            self.tp[t] = self.tp.get(t, 0) + 1

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 (percent) for one type, or micro-averaged over all."""
        if typ is None:
            tp, pr, gd = sum(self.tp.values()), sum(self.pred.values()), sum(self.gold.values())
        else:
            tp, pr, gd = self.tp.get(typ, 0), self.pred.get(typ, 0), self.gold.get(typ, 0)
        p = 100.0 * tp / pr if pr else 0.0
        r = 100.0 * tp / gd if gd else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def types(self) -> list[str]:
        return sorted(set(self.gold) | set(self.pred))


def evaluate(sentences: Sequence[tuple[list[str], list[str]]], window: int | None = DOC_WINDOW) -> Scores:
    """Tag the sentences with the shipped model and score against their gold tags.

    The file is read as a stream of news text without document boundaries, so the
    document-level consistency step sees ``window`` sentences either side
    (``None``: the whole file; ``0``: each sentence alone).
    """
    return score(sentences, predict(sentences, window))


def predict(sentences: Sequence[tuple[list[str], list[str]]], window: int | None = DOC_WINDOW) -> list[list[str]]:
    """The shipped model's tags for the sentences (document step over ±``window``)."""
    from rasd.analyse.ner.tagger import tag_sentences

    return tag_sentences([t for t, _ in sentences], window=window)


def score(sentences: Sequence[tuple[list[str], list[str]]], pred: Sequence[Sequence[str]]) -> Scores:
    """Entity scores of predicted tags against the sentences' gold tags."""
    scores = Scores()
    for (_, gold), p in zip(sentences, pred, strict=True):
        scores.add(gold, p)
    return scores


def entity_words(sentences: Sequence[tuple[list[str], list[str]]]) -> set[tuple[str, ...]]:
    """The normalized word tuples of the gold entities of ``sentences`` (any type)."""
    from rasd.analyse.ner.tagger import bio_spans
    from rasd.arabic.normalize import normalize

    return {tuple(normalize(w) for w in toks[a:b]) for toks, tags in sentences for a, b, _ in bio_spans(tags)}


def seen_recall(sentences: Sequence[tuple[list[str], list[str]]], pred: Sequence[Sequence[str]],
                seen: set[tuple[str, ...]]) -> tuple[tuple[int, int], tuple[int, int]]:
    """((found, gold) of gold entities whose words are in ``seen``, (found, gold) of the others).

    "Found" is exact span and type, as in :class:`Scores`; this splits recall into
    names met in training and unseen names, the harder half.
    """
    from rasd.analyse.ner.tagger import bio_spans
    from rasd.arabic.normalize import normalize

    counts = [[0, 0], [0, 0]]
    for (toks, gold), p in zip(sentences, pred, strict=True):
        hit = set(bio_spans(p))
        for span in bio_spans(gold):
            row = counts[0 if tuple(normalize(w) for w in toks[span[0]:span[1]]) in seen else 1]
            row[1] += 1
            row[0] += span in hit
    return (counts[0][0], counts[0][1]), (counts[1][0], counts[1][1])


def report(scores: Scores) -> str:
    """The printed table; the last line is ``micro-F1: NN.NN``."""
    lines = [f"{'type':<6} {'prec':>6} {'rec':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for t in scores.types():
        p, r, f = scores.prf(t)
        lines.append(f"{t:<6} {p:6.2f} {r:6.2f} {f:6.2f} {scores.gold.get(t, 0):6d} {scores.pred.get(t, 0):6d}")
    p, r, f = scores.prf()
    lines.append(f"{'all':<6} {p:6.2f} {r:6.2f} {f:6.2f} {sum(scores.gold.values()):6d} {sum(scores.pred.values()):6d}")
    lines.append(f"micro-F1: {f:.2f}")
    return "\n".join(lines)


def main(paths: list[str]) -> int:
    """Entry point of ``rasd eval ner``: print the report for FILEs (default: ANERcorp test)."""
    if not paths:
        shared = shared_dir()
        default = shared / _DEFAULT_TEST if shared else None
        if default is None or not default.exists():
            print(
                "rasd eval ner: no FILE given and the ANERcorp test split "
                f"(../shared/{_DEFAULT_TEST}) is not present; pass a CoNLL file",
                file=sys.stderr,
            )
            return 2
        paths = [str(default)]
    sentences: list[tuple[list[str], list[str]]] = []
    for path in paths:
        sentences.extend(read_conll(path))
    pred = predict(sentences)
    scores = score(sentences, pred)
    shared = shared_dir()
    train = shared / _DEFAULT_TRAIN if shared else None
    if train is not None and train.exists():
        # Split recall by whether the name occurs as an entity in the training split.
        (sf, sg), (uf, ug) = seen_recall(sentences, pred, entity_words(read_conll(train)))
        print(f"recall on names seen in ANERcorp train: {100 * sf / max(sg, 1):.2f} ({sf}/{sg}); "
              f"unseen: {100 * uf / max(ug, 1):.2f} ({uf}/{ug})")
    print(report(scores))
    return 0

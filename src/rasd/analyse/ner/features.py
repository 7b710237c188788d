"""CRF features for Arabic NER, computed once per word *type* and cached.

Pure: no I/O. The lexical resources (gazetteers, word clusters) are passed in
as a :class:`Resources` value that the tagger loads from the shipped model
directory, so the same code serves training and tagging.

Every token is described by features of its own form and of its neighbours
(window ±2). Features of a type are cached (they do not depend on context),
so extracting a sentence costs a few tuple concatenations per token — that is
what keeps tagging above 50,000 tokens/s on one core.

All string features use the normalized view (:func:`rasd.arabic.normalize`):
diacritics, hamza-alef variants, ta marbuta and Arabic-Indic digits fold away,
so fully vowelled text and plain text get the same features.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.arabic.normalize import normalize

PROCLITIC_LETTERS = "وفبلك"
# Conjunction, then preposition, then the article (ل+ال is written لل).
_CLITIC_RE = re.compile(r"^([وف]?)([بلك]?)(ال|(?<=ل)ل)?")
_ARABIC_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT_RE = re.compile(r"[0-9]")


@dataclass(frozen=True)
class Resources:
    """Lexical knowledge the features consult (all keys are normalized words).

    ``gazetteer`` maps a word to short flags (``FN`` first name, ``LN`` last
    name, ``LOC`` place word, ``ORGH`` organisation head word, ``TTL`` person
    title, ``LOCH`` place head word); ``clusters`` maps a word to cluster ids
    at one or more granularities (``"64:12"``, ``"512:300"``…).
    """

    gazetteer: dict[str, tuple[str, ...]] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)


def stem_of(norm: str) -> str:
    """The normalized word without proclitics و ف ب ل ك and the article ال.

    Aggressive on purpose (features may be noisy; the CRF weighs them): a
    chain is stripped only when at least three letters remain.
    """
    m = _CLITIC_RE.match(norm)
    if m and m.end() and len(norm) - m.end() >= 3:
        return norm[m.end():]
    return norm


def shape_of(tok: str) -> str:
    """A coarse word shape: script, digits, Latin capitalisation, punctuation."""
    has_ar = bool(_ARABIC_RE.search(tok))
    has_lat = bool(_LATIN_RE.search(tok))
    has_dig = bool(_DIGIT_RE.search(tok))
    if has_ar and not (has_lat or has_dig):
        return "AR"
    if has_lat and not (has_ar or has_dig):
        if tok.isupper() and len(tok) > 1:
            return "LATU"
        return "LATC" if tok[:1].isupper() else "LATL"
    if has_dig and not (has_ar or has_lat):
        return "NUM"
    if has_ar or has_lat or has_dig:
        return "MIX"
    return "P" + tok[:2]


def _gaz(res: Resources, word: str, tag: str) -> list[str]:
    return [f"{tag}={g}" for g in res.gazetteer.get(word, ())]


def _core(tok: str, res: Resources) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, context features) of one token type, without offsets."""
    n = normalize(tok)
    if not n:
        n = tok
    shape = shape_of(n)
    stem = stem_of(n)
    low = n.lower()
    own = [f"w={low}", f"sh={shape}"]
    ctx = [f"w={low}", f"sh={shape}"]
    if shape in ("AR", "MIX", "LATC", "LATL", "LATU"):
        own.append(f"st={stem}")
        ctx.append(f"st={stem}")
        for k in (1, 2, 3, 4):
            if len(stem) > k:
                own.append(f"p{k}={stem[:k]}")
                own.append(f"s{k}={stem[-k:]}")
        for k in (1, 2, 3):
            if len(low) > k:
                own.append(f"np{k}={low[:k]}")
        own.append(f"len={min(len(stem), 8)}")
        if n.startswith("ال"):
            own.append("al")
        # One proclitic letter off (و+بريطانيا, ل+وزارة): lets the model reuse what it knows
        # about the bare word, and the gazetteers fire on it.
        r1 = low[1:] if low[:1] in PROCLITIC_LETTERS and len(low) >= 4 else ""
        if r1:
            own.append(f"r1={r1}")
        flags = set(_gaz(res, low, "g")) | set(_gaz(res, stem, "g")) | set(_gaz(res, "ال" + stem, "g"))
        if r1:
            flags |= set(_gaz(res, r1, "g"))
        flags_sorted = sorted(flags)
        own.extend(flags_sorted)
        ctx.extend(flags_sorted)
        # Word clusters (unlabelled-text statistics); fall back to the clitic-free form.
        cl = res.clusters.get(low) or res.clusters.get(stem) or ()
        own.extend(f"c{c}" for c in cl)
        ctx.extend(f"c{c}" for c in cl)
    return tuple(own), tuple(ctx)


class Featurizer:
    """Turns token sequences into CRF feature sequences (lists of strings).

    Holds the per-type cache; one instance per loaded model.
    """

    WINDOW = (-2, -1, 1, 2)

    def __init__(self, resources: Resources, cache_size: int = 200_000) -> None:
        self.resources = resources
        self._typed = lru_cache(maxsize=cache_size)(self._typed_uncached)

    def _typed_uncached(self, tok: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]], str]:
        own, ctx = _core(tok, self.resources)
        by_off = {}
        for off in self.WINDOW:
            # Far neighbours get only the word, stem and shape; near ones all context features.
            feats = ctx if abs(off) == 1 else ctx[:3]
            by_off[off] = tuple(f"{off}{f}" for f in feats)
        return own, by_off, own[0][2:]

    def sequence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists for each token of one sentence."""
        typed = [self._typed(t) for t in tokens]
        n = len(typed)
        words = [t[2] for t in typed]
        out: list[list[str]] = []
        for i in range(n):
            own, _, w = typed[i]
            feats = ["bias", *own]
            for off in self.WINDOW:
                j = i + off
                if 0 <= j < n:
                    feats.extend(typed[j][1][off])
                else:
                    feats.append(f"{off}BOUND")
            prev = words[i - 1] if i > 0 else "<s>"
            nxt = words[i + 1] if i + 1 < n else "</s>"
            feats.append(f"bg-={prev}|{w}")
            feats.append(f"bg+={w}|{nxt}")
            out.append(feats)
        return out

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
    at one or more granularities (``"64:12"``, ``"512:300"``…); ``words`` maps a
    word to ready feature strings from the encoder-derived word table (zipf
    bin ``z=4.5``, e5 clusters ``e64=12``…, neighbour label mix ``nn=PER``).
    When ``words`` is non-empty, a word missing from it gets ``z=0`` (rare).
    """

    gazetteer: dict[str, tuple[str, ...]] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)


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


_PURE_AR_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_CLITIC_START = frozenset("وفبلكا")
_WORDLIKE = frozenset(("AR", "MIX", "LATC", "LATL", "LATU"))
_K4 = (1, 2, 3, 4)
_K3 = (1, 2, 3)
_P = {k: f"p{k}=" for k in _K4}
_S = {k: f"s{k}=" for k in _K4}
_NP = {k: f"np{k}=" for k in _K3}
_LEN = [f"len={k}" for k in range(9)]


def _core(tok: str, res: Resources) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(own features, context features) of one token type, without offsets."""
    n = normalize(tok) or tok
    low = n.lower()
    w = "w=" + low
    # Shape (see shape_of), with a shortcut for the common all-Arabic-letters word.
    shape = "AR" if _PURE_AR_RE.fullmatch(n) else shape_of(n)
    sh = "sh=" + shape
    if shape not in _WORDLIKE:
        return (w, sh), (w, sh)
    # stem_of strips nothing from a word that cannot start with a proclitic or the article.
    stem = stem_of(n) if n[0] in _CLITIC_START else n
    st = "st=" + stem
    own = [w, sh, st]
    ctx = [w, sh, st]
    ls = len(stem)
    if ls > 4:  # the common case, unrolled
        own += ("p1=" + stem[0], "s1=" + stem[-1], "p2=" + stem[:2], "s2=" + stem[-2:],
                "p3=" + stem[:3], "s3=" + stem[-3:], "p4=" + stem[:4], "s4=" + stem[-4:])
    else:
        for k in _K4:
            if ls > k:
                own.append(_P[k] + stem[:k])
                own.append(_S[k] + stem[-k:])
    ll = len(low)
    if ll > 3:
        own += ("np1=" + low[0], "np2=" + low[:2], "np3=" + low[:3])
    else:
        for k in _K3:
            if ll > k:
                own.append(_NP[k] + low[:k])
    own.append(_LEN[ls if ls < 8 else 8])
    if n.startswith("ال"):
        own.append("al")
    r1 = low[1:] if ll >= 4 and low[0] in PROCLITIC_LETTERS else ""
    if r1:
        own.append("r1=" + r1)
    gaz = res.gazetteer
    if gaz:
        found = [*gaz.get(low, ()), *gaz.get("ال" + stem, ())]
        if stem != low:  # each distinct key once: look-ups are most of the cold cost
            found.extend(gaz.get(stem, ()))
        if r1 and r1 != stem:
            found.extend(gaz.get(r1, ()))
        if found:
            flags = sorted({"g=" + g for g in found})
            own.extend(flags)
            ctx.extend(flags)
    clusters = res.clusters
    if clusters:
        cl = clusters.get(low) or clusters.get(stem)
        if cl:
            cf = ["c" + c for c in cl]
            own.extend(cf)
            ctx.extend(cf)
    table = res.words
    if table:
        # The word's own zipf bin; clusters and label mix fall back to the form without
        # one proclitic letter, then to the stem (وبريطانيا → بريطانيا).
        # The zipf bin is an own feature only: as a neighbour feature it cost 2 features a
        # token for no dev gain (tagging speed is mostly features per token).
        hit = table.get(low)
        if hit is None:
            own.append("z=0")
            hit = (r1 and table.get(r1)) or table.get(stem)
            if hit:
                own.extend(hit[1:])
                ctx.extend(hit[1:])
        else:
            own.extend(hit)
            ctx.extend(hit[1:])
    return tuple(own), tuple(ctx)


class Featurizer:
    """Turns token sequences into CRF feature sequences.

    Holds the per-type cache; one instance per loaded model. ``known``: the
    attributes the trained model has weights for (see
    :func:`rasd.analyse.ner.tagger.model_attributes`). With it, features the
    model ignores anyway are dropped once per word type and the rest are
    pre-encoded to UTF-8 bytes, so crfsuite gets only useful attributes and
    skips the per-call encoding — the tags are exactly the same, much faster.
    Without it (training), every feature is produced, as ``str``.
    """

    WINDOW = (-2, -1, 1, 2)

    def __init__(self, resources: Resources, cache_size: int = 200_000,
                 known: frozenset[str] | None = None) -> None:
        self.resources = resources
        self.known = known
        self._cache_size = cache_size
        self._cache: dict[str, tuple] = {}
        self._maps: tuple = ()  # built on first use (_filters): a tagger that only needs the
        self._near: dict = {}   # resources (rasd.analyse.ner.crfnp) does not pay for them at load
        bound = self._keep
        self._bias = bound(("bias",))
        # Sentinels for the window beyond either end of the sentence.
        self._start = ((), bound(("-2BOUND",)), bound(("-1BOUND",)), (), (), "<s>")
        self._end = ((), (), (), bound(("1BOUND",)), bound(("2BOUND",)), "</s>")

    def _filters(self, known: frozenset[str]) -> None:
        # Per window offset: base feature → the model's attribute as bytes, for the
        # attributes the model has. Own features never start with "-" or a digit.
        maps: dict[str, dict[str, bytes]] = {o: {} for o in ("", "-2", "-1", "1", "2")}
        for f in known:
            off = f[:2] if f[:1] == "-" else f[:1] if f[:1] in "12" else ""
            maps.get(off, maps[""])[f[len(off):]] = f.encode()
        self._maps = tuple(maps[o] for o in ("", "-2", "-1", "1", "2"))
        # Context feature → its (-2, -1, +1, +2) attributes in one look-up: a new word
        # type's filtering was the largest Python cost of cold tagging.
        near: dict[str, list] = {}
        for slot, o in enumerate(("-2", "-1", "1", "2")):
            for base, b in maps[o].items():
                near.setdefault(base, [None] * 4)[slot] = b
        self._near = {base: tuple(v) for base, v in near.items()}

    def _keep(self, feats) -> tuple:
        known = self.known
        if known is None:
            return tuple(feats)
        return tuple(f.encode() for f in feats if f in known)

    def _typed(self, tok: str) -> tuple:
        """(own, features as neighbour at -2, -1, +1, +2, word) of one token type, cached."""
        hit = self._cache.get(tok)
        if hit is not None:
            return hit
        own, ctx = _core(tok, self.resources)
        if self.known is not None and not self._maps:
            self._filters(self.known)
        far = ctx[:3]  # far neighbours get only the word, stem and shape; near ones all context features
        if self.known is None:
            entry = (own, tuple("-2" + f for f in far), tuple("-1" + f for f in ctx),
                     tuple("1" + f for f in ctx), tuple("2" + f for f in far), own[0][2:])
        else:
            m0 = self._maps[0]
            near = self._near
            a2: list = []
            a1: list = []
            b1: list = []
            b2: list = []
            for i, f in enumerate(ctx):
                e = near.get(f)
                if e is None:
                    continue
                if e[1]:
                    a1.append(e[1])
                if e[2]:
                    b1.append(e[2])
                if i < 3:  # far neighbours: the first three context features (see above)
                    if e[0]:
                        a2.append(e[0])
                    if e[3]:
                        b2.append(e[3])
            entry = (tuple([x for f in own if (x := m0.get(f))]),
                     tuple(a2), tuple(a1), tuple(b1), tuple(b2), own[0][2:])
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[tok] = entry
        return entry

    def sequence(self, tokens: Sequence[str], stacked: Sequence[str] | None = None) -> list:
        """Features for each token of one sentence (lists of ``str`` without ``known``,
        tuples of ``bytes`` with it).

        ``stacked``: one tag per token from a second tagger (the WikiFANE CRF); each
        token then also gets that tagger's tag for itself and its ±1 neighbours.
        """
        out = self._sequence(tokens)
        if stacked is not None:
            self._add_stacked(out, stacked)
        return out

    def _add_stacked(self, out: list, stacked: Sequence[str]) -> None:
        n = len(stacked)
        known = self.known
        for i, item in enumerate(out):
            feats = ["wf=" + stacked[i],
                     "-1wf=" + (stacked[i - 1] if i else "BOS"),
                     "1wf=" + (stacked[i + 1] if i + 1 < n else "EOS")]
            if known is None:
                item.extend(feats)
            else:
                out[i] = item + tuple(f.encode() for f in feats if f in known)

    def _sequence(self, tokens: Sequence[str]) -> list:
        typed = self._typed
        cached = self._cache.get
        ts = [cached(t) or typed(t) for t in tokens]
        start, end = self._start, self._end
        pad = [start, start, *ts, end, end]
        words = [x[5] for x in pad[1:-1]]
        bias = self._bias
        known = self.known
        out: list = []
        if known is None:
            for t, a, b, c, d, pw, w, nw in zip(ts, pad, pad[1:], pad[3:], pad[4:], words, words[1:], words[2:], strict=False):
                out.append(["bias", *t[0], *a[1], *b[2], *c[3], *d[4], f"bg-={pw}|{w}", f"bg+={w}|{nw}"])
            return out
        for t, a, b, c, d, pw, w, nw in zip(ts, pad, pad[1:], pad[3:], pad[4:], words, words[1:], words[2:], strict=False):
            item = bias + t[0] + a[1] + b[2] + c[3] + d[4]
            bg = "bg-=" + pw + "|" + w
            if bg in known:
                item += (bg.encode(),)
            bg = "bg+=" + w + "|" + nw
            if bg in known:
                item += (bg.encode(),)
            out.append(item)
        return out

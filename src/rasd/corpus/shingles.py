"""Word shingles of Arabic-normalized text, hashed to 64 bits, vectorized.

Pure: no I/O. The contract:

- ``prepare(text)`` is the view shingles are taken from: ``rasd.arabic``
  normalization (diacritics, tatweel, alef/ya/ta-marbuta variants, digits) and
  lower case. Words are maximal runs of letters and digits of that view.
- ``shingle_sets(texts, k, seed)`` returns, for each text, the 64-bit hashes of
  its word k-grams (a text with fewer than ``k`` words, but at least one, has
  one shingle: all its words). The hash of a shingle depends only on its words,
  ``k`` and ``seed`` — never on the process, the batch or the corpus — so
  hashes stored in a database stay comparable across runs.

Why vectorized: per-word Python hashing (what a datasketch pipeline does with
``sha1`` per shingle) dominates dedup time. Here a whole batch of texts is
turned into one array of code points; words are found with a lookup table and
hashed with a polynomial prefix-sum hash (mod 2^64, odd base, so a word's hash
is ``(H[end] - H[start]) * base^-start``), then mixed with the splitmix64
finalizer. Shingles combine the mixed word hashes the same way. No Python loop
runs per word.
"""

from __future__ import annotations

import re

import numpy as np

from rasd.arabic.normalize import _fold_char

U64 = np.uint64
_MASK64 = (1 << 64) - 1
_BASE = 0x100000001B3  # odd: invertible mod 2^64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_SHINGLE_BASE = 0x9E3779B97F4A7C15  # odd
_SEP = "\x00"  # never a word character: words cannot run across texts

def mix64(z: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer on a uint64 array (a bijection with good avalanche)."""
    z = z.astype(U64, copy=True)
    z ^= z >> U64(30)
    z *= U64(0xBF58476D1CE4E5B9)
    z ^= z >> U64(27)
    z *= U64(0x94D049BB133111EB)
    z ^= z >> U64(31)
    return z


_SEP_CP = 0x01  # separates texts in a batch; not a word character, never folded away
_SEP_STR = chr(_SEP_CP)
_tables: tuple[np.ndarray, np.ndarray, dict[int, str]] | None = None
_multi_re: re.Pattern[str] | None = None
_multi_mask: np.ndarray | None = None  # BMP code points that fold to several characters


def _tables_() -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Per-BMP-code-point tables: ``fold`` (the one-character normalized, lower-cased
    form; 0 = dropped), ``isword`` (letter or digit after folding) and ``multi``
    (the rare characters that normalize to several characters, e.g. ligatures)."""
    global _tables
    if _tables is None:
        fold = np.arange(0x10000, dtype=np.uint32)
        multi: dict[int, str] = {}
        for cp in range(0x10000):
            if 0xD800 <= cp < 0xE000:
                continue
            c = chr(cp)
            f = _fold_char(c).lower()
            if f == c:
                continue
            if len(f) == 1:
                fold[cp] = ord(f)
            elif not f:
                fold[cp] = 0
            else:
                multi[cp] = f
        isword = np.zeros(0x10000, dtype=bool)
        for cp in range(0x10000):
            if 0xD800 <= cp < 0xE000:
                continue
            if chr(cp).isalnum():
                isword[cp] = True
        _tables = (fold, isword, multi)
        global _multi_re, _multi_mask
        _multi_re = re.compile("[" + re.escape("".join(chr(c) for c in multi)) + "]")
        _multi_mask = np.zeros(0x10000, dtype=bool)
        _multi_mask[list(multi)] = True
    return _tables


def prepare(text: str) -> str:
    """The view shingles are taken from: Arabic-normalized (``rasd.arabic.normalize``), lower case."""
    return prepare_many([text])[0]


def prepare_many(texts: list[str]) -> list[str]:
    """:func:`prepare` for many texts at once (numpy speed)."""
    if not texts:
        return []
    cp = _codepoints(texts)
    return cp.astype(np.uint32).tobytes().decode("utf-32-le").split(_SEP_STR)


_pow_cache: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``(base^i, base^-i)`` for ``i`` in ``0..n`` (mod 2^64), cached and grown by doubling."""
    have = _pow_cache.get(0)
    if have is None or len(have[0]) <= n:
        size = max(n + 1, 2 * (len(have[0]) if have else 0), 1 << 16)
        with np.errstate(over="ignore"):
            p = np.full(size, _BASE, dtype=U64)
            p[0] = 1
            p = np.cumprod(p, dtype=U64)
            q = np.full(size, _BASE_INV, dtype=U64)
            q[0] = 1
            q = np.cumprod(q, dtype=U64)
        _pow_cache[0] = (p, q)
        have = _pow_cache[0]
    return have


def _codepoints(texts: list[str]) -> np.ndarray:
    """The prepared view of all ``texts`` as one uint32 array, texts separated by ``_SEP_CP``."""
    fold, _, multi = _tables_()
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1 or _SEP_STR in joined:
        # A text holds a separator character itself: blank them out first.
        joined = _SEP.join(t.replace(_SEP, " ").replace(_SEP_STR, " ") for t in texts)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    assert _multi_mask is not None and _multi_re is not None
    if _multi_mask[np.minimum(cp, 0xFFFF)].any():
        # Rare: ligatures, ellipsis and other characters that fold to several.
        joined = _multi_re.sub(lambda m: multi[ord(m.group())], joined)
        cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    bmp = cp <= 0xFFFF
    out = np.where(bmp, fold[np.minimum(cp, 0xFFFF)], cp)
    out[cp == 0] = _SEP_CP
    return out[out != 0]


def word_hashes(texts: list[str], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Mixed 64-bit hashes of the words of the prepared view of all ``texts``.

    Returns ``(hashes, doc)`` where ``doc[i]`` is the index of the text word
    ``i`` belongs to; words are in text order.
    """
    if not texts:
        return np.zeros(0, U64), np.zeros(0, np.int64)
    _, table, _ = _tables_()
    cp = _codepoints(texts)
    isw = table[np.minimum(cp, 0xFFFF)] & (cp <= 0xFFFF)
    edges = np.diff(isw.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(starts) == 0:
        return np.zeros(0, U64), np.zeros(0, np.int64)
    p, q = _powers(len(cp))
    with np.errstate(over="ignore"):
        h = np.empty(len(cp) + 1, dtype=U64)
        h[0] = 0
        np.cumsum(cp.astype(U64) * p[: len(cp)], dtype=U64, out=h[1:])
        wh = (h[ends] - h[starts]) * q[starts]
        wh ^= U64((seed * 0xD6E8FEB86659FD93) & _MASK64)
    # Which text each word is in: count the separators before it.
    seps = np.flatnonzero(cp == _SEP_CP)
    doc = np.searchsorted(seps, starts, side="left")
    return mix64(wh), doc


def shingle_sets(texts: list[str], k: int = 5, seed: int = 0, *, batch: int = 128) -> list[np.ndarray]:
    """For each text, the 64-bit hashes of its word ``k``-shingles (see module doc).

    The arrays may repeat a hash (a repeated passage) and are in text order;
    :func:`jaccard` and the signatures treat them as sets. Texts are processed
    in batches of ``batch`` (arrays stay cache-sized).
    """
    out: list[np.ndarray] = []
    for b in range(0, len(texts), batch):
        out.extend(_shingle_batch(texts[b : b + batch], k, seed))
    return out


def _shingle_batch(texts: list[str], k: int, seed: int) -> list[np.ndarray]:
    n = len(texts)
    wh, doc = word_hashes(texts, seed)
    if len(wh) == 0:
        return [np.zeros(0, U64) for _ in range(n)]
    counts = np.bincount(doc, minlength=n)
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    m = len(wh)
    w = max(m - k + 1, 0)
    with np.errstate(over="ignore"):
        # sh[i] = sum_j wh[i + j] * B^j over the k words starting at i (wraps mod 2^64).
        acc = np.zeros(w, dtype=U64)
        mult = 1
        for j in range(k):
            if w:
                acc += wh[j : j + w] * U64(mult)
            mult = (mult * _SHINGLE_BASE) & _MASK64
        valid = doc[:w] == doc[k - 1 : k - 1 + w]
        sh = mix64(acc[valid] ^ U64(k))
        sh_doc = doc[:w][valid]
    # Shingles come out in word order, so sh_doc is sorted.
    bounds = np.searchsorted(sh_doc, np.arange(n + 1))
    out = np.split(sh, bounds[1:-1])
    for i in np.flatnonzero((bounds[1:] == bounds[:-1]) & (counts > 0)).tolist():
        # Fewer than k words: one shingle of all of them.
        with np.errstate(over="ignore"):
            words = wh[first[i] : first[i] + counts[i]]
            mults = np.array([pow(_SHINGLE_BASE, j, 1 << 64) for j in range(len(words))], dtype=U64)
            out[i] = mix64(np.array([np.sum(words * mults, dtype=U64) ^ U64(k)], dtype=U64))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two shingle hash arrays taken as sets (0.0 when both are empty)."""
    a, b = np.unique(a), np.unique(b)
    if len(a) == 0 and len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)

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

import numpy as np

from rasd.arabic.normalize import normalize

U64 = np.uint64
_MASK64 = (1 << 64) - 1
_BASE = 0x100000001B3  # odd: invertible mod 2^64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_SHINGLE_BASE = 0x9E3779B97F4A7C15  # odd
_SEP = "\x00"  # never a word character: words cannot run across texts

_word_table: np.ndarray | None = None


def _table() -> np.ndarray:
    """``table[cp]`` is True when BMP code point ``cp`` is a word character (letter or digit)."""
    global _word_table
    if _word_table is None:
        t = np.zeros(0x10000, dtype=bool)
        for cp in range(0x10000):
            if chr(cp).isalnum():
                t[cp] = True
        _word_table = t
    return _word_table


def mix64(z: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer on a uint64 array (a bijection with good avalanche)."""
    z = z.astype(U64, copy=True)
    z ^= z >> U64(30)
    z *= U64(0xBF58476D1CE4E5B9)
    z ^= z >> U64(27)
    z *= U64(0x94D049BB133111EB)
    z ^= z >> U64(31)
    return z


def prepare(text: str) -> str:
    """The view shingles are taken from: Arabic-normalized, lower case."""
    return normalize(text).lower()


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


def word_hashes(texts: list[str], seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Mixed 64-bit hashes of the words of all ``texts`` (already :func:`prepare`-d).

    Returns ``(hashes, doc)`` where ``doc[i]`` is the index of the text word
    ``i`` belongs to; words are in text order.
    """
    joined = _SEP.join(texts)
    if not joined:
        return np.zeros(0, U64), np.zeros(0, np.int64)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    table = _table()
    isw = table[np.minimum(cp, 0xFFFF)] & (cp <= 0xFFFF)
    edges = np.diff(np.concatenate(([False], isw, [False])).astype(np.int8))
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
    # Which text each word is in: texts are separated by one _SEP character.
    text_starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    doc = np.searchsorted(text_starts, starts, side="right") - 1
    return mix64(wh), doc


def shingle_sets(texts: list[str], k: int = 5, seed: int = 0, *, prepared: bool = False) -> list[np.ndarray]:
    """For each text, the sorted unique 64-bit hashes of its word ``k``-shingles (see module doc)."""
    views = texts if prepared else [prepare(t) for t in texts]
    n = len(views)
    wh, doc = word_hashes(views, seed)
    if len(wh) == 0:
        return [np.zeros(0, U64) for _ in range(n)]
    counts = np.bincount(doc, minlength=n)
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    m = len(wh)
    with np.errstate(over="ignore"):
        # sh[i] = sum_j wh[i + j] * B^j over the k words starting at i (wraps mod 2^64).
        acc = np.zeros(max(m - k + 1, 0), dtype=U64)
        mult = U64(1)
        for j in range(k):
            if len(acc):
                acc += wh[j : j + len(acc)] * mult
            mult = U64((int(mult) * _SHINGLE_BASE) & _MASK64)
        valid = np.zeros(len(acc), dtype=bool)
        if len(acc):
            valid = doc[: len(acc)] == doc[k - 1 : k - 1 + len(acc)]
        sh = mix64(acc[valid] ^ U64(k))
        sh_doc = doc[: len(acc)][valid]
    # Shingles come out in word order, so sh_doc is already sorted.
    bounds = np.searchsorted(sh_doc, np.arange(n + 1))
    out: list[np.ndarray] = []
    for i in range(n):
        s = sh[bounds[i] : bounds[i + 1]]
        if len(s) == 0 and counts[i] > 0:
            # Fewer than k words: one shingle of all of them.
            with np.errstate(over="ignore"):
                words = wh[first[i] : first[i] + counts[i]]
                mults = np.array([pow(_SHINGLE_BASE, j, 1 << 64) for j in range(len(words))], dtype=U64)
                s = mix64(np.array([np.sum(words * mults, dtype=U64) ^ U64(k)], dtype=U64))
        out.append(np.unique(s))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays (0.0 when both are empty)."""
    if len(a) == 0 and len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)

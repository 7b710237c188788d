"""Locality-sensitive hashing over MinHash signatures: banding, candidates, an incremental index.

Pure, numpy. A signature of ``bands * rows`` values is cut into ``bands``
bands; two texts are candidates when any band agrees exactly. With Jaccard
``s`` the chance of becoming a candidate is ``1 - (1 - s^rows)^bands``.

Why generous banding: candidates are verified exactly afterwards (see
:mod:`rasd.corpus.dedup`), so false candidates only cost a cheap set
intersection, while a missed candidate is lost recall. :func:`choose_bands`
therefore picks the banding that keeps the miss probability at the threshold
below ``1e-4`` with the fewest bands (each band costs 8 bytes of index per text).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from rasd.corpus.minhash import EMPTY
from rasd.corpus.shingles import U64, mix64

_M = 0x9E3779B97F4A7C15


def collision_probability(s: float, bands: int, rows: int) -> float:
    """Chance that two texts of Jaccard ``s`` share at least one band."""
    return 1.0 - (1.0 - s**rows) ** bands


def choose_bands(threshold: float, num_perm: int, max_miss: float = 1e-4) -> tuple[int, int]:
    """``(bands, rows)`` with ``bands * rows <= num_perm``, miss probability at ``threshold``
    at most ``max_miss``, the most rows (fewest false candidates) and then the fewest bands."""
    best: tuple[int, int] | None = None
    for rows in range(1, num_perm + 1):
        for bands in range(1, num_perm // rows + 1):
            if 1.0 - collision_probability(threshold, bands, rows) <= max_miss:
                best = (bands, rows)
                break
    if best is None:  # threshold too low to reach max_miss: use every value, one per band
        return num_perm, 1
    return best


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(n, bands)`` uint64 keys; a key mixes the band's values and the band index.

    Texts with an all-``EMPTY`` signature (no words) get key 0 in every band,
    which :class:`LSHIndex` and :func:`candidate_pairs` never match.
    """
    n = len(sigs)
    s = sigs[:, : bands * rows].astype(U64).reshape(n, bands, rows)
    with np.errstate(over="ignore"):
        acc = np.zeros((n, bands), dtype=U64)
        for r in range(rows):
            acc = acc * U64(_M) + s[:, :, r] + U64(1)
        keys = mix64(acc ^ (np.arange(bands, dtype=U64) * U64(0xC2B2AE3D27D4EB4F)))
    keys[keys == 0] = 1  # keep 0 as the "never matches" key
    keys[(sigs == EMPTY).all(axis=1)] = 0
    return keys


def candidate_pairs(keys: np.ndarray) -> np.ndarray:
    """All ``(i, j)`` with ``i < j`` sharing a band key (batch mode), as an ``(m, 2)`` int64 array."""
    n, b = keys.shape
    flat = keys.ravel()
    owner = np.repeat(np.arange(n, dtype=np.int64), b)
    keep = flat != 0
    flat, owner = flat[keep], owner[keep]
    order = np.argsort(flat, kind="stable")
    flat, owner = flat[order], owner[order]
    # Runs of equal keys.
    brk = np.flatnonzero(np.diff(flat) != 0) + 1
    starts = np.concatenate(([0], brk))
    ends = np.concatenate((brk, [len(flat)]))
    size = ends - starts
    out: list[np.ndarray] = []
    # All pairs of each run, vectorized per run size (a text has one key per band and
    # the band index is mixed into the key, so a run never holds a text twice).
    for m in np.unique(size[size > 1]).tolist():
        runs = starts[size == m]
        members = owner[runs[:, None] + np.arange(m)]  # (runs, m)
        i, j = np.triu_indices(m, 1)
        out.append(np.stack([members[:, i].ravel(), members[:, j].ravel()], axis=1))
    if not out:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(out)
    pairs = np.sort(pairs, axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    code = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([code // n, code % n], axis=1)


class LSHIndex:
    """An incremental band index: ``add(item, keys)`` and ``query(keys)``.

    Memory: one dict entry per distinct band key; the persistent part of the
    index is the ``(bands,)`` uint64 key row of each text (8 bytes per band).
    """

    def __init__(self) -> None:
        self._buckets: dict[int, list[int]] = defaultdict(list)
        self.size = 0

    def add(self, item: int, keys: np.ndarray) -> None:
        if not keys.any():
            return
        for key in keys.tolist():
            self._buckets[key].append(item)
        self.size += 1

    def query(self, keys: np.ndarray) -> set[int]:
        found: set[int] = set()
        if not keys.any():
            return found
        for key in keys.tolist():
            hit = self._buckets.get(key)
            if hit:
                found.update(hit)
        return found

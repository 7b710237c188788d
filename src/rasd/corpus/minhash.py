"""MinHash signatures by one-permutation hashing with optimal densification, vectorized.

Pure, numpy, seedable. A signature has ``num_perm`` 32-bit values; the
fraction of positions where two signatures agree estimates the Jaccard
similarity of the two shingle sets.

Why one permutation: classic MinHash applies ``num_perm`` hash functions to
every shingle (``n * num_perm`` work — what datasketch does). One-permutation
hashing (Li, Owen & Zhang, NIPS 2012) hashes each shingle once: the top bits
of the (already uniformly mixed) 64-bit shingle hash pick one of ``num_perm``
bins, the remaining bits are the value, and each bin keeps its minimum. That is
``O(n + num_perm)`` per text and estimates Jaccard as well as ``num_perm``
independent permutations. Bins left empty (texts with few shingles) are filled
by *optimal densification* (Shrivastava, ICML 2017): an empty bin copies the
value of the first non-empty bin along its own fixed pseudo-random probe
sequence, which keeps the estimator unbiased and locality-sensitive.

Everything is vectorized over a batch of texts: one ``np.minimum.at`` for the
bins, a few array passes for densification.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from rasd.corpus.shingles import U64, mix64

EMPTY = np.uint32(0xFFFFFFFF)  # value of a bin no shingle fell in


@dataclass(frozen=True)
class MinHasher:
    """Signature parameters. ``num_perm`` must be a power of two (bins come from hash bits)."""

    num_perm: int = 128
    seed: int = 1

    def __post_init__(self) -> None:
        if self.num_perm < 2 or self.num_perm & (self.num_perm - 1):
            raise ValueError(f"num_perm must be a power of two >= 2, got {self.num_perm}")

    @property
    def bits(self) -> int:
        return self.num_perm.bit_length() - 1

    def _probes(self, rounds: int) -> np.ndarray:
        """``probes[t, i]``: the bin empty bin ``i`` looks at in round ``t`` (fixed by the seed)."""
        rng = np.random.default_rng(self.seed)
        return rng.integers(0, self.num_perm, size=(rounds, self.num_perm))

    def signatures(self, sets: list[np.ndarray]) -> np.ndarray:
        """``(len(sets), num_perm)`` uint32 signatures of sorted-unique uint64 shingle sets.

        A text with no shingles gets an all-``EMPTY`` signature (it matches nothing).
        """
        n, k = len(sets), self.num_perm
        sig = np.full(n * k, np.iinfo(np.uint64).max, dtype=U64)
        lens = np.fromiter((len(s) for s in sets), dtype=np.int64, count=n)
        if lens.sum():
            allh = np.concatenate(sets)
            if self.seed:
                # Re-mix with the seed so different seeds give independent signatures.
                allh = mix64(allh ^ U64((self.seed * 0xA0761D6478BD642F) & ((1 << 64) - 1)))
            doc = np.repeat(np.arange(n, dtype=np.int64), lens)
            bins = (allh >> U64(64 - self.bits)).astype(np.int64)
            # Top 32 of the remaining bits: the value order is preserved, storage halves.
            vals = (allh << U64(self.bits)) >> U64(32)
            np.minimum.at(sig, doc * k + bins, vals)
        sig = sig.reshape(n, k)
        empty = sig == np.iinfo(np.uint64).max
        out = np.where(empty, EMPTY, sig).astype(np.uint32)
        todo = empty & ~empty.all(axis=1, keepdims=True)
        if todo.any():
            out = self._densify(out, empty, todo)
        return out

    def _densify(self, sig: np.ndarray, empty: np.ndarray, todo: np.ndarray) -> np.ndarray:
        """Fill empty bins from the first non-empty bin of their probe sequence.

        Works on the rows that still have empty bins only, so the long probe
        sequences of very short texts cost little.
        """
        out = sig.copy()
        rows = np.flatnonzero(todo.any(axis=1))
        sub_sig, sub_empty, sub_todo = sig[rows], empty[rows], todo[rows]
        filled = sub_sig.copy()
        rounds = 256
        probes = self._probes(rounds)
        t = 0
        live = np.arange(len(rows))
        while len(live):
            if t == rounds:  # very sparse texts: extend the probe sequence, deterministically
                rounds *= 4
                probes = self._probes(rounds)
            src = probes[t]
            ok = sub_todo[live] & ~sub_empty[live][:, src]
            r, c = np.nonzero(ok)
            filled[live[r], c] = sub_sig[live[r], src[c]]
            sub_todo[live[r], c] = False
            live = live[sub_todo[live].any(axis=1)]
            t += 1
        out[rows] = filled
        return out


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard of two signatures: the fraction of agreeing positions."""
    return float(np.mean(a == b))

"""Exact numpy tagging with a crfsuite CRF1d model: crfsuite's tags, without its per-call costs.

crfsuite's ``Tagger.tag`` receives every token's attributes as byte strings, copies
each into a C++ string and hashes it into the model's attribute dictionary; with the
Python tuples built per token to hold them, that was most of the NER time (about 24
attributes a token). Here a word type's attributes become integer ids once (cached
per type, like the features), the state scores of all sentences of a document come
from one gather of weight rows and a running sum in numpy, and Viterbi runs over all
sentences at once, one numpy step per position.

Exactness (the tags are crfsuite's, not merely close):

- crfsuite (``crf1dt_state_score``) starts each token's label scores at 0 and adds,
  attribute by attribute in the item's order, the attribute's weight for each label it
  has a feature for (times the value 1.0, which is exact). ``np.cumsum`` along the
  attributes adds in the same order (``np.add.accumulate`` is sequential); padding ids
  point to a row of zeros, and ``x + 0.0 == x``. The prefix every token starts with
  (the bias, then the word's own attributes) is such a running sum, made once per type.
- Viterbi follows ``crf1dc_viterbi``: ``prev[i] + trans[i][j]``, the first ``i`` with the
  largest score wins (``argmax`` returns the first maximum), then ``+ state[j]``; at the
  end the first label with the largest score; the path is traced back.

``tests/test_crfnp.py`` compares the tags with crfsuite's on random attribute sequences
of the shipped model and on real sentences.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import numpy as np

from rasd.analyse.ner.features import Featurizer, _core

_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")])  # 20 bytes, packed


def cqdb_strings(data: bytes, off: int, n: int) -> list[str] | None:
    """The ``n`` keys of the CQDB chunk at ``off``, by id (header, 256 hash tables, then the
    records ``id, size, key\\0`` and the id → record offset array)."""
    chunk, _, _, _, num, bwd = struct.unpack_from("<4s5I", data, off)
    if chunk != b"CQDB" or num != n:
        return None
    out = []
    for rec in struct.unpack_from(f"<{n}I", data, off + bwd):
        size = struct.unpack_from("<I", data, off + rec + 4)[0]
        out.append(data[off + rec + 8:off + rec + 7 + size].decode("utf-8"))
    return out


@dataclass(frozen=True)
class CrfWeights:
    """A CRF1d model's tables: ``state[attribute id, label id]`` (one extra last row of zeros,
    the padding id), ``trans[from label, to label]``, and the names of the ids."""

    attrs: list[str]
    labels: list[str]
    state: np.ndarray
    trans: np.ndarray


def read_model(path: Path) -> CrfWeights | None:
    """The weights of a crfsuite CRF1d model file; ``None`` when it is not one (or has a
    feature twice, which crfsuite's writer never produces)."""
    try:
        data = path.read_bytes()
        (magic, _, kind, _, _, n_labels, n_attrs, off_feat, off_labels,
         off_attrs) = struct.unpack_from("<4sI4s7I", data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        attrs = cqdb_strings(data, off_attrs, n_attrs)
        labels = cqdb_strings(data, off_labels, n_labels)
        chunk, _, n_feat = struct.unpack_from("<4sII", data, off_feat)
        if attrs is None or labels is None or chunk != b"FEAT":
            return None
        feats = np.frombuffer(data, dtype=_FEATURE, count=n_feat, offset=off_feat + 12)
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        return None
    state = np.zeros((n_attrs + 1, n_labels))
    trans = np.zeros((n_labels, n_labels))
    for kind_id, table, rows in ((0, state, n_attrs), (1, trans, n_labels)):
        f = feats[feats["type"] == kind_id]
        if len(f) and (int(f["src"].max()) >= rows or int(f["dst"].max()) >= n_labels):
            return None
        cells = f["src"].astype(np.int64) * n_labels + f["dst"]
        if len(np.unique(cells)) != len(cells):
            return None
        table[f["src"], f["dst"]] = f["w"]
    return CrfWeights(attrs, labels, state, trans)


class _CrfsuiteViterbi:
    """crfsuite's own Viterbi (``crf1dc_viterbi``, exported by python-crfsuite's extension), fed
    state scores computed here: a ctypes call per sentence instead of numpy steps per position.

    It relies on the layout of crfsuite's ``crf1d_context_t`` (four ints, a double, then the
    state and transition arrays); :func:`viterbi_backend` checks the fields it can and compares
    it with :meth:`FastCRF._viterbi_np` on random scores before it is used.
    """

    def __init__(self, trans: np.ndarray) -> None:
        import ctypes

        import pycrfsuite._pycrfsuite as ext

        dbl = ctypes.POINTER(ctypes.c_double)

        class Ctx(ctypes.Structure):
            _fields_ = [("flag", ctypes.c_int), ("num_labels", ctypes.c_int), ("num_items", ctypes.c_int),
                        ("cap_items", ctypes.c_int), ("log_norm", ctypes.c_double), ("state", dbl), ("trans", dbl)]

        lib = ctypes.CDLL(ext.__file__)
        lib.crf1dc_new.restype = ctypes.POINTER(Ctx)
        lib.crf1dc_new.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.crf1dc_set_num_items.argtypes = [ctypes.POINTER(Ctx), ctypes.c_int]
        lib.crf1dc_viterbi.restype = ctypes.c_double
        lib.crf1dc_viterbi.argtypes = [ctypes.POINTER(Ctx), ctypes.c_void_p]
        L = trans.shape[0]
        ctx = lib.crf1dc_new(1, L, 512)  # 1: CTXF_VITERBI
        if not ctx:
            raise OSError("crf1dc_new failed")
        c = ctx.contents
        if (c.flag, c.num_labels, c.num_items, c.cap_items) != (1, L, 0, 512) or not c.trans or not c.state:
            raise OSError("unexpected crf1d_context_t layout")
        self._trans = np.ascontiguousarray(trans, dtype=np.float64)
        ctypes.memmove(c.trans, self._trans.ctypes.data, self._trans.nbytes)
        lib.crf1dc_delete.argtypes = [ctypes.POINTER(Ctx)]
        self._ctx, self._c, self._lib, self._L = ctx, c, lib, L
        self._memmove = ctypes.memmove

    def __del__(self) -> None:
        try:
            self._lib.crf1dc_delete(self._ctx)
        except Exception:  # noqa: BLE001 - interpreter shutdown: nothing to free into
            pass

    def __call__(self, state: np.ndarray, lens: list[int]) -> list[list[int]]:
        state = np.ascontiguousarray(state, dtype=np.float64)
        out = np.zeros(len(state), dtype=np.intc)
        ctx, c, lib = self._ctx, self._c, self._lib
        row, size = self._L * 8, out.itemsize
        src, dst = state.ctypes.data, out.ctypes.data
        set_n, viterbi, memmove = lib.crf1dc_set_num_items, lib.crf1dc_viterbi, self._memmove
        at = 0
        for n in lens:
            set_n(ctx, n)
            memmove(c.state, src + at * row, n * row)
            viterbi(ctx, dst + at * size)
            at += n
        flat = out.tolist()
        res = []
        at = 0
        for n in lens:
            res.append(flat[at:at + n])
            at += n
        return res


def _padded(rows: list[list[int]], lens: np.ndarray, width: int, pad: int) -> np.ndarray:
    """``rows`` (of lengths ``lens``) as an int32 matrix of ``width`` columns, each row padded at
    its end with ``pad``."""
    out = np.full((len(rows), width), pad, dtype=np.int32)
    out[np.arange(width) < lens[:, None]] = np.fromiter(chain.from_iterable(rows), dtype=np.int32)
    return out


def _add_rows(acc: np.ndarray, W: np.ndarray, cols: np.ndarray) -> None:
    """``acc[i] += W[cols[0, i]]``, then ``+= W[cols[1, i]]`` …: one column after another, so each
    row of ``acc`` is a running sum in column order (exact, as crfsuite adds). Small batches
    gather every weight row at once; large ones one column at a time (less memory traffic)."""
    if len(acc) < 150:
        for rows in W[cols]:
            acc += rows
        return
    buf = np.empty_like(acc)
    for col in cols:
        np.take(W, col, axis=0, out=buf)
        acc += buf


_MAX_TYPES = 200_000  # word types kept (as the featurizer's cache): about 40 MB of tables when full


class FastCRF:
    """Tags sentences as ``crfsuite.Tagger.tag(featurizer.sequence(tokens))`` does, exactly.

    ``featurizer``: the filtering featurizer of the model (its resources and known
    attributes); the features are the same (:func:`rasd.analyse.ner.features._core`),
    only held as ids. Not for a featurizer with stacked tags (those are per sentence).
    """

    def __init__(self, weights: CrfWeights, featurizer: Featurizer) -> None:
        self.res = featurizer.resources
        self.labels = weights.labels
        self.W = weights.state
        self.trans = weights.trans
        self.Z = len(weights.attrs)  # the padding id: a row of zeros
        ids = {a: i for i, a in enumerate(weights.attrs)}
        self._own: dict[str, int] = {}
        near: dict[str, list[int]] = {}
        for a, i in ids.items():
            off = a[:2] if a[:1] == "-" else a[:1] if a[:1] in "12" else ""
            if not off:
                self._own[a] = i
            elif off in ("-2", "-1", "1", "2"):
                near.setdefault(a[len(off):], [self.Z] * 4)[("-2", "-1", "1", "2").index(off)] = i
        self._near = near
        # Bigram attributes "bg-=PREV|WORD" / "bg+=WORD|NEXT" as nested maps, under every split
        # at a "|" (a word may itself be "|"): (x, y) is found iff "bg-=" + x + "|" + y is one.
        self._bgm: dict[str, dict[str, int]] = {}
        self._bgp: dict[str, dict[str, int]] = {}
        for a, i in ids.items():
            if a.startswith(("bg-=", "bg+=")):
                table = self._bgm if a[2] == "-" else self._bgp
                rest = a[4:]
                for k, ch in enumerate(rest):
                    if ch == "|":
                        table.setdefault(rest[:k], {})[rest[k + 1:]] = i
        self._bias = [ids[b] for b in ("bias",) if b in ids]
        self._reset()
        self._viterbi = viterbi_backend(self)

    def _reset(self) -> None:
        L = len(self.labels)
        self._types: dict[str, tuple] = {}
        self._n = 0
        self._own_sum = np.zeros((1024, L))
        self._segs = [np.full((1024, 1), self.Z, dtype=np.int32) for _ in range(4)]  # -2, -1, +1, +2
        self._seglen = np.zeros((1024, 4), dtype=np.int32)
        # The window beyond a sentence's ends (Featurizer's -2BOUND … 2BOUND sentinels): types 0 and 1.
        new: list[tuple] = []
        self._start = self._entry("<s>", new, ("<s>", [], self._known("-2BOUND"), self._known("-1BOUND"), [], []))
        self._end = self._entry("</s>", new, ("</s>", [], [], [], self._known("1BOUND"), self._known("2BOUND")))
        self._add_types(new)
        self._types.clear()  # the sentinels are no word types

    def _known(self, attr: str) -> list[int]:
        """``[id]`` of a window attribute (``-2…``, ``-1…``, ``1…``, ``2…``), ``[]`` when the model lacks it."""
        off = attr[:2] if attr[:1] == "-" else attr[:1]
        got = self._near.get(attr[len(off):])
        i = got[("-2", "-1", "1", "2").index(off)] if got else self.Z
        return [] if i == self.Z else [i]

    def _describe(self, tok: str) -> tuple:
        """(word, own ids, ids as neighbour at -2, -1, +1, +2) of a new word type."""
        own, ctx = _core(tok, self.res)
        m0 = self._own
        near = self._near
        Z = self.Z
        a2: list[int] = []
        a1: list[int] = []
        b1: list[int] = []
        b2: list[int] = []
        for i, f in enumerate(ctx):  # as Featurizer._typed: far neighbours get the first three only
            e = near.get(f)
            if e is None:
                continue
            if e[1] != Z:
                a1.append(e[1])
            if e[2] != Z:
                b1.append(e[2])
            if i < 3:
                if e[0] != Z:
                    a2.append(e[0])
                if e[3] != Z:
                    b2.append(e[3])
        return own[0][2:], [x for f in own if (x := m0.get(f)) is not None], a2, a1, b1, b2

    def _entry(self, tok: str, new: list[tuple], d: tuple | None = None) -> tuple:
        """The cache entry ``(index, word, bg- map as previous word, bg+ map as this word)`` of a new
        type; its description (``d``, by default :meth:`_describe`) goes to ``new``, for
        :meth:`_add_types` to store under that index."""
        if d is None:
            d = self._describe(tok)
        new.append(d)
        e = self._types[tok] = (self._n + len(new) - 1, d[0], self._bgm.get(d[0]), self._bgp.get(d[0]))
        return e

    def _add_types(self, described: list[tuple]) -> None:
        """Store new types (from :meth:`_describe`) under the next indices (see :meth:`_entry`)."""
        n0, n = self._n, len(described)
        need = n0 + n
        if need > len(self._own_sum):
            cap = max(need, 2 * len(self._own_sum))
            grow = cap - len(self._own_sum)
            self._own_sum = np.concatenate((self._own_sum, np.zeros((grow, len(self.labels)))))
            self._seglen = np.concatenate((self._seglen, np.zeros((grow, 4), dtype=np.int32)))
            self._segs = [np.concatenate((s, np.full((grow, s.shape[1]), self.Z, dtype=np.int32)))
                          for s in self._segs]
        Z = self.Z
        for k in range(4):
            rows = [d[2 + k] for d in described]
            lens = np.fromiter(map(len, rows), dtype=np.int32, count=n)
            width = int(lens.max())
            seg = self._segs[k]
            if width > seg.shape[1]:
                seg = self._segs[k] = np.concatenate(
                    (seg, np.full((len(seg), width - seg.shape[1]), Z, dtype=np.int32)), axis=1)
            seg[n0:need] = _padded(rows, lens, seg.shape[1], Z)
            self._seglen[n0:need, k] = lens
        # Running sum from 0 of the bias, then the word's own attributes, in order (see the module
        # docstring).
        acc = np.zeros((n, len(self.labels)))
        for b in self._bias:
            acc += self.W[b]
        own = [d[1] for d in described]
        lens = np.fromiter(map(len, own), dtype=np.int32, count=n)
        _add_rows(acc, self.W, _padded(own, lens, max(1, int(lens.max())), Z).T)
        self._own_sum[n0:need] = acc
        self._n = need

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """Label strings for each sentence (each sentence is tagged alone, as one sequence)."""
        if self._n > _MAX_TYPES:
            self._reset()
        get = self._types.get
        entry = self._entry
        new: list[tuple] = []
        try:
            sents = [[get(t) or entry(t, new) for t in sent] for sent in sentences]
            if new:
                self._add_types(new)
        except BaseException:
            self._reset()  # entries of new types may point at rows never filled
            raise
        start, end, Z = self._start, self._end, self.Z
        pad: list[int] = []  # type index per window position: two sentinels either side of each sentence
        bgm: list[int] = []
        bgp: list[int] = []
        lens = []
        s0, e0 = start[0], end[0]
        for ents in sents:
            lens.append(len(ents))
            if not ents:
                continue
            pad += (s0, s0)
            pad += [e[0] for e in ents]
            pad += (e0, e0)
            for p, e, q in zip([start, *ents], ents, [*ents[1:], end], strict=False):
                d = p[2]
                bgm.append(d.get(e[1], Z) if d else Z)
                d = e[3]
                bgp.append(d.get(q[1], Z) if d else Z)
        out: list[list[str]] = [[] for _ in sentences]
        if not bgm:
            return out
        P = np.array(pad, dtype=np.int64)
        pos = np.flatnonzero(P >= 2)  # the sentinels are types 0 and 1
        state = self._own_sum[P[pos]]
        W = self.W
        # Then each neighbour's attributes, in the item's order; a segment's columns stop where
        # every row of this document is padding (rows are padded at their ends).
        for k, shift in enumerate((-2, -1, 1, 2)):
            at = P[pos + shift]
            width = int(self._seglen[at, k].max())
            if width:
                _add_rows(state, W, self._segs[k][at, :width].T)
        _add_rows(state, W, np.array((bgm, bgp), dtype=np.int32))
        paths = self._viterbi(state, [n for n in lens if n])
        labels = self.labels
        it = iter(paths)
        for i, n in enumerate(lens):
            if n:
                out[i] = [labels[y] for y in next(it)]
        return out

    def _viterbi_np(self, state: np.ndarray, lens: list[int]) -> list[list[int]]:
        """Best label ids per sentence; ``state`` holds the sentences' rows one after another.
        All sentences at once, one numpy step per position (the reference, and the fallback when
        crfsuite's own Viterbi cannot be called)."""
        S, T, L = len(lens), max(lens), len(self.labels)
        n = np.array(lens)
        # Position-major, so that each step works on contiguous rows.
        X = np.zeros((T, S, L))
        X[np.arange(len(state)) - np.repeat(np.cumsum(n) - n, n), np.repeat(np.arange(S), n)] = state
        alpha = np.empty((T, S, L))
        back = np.empty((T, S, L), dtype=np.intp)
        alpha[0] = X[0]
        tT = np.ascontiguousarray(self.trans.T)  # [to, from]
        sc = np.empty((S, L, L))
        for t in range(1, T):
            np.add(alpha[t - 1][:, None, :], tT, out=sc)  # [sentence, to, from] = prev[from] + trans[from][to]
            sc.argmax(axis=2, out=back[t])
            sc.max(axis=2, out=alpha[t])
            alpha[t] += X[t]
        rows = np.arange(S)
        final = alpha[n - 1, rows].argmax(axis=1)
        path = np.empty((T, S), dtype=np.intp)
        cur = final.copy()
        for t in range(T - 1, -1, -1):
            ends = n - 1 == t
            cur[ends] = final[ends]
            path[t] = cur
            if t:
                cur = back[t, rows, cur]
        return [row[:k] for row, k in zip(path.T.tolist(), lens, strict=True)]


def viterbi_backend(crf: FastCRF):
    """crfsuite's own Viterbi when it can be called and agrees with the numpy one on random
    scores (ties included), else the numpy one."""
    try:
        fast = _CrfsuiteViterbi(crf.trans)
    except (OSError, AttributeError, ImportError):
        return crf._viterbi_np
    rng = np.random.default_rng(17)
    lens = [1, 2, 7, 40, 3, 60]
    for scale in (1.0, 0.0):  # 0.0: every score tied
        state = rng.normal(size=(sum(lens), len(crf.labels))) * scale
        if fast(state, lens) != crf._viterbi_np(state, lens):
            return crf._viterbi_np
    return fast

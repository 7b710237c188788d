"""The shipped Arabic NER model: BIO tags for tokens, entity spans for text.

``tag_tokens(tokens)`` returns one BIO tag per token (types PER, ORG, LOC,
MISC); ``tag_text(text)`` returns ``(start, end, type)`` character spans into
``text``. The model (a linear-chain CRF, python-crfsuite) and its lexical
resources live in ``rasd/data/ner/`` and load lazily, once per process.

Tokenization follows the training data (ANERcorp): words are split on
whitespace and punctuation, proclitics stay attached (``وبريطانيا`` is one
token tagged B-LOC). When a span is reported, a leading proclitic is trimmed
off its first word if the bare word is the better-attested entity form
(``لوزارة`` → ``وزارة``, ``ووزير`` → ``وزير``; ``لبنان`` and ``وانغ`` stay whole).
"""

from __future__ import annotations

import re
import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from rasd.analyse.ner.crfnp import FastCRF, cqdb_strings, read_model
from rasd.analyse.ner.features import Featurizer, Resources
from rasd.arabic.normalize import normalize
from rasd.arabic.sentences import split_sentences
from rasd.arabic.tokenize import TOKEN_RE
from rasd.errors import ModelError

TYPES = ("PER", "ORG", "LOC", "MISC")
MODEL_FILE = "model.crfsuite"
GAZETTEER_FILE = "gazetteer.tsv.gz"  # scripts/build_gazetteers.py (gazetteer.tsv is the older list, kept for storysim)
CLUSTERS_FILE = "clusters.tsv"
WORDS_FILE = "words.tsv.gz"  # scripts/build_word_tables.py: zipf bins, e5 clusters, neighbour label mixes
LEXICON_FILE = "lexicon.tsv"
# The WikiFANE CRF (scripts/train_ner.py --wikifane): its tags are features of the main model.
STACK_FILE = "wikifane.crfsuite"
# Viterbi is linear in length, but a runaway "sentence" (no punctuation for pages) is cut
# into pieces so memory stays bounded; the cut points lose only their neighbour features.
MAX_SEQUENCE = 512


def model_dir() -> Path:
    """Directory of the shipped model files."""
    return Path(str(importlib_resources.files("rasd") / "data" / "ner"))


def _read_text(path: Path) -> str:
    """The text of a table file (gunzipped when the name ends in .gz); empty when absent."""
    if not path.exists():
        return ""
    if path.suffix == ".gz":
        import gzip

        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return fh.read()
    return path.read_text(encoding="utf-8")


def _read_tsv(path: Path) -> list[list[str]]:
    """Rows of a tab-separated file (gzip when the name ends in .gz); ``#`` lines are comments."""
    return [line.split("\t") for line in _read_text(path).splitlines() if line.strip() and not line.startswith("#")]


def _word_features(row: list[str]) -> tuple[str, ...]:
    """Feature strings of one words.tsv.gz row: ``word, z4.5, 64:3, 256:40, 1024:999, PER``."""
    out = ["z=" + row[1][1:]]
    out += ["e" + c.replace(":", "=") for c in row[2:-1] if not c.endswith("-")]
    if row[-1] != "-":
        out.append("nn=" + row[-1])
    return tuple(out)


class _LazyRows:
    """word → parsed row of a large table, parsed on first look-up.

    The word table has 200,000 rows: splitting them all into feature tuples at load
    cost seconds. Only the first tab is split at load (word → rest of the line);
    a row is parsed when a word is first met, and the featurizer caches per word
    type anyway. Only ``get`` and ``len`` are offered: what the featurizer uses.
    """

    def __init__(self, text: str, parse) -> None:
        while text.startswith("#"):  # header comments come first in the shipped tables
            text = text[text.find("\n") + 1:] if "\n" in text else ""
        self._raw = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
        self._parse = parse

    def get(self, word: str, default=None):
        rest = self._raw.get(word)
        return default if rest is None else self._parse([word, *rest.split("\t")])

    def __len__(self) -> int:
        return len(self._raw)


def _flags(row: list[str]) -> tuple[str, ...]:
    return tuple(row[1].split(",")) if len(row) >= 2 else ()


def load_resources(directory: Path) -> tuple[Resources, dict[str, int], frozenset[str]]:
    """Gazetteer, clusters, the entity-start lexicon (word → times seen starting an entity)
    and the common words (mostly tagged O in training)."""
    gaz_path = directory / GAZETTEER_FILE
    if not gaz_path.exists():  # a model trained before build_gazetteers.py
        gaz_path = directory / "gazetteer.tsv"
    # A plain dict: ~50,000 rows load in a few hundredths of a second and every new word
    # type asks it up to four times (the larger word table stays lazy).
    gaz = {row[0]: _flags(row) for row in _read_tsv(gaz_path)}
    clusters = {row[0]: tuple(row[1:]) for row in _read_tsv(directory / CLUSTERS_FILE) if len(row) >= 2}
    words = _LazyRows(_read_text(directory / WORDS_FILE), _word_features)
    lexicon: dict[str, int] = {}
    common: set[str] = set()
    for row in _read_tsv(directory / LEXICON_FILE):
        if len(row) >= 4:
            lexicon[row[0]] = int(row[1])
            inside, outside = int(row[2]), int(row[3])
            if outside >= 2 and outside > inside:
                common.add(row[0])
    return Resources(gazetteer=gaz, clusters=clusters, words=words), lexicon, frozenset(common)


def model_attributes(path: Path) -> frozenset[str] | None:
    """The attributes (feature strings) a crfsuite model file has weights for.

    Read straight from the file's attribute dictionary (a CQDB chunk: header,
    256 hash tables, records ``id, size, key\\0``, then the id → record array);
    crfsuite's own ``Tagger.info()`` would build every weight too and takes 20×
    longer. ``None`` when the file does not look like a CRF1d model — callers
    then simply pass every feature.
    """
    try:
        data = path.read_bytes()
        magic, _, kind, _, _, _, n_attrs, _, _, off = struct.unpack_from("<4sI4s7I", data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            return None
        out = cqdb_strings(data, off, n_attrs)
        return None if out is None else frozenset(out)
    except (OSError, struct.error, UnicodeDecodeError):
        return None


@dataclass
class _Model:
    tagger: object  # pycrfsuite.Tagger
    featurizer: Featurizer
    lexicon: dict[str, int]
    common: frozenset[str]
    stack: tuple[object, Featurizer] | None = None  # (pycrfsuite.Tagger, its featurizer)
    # The same tags as ``tagger`` from the same features, computed in numpy (rasd.analyse.ner.crfnp);
    # None with a stacked model or a file it cannot read.
    fast: FastCRF | None = None


_MODEL: _Model | None = None
_LOCK = threading.Lock()


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        with _LOCK:
            if _MODEL is None:
                _MODEL = _load(model_dir())
    return _MODEL


def _load(directory: Path) -> _Model:
    import pycrfsuite  # deferred: importing rasd must not require the NER runtime

    path = directory / MODEL_FILE
    if not path.exists():
        raise ModelError(f"NER model not found at {path} (reinstall rasd or run scripts/train_ner.py)")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as exc:  # crfsuite raises plain ValueError/IOError on a corrupt file
        raise ModelError(f"NER model at {path} cannot be loaded: {exc}") from exc
    res, lexicon, common = load_resources(directory)
    weights = read_model(path)
    fz = Featurizer(res, known=frozenset(weights.attrs) if weights is not None else model_attributes(path))
    stack = load_stack(directory, res)
    return _Model(tagger=tagger, featurizer=fz, lexicon=lexicon, common=common, stack=stack,
                  fast=FastCRF(weights, fz) if weights is not None and stack is None else None)


def stack_resources(res: Resources) -> Resources:
    """What the WikiFANE CRF sees: the gazetteer only (its model does not depend on the word tables)."""
    return Resources(gazetteer=res.gazetteer)


def load_stack(directory: Path, res: Resources, filtered: bool = True) -> tuple[object, Featurizer] | None:
    """The WikiFANE CRF of ``directory`` with its featurizer, or ``None`` when there is none."""
    import pycrfsuite

    path = directory / STACK_FILE
    if not path.exists():
        return None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except Exception as exc:  # noqa: BLE001 - same as the main model
        raise ModelError(f"NER model at {path} cannot be loaded: {exc}") from exc
    known = model_attributes(path) if filtered else None
    return tagger, Featurizer(stack_resources(res), known=known)


def stacked_tags(stack: tuple[object, Featurizer] | None, tokens: Sequence[str]) -> list[str] | None:
    """The WikiFANE CRF's tags for ``tokens`` (``None`` without one)."""
    if stack is None:
        return None
    tagger, fz = stack
    return list(tagger.tag(fz.sequence(tokens)))  # type: ignore[attr-defined]


def common_words() -> frozenset[str]:
    """Normalized words mostly tagged O in the training data (empty when the model cannot load)."""
    try:
        return _model().common
    except ModelError:
        return frozenset()


@lru_cache(maxsize=16384)
def word_zipf(norm: str) -> float | None:
    """How frequent a normalized word is in general Arabic text: its wordfreq ``large_ar`` Zipf bin (3 =
    once per million words, 5 = once per 10,000; CC BY-SA 4.0), from the model's word table (``WORDS_FILE``,
    already in memory once the tagger has loaded, so no second copy of its 200,000 rows). None when the word
    is not in the table or the model cannot load."""
    try:
        row = _model().featurizer.resources.words.get(norm)
    except (ModelError, AttributeError, ImportError):
        return None
    if not row or not row[0].startswith("z="):
        return None
    return float(row[0][2:])


def _tag_chunk(m: _Model, tokens: Sequence[str]) -> list[str]:
    xseq = m.featurizer.sequence(tokens, stacked_tags(m.stack, tokens))
    return list(m.tagger.tag(xseq))  # type: ignore[attr-defined]


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """BIO tags (``B-PER``, ``I-ORG``, ``O`` …) for one sentence of tokens."""
    if not tokens:
        return []
    return _tag_all(_model(), [tokens])[0]


def _tag_all(m: _Model, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """The CRF's tags for each sentence, each cut into pieces of at most MAX_SEQUENCE tokens
    that are tagged as sequences of their own."""
    chunks = [s[i:i + MAX_SEQUENCE] for s in sentences for i in range(0, len(s), MAX_SEQUENCE)]
    if m.fast is not None:
        with _FAST_LOCK:  # one set of tables and one crfsuite context per process
            tagged = m.fast.tag(chunks)
    else:
        tagged = [_tag_chunk(m, c) for c in chunks]
    out: list[list[str]] = []
    it = iter(tagged)
    for s in sentences:
        tags: list[str] = []
        for _ in range(0, len(s), MAX_SEQUENCE):
            tags.extend(next(it))
        out.append(tags)
    return out


_FAST_LOCK = threading.Lock()


def tag_sentences(sentences: Sequence[Sequence[str]], window: int | None = None) -> list[list[str]]:
    """BIO tags for the sentences of one document, made consistent across it.

    Each sentence is tagged alone; a person name right after an organisation-naming
    head (صحيفة، وكالة…) is retyped ORG (:func:`rasd.analyse.ner.document.retype_after_heads`);
    then untagged repetitions of entities found elsewhere in the document are labelled
    (:func:`rasd.analyse.ner.document.propagate`).
    ``window``: treat sentence ``i``'s document as sentences ``i±window`` (for a
    stream without document boundaries, like a CoNLL file); ``None``: all of them.
    """
    from rasd.analyse.ner.document import propagate, retype_after_heads

    m = _model()
    tags = retype_after_heads(sentences, _tag_all(m, sentences))
    return propagate(sentences, tags, m.common.__contains__, window=window)


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last_exclusive, type)`` of a BIO sequence.

    CoNLL convention: an ``I-X`` that does not continue an ``X`` entity starts one.
    """
    if tags.count("O") == len(tags):
        return []
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    prev = -2
    # Only the tags other than O are looked at (most tags are O); an O between two of them, or
    # after the last, ends the open span there.
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        if start >= 0 and i != prev + 1:
            spans.append((start, prev + 1, kind))
            start, kind = -1, ""
        prev = i
        prefix, _, typ = tags[i].partition("-")
        if prefix == "I" and typ == kind and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I"):
            start, kind = i, typ
    if start >= 0:
        spans.append((start, prev + 1, kind))
    return spans


def clitic_offset(word: str, lexicon: dict[str, int]) -> int:
    """How many leading proclitic letters to leave out of an entity's first word.

    The bare form must be at least three letters and better attested as an entity
    start than the whole word (``وبريطانيا``: 1; ``لبنان``, ``وانغ``: 0). Without
    evidence, a و/ف before an alef-initial word (``وإسرائيل``) or before و is split.
    """
    norm = normalize(word)
    if len(norm) != len(word):
        return _offset_with_marks(word, lexicon)
    best, best_count = 0, lexicon.get(norm, 0)
    for k, ok in ((1, norm[:1] in "وفبلك"), (2, norm[:1] in "وف" and norm[1:2] in "بلك")):
        if not ok or len(norm) - k < 3:
            continue
        count = lexicon.get(norm[k:], 0)
        if count > best_count:
            best, best_count = k, count
    if best == 0 and best_count == 0 and len(word) >= 4 and word[0] in "وف" and word[1] in "أإآو":
        best = 1
    return best


def _offset_with_marks(word: str, lexicon: dict[str, int]) -> int:
    """clitic_offset for a vowelled word: decide on the bare letters, map back past the marks."""
    letters = [i for i, ch in enumerate(word) if normalize(ch)]
    bare = "".join(word[i] for i in letters)
    k = clitic_offset(bare, lexicon) if bare and bare != word else 0
    return letters[k] if 0 < k < len(letters) else 0


def _sentence_tokens(text: str) -> list[tuple[int, list[re.Match[str]]]]:
    """``(sentence start, token matches)`` per non-empty sentence of ``text``.

    The same tokens as :func:`rasd.arabic.tokenize.tokenize` on each sentence
    (its pattern, kept as match objects: building a ``Token`` for every word
    cost more than tagging it; a test checks the two agree).
    """
    out = []
    finditer = TOKEN_RE.finditer
    for s, e in split_sentences(text):
        ms = list(finditer(text[s:e]))
        if ms:
            out.append((s, ms))
    return out


def tag_text(text: str) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` into ``text``, in order, types PER/ORG/LOC/MISC."""
    m = _model()
    sents = _sentence_tokens(text)
    all_tags = tag_sentences([[t.group() for t in toks] for _, toks in sents])
    out: list[tuple[int, int, str]] = []
    for (s, toks), tags in zip(sents, all_tags, strict=True):
        for a, b, kind in bio_spans(tags):
            first = toks[a]
            if (first.lastgroup or "punct") == "punct":
                continue
            start = s + first.start() + clitic_offset(first.group(), m.lexicon)
            out.append((start, s + toks[b - 1].end(), kind))
    return out

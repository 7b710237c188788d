"""Arabic normalization as a *view* of the source, with a map back to it.

Pure: no I/O, no dependence on the record. ``normalize(s)`` folds the
variation that does not change which word is meant, so that matching works
across spellings:

- Unicode presentation forms and compatibility characters → NFKC
  (``ﻻ`` → ``لا``, ``ﷺ`` expands),
- diacritics (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks)
  and tatweel ``ـ`` → removed,
- alef with hamza/madda/wasla ``أ إ آ ٱ`` → ``ا``; alef maqsura ``ى`` → ``ي``;
  ta marbuta ``ة`` → ``ه``,
- Arabic-Indic ``٠-٩`` and Persian ``۰-۹`` digits → ASCII digits;
  Arabic comma/semicolon/question mark are kept (they are punctuation, not variants).

``normalize_with_map(s)`` also returns, for every character of the normalized
string, the index of the source character it came from, so a match found in
the normalized view maps back to the original text. The original is never
rewritten. ``normalize`` is idempotent (a hypothesis test checks it).
"""

from __future__ import annotations

import re
import unicodedata

DIACRITICS = "".join(
    chr(c)
    for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9),
              *range(0x06EA, 0x06EE)]
)
TATWEEL = "\u0640"
_DROP = set(DIACRITICS + TATWEEL + "\u200c\u200d\u200e\u200f\u061c\ufeff")

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}

_DIAC_RE = re.compile(f"[{re.escape(''.join(sorted(_DROP)))}]")
_FOLD_TABLE = str.maketrans(_FOLD)


def _fold_char(ch: str) -> str:
    """Normalized form of one source character (may be '' or several chars)."""
    if ch in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    n = unicodedata.normalize("NFKC", ch)
    if n == ch:
        return ch
    # NFKC output may itself contain diacritics or foldable letters.
    return "".join(_FOLD.get(c, c) for c in n if c not in _DROP)


# Characters whose fold is not 1:1 (dropped marks, and anything outside the plain
# Arabic/ASCII alphabet, which may need NFKC). Runs between them fold by str.translate.
_NONTRIVIAL_RE = re.compile(f"[{re.escape(''.join(sorted(_DROP)))}]|[^\u0600-\u0674\u0679-\u06ff\n\t \x00-\x7f]")
_FOLD_CACHE: dict[str, str] = {}


def _fold_match(m: re.Match[str]) -> str:
    ch = m.group()
    f = _FOLD_CACHE.get(ch)
    if f is None:
        f = _FOLD_CACHE[ch] = _fold_char(ch)
    return f


_WORD_CACHE: dict[str, str] = {}
_WORD_MAX, _WORD_CACHE_SIZE = 32, 300_000  # short strings only; about 40 MB when full


def normalize(text: str) -> str:
    """Return the normalized view of ``text`` (see module docstring)."""
    # Layers normalize the same words again and again (about 800 calls per article): short
    # strings are looked up in a bounded cache; the function is pure, so the output is the same.
    # The look-up comes first (a long text misses at the cost of its hash, which str caches).
    out = _WORD_CACHE.get(text)
    if out is not None:
        return out
    # Only dropped marks and characters outside plain Arabic/ASCII need the
    # per-character fold; everything else folds 1:1 through str.translate.
    out = _NONTRIVIAL_RE.sub(_fold_match, text).translate(_FOLD_TABLE)
    if len(text) <= _WORD_MAX and len(_WORD_CACHE) < _WORD_CACHE_SIZE:
        _WORD_CACHE[text] = out
    return out


_RECENT_MAPS: dict[str, tuple[str, list[int]]] = {}  # the last few texts: layers map the same article


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalized view plus ``index_map``: ``index_map[i]`` is the source index of normalized char ``i``.

    The dates, quotes and events layers each map the same article text: the last few results
    are kept, and each caller gets its own copy of ``index_map``.
    """
    got = _RECENT_MAPS.get(text)
    if got is None:
        got = _normalize_with_map(text)
        if len(_RECENT_MAPS) >= 4:
            del _RECENT_MAPS[next(iter(_RECENT_MAPS))]
        _RECENT_MAPS[text] = got
    return got[0], list(got[1])


def _normalize_with_map(text: str) -> tuple[str, list[int]]:
    """The work of :func:`normalize_with_map`.

    ``index_map`` has one extra final entry, ``len(text)``, so a normalized end
    offset ``j`` maps to ``index_map[j]`` as an exclusive source end. Runs of
    plain Arabic/ASCII text are folded and mapped as whole ranges (the
    per-character path was most of the cost of the layers that use this).
    """
    pieces: list[str] = []
    index_map: list[int] = []
    pos = 0
    for m in _NONTRIVIAL_RE.finditer(text):
        i = m.start()
        if i > pos:
            pieces.append(text[pos:i].translate(_FOLD_TABLE))
            index_map.extend(range(pos, i))
        ch = text[i]
        f = _FOLD_CACHE.get(ch)
        if f is None:
            f = _FOLD_CACHE[ch] = _fold_char(ch)
        pieces.append(f)
        index_map.extend([i] * len(f))
        pos = i + 1
    pieces.append(text[pos:].translate(_FOLD_TABLE))
    index_map.extend(range(pos, len(text)))
    index_map.append(len(text))
    return "".join(pieces), index_map


def source_span(index_map: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a normalized [start, end) span back to a source [start, end) span.

    The source end extends over characters dropped after the last kept one
    (a diacritic on the final letter belongs to the word).
    """
    s = index_map[start]
    if end <= start:
        return s, s
    last = index_map[end - 1]
    e = index_map[end] if end < len(index_map) else last + 1
    return s, max(e, last + 1)


_SPACE_RE = re.compile(r"\s+")


class _PunctSpace(dict):
    """``str.translate`` table, filled on first sight of each character: punctuation, symbols,
    separators and control characters (Unicode categories P, S, Z, C) → a space, others kept."""

    def __missing__(self, code: int) -> int:
        # A kept character maps to itself (None would delete it).
        out = self[code] = 32 if unicodedata.category(chr(code))[0] in "PSZC" else code
        return out


_PUNCT_SPACE = _PunctSpace()


def normalize_for_match(text: str) -> str:
    """Stronger folding for duplicate detection: normalized, punctuation and quote marks
    dropped, whitespace collapsed. Not offset-preserving; use for comparing strings."""
    s = normalize(text).translate(_PUNCT_SPACE)
    return _SPACE_RE.sub(" ", s).strip()

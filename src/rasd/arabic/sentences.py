"""Sentence splitting for Arabic news text, including sentences glued without a space.

Pure: no I/O. ``split_sentences(text)`` returns ``(start, end)`` offsets into
``text`` (whitespace around sentences excluded).

A boundary follows a run of terminal punctuation (``. ! ? ؟ …``), together
with any closing quote marks or brackets right after it, when the next
character starts a new sentence: whitespace, a letter (the glued case
``"بريكس".وحسب``, ``يي.وصرح``) or an opening quote. A period between digits
(``3.5``) or inside a Latin abbreviation (``U.S.``) is not a boundary. A
newline is always a boundary.

``glued_boundaries(text)`` gives only the boundaries that lack whitespace, the
points where the repair step splits paragraphs that a scraper ran together.
"""

from __future__ import annotations

import re

from rasd.regex_hint import with_first_char_hint

TERMINALS = ".!?؟…"
CLOSERS = "\"'»”’)]}"
OPENERS = "\"'«“‘([{"

_BOUNDARY_RE = re.compile(
    rf"(?<![0-9A-Za-z])[{re.escape(TERMINALS)}]+[{re.escape(CLOSERS)}]*"
    rf"|(?<=[0-9])[{re.escape(TERMINALS)}]+(?![0-9])[{re.escape(CLOSERS)}]*"
    rf"|(?<=[A-Za-z]{{2}})[{re.escape(TERMINALS)}]+(?![A-Za-z]\.)[{re.escape(CLOSERS)}]*"
)
# The same matches, found faster: the pattern opens with lookbehinds, which ``re`` tries at every
# position of the text; a lookahead of the terminals in front fails most positions at once.
_BOUNDARY_SCAN = with_first_char_hint(_BOUNDARY_RE)


def _is_start(ch: str) -> bool:
    return ch.isspace() or ch.isalpha() or ch in OPENERS


# Abbreviations glued to what follows: a single letter before the period
# (د.محمد, أ.د) or a dotted run of short pieces (إن.بي.سي). Two letters before a
# period still end a sentence (وانغ يي.وصرح).
_ABBREV_BEFORE_RE = re.compile(r"(?:^|[\s.(«\"])[^\W\d_]$|\.[^\W\d_]{1,2}$")
_ABBREV_AFTER_RE = re.compile(r"[^\W\d_]{1,2}\.")


def _is_abbreviation(text: str, dot: int, after: int) -> bool:
    if text[dot] != "." or after - dot != 1:
        return False
    if _ABBREV_BEFORE_RE.search(text[max(0, dot - 3):dot]):
        return True
    return not text[after].isspace() and bool(_ABBREV_AFTER_RE.match(text, after))


def boundaries(text: str) -> list[int]:
    """End offsets of sentences (exclusive), in order; the text end is not included."""
    ends: list[int] = []
    n = len(text)
    for m in _BOUNDARY_SCAN.finditer(text):
        e = m.end()
        if e >= n:
            continue
        if _is_start(text[e]) and not _is_abbreviation(text, m.start(), e):
            ends.append(e)
    p = text.find("\n")
    while p >= 0:
        ends.append(p)
        p = text.find("\n", p + 1)
    return sorted(set(ends))


def glued_boundaries(text: str) -> list[int]:
    """Boundaries directly followed by a letter or opening quote (no whitespace)."""
    return [b for b in boundaries(text) if b < len(text) and not text[b].isspace()]


_RECENT: dict[str, list[tuple[int, int]]] = {}  # the last few texts: layers split the same article


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, whitespace-trimmed; empty pieces skipped.

    The NER, dates and events layers split the same article text: the last few results are
    kept, and each caller gets its own copy of the list."""
    got = _RECENT.get(text)
    if got is not None:
        return list(got)
    out = _split(text)
    if len(_RECENT) >= 4:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[text] = out
    return list(out)


def _split(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    prev = 0
    for b in [*boundaries(text), len(text)]:
        s, e = prev, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        prev = b
    return out


def sentences(text: str) -> list[str]:
    """The sentence strings of ``text``."""
    return [text[s:e] for s, e in split_sentences(text)]

"""Where a given word occurs in a text as a whole word, optionally after one proclitic letter.

Pure: no I/O. :func:`word_occurrences` returns exactly the spans of group 1 that
``re.finditer(rf"(?<!\\w)(?:[{clitics}])?({re.escape(word)})(?!\\w)", text)`` yields,
in the same order, without compiling a pattern per word: the layers look up names
of the article being read (a new word each time), and compiling one regular
expression per name was a visible part of the pipeline's time. A test checks the
two agree on random texts.
"""

from __future__ import annotations

import re


def _is_word(ch: str) -> bool:
    """``\\w`` of Python's ``re`` for a str pattern: alphanumeric (Unicode) or the underscore."""
    return ch.isalnum() or ch == "_"


def word_occurrences(text: str, word: str, clitics: str = "") -> list[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``word`` in ``text`` that is a whole word, possibly
    preceded by one letter of ``clitics`` (itself at the start of a word); left to right, never
    overlapping (the same matches as the regular expression in the module docstring)."""
    if not word:
        rx = re.compile(rf"(?<!\w)(?:[{re.escape(clitics)}])?({re.escape(word)})(?!\w)") if clitics else \
            re.compile(rf"(?<!\w)({re.escape(word)})(?!\w)")
        return [m.span(1) for m in rx.finditer(text)]
    n, size = len(text), len(word)
    # Candidate starts of a match: an occurrence p of the word starts one at p, or at p - 1 after a clitic.
    occ: list[int] = []
    p = text.find(word)
    while p >= 0:
        occ.append(p)
        p = text.find(word, p + 1)
    if not occ:
        return []
    at = set(occ)
    starts = sorted({q for p in occ for q in ((p - 1, p) if clitics and p > 0 else (p,))})
    out: list[tuple[int, int]] = []
    pos = 0  # matches never overlap: the scan goes on after the last one
    for i in starts:
        if i < pos or (i > 0 and _is_word(text[i - 1])):
            continue
        # The optional clitic is greedy: with it first, then without.
        if clitics and text[i] in clitics and (i + 1) in at:
            e = i + 1 + size
            if e >= n or not _is_word(text[e]):
                out.append((i + 1, e))
                pos = e
                continue
        if i in at:
            e = i + size
            if e >= n or not _is_word(text[e]):
                out.append((i, e))
                pos = e
    return out

"""A pattern that can only match at a word start, with a lookahead of the strings its matches
can open with, so that ``re`` gives up at once at the word starts where it cannot match.

Pure: no I/O. :func:`word_start_hint` returns ``rx`` itself, or a pattern that matches exactly
the same strings at the same places with the same groups (a test checks it): ``(?<!\\w)`` and a
lookahead of every string of at most ``k`` characters that can open a match of ``rx``, written
as a prefix tree, then ``rx``'s own pattern. A lookahead only adds a condition that every match
of ``rx`` meets, so nothing else changes. Python's ``re`` tries a pattern at every position; at
a word start it tries each alternative in turn, each behind its proclitic chains: for the events
layer's multi-word triggers (20 alternatives behind up to 24 chains) that scan was ~4 % of the
pipeline, and most word starts fail the tree at its first or second letter.

How the strings are listed: ``re``'s own parser reads the pattern, and each element gives the
strings it can consume, cut to what is left of ``k`` characters (a match shorter than ``k`` is
listed whole); lookarounds are left out, which can only list more. Only a pattern that opens
with ``(?<!\\w)`` and whose opening strings all begin with a word character is hinted; one whose
strings cannot be listed (a large class, a category such as ``\\s``, a backreference, too many
strings) is returned unchanged.
"""

from __future__ import annotations

import re

from rasd.arabic.substrings import tree_pattern

try:  # Python's own parser (re._parser since 3.11): the pattern as re itself reads it
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - very old or unusual Pythons: the plain scan
    _p = _c = None  # type: ignore[assignment]

_RUN = re.compile(r"\w+")
_MAX_STRINGS = 20_000  # listing more costs more than it saves
_MAX_CLASS = 64


class _Unlisted(Exception):
    """The opening strings of a pattern cannot be listed."""


def _seq(items, budget: int) -> set[str]:  # noqa: ANN001 - a re._parser.SubPattern or list of items
    """Every string of ``items`` cut to ``budget`` characters (a shorter one is whole)."""
    out = {""}
    for op, av in items:
        nxt: set[str] = set()
        for s in out:
            if len(s) == budget:
                nxt.add(s)
            else:
                nxt.update(s + x for x in _op(op, av, budget - len(s)))
        if len(nxt) > _MAX_STRINGS:
            raise _Unlisted
        out = nxt
    return out


def _op(op, av, budget: int) -> set[str]:  # noqa: ANN001, C901 - one branch per opcode
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                raise _Unlisted  # a category, a negated or large class
        return chars
    if op is _c.SUBPATTERN:
        return _seq(av[3], budget)
    if op is _c.BRANCH:
        return set().union(*(_seq(b, budget) for b in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        lo, hi, sub = av
        out: set[str] = set()
        acc = {""}
        for r in range(min(hi, lo + budget + 1) + 1):  # each turn past ``lo`` adds a character or nothing new
            if r >= lo:
                out |= acc
            acc = {s + x if len(s) < budget else s for s in acc for x in (_seq(sub, budget - len(s))
                                                                          if len(s) < budget else ("",))}
            if len(acc) > _MAX_STRINGS:
                raise _Unlisted
        return out
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {""}  # zero-width: leaving the condition out lists more strings, never fewer
    raise _Unlisted  # any character, a backreference, a conditional …


def _opens_at_word_start(parsed) -> bool:  # noqa: ANN001
    """Does the pattern open with ``(?<!\\w)``?"""
    data = list(parsed)
    if not data:
        return False
    op, av = data[0]
    return op is _c.ASSERT_NOT and av[0] == -1 and list(av[1]) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]


def opening_strings(rx: re.Pattern[str], k: int) -> frozenset[str] | None:
    """Every string of at most ``k`` characters a match of ``rx`` can open with (a shorter one is
    a whole match), or None when they cannot be listed."""
    if _p is None or not isinstance(rx.pattern, str):
        return None
    try:
        keys = _seq(_p.parse(rx.pattern, rx.flags), k)
    except (_Unlisted, re.error, RecursionError):
        return None
    return frozenset(keys)


def word_start_hint(rx: re.Pattern[str], k: int = 4) -> re.Pattern[str]:
    """``rx`` with a lookahead of its opening strings in front (the module docstring), or ``rx``."""
    if _p is None or rx.flags & (re.IGNORECASE | re.ASCII) or not isinstance(rx.pattern, str):
        return rx
    try:
        if not _opens_at_word_start(_p.parse(rx.pattern, rx.flags)):
            return rx
    except (re.error, RecursionError):
        return rx
    keys = opening_strings(rx, k)
    # every match opens with a word character: it starts a run of them, where (?<!\w) holds
    if not keys or any(not s or not _RUN.match(s) for s in keys):
        return rx
    return re.compile(rf"(?<!\w)(?={tree_pattern(keys)})" + rx.pattern, rx.flags)

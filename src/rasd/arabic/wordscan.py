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


# An atom of a listed string: one character, or (a class, a category, ``.``) the regex source of
# the set it stands for, as "\x00" + source; a string is a tuple of atoms.
_SET = "\x00"
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_source(items) -> str:  # noqa: ANN001 - the items of a re._parser IN
    out = []
    for o, a in items:
        if o is _c.NEGATE:
            out.insert(0, "^")
        elif o is _c.LITERAL:
            out.append(re.escape(chr(a)))
        elif o is _c.RANGE:
            out.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
        elif o is _c.CATEGORY and str(a) in _CATEGORIES:
            out.append(_CATEGORIES[str(a)])
        else:
            raise _Unlisted
    return _SET + "[" + "".join(out) + "]"


def _seq(items, budget: int) -> set[tuple[str, ...]]:  # noqa: ANN001 - a re._parser.SubPattern or list of items
    """Every string of ``items`` cut to ``budget`` atoms (a shorter one is whole)."""
    out: set[tuple[str, ...]] = {()}
    for op, av in items:
        nxt: set[tuple[str, ...]] = set()
        for s in out:
            if len(s) == budget:
                nxt.add(s)
            else:
                nxt.update(s + x for x in _op(op, av, budget - len(s)))
        if len(nxt) > _MAX_STRINGS:
            raise _Unlisted
        out = nxt
    return out


def _op(op, av, budget: int) -> set[tuple[str, ...]]:  # noqa: ANN001, C901 - one branch per opcode
    if op is _c.LITERAL:
        return {(chr(av),)}
    if op is _c.NOT_LITERAL:
        return {(_SET + "[^" + re.escape(chr(av)) + "]",)}
    if op is _c.ANY:
        return {(_SET + ".",)}  # compiled with the pattern's own flags: the same "."
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:  # a category, a negated or large class: one atom
                return {(_class_source(av),)}
        return {(ch,) for ch in chars}
    if op is _c.SUBPATTERN:
        if av[1] or av[2]:
            raise _Unlisted  # inline flags ((?i:…)) change what the letters match
        return _seq(av[3], budget)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _seq(av, budget)
    if op is _c.BRANCH:
        return set().union(*(_seq(b, budget) for b in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)):
        lo, hi, sub = av
        out: set[tuple[str, ...]] = set()
        acc: set[tuple[str, ...]] = {()}
        for r in range(min(hi, lo + budget + 1) + 1):  # each turn past ``lo`` adds an atom or nothing new
            if r >= lo:
                out |= acc
            acc = {s + x if len(s) < budget else s for s in acc for x in (_seq(sub, budget - len(s))
                                                                          if len(s) < budget else ((),))}
            if len(acc) > _MAX_STRINGS:
                raise _Unlisted
        return out
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {()}  # zero-width: leaving the condition out lists more strings, never fewer
    raise _Unlisted  # a backreference, a conditional …


def _tree(strings: set[tuple[str, ...]]) -> str:
    """A regex matching, at a position, where one of ``strings`` (tuples of atoms) opens the text."""
    root: dict = {}
    for s in strings:
        node = root
        for atom in s:
            node = node.setdefault(atom, {})
        node[None] = {}  # one ends here: nothing more is asked

    def emit(node: dict) -> str:
        if None in node:
            return ""  # a lookahead needs no more than this prefix
        subs = [(a[1:] if a.startswith(_SET) else re.escape(a)) + emit(child) for a, child in sorted(node.items())]
        return subs[0] if len(subs) == 1 else "(?:" + "|".join(subs) + ")"

    return emit(root)


def _opens_at_word_start(parsed) -> bool:  # noqa: ANN001
    """Does the pattern open with ``(?<!\\w)``?"""
    data = list(parsed)
    if not data:
        return False
    op, av = data[0]
    return op is _c.ASSERT_NOT and av[0] == -1 and list(av[1]) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_WORD)])]


def opening_strings(rx: re.Pattern[str], k: int) -> frozenset[str] | None:
    """Every string of at most ``k`` characters a match of ``rx`` can open with (a shorter one is
    a whole match), or None when they cannot be listed as plain characters."""
    if _p is None or not isinstance(rx.pattern, str):
        return None
    try:
        keys = _seq(_p.parse(rx.pattern, rx.flags), k)
    except (_Unlisted, re.error, RecursionError):
        return None
    if any(a.startswith(_SET) for s in keys for a in s):
        return None
    return frozenset("".join(s) for s in keys)


def _hinted(rx: re.Pattern[str], k: int, word_start: bool) -> re.Pattern[str]:
    if _p is None or rx.flags & (re.IGNORECASE | re.ASCII | re.VERBOSE) or not isinstance(rx.pattern, str):
        return rx
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
        if word_start and not _opens_at_word_start(parsed):
            return rx
        keys = _seq(parsed, k)
    except (_Unlisted, re.error, RecursionError):
        return rx
    if not keys or () in keys:
        return rx  # a match may be empty: nothing is asked of the text
    if word_start and any(a.startswith(_SET) or not _RUN.match(a) for s in keys for a in s[:1]):
        return rx  # (?<!\w) before a non-word character: a match need not start a run
    head = r"(?<!\w)" if word_start else ""
    # the characters a match starts with as one class first: most positions fail at that one test
    # (a negated class or "." among them: no such class)
    firsts = {s[0] for s in keys}
    if not any(a.startswith(_SET + "[^") or a == _SET + "." for a in firsts):
        head += "(?=[" + "".join(a[2:-1] if a.startswith(_SET) else re.escape(a) for a in sorted(firsts)) + "])"
    try:
        hinted = re.compile(f"{head}(?={_tree(keys)})(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. global inline flags, which must open a pattern
        return rx
    if hinted.groups != rx.groups or hinted.groupindex != rx.groupindex:  # pragma: no cover - defensive
        return rx
    return hinted


def word_start_hint(rx: re.Pattern[str], k: int = 4) -> re.Pattern[str]:
    r"""``rx``, which opens with ``(?<!\w)``, with ``(?<!\w)`` and a lookahead of its opening
    strings in front (the module docstring); or ``rx`` itself."""
    return _hinted(rx, k, True)


def opening_hint(rx: re.Pattern[str], k: int = 4) -> re.Pattern[str]:
    r"""``rx`` with a lookahead of its opening strings (up to ``k`` atoms: a character, or a class
    such as ``\d`` kept as a class) in front; or ``rx`` itself when they cannot be listed."""
    return _hinted(rx, k, False)

"""Faster scanning with a regular expression that starts with zero-width assertions.

Pure: no I/O. Python's ``re`` skips ahead quickly when a pattern starts with a
literal or a character class, but not when it starts with lookbehinds, as the
word-start prefix of the Arabic grammars does (``(?:(?<!\\w)|(?<=(?<!\\w)[وفبلك])|…)``):
then every assertion is tried at every position of the text.
:func:`with_first_char_hint` computes the set of characters every match must
start with (from the parsed pattern) and puts a one-class lookahead
``(?=[…])`` in front, so most positions fail at one cheap test. The pattern
matches exactly the same strings, with the same groups; when the set cannot be
known (a leading ``\\w`` or ``\\s`` (``\\d`` is listed), ``.``, a negated class, case-insensitive letters, a
pattern that can match the empty string, a very large class) the pattern is
returned unchanged.
"""

from __future__ import annotations

import re

try:  # Python's own parser (re._parser since 3.11): the pattern as re itself reads it
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - very old or unusual Pythons: no hint
    _p = _c = None  # type: ignore[assignment]

_MAX_CLASS = 400  # a class larger than this gains little and costs memory


# Stands for ``\d`` (every Unicode decimal digit) in a set of first characters: kept as the
# category in the hint's class, which re tests at once (listing ~700 digits made it slower).
DIGIT = "\\d"


class _Unknown(Exception):
    """The first characters of a pattern cannot be listed."""


def _first(items) -> tuple[set[str], bool]:  # noqa: ANN001 - a re._parser.SubPattern or list of items
    """(characters a match of ``items`` can start with, whether it can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_op(op, av) -> tuple[set[str], bool]:  # noqa: ANN001, C901 - one branch per opcode
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _MAX_CLASS:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                chars.add(DIGIT)
            else:  # NEGATE, other categories (\w, \s…), a huge range
                raise _Unknown
        return chars, False
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width: the match starts with what follows
        return set(), True
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _first(sub)
    if op is _c.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            f, n = _first(alt)
            chars |= f
            nullable |= n
        return chars, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        lo, _hi, sub = av
        f, n = _first(sub)
        return f, n or lo == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first(av)
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, conditionals…


def first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``rx`` starts with (:data:`DIGIT` for any decimal digit), or
    ``None`` when they cannot be listed (see the module docstring)."""
    if _p is None or not isinstance(rx.pattern, str) or rx.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII):
        return None
    try:
        chars, nullable = _first(_p.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - _Unknown, or any surprise in the parse tree: no hint
        return None
    if nullable or not chars or len(chars) > _MAX_CLASS:
        return None
    return frozenset(chars)


def with_first_char_hint(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx``, or an equivalent pattern that starts with a lookahead of its first characters."""
    chars = first_chars(rx)
    if chars is None:
        return rx
    cls = "".join(ch if ch == DIGIT else re.escape(ch) for ch in sorted(chars))
    try:
        hinted = re.compile(f"(?=[{cls}])(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. global inline flags, which must open a pattern
        return rx
    if hinted.groups != rx.groups or hinted.groupindex != rx.groupindex:  # pragma: no cover - defensive
        return rx
    return hinted

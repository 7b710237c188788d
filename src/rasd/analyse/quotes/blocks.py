"""Speech set out as lines after a colon: ``وقال X في قصيدته:`` followed by verse, slogans or a
statement written line by line, without quotation marks.

A reporting verb whose sentence ends in a colon at the end of its line, with no complementizer
between the verb and the colon, introduces the lines that follow: each following line is a direct
quote of the verb's speaker (one quote per line, since a quote never crosses a line break), while
the lines read as set-out speech — short (at most :data:`MAX_WORDS` words), without quotation
marks or digits (a numbered list, a table row), not closed by a full stop, not introduced by a
colon of their own and not opening with a reporting verb. At least :data:`MIN_LINES` such lines are
needed: a single unquoted line after a colon is ordinary prose more often than speech.
Pure: no I/O; used by
:mod:`rasd.analyse.quotes.finder`.
"""

from __future__ import annotations

from rasd.analyse.quotes.base import _COMP_RE, MARKS, _Cand, _Ctx

MAX_WORDS = 18  # a verse line or slogan; longer lines are prose
MIN_LINES = 2
MAX_INTRO_WORDS = 12  # words between the verb and its colon (its subject and «في قصيدته»)


def _lines_after(norm: str, pos: int) -> list[tuple[int, int]]:
    """Non-empty lines of ``norm`` from ``pos`` on, as (start, end) with surrounding blanks trimmed."""
    out: list[tuple[int, int]] = []
    i = pos
    n = len(norm)
    while i < n:
        j = norm.find("\n", i)
        j = n if j < 0 else j
        s, e = i, j
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        i = j + 1
    return out


def _set_out(ctx: _Ctx, s: int, e: int, cue_starts: set[int]) -> bool:
    """Does the line ``norm[s:e]`` read as one line of set-out speech (see the module docstring)?"""
    line = ctx.norm[s:e]
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or any(m in line for m in MARKS):
        return False
    if line[0].isdigit() or line[0] in "-–•*(" or any(ch.isdigit() for ch in line):
        return False  # a numbered list or a table row (a ranking, results), not speech
    if line.endswith((":", ".")) and not line.endswith(".."):
        return False
    return not any(s <= c < s + len(words[0]) + 1 for c in cue_starts)


def colon_blocks(ctx: _Ctx, taken: list[tuple[int, int]], region_of) -> list[_Cand]:  # noqa: ANN001
    """Direct quotes of the lines set out after ``CUE X:`` (see the module docstring).
    ``region_of(ctx, cue, upto, ss)`` gives the speaker part and whether it is a guess."""
    norm = ctx.norm
    out: list[_Cand] = []
    cue_starts = {c.start for c in ctx.cues if c.kind != "noun"}
    for cue in ctx.cues:
        if cue.kind != "verb" or any(s <= cue.start < e for s, e in taken):
            continue
        line_end = norm.find("\n", cue.end)
        line_end = len(norm) if line_end < 0 else line_end
        head = norm[cue.end:line_end].rstrip()
        if not head.endswith(":") or len(head.split()) > MAX_INTRO_WORDS or _COMP_RE.search(head) is not None:
            continue
        if any(m in head for m in MARKS):
            continue
        colon = cue.end + len(head) - 1
        lines = []
        for s, e in _lines_after(norm, line_end):
            if not _set_out(ctx, s, e, cue_starts) or any(a < e and s < b for a, b in taken):
                break
            lines.append((s, e))
        if len(lines) < MIN_LINES:
            continue
        ss, _se = ctx.sentence_of(cue.start)
        region, strict = region_of(ctx, cue, colon, ss)
        for s, e in lines:
            out.append(_Cand(s, e, "direct", cue, region, ss, strict))
            taken.append((s, e))
    return out

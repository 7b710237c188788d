"""Duplicate and truncated-copy detection over segments, in linear time.

Pure: no I/O. Input: the body segments in raw order (see :mod:`rasd.repair.lines`).
Output: for each segment, a :class:`Verdict`: kept, or removed with a reason and
the segment it repeats. Matching compares match keys (normalized,
punctuation-free), so spelling variants of one paragraph match; the output
always keeps the original text.

Rules:

- **First clean full copy wins.** Among segments with the same key, the first
  *standalone* one (a whole raw line) is kept; a copy glued into a run of
  several paragraphs is never preferred over a standalone copy, even when the
  run comes first (the seed's line 3 precedes the clean paragraphs). When no
  standalone copy exists, the first glued copy is kept.
- A glued copy of a kept segment is removed as ``glued_duplicate``; a later
  standalone copy as ``duplicate_paragraph``, but only when it has at least
  ``MIN_DUP_WORDS`` words or sits in a run of two or more consecutive duplicate
  lines: a short line that recurs on its own (a poem's refrain) is kept.
- **Truncated copies**: a segment that does not end a sentence (cut
  mid-sentence or mid-word, or ending in an ellipsis), has at least
  ``MIN_TRUNCATED_WORDS`` words (``MIN_ELLIPSIS_WORDS`` when it ends in an ellipsis), and whose key is a proper prefix of the text
  that starts at another segment (that segment's key, continued by the keys of
  the following pieces when it sits in a glued run) is removed as
  ``truncated_copy``. Candidates are found through a hash of the first
  ``PREFIX_CHARS`` characters of each key, so the check is linear in practice.
- A whole line that *does* end a sentence, of more than ``MIN_SENTENCE_COPY_WORDS`` words, whose key
  is a proper prefix of the paragraph right below it (the teaser cut at a sentence end) is
  ``truncated_copy`` too: nothing is lost, the paragraph below holds every word.
- The title is one more target: a segment whose key equals the title's is
  ``duplicate_title`` when it is glued or comes before any kept paragraph; a
  leading truncated copy of the title is ``truncated_copy`` of ``"title"``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rasd.repair.lines import Segment, ends_sentence, word_count

MIN_DUP_WORDS = 6
PREFIX_CHARS = 20
MIN_TRUNCATED_CHARS = 20
MIN_TRUNCATED_WORDS = 5
MIN_ELLIPSIS_WORDS = 3  # "خرج آلاف الأرمينيين إلى الشوارع...": the ellipsis says it is cut
MAX_CANDIDATES = 32
MIN_SENTENCE_COPY_WORDS = 8  # a lead's first sentence(s) as a teaser line: a short one may be a subheading


@dataclass(slots=True)
class Verdict:
    """What happens to one segment: ``reason`` None means kept."""

    reason: str | None = None
    of: int | str | None = None  # index of the segment it repeats, or "title"


def _is_cut(seg: Segment) -> bool:
    t = seg.text.rstrip()
    return not ends_sentence(t) or t.endswith(("..", "…"))


def _extends(segments: list[Segment], start: int, x: str) -> bool:
    """True when ``x`` is a proper prefix of the key of segments[start], continued by the
    keys of the following pieces of the same glued line."""
    t = x
    k = start
    first = True
    line = segments[start].line
    while k < len(segments) and segments[k].line == line:
        y = segments[k].key
        if len(t) <= len(y):
            return y.startswith(t) and not (first and len(t) == len(y))
        if not t.startswith(y + " "):
            return False
        t = t[len(y) + 1:]
        k += 1
        first = False
    return False


def judge(segments: list[Segment], title_key: str = "") -> list[Verdict]:
    """Decide, for every segment, whether it is kept or removed (see module docstring)."""
    n = len(segments)
    verdicts = [Verdict() for _ in range(n)]
    # Copies share their key's first PREFIX_CHARS characters: a segment whose head no other segment
    # (nor the title) shares needs no full key (most paragraphs; see Segment.head).
    heads = [s.head(PREFIX_CHARS) for s in segments]
    by_prefix: dict[str, list[int]] = defaultdict(list)
    for j, h in enumerate(heads):
        by_prefix[h].append(j)

    # 1. Title copies.
    seen_body = False
    for i, s in enumerate(segments):
        if not (title_key and title_key.startswith(heads[i])):
            seen_body = True  # neither the title nor a cut copy of it
        elif s.key == title_key and (s.glued or not seen_body):
            verdicts[i] = Verdict("duplicate_title", "title")
        elif (not seen_body and _is_cut(s) and word_count(s.key) >= MIN_TRUNCATED_WORDS
              and title_key.startswith(s.key) and len(s.key) < len(title_key)):
            verdicts[i] = Verdict("truncated_copy", "title")
        else:
            seen_body = True

    # 2. Exact copies: canonical = first standalone occurrence, else first occurrence.
    canonical: dict[str, int] = {}
    dup_of: dict[int, int] = {}
    for i, s in enumerate(segments):
        if verdicts[i].reason or len(by_prefix[heads[i]]) < 2 or not s.key:
            continue  # a head of its own: no copy
        c = canonical.get(s.key)
        if c is None or (segments[c].glued and not s.glued):
            canonical[s.key] = i
    for i, s in enumerate(segments):
        if verdicts[i].reason or len(by_prefix[heads[i]]) < 2 or not s.key:
            continue
        c = canonical[s.key]
        if c != i:
            dup_of[i] = c
    # Standalone duplicates: drop long ones, and short ones that sit in a run of duplicates.
    lines_dup = {segments[i].line for i in dup_of if not segments[i].glued}
    dup_lines_sorted = sorted(lines_dup)
    in_run: set[int] = set()
    standalone_lines = sorted({s.line for s in segments})
    pos = {ln: k for k, ln in enumerate(standalone_lines)}
    for ln in dup_lines_sorted:
        k = pos[ln]
        for nb in (k - 1, k + 1):
            if 0 <= nb < len(standalone_lines) and standalone_lines[nb] in lines_dup:
                in_run.add(ln)
    for i, c in dup_of.items():
        s = segments[i]
        if s.glued:
            verdicts[i] = Verdict("glued_duplicate", c)
        elif word_count(s.text) >= MIN_DUP_WORDS or s.line in in_run:
            verdicts[i] = Verdict("duplicate_paragraph", c)

    # 3. Truncated copies of another segment (or of a run of segments).
    for i, s in enumerate(segments):
        # Cheapest tests first: most segments have a head of their own (no segment to be a cut copy
        # of), and most of the others are paragraphs that end a sentence.
        if verdicts[i].reason or len(heads[i]) < PREFIX_CHARS or len(by_prefix[heads[i]]) < 2 \
                or len(s.key) < MIN_TRUNCATED_CHARS:
            continue
        if not _is_cut(s):
            # A whole line of full sentences right above the paragraph that opens with them, cut at a
            # sentence end: a lead repeated as a teaser (its words are all in the paragraph below).
            j = i + 1
            if (not s.glued and j < n and segments[j].part == 0 and verdicts[j].reason is None
                    and len(s.key.split(None, MIN_SENTENCE_COPY_WORDS)) > MIN_SENTENCE_COPY_WORDS
                    and _extends(segments, j, s.key)):
                verdicts[i] = Verdict("truncated_copy", j)
            continue
        min_words = MIN_ELLIPSIS_WORDS if s.text.rstrip().endswith(("..", "…")) else MIN_TRUNCATED_WORDS
        if len(s.key.split(None, min_words)) < min_words:  # fewer words than min_words (no full split)
            continue
        # Capped so a page of near-identical list lines cannot go quadratic.
        for j in by_prefix[heads[i]][:MAX_CANDIDATES]:
            # A target already removed as truncated cannot anchor another truncation (no cycles).
            if j != i and verdicts[j].reason != "truncated_copy" and _extends(segments, j, s.key):
                verdicts[i] = Verdict("truncated_copy", j)
                break

    # Point every removal at the segment that is finally kept.
    for v in verdicts:
        seen: set[int] = set()
        while isinstance(v.of, int) and verdicts[v.of].reason and v.of not in seen:
            seen.add(v.of)
            v.of = verdicts[v.of].of
    return verdicts

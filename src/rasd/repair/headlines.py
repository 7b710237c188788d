"""Headlines of other stories left inside a scraped body.

Pure: no I/O. Two rules, both needing evidence beyond "a short line without a
final period" (which is just as often a subheading, a list item or a verse):

- **Glued at the end of a run**: the last piece of a glued line (a line the
  scraper ran together from several paragraphs) that has the shape of a
  headline (3–20 words, no final punctuation, see
  :func:`rasd.repair.lines.headline_like`), is not itself a copy of anything,
  and follows pieces that were *all* removed as copies of the clean body. The
  run is a scraper artefact (a teaser block), so its unpunctuated tail is the
  link text of another story, not a sentence of this one.
  A tail glued after a paragraph that is kept is *not* moved: on real text
  (SaudiNewsNet) it is far more often the paragraph's own last sentence
  without its period, a photo credit or the writer's name.
- **After a bare read-also marker** (``اقرأ أيضا:`` on its own line): the
  headline-shaped lines that follow it, up to the next line that is not
  headline-shaped (see :mod:`rasd.repair.boilerplate` for markers with the
  headline on the same line).

A headline-shaped line on its own between two paragraphs, with no marker, is
kept: of the 89 such lines in SaudiNewsNet (6–20 words, no final punctuation,
long punctuated paragraphs on both sides) nearly all are the article's own
subheadings, pull quotes or multi-story page items.
"""

from __future__ import annotations

from rasd.repair.dedup import Verdict
from rasd.repair.lines import Segment, headline_like

MAX_AFTER_MARKER = 6


def glued_tail_headlines(segments: list[Segment], verdicts: list[Verdict]) -> list[int]:
    """Indices of segments that are glued related headlines (see module docstring)."""
    by_line: dict[int, list[int]] = {}
    for i, s in enumerate(segments):
        by_line.setdefault(s.line, []).append(i)
    out: list[int] = []
    for idx in by_line.values():
        if len(idx) < 2:
            continue
        tail = idx[-1]
        seg = segments[tail]
        if not seg.glued or verdicts[tail].reason or not headline_like(seg.text):
            continue
        if all(verdicts[i].reason for i in idx[:-1]):
            out.append(tail)
    return out


def after_marker(lines: list[str]) -> int:
    """How many of ``lines`` (the non-empty lines after a bare marker) are headlines."""
    n = 0
    for line in lines[:MAX_AFTER_MARKER]:
        if not headline_like(line.strip()):
            break
        n += 1
    return n

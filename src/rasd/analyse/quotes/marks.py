"""The quote marks of one text, made uniform before the finder pairs them.

Outlets differ in how they mark quotes, and the finder (:func:`.base._pair_marks`) reads the common ways: « »
pointing outwards, straight and curly double quotes. Others it would misread:

- **reversed guillemets** (» … «), the French-facing habit of some Maghreb outlets. In tokenized text, where
  every mark stands between spaces, nothing on the mark itself tells an opener from a closer, so the finder
  took each » for a closer with nothing to close and each « for an opener that ran to the paragraph's end.
  The direction is a property of the text, so it is decided from the whole text by votes: a mark glued to
  the word it opens or closes shows its role («كلمة», »كلمة«), and in document order a » followed by a «
  reads as a reversed pair, a « followed by a » as a usual one. When reversed pairs win, the two marks are
  swapped (same length, so offsets hold).
- **doubled apostrophes** ('' ’’, tokenized as ' '), a typewriter's double quote: made one ``"`` and spaces.
- **single apostrophes** as quote marks (' كلام ') in a paragraph that has no other quote mark: made ``"``.
  Where a paragraph has double marks too, a single one is an inner quote or a letter of a foreign word and
  is left as it is.

:func:`uniform_marks` is pure and keeps the length of its input, so normalized offsets stay valid.
"""

from __future__ import annotations

import re

_OTHER_MARKS = "«»“”„\""
# a doubled apostrophe: two marks, together or split by a space as tokenized text writes them
_DOUBLE_RE = re.compile(r"(['’‘]) ?\1")
# a single apostrophe that is not inside a word (O'Brien): between spaces, or at the edge of a word run
_SINGLE_RE = re.compile(r"(?<!\w)['’‘]|['’‘](?!\w)")


def _guillemets_reversed(norm: str) -> bool:
    """Whether ``norm`` writes its guillemets pointing inwards (» … «), by the votes described above."""
    usual = reversed_ = 0
    prev_mark = ""
    for m in re.finditer("[«»]", norm):
        i, ch = m.start(), m.group()
        before = norm[i - 1] if i else " "
        after = norm[i + 1] if i + 1 < len(norm) else " "
        glued_after = after.isalnum()
        glued_before = before.isalnum()
        if glued_after != glued_before:  # the mark shows its role: opener when glued to what follows
            opener = glued_after
            if (ch == "«") == opener:
                usual += 1
            else:
                reversed_ += 1
        if prev_mark and prev_mark != ch:
            if prev_mark == "»":
                reversed_ += 1
            else:
                usual += 1
        prev_mark = ch
    return reversed_ > usual


def uniform_marks(norm: str) -> str:
    """``norm`` with its quote marks made the finder's (see the module docstring); same length as ``norm``."""
    out = norm
    if "«" in out and "»" in out and _guillemets_reversed(out):
        out = out.translate(str.maketrans("«»", "»«"))
    if not any(ch in out for ch in "'’‘"):
        return out
    out = _DOUBLE_RE.sub(lambda m: '"' + " " * (len(m.group()) - 1), out)
    paras = out.split("\n")
    for k, para in enumerate(paras):
        if any(ch in para for ch in "'’‘") and not any(ch in para for ch in _OTHER_MARKS):
            paras[k] = _SINGLE_RE.sub('"', para)
    return "\n".join(paras)

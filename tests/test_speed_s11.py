"""Session-11 speed-ups (issue #17) give exactly what the code they replace gave (randomized inputs).

- ``quotes.base._pair_marks`` visits only the quote marks (one regex scan) instead of testing every
  character of the paragraph in Python: compared with the per-character loop, written out here.
- ``quotes.stance.stance_verb`` is memoised per word: compared with the unmemoised function.
"""

from __future__ import annotations

import random

from rasd.analyse.quotes import base as B
from rasd.analyse.quotes import stance as S

_MARKS = B.MARKS
_ALPHABET = "اب قلو ف،,:.؟!()[]؛\n\t" + _MARKS + _MARKS


def _reference_pair_marks(norm: str, ps: int, pe: int) -> list[tuple[int, int, bool]]:
    """The per-character loop that _pair_marks was before session 11 (same decisions, every index)."""
    stack: list[tuple[int, str]] = []
    out: list[tuple[int, int, bool]] = []
    last_nested_close = -1
    for i in range(ps, pe):
        ch = norm[i]
        if ch not in _MARKS:
            continue
        prev = norm[i - 1] if i > ps else " "
        nxt = norm[i + 1] if i + 1 < pe else " "
        left_open = (prev.isspace() or prev in "(:[،,؛" or prev in _MARKS
                     or (prev in "وبلفك" and (i - 1 == ps or norm[i - 2].isspace())))
        right_close = nxt.isspace() or nxt in ".,،:؛;!?؟)]…" or nxt in _MARKS
        if ch == "«":
            opening = not (right_close and not left_open)
        elif ch == "»":
            opening = left_open and not right_close
        elif left_open and not right_close:
            opening = True
        elif right_close and not left_open:
            opening = False
        else:
            opening = not stack
        if opening:
            if not stack:
                last_nested_close = -1
            stack.append((i, ch))
            continue
        for k in range(len(stack) - 1, -1, -1):
            o, och = stack[k]
            if (och == "«") == (ch == "»"):
                del stack[k:]
                if k == 0:
                    out.append((o, i, True))
                else:
                    last_nested_close = i
                break
    if stack:
        o = stack[0][0]
        end = pe
        if last_nested_close > o and last_nested_close + 1 < pe and norm[last_nested_close + 1] in B._TERMINAL:
            end = last_nested_close + 1
        out.append((o, end, False))
    return out


def test_pair_marks_equals_the_per_character_loop() -> None:
    rnd = random.Random(11)
    for _ in range(4000):
        norm = "".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 40)))
        ps = rnd.randrange(0, len(norm) + 1)
        pe = rnd.randrange(ps, len(norm) + 1)
        assert B._pair_marks(norm, ps, pe) == _reference_pair_marks(norm, ps, pe), (norm, ps, pe)


def test_pair_marks_on_quoted_sentences() -> None:
    norm = 'وقال الوزير «نحن هنا "اليوم" معا» ثم غادر. وقالت: “لا تعليق”\nواضاف «بدون نهايه'
    for ps, pe in ((0, norm.index("\n")), (norm.index("\n") + 1, len(norm)), (0, len(norm)), (5, 20)):
        assert B._pair_marks(norm, ps, pe) == _reference_pair_marks(norm, ps, pe)
    first = B._pair_marks(norm, 0, norm.index("\n"))
    assert [(norm[o], norm[c], closed) for o, c, closed in first] == [("«", "»", True), ("“", "”", True)]


def test_stance_verb_memo_is_the_function() -> None:
    plain = S.stance_verb.__wrapped__
    rnd = random.Random(5)
    letters = "وفاتهمصدنيلبر"
    words = ["ووصف", "متهمة", "دعتهم", "دعوه", "اتهمته", "يطالب", "«وصفوا»،", "", "و"]
    words += ["".join(rnd.choice(letters) for _ in range(rnd.randrange(1, 8))) for _ in range(3000)]
    for w in words * 2:  # the second pass reads the memo
        assert S.stance_verb(w) == plain(w), w

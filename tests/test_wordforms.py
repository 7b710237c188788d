"""WordForms.spans gives exactly the matches of the regex it stands for, on random words and texts."""

from __future__ import annotations

import random
import re

from rasd.arabic.wordforms import WordForms


def _regex(forms: list[str], clitics: str) -> re.Pattern:
    cl = f"[{re.escape(clitics)}]?" if clitics else ""
    return re.compile(rf"(?<!\w){cl}(?:{'|'.join(map(re.escape, forms)) or '(?!)'})(?!\w)")


def test_spans_equal_the_regex() -> None:
    rnd = random.Random(11)
    for _ in range(400):
        alphabet = "وفبا_1"[: rnd.randrange(2, 7)]
        forms = sorted({"".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 4))) for _ in range(rnd.randrange(0, 9))},
                       key=len, reverse=True)
        clitics = rnd.choice(["", "و", "وف"])
        wf = WordForms(forms, clitics)
        rx = _regex(forms, clitics)
        for _ in range(40):
            text = "".join(rnd.choice(alphabet + " .-،\u064e") for _ in range(rnd.randrange(0, 30)))
            assert wf.spans(text) == [m.span() for m in rx.finditer(text)], (forms, clitics, text)


def test_set_lookup_used_for_plain_words_regex_otherwise() -> None:
    plain = WordForms(["وصف", "اتهم"], "وف")
    assert plain._rx is None
    assert plain.spans("ووصف الوزير، فاتهم وصفه") == [(0, 4), (13, 18)]
    spaced = WordForms(["اطلاق النار", "نار"], "و")  # a space: not one run, the regex answers
    assert spaced._rx is not None
    assert spaced.spans("واطلاق النار") == [(0, 12)]
    assert WordForms([]).spans("نص") == []

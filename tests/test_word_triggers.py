"""event_lexicon.WordTriggers.fullmatch returns what the full alternation of the word triggers returns."""

from __future__ import annotations

import random
import re

from rasd.arabic.event_lexicon import TRIGGERS, combined_triggers


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    i = a.lastgroup[1:]
    return (a.lastgroup == b.lastgroup and a.span() == b.span()
            and a.span(f"w{i}") == b.span(f"w{i}") and a.group(0) == b.group(0))


def test_agrees_with_the_full_alternation() -> None:
    _phrases, word_rx, _triggers = combined_triggers()
    full = word_rx._all
    assert word_rx._parts is not None  # the cut-the-proclitics scheme is the one under test
    # Trigger-like words: pieces of the trigger patterns' literal letters, with and without proclitics.
    letters = sorted({ch for t in TRIGGERS for ch in t.pattern if "\u0621" <= ch <= "\u064a"})
    rnd = random.Random(5)
    words = ["قتل", "وقتلت", "ستقتل", "والمواجهات", "بالضربات", "فحاصروا", "عملياتهم", "اجتماع", "واجتمع", "١٢", "12"]
    for _ in range(20000):
        w = "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 8)))
        words.append(w)
        words.append(rnd.choice(["و", "ف", "وال", "بال", "لل", "ل", "فب", ""]) + w)
    hits = 0
    for w in words:
        got, want = word_rx.fullmatch(w), full.fullmatch(w)
        assert _same(got, want), w
        hits += want is not None
    assert hits >= 5  # the sample does hit triggers

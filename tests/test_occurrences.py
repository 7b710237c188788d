"""rasd.arabic.occurrences.word_occurrences gives exactly the spans of the regular expression it replaces."""

from __future__ import annotations

import random
import re

from rasd.arabic.occurrences import word_occurrences


def _by_regex(text: str, word: str, clitics: str) -> list[tuple[int, int]]:
    cl = rf"(?:[{re.escape(clitics)}])?" if clitics else ""
    return [m.span(1) for m in re.finditer(rf"(?<!\w){cl}({re.escape(word)})(?!\w)", text)]


def test_examples() -> None:
    text = "قال غندور إن وغندور ولغندور وغندورا غندور."
    assert word_occurrences(text, "غندور", "وفلب") == _by_regex(text, "غندور", "وفلب")
    assert [text[a:b] for a, b in word_occurrences(text, "غندور", "وفلب")] == ["غندور"] * 3
    assert word_occurrences(text, "غندور", "") == [(4, 9), (36, 41)]
    assert word_occurrences("", "x") == [] and word_occurrences("abc", "zz", "و") == []


def test_agrees_with_the_regex_on_random_texts() -> None:
    rnd = random.Random(7)
    alphabet = "وفبلاك _.،\n1\u064b"  # clitic letters, a letter, space, punctuation, a digit, a mark (not \w)
    for _ in range(20000):
        word = "".join(rnd.choice("وفبلاك\u064b") for _ in range(rnd.randint(1, 3)))
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        clitics = rnd.choice(["", "وفلب", "وف", "و"])
        assert word_occurrences(text, word, clitics) == _by_regex(text, word, clitics), (text, word, clitics)

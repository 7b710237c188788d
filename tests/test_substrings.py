"""SubstringSet.present gives exactly the words that ``in`` finds, on random words and texts."""

from __future__ import annotations

import random

import pytest

from rasd.analyse.time import timex
from rasd.arabic.substrings import SubstringSet


def test_present_equals_in_tests() -> None:
    rnd = random.Random(7)
    for _ in range(400):
        alphabet = "اب ليa"[: rnd.randrange(2, 7)]
        words = {"".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 6))) for _ in range(rnd.randrange(0, 14))}
        s = SubstringSet(words)
        for _ in range(40):
            text = "".join(rnd.choice(alphabet + "\n.") for _ in range(rnd.randrange(0, 40)))
            assert s.present(text) == {w for w in words if w in text}, (words, text)


def test_nested_and_overlapping_words() -> None:
    s = SubstringSet(["اب", "ابريل", "بريل", "يل", "ل ا", "الاسبوع", "اسبوع"])
    assert s.present("في ابريل الماضي") == {"اب", "ابريل", "بريل", "يل", "ل ا"}
    assert s.present("الاسبوع") == {"الاسبوع", "اسبوع"}
    assert s.present("") == set()
    assert SubstringSet([]).present("نص") == set()
    with pytest.raises(ValueError):
        SubstringSet(["", "a"])


def test_time_gate_words_on_news_lines() -> None:
    # the time grammar's own gate words, on lines that hold some of them inside longer words
    s = SubstringSet(timex._GATE_WORDS)
    for text in ("انتخابات الاسبوع الماضي في 3 اذار", "كتاب اليوم", "منذ سنوات طويله", "الان\nيوم الاحد"):
        assert s.present(text) == {w for w in timex._GATE_WORDS if w in text}

"""word_start_hint: the hinted pattern matches exactly what the plain one does (random patterns
and texts, and the two patterns of the pipeline it is used on, over news-like text)."""

from __future__ import annotations

import random
import re

from rasd.arabic.event_lexicon import combined_triggers
from rasd.arabic.wordscan import opening_hint, opening_strings, word_start_hint

_LETTERS = "وفبلاكتي"


def _random_pattern(rnd: random.Random) -> str:
    def word() -> str:
        w = "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.3:
            w += f"(?:{rnd.choice(_LETTERS)}|{rnd.choice(_LETTERS)}{rnd.choice(_LETTERS)})?"
        if rnd.random() < 0.2:
            w = f"[{rnd.choice(_LETTERS)}{rnd.choice(_LETTERS)}]" + w
        if rnd.random() < 0.2:
            w += " " + "".join(rnd.choice(_LETTERS) for _ in range(rnd.randint(1, 3)))
        return w

    alts = [f"(?P<t{i}>[وف]?(?:ال|ب)?(?P<w{i}>{word()}))" for i in range(rnd.randint(1, 6))]
    return r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"


def _sig(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup, m.groups()) for m in rx.finditer(text)]


def test_same_matches_as_the_plain_pattern() -> None:
    rnd = random.Random(3)
    hinted = 0
    for _ in range(300):
        rx = re.compile(_random_pattern(rnd))
        k = rnd.randint(1, 6)
        h = word_start_hint(rx, k)
        hinted += h is not rx
        for _ in range(30):
            text = "".join(rnd.choice(_LETTERS + " .1") for _ in range(rnd.randrange(0, 40)))
            assert _sig(h, text) == _sig(rx, text), (rx.pattern, k, text)
    assert hinted == 300


def test_opening_strings_and_unlisted_patterns() -> None:
    assert opening_strings(re.compile(r"(?<!\w)(?:اب|ابريل)(?!\w)"), 3) == {"اب", "ابر"}
    assert opening_strings(re.compile(r"(?<!\w)[وف]?قال"), 2) == {"وق", "فق", "قا"}
    for pattern in (r"(?<!\w)\d+", r"(?<!\w)\w+", r"(?<!\w).", r"قال", r"(?<!\w)(?:)", r"(?<![A-Z])قال"):
        rx = re.compile(pattern)
        assert word_start_hint(rx) is rx, pattern


def test_pipeline_patterns_on_news_words() -> None:
    from rasd.analyse.quotes.base import _CUE_RE

    phrases = combined_triggers()[0]
    assert phrases.pattern.startswith(r"(?<!\w)(?=")  # hinted
    # the hinted pattern is (?<!\w)(?=tree)(?:plain)
    plain_phrases = re.compile(phrases.pattern[phrases.pattern.index(r"(?:(?<!\w)(?:") + 3:-1])
    plain_cues = re.compile(_CUE_RE.pattern[_CUE_RE.pattern.index(r"(?:(?<!\w)(?P<conj>") + 3:-1])
    words = ["واطلاق النار", "اطلقوا النار", "قوات", "وقال", "لتؤكد", "واكد", "حظر تجول", "مؤتمر صحفي مشترك",
             "عمليه عسكريه", "بالعمليات العسكريه", "الافراج", "اشتباكاتهم", "في", "،", "1"]
    rnd = random.Random(9)
    for _ in range(500):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 12)))
        assert _sig(phrases, text) == _sig(plain_phrases, text), text
        assert _sig(_CUE_RE, text) == _sig(plain_cues, text), text


def _random_general_pattern(rnd: random.Random) -> str:
    pieces = ["ا", "ب", "ل", r"\d", r"\d{1,2}", r"\s+", r"\s*", "[بت]", "(?:ال)?", "(?<!\\w)", "(?!\\w)", "(?=ب)",
              "[^ا]", ".", "(?:يوم|ايام)", "(\\d+)?", "(?:ب|)"]

    def seq() -> str:
        return "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5)))

    head = rnd.choice(["", r"(?:(?<!\w)|(?<=(?<!\w)[وفب]))"])
    return head + "(?:" + "|".join(seq() for _ in range(rnd.randint(1, 4))) + ")"


def test_opening_hint_same_matches_with_classes() -> None:
    rnd = random.Random(8)
    hinted = 0
    for _ in range(500):
        rx = re.compile(_random_general_pattern(rnd))
        k = rnd.randint(1, 6)
        h = opening_hint(rx, k)
        hinted += h is not rx
        for _ in range(20):
            text = "".join(rnd.choice("ابلتوي 12\n.") for _ in range(rnd.randrange(0, 30)))
            a, b = rnd.randrange(0, len(text) + 1), len(text)
            assert _sig(h, text) == _sig(rx, text), (rx.pattern, k, text)
            assert [m.span() for m in h.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
    assert hinted > 250  # most are hinted (those that can match the empty string are not)

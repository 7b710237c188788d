"""rasd.regex_hint: the hinted pattern finds exactly the matches of the original, groups included."""

from __future__ import annotations

import random
import re

from rasd.analyse.time.timex import RULES
from rasd.regex_hint import DIGIT, first_chars, with_first_char_hint


def _matches(rx: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict(), m.lastgroup) for m in rx.finditer(text)]


def test_first_chars() -> None:
    assert first_chars(re.compile(r"(?<!\w)(?:ab|c)d")) == {"a", "c"}
    assert first_chars(re.compile(r"(?:x)?[yz]+")) == {"x", "y", "z"}
    assert first_chars(re.compile(r"(?<!\w)(?:\d+|ab)")) == {DIGIT, "a"}
    for unknown in (r"\w+", r"a?", r".b", r"[^a]", r"(?i)ab", r"\s+"):
        assert first_chars(re.compile(unknown)) is None, unknown
        assert with_first_char_hint(re.compile(unknown)).pattern == unknown


def test_same_matches_on_random_texts() -> None:
    rnd = random.Random(3)
    pats = [r"(?<!\w)[وف]?(?P<x>ال\w+)", r"(?<![\w/])(?P<d>\d{1,2})\s*(?:عام|ال)", r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك]))(?:عام|سنه)\s+(\d+)", r"b(a|c)*d"]
    alphabet = "وفبلكالعامسنه 12٣/bacd\n"
    for p in pats:
        rx, hinted = re.compile(p), with_first_char_hint(re.compile(p))
        assert hinted.pattern != p
        for _ in range(3000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
            assert _matches(rx, text) == _matches(hinted, text)


def test_time_rules_keep_their_matches() -> None:
    text = ("وصل الوفد يوم الاثنين 12 مارس 2015 وغادر في 1436هـ بعد ثلاثة أيام، وفي العام الماضي "
            "قبل أسبوعين، الساعة العاشرة صباحا، منذ عام 1967 وحتى الشهر المقبل")
    from rasd.arabic.normalize import normalize

    norm = normalize(text)
    hinted = 0
    for _kind, rx, *_ in RULES:
        h = with_first_char_hint(rx)
        hinted += h is not rx
        assert _matches(rx, norm) == _matches(h, norm), rx.pattern[:80]
    assert hinted > len(RULES) // 2  # the hint applies to most of the grammar

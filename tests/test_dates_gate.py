"""The Gregorian month gate (``rasd.analyse.time.base.G_GREG``) opens every line where a date rule
gated by it can match (generated dates around «اب» (آب) and other months), and every rule's gate
opens on the news lines its rule matches."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from rasd.analyse.time import timex
from rasd.analyse.time.base import G_GREG, RULES, gate_open
from rasd.arabic.normalize import normalize

_RULES = [rx for _kind, rx, _handler, gate in RULES if gate is G_GREG]

_BEFORE = ["", " ", "و", "وب", "فل", "ل", "ك", "كت", "ال", "3", "15", "15 ", "في ", "من ", "الثاني", "الثانيه ",
           "الحادي والعشرين", "الحادي و العشرين ", "الاول من ", "شهر ", "15 من شهر ", "5 - 7 ", "5 الى 7 ",
           "يناير", "يناير/", "يناير (", "كانون ثاني ", "مطلع ", "السبت ", "الاحد، 3 "]
_MONTHS = ["اب", "ابريل", "ماي", "يناير", "كانون ثاني", "ايار"]
_AFTER = ["", " ", "2015", " 2015", "، 2015", "،2015", ".2015", "يناير", "/اغسطس", " (اغسطس)", "من عام 2015",
          "عام 2015", "العام الماضي", " العام الماضي", " الماضي", "و", "و ", "ين", "ها", "ه", ".", ")", "x"]


def _matches(line: str) -> bool:
    return any(rx.search(line) for rx in _RULES)


def _opens(line: str) -> bool:
    """The gate as the rule scan applies it: on its own, and for a line among others (timex._Lines)."""
    whole = gate_open(G_GREG, line)
    text = "سطر قبله\n" + line + "\nسطر بعده"
    lines = timex._Lines(text)
    words = timex._GATE_SETS[next(i for i, r in enumerate(RULES) if r[3] is G_GREG)]
    inside = (9, 9 + len(line)) in lines.having(G_GREG, words)
    return whole and inside and lines.open(G_GREG, words)


def test_the_rules_are_gated_by_it() -> None:
    assert len(_RULES) >= 3


def test_opens_wherever_a_gated_rule_matches_generated_dates() -> None:
    matched = 0
    for before, month, after in itertools.product(_BEFORE, _MONTHS, _AFTER):
        line = before + month + after
        if _matches(line):
            matched += 1
            assert _opens(line), line
    assert matched > 500  # the sample does reach the rules


def test_aab_inside_other_words_keeps_the_gate_shut() -> None:
    for line in ("كتاب جديد عن الانتخابات", "ابو بكر", "ابن سلمان", "اسباب الازمه", "الشباب"):
        assert not _matches(line)
        assert not gate_open(G_GREG, line), line
    assert gate_open(G_GREG, "في 3 اب 2015") and gate_open(G_GREG, "الثانياب") and gate_open(G_GREG, "5 الى 7 ابو")


def _news_lines(limit: int = 400) -> list[str]:
    root = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
    files = sorted(root.glob("ant-dev/*.jsonl"))[:3]
    out: list[str] = []
    for f in files:
        for row in f.read_text(encoding="utf-8").splitlines()[:limit]:
            try:
                text = json.loads(row).get("text") or ""
            except ValueError:
                continue
            out.extend(normalize(text).split("\n"))
    return out


def test_speed_gates_open_wherever_their_rule_matches_news_lines() -> None:
    """The gates that only spare the scan (the Gregorian months, the weekdays with their article,
    the duals and plurals of the duration rules, the relative periods' unit after the article and
    part words, «الان» at a word's end) open on every real line their rule matches. (Some
    other rules' gates also filter on purpose: «في الاونه الاخيره», «في المئه».)"""
    from rasd.analyse.time import grammar, grammar_units, grammar_vague
    from rasd.analyse.time.base import G_WEEKDAY_DEF

    speed_only = (G_GREG, G_WEEKDAY_DEF, grammar_units._DUALS, grammar_units._PLURALS, grammar_vague._DUALS,
                  grammar._G_ART_UNIT, grammar._G_DEF_UNIT, grammar._PARTS_OF, grammar_units._G_VAGUE)
    lines = _news_lines(150)
    if not lines:
        pytest.skip("../shared news absent")
    hits = 0
    for _kind, rx, _handler, gate in RULES:
        if not any(gate is g for g in speed_only):
            continue
        for line in lines:
            if rx.search(line):
                hits += 1
                assert gate_open(gate, line), (rx.pattern[:60], line)
    assert hits > 100

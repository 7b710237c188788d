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
                  grammar._G_ART_UNIT, grammar._G_DEF_UNIT, grammar._PARTS_OF, grammar_units._G_VAGUE,
                  grammar_units._G_COUNTED, grammar_units._G_AFTER_PRE)
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


# -- the two duration rules' Led gates (a unit stem right after a count, or after a «pre» word) ----------

def _led_rules():
    from rasd.analyse.time import grammar_units

    return [(rx, gate) for _kind, rx, _handler, gate in RULES
            if gate is grammar_units._G_COUNTED or gate is grammar_units._G_AFTER_PRE]


def _led_opens(gate, line: str) -> bool:
    text = "سطر قبله\n" + line + "\nسطر بعده"
    lines = timex._Lines(text)
    return gate_open(gate, line) and lines.open(gate, None) and (9, 9 + len(line)) in lines.having(gate, None)


def test_every_unit_starts_with_a_gate_stem() -> None:
    from rasd.analyse.time.base import G_UNITS
    from rasd.arabic.numbers import TIME_UNITS

    assert all(any(u.startswith(g) for g in G_UNITS) for u in TIME_UNITS)


_D_BEFORE = ["", "قبل ", "منذ ", "قبل نحو ", "و", "ب", "ال", "ال ", "في ", "خلال ", "لمده ", "بنحو ", "لاكثر من ",
             "على مدي ", "قبل حوالي ", "نحو  ", "x"]
_D_COUNT = ["", "3", "15", "2.5", "ثلاثه", "خمسه وعشرين", "عشرين", "الف", "احد", "واحد", "ست", "مئه"]
_D_JOIN = ["", " ", "  ", "\t", " ال", "ال", "\u00a0"]
_D_UNITS = ["يوم", "ايام", "يوما", "اسبوع", "اسابيع", "شهر", "اشهر", "شهرا", "عام", "اعوام", "عاما", "سنه", "سنوات",
            "ساعه", "ساعات", "دقيقه", "دقائق", "عقد", "قرن"]
_D_AFTER = ["", " فقط", " ونصف", " الماضيه", " من الزمن", ".", "ين", " واحد", " كامله"]


def test_duration_gates_open_wherever_their_rule_matches_generated_lines() -> None:
    rules = _led_rules()
    assert len(rules) == 2
    matched = 0
    for parts in itertools.product(_D_BEFORE, _D_COUNT, _D_JOIN, _D_UNITS, _D_AFTER):
        line = "".join(parts)
        for rx, gate in rules:
            if rx.search(line):
                matched += 1
                assert _led_opens(gate, line), (rx.pattern[:40], line)
    assert matched > 3000


def test_duration_gates_stay_shut_on_a_unit_alone() -> None:
    for line in ("اليوم اعلن الوزير", "في العام الماضي", "في عام 2015 قال", "حسن سنان", "الانسان", "قال يوم الاحد"):
        for _rx, gate in _led_rules():
            assert not gate_open(gate, line), line

"""scripts/repair_clean_lost.py: the scorer's lost rule (rasd.eval.repair.lost_paragraphs), no articles handled."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasd.eval.repair import lost_paragraphs
from rasd.record import Article

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض."  # made up
P2 = "وقال المتحدث إن المستشفى سيخدم أكثر من مليون نسمة."


def test_a_split_paragraph_is_not_lost_a_dropped_one_is() -> None:
    half = P1.split(" في ")
    art = Article(title="افتتاح مستشفى جديد", paragraphs=[half[0], "في " + " في ".join(half[1:])])
    assert lost_paragraphs([P1, P2], art) == [P2]


def test_no_clean_articles_is_no_division_by_zero(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import repair_clean_lost as script

    monkeypatch.setattr(script.G, "load_pool", lambda _shared: [])
    try:
        assert script.main([]) == 1
    finally:
        sys.modules.pop("repair_clean_lost", None)
    assert "no clean articles" in capsys.readouterr().out

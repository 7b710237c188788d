"""The benchmark sets of ``rasd eval`` annotate research corpora that must not ship: they stay out of
the built package, and ``rasd eval`` without them says so in one line (no traceback)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from rasd.cli import main as cli
from rasd.commands import eval as eval_command

ROOT = Path(__file__).resolve().parents[1]


def test_eval_annotation_sets_are_not_package_data() -> None:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["rasd"]
    assert not any(p.startswith("eval") for p in patterns)
    # and nothing under rasd/data is fitted on or copied from them (see the data cards)
    shipped = {p.relative_to(ROOT / "src/rasd/data").as_posix() for p in (ROOT / "src/rasd/data").rglob("*") if p.is_file()}
    assert "events/sense.json" not in shipped and "stories/model.json" not in shipped


@pytest.mark.parametrize("kind", ["stories", "repair", "duplicates", "dates"])
def test_eval_without_its_set_is_one_clear_error(kind: str, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(eval_command.DEFAULT_SETS, kind, "no_such_set.jsonl")
    assert cli(["eval", kind]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no_such_set.jsonl" in err and "source checkout" in err
    assert "Traceback" not in err

"""The repair's word tables are built from licence-clean sources only (scripts/build_repair_tables.py).

The ANT corpus and SaudiNewsNet (``../shared/data/news``) may not ship, nor anything learnt from
them: the builder refuses every path under that folder and the ANERcorp test split.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_repair_tables", ROOT / "scripts" / "build_repair_tables.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_builder_refuses_the_news_corpora() -> None:
    b = _builder()
    for bad in (b.FORBIDDEN / "ant-dev" / "cnn.jsonl", b.FORBIDDEN / "saudinewsnet", b.FORBIDDEN,
                b.SHARED / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"):
        with pytest.raises(b.SourceError, match="refused"):
            b.clean_source(bad)


def test_every_source_of_the_builder_is_clean() -> None:
    b = _builder()
    for src in (b.ANERCORP_TRAIN, b.WIKIFANE, b.NAMES):
        assert b.FORBIDDEN not in src.parents and "news" not in src.parts
        if src.exists():
            assert b.clean_source(src) == src.resolve()


def test_the_shipped_tables_name_their_clean_origin() -> None:
    data = ROOT / "src" / "rasd" / "data" / "repair"
    for name in ("openers.txt", "stems_df.tsv"):
        head = (data / name).read_text(encoding="utf-8").split("\n", 1)[0]
        assert "wordfreq" in head and "DATA_CARD.md" in head
    assert (data / "DATA_CARD.md").is_file()


def test_conjunction_words_are_openers_and_root_words_are_not() -> None:
    from rasd.repair.headshape import _openers

    openers = _openers()
    assert {"وكتبت", "وشهدت", "ولطالما"} <= openers
    assert not {"وزير", "واشنطن", "وفاه", "وزاره", "ولي", "وماذا"} & openers

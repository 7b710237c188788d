"""A missing optional extra gives a message naming the extra to install — never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rasd.cli import main


def test_html_without_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>خبر</title></head><body><p>نص الخبر.</p></body></html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    code = main(["process", str(page)])
    err = capsys.readouterr().err
    assert code != 0
    assert "pip install 'rasd[html]'" in err and "Traceback" not in err


def test_parquet_without_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "a.txt"
    text.write_text("زيارة\nوصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code = main(["events", str(text), "--format", "parquet", "-o", str(tmp_path / "e.parquet")])
    err = capsys.readouterr().err
    assert code != 0 and "pip install 'rasd[parquet]'" in err


def test_language_id_falls_back_without_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.analyse import lang

    monkeypatch.setitem(sys.modules, "lingua", None)
    lang._detector.cache_clear()
    try:
        # Plain Arabic is decided by its letters before lingua is asked (with or without it).
        assert lang.detect_with_method("وصل وزير الخارجية السعودي إلى القاهرة اليوم.")[0] == "ar"
        assert lang.detect_with_method("The minister arrived in Cairo today.") == ("en", "script")
    finally:
        lang._detector.cache_clear()

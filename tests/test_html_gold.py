"""The two real Arabic news pages in ../shared/data/html yield their gold title and body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.arabic.normalize import normalize_for_match
from rasd.pipeline import process_item
from rasd.read import read_one

HTML = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html"
pytestmark = pytest.mark.skipif(not HTML.exists(), reason="../shared/data/html absent")


def body_of(path: Path):  # type: ignore[no-untyped-def]
    return process_item(read_one(str(path)), layers=())


def test_cnn_arabic_page_gold_title_and_body() -> None:
    gold_meta = json.loads((HTML / "newspaper4k/arabic_article.json").read_text(encoding="utf-8"))
    gold_paras = [p for p in (HTML / "newspaper4k/arabic_article.txt").read_text(encoding="utf-8").split("\n")
                  if p.strip()]
    art = body_of(HTML / "newspaper4k/arabic_article.html")
    assert art.title == gold_meta["title"]
    assert [normalize_for_match(p) for p in art.paragraphs] == [normalize_for_match(p) for p in gold_paras]
    # The comment-policy notes under the article were removed, with a reason.
    assert any("CNN" in r.text and r.reason.startswith("boilerplate") for r in art.removed)


def test_cnn_goose3_capture_starts_with_gold_prefix() -> None:
    gold = json.loads((HTML / "goose3/test_cnn_arabic.json").read_text(encoding="utf-8"))["expected"]
    art = body_of(HTML / "goose3/test_cnn_arabic.html")
    body = "\n\n".join(art.paragraphs)
    assert normalize_for_match(body).startswith(normalize_for_match(gold["cleaned_text"])[:150])


def test_lbc_page_gold_title_date_and_body() -> None:
    gold = json.loads((HTML / "fundus-lbc/LBCGroup.json").read_text(encoding="utf-8"))["V1"]
    art = body_of(HTML / "fundus-lbc/LBCGroup_2026_01_08.html")
    assert art.title == gold["title"]
    assert art.published == gold["publishing_date"][:10]
    assert art.paragraphs == gold["body"]["sections"][0]["paragraphs"]

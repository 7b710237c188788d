"""Readers and input guards: every bad input gets a clear message naming it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.read import is_corpus, iter_items, read_one
from rasd.read.guards import decode

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_decode_reports_invalid_utf8_position() -> None:
    data = "سطر أول\nسطر".encode() + b"\xff\xfe" + " ثان".encode()
    with pytest.raises(InputError) as err:
        decode(data, "x.txt")
    msg = str(err.value)
    assert msg.startswith("x.txt: invalid UTF-8 at byte") and "line 2, column 4" in msg


@pytest.mark.parametrize("data, problem", [(b"", "empty"), (b"  \n\t", "empty"),
                                           (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary")])
def test_decode_refuses_empty_and_binary(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem):
        decode(data, "in")


def test_decode_drops_bom_and_crlf() -> None:
    assert decode("\ufeffعنوان\r\nنص".encode(), "in") == "عنوان\nنص"


def test_huge_file_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import rasd.read.guards as guards

    p = tmp_path / "big.txt"
    p.write_text("كلمة " * 1000, encoding="utf-8")
    monkeypatch.setattr(guards, "MAX_ARTICLE_BYTES", 100)
    monkeypatch.setattr(guards.read_bytes, "__defaults__", (100,))
    with pytest.raises(InputError, match="over the 0 MB limit|limit for one article"):
        read_one(str(p))


def test_json_article_and_field_names(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"title": "عنوان", "content": "نص المقال.", "date": "2015-08-09 10:00:00",
                             "url": "http://x", "source": "was"}, ensure_ascii=False), encoding="utf-8")
    item = read_one(str(p))
    assert item.text == "نص المقال."
    assert item.meta["published"] == "2015-08-09" and item.meta["source"] == "was"
    assert item.meta["title"] == "عنوان"


def test_bad_json_file_names_the_problem(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text('{"title": "x", ', encoding="utf-8")
    with pytest.raises(InputError, match=r"a.json: invalid JSON at line 1"):
        read_one(str(p))
    p.write_text('{"title": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_one(str(p))
    p.write_text('[{"text": "نص"}, {"text": "آخر"}]', encoding="utf-8")
    with pytest.raises(InputError, match="list of 2 items.*JSONL"):
        read_one(str(p))


def test_jsonl_streams_and_records_skips(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    lines = [json.dumps({"body": "نص أول.", "url": "u1"}, ensure_ascii=False), "{broken",
             json.dumps({"body": ""}), json.dumps([1, 2]), "",
             json.dumps({"body": "نص ثان.", "url": "u2"}, ensure_ascii=False)]
    p.write_text("\n".join(lines), encoding="utf-8")
    assert is_corpus(str(p))
    items = list(iter_items([str(p)], fields={"text": "body", "id": "url"}))
    assert [i.meta.get("id") for i in items if not i.skip] == ["u1", "u2"]
    skips = [(i.origin, i.skip) for i in items if i.skip]
    assert [o for o, _ in skips] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "invalid JSON" in skips[0][1] and "empty" in skips[1][1] and "JSON object" in skips[2][1]


def test_folder_walk_skips_bad_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("مقال ثان.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("مقال أول.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    items = list(iter_items([str(tmp_path)]))
    assert [Path(i.origin).name for i in items] == ["a.txt", "b.txt", "c.txt"]
    assert items[2].skip and "binary" in items[2].skip


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_items(["/nonexistent/x.txt"], strict=True))


@pytest.mark.skipif(not (SHARED / "data/html").exists(), reason="../shared absent")
def test_html_reader_gets_title_and_text() -> None:
    item = read_one(str(SHARED / "data/html/fundus-lbc/LBCGroup_2026_01_08.html"))
    gold = json.loads((SHARED / "data/html/fundus-lbc/LBCGroup.json").read_text(encoding="utf-8"))["V1"]
    assert item.meta["title"] == gold["title"]
    assert item.meta["published"] == "2026-01-08"
    assert gold["body"]["sections"][0]["paragraphs"][0] in item.text

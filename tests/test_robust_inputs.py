"""Inputs as users feed them (issue 15): encodings, JSON on stdin, metadata flags, other languages."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.errors import InputError
from rasd.read import iter_items, read_one
from rasd.read.guards import decode_detect

ARABIC = "وصل وزير الخارجية إلى الرياض اليوم في زيارة رسمية يلتقي خلالها كبار المسؤولين في المملكة."
ENGLISH = "The foreign minister arrived in Riyadh today on an official visit to meet senior officials of the kingdom."


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def with_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- encodings -------------------------------------------------------------------------


def test_windows_1256_html_page_is_decoded_by_its_meta_charset(tmp_path: Path) -> None:
    page = (f'<html><head><meta charset="windows-1256"><title>زيارة</title></head>'
            f"<body><article><p>{ARABIC}</p><p>{ARABIC}</p></article></body></html>")
    p = tmp_path / "page.html"
    p.write_bytes(page.encode("cp1256"))
    item = read_one(str(p))
    assert "وزير الخارجية" in item.text
    assert item.encoding == "cp1256 (HTML meta charset)"


def test_windows_1256_text_without_declaration_is_detected(tmp_path: Path) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes((ARABIC + "\n" + ARABIC.replace("الرياض", "جدة")).encode("cp1256"))
    item = read_one(str(p))
    assert item.text.startswith(ARABIC)
    assert item.encoding and "detected" in item.encoding


@pytest.mark.parametrize("codec, how", [("utf-16", "byte-order mark"), ("utf-16-le", "no byte-order mark"),
                                        ("utf-16-be", "no byte-order mark")])
def test_utf16_text_is_not_called_binary(codec: str, how: str) -> None:
    text, encoding = decode_detect((ARABIC + "\r\n" + ENGLISH).encode(codec), "u16.txt")
    assert text == ARABIC + "\n" + ENGLISH
    assert encoding.startswith("utf-16") and how in encoding
    text, encoding = decode_detect(ARABIC.encode(codec), "u16.txt")  # Arabic only: zero bytes at spaces only
    assert text == ARABIC and encoding.startswith("utf-16")


def test_encoding_is_reported_in_the_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "old.txt"
    p.write_bytes(ARABIC.encode("cp1256"))
    code, out, _ = cli(["process", "--layers", "none", str(p)], capsys)
    assert code == 0
    assert any("decoded as cp1256" in w for w in json.loads(out)["warnings"])


def test_broken_utf8_is_still_refused_not_guessed() -> None:
    data = ARABIC.encode() + b"\xff" + ARABIC.encode()
    with pytest.raises(InputError, match="invalid UTF-8 at byte"):
        decode_detect(data, "x.txt")


# -- JSON and JSONL on stdin -----------------------------------------------------------


def test_json_article_on_stdin_is_read_as_json(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    obj = {"title": "زيارة رسمية", "text": ARABIC, "url": "http://x/1", "source": "was"}
    with_stdin(monkeypatch, json.dumps(obj, ensure_ascii=False).encode())
    code, out, _ = cli(["process", "--layers", "none", "-"], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["title"] == "زيارة رسمية" and doc["url"] == "http://x/1" and doc["source"] == "was"
    assert "{" not in doc["text"]


def test_jsonl_on_stdin_is_a_corpus(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"text": ARABIC, "id": "a"}, ensure_ascii=False), "{broken",
             json.dumps({"text": ARABIC.replace("الرياض", "جدة"), "id": "b"}, ensure_ascii=False)]
    with_stdin(monkeypatch, "\n".join(lines).encode())
    code, out, err = cli(["process", "--layers", "none"], capsys)
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "b"]
    assert code == 1 and "<stdin>:2" in err and "skipped 1" in err


# -- metadata flags --------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2026-13-45", "yesterday", "2026-02-30", "05/02/2026"])
def test_bad_published_is_refused_clearly(value: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARABIC, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["process", "--published", value, str(p)])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "--published" in err and value in err and "Traceback" not in err


def test_invalid_date_in_json_metadata_is_not_kept(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"text": ARABIC, "published": "2026-13-45"}, ensure_ascii=False), encoding="utf-8")
    (item,) = iter_items([str(p)])
    assert item.meta["published"] is None


def test_batch_flags_apply_to_every_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARABIC, encoding="utf-8")
    b.write_text(ARABIC.replace("الرياض", "جدة"), encoding="utf-8")
    code, out, _ = cli(["process", "--layers", "none", "--source", "spa", "--published", "2026-02-04",
                        str(a), str(b)], capsys)
    recs = [json.loads(x) for x in out.splitlines()]
    assert code == 0 and len(recs) == 2
    assert {r["source"] for r in recs} == {"spa"} and {r["published"] for r in recs} == {"2026-02-04"}


def test_per_article_flags_with_several_inputs_are_refused(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARABIC, encoding="utf-8")
    b.write_text(ARABIC, encoding="utf-8")
    code, out, err = cli(["process", "--layers", "none", "--title", "t", str(a), str(b)], capsys)
    assert code == 2 and out == "" and "--title" in err and "one article" in err


# -- other languages -------------------------------------------------------------------


def test_english_gets_no_layers_unless_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "en.txt"
    p.write_text("Saudi Foreign Minister Adel al-Jubeir said on Monday that the talks in Riyadh were useful. "
                 + ENGLISH, encoding="utf-8")
    code, out, err = cli(["process", str(p)], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["lang"] == "en"
    assert doc["entities"] == [] and doc["dates"] == [] and doc["events"] == []
    assert "--all-languages" in err
    code, out, _ = cli(["process", "--all-languages", "--layers", "dates", str(p)], capsys)
    assert json.loads(out)["warnings"] and "skipped" not in json.loads(out)["warnings"][0]


def test_english_is_ingested_with_its_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.corpus.store import Store

    p = tmp_path / "en.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "x.db"
    code, _, _ = cli(["ingest", str(p), "--db", str(db), "--no-progress"], capsys)
    assert code == 0
    with Store(str(db), create=False) as st:
        assert st.conn.execute("SELECT lang FROM articles").fetchall() == [("en",)]
        assert st.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    code, _, err = cli(["ingest", str(p), "--db", str(tmp_path / "y.db"), "--lang-only", "ar", "--no-progress"],
                       capsys)
    assert code == 2 and "not ar" in err and not (tmp_path / "y.db").exists()


def test_utf8_page_that_kept_an_old_meta_charset_is_read_as_utf8() -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'
    text, encoding = decode_detect(page.encode("utf-8"), "p.html")
    assert ARABIC in text and encoding.startswith("utf-8") and "windows-1256" not in text.split("<body>")[1]

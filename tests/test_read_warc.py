"""WARC archives: each HTML page is an article; bad pages are recorded skips, other records ignored."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.read import iter_items

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PARAS = [
    "أعلنت وزارة الصحة السعودية اليوم الأحد عن إطلاق حملة وطنية للتطعيم ضد الأمراض المعدية في جميع مناطق المملكة.",
    "وقال المتحدث الرسمي باسم الوزارة إن الحملة تستهدف أكثر من مليون طفل خلال الأسابيع الثلاثة المقبلة.",
    "وأضاف أن فرقا ميدانية ستزور المدارس والمراكز الصحية لتقديم اللقاحات مجانا للمواطنين والمقيمين.",
]


def page(title: str, charset: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f'<html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def response(writer: WARCWriter, url: str, status: str, ctype: str, payload: bytes):  # type: ignore[no-untyped-def]
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http)


@pytest.fixture()
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warc_record("http://news.example/a", "request", payload=io.BytesIO(b"GET /a")))
        w.write_record(response(w, "http://news.example/a", "200 OK", "text/html; charset=utf-8",
                                page("حملة وطنية للتطعيم", "utf-8").encode("utf-8")))
        w.write_record(response(w, "http://news.example/b", "200 OK", "text/html",
                                page("حملة التطعيم تبدأ", "windows-1256").encode("cp1256")))
        w.write_record(response(w, "http://news.example/gone", "404 Not Found", "text/html", b"<html></html>"))
        w.write_record(response(w, "http://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n"))
    return path


def test_pages_become_articles_and_bad_pages_are_skips(archive: Path) -> None:
    items = list(iter_items([str(archive)]))
    good = [i for i in items if not i.skip]
    assert [i.meta["url"] for i in good] == ["http://news.example/a", "http://news.example/b"]
    assert all("مليون طفل" in i.text for i in good)  # windows-1256 decoded from its <meta>
    (bad,) = [i for i in items if i.skip]
    assert "404" in bad.skip and bad.origin.startswith(str(archive) + "#")


def test_process_warc_corpus(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["process", "--layers", "none", "--no-raw", str(archive)])
    out, err = capsys.readouterr()
    assert code == 1  # some skipped (README: exit status)
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["http://news.example/a", "http://news.example/b"]
    assert "skipped 1" in err and "1× HTTP status 404)" in err  # the reason is not cut at the URL's colon


def test_not_a_warc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "broken.warc"
    p.write_bytes(b"this is not a warc archive\n" * 3)
    code = main(["process", str(p)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "broken.warc" in err
    assert code != 0 or "skipped 1" in err

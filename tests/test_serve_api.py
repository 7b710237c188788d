"""``rasd serve``: the JSON API and the pages through FastAPI's TestClient, on a small ingested corpus.

Checks what a client relies on: search totals, facets, pagination and filters
agree with each other; FTS5 syntax typed by a user is inert; bad parameters
get a 4xx naming the parameter; limits (body size, time) hold; errors never
show a traceback; event downloads load as tables; the command prints its URL.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from rasd.analyse.events.table import COLUMNS  # noqa: E402
from rasd.serve import create_app  # noqa: E402
from serve_corpus import ARTICLES, ROOT, build_db  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_db(tmp_path_factory.mktemp("serve_api"))


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def test_search_total_hits_snippets_and_facets(client):
    r = client.get("/api/search", params={"q": "الجبير"})
    assert r.status_code == 200
    d = r.json()
    assert d["total"] == 2 and {h["id"] for h in d["hits"]} == {"syn-1", "syn-2"}
    assert all("<<" in h["snippet"] and ">>" in h["snippet"] for h in d["hits"])
    assert {f["value"]: f["count"] for f in d["facets"]["outlets"]} == {"alwasat": 1, "annahar": 1}
    assert "عادل الجبير" in {f["name"] for f in d["facets"]["entities"]}


def test_clitic_and_spelling_forms_find_the_same(client):
    def total(q: str) -> int:
        return client.get("/api/search", params={"q": q}).json()["total"]

    assert total("موسكو") == total("وموسكو") >= 2
    assert total("أوشاكوف") == total("اوشاكوف") == 1


def test_pagination_is_consistent(client):
    full = client.get("/api/search", params={"q": "اليوم", "size": 50}).json()
    assert full["total"] >= 4
    pages = [client.get("/api/search", params={"q": "اليوم", "size": 2, "page": p}).json() for p in (1, 2)]
    assert all(p["total"] == full["total"] for p in pages)
    ids = [h["id"] for p in pages for h in p["hits"]]
    assert ids == [h["id"] for h in full["hits"]][:4] and len(set(ids)) == 4


@pytest.mark.parametrize("params, expect", [
    ({"q": "اليوم", "outlet": "annahar"}, {"syn-2", "syn-5"}),
    ({"q": "اليوم", "outlet": ["annahar", "almasdar"], "since": "2026-02-05"}, {"syn-4", "syn-5"}),
    ({"q": "", "since": "2026-02-04", "until": "2026-02-04", "outlet": "alwasat"}, {"syn-3"}),
    ({"entity": "السيسي"}, {"syn-4", "syn-5"}),
    ({"q": "الرياض", "event_type": "CONSULT"}, {"syn-1", "syn-2"}),
])
def test_filters(client, params, expect):
    d = client.get("/api/search", params={**params, "size": 50}).json()
    assert {h["id"] for h in d["hits"]} == expect and d["total"] == len(expect)


@pytest.mark.parametrize("q", ['"', 'NEAR(بوتين موسكو)', "بوتين*", "title:بوتين", ")) OR ((", "^بوتين",
                               "AND OR NOT", "بوتين' ; DROP TABLE articles; --", "{title body}: x", "-"])
def test_fts_syntax_is_inert(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    assert isinstance(r.json()["total"], int)
    assert client.get("/api/search").json()["total"] == len(ARTICLES) + 1  # nothing dropped


@pytest.mark.parametrize("url, name", [
    ("/api/search?since=2026-13-01", "since"), ("/api/search?until=yesterday", "until"),
    ("/api/search?since=2026-02-05&until=2026-02-01", "since"), ("/api/search?page=0", "page"),
    ("/api/search?size=1000", "size"), ("/api/search?q=" + "ب" * 501, "q"),
    ("/api/search?event_type=consult;", "event_type"), ("/api/events?page=abc", "page"),
    ("/api/events/export?format=xlsx", "format"), ("/api/articles/abc", "rowid"), ("/search?lang=fr", "lang"),
    ("/api/stories?min_outlets=0", "min_outlets"),
])
def test_bad_parameters_get_a_clear_422(client, url, name):
    r = client.get(url)
    assert r.status_code == 422
    text = r.json()["error"] if url.startswith("/api") else r.text
    assert name in text and "Traceback" not in text


def test_article_record_and_not_found(client):
    hit = client.get("/api/search", params={"q": "أوشاكوف"}).json()["hits"][0]
    a = client.get(f"/api/articles/{hit['rowid']}").json()
    rec = a["record"]
    assert rec["removed"] and rec["raw"] and rec["events"] and rec["quotes"]
    for e in rec["entities"]:
        for m in e["mentions"]:
            assert rec["text"][m["start"]:m["end"]] == m["text"]
    assert client.get("/api/articles/99999").status_code == 404


def test_article_page_marks_are_well_formed_and_linked(client):
    hit = client.get("/api/search", params={"q": "أوشاكوف"}).json()["hits"][0]
    html = client.get(f"/article/{hit['rowid']}").text
    assert 'dir="rtl"' in html and 'class="ent ent-per"' in html and '<q class="quote' in html
    assert 'class="date" href="/search?since=2026-02-04&amp;until=2026-02-04"' in html
    body = html[html.index('<div class="text">'):html.index('<p class="legend">')]
    # every opened tag is closed, in order (the annotation never crosses spans)
    stack = []
    for m in re.finditer(r"<(/?)(a|q|span|p|h1|div)\b[^>]*>", body):
        if m.group(1):
            assert stack and stack.pop() == m.group(2)
        else:
            stack.append(m.group(2))
    assert stack == []
    assert "<details class=\"removed\"" in html and "<details class=\"original\">" in html


def test_entity_aggregates(client):
    e = client.get("/api/entities/" + "عبد الفتاح السيسي").json()
    assert e["type"] == "PER" and e["articles_total"] == 2
    assert e["country"]["alpha2"] == "EG"
    assert any("الرئيس المصري" in r["role"] for r in e["roles"])
    assert "فلاديمير بوتين" in {c["name"] for c in e["cooccurring"]}
    assert e["articles_per_day"] == {"2026-02-05": 2}
    assert client.get("/api/entities/" + "لا أحد هنا").status_code == 404
    page = client.get("/entity/" + "عبد الفتاح السيسي")
    assert page.status_code == 200 and "<svg" in page.text and "<script" not in page.text.split("<footer>")[0]


def test_stories_and_story(client):
    d = client.get("/api/stories").json()
    members = [set(s["members"]) for s in d["stories"]]
    assert {"syn-1", "syn-2"} in members and {"syn-4", "syn-5"} in members
    sid = next(s["id"] for s in d["stories"] if set(s["members"]) == {"syn-1", "syn-2"})
    s = client.get(f"/api/stories/{sid}").json()
    assert {a["source"] for a in s["articles"]} == {"alwasat", "annahar"}
    assert client.get("/api/stories/s-000000000000").status_code == 404
    assert "<svg" in client.get(f"/stories/{sid}").text


def test_events_table_counts_and_downloads(client):
    allrows = client.get("/api/events", params={"size": 100}).json()
    assert allrows["total"] == len(allrows["rows"]) > 0
    consult = client.get("/api/events", params={"event_type": "CONSULT", "size": 100}).json()
    assert 0 < consult["total"] < allrows["total"] and {r["type"] for r in consult["rows"]} == {"CONSULT"}
    sisi = client.get("/api/events", params={"entity": "السيسي"}).json()
    assert sisi["total"] > 0 and {r["article_id"] for r in sisi["rows"]} <= {"syn-4", "syn-5"}
    counts = client.get("/api/events/counts").json()
    assert sum(sum(v.values()) for v in counts["counts"].values()) == allrows["total"]
    r = client.get("/api/events/export", params={"format": "csv", "event_type": "CONSULT"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == consult["total"] and list(rows[0]) == list(COLUMNS)
    pq = pytest.importorskip("pyarrow.parquet")
    r = client.get("/api/events/export", params={"format": "parquet"})
    table = pq.read_table(io.BytesIO(r.content))
    assert table.num_rows == allrows["total"] and table.column_names == list(COLUMNS)


def test_ingest_text_and_file(client):
    text = "قال وزير الخارجية المصري سامح شكري اليوم الاثنين إن القاهرة تدعم الحل السياسي في ليبيا."
    rec = client.post("/api/ingest", data={"text": text}).json()["record"]
    assert "سامح شكري" in {e["name"] for e in rec["entities"]} and rec["raw"]
    seed = (ROOT / "examples" / "seed.txt").read_bytes()
    rec = client.post("/api/ingest", files={"file": ("seed.txt", seed, "text/plain")}).json()["record"]
    assert rec["removed"] and len(rec["paragraphs"]) >= 5
    page = client.post("/ingest", data={"text": text})
    assert page.status_code == 200 and "سامح شكري" in page.text
    assert client.get("/api/search").json()["total"] == len(ARTICLES) + 1  # nothing stored


def test_ingest_refuses_bad_input(client):
    assert client.post("/api/ingest", data={"text": "  "}).status_code == 422
    r = client.post("/api/ingest", files={"file": ("x.exe", b"MZ\x00\x01", "application/octet-stream")})
    assert r.status_code == 422 and "x.exe" in r.json()["error"]
    r = client.post("/api/ingest", files={"file": ("big.txt", "ب".encode() * 2_000_000, "text/plain")})
    assert r.status_code == 413 and "KiB" in r.json()["error"]
    r = client.post("/api/ingest", files={"file": ("bad.txt", "نص عربي".encode() + b"\xc3\x28 \x80\x81", "text/plain")})
    assert 400 <= r.status_code < 500 and "Traceback" not in r.text


def test_pages_render_without_javascript(client):
    for url in ("/", "/search?q=" + "بوتين", "/stories", "/events", "/ingest", "/docs"):
        r = client.get(url)
        assert r.status_code == 200 and 'dir="rtl"' in r.text, url
        assert not re.search(r'<script[^>]+src="https?:', r.text), url  # nothing from the internet
    en = client.get("/search", params={"q": "بوتين", "lang": "en"}).text
    assert 'dir="ltr"' in en and "results" in en and "lang=en" in en
    assert "/api/search" in client.get("/openapi.json").json()["paths"]
    assert "/api/events/export" in client.get("/docs").text


def test_errors_never_leak_a_traceback(db, monkeypatch):
    from rasd.serve import queries

    app = create_app(db)
    c = TestClient(app, raise_server_exceptions=False)
    monkeypatch.setattr(queries, "corpus_overview", lambda conn: 1 / 0)
    for url in ("/api/overview", "/search", "/events"):
        r = c.get(url)
        assert r.status_code == 500 and "internal error" in r.text
        assert "ZeroDivisionError" not in r.text and "Traceback" not in r.text


def test_time_limit(db, monkeypatch):
    from rasd.serve import queries

    c = TestClient(create_app(db, timeout=0.3), raise_server_exceptions=False)
    monkeypatch.setattr(queries, "corpus_overview", lambda conn: time.sleep(1.5))
    r = c.get("/api/overview")
    assert r.status_code == 503 and "0.3 s" in r.json()["error"]


def test_command_prints_url_and_serves(db):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    p = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", db, "--port", "0"],
                         stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = p.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        for _ in range(50):
            try:
                with urllib.request.urlopen(m.group(0) + "api/overview", timeout=5) as resp:
                    assert b'"articles"' in resp.read()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not answer")
    finally:
        p.terminate()
        p.wait(10)


def test_command_bad_database(tmp_path):
    r = subprocess.run([sys.executable, "-m", "rasd", "serve", "--db", str(tmp_path / "none.db")],
                       capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert r.returncode == 2 and "none.db" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_extra_names_it(monkeypatch):
    import importlib.util

    from rasd.errors import MissingExtraError
    from rasd.serve import require

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a))
    with pytest.raises(MissingExtraError, match=r"rasd\[serve\]"):
        require()


def test_stored_text_cannot_inject_markup(tmp_path):
    """A scraped article is untrusted: its url, title and text come out escaped, and pages
    carry a content security policy."""
    import json as _json

    from rasd.corpus.ingest import ingest

    evil = {"id": "evil", "url": "javascript:alert(1)", "source": "x<script>", "published": "2026-02-01",
            "title": "عنوان <script>alert(1)</script>",
            "content": "قال الرئيس <img src=x onerror=alert(1)> إن الوضع مستقر في القاهرة اليوم."}
    src = tmp_path / "evil.jsonl"
    src.write_text(_json.dumps(evil, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(tmp_path / "evil.db")
    ingest([str(src)], db, progress=False)
    c = TestClient(create_app(db), raise_server_exceptions=False)
    rowid = c.get("/api/search", params={"q": "القاهرة"}).json()["hits"][0]["rowid"]
    for url in (f"/article/{rowid}", "/search?q=" + "القاهرة", "/events"):
        r = c.get(url)
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert 'href="javascript:' not in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]

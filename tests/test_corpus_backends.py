"""The corpus behaviour every store must have, run against SQLite and PostgreSQL alike.

Ingest (idempotent, replaces changed input, crash-safe under SIGKILL, several processes at
once), search (clitics, filters, snippets, operators inert), and the commands show, search,
duplicates, stories and export, all through ``--db`` — a file or a ``postgresql://`` URL.
The PostgreSQL server is started once per session from ``initdb``/``pg_ctl`` in a temporary
folder (:mod:`pg_server`); those tests skip only when the server programs or psycopg are not
installed (``.ci/run`` installs both).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.cli import main as cli
from rasd.corpus.backend import open_store
from rasd.corpus.ingest import ingest
from rasd.corpus.search import Filters
from test_corpus_store import OUTLETS, write_corpus


@pytest.fixture(scope="session")
def pg() -> Iterator[object]:
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install 'rasd[postgres]')")
    from pg_server import PgServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) not installed: apt-get install postgresql")
    server = PgServer(bin_dir)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def new_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A function giving the --db value of a fresh, empty corpus of the parametrized kind."""
    n = 0

    def make() -> str:
        nonlocal n
        n += 1
        if request.param == "sqlite":
            return str(tmp_path / f"c{n}.db")
        return request.getfixturevalue("pg").new_database()

    yield make


def test_ingest_idempotent_reprints_and_replacement(new_db, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 40, copies=5)
    db = new_db()
    s1 = ingest([str(corpus)], db, layers=(), progress=False, batch=7)
    assert (s1.seen, s1.ingested, s1.duplicates, sum(s1.skipped.values())) == (41, 40, 5, 1)
    s2 = ingest([str(corpus)], db, layers=(), progress=False)
    assert (s2.ingested, s2.unchanged, s2.duplicates) == (0, 40, 0)
    with open_store(db, create=False) as st:
        assert st.count() == 40 and len(st.hashes()) == 40
        rec = st.record("http://example.com/1/36")
        assert rec is not None and rec["source"] == OUTLETS[0]
        dup_of, sim = st.dup_info("http://example.com/1/36")
        assert dup_of == "http://example.com/1/1" and sim >= 0.8
        assert len(st.dup_pairs()) == 5
        assert any("empty" in r for r in st.skips().values())
        assert [r["id"] for r, _, _ in st.article_rows()][:2] == ["http://example.com/1/0", "http://example.com/1/1"]
    rows = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
    old_phrase = '"' + " ".join(rows[0]["content"].split()[:4]) + '"'
    rows[0]["content"] = "خبر معدل تماما عن كوكب زحل وأقماره البعيدة " * 5
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    s3 = ingest([str(corpus)], db, layers=(), progress=False)
    assert (s3.ingested, s3.updated, s3.unchanged) == (1, 1, 39)
    with open_store(db, create=False) as st:
        assert st.count() == 40
        assert [h.id for h in st.search("وكوكب زحل")] == ["http://example.com/1/0"]
        assert st.search(old_phrase + " زحل") == []  # the old text is gone from the index
    out = subprocess.run([sys.executable, "-m", "rasd.cli", "duplicates", "--db", db], capture_output=True,
                         text=True, timeout=60)
    clusters = [json.loads(x) for x in out.stdout.splitlines()]
    assert {c["original"] for c in clusters} == {f"http://example.com/1/{i}" for i in range(1, 5)}


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def small_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    d = tmp_path_factory.mktemp("db")
    corpus = d / "s.jsonl"
    rows = [
        {"url": "u1", "source": "okaz", "date": "2015-08-09", "title": "الصين توقع اتفاقا مع المملكة",
         "content": "وقعت الصين اتفاقا اقتصاديا جديدا مع المملكة في الرياض اليوم.\nوقال الوزير إن الاتفاق يعزز التعاون."},
        {"url": "u2", "source": "alriyadh", "date": "2015-08-10", "title": "مباحثات في بكين",
         "content": "بحث وزير الخارجية مع نظيره في بكين العلاقات والصينُ ترحب بالتعاون مع الخليج."},
        {"url": "u3", "source": "okaz", "date": "2015-08-11", "title": "أمطار غزيرة على أبها",
         "content": "هطلت أمطار غزيرة على مدينة أبها مساء أمس وسط تحذيرات من السيول."},
    ]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = str(d / "s.db") if request.param == "sqlite" else request.getfixturevalue("pg").new_database()
    assert cli(["ingest", str(corpus), "--db", db, "--no-progress", "--jobs", "1"]) == 0  # all layers
    return db


def test_search_clitics_filters_and_snippets(small_db: str) -> None:
    with open_store(small_db, create=False) as st:
        hits = st.search("والصين")
        assert {h.id for h in hits} == {"u1", "u2"}
        assert hits[0].id == "u1"  # in the title: ranked first
        assert "[والصينُ]" in next(h for h in hits if h.id == "u2").snippet
        assert [h.id for h in st.search("الصين", Filters(sources=["alriyadh"]))] == ["u2"]
        assert [h.id for h in st.search("الصين", Filters(since="2015-08-10"))] == ["u2"]
        assert [h.id for h in st.search("الصين", Filters(until="2015-08-09"))] == ["u1"]
        assert [h.id for h in st.search("الصين -بكين")] == ["u1"]
        assert [h.id for h in st.search("بكين OR أبها")] in (["u2", "u3"], ["u3", "u2"])
        assert [h.id for h in st.search('"امطار غزيره"')] == ["u3"]  # a phrase, in other spellings
        assert st.search('"غزيره امطار"') == []  # words in another order are not the phrase
        assert st.search('fts MATCH "x" OR title:* NEAR(') == []  # operators are words
        assert st.search("'; DROP TABLE articles; --") == [] and st.count() == 3
        assert [h.id for h in st.search("", Filters(sources=["okaz"]))] == ["u3", "u1"]
        assert [h.id for h in st.search("", Filters(sources=["okaz"]), limit=1, offset=1)] == ["u1"]
        assert st.has_layer("entities") and st.has_layer("events")


def test_commands_show_search_duplicates_stories_export(small_db: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["show", "u3", "--db", small_db]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "أمطار غزيرة على أبها"
    assert cli(["show", "nope", "--db", small_db]) == 2
    assert cli(["search", "أبها", "--db", small_db, "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["id"] == "u3"
    assert cli(["stories", "--db", small_db, "--min-size", "1"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {m for s in lines for m in s["members"]} == {"u1", "u2", "u3"}
    assert cli(["export", "articles", "--db", small_db]) == 0
    exported = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in exported] == ["u1", "u2", "u3"] and all(r["entities"] for r in exported[:2])
    assert cli(["duplicates", "--db", small_db]) == 0


def test_missing_database_is_one_clear_error(pg, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg.url("no_such_db")
    assert cli(["search", "x", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no_such_db" in err and "Traceback" not in err
    empty = pg.new_database()
    assert cli(["show", "x", "--db", empty]) == 2
    assert "not a rasd corpus" in capsys.readouterr().err


def _count(db: str) -> int:
    try:
        with open_store(db, create=False) as st:
            return st.count()
    except Exception:  # noqa: BLE001 - not created yet, or locked: try again
        return 0


def test_ingest_survives_sigkill(new_db, tmp_path: Path) -> None:
    # large enough that ingest is still running when the poll sees its first rows, even on an idle machine
    TOTAL = 1500  # noqa: N806
    corpus = tmp_path / "big.jsonl"
    rows = write_corpus(corpus, TOTAL, seed=2, copies=20)
    db = new_db()
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", db, "--layers", "none",
           "--batch", "5", "--no-progress", "--jobs", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline and proc.poll() is None and _count(db) < 10:
            time.sleep(0.01)
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    n = _count(db)
    assert 10 <= n < TOTAL
    out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stderr  # the corpus's empty article is skipped
    summary = json.loads(out.stdout)
    assert summary["unchanged"] == n and summary["ingested"] == TOTAL - n
    with open_store(db, create=False) as st:
        assert st.count() == TOTAL and len(st.hashes()) == TOTAL
        assert {i for _, i, _ in st.id_rows()} == {r["url"] for r in rows[:TOTAL]}
        assert sum(1 for _, d, _ in st.article_rows() if d) == 20
        assert len(st.search("الرياض", limit=5000)) == sum("الرياض" in r["content"] + r["title"] for r in rows[:TOTAL])


def test_concurrent_ingest_from_several_processes(new_db, tmp_path: Path) -> None:
    """Three processes ingest overlapping halves of one corpus into one database at once: every
    article is stored once, none is lost, and nothing fails."""
    corpus = tmp_path / "all.jsonl"
    rows = write_corpus(corpus, 120, seed=3, copies=0)[:120]
    parts = []
    for k, (a, b) in enumerate([(0, 70), (50, 120), (30, 100)]):
        p = tmp_path / f"part{k}.jsonl"
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[a:b]), encoding="utf-8")
        parts.append(p)
    db = new_db()
    with open_store(db):  # create the schema first, as a shared server's admin would
        pass
    procs = [subprocess.Popen([sys.executable, "-m", "rasd.cli", "ingest", str(p), "--db", db, "--layers", "none",
                               "--batch", "4", "--no-progress", "--jobs", "1", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for p in parts]
    outs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    with open_store(db, create=False) as st:
        ids = [i for _, i, _ in st.id_rows()]
        assert len(ids) == len(set(ids)) == 120 and set(ids) == {r["url"] for r in rows}
        assert len(st.search(rows[0]["title"], limit=200)) >= 1


def test_postgres_search_is_exact_keys_or_opt_in_stemming(pg, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """By default PostgreSQL finds what SQLite finds; RASD_PG_SEARCH=stem at creation adds the
    Snowball Arabic stemmer (المعلم / المعلمين join), recorded in the database."""
    corpus = tmp_path / "s.jsonl"
    rows = [{"url": "a", "title": "يوم المعلم", "content": "احتفل المعلم بيومه في المدرسة اليوم."},
            {"url": "b", "title": "رواتب المعلمين", "content": "طالب المعلمون بزيادة الرواتب أمس."}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    exact, stemmed = pg.new_database(), pg.new_database()
    ingest([str(corpus)], exact, layers=(), progress=False)
    monkeypatch.setenv("RASD_PG_SEARCH", "stem")
    ingest([str(corpus)], stemmed, layers=(), progress=False)
    monkeypatch.delenv("RASD_PG_SEARCH")
    sqlite_db = str(tmp_path / "s.db")
    ingest([str(corpus)], sqlite_db, layers=(), progress=False)
    with open_store(exact, create=False) as a, open_store(stemmed, create=False) as b, \
            open_store(sqlite_db, create=False) as c:
        assert (a.ts_config, b.ts_config) == ("rasd_keys", "rasd_arabic")
        assert [h.id for h in a.search("والمعلم")] == [h.id for h in c.search("والمعلم")] == ["a"]
        assert {h.id for h in b.search("والمعلم")} == {"a", "b"}

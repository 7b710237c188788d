"""The corpus database: ingest (idempotent, crash-safe under SIGKILL), search, show, duplicates, stories, export."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from rasd.cli import main as cli
from rasd.corpus.ingest import ingest
from rasd.corpus.search import Filters, search
from rasd.corpus.store import Store
from rasd.errors import StoreError

WORDS = ("الحكومة أعلنت اليوم عن خطة جديدة لدعم المشروعات الصغيرة في المملكة وقال وزير الاقتصاد إن "
         "البرنامج يشمل قروضا ميسرة للشباب وتدريبا مهنيا في المناطق كافة وأضاف أن التنفيذ يبدأ الشهر "
         "المقبل بالتعاون مع البنوك المحلية والغرف التجارية ومن المتوقع أن يستفيد منه آلاف المواطنين "
         "الرياض جدة الدمام مكة المدينة تبوك أبها حائل نجران جازان القصيم الطائف الخبر ينبع").split()
OUTLETS = ["alriyadh", "okaz", "alyaum", "alwatan"]


def write_corpus(path: Path, n: int, seed: int = 1, copies: int = 10) -> list[dict]:
    """``n`` synthetic articles (paragraphs of shuffled words), the last ``copies`` reprints of earlier ones."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        if i >= n - copies:
            src = rows[i - (n - copies)]
            content = src["content"].replace("المملكة", "السعودية", 1)
            title = src["title"]
        else:
            paras = [" ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(4)]
            content = "\n".join(paras)
            title = " ".join(rng.choice(WORDS) for _ in range(7))
        day = 20 if i >= n - copies else 8 + i % 4  # reprints come later
        rows.append({"source": OUTLETS[i % 4], "url": f"http://example.com/{seed}/{i}",
                     "date_extracted": f"2015-08-{day:02d} 10:00:00", "title": title, "content": content})
    rows.append({"source": "x", "url": "http://example.com/empty", "title": "t", "content": "   "})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return rows


def counts(db: Path) -> tuple[int, int, int]:
    c = sqlite3.connect(db)
    try:
        return (c.execute("SELECT count(*) FROM articles").fetchone()[0],
                c.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0],
                c.execute("SELECT count(*) FROM fts WHERE fts MATCH '\"الحكومه\" OR \"الرياض\" OR \"جده\"'")
                .fetchone()[0])
    finally:
        c.close()


def _clusters_of_db(db: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "rasd.cli", "duplicates", "--db", str(db)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return [json.loads(x) for x in out.stdout.splitlines()]


def test_ingest_is_idempotent_and_finds_reprints(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 40, copies=5)
    db = tmp_path / "c.db"
    s1 = ingest([str(corpus)], str(db), layers=(), progress=False, batch=7)
    assert (s1.seen, s1.ingested, s1.duplicates, sum(s1.skipped.values())) == (41, 40, 5, 1)
    # the summary says where the skipped input is, so the user can find it
    assert any(f"{corpus.name}:" in line for line in s1.lines()[1:]), s1.lines()
    s2 = ingest([str(corpus)], str(db), layers=(), progress=False)
    assert (s2.ingested, s2.unchanged, s2.duplicates) == (0, 40, 0)
    clusters = _clusters_of_db(db)
    assert len(clusters) == 5 and all(c["original"] == c["members"][0] for c in clusters)
    assert {c["original"] for c in clusters} == {f"http://example.com/1/{i}" for i in range(5)}
    assert counts(db)[0] == 40
    with Store(str(db), create=False) as st:
        rec = st.record("http://example.com/1/36")
        assert rec is not None and rec["source"] == OUTLETS[0]
        dup = st.conn.execute("SELECT dup_of, dup_sim FROM articles WHERE id='http://example.com/1/36'").fetchone()
        assert dup[0] == "http://example.com/1/1" and dup[1] >= 0.8
        assert len(st.dup_pairs()) == 5
        reasons = dict(st.conn.execute("SELECT origin, reason FROM skips"))
        assert any("empty" in r for r in reasons.values())
    # Changed input for one id: replaced, not doubled, and searchable under its new text only.
    rows = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines()]
    rows[0]["content"] = "خبر معدل تماما عن كوكب زحل وأقماره البعيدة " * 5
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    s3 = ingest([str(corpus)], str(db), layers=(), progress=False)
    assert (s3.ingested, s3.updated, s3.unchanged) == (1, 1, 39)
    with Store(str(db), create=False) as st:
        assert st.count() == 40
        assert [h.id for h in search(st.conn, "وكوكب زحل")] == ["http://example.com/1/0"]


def test_ingest_survives_sigkill(tmp_path: Path) -> None:
    # large enough that ingest is still running when the poll sees its first rows, even on an idle machine
    TOTAL = 1500  # noqa: N806
    corpus = tmp_path / "big.jsonl"
    rows = write_corpus(corpus, TOTAL, seed=2, copies=20)
    db = tmp_path / "big.db"
    cmd = [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db), "--layers", "none",
           "--batch", "5", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        at_kill = 0
        while time.time() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    at_kill = counts(db)[0]
                except sqlite3.OperationalError:
                    at_kill = 0
                if at_kill >= 10:
                    break
            time.sleep(0.005)
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    n, distinct, _ = counts(db)
    assert 10 <= n < TOTAL and n == distinct
    out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1, out.stderr  # exit 1: the corpus's empty article is skipped
    summary = json.loads(out.stdout)
    assert summary["unchanged"] == n and summary["ingested"] == TOTAL - n
    n2, distinct2, fts_hits = counts(db)
    assert n2 == distinct2 == TOTAL == fts_hits
    with Store(str(db), create=False) as st:
        assert len({r[0] for r in st.conn.execute("SELECT id FROM articles")} ^ {r["url"] for r in rows[:TOTAL]}) == 0
        assert st.conn.execute("SELECT count(*) FROM articles WHERE dup_of IS NOT NULL").fetchone()[0] == 20
    again = subprocess.run(cmd + ["--json"], capture_output=True, text=True, timeout=120)
    assert json.loads(again.stdout)["ingested"] == 0


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
    db = d / "s.db"
    assert cli(["ingest", str(corpus), "--db", str(db), "--no-progress"]) == 0  # default: all layers
    return db


def test_search_clitics_filters_and_snippets(small_db: Path) -> None:
    with Store(str(small_db), create=False) as st:
        hits = search(st.conn, "والصين")
        assert {h.id for h in hits} == {"u1", "u2"}
        assert hits[0].id == "u1"  # in the title: ranked first
        assert "[والصينُ]" in next(h for h in hits if h.id == "u2").snippet
        assert [h.id for h in search(st.conn, "الصين", Filters(sources=["alriyadh"]))] == ["u2"]
        assert [h.id for h in search(st.conn, "الصين", Filters(since="2015-08-10"))] == ["u2"]
        assert [h.id for h in search(st.conn, "الصين", Filters(until="2015-08-09"))] == ["u1"]
        assert [h.id for h in search(st.conn, "الصين -بكين")] == ["u1"]
        assert search(st.conn, 'fts MATCH "x" OR title:* NEAR(') == []  # operators are words
        assert [h.id for h in search(st.conn, "", Filters(sources=["okaz"]))] == ["u3", "u1"]


def test_commands_show_search_duplicates_stories_export(small_db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["show", "u3", "--db", str(small_db)]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "أمطار غزيرة على أبها"
    assert cli(["show", "nope", "--db", str(small_db)]) == 2
    assert cli(["search", "أبها", "--db", str(small_db), "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["id"] == "u3"
    assert cli(["search", "x", "--db", str(tmp_path / "missing.db")]) == 2
    assert cli(["stories", "--db", str(small_db), "--min-size", "1"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {m for s in lines for m in s["members"]} == {"u1", "u2", "u3"}
    assert all({"id", "label", "members"} <= s.keys() for s in lines)
    assert cli(["export", "articles", "--db", str(small_db)]) == 0
    assert [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()] == ["u1", "u2", "u3"]
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "a.parquet"
    assert cli(["export", "articles", "--db", str(small_db), "-o", str(out)]) == 0
    assert pq.read_table(out).column("id").to_pylist() == ["u1", "u2", "u3"]
    out2 = tmp_path / "s.parquet"
    assert cli(["export", "stories", "--db", str(small_db), "-o", str(out2)]) == 0
    assert "members" in pq.read_table(out2).column_names


def test_duplicates_command_on_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "d.jsonl"
    write_corpus(corpus, 30, seed=5, copies=3)
    assert cli(["duplicates", str(corpus), "--threshold", "0.8"]) == 0
    clusters = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(c["original"] for c in clusters) == [f"http://example.com/5/{i}" for i in range(3)]
    for c in clusters:
        assert len(c["members"]) == 2 and c["members"][0] == c["original"] and c["similarity"] >= 0.8
    assert cli(["duplicates", str(corpus), "--num-perm", "100"]) == 2
    assert cli(["duplicates"]) == 2


def _poll_count(path: str, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        try:
            with Store(path, create=False) as st:
                st.count()
        except StoreError:
            pass


def _create(path: str, q: Any) -> None:
    try:
        with Store(path, create=True) as st:
            q.put(st.count())
    except StoreError as exc:
        q.put(str(exc))


def test_creating_a_database_while_readers_poll_it(tmp_path: Path) -> None:
    """A new database is switched to WAL under an exclusive lock that SQLite's busy timeout does
    not wait for; readers polling the file in that instant must not make the creating process fail
    (this once failed ingest in CI, about 1 creation in 6)."""
    ctx = multiprocessing.get_context("spawn")
    for i in range(8):
        path = str(tmp_path / f"c{i}.db")
        q = ctx.Queue()
        readers = [ctx.Process(target=_poll_count, args=(path, 0.6)) for _ in range(2)]
        for r in readers:
            r.start()
        time.sleep(0.05)
        writer = ctx.Process(target=_create, args=(path, q))
        writer.start()
        writer.join(60)
        for r in readers:
            r.join(60)
        assert q.get(timeout=5) == 0

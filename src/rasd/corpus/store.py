"""The corpus database: one embedded SQLite file (WAL), full records plus filter columns and FTS5.

Contract:

- ``articles`` holds one row per article id: the full record JSON
  (``Article.to_json`` without ``raw``), filter columns (``source``,
  ``published``, ``title``, ``url``), the ``content_hash`` of the input it came
  from (idempotency: same id and same hash = nothing to do) and the LSH band
  keys of its near-duplicate fingerprint (``lsh``, 8 bytes a band).
- ``fts`` is a contentless FTS5 table over the Arabic search view of title and
  body (see :mod:`rasd.corpus.search`); its rowid is the article rowid.
- ``entities`` / ``events`` hold one row per entity / event of an article, for
  filters; ``dup_pairs`` the verified near-duplicate pairs; ``skips`` the inputs
  that could not be ingested and why; ``meta`` the engine parameters the
  fingerprints were made with (a database is never mixed across parameters).
- Every write of :meth:`Store.write_batch` is one transaction: after a crash
  (even SIGKILL) the database holds whole batches only, so a rerun finds
  each article either fully stored or absent.

Errors are raised as :class:`rasd.errors.StoreError` naming the database file.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from rasd.errors import StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    source TEXT,
    title TEXT,
    published TEXT,
    lang TEXT,
    content_hash TEXT NOT NULL,
    layers TEXT,
    dup_of TEXT,
    dup_sim REAL,
    lsh BLOB,
    record TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS entities (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    type TEXT, name TEXT, key TEXT
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    type TEXT
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE TABLE IF NOT EXISTS dup_pairs (
    a INTEGER NOT NULL, b INTEGER NOT NULL, sim REAL NOT NULL, PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS skips (origin TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 0'
);
"""


@dataclass
class Row:
    """One article ready to store (built by :mod:`rasd.corpus.ingest`)."""

    id: str
    content_hash: str
    record: dict[str, Any]
    layers: str
    lsh: bytes
    search_title: str
    search_body: str
    entities: list[tuple[str, str, str]] = field(default_factory=list)  # (type, name, key)
    events: list[str] = field(default_factory=list)
    dup_of: str | None = None
    dup_sim: float | None = None
    pairs: list[tuple[str, float]] = field(default_factory=list)  # (other id, exact Jaccard)
    rowid: int | None = None  # set on write


def _old_view(record_json: str) -> tuple[str, str]:
    """The search view ``(title, body)`` a stored record was indexed under (as ingest builds it)."""
    from rasd.corpus.search import search_view

    rec = json.loads(record_json)
    title, text = rec.get("title") or "", rec.get("text") or ""
    return search_view(title), search_view(text[len(title):] if title else text)


class Store:
    """An open corpus database. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not os.path.exists(path):
            raise StoreError(f"{path}: no such corpus database (create it with  rasd ingest … --db {path})")
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
            self._setup(create)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a usable corpus database ({exc})") from None

    def _setup(self, create: bool) -> None:
        # Switching a new file to WAL takes an exclusive lock that SQLite's busy timeout does not
        # wait for: a second process opening the database in that instant (a concurrent ingest, a
        # reader polling the count) gets "database is locked" at once. Retry that for the same
        # 30 s the connection waits on other locks.
        deadline = time.monotonic() + 30
        while True:
            try:
                if create:
                    self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.conn.execute("PRAGMA foreign_keys=ON")
                if create:
                    self.conn.executescript(SCHEMA)
                else:
                    self._check()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _check(self) -> None:
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        if "articles" not in names or "fts" not in names:
            raise StoreError(f"{self.path}: not a rasd corpus database (no articles table)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- meta ------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        r = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return r[0] if r else None

    def ensure_meta(self, values: dict[str, str]) -> None:
        """Record engine parameters on first use; refuse a database made with other ones."""
        for key, value in values.items():
            # OR IGNORE: another process opening the new database at the same moment may have written it.
            self.conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (key, value))
            have = self.get_meta(key)
            if have != value:
                raise StoreError(f"{self.path}: made with {key}={have}, not {value}; use another --db")

    # -- reads -----------------------------------------------------------------
    def hashes(self) -> dict[str, str]:
        """``id -> content_hash`` of every stored article (what ingest checks before processing)."""
        return dict(self.conn.execute("SELECT id, content_hash FROM articles"))

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def lsh_rows(self) -> Iterator[tuple[int, str, bytes]]:
        yield from self.conn.execute("SELECT rowid, id, lsh FROM articles WHERE lsh IS NOT NULL ORDER BY rowid")

    def record(self, key: str | int) -> dict[str, Any] | None:
        """The stored record of article ``key``: its id, or its rowid when an int (or all digits
        and no article has that id)."""
        r = self.conn.execute("SELECT record FROM articles WHERE id=?", (str(key),)).fetchone()
        if r is None and str(key).isdigit():
            r = self.conn.execute("SELECT record FROM articles WHERE rowid=?", (int(key),)).fetchone()
        return json.loads(r[0]) if r else None

    def records(self, rowids: list[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for i in range(0, len(rowids), 500):
            chunk = rowids[i : i + 500]
            q = f"SELECT rowid, record FROM articles WHERE rowid IN ({','.join('?' * len(chunk))})"
            for rowid, rec in self.conn.execute(q, chunk):
                out[rowid] = json.loads(rec)
        return out

    def iter_records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for rowid, rec in self.conn.execute("SELECT rowid, record FROM articles ORDER BY seq"):
            yield rowid, json.loads(rec)

    def ids(self, rowids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(0, len(rowids), 500):
            chunk = rowids[i : i + 500]
            q = f"SELECT rowid, id FROM articles WHERE rowid IN ({','.join('?' * len(chunk))})"
            out.update(self.conn.execute(q, chunk))
        return out

    def dup_of(self, aid: str) -> str | None:
        """The original that stored article ``aid`` is a near-duplicate of (None: none, or not stored)."""
        r = self.conn.execute("SELECT dup_of FROM articles WHERE id=?", (aid,)).fetchone()
        return r[0] if r else None

    def dup_info(self, aid: str) -> tuple[str | None, float | None] | None:
        """``(dup_of, dup_sim)`` of article ``aid``; None when it is not stored."""
        r = self.conn.execute("SELECT dup_of, dup_sim FROM articles WHERE id=?", (aid,)).fetchone()
        return (r[0], r[1]) if r else None

    def ids_like(self, pattern: str, limit: int | None = None) -> list[str]:
        """Ids matching the SQL LIKE ``pattern`` (``\\`` escapes), at most ``limit`` (None: all)."""
        return [i for (i,) in self.conn.execute("SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT ?",
                                                (pattern, -1 if limit is None else limit))]

    def article_rows(self) -> Iterator[tuple[dict[str, Any], str | None, float | None]]:
        """``(record, dup_of, dup_sim)`` of every article, in ingest order."""
        for rec, dup_of, dup_sim in self.conn.execute("SELECT record, dup_of, dup_sim FROM articles ORDER BY seq"):
            yield json.loads(rec), dup_of, dup_sim

    def id_rows(self) -> list[tuple[int, str, str | None]]:
        """``(rowid, id, published)`` of every article, in ingest order."""
        return list(self.conn.execute("SELECT rowid, id, published FROM articles ORDER BY seq"))

    def skips(self) -> dict[str, str]:
        """``origin -> reason`` of every input that could not be ingested."""
        return dict(self.conn.execute("SELECT origin, reason FROM skips"))

    def has_layer(self, layer: str) -> bool:
        """True when any article, or none at all, was analysed with ``layer``."""
        n, with_layer = self.conn.execute(
            "SELECT count(*), coalesce(sum(instr(coalesce(layers, ''), ?) > 0), 0) FROM articles", (layer,)).fetchone()
        return n == 0 or with_layer > 0

    def search(self, query: str, filters: Any = None, limit: int = 10, mark: tuple[str, str] = ("[", "]"),
               width: int = 160, offset: int = 0) -> list[Any]:
        """Ranked hits (:func:`rasd.corpus.search.search` over this database)."""
        from rasd.corpus.search import search

        return search(self.conn, query, filters, limit=limit, mark=mark, width=width, offset=offset)

    # -- writes ----------------------------------------------------------------
    def write_batch(self, rows: list[Row], skips: list[tuple[str, str]], replace: dict[str, tuple[str, str]]) -> None:
        """Store ``rows`` and ``skips`` in one transaction.

        ``replace`` maps ids of rows that replace a stored article (its input
        changed) to that article's old search view ``(title, body)``, which a
        contentless FTS5 table needs to delete its entry. A row whose id is
        already stored with the same content hash (another process ingesting
        into this file stored it meanwhile) is left as it is; one stored with
        another hash is replaced even when ``replace`` does not name it.
        """
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            seq = int(c.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
            for row in rows:
                old = c.execute("SELECT rowid, content_hash, record FROM articles WHERE id=?", (row.id,)).fetchone()
                if old and old[1] == row.content_hash:  # another process ingested it meanwhile: keep it
                    row.rowid = old[0]
                    continue
                if old:  # replaced (its input changed, here or in a process ingesting concurrently)
                    t, b = replace.get(row.id) or _old_view(old[2])
                    c.execute("INSERT INTO fts(fts, rowid, title, body) VALUES('delete', ?, ?, ?)", (old[0], t, b))
                    c.execute("DELETE FROM dup_pairs WHERE a=? OR b=?", (old[0], old[0]))
                    c.execute("DELETE FROM articles WHERE rowid=?", (old[0],))
                seq += 1
                rec = row.record
                cur = c.execute(
                    "INSERT INTO articles(id, url, source, title, published, lang, content_hash, layers, dup_of,"
                    " dup_sim, lsh, record, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (row.id, rec.get("url"), rec.get("source"), rec.get("title"), rec.get("published"),
                     rec.get("lang"), row.content_hash, row.layers, row.dup_of, row.dup_sim, row.lsh,
                     json.dumps(rec, ensure_ascii=False), seq),
                )
                row.rowid = cur.lastrowid
                c.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)",
                          (row.rowid, row.search_title, row.search_body))
                if row.entities:
                    c.executemany("INSERT INTO entities(article, type, name, key) VALUES (?,?,?,?)",
                                  [(row.rowid, *e) for e in row.entities])
                if row.events:
                    c.executemany("INSERT INTO events(article, type) VALUES (?,?)",
                                  [(row.rowid, t) for t in row.events])
                for other, sim in row.pairs:
                    o = c.execute("SELECT rowid FROM articles WHERE id=?", (other,)).fetchone()
                    if o:
                        a, b = sorted((o[0], row.rowid))
                        c.execute("INSERT OR REPLACE INTO dup_pairs(a, b, sim) VALUES (?,?,?)", (a, b, sim))
            if skips:
                c.executemany("INSERT OR REPLACE INTO skips(origin, reason) VALUES (?,?)", skips)
            c.execute("COMMIT")
        except sqlite3.Error as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot write ({exc})") from None

    def dup_pairs(self) -> list[tuple[int, int, float]]:
        return list(self.conn.execute("SELECT a, b, sim FROM dup_pairs ORDER BY a, b"))

    def size_bytes(self) -> int:
        """Bytes on disk (database plus WAL)."""
        total = 0
        for suffix in ("", "-wal"):
            if os.path.exists(self.path + suffix):
                total += os.path.getsize(self.path + suffix)
        return total

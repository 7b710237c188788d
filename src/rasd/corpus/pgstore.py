"""The corpus in PostgreSQL: the interface of :class:`rasd.corpus.store.Store`, for a shared corpus.

``--db postgresql://user@host/dbname`` selects it (see :func:`rasd.corpus.backend.open_store`);
the tables hold what the SQLite file holds (``articles``, ``entities``, ``events``, ``dup_pairs``,
``skips``, ``meta``), so every command gives the same results on either. Differences, on purpose:

- Search is PostgreSQL full-text search. Each article's ``tsv`` column is its rasd search view
  (:func:`rasd.corpus.search.search_view`: clitics stripped, spelling variants folded) run
  through a text search configuration, title weighted A and body B, under a GIN index; queries
  go through the same steps. The configuration is chosen when the database is created and
  kept in ``meta`` (``fts_config``): ``rasd_keys`` (default; PostgreSQL's ``simple`` over the
  keys) finds exactly what SQLite finds; ``rasd_arabic`` (``RASD_PG_SEARCH=stem`` at
  creation), a copy of PostgreSQL's ``arabic`` configuration, adds the Snowball Arabic stemmer,
  which joins inflections (المعلم / المعلمين) but also unrelated words (الرياض, Riyadh, /
  الرياضة, sport): on 300 SaudiNewsNet articles and 20 queries it found every SQLite hit plus
  26 % more, so it is not the default. Ranking is ``ts_rank`` (title twice the body), not
  BM25, so the order of hits of equal relevance may differ from SQLite's.
- Several processes may ingest into one database at once: every batch is one transaction that
  first takes a transaction-level advisory lock, so batches are applied one after the other; a
  row whose id another process stored meanwhile with the same content hash is left as it is,
  one with another hash replaces it. A crash loses only the batch in flight (as with SQLite).
  Near-duplicates are found against what was stored when the process started plus what it
  stored itself: articles that two processes ingest at the same moment are not compared.

Needs the ``postgres`` extra (psycopg 3). Errors are :class:`rasd.errors.StoreError` naming the
database with its password left out.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

from rasd.corpus.search import Filters, Hit, entity_key, expand, same_entity, snippet
from rasd.corpus.store import Row
from rasd.errors import MissingExtraError, StoreError

_LOCK = 0x72617364  # "rasd": the advisory lock that serializes schema creation and batches

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE SEQUENCE IF NOT EXISTS articles_seq;
CREATE TABLE IF NOT EXISTS articles (
    rowid BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT, source TEXT, title TEXT, published TEXT, lang TEXT,
    content_hash TEXT NOT NULL,
    layers TEXT, dup_of TEXT, dup_sim DOUBLE PRECISION, lsh BYTEA,
    record TEXT NOT NULL,
    seq BIGINT NOT NULL,
    tsv TSVECTOR
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_seq_idx ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING GIN (tsv);
CREATE TABLE IF NOT EXISTS entities (
    article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    type TEXT, name TEXT, key TEXT
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS events (
    article BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    type TEXT
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE TABLE IF NOT EXISTS dup_pairs (
    a BIGINT NOT NULL, b BIGINT NOT NULL, sim DOUBLE PRECISION NOT NULL, PRIMARY KEY (a, b)
);
CREATE TABLE IF NOT EXISTS skips (origin TEXT PRIMARY KEY, reason TEXT NOT NULL);
"""

TS_CONFIGS = {"rasd_keys": "simple", "rasd_arabic": "arabic"}  # name -> the configuration it copies


def safe_url(url: str) -> str:
    """``url`` with its password replaced by ``***`` (for messages)."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def tsquery_text(query: str) -> str:
    """The user ``query`` (syntax of :func:`rasd.corpus.search.parse_query`: words, ``"phrases"``,
    ``OR``, ``-word``) as ``to_tsquery`` input over search keys; "" when it has no words.

    Keys are letters and digits only, so nothing a user types reaches PostgreSQL as syntax.
    """
    from rasd.corpus.search import query_terms

    parts: list[str] = []
    negative: list[str] = []
    for t in query_terms(query):
        term = "(" + " <-> ".join(t.keys) + ")"
        if t.negative:
            negative.append(term)
            continue
        if t.single_word:
            forms = expand(t.keys[0])
            if len(forms) > 1:
                term = "(" + " | ".join(forms) + ")"
        if t.or_previous and parts:
            parts[-1] = f"({parts[-1]} | {term})"
        else:
            parts.append(term)
    if not parts:
        return ""
    return " & ".join(parts) + "".join(f" & !{t}" for t in negative)


def _highlight(query: str) -> list[str]:
    from rasd.corpus.search import parse_query

    return parse_query(query).highlight


class PgStore:
    """An open corpus in PostgreSQL; the methods and contracts of :class:`rasd.corpus.store.Store`."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        try:
            import psycopg
        except ImportError:
            raise MissingExtraError("a PostgreSQL corpus (--db postgresql://…)", "postgres", "psycopg") from None
        self.path = safe_url(url)
        self._errors = psycopg.Error
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot connect ({str(exc).strip().splitlines()[0]})") from None
        try:
            if create:
                with self.conn.transaction():
                    self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                    self.conn.execute(SCHEMA)
                    for name, parent in TS_CONFIGS.items():
                        if not self.conn.execute("SELECT 1 FROM pg_ts_config WHERE cfgname=%s", (name,)).fetchone():
                            self.conn.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent})")
                    stem = os.environ.get("RASD_PG_SEARCH", "").strip().lower() == "stem"
                    self.conn.execute("INSERT INTO meta(key, value) VALUES ('fts_config', %s) ON CONFLICT DO NOTHING",
                                      ("rasd_arabic" if stem else "rasd_keys",))
            elif self.conn.execute("SELECT to_regclass('articles')").fetchone()[0] is None:
                raise StoreError(f"{self.path}: not a rasd corpus database (no articles table; create it with "
                                 f" rasd ingest … --db {self.path})")
            self.ts_config = self.get_meta("fts_config") or "rasd_keys"
            if self.ts_config not in TS_CONFIGS:
                raise StoreError(f"{self.path}: unknown search configuration {self.ts_config!r} in meta")
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a usable corpus database ({exc})") from None

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _all(self, sql: str, args: tuple[Any, ...] | list[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, args).fetchall()
        except self._errors as exc:
            raise StoreError(f"{self.path}: cannot read ({exc})") from None

    # -- meta ------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        r = self._all("SELECT value FROM meta WHERE key=%s", (key,))
        return r[0][0] if r else None

    def ensure_meta(self, values: dict[str, str]) -> None:
        """Record engine parameters on first use; refuse a database made with other ones."""
        for key, value in values.items():
            self.conn.execute("INSERT INTO meta(key, value) VALUES (%s, %s) ON CONFLICT (key) DO NOTHING",
                              (key, value))
            have = self.get_meta(key)
            if have != value:
                raise StoreError(f"{self.path}: made with {key}={have}, not {value}; use another --db")

    # -- reads -----------------------------------------------------------------
    def hashes(self) -> dict[str, str]:
        return dict(self._all("SELECT id, content_hash FROM articles"))  # type: ignore[arg-type]

    def count(self) -> int:
        return int(self._all("SELECT count(*) FROM articles")[0][0])

    def lsh_rows(self) -> Iterator[tuple[int, str, bytes]]:
        for rowid, aid, blob in self._all("SELECT rowid, id, lsh FROM articles WHERE lsh IS NOT NULL ORDER BY rowid"):
            yield rowid, aid, bytes(blob)

    def record(self, key: str | int) -> dict[str, Any] | None:
        """The stored record of article ``key``: its id, or its rowid when an int (or all digits
        and no article has that id)."""
        r = self._all("SELECT record FROM articles WHERE id=%s", (str(key),))
        if not r and str(key).isdigit():
            r = self._all("SELECT record FROM articles WHERE rowid=%s", (int(key),))
        return json.loads(r[0][0]) if r else None

    def records(self, rowids: list[int]) -> dict[int, dict[str, Any]]:
        rows = self._all("SELECT rowid, record FROM articles WHERE rowid = ANY(%s)", (list(rowids),))
        return {rowid: json.loads(rec) for rowid, rec in rows}

    def iter_records(self) -> Iterator[tuple[int, dict[str, Any]]]:
        # A server-side cursor (in its own transaction) streams a corpus of any size.
        with self.conn.transaction(), self.conn.cursor(name="rasd_iter") as cur:
            cur.execute("SELECT rowid, record FROM articles ORDER BY seq")
            for rowid, rec in cur:
                yield rowid, json.loads(rec)

    def ids(self, rowids: list[int]) -> dict[int, str]:
        return dict(self._all("SELECT rowid, id FROM articles WHERE rowid = ANY(%s)", (list(rowids),)))  # type: ignore[arg-type]

    def dup_of(self, aid: str) -> str | None:
        r = self._all("SELECT dup_of FROM articles WHERE id=%s", (aid,))
        return r[0][0] if r else None

    def dup_info(self, aid: str) -> tuple[str | None, float | None] | None:
        """``(dup_of, dup_sim)`` of article ``aid``; None when it is not stored."""
        r = self._all("SELECT dup_of, dup_sim FROM articles WHERE id=%s", (aid,))
        return (r[0][0], r[0][1]) if r else None

    def ids_like(self, pattern: str, limit: int | None = None) -> list[str]:
        """Ids matching the SQL LIKE ``pattern`` (``\\`` escapes), at most ``limit`` (None: all)."""
        return [i for (i,) in self._all("SELECT id FROM articles WHERE id LIKE %s ESCAPE '\\' LIMIT %s",
                                        (pattern, limit))]  # LIMIT NULL: all

    def article_rows(self) -> Iterator[tuple[dict[str, Any], str | None, float | None]]:
        """``(record, dup_of, dup_sim)`` of every article, in ingest order."""
        for rec, dup_of, dup_sim in self._all("SELECT record, dup_of, dup_sim FROM articles ORDER BY seq"):
            yield json.loads(rec), dup_of, dup_sim

    def id_rows(self) -> list[tuple[int, str, str | None]]:
        """``(rowid, id, published)`` of every article, in ingest order."""
        return self._all("SELECT rowid, id, published FROM articles ORDER BY seq")  # type: ignore[return-value]

    def skips(self) -> dict[str, str]:
        return dict(self._all("SELECT origin, reason FROM skips"))  # type: ignore[arg-type]

    def has_layer(self, layer: str) -> bool:
        """True when any article, or none at all, was analysed with ``layer``."""
        n, with_layer = self._all("SELECT count(*), count(*) FILTER (WHERE position(%s in coalesce(layers, '')) > 0)"
                                  " FROM articles", (layer,))[0]
        return n == 0 or with_layer > 0

    def dup_pairs(self) -> list[tuple[int, int, float]]:
        return self._all("SELECT a, b, sim FROM dup_pairs ORDER BY a, b")  # type: ignore[return-value]

    def size_bytes(self) -> int:
        """Bytes the corpus tables and their indexes take."""
        names = ["articles", "entities", "events", "dup_pairs", "skips", "meta"]
        return int(self._all("SELECT coalesce(sum(pg_total_relation_size(t::regclass)), 0) FROM unnest(%s::text[]) t",
                             (names,))[0][0])

    # -- search ----------------------------------------------------------------
    def search(self, query: str, filters: Filters | None = None, limit: int = 10,
               mark: tuple[str, str] = ("[", "]"), width: int = 160, offset: int = 0) -> list[Hit]:
        """Ranked hits as :func:`rasd.corpus.search.search` gives them (see module docstring)."""
        tsq = tsquery_text(query)
        where, args = self._filter_sql(filters or Filters())
        if tsq:
            sql = ("SELECT a.rowid, a.id, a.title, a.source, a.published, "
                   "ts_rank('{0.1, 0.2, 0.5, 1.0}', a.tsv, q) AS score, a.record "
                   f"FROM articles a, to_tsquery('{self.ts_config}', %s) q WHERE a.tsv @@ q"
                   + (f" AND {where}" if where else "") + " ORDER BY score DESC, a.rowid LIMIT %s OFFSET %s")
            params: list[Any] = [tsq, *args, limit, max(0, offset)]
        elif where:
            sql = ("SELECT a.rowid, a.id, a.title, a.source, a.published, 0.0, a.record FROM articles a WHERE "
                   + where + " ORDER BY a.published DESC NULLS LAST, a.rowid LIMIT %s OFFSET %s")
            params = [*args, limit, max(0, offset)]
        else:
            return []
        highlight = _highlight(query)
        hits = []
        for rowid, id_, title, source, published, score, rec in self._all(sql, params):
            text = json.loads(rec).get("text") or ""
            hits.append(Hit(rowid, id_, title, source, published, float(score) + 0.0,
                            snippet(text, highlight, width, mark)))
        return hits

    def _filter_sql(self, f: Filters) -> tuple[str, list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        if f.sources:
            where.append("a.source = ANY(%s)")
            args.append(list(f.sources))
        if f.since:
            where.append("a.published >= %s")
            args.append(f.since)
        if f.until:
            where.append("substr(a.published, 1, 10) <= %s")
            args.append(f.until)
        if f.entity:
            k = entity_key(f.entity)
            last = k.split()[-1] if k.split() else k
            like = f"%{last.replace('%', '').replace('_', '')}%"
            found = {art for art, key, etype in self._all("SELECT article, key, type FROM entities WHERE key LIKE %s",
                                                           (like,)) if same_entity(k, key, etype)}
            where.append("a.rowid = ANY(%s)")
            args.append(sorted(found))
        if f.event_type:
            where.append("a.rowid IN (SELECT article FROM events WHERE type = %s)")
            args.append(f.event_type.upper())
        return " AND ".join(where), args

    # -- writes ----------------------------------------------------------------
    def write_batch(self, rows: list[Row], skips: list[tuple[str, str]], replace: dict[str, tuple[str, str]]) -> None:
        """Store ``rows`` and ``skips`` in one transaction (see module docstring for concurrent
        writers). ``replace`` is accepted for the interface: a stored row of the same id and
        another hash is always replaced here, whoever stored it."""
        c = self.conn
        try:
            with c.transaction():
                c.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                for row in rows:
                    old = c.execute("SELECT rowid, content_hash FROM articles WHERE id=%s", (row.id,)).fetchone()
                    if old and old[1] == row.content_hash:  # another process stored it meanwhile
                        row.rowid = old[0]
                        continue
                    if old:
                        c.execute("DELETE FROM dup_pairs WHERE a=%s OR b=%s", (old[0], old[0]))
                        c.execute("DELETE FROM articles WHERE rowid=%s", (old[0],))
                    rec = row.record
                    row.rowid = c.execute(
                        "INSERT INTO articles(id, url, source, title, published, lang, content_hash, layers, dup_of,"
                        " dup_sim, lsh, record, seq, tsv) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,"
                        " nextval('articles_seq'),"
                        f" setweight(to_tsvector('{self.ts_config}', %s), 'A')"
                        f" || setweight(to_tsvector('{self.ts_config}', %s), 'B'))"
                        " RETURNING rowid",
                        (row.id, rec.get("url"), rec.get("source"), rec.get("title"), rec.get("published"),
                         rec.get("lang"), row.content_hash, row.layers, row.dup_of, row.dup_sim, row.lsh,
                         json.dumps(rec, ensure_ascii=False), row.search_title, row.search_body),
                    ).fetchone()[0]
                    with c.cursor() as cur:
                        if row.entities:
                            cur.executemany("INSERT INTO entities(article, type, name, key) VALUES (%s,%s,%s,%s)",
                                            [(row.rowid, *e) for e in row.entities])
                        if row.events:
                            cur.executemany("INSERT INTO events(article, type) VALUES (%s,%s)",
                                            [(row.rowid, t) for t in row.events])
                    for other, sim in row.pairs:
                        o = c.execute("SELECT rowid FROM articles WHERE id=%s", (other,)).fetchone()
                        if o:
                            a, b = sorted((o[0], row.rowid))
                            c.execute("INSERT INTO dup_pairs(a, b, sim) VALUES (%s,%s,%s) "
                                      "ON CONFLICT (a, b) DO UPDATE SET sim = excluded.sim", (a, b, sim))
                if skips:
                    with c.cursor() as cur:
                        cur.executemany("INSERT INTO skips(origin, reason) VALUES (%s,%s) "
                                        "ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason", skips)
        except self._errors as exc:
            raise StoreError(f"{self.path}: cannot write ({exc})") from None

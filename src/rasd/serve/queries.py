"""What the web pages and the JSON API show, read from a corpus database (no web code here).

Every function takes an open :class:`rasd.corpus.store.Store` (or its
connection) and returns plain dicts and lists, so the API can return them as
JSON and the templates can render them. Query logic is the corpus layer's:
search goes through :func:`rasd.corpus.search.search` and its query parser and
filters, events rows through :func:`rasd.analyse.events.table.rows`, stories
through :func:`rasd.corpus.collect.stories_from_db`. What is new here are the
aggregates a page needs (totals, facets, per-day counts, co-occurrences).

Entities across articles are identified by their *key*: the normalized,
lower-cased name the store indexes (``entities.key``), see :func:`entity_key`.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

from rasd.analyse.events import table as event_table
from rasd.arabic.normalize import normalize
from rasd.corpus.search import Filters, _filter_sql, parse_query, search
from rasd.record import Article

MAX_OFFSET = 10_000  # deepest hit a page may ask for: beyond it, refine the query
ENTITY_ARTICLES = 50  # articles listed on an entity page (newest first)
ENTITY_SCAN = 300
FACET_SAMPLE = 300  # newest matches whose entities make the entity facet  # articles whose records are read for an entity's roles, quotes, events


def prepare(conn: sqlite3.Connection) -> None:
    """Register on ``conn`` the SQL functions the search filters use (as :func:`search` does
    on its connection), so that totals, facets and event tables can share its filters."""
    from rasd.corpus import search as search_mod

    fn = getattr(search_mod, "same_entity", None)
    if fn is not None:
        conn.create_function("rasd_same_entity", 3, fn, deterministic=True)


def entity_key(name: str) -> str:
    """The cross-article key of an entity name (as :mod:`rasd.corpus.ingest` stores it)."""
    return normalize(name).lower()


def _match(query: str, filters: Filters) -> tuple[str, list[object]] | None:
    """``FROM … WHERE …`` selecting the matching articles (alias ``a``), or None when
    neither a query nor a filter is given. Same semantics as :func:`search`.

    The full-text match is a subquery so that SQLite runs it once; joined to a
    filtered scan of ``articles`` it would re-run the match for every row."""
    q = parse_query(query)
    fsql, fargs = _filter_sql(filters)
    if q:
        return ("FROM articles a WHERE a.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
                + (f" AND {fsql}" if fsql else ""), [q.fts, *fargs])
    if fsql:
        return "FROM articles a WHERE " + fsql, fargs
    return None


def search_page(conn: sqlite3.Connection, query: str, filters: Filters, page: int, size: int,
                mark: tuple[str, str]) -> dict[str, Any]:
    """One page of hits plus the total and facet counts of all matches: outlets and event
    types over every match; entities over the newest ``FACET_SAMPLE`` matches (counting
    entity rows of thousands of articles would cost more than the search itself). Without
    query and filters: the newest articles and corpus-wide facets."""
    offset = min((page - 1) * size, MAX_OFFSET)
    m = _match(query, filters)
    if m is None:
        where, args = "FROM articles a", []
        # Pick the page by rowid first: sorting whole rows would drag every record along.
        rows = conn.execute(
            "SELECT a.rowid, a.id, a.title, a.source, a.published, a.record FROM articles a WHERE a.rowid IN "
            "(SELECT rowid FROM articles ORDER BY published DESC, rowid LIMIT ? OFFSET ?) "
            "ORDER BY a.published DESC, a.rowid", (size, offset)).fetchall()
        hits = [{"rowid": r[0], "id": r[1], "title": r[2], "source": r[3], "published": r[4], "score": 0.0,
                 "snippet": (json.loads(r[5]).get("text") or "")[len(r[2] or ""):][:160].strip()} for r in rows]
    else:
        where, args = m
        hits = [h.__dict__ for h in search(conn, query, filters, limit=size, offset=offset, mark=mark)]
    # The matching set once (filters such as an entity can be costly), then facets over its ids.
    matched = conn.execute(f"SELECT a.rowid, a.source, a.published {where}", args).fetchall()
    total = len(matched)
    outlets = Counter(r[1] or "" for r in matched).most_common()
    outlets.sort(key=lambda kv: (-kv[1], kv[0]))
    ids = json.dumps([r[0] for r in matched])
    types = conn.execute("SELECT type, count(DISTINCT article) FROM events WHERE article IN "
                         "(SELECT value FROM json_each(?)) GROUP BY type ORDER BY 2 DESC, 1", (ids,))
    newest = sorted(matched, key=lambda r: (r[2] or "", -r[0]), reverse=True)[:FACET_SAMPLE]
    ents = conn.execute("SELECT key, min(name), count(DISTINCT article) FROM entities WHERE article IN "
                        "(SELECT value FROM json_each(?)) GROUP BY key ORDER BY 3 DESC, 1 LIMIT 15",
                        (json.dumps([r[0] for r in newest]),))
    return {
        "query": query, "total": total, "page": page, "size": size, "hits": hits,
        "facets": {
            "outlets": [{"value": o, "count": n} for o, n in outlets],
            "event_types": [{"value": t, "count": n} for t, n in types],
            "entities": [{"key": k, "name": nm, "count": n} for k, nm, n in ents],
            "entities_sample": min(total, FACET_SAMPLE),
        },
    }


def corpus_overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts and the values the filter forms offer (outlets, event types, date span)."""
    n = conn.execute("SELECT count(*), min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
                     "FROM articles").fetchone()
    return {
        "articles": n[0], "first": n[1], "last": n[2],
        "outlets": [r[0] for r in conn.execute("SELECT DISTINCT source FROM articles WHERE source IS NOT NULL "
                                               "ORDER BY 1")],
        "event_types": [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY 1")],
    }


def article(conn: sqlite3.Connection, rowid: int) -> dict[str, Any] | None:
    """The stored record of article ``rowid`` with its near-duplicate link, or None."""
    r = conn.execute("SELECT record, dup_of, dup_sim FROM articles WHERE rowid = ?", (rowid,)).fetchone()
    if r is None:
        return None
    dup_rowid = None
    if r[1]:
        d = conn.execute("SELECT rowid FROM articles WHERE id = ?", (r[1],)).fetchone()
        dup_rowid = d[0] if d else None
    return {"rowid": rowid, "record": json.loads(r[0]), "dup_of": r[1], "dup_of_rowid": dup_rowid,
            "dup_sim": r[2]}


def rowids_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[int, str | None, str | None,
                                                                          str | None]]:
    """``id -> (rowid, title, source, published)`` for the stored ones of ``ids``."""
    out: dict[str, tuple[int, str | None, str | None, str | None]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = f"SELECT id, rowid, title, source, published FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
        for id_, *rest in conn.execute(q, chunk):
            out[id_] = tuple(rest)  # type: ignore[assignment]
    return out


def entity(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """Everything about the entity with key ``key`` across the corpus, or None when no article
    mentions it. Over all its articles: names and type, the number of articles, articles
    mentioning it per publication day, co-occurring entities. From the records of its newest
    ``ENTITY_SCAN`` articles (``scanned_articles``): aliases, roles and country (most frequent
    first), its quotes, its events as source and as target. The newest ``ENTITY_ARTICLES``
    articles are listed."""
    names = conn.execute("SELECT name, type, count(*) FROM entities WHERE key = ? GROUP BY name, type "
                         "ORDER BY 3 DESC", (key,)).fetchall()
    if not names:
        return None
    n_articles = conn.execute("SELECT count(DISTINCT article) FROM entities WHERE key = ?", (key,)).fetchone()[0]
    # The newest articles first by rowid, then their records (a sort dragging every record is slow).
    arts = conn.execute(
        "SELECT a.rowid, a.id, a.title, a.source, a.published, a.record FROM articles a WHERE a.rowid IN "
        "(SELECT rowid FROM articles WHERE rowid IN (SELECT article FROM entities WHERE key = ?) "
        "ORDER BY published DESC, rowid LIMIT ?) ORDER BY a.published DESC, a.rowid",
        (key, ENTITY_SCAN)).fetchall()
    aliases: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    countries: Counter[tuple[str, str, str]] = Counter()
    quotes: list[dict[str, Any]] = []
    as_source: list[dict[str, Any]] = []
    as_target: list[dict[str, Any]] = []
    for rowid, _id, title, source, published, rec_json in arts:
        rec = json.loads(rec_json)
        mine = [e for e in rec.get("entities") or [] if entity_key(e.get("name") or "") == key]
        ids = {e["id"] for e in mine}
        for e in mine:
            aliases.update(a for a in e.get("aliases") or [] if a != e.get("name"))
            roles.update(e.get("roles") or [])
            c = e.get("country") or {}
            if c.get("alpha2"):
                countries[(c["alpha2"], c.get("name_ar") or "", c.get("name_en") or "")] += 1
        ref = {"rowid": rowid, "title": title, "source": source, "published": published}
        for q in rec.get("quotes") or []:
            if q.get("speaker") in ids and len(quotes) < 50:
                quotes.append({**ref, "text": q.get("text"), "kind": q.get("kind")})
        if ids and any(ev.get("source") in ids or ev.get("target") in ids for ev in rec.get("events") or []):
            art = Article.from_dict(rec)
            for ev, row in zip(art.events, event_table.rows(art), strict=True):
                item = {**ref, "type": ev.type, "status": ev.status, "date": ev.date, "source_name": row["source"],
                        "target_name": row["target"], "trigger": row["trigger"]}
                if ev.source in ids and len(as_source) < 50:
                    as_source.append(item)
                if ev.target in ids and len(as_target) < 50:
                    as_target.append(item)
    co = conn.execute(
        "SELECT key, min(name), count(DISTINCT article) FROM entities WHERE key != ? AND article IN "
        "(SELECT article FROM entities WHERE key = ?) GROUP BY key ORDER BY 3 DESC, 1 LIMIT 20", (key, key))
    return {
        "key": key, "name": names[0][0], "type": names[0][1], "articles_total": n_articles,
        "names": [{"name": n, "type": t, "count": c} for n, t, c in names],
        "aliases": [a for a, _ in aliases.most_common(15)],
        "roles": [{"role": r, "count": c} for r, c in roles.most_common(10)],
        "country": ({"alpha2": countries.most_common(1)[0][0][0], "name_ar": countries.most_common(1)[0][0][1],
                     "name_en": countries.most_common(1)[0][0][2]} if countries else None),
        "articles_per_day": dict(conn.execute(
            "SELECT substr(a.published, 1, 10) AS day, count(*) FROM articles a WHERE a.published IS NOT NULL "
            "AND a.rowid IN (SELECT article FROM entities WHERE key = ?) GROUP BY day ORDER BY day", (key,))),
        "articles": [{"rowid": r[0], "id": r[1], "title": r[2], "source": r[3], "published": r[4]}
                     for r in arts[:ENTITY_ARTICLES]],
        "quotes": quotes, "events_as_source": as_source, "events_as_target": as_target,
        "cooccurring": [{"key": k, "name": nm, "count": c} for k, nm, c in co],
        "scanned_articles": len(arts),
    }


def _event_where(filters: Filters, etype: str | None) -> tuple[str, list[object]]:
    fsql, fargs = _filter_sql(Filters(filters.sources, filters.since, filters.until, filters.entity, None))
    where = ["1"] + ([fsql] if fsql else [])
    args = list(fargs)
    if etype:
        where.append("ev.type = ?")
        args.append(etype)
    return " AND ".join(where), args


def events_page(conn: sqlite3.Connection, filters: Filters, etype: str | None, page: int | None,
                size: int) -> dict[str, Any]:
    """Event rows (the columns of :data:`rasd.analyse.events.table.COLUMNS`) matching the filters,
    newest article first; one page, or all of them (capped at ``size``) when ``page`` is None."""
    where, args = _event_where(filters, etype)
    base = ("FROM (SELECT ev.article, ev.type, row_number() OVER (PARTITION BY ev.article ORDER BY ev.rowid) - 1 "
            "AS k FROM events ev) ev JOIN articles a ON a.rowid = ev.article WHERE " + where)
    total = int(conn.execute(f"SELECT count(*) {base}", args).fetchone()[0])
    offset = 0 if page is None else min((page - 1) * size, MAX_OFFSET)
    picked = conn.execute(f"SELECT ev.article, ev.k {base} ORDER BY a.published DESC, a.rowid, ev.k "
                          "LIMIT ? OFFSET ?", [*args, size, offset]).fetchall()
    recs: dict[int, Article] = {}
    rows_of: dict[int, list[dict[str, Any]]] = {}
    out: list[dict[str, Any]] = []
    for art_rowid, k in picked:
        if art_rowid not in recs:
            rec = conn.execute("SELECT record FROM articles WHERE rowid = ?", (art_rowid,)).fetchone()[0]
            recs[art_rowid] = Article.from_dict(json.loads(rec))
            rows_of[art_rowid] = event_table.rows(recs[art_rowid])
        rows = rows_of[art_rowid]
        if k < len(rows):
            out.append({"article_rowid": art_rowid, **rows[k]})
    return {"total": total, "page": page, "size": size, "rows": out}


def event_counts(conn: sqlite3.Connection, filters: Filters, etype: str | None) -> dict[str, Any]:
    """Counts of events per publication day and type: ``{"days": [...], "types": [...],
    "counts": {type: {day: n}}}`` (articles without a date are left out)."""
    where, args = _event_where(filters, etype)
    rows = conn.execute("SELECT substr(a.published, 1, 10) AS day, ev.type, count(*) FROM events ev "
                        f"JOIN articles a ON a.rowid = ev.article WHERE a.published IS NOT NULL AND {where} "
                        "GROUP BY day, ev.type ORDER BY day, ev.type", args).fetchall()
    counts: dict[str, dict[str, int]] = {}
    for day, t, n in rows:
        counts.setdefault(t, {})[day] = n
    types = sorted(counts, key=lambda t: -sum(counts[t].values()))
    return {"days": sorted({r[0] for r in rows}), "types": types, "counts": counts}

"""Export articles and stories of a corpus database as JSONL or Parquet.

- Articles, JSONL: one full record (``Article.to_dict`` form) per line.
- Articles, Parquet: one row per article with flat columns (``id``, ``url``,
  ``source``, ``published``, ``title``, ``text``, ``lang``, ``dup_of``,
  ``dup_sim``, counts of entities/dates/quotes/events) and ``record``, the
  full record as a JSON string — so nothing is lost and the common columns are
  typed.
- Stories: the :class:`rasd.corpus.stories.Story` fields; in Parquet
  ``members`` and ``outlets`` are list columns.

Parquet needs the optional ``pyarrow`` package (``rasd[parquet]``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from rasd.corpus.store import Store
from rasd.corpus.stories import Story
from rasd.errors import MissingExtraError, RasdError


def article_rows(store: Store) -> Iterator[tuple[dict[str, Any], str | None, float | None]]:
    """``(record, dup_of, dup_sim)`` of every stored article in ingest order (SQLite or PostgreSQL)."""
    yield from store.article_rows()


def write_articles_jsonl(store: Store, out: IO[str]) -> int:
    n = 0
    for rec, _, _ in article_rows(store):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("Parquet export", "parquet", "pyarrow") from None
    return pa, pq


def write_articles_parquet(store: Store, path: str) -> int:
    pa, pq = _pyarrow()
    cols: dict[str, list[Any]] = {k: [] for k in (
        "id", "url", "source", "published", "title", "text", "lang", "dup_of", "dup_sim",
        "n_entities", "n_dates", "n_quotes", "n_events", "record")}
    for rec, dup_of, dup_sim in article_rows(store):
        for k in ("id", "url", "source", "published", "title", "text", "lang"):
            cols[k].append(rec.get(k))
        cols["dup_of"].append(dup_of)
        cols["dup_sim"].append(dup_sim)
        for k in ("entities", "dates", "quotes", "events"):
            cols[f"n_{k}"].append(len(rec.get(k) or []))
        cols["record"].append(json.dumps(rec, ensure_ascii=False))
    table = pa.table({k: pa.array(v, type=pa.float64() if k == "dup_sim" else
                                  pa.int32() if k.startswith("n_") else pa.string()) for k, v in cols.items()})
    _write(pq, table, path)
    return table.num_rows


def write_stories_jsonl(stories: list[Story], out: IO[str]) -> int:
    for s in stories:
        out.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    return len(stories)


def write_stories_parquet(stories: list[Story], path: str) -> int:
    pa, pq = _pyarrow()
    table = pa.table({
        "id": pa.array([s.id for s in stories], pa.string()),
        "label": pa.array([s.label for s in stories], pa.string()),
        "size": pa.array([len(s.members) for s in stories], pa.int32()),
        "members": pa.array([s.members for s in stories], pa.list_(pa.string())),
        "outlets": pa.array([s.outlets for s in stories], pa.list_(pa.string())),
        "first": pa.array([s.first for s in stories], pa.string()),
        "last": pa.array([s.last for s in stories], pa.string()),
    })
    _write(pq, table, path)
    return table.num_rows


def _write(pq: Any, table: Any, path: str) -> None:
    try:
        pq.write_table(table, path)
    except OSError as exc:
        raise RasdError(f"{path}: cannot write Parquet ({exc})") from None

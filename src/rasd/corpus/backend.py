"""Which corpus store a ``--db`` value names: a PostgreSQL URL or an SQLite file.

``open_store(db)`` returns a :class:`rasd.corpus.store.Store` (SQLite, the default) for a path
and a :class:`rasd.corpus.pgstore.PgStore` for ``postgresql://…`` / ``postgres://…``. Both
have the same methods (records, hashes, write_batch, search, dup_pairs, …), so commands and
the ingest loop do not care which one they hold.
"""

from __future__ import annotations

from typing import Any

PG_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(db: str) -> bool:
    """True when ``db`` is a PostgreSQL connection URL."""
    return db.startswith(PG_SCHEMES)


def open_store(db: str, *, create: bool = True) -> Any:
    """The open store ``db`` names (see module docstring); ``create=False`` refuses a missing one."""
    if is_postgres(db):
        from rasd.corpus.pgstore import PgStore

        return PgStore(db, create=create)
    from rasd.corpus.store import Store

    return Store(db, create=create)

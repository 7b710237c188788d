"""Read an evidence corpus: the outlet's other pages, to learn its furniture from (``--evidence``).

``rasd process --evidence SOURCE INPUT…`` repairs INPUT with what SOURCE says
about its lines: the titles of the outlet's other stories (a related-stories
link left in the page is one of them) and the lines its pages repeat (share
bars, notices, other stories' teasers). SOURCE is anything ``rasd process``
reads as a corpus (a JSONL file, a folder, a WARC archive, several of them) or
a rasd database (``rasd ingest``: a ``.db``/``.sqlite`` file).

A database record keeps its repaired text, not the page: its ``raw`` when it
was ingested with ``--keep-raw``, otherwise its title, paragraphs and the
lines its repair removed (the page furniture is among those, which is what
the evidence needs).

Contract: :func:`learn_evidence` returns a
:class:`~rasd.repair.evidence.CorpusEvidence` that has observed every usable
article of the sources, or raises :class:`~rasd.errors.RasdError` with a
one-line message naming the source when a source does not exist, cannot be
read, or holds no article.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rasd.errors import RasdError

if TYPE_CHECKING:
    from rasd.repair.evidence import CorpusEvidence

DB_EXTS = (".db", ".sqlite", ".sqlite3")
_SQLITE_MAGIC = b"SQLite format 3\x00"


def is_database(path: str) -> bool:
    """True when ``path`` is a SQLite file (a rasd database), by its extension or its header."""
    if not os.path.isfile(path):
        return False
    if path.lower().endswith(DB_EXTS):
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def record_text(rec: dict[str, Any]) -> str:
    """The page text of a stored record as the evidence sees it (see module docstring)."""
    if rec.get("raw"):
        return str(rec["raw"])
    removed = [str(r.get("text") or "") for r in rec.get("removed") or [] if isinstance(r, dict)]
    return "\n".join([str(rec.get("title") or ""), *(str(p) for p in rec.get("paragraphs") or []), *removed])


def _database_articles(path: str) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    import sqlite3

    from rasd.corpus.store import Store
    from rasd.errors import StoreError

    try:
        with Store(path, create=False) as store:
            for _, rec in store.iter_records():
                yield record_text(rec), rec.get("source"), rec.get("url"), rec.get("title")
    except StoreError as exc:
        raise RasdError(f"--evidence: {exc}") from None  # the message names the file
    except sqlite3.DatabaseError as exc:
        raise RasdError(f"--evidence {path}: not a readable rasd database ({exc})") from None


def evidence_articles(paths: Iterable[str], fields: dict[str, str] | None = None
                      ) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    """(text, source, url, title) of every readable article of the evidence ``paths``; unreadable
    articles inside a corpus are passed over (they teach nothing)."""
    from rasd.read import iter_items

    for path in paths:
        if not os.path.exists(path):
            raise RasdError(f"--evidence {path}: no such file or folder")
        if is_database(path):
            yield from _database_articles(path)
            continue
        for item in iter_items([path], fields=fields, strict=False):
            if not item.skip and item.text.strip():
                yield item.text, item.meta.get("source"), item.meta.get("url"), item.meta.get("title")


def learn_evidence(paths: Iterable[str], fields: dict[str, str] | None = None) -> CorpusEvidence:
    """A :class:`CorpusEvidence` that has observed every article of ``paths`` (see module docstring)."""
    from rasd.pipeline import outlet_of
    from rasd.repair.evidence import CorpusEvidence

    paths = list(paths)
    ev = CorpusEvidence()
    for text, source, url, title in evidence_articles(paths, fields):
        ev.observe(text, outlet=outlet_of(source, url), title=title)
    if not ev.articles:
        raise RasdError(f"--evidence {', '.join(paths)}: no article found to learn from")
    return ev

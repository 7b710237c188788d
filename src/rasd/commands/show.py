"""``rasd show ID --db PATH``: print one stored article (its full record JSON, or a text view).

ID is the article id as ``rasd process`` and ``rasd ingest`` give it (its id,
else its url, else the path it was read from, ``corpus.jsonl:12`` for a line),
or a database row number. A path may be written differently from how it was
ingested (``seed.txt`` for ``examples/seed.txt``, ``./a.txt`` for ``a.txt``)
as long as it names one stored article.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="article id (as given in the input, e.g. its url) or database row number")
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--format", choices=["json", "text"], default="json")


def find(store: Any, key: str) -> dict[str, Any] | None:
    """The record of ``key`` (module docstring); RasdError when a path suffix names several."""
    from rasd.errors import RasdError

    rec = store.record(key)
    if rec is not None or not key.strip():
        return rec
    norm = os.path.normpath(key)
    tail = os.path.basename(norm)
    like = "%" + tail.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = [i for i in store.ids_like(like)
             if (n := os.path.normpath(i)) == norm or n.endswith(os.sep + norm)]
    if len(found) > 1:
        raise RasdError(f"{key!r} names {len(found)} stored articles ({', '.join(found[:5])}); give the full id")
    return store.record(found[0]) if found else None


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.backend import open_store
    from rasd.errors import RasdError

    with open_store(args.db, create=False) as store:
        rec = find(store, args.id)
        if rec is None:
            raise RasdError(f"{args.db}: no article with id {args.id!r}")
        dup = store.dup_info(rec.get("id"))
    if args.format == "json":
        print(json.dumps(rec, ensure_ascii=False, indent=2))
        return 0
    print(f"{rec.get('id')}\n{rec.get('source') or '?'}  {rec.get('published') or '?'}")
    if dup and dup[0]:
        print(f"near-duplicate of {dup[0]} (similarity {dup[1]:.2f})")
    print()
    print(rec.get("text") or "")
    for e in rec.get("entities") or []:
        print(f"  {e['type']:4} {e['name']}")
    return 0

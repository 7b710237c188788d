"""``rasd show ID --db PATH``: print one stored article (its full record JSON, or a text view)."""

from __future__ import annotations

import argparse
import json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", help="article id (as given in the input, e.g. its url) or database row number")
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--format", choices=["json", "text"], default="json")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.store import Store
    from rasd.errors import RasdError

    with Store(args.db, create=False) as store:
        rec = store.record(args.id)
        if rec is None:
            raise RasdError(f"{args.db}: no article with id {args.id!r}")
        dup = store.conn.execute("SELECT dup_of, dup_sim FROM articles WHERE id=?", (rec.get("id"),)).fetchone()
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

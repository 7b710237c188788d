"""``rasd search QUERY --db PATH [filters]``: Arabic-aware full-text search in a corpus database.

Query syntax: words (all must match, any clitic/spelling form), ``"a phrase"``,
``a OR b``, ``-word``. Prints ranked hits with highlighted snippets, or JSONL
with ``--format jsonl``.

``--event-type`` takes any case (``assault``); an unknown type is an error
listing the valid ones. ``--entity`` matches a person by a short or full form
(:func:`rasd.corpus.search.same_entity`). A filter the database cannot answer
(``--entity`` on a database ingested with ``--layers none``) is an error with
a hint, not an empty result. No hits is not an error: exit status 0, "no hits".
"""

from __future__ import annotations

import argparse
import json
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="*", help="search words (quote phrases)")
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--outlet", action="append", help="only this outlet (source); repeatable")
    p.add_argument("--since", help="published on or after YYYY-MM-DD")
    p.add_argument("--until", help="published on or before YYYY-MM-DD")
    p.add_argument("--entity", help="articles mentioning this entity (needs the entities layer)")
    p.add_argument("--event-type", help="articles with an event of this PLOVER type, any case (ASSAULT, consult…; "
                                        "needs the events layer)")
    p.add_argument("--limit", type=int, default=10, help="number of hits (default 10)")
    p.add_argument("--format", choices=["text", "jsonl"], default="text")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.backend import open_store
    from rasd.corpus.search import Filters
    from rasd.errors import RasdError

    for name in ("since", "until"):
        v = getattr(args, name)
        if v and not (len(v) == 10 and v[4] == "-" and v[7] == "-" and v.replace("-", "").isdigit()):
            raise RasdError(f"--{name} {v!r}: expected a date YYYY-MM-DD")
    event_type = args.event_type.strip().upper() if args.event_type else None
    if event_type:
        from rasd.arabic.event_lexicon import TYPES

        if event_type not in TYPES:
            raise RasdError(f"--event-type {args.event_type!r}: not a PLOVER event type; choose from "
                            + ", ".join(TYPES))
    filters = Filters(args.outlet, args.since, args.until, args.entity, event_type)
    query = " ".join(args.query)
    if not query.strip() and not any([args.outlet, args.since, args.until, args.entity, args.event_type]):
        raise RasdError("search: give a query or at least one filter")
    tty = args.format == "text" and sys.stdout.isatty()
    mark = ("\033[1;33m", "\033[0m") if tty else ("[", "]")
    with open_store(args.db, create=False) as store:
        for flag, layer in (("--entity", "entities"), ("--event-type", "events")):
            if getattr(args, flag[2:].replace("-", "_")) and not store.has_layer(layer):
                raise RasdError(f"search: {flag} needs the {layer} layer, and {args.db} was ingested without it "
                                f"(--layers none?); ingest into a new database with --layers {layer} (or all)")
        hits = store.search(query, filters, limit=max(1, args.limit), mark=mark)
    for h in hits:
        if args.format == "jsonl":
            print(json.dumps(h.__dict__, ensure_ascii=False))
        else:
            print(f"{h.score:7.2f}  {h.published or '?':10}  {h.source or '?'}  {h.id}\n         {h.title or ''}\n"
                  f"         {h.snippet}\n")
    if not hits and args.format == "text":
        print("no hits", file=sys.stderr)
    return 0

"""``rasd ingest SOURCE… --db PATH``: process articles into a corpus database.

Thin: parses arguments and calls :func:`rasd.corpus.ingest.ingest`. The
summary goes to stderr (one line, then one line per skip reason); with
``--json`` the summary is printed to stdout as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys

DEFAULT_DB = "rasd.db"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="files or folders (JSONL, JSON, HTML, text)")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite database file (default: {DEFAULT_DB})")
    p.add_argument("--layers", default="all",
                   help="analysis layers: all (default), none (repair only), or a comma list of "
                        "entities,dates,quotes,events")
    p.add_argument("--threshold", type=float, default=0.7,
                   help="near-duplicate Jaccard threshold over word-bigram shingles (default 0.7)")
    p.add_argument("--batch", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="JSON key for a record field, e.g. --field id=url --field text=body")
    p.add_argument("--keep-raw", action="store_true", help="store the raw input in each record too")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")


def parse_fields(items: list[str]) -> dict[str, str] | None:
    from rasd.errors import RasdError

    out = {}
    for it in items:
        name, sep, key = it.partition("=")
        if not sep or not name or not key:
            raise RasdError(f"--field {it!r}: expected NAME=KEY, e.g. id=url")
        out[name.strip()] = key.strip()
    return out or None


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.dedup import DedupConfig
    from rasd.corpus.ingest import ingest
    from rasd.pipeline import parse_layers

    summary = ingest(args.sources, args.db, layers=parse_layers(args.layers), fields=parse_fields(args.field),
                     batch=max(1, args.batch), config=DedupConfig(threshold=args.threshold),
                     progress=not args.no_progress and sys.stderr.isatty(), keep_raw=args.keep_raw)
    for line in summary.lines():
        print(line, file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    return 0

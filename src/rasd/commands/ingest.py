"""``rasd ingest SOURCE… --db PATH``: process articles into a corpus database.

Thin: parses arguments and calls :func:`rasd.corpus.ingest.ingest`. The
summary goes to stderr (one line, then one line per skip reason); with
``--json`` the summary is printed to stdout as JSON.

Exit status (README, "Exit status and input limits"): 0 when every article read
was stored (or was already stored), 1 when some were skipped (the summary
counts them by reason), 2 when none could be used — then a database this run
created is removed again, so a failed ingest never leaves an empty database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from rasd.parallel import default_jobs, jobs_arg

DEFAULT_DB = "rasd.db"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="files or folders (JSONL, JSON, HTML, WARC, text), or - for stdin")
    p.add_argument("--db", default=DEFAULT_DB, help=f"SQLite database file (default: {DEFAULT_DB})")
    p.add_argument("--layers", default="all",
                   help="analysis layers: all (default), none (repair only), or a comma list of "
                        "entities,dates,quotes,events (a layer brings those it needs)")
    p.add_argument("--threshold", type=float, default=0.7,
                   help="near-duplicate Jaccard threshold over word-bigram shingles (default 0.7)")
    p.add_argument("--batch", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="JSON key for a record field, e.g. --field id=url --field text=body")
    p.add_argument("--keep-raw", action="store_true", help="store the raw input in each record too")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--jobs", "-j", type=jobs_arg, default=default_jobs(), metavar="N",
                   help="processes running the pipeline (default: one per core); the database is the same")
    p.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    p.add_argument("--lang-only", metavar="CODE", help="skip articles not in this language (e.g. ar)")
    p.add_argument("--all-languages", action="store_true",
                   help="run the analysis layers on non-Arabic articles too (by default they are only "
                        "repaired and stored with their language)")


def parse_fields(items: list[str]) -> dict[str, str] | None:
    from rasd.errors import RasdError

    out = {}
    for it in items:
        name, sep, key = it.partition("=")
        if not sep or not name or not key:
            raise RasdError(f"--field {it!r}: expected NAME=KEY, e.g. id=url")
        out[name.strip()] = key.strip()
    return out or None


def _remove_db(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.dedup import DedupConfig
    from rasd.corpus.ingest import ingest
    from rasd.errors import exit_status
    from rasd.pipeline import parse_layers

    existed = "://" in args.db or os.path.exists(args.db)  # a server database (postgresql://) is never removed
    summary = ingest(args.sources, args.db, layers=parse_layers(args.layers), fields=parse_fields(args.field),
                     batch=max(1, args.batch), config=DedupConfig(threshold=args.threshold),
                     progress=not args.no_progress and sys.stderr.isatty(), keep_raw=args.keep_raw,
                     lang_only=args.lang_only, all_languages=args.all_languages, jobs=args.jobs)
    for line in summary.lines():
        print(line, file=sys.stderr)
    used = summary.ingested + summary.unchanged
    if used == 0:
        if not existed:
            _remove_db(args.db)
        what = "no article could be used" if summary.seen else "no articles found"
        print(f"rasd: error: {what} in {', '.join(args.sources)}"
              + ("" if existed else f"; no database written ({args.db})"), file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    return exit_status(used, sum(summary.skipped.values()))

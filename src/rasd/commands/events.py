"""``rasd events INPUT… --format csv|parquet|jsonl``: the events of articles as one table.

Thin front end: reads articles with :func:`rasd.read.iter_items`, runs the
pipeline (:func:`rasd.pipeline.process_item`) and writes one row per event
with :mod:`rasd.analyse.events.table`. In a corpus a bad article is skipped and
reported on stderr; a single bad input fails with exit status 2.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from rasd.analyse.events import table as event_table
from rasd.commands.process import add_common_input_arguments, processed
from rasd.errors import RasdError, exit_status
from rasd.read import is_corpus


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_common_input_arguments(p)
    p.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv",
                   help="table format (default csv); parquet needs -o and pyarrow")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if args.format == "parquet" and not args.output:
        raise RasdError("--format parquet writes a binary file: give it with -o FILE")
    corpus = len(inputs) > 1 or any(is_corpus(p) for p in inputs)
    skipped: Counter[str] = Counter()
    done = 0

    def table() -> Iterator[dict[str, Any]]:
        nonlocal done
        for art in processed(args, inputs, corpus, skipped, keep_raw=False):
            done += 1
            yield from event_table.rows(art)

    # read up to the first event before writing anything: a bad single input fails with no output
    rows = table()
    first = next(rows, None)
    rows = itertools.chain([first], rows) if first is not None else iter(())
    if args.format == "parquet":
        n = event_table.write_parquet(args.output, rows)
    else:
        out: IO[str] = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
        try:
            write = event_table.write_csv if args.format == "csv" else event_table.write_jsonl
            n = write(out, rows)
        finally:
            if args.output:
                out.close()
    if corpus or args.output:
        print(f"rasd: {n} event(s) from {done} article(s), skipped {sum(skipped.values())}", file=sys.stderr)
    return exit_status(done, sum(skipped.values()))

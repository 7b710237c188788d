"""``rasd export {articles,stories} --db PATH [--format jsonl|parquet] [-o FILE]``.

JSONL goes to stdout unless ``-o`` is given; Parquet needs ``-o``.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("what", choices=["articles", "stories"], help="what to export")
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--format", choices=["jsonl", "parquet"], default=None,
                   help="output format (default: from the -o extension, else jsonl)")
    p.add_argument("-o", "--output", help="output file (default: stdout for JSONL)")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus import export
    from rasd.corpus.backend import open_store
    from rasd.errors import RasdError

    fmt = args.format or ("parquet" if (args.output or "").endswith(".parquet") else "jsonl")
    if fmt == "parquet" and not args.output:
        raise RasdError("export: Parquet needs an output file (-o FILE.parquet)")
    if args.what == "stories":
        from rasd.corpus.collect import stories_from_db

        stories = stories_from_db(args.db)
        if fmt == "parquet":
            n = export.write_stories_parquet(stories, args.output)
        else:
            with _open(args.output) as out:
                n = export.write_stories_jsonl(stories, out)
    else:
        with open_store(args.db, create=False) as store:
            if fmt == "parquet":
                n = export.write_articles_parquet(store, args.output)
            else:
                with _open(args.output) as out:
                    n = export.write_articles_jsonl(store, out)
    print(f"exported {n} {args.what}", file=sys.stderr)
    return 0


class _open:
    """stdout (left open) or a file opened for writing."""

    def __init__(self, path: str | None) -> None:
        self.path = path

    def __enter__(self):  # type: ignore[no-untyped-def]
        if not self.path or self.path == "-":
            return sys.stdout
        try:
            self.fh = open(self.path, "w", encoding="utf-8")
        except OSError as exc:
            from rasd.errors import RasdError

            raise RasdError(f"{self.path}: cannot write ({exc.strerror})") from None
        return self.fh

    def __exit__(self, *exc: object) -> None:
        if self.path and self.path != "-":
            self.fh.close()

"""``rasd stories --db PATH [--format jsonl]``: stories across outlets in a corpus database.

One story per line: ``id``, ``label`` (its most central headline),
``members`` (article ids as given in the input), ``outlets``, ``first``,
``last``, ``size``.
"""

from __future__ import annotations

import argparse
import json


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    p.add_argument("--threshold", type=float, default=0.35, help="cosine similarity to join a story (default 0.35)")
    p.add_argument("--window", type=int, default=2, help="days a story may span (default 2)")
    p.add_argument("--min-size", type=int, default=2, help="smallest story printed (default 2)")
    p.add_argument("--min-outlets", type=int, default=1, help="fewest outlets of a story printed (default 1)")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.collect import stories_from_db

    stories = stories_from_db(args.db, threshold=args.threshold, window_days=args.window,
                              min_size=max(1, args.min_size))
    for s in stories:
        if len(s.outlets) < args.min_outlets:
            continue
        if args.format == "jsonl":
            print(json.dumps(s.to_dict(), ensure_ascii=False))
        else:
            print(f"{s.id}  {len(s.members):3} articles  {len(s.outlets):2} outlets  {s.first} → {s.last}\n"
                  f"    {s.label}")
    return 0

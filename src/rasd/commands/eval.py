"""``rasd eval KIND [FILE…]``: score rasd against annotated data.

Each kind is a module ``rasd.eval.<kind>`` with ``main(paths: list[str]) -> int``
that prints its report (last line: the headline score) and returns an exit code.
With no FILE a kind uses its default annotation set (skipping cleanly when the
texts it annotates, in ../shared, are absent).
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path

from rasd.errors import RasdError

KINDS = ("ner", "dates", "quotes", "events", "duplicates", "stories", "repair")
# The default annotation sets of the kinds that have one in rasd/eval/data. They annotate articles
# of corpora that may not ship (ids, offsets, labels), so they are in a source checkout only, not
# in a built package (pyproject: exclude-package-data).
DEFAULT_SETS = {"dates": "dates.jsonl", "quotes": "quotes.jsonl", "events": "events.jsonl",
                "duplicates": "dup_pairs.jsonl", "stories": "story_pairs_ant.jsonl", "repair": "repair_bench.jsonl"}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=KINDS, help="what to evaluate")
    p.add_argument("paths", nargs="*", metavar="FILE", help="annotated data (default: the kind's own set)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also print each miss and false alarm (dates, quotes, events)")
    p.add_argument("--published", metavar="DATE",
                   help="dates: the document date of TimeML files that give no creation time (YYYY-MM-DD)")
    p.add_argument("--split", choices=("dev", "test", "both"),
                   help="repair: score the dev split, the frozen test split, or both side by side (default); "
                        "dates: add the frozen test sets with test or both (default: dev only)")


def run(args: argparse.Namespace) -> int:
    if args.verbose:  # the scorers read this, so `python -m rasd.eval.<kind>` honours it too
        os.environ["RASD_EVAL_VERBOSE"] = "1"
    if getattr(args, "published", None):
        os.environ["RASD_EVAL_PUBLISHED"] = args.published
    if getattr(args, "split", None):
        os.environ["RASD_EVAL_SPLIT"] = args.split
    default = DEFAULT_SETS.get(args.kind)
    if not args.paths and default and not (Path(__file__).resolve().parents[1] / "eval" / "data" / default).is_file():
        raise RasdError(f"eval {args.kind}: its annotation set (rasd/eval/data/{default}) is not installed: the "
                        "benchmark sets annotate research corpora that do not ship with the package; run rasd eval "
                        "from a source checkout (pip install -e .), or give annotated FILEs")
    try:
        module = importlib.import_module(f"rasd.eval.{args.kind}")
    except ModuleNotFoundError as exc:
        raise RasdError(f"eval {args.kind}: not available in this version ({exc.name})") from None
    return int(module.main(list(args.paths)) or 0)

"""The ``rasd`` command line: a thin front end.

Each subcommand lives in ``rasd/commands/<name>.py`` with two functions,
``add_arguments(parser)`` and ``run(args) -> int``; they parse input and call
library functions, nothing more. Errors of the :class:`~rasd.errors.RasdError`
tree are printed as one line on stderr with exit status 2 — never a traceback.
Every command follows one exit-status rule (README, "Exit status and input
limits"): 0 everything read, 1 some items skipped (counted by reason), 2
nothing usable.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys

from rasd import __version__
from rasd.errors import RasdError

# name -> (module, one-line help). Modules are imported only when their command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "process": ("rasd.commands.process", "repair and analyse articles (text, HTML, JSON, JSONL, WARC, folder, stdin)"),
    "eval": ("rasd.commands.eval", "score rasd against annotated data ({kinds})"),
    "events": ("rasd.commands.events", "write the events of articles as a table (csv, parquet, jsonl)"),
    "ingest": ("rasd.commands.ingest", "process articles (text, HTML, JSON, JSONL, WARC, folder) into a corpus database"),
    "duplicates": ("rasd.commands.duplicates", "near-duplicate clusters of a corpus file or database"),
    "stories": ("rasd.commands.stories", "stories across outlets in a corpus database"),
    "search": ("rasd.commands.search", "Arabic-aware full-text search in a corpus database"),
    "show": ("rasd.commands.show", "show one stored article"),
    "export": ("rasd.commands.export", "export articles or stories as JSONL or Parquet"),
    "serve": ("rasd.commands.serve", "web app and JSON API over a corpus database (extra: serve)"),
}


def _available() -> dict[str, tuple[str, str]]:
    out = {}
    for name, (mod, help_) in COMMANDS.items():
        if importlib.util.find_spec(mod) is not None:
            out[name] = (mod, help_)
    return out


def build_parser(argv: list[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd", description="Offline Arabic news intelligence.")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = next((a for a in argv if not a.startswith("-")), None)
    for name, (mod, help_) in _available().items():
        if "{kinds}" in help_:  # the eval kinds, from the one list the eval command accepts
            help_ = help_.format(kinds=", ".join(importlib.import_module(mod).KINDS))
        p = sub.add_parser(name, help=help_, description=help_)
        if name == chosen:  # import only the module of the command being run
            importlib.import_module(mod).add_arguments(p)
        else:
            p.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = importlib.import_module(_available()[args.command][0])
    try:
        return int(module.run(args) or 0)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("rasd: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

"""``rasd process FILE|FOLDER|- …``: repair and analyse articles, print the records.

Thin front end over :mod:`rasd.read` and :func:`rasd.pipeline.process_item`.
One article given on its own fails with a message and exit status 2 when it
cannot be read; in a corpus (JSONL, folder, several inputs) a bad article is
skipped, reported on stderr with its reason, and counted in the summary; the
exit status is then 0 (all used), 1 (some skipped) or 2 (none usable).

Metadata flags and several articles: ``--source`` and ``--published`` say
something true of a whole batch (one outlet, one day's scrape), so they apply
to every article and win over the input's own fields; ``--title``, ``--id``
and ``--url`` name one article, so with a corpus or several inputs they are
refused with a message instead of being dropped or repeated.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
from collections import Counter
from collections.abc import Iterator
from typing import IO

from rasd.errors import InputError, RasdError, exit_status, reason_of
from rasd.parallel import default_jobs, jobs_arg, map_ordered
from rasd.pipeline import LAYERS, parse_layers, process_item, with_corpus_evidence
from rasd.read import is_corpus, iter_items
from rasd.record import Article
from rasd.render import render_text


def layers_arg(value: str) -> tuple[str, ...]:
    """argparse type for ``--layers``."""
    try:
        return parse_layers(value)
    except RasdError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def published_arg(value: str) -> str:
    """argparse type for ``--published``: a real calendar date written YYYY-MM-DD."""
    v = value.strip()
    if len(v) != 10 or v[4] != "-" or v[7] != "-" or not v.replace("-", "").isdigit():
        raise argparse.ArgumentTypeError(f"{value!r}: expected a date YYYY-MM-DD, e.g. 2026-02-04")
    try:
        dt.date.fromisoformat(v)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: not a calendar date ({exc})") from None
    return v


def parse_fields(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        if not sep or not name or not key:
            raise RasdError(f"--field {pair!r}: expected NAME=KEY, e.g. --field text=body")
        out[name] = key
    return out


def add_common_input_arguments(p: argparse.ArgumentParser) -> None:
    """Input options shared by commands that read articles (process, events, ingest)."""
    p.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT",
                   help="text/HTML/JSON file, JSONL corpus, WARC archive, folder, or - for stdin (default; "
                        "JSON and JSONL are recognised)")
    p.add_argument("--title", help="title of one article (else the first line when it looks like one)")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=published_arg,
                   help="publication date; with several articles it applies to all of them")
    p.add_argument("--url", help="URL of one article")
    p.add_argument("--source", help="outlet; with several articles it applies to all of them")
    p.add_argument("--id", help="id of one article")
    p.add_argument("--field", action="append", default=[], metavar="NAME=KEY",
                   help="JSON/JSONL field for a record field (text, title, id, url, source, published, author)")
    p.add_argument("--layers", type=layers_arg, default=LAYERS, metavar="LIST",
                   help="analysis layers: all (default), none, or a comma list of " + ", ".join(LAYERS))
    p.add_argument("--lang-only", metavar="CODE", help="skip articles not in this language (e.g. ar)")
    p.add_argument("--all-languages", action="store_true",
                   help="run the analysis layers on non-Arabic articles too (by default they are only "
                        "repaired and stored with their language)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--jobs", "-j", type=jobs_arg, default=default_jobs(), metavar="N",
                   help="processes for a corpus (default: one per core); the output is the same, in order")


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_common_input_arguments(p)
    p.add_argument("--format", choices=("json", "jsonl", "text"), default=None,
                   help="json: one article, pretty (default for one input); jsonl: one record per line "
                        "(default for corpora); text: the clean article for a human")
    p.add_argument("--no-raw", action="store_true", help="leave the raw input out of JSON output")
    p.add_argument("--no-corpus-evidence", action="store_true",
                   help="repair each article on its own (by default a corpus teaches the repair its titles "
                        "and its outlets' repeated boilerplate lines)")
    p.add_argument("--evidence", action="append", default=[], metavar="CORPUS",
                   help="learn titles, furniture and teasers from these other pages of the outlet(s) (JSONL, "
                        "folder, WARC, or a rasd database) and repair the inputs with it, even a single "
                        "article (repeatable)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local (default: this machine, --jobs processes) or ray: a Ray cluster (extra ray), "
                        "reading JSONL/Parquet/WARC shards and writing Parquet shards to the folder -o names")
    p.add_argument("--ray-address", metavar="ADDRESS", default=None,
                   help="with --engine ray: the cluster (auto, ray://host:10001); default: a local Ray")


def write_article(out: IO[str], art: Article, fmt: str, include_raw: bool) -> None:
    if fmt == "json":
        out.write(art.to_json(indent=1, include_raw=include_raw) + "\n")
    elif fmt == "jsonl":
        out.write(art.to_json(include_raw=include_raw) + "\n")
    else:
        out.write(render_text(art) + "\n")


PER_ARTICLE_FLAGS = ("title", "id", "url")
BATCH_FLAGS = ("published", "source")


def overrides(args: argparse.Namespace, corpus: bool = False) -> dict[str, str | None]:
    """Metadata flags for the articles (see module docstring): all of them for one article;
    ``--published``/``--source`` for a corpus, where ``--title``/``--id``/``--url`` are refused."""
    if corpus:
        given = [f"--{f}" for f in PER_ARTICLE_FLAGS if getattr(args, f, None)]
        if given:
            raise RasdError(f"{', '.join(given)} name(s) one article, and the input holds several "
                            "(a corpus, a folder or several files): give them per article in JSON/JSONL, "
                            "or process the files one at a time")
        return {f: getattr(args, f, None) for f in BATCH_FLAGS}
    return {f: getattr(args, f, None) for f in (*PER_ARTICLE_FLAGS, *BATCH_FLAGS)}


def progress(items, enabled: bool):  # type: ignore[no-untyped-def]
    """Wrap an iterator in a tqdm bar on a terminal (stderr), else return it unchanged."""
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=" articles", file=sys.stderr)


def processed(args: argparse.Namespace, inputs: list[str], corpus: bool, skipped: Counter[str],
              keep_raw: bool = True) -> Iterator[Article]:
    """The inputs' articles through the pipeline, as the common input options ask.

    A single input that cannot be read raises :class:`InputError`; in a corpus
    the bad article is reported on stderr, counted in ``skipped`` by reason,
    and the run goes on.
    """
    fields = parse_fields(args.field)
    meta = overrides(args, corpus)
    work = functools.partial(process_item, layers=args.layers, lang_only=args.lang_only, keep_raw=keep_raw,
                             all_languages=args.all_languages, **meta)
    base = None
    if getattr(args, "evidence", None):
        from rasd.read.evidence import learn_evidence

        base = learn_evidence(args.evidence, fields)  # before reading the inputs: a bad source fails first
    items = progress(iter_items(inputs, fields=fields, strict=not corpus), not args.no_progress)
    if base is not None or (corpus and not getattr(args, "no_corpus_evidence", False)):
        # --no-corpus-evidence with --evidence: the learnt pages only, each input alone beside them
        items = with_corpus_evidence(items, base=base, learn_inputs=not getattr(args, "no_corpus_evidence", False))
    # --jobs: the same articles in the same order, processed on several cores (rasd.parallel).
    for item, art in map_ordered(work, items, getattr(args, "jobs", 1) if corpus else 1):
        try:
            if isinstance(art, BaseException):
                raise art
        except InputError as exc:
            if not corpus:
                raise
            skipped[reason_of(exc.problem)] += 1
            print(f"rasd: skipped {exc}", file=sys.stderr)
            continue
        if not corpus:
            for w in art.warnings:
                print(f"rasd: warning: {item.origin}: {w}", file=sys.stderr)
        yield art


def run(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if getattr(args, "engine", "local") == "ray":
        return _run_ray(args, inputs)
    corpus = len(inputs) > 1 or any(is_corpus(p) for p in inputs)
    fmt = args.format or ("jsonl" if corpus else "json")
    out: IO[str] = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    done, skipped = 0, Counter[str]()
    try:
        for art in processed(args, inputs, corpus, skipped):
            write_article(out, art, fmt, include_raw=not args.no_raw)
            done += 1
    finally:
        if args.output:
            out.close()
    if corpus:
        summary = f"rasd: processed {done} article(s), skipped {sum(skipped.values())}"
        if skipped:
            summary += " (" + "; ".join(f"{n}× {why}" for why, n in skipped.most_common()) + ")"
        print(summary, file=sys.stderr)
        if not done and not skipped:
            print(f"rasd: error: no articles found in {', '.join(inputs)}", file=sys.stderr)
        return exit_status(done, sum(skipped.values()))
    return 0


def _run_ray(args: argparse.Namespace, inputs: list[str]) -> int:
    """``--engine ray``: the corpus on Ray into the folder ``-o`` names (:mod:`rasd.engines.ray_engine`)."""
    if getattr(args, "evidence", None):
        raise RasdError("--evidence works with the local engine only (the Ray engine learns from each shard)")
    if not args.output or inputs == ["-"]:
        raise RasdError("--engine ray reads files (not stdin) and writes a folder: give INPUT… and -o FOLDER")
    from rasd.engines import ray_engine

    summary = ray_engine.run(inputs, args.output, layers=args.layers, fields=parse_fields(args.field),
                             lang_only=args.lang_only, all_languages=args.all_languages,
                             overrides=overrides(args, corpus=True), address=args.ray_address,
                             corpus_evidence=not getattr(args, "no_corpus_evidence", False))
    reasons = summary["skip_reasons"]
    line = (f"rasd: processed {summary['articles']} article(s) on Ray ({summary['ray_cpus']:.0f} CPUs), "
            f"skipped {summary['skipped']}")
    if reasons:
        line += " (" + "; ".join(f"{n}× {why}" for why, n in Counter(reasons).most_common()) + ")"
    print(line + f"; {summary['events']} event(s), {summary['duplicate_clusters']} near-duplicate cluster(s), "
          f"{summary['stories']} stories → {args.output}", file=sys.stderr)
    return exit_status(summary["articles"], summary["skipped"])

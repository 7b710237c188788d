"""``rasd stories [--db PATH | FILE.jsonl…] [--storylines] [--format jsonl|json|text]``.

Stories across outlets in a corpus database (after ``rasd ingest``), or straight from
JSONL corpus files (``id``/``url``, ``title``, ``text``/``content``, ``published``,
``source``; no pipeline). One story per line: ``id``, ``label`` (its most central
headline), ``members`` (article ids as given in the input), ``outlets``, ``first``,
``last``, ``size``.

Pairs are scored by a hand-set rule (:mod:`rasd.corpus.storyrule`; the package ships no
fitted model). ``--model PATH`` scores them with a logistic model fitted on your own labelled
pairs instead (``python3 scripts/fit_story_model.py --write PATH``); ``--threshold`` then
defaults to the threshold stored in that file.

``--storylines`` links the stories of one developing affair over days and weeks and
prints storylines instead: ``id``, ``label``, ``keywords``, ``size`` (stories),
``articles``, ``first``, ``last`` and the ``timeline`` of its stories.
"""

from __future__ import annotations

import argparse
import json
import sys

from rasd.errors import InputError


def add_arguments(p: argparse.ArgumentParser) -> None:
    from rasd.corpus.stories import LINK, THRESHOLD  # only when this command runs (numpy)

    p.add_argument("inputs", nargs="*", metavar="FILE.jsonl",
                   help="JSONL corpus files or folders to read instead of the database")
    p.add_argument("--db", default="rasd.db", help="corpus database: a file or a postgresql:// URL (default: rasd.db)")
    p.add_argument("--format", choices=["jsonl", "json", "text"], default="jsonl")
    p.add_argument("--threshold", type=float, default=None,
                   help=f"same-story score a pair needs to join two groups (default: the rule's {THRESHOLD}, "
                        f"link {LINK}; with --model, the model file's)")
    p.add_argument("--model", metavar="PATH",
                   help="a pair model file fitted on your own labelled pairs (scripts/fit_story_model.py --write)")
    p.add_argument("--window", type=int, default=2, help="days a story may span (default 2)")
    p.add_argument("--min-size", type=int, default=2, help="smallest story printed (default 2)")
    p.add_argument("--min-outlets", type=int, default=1, help="fewest outlets of a story printed (default 1)")
    p.add_argument("--storylines", action="store_true", help="print storylines (stories of one affair) instead")
    p.add_argument("--min-stories", type=int, default=2, help="smallest storyline printed (default 2)")


def _check(args: argparse.Namespace) -> None:
    if args.threshold is not None and not 0.0 < args.threshold <= 1.0:
        raise InputError("--threshold", f"must be a score in (0, 1], got {args.threshold}")
    if args.window < 0:
        raise InputError("--window", f"must be 0 or more days, got {args.window}")


def run(args: argparse.Namespace) -> int:
    from rasd.corpus.backend import open_store
    from rasd.corpus.collect import story_docs, story_docs_from_jsonl
    from rasd.corpus.stories import stories_and_prepared

    _check(args)
    model = None
    if args.model:
        from rasd.corpus.storysim import load_model

        model = load_model(args.model)  # InputError naming the file when it is not a model
    if args.inputs:
        docs, dups = story_docs_from_jsonl(list(args.inputs)), []
    else:
        with open_store(args.db, create=False) as store:
            docs, dups = story_docs(store)
    stories, prepared = stories_and_prepared(docs, threshold=args.threshold, window_days=args.window,
                                             duplicate_pairs=dups, min_size=max(1, args.min_size), model=model)
    if args.storylines:
        from rasd.corpus.storylines import build_storylines

        lines = build_storylines(docs, stories=stories, prepared=prepared, min_stories=max(1, args.min_stories))
        rows = [sl.to_dict() for sl in lines]
    else:
        rows = [s.to_dict() for s in stories if len(s.outlets) >= args.min_outlets]
    out = sys.stdout
    if args.format == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif args.format == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif args.storylines:
        for r in rows:
            kw = ", ".join(r["keywords"])  # type: ignore[arg-type]
            out.write(f"{r['id']}  {r['size']:3} stories  {r['articles']:4} articles  {r['first']} → {r['last']}\n"
                      f"    {r['label']}" + (f"   [{kw}]" if kw else "") + "\n")
            for s in r["timeline"]:  # type: ignore[attr-defined]
                out.write(f"      {(s['first'] or '')[:10]}  {s['size']:3}  {s['label']}\n")
    else:
        for r in rows:
            out.write(f"{r['id']}  {r['size']:3} articles  {len(r['outlets']):2} outlets  {r['first']} → {r['last']}\n"
                      f"    {r['label']}\n")
    return 0

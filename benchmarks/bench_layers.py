"""CPU time per layer and per part, on a cold pass and on warm passes over the same articles (issue 17).

    python3 benchmarks/bench_layers.py [-n 600] [--passes 2] [--src DIR]

The sample of ``bench_pipeline.py`` (every k-th SaudiNewsNet JSONL line, ``-n`` articles; skipped
when ``../shared`` is absent), every layer, in one process: one warm-up article (models), then
``--passes`` passes over the same articles. The first pass is cold (most word types are new to
the per-type caches: NER features, entity-token words, event trigger words, run-time regex
compiles); later passes show the cost once every word has been seen, i.e. what a long-running
``rasd process`` / ``ingest`` approaches, and the ceiling of any cross-article cache.

Each part is timed (``time.process_time``) by wrapping its entry point: the repair, the entity
layer (and inside it the NER tagger, the entity tokens, the span repair, coreference, the
entities' assembly), the time layer (and ``timex.find``), quotes, events, the record's JSON.
A part whose entry point this code does not have is left out (named). Parts nest: the entity
layer's time includes its parts'. The wrappers cost about 1 µs a call, a few calls an article.
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# (module, attribute, label): the attribute is rebound to a timed wrapper. The entity layer's
# parts are the names its module imported (rasd.analyse.entities.layer calls them by those).
PARTS = (
    ("rasd.repair.repair", "repair", "repair"),
    ("rasd.analyse.entities", "annotate", "entities (all)"),
    ("rasd.analyse.entities.layer", "build_tokens", "· entity tokens"),
    ("rasd.analyse.entities.layer", "repair_spans", "· entity span repair"),
    ("rasd.analyse.coref", "resolve", "· coreference"),
    ("rasd.analyse.entities.layer", "build_entities", "· entities' assembly"),
    ("rasd.analyse.time.layer", "annotate", "time (all)"),
    ("rasd.analyse.time.timex", "find", "· timex.find (the rule scans)"),
    ("rasd.analyse.quotes", "annotate", "quotes"),
    ("rasd.analyse.events", "annotate", "events"),
)
TIMES: collections.Counter = collections.Counter()


def _timed(fn, label: str):  # noqa: ANN001, ANN202
    clock = time.process_time

    def wrapper(*a, **k):  # noqa: ANN002, ANN003, ANN202
        t = clock()
        try:
            return fn(*a, **k)
        finally:
            TIMES[label] += clock() - t
    return wrapper


def install() -> list[str]:
    """Wrap the parts' entry points; return the labels of those this code lacks."""
    missing = []
    for mod, attr, label in PARTS:
        m = importlib.import_module(mod)
        fn = getattr(m, attr, None)
        if fn is None:
            missing.append(label)
            continue
        setattr(m, attr, _timed(fn, label))
    layer = importlib.import_module("rasd.analyse.entities.layer")
    default = getattr(layer, "_default_tagger", None)
    if default is None:
        missing.append("· NER tagging")
    else:
        def tagger():  # noqa: ANN202 - the NER tagger the entity layer gets, timed
            got = default()
            return None if got is None else _timed(got, "· NER tagging")
        layer._default_tagger = tagger
    return missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=600, help="articles (default 600)")
    ap.add_argument("--passes", type=int, default=2, help="passes over them; the first is cold (default 2)")
    ap.add_argument("--src", default="", help="a folder holding rasd/ (default: this tree's src/)")
    args = ap.parse_args()
    src = str(Path(args.src).resolve()) if args.src else str(ROOT / "src")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_pipeline

    sample = Path(tempfile.mkdtemp(prefix="rasd-layers-")) / "sample.jsonl"
    if not bench_pipeline._sample(args.n, sample):
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    for name in [m for m in sys.modules if m == "rasd" or m.startswith("rasd.")]:
        del sys.modules[name]  # the sampler imported this tree's rasd; --src's is the one timed
    sys.path[:] = [src] + [p for p in sys.path if p not in (src, str(ROOT / "src"))]
    import rasd
    from rasd.errors import RasdError
    from rasd.pipeline import parse_layers, process_item
    from rasd.read import iter_items

    assert rasd.__file__.startswith(src), rasd.__file__
    missing = install()
    layers = parse_layers("all")
    items = [it for it in iter_items([str(sample)]) if not it.skip and it.text.strip()]

    def one(item) -> None:  # noqa: ANN001
        try:
            art = process_item(item, layers=layers, keep_raw=False)
        except RasdError:
            return
        t = time.process_time()
        art.to_json(include_raw=False)
        TIMES["JSON of the record"] += time.process_time() - t

    one(items[0])  # warm-up: models
    gc.collect()
    gc.freeze()  # as rasd.parallel.map_ordered does
    n = len(items)
    print(f"{n} SaudiNewsNet articles, {args.passes} passes in one process"
          + (f"; not in this code: {', '.join(missing)}" if missing else "") + "\n")
    rows: dict[str, list[float]] = {}
    totals = []
    for _ in range(args.passes):
        TIMES.clear()
        t0 = time.process_time()
        for item in items:
            one(item)
        totals.append(time.process_time() - t0)
        for label, s in TIMES.items():
            rows.setdefault(label, []).append(s)
    head = " | ".join(["cold"] + [f"warm {k}" for k in range(1, args.passes)])
    print(f"| part (ms per article) | {head} |")
    print("|---|" + "---|" * args.passes)
    order = [label for _m, _a, label in PARTS] + ["JSON of the record"]
    order.insert(order.index("entities (all)") + 1, "· NER tagging")
    for label in sorted(rows, key=lambda x: order.index(x) if x in order else len(order)):
        print(f"| {label} | " + " | ".join(f"{1000 * s / n:.2f}" for s in rows[label]) + " |")
    print("| **everything** | " + " | ".join(f"**{1000 * s / n:.2f}**" for s in totals) + " |")
    print("| articles per CPU-second | " + " | ".join(f"{n / s:.0f}" for s in totals) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regex costs of a run: patterns compiled during it, by call site; and ``timex.find`` alone.

    python benchmarks/bench_regex.py compiles [-n 1000] [--src DIR]
    python benchmarks/bench_regex.py timex [-n 600] [--src DIR]

``compiles``: the sample of ``bench_pipeline.py`` (every k-th SaudiNewsNet JSONL line, ``-n`` of
them, from ``../shared``; skipped when absent), every layer, one warm-up article first, then
every compile that misses ``re``'s cache (``re._compiler.compile`` is wrapped), by the innermost
rasd function asking for it: compiles, distinct patterns, compile seconds; and the compiles of a
pattern compiled before in the run (``re`` keeps 512 patterns and drops the oldest first, so a
stream of one-article patterns pushes the hot ones out). ``timex``: CPU seconds of
:func:`rasd.analyse.time.timex.find` over the sample's texts, the best of three passes.
``--src``: a folder holding ``rasd/`` (a copy of ``src/`` at another commit) instead of this
tree's; run the two trees one after the other, several times, to compare them (the machine is
shared: compare pairs, not single runs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(args: argparse.Namespace) -> list:
    sys.path.insert(0, args.src or str(ROOT / "src"))
    import rasd  # bound to --src before bench_pipeline puts this tree's src/ on the path

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_pipeline

    from rasd.read import iter_items

    assert rasd.__file__.startswith(args.src or str(ROOT / "src")), rasd.__file__
    sample = Path(tempfile.mkdtemp(prefix="rasd-regex-")) / "sample.jsonl"
    if not bench_pipeline._sample(args.n, sample):
        return []
    return [it for it in iter_items([str(sample)]) if not it.skip]


def _compiles(items: list, top: int) -> None:
    import functools
    import re._compiler as rc

    from rasd.pipeline import parse_layers, process_item

    work = functools.partial(process_item, layers=parse_layers("all"), keep_raw=False)
    work(items[0])
    orig = rc.compile
    calls: Counter[str] = Counter()
    secs: Counter[str] = Counter()
    again: Counter[str] = Counter()
    seen: set = set()
    distinct: dict[str, set] = {}

    def counted(p, flags=0):
        f = sys._getframe(1)
        while f is not None and "/rasd/" not in f.f_code.co_filename:
            f = f.f_back
        site = f"{f.f_code.co_filename.split('/rasd/')[-1]}:{f.f_code.co_name}" if f else "?"
        t0 = time.perf_counter()
        got = orig(p, flags)
        secs[site] += time.perf_counter() - t0
        calls[site] += 1
        distinct.setdefault(site, set()).add((p, flags))
        if (p, flags) in seen:
            again[site] += 1
        seen.add((p, flags))
        return got

    rc.compile = counted
    try:
        for it in items[1:]:
            work(it).to_json(include_raw=False)
    finally:
        rc.compile = orig
    print(f"{len(items) - 1} articles: {sum(calls.values())} compiles, {len(seen)} distinct, "
          f"{sum(again.values())} of a pattern compiled before, {sum(secs.values()):.3f} s compiling")
    print("| compiles | distinct | again | s | where |\n|---|---|---|---|---|")
    for site, c in calls.most_common(top):
        print(f"| {c} | {len(distinct[site])} | {again[site]} | {secs[site]:.3f} | `{site}` |")


def _timex(items: list) -> None:
    from rasd.analyse.time import timex

    texts = [it.text for it in items]
    for t in texts[:5]:
        timex.find(t)
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for t in texts:
            timex.find(t)
        best = min(best, time.process_time() - t0)
    print(f"timex.find over {len(texts)} articles: {best:.3f} CPU s (best of 3)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("compiles", "timex"))
    ap.add_argument("-n", type=int, default=0, help="articles (default 1000 for compiles, 600 for timex)")
    ap.add_argument("--src", default="", help="a folder holding rasd/ (default: this tree's src/)")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    args.n = args.n or (1000 if args.mode == "compiles" else 600)
    items = _texts(args)
    if not items:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    if args.mode == "compiles":
        _compiles(items, args.top)
    else:
        _timex(items)
    return 0


if __name__ == "__main__":
    sys.exit(main())

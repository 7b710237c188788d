"""Where the pipeline's time goes, by sampling (py-spy): a loop to record, and a report of the record.

    py-spy record -r 200 -f raw -o prof.raw -- python3 benchmarks/profile_pipeline.py run [-n 600] [--src DIR]
    python3 benchmarks/profile_pipeline.py report prof.raw [--top 30]

``run``: the sample of ``bench_pipeline.py`` (every k-th SaudiNewsNet JSONL line, ``-n`` of them,
from ``../shared``; skipped when absent), every layer, one warm-up article first (model loading is
cold start), then ``process_item`` + the JSON of each record inside :func:`measured_loop`, after
the collector freeze of ``rasd process`` (``rasd.parallel.map_ordered`` does the same). ``--src``:
a folder holding ``rasd/`` (a copy of ``src/`` at another commit) instead of this tree's.

``report``: reads py-spy's raw output (one ``frame;frame;… count`` line per stack) and prints,
as shares of the samples under ``measured_loop``: the functions by own samples (the innermost
frame), by cumulative samples (anywhere on the stack, once per stack), and the rasd modules by
the innermost rasd frame (time spent in C code called from a module counts as that module's).
py-spy samples wall-clock stacks of the process: on a loaded machine read the shares, not seconds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_FRAME = re.compile(r"(\S+) \((.*?):(\d+)\)")
_LOOP = re.compile(r"(?:\S+\.)?measured_loop ")  # py-spy names a nested function _run.<locals>.measured_loop


def _run(args: argparse.Namespace) -> int:
    import functools
    import gc
    import tempfile
    import time

    sys.path.insert(0, args.src or str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_pipeline

    sample = Path(tempfile.mkdtemp(prefix="rasd-profile-")) / "sample.jsonl"
    if not bench_pipeline._sample(args.n, sample):
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    from rasd.pipeline import parse_layers, process_item
    from rasd.read import iter_items

    items = [it for it in iter_items([str(sample)]) if not it.skip]
    work = functools.partial(process_item, layers=parse_layers("all"), keep_raw=False)
    work(items[0])
    gc.collect()
    gc.freeze()

    def measured_loop() -> None:
        for it in items:
            work(it).to_json(include_raw=False)

    t0 = time.process_time()
    measured_loop()
    cpu = time.process_time() - t0
    print(f"{len(items)} articles, {cpu:.2f} CPU s, {len(items) / cpu:.1f} per CPU-second", file=sys.stderr)
    return 0


def _key(frame: str) -> str:
    m = _FRAME.match(frame.strip())
    return f"{m.group(2).split('/src/')[-1]}:{m.group(1)}" if m else frame.strip()


def _report(args: argparse.Namespace) -> int:
    own: Counter[str] = Counter()
    cum: Counter[str] = Counter()
    mods: Counter[str] = Counter()
    total = 0
    for line in Path(args.raw).read_text(encoding="utf-8").splitlines():
        stack, _, n = line.rpartition(" ")
        frames = stack.split(";")
        at = next((i for i, f in enumerate(frames) if _LOOP.match(f.strip())), None)
        if at is None or not n.isdigit():
            continue
        frames, count = frames[at + 1:], int(n)
        total += count
        keys = [_key(f) for f in frames] or ["measured_loop"]
        own[keys[-1]] += count
        for k in set(keys):
            cum[k] += count
        mod = next((k.split(":")[0] for k in reversed(keys) if k.startswith("rasd/")), "other")
        mods[mod] += count
    if not total:
        print(f"{args.raw}: no samples under measured_loop (record `profile_pipeline.py run` with py-spy -f raw)")
        return 1
    for title, table in (("own", own), ("cumulative", cum), ("module (innermost rasd frame)", mods)):
        print(f"\n### {title}, share of {total} samples\n")
        for k, v in table.most_common(args.top):
            print(f"{100 * v / total:5.1f} %  {k}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run", help="process a SaudiNewsNet sample, every layer (record it with py-spy)")
    run.add_argument("-n", type=int, default=600, help="articles (default 600)")
    run.add_argument("--src", help="a folder holding rasd/ (default: this tree's src/)")
    rep = sub.add_parser("report", help="shares of a py-spy raw record")
    rep.add_argument("raw")
    rep.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    return _run(args) if args.cmd == "run" else _report(args)


if __name__ == "__main__":
    sys.exit(main())

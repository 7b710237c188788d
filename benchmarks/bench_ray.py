"""Ray engine scaling: the same SaudiNewsNet sample on a local Ray with 1 and then 2 worker CPUs.

    python benchmarks/bench_ray.py [-n 300] [--layers all] [--cpus 1,2]

Each setting runs in a fresh process (``ray.init(num_cpus=N)``), so worker processes load the
models anew; the time reported is the pipeline stage (read, process, write shards) after Ray
has started, and the records of every setting must be the same. Needs ``rasd[ray]`` and
``../shared`` (skipped when absent).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _one(src: str, sample: str, out: str, cpus: int, layers: str) -> dict:
    code = (
        "import json, sys, time, ray\n"
        f"ray.init(num_cpus={cpus}, include_dashboard=False, logging_level='ERROR', log_to_driver=False)\n"
        "from rasd.engines import ray_engine\n"
        "from rasd.pipeline import parse_layers\n"
        f"s = ray_engine.run([{sample!r}], {out!r}, layers=parse_layers({layers!r}), stories=False)\n"
        "print(json.dumps(s))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         env={**os.environ, "PYTHONPATH": src})
    if res.returncode:
        raise SystemExit(res.stderr[-3000:])
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300)
    ap.add_argument("--layers", default="all")
    ap.add_argument("--cpus", default="1,2")
    args = ap.parse_args()
    from bench_pipeline import _sample

    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-ray-"))
    # A copy of the code: edits made while the benchmark runs cannot make two settings differ.
    import shutil

    src = str(tmp / "src")
    shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    # Four shards, so that two workers have something to share from the start.
    sample = tmp / "all.jsonl"
    n = _sample(args.n, sample)
    if not n:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    shards = tmp / "shards"
    shards.mkdir()
    lines = sample.read_text(encoding="utf-8").splitlines()
    for k in range(4):
        (shards / f"part{k}.jsonl").write_text("\n".join(lines[k::4]) + "\n", encoding="utf-8")
    print(f"{n} SaudiNewsNet articles in 4 shards, layers {args.layers}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| Ray CPUs | pipeline s | articles/s | speed-up | records as with 1 CPU |")
    print("|---|---|---|---|---|")
    first = None
    records0 = None
    for cpus in [int(c) for c in args.cpus.split(",")]:
        out = tmp / f"out{cpus}"
        s = _one(src, str(shards), str(out), cpus, args.layers)
        import pyarrow.parquet as pq

        recs = [r for f in sorted((out / "records").glob("*.parquet")) for r in pq.read_table(f).column("record")
                .to_pylist()]
        records0 = records0 if records0 is not None else recs
        first = first or s["pipeline_seconds"]
        print(f"| {cpus} | {s['pipeline_seconds']:.1f} | {s['articles'] / s['pipeline_seconds']:.1f} "
              f"| {first / s['pipeline_seconds']:.2f}× | {recs == records0} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

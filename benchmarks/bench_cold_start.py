"""Cold start of ``rasd process`` on the bundled seed article (target: < 1 s).

Runs the command as a fresh process several times and prints the median wall
time. Usage: ``python benchmarks/bench_cold_start.py [--runs 7] [--file examples/seed.txt]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--file", default=str(ROOT / "examples" / "seed.txt"))
    args = ap.parse_args()
    cmd = [sys.executable, "-m", "rasd.cli", "process", "--format", "json", args.file]
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode:
            print(proc.stderr.decode(), file=sys.stderr)
            return 1
    print(f"rasd process {Path(args.file).name}: cold start median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

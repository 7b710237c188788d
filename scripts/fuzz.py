"""Run the fuzz properties of ``tests/test_robust_fuzz.py`` for many examples (issue 15).

    nice -n 19 python3 scripts/fuzz.py --total 100000 --minutes 25 --out fuzz_report.json

The total is shared out over the properties by weight (the cheap decoder gets
more); each property runs in rounds of ``RASD_FUZZ_EXAMPLES`` (default 500)
random examples until its share or the time budget is spent, so a run cut short still
says how many examples ran. The budget is CPU time (of this process) and,
with ``--wall-minutes``, wall-clock time too (a niced run on a busy machine
gets little CPU), each split evenly over the properties still to run.
Failures (the falsifying example and the error) are collected, not raised. Prints and writes a JSON report: examples per
property, seconds, failures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
ROUND = int(os.environ.setdefault("RASD_FUZZ_EXAMPLES", "500"))  # examples per Hypothesis run

import test_robust_fuzz as fz  # noqa: E402

TARGETS = {  # property -> share of the total (the decoder is ~10x cheaper than the others)
    "test_fuzz_decode_decodes_or_refuses": 0.6,
    "test_fuzz_duplicates_partition": 0.15,
    "test_fuzz_process_one_file": 0.15,
    "test_fuzz_ingest_every_line_accounted_for": 0.1,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--total", type=int, default=100_000)
    ap.add_argument("--minutes", type=float, default=25.0, help="CPU-time budget for the whole run")
    ap.add_argument("--wall-minutes", type=float, default=None,
                    help="also stop at this wall-clock budget (a niced run on a busy machine gets little CPU)")
    ap.add_argument("--out", default="fuzz_report.json")
    args = ap.parse_args()
    t_end = time.process_time() + args.minutes * 60
    w_end = time.time() + (args.wall_minutes * 60 if args.wall_minutes else 10**9)
    report: dict[str, dict] = {}
    budget_per = {name: int(args.total * share) for name, share in TARGETS.items()}
    for name, want in budget_per.items():
        # each property gets its share of the remaining time
        left = [n for n in TARGETS if n not in report]
        t_stop = time.process_time() + (t_end - time.process_time()) / len(left)
        w_stop = time.time() + (w_end - time.time()) / len(left)
        test = getattr(fz, name)
        ran, failures, t0, c0 = 0, [], time.time(), time.process_time()
        while ran < want and time.process_time() < t_stop and time.time() < w_stop:
            fz.COUNT["examples"] = 0
            try:
                test()
            except Exception as exc:  # noqa: BLE001 - a failure is recorded, the run goes on
                failures.append({"error": f"{type(exc).__name__}: {str(exc)[:500]}",
                                 "trace": traceback.format_exc()[-3000:]})
            ran += fz.COUNT["examples"]
            print(f"{name}: {ran} examples, {len(failures)} failure(s), {time.time() - t0:.0f} s", flush=True)
        report[name] = {"examples": ran, "wanted": want, "wall_seconds": round(time.time() - t0, 1),
                        "cpu_seconds": round(time.process_time() - c0, 1), "failures": failures}
    total = sum(r["examples"] for r in report.values())
    summary = {"total_examples": total, "total_failures": sum(len(r["failures"]) for r in report.values()),
               "properties": report}
    Path(args.out).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "properties"}))
    return 1 if summary["total_failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

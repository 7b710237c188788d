"""End-to-end speed of ``rasd process --layers none`` on SaudiNewsNet, against a plain line split.

Usage:  python3 benchmarks/bench_process.py [--repeat N] [--profile] [--no-corpus-evidence]

Runs the command itself in this process (``rasd.cli.main``: reading the JSONL
files, corpus evidence on by default, language identification, repair, JSONL
written to a temporary file; one job) and, in the same run, a plain baseline
over the same files: ``json.loads`` each line, split the text at newlines,
``json.dumps`` the lines to a file. Both are timed in CPU seconds of this
process (one core), interleaved, best of ``--repeat`` each. Prints articles/s for each and the
ratio, which says how the command compares to the cheapest possible pass on
whatever machine it runs on. The target is >= 2,000 articles/s per core.
``--profile`` prints the cProfile top 25 of one command run.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def plain_split(files: list[str], out_path: str) -> int:
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for f in files:
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    d = json.loads(line)
                    lines = [ln.strip() for ln in (d.get("content") or "").split("\n") if ln.strip()]
                    if lines:
                        out.write(json.dumps({"title": d.get("title"), "paragraphs": lines}, ensure_ascii=False) + "\n")
                        n += 1
    return n


def command(args: list[str]) -> int:
    from rasd.cli import main

    with contextlib.redirect_stderr(io.StringIO()):
        code = main(args)
    if code not in (0, 1):  # 1: some articles skipped (empty texts), as SaudiNewsNet has
        raise SystemExit(f"rasd process exited with {code}")
    return code


def timed(fn, *a):  # type: ignore[no-untyped-def]
    t = time.process_time()
    fn(*a)
    return time.process_time() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-corpus-evidence", action="store_true")
    a = ap.parse_args()
    files = sorted(glob.glob(str(DATA / "*" / "*.jsonl")))
    if not files:
        print(f"SaudiNewsNet not found at {DATA}", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        argv = ["process", "--layers", "none", "--jobs", "1", "--no-progress", "-o", out, *files]
        if a.no_corpus_evidence:
            argv.insert(1, "--no-corpus-evidence")
        command(argv)  # warm: imports, lingua model, caches
        n_plain = plain_split(files, out)
        # Interleaved, so both see the same load on a shared machine; best of each.
        t_cmd = t_plain = float("inf")
        n_cmd = 0
        for _ in range(a.repeat):
            t_cmd = min(t_cmd, timed(command, argv))
            with open(out, encoding="utf-8") as fh:
                n_cmd = sum(1 for _ in fh)
            t_plain = min(t_plain, timed(plain_split, files, out))
        if a.profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.runcall(command, argv)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    evidence = "off" if a.no_corpus_evidence else "on"
    print(f"rasd process --layers none (corpus evidence {evidence}): {n_cmd} articles in {t_cmd:.2f} s CPU "
          f"= {n_cmd / t_cmd:,.0f} articles/s per core")
    print(f"plain line split + JSON: {n_plain} articles in {t_plain:.2f} s CPU = {n_plain / t_plain:,.0f} articles/s")
    print(f"ratio: the command runs at {(n_cmd / t_cmd) / (n_plain / t_plain):.3f} of the plain split's speed "
          f"(best of {a.repeat})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

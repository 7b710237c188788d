"""Are two versions of the code output-identical? Records compared byte for byte on real news.

    python benchmarks/check_identical.py --baseline REF_OR_FOLDER [--now FOLDER] [-n 300] [--ant 300]
                                         [--layers all]

A speed change must not change a single record. This runs the pipeline (``--layers``, default
every layer) over a fixed sample of ``-n`` SaudiNewsNet articles (every k-th JSONL line over all
outlets and days, as ``bench_pipeline.py``) and ``--ant`` ANT articles (every k-th line of
``../shared/data/news/ant-dev/*.jsonl``), once with the baseline code and once with the code to
check, each in a fresh process (``bench_pipeline.py --worker``), and compares the JSON records
(without ``raw``) line by line. It prints, per corpus, the number of records differing and the
CPU seconds of each side (a rough speed ratio; ``bench_pipeline.py`` is the speed benchmark),
and the first differing record's id. Exit status 1 when any record differs.

``--baseline``: a folder holding ``rasd/`` (e.g. a copy of ``src/`` taken before a change) or a
git ref (extracted with ``git archive``). ``--now``: a folder holding ``rasd/``; default a copy
of the working tree's ``src/`` taken at the start (so others' edits during the run cannot split
it). Comparing a copy of the tree with the same copy plus one's own files isolates one's own
change while other people edit other modules. Skips cleanly when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pipeline as bp  # noqa: E402 - the sibling benchmark: sampling and the worker process


def _ant_sample(n: int, dest: Path) -> int:
    folder = ROOT.parent / "shared" / "data" / "news" / "ant-dev"
    files = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    lines = [ln for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if not lines or n <= 0:
        return 0
    chosen = lines[:: max(1, len(lines) // n)][:n]
    dest.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return len(chosen)


def _source(spec: str, tmp: Path, name: str) -> str:
    """A folder holding ``rasd/`` for ``spec`` (a folder, or a git ref extracted into ``tmp``)."""
    if Path(spec, "rasd").is_dir():
        return str(Path(spec).resolve())
    dest = tmp / name
    dest.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", spec, "src"], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return str(dest / "src")


def _first_diff(a: Path, b: Path) -> str:
    for x, y in zip(a.read_text(encoding="utf-8").splitlines(), b.read_text(encoding="utf-8").splitlines(),
                    strict=False):
        if x != y:
            try:
                return json.loads(x).get("id", "?")
            except ValueError:
                return x[:80]
    return ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, help="a folder holding rasd/, or a git ref")
    ap.add_argument("--now", help="a folder holding rasd/ (default: a copy of the working tree's src/)")
    ap.add_argument("-n", type=int, default=300, help="SaudiNewsNet articles (default 300)")
    ap.add_argument("--ant", type=int, default=300, help="ANT articles (default 300)")
    ap.add_argument("--layers", default="all", help="layer setting, as rasd process --layers (default all)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="rasd-check-identical-"))
    base_src = _source(args.baseline, tmp, "base")
    now_src = str(tmp / "now")
    shutil.copytree(args.now or ROOT / "src", now_src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    samples = [("SaudiNewsNet", bp._sample(args.n, tmp / "snn.jsonl"), tmp / "snn.jsonl"),
               ("ANT", _ant_sample(args.ant, tmp / "ant.jsonl"), tmp / "ant.jsonl")]
    samples = [s for s in samples if s[1]]
    if not samples:
        print("../shared corpora absent: skipped")
        return 0
    bad = 0
    for name, n, sample in samples:
        b = bp._run(base_src, sample, args.layers, tmp / f"{name}-base.jsonl")
        c = bp._run(now_src, sample, args.layers, tmp / f"{name}-now.jsonl")
        d = bp._diff(tmp / f"{name}-base.jsonl", tmp / f"{name}-now.jsonl")
        bad += d
        first = f"; first differing: {_first_diff(tmp / f'{name}-base.jsonl', tmp / f'{name}-now.jsonl')}" if d else ""
        print(f"{name}: {d} of {n} records differ (layers {args.layers}); CPU s baseline {b['cpu']:.1f}, "
              f"now {c['cpu']:.1f}{first}", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

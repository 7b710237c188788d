"""Pipeline speed per layer on SaudiNewsNet, today's code against a baseline, records compared.

    python benchmarks/bench_pipeline.py [-n 1000] [--baseline REF] [--layers none,entities,…]
                                        [--jobs 2] [--profile] [--top 25]

1. A fixed sample: every k-th line of the SaudiNewsNet JSONL files (sorted paths), ``-n`` of them,
   so every outlet and day is in it (``../shared``; skipped when absent). Written to a temporary file.
2. For each layer setting, the sample is processed by the code of ``--baseline`` (a git ref,
   default ``HEAD``, extracted with ``git archive`` into a temporary folder) and by the working
   tree, each in a fresh process, alternately, after one warm-up article (model loading is
   cold start, measured by ``bench_cold_start.py``). Records (JSON, without ``raw``) are written
   to files and compared byte for byte; the table gives CPU seconds (this process and its
   workers), wall seconds, articles per CPU second (= per core) and the ratio to the baseline.
   CPU time is the figure to trust on a shared machine: wall time counts other people's jobs.
3. ``--jobs N`` adds the working tree run with N processes (:mod:`rasd.parallel`): the same
   records are required, and the wall-time speed-up over one job is reported.
   A busy loop in N processes against one gives the machine's own scaling at that moment, the
   reference for the speed-up (on a shared or throttled machine it is well below N).
4. ``--profile`` runs the working tree once more under cProfile (all layers) and prints each
   layer's cumulative share, the own time grouped by layer (code outside rasd counted in its
   callers' layers), and the top entries by own time and by cumulative time.

Needs nothing but the repository and ``../shared``; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = {"repair only": "none", "entities": "entities", "dates": "dates", "quotes (+entities)": "quotes",
            "everything": "all"}


def _sample(n: int, dest: Path) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from rasd.eval.duplicates import shared_corpus

    corpus = shared_corpus()
    if corpus is None:
        return 0
    lines = [ln for f in sorted(corpus.rglob("*.jsonl")) for ln in f.read_text(encoding="utf-8").splitlines()
             if ln.strip()]
    step = max(1, len(lines) // n)
    chosen = lines[::step][:n]
    dest.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return len(chosen)


def _worker(args: argparse.Namespace) -> int:
    """Run in a fresh process with ``--src`` first on sys.path: process the sample, time it."""
    sys.path.insert(0, args.src)
    import functools
    import resource

    import rasd
    from rasd.pipeline import parse_layers, process_item
    from rasd.read import iter_items

    assert rasd.__file__.startswith(args.src), rasd.__file__
    layers = parse_layers(args.layers)
    items = list(iter_items([args.sample]))
    work = functools.partial(process_item, layers=layers, keep_raw=False)
    t0 = time.perf_counter()
    work(items[0])  # warm-up: loads the models (not counted)
    warm_s = time.perf_counter() - t0
    prof = None
    if args.profile_out:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    c0, w0 = time.process_time(), time.perf_counter()
    out: list[str] = []
    # The loop of ``rasd process``: rasd.parallel.map_ordered, with one job or several (errors come
    # back as values and are recorded as lines, compared like the records).
    from rasd.parallel import map_ordered

    for _, art in map_ordered(work, items, max(1, args.jobs)):
        out.append(art.to_json(include_raw=False) if not isinstance(art, BaseException) else f"ERROR {art!r}")
    wall = time.perf_counter() - w0
    own = time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own + kids.ru_utime + kids.ru_stime
    if prof is not None:
        prof.disable()
        prof.dump_stats(args.profile_out)
    Path(args.out).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(json.dumps({"n": len(items), "cpu": cpu, "own_cpu": own, "wall": wall, "warm": warm_s}))
    return 0


def _run(src: str, sample: Path, layers: str, out: Path, jobs: int = 1, profile_out: str = "") -> dict:
    cmd = [sys.executable, __file__, "--worker", "--src", src, "--sample", str(sample), "--layers", layers,
           "--out", str(out), "--jobs", str(jobs)] + (["--profile-out", profile_out] if profile_out else [])
    env = {**os.environ, "PYTHONPATH": src}
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if res.returncode != 0:
        raise SystemExit(f"worker failed ({src}, {layers}):\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i * i % 7
    return x


def _busy_scaling(jobs: int, n: int = 3_000_000) -> float:
    """Wall-clock throughput of ``jobs`` processes spinning a pure-Python loop, relative to one:
    what the machine offers parallel work at this moment (other people's jobs included)."""
    import multiprocessing as mp

    def wall(k: int) -> float:
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        procs = [ctx.Process(target=_spin, args=(n,)) for _ in range(k)]
        t0 = time.perf_counter()
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        return time.perf_counter() - t0

    one, many = min(wall(1) for _ in range(2)), min(wall(jobs) for _ in range(2))
    return jobs * one / many


def _diff(a: Path, b: Path) -> int:
    la, lb = a.read_text(encoding="utf-8").splitlines(), b.read_text(encoding="utf-8").splitlines()
    return sum(x != y for x, y in zip(la, lb, strict=False)) + abs(len(la) - len(lb))


# Entry points whose cumulative time is a layer's (or a part's) share of the pipeline's profile.
_PARTS = [("repair", "rasd/pipeline.py", "repair_only"),
          ("entities (all below)", "entities/layer.py", "annotate"),
          ("· NER tagging (features + CRF)", "ner/tagger.py", "tag_text"),
          ("· · CRF: feature ids and decoding", "ner/crfnp.py", "tag"),
          ("· · · features of new word types", "ner/crfnp.py", "_describe"),
          ("· · document propagation", "ner/document.py", "propagate"),
          ("· entity span repair", "entities/spans.py", "repair_spans"),
          ("· entity tokens", "entities/tokens.py", "build_tokens"),
          ("· coreference", "coref/__init__.py", "resolve"),
          ("events", "events/layer.py", "annotate"),
          ("time expressions", "time/layer.py", "annotate"),
          ("· the rule scan (timex.find)", "time/timex.py", "find"),
          ("quotes", "quotes/finder.py", "annotate"),
          ("JSON of the record", "rasd/record.py", "to_json")]


def _layer_shares(path: str) -> None:
    """Print each part's cumulative time as a share of ``process_item`` + ``to_json``."""
    import pstats

    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]

    def cum(file_end: str, name: str) -> float:
        return sum(v[3] for (f, _ln, fn), v in stats.items() if f.endswith(file_end) and fn == name)

    total = cum("rasd/pipeline.py", "process_item") + cum("rasd/record.py", "to_json")
    print(f"\n### Shares of the profiled time ({total:.1f} s: process_item + to_json)\n")
    print("| part | cumulative s | share |\n|---|---|---|")
    for label, file_end, name in _PARTS:
        t = cum(file_end, name)
        print(f"| {label} | {t:.2f} | {100 * t / total:.1f} % |")


def _layer_of(file: str) -> str | None:
    """The layer (a subpackage of rasd.analyse, or rasd's own folder/module) a profiled file is in."""
    f = file.replace("\\", "/")
    if "/rasd/" not in f:
        return None
    rel = f.rsplit("/rasd/", 1)[1]
    parts = rel.split("/")
    if parts[0] == "analyse" and len(parts) > 2:
        return parts[1]
    return parts[0].removesuffix(".py")


def _own_by_layer(path: str) -> None:
    """Own (not cumulative) time grouped by layer: a function's own time goes to the layer of its
    file; code outside rasd (C built-ins such as ``re`` scans and ``dict.get``, the standard
    library, numpy) goes to the layers of its callers, in proportion to the time of each call edge."""
    import pstats

    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    memo: dict = {}

    def shares(key, depth: int = 0) -> dict[str, float]:  # noqa: ANN001 - a pstats function key
        """How one second of ``key``'s own time divides among layers."""
        if key in memo:
            return memo[key]
        layer = _layer_of(key[0])
        if layer is not None or depth > 8:
            got = {layer or "other": 1.0}
        else:
            callers = stats[key][4]
            total = sum(edge[2] for edge in callers.values()) or 0.0
            got = {}
            for ck, edge in callers.items():
                w = edge[2] / total if total else 1 / max(1, len(callers))
                for lay, x in shares(ck, depth + 1).items() if ck in stats else (("other", 1.0),):
                    got[lay] = got.get(lay, 0.0) + w * x
            got = got or {"other": 1.0}
        memo[key] = got
        return got

    own: dict[str, float] = {}
    for key, (_cc, _nc, tt, _ct, _callers) in stats.items():
        for lay, x in shares(key).items():
            own[lay] = own.get(lay, 0.0) + tt * x
    total = sum(own.values())
    print(f"\n### Own time by layer ({total:.1f} s profiled; code outside rasd counted in its callers' layers)\n")
    print("| layer | own s | share |\n|---|---|---|")
    for lay, t in sorted(own.items(), key=lambda kv: -kv[1]):
        if t >= 0.005 * total:
            print(f"| {lay} | {t:.2f} | {100 * t / total:.1f} % |")


def _print_profile(path: str, top: int) -> None:
    import pstats

    _layer_shares(path)
    _own_by_layer(path)
    for key in ("tottime", "cumulative"):
        print(f"\n### cProfile, everything, top {top} by {key}\n\n```")
        st = pstats.Stats(path, stream=sys.stdout)
        st.strip_dirs().sort_stats(key).print_stats(top)
        print("```")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="articles in the sample (default 1000)")
    ap.add_argument("--baseline", default="HEAD",
                    help="code to compare with: a git ref (default HEAD) or a folder holding rasd/ (a copy of src/)")
    ap.add_argument("--layers", default=",".join(SETTINGS.values()),
                    help="comma list of settings among none,entities,dates,quotes,all")
    ap.add_argument("--now", help="the code to measure: a folder holding rasd/ (default: the working tree's src/)")
    ap.add_argument("--jobs", type=int, default=0, help="also run the working tree with this many processes")
    ap.add_argument("--profile", action="store_true", help="cProfile the working tree (all layers)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", help=argparse.SUPPRESS)
    ap.add_argument("--sample", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--profile-out", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return _worker(args)

    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-pipeline-"))
    # The working tree as it is now: a copy, so that edits made while the benchmark runs (other
    # people's) cannot make two runs of "now" differ.
    import shutil

    now_src = str(tmp / "now" / "src")
    shutil.copytree(args.now or ROOT / "src", now_src, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    sample = tmp / "sample.jsonl"
    n = _sample(args.n, sample)
    if not n:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    if Path(args.baseline, "rasd").is_dir():  # a source folder (e.g. a copy of src/ before a change)
        base_src, rev = str(Path(args.baseline).resolve()), "folder"
    else:
        base = tmp / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "src"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        base_src = str(base / "src")
        # Modules of src/ that the ref lacks (work in progress was committed before its new module,
        # so the ref's code may import one): copied in from the working tree, and named, so the
        # baseline runs at all. A module the ref does not import is never loaded.
        present = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--cached", "--others", "--exclude-standard",
                                  "src"], capture_output=True, text=True, check=True).stdout.split()
        # Only into packages the ref has: a new package (analyse/events/) would shadow a module.
        added = [f for f in present if f.endswith(".py") and not (base / f).exists() and (ROOT / f).exists()
                 and (base / f).parent.is_dir()]
        for f in added:
            (base / f).parent.mkdir(parents=True, exist_ok=True)
            (base / f).write_bytes((ROOT / f).read_bytes())
        if added:
            print(f"(modules missing in the baseline, copied from the working tree: {', '.join(added)})")
        rev = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.baseline],
                             capture_output=True, text=True, check=True).stdout.strip()
    print(f"{n} SaudiNewsNet articles; baseline {args.baseline} ({rev}) vs working tree; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    print("| layers | baseline CPU s | now CPU s | now wall s | now articles/CPU-s | speed-up (CPU) "
          "| records differing |")
    print("|---|---|---|---|---|---|---|")
    wanted = args.layers.split(",")
    for name, spec in SETTINGS.items():
        if spec not in wanted:
            continue
        b = _run(base_src, sample, spec, tmp / f"base-{spec}.jsonl")
        c = _run(now_src, sample, spec, tmp / f"now-{spec}.jsonl")
        d = _diff(tmp / f"base-{spec}.jsonl", tmp / f"now-{spec}.jsonl")
        print(f"| {name} | {b['cpu']:.1f} | {c['cpu']:.1f} | {c['wall']:.1f} | {n / c['cpu']:.0f} "
              f"| {b['cpu'] / c['cpu']:.2f}× | {d} of {n} |", flush=True)
    if args.jobs > 1:
        spec = "all" if "all" in wanted else wanted[-1]
        one = _run(now_src, sample, spec, tmp / "j1.jsonl")
        many = _run(now_src, sample, spec, tmp / "jn.jsonl", jobs=args.jobs)
        d = _diff(tmp / "j1.jsonl", tmp / "jn.jsonl")
        # On an idle machine the workers share the work and the parent (reading, 8 warm-up
        # articles, pickling) runs beside them: wall ≈ max(parent, workers / N).
        workers = many["cpu"] - many["own_cpu"]
        bound = one["cpu"] / max(many["own_cpu"], workers / args.jobs)
        print(f"\n--jobs {args.jobs} ({spec}): wall {one['wall']:.1f} s → {many['wall']:.1f} s, "
              f"speed-up {one['wall'] / many['wall']:.2f}×; CPU {one['cpu']:.1f} s → {many['cpu']:.1f} s "
              f"(parent {many['own_cpu']:.1f} s, workers {workers:.1f} s); speed-up on {args.jobs} idle cores "
              f"from these CPU times: {bound:.2f}×; records differing from one job: {d} of {n}")
        busy = _busy_scaling(args.jobs)
        print(f"machine reference: a pure-Python busy loop in {args.jobs} processes runs {busy:.2f}× the work "
              f"of one process per wall second right now (the most --jobs {args.jobs} can reach here)")
    if args.profile:
        prof = str(tmp / "pipeline.prof")
        _run(now_src, sample, "all", tmp / "prof.jsonl", profile_out=prof)
        _print_profile(prof, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

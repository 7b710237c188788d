"""Stories and storylines of the whole of ant-dev after ingest; time the story step itself.

    python3 benchmarks/bench_stories.py [--layers none|entities|all] [--db /tmp/rasd-bench-ant.db] [--reuse]

Ingests ../shared/data/news/ant-dev (9,673 articles) into a fresh database (``--reuse``
keeps an existing one) with the analysis layers the stories need — none by default: the
engine reads title, text, publication time and the near-duplicate pairs, and uses
entities only when a layer stored them — then builds the stories as ``rasd stories``
does (:func:`rasd.corpus.collect.stories_from_db`: reading the records included) and the
storylines on top. Reports wall and CPU seconds of each step (the story step runs in
this one process, i.e. on one core). Skips when ant-dev is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

# appended, not put first: a baseline run as `PYTHONPATH=/tmp/base/src python3 benchmarks/bench_stories.py`
# must time that copy, not this tree (the tree is only the fallback when rasd is not installed)
sys.path.append(str(Path(__file__).resolve().parents[1] / "src"))

from rasd.corpus.backend import open_store  # noqa: E402
from rasd.corpus.collect import story_docs  # noqa: E402
from rasd.corpus.ingest import ingest  # noqa: E402
from rasd.corpus.stories import stories_and_prepared  # noqa: E402
from rasd.corpus.storylines import build_storylines  # noqa: E402
from rasd.eval.stories import ant_corpus  # noqa: E402
from rasd.pipeline import parse_layers  # noqa: E402


def _timed(fn, *a, **k):  # type: ignore[no-untyped-def]
    w, c = time.perf_counter(), time.process_time()
    out = fn(*a, **k)
    return out, time.perf_counter() - w, time.process_time() - c


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", default="none")
    ap.add_argument("--db", default="/tmp/rasd-bench-ant.db")
    ap.add_argument("--reuse", action="store_true", help="keep an existing database (skip the ingest)")
    args = ap.parse_args()
    corpus = ant_corpus()
    if corpus is None:
        print("ant-dev absent (../shared/data/news/ant-dev): skipped")
        return 0
    report: dict[str, object] = {"layers": args.layers}
    if not (args.reuse and os.path.exists(args.db)):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(args.db + suffix):
                os.remove(args.db + suffix)
        summary, wall, cpu = _timed(ingest, [str(corpus)], args.db, layers=parse_layers(args.layers), progress=False)
        report.update(ingested=summary.ingested, ingest_wall_s=round(wall, 1), ingest_cpu_s=round(cpu, 1))

    def load():  # type: ignore[no-untyped-def]
        with open_store(args.db, create=False) as store:
            return story_docs(store)

    (docs, dups), wall_r, cpu_r = _timed(load)
    (stories, prepared), wall_s, cpu_s = _timed(stories_and_prepared, docs, duplicate_pairs=dups)
    lines, wall_l, cpu_l = _timed(build_storylines, docs, stories=stories, prepared=prepared)
    report.update(articles=len(docs), duplicate_pairs=len(dups), stories=len(stories),
                  cross_outlet_stories=sum(1 for s in stories if len(s.outlets) > 1), storylines=len(lines),
                  read_wall_s=round(wall_r, 1), read_cpu_s=round(cpu_r, 1),
                  stories_wall_s=round(wall_s, 1), stories_cpu_s=round(cpu_s, 1),
                  story_step_wall_s=round(wall_r + wall_s, 1), story_step_cpu_s=round(cpu_r + cpu_s, 1),
                  storylines_wall_s=round(wall_l, 1), storylines_cpu_s=round(cpu_l, 1),
                  largest_story=max((len(s.members) for s in stories), default=0))
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

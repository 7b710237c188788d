"""Search latency on a SaudiNewsNet corpus database.

    rasd ingest ../shared/data/news/saudinewsnet --db /tmp/snn.db   # once
    python benchmarks/bench_search.py /tmp/snn.db [--runs 5]

Runs a fixed set of queries (single words, clitic forms, phrases, OR, NOT,
filters) through ``rasd.corpus.search.search`` (top 10 with snippets) and
prints the median and 95th-percentile latency in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.corpus.search import Filters, search  # noqa: E402
from rasd.corpus.store import Store  # noqa: E402

QUERIES: list[tuple[str, Filters | None]] = [
    ("الصين", None), ("والسعودية", None), ('"مجلس الوزراء"', None), ("داعش", None), ("النفط OR الغاز", None),
    ("الهلال النصر", None), ("ولي العهد", None), ("اليمن -عدن", None), ("أمريكا", None), ("الأمطار", None),
    ("بالرياض", None), ("للإغاثة", None), ('"خادم الحرمين الشريفين"', None), ("تفجير مسجد", None),
    ("الأسهم", Filters(sources=["aleqtisadiya"])), ("عسير", Filters(since="2015-08-10", until="2015-08-10")),
    ("وزير", Filters(sources=["okaz", "alriyadh"], since="2015-08-09")), ("السوبر", None), ("إيران", None),
    ("الحج", None),
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with Store(args.db, create=False) as store:
        n = store.count()
        search(store.conn, "تسخين")  # warm the page cache and regex tables
        times, hits = [], {}
        for _ in range(args.runs):
            for q, f in QUERIES:
                t0 = time.perf_counter()
                res = search(store.conn, q, f, limit=10)
                times.append((time.perf_counter() - t0) * 1000)
                hits[q] = len(res)
    times.sort()
    print(json.dumps({"articles": n, "queries": len(QUERIES), "runs": args.runs,
                      "median_ms": statistics.median(times), "p95_ms": times[int(0.95 * len(times)) - 1],
                      "max_ms": times[-1], "hits_per_query": hits}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

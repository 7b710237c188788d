"""Ingest all of SaudiNewsNet into a fresh database; report time, rate and database size.

    python benchmarks/bench_ingest.py [--layers all|none|…] [--db /tmp/snn.db]

Then re-ingests the same input to show that it adds nothing. Needs ../shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from rasd.corpus.ingest import ingest  # noqa: E402
from rasd.eval.duplicates import shared_corpus  # noqa: E402
from rasd.pipeline import parse_layers  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", default="all")
    ap.add_argument("--db", default="/tmp/rasd-bench-snn.db")
    args = ap.parse_args()
    corpus = shared_corpus()
    if corpus is None:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    t0 = time.perf_counter()
    first = ingest([str(corpus)], args.db, layers=parse_layers(args.layers), progress=False)
    t1 = time.perf_counter()
    again = ingest([str(corpus)], args.db, layers=parse_layers(args.layers), progress=False)
    t2 = time.perf_counter()
    print(json.dumps({"layers": args.layers, "cpus": os.cpu_count(), "first": first.to_dict(),
                      "first_seconds": t1 - t0, "articles_per_s": first.ingested / (t1 - t0),
                      "db_mb": first.db_bytes / 1e6, "db_bytes_per_article": first.db_bytes / max(first.ingested, 1),
                      "reingest": again.to_dict(), "reingest_seconds": t2 - t1}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

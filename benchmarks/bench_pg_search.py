"""PostgreSQL search against SQLite search on the same SaudiNewsNet sample and queries.

    python benchmarks/bench_pg_search.py --server 'postgresql://rasd@/postgres?host=/tmp/pg&port=5432' [-n 300]

Ingests ``-n`` SaudiNewsNet articles (every 20th JSONL line, layers none) into a fresh SQLite
file and into two fresh PostgreSQL databases created on ``--server`` (the default search
configuration, and ``RASD_PG_SEARCH=stem``), runs the queries below on all three, and prints a
Markdown table: hit sets equal to SQLite's, supersets, same top hit, hit counts, ingest times.
The databases are dropped at the end. Needs ``rasd[postgres]`` and ``../shared``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

QUERIES = ["الحكومة", "السعودية", "وزير الخارجية", "النفط", "الرياض", "الأمير محمد بن سلمان", "داعش", "اليمن",
           "الهلال", "التعليم", "الصحة", "مجلس الوزراء", "أسعار", "الإرهاب", "مكة المكرمة", "كرة القدم", "إيران",
           "الاتفاق النووي", "سوريا", "المرور"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--server", required=True, help="URL of a database on the server (used to create others)")
    ap.add_argument("-n", type=int, default=300)
    args = ap.parse_args()
    import psycopg

    from rasd.corpus.backend import open_store
    from rasd.corpus.ingest import ingest
    from rasd.eval.duplicates import shared_corpus

    corpus = shared_corpus()
    if corpus is None:
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    lines = [ln for f in sorted(corpus.rglob("*.jsonl")) for ln in f.read_text(encoding="utf-8").splitlines()
             if ln.strip()][::20][: args.n]
    tmp = Path(tempfile.mkdtemp(prefix="rasd-bench-pg-"))
    sample = tmp / "sample.jsonl"
    sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
    base, _, query = args.server.partition("?")
    names = ["rasd_bench_keys", "rasd_bench_stem"]
    with psycopg.connect(args.server, autocommit=True) as conn:
        for name in names:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
            conn.execute(f"CREATE DATABASE {name}")
    urls = [base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "") for name in names]
    dbs = {"sqlite": str(tmp / "s.db"), "rasd_keys": urls[0], "rasd_arabic": urls[1]}
    seconds = {}
    try:
        for kind, db in dbs.items():
            if kind == "rasd_arabic":
                os.environ["RASD_PG_SEARCH"] = "stem"
            t0 = time.perf_counter()
            ingest([str(sample)], db, layers=(), progress=False)
            seconds[kind] = time.perf_counter() - t0
            os.environ.pop("RASD_PG_SEARCH", None)
        stores = {k: open_store(db, create=False) for k, db in dbs.items()}
        ref = {q: [h.id for h in stores["sqlite"].search(q, limit=10_000)] for q in QUERIES}
        print(f"{len(lines)} SaudiNewsNet articles, {len(QUERIES)} queries; SQLite: "
              f"{sum(len(v) for v in ref.values())} hits, ingest {seconds['sqlite']:.1f} s\n")
        print("| PostgreSQL configuration | same hit set | superset | same top hit | hits | ingest s |")
        print("|---|---|---|---|---|---|")
        for kind in ("rasd_keys", "rasd_arabic"):
            got = {q: [h.id for h in stores[kind].search(q, limit=10_000)] for q in QUERIES}
            same = sum(set(got[q]) == set(ref[q]) for q in QUERIES)
            sup = sum(set(got[q]) >= set(ref[q]) for q in QUERIES)
            top = sum(got[q][:1] == ref[q][:1] for q in QUERIES)
            print(f"| {kind} | {same} / {len(QUERIES)} | {sup} / {len(QUERIES)} | {top} / {len(QUERIES)} "
                  f"| {sum(len(v) for v in got.values())} | {seconds[kind]:.1f} |")
        for st in stores.values():
            st.close()
    finally:
        with psycopg.connect(args.server, autocommit=True) as conn:
            for name in names:
                conn.execute(f"DROP DATABASE IF EXISTS {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

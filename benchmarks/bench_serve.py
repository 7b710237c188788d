"""Loopback load test of ``rasd serve``: a fixed number of requests from concurrent clients, then stop.

    rasd ingest ../shared/data/news/saudinewsnet --db /tmp/snn.db      # once
    python benchmarks/bench_serve.py /tmp/snn.db [--requests 600] [--clients 20] [--workers 1]

Starts ``rasd serve --db DB --port 0`` (127.0.0.1 only) in a subprocess, waits
for the URL it prints and for the stories it computes at start, warms it
with one request of each kind, then runs
``--requests`` requests from ``--clients`` threads (each a keep-alive
connection; closed loop: a client sends its next request when the last one
has answered). The mix cycles through: the search page (``/search?q=…``,
the query set of ``bench_search.py`` plus filters), the JSON search
(``/api/search``) and article pages of fixed-seed random articles. Prints
p50/p99/max latency in milliseconds per kind and overall, and throughput, as
JSON, with the server's CPU time per request (from /proc: a figure that,
unlike latency, does not grow when other jobs share the machine) and the load
average; then stops the server. Also measures one client alone (``--solo``
requests, default 100), the latency without queueing.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]

QUERIES: list[dict[str, str]] = [
    {"q": "الصين"}, {"q": "والسعودية"}, {"q": '"مجلس الوزراء"'}, {"q": "داعش"}, {"q": "النفط OR الغاز"},
    {"q": "الهلال النصر"}, {"q": "ولي العهد"}, {"q": "اليمن -عدن"}, {"q": "أمريكا"}, {"q": "الأمطار"},
    {"q": "بالرياض"}, {"q": "للإغاثة"}, {"q": '"خادم الحرمين الشريفين"'}, {"q": "تفجير مسجد"},
    {"q": "الأسهم", "outlet": "aleqtisadiya"}, {"q": "عسير", "since": "2015-08-10", "until": "2015-08-10"},
    {"q": "وزير", "outlet": "okaz", "since": "2015-08-09"}, {"q": "السوبر"}, {"q": "إيران"}, {"q": "الحج"},
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]


def summary(lat: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    out = {}
    for kind, xs in [*lat.items(), ("all", [x for v in lat.values() for x in v])]:
        if xs:
            out[kind] = {"n": len(xs), "p50_ms": round(statistics.median(xs), 1), "p99_ms": round(pct(xs, 99), 1),
                         "max_ms": round(max(xs), 1)}
    return out


def plan(db: str, n: int) -> list[tuple[str, str]]:
    """``n`` (kind, path) requests: search page, API search, article page in turn."""
    conn = sqlite3.connect(db)
    rowids = [r[0] for r in conn.execute("SELECT rowid FROM articles ORDER BY rowid")]
    conn.close()
    rnd = random.Random(16)
    out = []
    for i in range(n):
        q = QUERIES[(i // 3) % len(QUERIES)]
        kind = ("search_page", "search_api", "article_page")[i % 3]
        if kind == "search_page":
            out.append((kind, "/search?" + urlencode(q)))
        elif kind == "search_api":
            out.append((kind, "/api/search?" + urlencode(q)))
        else:
            out.append((kind, f"/article/{rnd.choice(rowids)}"))
    return out


def run_load(host: str, port: int, reqs: list[tuple[str, str]], clients: int) -> tuple[dict[str, list[float]], int,
                                                                                      float]:
    lock = threading.Lock()
    queue = list(reversed(reqs))
    lat: dict[str, list[float]] = {}
    errors = 0

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection(host, port, timeout=60)
        while True:
            with lock:
                if not queue:
                    break
                kind, path = queue.pop()
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                lat.setdefault(kind, []).append(dt)
                errors += not ok
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, errors, time.perf_counter() - t0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` and its worker children (Linux /proc), else 0."""
    total = 0.0
    try:
        tick = os.sysconf("SC_CLK_TCK")
        pids = [pid] + [int(c) for c in open(f"/proc/{pid}/task/{pid}/children").read().split()]
        for p in pids:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    except (OSError, ValueError):
        return 0.0
    return total


def wait_ready(host: str, port: int, seconds: float) -> bool:
    """Poll until the server (all of its workers starting) answers /api/overview."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            conn = http.client.HTTPConnection(host, port, timeout=5)
            conn.request("GET", "/api/overview")
            if conn.getresponse().status == 200:
                return True
        except (OSError, http.client.HTTPException):
            pass
        time.sleep(0.3)
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--solo", type=int, default=100, help="requests from one client first (no queueing)")
    ap.add_argument("--workers", type=int, default=1, help="server worker processes (rasd serve --workers)")
    args = ap.parse_args()
    cmd = [sys.executable, "-m", "rasd", "serve", "--db", args.db, "--port", "0", "--workers", str(args.workers)]
    server = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    try:
        line = server.stderr.readline() if server.stderr else ""
        m = re.search(r"http://(127\.0\.0\.1):(\d+)/", line)
        if not m:
            print(f"server did not start: {line.strip()}", file=sys.stderr)
            return 1
        host, port = m.group(1), int(m.group(2))
        if not wait_ready(host, port, 120):
            print("server did not answer within 120 s", file=sys.stderr)
            return 1
        # Steady state: the stories the server computes at start (in a child process) are done.
        for _ in range(600):
            c = http.client.HTTPConnection(host, port, timeout=60)
            c.request("GET", "/api/stories?size=1")
            if c.getresponse().status == 200:
                break
            time.sleep(1)
        warm = plan(args.db, 3 * len(QUERIES))
        run_load(host, port, warm, args.workers)
        solo, solo_err, _ = run_load(host, port, plan(args.db, args.solo), 1)
        cpu0 = cpu_seconds(server.pid)
        lat, errors, secs = run_load(host, port, plan(args.db, args.requests), args.clients)
        cpu = cpu_seconds(server.pid) - cpu0
        if errors or solo_err:
            print(f"{errors + solo_err} request(s) failed: latencies are not reported", file=sys.stderr)
            return 1
        conn = sqlite3.connect(args.db)
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        print(json.dumps({
            "articles": n, "requests": args.requests, "clients": args.clients, "workers": args.workers,
            "errors": errors + solo_err, "seconds": round(secs, 2), "requests_per_s": round(args.requests / secs, 1),
            "server_cpu_ms_per_request": round(1000 * cpu / args.requests, 1),
            "load_average": os.getloadavg()[0],
            "concurrent": summary(lat), "one_client": summary(solo),
        }, indent=1))
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())

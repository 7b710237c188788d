"""Throughput of the events layer on real articles (SaudiNewsNet, read from ../shared).

Runs repair and the layers before events once, then times ``events.annotate``
alone over the same articles (several rounds), and reports articles per second
and events per article, by the wall clock and per CPU second (the per-core rate,
which holds on a shared machine where the wall clock does not). Skips when the
shared data is absent.

    python benchmarks/bench_events.py [N_ARTICLES] [ROUNDS]
"""

from __future__ import annotations

import glob
import json
import sys
import time
from pathlib import Path

from rasd.analyse import events
from rasd.pipeline import analyse, repair_only

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main(n: int = 300, rounds: int = 3) -> int:
    files = sorted(glob.glob(str(SHARED / "data/news/saudinewsnet/*/*.jsonl")))
    if not files:
        print("bench_events: skipped, ../shared SaudiNewsNet data is absent")
        return 0
    arts = []
    t0 = time.perf_counter()
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                art = repair_only(d.get("content") or "", title=d.get("title"),
                                  published=(d.get("date_extracted") or "")[:10] or None)
                arts.append(analyse(art, ("entities", "dates", "quotes")))
                if len(arts) >= n:
                    break
        if len(arts) >= n:
            break
    prep = time.perf_counter() - t0
    chars = sum(len(a.text) for a in arts)
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for a in arts:
            events.annotate(a)
    dt = (time.perf_counter() - t0) / rounds
    cpu = (time.process_time() - c0) / rounds  # CPU seconds: the per-core rate on a shared, loaded machine
    n_events = sum(len(a.events) for a in arts)
    print(f"articles: {len(arts)} ({chars / len(arts):.0f} chars on average); earlier layers took {prep:.1f} s")
    print(f"events layer: {len(arts) / dt:.0f} articles/s, {chars / dt / 1e6:.2f} M chars/s "
          f"({dt * 1000 / len(arts):.1f} ms/article), {n_events / len(arts):.2f} events/article")
    print(f"events layer per CPU second (one core): {len(arts) / cpu:.0f} articles/s")
    evs = [e for a in arts for e in a.events]
    dated = [e for e in evs if e.date]
    pub = [e for e in dated if e.date_source == "published"]
    print(f"dates: {len(dated)}/{len(evs)} events dated ({len(dated) - len(pub)} from the text, "
          f"{len(pub)} the publication date of a happened/ongoing event); undated: "
          f"{sorted({e.status for e in evs if not e.date})}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*(int(x) for x in sys.argv[1:3])))

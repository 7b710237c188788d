#!/usr/bin/env python3
"""Publication-date inference on all of SaudiNewsNet, the metadata date withheld.

    python3 benchmarks/bench_published.py

Every article is repaired with its title but *without* its date, then
:func:`rasd.analyse.time.published.annotate` infers a date from the text alone. The
inferred date is compared with the day the article was collected
(``date_extracted``; outlets publish the same day or the evening before, so a
date one day earlier also counts as consistent). Prints how many articles got
a date, how many of those match the collection day exactly or within one day,
and the throughput. Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

from rasd.analyse.time import published
from rasd.pipeline import repair_only

SNN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def main() -> int:
    if not SNN.is_dir():
        print("bench_published: ../shared is absent; nothing to measure")
        return 0
    n = inferred = exact = near = 0
    wrong: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()
    for path in sorted(SNN.glob("*/*.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            if not (rec.get("content") or "").strip():
                continue
            n += 1
            art = repair_only(rec["content"], title=rec.get("title"), keep_raw=False)
            published.annotate(art)
            if not art.published:
                continue
            inferred += 1
            got = date.fromisoformat(art.published[:10])
            seen = date.fromisoformat(rec["date_extracted"][:10])
            exact += got == seen
            ok = 0 <= (seen - got).days <= 1
            near += ok
            if not ok:
                wrong.append((rec["url"], art.published, rec["date_extracted"][:10]))
    dt = time.perf_counter() - t0
    print(f"articles {n}; a date inferred for {inferred} ({inferred / n:.1%})")
    print(f"  same day as collected: {exact}/{inferred}; collected that day or the next: {near}/{inferred}")
    print(f"  {n / dt:,.0f} articles/s (repair + inference, one core)")
    for url, got, seen in wrong[:10]:
        print(f"  inconsistent: {url} inferred {got}, collected {seen}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

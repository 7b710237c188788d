"""Score the time draw held out from tuning (``ant-time`` entries with split ``heldout``), aggregates only.

    python3 scripts/time_heldout.py            # with the installed rasd
    PYTHONPATH=/tmp/old/src python3 scripts/time_heldout.py   # with another version's code

Run from the repository root (the split file and annotations are read from ``benchmarks/gold``; the
texts from ``../shared``). It builds the items the way :func:`rasd.eval.dates.ant_items` does, from
functions that every version since the time-only set has (``ant_news_rows``, ``with_week_evidence``,
``evaluate``), so that the code of a past commit can be scored on the same draw. It never prints an
item or an error: the draw (10, seed 20261229, see ``benchmarks/gold/ant-time-draw.py``) is the
held-out figure of issue #12.
"""

from __future__ import annotations

from pathlib import Path

import rasd.eval.dates as dates

SHARED = Path(__file__).resolve().parents[2] / "shared"
OUTLETS = {"BB": "bbc", "CN": "cnn", "FR": "france24"}


def main() -> int:
    rows = dates.ant_news_rows(SHARED, "heldout", "ant-time")
    if not rows:
        print("time_heldout: no held-out time draw found (run from the repository root, with ../shared)")
        return 1
    items = [{"name": g["docno"], "raw": g["text"], "published": g["published"][:10], "title": g.get("title"),
              "gold_published": None, "repair": True,
              "dates": [dict(t, text=g["text"][t["start"]:t["end"]]) for t in g["timex"]]} for g in rows]
    dates.with_week_evidence(items, SHARED, {it["name"]: OUTLETS.get(it["name"][:2], "") for it in items})
    s = dates.evaluate(items, False)
    print(f"time held-out draw: {len(items)} articles, {s['gold']} gold expressions; span F1 {s['lenient_f1']:.3f} "
          f"(strict {s['strict_f1']:.3f}); value accuracy over all gold {s['value_acc_all']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Article lines that the outlet's week takes and the page alone keeps, on unannotated ANT pages.

    python3 scripts/repair_week_loss.py [--outlet bbc|cnn|france24] [--months 2018-02,2018-03] [-v] [--sample N]

A negative control for corpus evidence (issue #9): every ANT page of ``../shared/data/news/ant-dev``
outside the gold test articles and the lead's held-out set is repaired alone and with the evidence a
user feeding rasd a week of scrapes has (the outlet's pages published within three days, as
``scripts/ant_junk.py`` builds it). A line counts when the page alone keeps it in the body and the week
removes it (normalised as ``score.py`` does). Such a line is either junk that only the week can see (a
link other pages carry, a standing notice) or article text lost; a sample (``-v``, ``--sample``) is for
reading by hand. Counts go by the reason the week gave. Prints aggregates; nothing is scored.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ant_junk import GOLD, SHARED, norm  # noqa: E402
from gold_sets import NOT_FOR_REPAIR  # noqa: E402


def held_out() -> set[str]:
    """Docnos never read here: every gold article of a frozen or held-out split (test, test2, test3,
    heldout) and the whole ant-blind and ant-dev7 sets (the lead's)."""
    out: set[str] = set()
    for f in GOLD.glob("*-split.json"):
        for r in json.loads(f.read_text(encoding="utf-8")):
            if isinstance(r, dict) and (r.get("split") in ("test", "test2", "test3", "heldout")
                                        or f.name.startswith(NOT_FOR_REPAIR)):
                out.add(r["docno"])
    return out


def main(argv: list[str] | None = None) -> int:
    from rasd.pipeline import repair_only
    from rasd.repair.evidence import CorpusEvidence

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outlet", choices=["bbc", "cnn", "france24"])
    ap.add_argument("--months", help="comma-separated YYYY-MM of the pages to check (default all)")
    ap.add_argument("-v", action="store_true", help="print a sample of the lines")
    ap.add_argument("--sample", type=int, default=40)
    args = ap.parse_args(argv)
    skip = held_out()
    months = set(args.months.split(",")) if args.months else None
    total: Counter = Counter()
    reasons: Counter = Counter()
    lost: list[tuple[str, str, str]] = []
    for outlet in [args.outlet] if args.outlet else ["bbc", "cnn", "france24"]:
        path = SHARED / f"news/ant-dev/{outlet}.jsonl"
        if not path.is_file():
            print("repair_week_loss: ../shared/data/news/ant-dev is absent; skipping")
            return 0
        pages = [json.loads(ln) for ln in open(path, encoding="utf-8")]
        by_day: dict[date, list[dict]] = {}
        for p in pages:
            by_day.setdefault(date.fromisoformat(p["published"][:10]), []).append(p)
        cache: dict[date, CorpusEvidence] = {}
        for a in pages:
            if a["id"] in skip or (months and a["published"][:7] not in months):
                continue
            day = date.fromisoformat(a["published"][:10])
            ev = cache.get(day)
            if ev is None:  # the pages of ±3 days, learnt once per day (all pages of a day share them)
                ev = cache[day] = CorpusEvidence()
                for d in range(-3, 4):
                    for o in by_day.get(day + timedelta(days=d), []):
                        ev.observe(o["text"], outlet=outlet, title=o.get("title") or "")
            hints = ev.hints(a["text"], outlet=outlet, title=a.get("title")) if ev.articles > 1 else None
            total["pages"] += 1
            if hints is None:
                continue
            kw = {"title": a.get("title"), "published": a["published"][:10]}
            alone = " ".join(norm(p) for p in repair_only(a["text"], **kw).paragraphs)
            rec = repair_only(a["text"], evidence=hints, **kw)
            week = " ".join(norm(p) for p in rec.paragraphs)
            for line in a["text"].split("\n"):
                n = norm(line)
                if not n or n not in alone or n in week:
                    continue
                why = next((r.reason for r in rec.removed if norm(r.text) and norm(r.text) in n), "?")
                total[f"lines {outlet}"] += 1
                reasons[why] += 1
                lost.append((a["id"], why, line.strip()))
    print(f"{total['pages']} pages; lines the week takes and the page alone keeps: "
          + ", ".join(f"{k.split()[1]} {v}" for k, v in sorted(total.items()) if k.startswith("lines")))
    print("  by reason: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
    if args.v:
        for docno, why, line in (lost if args.sample == 0 else random.Random(0).sample(lost, min(args.sample, len(lost)))):
            print(f"  {docno} [{why}] {line[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

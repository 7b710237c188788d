"""A dev-side proxy of the frozen synthetic repair test (issue #9), for leave-one-out checks.

The frozen test (``rasd eval repair --split test``) holds out outlets, dates and a third of every
junk template. This proxy builds cases from material outside both frozen splits: France24
Feb–Jun 2018 and the *dev* SaudiNewsNet outlets on 10–11 Aug 2015 (no test outlet-date), corrupted
with the *dev* template variants only (``variants(…, "dev")``; the test variants are never read).

``--outlet NAME`` keeps one outlet (leave-one-outlet-out: rules leaning on BBC/CNN habits show on
France24); ``--fresh`` swaps the generator's own-line templates for the fresh wordings of
``scripts/repair_fresh_templates.py`` (written for this check, never seen by the rules' authors
before: a leave-the-templates-out proxy); ``--set C`` / ``--set D`` use later sets of wordings
(``scripts/repair_templates_c.py``, ``_d.py``, ``_e.py``, ``_f.py``: sessions 6, 7, 9, 11); ``--alone`` turns corpus evidence off; ``-v`` lists the
articles that are not perfect (extra and missing lines, with their ends). Refuses nothing of the
test split because it never builds it.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from gold_sets import HELD_OUT, NOT_FOR_REPAIR  # scripts/ is on sys.path when a script runs

import rasd.eval.repair_gen as G
from rasd.eval import shared_dir
from rasd.eval.repair import repair_cases, score

WIDE = False
# Every ANT article of a frozen or held-out gold set (split test, test2, test3, heldout; the whole of
# ant-blind and ant-dev7, which only the lead reads): never drawn as a case nor as a headline, even when
# wide. (Until session 6 only split "test" was left out, so test2/test3/dev7/blind pages could be drawn.)
_HELD_SPLITS = {"test", "test2", "test3", "heldout", "blind", "dev7", "dev8", "dev9", "dev10", *HELD_OUT}
_GOLD_TEST = {r["docno"] for f in (Path(__file__).resolve().parent.parent / "benchmarks" / "gold").glob("*-split.json")
              for r in json.loads(f.read_text(encoding="utf-8"))
              if isinstance(r, dict) and (r.get("split") in _HELD_SPLITS or f.name.startswith(NOT_FOR_REPAIR))}
_FROZEN = G.split_of  # the frozen split, kept before the proxy replaces it


def _proxy_split(a: G.CleanArticle) -> str | None:
    if a.id in _GOLD_TEST:
        return None
    if WIDE and _FROZEN(a) != "test" and a.outlet not in G.TEST_SNN:
        return "dev"  # any material outside the frozen test split, test outlets left wholly unseen
    if a.outlet == "France24" and "2018-02" <= a.date[:7] <= "2018-06":
        return "dev"
    if a.outlet in G.DEV_SNN and a.date in ("2015-08-10", "2015-08-11"):
        return "dev"
    return None


def _topical(gen) -> None:  # type: ignore[no-untyped-def]
    """Make the generator draw the same-outlet headlines from stories that share 2+ title stems with the
    article (when it has 3 such), as a page's links and its outlet's other stories of the day do: the
    hard case where the words of a stray headline do not betray it."""
    from rasd.repair.foreign import stems

    corrupt = gen.corrupt

    def wrapped(a, seed, split, batch_titles, other_titles, same_outlet):  # type: ignore[no-untyped-def]
        mine = set(stems(a.title))
        near = [t for t in same_outlet if len(mine & set(stems(t))) >= 2]
        return corrupt(a, seed, split, batch_titles, other_titles, near if len(near) >= 3 else same_outlet)

    gen.corrupt = wrapped


def _show(s: str) -> str:
    return s if len(s) <= 170 else s[:70] + " … " + s[-95:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outlet", help="keep only this outlet's cases (France24, aljazirah, …)")
    ap.add_argument("--fresh", action="store_true", help="own-line junk from the fresh templates")
    ap.add_argument("--set", choices=["C", "D", "E", "F"],
                    help="own-line junk from a later set of wordings (scripts/repair_templates_c.py, _d.py)")
    ap.add_argument("--topical", action="store_true",
                    help="headlines of the same outlet drawn from stories on the article's topic (2+ title stems shared)")
    ap.add_argument("--alone", action="store_true", help="no corpus evidence")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--wide", action="store_true",
                    help="draw from all material outside the test split and the test outlets (dev ones too)")
    ap.add_argument("--lost", action="store_true", help="with -v: list only articles that lost text")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    global WIDE
    WIDE = args.wide
    if args.fresh:
        sys.path.insert(0, str(Path(__file__).parent))
        import repair_fresh_templates as F  # noqa: PLC0415

        F.install(G)
    if args.set:
        sys.path.insert(0, str(Path(__file__).parent))
        import importlib  # noqa: PLC0415

        importlib.import_module(f"repair_templates_{args.set.lower()}").install(G)
    if args.topical:
        _topical(G)
    pool = G.load_pool(shared_dir())
    G.split_of = _proxy_split
    shared = G.outlet_lines(pool)
    cands = sorted(a.id for a in pool if _proxy_split(a) == "dev" and a.title and G.is_clean(a, shared)
                   and (not args.outlet or a.outlet == args.outlet))
    rng = random.Random(args.seed)
    ids = rng.sample(cands, min(args.n, len(cands)))
    spec = [{"id": i, "split": "dev", "seed": rng.randrange(10**9)} for i in ids]
    cases = G.build_cases(pool, spec, "dev")
    arts = repair_cases(cases, evidence=not args.alone)
    rows = score(cases, arts)
    r = rows["all"]
    print(f"proxy {len(cases)} {'alone' if args.alone else 'evidence'}{' fresh' if args.fresh else ''}"
          f"{' set ' + args.set if args.set else ''}{' topical' if args.topical else ''}{' wide' if args.wide else ''}: "
          f"perfect {r['perfect']:.1f} lost {r['lost']:.2f} junk out {r['junk_out']:.1f}")
    for k in G.KINDS:
        if rows[k]["n"]:
            print(f"   {k:15s} {int(rows[k]['n']):4d} {rows[k]['perfect']:5.1f} {rows[k]['lost']:5.2f} "
                  f"{rows[k]['junk_out']:5.1f}")
    by_outlet: dict[str, list[int]] = {}
    for c, a in zip(cases, arts, strict=True):
        ok = a.title == c.title and [p.strip() for p in a.paragraphs] == c.paragraphs
        by_outlet.setdefault(c.outlet, [0, 0])[0] += ok
        by_outlet[c.outlet][1] += 1
    print("   per outlet:", ", ".join(f"{o} {k}/{n}" for o, (k, n) in sorted(by_outlet.items())))
    if args.v:
        for c, a in zip(cases, arts, strict=True):
            if a.title == c.title and [p.strip() for p in a.paragraphs] == c.paragraphs:
                continue
            text = "".join([a.title, *a.paragraphs]).replace(" ", "")
            if args.lost and all(p.replace(" ", "") in text for p in c.paragraphs):
                continue
            print("---", c.id[:70], c.kinds)
            if a.title != c.title:
                print("  title:", _show(a.title), "| want", _show(c.title))
            for p in a.paragraphs:
                if p.strip() not in c.paragraphs:
                    print("  extra:", _show(p))
            for p in c.paragraphs:
                if p not in [q.strip() for q in a.paragraphs]:
                    print("  missing:", _show(p))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

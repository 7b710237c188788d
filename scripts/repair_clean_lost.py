"""Lost text on clean dev-side articles with no junk added: the "lost" half of the repair test, alone.

    python3 scripts/repair_clean_lost.py [alone|evidence] [-v]

Every article the repair proxy may draw with ``--wide`` (``scripts/repair_proxy.py``: outside the frozen
test split, the test outlets and every gold set) that the generator calls clean (``repair_gen.is_clean``)
is repaired as it is (title and paragraphs, nothing inserted), each alone or all as one batch
(``evidence``). A paragraph not kept in one stretch is lost text (the scorer's rule); the figure is the
share of gold characters lost, and ``-v`` lists each lost paragraph with the reason that took it.
The synthetic tests insert junk around these same kinds of articles, so a line lost here is lost there
whatever the junk (session 10: 4,853 articles, 0.039 % lost alone, most of it one Al Riyadh profile box
cut as other stories' leads).
"""

from __future__ import annotations

import sys

import repair_proxy as P  # scripts/ is on sys.path when a script runs

import rasd.eval.repair_gen as G
from rasd.eval import shared_dir
from rasd.eval.repair import _score_one, lost_paragraphs
from rasd.repair.evidence import CorpusEvidence
from rasd.repair.repair import repair


def main(argv: list[str]) -> int:
    mode = "evidence" if "evidence" in argv else "alone"
    verbose = "-v" in argv
    P.WIDE = True
    pool = G.load_pool(shared_dir())
    shared = G.outlet_lines(pool)
    arts = [a for a in pool if P._proxy_split(a) == "dev" and a.title and G.is_clean(a, shared)]
    ev = None
    if mode == "evidence":
        ev = CorpusEvidence()
        for a in arts:
            ev.observe("\n".join([a.title, *a.paragraphs]), outlet=a.outlet)
    lost = chars = perfect = 0
    for a in arts:
        r = repair("\n".join([a.title, *a.paragraphs]) + "\n", evidence=ev, outlet=a.outlet)
        # the scorer's own rule (rasd.eval.repair): a case with the article as its gold and no junk
        row = _score_one(G.Case(a.id, a.outlet, "dev", [], "", a.title, a.paragraphs), r)
        perfect += int(row["perfect"])
        lost += int(row["lost"])
        chars += int(row["chars"])
        if verbose:
            for p in lost_paragraphs(a.paragraphs, r):
                why = [x.reason for x in r.removed if x.text.strip() and x.text.strip() in p]
                print(f"LOST {a.outlet:12s} {a.id[-30:]:30s} {why[:1]} {p[:130]}")
    if not arts:
        print(f"{mode}: no clean articles (is ../shared there?)")
        return 1
    print(f"{mode}: {len(arts)} clean articles, perfect {100 * perfect / len(arts):.2f}%, "
          f"lost {100 * lost / chars if chars else 0.0:.3f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

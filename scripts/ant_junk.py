"""Score the repair on hand-marked junk lines of ANT pages: how many leak into the body, how much
article text is kept.

    python3 scripts/ant_junk.py [--set junk-dev|junk-dev2|news-dev|news-test|time-dev|time-test|dev2..dev9|all] [-v]

Sets (all in ``benchmarks/gold``; the texts come from ``../shared/data/news/ant-dev``):
``junk-dev`` (``ant-junk``, 30 Aug–Oct 2018 pages marked blind for junk lines only, development
material), ``junk-dev2`` (``ant-junk2``, 39 more Aug–Oct 2018 pages marked blind the same way, seed
20261224; dev), the two ANT news halves (``ant-news``), the two time sets (``ant-time``) and ``dev2``
(``ant-dev2``, 24 Feb–Jun pages annotated in full, junk lines among them; dev), and ``dev3``–``dev9``
(``ant-dev3``…``ant-dev9``, fully annotated dev sets; dev5 released to dev in session 6, dev7 in session 7,
dev8 in session 8, dev9 in session 9). The test
sets (``news-test``, ``time-test``) print aggregates only.

Each page is repaired twice: alone (as ``score.py`` gives rasd one article) and with the evidence a
user feeding rasd a week of scrapes has (the outlet's other pages published within three days, as
``rasd eval dates`` does). A junk line leaks when its normalised text is one of the body's
paragraphs; an article line is kept when its normalised text is in the body (the shared
``score.py`` rule). Blank lines are not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from gold_sets import ANT_DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
GOLD = ROOT / "benchmarks" / "gold"
SETS = {"junk-dev": ("ant-junk", "dev"), "junk-dev2": ("ant-junk2", "dev"), "news-dev": ("ant-news", "dev"), "news-test": ("ant-news", "test"),
        "time-dev": ("ant-time", "dev"), "time-test": ("ant-time", "test"),
        **{s: (f"ant-{s}", s) for s in ANT_DEV}}
_DIAC = re.compile("[\u064b-\u0652\u0640]")
_PUNCT = re.compile(r"[^\w\s]")


def norm(s: str) -> str:
    """The shared score.py's normalisation (diacritics, alef/ya/ta marbuta forms, punctuation)."""
    s = _DIAC.sub("", s or "")
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(_PUNCT.sub(" ", s).split())


def load(folder: str, split: str) -> list[tuple[dict, dict]]:
    """(annotation, article) pairs of one set, in docno order; [] when the files are absent."""
    split_file = GOLD / f"{folder}-split.json"
    if not split_file.is_file():
        return []
    want = {m["docno"] for m in json.loads(split_file.read_text(encoding="utf-8")) if m["split"] == split}
    anns = {d: json.loads((GOLD / folder / f"{d}.json").read_text(encoding="utf-8"))
            for d in want if (GOLD / folder / f"{d}.json").is_file()}
    arts = {}
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8"):
            a = json.loads(line)
            if a["id"] in anns:
                arts[a["id"]] = dict(a, outlet=outlet)
    return [(anns[d], arts[d]) for d in sorted(anns) if d in arts]


def week_evidence(art: dict, corpus: dict[str, list[dict]]):
    """The outlet's pages within three days of ``art``, learnt as one batch (None if there are none)."""
    from rasd.repair.evidence import CorpusEvidence

    day = date.fromisoformat(art["published"][:10])
    ev = CorpusEvidence()
    for other in corpus[art["outlet"]]:
        if abs((date.fromisoformat(other["published"][:10]) - day).days) <= 3:
            ev.observe(other["text"], outlet=art["outlet"], title=other.get("title") or "")
    return ev.hints(art["text"], outlet=art["outlet"], title=art.get("title")) if ev.articles > 1 else None


def score(pairs: list[tuple[dict, dict]], corpus: dict[str, list[dict]] | None,
          verbose: bool = False) -> dict[str, Counter]:
    """Counts per outlet and per junk kind: junk lines, leaked, article lines, kept (alone / week).
    ``verbose`` prints each leaked junk line and each lost article line (dev sets only: the caller
    refuses it on a test set)."""
    from rasd.pipeline import repair_only

    out: dict[str, Counter] = {}
    for ann, art in pairs:
        runs = {"alone": None}
        if corpus is not None:
            runs["week"] = week_evidence(art, corpus)
        junk = set(ann.get("junk_lines", []))
        kinds = ann.get("junk_kinds", {})
        c = out.setdefault(art["outlet"], Counter())
        for mode, ev in runs.items():
            rec = repair_only(art["text"], title=art.get("title"), published=art["published"][:10], evidence=ev)
            paras = [norm(p) for p in rec.paragraphs]  # a list: the joined body must not depend on hashing
            body = " ".join(paras)
            for i, line in enumerate(art["text"].split("\n")):
                if not line.strip():
                    continue
                if i in junk:
                    c[f"{mode} junk"] += 1
                    leaked = norm(line) in paras
                    c[f"{mode} leaked"] += leaked
                    if verbose and leaked:
                        print(f"  {mode} LEAK {art['id']} #{i} [{kinds.get(str(i), '?')}]: {line.strip()[:150]}")
                    if mode == "alone":
                        c[f"kind {kinds.get(str(i), '?')}"] += 1
                        c[f"kind {kinds.get(str(i), '?')} leaked"] += leaked
                else:
                    c[f"{mode} lines"] += 1
                    kept = norm(line) in body
                    c[f"{mode} kept"] += kept
                    if verbose and not kept:
                        why = [r.reason for r in rec.removed if norm(r.text) and norm(r.text) in norm(line)]
                        print(f"  {mode} LOST {art['id']} #{i} {why[:2]}: {line.strip()[:150]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="junk-dev")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print leaked junk lines and lost article lines (dev sets only)")
    args = ap.parse_args(argv)
    if args.verbose and (args.set == "all" or args.set.endswith("test")):
        print(f"ant_junk: -v lists items and is refused on test sets (--set {args.set}); use a dev set")
        return 2
    names = list(SETS) if args.set == "all" else [args.set]
    corpus: dict[str, list[dict]] = {}
    for outlet in ("bbc", "cnn", "france24"):
        path = SHARED / f"news/ant-dev/{outlet}.jsonl"
        if not path.is_file():
            print("ant_junk: ../shared/data/news/ant-dev is absent; skipping")
            return 0
        corpus[outlet] = [json.loads(line) for line in open(path, encoding="utf-8")]
    for name in names:
        pairs = load(*SETS[name])
        if not pairs:
            print(f"[{name}] no annotated pages")
            continue
        counts = score(pairs, corpus, verbose=args.verbose)
        total = sum(counts.values(), Counter())
        rows = {"all": total} if name.endswith("test") else {"all": total, **counts}
        print(f"[{name}] {len(pairs)} pages")
        for label, c in rows.items():
            print(f"  {label:9s} junk out alone {c['alone junk'] - c['alone leaked']}/{c['alone junk']}, "
                  f"with the week {c['week junk'] - c['week leaked']}/{c['week junk']}; "
                  f"article lines kept {c['alone kept']}/{c['alone lines']} alone, {c['week kept']}/{c['week lines']} week")
        if not name.endswith("test"):
            kinds = sorted({k.split()[1] for k in total if k.startswith("kind ")})
            print("  by kind (alone): " + ", ".join(
                f"{k} {total[f'kind {k}'] - total[f'kind {k} leaked']}/{total[f'kind {k}']}" for k in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``rasd eval repair [--split dev|test|both]``: the messy-scrape benchmark of the repair step.

The cases are regenerated from the frozen spec ``data/repair_bench.jsonl``
(ids, splits, seeds: see ``scripts/make_repair_bench.py``) by the seeded
generator :mod:`rasd.eval.repair_gen` over the clean articles in ``../shared``
(skipped cleanly when absent). Each split is repaired as one batch, the way
``rasd process`` repairs a corpus: corpus evidence (other articles' titles,
lines an outlet repeats) is learnt from the batch itself
(:mod:`rasd.repair.evidence`).

Per corruption kind, over the articles that hold it, and for all articles:

- **perfect**: output title and exact paragraph list equal the gold;
- **lost**: characters of gold paragraphs that are not inside the output text
  (title + paragraphs), as a share of all gold paragraph characters;
- **junk out**: injected junk strings kept out of the body (an own-line string
  is no output paragraph and not the title; a glued one is inside no paragraph);
- **to related**: injected headlines found in ``related_headlines``.

The same, each article repaired alone (no corpus evidence), is one line per
split. Then the shared dev gold (``../shared/data/gold/ant-dev/gold.jsonl``): each of
its ``junk_lines`` must be left out of the paragraphs, and every other line kept.

``RASD_EVAL_VERBOSE=1`` (``rasd eval repair -v``) lists the failing dev
articles (never use it on test: tune on dev only).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from rasd.eval import shared_dir
from rasd.eval.repair_gen import KINDS, Case, build_cases, load_pool
from rasd.record import Article

SPEC = Path(__file__).resolve().parent / "data" / "repair_bench.jsonl"


def repair_cases(cases: list[Case], evidence: bool = True) -> list[Article]:
    """Repair every case, as one batch (corpus evidence learnt from the batch when ``evidence``)."""
    from rasd.repair.repair import repair

    try:
        from rasd.repair.evidence import CorpusEvidence
    except ImportError:  # the baseline, before corpus evidence existed
        return [repair(c.raw) for c in cases]
    ev = CorpusEvidence()
    if evidence:
        for c in cases:
            ev.observe(c.raw, outlet=c.outlet)
    return [repair(c.raw, evidence=ev if evidence else None, outlet=c.outlet) for c in cases]


def lost_paragraphs(paragraphs: list[str], art: Article) -> list[str]:
    """The gold ``paragraphs`` whose characters are not in ``art``'s output (title and paragraphs) in one
    stretch: spaces and paragraph breaks ignored, so a paragraph split in two is imperfect but not lost."""
    text = "".join([art.title, *(p.strip() for p in art.paragraphs)]).replace(" ", "")
    return [p for p in paragraphs if p.replace(" ", "") not in text]


def _score_one(c: Case, art: Article) -> dict[str, float]:
    paras = [p.strip() for p in art.paragraphs]
    body = set(paras)
    gold_chars = sum(len(p) for p in c.paragraphs)
    lost = sum(len(p) for p in lost_paragraphs(c.paragraphs, art))
    junk_out = 0
    for j in c.junk:
        s = j["text"].strip()
        if j["glued"]:
            junk_out += not any(s in p for p in paras)
        else:
            junk_out += s not in body
    related = {h.strip() for h in art.related_headlines}
    return {"perfect": float(art.title == c.title and paras == c.paragraphs), "lost": lost, "chars": gold_chars,
            "junk_out": junk_out, "junk": len(c.junk),
            "hl_in": sum(h.strip() in related for h in c.headlines), "hl": len(c.headlines)}


def score(cases: list[Case], arts: list[Article]) -> dict[str, dict[str, float]]:
    """Rows per kind (and ``all``): n, perfect %, lost %, junk out %, headlines to related %."""
    rows: dict[str, dict[str, float]] = {}
    for kind in ("all", *KINDS):
        sel = [(c, a) for c, a in zip(cases, arts, strict=True) if kind == "all" or kind in c.kinds]
        tot = {"n": 0.0, "perfect": 0.0, "lost": 0.0, "chars": 0.0, "junk_out": 0.0, "junk": 0.0, "hl_in": 0.0,
               "hl": 0.0}
        for c, a in sel:
            tot["n"] += 1
            for k, v in _score_one(c, a).items():
                tot[k] += v
        rows[kind] = {
            "n": tot["n"],
            "perfect": 100 * tot["perfect"] / tot["n"] if tot["n"] else float("nan"),
            "lost": 100 * tot["lost"] / tot["chars"] if tot["chars"] else 0.0,
            "junk_out": 100 * tot["junk_out"] / tot["junk"] if tot["junk"] else float("nan"),
            "related": 100 * tot["hl_in"] / tot["hl"] if tot["hl"] else float("nan"),
        }
    return rows


def gold_junk(shared: Path, outlet_corpus: bool = False) -> tuple[int, int, int, int] | None:
    """(junk lines removed, junk lines, clean lines kept, clean lines) on the shared dev gold, the 12
    articles as one batch; with ``outlet_corpus``, their outlets' other pages (the ANT corpus, which
    leaves March 2018 out) are evidence too, as ``rasd process --evidence`` learns them."""
    p = shared / "data" / "gold" / "ant-dev" / "gold.jsonl"
    if not p.exists():
        return None
    from rasd.repair.repair import repair

    docs = [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
    try:
        from rasd.repair.evidence import CorpusEvidence

        ev: object | None = CorpusEvidence()
        if outlet_corpus:
            from rasd.read.evidence import learn_evidence

            ev = learn_evidence([str(shared / "data" / "news" / "ant-dev")])
        for d in docs:
            ev.observe(d["text"], outlet=d.get("source"), title=d["title"])  # type: ignore[union-attr]
        arts = [repair(d["text"], title=d["title"], evidence=ev, outlet=d.get("source")) for d in docs]
    except ImportError:
        arts = [repair(d["text"], title=d["title"]) for d in docs]
    out = [0, 0, 0, 0]
    for d, art in zip(docs, arts, strict=True):
        kept = {p.strip() for p in art.paragraphs}
        lines = d["text"].split("\n")
        junk = set(d.get("junk_lines") or [])
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            if i in junk:
                out[0] += line.strip() not in kept
                out[1] += 1
            else:
                out[2] += line.strip() in kept
                out[3] += 1
                if line.strip() not in kept and os.environ.get("RASD_EVAL_VERBOSE"):
                    print(f"  gold: clean line dropped in {d['docno']}: {line[:80]}")
    return out[0], out[1], out[2], out[3]


def _fmt(x: float) -> str:
    return "  –  " if x != x else f"{x:5.1f}"


def main(paths: list[str]) -> int:
    split = os.environ.get("RASD_EVAL_SPLIT", "both")
    shared = shared_dir()
    if shared is None or not (shared / "data" / "news").is_dir():
        print("repair: ../shared/data/news not found; skipped")
        return 0
    spec = [json.loads(line) for line in open(paths[0] if paths else SPEC, encoding="utf-8") if line.strip()]
    pool = load_pool(shared)
    splits = ["dev", "test"] if split == "both" else [split]
    results = {}
    for s in splits:
        cases = build_cases(pool, spec, s)
        t0 = time.perf_counter()
        arts = repair_cases(cases)
        dt = time.perf_counter() - t0
        results[s] = score(cases, arts)
        alone = score(cases, repair_cases(cases, evidence=False))["all"]
        print(f"{s}: without corpus evidence (each article alone): perfect {alone['perfect']:.1f}%, "
              f"lost {alone['lost']:.2f}%, junk out {alone['junk_out']:.1f}%, to related {alone['related']:.1f}%")
        missing = sum(r["split"] == s for r in spec) - len(cases)
        print(f"{s}: {len(cases)} articles ({missing} spec ids missing), repaired in {dt:.2f} s")
        if s == "dev" and os.environ.get("RASD_EVAL_VERBOSE"):
            for c, a in zip(cases, arts, strict=True):
                if a.title != c.title or [p.strip() for p in a.paragraphs] != c.paragraphs:
                    print(f"--- {c.id} {c.kinds}\n  want title: {c.title}\n  got title:  {a.title}")
                    for p in a.paragraphs:
                        if p.strip() not in c.paragraphs:
                            print(f"  extra: {p[:160]}")
                    for p in c.paragraphs:
                        if p not in a.paragraphs:
                            print(f"  missing: {p[:160]}")
    head = "kind".ljust(15) + "".join(f"| {s:>4} n perfect  lost junk-out related " for s in splits)
    print(head)
    for kind in ("all", *KINDS):
        row = kind.ljust(15)
        for s in splits:
            r = results[s][kind]
            row += f"| {int(r['n']):6d} {_fmt(r['perfect'])}  {r['lost']:4.2f}  {_fmt(r['junk_out'])}   {_fmt(r['related'])} "
        print(row)
    g = gold_junk(shared)
    if g:
        print(f"shared dev gold: {g[0]}/{g[1]} junk lines removed, {g[2]}/{g[3]} clean lines kept")
        g = gold_junk(shared, outlet_corpus=True)
        if g:
            print(f"shared dev gold, the outlets' ANT pages as evidence (--evidence): {g[0]}/{g[1]} junk lines "
                  f"removed, {g[2]}/{g[3]} clean lines kept")
    summary = "; ".join(f"{s}: perfect {results[s]['all']['perfect']:.1f}%, lost {results[s]['all']['lost']:.2f}%, "
                        f"junk out {results[s]['all']['junk_out']:.1f}%" for s in splits)
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

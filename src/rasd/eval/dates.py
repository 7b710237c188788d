"""``rasd eval dates``: score the time-expression layer and publication-date inference.

The annotation set (``rasd/eval/data/dates.jsonl``, one article a line) covers
real articles from ``../shared`` without copying them: each line names the
article (``file`` under ``../shared``, the 0-based ``line`` of a JSONL file and
its ``url``, checked on load), the metadata publication date given to rasd
(``published``: SaudiNewsNet ``date_extracted``, or null), optionally the gold
date for inference (``gold_published``), and the gold time expressions:
``start``/``end`` character offsets into the **raw text** (the ``content``
field of a SaudiNewsNet record; the whole file for ``seed/seed.txt``), the
expression ``text`` (which must equal ``raw[start:end]``), ``type`` and TIMEX3
``value`` (and ``hijri`` for Hijri dates). The title is not annotated.

Annotation guidelines (what the gold says): every expression that names a
calendar time, a duration, a recurrence, a clock time or a vague present/past/
future reference; proclitics (و ب ل) and prepositions are left out of spans
(``في وقت سابق`` kept whole as in the issue); adjectives (``اليومية``) and
event-relative days (``اليوم الثالث``) are not annotated; a stated weekday wins
over the metadata date (``اليوم الاثنين`` in an article dated Tuesday is the
Monday); values follow the conventions of :mod:`rasd.analyse.time.resolve`
(weeks Sunday–Saturday as intervals, Hijri months and years as Gregorian
intervals, parts of periods valued as the whole period).

The ANT articles go through the repair first, as a user's would (scraped pages: the outlets'
teaser lines are junk), with the corpus evidence of their outlet's articles published within three
days (a week of scrapes fed as one corpus), and the reported expressions are mapped back onto the
raw text.

``rasd eval dates -- -v`` also lists every miss, extra and wrong value (not those of the ANT test sets).

With no FILE, the ANT articles are scored too: the 12 shared dev-gold articles and the two halves
of ``benchmarks/gold/ant-news`` (dev: Feb–Jul 2018; test: Aug–Oct 2018, frozen), and the time-only
dev set ``benchmarks/gold/ant-time`` (120 more Feb–Jul articles, ``time-dev``; drawn as
listed in ``benchmarks/gold/README.md``), the second dev-month set ``benchmarks/gold/ant-dev2``
(``dev2``, 24 articles annotated by a second annotator) and, in ``ant-time``, a second frozen test draw of
Aug–Oct articles annotated blind (``time-test``, never listed by ``-v``); value accuracy
there is over all gold expressions. ``rasd eval dates FILE.tml|DIR`` scores TimeML documents
(inline TIMEX3; the creation time from the file, else ``--published``).

Records carry a ``split``: ``dev`` (the articles the grammar was developed
on) and ``test`` (annotated before the code was run on them, held out);
scores are printed for each split and for all. The test records and the ANT test sets are scored only
with ``--split test`` or ``--split both`` (``RASD_EVAL_SPLIT``); by default a run shows dev figures only.

The layer runs on the raw text itself (an Article whose text is the raw text),
so the offsets compare directly. Reported: span precision/recall/F1 (strict:
same offsets; lenient: overlapping, matched one to one), value and type
accuracy over lenient matches, and publication-date inference (the seed's gold
date; on each SaudiNewsNet article with its metadata withheld: how often a
date is inferred and how often it is the metadata date).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from rasd.analyse.time import layer as dates_layer
from rasd.analyse.time import published as published_layer
from rasd.errors import RasdError
from rasd.eval import jsonl_record, shared_dir, timeml
from rasd.eval.scoring import match_spans, prf
from rasd.record import PARAGRAPH_SEP, Article

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "dates.jsonl"
ANT_NEWS = Path("benchmarks/gold")  # relative to the repository root (not shipped: it annotates ../shared texts)
TIMEML_SUFFIXES = {".tml", ".timeml", ".xml"}


def load_raw(shared: Path, rec: dict) -> str:
    """The raw text a record annotates (SaudiNewsNet ``content`` or a whole file)."""
    path = shared / rec["file"]
    try:
        if rec.get("line") is None:
            return path.read_text(encoding="utf-8")
        doc = jsonl_record(path, rec["line"])
    except OSError as exc:
        raise RasdError(f"eval dates: cannot read {path}: {exc}") from None
    if rec.get("url") and doc.get("url") != rec["url"]:
        raise RasdError(f"eval dates: {path} line {rec['line']} is not {rec['url']}")
    return doc["content"]


def run_layer(raw: str, published: str | None) -> Article:
    art = Article(paragraphs=[raw], text=raw, published=published)
    published_layer.annotate(art)
    dates_layer.annotate(art)
    return art


def run_repaired(raw: str, title: str | None, published: str | None, evidence: object = None) -> list[dict]:
    """The time expressions rasd reports for a scraped article (repair, then the layer), as offsets
    into ``raw``: each kept paragraph is found in the raw text, so what the repair removed (page
    junk) is not scored as rasd's output, as a user would not see it. ``evidence``: the corpus
    evidence of the article's batch (:mod:`rasd.repair.evidence`)."""
    from rasd.pipeline import repair_only

    art = repair_only(raw, title=title, published=published, evidence=evidence)
    dates_layer.annotate(art)
    out, starts, cursor, pos = [], [], 0, 0
    for para in ([art.title] if art.title else []) + list(art.paragraphs):
        at = raw.find(para, cursor)
        starts.append((pos, pos + len(para), at))
        if at >= 0:
            cursor = at + len(para)
        pos += len(para) + len(PARAGRAPH_SEP)
    for d in art.dates:
        for a, b, at in starts:
            if a <= d.start < b and at >= 0:
                s = at + d.start - a
                out.append({"start": s, "end": s + d.end - d.start, "text": d.text, "type": d.type, "value": d.value})
                break
    return out


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one lenient matching (overlapping spans), largest overlap first."""
    pairs = match_spans([(g["start"], g["end"]) for g in gold], [(p["start"], p["end"]) for p in pred])
    return [(gold[gi], pred[pi]) for gi, pi in pairs]


def items_of(records: list[dict], shared: Path) -> list[dict]:
    """The records of a dates.jsonl set as scoring items: name, raw text, metadata date, gold."""
    items = []
    for rec in records:
        raw = load_raw(shared, rec)
        for g in rec["dates"]:
            if raw[g["start"]:g["end"]] != g["text"]:
                raise RasdError(f"eval dates: {rec['file']}:{rec.get('line')}: offsets of {g['text']!r} do not match")
        items.append({"name": f"{rec['file']}:{rec.get('line')}", "raw": raw, "published": rec.get("published"),
                      "gold_published": rec.get("gold_published"), "dates": rec["dates"]})
    return items


def evaluate(items: list[dict], verbose: bool = False) -> dict:
    """Score the layer on scoring items (see :func:`items_of`); returns the counts and scores."""
    n_gold = n_pred = strict = lenient = value_ok = type_ok = 0
    pub_total = pub_inferred = pub_right = 0
    errors: list[str] = []
    for rec in items:
        raw = rec["raw"]
        gold = rec["dates"]
        art = run_layer(raw, rec.get("published"))
        if rec.get("repair"):
            pred = run_repaired(raw, rec.get("title"), rec.get("published"), rec.get("evidence"))
        else:
            pred = [{"start": d.start, "end": d.end, "text": d.text, "type": d.type, "value": d.value}
                    for d in art.dates]
        n_gold += len(gold)
        n_pred += len(pred)
        strict += len({(g["start"], g["end"]) for g in gold} & {(p["start"], p["end"]) for p in pred})
        pairs = match(gold, pred)
        lenient += len(pairs)
        for g, p in pairs:
            value_ok += g["value"] == p["value"]
            type_ok += g["type"] == p["type"]
            if g["value"] != p["value"]:
                errors.append(f"  value {rec['name']} {g['text']!r}: gold {g['value']} got {p['value']}")
        got = {id(g) for g, _ in pairs}
        gotp = {id(p) for _, p in pairs}
        errors += [f"  missed {rec['name']} {g['text']!r} {g['value']}" for g in gold if id(g) not in got]
        errors += [f"  extra  {rec['name']} {p['text']!r} {p['value']}" for p in pred if id(p) not in gotp]
        # publication date, metadata withheld
        gold_pub = rec.get("gold_published") or rec.get("published")
        if gold_pub and not rec.get("repair"):
            pub_total += 1
            inferred = run_layer(raw, None) if rec.get("published") else art
            if inferred.published:
                pub_inferred += 1
                pub_right += inferred.published[:10] == gold_pub[:10]
    sp = prf(strict, n_pred, n_gold)
    lp = prf(lenient, n_pred, n_gold)
    if verbose:
        print("\n".join(errors))
    return {
        "articles": len(items), "gold": n_gold, "predicted": n_pred,
        "strict_p": sp[0], "strict_r": sp[1], "strict_f1": sp[2],
        "lenient_p": lp[0], "lenient_r": lp[1], "lenient_f1": lp[2],
        "value_acc": value_ok / lenient if lenient else 0.0, "type_acc": type_ok / lenient if lenient else 0.0,
        "value_acc_all": value_ok / n_gold if n_gold else 0.0,
        "pub_total": pub_total, "pub_inferred": pub_inferred, "pub_right": pub_right,
    }


def read_timeml(paths: list[str], published: str | None) -> list[dict]:
    """Scoring items from TimeML files or folders of them (``.tml``, ``.xml``, ``.timeml``)."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix.lower() in TIMEML_SUFFIXES)
        else:
            files.append(p)
    if not files:
        raise RasdError(f"eval dates: no TimeML files ({', '.join(sorted(TIMEML_SUFFIXES))}) in {', '.join(paths)}")
    items = []
    for f in files:
        try:
            text, gold, dct = timeml.parse(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise RasdError(f"eval dates: cannot read TimeML file {f}: {exc}") from None
        pub = dct or published
        items.append({"name": str(f), "raw": text, "published": pub[:10] if pub else None,
                      "gold_published": None, "dates": gold})
    return items


def ant_items(shared: Path, split: str) -> list[dict]:
    """The ANT articles annotated for time: the shared dev gold (``shared-dev``), this repo's
    ``benchmarks/gold/ant-news`` halves (``dev``, ``test``), ``ant-time`` (``time-dev``, ``time-test``, and
    ``time-heldout``: a draw scored in aggregate only, never by default)
    or ``ant-dev2`` (``dev2``); [] when the files are absent."""
    items = []
    if split == "shared-dev":
        path = shared / "data/gold/ant-dev/gold.jsonl"
        rows = [json.loads(line) for line in path.open(encoding="utf-8")] if path.is_file() else []
    elif split in ("time-dev", "time-test", "time-heldout"):
        rows = ant_news_rows(shared, split.removeprefix("time-"), "ant-time")
    elif split == "dev2":
        rows = ant_news_rows(shared, "dev2", "ant-dev2")
    else:
        rows = ant_news_rows(shared, split)
    for g in rows:
        gold = [dict(t, text=g["text"][t["start"]:t["end"]]) for t in g["timex"]]
        items.append({"name": g["docno"], "raw": g["text"], "published": g["published"][:10], "title": g.get("title"),
                      "gold_published": None, "dates": gold, "repair": True})
    outlets = {"BB": "bbc", "CN": "cnn", "FR": "france24"}
    with_week_evidence(items, shared, {it["name"]: outlets.get(it["name"][:2], "") for it in items})
    return items


@lru_cache(maxsize=2)
def ant_corpus(shared: Path) -> dict[str, list[dict]] | None:
    """The ANT articles of ``shared`` by outlet (read once per run), or None when absent."""
    out: dict[str, list[dict]] = {}
    for outlet in ("bbc", "cnn", "france24"):
        path = shared / f"data/news/ant-dev/{outlet}.jsonl"
        if not path.is_file():
            return None
        out[outlet] = [json.loads(line) for line in path.open(encoding="utf-8")]
    return out


def with_week_evidence(items: list[dict], shared: Path, outlet_of_item: dict[str, str]) -> None:
    """Give each ANT item the corpus evidence a user would have: the repair learns titles and page
    furniture from the other articles of the same outlet published within three days (a week of
    scrapes fed as one corpus), as ``rasd process corpus.jsonl`` does (in place)."""
    from datetime import date as _date

    from rasd.repair.evidence import CorpusEvidence

    corpus = ant_corpus(shared)
    if corpus is None:
        return
    by_outlet = {o: [(_date.fromisoformat(a["published"][:10]), a.get("title") or "", a.get("text") or "")
                     for a in arts] for o, arts in corpus.items()}
    for it in items:
        outlet = outlet_of_item.get(it["name"])
        if outlet is None or not it.get("published"):
            continue
        day = _date.fromisoformat(it["published"][:10])
        ev = CorpusEvidence()
        for d, title, text in by_outlet[outlet]:
            if abs((d - day).days) <= 3:
                ev.observe(text, outlet=outlet, title=title)
        if ev.articles > 1:
            it["evidence"] = ev.hints(it["raw"], outlet=outlet, title=it.get("title"))


def ant_news_rows(shared: Path, split: str, folder: str = "ant-news") -> list[dict]:
    """This repo's ANT annotations (``benchmarks/gold/<folder>``) of one split, joined with their
    texts from ``shared``."""
    root = next((r for r in (Path.cwd(), Path(__file__).resolve().parents[3])
                 if (r / ANT_NEWS / f"{folder}-split.json").is_file()), None)
    if root is None:
        return []
    meta = json.loads((root / ANT_NEWS / f"{folder}-split.json").read_text(encoding="utf-8"))
    want = {m["docno"] for m in meta if m["split"] == split}
    anns = {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((root / ANT_NEWS / folder).glob("*.json")) if p.stem in want}
    if not anns:
        return []
    corpus = ant_corpus(shared)
    if corpus is None:
        return []
    rows = []
    for art in (a for arts in corpus.values() for a in arts):
        if art["id"] in anns:
            a = anns[art["id"]]
            rows.append({"docno": art["id"], "text": art["text"], "title": art.get("title"), "timex": a.get("timex", []),
                         "published": a.get("published") or art["published"][:10]})
    return sorted(rows, key=lambda r: r["docno"])


def report(name: str, s: dict) -> None:
    print(f"[{name}] articles {s['articles']}  gold expressions {s['gold']}  predicted {s['predicted']}")
    print(f"  spans strict : P {s['strict_p']:.3f}  R {s['strict_r']:.3f}  F1 {s['strict_f1']:.3f}")
    print(f"  spans lenient: P {s['lenient_p']:.3f}  R {s['lenient_r']:.3f}  F1 {s['lenient_f1']:.3f}")
    print(f"  value accuracy on matched spans {s['value_acc']:.3f} (over all gold {s['value_acc_all']:.3f}); "
          f"type accuracy {s['type_acc']:.3f}")
    if s["pub_total"]:
        print(f"  publication date without metadata: inferred for {s['pub_inferred']}/{s['pub_total']} articles, "
              f"right for {s['pub_right']}/{s['pub_inferred']}")


def main(paths: list[str]) -> int:
    verbose = "-v" in paths or os.environ.get("RASD_EVAL_VERBOSE", "") not in ("", "0")
    published = os.environ.get("RASD_EVAL_PUBLISHED") or None
    paths = [p for p in paths if p != "-v"]
    timeml_paths = [p for p in paths if Path(p).is_dir() or Path(p).suffix.lower() in TIMEML_SUFFIXES]
    if timeml_paths:
        s = evaluate(read_timeml(timeml_paths, published), verbose)
        report("timeml", s)
        print(f"dates: span F1 {s['lenient_f1']:.3f} (strict {s['strict_f1']:.3f}), "
              f"value accuracy over all gold {s['value_acc_all']:.3f}")
        return 0
    shared = shared_dir()
    if shared is None:
        print("eval dates: ../shared is absent; the annotated articles are not available, skipping")
        return 0
    default = not paths
    paths = paths or [str(DEFAULT_SET)]
    records = []
    for p in paths:
        try:
            with open(p, encoding="utf-8") as fh:
                records += [json.loads(line) for line in fh if line.strip()]
        except (OSError, json.JSONDecodeError) as exc:
            raise RasdError(f"eval dates: cannot read annotations {p}: {exc}") from None
    # The frozen test records and sets are scored only when asked (--split test|both): a plain run, the
    # one people make while tuning, shows no test figure at all (an accidental look is still a look).
    with_test = os.environ.get("RASD_EVAL_SPLIT", "dev") in ("test", "both")
    if default and not with_test:
        records = [r for r in records if r.get("split", "all") != "test"]
    splits = sorted({r.get("split", "all") for r in records}) if len(paths) == 1 else []
    for split in [*splits, None] if len(splits) > 1 else [None]:
        part = [r for r in records if split is None or r.get("split", "all") == split]
        s = evaluate(items_of(part, shared), verbose and split is None)
        report(split or "all", s)
    headline = f"dates: span F1 {s['lenient_f1']:.3f} (strict {s['strict_f1']:.3f}), value accuracy {s['value_acc']:.3f}"
    if default:
        # The ANT sets: international news from outlets the grammar was not written on (see
        # benchmarks/gold/README.md). The test half is reported, never tuned on; -v lists no test errors.
        for split in ("shared-dev", "dev", "time-dev", "dev2", *(("test", "time-test") if with_test else ())):
            items = ant_items(shared, split)
            if items:
                s = evaluate(items, verbose and not split.endswith("test"))
                report(f"ant {split}", s)
                headline += f"; ant {split}: span F1 {s['lenient_f1']:.3f}, value {s['value_acc_all']:.3f}"
    print(headline)
    return 0

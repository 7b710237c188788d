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

``rasd eval dates -- -v`` also lists every miss, extra and wrong value.

Records carry a ``split``: ``dev`` (the articles the grammar was developed
on) and ``test`` (annotated before the code was run on them, held out);
scores are printed for each split and for all.

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
from pathlib import Path

from rasd.analyse.time import layer as dates_layer
from rasd.analyse.time import published as published_layer
from rasd.errors import RasdError
from rasd.eval import jsonl_record, shared_dir
from rasd.eval.scoring import match_spans, prf
from rasd.record import Article

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "dates.jsonl"


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


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one lenient matching (overlapping spans), largest overlap first."""
    pairs = match_spans([(g["start"], g["end"]) for g in gold], [(p["start"], p["end"]) for p in pred])
    return [(gold[gi], pred[pi]) for gi, pi in pairs]


def evaluate(records: list[dict], shared: Path, verbose: bool = False) -> dict:
    """Score the layer on annotated records; returns the counts and scores."""
    n_gold = n_pred = strict = lenient = value_ok = type_ok = 0
    pub_total = pub_inferred = pub_right = 0
    errors: list[str] = []
    for rec in records:
        raw = load_raw(shared, rec)
        gold = rec["dates"]
        for g in gold:
            if raw[g["start"]:g["end"]] != g["text"]:
                raise RasdError(f"eval dates: {rec['file']}:{rec.get('line')}: offsets of {g['text']!r} do not match")
        art = run_layer(raw, rec.get("published"))
        pred = [{"start": d.start, "end": d.end, "text": d.text, "type": d.type, "value": d.value} for d in art.dates]
        n_gold += len(gold)
        n_pred += len(pred)
        strict += len({(g["start"], g["end"]) for g in gold} & {(p["start"], p["end"]) for p in pred})
        pairs = match(gold, pred)
        lenient += len(pairs)
        for g, p in pairs:
            value_ok += g["value"] == p["value"]
            type_ok += g["type"] == p["type"]
            if g["value"] != p["value"]:
                errors.append(f"  value {rec['file']}:{rec.get('line')} {g['text']!r}: gold {g['value']} got {p['value']}")
        got = {id(g) for g, _ in pairs}
        gotp = {id(p) for _, p in pairs}
        errors += [f"  missed {rec['file']}:{rec.get('line')} {g['text']!r} {g['value']}" for g in gold if id(g) not in got]
        errors += [f"  extra  {rec['file']}:{rec.get('line')} {p['text']!r} {p['value']}" for p in pred if id(p) not in gotp]
        # publication date, metadata withheld
        gold_pub = rec.get("gold_published") or rec.get("published")
        if gold_pub:
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
        "articles": len(records), "gold": n_gold, "predicted": n_pred,
        "strict_p": sp[0], "strict_r": sp[1], "strict_f1": sp[2],
        "lenient_p": lp[0], "lenient_r": lp[1], "lenient_f1": lp[2],
        "value_acc": value_ok / lenient if lenient else 0.0, "type_acc": type_ok / lenient if lenient else 0.0,
        "value_acc_all": value_ok / n_gold if n_gold else 0.0,
        "pub_total": pub_total, "pub_inferred": pub_inferred, "pub_right": pub_right,
    }


def main(paths: list[str]) -> int:
    shared = shared_dir()
    if shared is None:
        print("eval dates: ../shared is absent; the annotated articles are not available, skipping")
        return 0
    verbose = "-v" in paths or os.environ.get("RASD_EVAL_VERBOSE", "") not in ("", "0")
    paths = [p for p in paths if p != "-v"] or [str(DEFAULT_SET)]
    records = []
    for p in paths:
        try:
            with open(p, encoding="utf-8") as fh:
                records += [json.loads(line) for line in fh if line.strip()]
        except (OSError, json.JSONDecodeError) as exc:
            raise RasdError(f"eval dates: cannot read annotations {p}: {exc}") from None
    splits = sorted({r.get("split", "all") for r in records}) if len(paths) == 1 else []
    for split in [*splits, None] if len(splits) > 1 else [None]:
        part = [r for r in records if split is None or r.get("split", "all") == split]
        s = evaluate(part, shared, verbose and split is None)
        print(f"[{split or 'all'}] articles {s['articles']}  gold expressions {s['gold']}  predicted {s['predicted']}")
        print(f"  spans strict : P {s['strict_p']:.3f}  R {s['strict_r']:.3f}  F1 {s['strict_f1']:.3f}")
        print(f"  spans lenient: P {s['lenient_p']:.3f}  R {s['lenient_r']:.3f}  F1 {s['lenient_f1']:.3f}")
        print(f"  value accuracy on matched spans {s['value_acc']:.3f} (over all gold {s['value_acc_all']:.3f}); "
              f"type accuracy {s['type_acc']:.3f}")
        print(f"  publication date without metadata: inferred for {s['pub_inferred']}/{s['pub_total']} articles, "
              f"right for {s['pub_right']}/{s['pub_inferred']}")
    print(f"dates: span F1 {s['lenient_f1']:.3f} (strict {s['strict_f1']:.3f}), value accuracy {s['value_acc']:.3f}")
    return 0

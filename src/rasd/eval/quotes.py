"""``rasd eval quotes``: score the quotes layer against hand annotations.

The default annotation set is ``rasd/eval/data/quotes.jsonl``: one JSON object
per annotated document, every quote in it annotated (so precision is
meaningful)::

    {"doc": "data/news/saudinewsnet/2015-08-10/alyaum.jsonl", "line": 96, "url": "…",
     "offsets": "content",
     "quotes": [{"start": 312, "end": 401, "kind": "indirect", "speaker": "شينخوا", "cue": "وقالت"}]}

``doc`` is a path under ``../shared``; ``line`` the 0-based line of a JSONL
file. ``offsets`` says what the character offsets index: ``content`` — the raw
``content`` field of the SaudiNewsNet record (the scorer analyses that string
as the article text, so offsets line up); ``repaired`` — rasd's repaired text
(title + blank line + paragraphs), used for the seed, rebuilt from
``seed/expected.json``. No article text is stored (SaudiNewsNet's licence forbids
redistribution): only offsets, kind, the speaker's name as written and the cue.
Span conventions are those of :mod:`rasd.analyse.quotes`.

Scores: span precision/recall/F1, exact (same span once quote marks, spaces and
final punctuation are trimmed at the edges) and overlap (any shared
characters, matched one-to-one, largest overlap first); over overlap-matched
pairs, kind accuracy and speaker accuracy. A speaker is right when, after
normalization, the gold name and one name of the predicted speaker (the
entity's name, aliases and mentions, or the descriptive string) are equal or
one is a whole-word run inside the other (``الحميقاني`` ≈ ``عبد العزيز عبد ربه
الحميقاني``). Set ``RASD_EVAL_VERBOSE=1`` to list the misses, ``RASD_EVAL_ENTITIES=0`` to score
without the entity layer. Documents carry a ``split``: ``dev`` (the set the
rules were developed on) and ``test``, ``test2``, ``test3`` (batches annotated
afterwards, each scored once before its errors were looked at; see
``data/QUOTES.md``); the report gives each and all.

The texts live in ``../shared`` (next to the repository, or ``$RASD_SHARED``);
without them the evaluation prints why and exits 0.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.arabic.normalize import normalize_for_match
from rasd.errors import RasdError
from rasd.eval import jsonl_record, shared_dir
from rasd.eval.scoring import match_spans, prf
from rasd.record import Article, Quote

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "quotes.jsonl"
_EDGE = " \t\n.,،:؛;!?؟…\"'«»“”„"




@dataclass
class Gold:
    start: int
    end: int
    kind: str
    speaker: str | None
    cue: str | None


def load_set(path: Path) -> list[dict[str, Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise RasdError(f"eval quotes: cannot read annotation set {path}: {exc}") from exc


def build_article(doc: dict[str, Any], shared: Path) -> Article:
    """The article the annotation's offsets index (see module docstring)."""
    path = shared / doc["doc"]
    try:
        if doc.get("offsets") == "repaired":
            exp = json.loads((path.parent / "expected.json").read_text(encoding="utf-8"))
            art = Article(title=exp["title"], paragraphs=list(exp["paragraphs"]))
        else:
            rec = jsonl_record(path, doc["line"])
            art = Article(paragraphs=[rec["content"]], url=rec.get("url"), source=rec.get("source"))
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise RasdError(f"eval quotes: cannot read {path}: {exc}") from exc
    art.build_text()
    return art


_NOTES: list[str] = []


def analyse(art: Article) -> None:
    """Run the layers quotes need: entities (when the layer loads), then quotes."""
    from rasd.analyse import quotes

    if os.environ.get("RASD_EVAL_ENTITIES") == "0":
        note = "note: entity layer off (RASD_EVAL_ENTITIES=0); speakers are descriptive strings"
        if note not in _NOTES:
            _NOTES.append(note)
        quotes.annotate(art)
        return
    try:
        from rasd.analyse import entities
    except ImportError as exc:  # the entity layer is optional for this score
        note = f"note: entity layer unavailable ({exc}); speakers are descriptive strings"
        if note not in _NOTES:
            _NOTES.append(note)
    else:
        entities.annotate(art)
    quotes.annotate(art)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def speaker_forms(art: Article, speaker: str | None) -> list[str]:
    if not speaker:
        return []
    ent = art.entity(speaker)
    if ent is None:
        return [speaker]
    return [ent.name, *ent.aliases, *(m.text for m in ent.mentions)]


def speaker_ok(gold: str | None, forms: list[str]) -> bool:
    if not gold:
        return not forms
    g = normalize_for_match(gold).split()
    for f in forms:
        p = normalize_for_match(f).split()
        if not p:
            continue
        short, long_ = (g, p) if len(g) <= len(p) else (p, g)
        if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
            return True
    return False


def match(golds: list[Gold], preds: list[Quote]) -> list[tuple[int, int]]:
    """One-to-one overlap matching, largest overlap first: (gold index, pred index)."""
    return match_spans([(g.start, g.end) for g in golds], [(p.start, p.end) for p in preds])


def evaluate(docs: list[dict[str, Any]], shared: Path, verbose: bool = False) -> dict[str, float]:
    n_gold = n_pred = exact = overlap = kind_ok = spk_ok = 0
    for doc in docs:
        art = build_article(doc, shared)
        analyse(art)
        golds = [Gold(q["start"], q["end"], q["kind"], q.get("speaker"), q.get("cue")) for q in doc["quotes"]]
        preds = art.quotes
        n_gold += len(golds)
        n_pred += len(preds)
        pairs = match(golds, preds)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        for gi, pi in pairs:
            g, p = golds[gi], preds[pi]
            overlap += 1
            same = _trim(art.text, g.start, g.end) == _trim(art.text, p.start, p.end)
            exact += same
            kind_ok += g.kind == p.kind
            ok = speaker_ok(g.speaker, speaker_forms(art, p.speaker))
            spk_ok += ok
            if verbose and not (same and ok and g.kind == p.kind):
                print(f"  ~ {doc['doc']}:{doc.get('line')} [{g.start}:{g.end}] vs [{p.start}:{p.end}] "
                      f"kind {g.kind}/{p.kind} speaker {g.speaker!r} / {speaker_forms(art, p.speaker)[:1]}")
        if verbose:
            for gi, g in enumerate(golds):
                if gi not in matched_g:
                    print(f"  - missed {doc['doc']}:{doc.get('line')} [{g.start}:{g.end}] {g.kind} "
                          f"{g.speaker} cue {g.cue}: {art.text[g.start:g.start + 40]}")
            for pi, p in enumerate(preds):
                if pi not in matched_p:
                    print(f"  + extra {doc['doc']}:{doc.get('line')} [{p.start}:{p.end}] {p.kind} "
                          f"cue {p.cue}: {p.text[:40]}")
    ep, er, ef = prf(exact, n_pred, n_gold)
    op, orr, of = prf(overlap, n_pred, n_gold)
    return {
        "docs": len(docs), "gold": n_gold, "predicted": n_pred,
        "exact_p": ep, "exact_r": er, "exact_f1": ef,
        "overlap_p": op, "overlap_r": orr, "overlap_f1": of,
        "kind_acc": kind_ok / overlap if overlap else 0.0,
        "speaker_acc": spk_ok / overlap if overlap else 0.0,
        "speaker_recall": spk_ok / n_gold if n_gold else 0.0,
    }


def main(paths: list[str]) -> int:
    shared = shared_dir()
    if shared is None:
        print("eval quotes: skipped: the annotated texts (../shared or $RASD_SHARED) are absent")
        return 0
    files = [Path(p) for p in paths] or [DEFAULT_SET]
    docs = [d for f in files for d in load_set(f)]
    verbose = os.environ.get("RASD_EVAL_VERBOSE") == "1"
    splits = sorted({d.get("split", "all") for d in docs})
    results = [(name, evaluate([d for d in docs if d.get("split", "all") == name], shared, verbose))
               for name in splits] if len(splits) > 1 else []
    total = evaluate(docs, shared, verbose and not results)
    for note in _NOTES:
        print(note)
    for name, s in [*results, ("all", total)]:
        print(f"[{name}] documents {s['docs']}, gold quotes {s['gold']}, predicted {s['predicted']}")
        print(f"[{name}] span exact    P {s['exact_p']:.3f}  R {s['exact_r']:.3f}  F1 {s['exact_f1']:.3f}")
        print(f"[{name}] span overlap  P {s['overlap_p']:.3f}  R {s['overlap_r']:.3f}  F1 {s['overlap_f1']:.3f}")
        print(f"[{name}] kind accuracy (overlap-matched) {s['kind_acc']:.3f}")
        print(f"[{name}] speaker accuracy (overlap-matched) {s['speaker_acc']:.3f}; "
              f"gold quotes found with the right speaker {s['speaker_recall']:.3f}")
    s = total
    print(f"quotes: overlap F1 {s['overlap_f1']:.3f}, exact F1 {s['exact_f1']:.3f}, "
          f"kind accuracy {s['kind_acc']:.3f}, speaker accuracy {s['speaker_acc']:.3f}")
    return 0

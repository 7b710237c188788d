"""Quote and speaker annotations on ANERcorp train sentences: validate, count, and score rasd on them.

    python3 scripts/anercorp_quotes.py check [FILE ...]     # validate (default: every file)
    python3 scripts/anercorp_quotes.py stats
    python3 scripts/anercorp_quotes.py rules [dev|train|test|all] [-v]   # rasd's quotes scored (test: aggregate only)
    python3 scripts/anercorp_quotes.py agree               # the second annotations of agreement/ against the first

Files: ``benchmarks/gold/anercorp-quotes/*.jsonl`` (README there: why, format, conventions). Sentences and tokens
are those of ``scripts/anercorp_events.py`` (its ``show`` prints them); the split is the events' ``split.json``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from anercorp_events import (  # noqa: E402
    _keys,
    _span_ok,
    actor_words,
    annotated_lines,
    processed,
    sentences,
    split_files,
)

GOLD = ROOT / "benchmarks/gold/anercorp-quotes"


def problems(path: Path, sents: list[list[str]]) -> list[str]:
    """Every problem of one annotation file, as ``file:line: message`` strings (empty when valid)."""
    out: list[str] = []
    for where, rec, n, found in annotated_lines(path, sents):
        out += found
        if rec is None:
            continue
        for q, qu in enumerate(rec.get("quotes", [])):
            at = f"{where} quote {q}"
            if qu.get("kind") not in ("direct", "indirect"):
                out.append(f"{at}: kind must be direct or indirect")
            if not _span_ok(qu.get("content"), n):
                out.append(f"{at}: content must be [start, end) token numbers within 0..{n}")
            if qu.get("cue") is not None and not _span_ok(qu.get("cue"), n):
                out.append(f"{at}: cue must be null or a [start, end) token span within 0..{n}")
            spk = qu.get("speaker") or []
            if not isinstance(spk, list) or not all(_span_ok(s, n) for s in spk):
                out.append(f"{at}: speaker must be a list of [start, end) token spans within 0..{n}")
            if qu.get("speaker_outside") is not None and not isinstance(qu["speaker_outside"], str):
                out.append(f"{at}: speaker_outside must be a string or null")
    return out




def gold_quotes(text: str, recs: list[dict], sents: list[list[str]]) -> list[tuple[int, int, set[str]]]:
    """The gold quotes of annotation lines ``recs`` as ``(start, end, speaker words)`` in ``text`` (rasd's
    repaired text of those lines, one sentence a line, joined by single spaces): each line is found in order;
    the quotes of a line the repair dropped are left out."""
    out: list[tuple[int, int, set[str]]] = []
    at = 0
    for r in recs:
        toks = sents[r["sent"]]
        line = " ".join(toks)
        pos = text.find(line, at)
        if pos < 0:
            continue
        at = pos + len(line)
        offs, p = [], pos
        for t in toks:
            offs.append((p, p + len(t)))
            p += len(t) + 1
        for q in r.get("quotes", []):
            a, b = q["content"]
            out.append((offs[a][0], offs[b - 1][1], actor_words(toks, q.get("speaker"), q.get("speaker_outside"))))
    return out


def pair(art: Any, gold: list[tuple[int, int, set[str]]]) -> Iterator[tuple[Any, int | None, str, Any, bool]]:
    """Each quote of ``art`` (a processed :class:`rasd.record.Article`) with the first unused gold quote
    ``(start, end, speaker words)`` its span overlaps by at least half of the longer of the two, in order:
    ``(quote, gold index or None, rasd's speaker name, its entity or None, speaker right)``. The speaker is
    right when the names share a word (:func:`anercorp_events._keys`), or when neither side names one."""
    used: set[int] = set()
    for qt in art.quotes:
        s, e = qt.start, qt.end
        ent = art.entity(qt.speaker) if qt.speaker else None
        name = ent.name if ent is not None else (qt.speaker or "")
        for k, g in enumerate(gold):
            if k in used or min(e, g[1]) - max(s, g[0]) < 0.5 * max(e - s, g[1] - g[0]):
                continue
            used.add(k)
            yield qt, k, name, ent, (not g[2] and not name) or bool(_keys(name.split()) & _keys(g[2]))
            break
        else:
            yield qt, None, name, ent, False


def rules(which: str, verbose: bool) -> None:
    """rasd's quotes (whole pipeline; each file one text, a sentence per line) against the gold: a quote is found
    when its content overlaps the gold content by at least half of the longer of the two (in characters); its
    speaker is right when rasd's speaker name and the gold speaker (span words or ``speaker_outside``) share a word."""
    sents = sentences()
    tot = Counter()
    for path in split_files(which, GOLD):
        art, placed = processed(path, sents)
        gold = []
        for r, toks, offs in placed:
            if offs is None:
                tot["lost"] += len(r.get("quotes", []))
                continue
            for q in r.get("quotes", []):
                a, b = q["content"]
                gold.append((offs[a][0], offs[b - 1][1], actor_words(toks, q.get("speaker"), q.get("speaker_outside"))))
        used: set[int] = set()
        tot["gold"] += len(gold)
        tot["pred"] += len(art.quotes)
        for qt, k, name, _ent, ok in pair(art, gold):
            s, e = qt.start, qt.end
            if k is None:
                if verbose:
                    print(f"  + {path.stem} «{name}» :: {art.text[s:e][:100]}")
                continue
            used.add(k)
            tot["tp"] += 1
            tot["stp"] += ok
            if verbose and not ok:
                print(f"  ~ {path.stem} speaker «{name}» gold «{' '.join(sorted(gold[k][2]))}» :: {art.text[s:e][:90]}")
        if verbose:
            for k, g in enumerate(gold):
                if k not in used:
                    print(f"  - {path.stem} gold «{' '.join(sorted(g[2]))}» :: {art.text[g[0]:g[1]][:100]}")
    for key, label in (("tp", "span"), ("stp", "span+speaker")):
        p, r = tot[key] / max(tot["pred"], 1), tot[key] / max(tot["gold"], 1)
        print(f"anercorp quotes {which} {label}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(right {tot[key]} of {tot['pred']}; gold {tot['gold']}; gold in lines the repair dropped: {tot['lost']})")


def _overlaps(x: list[int], y: list[int]) -> bool:
    """Two token spans overlap by at least half of the longer one (the ``rules`` match, in tokens)."""
    return min(x[1], y[1]) - max(x[0], y[0]) >= 0.5 * max(x[1] - x[0], y[1] - y[0])


def agree() -> None:
    """Span F1 and span + speaker F1 between each file of ``agreement/`` and the first annotator's file."""
    sents = sentences()
    first = {json.loads(x)["sent"]: json.loads(x) for f in sorted(GOLD.glob("*.jsonl"))
             for x in f.read_text(encoding="utf-8").splitlines() if x.strip()}
    for path in sorted((GOLD / "agreement").glob("*.jsonl")):
        c = Counter()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or json.loads(line)["sent"] not in first:
                continue
            rb = json.loads(line)
            toks = sents[rb["sent"]]
            qa, qb = first[rb["sent"]].get("quotes", []), rb.get("quotes", [])
            c["a"] += len(qa)
            c["b"] += len(qb)

            def who(q: dict, toks: list[str] = toks) -> set[str]:
                return _keys([w for s, e in q.get("speaker") or [] for w in toks[s:e]]
                             + (q.get("speaker_outside") or "").split())

            used: set[int] = set()
            for x in qa:
                for k, y in enumerate(qb):
                    if k not in used and _overlaps(x["content"], y["content"]):
                        used.add(k)
                        c["m"] += 1
                        c["s"] += bool(who(x) & who(y)) or (not who(x) and not who(y))
                        break
        n = max(c["a"] + c["b"], 1)
        print(f"{path.name}: quotes first {c['a']} second {c['b']}; span F1 {2 * c['m'] / n:.3f}; "
              f"span+speaker F1 {2 * c['s'] / n:.3f}")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("check", "stats", "rules", "agree"):
        print(__doc__)
        return 2
    if argv[0] == "check":
        sents = sentences()
        fs = [Path(a) for a in argv[1:]] or sorted(GOLD.glob("*.jsonl"))
        probs = [p for f in fs for p in problems(f, sents)]
        print("\n".join(probs) or f"{len(fs)} files, 0 problems")
        return 1 if probs else 0
    if argv[0] == "agree":
        agree()
        return 0
    if argv[0] == "stats":
        recs = [json.loads(x) for f in sorted(GOLD.glob("*.jsonl"))
                for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        qs = [q for r in recs for q in r.get("quotes", [])]
        print(f"sentences {len(recs)}, with quotes {sum(bool(r.get('quotes')) for r in recs)}, quotes {len(qs)}")
        print("kinds:", dict(Counter(q["kind"] for q in qs)))
        print("speaker in sentence:", sum(bool(q.get("speaker")) for q in qs), "outside:",
              sum(bool(q.get("speaker_outside")) for q in qs))
        return 0
    which = next((a for a in argv[1:] if a in ("dev", "train", "test", "all")), "all")
    verbose = "-v" in argv[1:]
    if verbose and which not in ("dev", "train"):
        print("anercorp_quotes: -v lists errors of the dev and train splits only (test is frozen)", file=sys.stderr)
        return 2
    rules(which, verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

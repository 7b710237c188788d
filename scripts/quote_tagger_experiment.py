"""Experiment: can a learned quote-span tagger add the quotes rasd's rules miss?

    python3 scripts/quote_tagger_experiment.py [--sets shared,dev,dev2,...] [--c1 0.1] [--c2 0.01] [--iters 300] [--gate 0.9] [-v]

Finding (session 10, see the commit message): the tagger alone is far below the rules on every set and its
added spans are mostly wrong; only ~18 % of the gold quotes the rules miss are matched by any tagger span.

A token-level BIO tagger (python-crfsuite) over quote content, trained on the ANERcorp quote annotations
(``benchmarks/gold/anercorp-quotes``, CC BY-SA; the ``dev`` and ``train`` splits, never ``test``) with simple
features: the normalized word and its clitic-stripped form, reporting cues (verbs, participles, speech nouns,
attribution phrases) within a few tokens before, أن/إن right after a cue, quote marks and whether the token
sits between two, a colon earlier in the sentence, the position in the sentence.

It prints, first, the tagger trained on ``train`` only and scored on ANERcorp ``dev`` (token half-overlap, as
``anercorp_quotes.py``), a sanity check of what it learns; then, for the model trained on ``dev`` + ``train``,
per ANT dev set (shared, dev, dev2 .. dev10: ``scripts/gold_sets.py``'s ``DEV``; never the held-out or frozen
sets) span P/R/F1 of (a) the rules (rasd's quotes), (b) the tagger alone, (c) the union rules ∪ tagger spans
that overlap no rule quote, (d) the same union keeping only tagger spans whose tokens' mean marginal is at least
``--gate``, (e) a stacked tagger that also sees the rules' own BIO labels as features (its spans alone).
Matching is the shared ``score.py``'s: each gold quote takes the unused predicted quote of best token F1, when
it is at least 0.5. The tagger reads rasd's repaired text (the text its quotes
are offsets in), one sentence (``rasd.arabic.sentences.split_sentences``) at a time. The models are
throwaway files under ``--model-dir`` (default /tmp), never in the package: an experiment, not a package change.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from anercorp_events import sentences as anercorp_sentences  # noqa: E402
from anercorp_events import split_files  # noqa: E402
from anercorp_quotes import GOLD as AQ_GOLD  # noqa: E402
from ant_gold import SHARED, joined  # noqa: E402
from gold_sets import AGGREGATE_ONLY, DEV  # noqa: E402

from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.arabic.reporting import (  # noqa: E402
    ATTRIBUTION_PHRASES,
    COMPLEMENTIZER_SUFFIXES,
    COMPLEMENTIZERS,
    REPORTING_PARTICIPLES,
    REPORTING_VERBS,
    SPEECH_NOUNS,
)
from rasd.arabic.sentences import split_sentences  # noqa: E402
from rasd.arabic.tokenize import strip_proclitics  # noqa: E402

_TOKEN = re.compile(r"\w+(?:[.,]\d+)*|[^\w\s]", re.UNICODE)
_QUOTE_MARKS = set("\"«»“”„'‘’")


def _n(w: str) -> str:
    return normalize(w)


CUES = {_n(w) for w in (*REPORTING_VERBS, *REPORTING_PARTICIPLES, *SPEECH_NOUNS)}
ATTRIB = {_n(p.split()[0]) for p in ATTRIBUTION_PHRASES}
COMPS = {_n(c) for c in COMPLEMENTIZERS} | {_n(c + s) for c in COMPLEMENTIZERS for s in COMPLEMENTIZER_SUFFIXES}


def _bare(w: str) -> str:
    """The normalized word without a leading و/ف (the reporting lists leave them out)."""
    n = _n(w)
    return n[1:] if len(n) > 3 and n[0] in "وف" else n


def _is_cue(w: str) -> bool:
    return _bare(w) in CUES or _n(w) in CUES


def _is_comp(w: str) -> bool:
    return _bare(w) in COMPS or _n(w) in COMPS


def features(toks: list[str], rule: list[str] | None = None) -> list[list[str]]:
    """Feature strings of each token of one sentence (see the module docstring); ``rule``, when given, is the
    rules' BIO label of each token (the stacked variant: the tagger learns where the rules err)."""
    n = len(toks)
    norm = [_n(t) for t in toks]
    stem = [_n(strip_proclitics(t)) for t in toks]
    cue = [_is_cue(t) for t in toks]
    comp = [_is_comp(t) for t in toks]
    mark = [t in _QUOTE_MARKS for t in toks]
    attrib = [_bare(t) in ATTRIB for t in toks]
    out: list[list[str]] = []
    marks_before = 0
    colon_at = -1
    last_cue = -1000
    last_comp_after_cue = -100
    last_comp = -100
    for i, t in enumerate(toks):
        f = ["b", f"w={norm[i]}", f"s={stem[i]}", f"suf2={norm[i][-2:]}", f"pre2={norm[i][:2]}"]
        if not t.isalnum():
            f.append(f"p={t}" if t in ":،,.؟?!;؛-" else "p=other")
        if mark[i]:
            f.append("qmark")
        if cue[i]:
            f.append("cue")
        if comp[i]:
            f.append("comp")
        if attrib[i]:
            f.append("attrib")
        if marks_before % 2 == 1:
            f.append("inside_marks")
        if colon_at >= 0:
            f.append("after_colon")
            f.append(f"colon_d={min(i - colon_at, 4)}")
        d = i - last_cue
        if d <= 12:
            f.append(f"cue_d={min(d, 6) if d < 6 else ('<=12')}")
        dc = i - last_comp_after_cue
        if dc <= 40:
            f.append(f"comp_d={min(dc, 4)}")
        if i - last_comp <= 40:
            f.append(f"anycomp_d={min(i - last_comp, 4)}")
        if last_cue >= 0:
            f.append("cue_seen")
            f.append(f"cue_gap={min((last_comp_after_cue if last_comp_after_cue > last_cue else i) - last_cue, 10) // 3}")
        for k in (-2, -1, 1, 2):
            j = i + k
            if 0 <= j < n:
                f.append(f"w{k}={norm[j]}")
                if cue[j]:
                    f.append(f"cue{k}")
                if comp[j]:
                    f.append(f"comp{k}")
                if mark[j]:
                    f.append(f"qmark{k}")
            else:
                f.append(f"w{k}=<{'s' if j < 0 else '/s'}>")
        if rule is not None:
            f.append(f"r={rule[i]}")
            f.append(f"r-1={rule[i - 1] if i else '<s>'}")
            f.append(f"r+1={rule[i + 1] if i + 1 < n else '</s>'}")
        f.append(f"pos={min(i, 5)}")
        f.append(f"rest={min(n - 1 - i, 5)}")
        if any(cue[j] for j in range(i + 1, min(n, i + 8))):
            f.append("cue_ahead")
        out.append(f)
        # state for the next token
        if mark[i]:
            marks_before += 1
        if t == ":":
            colon_at = i
        if cue[i]:
            last_cue = i
        if comp[i] and last_cue >= 0 and i - last_cue <= 15:
            last_comp_after_cue = i
        if comp[i]:
            last_comp = i
    return out


def bio(n: int, spans: list[tuple[int, int]]) -> list[str]:
    lab = ["O"] * n
    for a, b in spans:
        for k in range(a, b):
            lab[k] = "I" if k > a else "B"
    return lab


def spans_of(labels: list[str]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and lab != "I":
            out.append((start, i))
            start = None
        if lab == "B" or (lab == "I" and start is None):
            start = i
    return out


def rule_labels(offs: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> list[str]:
    """BIO of tokens at character ``offs`` against the rules' quote spans (a token inside one is I, its first B)."""
    out = []
    for a, b in offs:
        q = next((q for q in quotes if a < q[1] and b > q[0]), None)
        out.append("O" if q is None else ("I" if out and out[-1] != "O" and a > q[0] else "B"))
    return out


def anercorp_data(split: str) -> list[tuple[list[str], list[tuple[int, int]], list[str]]]:
    """``(tokens, gold content spans, the rules' BIO labels)`` of each annotated sentence of a split."""
    from anercorp_events import processed

    sents = anercorp_sentences()
    out = []
    for path in split_files(split, AQ_GOLD):
        art, placed = processed(path, sents)
        rq = [(q.start, q.end) for q in art.quotes]
        for r, toks, offs in placed:
            rule = rule_labels(offs, rq) if offs is not None else ["O"] * len(toks)
            out.append((toks, [tuple(q["content"]) for q in r.get("quotes", [])], rule))
    return out


def train(data, c1: float, c2: float, iters: int, path: str, stacked: bool) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for toks, spans, rule in data:
        tr.append(features(toks, rule if stacked else None), bio(len(toks), spans))
    tr.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True})
    tr.train(path)


def _half(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return min(x[1], y[1]) - max(x[0], y[0]) >= 0.5 * max(x[1] - x[0], y[1] - y[0])


def anercorp_check(tagger, data, stacked: bool) -> str:
    c = Counter()
    for toks, gold, rule in data:
        pred = spans_of(tagger.tag(features(toks, rule if stacked else None)))
        c["p"] += len(pred)
        c["g"] += len(gold)
        used: set[int] = set()
        for s in pred:
            for k, g in enumerate(gold):
                if k not in used and _half(s, g):
                    used.add(k)
                    c["tp"] += 1
                    break
    return _prf(c["tp"], c["p"], c["g"])


def _prf(tp: int, p: int, g: int) -> str:
    pr, rc = tp / max(p, 1), tp / max(g, 1)
    return f"P {pr:.3f} R {rc:.3f} F1 {2 * pr * rc / max(pr + rc, 1e-9):.3f} ({tp}/{p} pred, {g} gold)"


def tag_text(tagger, text: str, rules: list[tuple[int, int]] | None = None,
             gate: float = 0.0) -> list[tuple[int, int]]:
    """Character spans of the tagger's quotes in ``text``, one sentence at a time; ``rules`` (the rules' quote
    spans) for the stacked tagger; ``gate``: keep a span only when its tokens' mean marginal is at least this."""
    out = []
    for a, b in split_sentences(text):
        ms = list(_TOKEN.finditer(text, a, b))
        if not ms:
            continue
        rule = rule_labels([(m.start(), m.end()) for m in ms], rules) if rules is not None else None
        labels = tagger.tag(features([m.group() for m in ms], rule))
        for s, e in spans_of(labels):
            if gate and sum(tagger.marginal(labels[k], k) for k in range(s, e)) / (e - s) < gate:
                continue
            lo, hi = ms[s].start(), ms[e - 1].end()
            # marks and punctuation at the edges are not content
            words = [m for m in ms[s:e] if m.group().isalnum() or m.group()[0].isalnum()]
            if len(words) >= 3:
                out.append((lo, hi))
    return out


def _score_module():
    spec = importlib.util.spec_from_file_location("ant_score", SHARED / "gold/ant-dev/score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def match(score, gold: list[str], pred: list[str]) -> int:
    """score.py's quote matching: each gold quote takes the unused prediction of best token F1, if >= 0.5."""
    used: set[int] = set()
    tp = 0
    for g in gold:
        best, bi = 0.0, None
        for k, p in enumerate(pred):
            if k in used:
                continue
            f = score.overlap_f1(p, g)
            if f > best:
                best, bi = f, k
        if bi is not None and best >= 0.5:
            used.add(bi)
            tp += 1
    return tp


def golds_of(name: str) -> list[dict]:
    if name == "shared":
        return [json.loads(x) for x in open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") if x.strip()]
    return joined(name)


VARIANTS = ("rules", "tagger", "union", "union_gate", "stacked")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(DEV))
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=300)
    ap.add_argument("--gate", type=float, default=0.9, help="union_gate: mean marginal a tagger span needs")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each span the gated union adds (+ right, - wrong)")
    ap.add_argument("--model-dir", default="/tmp", help="where the throwaway models go (never the package)")
    args = ap.parse_args()
    sets = [s for s in args.sets.split(",") if s]
    bad = [s for s in sets if s in AGGREGATE_ONLY or s not in DEV]
    if bad:
        print(f"quote_tagger_experiment: {bad} are not dev sets (held-out and frozen sets are never scored here)",
              file=sys.stderr)
        return 2
    import pycrfsuite

    from rasd.pipeline import process_text

    tr, dv = anercorp_data("train"), anercorp_data("dev")
    rules_dev = Counter()
    for _toks, gold, rule in dv:
        pred = spans_of(rule)
        rules_dev["p"] += len(pred)
        rules_dev["g"] += len(gold)
        rules_dev["tp"] += sum(any(_half(x, g) for g in gold) for x in pred)
    print(f"ANERcorp dev, rules (token half-overlap, approx.): {_prf(rules_dev['tp'], rules_dev['p'], rules_dev['g'])}")
    taggers = {}
    for stacked in (False, True):
        name = "stacked" if stacked else "tagger"
        t0 = time.time()
        path = str(Path(args.model_dir) / f"qcrf_{name}_train.crfsuite")
        train(tr, args.c1, args.c2, args.iters, path, stacked)
        tg = pycrfsuite.Tagger()
        tg.open(path)
        print(f"ANERcorp dev, {name} trained on train ({len(tr)} sentences, {time.time() - t0:.0f}s): "
              f"{anercorp_check(tg, dv, stacked)}")
        path = str(Path(args.model_dir) / f"qcrf_{name}_all.crfsuite")
        train(tr + dv, args.c1, args.c2, args.iters, path, stacked)
        taggers[name] = pycrfsuite.Tagger()
        taggers[name].open(path)
    score = _score_module()
    tot = {k: Counter() for k in VARIANTS}
    print("span P R F1 (score.py matching, token F1 >= 0.5); added = tagger spans the union adds (gated); "
          "rescuable = gold quotes no rule quote matches that some tagger span matches / gold quotes no rule quote matches")
    print(f"{'set':7} {'gold':>4} | " + " | ".join(f"{k:17}" for k in VARIANTS) + " | added | rescuable")

    def cell(x: Counter) -> str:
        pr, rc = x["tp"] / max(x["p"], 1), x["tp"] / max(x["g"], 1)
        return f"{pr:.3f} {rc:.3f} {2 * pr * rc / max(pr + rc, 1e-9):.3f}"

    for s in sets:
        c = {k: Counter() for k in VARIANTS}
        added = Counter()
        for g in golds_of(s):
            art = process_text(g["text"], layers=("entities", "quotes"), id=g["docno"], title=g["title"],
                               published=g["published"], url=g["url"], source=g["source"])
            gold = [g["text"][q["start"]:q["end"]] for q in g["quotes"]]
            rq = [(q.start, q.end) for q in art.quotes]

            def new(spans: list[tuple[int, int]], rq: list[tuple[int, int]] = rq) -> list[tuple[int, int]]:
                return [x for x in spans if not any(min(x[1], r[1]) > max(x[0], r[0]) for r in rq)]

            tq = tag_text(taggers["tagger"], art.text)
            extra, gated = new(tq), new(tag_text(taggers["tagger"], art.text, gate=args.gate))
            added["u"] += len(extra)
            added["g"] += len(gated)
            preds = {"rules": rq, "tagger": tq, "union": rq + extra, "union_gate": rq + gated,
                     "stacked": tag_text(taggers["stacked"], art.text, rules=rq)}
            hit = [any(score.overlap_f1(art.text[a:b], x) >= 0.5 for a, b in rq) for x in gold]
            added["miss"] += hit.count(False)
            added["rescue"] += sum(not h and any(score.overlap_f1(art.text[a:b], x) >= 0.5 for a, b in tq)
                                   for h, x in zip(hit, gold, strict=True))
            if args.verbose:
                for a, b in gated:
                    ok = any(score.overlap_f1(art.text[a:b], x) >= 0.5 for x in gold)
                    print(f"  {'+' if ok else '-'} {s} {g['docno']}: {art.text[a:b][:110]}")
            for k, spans in preds.items():
                pred = [art.text[a:b] for a, b in spans]
                c[k]["tp"] += match(score, gold, pred)
                c[k]["p"] += len(pred)
                c[k]["g"] += len(gold)
        for k in tot:
            tot[k].update(c[k])
        print(f"{s:7} {c['rules']['g']:>4} | " + " | ".join(f"{cell(c[k]):17}" for k in VARIANTS)
              + f" | {added['u']} ({added['g']}) | {added['rescue']}/{added['miss']}", flush=True)
    print(f"{'all':7} {tot['rules']['g']:>4} | " + " | ".join(f"{cell(tot[k]):17}" for k in VARIANTS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

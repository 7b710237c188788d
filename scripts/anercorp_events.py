"""Event annotations on ANERcorp train sentences: show sentences to annotate, validate and count the files.

ANERcorp (CC BY-SA 4.0, news of 2002-2006) is the one body of Arabic news text at hand whose licence lets a
model trained on it ship in the package; the ANT corpus does not (see ``src/rasd/data/events/MODEL_CARD.md``).
So events annotated on ANERcorp sentences are licence-clean training data for a learned event component
(trigger sense, argument roles, status). The files live in ``benchmarks/gold/anercorp-events/`` (README there:
format, conventions, counts); this script is their only reader and writer of views.

Sentences are those of the reconstructed CAMeL train split (``../shared/data/ner/anercorp``), numbered from 0
in file order; tokens are ANERcorp's (punctuation split off, proclitics attached), numbered from 0 within the
sentence. The CAMeL test split is never read.

Usage::

    python3 scripts/anercorp_events.py show FROM TO        # sentences FROM..TO-1, each with numbered tokens
    python3 scripts/anercorp_events.py check [FILE ...]    # validate annotation files (default: all)
    python3 scripts/anercorp_events.py stats               # counts by type and status
    python3 scripts/anercorp_events.py agree               # two annotators on the sentences of agreement/
    python3 scripts/anercorp_events.py rules [dev|train|test|all] [-v]   # rasd's events scored on these sentences

``split.json`` (beside the files) splits the files in two, drawn before any rule was written from them:
``dev`` may be read and tuned on (``-v`` lists its misses and spurious events), ``test`` is frozen
(aggregate only, ``-v`` refused).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared/data/ner/anercorp/ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
GOLD = ROOT / "benchmarks/gold/anercorp-events"

TYPES = {"ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND", "DISAPPROVE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "ENGAGE"}
STATUSES = {"happened", "planned", "likely", "denied", "ongoing"}


def tagged_sentences() -> list[list[tuple[str, str]]]:
    """The train split's sentences as (token, NER tag) lists (blank line = boundary)."""
    if not TRAIN.is_file():
        raise SystemExit(f"anercorp_events: {TRAIN} not found (the shared ANERcorp data is needed)")
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in TRAIN.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag) if tok else (line, "O"))
    if cur:
        out.append(cur)
    return out


def sentences() -> list[list[str]]:
    """The train split's sentences as token lists (the tag column dropped)."""
    return [[tok for tok, _ in sent] for sent in tagged_sentences()]


def show(lo: int, hi: int) -> None:
    """Print sentences lo..hi-1: the text, then every token with its number."""
    sents = sentences()
    for i in range(lo, min(hi, len(sents))):
        toks = sents[i]
        print(f"## {i}\n{' '.join(toks)}\n" + " ".join(f"{j}:{t}" for j, t in enumerate(toks)) + "\n")


def _span_ok(span: object, n: int) -> bool:
    return (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1] <= n)


def annotated_lines(path: Path, sents: list[list[str]]):
    """Each annotated line of a file, checked for what every annotation file shares, as
    ``(where, record or None, sentence length, problems)``: a line that is not JSON, whose ``sent`` is no
    sentence number, or that repeats a sentence is reported (and, for the first two, has no record)."""
    seen: set[int] = set()
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{k}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, None, 0, [f"{where}: not JSON ({exc.msg})"]
            continue
        i = rec.get("sent")
        if not isinstance(i, int) or not 0 <= i < len(sents):
            yield where, None, 0, [f"{where}: 'sent' must be a sentence number 0..{len(sents) - 1}"]
            continue
        twice = [f"{where}: sentence {i} annotated twice"] if i in seen else []
        seen.add(i)
        yield where, rec, len(sents[i]), twice


def problems(path: Path, sents: list[list[str]]) -> list[str]:
    """Every problem of one annotation file, as ``file:line: message`` strings (empty when valid)."""
    out: list[str] = []
    for where, rec, n, found in annotated_lines(path, sents):
        out += found
        if rec is None:
            continue
        for e, ev in enumerate(rec.get("events", [])):
            at = f"{where} event {e}"
            if ev.get("type") not in TYPES:
                out.append(f"{at}: type {ev.get('type')!r} is not a PLOVER type")
            if ev.get("status") not in STATUSES:
                out.append(f"{at}: status {ev.get('status')!r} not one of {sorted(STATUSES)}")
            if not _span_ok(ev.get("trigger"), n):
                out.append(f"{at}: trigger must be [start, end) token numbers within 0..{n}")
            for role in ("source", "target"):
                spans = ev.get(role) or []
                if not isinstance(spans, list) or not all(_span_ok(s, n) for s in spans):
                    out.append(f"{at}: {role} must be a list of [start, end) token spans within 0..{n}")
    return out


def records() -> list[dict]:
    """Every annotated sentence of every file, sorted by sentence number."""
    recs = [json.loads(line) for p in sorted(GOLD.glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(recs, key=lambda r: r["sent"])


def _pairs(a: list[dict], b: list[dict], strict: bool) -> int:
    """How many events of ``a`` find a partner in ``b`` (same type, overlapping triggers; ``strict``: also the
    same status and overlapping source spans), each partner used once."""
    used: set[int] = set()
    n = 0
    for ea in a:
        for k, eb in enumerate(b):
            if k in used or ea["type"] != eb["type"]:
                continue
            if not (ea["trigger"][0] < eb["trigger"][1] and eb["trigger"][0] < ea["trigger"][1]):
                continue
            if strict and (ea["status"] != eb["status"] or not _same_actors(ea["source"], eb["source"])):
                continue
            used.add(k)
            n += 1
            break
    return n


def _same_actors(x: list, y: list) -> bool:
    if not x and not y:
        return True
    return any(p[0] < q[1] and q[0] < p[1] for p in x for q in y)


def agree() -> None:
    """F1 between the second annotations in ``agreement/`` and the first annotator's files, per file and pooled:
    trigger + type, and trigger + type + status + source."""
    first = {r["sent"]: r for r in records()}
    tot = Counter()
    for path in sorted((GOLD / "agreement").glob("*.jsonl")):
        c = Counter()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rb = json.loads(line)
            ra = first.get(rb["sent"])
            if ra is None:
                continue
            ea, eb = ra.get("events", []), rb.get("events", [])
            c["a"] += len(ea)
            c["b"] += len(eb)
            c["m"] += _pairs(ea, eb, False)
            c["s"] += _pairs(ea, eb, True)
        tot.update(c)
        _agree_line(path.name, c)
    _agree_line("pooled", tot)


def _agree_line(name: str, c: Counter) -> None:
    f1 = 2 * c["m"] / max(c["a"] + c["b"], 1)
    fs = 2 * c["s"] / max(c["a"] + c["b"], 1)
    print(f"{name}: events first {c['a']} second {c['b']}; trigger+type F1 {f1:.3f}; +status+source F1 {fs:.3f}")


def _keys(words) -> set[str]:
    """Words as compared for actors: normalized, a proclitic و/ف/ب/ل and the article off, 3+ letters."""
    from rasd.arabic.normalize import normalize

    out = set()
    for w in words:
        w = normalize(w)
        w = w[1:] if len(w) > 4 and w[0] in "وفبل" else w
        w = w[2:] if w.startswith("ال") and len(w) > 4 else w
        if len(w) >= 3:
            out.add(w)
    return out


def _same_referent(art, ev, gold_words: set[str], role: str = "source") -> bool:
    """Is rasd's source (or ``role="target"``: target) of ``ev`` the gold one, by referent rather than by a shared word: a word of
    any of its names or mentions, or, for a state actor (a country, a capital, an organ of a state, an
    implied country), the same country as a nationality adjective or a city in the gold words
    (الإسرائيلي، واشنطن، برلين: the gold convention makes a country, its capital and its government one
    actor). A person is never matched by nationality (الوزيرة الأميركية is not every American)."""
    from rasd.analyse.events.nations import city_country, demonym_code, organ_country
    from rasd.arabic.normalize import normalize

    ref = getattr(ev, role)
    if not ref:
        return False
    ent = art.entity(ref)
    names = [ref] if ent is None else [ent.name, *ent.aliases, *(m.text for m in ent.mentions)]
    if _keys(w for n in names for w in n.split()) & _keys(gold_words):
        return True
    # short names and a conjunction on a short one (شو، وبوش), which _keys leaves out or keeps whole
    mine = {normalize(w) for n in names for w in n.split()}
    if mine & {normalize(w[1:] if len(w) == 4 and w[0] in "وف" else w) for w in gold_words if len(w) >= 2}:
        return True
    if ent is None:
        code = (ev.implied.get(ref) or {}).get("alpha2")
    elif ent.type == "PER":
        code = None
    else:
        code = (ent.country or {}).get("alpha2") if ent.type in ("LOC", "GPE") else organ_country(ent)
        code = code or city_country(ent.name)
    return bool(code) and any(demonym_code(w) == code or city_country(w) == code for w in gold_words)


def split_files(which: str, folder: Path = GOLD) -> list[Path]:
    """The annotation files of ``folder`` in a split (``all``: every file). The split is this folder's
    ``split.json`` for the events and the quotes alike (the quote files share the events' file names)."""
    files = sorted(folder.glob("*.jsonl"))
    if which == "all":
        return files
    names = set(json.loads((GOLD / "split.json").read_text(encoding="utf-8"))[which])
    return [f for f in files if f.name in names]


def processed(path: Path, sents: list[list[str]]):
    """rasd's record of one annotation file, and per annotated sentence ``(record, tokens, offsets)``.

    The file is one text, a sentence per line (ANERcorp's tokens joined by spaces), run through the whole
    pipeline. ``offsets`` are each token's ``(start, end)`` in the record's text: the repair may drop a line (a
    caption, a repeated passage), so each line is looked up in the text, in order; ``None`` for a dropped one."""
    from rasd.pipeline import process_text

    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = [" ".join(sents[r["sent"]]) for r in recs]
    art = process_text("\n".join(lines), id=path.stem)
    out = []
    at = 0
    for r, line in zip(recs, lines, strict=True):
        toks = sents[r["sent"]]
        pos = art.text.find(line, at)
        if pos < 0:
            out.append((r, toks, None))
            continue
        at = pos + len(line)
        offs = []
        for t in toks:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        out.append((r, toks, offs))
    return art, out


def actor_words(toks: list[str], spans: list | None, outside: str | None) -> set[str]:
    """The words of an annotated actor or speaker: its token spans in the sentence and its outside name."""
    words = {w for s, e in spans or [] for w in toks[s:e]}
    return words | set(outside.split()) if outside else words


def rules(which: str = "all", verbose: bool = False) -> None:
    """rasd's events (all layers, ``process_text``) on the annotated sentences, scored against them.

    Each annotation file is one text, a sentence per line (ANERcorp's tokens joined by spaces). An event of
    rasd is right when its type is the gold event's and its trigger overlaps the gold trigger; ``+source``
    also asks that rasd's source name and the gold source's words share a word (gold events with no source in
    the sentence count as matched on it); ``+source (referent)`` asks the same referent (any of its names, or
    one country named by a nationality adjective or a city: :func:`_same_referent`); ``+target`` asks the same of
    rasd's target against the gold target (by words), and ``+source+target`` both. A cross-outlet check: no rule was written from these sentences."""
    sents = sentences()
    tot = Counter()
    for path in split_files(which):
        art, placed = processed(path, sents)
        gold = []
        for r, toks, offs in placed:
            if offs is None:
                tot["lost"] += len(r.get("events", []))
                continue
            for ev in r.get("events", []):
                a, b = ev["trigger"]
                gold.append((offs[a][0], offs[b - 1][1], ev["type"],
                             actor_words(toks, ev.get("source"), ev.get("source_outside")),
                             actor_words(toks, ev.get("target"), ev.get("target_outside")), ev["status"]))
        used: set[int] = set()
        c = Counter(gold=len(gold), pred=len(art.events))
        for ev in art.events:
            for k, g in enumerate(gold):
                if k in used or g[2] != ev.type or not (g[0] < ev.trigger.end and ev.trigger.start < g[1]):
                    continue
                used.add(k)
                c["tp"] += 1
                ent = art.entity(ev.source) if ev.source else None
                name = ent.name if ent is not None else (ev.source or "")
                c["stp"] += (not g[3]) or bool(_keys(name.split()) & _keys(g[3]))
                c["rtp"] += (not g[3]) or _same_referent(art, ev, g[3])
                # the target: rasd's target names the gold target (a gold event with no target asks none)
                tent = art.entity(ev.target) if ev.target else None
                tname = tent.name if tent is not None else (ev.target or "")
                tok = (not g[4]) or bool(_keys(tname.split()) & _keys(g[4]))
                c["ttp"] += tok
                c["sttp"] += tok and ((not g[3]) or bool(_keys(name.split()) & _keys(g[3])))
                c["rttp"] += (not g[4]) or _same_referent(art, ev, g[4], "target")
                c["status_ok"] += ev.status == g[5]
                c[f"status {g[5]}->{ev.status}"] += ev.status != g[5]
                if g[4]:
                    c["gtgt"] += 1
                    c["tgt_right" if tok else ("tgt_wrong" if ev.target else "tgt_none")] += 1
                if verbose and g[4] and not tok:
                    print(f"  T {path.stem} {ev.type} gold {' '.join(sorted(g[4]))} | ours {tname or '-'} :: "
                          f"{art.text[max(0, ev.trigger.start - 60):ev.trigger.end + 60]}")
                break
            else:
                if verbose:
                    print(f"  + {path.stem} {ev.type} «{art.text[ev.trigger.start:ev.trigger.end]}» :: "
                          f"{art.text[max(0, ev.trigger.start - 50):ev.trigger.end + 30]}")
        if verbose:
            for k, g in enumerate(gold):
                if k not in used:
                    print(f"  - {path.stem} {g[2]} «{art.text[g[0]:g[1]]}» :: {art.text[max(0, g[0] - 50):g[1] + 30]}")
        tot.update(c)
    for key, label in (("tp", "type+trigger"), ("stp", "type+trigger+source"),
                       ("rtp", "type+trigger+source (referent)"), ("ttp", "type+trigger+target"),
                       ("rttp", "type+trigger+target (referent)"),
                       ("sttp", "type+trigger+source+target")):
        p, r = tot[key] / max(tot["pred"], 1), tot[key] / max(tot["gold"], 1)
        print(f"anercorp {which} {label}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f} "
              f"(right {tot[key]} of {tot['pred']}; gold {tot['gold']}; gold in lines the repair dropped: {tot['lost']})")
    print(f"anercorp {which} matched events with a gold target: {tot['gtgt']}; rasd's target right "
          f"{tot['tgt_right']}, another {tot['tgt_wrong']}, none {tot['tgt_none']}")
    wrong = sorted(((k[7:], n) for k, n in tot.items() if k.startswith("status ") and n), key=lambda x: -x[1])
    print(f"anercorp {which} matched events with the gold status: {tot['status_ok']} of {tot['tp']}; wrong (gold->rasd): "
          + ", ".join(f"{k} {n}" for k, n in wrong))


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("show", "check", "stats", "agree", "rules"):
        print(__doc__)
        return 2
    if argv[0] == "show":
        try:
            lo, hi = int(argv[1]), int(argv[2])
        except (IndexError, ValueError):
            print("anercorp_events: show needs two sentence numbers FROM TO", file=sys.stderr)
            return 2
        show(lo, hi)
        return 0
    if argv[0] == "check":
        sents = sentences()
        files = [Path(a) for a in argv[1:]] or sorted(GOLD.glob("*.jsonl"))
        probs = [p for f in files for p in problems(f, sents)]
        print("\n".join(probs) or f"{len(files)} files, 0 problems")
        return 1 if probs else 0
    if argv[0] == "agree":
        agree()
        return 0
    if argv[0] == "rules":
        which = next((a for a in argv[1:] if a in ("dev", "train", "test", "all")), "all")
        verbose = "-v" in argv[1:]
        if verbose and which not in ("dev", "train"):
            print("anercorp_events: -v lists errors of the dev and train splits only (test is frozen)", file=sys.stderr)
            return 2
        rules(which, verbose)
        return 0
    recs = records()
    evs = [e for r in recs for e in r.get("events", [])]
    print(f"sentences {len(recs)}, with events {sum(bool(r.get('events')) for r in recs)}, events {len(evs)}")
    print("types:", dict(Counter(e["type"] for e in evs).most_common()))
    print("status:", dict(Counter(e["status"] for e in evs).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

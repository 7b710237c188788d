"""Count the preposition frames of event triggers on the licence-clean ANERcorp event gold, and write them.

    python3 scripts/event_frames.py                # print the counts (dev + train files of the ANERcorp gold)
    python3 scripts/event_frames.py --write        # also write src/rasd/data/events/frames.json

What is counted: for each gold event of the ANERcorp event annotations (``benchmarks/gold/anercorp-events``,
the ``dev`` and ``train`` files of ``split.json``; the ``test`` files are never read), each place name
(ANERcorp's own ``LOC`` tag) that starts within 8 tokens after the trigger, keyed by the event type and by
the preposition that opens it: a separate word (على، من، إلى، مع …), a proclitic ``ب``/``ل`` glued to the
name, or ``-`` for none. Its label is ``actor`` when it lies in the gold source or target (a country acted
on, met, asked: «طلب من إسرائيل»، «زيارة لفرنسا»), else ``place`` (where it happened: «في بيروت»).

The events layer reads the counts (:mod:`rasd.analyse.events.frames`) to decide whether a place after a
trigger and a preposition is a party to the event or its location. Data: ANERcorp (CC BY-SA 4.0) and our
annotations of it (CC BY-SA, ``benchmarks/gold/anercorp-events/README.md``): licence-clean, so the counts may
ship. No ANT or SaudiNewsNet text is read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "src/rasd/data/events/frames.json"
WINDOW = 8  # tokens after the trigger
# separate prepositions (normalized: ى → ي, hamza seats folded)
PREPS = frozenset({"علي", "ضد", "مع", "الي", "من", "عن", "في", "بين", "تجاه", "حيال", "لدي", "نحو", "داخل"})


def ner_tags() -> list[list[str]]:
    """ANERcorp's tag column, per sentence, in the order of :func:`anercorp_events.sentences`."""
    import anercorp_events as ae

    out: list[list[str]] = []
    cur: list[str] = []
    for line in ae.TRAIN.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.rpartition(" ")[2])
    if cur:
        out.append(cur)
    return out


def spans(tags: list[str], kind: str = "LOC") -> list[tuple[int, int]]:
    """The token spans ``(start, end)`` of the names of one ANERcorp type in a sentence's BIO tags."""
    out = []
    i = 0
    while i < len(tags):
        if tags[i] == f"B-{kind}":
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{kind}":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def preposition(toks: list[str], start: int, trigger_end: int) -> str:
    """The preposition that opens the name at ``start``: the word before it, a glued ب/ل, or ``-``."""
    from rasd.arabic.normalize import normalize

    prev = normalize(toks[start - 1]) if start > trigger_end else ""
    if prev in PREPS:
        return prev
    first = normalize(toks[start]).lstrip("وف") if normalize(toks[start])[:1] in "وف" and len(toks[start]) > 3 \
        else normalize(toks[start])
    if first[:1] in "بل" and not first.startswith("ال"):
        return first[0]
    return "-"


def count() -> dict[str, dict[str, int]]:
    """``{"TYPE|prep": {"actor": n, "place": m}}`` over the dev and train files (``*|prep``: all types)."""
    import anercorp_events as ae

    sents, tags = ae.sentences(), ner_tags()
    split = json.loads((ae.GOLD / "split.json").read_text(encoding="utf-8"))
    out: dict[str, Counter] = {}
    for name in split["dev"] + split["train"]:
        for line in (ae.GOLD / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            toks = sents[r["sent"]]
            for ev in r.get("events", []):
                tb = ev["trigger"][1]
                actors = {k for role in ("source", "target") for s, e in ev.get(role) or [] for k in range(s, e)}
                for s, e in spans(tags[r["sent"]]):
                    if s < tb or s - tb > WINDOW:
                        continue
                    label = "actor" if set(range(s, e)) & actors else "place"
                    p = preposition(toks, s, tb)
                    for key in (f"{ev['type']}|{p}", f"*|{p}"):
                        out.setdefault(key, Counter())[label] += 1
    return {k: {"actor": c["actor"], "place": c["place"]} for k, c in sorted(out.items())}


def main(argv: list[str]) -> int:
    counts = count()
    for k, c in sorted(counts.items(), key=lambda kv: -(kv[1]["actor"] + kv[1]["place"])):
        if c["actor"] + c["place"] >= 3:
            print(f"{k:16s} actor {c['actor']:3d} place {c['place']:3d}")
    if "--write" in argv:
        OUT.write_text(json.dumps({"window": WINDOW, "counts": counts}, ensure_ascii=False, indent=0) + "\n",
                       encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

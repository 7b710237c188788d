"""Check the blind annotations of ``ant-blind/`` against their article texts (no rasd involved).

For every entry of ``ant-blind-split.json``: the file ``ant-blind/<docno>.json`` exists, names its
docno and carries the article's publication date; its junk line indexes exist; every entity has a
known type, a name, and names, aliases and roles that occur in the title or text (quote marks and
spacing aside, a clitic or an «ال» may differ); every quote, time expression and event trigger has
offsets inside ``text`` with a non-empty, printable span that has no padding spaces and cuts no word
(a clitic و/ف/ب/ل/ك or «لل» may precede it); quotes have a kind and a cue; time expressions have a
TIMEX3 type and a value of a known shape and do not overlap; events have a PLOVER type, a known
status, a date of a known shape or none, and a location that is a LOC entity or none. Every quote
speaker and event actor is an entity's ``name`` (not one of its aliases), «مجهول» (events), none, or
a free description that the text contains. Prints one line per problem and the counts per field;
exits 1 if any problem was found.
Usage: ``python3 benchmarks/gold/ant-blind-validate.py [-v] [--set NAME]`` (-v lists every span;
``--set ant-dev2`` checks ``ant-dev2-split.json`` and ``ant-dev2/`` instead of the default ``ant-blind``,
``--set ant-dev3`` likewise; ``--dir PATH`` checks every ``*.json`` under PATH, any set, no split file,
e.g. the second annotator's ``agreement/``).
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news" / "ant-dev"
OUTLETS = ("bbc", "cnn", "france24")
ENTITY_TYPES = {"PER", "ORG", "LOC"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
QUOTE_KINDS = {"direct", "indirect"}
EVENT_TYPES = {"ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
               "DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION",
               "SUPPORT", "THREATEN"}
STATUSES = {"happened", "planned", "likely", "denied", "ongoing"}
UNKNOWN_ACTOR = "مجهول"
VALUE = re.compile(
    r"(PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|\d{1,4}(-(\d\d|W\d\d(-WE)?|SU|WI|SP|FA|Q\d|H\d)(-\d\d)?)?(T(\d\d:\d\d|MO|MI|AF|EV|NI|DT))?"
    r"|XXXX(-\d\d)?(-\d\d)?"
    r"|P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$")
LETTER = re.compile(r"[\u0621-\u064A\u0660-\u0669A-Za-z0-9]")
QUOTE_MARKS = re.compile(r"[\"'«»“”„]")
BIDI_MARKS = {0x200E: None, 0x200F: None}  # LRM, RLM: invisible, kept inside corpus spans


def flat(s: str) -> str:
    """``s`` without quote marks, with every run of whitespace (NBSP included) one space."""
    return " ".join(QUOTE_MARKS.sub(" ", s).split())


def occurs(form: str, haystack: str) -> bool:
    """Whether ``form`` (flattened) is in ``haystack`` (flattened), allowing «لل» for «ال»."""
    form = flat(form)
    return bool(form) and (form in haystack or (form.startswith("ال") and form[1:] in haystack))


def span_problem(text: str, start: object, end: object) -> str | None:
    """Why ``text[start:end]`` is not a clean span, or None when it is."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return f"offsets {start}-{end} outside the text"
    span = text[start:end]
    # the corpus has NBSPs and, inside a few spans, left-to-right/right-to-left marks
    if span != span.strip() or not span.replace("\xa0", " ").translate(BIDI_MARKS).isprintable():
        return f"padded or unprintable span {span!r}"
    before = text[start - 2:start] if start >= 2 else " " + text[:start]
    after = text[end:end + 1]
    clitic = before[-1:] in ("ل", "ب", "ف", "و", "ك") and (not LETTER.match(before[:1]) or before == "لل")
    if LETTER.match(after) or (LETTER.match(before[-1:]) and not clitic and not span[:1].isdigit()):
        return f"span cuts a word {before}[{span}]{after}"
    return None


def check_file(gold: dict, art: dict, counts: dict[str, Counter], verbose: bool) -> list[str]:
    """Problems of one annotation file against its corpus article; adds to ``counts``."""
    docno, text = art["id"], art["text"]
    haystack = flat(art.get("title") or "") + "\n" + flat(text)
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{docno}: {msg}")

    if gold.get("docno") != docno or gold.get("published") != art["published"][:10]:
        bad("docno or published date differs from the article")
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    junk = gold.get("junk_lines", [])
    if any(not isinstance(j, int) or not 0 <= j < len(starts) for j in junk) or junk != sorted(set(junk)):
        bad(f"junk lines {junk} out of range or unsorted")
    counts["junk_lines"]["lines"] += len(junk)
    names, aliases, locs = set(), set(), set()
    for e in gold.get("entities", []):
        if e.get("type") not in ENTITY_TYPES or not e.get("name"):
            bad(f"entity {e}: unknown type or no name")
            continue
        if e["name"] in names:
            bad(f"entity {e['name']!r} twice")
        names.add(e["name"])
        aliases |= set(e.get("aliases", []))
        if e["type"] == "LOC":
            locs.add(e["name"])
        counts["entities"][e["type"]] += 1
        counts["roles"]["roles"] += len(e.get("roles", []))
        for form in [e["name"], *e.get("aliases", []), *e.get("roles", [])]:
            if not isinstance(form, str) or not occurs(form, haystack):
                bad(f"entity {e['name']!r}: form or role {form!r} not in the text")

    def actor_problem(who: object, allow_unknown: bool) -> str | None:
        if who is None or who in names or (allow_unknown and who == UNKNOWN_ACTOR):
            return None
        if not isinstance(who, str) or who in aliases:
            return f"{who!r} is an alias, not an entity name" if who in aliases else f"bad actor {who!r}"
        return None if occurs(who, haystack) else f"free description {who!r} not in the text"

    for q in gold.get("quotes", []):
        where = f"quote {q.get('start')}-{q.get('end')}"
        for msg in (span_problem(text, q.get("start"), q.get("end")), actor_problem(q.get("speaker"), False)):
            if msg:
                bad(f"{where}: {msg}")
        if q.get("kind") not in QUOTE_KINDS or not q.get("cue"):
            bad(f"{where}: kind {q.get('kind')!r} or cue {q.get('cue')!r}")
        counts["quotes"][q.get("kind")] += 1
        spk = q.get("speaker")
        counts["speakers"]["none" if spk is None else "entity" if spk in names else "description"] += 1
        if verbose:
            print(f"{docno} Q {q.get('kind')} {q.get('cue')} -> {spk} | {text[q['start']:q['end']]}")
    last_end = -1
    for t in sorted(gold.get("timex", []), key=lambda t: t.get("start", 0)):
        where = f"timex {t.get('start')}-{t.get('end')}"
        msg = span_problem(text, t.get("start"), t.get("end"))
        if msg:
            bad(f"{where}: {msg}")
            continue
        if t.get("type") not in TIMEX_TYPES or not VALUE.match(str(t.get("value"))):
            bad(f"{where}: type or value {t.get('type')} {t.get('value')}")
        if t["start"] < last_end:
            bad(f"{where}: overlaps the previous expression")
        if bisect.bisect_right(starts, t["start"]) - 1 in junk:
            bad(f"{where}: on a junk line")
        last_end = t["end"]
        counts["timex"][t.get("type")] += 1
        if verbose:
            print(f"{docno} T {t['type']} {t['value']} | {text[t['start']:t['end']]}")
    for ev in gold.get("events", []):
        where = f"event {ev.get('type')} at {ev.get('trigger_start')}"
        msgs = [span_problem(text, ev.get("trigger_start"), ev.get("trigger_end")),
                actor_problem(ev.get("source"), True), actor_problem(ev.get("target"), True)]
        if ev.get("type") not in EVENT_TYPES or ev.get("status") not in STATUSES:
            msgs.append(f"type {ev.get('type')!r} or status {ev.get('status')!r}")
        if ev.get("mode") is not None and not isinstance(ev.get("mode"), str):
            msgs.append(f"mode {ev.get('mode')!r}")
        if ev.get("date") is not None and not VALUE.match(str(ev["date"])):
            msgs.append(f"date {ev['date']!r}")
        if ev.get("location") is not None and ev["location"] not in locs:
            msgs.append(f"location {ev['location']!r} is not a LOC entity")
        for msg in msgs:
            if msg:
                bad(f"{where}: {msg}")
        counts["events"][ev.get("type")] += 1
        counts["event status"][ev.get("status")] += 1
        counts["event actors"]["source"] += bool(ev.get("source"))
        counts["event actors"]["target"] += bool(ev.get("target"))
        if verbose and isinstance(ev.get("trigger_start"), int):
            print(f"{docno} E {ev['type']}/{ev.get('mode')} {ev.get('source')} -> {ev.get('target')} "
                  f"{ev['status']} | {text[ev['trigger_start']:ev.get('trigger_end', 0)]}")
    return problems


def main() -> int:
    """Validate every file of the split, print problems and counts; return 1 if a problem was found."""
    args = sys.argv[1:]
    verbose = "-v" in args
    name = "ant-blind"
    if "--set" in args:  # another set annotated the same way (ant-dev2)
        i = args.index("--set")
        if i + 1 >= len(args) or not args[i + 1].replace("-", "").isalnum():
            print("ant-blind-validate: --set needs a set name such as ant-dev2", file=sys.stderr)
            return 2
        name = args[i + 1]
    split_path = HERE / f"{name}-split.json"
    paths: dict[str, Path] = {}
    if "--dir" in args:  # a folder of annotation files of any set (the agreement/ second annotation)
        i = args.index("--dir")
        folder = Path(args[i + 1]) if i + 1 < len(args) else None
        if folder is None or not folder.is_dir():
            print("ant-blind-validate: --dir needs an existing folder of annotation files", file=sys.stderr)
            return 2
        paths = {p.stem: p for p in sorted(folder.rglob("*.json"))}
    if (not paths and not split_path.exists()) or not NEWS.exists():
        print(f"ant-blind-validate: {split_path.name} or the ANT corpus ({NEWS}) is missing", file=sys.stderr)
        return 2
    entries = ([{"docno": d} for d in paths] if paths
               else json.loads(split_path.read_text(encoding="utf-8")))
    want = {e["docno"] for e in entries}
    texts = {}
    for outlet in OUTLETS:
        for line in open(NEWS / f"{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in want:
                texts[art["id"]] = art
    problems: list[str] = []
    counts: dict[str, Counter] = {k: Counter() for k in (
        "entities", "roles", "quotes", "speakers", "timex", "events", "event status", "event actors",
        "junk_lines")}
    files = 0
    for entry in entries:
        path = paths.get(entry["docno"], HERE / name / f"{entry['docno']}.json")
        if not path.exists():
            problems.append(f"{entry['docno']}: no annotation file")
            continue
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}: not valid JSON ({exc})")
            continue
        files += 1
        problems += check_file(gold, texts[entry["docno"]], counts, verbose)
    for p in problems:
        print(p)
    print(f"{files} of {len(entries)} articles annotated")
    for field, c in counts.items():
        print(f"  {field}: {sum(c.values())} {dict(sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))))}")
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Check the hand annotations of ``ant-time/`` against their article texts (no rasd involved).

For every entry of ``ant-time-split.json`` (or only those of ``--split dev|test``): the file
``ant-time/<docno>.json`` exists, names its docno, carries the article's publication date, its junk
line indexes exist, and every time expression has offsets inside ``text`` that cut no word (a clitic
و/ف/ب/ل/ك or «لل» may precede the span; a number may be glued to the word before it), no padding spaces, a known TIMEX3 type and a value of a known shape,
does not overlap another, and does not sit on a junk line. Prints one line per problem and a summary
by type; exits 1 if any problem was found.
Usage: ``python3 benchmarks/gold/ant-time-validate.py [--split dev|test] [-v]`` (-v lists the spans).
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
OUTLETS = {"BB": "bbc", "CN": "cnn", "FR": "france24"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
VALUE = re.compile(
    r"(PAST_REF|PRESENT_REF|FUTURE_REF"
    r"|\d{1,4}(-(\d\d|W\d\d(-WE)?|SU|WI|SP|FA|Q\d|H\d)(-\d\d)?)?(T(\d\d:\d\d|MO|AF|EV|NI|DT))?"
    r"|XXXX(-\d\d)?(-\d\d)?|XXXX-WXX-[1-7]"  # «كل جمعة»: every Friday
    r"|P(\d+|X)[YMWD]|PT(\d+|X)[HMS])$")
LETTER = re.compile(r"[\u0621-\u064A\u0660-\u0669A-Za-z0-9]")


def main() -> int:
    """Validate the files, print problems and counts; return 1 if a problem was found."""
    want = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    entries = [e for e in json.loads((HERE / "ant-time-split.json").read_text(encoding="utf-8"))
               if want is None or e["split"] == want]
    texts = {}
    for outlet in OUTLETS.values():
        for line in open(NEWS / f"{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            texts[art["id"]] = art
    problems, types = [], Counter()
    for entry in entries:
        docno = entry["docno"]
        path = HERE / "ant-time" / f"{docno}.json"
        if not path.exists():
            problems.append(f"{docno}: no annotation file")
            continue
        gold, art = json.loads(path.read_text(encoding="utf-8")), texts[docno]
        text = art["text"]
        starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        if gold["docno"] != docno or gold["published"] != art["published"][:10]:
            problems.append(f"{docno}: docno or published date differs from the article")
        if any(not 0 <= j < len(starts) for j in gold["junk_lines"]):
            problems.append(f"{docno}: junk line index out of range")
        last_end = -1
        for t in sorted(gold["timex"], key=lambda t: t["start"]):
            span, where = text[t["start"]:t["end"]], f"{docno} {t['start']}-{t['end']}"
            types[t["type"]] += 1
            if "-v" in sys.argv:
                print(f"{where} {t['type']} {t['value']} | {span}")
            if not 0 <= t["start"] < t["end"] <= len(text) or span != span.strip() or "\n" in span:
                problems.append(f"{where}: bad offsets {span!r}")
            before = text[t["start"] - 2:t["start"]] if t["start"] >= 2 else " " + text[:t["start"]]
            after = text[t["end"]:t["end"] + 1]
            clitic = before[-1:] in ("ل", "ب", "ف", "و", "ك") and (
                not LETTER.match(before[:1]) or before == "لل")
            glued_number = span[:1].isdigit()  # the corpus sometimes drops the space before a number
            if LETTER.match(after) or (LETTER.match(before[-1:]) and not clitic and not glued_number):
                problems.append(f"{where}: span cuts a word {before}[{span}]{after}")
            if t["type"] not in TYPES or not VALUE.match(t["value"]):
                problems.append(f"{where}: unknown type or value {t['type']} {t['value']}")
            if t["start"] < last_end:
                problems.append(f"{where}: overlaps the previous span")
            if bisect.bisect_right(starts, t["start"]) - 1 in gold["junk_lines"]:
                problems.append(f"{where}: on a junk line")
            last_end = t["end"]
    for p in problems:
        print(p)
    print(f"{len(entries)} articles, {sum(types.values())} expressions {dict(types)}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build ``src/rasd/data/repair/openers.txt``: the و-words that open paragraphs, never headlines.

A headline never opens with a conjunction; a paragraph often does («وكتبت تقول …», «ومنذ …»). The
word lists of :mod:`rasd.repair.headlines` name the common connectives (وقال، وكان …) and the
و + hamza/ي/ت/ن verb forms; the rest (وكتبت، ورغم، ووصف …) are learnt here from unannotated news:
the first word of every paragraph and every title of the ANT corpus (``../shared/data/news/ant-dev``,
every article that a ``benchmarks/gold/*-split.json`` marks ``test`` left out) and of SaudiNewsNet
(``../shared/data/news/saudinewsnet``). A word starting with «و» goes in the table when it opens
``MIN_PARAGRAPHS``+ paragraphs and at most one title per ``TITLE_RATIO`` paragraphs (وزير، واشنطن،
وفاة open titles too and stay out). Only the words (normalised as
:func:`rasd.repair.headlines._fold` does) are written, no text.

Usage: ``python3 scripts/build_openers.py`` (rewrites the table; prints its size).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "news"
OUT = ROOT / "src" / "rasd" / "data" / "repair" / "openers.txt"
MIN_PARAGRAPHS = 10
TITLE_RATIO = 50
_WORD_RE = re.compile(r"[\u0621-\u064a]+")


def _fold(w: str) -> str:
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


def _first(s: str) -> str | None:
    m = _WORD_RE.match((s or "").strip())
    return _fold(m.group(0)) if m else None


def main() -> int:
    """Count first words, write the table, print its size; 2 when the corpora are absent."""
    if not (SHARED / "ant-dev").is_dir() or not (SHARED / "saudinewsnet").is_dir():
        print(f"build_openers: {SHARED} lacks ant-dev or saudinewsnet")
        return 2
    test = {m["docno"] for f in (ROOT / "benchmarks" / "gold").glob("*-split.json")
            for m in json.loads(f.read_text(encoding="utf-8")) if isinstance(m, dict) and m.get("split") == "test"}
    titles: Counter[str] = Counter()
    paragraphs: Counter[str] = Counter()

    def count(title: str | None, text: str | None) -> None:
        w = _first(title or "")
        if w:
            titles[w] += 1
        for line in (text or "").split("\n"):
            w = _first(line)
            if w:
                paragraphs[w] += 1

    for path in sorted((SHARED / "ant-dev").glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            art = json.loads(line)
            if art["id"] not in test:
                count(art.get("title"), art.get("text"))
    for path in sorted((SHARED / "saudinewsnet").glob("*/*.jsonl")):
        for line in open(path, encoding="utf-8"):
            try:
                art = json.loads(line)
            except json.JSONDecodeError:
                continue
            count(art.get("title"), art.get("text"))
    words = sorted(w for w, n in paragraphs.items() if w.startswith("و") and len(w) >= 3
                   and n >= MIN_PARAGRAPHS and titles[w] * TITLE_RATIO <= n)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# و-words that open paragraphs and (almost) never titles; built by scripts/build_openers.py\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

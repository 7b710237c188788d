"""Build the repair's two tables learnt from unannotated news (``src/rasd/data/repair/``).

``openers.txt``: the و-words that open paragraphs, never headlines. A headline never opens with a
conjunction; a paragraph often does («وكتبت تقول …», «ومنذ …»). The
word lists of :mod:`rasd.repair.headshape` name the common connectives (وقال، وكان …) and the
و + hamza/ي/ت/ن verb forms; the rest (وكتبت، ورغم، ووصف …) are learnt here from unannotated news:
the first word of every paragraph and every title of the corpus: the ANT corpus (``../shared/data/news/ant-dev``,
every article that a ``benchmarks/gold/*-split.json`` marks ``test`` left out) and of SaudiNewsNet
(``../shared/data/news/saudinewsnet``). A word starting with «و» goes in the table when it
opens ``MIN_PARAGRAPHS``+ paragraphs and at most one title per ``TITLE_RATIO`` paragraphs (وزير، واشنطن،
وفاة open titles too and stay out). Only the words (normalised as
:func:`rasd.repair.headshape._fold` does) are written, no text.

``stems_df.tsv``: the document frequency (share of the corpus's articles holding it) of every light
stem (:func:`rasd.repair.foreign.stems`) found in ``MIN_DF`` of them or more: the words every news
story uses (قال، ترامب، السعودية …) say nothing about whether a lead is on the story's topic
(:mod:`rasd.repair.teasers`); a stem missing from the table is a rare one (a name: «بابادوبولوس»).

Usage: ``python3 scripts/build_repair_tables.py`` (rewrites both tables; prints their sizes).
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
DF_OUT = OUT.parent / "stems_df.tsv"
MIN_PARAGRAPHS = 10
MIN_DF = 0.01
TITLE_RATIO = 50
_WORD_RE = re.compile(r"[\u0621-\u064a]+")


def _fold(w: str) -> str:
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


def _first(s: str) -> str | None:
    m = _WORD_RE.match((s or "").strip())
    return _fold(m.group(0)) if m else None


def main() -> int:
    """Count first words and stems, write the tables, print their sizes; 2 when the corpora are absent."""
    sys.path.insert(0, str(ROOT / "src"))
    from rasd.repair.foreign import stems
    if not (SHARED / "ant-dev").is_dir() or not (SHARED / "saudinewsnet").is_dir():
        print(f"build_repair_tables: {SHARED} lacks ant-dev or saudinewsnet")
        return 2
    test = {m["docno"] for f in (ROOT / "benchmarks" / "gold").glob("*-split.json")
            for m in json.loads(f.read_text(encoding="utf-8")) if isinstance(m, dict) and m.get("split") == "test"}
    titles: Counter[str] = Counter()
    paragraphs: Counter[str] = Counter()
    df: Counter[str] = Counter()
    docs = 0

    def count(title: str | None, text: str | None) -> None:
        nonlocal docs
        docs += 1
        df.update(stems(f"{title or ''} {text or ''}"))
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
    OUT.write_text("# و-words that open paragraphs and (almost) never titles; built by "
                   "scripts/build_repair_tables.py\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {OUT.relative_to(ROOT)}")
    common = sorted((w for w, n in df.items() if n >= MIN_DF * docs), key=lambda w: (-df[w], w))
    DF_OUT.write_text(f"# light stem<TAB>share of {docs} news articles holding it (>= {MIN_DF}); built by "
                      "scripts/build_repair_tables.py\n"
                      + "".join(f"{w}\t{df[w] / docs:.4f}\n" for w in common), encoding="utf-8")
    print(f"{len(common)} stems written to {DF_OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

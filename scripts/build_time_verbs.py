#!/usr/bin/env python3
"""Build ``src/rasd/data/time/t_imperfect.txt``: words written تـ + stem that are read as imperfect verbs (and
``s_not_future.txt``: words written like سـ + imperfect that are names or nouns, :func:`build_s_not_future`).

A clause opening with an imperfect verb speaks of now or later (``وتستضيف إسطنبول الجمعة قمة``: the coming
Friday), one opening with a perfect verb of the past (``وتجمع الآلاف السبت``). Written without vowels, a
word of the form تـ + stem is ambiguous: the imperfect of the stem's verb («تعقد» she holds) or a perfect of
form V/VI («تعهد» he pledged, «تظاهر» they demonstrated), or a noun («تقرير»). The corpus tells them apart:
when the masculine imperfect يـ + stem is common and يتـ + stem (the imperfect of a form V/VI perfect تـ +
stem) is rare, تـ + stem is the imperfect. Frequencies are the zipf bins of the shipped NER word table
(``src/rasd/data/ner/words.tsv.gz``, from wordfreq's ``large_ar``, CC BY-SA 4.0): يـ + stem at least 4.0,
two units above يتـ + stem, and تـ + stem itself a word (at least 2.5) and no commoner than
يـ + stem (a feminine verb form is not commoner than the masculine; «تونس» is a name's word of its own); 4–6
letters; not an adjective in «ـيه». Offline and deterministic: ``python3 scripts/build_time_verbs.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ROOT / "src/rasd/data/ner/words.tsv.gz"
OUT = ROOT / "src/rasd/data/time/t_imperfect.txt"
OUT_S = ROOT / "src/rasd/data/time/s_not_future.txt"


def _zipf() -> dict[str, float]:
    zipf: dict[str, float] = {}
    with gzip.open(WORDS, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or "\t" not in line:
                continue
            word, rest = line.split("\t", 1)
            zipf[word] = float(rest.split("\t", 1)[0].lstrip("z") or 0)
    return zipf


def build_s_not_future(zipf: dict[str, float] | None = None) -> list[str]:
    """Words written like سـ + an imperfect (س, then ي/ت/ن and two letters or more) that are no future verb:
    the word is commoner in the corpus than the same word without its سـ. A future form is no commoner than its
    imperfect («سيعين» 2 < «يعين» 3.5, «ستكون» 5 < «تكون» 5.5); a name or noun is, its rest being no word or a
    rarer one («ستيفن», «ستاربكس», «ستريت», «سناب», «سيرجيو», «سيارة»). Only words seen often enough (zipf 2.5
    and up) to be names of the news: a rare verb with a suffix («سنفتقدك») keeps reading as a future."""
    zipf = zipf if zipf is not None else _zipf()
    return sorted(w for w, z in zipf.items()
                  if len(w) >= 4 and w[0] == "س" and w[1] in "يتن" and z >= 2.5 and zipf.get(w[1:], 0.0) < z)


def build() -> list[str]:
    """The تـ-imperfects, sorted."""
    zipf = _zipf()
    out = []
    for word, z in zipf.items():
        if not (word.startswith("ي") and 4 <= len(word) <= 6 and z >= 4.0) or word.endswith("يه"):
            continue
        stem = word[1:]
        t = zipf.get("ت" + stem, 0.0)
        # a feminine form is no commoner than the masculine one; «تونس» (يونس, a name) is a word of its own
        if z - zipf.get("يت" + stem, 0.0) >= 2.0 and 2.5 <= t <= z:
            out.append("ت" + stem)
    return sorted(out)


def main() -> int:
    words = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# scripts/build_time_verbs.py: تـ + stem read as an imperfect verb (normalized), one a line\n"
                   + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")
    s_words = build_s_not_future()
    OUT_S.write_text("# scripts/build_time_verbs.py: words like سـ + imperfect that are no future verb (normalized)\n"
                     + "\n".join(s_words) + "\n", encoding="utf-8")
    print(f"{len(s_words)} words -> {OUT_S.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

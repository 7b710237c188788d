#!/usr/bin/env python3
"""Build ``src/rasd/data/names/first_names.tsv`` (normalized first name → M/F).

    python3 scripts/build_name_genders.py [--shared ../shared]

Source: the male and female first-name lists of ``arabic-names-akhateeb``
(MIT; its licence is copied beside the output). A name on both lists is left
out: it says nothing about gender.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from rasd.arabic.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "names"


def read(path: Path) -> set[str]:
    return {normalize(w.strip()) for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    src = Path(a.shared) / "data" / "names" / "arabic-names-akhateeb"
    male = read(src / "male-first--names-in-arabic.txt")
    female = read(src / "female-first-names-in-arabic.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    rows = sorted([(n, "M") for n in male - female] + [(n, "F") for n in female - male])
    with (OUT / "first_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# normalized first name<TAB>M|F; from arabic-names-akhateeb (MIT, see LICENSE)\n")
        fh.writelines(f"{n}\t{g}\n" for n, g in rows)
    shutil.copy(src / "LICENSE", OUT / "LICENSE")
    print(f"{len(rows)} names ({len(male - female)} M, {len(female - male)} F) -> {OUT / 'first_names.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

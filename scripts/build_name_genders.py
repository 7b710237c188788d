#!/usr/bin/env python3
"""Build ``src/rasd/data/names/first_names.tsv`` (normalized first name → M/F).

    python3 scripts/build_name_genders.py [--shared ../shared]

Sources: the male and female first-name lists of ``arabic-names-akhateeb``
(MIT; its licence is copied beside the output) and, when the ``faker`` package is
installed (MIT), the Arabic first names of its ``ar_*`` person providers that
ANERcorp's training data uses inside names (the tagger's lexicon). The
akhateeb lists alone hold about 450 names and miss very common ones (إبراهيم،
يوسف…): the source lacks them, normalization does not drop them. Only one-word
names are kept (the entity layer looks names up word by word). A name on both
the male and the female side is left out: it says nothing about gender.
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


def faker_names() -> tuple[set[str], set[str]]:
    """Male and female first names of faker's Arabic person providers (empty without faker)."""
    try:
        import importlib

        import faker
    except ImportError:
        print("faker not installed: akhateeb lists only")
        return set(), set()
    male: set[str] = set()
    female: set[str] = set()
    base = Path(faker.__file__).parent / "providers" / "person"
    for loc in sorted(p.name for p in base.glob("ar_*")):
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        male |= {normalize(n) for n in getattr(prov, "first_names_male", ()) if n.strip()}
        female |= {normalize(n) for n in getattr(prov, "first_names_female", ()) if n.strip()}
    return male, female


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    src = Path(a.shared) / "data" / "names" / "arabic-names-akhateeb"
    male = read(src / "male-first--names-in-arabic.txt")
    female = read(src / "female-first-names-in-arabic.txt")
    fm, ff = faker_names()
    # faker's lists hold adjectives and nouns that are names too (رئيس، لقاء، كبير): a faker-only name
    # that is a common word of the NER training data, a title, a head noun, a function word or a demonym
    # would turn ordinary words into people; short ones (ليم) peel a و off real names (وليم).
    from rasd.analyse.entities.cands import common_words
    from rasd.analyse.entities.countries import demonym_country
    from rasd.arabic.titles import ORG_HEAD_STEMS, STOPWORDS, TITLE_STEMS

    common = common_words()
    # ... and faker's lists hold adjectives with no name use at all (طموح، نزيه): a faker-only name is kept
    # when ANERcorp's training data (the tagger's lexicon) has the word inside names at least as often as
    # outside them — إبراهيم، يوسف، منصور pass, unseen words do not.
    in_names: set[str] = set()
    lexicon = ROOT / "src" / "rasd" / "data" / "ner" / "lexicon.tsv"
    if lexicon.exists():
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and not line.startswith("#") and int(parts[2]) >= max(1, int(parts[3])):
                in_names.add(parts[0])

    def plausible(n: str) -> bool:
        return (len(n) >= 4 and n in in_names and n not in common and n not in TITLE_STEMS
                and n not in ORG_HEAD_STEMS and n not in STOPWORDS and demonym_country(n) is None)

    male |= {n for n in fm - male - female if plausible(n)}
    female |= {n for n in ff - male - female if plausible(n)}
    male = {n for n in male if " " not in n}
    female = {n for n in female if " " not in n}
    OUT.mkdir(parents=True, exist_ok=True)
    rows = sorted([(n, "M") for n in male - female] + [(n, "F") for n in female - male])
    with (OUT / "first_names.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# normalized first name<TAB>M|F; from arabic-names-akhateeb (MIT, see LICENSE) "
                 "and faker's ar_* person providers (MIT), built by scripts/build_name_genders.py\n")
        fh.writelines(f"{n}\t{g}\n" for n, g in rows)
    shutil.copy(src / "LICENSE", OUT / "LICENSE")
    if fm or ff:
        import faker

        lic = next((p for p in Path(faker.__file__).parent.parent.glob("[Ff]aker-*.dist-info/**/LICENSE*")), None)
        if lic is not None:
            shutil.copy(lic, OUT / "LICENSE.faker")
    print(f"{len(rows)} names ({len(male - female)} M, {len(female - male)} F) -> {OUT / 'first_names.tsv'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

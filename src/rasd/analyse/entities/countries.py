"""Countries, cities and demonyms for the entity layer, built from CLDR and ISO 3166.

Pure lookups over data that maintained packages ship: Arabic and English
territory names come from Babel's CLDR data (``Locale('ar').territories``),
ISO 3166 codes from ``pycountry``, city names from CLDR's time-zone exemplar
cities (``موسكو``, ``القاهرة``, ``الرياض``…) with their territory. Only what CLDR
lacks is added by hand, in small lists: common short forms of country names
(``السعودية``, ``بريطانيا``), a few capitals and major cities that are not
time-zone exemplars (``بكين``, ``واشنطن``), demonyms that do not follow the
regular derivation, and the full names of the main international organisations
(``مجلس التعاون لدول الخليج العربية``).

Demonyms are derived from the names: ``روسيا`` → ``روسي``/``الروسي``/``الروسية``,
``الصين`` → ``الصيني``, ``السعودية`` → ``السعودي`` (drop ``ال``, drop a final
``يا``/``ية``/``ا``/``ة``, add ``ي`` or ``ية``).

Everything is keyed by :func:`rasd.arabic.normalize.normalize` forms and built
once, lazily, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.arabic.normalize import normalize

# Short or common forms that CLDR does not give as the territory name.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "SA": ("السعودية", "المملكة العربية السعودية"),
    "AE": ("الإمارات", "دولة الإمارات"),
    "US": ("أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"),
    "GB": ("بريطانيا", "المملكة المتحدة"),
    "PS": ("فلسطين",),
    "SY": ("سورية",),
    "RU": ("روسيا الاتحادية",),
    "DK": ("الدنمارك",),
    "HU": ("المجر",),
    "MM": ("بورما",),
    "EG": ("جمهورية مصر العربية",),
    "OM": ("سلطنة عمان",),
    "KR": ("كوريا الجنوبية",),
    "KP": ("كوريا الشمالية",),
    "CZ": ("تشيكيا",),
    "NL": ("هولندا",),
}

# Capitals and major cities that are not CLDR time-zone exemplar cities.
_EXTRA_CITIES: dict[str, str] = {
    "بكين": "CN", "واشنطن": "US", "نيودلهي": "IN", "أنقرة": "TR", "أبوظبي": "AE", "أبو ظبي": "AE",
    "الدوحة": "QA", "المنامة": "BH", "صنعاء": "YE", "الرباط": "MA", "أوتاوا": "CA", "كانبرا": "AU",
    "برازيليا": "BR", "إسلام آباد": "PK", "رام الله": "PS", "حلب": "SY", "الموصل": "IQ", "البصرة": "IQ",
    "الإسكندرية": "EG", "مكة المكرمة": "SA", "مكة": "SA", "المدينة المنورة": "SA", "جدة": "SA",
    "الدمام": "SA", "الطائف": "SA", "تبوك": "SA", "أبها": "SA", "بنغازي": "LY", "مصراتة": "LY",
    "بيت لحم": "PS", "نابلس": "PS", "الخليل": "PS", "أربيل": "IQ", "حمص": "SY", "إدلب": "SY",
    "درعا": "SY", "الرقة": "SY", "تعز": "YE", "الحديدة": "YE", "مأرب": "YE", "طرابلس": "LY",
}

# Demonyms that do not follow the regular derivation from a name (base, masculine form).
_EXTRA_DEMONYMS: dict[str, str] = {
    "نمساوي": "AT", "إنجليزي": "GB", "إنكليزي": "GB", "أميركي": "US", "أمريكي": "US",
    "يمني": "YE", "كوري جنوبي": "KR", "كوري شمالي": "KP", "سعودي": "SA", "إماراتي": "AE",
    "فلسطيني": "PS", "بريطاني": "GB", "مجري": "HU", "هولندي": "NL", "دنماركي": "DK",
}

# CLDR entries that are common Arabic words as well (مالي "financial", ترك "left",
# نوم "sleep", ماهي "what is she", سمراء "dark", ديلي "Daily"…): never matched.
_AMBIGUOUS = {
    "مالي", "بنين", "ترك", "نوم", "ماهي", "سنتر", "واك", "جوني", "ثيل", "بلم", "سمراء", "سيتا",
    "ديلي", "ترول", "كناري", "أورال", "كانتون", "باهيا", "ماكسار", "جزر القمر", "كريسماس", "سول",
    "تشاغوس", "سارك", "الرأس الأخضر", "الجبل الأسود", "بليز", "ساموا", "ليما", "كوراساو", "جوبا",
    "كيروف", "تومسك", "أندير", "برثا", "أوكلا", "دارون", "فارو", "باناب", "واليس", "مكويلون",
}
# Regions/blocs CLDR lists as territories: organisations, not countries.
_ORG_TERRITORIES = {"UN", "EU"}
# International and regional organisations whose full Arabic names the head-noun rules cut short
# ("مجلس التعاون | لدول الخليج العربية") or that have no head noun (أوبك). Names are facts; the list is ours.
_INTERNATIONAL_ORGS: tuple[str, ...] = (
    "مجلس التعاون لدول الخليج العربية", "مجلس التعاون الخليجي", "جامعة الدول العربية",
    "منظمة التعاون الإسلامي", "حلف شمال الأطلسي", "منظمة الصحة العالمية", "صندوق النقد الدولي",
    "البنك الدولي", "منظمة التجارة العالمية", "الوكالة الدولية للطاقة الذرية", "الاتحاد الأفريقي",
    "منظمة الدول المصدرة للنفط", "أوبك", "مجلس الأمن الدولي", "الجمعية العامة للأمم المتحدة",
    "منظمة الأمم المتحدة للطفولة", "يونيسف", "اليونسكو", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    "منظمة العفو الدولية", "هيومن رايتس ووتش", "اللجنة الدولية للصليب الأحمر", "البنك الإسلامي للتنمية",
    "برنامج الأغذية العالمي", "مجموعة العشرين", "منظمة شنغهاي للتعاون", "رابطة العالم الإسلامي",
)

_PAREN_RE = re.compile(r"\s*[(（].*?[)）]\s*")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: ``kind`` is ``country``, ``city`` or ``org``; ``alpha2`` its country."""

    kind: str
    alpha2: str | None
    name: str  # the Arabic spelling this entry matches (CLDR's or a listed variant)


@lru_cache(maxsize=1)
def _iso() -> dict[str, tuple[str, str]]:
    """alpha2 → (alpha3, English name). English names are CLDR's short ones (Russia, not Russian Federation)."""
    import pycountry
    from babel import Locale

    en = Locale("en").territories
    out: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        name = en.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = (c.alpha_3, name)
    return out


@lru_cache(maxsize=1)
def _arabic_names() -> dict[str, str]:
    """alpha2 → CLDR Arabic territory name, ISO countries only."""
    from babel import Locale

    iso = _iso()
    return {code: _PAREN_RE.sub(" ", name).strip() for code, name in Locale("ar").territories.items()
            if code in iso or code in _ORG_TERRITORIES}


def country_record(alpha2: str) -> dict[str, str] | None:
    """``{"alpha2", "alpha3", "name_en", "name_ar"}`` for an ISO 3166 alpha-2 code, or None."""
    iso = _iso().get(alpha2)
    if iso is None:
        return None
    return {"alpha2": alpha2, "alpha3": iso[0], "name_en": iso[1], "name_ar": _arabic_names().get(alpha2, "")}


def _key(s: str) -> tuple[str, ...]:
    return tuple(normalize(s).split())


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, ...], Place]:
    """Normalized token tuple → :class:`Place`, countries first (they win over same-named cities)."""
    from babel import Locale
    from babel.core import get_global

    out: dict[tuple[str, ...], Place] = {}

    def add(name: str, place: Place) -> None:
        name = _PAREN_RE.sub(" ", name).strip()
        if not name or name in _AMBIGUOUS or any(ch in name for ch in "،,-/"):
            return
        out.setdefault(_key(name), place)

    names = _arabic_names()
    for code, name in names.items():
        if code in _ORG_TERRITORIES:
            add(name, Place("org", None, name))
        else:
            add(name, Place("country", code, name))
    for code, aliases in _COUNTRY_ALIASES.items():
        for a in aliases:
            add(a, Place("country", code, a))
    zone_territories = get_global("zone_territories")
    iso = _iso()
    for zone, data in Locale("ar")._data["time_zones"].items():
        city = data.get("city")
        terr = zone_territories.get(zone)
        if city and terr in iso and terr != "AQ":
            add(city, Place("city", terr, city))
    for city, code in _EXTRA_CITIES.items():
        add(city, Place("city", code, city))
    for org in _INTERNATIONAL_ORGS:
        add(org, Place("org", None, org))
    return out


def _demonym_stem(name: str) -> str | None:
    """The stem a demonym is built on, or None when the regular rule does not apply."""
    if " " in name.strip():
        return None
    if name.startswith("ال"):  # the article, not the alef-lam of ألمانيا/ألبانيا
        name = name[2:]
    n = normalize(name)
    for suffix in ("يا", "يه", "ا", "ه"):
        if n.endswith(suffix) and len(n) - len(suffix) >= 3:
            return n[: -len(suffix)]
    if n.endswith(("ي", "و")) or len(n) < 3:
        return None
    return n


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Normalized demonym (any of ``روسي روسيه الروسي الروسيه``) → alpha2."""
    bases: dict[str, str] = {}
    names = _arabic_names()
    for code, name in names.items():
        if code in _ORG_TERRITORIES or name in _AMBIGUOUS:
            continue
        stem = _demonym_stem(name)
        if stem:
            bases.setdefault(stem + "ي", code)
        n = normalize(name)
        if n.endswith("ستان") and len(n) - 4 >= 4:
            bases.setdefault(n[:-4] + "ي", code)  # أفغانستان → أفغاني، أوزبكستان → أوزبكي (not باكستان → باكي)
    for code, aliases in _COUNTRY_ALIASES.items():
        for a in aliases:
            stem = _demonym_stem(a)
            if stem:
                bases.setdefault(stem + "ي", code)
    for base, code in _EXTRA_DEMONYMS.items():
        bases[normalize(base)] = code
    bases.pop(normalize("مالي"), None)  # "financial"
    out: dict[str, str] = {}
    for base, code in bases.items():
        if " " in base:
            continue
        fem = base + "ه"  # ية, normalized
        for form in (base, fem, "ال" + base, "ال" + fem):
            out.setdefault(form, code)
    return out


def demonym_country(word: str) -> str | None:
    """alpha2 of the country a demonym refers to (``الروسي`` → ``RU``), else None. ``word`` may be raw."""
    return demonyms().get(normalize(word))

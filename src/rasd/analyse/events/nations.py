"""Which country an actor belongs to, for the events layer: pure look-ups on names.

Contract: every function takes an entity or a surface form and answers from the
entities layer's country table and gazetteer (imported lazily: they are optional
here) or the capitals lexicon; none reads the article. A nationality adjective
names a country (``الأفغاني`` → AF), an organ of a state acts for it (``الحكومة
السورية`` → SY), a person belongs to the country of a role (``وزير الخارجية
القطري``), and two places of one country are one actor (:func:`actor_key`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.arabic.event_lexicon import CAPITALS
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Entity

# Organs of a state that act for it (الحكومة السورية، وزارة الخارجية الروسية، القوات التركية، الجانب السعودي);
# a news agency, a party or a presidency office is its own actor.
_ORGAN_HEADS = ("حكومه", "خارجيه", "وزاره الخارجيه", "وزاره الدفاع", "دفاع", "جيش", "قوات", "القوات المسلحه",
                "نظام", "سلطات", "طيران", "بحريه", "داخليه", "جانب", "دوله", "بلاد", "قوات الحكوميه",
                "حكومه المركزيه", "جيش العربي", "قوات الحكومه")
_ORGAN_RX = re.compile(r"^(?:ال)?(?:" + "|".join(h.replace(" ", r"\s+(?:ال)?") for h in _ORGAN_HEADS) + r")"
                       r"(?:\s+(?:ال)?(?:حكوميه|مسلحه|عربي|نظاميه))?\s+(\S+)$")


# demonyms the country table does not derive (أفغانستان → أفغاني)
_IRREGULAR_DEMONYMS = {"افغاني": "AF", "افغانيه": "AF"}


def demonym_code(word: str) -> str | None:
    """alpha2 of the country a nationality adjective names (``الأفغاني`` → AF), else None."""
    try:
        from rasd.analyse.entities.countries import demonym_country
    except ImportError:
        return None
    code = demonym_country(word)
    if code is None:
        w = normalize_for_match(word)
        code = _IRREGULAR_DEMONYMS.get(w[2:] if w.startswith("ال") else w)
    return code


def home_countries(ent: Entity) -> set[str]:
    """The countries an actor belongs to: its country record, and a nationality adjective in its
    name (مجلس الوزراء الكويتي → KW). A body and its own country are never two sides of an event."""
    out = {c} if (c := (ent.country or {}).get("alpha2")) else set()
    if ent.type != "PER":
        out.update(c for w in normalize_for_match(ent.name).split()[1:] if (c := demonym_code(w)))
    return out


def organ_country(ent: Entity) -> str | None:
    """alpha2 of the state an organisation is an organ of (``الحكومة السورية`` → SY), else None."""
    return _organ_country(ent.name) if ent.type == "ORG" else None


@lru_cache(maxsize=8192)
def _organ_country(name: str) -> str | None:
    m = _ORGAN_RX.match(normalize_for_match(name))
    return demonym_code(m.group(1)) if m else None


def person_country(ent: Entity) -> str | None:
    """alpha2 of a person's country: its record, a nationality adjective or a country named in a role."""
    if ent.country:
        return ent.country.get("alpha2")
    for role in ent.roles:
        for w in normalize_for_match(role).split():
            code = demonym_code(w)
            if code is None and (p := place_of(w)) is not None and p[0] == "country":
                code = p[1]
            if code:
                return code
    return None


def is_demonym(word: str) -> bool:
    """A one-word mention that is a nationality adjective (السعودي، الروسية) names no actor."""
    if " " in word.strip():
        return False
    p = place_of(word)
    if p is not None and p[0] == "country":
        return False  # السعودية is the kingdom as well as "Saudi"
    try:
        from rasd.analyse.entities.countries import demonym_country
    except ImportError:
        return False
    return demonym_country(word) is not None


@lru_cache(maxsize=16384)
def place_of(name: str) -> tuple[str, str | None] | None:
    """(kind, alpha2) of a place name from the entities layer's gazetteer, when it knows it
    (cached: news repeats its names, and mentions ask once each)."""
    try:
        from rasd.analyse.entities.countries import gazetteer
    except ImportError:  # the gazetteer is optional here
        return None
    from rasd.arabic.normalize import normalize

    place = gazetteer().get(tuple(normalize(name).split()))
    return (place.kind, place.alpha2) if place is not None else None


def city_country(name: str) -> str | None:
    p = place_of(name)
    return p[1] if p and p[0] in ("city", "country") else CAPITALS.get(normalize_for_match(name))


def actor_key(ent: Entity) -> str:
    """What makes two actors the same for deduplication: a place's country, else the entity."""
    if ent.type in ("LOC", "GPE"):
        code = (ent.country or {}).get("alpha2") or city_country(ent.name)
        if code:
            return f"@{code}"
    return ent.id

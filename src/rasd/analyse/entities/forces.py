"""A country's armed forces under their several names are one organisation.

Pure. News calls one army by several generic names within an article: ``الجيش السوري``،
``الجيش العربي السوري``، ``القوات الحكومية السورية``; ``الجيش الإسرائيلي``، ``القوات الإسرائيلية``،
``قوات الاحتلال الإسرائيلي``; ``الجيش الأمريكي``، ``القوات المسلحة الأمريكية``. None contains
another, so grouping by containment keeps them apart and the article counts one army twice.

:func:`forces_country` recognises such a generic name — an army head (جيش، قوات) plus only
generic qualifiers of an army and one country's demonym — and returns that country. Names
with any other word name a branch or another body and are left alone: ``القوات الجوية
الجزائرية`` (the air force), ``قوات الأمن السودانية``، ``قوات سوريا الديمقراطية`` (no demonym),
``حزب القوات اللبنانية``. The layer merges the generic names of one country into one entity.
"""

from __future__ import annotations

from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.normalize import normalize

_HEADS = frozenset(normalize(w) for w in ("جيش", "الجيش", "قوات", "القوات"))
# Qualifiers that say "the state's regular armed forces" without naming a branch.
_GENERIC = frozenset(normalize(w) for w in (
    "المسلحة", "العربي", "الحكومية", "الحكومي", "النظامية", "النظامي", "الاحتلال", "العسكرية",
))


def forces_country(key: tuple[str, ...]) -> str | None:
    """The ISO code of the country whose regular armed forces the normalized name ``key`` names
    generically (module docstring), else None."""
    if len(key) < 2 or key[0] not in _HEADS:
        return None
    country: str | None = None
    for w in key[1:]:
        if w in _HEADS or w in _GENERIC:
            continue
        code = demonym_country(w)
        if code is None or (country is not None and code != country):
            return None
        country = code
    return country


__all__ = ["forces_country"]

"""Groups named by the plural of a family or movement name: ``الحوثيين`` beside ``الحوثي``.

Pure. A definite plural nisba (``الحوثيون``، ``والحوثيين``) names an organised group
when the article also writes its singular (``عبدالملك الحوثي``، ``ميليشيا الحوثي``) and
that singular is not a demonym (``السوريين`` are people of a country), a title
(``الصحفيين``) or a common word. The article's own use of the singular as a
name is the evidence; nothing is listed.

Without the singular in the article, general Arabic usage is the evidence: a family or movement
name is (almost) always written with the article, so in the word-frequency table shipped with the
NER model (wordfreq ``large_ar``) both its singular and its plural are far more frequent definite
than bare (``الحوثي``/``الحوثيين`` against ``حوثي``/``حوثيين``: 100 times), whereas an adjective
used as a noun is not (``جهادي``، ``جمهوريين``، ``انفصاليين``، ``تلفزيون``).
"""

from __future__ import annotations

from functools import lru_cache

from rasd.analyse.entities.cands import Cand, Ctx, finish, restored
from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.titles import TITLE_STEMS

_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")
# log10 gap between the definite and the bare form (zipf units, bins of 0.5) that marks a name: the
# name-like nisbas measured at 2.0 (الحوثي، الحوثيين، الحوثيون); adjectives used as nouns at 1.5 or
# less (الانفصاليين 1.5, الجمهوري 0.5, الجهادي 0.5) — hence both forms must reach it.
_NAME_GAP = 2.0


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float | None:
    """Zipf frequency bin of a normalized word in the NER model's word table, None when unknown."""
    try:
        from rasd.analyse.ner.tagger import ModelError, _model
    except ImportError:
        return None
    try:
        feats = _model().featurizer.resources.words.get(word)
    except ModelError:
        return None
    z = next((f[2:] for f in feats or () if f.startswith("z=")), None)
    return float(z) if z else None


def definite_name(singular: str, plural: str) -> bool:
    """Are the normalized definite ``singular`` (``الحوثي``) and ``plural`` (``الحوثيين``) written with
    the article far more often than without it, as names are (module docstring)? False when the table
    lacks a form."""
    for form in (singular, plural):
        full, bare = _zipf(form), _zipf(form[2:])
        if full is None or full - (bare or 0.0) < _NAME_GAP:
            return False
    return True


def group_cands(ctx: Ctx) -> list[Cand]:
    """ORG mentions for plural group names whose singular the article uses (module docstring)."""
    toks = ctx.toks
    plurals = [i for i, t in enumerate(toks) if len(t.norm) >= 7 and t.norm.endswith(("يين", "يون")) and t.word]
    if not plurals:
        return []
    # the singular as part of a name: after a word without the article (عبدالملك الحوثي، ميليشيا الحوثي)
    singular_seen = {t.norm for m, t in enumerate(toks) if m and t.norm.endswith("ي") and t.norm.startswith("ال")
                     and t.word and toks[m - 1].word and not toks[m - 1].definite
                     and not toks[m - 1].stop and toks[m - 1].line == t.line}
    out: list[Cand] = []
    for i in plurals:
        t = toks[i]
        for stem, off, k in t.forms:
            if t.norm[:k] not in _CLITICS or not stem.startswith("ال") or len(stem) < 7:
                continue
            singular = stem[:-3] + "ي"
            bare = singular[2:]
            if (demonym_country(singular) or bare in ctx.common or singular in ctx.common
                    or bare in TITLE_STEMS or t.title()):
                continue
            if singular not in singular_seen and not definite_name(singular, stem):
                continue
            c = finish(ctx.text, Cand(i, i, off, t.end, "ORG", "rule"), restore_al=restored(t, stem, k))
            c.key = (stem[:-3] + "يين",)  # one key for both cases: الحوثيون and الحوثيين are one group
            out.append(c)
            break
    return out


def join_groups(group: list[Cand], cands: list[Cand]) -> None:
    """A plural group mention joins the organisation whose name ends with its singular (``الحوثيون`` →
    ``جماعة الحوثي``): it takes that key, so the grouping puts both in one entity."""
    for g in group:
        singular = g.key[0][:-3] + "ي" if g.key else ""
        owner = next((c for c in cands if c.type == "ORG" and c is not g and len(c.key) > 1
                      and c.key[-1] == singular), None)
        if owner is not None:
            g.key = owner.key

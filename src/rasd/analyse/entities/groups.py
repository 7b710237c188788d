"""Groups named by the plural of a family or movement name: ``الحوثيين`` beside ``الحوثي``.

Pure. A definite plural nisba (``الحوثيون``، ``والحوثيين``) names an organised group
when the article also writes its singular (``عبدالملك الحوثي``، ``ميليشيا الحوثي``) and
that singular is not a demonym (``السوريين`` are people of a country), a title
(``الصحفيين``) or a common word. The article's own use of the singular as a
name is the evidence; nothing is listed.
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish
from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.titles import TITLE_STEMS

_CLITICS = ("", "و", "ف", "ب", "ل", "وب", "ول")


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
    if not singular_seen:
        return []
    out: list[Cand] = []
    for i in plurals:
        t = toks[i]
        for stem, off, k in t.forms:
            if t.norm[:k] not in _CLITICS or not stem.startswith("ال") or len(stem) < 7:
                continue
            singular = stem[:-3] + "ي"
            bare = singular[2:]
            if (singular not in singular_seen or demonym_country(singular) or bare in ctx.common
                    or singular in ctx.common or bare in TITLE_STEMS or t.title()):
                continue
            out.append(finish(ctx.text, Cand(i, i, off, t.end, "ORG", "rule")))
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

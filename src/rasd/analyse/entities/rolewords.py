"""Word-level shapes inside a title phrase before a name (pure; split from :mod:`rasd.analyse.entities.roles`).

- :func:`dual_construct`: a dual title in construct, its ن dropped before the article (``عضوا المجلس``);
- :func:`qualifier_tail`: a definite participle with its complement between a title and the name
  (``المكلف بتشكيل حكومة``، ``المعترف به دوليا``), which ends the role before it.
"""

from __future__ import annotations

from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import TITLE_STEMS

_QUALIFIER_WORDS = 3  # words of a participle's complement between a role and the name
# A preposition with the pronoun of the office holder after a participle: "المعترف [به] دوليا".
_PRONOUN_PREPS = frozenset(normalize(w) for w in ("به", "بها", "له", "لها", "عليه", "عليها", "فيه", "فيها"))


def qualifier_tail(toks: list[Tok], head: int, k: int, end: int) -> bool:
    """Is ``toks[k-1:end]`` a definite participle and its بـ complement closing a role before the name
    (``… الجديد [المكلف بتشكيل حكومة جديدة] عمر الرزاز``، ``الرئيس اليمني [المعترف به دوليا] عبد ربه منصور
    هادي``)? Then the role ends before the participle:
    the complement says what the office holder is charged with, not the office."""
    adj, prep = toks[k - 1], toks[k]
    if k - 1 <= head or not adj.bare_definite or not adj.norm.startswith("الم") or adj.title() \
            or adj.org_head() or adj.demonym() is not None:
        return False  # a participle of a derived verb opens with م (المكلف، المعين، المنتخب), not التسريع
    if not ((prep.has_clitic and prep.norm[:1] == "ب" and not prep.definite) or prep.norm in _PRONOUN_PREPS) \
            or end - k > _QUALIFIER_WORDS:
        return False  # "المكلف [بتشكيل] حكومة"، "المعترف [به] دوليا"
    return all(t.word and not t.stop and t.title() is None and t.line == adj.line
               and (t is prep or t.norm[:1] not in "بلك" or not t.has_clitic) for t in toks[k:end])


def dual_construct(toks: list[Tok], j: int) -> bool:
    """Is ``toks[j]`` a dual title in construct, its ن dropped before the definite complement (``عضوا
    [المجلس]``، ``نائبا الرئيس``)? An accusative singular (``رئيسا للوزراء``) takes ل, not the article."""
    t = toks[j]
    return (t.word and not t.definite and not t.has_clitic and t.norm.endswith("ا") and len(t.norm) >= 4
            and t.norm[:-1] in TITLE_STEMS and j + 1 < len(toks) and toks[j + 1].bare_definite
            and toks[j + 1].line == t.line)


__all__ = ["dual_construct", "qualifier_tail"]

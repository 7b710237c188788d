"""The family name after a patronymic chain.

Pure. An Arabic full name is the given name, the father's name after ``بن``/``ابن``/``بنت`` (and
the grandfather's), then often a definite family or tribal name: ``عبد الرحمن بن صالح البنيان``،
``فهد بن عبد الله المطير``. The tagger often stops before that last word. A person span with such a
chain inside it goes on through one definite word right after it when the word is no title, head
noun, demonym or function word, no feminine or plural ending, and general text hardly uses it (wordfreq
Zipf 3 or less, read from the NER package's word table): family names are rare words (``المطير`` 2.5,
``البنيان`` 3.0, ``العمادي`` 2.5), the words that follow a name in a sentence are not (``الجديد`` 5.5,
``العام`` 5.5), nor the participles that open a description (``المقرب`` 3.5, ``المتمثلة`` 3.5). Less rare
family names (``العتيبي`` 3.5, ``الأسد`` 4.5) are left to the tagger. Without a word table nothing changes.
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish, rare_word, word_zipf
from rasd.arabic.titles import strip_marks

_PATRONYMIC_WORDS = frozenset(("بن", "ابن", "إبن", "بنت"))
MAX_ZIPF = 3.5  # exclusive


def _family_word(t) -> bool:  # noqa: ANN001 - a Tok
    if not t.word or not t.bare_definite or t.stop or t.conj() or t.title() is not None or t.org_head() \
            or t.demonym() or t.counterpart() is not None or t.pronoun_suffix \
            or t.norm.endswith(("ات", "ون", "ين", "ه")):
        return False
    return rare_word(t.norm, MAX_ZIPF)


# A participle in مـ after the chain takes a complement (سالم بن حمد المحتجز [منذ] عامين، علي المكنى [بأبي]
# حمزة); a family name is followed by the sentence's next phrase. Only منذ and ب on an indefinite word tell
# them apart: a family name is often followed by في or من (فهد بن عبد الله المطير في تصريح).
_SINCE = "منذ"


def _participle(toks, j: int) -> bool:  # noqa: ANN001 - Tok list
    """Is ``toks[j]`` a participle in مـ (المحتجز، المكنى) taking the complement after it?"""
    t = toks[j]
    if not t.norm.startswith("الم") or j + 1 >= len(toks) or toks[j + 1].line != t.line or not toks[j + 1].word:
        return False
    nxt = toks[j + 1]
    return nxt.norm == _SINCE or (nxt.norm[:1] == "ب" and nxt.has_clitic and not nxt.definite and not nxt.stop)


def extend_family_names(ctx: Ctx, cands: list[Cand]) -> None:
    """Extend each person span holding ``X بن Y`` (the link not its last word) by the definite family
    name right after it, on the same line and outside every other span (module docstring)."""
    if word_zipf("في") is None:
        return  # no word table: rarity cannot be read
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "PER" or c.last - c.first < 2 or c.end != toks[c.last].end:
            continue
        if not any(strip_marks(t.text) in _PATRONYMIC_WORDS for t in toks[c.first + 1:c.last]):
            continue
        j = c.last + 1
        if j >= len(toks) or j in used or toks[j].line != toks[c.last].line or not _family_word(toks[j]) \
                or _participle(toks, j):
            continue
        c.last, c.end = j, toks[j].end
        finish(ctx.text, c)
        used.add(j)

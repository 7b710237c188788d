"""One-word names the article gives after an honorific (pure): ``الشيخة لطيفة``، ``الأمير هاري``.

Royal and religious figures are often named by the first name alone, after ``الشيخ``/``الشيخة``/
``الأمير``/``الأميرة``/``الملك`` … The tagger misses such names when it does not know them, and a single
plain word after a title is too weak a sign on its own (``الملك نفسه``، ``الشيخ الجليل``). The article
gives the evidence: the word after a definite honorific, and written again in the article. Then every bare occurrence of the word is the person (``عندما حاولت أختها الكبرى شمسة``).
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish
from rasd.analyse.entities.roles import HONORIFIC_ONLY, is_kin_noun
from rasd.analyse.entities.tokens import Tok


def _honorific(t: Tok) -> str | None:
    """The stem of a definite honorific as written (``الشيخة`` → ``شيخه``), else None."""
    if not t.word or not t.bare_definite or t.has_clitic and t.norm[:1] not in "وف":
        return None
    stem = t.norm[2:] if t.norm.startswith("ال") else t.norm[3:] if t.norm[1:3] == "ال" else ""
    return stem if stem in HONORIFIC_ONLY else None


def _plain(t: Tok, common: frozenset[str]) -> bool:
    """Could the word be a one-word name: no article, conjunction, pronoun, title, head noun or demonym,
    and no word the NER data mostly sees outside names (``نفسه``)? A ل/ب opening it may be its own
    letter (``لطيفة``): the evidence of repetition decides."""
    return (t.word and not t.stop and not t.definite and not t.pronoun_suffix and t.norm not in common
            and t.title() is None and t.org_head() is None and t.demonym() is None and not t.conj()
            and t.counterpart() is None and len(t.norm) >= 3 and t.norm.isalpha() and not is_kin_noun(t.norm))


def honoured_names(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Person candidates for one-word names after a definite honorific, with the article's evidence
    (see the module docstring): the word after the honorific once and twice in all. Only words no
    candidate covers."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    after: dict[str, int] = {}  # word → times after a definite honorific
    seen: dict[str, int] = {}  # word → bare occurrences
    for k, t in enumerate(toks):
        if k in used or not _plain(t, ctx.common):
            continue
        seen[t.norm] = seen.get(t.norm, 0) + 1
        p = toks[k - 1] if k else None
        if p is not None and p.line == t.line and k - 1 not in used and _honorific(p) is not None:
            after[t.norm] = after.get(t.norm, 0) + 1
    names = {w for w in after if seen[w] >= 2}
    out: list[Cand] = []
    for k, t in enumerate(toks):
        if k in used or t.norm not in names or not _plain(t, ctx.common):
            continue
        out.append(finish(ctx.text, Cand(k, k, t.start, t.end, "PER", "rule")))
    return out

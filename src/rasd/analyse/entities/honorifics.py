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
    """The stem of a definite honorific as written (``الشيخة`` → ``شيخه``), perhaps after و/ف, else None."""
    n = t.norm  # the cheap tests first: every token of every article is asked; not "و+ال+د" (والد)
    stem = n[2:] if n[:2] == "ال" else n[3:] if n[1:3] == "ال" and n[:1] in "وف" else ""
    if len(stem) < 3 or stem not in HONORIFIC_ONLY or not t.word or not t.bare_definite and n[:1] not in "وف":
        return None
    return stem


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
    after = {toks[k].norm for k in range(1, len(toks))  # words right after a definite honorific
             if k not in used and k - 1 not in used and toks[k].line == toks[k - 1].line
             and _honorific(toks[k - 1]) is not None and _plain(toks[k], ctx.common)}
    if not after:
        return []
    seen = [k for k, t in enumerate(toks) if t.norm in after and k not in used and _plain(t, ctx.common)]
    twice = {w for w in after if sum(toks[k].norm == w for k in seen) >= 2}
    return [finish(ctx.text, Cand(k, k, toks[k].start, toks[k].end, "PER", "rule")) for k in seen
            if toks[k].norm in twice]

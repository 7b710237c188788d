"""People the tagger does not know, named by the article's own habits (pure; document-level memory).

An ANERcorp-trained tagger misses names it never saw (``الصدر``، ``الجبير``) when they stand alone
after a verb. The article itself says they are people:

- :func:`recurring_subjects`: a definite, non-feminine word written right after a past reporting verb (``وقال الصدر``،
  ``وأكد الصدر``) at least twice in the article, and never a common word, title, organisation head,
  demonym, place or clause opener, is a person's name. A reporting verb's subject is a speaker,
  and the same plain word as the speaker twice is a name, not a description (``وقال المتحدث`` is
  a title; ``قال الجيش`` a common word).
- the word before such a surname (``أعلن مقتدى الصدر``) is its first name when it is itself a plain
  word: not common, not a stop word, a title, a verb-like or definite word, and it follows a verb, a
  demonym or a line start (the places a subject's full name begins).

Nothing is listed; the evidence is the article's repetition and the lexicons the layer already has.
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish
from rasd.analyse.entities.tokens import Tok

_MIN_REPORTED = 2  # one subject position can be a description; two with the same word are a name


def _plain(ctx: Ctx, t: Tok) -> bool:
    """Could ``t`` be (part of) a name: no lexicon word, no function word, no digits, no verb shape?"""
    n = t.norm
    bare = n[2:] if n.startswith("ال") else n
    return (t.word and not t.stop and not t.title() and t.org_head() is None and not t.demonym()
            and t.counterpart() is None and not t.pronoun_suffix and not t.has_clitic
            and n not in ctx.common and len(bare) >= 3 and n not in ctx.gaz_first and bare not in ctx.gaz_first
            and not any(ch.isdigit() for ch in t.text) and n[:1] not in "يتن" and not n.endswith(("ون", "ين", "ات")))


def recurring_subjects(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """PER mentions for plain words that are a reporting verb's subject twice or more (module docstring)."""
    from rasd.analyse.entities.names import reported_verb

    toks = ctx.toks
    used = [False] * len(toks)
    for c in cands:
        for k in range(c.first, c.last + 1):
            used[k] = True
    # a word already part of a found name is left to propagation (جبريل الرجوب … وقال الرجوب)
    known = {w for c in cands if c.type == "PER" for w in c.key}
    spots: dict[str, list[int]] = {}
    for m in range(1, len(toks)):
        p, t = toks[m - 1], toks[m]
        # definite, not feminine: a family name (الصدر، الجبير), not a noun phrase (الثروة) or an
        # indefinite plural or adverb (أتباع، علنا) that can follow a verb as its subject or object
        if (not used[m] and p.line == t.line and reported_verb(p) and _plain(ctx, t) and t.definite
                and not t.norm.endswith("ه")):
            spots.setdefault(t.norm, []).append(m)
    out: list[Cand] = []
    for norm, where in spots.items():
        if len(where) < _MIN_REPORTED or norm in known:
            continue
        for m in where:
            out.append(finish(ctx.text, Cand(m, m, toks[m].start, toks[m].end, "PER", "rule")))
        first = _first_name(ctx, norm, used)
        if first is not None:
            out.append(first)
    return out


def _first_name(ctx: Ctx, surname: str, used: list[bool]) -> Cand | None:
    """The two-word name «FIRST SURNAME» where a plain word before the surname opens a subject."""
    from rasd.analyse.entities.names import reported_verb  # names imports this module's neighbours

    toks = ctx.toks
    for m in range(1, len(toks)):
        t, f = toks[m], toks[m - 1]
        if (t.norm != surname or used[m] or used[m - 1] or f.line != t.line or not _plain(ctx, f) or f.definite
                or f.norm.endswith(("ها", "هم", "ه"))):  # قصدها الرجوب: a pronoun-carrying noun
            continue
        before = toks[m - 2] if m >= 2 and toks[m - 2].line == t.line else None
        if before is None or reported_verb(before) or before.demonym() or f.norm in ctx.first_names:
            return finish(ctx.text, Cand(m - 1, m, f.start, t.end, "PER", "rule"))
    return None

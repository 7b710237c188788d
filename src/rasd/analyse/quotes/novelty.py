"""Is a speaker phrase someone new to the text? Definiteness decides (issue #10, session 10).

An indefinite role phrase after a reporting verb (``قال مسؤول بارز بالأمم المتحدة``، ``متحدث باسم الحزب``)
introduces a referent the text has not named: it may be named later (``وفق ما أعلن متحدث باسم لوفن`` …
``المتحدث باسم لوفن جوناتن هولست``), never a person named before it, whatever roles coreference gave that
person. A definite one (``المتحدث باسم الخارجية``، ``وزير الخارجية``، ``سفير لندن``: the article, or a
definite word or a name in construct) may refer back. An anonymous source in the accusative after
لكن/إن (``لكن مصدرا سياسيا رفيعا قال``) is such a new speaker too.

Pure helpers of :func:`rasd.analyse.quotes.speakers._resolve`; no I/O.
"""

from __future__ import annotations

from rasd.analyse.quotes.base import _ANON_N, _SOURCE_N, MARKS, _Ctx, _words
from rasd.arabic.normalize import normalize
from rasd.record import Entity

# prepositions that open a complement after an indefinite title (متحدث باسم الحزب، مسؤول في الوزارة): no construct
_CLITIC_PREPS_N = frozenset(normalize(w) for w in ("باسم", "في", "من", "لدى", "عن", "مع"))


def accusative_head(word: str) -> bool:
    """Is the normalized ``word`` an anonymous or source head with the accusative ending ا (مصدرا، مسؤولا)?"""
    stem = word.strip(MARKS + "()")
    return len(stem) > 3 and stem.endswith("ا") and (stem[:-1] in _ANON_N or stem[:-1] in _SOURCE_N)


def indefinite_title(mention: str) -> bool:
    """Is a person's mention an indefinite role phrase (``مسؤول بارز بالأمم المتحدة``), as coreference may
    add one, rather than a name or a definite role?"""
    words = mention.split()
    if not words or normalize(words[0]).startswith(("ال", "وال")):
        return False
    from rasd.analyse.coref.features import title_stem

    return title_stem(words[0]) is not None and not any(normalize(w).startswith("ال") for w in words[1:2])


def definite_role(ctx: _Ctx, ts: int, te: int) -> bool:
    """Is the role phrase at ``norm[ts:te]`` definite: its head has the article (المتحدث), or a definite
    word or a name follows it in construct within two words, without a preposition (وزير الخارجية،
    وزير خارجية البحرين)? An indefinite one (``قال مسؤول بارز بالأمم المتحدة``، ``متحدث باسم الحزب``)
    introduces someone the article does not name: no named holder of the office is meant."""
    words = _words(ctx.norm, ts, te)
    if not words:
        return False
    if words[0][2].startswith(("ال", "وال", "فال")):
        return True
    for ws, _we, w in words[1:3]:
        w = w.strip(MARKS + "()")
        a = ctx.src(ws, ws + 1)[0]
        if any(ms == a for ms, _me, _e in ctx.mentions):
            return True  # "سفير لندن"، "وزير خارجية البحرين": a name in construct
        clitic = any(ms == ctx.src(ws, ws + 1)[1] for ms, _me, _e in ctx.mentions)  # ل + a name: لحماس
        if w in _CLITIC_PREPS_N or w[:1] in "بلك" and (w[1:].startswith("ال") or clitic):
            return False  # "بالأمم المتحدة"، "لحزب…": a prepositional complement, no construct
        if w.startswith("ال"):
            return True
    return False


def named_before(ent: Entity, at: int) -> bool:
    """Has the person ``ent`` a mention that ends before source offset ``at``? An
    indefinite role phrase (``قال مسؤول بارز بالأمم المتحدة``) introduces someone new to the text: it may be
    named later (``متحدث باسم لوفن`` … ``المتحدث باسم لوفن جوناتن هولست``), never someone named before."""
    return any(m.end <= at for m in ent.mentions)


def people_of(word: str) -> bool:
    """Is the normalized ``word``, standing before an organisation's name, people of it rather than its
    head noun: a sound masculine plural in construct (مسؤولو، ممثلو، موظفي: the ن dropped) or an anonymous
    speaker noun (خبراء، شهود)? ``وصرح مسؤولو منظمة الطيران المدني`` has the officials speak, not the
    organisation (``وأعلنت وزارة الخارجية``)."""
    w = word.strip(MARKS + "()")
    if w in _ANON_N:
        return True
    if len(w) < 5 or w[0] != "م" or w.startswith("ال"):
        return False
    return w.endswith("و") or (w.endswith("ي") and (w[:-1] + "ين" in _ANON_N | _SOURCE_N or w[:-1] + "ون" in _ANON_N | _SOURCE_N))

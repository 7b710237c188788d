"""Online platforms named as where something was written: ``في تغريدة على تويتر``.

Pure. News names a social network or web service in a fixed frame: an account,
page, post or tweet (or a writing verb) and then ``على``/``في``/``عبر`` and the
name, perhaps after ``موقع (التواصل الاجتماعي)``::

    عبر حسابه الرسمي على تويتر        على صفحته في فيسبوك
    وكتب غرويسمان على فيسبوك           على موقع التواصل الاجتماعي تويتر

The word in the name slot is an organisation when it is not an ordinary word (not
definite, not a function or common word, no title, head noun or place). The
tagger, trained on older text, does not know these names; once found, the
propagation rule marks the name's other occurrences in the article.
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish
from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES
from rasd.arabic.normalize import normalize

# Where one writes online, with the pronoun suffixes news uses (حسابه، صفحتها…), and writing verbs.
_NOUNS = ("حساب", "صفحة", "تغريدة", "تغريدات", "منشور", "تدوينة", "بيان", "فيديو", "مقطع", "رسالة", "قناة")
_CUES = frozenset(
    {normalize(n) for n in _NOUNS}
    | {normalize(n.removesuffix("ة") + ("ت" if n.endswith("ة") else "") + s) for n in _NOUNS
       for s in ("ه", "ها", "هم", "ي")}
    | {normalize(v) for v in ("كتب", "كتبت", "نشر", "نشرت", "غرد", "غردت", "منشورا", "مستخدمو", "مستخدمي")}
)
_PREPS = frozenset(normalize(w) for w in ("على", "في", "عبر"))
_SITE = frozenset(normalize(w) for w in ("موقع", "منصة", "شبكة", "التواصل", "الاجتماعي", "للتواصل"))


def _cue(norm: str) -> bool:
    return norm in _CUES or (norm[:1] in "وف" and norm[1:] in _CUES)


def platform_cands(ctx: Ctx) -> list[Cand]:
    """Organisation mentions for platform names in the frame of the module docstring."""
    toks = ctx.toks
    out: list[Cand] = []
    for p, t in enumerate(toks):
        if not t.word or t.norm not in _PREPS:
            continue
        line = t.line
        # a cue within the four words before the preposition, on the same line
        if not any(toks[m].word and _cue(toks[m].norm) and toks[m].line == line for m in range(max(0, p - 4), p)):
            continue
        k = p + 1
        while k < len(toks) and toks[k].line == line and (toks[k].norm in _SITE or toks[k].text in OPEN_QUOTES):
            k += 1
        if k >= len(toks) or toks[k].line != line:
            continue
        w = toks[k]
        if (not w.word or w.stop or w.definite or len(w.norm) < 4 or _cue(w.norm) or w.pronoun_suffix
                or w.norm.removesuffix("ه") in _SITE  # "عبر حسابه على …"، "على موقعه"
                or w.norm in ctx.common or w.title() or w.org_head() or w.demonym()
                or w.norm in ctx.first_names or ctx.gaz_first.get(w.norm)):
            continue
        if k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].line == line \
                and toks[k + 1].norm not in ctx.common and not toks[k + 1].stop and toks[k + 1].text not in CLOSE_QUOTES:
            continue  # two unknown words: a name of several words or a clause, not a platform
        out.append(finish(ctx.text, Cand(k, k, w.start, w.end, "ORG", "rule")))
    return out

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
from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok
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
# A page or account with its owner's pronoun (حسابه، صفحتها): a platform may follow with ب on it.
_PAGES = frozenset(normalize(n.removesuffix("ة") + ("ت" if n.endswith("ة") else "") + s)
                   for n in ("حساب", "صفحة") for s in ("ه", "ها", "هم", "ي"))
_WRITING = frozenset(normalize(v) for v in ("كتب", "كتبت", "غرد", "غردت", "نشر", "نشرت"))
_SITE = frozenset(normalize(w) for w in ("موقع", "منصة", "شبكة", "التواصل", "الاجتماعي", "للتواصل"))


def _cue(norm: str) -> bool:
    return norm in _CUES or (norm[:1] in "وف" and norm[1:] in _CUES)


def platform_cands(ctx: Ctx) -> list[Cand]:
    """Organisation mentions for platform names in the frame of the module docstring."""
    toks = ctx.toks
    out: list[Cand] = []
    for p, t in enumerate(toks):
        if not t.word:
            continue
        fused = _fused_prep(t)  # بتويتر، بموقع: the preposition ب written on the next word
        if fused is not None and fused not in _SITE and not (p > 0 and toks[p - 1].line == t.line
                                                             and toks[p - 1].norm in _PAGES):
            fused = None  # a platform with ب on it only right after its page: "على صفحته بتويتر"
        if t.norm not in _PREPS and fused is None:
            continue
        line = t.line
        cue = _cue_before(toks, p, line)
        if cue is None:
            continue
        if fused is not None and fused not in _SITE:
            k = p  # "على صفحته بتويتر": the platform itself carries the preposition
        else:
            k = p + 1
            while k < len(toks) and toks[k].line == line and (
                    toks[k].norm in _SITE or toks[k].text in OPEN_QUOTES
                    or (toks[k].text in ("،", ",") and k > p + 1 and toks[k - 1].norm in _SITE)):
                k += 1  # "بموقع التواصل الاجتماعي، تويتر،"
        if k >= len(toks) or toks[k].line != line:
            continue
        w = toks[k]
        norm = fused if k == p and fused is not None else w.norm
        if not _unknown(ctx, w, norm, 3) or norm.removesuffix("ه") in _SITE:  # "عبر حسابه على …"، "على موقعه"
            continue
        last = k
        if k + 1 < len(toks) and toks[k + 1].word and toks[k + 1].line == line \
                and toks[k + 1].norm not in ctx.common and not toks[k + 1].stop and toks[k + 1].text not in CLOSE_QUOTES:
            if not (k == p + 1 and len(norm) < 4 and _closed_pair(ctx, toks, k)):
                continue  # two unknown words and a clause going on: no platform's name
            # "على صفحته على فيس بوك ليل الخميس": a syllable too short to name a platform alone opens a
            # two-word name closed after it (a longer first word is the name: "على تويتر ألمح فيه")
            last = k + 1
        elif len(norm) < 4:
            continue
        if p - cue > 4 and k + 1 < len(toks) and toks[k + 1].line == line and toks[k + 1].definite:
            continue  # far from its cue, a noun in construct: "نشر صواريخ … في [إسقاط] الطائرة"
        start = w.start  # past the fused ب: the mention is the bare name
        if k == p and fused is not None:
            start = next((o for f, o, _k in w.forms if f == fused), w.start)
        out.append(finish(ctx.text, Cand(k, last, start, toks[last].end, "ORG", "rule")))
    return out


def _unknown(ctx: Ctx, w: Tok, norm: str, least: int) -> bool:
    """Can ``w`` (bare form ``norm``) be a word of a platform's name: no ordinary word (no article,
    function or common word, cue, title, head noun, demonym, first name or place) of ``least`` letters
    or more?"""
    return not (not w.word or w.stop or w.definite or len(norm) < least or _cue(norm) or w.pronoun_suffix
                or norm in ctx.common or w.title() or w.org_head() or w.demonym()
                or norm in ctx.first_names or ctx.gaz_first.get(norm))


def _closed_pair(ctx: Ctx, toks: list[Tok], k: int) -> bool:
    """Are tokens ``k``, ``k + 1`` a two-word name (``فيس بوك``، ``سناب شات``): the second word unknown too,
    and what follows it no third name word but the clause's next part: punctuation, the line's end, a
    function word or a common word (``… فيس بوك إن``، ``… فيس بوك ليل الخميس``)? A run of three unknown
    words is a name of a person or a clause, not a platform; a word in و, ة or an accusative ا is Arabic
    morphology (a conjunct, a feminine noun or adjective, an object), not a transliterated name."""
    w1, w2 = toks[k], toks[k + 1]
    if not _unknown(ctx, w2, w2.norm, 3) or w2.has_clitic and w2.norm[1:] in ctx.attested:
        return False
    if w2.norm[:1] == "و" or any(w.norm.endswith(("ه", "ا")) for w in (w1, w2)):
        return False  # a conjunct (انستغرام ويوتيوب), a feminine or accusative Arabic word (صلبان خشبية)
    if k + 2 >= len(toks) or toks[k + 2].line != w2.line or not toks[k + 2].word:
        return True
    nxt = toks[k + 2]
    return nxt.stop or nxt.norm in ctx.common


def _fused_prep(t: Tok) -> str | None:
    """The bare word of ``t`` when it opens with the preposition ب (``بتويتر`` → ``تويتر``), else None."""
    if t.norm[:1] != "ب" or not t.has_clitic:
        return None
    return next((f for f, _o, k in t.forms if k == 1 and len(f) >= 4), None)


def _cue_before(toks: list[Tok], p: int, line: int) -> int | None:
    """The index of a cue word before the preposition, on the same line and in the same sentence: within
    four words, or a writing verb up to twelve words back (``وكتب أنور قرقاش وزير الدولة … على تويتر``);
    None without one."""
    for m in range(p - 1, max(-1, p - 13), -1):
        tm = toks[m]
        if tm.line != line or tm.text in (".", "؟", "!", "?", ":"):
            return None
        if tm.word and _cue(tm.norm) and (p - m <= 4 or tm.norm.lstrip("وف") in _WRITING):
            return m
    return None

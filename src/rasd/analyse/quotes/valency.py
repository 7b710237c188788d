"""The arguments of a stance verb whose object is obligatory: who is spoken of is not who speaks.

``وصف`` (describe X as) and ``اتهم`` (accuse X of) always take an object before their ب-complement.
In a verb-first clause the order is verb, subject, object, complement (``اتهم وزير الخارجية إيران
بدعم…``); when the subject is a pronoun on the verb, the one noun phrase between the verb and the
complement is the OBJECT (``يصف أنور بأنه "غير صالح"``، ``ووصف المؤتمر المقترح بأنه``، ``تتهم وارسو
بإنكار…``), and the speaker is the subject of the sentence or clause the verb continues, never that
phrase. :func:`object_only` tells that case by the shape of the words between the verb and the
complement: a single word, a single entity mention, or a noun with agreeing adjectives.
Likewise a person named right after a verbal noun (``تسميم سكريبال``، ``استقبال بلير``) is its genitive, the one
acted on: :func:`genitive` keeps such a name from being read as the speaker of a part.

Pure: no I/O. Used by :mod:`rasd.analyse.quotes.choose` and :mod:`rasd.analyse.quotes.speakers`.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _words
from rasd.analyse.quotes.stance import stance_verb
from rasd.arabic.normalize import normalize

# Stems whose object cannot be left out (unlike طالب/دعا/حث, whose lone noun phrase is often the subject:
# "وتطالب الدوحة بإلغاء…").
_OBLIGATORY = frozenset(normalize(w) for w in ("وصف", "اتهم"))
# The complement's opening word: بأن/بأنه…, or any ب-word (بدعم، بالإرهاب) when it is the candidate's start.
_COMPLEMENT_RE = re.compile(r"ب(?:ان|انه|انها|انهم|انهما)")
# Time words a clause may put between the verb and its arguments (ووصف الخميس…)
_TIME_N = frozenset(normalize(w) for w in (
    "أمس", "اليوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مجددا",
    "أيضا", "سابقا", "مؤخرا", "علنا", "صراحة"))


def _adjective(word: str, head: str, next_to_head: bool) -> bool:
    """Is ``word`` an adjective of ``head``: a nisba (الإسرائيلية، الأمريكي; أمريكية after an indefinite
    head) agreeing in definiteness, or, right after the head, a participle of a derived form agreeing in
    definiteness and gender (المؤتمر المقترح; not «الحكومة المشروع»: a noun of another gender)."""
    definite = head.startswith("ال")
    if word.startswith("ال") != definite:
        return False
    stem = word[2:] if definite else word
    if len(stem) >= 3 and stem.endswith(("ي", "يه", "يون", "يين", "يات")):
        return True
    # four-letter م-words are as often place nouns (موقع، مكتب) as participles: five letters at least
    return next_to_head and stem.startswith("م") and len(stem) >= 5 and stem.endswith("ه") == head.endswith("ه")


def _holds_other(ctx: _Ctx, own: str, phrase: str) -> bool:
    """Does ``phrase`` contain, as whole words, a mention of an entity other than ``own``?"""
    padded = f" {phrase} "
    return any(ent.id != own and f" {ctx.text[ms:me]} " in padded for ms, me, ent in ctx.mentions)


def _one_phrase(ctx: _Ctx, words: list[tuple[int, int, str]]) -> bool:
    """Do ``words`` make up one noun phrase: one word, one entity mention, or a head with agreeing
    adjectives?"""
    if len(words) == 1:
        return True
    s, e = ctx.src(words[0][0], words[-1][1])
    for ms, me, ent in ctx.mentions:
        if ms <= s and e <= me:
            # a mention that holds another entity's name is two phrases the entity layer ran together
            # ("يتهم معارضون أردوغان بأنه": subject and object, one "name")
            return not _holds_other(ctx, ent.id, ctx.text[s:e])
    if any(ms == s and me < e for ms, me, _ent in ctx.mentions):
        return False  # a name followed by more words: subject then object (ووصفت اليونسكو الموقع بأنه)
    head = words[0][2]
    return all(_adjective(w, head, k == 1) for k, (_s, _e, w) in enumerate(words[1:], 1))


def object_only(ctx: _Ctx, c: _Cand) -> bool:
    """Is the lone noun phrase between the stance verb of ``c`` and its complement the verb's object,
    so that no subject follows the verb? True for وصف/اتهم (not bearing an object pronoun: ``وصفها
    X بأنها`` has its subject after it) with exactly one noun phrase before the complement."""
    if c.cue is None or c.cue.kind != "stance":
        return False
    hit = stance_verb(c.cue.word)
    if hit is None or hit[1] != "verb" or normalize(hit[0]) not in _OBLIGATORY:
        return False
    from rasd.analyse.quotes.stance import _object_on_verb

    if _object_on_verb(c.cue.word):
        return False
    lead = ctx.src(c.start, c.start + 1)[0]
    if ctx.norm[c.start:c.start + 1] == "ب" and any(ms == lead + 1 and ent.type == "LOC" for ms, _me, ent in ctx.mentions):
        return False  # "تتهم المحكمة الخاصة بلبنان خمسة أعضاء…": ب of a place, no complement: the phrase is unsure
    words = [w for w in _words(ctx.norm, c.cue.end, c.start) if w[2] not in _TIME_N and w[2][:1].isalpha()]
    if words and _COMPLEMENT_RE.fullmatch(words[-1][2]):
        words = words[:-1]
    if not words or len(words) > 4 or any(w[2].endswith(("،", ",", ":")) for w in words[:-1]):
        return False
    return _one_phrase(ctx, words)


def subject_before_object(ctx: _Ctx, c: _Cand) -> str | None:
    """The described subject of وصف/اتهم in a verb-first clause with both arguments before the
    complement (``واتهمت جماعات حقوق الإنسان القوات الإسرائيلية باستخدام…``): the words between the verb
    and the complement split into a subject and an object, the object the shortest tail that is one
    definite noun phrase (:func:`_one_phrase`), the subject what is left when it is a noun phrase of its
    own — a construct chain (indefinite members closed by one definite word: ``جماعات حقوق الإنسان``)
    or a head with agreeing adjectives. Returned as a clean description; None when the subject holds a
    name (the entity rules read it), when the verb bears its object (``وصفها``) or when the words make one
    phrase (:func:`object_only`: the subject is the verb's pronoun)."""
    from rasd.analyse.quotes.stance import _object_on_verb
    from rasd.analyse.quotes.subjects import clean_description, head_ok

    if c.cue is None or c.cue.kind != "stance":
        return None
    hit = stance_verb(c.cue.word)
    if hit is None or hit[1] != "verb" or normalize(hit[0]) not in _OBLIGATORY or _object_on_verb(c.cue.word):
        return None
    words = [w for w in _words(ctx.norm, c.cue.end, c.start) if w[2] not in _TIME_N and w[2][:1].isalpha()]
    if words and _COMPLEMENT_RE.fullmatch(words[-1][2]):
        words = words[:-1]
    if len(words) < 3 or len(words) > 7 or any(w[2].endswith(("،", ",", ":")) for w in words[:-1]) \
            or _one_phrase(ctx, words):
        return None
    for k in range(1, len(words)):
        if not (words[k][2].startswith("ال") and _one_phrase(ctx, words[k:])):
            continue
        subj = words[:k]
        chain = all(not w.startswith("ال") for _a, _b, w in subj[:-1]) and subj[-1][2].startswith("ال")
        if not (chain or _one_phrase(ctx, subj)):
            return None  # "الدعوى المنتج الحائز على جائزة …": no noun phrase before the tail
        a, b = ctx.src(subj[0][0], subj[-1][1])
        if not head_ok(ctx.text[a:b].split()[0]) or any(a <= ms < b for ms, _me, _e in ctx.mentions):
            return None
        return clean_description(ctx.text[a:b])
    return None


def genitive(ctx: _Ctx, seg_start: int, ms: int) -> bool:
    """Is the mention at ``ms`` the genitive of a verbal noun before it (``استقبال بلير``، ``اقتراح
    أنان``، ``استخدام إسرائيل``): the one acted on or whose act is named, not the clause's subject?"""
    from rasd.analyse.quotes.objects import verbal_noun

    before = ctx.text[seg_start:ms].split()
    if not before:
        return False
    raw = before[-1].strip(MARKS + "()،,")
    return verbal_noun(normalize(raw), raw=raw)

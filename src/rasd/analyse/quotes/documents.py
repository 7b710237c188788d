"""A document as speaker resolved to its author, by the article's own link.

``وأضاف البيان أن…``، ``ويقول التقرير إن…``، ``نشرت اللجنة… تقريرا يؤكد أن…``: the conventions of the
dev gold name the body or person that issued the statement, letter, speech, report or memo, not the
document. The article says who that is where it introduces the document, and
:func:`document_author` reads it there — a coreference step: the document noun (definite, or
indefinite as the subject of the cue right after it) is linked to its latest earlier mention, and that
mention to its author:

1. a name right after the noun, maybe through «صادر عن / من / لـ» (``بيان لوزارة الخارجية``، ``بيان
   صادر عن الجيش``، ``خطاب بومبيو``);
2. the subject of a verb of issuing that governs the noun in that sentence (``أصدر/نشر/وجه/بعث/أرسل
   X بيانا``، ``X أصدرت بيانا``): the name after the verb, else the one right before it, else a
   definite description after the verb (``نشرت اللجنة الوطنية لحقوق الإنسان في قطر… تقريرا``);
3. the speaker of a quote already attributed in that mention's sentence (``وفي خطاب للدول
   الأوروبية، قال … بومبيو إن…``، ``قال الحزب في بيانه إن…``).

No link, no change: the description stays (``التغريدة``، ``الوثيقة`` are speakers of their own in the
conventions and are not document nouns here). Pure: no I/O; used by
:mod:`rasd.analyse.quotes.finder` after the speaker of each quote is chosen.
"""

from __future__ import annotations

import bisect
import re

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _words
from rasd.arabic.normalize import normalize

# normalized stems: statement, speech/letter, letter, report, memo, leaflet
_DOC_STEMS = ("بيان", "خطاب", "رساله", "تقرير", "مذكره", "منشور")
_DOC_RE = re.compile(r"(?<!\w)(?:[وفبل]{0,2})(?:ال|لل)?(?P<n>" + "|".join(_DOC_STEMS) + r")(?:ات(?<=منشورات)|ا|ه|ين|ها|هم)?(?!\w)")  # a plural only of the leaflets (البيانات: data)
# verbs of issuing (normalized, perfect and imperfect 3rd person, with a conjunction or not)
_ISSUE_STEMS = ("اصدر", "نشر", "وجه", "بعث", "ارسل", "وزع", "قدم", "تلا", "القي", "وقع")
_ISSUE_RE = re.compile(r"(?<!\w)[وف]?(?:[يت])?(?P<v>" + "|".join(_ISSUE_STEMS) + r")(?:ت|وا|ا)?(?!\w)")
_LINK_N = frozenset({"صادر", "الصادر", "صادرا", "صادره", "الصادره", "عن", "من"})


def _doc_head(desc: str) -> str | None:
    """The document stem a description is, when it is one (``البيان``، ``هذا التقرير``,
    ``الخطاب الأمريكي``), else None. Two more words at most, and never a name of its own."""
    words = [w.strip(MARKS + "()،,") for w in normalize(desc).split()]
    if words and words[0] in ("هذا", "هذه", "ذلك", "تلك"):
        words = words[1:]
    if not words or len(words) > 3 or not words[0].startswith("ال"):
        return None
    head = words[0][2:]
    return head if head in _DOC_STEMS else None


def is_document(speaker: str) -> bool:
    """Is ``speaker`` (an entity id or a description) a definite document noun (``البيان``)?"""
    return _doc_head(speaker) is not None


def _entity_at(ctx: _Ctx, pos: int) -> str | None:
    """Id of a PER/ORG/LOC mention that starts at source offset ``pos`` (or one letter after it: a ل
    glued to the name), else None."""
    starts = [m[0] for m in ctx.mentions]
    k = bisect.bisect_left(starts, pos)
    for ms, _me, ent in ctx.mentions[k:k + 4]:
        if ms > pos + 1:
            break
        if ent.type in ("PER", "ORG", "LOC"):
            return ent.id
    return None


def _named_after(ctx: _Ctx, n_end: int, se: int) -> str | None:
    """Rule 1: the name right after the document noun ending at norm offset ``n_end``."""
    words = _words(ctx.norm, n_end, se)[:4]
    k = 0
    while k < len(words) - 1 and k < 2 and words[k][2].strip("،,") in _LINK_N:
        k += 1
    if not words or (k and words[k - 1][2].endswith(("،", ","))):
        return None
    return _entity_at(ctx, ctx.src(words[k][0], words[k][0] + 1)[0])


def _issuer(ctx: _Ctx, ss: int, n_start: int) -> str | None:
    """Rule 2: the subject of a verb of issuing before the noun in its sentence (norm offsets)."""
    for m in reversed(list(_ISSUE_RE.finditer(ctx.norm, ss, n_start))):
        a = ctx.src(m.end(), m.end() + 1)[0]
        b = ctx.src(n_start, n_start + 1)[0]
        first = _words(ctx.norm, m.end(), n_start)[:1]
        if first:
            who = _entity_at(ctx, ctx.src(first[0][0], first[0][0] + 1)[0])
            if who is not None:
                return who  # أصدرت وزارة الخارجية بيانا
            desc = _described(ctx.text[a:b])
            if desc is not None:
                return desc  # نشرت اللجنة الوطنية لحقوق الإنسان في قطر (شكلتها السلطات)، تقريرا
        lo = ctx.src(ss, ss + 1)[0]
        v = ctx.src(m.start(), m.start() + 1)[0]
        before = [(me, e) for ms, me, e in ctx.mentions if lo <= ms and me <= v and e.type in ("PER", "ORG", "LOC")]
        if before and not ctx.text[before[-1][0]:v].strip(" ،,"):
            return before[-1][1].id  # الخارجية الروسية أصدرت بيانا
        return None
    return None


_DESC_CUT_RE = re.compile(r"[،,(؛:]|\s(?:في|فى|ب|على|عن|الى|إلى)\s")


def _described(phrase: str) -> str | None:
    """A definite noun phrase that opens ``phrase`` (up to a comma, a bracket or a preposition of place),
    as a clean description; None unless it opens with a definite word and has six words at most."""
    from rasd.analyse.quotes.subjects import clean_description

    head = _DESC_CUT_RE.split(phrase.strip(), maxsplit=1)[0].strip()
    words = head.split()
    if not words or len(words) > 6 or not normalize(words[0]).startswith("ال") or _doc_head(head):
        return None
    return clean_description(head)


def _writer_in(ctx: _Ctx, ss: int, n_start: int) -> str | None:
    """Rule 4: ``وكرر الجيش الإسرائيلي في المنشورات…``، ``قال الحزب في بيانه``: the name right before
    «في» + the document noun (norm offset ``n_start``) in its sentence is its author, and so is the name
    before the reporting verb that governs «في» (``وكانت الوزارة قد أعلنت في بيان``)."""
    words = _words(ctx.norm, ss, n_start)[-8:]
    if len(words) < 2 or words[-1][2] != "في":
        return None
    lo, v = ctx.src(words[0][0], words[0][0] + 1)[0], ctx.src(words[-1][0], words[-1][0] + 1)[0]
    spans = [(ms, me, e) for ms, me, e in ctx.mentions if lo < me <= v and e.type in ("PER", "ORG", "LOC")]
    # "وأعلن مكتب الأمم المتحدة… في اليمن في بيان": a place after في that completes the name before it is
    # no author; the name it completes is
    while len(spans) >= 2 and normalize(ctx.text[spans[-2][1]:spans[-1][0]].strip()) in _PLACE_PREPS_N:
        spans.pop()
    before = [(me, e) for _ms, me, e in spans]
    if not before:
        return None
    between = ctx.text[before[-1][0]:v].strip(" ")
    if not between:
        return before[-1][1].id
    # "وكانت وزارة الداخلية قد أعلنت في بيان": subject first, then the verb that issued it (with its
    # قد): the subject of the verb that governs «في بيان» is the author. Only a subject in first position
    # (the sentence's start, or after كان): a verb joined by و/ف continues an earlier verb, whose object
    # or its genitive may stand right before it («هاجمت حماس إسرائيل وأكدت في بيان»، «نفت الوزارة تقريرا
    # نشرته رويترز وقالت في بيان»)
    gap = [normalize(w) for w in between.split()]
    if len(gap) <= 2 and not any(ch in between for ch in "،,.:؛") and _is_verb_form(gap[-1]) \
            and all(w == "قد" for w in gap[:-1]) and not _joined_verb(gap[-1]) \
            and _subject_first(ctx, ss, spans[-1][0]):
        return before[-1][1].id
    return None


_KANA_N = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"))


def _joined_verb(w: str) -> bool:
    """Does ``w`` (normalized) carry a conjunction و/ف before a verb (وأكدت، فقالت), not as a root letter
    (وصفت، وافق)?"""
    return w[:1] in "وف" and len(w) > 3 and _is_verb_form_bare(w[1:])


def _subject_first(ctx: _Ctx, ss: int, start: int) -> bool:
    """Does the name at source offset ``start`` open its sentence (after a bare و/ف at most) or follow a form
    of كان: the subject before its verb, not a verb's object?"""
    lead = [normalize(w) for w in ctx.text[ctx.src(ss, ss + 1)[0]:start].split()]
    return not lead or lead == ["و"] or lead == ["ف"] or lead[-1] in _KANA_N


_PLACE_PREPS_N = frozenset(normalize(w) for w in ("في", "ب", "بـ"))


def _is_verb_form(w: str) -> bool:
    """A reporting or stance verb (``أعلنت``، ``قالت``، ``أكد``), as the cue tables know them."""
    from rasd.analyse.quotes.base import _VERBS_N

    w = w.removeprefix("و") if len(w) > 4 and w.removeprefix("و") in _VERBS_N else w
    return _is_verb_form_bare(w)


def _is_verb_form_bare(w: str) -> bool:
    """:func:`_is_verb_form` without taking off a و."""
    from rasd.analyse.quotes.base import _VERBS_N
    from rasd.analyse.quotes.stance import stance_verb

    hit = stance_verb(w)
    return w in _VERBS_N or (hit is not None and hit[1] == "verb")


def _author_of_mention(ctx: _Ctx, m: re.Match[str], said: list[tuple[int, int, str]]) -> str | None:
    ss, se = ctx.sentence_of(m.start())
    who = _named_after(ctx, m.end(), se) or _issuer(ctx, ss, m.start()) or _writer_in(ctx, ss, m.start())
    if who is not None:
        return who
    for s_start, _anchor, spk in said:
        if s_start == ss and ctx.art.entity(spk) is not None:
            return spk
    return None


def document_author(ctx: _Ctx, c: _Cand, speaker: str | None, said: list[tuple[int, int, str]]) -> str | None:
    """The author of the document that speaks in ``c`` (entity id), else ``speaker`` unchanged.

    ``said``: (sentence start, anchor, speaker) of the quotes attributed before ``c``, in text order."""
    if c.cue is None:
        return speaker
    prev = _words(ctx.norm, max(c.sentence, c.cue.start - 20), c.cue.start)
    if prev and _DOC_RE.fullmatch(prev[-1][2]) and not prev[-1][2].startswith(("ال", "وال", "بال")):
        # "نشرت اللجنة … تقريرا يؤكد أن": an indefinite document right before the cue is its subject,
        # and the mention to read is this one
        m = _DOC_RE.search(ctx.norm, prev[-1][0], prev[-1][1])
        who = _author_of_mention(ctx, m, said) if m else None
        return who if who is not None else speaker
    owner = _statement_owner(ctx, c)
    if owner is not None:
        return owner
    if speaker is None or ctx.art.entity(speaker) is not None:
        return speaker
    stem = _doc_head(speaker)
    if stem is None:
        return speaker
    own_m = next((m for m in _DOC_RE.finditer(ctx.norm, c.sentence, c.start) if m.group("n") == stem), None)
    if own_m is not None:
        # "وقالت الرسالة في المنشور": a document inside another speaks as the author of the outer one
        inner = _words(ctx.norm, own_m.end(), c.start)[:2]
        if len(inner) == 2 and inner[0][2] == "في":
            m2 = _DOC_RE.fullmatch(inner[1][2])
            if m2 is not None and m2.group("n") != stem:
                who = _latest_author(ctx, m2.group("n"), own_m.start(), said)
                if who is not None:
                    return who
    # the speaker's own words in the sentence: from the sentence start to the quote
    own = None  # the mention that is the speaker itself, never its own antecedent
    # a trailing attribution ("…، بحسب تعبير البيان") names its speaker after the quote: the statement
    # introduced before it in the same sentence ("أعلنت في بيان …") is its antecedent
    lo, hi = (c.cue.start, c.cue.end + 40) if c.cue.start >= c.start else (c.sentence, max(c.start, c.cue.end))
    for m in _DOC_RE.finditer(ctx.norm, lo, hi):
        if m.group("n") == stem:
            own = m.start()
            break
    upto = own if own is not None else c.sentence
    return _latest_author(ctx, stem, upto, said) or speaker


def _latest_author(ctx: _Ctx, stem: str, upto: int, said: list[tuple[int, int, str]]) -> str | None:
    """The author of the latest mention of the document ``stem`` before norm offset ``upto`` that names
    one (six mentions back at most), else None."""
    mentions = [m for m in _DOC_RE.finditer(ctx.norm, 0, upto) if m.group("n") == stem]
    cue_ends = {q.end for q in ctx.cues}
    for m in reversed(mentions[-6:]):
        if m.group(0).lstrip("وفبل").startswith("ال") and m.start() - 1 in cue_ends:
            continue  # "وأضاف البيان": an earlier use as a speaker; its author is where it was introduced
        who = _author_of_mention(ctx, m, said)
        if who is not None:
            return who
    return None


_IN_IT_N = frozenset({"فيه", "فيها"})


def _statement_owner(ctx: _Ctx, c: _Cand) -> str | None:
    """``ونقلت الوكالة بيان المجلس الذي أكد فيه أن…``: a cue in a relative clause on a document, its
    resumptive «فيه» after it, speaks as the document's owner named right after the document noun (an
    entity, or a one-word definite description of an organisation named before: المجلس); else None."""
    from rasd.analyse.quotes.tidy import _definite_head

    if c.cue is None or c.cue.kind != "verb":
        return None
    before = _words(ctx.norm, c.sentence, c.cue.start)[-3:]
    after = _words(ctx.norm, c.cue.end, c.start)[:1]
    if len(before) < 3 or before[-1][2] not in ("الذي", "التي") or not after or after[0][2] not in _IN_IT_N:
        return None
    if not _DOC_RE.fullmatch(before[0][2]) or before[0][2].startswith(("ال", "وال")):
        return None  # the document must be in construct with its owner: بيان المجلس
    a, b = ctx.src(before[1][0], before[1][1])
    who = _entity_at(ctx, a)
    if who is not None:
        return who
    named = _definite_head(ctx, ctx.text[a:b], a)
    return named if named is not None and ctx.art.entity(named) is not None else None

"""The subject of a stance verb read from the words right after it, when no name is there: a
description that acts (``نددت الخارجية السورية``، ``اتهمت الدول الأربع``), an anonymous or source
noun (``عبرت والدة الشهيد عن``), an indefinite plural (``ودعا معارضون للإجهاض إلى``), a counted group
(``أعرب العديد من…``), or whatever stands before the preposition of a verb that takes no direct
object (``وأكد الزعيمان السياسيان على``). Each returns an entity id, a clean description or None.

Pure: no I/O. Used by :mod:`rasd.analyse.quotes.choose`.
"""

from __future__ import annotations

from rasd.analyse.quotes.base import (
    _ANON_N,
    _ROLE_N,
    _SOURCE_N,
    _VERBS_N,
    MARKS,
    _Cand,
    _comma_cut,
    _Ctx,
    _words,
)
from rasd.analyse.quotes.speakers import _AUX_N
from rasd.analyse.quotes.subjects import _adverb, clean_description, head_ok
from rasd.arabic.normalize import normalize

_NUMERAL_ADJ_N = frozenset(normalize(w) for w in (
    "الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثماني", "العشر", "الثلاثة", "الأربعة", "الخمسة", "الستة",
    "السبعة", "الكبرى", "الكبار"))


def actor_phrase(ctx: _Ctx, s: int, e: int) -> str | None:
    """A description right after a stance verb that reads as an actor, not its object: a title or
    organisation head, or a noun with a demonym (``نددت الخارجية السورية``), else None."""
    from rasd.analyse.entities.countries import demonym_country
    from rasd.arabic.titles import ORG_HEAD_STEMS

    spans = _words(ctx.norm, s, e)[:3]
    words = [w.strip(MARKS + "()،,") for _a, _b, w in spans]
    if not words or not head_ok(words[0]) or not words[0].startswith("ال") or spans[0][2][:1] in MARKS:
        return None  # a quoted phrase after the verb is its object: وطالبت "القوات الغازية"
    if len(words) > 1 and words[1] in _NUMERAL_ADJ_N:
        a, b = ctx.src(spans[0][0], spans[1][1])
        return ctx.text[a:b]  # "اتهمت الدول الأربع الدوحة": a counted group acts
    n = 2 if len(words) > 1 and head_ok(words[1]) and words[1].startswith("ال") else 1
    if (n < 2 or demonym_country(words[1]) is None) and words[0][2:] not in ORG_HEAD_STEMS:
        return None
    a, b = ctx.src(spans[0][0], spans[n - 1][1])
    return ctx.text[a:b]


_GOVERNING_N = frozenset(normalize(w) for w in ("إلى", "من", "عن", "على", "في", "ب"))


def plural_np(ctx: _Ctx, s: int, e: int) -> str | None:
    """An indefinite plural noun right after a stance verb is its subject (``ودعا معارضون للإجهاض
    إلى "التمرد"``): the words up to the verb's preposition, else None."""
    spans = _words(ctx.norm, s, e)[:5]
    if not spans or not spans[0][2].endswith("ون") or spans[0][2].startswith("ال") or not head_ok(spans[0][2]):
        return None
    out = []
    for ws, we, w in spans:
        if w in _GOVERNING_N or w[:1] in MARKS or w.startswith("ب"):
            break
        out.append((ws, we))
        if w[-1:] in "،,.":
            break
    if not out:
        return None  # "بون …": the first word is itself a preposition's phrase
    a, b = ctx.src(out[0][0], out[-1][1])
    return clean_description(ctx.text[a:b])


_QUANTITY_N = frozenset(normalize(w) for w in (
    "العديد", "عدد", "بعض", "كثير", "الكثير", "مئات", "آلاف", "عشرات", "معظم", "غالبية", "أغلب"))


def quantified_subject(ctx: _Ctx, s: int, e: int) -> str | None:
    """A counted group right after a stance verb is its subject (``أعرب العديد من لبنانيي المهجر عن
    سعادتهم``): the words from the quantifier up to the verb's preposition, else None."""
    spans = _words(ctx.norm, s, e)[:7]
    if len(spans) < 2 or spans[0][2] not in _QUANTITY_N:
        return None
    out: list[tuple[int, int]] = []
    of = False  # the first من is the group's own (العديد من…، عدد كبير من…)
    for ws, we, w in spans:
        if out and w == "من" and not of:
            of = True
        elif len(out) >= 2 and (w in _GOVERNING_N or w[:1] in MARKS or w.startswith("ب")):
            break
        out.append((ws, we))
        if w[-1:] in "،,.":
            break
    a, b = ctx.src(out[0][0], out[-1][1])
    return clean_description(ctx.text[a:b])


# Stance verbs that take no direct object: whatever stands between the verb and the preposition
# it governs (ندد ب، عبر عن، أشار إلى، شدد على) is its subject.
_INTRANSITIVE_STANCE = frozenset(("ندد", "رحب", "تعهد", "تحدث", "كشف", "عبر", "اعرب", "اشار", "شدد", "اكد", "نبه",
                                  "توعد"))
# a pronoun-bearing preposition between the verb and its subject (أعلن فيه مجلس الأمن عن…، "in which")
_RESUMPTIVE_N = frozenset(normalize(w) for w in ("فيه", "فيها", "فيهما", "خلاله", "خلالها", "بدوره", "بدورها"))


def prep_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """``وأكد الزعيمان السياسيان على ضرورة…``، ``كشف وزير إسرائيلي عن…``، ``وندد المسؤولون في الحزب
    بـ"…"``: the subject of a stance verb that has no direct object is the noun phrase between the verb
    and its preposition (an entity or a description, agreeing with the verb), else None."""
    from rasd.analyse.quotes.stance import _GOVERNS, stance_verb

    hit = stance_verb(c.cue.word) if c.cue is not None else None
    if hit is None or hit[0] not in _INTRANSITIVE_STANCE:
        return None
    prep = _GOVERNS[hit[0]]
    words = _words(ctx.norm, c.cue.end, c.start)  # type: ignore[union-attr]
    cut = next((k for k, (_a, _b, w) in enumerate(words)
                if w.strip(MARKS) == prep or (prep == "ب" and w.startswith("ب"))), None)
    if not cut or cut > 6:
        return None  # nothing before the preposition (the subject is a pronoun), or no phrase
    words = words[:cut]
    while words and words[0][2] in _RESUMPTIVE_N:
        words = words[1:]
    while words and (_adverb(words[-1][2]) or words[-1][2] in _AFTER_SUBJECT_N):
        words = words[:-1]  # "وتندد أنقرة دائما"، "أعلن الخميس": an adverb or a time word, not the subject
    if not words or not head_ok(words[0][2]) or any(w[-1:] in "،,.:؛" for _a, _b, w in words[:-1]):
        return None
    a, b = ctx.src(words[0][0], words[-1][1])
    named = [ent for ms, me, ent in ctx.mentions if ms == a and me <= b and ent.type in ("PER", "ORG", "LOC")]
    if named:
        return named[0].id
    from rasd.analyse.quotes.speakers import _link_role, _titled

    head = normalize(words[0][2].strip(MARKS + "()"))
    if head in _ROLE_N or _titled(head):
        ent = _link_role(ctx, ctx.text[a:b])
        if ent is not None:
            return ent.id
    return clean_description(ctx.text[a:b])  # "الزعيمان السياسيان"، "المسؤولون في الحزب"


_AFTER_SUBJECT_N = frozenset(normalize(w) for w in (
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "أمس", "مجددا", "أيضا",
    "كذلك", "رسميا", "سابقا", "مؤخرا", "لاحقا"))


def source_phrase(ctx: _Ctx, s: int, e: int, gender: str | None = None) -> str | None:
    """An anonymous or source description right after a stance verb (``عبرت والدة الشهيد عن
    حزنها``): the description, else None. ``gender``: M/F of the verb (None: unknown)."""
    words = _words(ctx.norm, s, e)[:1]
    if not words:
        return None
    if words[0][2] in _ANON_N or words[0][2] in _SOURCE_N:
        # "ودعا مسؤول إسرائيلي سكان غزة إلى…": the anonymous source's phrase stops before the object
        e = _object_after_adjective(ctx, _words(ctx.norm, s, _comma_cut(ctx, s, e))[:8]) or e
    else:
        # an indefinite title is a subject too (ودعا متحدث باسم الحزب الناخبين إلى…): an object would be
        # definite. Truly indefinite only (no definite genitive: «دعت رئيس الوزراء» is its object), agreeing
        # with the verb in gender, and its phrase stops before the object
        end = _indefinite_title_end(ctx, s, e, gender)
        if end is None:
            return None
        e = end
    from rasd.analyse.quotes.speakers import _resolve

    return clean_description(_resolve(ctx, s, e, [], strict=True))


_TITLE_LINKS_N = frozenset(normalize(w) for w in ("باسم", "في", "من", "ب", "لدى"))
# words in ال that are no definite nouns: prepositions and relatives (إلى، الذي، التي…)
_NOT_DEFINITE_N = frozenset(normalize(w) for w in (
    "إلى", "إلا", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"))


def _definite(w: str) -> bool:
    """A definite noun or adjective (الحزب، الإسرائيلية), not a particle that opens with ال (إلى، التي)."""
    return w.startswith("ال") and len(w) > 3 and w not in _NOT_DEFINITE_N


def _nisba(w: str) -> bool:
    """A nisba adjective (إسرائيلي، العسكرية، أمريكيون) by morphology: ـي with a feminine ـية in use, or ـية with
    a masculine ـي in use (their sound plurals alike), in the corpus word table (Zipf >= 3); a broken plural in ـي (الأهالي، الأراضي،
    المباني) has no feminine and is no nisba. With no word table, the shape alone."""
    from rasd.analyse.quotes.phrase import _zipf

    if len(w) >= 6 and w.endswith(("يون", "يين", "يات")):
        w = w[:-2] if w[-1] == "ن" else w[:-2] + "ه"  # the sound plurals (أمريكيون، العسكريين، الإسرائيليات)
    if len(w) < 4 or not w.endswith(("ي", "يه")):
        return False
    other = w[:-1] if w.endswith("يه") else w + "ه"
    z = _zipf(other)
    return z is None or z >= 3.0


def _object_after_adjective(ctx: _Ctx, words: list[tuple[int, int, str]]) -> int | None:
    """Norm end of an indefinite head's phrase (``words[0]``) cut before the object that follows its
    adjectives, else None. Once a nisba adjective (:func:`_nisba`) has followed the head, no genitive can: a
    definite noun right after the nisba (``مسؤول إسرائيلي | الأهالي``), or a word that is no nisba where a name
    starts on it or on the next word (``مسؤول إسرائيلي | سكان غزة``، ``مسؤول أمريكي | إيران``), opens the
    verb's object. Other adjectives go on (``مسؤول أمريكي رفيع المستوى``، ``مصدر أمني مطلع``); a linking
    preposition or a comma ends the scan."""
    adjective = False
    for k in range(1, len(words)):
        w = words[k][2]
        if w in _TITLE_LINKS_N or w[-1:] in "،,":
            return None
        nisba = _nisba(w)
        if adjective and not nisba:
            if _definite(w) and _nisba(words[k - 1][2]):
                return words[k - 1][1]
            a = ctx.src(words[k][0], words[k][1])[0]
            b = ctx.src(*words[min(k + 1, len(words) - 1)][:2])[1]
            if any(a <= ms < b for ms, _me, _e in ctx.mentions):
                return words[k - 1][1]
        if _definite(w) and not adjective:
            return None  # "رئيس الوزراء": a definite genitive, not this rule's
        adjective = adjective or nisba
    return None


def _indefinite_title_end(ctx: _Ctx, s: int, e: int, gender: str | None) -> int | None:
    """Norm end of an indefinite title's phrase opening ``norm[s:e]`` (``متحدث باسم الحزب الديمقراطي``،
    ``مسؤول عسكري في الجيش``), or None when the first word is no indefinite title, heads a construct with a
    definite genitive (``رئيس الوزراء``، ``نائب رئيس الوزراء``: definite, so maybe the verb's object) or
    disagrees with the verb in gender (``ودعت رئيس…``: a masculine title is no subject of a feminine verb).
    The phrase: indefinite words (a genitive chain, then adjectives; an object after an adjective ends it:
    :func:`_object_after_adjective`), then a linking preposition (باسم، في، من) and its definite noun, then the nisba adjectives of that noun
    (ـي، ـية, by morphology: :func:`_nisba`); the next word (``الناخبين``، ``الأهالي``) is the object's."""
    words = _words(ctx.norm, s, _comma_cut(ctx, s, e))[:8]
    head = words[0][2] if words else ""
    if head not in _ROLE_N or head.startswith("ال"):
        return None
    if gender is not None and ("F" if head.endswith("ه") else "M") != gender:
        return None
    cut = _object_after_adjective(ctx, words)
    if cut is not None:
        return cut
    k = 1
    while k < len(words) and not _definite(words[k][2]) and words[k][2] not in _TITLE_LINKS_N:
        k += 1  # indefinite words: adjectives (عسكري) or a genitive chain (نائب رئيس …)
    if k < len(words) and _definite(words[k][2]) and words[k - 1][2] not in _TITLE_LINKS_N:
        return None  # a definite genitive ends the chain: the title is definite
    if k < len(words) and words[k][2] in _TITLE_LINKS_N:
        k += 1  # the linking preposition and its noun (باسم الحزب، في الجيش)
        k += k < len(words)
    while k < len(words) and _definite(words[k][2]) and _nisba(words[k][2]) and len(words[k][2]) >= 5:
        k += 1  # nisba adjectives (الديمقراطي، الإسرائيلية)
    return words[k - 1][1] if k <= len(words) else e


_FREE_RELATIVE_N = frozenset(normalize(w) for w in ("ما", "بما", "لما", "مما", "عما"))
_OPENERS_N = frozenset(normalize(w) for w in ("كما", "هذا", "ثم", "لكن", "ولكن", "بينما", "فيما", "وقد", "قد", "وكان",
                                              "كان", "وكانت", "كانت"))
_PREPS_N = frozenset(normalize(w) for w in ("إزاء", "تجاه", "حول", "ضد", "بشأن", "مع", "لدى", "بعد", "قبل", "خلال"))


def free_relative_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """``ونددت دول غربية عدة بما اعتبرته "مهزلة"``، ``ونفى حزب الله ما وصفها بمزاعم``: a stance verb in a
    free relative (ما/بما/لما …) has the main verb's subject as its own: the entity opening the words
    between the sentence's first verb and ما, else those words as a description (up to five, none a
    preposition's phrase); None when the cue is no free relative or nothing stands there."""
    if c.cue is None or c.cue.start <= c.sentence:
        return None
    words = _words(ctx.norm, c.sentence, c.cue.start)
    if len(words) < 3 or words[-1][2] not in _FREE_RELATIVE_N:
        return None
    k = 0
    while k < len(words) - 1 and (words[k][2] in _AUX_N or words[k][2].rstrip("،,") in _OPENERS_N):
        k += 1  # "كما أدان"، "هذا، وجدد"، "وكان … أعلن": connectives and auxiliaries before the verb
    from rasd.analyse.quotes.stance import stance_verb

    before = words[-2][2]
    if stance_verb(before) is not None or before in _VERBS_N or before[1:] in _VERBS_N:
        body = words[k:-2]  # "وكان تنظيم الدولة الإسلامية أعلن ما وصفه": the subject before the verb
    else:
        body = words[k + 1:-1]  # "ونددت دول غربية عدة بما اعتبرته": after the main verb, before ما
    from rasd.analyse.quotes.objects import verbal_noun

    for m in range(1, len(body)):  # "وجدد الوزراء [التنديد] بما اعتبروه": an object after the subject
        raw = ctx.text[slice(*ctx.src(body[m][0], body[m][1]))]
        if verbal_noun(body[m][2], definite_ok=True, raw=raw, after_subject=True):
            return None  # (where the subject ends is not clear enough to name it)
    if not body or len(body) > 6 or any(w[-1:] in "،,.:؛" or w[:1] in MARKS for _a, _b, w in body[:-1]):
        return None
    a, b = ctx.src(body[0][0], body[-1][1])
    for ms, _me, ent in ctx.mentions:
        if ms == a and ent.type in ("PER", "ORG", "LOC"):
            return ent.id  # (a name opens the phrase: the subject is named)
    if any(w in _GOVERNING_N or w in _PREPS_N or (w[:1] in "بل" and len(w) > 3 and not w.startswith("ال"))
           for _a, _b, w in body) \
            or not head_ok(body[0][2]):
        return None  # "وتحدث عن …"، "طالب الحكومة بما …": an object or a phrase, not the subject
    return clean_description(ctx.text[a:b])


# Nouns in ون that are no sound plurals (law, million, television, January…).
_NOT_PLURAL_N = frozenset(normalize(w) for w in (
    "القانون", "المليون", "التلفزيون", "الكانون", "الزيتون", "الليمون", "الصابون", "الطاعون", "الكربون",
    "الماراثون", "البنتاغون", "الفرعون", "الهليكوبتر", "الدستور"))
_SOME_N = frozenset(normalize(w) for w in ("البعض", "بعضهم", "الآخرون", "آخرون"))


def nominative_plural(ctx: _Ctx, c: _Cand) -> str | None:
    """The subject of a masculine plural participle (``مشيرين``، ``مطالبين``) whose sentence names no
    agreeing speaker: the nearest definite sound plural in the nominative before it (``ركز المحتجون
    على … مطالبين``: the ون ending marks the subject, the ين of a genitive or object does not) or
    «البعض (الآخر)» (``دافع عنه البعض الآخر مشيرين``); as an entity id when a name covers it, else a
    clean description; None when there is none."""
    if c.cue is None or c.cue.kind not in ("participle", "stance") or not c.cue.word.endswith("ين"):
        return None
    if c.cue.kind == "stance":
        from rasd.analyse.quotes.stance import stance_verb

        hit = stance_verb(c.cue.word)
        if hit is None or hit[1] != "participle":
            return None  # a stance verb has its subject after it
    spans = _words(ctx.norm, c.sentence, c.cue.start)
    for k in range(len(spans) - 1, -1, -1):
        w = spans[k][2].strip("،,")
        if w[:1] in MARKS or w[-1:] in MARKS:
            return None  # a quotation before the cue: its words are spoken, not speaking
        bare = w[1:] if w.startswith("وال") else w
        plural = bare.startswith("ال") and bare.endswith("ون") and len(bare) >= 7 and bare not in _NOT_PLURAL_N
        if not (plural or bare in _SOME_N):
            continue
        if k and (spans[k - 1][2] in _GOVERNING_N or spans[k - 1][2][:1] in "بل" and len(spans[k - 1][2]) <= 2):
            continue
        end = k + 1
        if bare in _SOME_N and end < len(spans) and spans[end][2].strip("،,") in ("الاخر", "الاخرون"):
            end += 1
        a, b = ctx.src(spans[k][0], spans[end - 1][1])
        for ms, me, ent in ctx.mentions:
            if ms <= a < me:
                return ent.id
        return clean_description(ctx.text[a:b].strip(" ،,"))
    return None

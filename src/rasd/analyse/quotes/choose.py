"""Choosing the speaker of one quote candidate: what its sentence names, how a stance verb's
subject is found, and the clean-up that keeps speakers to entity ids and clean descriptions (the
tidying of a description speaker lives in :mod:`rasd.analyse.quotes.tidy`).

Pure: no I/O. Used by :mod:`rasd.analyse.quotes.finder`, which walks the candidates in text
order and falls back to :func:`~rasd.analyse.quotes.continuation.continuation`.
"""

from __future__ import annotations

import bisect
import re

from rasd.analyse.quotes.actors import (
    actor_phrase,
    free_relative_subject,
    nominative_plural,
    plural_np,
    prep_subject,
    quantified_subject,
    source_phrase,
)
from rasd.analyse.quotes.base import (
    _ANON_N,
    _PRECEDED_RE,
    _RELATIVES_N,
    _ROLE_N,
    _SOURCE_N,
    _VERBS_N,
    MARKS,
    _Cand,
    _Ctx,
    _Cue,
    _words,
)
from rasd.analyse.quotes.continuation import _inside_quote, continuation, subjectless
from rasd.analyse.quotes.coordination import coordinated_subject
from rasd.analyse.quotes.phrase import speaker_phrase
from rasd.analyse.quotes.pluperfect import pluperfect_subject
from rasd.analyse.quotes.speakers import _resolve, cue_gender
from rasd.analyse.quotes.stance import stance_gender
from rasd.analyse.quotes.subjects import (
    _NOT_HEAD_N,
    _adverb,
    clause_subject,
    clean_description,
    head_ok,
    last_actor,
    participle_gender,
    relative_antecedent,
    resumptive,
    sentence_subject,
    subject_description,
)
from rasd.analyse.quotes.tidy import (
    _addressee_cut,
    _definite_head,
    _earlier_form,
    _name_before_role,
    _named_prefix,
    _people_of,
    _title_anaphor,
)
from rasd.analyse.quotes.valency import object_only, subject_before_object
from rasd.arabic.normalize import normalize


def cue_gender_of(cue: _Cue | None) -> str | None:
    if cue is None:
        return None
    if cue.kind == "verb":
        return cue_gender(cue.word, _VERBS_N)
    if cue.kind == "participle":
        return participle_gender(cue.word)
    if cue.kind == "stance":
        return _defective_feminine(cue.word) or stance_gender(cue.word)
    return None


def _defective_feminine(word: str) -> str | None:
    """"F" for the feminine past of a defective stance verb (دعت، ودعت of دعا: the final alif gives way
    to the ت), which the stance table reads as masculine; else None."""
    from rasd.analyse.quotes.stance import stance_verb

    hit = stance_verb(word)
    if hit is None or hit[1] != "verb" or not hit[0].endswith(("ا", "ى", "ي")):
        return None
    w = normalize(word.strip(MARKS + "()،,"))
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    return "F" if w.endswith("ت") and w[:-1] == normalize(hit[0])[:-1] else None


def said_passive(cue: _Cue | None) -> bool:
    """Is the cue the passive «قيل/يقال» (it was said that…)? Its quote has no speaker."""
    return cue is not None and cue.word in ("قيل", "يقال")


def cue_plural(cue: _Cue | None) -> bool:
    """Does the cue show a plural subject (قالوا، يقولون، أكدوا، مضيفين، with an object pronoun وصفوه،
    يصفونه)? Such a cue never continues one person's words."""
    if cue is None:
        return False
    w = cue.word
    if cue.kind == "participle":
        return w.endswith(("ين", "ون"))
    if cue.kind in ("verb", "stance"):
        if len(w) > 3 and (w.endswith("وا") or (w[:1] in "يت" and w.endswith("ون"))):
            return True
        # with an object pronoun the past plural drops its alif (وصفوه، اعتبروها) and the present
        # keeps its ن (يصفونه): "ما وصفوه" has a plural subject
        for suffix in ("ها", "هم", "ه"):
            if w.endswith(suffix) and len(w) - len(suffix) > 3:
                stem = w[: -len(suffix)]
                return stem.endswith("ون") if stem[:1] in "يت" else stem.endswith("و")
    return False


def plural_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """For a plural cue without a named subject (``وطالب ناشطون ماليزيون بإصلاح…، الذي قالوا إنه``):
    the indefinite plural noun phrase right after the verb that opens the cue's sentence, else None."""
    if not cue_plural(c.cue):
        return None
    words = _words(ctx.norm, c.sentence, c.anchor)[:3]
    if len(words) < 2 or words[0][2].startswith("ال"):
        return None
    if not _is_verb_like(words[0][2]):
        # "وناشد قادة أوروبيون…، ويقولون إنه": a sentence opening with و + a word, then an indefinite noun
        # and a plural adjective: the word is the verb, the plural phrase its subject
        w0 = words[0][2]
        if not (w0[:1] == "و" and len(w0) >= 4 and w0[1:] not in _NOT_HEAD_N and not w0[1:].startswith("ال")
                and len(words) > 2 and words[2][2].rstrip("،,").endswith(("ون", "يون")) and not words[1][2].startswith("ال")):
            return None
        a, b = ctx.src(words[1][0], words[2][1])
        return clean_description(ctx.text[a:b])
    return plural_np(ctx, words[1][0], c.anchor)


def _is_verb_like(word: str) -> bool:
    """A finite verb opening a sentence: a reporting or stance verb (with its conjunction)."""
    from rasd.analyse.quotes.stance import stance_verb

    w = word.strip("،,")
    return w in _VERBS_N or (w[:1] in "وف" and w[1:] in _VERBS_N) or (
        stance_verb(w) is not None and stance_verb(w)[1] == "verb")  # type: ignore[index]


_AUX_N = frozenset(normalize(w) for w in ("قد", "وقد", "لقد", "كان", "وكان", "كانت", "وكانت"))

def _svo_source(ctx: _Ctx, ss: int, cue_start: int) -> str | None:
    """``ولكن تقارير تحدثت عن…``: a source or anonymous noun right before the verb, after a comma or a
    connective, is the subject of its clause (the description), else None."""
    words = _words(ctx.norm, ss, cue_start)
    if not words or words[-1][2] not in _ANON_N | _SOURCE_N:
        return None
    k = len(words) - 1
    while k > 0 and not words[k - 1][2].endswith(("،", ",")) and len(words) - k < 4 \
            and words[k - 1][2] not in _CONNECTIVES_N:
        k -= 1
    if k > 0 and not (words[k - 1][2].endswith(("،", ",")) or words[k - 1][2] in _CONNECTIVES_N):
        return None
    a, b = ctx.src(words[k][0], words[-1][1])
    return clean_description(ctx.text[a:b])


_CONNECTIVES_N = frozenset(normalize(w) for w in ("لكن", "ولكن", "غير أن", "بينما", "فيما", "إلا", "حيث", "إذ"))


def _opening_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """``روسيا تتهم بريطانيا…``: a name that opens the sentence right before a present-tense cue (the
    headline order, subject first) is its subject, when it agrees with the verb; else None."""
    if c.cue is None or c.cue.conj or c.cue.word[:1] not in "تي" or c.cue.start <= c.sentence:
        return None
    a = ctx.src(c.sentence, c.sentence + 1)[0]
    b = ctx.src(c.cue.start, c.cue.end)[0]
    for ms, me, ent in ctx.mentions:
        if ms > b:
            break
        if ent.type in ("PER", "ORG", "LOC") and not ctx.text[a:ms].strip() and not ctx.text[me:b].strip():
            return _agreeing(ctx, ent.id, cue_gender_of(c.cue))
    return None


_CONNECTIVE_RE = re.compile(r"(?:[،,؛]|(?<!\w)(?:و?لكن|بينما|فيما))\s*$")


def _connective_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """``…، لكن موسكو نفت ضلوعها``، ``بينما الحكومة تؤكد أن``: a name right before a verb inside its
    sentence, after a comma or a contrast connective, is the verb's own subject (a new statement,
    subject first), when it agrees with the verb; else None."""
    if c.cue is None or c.cue.conj or c.cue.start <= c.sentence:
        return None
    a = ctx.src(c.sentence, c.sentence + 1)[0]
    b = ctx.src(c.cue.start, c.cue.end)[0]
    for ms, me, ent in ctx.mentions:
        if ms > b:
            break
        if ms >= a and ent.type in ("PER", "ORG", "LOC") and not ctx.text[me:b].strip() \
                and _CONNECTIVE_RE.search(ctx.text, max(a, ms - 12), ms):
            return _agreeing(ctx, ent.id, cue_gender_of(c.cue))
    # "…، لكن الرب قال له"، "لكن قوى الغرب تقول إن": a described subject after a contrast connective
    m = _CONTRAST_SUBJECT_RE.search(ctx.norm, c.sentence, c.cue.start)
    if m and all(head_ok(w) and not _is_verb_like(w) for w in m.group("np").split()[:1]):
        a, b = ctx.src(m.start("np"), m.end("np"))
        if not any(a <= ms < b for ms, _me, _e in ctx.mentions):
            return clean_description(ctx.text[a:b])
    return None


def _contrast_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """:func:`_connective_subject` for a stance verb: a description resolved to the organisation it
    abbreviates (``ولكن المنظمة أشارت``); none that opens with an auxiliary or an anaphor (``الأخير``)."""
    who = _connective_subject(ctx, c)
    if who is None or ctx.art.entity(who) is not None:
        return who
    first = normalize(who.split()[0].strip(MARKS))
    if first in _AUX_N or first in _ANAPHORS_N:
        return None
    return _definite_head(ctx, who, ctx.src(c.cue.start, c.cue.start + 1)[0])  # type: ignore[union-attr]


_ANAPHORS_N = frozenset(normalize(w) for w in ("الأخير", "الأخيرة", "الأول", "الأولى", "الثاني", "الثانية"))


_CONTRAST_SUBJECT_RE = re.compile(r"(?<!\w)و?(?:لكن|بينما|فيما)\s+(?P<np>[^\s،,؛.:]+(?:\s+[^\s،,؛.:]+){0,2})\s*$")


def _object_relative_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """For a stance verb right after الذي/التي that bears the relative's pronoun as its object (``…بجماعة
    غولن التي تتهمها بالوقوف وراء…``): the antecedent is the one accused, so the verb's subject is that of
    the clause before — the nearest name of the sentence right after a verb-like word (a present-tense
    form in ي/ت, or a known reporting or stance verb) that agrees with the cue, not a preposition's object
    and not the antecedent itself; else None."""
    from rasd.analyse.quotes.stance import _object_on_verb

    if c.cue is None or c.cue.kind != "stance" or not _object_on_verb(c.cue.word):
        return None
    before = _words(ctx.norm, c.sentence, c.cue.start)
    if len(before) < 3 or before[-1][2] not in _RELATIVES_N:
        return None
    if _subject_after_verb(ctx, c.cue.end):
        return None  # "التي تتهمها الحكومة الألمانية بتدبير…": the subject is named after the verb
    gender = cue_gender_of(c.cue)
    antecedent_end = ctx.src(before[-2][0], before[-2][1])[1]
    lo = ctx.src(c.sentence, c.sentence + 1)[0]
    for ms, me, ent in reversed(ctx.mentions):
        if ms < lo:
            break
        if me >= antecedent_end - 1 or ent.type not in ("PER", "ORG", "LOC"):
            continue
        prev = _words(ctx.norm, c.sentence, bisect.bisect_left(ctx.imap, ms))[-1:]
        if not prev:
            continue
        w = prev[0][2]
        if (_is_verb_like(w) or _present_verb(w)) and _agreeing(ctx, ent.id, gender):
            return ent.id
    return None


def _object_relative(ctx: _Ctx, c: _Cand) -> bool:
    """Is the cue a stance verb right after الذي/التي bearing the relative's pronoun as its object
    (``التي تتهمها``)? Then the relative's antecedent is the one accused, never the verb's subject."""
    from rasd.analyse.quotes.stance import _object_on_verb

    if c.cue is None or c.cue.kind != "stance" or not _object_on_verb(c.cue.word):
        return False
    before = _words(ctx.norm, c.sentence, c.cue.start)
    return len(before) >= 2 and before[-1][2] in _RELATIVES_N


def _subject_after_verb(ctx: _Ctx, end: int) -> bool:
    """Does a noun phrase open right after the verb ending at ``end`` (a definite noun or a name within its
    first two words, no preposition before it): the verb's own subject, named after it?"""
    after = _words(ctx.norm, end, min(len(ctx.norm), end + 60))[:2]
    if not after:
        return False
    if after[0][2].startswith("ال") and after[0][2] not in _RELATIVES_N:
        return True
    a = ctx.src(after[0][0], after[0][1])[0]
    if any(ms == a for ms, _me, _e in ctx.mentions):
        return True  # "تتهمها أنقرة"
    if len(after) < 2 or after[0][2].startswith(("ب", "ل", "ك", "في", "على", "عن", "من", "الى")):
        return False  # "بحماس"، "في ارتباطه بـ…": a preposition's object
    b0, b1 = ctx.src(after[1][0], after[1][1])
    return any(b0 <= ms < b1 for ms, _me, _e in ctx.mentions)  # "تتهمها حكومة أنقرة"


def _present_verb(w: str) -> bool:
    """A present-tense verb by morphology: a word of four letters or more in ي/ت whose other person (ت/ي
    in place of the first letter) is a known word too (تشتبه/يشتبه, not تقرير/يقرير, تنظيم/ينظيم); with no
    word table, the shape alone."""
    from rasd.analyse.quotes.phrase import _zipf

    if w[:1] not in "يت" or len(w) < 4 or w.endswith(("ة", "ات")):
        return False
    other = ("ت" if w[0] == "ي" else "ي") + w[1:]
    z, zo = _zipf(w), _zipf(other)
    if z is None or zo is None:
        return True
    return z >= 2.5 and zo >= 2.5


def _described_subject(ctx: _Ctx, c: _Cand, history: list[str]) -> str | None:
    """A participle's subject when the main verb's subject is a description, not a name (``وأفاد المرصد
    أيضا أن…، مؤكدا أن`` → the organisation ``المرصد`` names): the description, resolved to an earlier
    organisation or speaker it abbreviates, when its gender agrees with the participle; else None."""
    if c.cue is None:
        return None
    opening = [w for _a, _b, w in _words(ctx.norm, c.sentence, c.cue.start)[:3] if w not in _AUX_N]
    if not opening or not _is_verb_like(opening[0]):
        return None  # "ويضم المركز نظاما…، مبينا": a subject that does not speak; the speaker goes on
    desc = clean_description(subject_description(ctx, c.sentence, c.cue.start))
    if not desc:
        return None
    gender = cue_gender_of(c.cue)
    fem = normalize(desc.split()[0]).endswith("ه")
    if gender is not None and (gender == "F") != fem:
        return None
    from rasd.analyse.quotes.speakers import _link_role, _titled

    head = normalize(desc.split()[0].strip(MARKS + "()"))
    if head in _ROLE_N or _titled(head):
        # "وزير الخارجية الأمريكي": the person holding the role, or the continuation finds him
        ent = _link_role(ctx, desc)
        return _agreeing(ctx, ent.id, gender) if ent is not None else None
    who = _definite_head(ctx, _earlier_form(desc, history), ctx.src(c.anchor, c.anchor + 1)[0])
    return _agreeing(ctx, who, gender)


_MEDIUM_N = frozenset(normalize(w) for w in (
    "على", "عبر", "في", "بموقع", "موقع", "منصة", "بمنصة", "التواصل", "الاجتماعي", "للتواصل", "صفحته", "صفحتها",
    "حسابه", "حسابها", "بحسابه", "بحسابها"))


def _medium(ctx: _Ctx, who: str, s: int, e: int) -> bool:
    """Is ``who`` an organisation whose last mention in the speaker part ``norm[s:e]`` stands where
    something was written (after على/عبر/في or a site word, maybe set off by a comma: «على صفحته في
    فيسبوك»، «بموقع التواصل الاجتماعي، فيسبوك،»)? A medium is no speaker."""
    ent = ctx.art.entity(who)
    if ent is None or ent.type != "ORG":
        return False
    a, b = ctx.src(s, s + 1)[0], ctx.src(max(s, e - 1), e)[1]
    last = [ms for ms, _me, x in ctx.mentions if x.id == who and a <= ms < b]
    if not last:
        return False
    before = ctx.text[max(a, last[-1] - 30):last[-1]].replace("،", " ").replace(",", " ").split()
    return bool(before) and normalize(before[-1].strip(MARKS + "()")) in _MEDIUM_N


def _agreeing(ctx: _Ctx, who: str | None, gender: str | None) -> str | None:
    """``who`` when the entity agrees with a cue of ``gender`` (or either is unknown), else None."""
    from rasd.analyse.coref import agrees

    ent = ctx.art.entity(who) if who else None
    return who if ent is None or agrees(gender, ent) else None


# A preposition carrying the relative's pronoun right after the verb makes the antecedent its object
# (الذي قال عنه إن "about whom he said"), not its subject.
_PRONOUN_PREPS_N = frozenset(normalize(w) for w in (
    "عنه", "عنها", "له", "لها", "به", "بها", "منه", "منها", "عليه", "عليها", "إليه", "إليها"))
# ...while فيه/فيها refers to the statement or the time: "تصريحات الجبير التي قال فيها": the person or
# body the statement belongs to speaks, never a place ("المدينة التي قال فيها").
_IN_IT_N = frozenset(normalize(w) for w in ("فيه", "فيها"))


def _relative_speaker(ctx: _Ctx, c: _Cand) -> str | None:
    """For a verb cue right after الذي/التي (``…مع وزيرة الخارجية الأميركية كوندوليزا رايس التي قالت``):
    the entity whose mention ends right before the relative, when the cue agrees with it (``تصريحات
    الجبير التي قال فيها``: a person or body only). None when a pronoun-carrying preposition follows the
    verb (``الذي قال عنه``: the antecedent is spoken of) or when
    the mention follows a preposition (``وزارة الصحة في غزة، التي``، ``القانون في كينيا، الذي``: a place
    that modifies the antecedent, not the antecedent)."""
    if c.cue is None or c.cue.kind != "verb":
        return None
    before = _words(ctx.norm, c.sentence, c.cue.start)[-3:]
    after = _words(ctx.norm, c.cue.end, c.start)[:1]
    if len(before) < 2 or before[-1][2] not in _RELATIVES_N or (after and after[0][2] in _PRONOUN_PREPS_N):
        return None
    ps, pe = ctx.src(before[-2][0], before[-2][1])
    for ms, me, ent in ctx.mentions:
        if ps < me <= pe + 1:
            lead = _words(ctx.norm, c.sentence, bisect.bisect_left(ctx.imap, ms))[-1:]
            if lead and lead[0][2] in _AGENT_PREPS:
                return None
            if after and after[0][2] in _IN_IT_N and ent.type not in ("PER", "ORG"):
                return None
            return _agreeing(ctx, ent.id, cue_gender_of(c.cue))
    return None


def choose_speaker(ctx: _Ctx, c: _Cand, history: list[str], same_sentence: bool) -> str | None:
    """The speaker the sentence of ``c`` names (entity id or clean description), else None: a phrase that
    is no clean noun phrase is never returned (:func:`.phrase.speaker_phrase`), so the caller falls back to
    the continuation of the cue's pronoun subject."""
    return speaker_phrase(ctx, _named_speaker(ctx, c, history, same_sentence))


def _named_speaker(ctx: _Ctx, c: _Cand, history: list[str], same_sentence: bool) -> str | None:
    """What the sentence of ``c`` names as its speaker, before the last check of the phrase."""
    if said_passive(c.cue):
        return None
    kana = pluperfect_subject(ctx, c)  # "وكانت السفيرة، نيكي هايلي، قد حثت موسكو": the subject before the verb
    if kana is not None:
        return kana
    if c.cue is not None and c.cue.kind == "stance":
        # the stance verb's own subject: the noun its relative clause hangs on, the name right
        # after the verb, the subject of the sentence it continues; never its object
        from rasd.analyse.quotes.stance import stance_verb

        hit = stance_verb(c.cue.word)
        verb = hit is None or hit[1] == "verb"  # a participle (متهما، داعيا) has no subject after it
        if not verb and same_sentence and history and _agreeing(ctx, history[-1], cue_gender_of(c.cue)):
            return history[-1]  # "وتابع بالقول إن "…"، داعيا الحوثيين إلى "…"": the sentence's speaker goes on
        mid = c.cue.start > c.sentence
        # "يصف أنور بأنه…": the lone noun phrase after وصف/اتهم is the object; no subject follows the verb
        after = verb and not object_only(ctx, c)
        return (free_relative_subject(ctx, c)  # "ونددت دول غربية عدة بما اعتبرته": the main verb's subject
                or _object_relative_subject(ctx, c)  # "تشتبه أنقرة في… بجماعة غولن التي تتهمها"
                or (nominative_plural(ctx, c) if not verb else None)  # "ركز المحتجون على … مطالبين"
                or _opening_subject(ctx, c)
                # "غولن التي تتهمها الحكومة…": the relative's pronoun on the verb makes the antecedent its object
                or (relative_antecedent(ctx, c.sentence, c.cue.start) if not _object_relative(ctx, c) else None)
                # "لكن مصادر محلية أشارت إلى…": after a contrast connective the subject stands first
                or (_contrast_subject(ctx, c) if verb and mid else None)
                or (sentence_subject(ctx, c.cue.end, c.start, verb_seen=True, gender=cue_gender_of(c.cue))
                    if after else None)
                or (subject_before_object(ctx, c) if after else None)  # "واتهمت جماعات حقوق الإنسان القوات…"
                or (actor_phrase(ctx, c.cue.end, c.start) if after else None)
                or (source_phrase(ctx, c.cue.end, c.start, cue_gender_of(c.cue)) if after else None)
                or (plural_np(ctx, c.cue.end, c.start) if after else None)
                or (quantified_subject(ctx, c.cue.end, c.start) if after else None)
                or (_agreeing(ctx, prep_subject(ctx, c), cue_gender_of(c.cue)) if verb else None)
                or coordinated_subject(ctx, c, cue_gender_of(c.cue))  # "تقدمت بها قطر وتتهم فيها"
                or (clause_subject(ctx, c.sentence, c.cue.start, cue_gender_of(c.cue))
                    if mid and c.cue.conj else None)
                or (_svo_source(ctx, c.sentence, c.cue.start) if mid and verb and not c.cue.conj else None)
                or (sentence_subject(ctx, c.sentence, c.cue.start) if mid else None)
                or (last_actor(ctx, c.sentence, c.cue.start, cue_gender_of(c.cue)) if mid else None))
    participle = c.cue is not None and c.cue.kind == "participle"
    if participle and same_sentence and history and _PRECEDED_RE.search(ctx.norm, c.sentence, c.cue.start) \
            and _agreeing(ctx, history[-1], cue_gender_of(c.cue)) and ctx.art.entity(history[-1]) is not None \
            and any(q.kind == "verb" and c.sentence <= q.start < c.cue.start for q in ctx.cues):  # type: ignore[union-attr]
        return history[-1]  # "قال أبوزيد إن التصريحات التي أدلى بها شكري…، لافتا إلى أن": the sentence's speaker goes on
    if participle:
        by = (relative_antecedent(ctx, c.sentence, c.cue.start)  # type: ignore[union-attr]
              or nominative_plural(ctx, c)  # "ركز المحتجون على … مطالبين": the nominative plural
              or clause_subject(ctx, c.sentence, c.cue.start, cue_gender_of(c.cue))  # type: ignore[union-attr]
              # "وصفت وزارة الخارجية الإيرانية… السياسات السعودية…، معتبرة أن": the main verb's subject
              or _agreeing(ctx, sentence_subject(ctx, c.sentence, c.cue.start), cue_gender_of(c.cue))  # type: ignore[union-attr]
              or _described_subject(ctx, c, history))
        by = _agreeing(ctx, by, cue_gender_of(c.cue))  # "سارعت الرئاسة إلى نفيه، مؤكدة": not ترامب
        if by is not None:
            return by
    if c.cue is not None and c.cue.kind == "verb" and c.strict and subjectless(ctx, c):
        # "نصر الله انتقد استقبال بلير، وقال إنه": no speaker part of its own; the subject of the
        # verb it is joined to (the region before the cue is only a guess)
        coordinated = coordinated_subject(ctx, c, cue_gender_of(c.cue))
        if coordinated is not None:
            return coordinated
    speaker = None
    if c.region is not None and not (c.strict and same_sentence and history):
        speaker = _resolve(ctx, *c.region, history, strict=c.strict,
                           org_subject=c.cue is not None and c.cue.kind == "verb")
        if participle and speaker is not None:
            # "…القوات السورية، مؤكدا أن": a name the participle does not agree with is not its subject
            speaker = _agreeing(ctx, speaker, cue_gender_of(c.cue))
        if speaker is not None and ctx.art.entity(speaker) is None:
            speaker = _earlier_form(_addressee_cut(ctx, clean_description(speaker)), history)
            speaker = _named_prefix(ctx, speaker)
            speaker = _people_of(ctx, speaker)
            speaker = _definite_head(ctx, speaker, ctx.src(c.anchor, c.anchor + 1)[0])
            speaker = _name_before_role(ctx, speaker)
            speaker = _title_anaphor(ctx, speaker, history, cue_gender_of(c.cue), ctx.text[slice(*ctx.src(*c.region))])
            if speaker is not None and c.cue is not None and c.cue.start > c.sentence \
                    and len(speaker.split()) == 1 and _adverb(normalize(speaker)):
                speaker = None  # "وكان كوهين اعترف علنا بأنه": a lone accusative after a verb inside
                # its sentence is the verb's adverb; the subject before the verb speaks (below)
    elif c.region is not None and history:
        return _connective_subject(ctx, c) or history[-1]
    if speaker is None:
        # "…مع وزيرة الخارجية الأميركية كوندوليزا رايس التي قالت إنه": the named antecedent of the
        # relative speaks, however long the phrase that leads to it
        speaker = _relative_speaker(ctx, c)
    if speaker is None and c.cue is not None and c.cue.start > c.sentence and resumptive(ctx, c.cue.end, c.start):
        # "نشرت البعثة الأممية صورة ذكرت فيها أن…": the sentence's subject speaks through its object
        return sentence_subject(ctx, c.sentence, c.cue.start) or subject_description(ctx, c.sentence, c.cue.start)
    if c.cue is not None and (speaker is None or (c.strict and ctx.art.entity(speaker) is None)):
        speaker = _connective_subject(ctx, c) or speaker
    own_clause = speaker is not None and c.cue is not None and c.region is not None and c.region[0] < c.cue.start \
        and _PRECEDED_RE.search(ctx.norm, c.sentence, c.region[0]) is not None
    if c.cue is not None and c.cue.start > c.sentence and not own_clause and (
            speaker is None or (c.strict and ctx.art.entity(speaker) is None)):
        # "وقد وافق مهاتير على ذلك، وقال لاحقا إنه…": the sentence's own subject speaks; a cue
        # coordinated with an earlier verb (وندد رئيس الوزراء الإيرلندي بـ… ورأى…) shares its subject
        speaker = ((coordinated_subject(ctx, c, cue_gender_of(c.cue)) if speaker is None else None)
                   # "اعترضت عليه واشنطن بشدة … واقترحت بالمقابل": the part names nobody; the verb it is joined to
                   or (clause_subject(ctx, c.sentence, c.cue.start, cue_gender_of(c.cue), describe=True)
                       if c.cue.conj and speaker is None else None)
                   or sentence_subject(ctx, c.sentence, c.cue.start) or speaker)
    if speaker is not None and c.cue is not None and c.cue.start > c.sentence \
            and _medium(ctx, speaker, c.sentence, c.cue.start):
        return None  # "نشر على … بموقع التواصل الاجتماعي، فيسبوك، وجاء فيه": where it was posted
    return speaker


_AGENT_PREPS = frozenset(normalize(w) for w in (
    "من", "عن", "على", "في", "إلى", "مع", "بين", "ضد", "حول", "لدى", "عند", "بعد", "قبل"))  # normalized: إلى → الي


_SUBORDINATORS_N = _RELATIVES_N | frozenset(normalize(w) for w in (
    "حين", "حينما", "عندما", "لما", "حيث", "إذ", "بعدما", "وحين", "وعندما", "كما", "بينما", "فيما"))


def sentence_agent(ctx: _Ctx, c: _Cand, gender: str | None) -> str | None:
    """The person (else organisation) named in ``c``'s own sentence before its cue whose gender is
    known and agrees with the cue's: for a coordinated cue (``وقال``، ``مؤكدا``) the first such name of the
    sentence (the clause's subject), else, after a subordinating word right before the cue (حين، الذي),
    the one nearest the cue; not one after a preposition (``لوزير``، ``مع الرئيس``), which is an addressee
    or object. None without a cue or a gender.

    Used before the continuation of the timeline: over the dev sets a continuation is right about
    half the time when it lands on an organisation or a description (0.94 on a person), and a
    gender-agreeing name in the quote's own sentence is the better reading (``…محمد الصغير…، وأضاف
    أن``، ``كتب X، المدير التنفيذي لغوغل، في مدونته قائلا``). Of several, the first (the subject of
    the clause a coordinated cue continues), or the nearest after a subordinator (``حين قال``)."""
    from rasd.analyse.coref.features import entity_gender
    from rasd.analyse.quotes.continuation import text_genders

    if c.cue is None or gender is None or c.cue.start <= c.sentence:
        return None
    lo = ctx.src(c.sentence, c.sentence + 1)[0]
    hi = ctx.src(c.cue.start, c.cue.start + 1)[0]
    said = text_genders(ctx)
    best: dict[str, str] = {}
    # A cue coordinated with the clause's verb (وقال، مؤكدا) shares its subject, the first name of the
    # clause (VSO and SVO both put the subject before the object: "شن ألونسو هجوما على شوماخر وقال");
    # a cue of a subordinate clause (حين قال، الذي قال) speaks for the nearest name it hangs on.
    prev = _words(ctx.norm, c.sentence, c.cue.start)[-1:]
    nearest = bool(prev) and prev[0][2] in _SUBORDINATORS_N
    from rasd.analyse.quotes.ranker import _mention_index

    starts = _mention_index(ctx)
    for ms, _me, ent in ctx.mentions[bisect.bisect_left(starts, lo): bisect.bisect_left(starts, hi)]:
        if ent.type not in ("PER", "ORG") or _inside_quote(ctx, bisect.bisect_left(ctx.imap, ms)):
            continue  # a name inside quoted speech is the quoted speaker's topic, not the clause's agent
        before = ctx.text[max(0, ms - 12):ms]
        words = before.split()
        if (before[-1:] in ("ل", "ب")) or (before[-1:].isspace() and words
                                          and normalize(words[-1].strip(MARKS + "(")) in _AGENT_PREPS):
            continue
        if (said.get(ent.id) or entity_gender(ent)) == gender:
            if nearest:
                best[ent.type] = ent.id  # the last one seen: the nearest to the cue
            else:
                best.setdefault(ent.type, ent.id)  # the first one seen: the clause's subject
    return best.get("PER") or best.get("ORG")


def continued(ctx: _Ctx, c: _Cand, timeline: list[tuple[int, str]], plural: bool) -> str | None:
    """The speaker of ``c`` when its sentence names none: a plural cue's plural subject, else the
    continuation of ``timeline`` (speakers in text order), unless :func:`sentence_agent` finds an
    agreeing name before the cue in the quote's own sentence — also where the continuation finds no
    agreeing speaker (``تحلى غريب … بالجرأة على تحدي ما قال إنه``). A cue with nothing but its
    complementizer after it (:func:`.continuation.subjectless`) continues no description of the
    other gender or number."""
    gender = cue_gender_of(c.cue)
    bare = subjectless(ctx, c)
    speaker = (speaker_phrase(ctx, plural_subject(ctx, c)) if plural else None) or continuation(
        ctx, timeline, c.anchor, gender, plural=plural, bare=bare)
    if not plural:
        speaker = sentence_agent(ctx, c, gender) or speaker
    return speaker

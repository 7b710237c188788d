"""The subject of a pluperfect cue: ``وكان(ت) SUBJECT (قد) VERB``.

Arabic news tells what was said earlier with «كان» + subject + «قد» + past verb (``وكانت سفيرة
الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت موسكو على…``، ``وكانت السلطات كشفت في
وقت سابق أن…``، ``وكان عباس قال الشهر الماضي إن…``). The subject is the noun phrase between «كان» and
the verb, always: the name after the verb is its object (موسكو), and the speaker of the sentence before
does not go on. :func:`pluperfect_subject` reads it there — a name the phrase opens with, the person a
title phrase names in apposition, else the phrase itself as a clean description — when it agrees
with the cue in gender.

Pure: no I/O; used by :func:`rasd.analyse.quotes.choose.choose_speaker` before its other readings.
"""

from __future__ import annotations

from rasd.analyse.quotes.base import _HEADS_N, MARKS, _Cand, _Ctx, _words
from rasd.arabic.normalize import normalize

_KANA_N = frozenset(normalize(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"))
_QAD_N = frozenset(normalize(w) for w in ("قد", "لقد"))
# words that show the stretch after كان is no subject: a predicate, a clause, a preposition first
_NOT_SUBJECT_N = frozenset(normalize(w) for w in (
    "في", "من", "على", "عن", "إلى", "مع", "لدى", "عند", "بين", "حول", "ضد", "منذ", "خلال", "بعد", "قبل",
    "قد", "لقد", "ما", "لا", "لم", "لن", "هناك", "هنا", "يوم", "أمس", "اليوم", "هو", "هي", "هم", "ذلك", "هذا",
    "هذه", "أن", "إن", "أنه", "أنها", "الذي", "التي", "الذين", "عندما", "حين", "قبيل", "أيضا", "بذلك"))

_SUBORDINATE_N = frozenset(normalize(w) for w in ("إذا", "اذا", "عما", "لو", "إن", "أن", "بأن", "لأن", "ما", "مما"))


def _np_words(ctx: _Ctx, c: _Cand) -> list[tuple[int, int, str]] | None:
    """The words between «كان» and the cue of ``c`` (without a «قد» before the verb), when the cue's
    clause opens with «كان» and nothing there reads as a predicate or a clause; else None."""
    if c.cue is None or c.cue.kind not in ("verb", "stance") or c.cue.conj or c.cue.start <= c.sentence:
        return None
    words = _words(ctx.norm, c.sentence, c.cue.start)
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i][2] in _KANA_N), None)
    if k is None:
        return None
    np = words[k + 1:]
    if np and np[-1][2] in _QAD_N:
        np = np[:-1]
    if not np or len(np) > 12:
        return None
    first = np[0][2].strip("،,")
    if first in _NOT_SUBJECT_N or first[:1].isdigit() or any(w[2].strip("،,") in _KANA_N | _QAD_N for w in np):
        return None
    if any(w[2].endswith((".", "؛", ":")) for w in np):
        return None
    before = words[k - 1][2] if k else ""
    if before in _SUBORDINATE_N:
        return None  # "وعما إذا كانت قطر استجابت…، قالت نويرت": a subordinate clause, not the cue's subject
    return np


def _apposition_only(ctx: _Ctx, a: int, b: int) -> bool:
    """Is the source stretch ``[a, b)`` after the subject's head empty, or an apposition set off by
    commas (``، نيكي هايلي،``)? Anything else is a predicate: the head was no subject of the cue."""
    rest = ctx.text[a:b].strip()
    return not rest or (rest[:1] in "،," and rest[-1:] in "،,")


def _role_holder(ctx: _Ctx, words: list[str], gender: str | None) -> str | None:
    """The one person whose roles (as the entity layer read them) open with the definite ``words``
    (normalized: ``الجهادي البلجيكي``), when the cue agrees with them; else None. Coreference by the
    article's own apposition (``بحق الجهادي البلجيكي طارق جدعون``), for nouns no title table holds."""
    from rasd.analyse.coref import agrees

    if len(words) < 2 or not all(w.startswith("ال") for w in words):
        return None
    key = " ".join(words)
    hits = {e.id: e for e in ctx.art.entities if e.type == "PER"
            and any(" ".join(normalize(x) for x in r.split()[:2]) == key for r in e.roles)}
    if len(hits) != 1:
        return None
    ent = next(iter(hits.values()))
    return ent.id if agrees(gender, ent) else None


def pluperfect_subject(ctx: _Ctx, c: _Cand) -> str | None:
    """The subject between «كان» and the cue of ``c`` (entity id or clean description), else None."""
    from rasd.analyse.coref import agrees
    from rasd.analyse.coref.features import title_stem
    from rasd.analyse.quotes.choose import cue_gender_of
    from rasd.analyse.quotes.subjects import _org_head, _title_like, clean_description

    np = _np_words(ctx, c)
    if np is None:
        return None
    a = ctx.src(np[0][0], np[0][0] + 1)[0]
    b = ctx.src(np[-1][1] - 1, np[-1][1])[1]
    inside = [(ms, me, e) for ms, me, e in ctx.mentions if a <= ms and me <= b and e.type in ("PER", "ORG", "LOC")]
    gender = cue_gender_of(c.cue)
    who = None
    if inside and inside[0][0] == a:
        if not _apposition_only(ctx, inside[0][1], b):
            return None
        who = inside[0][2]  # وكان عباس قال…، وكانت وزارة الدفاع أعلنت…
    elif title_stem(np[0][2].strip("،,")) is not None:
        # "وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت": the person the title names
        who = next((e for _ms, _me, e in inside if e.type == "PER"), None)
    elif inside and inside[0][2].type == "ORG" and _org_head(np[0][2]) \
            and len(ctx.text[a:inside[0][0]].strip(MARKS + " ").split()) == 1 \
            and not ctx.text[inside[0][1]:b].strip(MARKS + " "):
        # "وكانت وكالة "أسوشيتد برس" قد اتهمت": the organisation's kind, then its name
        who = inside[0][2]
    if who is not None:
        return who.id if agrees(gender, who) else None
    if inside:
        return None  # a name inside a phrase that is not its head: leave it to the other readings
    head = np[0][2].strip("،,")
    if not head.startswith("ال"):
        return None  # "وكانت امرأة تزعم": an indefinite subject is a description the other readings find
    held = _role_holder(ctx, [w[2].strip("،,") for w in np[:2]], gender)
    if held is not None:
        return held  # "وكان الجهادي البلجيكي المولود في… قد دعا": the person the article gave that role
    if not (_title_like(head) or head in _HEADS_N or head[2:] in _HEADS_N or head.endswith("ات")):
        return None  # "وكان التطبيق قد أعلن": a thing, not a speaker; the other readings decide
    desc = clean_description(ctx.text[a:b].strip(" ،,"))
    if desc is None:
        return None
    fem = normalize(desc.split()[0]).endswith(("ه", "ات"))
    if gender is not None and (gender == "F") != fem:
        return None
    if title_stem(head) is not None:
        from rasd.analyse.quotes.speakers import _link_role

        ent = _link_role(ctx, desc)  # "وكان الرئيس الأمريكي، قد قال": the person the article gave the role
        if ent is not None:
            return ent.id if agrees(gender, ent) else None
    from rasd.analyse.quotes.tidy import _definite_head

    return _definite_head(ctx, desc, a)  # "وكانت الوزارة قد أعلنت": the ministry named before

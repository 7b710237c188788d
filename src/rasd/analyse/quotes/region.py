"""Where the speaker of a cue is named: the normalized stretch of the sentence to search.

``speaker_region(ctx, cue, upto, ss)`` returns ``(region, strict)``: ``region`` is a ``(start, end)`` span of
``ctx.norm`` (None when the cue has no subject of its own and the previous speaker goes on); ``strict`` says the
span is the subject itself (before the verb, a relative clause's antecedent, a participle's clause) rather than the
words after the cue, which :mod:`.choose` trims further. Pure: no I/O; used by :mod:`.finder` and its helpers.
"""

from __future__ import annotations

import bisect

from rasd.analyse.quotes.base import (
    _HEADS_N,
    _PRECEDED_RE,
    _RELATIVES_N,
    _RELAY_N,
    _ROLE_N,
    _WORD_RE,
    MARKS,
    _Ctx,
    _Cue,
    _words,
)
from rasd.analyse.quotes.cueforms import REQUEST_FORMS_N
from rasd.analyse.quotes.speakers import _trim_region, relative_disagrees
from rasd.analyse.quotes.subjects import head_ok
from rasd.arabic.normalize import normalize

# Objects of a reporting verb that stand where its subject usually does (لفت الانتباه، لفت النظر).
_CUE_OBJECTS_N = {normalize(w) for w in ("الانتباه", "النظر", "الأنظار", "النقاب", "الستار")}

# A preposition with the pronoun of a relative clause's antecedent (الذي قال فيه X).
_RESUMPTIVE_N = {normalize(w) for w in ("فيه", "فيها", "خلاله", "خلالها", "عنه", "عنها", "به", "بها")}

# A particle carrying the subject pronoun right before the verb: the speaker was named before.
_PRONOUN_SUBJECT_N = {normalize(w) for w in (
    "لكنه", "لكنها", "ولكنه", "ولكنها", "إنه", "إنها", "فإنه", "فإنها", "أنه", "أنها", "كأنه", "لأنه", "لأنها")}

# «من» with or without a pronoun: the addressee of a request (طلب من الحكومة، طلب منهن)
_ADDRESSEE_N = frozenset(normalize(w) for w in ("من", "منه", "منها", "منهم", "منهن", "منهما", "مني", "منا", "منكم"))

# Words after which a relative clause's antecedent starts (وفق أبازيد الذي…، عن مسؤول الذي…).
_ANTECEDENT_AFTER_N = {normalize(w) for w in (
    "وفق", "وفقا", "حسب", "بحسب", "وحسب", "عن", "من", "إلى", "على", "في", "مع", "لدى", "بين")}

_TOPIC_PREPS_N = frozenset(normalize(w) for w in (
    "عن", "على", "في", "حول", "بشأن", "وبشأن", "إلى", "خلال", "بصدد", "بخصوص"))


def _relayed_from(norm: str, s: int, e: int) -> tuple[int, int]:
    """Where the relayed speaker starts in ``norm[s:e]``: after ``عن`` or ``على لسان`` (نقلت الوكالة
    عن مصدر / على لسان المصدر قوله): (offset of the marker, its length), or (-1, 0)."""
    k = norm.find(" عن ", s, e)
    if k >= 0:
        return k, 4
    k = norm.find(" علي لسان ", s, e)
    return (k, 10) if k >= 0 else (-1, 0)


def speaker_region(ctx: _Ctx, cue: _Cue, upto: int, ss: int) -> tuple[tuple[int, int] | None, bool]:
    """Normalized span where the speaker of ``cue`` is named (None: the previous speaker), and strictness."""
    norm = ctx.norm
    if cue.kind == "participle":
        # the clause the participle hangs on: from the comma before the one that precedes it
        # ("وبمجرد ظهور اتهامات…، نفت وكالة الأنباء السورية…، مشددة على أنه…")
        own = max(norm.rfind("،", ss, cue.start), norm.rfind(",", ss, cue.start))
        seg = max(norm.rfind("،", ss, own), norm.rfind(",", ss, own)) if own > ss else -1
        first = _WORD_RE.search(norm, seg + 1 if seg > ss else ss)
        if first is None or first.start() >= cue.start:
            return None, False
        return (first.end(), cue.start), True
    if cue.kind == "noun":
        prev = _words(norm, max(ss, cue.start - 12), cue.start)[-1:]
        if prev and prev[0][2] in ("حسب", "بحسب", "وبحسب", "حد"):
            return None, False  # "بحسب قوله"، "على حد قوله": the speaker named before goes on
        relays = [q for q in ctx.cues if ss <= q.start < cue.start and q.word in _RELAY_N]
        start = relays[-1].end if relays else ss
        k, n = _relayed_from(norm, start, cue.start)
        return ((k + n, cue.start) if k >= 0 else (start, cue.start)), False
    if cue.word in _RELAY_N:
        k, n = _relayed_from(norm, cue.end, upto)
        if k >= 0:
            return (k + n, upto), False
    before = _words(norm, ss, cue.start)
    if before and before[-1][2] in _PRONOUN_SUBJECT_N:
        return None, False  # "لكنه أخبر غولدبرغ بأن…": the pronoun is the subject, the name the addressee
    nxt = _words(norm, cue.end, upto)[:1]
    if before and before[-1][2] in _RELATIVES_N and nxt and nxt[0][2].strip("،,") in _RESUMPTIVE_N:
        # "في الوقت الذي قال فيه وزير الخارجية…": the clause is about the time; its subject follows
        return (nxt[0][1], upto), False
    if before and before[-1][2] in _RELATIVES_N and relative_disagrees(before[-1][2], cue.word):
        return None, False  # "… التعديلات التي قال إنها": a relative of the other gender is the verb's object
    if before and before[-1][2] in _RELATIVES_N:
        # رئيس الوفد صالح الضعيان الذي أوضح أن… — the antecedent speaks.
        cut = max(ss, norm.rfind("،", ss, before[-1][0]) + 1, norm.rfind(",", ss, before[-1][0]) + 1)
        head = [w for w in before[:-1] if w[0] >= cut][-8:]
        lead = max((k for k, w in enumerate(head) if w[2] in _ANTECEDENT_AFTER_N), default=-1)
        if 0 <= lead < len(head) - 1 and len(head) - 1 - lead <= 4:
            # "وفق أبازيد الذي أشار إلى أن": the words after the preposition are the antecedent
            head = head[lead + 1:]
            return (head[0][0], head[-1][1]), False
        if head:
            return (head[0][0], head[-1][1]), True
    start = cue.end
    nxt = _words(norm, cue.end, upto)[:1]
    if nxt and nxt[0][2] in _CUE_OBJECTS_N:
        start = nxt[0][1]  # "ولفت الانتباه إلى أن…": the verb's object, not its subject
    if cue.word in REQUEST_FORMS_N:
        # "طلبت بي بي سي من خبيرة أن…"، "كان يطلب منهن أن…": who is asked follows من; the subject is before it
        ask = next((w for w in _words(norm, start, upto) if w[2] in _ADDRESSEE_N), None)
        if ask is not None:
            upto = ask[0]
    ts, te = _trim_region(ctx, start, upto)
    if te > ts and not head_ok(norm[ts:te].split()[0]):
        te = ts  # "كشف الأسبوع الماضي أن": a time word, not a subject, follows the verb
    after = _words(norm, start, upto)
    if after and after[0][2] in _TOPIC_PREPS_N and not cue.conj and cue.start == ss and not ctx.per_inside(start, upto):
        return None, False  # "يقول بصدد مركز التجارة العالمي:": a verb opening its sentence, then a topic, no subject
    if te <= ts and not cue.conj and cue.start > ss:
        # SVO: الأمير خالد أكد أن… — the subject precedes the verb.
        cut = max(ss, norm.rfind("،", ss, cue.start) + 1, norm.rfind(",", ss, cue.start) + 1)
        head = [w for w in before if w[0] >= cut]
        if head and cut > ss and head[0][2] in _ROLE_N:
            # "وكان يحيى السنوار، رئيس حركة…، قال": the title is the apposition of the name before its comma
            a = ctx.src(cut - 1, cut)[0]
            name = [ms for ms, me, e in ctx.mentions if e.type == "PER" and me <= a and not ctx.text[me:a].strip()]
            if name:
                return (bisect.bisect_left(ctx.imap, name[-1]), head[-1][1]), True
        if 0 < len(head) <= 8:
            return (head[0][0], head[-1][1]), True
        if len(head) > 8 and head[-1][2].strip(MARKS + "()") in _HEADS_N:
            # "…غرب اليمن الصحيفة ذكرت أن": a run-on sentence; the noun right before the verb is its subject
            return (head[-1][0], head[-1][1]), True
    if te <= ts and cue.start > ss and _PRECEDED_RE.search(norm, ss, cue.start):
        # فيما عبرت والدة الشهيد عن حزنها، وقالت: — the sentence's subject speaks.
        first = _WORD_RE.search(norm, ss)
        if first is not None and first.end() < cue.start:
            w0 = first.group()
            if w0 in _TOPIC_PREPS_N or (w0[:1] in "وف" and w0[1:] in _TOPIC_PREPS_N):
                return None, False  # "وعن إسرائيل، قال:": a topic phrase, not a subject; the speaker goes on
            return (first.end(), cue.start), True
    return (start, upto), False

"""Reported speech inside reported speech: ``وقال باشكوف إن بورودين اتصل به ليقول له إن أفراد الأمن…``.

The annotation conventions keep both: the outer clause is the first speaker's quote, and the clause a
reporting verb inside it introduces is a quote of the inner verb's subject (``الصحيفة ذكرت أن الصماد
كان قد توعد أن…`` → الصماد; ``قال مهاتير إن الملك "أشار إلى أنه…"`` → الملك). The finder's indirect
rule takes one clause per sentence, so the inner one is found here, inside each indirect quote.
The verbal noun of a reporting verb with its subject reports the same way (``بعد إعلان التحالف أنه…``):
:func:`noun_reports`.

Pure: no I/O. Used by :mod:`rasd.analyse.quotes.finder`.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import (
    _COMP_RE,
    _IMPERSONAL_N,
    _PRESENT_N,
    MARKS,
    _Cand,
    _Ctx,
    _words,
)
from rasd.arabic.normalize import normalize

# Present verbs that are as often passive or impersonal (يُعتقد أن، يذكر أن): no inner speaker.
_PRONOUN_RE = re.compile(r"و?(?:لكن|ان|لان)(?:ه|ها|هم)")  # a subject pronoun on a particle
_PASSIVE_N = frozenset(normalize(w) for w in ("يعتقد", "يعتبر", "يذكر", "يتوقع", "يرجح", "يعلن", "يشار"))
# the addressee right after a reporting verb (قال لي، قال له): no subject
_TO_PRONOUN_N = frozenset(normalize(w) for w in ("لي", "له", "لها", "لنا", "لهم", "لكم", "لك", "لهما"))


def _names_someone(ctx: _Ctx, words: list[tuple[int, int, str]]) -> bool:
    """Do the words before an inner verb name its subject: a name among the first three, or a source,
    role, anonymous or title head first (الصحيفة، مصادر، الملك)?"""
    from rasd.analyse.quotes.base import _HEADS_N
    from rasd.analyse.quotes.speakers import _titled

    head = words[0][2].strip(MARKS + "()")
    if head in _HEADS_N or _titled(head):
        return True
    a, b = ctx.src(words[0][0], words[min(2, len(words) - 1)][1])
    return any(a <= ms < b and e.type in ("PER", "ORG", "LOC") for ms, _me, e in ctx.mentions)


def nested_reports(ctx: _Ctx, cands: list[_Cand], clause_end) -> list[_Cand]:  # noqa: ANN001
    """Indirect quotes introduced by a reporting verb inside another indirect quote: the inner clause,
    up to the end of the outer one, with the words before the inner verb (inside the outer clause)
    as its speaker part. ``clause_end(ctx, start, limit)``: where a reported clause ends."""
    norm = ctx.norm
    out: list[_Cand] = []
    spans = {(c.start, c.end) for c in cands}
    for outer in cands:
        if outer.kind != "indirect" or outer.cue is None or outer.cue.kind != "verb":
            continue
        for cue in ctx.cues:
            if not outer.start < cue.start < outer.end or cue.kind != "verb":
                continue
            prev = _words(norm, outer.start, cue.start)
            relative = bool(prev) and prev[-1][2] in ("الذي", "التي", "الذين")
            if prev and prev[-1][2] in _IMPERSONAL_N:
                continue  # "كما يذكر أن": the writer's aside
            if cue.word in _PASSIVE_N or (cue.word in _PRESENT_N and not prev):
                continue
            m = _COMP_RE.search(norm, cue.end, min(outer.end, cue.end + 40))
            if m is None or len(norm[cue.end:m.start()].split()) > 4 or any(
                    ch in norm[cue.end:m.start()] for ch in ".؟!") or norm[cue.end:m.start()].count(":"):
                continue
            if relative:
                # "حدود العملية التي تقول إسرائيل إنها تنفذها": the relative clause's own subject, named after
                # its verb, speaks; with none ("التعديلات التي قال إنها") the relative is the verb's object
                # and the speaker is not told here
                after = _words(norm, cue.end, m.start())
                if not after or not _names_someone(ctx, after):
                    continue
                region = (after[0][0], after[-1][1])
            else:
                region = None
            start = m.end()
            while start < outer.end and (norm[start].isspace() or norm[start] in MARKS):
                start += 1
            end = clause_end(ctx, start, outer.end)
            if len(norm[start:end].split()) < 2 or (start, end) in spans:
                continue
            if region is None:
                # the inner verb's subject: the words of the outer clause before it, from its last comma
                # (never before a sentence end inside a quotation the outer clause runs through: «"ستواصل
                # العمل. وقد قال…»)
                lead = max(outer.start, *(norm.rfind(ch, outer.start, cue.start) + 1 for ch in "،,.؟!"))
                words = _words(norm, lead, cue.start)
                if words and _PRONOUN_RE.fullmatch(words[0][2]):
                    words = _words(norm, outer.start, cue.start)  # "…، ولكنه اتصل به ليقول": the clause's subject
                if not words or len(words) > 12 or not _names_someone(ctx, words):
                    continue  # "شاهدت وثائقيا يقول": no one named as the inner verb's subject
                region = (words[0][0], words[-1][1])
                # "بعد أن قالت الولايات المتحدة إنها": a subject named after the inner verb (past لي/له)
                # is the speaker, not the outer clause's words before the verb
                after = [w for w in _words(norm, cue.end, m.start()) if w[2] not in _TO_PRONOUN_N]
                if after and _names_someone(ctx, after):
                    region = (after[0][0], after[-1][1])
            while end > start and norm[end - 1] in MARKS + " ":
                end -= 1  # إن "…": the quotation closes with the clause
            if sum(norm.count(q, start, end) for q in MARKS) % 2:
                continue  # the clause crosses a quotation's edge
            out.append(_Cand(start, end, "indirect", cue, region, outer.sentence, nested=True))
            spans.add((start, end))
            break  # one inner statement per quote
    return out


# Verbal nouns of reporting verbs (إعلان، تأكيد، تصريح): in construct with their subject they report
# the clause after أن, as their verb would (بعد إعلان التحالف العربي الاثنين أنه قتل…).
_REPORT_NOUN_RE = re.compile(r"(?<!\S)[بل]?(?:اعلان|تاكيد|تصريح|تصريحات)\s+")


def noun_reports(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """``إعلان X أن…``، ``تصريحات X بأن…``: the indefinite verbal noun of a reporting verb, its subject
    (one to seven words, no comma) and أن: the clause is X's quote. Definite (التأكيد أن) or
    coordinated (تأكيد أو نفي أن) nouns name no speaker and are left out."""
    from rasd.analyse.quotes.base import _Cue

    norm = ctx.norm
    out: list[_Cand] = []
    for m in _REPORT_NOUN_RE.finditer(norm):
        if any(s <= m.start() < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(m.start())
        comp = _COMP_RE.search(norm, m.end(), min(se, m.end() + 80))
        if comp is None or comp.group("prep") or not comp.group("comp").startswith(("ان", "بان")):
            continue
        between = _words(norm, m.end(), comp.start())
        if not 1 <= len(between) <= 7 or any(w[2][-1:] in "،,.:؛" or w[2] in MARKS for w in between) \
                or between[0][2] in ("او", "و", "ان", "علي", "عن", "في"):
            continue
        start = comp.end()
        while start < se and norm[start].isspace():
            start += 1
        if norm[start:start + 1] in MARKS:
            continue  # أن «…»: a direct quote, the finder's
        end = clause_end(ctx, start, se)
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        word = norm[m.start():m.end()].strip()
        cue = _Cue(m.start(), m.start() + len(word), word, False, "noun")
        out.append(_Cand(start, end, "indirect", cue, (between[0][0], between[-1][1]), ss))
        taken.append((start, end))
    return out

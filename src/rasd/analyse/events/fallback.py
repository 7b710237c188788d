"""Actors of an event mention from its sentence, where the trigger's own syntax gives none or one
side only (the events layer's helper; :mod:`rasd.analyse.events.layer` describes when each applies).

:func:`fallback_actors` (a doer and a target from the sentence), :func:`pronoun_object` (the
antecedent of an object pronoun), :func:`partner` (the other side of a meeting) and
:func:`other_side` (the target of a directed event). Pure: no I/O.
"""

from __future__ import annotations

import re

from rasd.analyse.events.actors import (
    _AFFIL,
    _IN_REGION,
    _OBJ_PREP,
    _OBJ_SUFFIX,
    _REPORT_VERB,
    SPEECH_TYPES,
    _country_like,
    _drop_role_parts,
    _is_location,
    _verb_rx,
    sentence_speaker,
)
from rasd.analyse.events.view import WORD_RE, Mention, View, homes, last_match, word_count
from rasd.arabic.event_lexicon import CLAUSE_BREAK, EXPRESS_VERBS, LIGHT_VERBS, Trigger, combined_triggers

# (a glued لـ after the noun: "على مواقع لحركة حماس" is against the positions of Hamas)
_AGAINST = re.compile(r"(?<!\w)(?:علي|ضد|بحق|تجاه)\s+(?:\S+\s+(?:لل|ل)?)?$")
_UNDERGO = re.compile(r"(?<!\w)[وف]?(?:تعرض|تعرضت|تعرضوا|[يت]تعرض\w*)(?!\w)")
_AGENT_LAM = re.compile(r"(?<!\w)(?:لل|ل)\S*$")
_ADJUNCT = re.compile(r"(?:(?<!\w)(?:في|اثر|جراء|خلال|اثناء|بعد|عقب|اعقاب|اعقب|اثناء|اكبر|منذ)\s+(?:ال)?|"
                      r"(?<!\w)[وف]?(?:ب|بال))$")


_TRIGGER_WORD = combined_triggers()[1]
# a reported clause opening with a pronoun subject right before the verb (قال إنه اعتقل، قالت إنها ستفرض)
_THAT_HE = re.compile(r"(?<!\w)[وف]?(?:ان|بان|لان)(?:ه|ها|هم|هما)\s+(?:قد\s+|لم\s+|لن\s+)?"
                      r"(?:(?:القت|القي|القوا|[يتن]لقي)\s+)?$")  # (… إنها ألقت القبض: the arrest noun)


def _has_verb_of_its_own(gap: str) -> bool:
    """Does ``gap`` (between an actor and a trigger) hold a verb the actor is the subject of: another
    event word, a reporting or stance verb (أدان مجلس الوزراء التفجير: the council condemns, it
    does not bomb)?"""
    return bool(EXPRESS_VERBS.search(gap) or _REPORT_VERB.search(gap) or LIGHT_VERBS.search(gap)
                or any(_TRIGGER_WORD.fullmatch(w) for w in WORD_RE.findall(gap)))


def fallback_actors(v: View, trig: Trigger, a: int, b: int, sent: tuple[int, int]
                    ) -> tuple[list[Mention], list[Mention]]:
    """Actors from the sentence for a directed trigger whose syntax gave none (``([], [])`` when
    the sentence names none).

    Target: an actor introduced by ``على``/``ضد`` within six words after the trigger
    (``هجوم كيميائي على مدينة دوما``), also through a noun and a glued ``لـ`` (``غارات على مواقع
    لحركة حماس``: Hamas is struck, so it is never taken as the doer by the ``لـ`` rule below). Source: for speech events, the speaker the quotes layer
    gives the sentence; else the nearest actor before the trigger within twelve words that no
    preposition introduces, else one right after a noun trigger in ``لـ`` (``غارات للطيران
    السوري``). The layer marks these events ``via=fallback`` so the learned check can weigh them.
    """
    ms = [m for m in _drop_role_parts(v, v.between(*sent), sent)
          if not _is_location(v, m) and not _AFFIL.search(v.norm[max(0, m.start - 45):m.start])
          and (m.entity.type in ("PER", "ORG") or _country_like(m))]
    objs = [m for m in ms if m.start >= b and word_count(v.norm[b:m.start]) <= 6
            and _AGAINST.search(v.norm[max(b, m.start - 24):m.start])][:1]
    subj: list[Mention] = []
    if trig.type in SPEECH_TYPES:
        sp = sentence_speaker(v, a, b, sent)
        if sp is not None:
            subj = [sp]
    # a noun in an adjunct (في انفجار، إثر هجوم، تعرضت لهجمات) is not done by the clause's subject
    adjunct = trig.pos == "noun" and bool(_ADJUNCT.search(v.norm[max(0, a - 12):a]))
    # the clause the trigger is in: a reporter before إن/أن is not the doer (قالت الوكالة إن الهجوم …)
    brk = last_match(CLAUSE_BREAK, v.norm[sent[0]:a])
    clause_a = sent[0] + (brk.end() if brk else 0)
    if not subj and _THAT_HE.search(v.norm[max(sent[0], a - 24):a]):
        # "وقالت شرطة دلهي إنها ألقت القبض …": the pronoun opening the reported clause is its speaker
        sp = sentence_speaker(v, a, b, sent)
        if sp is not None:
            subj = [sp]
    if not subj and not adjunct:
        before = [m for m in ms if clause_a <= m.start and m.end <= a and word_count(v.norm[m.end:a]) <= 12
                  and not _OBJ_PREP.search(v.norm[max(0, m.start - 8):m.start])
                  and not _has_verb_of_its_own(v.norm[m.end:a])]
        if before and _UNDERGO.search(v.norm[sent[0]:a]):
            objs = objs or [before[-1]]  # "تعرضت مواقع X لغارات … وقصف": X suffers it
        elif before:
            subj = [before[-1]]
        elif trig.pos == "noun":
            after = [m for m in ms if m.start >= b and word_count(v.norm[b:m.start]) <= 3 and m not in objs
                     and _AGENT_LAM.search(v.norm[max(b, m.start - 6):m.start + 3])]
            subj = after[:1]
    if subj and objs and subj[0].entity.id == objs[0].entity.id:
        objs = []
    return subj, objs


_IYYA = re.compile(r"^\s*ايا(?:ه|ها|هم|هما)(?!\w)")


def pronoun_object(v: View, trig: Trigger, word: str, a: int, b: int, sent: tuple[int, int],
                   subj: list[Mention]) -> list[Mention]:
    """The antecedent of a pronoun object (``وطالبها``، ``متهمة إياها``): the last actor named
    before the trigger, within the sentence or the one before it, that is not the subject and
    not a place where something happens; empty when the trigger has no pronoun object."""
    pronoun = bool(_IYYA.match(v.norm[b:b + 12]))
    if not pronoun and trig.pos == "verb":
        stem = _OBJ_SUFFIX.sub("", word)
        pronoun = stem != word and bool(_verb_rx(trig.pattern).fullmatch(stem))
    if not pronoun:
        return []
    return _antecedent(v, a, sent, subj)


def _antecedent(v: View, a: int, sent: tuple[int, int], subj: list[Mention]) -> list[Mention]:
    own = {m.entity.id for m in subj}
    home = homes(subj)
    lo = max(0, sent[0] - 300)
    for m in reversed(_drop_role_parts(v, v.between(lo, a), sent)):
        if m.entity.id in own or _AFFIL.search(v.norm[max(0, m.start - 45):m.start]) \
                or (_is_location(v, m) and not re.search(r"(?<!\w)(?:الي|علي)\s+$", v.norm[max(0, m.start - 6):m.start])):
            continue  # (a country after إلى/على is the one spoken to or of, not a venue)
        if m.entity.type in ("LOC", "GPE") and (m.entity.country or {}).get("alpha2") in home:
            continue
        if m.entity.type in ("PER", "ORG") or _country_like(m):
            return [m]
    return []


def partner(v: View, a: int, b: int, sent: tuple[int, int], have: list[Mention]) -> Mention | None:
    """The other side of a meeting or talks of which the syntax gave one side: the actor of the
    sentence nearest the trigger (in words) that is not that side, its country or a venue."""
    own = {m.entity.id for m in have}
    keys = {v.key.get(m.entity.id, m.entity.id) for m in have}
    home = homes(have)
    best = None
    for m in _drop_role_parts(v, v.between(*sent), sent):
        if m.entity.id in own or v.key.get(m.entity.id, m.entity.id) in keys or _is_location(v, m) \
                or _AFFIL.search(v.norm[max(0, m.start - 45):m.start]) \
                or _IN_REGION.search(v.norm[max(0, m.start - 20):m.start]):
            continue
        if m.entity.type in ("LOC", "GPE") and ((m.entity.country or {}).get("alpha2") in home or not _country_like(m)):
            continue
        if m.entity.type not in ("PER", "ORG") and not _country_like(m):
            continue
        d = word_count(v.norm[b:m.start]) if m.start >= b else word_count(v.norm[m.end:a])
        if d <= 15 and (best is None or d < best[0]):
            best = (d, m)
    return best[1] if best else None


def other_side(v: View, a: int, b: int, sent: tuple[int, int], have: list[Mention]) -> Mention | None:
    """The target of a directed event whose syntax named its source only: the first actor of the
    sentence after the trigger that is not the source, its country or a venue (``فرضت … عقوبات
    منها منع الرحلات من وإلى قطر``), else the last such actor before it (``… من قبل روسيا، مشيرا
    إلى أنه ستكون هناك عواقب``)."""
    own = {m.entity.id for m in have}
    keys = {v.key.get(m.entity.id, m.entity.id) for m in have}
    home = homes(have)
    ok = []
    for m in _drop_role_parts(v, v.between(*sent), sent):
        if m.entity.id in own or v.key.get(m.entity.id, m.entity.id) in keys or m.start < a <= m.end \
                or _AFFIL.search(v.norm[max(0, m.start - 45):m.start]) \
                or _IN_REGION.search(v.norm[max(0, m.start - 20):m.start]) \
                or re.search(r"(?<!\w)(?:في|داخل)\s+$", v.norm[max(0, m.start - 8):m.start]):
            continue
        if m.entity.type in ("LOC", "GPE") and ((m.entity.country or {}).get("alpha2") in home or not _country_like(m)):
            continue
        if m.entity.type in ("PER", "ORG") or _country_like(m):
            ok.append(m)
    after = [m for m in ok if m.start >= b]
    if after:
        return after[0]
    before = [m for m in ok if m.end <= a]
    return before[-1] if before else None

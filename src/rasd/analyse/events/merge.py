"""Event mentions and their merging into events (the events layer's helper).

:class:`Cand` is one mention the rules found; :func:`reject_targets` and :func:`speech_targets`
complete targets from the mentions around; :func:`attack_victims` joins a killing to the attack it
happened in; :func:`merge` groups the mentions of one event (the
rules are described in :mod:`rasd.analyse.events.layer`, step 5). Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.analyse.events.actors import SPEECH_TYPES
from rasd.analyse.events.nations import actor_key
from rasd.arabic.event_lexicon import Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Article, Entity, Event, Span


@dataclass
class Cand:
    """One event mention the rules found (offsets into the source text; actors are entity ids)."""

    trig: Trigger
    start: int  # source offsets of the trigger word
    end: int
    sent: tuple[int, int]
    status: str
    mode: str | None
    source: str | None
    target: str | None
    actors: list[str]
    date: str | None
    location: str | None
    quote: int | None
    anaphoric: bool = False  # "هذا الهجوم"، "خلال اللقاء": a later mention of an event told before
    inherited: bool = False  # the date was inherited from an earlier sentence of the paragraph
    date_text: str | None = None  # the time expression the date comes from
    via: str = "rule"  # "fallback": the actors come from the sentence, not the trigger's syntax
    retell: bool = False  # a definite noun whose actors the syntax does not give (الضربات، الهجوم)
    weak_target: bool = False  # the target is the sentence's other actor, not the trigger's object
    own_object: bool = False  # the object pronoun names a thing told before («تيارات، تعارضها»), no actor
    status_feats: tuple[str, ...] = ()  # what the learned status decision saw (rasd.analyse.events.status)
    # a symmetric mention (meeting, talks): the side its syntax makes the doer (the meeting verb's
    # subject, the possessor of «لقائه», the first of «بين X و Y»); None when the syntax names none
    lead: str | None = None
    additive: bool = False  # "واتهمت قطر أيضا الإمارات": "also" after the verb, another act of the kind



def reject_targets(cands: list[Cand]) -> None:
    """"…، وهو ما نفته الدوحة": a rejection with no object rejects the event told just before it;
    its target is that event's source (else its first actor)."""
    for i, c in enumerate(cands):
        if c.trig.type != "REJECT" or (c.target and not c.weak_target) or not c.source or c.anaphoric \
                or c.own_object:
            continue  # (a target guessed from the sentence gives way to the event rejected)
        for p in reversed(cands[:i]):
            if c.start - p.end > 300:
                break
            who = p.source or next((x for x in p.actors if x != c.source), None)
            if not p.anaphoric and who and who != c.source:
                c.target, c.weak_target = who, False
                c.actors = [c.source, who]
                break


def speech_targets(cands: list[Cand], keys: dict[str, str]) -> None:
    """A speaker's warning or demand with no one named goes on at whom the same speaker aimed just
    before (ماي تتهم روسيا … وحذرت ماي من أنه إذا لم …): the target of that speaker's latest
    earlier speech event, within a few paragraphs."""
    for i, c in enumerate(cands):
        if c.trig.type not in SPEECH_TYPES or c.target or not c.source or c.anaphoric:
            continue
        me = keys.get(c.source, c.source)
        for p in reversed(cands[:i]):
            if c.start - p.end > 1500:
                break
            if p.trig.type in SPEECH_TYPES and p.source and keys.get(p.source, p.source) == me and p.target:
                c.target = p.target
                c.actors = [c.source, p.target]
                break


# the words between a killing and the attack it happened in: "مقتل X القيادي في الجماعة في غارة"
_IN_ATTACK = re.compile(r"^[^.!?؟؛:«»\"]{0,90}?(?<!\w)(?:في|اثر|جراء|خلال|ب)\s*(?:ال)?$")


def attack_victims(cands: list[Cand], text: str) -> list[Cand]:
    """"مقتل صالح الصماد … في غارة جوية شنها طيران التحالف": a killing told with the attack it
    happened in is one event: the victim mention takes the attack's source, and the attack mention
    (whose own target is a convoy, a place or the victim's side) is dropped. Returns the mentions
    left, in order."""
    drop: set[int] = set()
    for i, c in enumerate(cands):
        if c.trig.needs != "victim" or c.source or not c.target or c.anaphoric:
            continue
        for j in range(i + 1, min(i + 4, len(cands))):
            d = cands[j]
            if d.trig.type != "ASSAULT" or d.sent != c.sent or not d.source or d.source == c.target:
                continue
            if _IN_ATTACK.match(normalize_for_match(text[c.end:d.start])):
                c.source = d.source
                c.actors = [d.source, c.target]
                c.via = "rule" if d.via == "rule" else c.via
                drop.add(j)
            break
    return [c for k, c in enumerate(cands) if k not in drop]


# Types whose modes are distinct acts between the same sides, never one event told twice.
_MODE_SPLIT = frozenset({"ACCUSE"})


def _future(c: Cand) -> str:
    """The status that decides grouping: a meeting or agreement still to come is one event whether
    a mention calls it possible (احتمال عقد قمة) or expected (من المتوقع عقد قمة)."""
    return "planned" if c.trig.type in ("CONSULT", "AGREE") and c.status in ("likely", "planned") else c.status


def merge(cands: list[Cand], article: Article, implied: dict[str, Entity] | None = None
           ) -> tuple[list[Event], list[str]]:
    """Group the mentions of one event: same type, same actors (places by country), same status.

    Returns the events and, for each, how its actors were found (``rule`` when any mention's were
    found by the trigger's syntax, else ``fallback``).

    Headline mentions go last: one joins the body event of its type that shares an actor,
    else the first body event of its type in the lead (headlines name people by role).
    """
    keys = {e.id: actor_key(e) for e in [*article.entities, *(implied or {}).values()]}

    def akey(c: Cand) -> frozenset[str]:
        return frozenset(keys.get(x, x) for x in c.actors)

    title_end = len(article.title) if article.title else 0
    paras = article.paragraph_offsets()
    lead_end = paras[min(1, len(paras) - 1)][1] if paras else len(article.text)
    body = [c for c in cands if c.start >= title_end and not c.anaphoric]
    title = [c for c in cands if c.start < title_end and not c.anaphoric]
    groups: list[list[Cand]] = []
    for c in body + title:
        key = (c.trig.type, akey(c), _future(c))
        target = None
        if c.retell and c.start >= title_end:
            # "الضربات" with no actors of its own: the strikes told before (the latest of its type)
            before = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start < c.start]
            if before:
                max(before, key=lambda g: g[0].start).append(c)
                continue
        if c.additive and c.start >= title_end and any(g[0].trig.type == c.trig.type for g in groups):
            groups.append([c])  # "also": not the act of its type told before (see the Cand field)
            continue
        for g in groups:
            g0 = g[0]
            if (g0.trig.type, akey(g0), _future(g0)) != key:
                continue
            dates = {x.date for x in g if x.date and not x.inherited}
            if c.date and not c.inherited and dates and c.date not in dates:
                continue
            if c.source and g0.source and keys.get(c.source, c.source) != keys.get(g0.source, g0.source):
                continue
            if c.trig.type in _MODE_SPLIT and c.mode and g0.mode and c.mode != g0.mode:
                continue  # a summons (disapprove) and an allegation between the same sides are two acts
            target = g
            break
        if target is None and c.start >= title_end and c.source:
            # one side's act told twice close together, its target guessed from the sentence at least
            # once (وحذر مهاتير … وحذر من أن …): the same event
            target = next((g for g in reversed(groups)
                           if g[0].trig.type == c.trig.type and g[0].status == c.status and g[0].source
                           and keys.get(g[0].source, g[0].source) == keys.get(c.source, c.source)
                           and (c.weak_target or g[0].weak_target or not c.target or not g[0].target)
                           # (two named targets that differ: a guess merges only close by)
                           and 0 <= c.start - g[-1].start <= (
                               600 if c.target and g[0].target and keys.get(c.target, c.target)
                               != keys.get(g[0].target, g[0].target) else 1500)), None)
        if target is None and c.start >= title_end:
            # "تضامن X مع Y ومساندة جهودها": a second word for one stance in the same sentence
            target = next((g for g in groups if g[0].trig.type == c.trig.type and g[0].sent == c.sent
                           and g[0].status == c.status and akey(c) and akey(c) <= akey(g[0])), None)
        if target is None and c.start >= title_end and c.target:
            # "أعرب X عن تقديره لمواقف قطر، قائلا: «نشكر قطر …»": one stance told twice in its sentence,
            # once in the past and once in the present of the quote
            target = next((g for g in groups if g[0].trig.type == c.trig.type and g[0].sent == c.sent
                           and akey(g[0]) == akey(c) and {g[0].status, c.status} <= {"happened", "ongoing"}),
                          None)
        if target is None and c.start < title_end:
            same = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start >= title_end]
            target = next((g for g in same if akey(g[0]) & akey(c)), None) or next(
                (g for g in same if g[0].start < lead_end), None)
        if target is None:
            groups.append([c])
        else:
            target.append(c)
    # "هذا الهجوم"، "خلال اللقاء": a mention of the latest event of its type told before it
    for c in cands:
        if c.anaphoric:
            before = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start < c.start]
            if before:
                max(before, key=lambda g: g[0].start).append(c)
    groups.sort(key=lambda g: min(c.start for c in g))
    events = []
    vias = []
    for n, g in enumerate(groups, 1):
        vias.append("rule" if any(c.via == "rule" for c in g if not c.anaphoric) else "fallback")
        # the primary mention: the first in the body (the headline is often abridged)
        first = g[0]
        core = [c for c in g if c.start >= title_end and not c.anaphoric] or [c for c in g if not c.anaphoric]
        dated = next((c for c in g if c.date and not c.inherited), None) or next((c for c in g if c.date), None)
        ev = Event(
            id=f"V{n}",
            type=first.trig.type,
            trigger=Span(first.start, first.end, article.text[first.start:first.end]),
            # a meeting told once as possible and once as expected is one planned meeting
            status="planned" if any(c.status == "planned" for c in g) and _future(first) == "planned"
            else first.status,
            # a specific mode (video, phone, visit) beats the default "meet" of a meeting word
            mode=next((c.mode for c in g if c.mode and c.mode != "meet"), None)
            or next((c.mode for c in g if c.mode), None),
            # one actor is not both sides: where the mentions disagree (one reads the victim of
            # "قُتل X" as the subject of another), the target's reading wins and the source is unknown
            source=_source(core),
            target=_target(core),
            # a headline joined to a body event adds its mention, not its (role-named) actors
            actors=list(dict.fromkeys(x for c in core for x in c.actors)),
            # a date stated with a mention beats one inherited from an earlier sentence
            date=dated.date if dated else None,
            date_source=dated.date_text if dated else None,
            location=next((c.location for c in g if c.location), None),
            quote=next((c.quote for c in g if c.quote is not None), None),
            sentence=Span(first.sent[0], first.sent[1], article.text[first.sent[0]:first.sent[1]]),
            mentions=[Span(c.start, c.end, article.text[c.start:c.end]) for c in sorted(g, key=lambda c: c.start)],
        )
        if first.trig.symmetric and ev.source is None and ev.target is None:
            _direct(ev, core, keys)
        if ev.date is None and ev.status in ("happened", "ongoing") and article.published:
            # no date stated: a reported event is dated by its report, and says so
            ev.date, ev.date_source = article.published[:10], "published"
        events.append(ev)
    return events, vias


def _direct(ev: Event, core: list[Cand], keys: dict[str, str]) -> None:
    """Give a symmetric event (a meeting, talks) the direction its syntax states: the side that is
    the subject (``التقى X Y``، ``لقاء X مع Y``، ``استقبل X Y``) is the source, the first other side
    the target, as the golds code PLOVER's CONSULT. Left undirected when no mention names a doer.
    Done after grouping, so that «X يلتقي Y» and «Y يستقبل X» still group as one meeting."""
    lead = next((c.lead for c in core if c.lead and c.lead in c.actors), None)
    if lead is None or lead not in ev.actors:
        return
    other = next((x for x in ev.actors if keys.get(x, x) != keys.get(lead, lead)), None)
    if other is None:
        return
    ev.source, ev.target = lead, other
    ev.actors = [lead, *(x for x in ev.actors if x != lead)]


def _target(core: list[Cand]) -> str | None:
    """The target of a merged event: the first its mentions give."""
    return next((c.target for c in core if c.target), None)


def _source(core: list[Cand]) -> str | None:
    """The source of a merged event: the first its mentions give, unless it is also the target."""
    source = next((c.source for c in core if c.source), None)
    return None if source == _target(core) else source

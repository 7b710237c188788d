"""The events layer: PLOVER events stated by the article, built on the earlier layers.

``annotate(article)`` fills ``article.events`` from ``article.text`` and the
layers before it: ``entities`` (actors and locations are entity ids),
``dates`` (an event's date is a TIMEX value), ``quotes`` (``quote`` is the
index of the quote an event was reported in) and ``published``.

How (rule-based, one sentence at a time, over the normalized view):

1. Triggers come from :mod:`rasd.arabic.event_lexicon`; a trigger inside an
   entity mention (``مجلس التعاون``, ``مركز الملك سلمان للإغاثة``) is not one.
2. Actors: ``بين X و Y`` after a trigger gives the two sides; otherwise a verb
   takes an adjacent subject before it (headline order, ``أن X يلتقي``) or the
   first actor after it (verb-first order), and the next actor as its object;
   a verbal noun (``اتصال``، ``زيارة``) takes the actors of the light verb that
   governs it (``أجرى الرئيس X اتصالا بـ Y``) or its genitive. An organisation
   or place directly before a person's name is part of that person's role
   (``سكرتير مجلس الأمن الروسي سيرغي شويغو``) and no actor; a place after
   ``في``/``بـ`` is the location. Symmetric events (meetings, talks,
   agreements) need two actors, directed ones a source.
3. Status from the words before the trigger: negation (``لم``، ``لن``، ``نفى``)
   → denied; ``قد`` + imperfect, ``من المحتمل`` → likely; ``من المقرر``، ``يعتزم``،
   future ``سـ`` → planned; ``ما زال``، ``يواصل`` → ongoing; else happened. A
   date after publication makes a happened event planned.
4. Date: the TIMEX nearest the trigger in its clause; else, after merging,
   the date of another mention of the same event; else null.
5. Deduplication: mentions with the same type, actors and status (and no
   conflicting dates) are one event with several ``mentions`` (headline, lead
   and body); the first mention with a value fills mode, date and location.

``actors`` always lists every participant (for directed events too, source
first), so tables need only that field; ``source``/``target`` are set for
directed events only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rasd.arabic.event_lexicon import (
    ACCORD_WORDS,
    CLAUSE_BREAK,
    EXPRESS_VERBS,
    FUTURE_AFTER,
    LIGHT_VERBS,
    MAINTAIN_WORDS,
    MODE_CUES,
    PHONE_WORDS,
    STATUS_CUES,
    Trigger,
    compiled_triggers,
)
from rasd.arabic.normalize import normalize_with_map
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Event, Span

ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "GPE"})
_TRIGGERS = compiled_triggers()
_WORD = re.compile(r"\w+")
_PUNCT_GAP = re.compile(r"[.,،؛:!?؟()\"«»“”]")
_NEGATORS = re.compile(r"(?<!\w)(?:[وف]?(?:لم|لن|ليس|ليست|عدم|دون)|لا)(?!\w)")
_LOC_PREPS = re.compile(r"(?:(?<!\w)(?:في|فى|من|لدي|الي|علي|داخل|شرق|غرب|شمال|جنوب)\s+$|(?<!\w)[وف]?[بل]$)")
_TO_PREP = re.compile(r"(?:(?<!\w)(?:الي|لدي)\s+$|(?<!\w)[وف]?ل$)")
_CONTEXT = re.compile(r"(?<!\w)(?:خلال|اثناء|هامش|فعاليات|ضمن|حول|بشان|عن|لبحث|لمناقشه)(?!\w)")
_BETWEEN = re.compile(r"(?<!\w)(?:بين|فيما بين)(?!\w)")


@dataclass
class _Mention:
    start: int  # normalized offsets
    end: int
    entity: Entity


@dataclass
class _Cand:
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
    extra: list[Span] = field(default_factory=list)


class _View:
    """The normalized article text with maps both ways and the actor mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.norm, self.imap = normalize_with_map(article.text)
        # source offset -> first normalized index at or after it
        self.inv = [0] * (len(article.text) + 1)
        j = 0
        for i in range(len(article.text) + 1):
            while j < len(self.imap) - 1 and self.imap[j] < i:
                j += 1
            self.inv[i] = j
        ms = []
        for ent in article.entities:
            if str(ent.type).upper() not in ACTOR_TYPES:
                continue
            for m in ent.mentions:
                if 0 <= m.start < m.end <= len(article.text):
                    ms.append(_Mention(self.inv[m.start], self.inv[m.end], ent))
        ms.sort(key=lambda m: (m.start, -m.end))
        # keep outermost mentions only
        self.mentions: list[_Mention] = []
        for m in ms:
            if self.mentions and m.start < self.mentions[-1].end:
                continue
            self.mentions.append(m)
        self._starts = [m.start for m in self.mentions]

    def src(self, a: int, b: int) -> tuple[int, int]:
        s = self.imap[a]
        e = self.imap[b - 1] + 1 if b > a else s
        return s, e

    def in_mention(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self._starts, a) - 1
        return i >= 0 and self.mentions[i].end >= b

    def between(self, a: int, b: int) -> list[_Mention]:
        i = bisect.bisect_left(self._starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            if self.mentions[i].end <= b:
                out.append(self.mentions[i])
            i += 1
        return out


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _drop_role_parts(v: _View, ms: list[_Mention]) -> list[_Mention]:
    """Drop ORG/LOC mentions that belong to the role phrase of a following person name."""
    out = []
    for i, m in enumerate(ms):
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if (m.entity.type != "PER" and nxt is not None and nxt.entity.type == "PER"
                and _words(v.norm[m.end:nxt.start]) <= 3 and not _PUNCT_GAP.search(v.norm[m.end:nxt.start])
                and not re.search(r"(?<!\w)و", v.norm[m.end:nxt.start])):
            continue
        out.append(m)
    return out


def _conjoined(v: _View, ms: list[_Mention], i: int, step: int) -> list[_Mention]:
    """Mention ``i`` and the mentions joined to it by و (``بوتين ونظيره الصيني شي``)."""
    group = [ms[i]]
    j = i
    while 0 <= j + step < len(ms):
        a, b = (ms[j], ms[j + step]) if step > 0 else (ms[j + step], ms[j])
        gap = v.norm[a.end:b.start]
        if _words(gap) > 4 or _PUNCT_GAP.search(gap) or not re.search(r"(?:^|\s)و", gap):
            break
        group.append(ms[j + step])
        j += step
    return group if step > 0 else group[::-1]


def _is_location(v: _View, m: _Mention) -> bool:
    return m.entity.type in ("LOC", "GPE") and bool(_LOC_PREPS.search(v.norm[max(0, m.start - 8):m.start]))


def _status(v: _View, cand_word: str, trig: Trigger, a: int, b: int, sent_a: int, sent_b: int) -> str:
    """Status from cues before the trigger (normalized offsets ``a``-``b`` of the trigger)."""
    left = v.norm[sent_a:a]
    # the words right before the trigger, not across a colon or quote opening
    cut = max(left.rfind(":"), left.rfind("«"), left.rfind("\""), left.rfind("“"))
    window = left[cut + 1:] if cut >= 0 else left
    words = list(_WORD.finditer(window))
    near2 = window[words[-2].start():] if len(words) >= 2 else window
    near6 = window[words[-6].start():] if len(words) >= 6 else window
    if _NEGATORS.search(near2) or re.search(r"(?<!\w)[وف]?(?:نفي|نفت|[يتن]نفي|نفيا|نفوا)(?!\w)", near6):
        return "denied"
    for status, rx in STATUS_CUES[1:]:
        if rx.search(near6 if status != "likely" else near6):
            return status
    if trig.pos == "verb" and re.match(r"[وف]?س[يتن]", cand_word):
        return "planned"
    right = v.norm[b:sent_b]
    rwords = list(_WORD.finditer(right))
    if trig.pos == "noun" and rwords and FUTURE_AFTER.search(right[: rwords[min(3, len(rwords) - 1)].end()]):
        return "planned"
    return "happened"


def _mode(v: _View, trig: Trigger, b: int, sent_b: int) -> str | None:
    right = v.norm[b:sent_b]
    ws = list(_WORD.finditer(right))
    near = right[: ws[min(4, len(ws) - 1)].end()] if ws else ""
    for typ, mode, rx in MODE_CUES:
        if typ == trig.type and rx.search(near):
            if trig.type == "ASSAULT" and trig.mode and mode != "aerial":
                continue
            return mode
    return trig.mode


def _needs_ok(v: _View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int) -> bool:
    left = v.norm[max(sent_a, a - 60):a]
    right = v.norm[b:min(sent_b, b + 80)]
    if trig.needs is None:
        return True
    if trig.needs == "light-verb":
        return bool(LIGHT_VERBS.search(left[-40:]) or PHONE_WORDS.match(right.lstrip()))
    if trig.needs == "express":
        return bool(EXPRESS_VERBS.search(left[-40:]))
    if trig.needs == "accord":
        return bool(ACCORD_WORDS.search(right[:40]))
    if trig.needs == "maintain":
        return bool(MAINTAIN_WORDS.search(left[-30:]))
    if trig.needs == "with":
        return bool(re.search(r"(?<!\w)مع(?!\w)", right[:60])) or word.endswith("ا")
    if trig.needs == "to-place":
        return bool(re.search(r"(?<!\w)(?:الي|الى)\s", right[:90]))
    return True


def _actors(v: _View, trig: Trigger, a: int, b: int, sent_a: int, sent_b: int
            ) -> tuple[list[_Mention], list[_Mention], _Mention | None]:
    """(subjects, objects, location) for a trigger at normalized ``a``-``b``."""
    left_text = v.norm[sent_a:a]
    brk = None
    for brk in CLAUSE_BREAK.finditer(left_text):
        pass
    lstart = sent_a + (brk.end() if brk else 0)
    lw = list(_WORD.finditer(v.norm[lstart:a]))
    if len(lw) > 14:
        lstart += lw[-14].start()
    # right window: up to the next clause break or 25 words
    rtext = v.norm[b:sent_b]
    rb = re.search(r"[:؛«\"“]|(?<!\w)(?:[وف]?(?:قال|اكد|اضاف|اوضح|اشار))(?!\w)", rtext)
    rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين)(?!\w)", rtext)
    if rel and _words(rtext[:rel.start()]) > 2 and (rb is None or rel.start() < rb.start()):
        rb = rel  # a relative clause right after the trigger describes it (المحادثات التي جرت بين …)
    rend = b + (rb.start() if rb else len(rtext))
    rw = list(_WORD.finditer(v.norm[b:rend]))
    if len(rw) > 25:
        rend = b + rw[25].start()
    left = _drop_role_parts(v, v.between(lstart, a))
    right_all = _drop_role_parts(v, v.between(b, rend))
    location = next((m for m in right_all if _is_location(v, m) and not _TO_PREP.search(
        v.norm[max(0, m.start - 6):m.start])), None)
    if location is None:
        location = next((m for m in left if _is_location(v, m)), None)
    left = [m for m in left if not _is_location(v, m)]
    right = [m for m in right_all if not _is_location(v, m) or _TO_PREP.search(v.norm[max(0, m.start - 6):m.start])]

    # 1. "بين X و Y" after the trigger
    bm = _BETWEEN.search(v.norm[b:rend])
    if bm:
        after = [m for m in right if m.start >= b + bm.end()]
        before = [m for m in right if m.start < b + bm.start()]
        if len(after) >= 2 and not before:
            return [after[0]], _conjoined(v, after, 1, 1), location
        if after and not before:
            return _conjoined(v, after, 0, 1), [], location

    subj: list[_Mention] = []
    objs_from = right
    if trig.pos == "verb":
        if left:
            gap = v.norm[left[-1].end:a]
            if _words(gap) <= 3 and not _PUNCT_GAP.search(gap):
                subj = _conjoined(v, left, len(left) - 1, -1)
    else:
        lv = None
        for lv in LIGHT_VERBS.finditer(v.norm[lstart:a]):
            pass
        ev = None
        for ev in EXPRESS_VERBS.finditer(v.norm[lstart:a]):
            pass
        mv = None
        for mv in MAINTAIN_WORDS.finditer(v.norm[lstart:a]):
            pass
        gov = max((x for x in (lv, ev, mv) if x is not None), key=lambda x: x.start(), default=None)
        if gov is not None:
            gs, ge = lstart + gov.start(), lstart + gov.end()
            inside = [m for m in left if m.start >= ge]
            before = [m for m in left if m.end <= gs]
            if inside:
                subj = _conjoined(v, inside, 0, 1)
            elif before:
                gap = v.norm[before[-1].end:gs]
                if _words(gap) <= 3 and not _PUNCT_GAP.search(gap):
                    subj = _conjoined(v, before, len(before) - 1, -1)
        else:
            # bare verbal noun: its genitive is the subject when it follows closely
            if right and _words(v.norm[b:right[0].start]) <= 4:
                pass  # handled below as verb-first
            else:
                return [], [], location
    if not subj:
        if not right:
            return [], [], location
        if trig.type == "CONSULT" and trig.mode == "visit" and right[0].entity.type in ("LOC", "GPE"):
            return [], [right[0]], location
        subj = _conjoined(v, right, 0, 1)
        objs_from = right[len(subj):]
    # an object is not one when a context phrase comes first (خلال فعاليات X، على هامش X)
    objs_from = [m for m in objs_from if not _CONTEXT.search(v.norm[b:m.start])]
    objs = _conjoined(v, objs_from, 0, 1) if objs_from else []
    return subj, objs, location


def _date(v: _View, a: int, b: int, clause_a: int, sent_b: int) -> str | None:
    best = None
    for t in v.article.dates:
        if not t.value or t.type not in ("DATE", "TIME"):
            continue
        ta, tb = v.inv[t.start], v.inv[t.end]
        if ta < clause_a or tb > sent_b:
            continue
        d = ta - b if ta >= b else a - tb
        if best is None or d < best[0]:
            best = (d, t.value)
    return best[1] if best else None


def _candidates(article: Article) -> list[_Cand]:
    v = _View(article)
    hits: list[tuple[int, int, Trigger, str]] = []
    for trig, rx in _TRIGGERS:
        for m in rx.finditer(v.norm):
            hits.append((m.start("w"), m.end(), trig, m.group()))
    # longest first, then lexicon order; no overlaps
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, Trigger, str]] = []
    for h in hits:
        if chosen and h[0] < chosen[-1][1]:
            continue
        if v.in_mention(h[0], h[1]):
            continue
        chosen.append(h)
    sents = [(v.inv[s], v.inv[e]) for s, e in split_sentences(article.text)]
    starts = [s for s, _ in sents]
    out = []
    for a, b, trig, word in chosen:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0:
            continue
        sa, sb = sents[i]
        if not _needs_ok(v, trig, word, a, b, sa, sb):
            continue
        subj, objs, loc = _actors(v, trig, a, b, sa, sb)
        ids = list(dict.fromkeys([m.entity.id for m in subj + objs]))
        if trig.symmetric:
            if len(ids) < 2:
                continue
            source = target = None
        else:
            if not ids:
                continue
            if trig.mode == "visit" and not subj:
                continue
            source = subj[0].entity.id if subj else None
            target = next((m.entity.id for m in objs if m.entity.id != source), None)
            ids = [x for x in (source, target) if x]
        status = _status(v, word, trig, a, b, sa, sb)
        brk = None
        for brk in CLAUSE_BREAK.finditer(v.norm[sa:a]):
            pass
        date = _date(v, a, b, sa + (brk.end() if brk else 0), sb)
        if status == "happened" and date and article.published and date[:10] > article.published[:10] \
                and len(date) >= 10:
            status = "planned"
        s, e = v.src(a, b)
        quote = next((qi for qi, q in enumerate(article.quotes) if q.start <= s and e <= q.end), None)
        location = loc.entity.id if loc else None
        if trig.mode == "visit" and objs and objs[0].entity.type in ("LOC", "GPE"):
            location = location or objs[0].entity.id
        out.append(_Cand(trig, s, e, v.src(sa, sb), status, _mode(v, trig, b, sb), source, target, ids,
                         date, location, quote))
    return out


def _merge(cands: list[_Cand], article: Article) -> list[Event]:
    groups: list[list[_Cand]] = []
    for c in cands:
        key = (c.trig.type, frozenset(c.actors), c.status)
        for g in groups:
            g0 = g[0]
            if (g0.trig.type, frozenset(g0.actors), g0.status) != key:
                continue
            dates = {x.date for x in g if x.date}
            if c.date and dates and c.date not in dates:
                continue
            if c.source and g0.source and c.source != g0.source:
                continue
            g.append(c)
            break
        else:
            groups.append([c])
    events = []
    for n, g in enumerate(groups, 1):
        # the primary mention: the first in the body (the headline is often abridged)
        first = g[0]
        ev = Event(
            id=f"V{n}",
            type=first.trig.type,
            trigger=Span(first.start, first.end, article.text[first.start:first.end]),
            status=first.status,
            # a specific mode (video, phone, visit) beats the default "meet" of a meeting word
            mode=next((c.mode for c in g if c.mode and c.mode != "meet"), None)
            or next((c.mode for c in g if c.mode), None),
            source=next((c.source for c in g if c.source), None),
            target=next((c.target for c in g if c.target), None),
            actors=list(dict.fromkeys(x for c in g for x in c.actors)),
            date=next((c.date for c in g if c.date), None),
            location=next((c.location for c in g if c.location), None),
            quote=next((c.quote for c in g if c.quote is not None), None),
            sentence=Span(first.sent[0], first.sent[1], article.text[first.sent[0]:first.sent[1]]),
            mentions=[Span(c.start, c.end, article.text[c.start:c.end]) for c in g],
        )
        events.append(ev)
    return events


def extract(article: Article) -> list[Event]:
    """The events of ``article`` (does not modify it)."""
    if not article.text:
        return []
    return _merge(_candidates(article), article)


def annotate(article: Article) -> None:
    """Fill ``article.events`` (see the module docstring)."""
    article.events = extract(article)

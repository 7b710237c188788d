"""Speech acts the quotes layer found: a quote whose reporting cue is itself a demand, a rejection or a
warning is that event, with the quote's speaker as its source (the events layer's helper).

Contract: :func:`quoted_cues` returns extra mentions (:class:`~rasd.analyse.events.merge.Cand`) for one
article, given its :class:`~rasd.analyse.events.view.View`, the mentions the trigger rules already found,
and ``trigger_of`` (normalized word → the lexicon's :class:`~rasd.arabic.event_lexicon.Trigger` or None).
A mention is made when all of these hold:

- a quote of the quotes layer has a speaker that is an entity of the article and a cue (the reporting verb
  or noun as written) that the text holds as a whole word in the quote's own sentence: within the 250
  characters before the quote, else right after it («"…"، حذر الوزير»; :func:`_cue_span`);
- a word of that cue is a lexicon trigger of a speech act (:data:`_ACTS`: REQUEST, REJECT, THREATEN) whose
  extra condition, if any, is one the cue itself satisfies (none, a verb of expression, a consequence);
- the rules kept no mention over the cue's word and no mention of that type with that speaker as source in
  that sentence (the rules' own reading of the trigger wins where it gave one);
- the cue is not negated (the status reading of any mention: «لم يطالب» is no demand), and is no verbal
  noun with a possessive pronoun («ومطالبته بـ…»: the pronoun may be the one asked).

A participle or a warning with no one named to call on or warn still makes one (the trigger rules drop
them: «داعيا إلى ضرورة …»): the ANT golds code a warning to an unnamed public as the speaker's THREATEN, and
requiring a named target lost one gold match on each of shared, dev and dev9 for three fewer false ones.

Source: the speaker (as the quotes layer resolved it: a name, a pronoun's antecedent, a role phrase).
Target: the first actor named after the cue and after the speaker's own mention (not the country of his
title: «وحذر وزير خارجية تركيا فلان من …»), up to the quote's end (inside the quote where the cue follows
it), that is not the speaker nor a place after في/من/إلى (the one asked, warned or rejected); none where
none is named, and none for a rejection of a that-clause («نفى أن تكون تركيا …»: a claim is denied, its
subject is not the one rejected).

Why: the trigger rules find a speech act's subject by its syntax, and drop the trigger where that fails
(a subject the entities layer split or merged, a participle «مطالبة»، «نافيا» after the clause's subject, a
pronoun); the quotes layer has already resolved who speaks, for every quote. The reference convention
codes reported demands, rejections and threats as events with the speaker as source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.analyse.events.charges import _status
from rasd.analyse.events.merge import Cand
from rasd.analyse.events.view import View
from rasd.arabic.event_lexicon import Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Article

# the speech acts a cue may be, and the extra conditions (``Trigger.needs``) a reporting cue satisfies by
# being one (it introduces the words: an expression; a warning's words are its consequence)
_ACTS = frozenset({"REQUEST", "REJECT", "THREATEN"})
_CUE_NEEDS = frozenset({None, "express", "consequence"})
_WHERE = re.compile(r"(?<!\w)(?:في|من|الي|داخل|خارج)\s*$")
_OWNED = re.compile(r"(?:ته|تها|تهم|تهما|اته|اتها|اتهم)$")  # a verbal noun with a possessive pronoun
_LOOKBACK = 250  # source characters before a quote in which its cue is looked for
_AFTER = 60  # source characters after a quote in which a cue that follows it is looked for
# what may stand between a line break and the quote it opens: the colon that ends the cue's sentence
_OPENS = re.compile(r":\s*[\"«“']?\s*$")
# a that-clause: what is denied is a claim, and its subject is not the one rejected («نفى أن تكون تركيا…»)
_CLAIM = re.compile(r"(?:^|(?<!\w))[وب]?ان(?:ه|ها|هم|هما)?\s*$|^\W*[وب]?ان(?:ه|ها|هم|هما)?(?!\w)")


def _cue_span(text: str, start: int, end: int, cue: str) -> tuple[int, int] | None:
    """Where the cue of the quote at ``[start, end)`` is written in ``text``: the whole word (an optional
    و/ف before it) nearest before the quote with no sentence end between (a line break only right after a
    colon: «وحذر قائلا:» over a quoted paragraph), else right after the quote, only its closing marks, a
    comma and at most one word between («"…"، حذر الوزير»). A cue written with و/ف (``وحذر``) is also
    found without it. None when neither holds (a cue elsewhere in the paragraph is another sentence's)."""
    forms = [cue]
    if cue[:1] in "وف" and len(cue) > 3:
        forms.append(cue[1:])
    for form in forms:
        word = r"(?<!\w)[وف]?" + re.escape(form) + r"(?!\w)"
        for m in reversed(list(re.finditer(word, text[max(0, start - _LOOKBACK):start + len(cue)]))):
            a = max(0, start - _LOOKBACK) + m.start()
            gap = text[a + len(m.group()):start]
            if re.search(r"[.!?؟]", gap):
                break  # nearer ones were tried: the cue is in another sentence
            if "\n" in gap and not _OPENS.search(gap.split("\n")[0]):
                break
            return a, a + len(m.group())
        after = re.compile(r"[.!?؟]?[\"»”')]*\s*[،,]?\s*(?:[^\s.!?؟،,]+\s+)?(" + word + ")")
        m = after.match(text, end, min(len(text), end + _AFTER))
        if m:
            return m.span(1)
    return None


def quoted_cues(v: View, article: Article, found: list[Cand], sents: list[tuple[int, int]],
                trigger_of: Callable[[str], Trigger | None], *, title_end: int,
                para_starts: list[int]) -> list[Cand]:
    """The speech-act mentions of the quotes' cues (module docstring). ``sents`` are the sentences in
    normalized offsets; ``title_end`` and ``para_starts`` as for
    :func:`~rasd.analyse.events.status.dated_status`."""
    ents = {e.id: e for e in article.entities}
    out: list[Cand] = []
    for qi, q in enumerate(article.quotes):
        spk = ents.get(q.speaker) if q.speaker else None
        if spk is None or not q.cue or not (0 <= q.start < q.end <= len(article.text)):
            continue
        cue = _cue_span(article.text, q.start, q.end, q.cue.strip())
        if cue is None:
            continue
        source = v.actor(spk)
        me = {spk.id, source.id, v.key.get(spk.id, spk.id), v.key.get(source.id, source.id)}
        ca, cb = v.inv[cue[0]], v.inv[cue[1]]
        qa, qb = v.inv[q.start], v.inv[q.end]
        for wm in re.finditer(r"\S+", v.norm[ca:cb]):
            trig = trigger_of(normalize_for_match(wm.group()))
            if trig is None or trig.type not in _ACTS or trig.needs not in _CUE_NEEDS:
                continue
            if trig.pos == "noun" and _OWNED.search(wm.group()):
                continue  # «ومطالبته بـ…»: the pronoun may be the one asked, not the asker (the speaker)
            a, b = ca + wm.start(), ca + wm.end()
            sa, sb = next(((x, y) for x, y in sents if x <= a < y), (a, v.inv[q.end]))
            s, e = v.src(a, b)
            sent = v.src(sa, sb)
            if any(c.start < e and s < c.end for c in [*found, *out]) or any(
                    c.trig.type == trig.type and c.sent == sent
                    and v.key.get(c.source or "", c.source) in me for c in [*found, *out]):
                continue
            # the one asked, warned or rejected is named after the cue, past the speaker's own mention and
            # title («وحذر وزير خارجية تركيا مولود جاويش أوغلو من …»), or inside a quote the cue follows
            lo = b if b <= qa else qa
            lo = max([lo, *(m.end for m in v.between(lo, qa) if _is(v, m, me))])
            target = None
            if not (trig.type == "REJECT" and (_CLAIM.search(v.norm[lo:qa]) or _CLAIM.search(v.norm[qa:qb]))):
                for m in v.between(lo, qb):
                    ent = v.actor(m.entity)
                    if ent.id in me or v.key.get(ent.id, ent.id) in me \
                            or _WHERE.search(v.norm[max(0, m.start - 6):m.start]):
                        continue
                    target = ent.id
                    break
            told = _status(v, article, trig, wm.group(), (a, b), (sa, sb), title_end, para_starts)
            if told is None:
                continue
            st, date, date_text, inherited, feats = told
            out.append(Cand(trig, s, e, sent, st, trig.mode, source.id, target,
                            [x for x in (source.id, target) if x], date, None, qi, inherited=inherited,
                            date_text=date_text, status_feats=feats))
            break
    return out


def _is(v: View, m: object, me: set[str]) -> bool:
    """Whether mention ``m`` names the speaker (``me``: its entity ids and actor keys)."""
    ent = v.actor(m.entity)  # type: ignore[attr-defined]
    return ent.id in me or v.key.get(ent.id, ent.id) in me

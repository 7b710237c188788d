"""A work bound on the analysis layers: long articles are analysed in bounded chunks.

The layers (entities, dates, quotes, events) are built for news articles of a
few thousand characters; several of their steps pair mentions within the
article, so their cost grows faster than the text. A scraper can still hand
rasd a page of megabytes (a whole forum thread, one sentence repeated), so
:func:`analyse_in_chunks` keeps every call bounded:

- the clean text is cut into chunks of at most :data:`CHUNK_CHARS`
  characters — at paragraph breaks, else at sentence ends, else at spaces;
- each chunk is analysed on its own, and the layers are merged back with
  their offsets shifted into the whole text (so ``text[start:end] == span``
  still holds): entities with the same type and normalized name become one
  entity, and so does a person named by a short form in one chunk and a full
  form in another (one candidate only); the entity ids used by quotes and
  events are renumbered to match;
- only the first :data:`MAX_ANALYSED_CHARS` characters are analysed; the
  record keeps the whole text and says in ``warnings`` how much was analysed.

Work is therefore linear in the input up to the limit and constant beyond it.
An article under :data:`CHUNK_CHARS` is analysed in one piece, exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.arabic.normalize import normalize
from rasd.record import PARAGRAPH_SEP, Article, Entity, Event, Span

CHUNK_CHARS = 20_000
MAX_ANALYSED_CHARS = 200_000

_SENTENCE_END = re.compile(r"[.!?؟\n]\s+")


def _cut(text: str, start: int, limit: int) -> int:
    """The end of the chunk starting at ``start``: the last paragraph break, sentence end or
    space before ``start + limit`` (a hard cut when there is none)."""
    hard = start + limit
    if hard >= len(text):
        return len(text)
    window = text[start:hard]
    para = window.rfind(PARAGRAPH_SEP)
    if para > limit // 4:
        return start + para
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > limit // 4:
        return start + ends[-1]
    space = window.rfind(" ")
    if space > limit // 4:
        return start + space + 1
    return hard


def chunk_bounds(text: str, limit: int = CHUNK_CHARS, total: int = MAX_ANALYSED_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the chunks of ``text`` to analyse, covering at most ``total`` characters."""
    out: list[tuple[int, int]] = []
    pos = 0
    stop = min(len(text), total)
    while pos < stop:
        end = min(_cut(text, pos, limit), stop) if stop - pos > limit else stop
        if end <= pos:
            end = min(pos + limit, stop)
        out.append((pos, end))
        pos = end
        while pos < stop and text[pos] == "\n":  # a paragraph break belongs to no chunk
            pos += 1
    return out


def _sub_article(art: Article, start: int, end: int) -> Article:
    piece = art.text[start:end]
    parts = piece.split(PARAGRAPH_SEP)
    sub = Article(id=art.id, url=art.url, source=art.source, author=art.author, place=art.place,
                  published=art.published, published_inferred=art.published_inferred,
                  published_confidence=art.published_confidence, lang=art.lang)
    if start == 0 and art.title and piece.startswith(art.title):
        sub.title, sub.paragraphs = parts[0], parts[1:]
    else:
        sub.paragraphs = parts
    sub.build_text()
    return sub


def _shift(span: Span, by: int) -> None:
    span.start += by
    span.end += by


class _Merger:
    """Accumulates the layers of analysed chunks into the whole article."""

    def __init__(self, art: Article) -> None:
        self.art = art
        self.by_key: dict[tuple[str, str], Entity] = {}

    def add(self, sub: Article, offset: int) -> None:
        art = self.art
        ids: dict[str, str] = {}
        for ent in sub.entities:
            for m in ent.mentions:
                _shift(m, offset)
            key = (ent.type, normalize(ent.name))
            have = self.by_key.get(key) or self._same_person(ent)
            if have is None:
                have = Entity(id=f"E{len(art.entities) + 1}", type=ent.type, name=ent.name,
                              country=ent.country)
                self.by_key[key] = have
                art.entities.append(have)
            have.mentions.extend(ent.mentions)
            names = [ent.name] if ent.name != have.name else []
            have.aliases.extend(a for a in [*names, *ent.aliases] if a not in have.aliases)
            have.roles.extend(r for r in ent.roles if r not in have.roles)
            have.country = have.country or ent.country
            ids[ent.id] = have.id
        for d in sub.dates:
            _shift(d, offset)
            art.dates.append(d)
        first_quote = len(art.quotes)
        for q in sub.quotes:
            _shift(q, offset)
            if q.speaker in ids:
                q.speaker = ids[q.speaker]
            art.quotes.append(q)
        for ev in sub.events:
            self._add_event(ev, offset, ids, first_quote)
        art.warnings.extend(w for w in sub.warnings if w not in art.warnings)

    def _same_person(self, ent: Entity) -> Entity | None:
        """The one person of earlier chunks that ``ent`` (a person) is a short or full form of
        (:func:`rasd.corpus.search.same_entity`, both ways), or None when none or several."""
        if ent.type != "PER":
            return None
        from rasd.corpus.search import entity_key, same_entity

        mine = entity_key(ent.name)
        found = [e for (t, _), e in self.by_key.items() if t == "PER"
                 and (same_entity(mine, entity_key(e.name), "PER") or same_entity(entity_key(e.name), mine, "PER"))]
        return found[0] if len({id(e) for e in found}) == 1 else None

    def _add_event(self, ev: Event, offset: int, ids: dict[str, str], first_quote: int) -> None:
        art = self.art
        ev.id = f"V{len(art.events) + 1}"
        _shift(ev.trigger, offset)
        if ev.sentence is not None:
            _shift(ev.sentence, offset)
        for m in ev.mentions:
            _shift(m, offset)
        ev.source = ids.get(ev.source, ev.source) if ev.source else None
        ev.target = ids.get(ev.target, ev.target) if ev.target else None
        ev.location = ids.get(ev.location, ev.location) if ev.location else None
        ev.actors = [ids.get(a, a) for a in ev.actors]
        if ev.quote is not None:
            ev.quote += first_quote
        art.events.append(ev)


def analyse_in_chunks(art: Article, layers: tuple[str, ...], analyse_one: Callable[[Article, tuple[str, ...]], Article],
                      limit: int = CHUNK_CHARS, total: int = MAX_ANALYSED_CHARS) -> Article:
    """Run ``analyse_one`` over bounded chunks of ``art`` and merge the layers (module docstring)."""
    if len(art.text) <= limit or not layers:
        return analyse_one(art, layers)
    bounds = chunk_bounds(art.text, limit, total)
    merger = _Merger(art)
    for start, end in bounds:
        sub = _sub_article(art, start, end)
        analyse_one(sub, layers)
        if start == 0:  # the publication date is inferred from the opening, as for a short article
            art.published, art.published_inferred = sub.published, sub.published_inferred
            art.published_confidence = sub.published_confidence
        merger.add(sub, start)
    if bounds and bounds[-1][1] < len(art.text):
        art.warnings.append(f"analysis layers cover the first {bounds[-1][1]:,} of {len(art.text):,} characters "
                            f"(the limit is {total:,} per article); the whole text is kept")
    return art

"""The pipeline: raw text → repaired article → analysis layers, in data-flow order.

read (rasd.read) → repair (rasd.repair) → analyse (rasd.analyse: entities,
dates + publication date, quotes, events). Each analysis step is a function
``annotate(article) -> None`` that fills one layer of the record from the
layers before it.
"""

from __future__ import annotations

from rasd.record import Article

# Which layers to run, in order. Later layers read the earlier ones.
LAYERS = ("entities", "dates", "quotes", "events")


def repair_only(raw: str, *, title: str | None = None, published: str | None = None, url: str | None = None,
                source: str | None = None, id: str | None = None, keep_raw: bool = True) -> Article:
    """Repair ``raw`` into an article (no analysis layers)."""
    from rasd.repair.repair import repair

    art = repair(raw, title=title)
    art.id, art.url, art.source = id, url, source
    if published:
        art.published = published
        art.published_inferred = False
    if keep_raw:
        art.raw = raw
    return art


def analyse(art: Article, layers: tuple[str, ...] = LAYERS) -> Article:
    """Fill the analysis layers of a repaired article, in order."""
    if "entities" in layers:
        from rasd.analyse import entities

        entities.annotate(art)
    if "dates" in layers:
        from rasd.analyse import dates, published

        published.annotate(art)
        dates.annotate(art)
    if "quotes" in layers:
        from rasd.analyse import quotes

        quotes.annotate(art)
    if "events" in layers:
        from rasd.analyse import events

        events.annotate(art)
    return art


def process_text(raw: str, *, layers: tuple[str, ...] = LAYERS, **meta: str | None) -> Article:
    """Repair and analyse one raw article text. ``meta``: title, published, url, source, id."""
    return analyse(repair_only(raw, **meta), layers)  # type: ignore[arg-type]

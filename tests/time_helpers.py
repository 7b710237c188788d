"""Shared helpers of the time-layer tests (not a test module): run the time layer on a bare text.

The text's lines are its paragraphs and ``text`` is kept as given, so offsets in the tests are
offsets in the string they wrote; nothing else of the pipeline runs.
"""

from __future__ import annotations

from rasd.analyse.time import layer
from rasd.record import Article, Removal, TimeExpr


def layer_dates(text: str, published: str, removed: list[Removal] | None = None) -> list[TimeExpr]:
    """The time expressions the layer finds in ``text`` published on ``published`` (``YYYY-MM-DD``).

    ``removed``: lines the repair took out (``Article.removed``), which some rules still read.
    """
    art = Article(id="t", title="", paragraphs=text.split("\n"), published=published)
    art.text = text
    art.removed = removed or []
    layer.annotate(art)
    return art.dates


def value_by_text(text: str, published: str) -> dict[str, str | None]:
    """{expression text: normalized value} of :func:`layer_dates` (a repeated text keeps the last)."""
    return {d.text: d.value for d in layer_dates(text, published)}

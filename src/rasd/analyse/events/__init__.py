"""The events layer: PLOVER events the article states, with actors, status and date.

Contract: ``annotate(article)`` fills ``article.events`` with
:class:`rasd.record.Event` records from ``article.text`` and the layers before
it: ``entities`` (actors and locations are entity ids), ``dates`` (an event's
date is a TIMEX value), ``quotes`` (``quote`` is the index of the quote an
event was reported in) and ``published``. ``extract(article)`` returns
them without storing. Pure: no I/O; deterministic.

Modules: :mod:`.layer` (triggers, status, dates, merging; the rules are written
there), :mod:`.actors` (who acts on whom), :mod:`.view` (the normalized view of
an article and its maps back to the text), :mod:`.table` (one flat row per
event for ``rasd events`` and serve).
"""

from rasd.analyse.events.layer import annotate, extract

__all__ = ["annotate", "extract"]

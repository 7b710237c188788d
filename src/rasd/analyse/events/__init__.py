"""The events layer: PLOVER events the article states, with actors, status and date.

Contract: ``annotate(article)`` fills ``article.events`` with
:class:`rasd.record.Event` records from ``article.text`` and the layers before
it: ``entities`` (actors and locations are entity ids; a country the text names
only by its capital, army, government or adjective is no entity: the event gives
its Arabic name, with its ISO record in ``event.implied``), ``dates`` (an event's
date is a TIMEX value), ``quotes`` (``quote`` is the index of the quote an
event was reported in) and ``published``. ``extract(article)`` returns
them without storing. ``article.entities`` is not changed. Pure: no I/O; deterministic.

Modules: :mod:`.layer` (triggers and the pass over an article; the rules are
written there), :mod:`.arguments` (who acts on whom, from the trigger's syntax),
:mod:`.actors` (the actor mentions it resolves: role parts, conjoined names, speakers, places),
:mod:`.sides` (sides given indirectly: coordinated verbs, adjectives of nationality,
backing), :mod:`.passive` (agents and patients of passive and undergone acts),
:mod:`.fallback` (actors from the sentence where the syntax gives too few),
:mod:`.cues` (status, mode, dates, trigger conditions), :mod:`.merge` (mentions
into events), :mod:`.sense` (an optional learned check; none ships), :mod:`.view` (the normalized
view of an article, its maps back to the text, countries and people's
countries), :mod:`.table` (one flat row per event for ``rasd events`` and serve).
"""

from rasd.analyse.events.layer import annotate, extract

__all__ = ["annotate", "extract"]

"""The quotes layer: direct and indirect speech with its speaker.

Contract: ``annotate(article)`` fills ``article.quotes`` with
:class:`rasd.record.Quote` spans (``text == article.text[start:end]``), ordered
by position; ``find_quotes(article)`` returns them without storing. It reads
``article.entities`` (filled earlier by the entity layer) to link speakers and
works without them (speakers are then descriptive strings). Pure: no I/O.

Modules: :mod:`.base` (cue lexicon, mark pairing, shared types), :mod:`.attribution`
(وحسب X، …), :mod:`.stance` (stances, verbal-noun objects), :mod:`.choose` (which speaker),
:mod:`.actors` (a stance verb's subject read after it),
:mod:`.speakers` (speaker resolution), :mod:`.finder` (span finding; the span
conventions are written there).
"""

from rasd.analyse.quotes.finder import annotate, find_quotes

__all__ = ["annotate", "find_quotes"]

"""Coreference within one article: who a role phrase, a short name or a cue refers to.

Contract: :func:`resolve(text, toks, entities) <resolve>` runs after the entity
layer has grouped names into entities; it adds, in place, the role phrases that
stand for a named person (``الوزير السعودي`` → عادل الجبير) as mentions and roles
of that person, so that the quotes and events layers, which read mentions, take
the person as speaker or actor. Pure: no I/O.

Agreement features (gender, country, title stems) live in :mod:`.features` and
are shared with the quotes layer's continuation cues (``وأضافت``، ``مضيفا``).
"""

from rasd.analyse.coref.features import agrees, entity_country, entity_gender, first_name_gender
from rasd.analyse.coref.phrases import find_phrases, resolve_phrases

resolve = resolve_phrases

__all__ = ["agrees", "entity_country", "entity_gender", "find_phrases", "first_name_gender", "resolve",
           "resolve_phrases"]

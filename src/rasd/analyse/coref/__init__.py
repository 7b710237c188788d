"""Coreference within one article: who a role phrase, a short name or a cue refers to.

Contract: :func:`resolve(text, toks, entities) <resolve>` runs after the entity
layer has grouped names into entities; it joins names the grouping split
(:mod:`.aliases`: ``حركة المقاومة الإسلامية "حماس"``) and adds the role phrases that
stand for a named person (``الوزير السعودي`` → عادل الجبير) as mentions and roles
of that person, so that the quotes and events layers, which read mentions, take
the person as speaker or actor. Pure: no I/O.

Agreement features (gender, country, title stems) live in :mod:`.features` and
are shared with the quotes layer's continuation cues (``وأضافت``، ``مضيفا``).
"""

from rasd.analyse.coref.aliases import _merge as merge_into
from rasd.analyse.coref.aliases import (
    bare_heads,
    clitic_names,
    connector_names,
    governments,
    media_heads,
    missed_first_names,
    not_people,
    official_forms,
    overlong_names,
    renumber,
    short_forms,
    short_names,
    surname_types,
    title_remainders,
)
from rasd.analyse.coref.features import agrees, entity_country, entity_gender, first_name_gender
from rasd.analyse.coref.lone import adjective_places, common_things, lone_people
from rasd.analyse.coref.phrases import find_phrases, resolve_phrases
from rasd.analyse.coref.spelling import spelling_variants
from rasd.analyse.entities.tokens import Tok
from rasd.record import Entity


def resolve(text: str, toks: list[Tok], entities: list[Entity]) -> list[Entity]:
    """The article's entities after coreference: split names joined, role phrases resolved.

    Returns the new list (merged entities removed, ids renumbered); the entities in
    it are updated in place.
    """
    before = len(entities)
    entities = governments(connector_names(text, short_names(text, entities)))
    entities = clitic_names(text, overlong_names(text, title_remainders(not_people(entities))))
    entities = spelling_variants(surname_types(entities), merge_into)
    if len(entities) != before:
        renumber(entities)
    bare_heads(text, entities)
    short_forms(text, entities)
    media_heads(text, entities)
    official_forms(entities)
    missed_first_names(text, toks, entities)
    resolve_phrases(text, toks, entities)
    from rasd.analyse.entities.cands import common_words

    kept = common_things(adjective_places(lone_people(text, entities, merge_into)), common_words())
    if len(kept) != len(entities):
        renumber(kept)
    return kept

__all__ = ["agrees", "connector_names", "missed_first_names", "renumber", "short_names", "entity_country", "entity_gender", "find_phrases", "first_name_gender", "resolve",
           "resolve_phrases"]

"""Lone one-word persons: a person entity the article writes once, as one word, with nothing else behind it.

Contract: :func:`lone_people(entities) <lone_people>` runs last in :func:`rasd.analyse.coref.resolve`. A person
entity whose only mention is a single word and who has no role is weak evidence of a person: news introduces
people in full or with a title, so such a word is far more often a common word the tagger took for a name
(``غير صالح``، ``وقوع صدام``، ``على حسن التجارب``), a place or a work typed as a person (``وسط سوليزبيري``،
``ملحمة تدعى رامايانا``), or one piece of a name the spans cut (``كيم جونغ أون``) — on the four dev sets, 11 of
12 such entities matched no gold person. So:

- when another person of the article carries the word in a longer name (``ترامب`` beside ``دونالد ترامب``), the
  word is a mention of that person (the one named nearest before it, else the first after);
- otherwise the entity is dropped. A word written twice or more, one with a role, a person of the actor
  gazetteer (:mod:`rasd.analyse.entities.actors`), and one right after a past
  reporting verb (``وقال فوكودا``: the subject of a speech verb is a speaker) stay as they are.

:func:`common_things` drops a place or organisation written once as one word that is a common word of the NER
training data (``منطقة [بيت] حانون`` cut short, ``محكمة "[خاصة]"``), or a community named by its plural
(``الأكراد``، ``الشيعة``): the conventions, like those of the dev golds (none of 7 such mentions annotated), make
peoples and sects no entities, as they make no entity of a nationality adjective.

:func:`adjective_places` drops the places and organisations named by a nationality adjective alone (``مدينة منبج
[السورية]``، ``وكالتا الأنباء الروسية و[السورية الرسميتان]``): the conventions make no entity of an adjective of
nationality; a country written with the article (``السعودية``) has its country record and stays.

Pure: entities are updated in place; the returned list holds the survivors (ids are renumbered by the caller).
"""

from __future__ import annotations

from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.normalize import normalize
from rasd.record import Entity


def _words(ent: Entity) -> set[str]:
    """Every word of the longer (two words or more) names of ``ent``."""
    out: set[str] = set()
    for form in (ent.name, *ent.aliases, *(m.text for m in ent.mentions)):
        ws = normalize(form).split()
        if len(ws) >= 2:
            out.update(ws)
    return out


def _lone(ent: Entity) -> bool:
    return (ent.type == "PER" and len(ent.mentions) == 1 and not ent.roles
            and len(normalize(ent.mentions[0].text).split()) == 1)


def _distance(ent: Entity, pos: int) -> tuple[int, int]:
    """How far ``ent`` is named from offset ``pos``: the nearest mention before it first, then after it."""
    before = [pos - m.start for m in ent.mentions if m.start < pos]
    return (0, min(before)) if before else (1, min((m.start - pos for m in ent.mentions), default=0))


def lone_people(text: str, entities: list[Entity], merge) -> list[Entity]:  # noqa: ANN001 - merge(into, other)
    """The entities of ``text`` without the lone one-word persons (see the module docstring);
    ``merge(into, other)`` joins a lone word to the longer name that carries it."""
    from rasd.analyse.coref.aliases import _after_reporting_verb

    gone: set[int] = set()
    for ent in entities:
        if not _lone(ent):
            continue
        word = normalize(ent.mentions[0].text)
        pos = ent.mentions[0].start
        owners = [e for e in entities if e is not ent and e.type == "PER" and id(e) not in gone
                  and word in _words(e)]
        if owners:
            merge(min(owners, key=lambda e: _distance(e, pos)), ent)
        elif _after_reporting_verb(text, pos) or _listed_actor(word):
            continue
        gone.add(id(ent))
    return [e for e in entities if id(e) not in gone]


def _listed_actor(word: str) -> bool:
    """Is the normalized word a one-word person name of the actor gazetteer (``نتنياهو``)? World knowledge
    outweighs the article's weak evidence: such a word names the person even when written once, bare."""
    from rasd.analyse.entities.actors import actors

    return any(len(key) == 1 and typ == "PER" for key, typ, _w in actors().get(word, ()))


# Communities named by a plural (people of an ethnic group or a faith), normalized: collective nouns like
# the demonyms, not names of organisations.
_COMMUNITIES = frozenset(normalize(w) for w in (
    "الأكراد", "أكراد", "الشيعة", "شيعة", "السنة", "الدروز", "الأقباط", "اليهود", "المسلمين", "المسلمون",
    "المسيحيين", "المسيحيون", "الإيزيديين", "الإيزيديون", "التركمان", "العلويين", "العلويون", "الروهينغا",
    "الروهينجا", "البشتون", "الأويغور", "العرب"))


def common_things(entities: list[Entity], common: frozenset[str]) -> list[Entity]:
    """The entities less the one-word places and organisations written once that are a word of ``common``
    (the NER data's common words) or a community's plural (see the module docstring)."""
    def weak(ent: Entity) -> bool:
        if ent.type not in ("LOC", "ORG", "MISC") or ent.country:
            return False
        words = {normalize(m.text) for m in ent.mentions}
        if words and all(w in _COMMUNITIES for w in words):
            return True
        return len(ent.mentions) == 1 and len(words) == 1 and len(next(iter(words)).split()) == 1 \
            and next(iter(words)) in common

    return [e for e in entities if not weak(e)]


def adjective_places(entities: list[Entity]) -> list[Entity]:
    """The entities less the places and organisations every mention of which opens with a definite
    nationality adjective (``السورية``، ``السورية الرسميتان``) and that no country record backs."""
    def adjective(ent: Entity) -> bool:
        if ent.type not in ("LOC", "ORG", "MISC") or ent.country or not ent.mentions:
            return False
        for m in ent.mentions:
            words = normalize(m.text).split()
            if not words or not words[0].startswith("ال") or demonym_country(words[0]) is None or len(words) > 2:
                return False
        return True

    return [e for e in entities if not adjective(e)]


__all__ = ["adjective_places", "common_things", "lone_people"]

"""The entities layer: named mentions → one entity per referent, with roles and countries.

Contract: ``annotate(article, tagger=None)`` fills ``article.entities`` with
:class:`rasd.record.Entity` (ids ``E1``, ``E2``… in order of first mention; every
mention's ``text == article.text[start:end]``). The statistical tagger
(:mod:`rasd.analyse.ner`) proposes spans; rules repair and complete them; coreference
(:mod:`rasd.analyse.coref`) links short forms, roles and descriptions to the named
entity. Pure: no I/O beyond the shipped gazetteers, read once.

Modules, in data-flow order: ``tokens`` (the token view every rule reads),
``countries`` (gazetteer, demonyms, ISO records), ``cands`` (candidate spans and
word lists), ``orgs`` (organisation names grown from head nouns), ``names`` (name
rules), ``spans`` (tagger spans repaired), ``roles`` (titles and offices around a
name; ``appositions``, ``described``, ``descriptors`` — a common noun for a person next
to the name — and ``predicates`` — an office given by a copula), ``layer`` (the
article-level step: mentions grouped into entities).
"""

from rasd.analyse.entities.layer import annotate, build_entities

__all__ = ["annotate", "build_entities"]

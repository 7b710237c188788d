"""Arabic named-entity recognition (PER, ORG, LOC, MISC): a CRF shipped in the package.

Public interface: :func:`tag_tokens` (BIO tags for a token list) and
:func:`tag_text` (character spans with types). See :mod:`rasd.analyse.ner.tagger`.
"""

from rasd.analyse.ner.tagger import TYPES, bio_spans, tag_text, tag_tokens

__all__ = ["TYPES", "bio_spans", "tag_text", "tag_tokens"]

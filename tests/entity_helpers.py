"""Shared test helper: run the entity layer with a fixed tagger instead of the NER model."""

from __future__ import annotations

import re

from rasd.analyse import entities
from rasd.record import Article


def annotated(text: str, spans: list[tuple[str, str]] | None = None) -> Article:
    """An article of one paragraph ``text`` whose entity layer ran with a tagger that marks every
    occurrence of each ``(surface, type)`` of ``spans`` (so a test states the tagger's output, and the
    span rules after it are what is tested)."""
    a = Article(title="", paragraphs=[text])
    a.build_text()

    def tag(t: str) -> list[tuple[int, int, str]]:
        return sorted((m.start(), m.end(), typ) for surface, typ in spans or []
                      for m in re.finditer(re.escape(surface), t))

    entities.annotate(a, tagger=tag)
    return a

"""Placeholder: the dates layer (filled by its issue)."""

from __future__ import annotations

from rasd.record import Article


def annotate(article: Article) -> None:
    """Fill ``article.dates`` (not implemented yet)."""
    return None

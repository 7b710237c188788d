"""Placeholder: the quotes layer (filled by its issue)."""

from __future__ import annotations

from rasd.record import Article


def annotate(article: Article) -> None:
    """Fill ``article.quotes`` (not implemented yet)."""
    return None

"""Shared test helper: the quotes rasd finds in a made-up text, with their speakers' names."""

from __future__ import annotations

from rasd.pipeline import process_text


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    """``(quote text, speaker)`` for each quote of ``text`` processed whole: the speaker entity's name, or
    the free description rasd gives, or None."""
    art = process_text(text)
    out = []
    for q in art.quotes:
        ent = art.entity(q.speaker) if q.speaker else None
        out.append((q.text, ent.name if ent else q.speaker))
    return out

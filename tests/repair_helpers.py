"""Shared test helper: repair a made-up page and check the repair's invariant on it."""

from __future__ import annotations

from rasd.repair.repair import repair


def repair_lines(title: str, lines: list[str]):
    """Repair ``title`` + ``lines`` (one raw line each); assert kept ∪ removed = input (every raw line is
    a paragraph, the title or a removal) and return ``(article, its kept paragraphs stripped)``."""
    raw = "\n".join([title, *lines])
    art = repair(raw)
    kept = [p.strip() for p in art.paragraphs]
    removed = {r.text for r in art.removed}
    for line in raw.split("\n"):
        assert line.strip() in kept or line.strip() == art.title or line.strip() in removed, line
    return art, kept

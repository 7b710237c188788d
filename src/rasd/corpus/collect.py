"""Load what stories need from a corpus database (the I/O side of :mod:`rasd.corpus.stories`)."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.corpus.store import Store
from rasd.corpus.stories import Story, StoryDoc, build_stories


def story_docs(store: Store) -> tuple[list[StoryDoc], list[tuple[int, int]]]:
    """Every stored article as a :class:`StoryDoc` (input order) and the near-duplicate pairs as indices."""
    docs: list[StoryDoc] = []
    pos: dict[int, int] = {}
    for rowid, rec in store.iter_records():
        pos[rowid] = len(docs)
        docs.append(StoryDoc(
            id=rec.get("id") or str(rowid), title=rec.get("title") or "", text=rec.get("text") or "",
            source=rec.get("source"), published=rec.get("published"),
            entities=sorted({normalize(e["name"]).lower() for e in rec.get("entities") or [] if e.get("name")}),
            dates=sorted({d["value"] for d in rec.get("dates") or []
                          if d.get("type") == "DATE" and d.get("value") and len(d["value"]) == 10}),
        ))
    pairs = [(pos[a], pos[b]) for a, b, _ in store.dup_pairs() if a in pos and b in pos]
    return docs, pairs


def stories_from_db(path: str, **options: object) -> list[Story]:
    """Stories of the database at ``path`` (options as :func:`build_stories`)."""
    from rasd.corpus.backend import open_store

    with open_store(path, create=False) as store:
        docs, pairs = story_docs(store)
    return build_stories(docs, duplicate_pairs=pairs, **options)  # type: ignore[arg-type]

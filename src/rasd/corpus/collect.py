"""Load what stories need from a corpus database (the I/O side of :mod:`rasd.corpus.stories`)."""

from __future__ import annotations

from rasd.arabic.normalize import normalize
from rasd.corpus.store import Store
from rasd.corpus.stories import Story, StoryDoc, build_stories


def story_doc(rec: dict, fallback_id: str) -> StoryDoc:
    """What the story stage reads of one record (a stored article, or a row of ``--engine ray``)."""
    return StoryDoc(
        id=rec.get("id") or fallback_id, title=rec.get("title") or "", text=rec.get("text") or "",
        source=rec.get("source"), published=rec.get("published"),
        entities=sorted({normalize(e["name"]).lower() for e in rec.get("entities") or [] if e.get("name")}),
        dates=sorted({d["value"] for d in rec.get("dates") or []
                      if d.get("type") == "DATE" and d.get("value") and len(d["value"]) == 10}),
    )


def story_docs(store: Store) -> tuple[list[StoryDoc], list[tuple[int, int]]]:
    """Every stored article as a :class:`StoryDoc` (input order) and the near-duplicate pairs as indices."""
    docs: list[StoryDoc] = []
    pos: dict[int, int] = {}
    for rowid, rec in store.iter_records():
        pos[rowid] = len(docs)
        docs.append(story_doc(rec, str(rowid)))
    pairs = [(pos[a], pos[b]) for a, b, _ in store.dup_pairs() if a in pos and b in pos]
    return docs, pairs


def stories_from_db(path: str, **options: object) -> list[Story]:
    """Stories of the database at ``path`` (options as :func:`build_stories`)."""
    from rasd.corpus.backend import open_store

    with open_store(path, create=False) as store:
        docs, pairs = story_docs(store)
    return build_stories(docs, duplicate_pairs=pairs, **options)  # type: ignore[arg-type]


ID_KEYS = ("id", "url")
TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "date_published", "date_extracted")


def story_docs_from_jsonl(paths: list[str]) -> list[StoryDoc]:
    """Every article of JSONL corpus files (folders walked) as a :class:`StoryDoc`, without the
    pipeline: ``id`` (else ``url``, else ``FILE:LINE``), ``title``, the first of ``text``/
    ``content``/``body``/``article``, the first of ``published``/``date``/``date_published``/
    ``date_extracted``, ``source``. Raises :class:`rasd.errors.InputError` naming the file
    and line of a line that is not a JSON object."""
    import json

    from rasd.corpus.files import corpus_files
    from rasd.errors import InputError

    docs: list[StoryDoc] = []
    for path in corpus_files(paths):
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            raise InputError(path, f"cannot read ({exc.strerror})") from None
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    raise InputError(f"{path}:{n}", f"not JSON ({exc})") from None
                if not isinstance(obj, dict):
                    raise InputError(f"{path}:{n}", f"expected a JSON object, got {type(obj).__name__}")
                aid = next((str(obj[k]) for k in ID_KEYS if obj.get(k) not in (None, "")), f"{path}:{n}")
                text = next((obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)), "")
                date = next((str(obj[k]) for k in DATE_KEYS if obj.get(k)), None)
                docs.append(StoryDoc(aid, str(obj.get("title") or ""), text, obj.get("source"), date))
    return docs

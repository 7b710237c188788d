"""Read: turn input paths into a stream of :class:`RawItem` (the first pipeline step).

``iter_items(paths)`` accepts files, folders (walked in sorted order) and
``-`` for stdin, and picks the reader by extension: ``.jsonl`` corpora are
streamed line by line (so is JSONL piped to ``-``); ``.warc``/``.warc.gz`` archives yield their HTML pages
(:mod:`rasd.read.warc`); ``.json`` holds one article; ``.html``/``.htm`` pages go
through trafilatura; anything else is read as plain text. In a corpus, an
input that cannot be read becomes a skipped item with its reason; with
``strict=True`` (one article given on its own) the error is raised instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from rasd.errors import InputError
from rasd.read.formats import iter_jsonl, iter_stdin_jsonl, read_html, read_json, read_text, stdin_kind
from rasd.read.items import RawItem
from rasd.read.warc import is_warc, iter_warc

__all__ = ["RawItem", "iter_items", "is_corpus", "read_one"]

TEXT_EXTS = {".txt", ".text", ""}
HTML_EXTS = {".html", ".htm", ".xhtml"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | {".json", ".jsonl", ".ndjson"}


def _ext(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def is_corpus(path: str) -> bool:
    """True when ``path`` holds many articles (a JSONL file or a folder, a WARC archive, or
    JSONL piped to stdin)."""
    if path == "-":
        return stdin_kind() == "jsonl"
    return (os.path.isdir(path) or _ext(path) in {".jsonl", ".ndjson"} or is_warc(path))


def read_one(path: str, fields: dict[str, str] | None = None) -> RawItem:
    """Read a single-article input; raises InputError on bad input."""
    if path != "-" and not os.path.exists(path):
        raise InputError(path, "no such file or folder")
    ext = _ext(path)
    if ext in HTML_EXTS:
        return read_html(path)
    if ext == ".json":
        return read_json(path, fields)
    return read_text(path, fields)


def _walk(folder: str) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and (_ext(name) in KNOWN_EXTS or is_warc(name)):
                yield os.path.join(root, name)


def iter_items(paths: Iterable[str], *, fields: dict[str, str] | None = None,
               strict: bool = False) -> Iterator[RawItem]:
    """All articles of ``paths``, in order (see module docstring)."""
    for path in paths:
        if path != "-" and not os.path.exists(path):
            if strict:
                raise InputError(path, "no such file or folder")
            yield RawItem(path, skip="no such file or folder")
            continue
        if path != "-" and os.path.isdir(path):
            yield from iter_items(_walk(path), fields=fields, strict=False)
            continue
        if path == "-" and stdin_kind() == "jsonl":
            yield from iter_stdin_jsonl(fields)
            continue
        if _ext(path) in {".jsonl", ".ndjson"}:
            yield from iter_jsonl(path, fields)
            continue
        if is_warc(path):
            try:
                yield from iter_warc(path)
            except InputError as exc:
                if strict:
                    raise
                yield RawItem(path, skip=exc.problem)
            continue
        try:
            yield read_one(path, fields)
        except InputError as exc:
            if strict:
                raise
            yield RawItem(path, skip=exc.problem)

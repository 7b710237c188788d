"""Read a corpus file for the standalone engines (no pipeline, no database).

``read_corpus(paths)`` yields ``(id, text, date)`` for every JSON object line
of the JSONL files given (a folder stands for the ``.jsonl``/``.ndjson`` files
under it, in sorted order): ``text`` is the title and the body (the first of
``text``/``content``/``body``/``article`` present) joined by a blank line;
``id`` is the ``id_field`` value (default: ``id``, else ``url``, else
``FILE:LINE``); ``date`` is the first of ``published``/``date``/
``date_published``/``date_extracted`` (used only to pick the earliest copy).

With ``skipped`` given, a line that cannot be used (not UTF-8, not JSON, not
an object, no id, no text) and a path that cannot be read are appended to it
as ``(where, problem)`` and reading goes on. Without it the first such line
raises :class:`InputError` naming file and line, and a line without text is
yielded with empty text (the behaviour the evaluation scripts rely on).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from rasd.errors import InputError

TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "date_published", "date_extracted")
CORPUS_EXTS = (".jsonl", ".ndjson")


def corpus_files(paths: list[str]) -> Iterator[str]:
    """The files of ``paths``: files as given, folders walked (sorted) for JSONL files."""
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(CORPUS_EXTS) and not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def _line(obj: object, where: str, id_field: str | None,
          text_field: str | None) -> tuple[str, str, str | None]:
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    if id_field:
        if obj.get(id_field) in (None, ""):
            raise InputError(where, f"no id field {id_field!r}")
        aid = str(obj[id_field])
    else:
        aid = str(obj.get("id") or obj.get("url") or where)
    keys = (text_field,) if text_field else TEXT_KEYS
    body = next((obj[k] for k in keys if isinstance(obj.get(k), str)), "")
    title = obj.get("title") if isinstance(obj.get("title"), str) else ""
    text = f"{title}\n\n{body}" if title else body
    date = next((str(obj[k]) for k in DATE_KEYS if obj.get(k)), None)
    return aid, text, date


def read_corpus(paths: list[str], id_field: str | None = None, text_field: str | None = None,
                skipped: list[tuple[str, str]] | None = None) -> Iterator[tuple[str, str, str | None]]:
    """``(id, text, date)`` of every usable line (see module docstring)."""

    def bad(exc: InputError) -> None:
        if skipped is None:
            raise exc
        skipped.append((exc.source, exc.problem))

    for path in corpus_files(paths):
        try:
            fh = open(path, "rb")
        except OSError as exc:
            bad(InputError(path, f"cannot open ({exc.strerror})"))
            continue
        with fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                where = f"{path}:{n}"
                try:
                    try:
                        line = raw.decode("utf-8-sig")
                    except UnicodeDecodeError as exc:
                        raise InputError(where, f"invalid UTF-8 at column {exc.start + 1}") from None
                    try:
                        obj = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(where, f"not JSON ({exc.msg})") from None
                    row = _line(obj, where, id_field, text_field)
                    if skipped is not None and not row[1].strip():
                        raise InputError(where, "no article text")
                    yield row
                except InputError as exc:
                    bad(exc)

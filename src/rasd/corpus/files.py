"""Read a corpus file for the standalone engines (no pipeline, no database).

``read_corpus(paths)`` yields ``(id, text, date)`` for every JSON object line
of the JSONL files given: ``text`` is the title and the body (the first of
``text``/``content``/``body``/``article`` present) joined by a blank line;
``id`` is the ``id_field`` value (default: ``id``, else ``url``, else
``FILE:LINE``); ``date`` is the first of ``published``/``date``/
``date_published``/``date_extracted`` (used only to pick the earliest copy).
Lines that are not JSON objects raise :class:`InputError` naming file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from rasd.errors import InputError

TEXT_KEYS = ("text", "content", "body", "article")
DATE_KEYS = ("published", "date", "date_published", "date_extracted")


def read_corpus(paths: list[str], id_field: str | None = None,
                text_field: str | None = None) -> Iterator[tuple[str, str, str | None]]:
    for path in paths:
        try:
            fh = open(path, encoding="utf-8")
        except OSError as exc:
            raise InputError(path, f"cannot open ({exc.strerror})") from None
        with fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}", f"not JSON ({exc.msg})") from None
                if not isinstance(obj, dict):
                    raise InputError(f"{path}:{n}", "expected a JSON object")
                if id_field:
                    if obj.get(id_field) in (None, ""):
                        raise InputError(f"{path}:{n}", f"no id field {id_field!r}")
                    aid = str(obj[id_field])
                else:
                    aid = str(obj.get("id") or obj.get("url") or f"{path}:{n}")
                keys = (text_field,) if text_field else TEXT_KEYS
                body = next((obj[k] for k in keys if isinstance(obj.get(k), str)), "")
                title = obj.get("title") if isinstance(obj.get("title"), str) else ""
                text = f"{title}\n\n{body}" if title else body
                date = next((str(obj[k]) for k in DATE_KEYS if obj.get(k)), None)
                yield aid, text, date

"""Readers for each input format, yielding :class:`RawItem`.

- plain text (``.txt`` or anything unrecognised): one article;
- ``-`` (stdin): sniffed — one JSON article object, a JSONL corpus (its first
  non-empty line is a JSON object), an HTML page, or plain text;
- HTML (``.html``/``.htm``, or text that starts like HTML): main text, title,
  date, author and site name via trafilatura (the ``html`` extra);
- ``.json``: one article object (``title``, ``text`` or ``content``,
  ``published``/``date``, ``url``, ``source``, ``id``, ``author``);
- ``.jsonl``: a corpus, one article object per line, streamed; field names
  are configurable (``fields={"text": "body", "id": "url"}``).

Single-article readers raise :class:`InputError`; the JSONL reader records a
bad line as a skipped item (``RawItem.skip``) and goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.errors import InputError, MissingExtraError
from rasd.read.guards import MAX_LINE_BYTES, decode_detect, read_bytes
from rasd.read.items import RawItem

# Record field -> the keys accepted for it in JSON input, in order of preference.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id"),
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "article"),
    "published": ("published", "date", "date_published", "publishing_date", "date_extracted"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "site", "sitename"),
    "author": ("author", "byline"),
}

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.I)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _iso_date(value: Any) -> str | None:
    """The ISO date (YYYY-MM-DD) at the start of a metadata value, or None (also for a
    value that is not a calendar date)."""
    if value is None:
        return None
    m = _DATE_RE.match(str(value).strip())
    if not m:
        return None
    try:  # 2026-13-45 is not a date: left out, so the text decides (as with no date)
        dt.date.fromisoformat(m.group(0))
    except ValueError:
        return None
    return m.group(0)


def item_from_object(obj: Any, origin: str, fields: dict[str, str] | None = None) -> RawItem:
    """Map a JSON object to a RawItem using ``fields`` overrides and the default key lists."""
    if not isinstance(obj, dict):
        return RawItem(origin, skip=f"expected a JSON object, got {type(obj).__name__}")
    meta: dict[str, str | None] = {}
    text: Any = None
    fields = fields or {}
    for name, keys in DEFAULT_FIELDS.items():
        chosen = fields.get(name)
        value = None
        for k in (chosen,) if chosen else keys:  # a plain loop: this runs for every article of a corpus
            v = obj.get(k)
            if v is not None and v != "":
                value = v
                break
        if name == "text":
            text = value
        elif name == "published":
            meta["published"] = _iso_date(value)
        else:
            meta[name] = None if value is None else str(value)
    if text is None:
        wanted = fields.get("text") or "/".join(DEFAULT_FIELDS["text"])
        return RawItem(origin, meta=meta, skip=f"no article text (field {wanted!r} missing or empty)")
    if not isinstance(text, str):
        return RawItem(origin, meta=meta, skip=f"article text is a {type(text).__name__}, not a string")
    if not text.strip():
        return RawItem(origin, meta=meta, skip="article text is empty")
    return RawItem(origin, text=text.replace("\r\n", "\n"), meta=meta)


_stdin_cache: list[tuple[object, bytes]] = []


def stdin_bytes() -> bytes:
    """All of stdin as bytes, read once (the sniffing and the reading share it)."""
    if _stdin_cache and _stdin_cache[0][0] is sys.stdin:
        return _stdin_cache[0][1]
    data = sys.stdin.buffer.read()
    _stdin_cache[:] = [(sys.stdin, data)]
    return data


def sniff_json(text: str) -> str:
    """``"json"`` (the whole text is one JSON value), ``"jsonl"`` (its first non-empty line is a
    JSON object and more lines follow) or ``"text"``."""
    head = text.lstrip()
    if not head.startswith(("{", "[")):
        return "text"
    try:
        json.loads(text)
        return "json"
    except json.JSONDecodeError:
        pass
    first = head.split("\n", 1)[0]
    try:
        return "jsonl" if isinstance(json.loads(first), dict) else "text"
    except json.JSONDecodeError:
        return "text"


def stdin_kind() -> str:
    """What stdin holds: ``"json"``, ``"jsonl"`` or ``"text"`` (also for undecodable input,
    which the text reader then refuses with its message)."""
    try:
        return sniff_json(decode_detect(stdin_bytes(), "<stdin>")[0])
    except InputError:
        return "text"


def iter_stdin_jsonl(fields: dict[str, str] | None = None) -> Iterator[RawItem]:
    """The articles of a JSONL corpus piped to stdin (``<stdin>:LINE``), bad lines skipped."""
    yield from _jsonl_lines(stdin_bytes().splitlines(keepends=True), "<stdin>", fields)


def _json_item(text: str, name: str, fields: dict[str, str] | None) -> RawItem:
    """One article from the text of a JSON document; raises InputError when it is not one."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(obj, list) and len(obj) == 1:
        obj = obj[0]
    elif isinstance(obj, list):
        raise InputError(name, f"holds a list of {len(obj)} items; a .json file is one article — "
                               "write a corpus as JSONL (one JSON object per line, .jsonl)")
    item = item_from_object(obj, name, fields)
    if item.skip:
        raise InputError(name, item.skip)
    return item


def read_text(path: str, fields: dict[str, str] | None = None) -> RawItem:
    """A plain-text file (or ``-`` for stdin) as one article; HTML-looking text goes through
    trafilatura, and stdin holding one JSON article is read as JSON."""
    if path == "-":
        data = stdin_bytes()
        name = "<stdin>"
    else:
        data = read_bytes(path)
        name = path
    text, encoding = decode_detect(data, name)
    if path == "-" and sniff_json(text) != "text":
        item = _json_item(text, name, fields)
    elif _HTML_START.match(text[:500]):
        item = html_item(text, name)
    else:
        item = RawItem(name, text=text)
    item.encoding = encoding
    return item


def html_item(html: str, name: str) -> RawItem:
    """Main text and metadata of an HTML page via trafilatura."""
    try:
        import trafilatura
    except ImportError:
        raise MissingExtraError("reading HTML", "html", "trafilatura") from None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(name, f"HTML could not be parsed: {exc}") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(name, "no article text found in the HTML page")
    published = _iso_date(doc.date)
    if published and published.endswith("-01-01"):
        # htmldate falls back to 1 January when it only finds a year (a copyright line): not a date.
        published = None
    meta = {"title": doc.title, "published": published, "url": doc.url, "source": doc.sitename,
            "author": doc.author}
    return RawItem(name, text=doc.text, meta=meta)


def read_html(path: str) -> RawItem:
    text, encoding = decode_detect(read_bytes(path), path)
    item = html_item(text, path)
    item.encoding = encoding
    return item


def read_json(path: str, fields: dict[str, str] | None = None) -> RawItem:
    """A ``.json`` file holding one article object."""
    text, encoding = decode_detect(read_bytes(path), path)
    item = _json_item(text, path, fields)
    item.encoding = encoding
    return item


def iter_jsonl(path: str, fields: dict[str, str] | None = None) -> Iterator[RawItem]:
    """Stream a JSONL corpus; a bad line becomes a skipped item with its reason."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        yield from _jsonl_lines(fh, path, fields)


def _jsonl_lines(lines: Iterable[bytes], path: str, fields: dict[str, str] | None) -> Iterator[RawItem]:
    """Items of JSONL ``lines`` (bytes); ``path`` names them (``path:LINE``) in messages."""
    for lineno, raw in enumerate(lines, 1):
        origin = f"{path}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_BYTES:
            yield RawItem(origin, skip=f"line is {len(raw) / 1e6:.1f} MB, over the limit for one article")
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield RawItem(origin, skip=f"invalid UTF-8 at column {exc.start + 1}")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawItem(origin, skip=f"invalid JSON at column {exc.colno}: {exc.msg}")
            continue
        yield item_from_object(obj, origin, fields)

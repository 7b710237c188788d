"""Checks that turn bytes into article text, or refuse with a clear message.

Every refusal raises :class:`~rasd.errors.InputError` naming the input and
the problem: empty input, binary data, invalid UTF-8 (with line and column),
or a file over the size limit (checked before reading, so a huge file never
fills memory).
"""

from __future__ import annotations

import os

from rasd.errors import InputError

# One article is a few KB; 20 MB of text is a corpus or a mistake. Corpora
# (JSONL, folders) are streamed item by item and have no total limit.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_LINE_BYTES = 20 * 1024 * 1024


def check_size(path: str, limit: int = MAX_ARTICLE_BYTES) -> None:
    """Refuse a single-article file larger than ``limit`` bytes."""
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > limit:
        raise InputError(
            path,
            f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one article; "
            "for a corpus use JSONL (one article per line) or a folder of files",
        )


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control bytes in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is dropped); normalise line endings to ``\\n``.

    Raises InputError for empty input, binary data and invalid UTF-8 — the
    message gives the byte offset, line and column of the first bad byte.
    """
    if not data.strip():
        raise InputError(name, "input is empty")
    if looks_binary(data):
        raise InputError(name, "input is binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        col = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1  # in characters
        raise InputError(
            name, f"invalid UTF-8 at byte {exc.start} (line {line}, column {col}): {exc.reason}"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "input is empty")
    return text


def read_bytes(path: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a whole single-article file after the size check."""
    check_size(path, limit)
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None

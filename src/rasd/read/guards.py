"""Checks that turn bytes into article text, or refuse with a clear message.

Every refusal raises :class:`~rasd.errors.InputError` naming the input and
the problem: empty input, binary data, bytes in no encoding rasd can tell
(invalid UTF-8, with line and column), or a file over the size limit
(checked before reading, so a huge file never fills memory).

The encoding is found the way browsers (and trafilatura) do it
(:func:`decode_detect`): a byte-order mark first (UTF-8, UTF-16, UTF-32),
then the charset the producer declared (an HTTP ``Content-Type`` header, an
HTML ``<meta charset>``) — unless the bytes are valid UTF-8 with non-ASCII
characters, which a legacy encoding almost never produces by accident while
re-encoded pages that kept their old declaration are common —, then UTF-8,
then a detector (charset-normalizer) for legacy encodings such as windows-1256. Bytes that are mostly valid UTF-8 with
a few broken sequences are refused as invalid UTF-8 rather than guessed: a
detector would turn them into mojibake.
"""

from __future__ import annotations

import codecs
import os
import re

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


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_UTF8_NAMES = {"utf-8", "utf8", "utf_8"}


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes, or many control bytes in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def declared_charset(data: bytes, content_type: str | None = None) -> tuple[str | None, str]:
    """The charset the producer declared and where: the HTTP header, else an HTML ``<meta>``.

    Returns ``(codec name or None, "HTTP header" | "HTML meta charset" | "")``; names Python
    does not know are ignored (the detector decides then).
    """
    found: list[tuple[str, str]] = []
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
        if m:
            found.append((m.group(1), "HTTP header"))
    mb = _META_CHARSET.search(data[:8192])
    if mb:
        found.append((mb.group(1).decode("ascii", "replace"), "HTML meta charset"))
    for name, where in found:
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec.startswith(("utf-16", "utf-32")):
            continue  # text with a BOM or zero bytes was decoded before; a stray UTF-16 label is wrong (WHATWG)
        return codec, where
    return None, ""


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: NULs only at odd (LE) or only at even (BE) offsets."""
    head = data[:8192]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    # NULs on one side only (spaces, digits and Latin letters have a zero byte; Arabic letters
    # have 0x06 there, so Arabic text shows them only at its spaces: one in ten bytes or fewer)
    if odd and not even and odd >= len(head) // 40:
        return "utf-16-le"
    if even and not odd and even >= len(head) // 40:
        return "utf-16-be"
    return None


def _looks_like_text(text: str) -> bool:
    """Decoded text that a person could read: mostly letters, digits, spaces and punctuation."""
    sample = text[:20000]
    if not sample.strip():
        return False
    bad = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f"))
    return bad / len(sample) < 0.01


def _mostly_arabic_or_latin(text: str) -> bool:
    """Nine in ten characters are ASCII, Arabic or common punctuation: what a news text in
    UTF-16 without a byte-order mark decodes to (binary data decodes to assorted CJK)."""
    sample = text[:20000]
    ok = sum(1 for c in sample if c < "\x80" or "\u0600" <= c <= "\u06ff" or "\u2000" <= c <= "\u206f"
             or "\ufb50" <= c <= "\ufeff" or c in "\xa0«»")
    return ok >= 0.9 * len(sample)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 with a few broken sequences (not another encoding)."""
    decoded = data[:200000].decode("utf-8", errors="replace")
    non_ascii = [c for c in decoded if ord(c) > 127]
    if not non_ascii:
        return True  # ASCII plus stray high bytes: nothing to detect from
    bad = sum(1 for c in non_ascii if c == "\ufffd")
    return bad / len(non_ascii) <= 0.5


def _utf8_error(data: bytes, name: str, exc: UnicodeDecodeError) -> InputError:
    line = data.count(b"\n", 0, exc.start) + 1
    line_start = data.rfind(b"\n", 0, exc.start) + 1
    col = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1  # in characters
    return InputError(name, f"invalid UTF-8 at byte {exc.start} (line {line}, column {col}): {exc.reason}")


def _detect(data: bytes) -> str | None:
    """A legacy encoding for ``data`` by charset-normalizer, or None (absent, or no answer)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(data[:200000]).best()
    return codecs.lookup(best.encoding).name if best is not None else None


def _finish(text: str, name: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "input is empty")
    return text


def decode_detect(data: bytes, name: str, content_type: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and say how: ``(text, "windows-1256 (HTML meta charset)")``.

    Order (see module docstring): BOM → declared charset (``content_type``, then an HTML
    ``<meta>``) → UTF-8 → charset-normalizer. Line endings become ``\\n``. Raises
    InputError for empty input, binary data, and bytes no step can decode (invalid UTF-8
    is reported with its byte offset, line and column).
    """
    if not data.strip():
        raise InputError(name, "input is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(name, f"invalid {codec.replace('-sig', '').upper()} after its byte-order mark "
                                       f"at byte {exc.start + len(bom)}") from None
            label = codec.replace("-sig", "").replace("-le", "").replace("-be", "")
            return _finish(text, name), f"{label} (byte-order mark)"
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if _looks_like_text(text) and _mostly_arabic_or_latin(text):
            return _finish(text, name), f"{utf16} (no byte-order mark; detected)"
    if looks_binary(data):
        raise InputError(name, "input is binary data, not text")
    charset, where = declared_charset(data, content_type)
    if charset and charset.replace("_", "-") not in _UTF8_NAMES:
        if not data.isascii():
            # Valid multi-byte UTF-8 is next to impossible by accident in a legacy encoding, while
            # pages re-encoded to UTF-8 that kept their old <meta charset> are common: trust the bytes.
            try:
                return _finish(data.decode("utf-8"), name), f"utf-8 (valid UTF-8; the {where} says {charset})"
            except UnicodeDecodeError:
                pass
        try:
            return _finish(data.decode(charset), name), f"{charset} ({where})"
        except UnicodeDecodeError as exc:
            raise InputError(name, f"cannot decode as {charset}, the {where}, at byte {exc.start}") from None
    try:
        return _finish(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as exc:
        if charset or _mostly_utf8(data):
            raise _utf8_error(data, name, exc) from None
        detected = _detect(data)
        if detected and detected.replace("_", "-") not in _UTF8_NAMES:
            try:
                text = data.decode(detected)
            except UnicodeDecodeError:
                text = ""
            if _looks_like_text(text):
                return _finish(text, name), f"{detected} (detected)"
        raise _utf8_error(data, name, exc) from None


def decode(data: bytes, name: str, content_type: str | None = None) -> str:
    """The text of ``data`` (see :func:`decode_detect`), without saying how it was decoded."""
    return decode_detect(data, name, content_type)[0]


def read_bytes(path: str, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a whole single-article file after the size check."""
    check_size(path, limit)
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None

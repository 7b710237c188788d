"""WARC archives (``.warc``, ``.warc.gz``): every archived HTML page as one article.

Read with warcio (the ``warc`` extra). Each ``response`` (or ``resource``)
record whose content type is HTML becomes a :class:`RawItem` through the same
trafilatura path as an HTML file, with the record's target URI as ``url``. The
page is decoded with the charset its HTTP header or ``<meta>`` declares
(Arabic sites still serve windows-1256), else as UTF-8, else as a detector says.

Nothing is lost silently: an HTML page that cannot be used (an HTTP error
status, undecodable bytes, no article text) is a skipped item with its reason;
records that are not pages (requests, metadata, images, scripts) are not
articles and are passed over. The item's ``origin`` is ``file.warc.gz#N`` (the
record's position in the archive) for messages.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from typing import BinaryIO

from rasd.errors import InputError, MissingExtraError
from rasd.read.formats import html_item
from rasd.read.guards import decode_detect
from rasd.read.items import RawItem


def is_warc(path: str) -> bool:
    low = path.lower()
    return low.endswith((".warc", ".warc.gz"))


def page_text(payload: bytes, content_type: str, origin: str) -> tuple[str, str]:
    """The page as text and how it was decoded: BOM, declared charset (header, then ``<meta>``),
    UTF-8, then a detector (:func:`rasd.read.guards.decode_detect`)."""
    return decode_detect(payload, origin, content_type)


def _starts_like_warc(fh: BinaryIO) -> bool:
    """Peek at the first bytes (through gzip when compressed) for the WARC version line."""
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=fh) as gz:
                head = gz.read(5)
        except (OSError, EOFError):
            return False
        finally:
            fh.seek(0)
        return head == b"WARC/"
    head = fh.read(5)
    fh.seek(0)
    return head == b"WARC/"


def iter_warc(path: str) -> Iterator[RawItem]:
    """The HTML pages of a WARC file as raw articles (see module docstring)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise MissingExtraError("reading WARC archives", "warc", "warcio") from None
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    with fh:
        if not _starts_like_warc(fh):
            raise InputError(path, "not a WARC archive (it does not start with a WARC/1.x record)")
        try:
            for n, record in enumerate(ArchiveIterator(fh), 1):
                if record.rec_type not in ("response", "resource"):
                    continue
                origin = f"{path}#{n}"
                http = record.http_headers
                ctype = (http.get_header("Content-Type") if http else None) \
                    or record.rec_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = http.get_statuscode() if http else "200"
                if status and not status.startswith("2"):
                    yield RawItem(origin, skip=f"HTTP status {status} for {url}")
                    continue
                try:
                    text, encoding = page_text(record.content_stream().read(), ctype, origin)
                    item = html_item(text, origin)
                    item.encoding = encoding
                except InputError as exc:
                    yield RawItem(origin, skip=exc.problem)
                    continue
                if url:
                    item.meta["url"] = url
                yield item
        except ArchiveLoadFailed as exc:
            raise InputError(path, f"not a readable WARC archive: {exc}") from None

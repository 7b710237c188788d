"""What readers yield: one raw article with its metadata and where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawItem:
    """One raw article as read, before repair.

    ``text`` is the raw article text (for HTML, the main text trafilatura
    extracted); ``meta`` holds given metadata (``id``, ``url``, ``source``,
    ``title``, ``published``, ``author``); ``origin`` names where it came from
    (``file.jsonl:12``) for messages; ``skip`` is set (with the reason) instead
    of ``text`` when the item cannot be processed, so corpora record skips
    instead of stopping; ``encoding`` says how the bytes were decoded
    (``"utf-8"``, ``"windows-1256 (HTML meta charset)"``), None when the input
    was already text (a JSONL line is UTF-8 by definition); ``evidence`` is
    what the other articles of the batch say about its lines
    (:class:`rasd.repair.evidence.ArticleHints`, set by
    :func:`rasd.pipeline.with_corpus_evidence`), None when nothing.
    """

    origin: str
    text: str = ""
    meta: dict[str, str | None] = field(default_factory=dict)
    skip: str | None = None
    encoding: str | None = None
    evidence: object | None = None

"""The dates layer: every time expression of the article, resolved against its publication date.

``annotate(article)`` fills ``article.dates`` with :class:`rasd.record.TimeExpr`
records (``start``/``end`` into ``article.text``, ``type`` DATE | TIME |
DURATION | SET, ``value`` in TIMEX3 form, ``hijri`` for Hijri dates). It reads
``article.published`` (metadata, or inferred by :mod:`rasd.analyse.time.published`,
which the pipeline runs first) as the anchor; without one, relative
expressions keep their span and type and a None value.

The grammar and the calendar conventions (weeks start on Sunday; Hijri via
hijridate; past-tense context picks the previous weekday) are in
:mod:`rasd.analyse.time.timex`, :mod:`rasd.analyse.time.grammar` and
:mod:`rasd.analyse.time.resolve`.
"""

from __future__ import annotations

from datetime import date

from rasd.analyse.time import timex
from rasd.analyse.time.published import mentions_of
from rasd.arabic.normalize import normalize
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, TimeExpr


def anchor_of(article: Article) -> date | None:
    """The publication day as a date (first 10 chars of ``published``), or None."""
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines/paragraphs of ``text``."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def annotate(article: Article) -> None:
    """Fill ``article.dates`` (see module docstring)."""
    text = article.text
    anchor = anchor_of(article)
    out: list[timex.Resolved] = []
    for mt in mentions_of(text):
        typ, val, hij = timex.resolve(mt, anchor)
        out.append(timex.Resolved(mt.start, mt.end, typ, val, hij, mt))
    timex.attach_clock_days(out, split_sentences(text))
    timex.attach_clock_days(out, paragraphs(text))  # no day in the sentence: the paragraph's
    timex.attach_paren_weekdays(out, text)
    timex.attach_repeated_weekdays(out)
    article.dates = [TimeExpr(r.start, r.end, text[r.start:r.end], r.type, r.value, r.hijri,
                              timex.mod_of(normalize(text[r.start:r.end]), r.value)) for r in out]

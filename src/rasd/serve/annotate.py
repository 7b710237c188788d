"""The annotated article: the record's text as HTML, entities, dates and quotes marked and linked.

:func:`annotated_paragraphs` turns a record (the JSON dict of
:class:`rasd.record.Article`) into one HTML string per paragraph (the title
first, when there is one). Spans are character offsets into ``text``; quotes
are the outer layer (``<q>``), entity mentions and dates the inner one
(``<a class="ent|date">``). A span that crosses a paragraph or a quote
boundary is clipped to it (quotes) or left unmarked (inner spans), so the HTML
is always well nested. Every piece of text is escaped; links are built with
``link_entity(key)`` / ``link_date(value)`` callbacks, so this module knows
nothing about URLs.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from rasd.serve.queries import entity_key

PARAGRAPH_SEP = "\n\n"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for part in text.split(PARAGRAPH_SEP):
        out.append((pos, pos + len(part)))
        pos += len(part) + len(PARAGRAPH_SEP)
    return out


def _inner_spans(rec: dict[str, Any], link_entity: Callable[[str], str],
                 link_date: Callable[[str], str | None]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, open tag, close tag) of entity mentions and dates, longest first on ties."""
    spans: list[tuple[int, int, str, str]] = []
    for e in rec.get("entities") or []:
        key = entity_key(e.get("name") or "")
        title = escape(f"{e.get('type')} · {e.get('name')}", quote=True)
        tag = (f'<a class="ent ent-{escape(str(e.get("type")).lower(), quote=True)}" data-entity="{escape(key, quote=True)}" '
               f'href="{escape(link_entity(key), quote=True)}" title="{title}">')
        for m in e.get("mentions") or []:
            spans.append((m["start"], m["end"], tag, "</a>"))
    for d in rec.get("dates") or []:
        value = str(d.get("value") or "")
        href = link_date(value)
        title = escape(f"{d.get('type')} {value}", quote=True)
        if href:
            spans.append((d["start"], d["end"], f'<a class="date" href="{escape(href, quote=True)}" title="{title}">',
                          "</a>"))
        else:
            spans.append((d["start"], d["end"], f'<span class="date" title="{title}">', "</span>"))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, str, str]] = []
    end = -1
    for s in spans:
        if s[0] >= end and s[1] > s[0]:
            out.append(s)
            end = s[1]
    return out


def _quote_spans(rec: dict[str, Any], speaker_name: Callable[[str | None], str | None]
                 ) -> list[tuple[int, int, str, str]]:
    out: list[tuple[int, int, str, str]] = []
    end = -1
    for i, q in sorted(enumerate(rec.get("quotes") or []), key=lambda iq: iq[1]["start"]):
        if q["start"] < end or q["end"] <= q["start"]:
            continue
        who = speaker_name(q.get("speaker")) or ""
        title = escape(f"{q.get('kind')} · {who}".strip(" ·"), quote=True)
        out.append((q["start"], q["end"], f'<q class="quote quote-{escape(str(q.get("kind")), quote=True)}" '
                    f'id="q{i + 1}" title="{title}">', "</q>"))
        end = q["end"]
    return out


def _render(text: str, start: int, end: int, inner: list[tuple[int, int, str, str]]) -> str:
    """``text[start:end]`` with the inner spans lying wholly inside it marked."""
    out, pos = [], start
    for s, e, open_, close in inner:
        if s < start or e > end:
            continue
        out.append(escape(text[pos:s]) + open_ + escape(text[s:e]) + close)
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def annotated_paragraphs(rec: dict[str, Any], link_entity: Callable[[str], str],
                         link_date: Callable[[str], str | None]) -> list[str]:
    """One HTML string per paragraph of ``rec["text"]`` (see module docstring)."""
    text = rec.get("text") or ""
    by_id = {e.get("id"): e.get("name") for e in rec.get("entities") or []}
    inner = _inner_spans(rec, link_entity, link_date)
    quotes = _quote_spans(rec, lambda sp: by_id.get(sp) or sp)
    paras = []
    for ps, pe in _paragraph_spans(text):
        out, pos = [], ps
        for qs, qe, open_, close in quotes:
            qs, qe = max(qs, ps), min(qe, pe)
            if qs >= qe:
                continue
            out.append(_render(text, pos, qs, inner) + open_ + _render(text, qs, qe, inner) + close)
            pos = qe
        out.append(_render(text, pos, pe, inner))
        paras.append("".join(out))
    return paras

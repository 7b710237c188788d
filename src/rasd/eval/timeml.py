"""Read TimeML documents (inline TIMEX3 tags) into plain text with gold time expressions (pure).

``parse(markup)`` returns the text with every tag removed, the TIMEX3 expressions as
``{"start", "end", "text", "type", "value"}`` (offsets into that text) and the document creation
time: the TIMEX3 whose ``functionInDocument`` is ``CREATION_TIME``, else the text of a ``<DCT>``
element, else None. The creation-time expression itself is not scored (it is metadata, not text
of the article). Entities (``&amp;``, ``&#1575;``) are decoded; offsets count decoded characters.
Nested or unclosed TIMEX3 tags, and a file that is not TimeML at all, raise ``ValueError``
with the position.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)([^>]*)>|<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", re.S)
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_SKIP = {"dct", "title", "docid", "extrainfo"}  # metadata elements whose text is not the article's


def _attrs(s: str) -> dict[str, str]:
    return {k.lower(): html.unescape(v[1:-1]) for k, v in _ATTR.findall(s or "")}


def parse(markup: str) -> tuple[str, list[dict], str | None]:
    """(text, gold TIMEX3 expressions, document creation time) of one TimeML document."""
    if "<TIMEX3" not in markup and "<timex3" not in markup.lower():
        if "<TimeML" not in markup and "<DCT" not in markup:
            raise ValueError("no TimeML markup (no TIMEX3, TimeML or DCT element)")
    out: list[str] = []
    pos = 0  # length of the decoded text so far
    gold: list[dict] = []
    open_timex: dict | None = None
    skip_depth = 0
    dct: str | None = None
    dct_text: list[str] = []
    last = 0
    for m in _TAG.finditer(markup):
        chunk = html.unescape(markup[last:m.start()])
        last = m.end()
        if skip_depth:
            dct_text.append(chunk)
        else:
            out.append(chunk)
            pos += len(chunk)
        closing, name = m.group(1), (m.group(2) or "").lower()
        if not name:
            continue
        self_closing = (m.group(3) or "").rstrip().endswith("/")
        if name in _SKIP:
            if closing:
                skip_depth = max(0, skip_depth - 1)
            elif not self_closing:
                skip_depth += 1
            continue
        if name != "timex3":
            continue
        if closing:
            if open_timex is None:
                raise ValueError(f"closing TIMEX3 without an opening tag at character {m.start()}")
            if not open_timex.pop("_meta"):
                open_timex["end"] = pos
                open_timex["text"] = "".join(out)[open_timex["start"]:pos]
                gold.append(open_timex)
            open_timex = None
            continue
        a = _attrs(m.group(3))
        if a.get("functionindocument", "").upper() == "CREATION_TIME" and a.get("value"):
            dct = a["value"]
        if self_closing:
            continue
        if open_timex is not None:
            raise ValueError(f"nested TIMEX3 at character {m.start()}")
        open_timex = {"start": pos, "type": (a.get("type") or "DATE").upper(), "value": a.get("value"),
                      "_meta": bool(skip_depth) or a.get("functionindocument", "").upper() == "CREATION_TIME"}
    tail = html.unescape(markup[last:])
    out.append(tail)
    if open_timex is not None:
        raise ValueError("a TIMEX3 tag is not closed")
    if dct is None and dct_text:
        found = re.search(r"\d{4}-\d\d-\d\d|\d{8}", "".join(dct_text))
        if found:
            d = found.group(0)
            dct = d if "-" in d else f"{d[:4]}-{d[4:6]}-{d[6:]}"
    return "".join(out), gold, dct

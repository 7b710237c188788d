"""Query parameters shared by pages and API: declared once, validated with one-line 4xx messages.

HTML forms send empty fields (``since=``), so an empty value means "no
filter"; anything else must be well formed: dates are ``YYYY-MM-DD`` and
real calendar dates, an event type is an upper-case PLOVER code, the query
and names have bounded lengths, page numbers and sizes are capped. Bad values
raise :class:`fastapi.HTTPException` 422 naming the parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from rasd.corpus.search import Filters

MAX_QUERY = 500
MAX_PAGE = 500
MAX_SIZE = 100
_TYPE = re.compile(r"^[A-Z][A-Z_]{0,39}$")

Q = Annotated[str, Query(max_length=MAX_QUERY, description="search words; \"a phrase\", a OR b, -word")]
Outlet = Annotated[list[str] | None, Query(max_length=20, description="outlet (source); repeatable")]
Since = Annotated[str, Query(max_length=10, description="published on or after YYYY-MM-DD")]
Until = Annotated[str, Query(max_length=10, description="published on or before YYYY-MM-DD")]
EntityP = Annotated[str, Query(max_length=200, description="articles mentioning this entity")]
EventType = Annotated[str, Query(alias="event_type", max_length=40, description="PLOVER event type, e.g. CONSULT")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page number (1–{MAX_PAGE})")]
Size = Annotated[int, Query(ge=1, le=MAX_SIZE, description=f"items per page (1–{MAX_SIZE})")]
Lang = Annotated[str, Query(pattern="^(ar|en)$", description="interface language: ar (default) or en")]


def bad(name: str, problem: str) -> HTTPException:
    return HTTPException(422, f"{name}: {problem}")


def check_date(name: str, value: str) -> str | None:
    """``value`` as an ISO date, None when empty; 422 otherwise."""
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise bad(name, f"expected a date YYYY-MM-DD, got {value!r}") from None
    return value


def check_type(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    if not _TYPE.match(value):
        raise bad("event_type", f"expected a PLOVER type such as CONSULT, got {value!r}")
    return value


@dataclass
class FilterArgs:
    """The validated filters of a request, and the raw values to refill a form with."""

    filters: Filters
    event_type: str | None
    form: dict[str, object]

    def any(self) -> bool:
        f = self.filters
        return bool(f.sources or f.since or f.until or f.entity or self.event_type)


def filter_args(outlet: list[str] | None, since: str, until: str, entity: str, event_type: str) -> FilterArgs:
    """Validate the filter parameters (see module docstring)."""
    outlets = [o.strip() for o in outlet or [] if o.strip()]
    for o in outlets:
        if len(o) > 100:
            raise bad("outlet", "longer than 100 characters")
    s, u = check_date("since", since), check_date("until", until)
    if s and u and s > u:
        raise bad("since", f"{s} is after until {u}")
    et = check_type(event_type)
    ent = entity.strip() or None
    return FilterArgs(Filters(outlets or None, s, u, ent, et), et,
                      {"outlet": outlets, "since": s or "", "until": u or "", "entity": ent or "",
                       "event_type": et or ""})

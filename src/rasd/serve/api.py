"""The JSON API under ``/api/``: everything the pages show, as JSON (OpenAPI at ``/openapi.json``).

Errors are ``{"error": "<one line>"}`` with a 4xx/5xx status (see
:mod:`rasd.serve.app`). Search snippets mark hits with ``<<`` and ``>>`` here
(the pages use ``<mark>``), so JSON clients get plain text.
"""

from __future__ import annotations

import io
import os
import tempfile
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response, StreamingResponse

from rasd.analyse.events import table as event_table
from rasd.serve import queries
from rasd.serve.params import EntityP, EventType, Outlet, Page, Q, Since, Size, Until, bad, filter_args

router = APIRouter(prefix="/api", tags=["api"])

MAX_EXPORT = 100_000  # event rows in one download
INGEST_EXTS = {".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".warc", ".gz"}


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


@router.get("/overview", summary="Corpus counts, outlets, event types, date span")
def overview(request: Request) -> dict[str, Any]:
    return _ctx(request).overview()


@router.get("/search", summary="Search articles: hits with snippets, total, facets")
def search(request: Request, q: Q = "", outlet: Outlet = None, since: Since = "", until: Until = "",
           entity: EntityP = "", event_type: EventType = "", page: Page = 1, size: Size = 20) -> dict[str, Any]:
    fa = filter_args(outlet, since, until, entity, event_type)
    return queries.search_page(_ctx(request).conn(), q, fa.filters, page, size, ("<<", ">>"))


@router.get("/articles/{rowid}", summary="One stored article: its full record and near-duplicate link")
def article(request: Request, rowid: int) -> dict[str, Any]:
    if rowid < 1:
        raise bad("rowid", "must be a positive integer")
    a = queries.article(_ctx(request).conn(), rowid)
    if a is None:
        raise bad_404(f"no article {rowid}")
    return a


def bad_404(message: str) -> HTTPException:
    return HTTPException(404, message)


@router.get("/entities/{key:path}", summary="One entity across the corpus (key: its normalized name)")
def entity(request: Request, key: str) -> dict[str, Any]:
    key = queries.entity_key(key.strip())
    if not key or len(key) > 200:
        raise bad("key", "expected an entity name of 1–200 characters")
    e = queries.entity(_ctx(request).conn(), key)
    if e is None:
        raise bad_404(f"no entity {key!r} in this corpus")
    return e


def _stories_or_503(request: Request) -> list[Any]:
    stories = _ctx(request).stories.get(wait=20.0)
    if stories is None:
        raise HTTPException(503, "stories are being computed; retry in a few seconds")
    return stories


@router.get("/stories", summary="Stories across outlets (largest first), paginated; storylines when available")
def stories(request: Request, page: Page = 1, size: Size = 20,
            min_outlets: Annotated[int, Query(ge=1, le=50)] = 1) -> dict[str, Any]:
    all_ = [s for s in _stories_or_503(request) if len(s.outlets) >= min_outlets]
    chunk = all_[(page - 1) * size: page * size]
    return {"total": len(all_), "page": page, "size": size, "stories": [s.to_dict() for s in chunk],
            "storylines": _ctx(request).stories.storylines}


@router.get("/stories/{sid}", summary="One story with its articles (titles, outlets, dates)")
def story(request: Request, sid: str) -> dict[str, Any]:
    if len(sid) > 40:
        raise bad("sid", "too long")
    _stories_or_503(request)
    s = _ctx(request).stories.story(sid)
    if not s:
        raise bad_404(f"no story {sid!r}")
    return story_detail(_ctx(request).conn(), s)


def story_detail(conn: Any, s: Any) -> dict[str, Any]:
    """A story's dict with one entry per member article (rowid, title, outlet, date)."""
    meta = queries.rowids_of(conn, s.members)
    arts = [{"id": m, "rowid": meta[m][0], "title": meta[m][1], "source": meta[m][2], "published": meta[m][3]}
            for m in s.members if m in meta]
    return {**s.to_dict(), "articles": arts}


@router.get("/events", summary="Event rows (one per event), filterable, paginated")
def events(request: Request, outlet: Outlet = None, since: Since = "", until: Until = "", entity: EntityP = "",
           event_type: EventType = "", page: Page = 1, size: Size = 50) -> dict[str, Any]:
    fa = filter_args(outlet, since, until, entity, event_type)
    return queries.events_page(_ctx(request).conn(), fa.filters, fa.event_type, page, size)


@router.get("/events/counts", summary="Event counts per publication day and type")
def event_counts(request: Request, outlet: Outlet = None, since: Since = "", until: Until = "",
                 entity: EntityP = "", event_type: EventType = "") -> dict[str, Any]:
    fa = filter_args(outlet, since, until, entity, event_type)
    return queries.event_counts(_ctx(request).conn(), fa.filters, fa.event_type)


@router.get("/events/export", summary="Download the filtered event table as CSV or Parquet",
            response_class=Response)
def events_export(request: Request, format: Annotated[str, Query(pattern="^(csv|parquet)$")] = "csv",
                  outlet: Outlet = None, since: Since = "", until: Until = "", entity: EntityP = "",
                  event_type: EventType = "") -> Response:
    fa = filter_args(outlet, since, until, entity, event_type)
    rows = queries.events_page(_ctx(request).conn(), fa.filters, fa.event_type, None, MAX_EXPORT)["rows"]
    if format == "csv":
        buf = io.StringIO()
        event_table.write_csv(buf, rows)
        return StreamingResponse(iter([buf.getvalue().encode("utf-8-sig")]), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="rasd-events.csv"'})
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "events.parquet")
        event_table.write_parquet(path, rows)
        with open(path, "rb") as fh:
            data = fh.read()
    return Response(data, media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": 'attachment; filename="rasd-events.parquet"'})


def analyse_upload(file: UploadFile | None, text: str, title: str) -> dict[str, Any]:
    """Analyse one uploaded file (its first article) or pasted text; returns the record with raw."""
    from rasd.pipeline import process_item
    from rasd.read import iter_items
    from rasd.read.items import RawItem

    if file is not None and file.filename:
        name = os.path.basename(file.filename)
        ext = os.path.splitext(name)[1].lower()
        if ext not in INGEST_EXTS:
            raise bad("file", f"{name}: unsupported type {ext or '(none)'}; give text, HTML, JSON, JSONL or WARC")
        data = file.file.read()
        if not data.strip():
            raise bad("file", f"{name}: empty")
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, name if ext != ".gz" or name.endswith(".warc.gz") else name + ".txt")
            with open(path, "wb") as fh:
                fh.write(data)
            item = next(iter(iter_items([path])), None)
            if item is None:
                raise bad("file", f"{name}: no article found")
            item.origin = name
            art = process_item(item, **({"title": title} if title else {}))
    elif text.strip():
        art = process_item(RawItem("<text>", text=text), **({"title": title} if title else {}))
    else:
        raise bad("text", "give a file or paste an article")
    return art.to_dict(include_raw=True)


@router.post("/ingest", summary="Analyse one article (file upload or pasted text) in place; nothing is stored")
def ingest(file: Annotated[UploadFile | None, File(description="text, HTML, JSON(L) or WARC")] = None,
           text: Annotated[str, Form(max_length=1_000_000)] = "",
           title: Annotated[str, Form(max_length=500)] = "") -> dict[str, Any]:
    return {"record": analyse_upload(file, text, title)}

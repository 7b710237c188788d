"""The HTML pages: search, article, entity, stories, events, ingest, and the offline API docs.

Each page reads through the same functions as the API (:mod:`rasd.serve.api`,
:mod:`rasd.serve.queries`) and renders a Jinja2 template; the ``lang`` query
parameter (``ar`` default, ``en``) picks the interface language and is kept
by every link.
"""

from __future__ import annotations

import math
import re
from html import escape
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse

from rasd.serve import charts, queries
from rasd.serve.annotate import annotated_paragraphs
from rasd.serve.api import analyse_upload, story_detail
from rasd.serve.app import url_maker
from rasd.serve.params import EntityP, EventType, Lang, Outlet, Page, Q, Since, Size, Until, filter_args

router = APIRouter(include_in_schema=False)
_MARK_RE = re.compile(r"\x02(.*?)\x03", re.S)


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _marked(snippet: str) -> str:
    """A snippet with \\x02…\\x03 hit marks as escaped HTML with <mark> tags."""
    return _MARK_RE.sub(lambda m: f"<mark>{m.group(1)}</mark>", escape(snippet))


def _pages(total: int, page: int, size: int) -> int:
    return max(1, min(math.ceil(total / size), 500))


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Q = "", outlet: Outlet = None, since: Since = "", until: Until = "",
                entity: EntityP = "", event_type: EventType = "", page: Page = 1, size: Size = 20,
                lang: Lang = "ar") -> HTMLResponse:
    fa = filter_args(outlet, since, until, entity, event_type)
    conn = _ctx(request).conn()
    res = queries.search_page(conn, q, fa.filters, page, size, ("\x02", "\x03"))
    for h in res["hits"]:
        h["snippet_html"] = _marked(h["snippet"])
    return _ctx(request).render(request, "search.html", res=res, form={"q": q, **fa.form},
                                overview=_ctx(request).overview(), pages=_pages(res["total"], page, size),
                                searched=bool(q.strip()) or fa.any())


def _entity_link(lang: str) -> Any:
    url = url_maker(lang)
    return lambda key: url("/entity/" + quote(key, safe=""))


def _date_link(lang: str) -> Any:
    url = url_maker(lang)

    def link(value: str) -> str | None:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return url("/search", since=value, until=value)
        return None

    return link


def _article_view(request: Request, rec: dict[str, Any], lang: str) -> dict[str, Any]:
    """What article.html needs beyond the record: annotated paragraphs, event rows, names by id."""
    from rasd.analyse.events import table as event_table
    from rasd.record import Article

    paras = annotated_paragraphs(rec, _entity_link(lang), _date_link(lang))
    rows = event_table.rows(Article.from_dict(rec)) if rec.get("events") else []
    names = {e["id"]: e["name"] for e in rec.get("entities") or []}
    return {"paragraphs": paras, "event_rows": rows, "names": names,
            "entity_key": queries.entity_key, "has_title": bool(rec.get("title"))}


@router.get("/article/{rowid}", response_class=HTMLResponse)
def article_page(request: Request, rowid: int, lang: Lang = "ar") -> HTMLResponse:
    a = queries.article(_ctx(request).conn(), rowid) if rowid > 0 else None
    if a is None:
        raise HTTPException(404, f"no article {rowid}")
    return _ctx(request).render(request, "article.html", a=a, rec=a["record"], stored=True,
                                **_article_view(request, a["record"], lang))


@router.get("/entity/{key:path}", response_class=HTMLResponse)
def entity_page(request: Request, key: str, lang: Lang = "ar") -> HTMLResponse:
    key = queries.entity_key(key.strip())
    if not key or len(key) > 200:
        raise HTTPException(422, "key: expected an entity name of 1–200 characters")
    e = queries.entity(_ctx(request).conn(), key)
    if e is None:
        raise HTTPException(404, f"no entity {key!r} in this corpus")
    chart = charts.bar_chart(e["articles_per_day"], "articles per day")
    return _ctx(request).render(request, "entity.html", e=e, chart=chart,
                                entity_url=_entity_link(lang))


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, page: Page = 1, lang: Lang = "ar") -> HTMLResponse:
    cache = _ctx(request).stories
    stories = cache.get(wait=20.0)
    if stories is None:
        return _ctx(request).render(request, "computing.html", 503)
    size = 25
    chunk = stories[(page - 1) * size: page * size]
    return _ctx(request).render(request, "stories.html", stories=chunk, total=len(stories), page=page,
                                pages=_pages(len(stories), page, size), storylines=cache.storylines,
                                error=cache.error)


@router.get("/stories/{sid}", response_class=HTMLResponse)
def story_page(request: Request, sid: str, lang: Lang = "ar") -> HTMLResponse:
    s = _ctx(request).stories.story(sid[:40], wait=20.0)
    if s is False:
        return _ctx(request).render(request, "computing.html", 503)
    if s is None:
        raise HTTPException(404, f"no story {sid!r}")
    d = story_detail(_ctx(request).conn(), s)
    tl = charts.timeline([(a["published"] or "", a["source"] or "?", a["title"] or "") for a in d["articles"]],
                         "timeline")
    return _ctx(request).render(request, "story.html", s=d, timeline=tl)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, outlet: Outlet = None, since: Since = "", until: Until = "",
                entity: EntityP = "", event_type: EventType = "", page: Page = 1, size: Size = 50,
                lang: Lang = "ar") -> HTMLResponse:
    fa = filter_args(outlet, since, until, entity, event_type)
    conn = _ctx(request).conn()
    res = queries.events_page(conn, fa.filters, fa.event_type, page, size)
    counts = queries.event_counts(conn, fa.filters, fa.event_type)
    chart = charts.stacked_chart(counts["days"], counts["types"], counts["counts"], "events per day by type")
    return _ctx(request).render(request, "events.html", res=res, form=fa.form, chart=chart,
                                entity_key=queries.entity_key,
                                overview=_ctx(request).overview(), pages=_pages(res["total"], page, size))


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request, lang: Lang = "ar") -> HTMLResponse:
    return _ctx(request).render(request, "ingest.html", max_kib=_ctx(request).max_body // 1024)


@router.post("/ingest", response_class=HTMLResponse)
def ingest_post(request: Request, file: Annotated[UploadFile | None, File()] = None,
                text: Annotated[str, Form(max_length=1_000_000)] = "",
                title: Annotated[str, Form(max_length=500)] = "", lang: Lang = "ar") -> HTMLResponse:
    rec = analyse_upload(file, text, title)
    return _ctx(request).render(request, "article.html", a=None, rec=rec, stored=False,
                                **_article_view(request, rec, lang))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request, lang: Lang = "ar") -> HTMLResponse:
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "type": p.get("schema", {}).get("type") or "/".join(
                           x.get("type", "") for x in p.get("schema", {}).get("anyOf", []))}
                      for p in op.get("parameters", [])]
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params})
    return _ctx(request).render(request, "docs.html", ops=ops, info=spec.get("info", {}))

"""The web application: ``create_app(db)`` builds a FastAPI app over one corpus database.

Contract:

- Pages (HTML, Arabic first, ``dir="rtl"``; ``?lang=en`` for an English
  interface) and a JSON API under ``/api/`` show the same data, read through
  :mod:`rasd.serve.queries`. Pages work without JavaScript; the one small
  script (``static/app.js``, shipped in the package) only adds an upload
  progress display. Nothing is loaded from the internet: ``/docs`` is a
  server-rendered list of the endpoints of ``/openapi.json``.
- Limits: request bodies over ``max_body`` bytes get 413; a request running
  over ``timeout`` seconds gets 503 (the worker thread finishes in the
  background, its result dropped); page sizes and depths are capped; every
  query parameter is validated and a bad one gets a 4xx with a one-line
  message naming it; an unexpected error gets a 500 with no details (the
  traceback goes to the server's stderr only).
- The database is opened per worker thread, query-only; the ingest page
  analyses an uploaded article in memory and stores nothing.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasd.corpus.store import Store
from rasd.errors import RasdError, StoreError
from rasd.serve.i18n import LANGS, translator

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_MAX_BODY = 2 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0


# Pages may load only this server's own files: stored text cannot pull in or run anything.
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; object-src 'none'; "
                                 b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class BodyTooLarge(HTTPException):
    """Raised while reading a request body past the limit (an HTTPException so FastAPI passes it on)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit // 1024} KiB")


class Limits:
    """Pure ASGI middleware: body size and wall-time limits (see module docstring)."""

    def __init__(self, app: ASGIApp, max_body: int, timeout: float) -> None:
        self.app, self.max_body, self.timeout = app, max_body, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        for name, value in scope.get("headers") or []:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_body:
                await _send_error(scope, send, 413, f"request body larger than {self.max_body // 1024} KiB")
                return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            seen += len(msg.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge(self.max_body)
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                msg["headers"] = [*msg.get("headers", []), *SECURITY_HEADERS]
            await send(msg)

        try:
            await asyncio.wait_for(self.app(scope, limited_receive, tracking_send), self.timeout)
        except TimeoutError:
            if not started:
                await _send_error(scope, send, 503, f"the request took longer than {self.timeout:g} s")


async def _send_error(scope: Scope, send: Send, status: int, message: str) -> None:
    resp = (JSONResponse({"error": message}, status) if scope.get("path", "").startswith("/api")
            else HTMLResponse(f"<!doctype html><meta charset='utf-8'><title>{status}</title><p>{message}</p>",
                              status))
    await resp(scope, _noop_receive, send)


async def _noop_receive() -> Message:
    return {"type": "http.disconnect"}


class Context:
    """What every request needs: the database (one read-only connection per thread), templates, limits."""

    def __init__(self, db: str, max_body: int, timeout: float) -> None:
        if db.startswith(("postgresql://", "postgres://")):
            raise StoreError(f"{db.split('@')[-1]}: rasd serve reads SQLite corpus databases only, not PostgreSQL")
        with Store(db, create=False):  # fails early, with the store's message, on a bad file
            pass
        self.db, self.max_body, self.timeout = db, max_body, timeout
        self._local = threading.local()
        self.env = Environment(loader=FileSystemLoader(os.path.join(HERE, "templates")),
                               autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
        from rasd.serve.storycache import StoryCache

        self.stories = StoryCache(db)
        self._overview: tuple[float, dict[str, Any]] | None = None

    def overview(self) -> dict[str, Any]:
        """:func:`rasd.serve.queries.corpus_overview`, recomputed at most every 30 s (every page's
        filter form needs it; it changes only when the corpus does)."""
        from rasd.serve.queries import corpus_overview

        now = time.monotonic()
        if self._overview is None or now - self._overview[0] > 30:
            self._overview = (now, corpus_overview(self.conn()))
        return self._overview[1]

    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            try:
                c = sqlite3.connect(self.db, timeout=10, check_same_thread=False)
                c.execute("PRAGMA query_only = 1")  # the server never writes the corpus
                from rasd.serve.queries import prepare

                prepare(c)
            except sqlite3.Error as exc:
                raise StoreError(f"{self.db}: cannot open ({exc})") from None
            self._local.conn = c
        return c

    def render(self, request: Request, name: str, code: int = 200, **values: Any) -> HTMLResponse:
        lang = page_lang(request)
        html = self.env.get_template(name).render(
            t=translator(lang), lang=lang, dir="rtl" if lang == "ar" else "ltr", url=url_maker(lang),
            path=request.url.path, other_lang_url=_other_lang_url(request, lang), **values)
        return HTMLResponse(html, code)


def page_lang(request: Request) -> str:
    lang = request.query_params.get("lang") or "ar"
    return lang if lang in LANGS else "ar"


def url_maker(lang: str) -> Callable[..., str]:
    """``url(path, **params)``: a link that keeps the interface language and drops empty params."""

    def url(path: str, **params: Any) -> str:
        items: list[tuple[str, str]] = []
        for k, v in params.items():
            for x in v if isinstance(v, list | tuple) else [v]:
                if x not in (None, ""):
                    items.append((k, str(x)))
        if lang != "ar":
            items.append(("lang", lang))
        return path + ("?" + urlencode(items) if items else "")

    return url


def _other_lang_url(request: Request, lang: str) -> str:
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    if lang == "ar":
        items.append(("lang", "en"))
    return request.url.path + ("?" + urlencode(items) if items else "")


def _error_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        parts.append(f"{'.'.join(loc) or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(db: str, *, max_body: int = DEFAULT_MAX_BODY, timeout: float = DEFAULT_TIMEOUT,
               warm_stories: bool = False) -> FastAPI:
    """The app over corpus database ``db`` (raises StoreError when it is not one). With
    ``warm_stories`` the stories start computing in the background at once, so that the
    first visit of the stories page does not wait for them."""
    ctx = Context(db, max_body, timeout)
    if warm_stories:
        ctx.stories.get(wait=0.0)
    app = FastAPI(title="rasd", version="1", docs_url=None, redoc_url=None,
                  description="Offline Arabic news intelligence: search, articles, entities, stories, events.")
    app.state.ctx = ctx
    app.add_middleware(Limits, max_body=max_body, timeout=timeout)
    app.mount("/static", StaticFiles(directory=os.path.join(HERE, "static")), name="static")

    def error(request: Request, status: int, message: str) -> Any:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"error": message}, status)
        return ctx.render(request, "error.html", status, status=status, message=message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Any:
        return error(request, 422, _error_message(exc))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Any:
        return error(request, exc.status_code, str(exc.detail))

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _http2(request: Request, exc: StarletteHTTPException) -> Any:
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RasdError)
    async def _rasd(request: Request, exc: RasdError) -> Any:
        return error(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Any:
        traceback.print_exception(exc, file=sys.stderr)  # for the operator, never for the client
        return error(request, 500, "internal error")

    from rasd.serve import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def app_from_env() -> FastAPI:
    """App factory for uvicorn worker processes (``rasd serve --workers N``): the database and
    limits come from ``RASD_SERVE_DB``, ``RASD_SERVE_MAX_BODY`` and ``RASD_SERVE_TIMEOUT``."""
    return create_app(os.environ["RASD_SERVE_DB"],
                      max_body=int(os.environ.get("RASD_SERVE_MAX_BODY", DEFAULT_MAX_BODY)),
                      timeout=float(os.environ.get("RASD_SERVE_TIMEOUT", DEFAULT_TIMEOUT)), warm_stories=True)

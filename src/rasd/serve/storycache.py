"""Stories of the served database, computed once in the background and kept while the corpus is unchanged.

Stories are clustered over the whole corpus (:func:`rasd.corpus.collect.stories_from_db`,
the same defaults as ``rasd stories``), which takes seconds on thousands of
articles — too long for one request — so it runs in a child process (a
thread would hold the GIL and stall the server). :meth:`StoryCache.get` returns the
current stories, or None while they are being computed (the caller shows a
"computing" page that reloads itself); a change of the corpus (article count
or last sequence number) starts a new computation. When the stories module
offers storylines (``rasd.corpus.storylines.build_storylines`` or
``rasd.corpus.stories.build_storylines``), they are computed too.
"""

from __future__ import annotations

import importlib
import sqlite3
import sys
import threading
import traceback
from typing import Any

from rasd.corpus.stories import Story


def _storyline_builder() -> Any:
    for mod in ("rasd.corpus.storylines", "rasd.corpus.stories"):
        try:
            fn = getattr(importlib.import_module(mod), "build_storylines", None)
        except ImportError:
            continue
        if fn is not None:
            return fn
    return None


def _line_dict(line: Any) -> dict[str, Any]:
    """A storyline as a dict whose ``stories`` are story ids, whatever shape the module gives."""
    d = dict(line) if isinstance(line, dict) else line.to_dict() if hasattr(line, "to_dict") else dict(vars(line))
    items = d.get("stories") or d.get("members") or []
    d["stories"] = [x if isinstance(x, str) else x.get("id") if isinstance(x, dict) else getattr(x, "id", str(x))
                    for x in items]
    return d


def compute(db: str) -> tuple[list[Story], list[dict[str, Any]] | None]:
    """The stories of ``db`` (``rasd stories`` defaults) and, when the stories module offers
    them, its storylines as dicts."""
    from rasd.corpus.collect import stories_from_db

    stories = stories_from_db(db)
    lines = None
    build = _storyline_builder()
    if build is not None:
        try:
            lines = [_line_dict(x) for x in build(stories)]
        except Exception:  # storylines are optional: a failure there must not hide the stories
            traceback.print_exc(file=sys.stderr)
    return stories, lines


def _child(db: str, conn: Any) -> None:
    try:
        conn.send(("ok", compute(db)))
    except Exception as exc:  # reported by the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _in_child(db: str) -> tuple[list[Story], list[dict[str, Any]] | None]:
    """:func:`compute` in a fresh daemon process: the clustering takes seconds of CPU, which in
    a thread of the server would hold the GIL and stall every request meanwhile; a daemon
    process also ends with the server instead of delaying its exit."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(db, send), daemon=True)
    proc.start()
    send.close()
    try:
        status, value = recv.recv()  # EOFError when the child died without answering
    finally:
        recv.close()
        proc.join(5)
    if status != "ok":
        raise RuntimeError(value)
    return value  # type: ignore[no-any-return]


class StoryCache:
    """Thread-safe, lazily computed stories of the database at ``db``."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._version: tuple[int, int] | None = None
        self._stories: list[Story] | None = None
        self._by_id: dict[str, Story] = {}
        self.storylines: list[dict[str, Any]] | None = None
        self._thread: threading.Thread | None = None
        self.error: str | None = None

    def _current_version(self) -> tuple[int, int]:
        c = sqlite3.connect(self.db, timeout=10)
        try:
            n, seq = c.execute("SELECT count(*), coalesce(max(seq), 0) FROM articles").fetchone()
        finally:
            c.close()
        return int(n), int(seq)

    def _compute(self, version: tuple[int, int]) -> None:
        try:
            try:
                stories, lines = _in_child(self.db)
            except (OSError, EOFError):  # no subprocess here: compute in this thread
                stories, lines = compute(self.db)
            with self._lock:
                self._stories, self._version, self.storylines = stories, version, lines
                self._by_id = {s.id: s for s in stories}
                self.error = None
        except Exception as exc:  # reported on the page, and in full on the server's stderr
            traceback.print_exc(file=sys.stderr)
            with self._lock:
                self.error = type(exc).__name__
                self._version = version
                self._stories = []

    def get(self, wait: float = 0.0) -> list[Story] | None:
        """The stories, or None while they are computed (waits up to ``wait`` seconds first)."""
        version = self._current_version()
        with self._lock:
            if self._version == version and self._stories is not None:
                return self._stories
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._compute, args=(version,), daemon=True)
                self._thread.start()
            thread = self._thread
        thread.join(wait)
        with self._lock:
            return self._stories if self._version == version else None

    def story(self, sid: str, wait: float = 0.0) -> Story | None | bool:
        """The story with id ``sid``; None when there is none; False while computing."""
        if self.get(wait) is None:
            return False
        with self._lock:
            return self._by_id.get(sid)

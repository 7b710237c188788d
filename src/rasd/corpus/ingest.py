"""Ingest: read articles, run the pipeline, find near-duplicates, store — idempotent and crash-safe.

``ingest(paths, db)`` streams the inputs (``rasd.read.iter_items``), and for
each article:

1. derives its id as ``rasd process`` does (:func:`rasd.pipeline.derive_id`:
   the input's ``id``, else its ``url``, else where it was read from —
   ``folder/a.txt``, ``corpus.jsonl:12`` —; ``sha1:`` of its content for
   stdin) and a content hash of the input (text plus metadata);
2. skips it when the database already holds that id with that hash
   (*unchanged*: re-ingesting adds nothing), replaces it when the hash
   differs (*updated*), and otherwise repairs and analyses it
   (``rasd.pipeline``, the chosen ``layers``);
3. fingerprints it (:mod:`rasd.corpus.dedup`) and looks it up in the LSH index
   of everything stored so far; verified near-duplicates (exact shingle
   Jaccard ``>= threshold``) are recorded as pairs and the article is marked
   ``dup_of`` the original of its best match. Duplicates are still stored:
   reprints are evidence for stories.

Articles are written in batches, each batch one transaction
(:meth:`Store.write_batch`). Killing the process at any point loses at most
the batch in flight, and a rerun redoes exactly that batch: the content hash
check makes the rerun skip everything committed. Inputs that cannot be used
are recorded in ``skips`` with their reason and counted in the summary.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from rasd.arabic.normalize import normalize
from rasd.corpus.backend import open_store
from rasd.corpus.dedup import DedupConfig, fingerprint
from rasd.corpus.lsh import LSHIndex
from rasd.corpus.search import search_view
from rasd.corpus.shingles import U64, jaccard, shingle_sets
from rasd.corpus.store import Row, Store
from rasd.errors import InputError, RasdError, reason_of
from rasd.parallel import map_ordered
from rasd.pipeline import LAYERS, derive_id, process_item
from rasd.read.items import RawItem
from rasd.record import Article


@dataclass
class Summary:
    """What one ingest run did."""

    seen: int = 0
    ingested: int = 0
    duplicates: int = 0  # ingested articles that are near-duplicates of an earlier one
    unchanged: int = 0  # already stored with the same content: nothing done
    updated: int = 0  # stored before with other content: replaced
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    skipped_at: dict[str, list[str]] = field(default_factory=dict)  # reason -> first inputs (file:line)
    seconds: float = 0.0
    articles_in_db: int = 0
    db_bytes: int = 0

    def lines(self) -> list[str]:
        out = [f"ingested {self.ingested} (near-duplicates {self.duplicates}, updated {self.updated}), "
               f"unchanged {self.unchanged}, skipped {sum(self.skipped.values())} of {self.seen} read "
               f"in {self.seconds:.1f} s; database: {self.articles_in_db} articles, "
               f"{self.db_bytes / 1e6:.1f} MB"]
        for reason, n in self.skipped.most_common():
            where = self.skipped_at.get(reason, [])
            more = ", …" if n > len(where) else ""
            out.append(f"  skipped {n}: {reason}" + (f" ({', '.join(where)}{more})" if where else ""))
        return out

    def skip(self, reason: str, origin: str) -> None:
        """Count a skipped input by its reason (:func:`rasd.errors.reason_of`: positions and URLs
        left out); the first few places are kept so the user can find them."""
        reason = reason_of(reason)
        self.skipped[reason] += 1
        at = self.skipped_at.setdefault(reason, [])
        if len(at) < 3:
            at.append(origin)

    def to_dict(self) -> dict[str, object]:
        d = dict(self.__dict__)
        d["skipped"] = dict(self.skipped)
        return d


def content_hash(text: str, meta: dict[str, str | None]) -> str:
    keys = ("title", "published", "url", "source", "author")
    blob = json.dumps([text, *[meta.get(k) for k in keys]], ensure_ascii=False)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def article_id(meta: dict[str, str | None], chash: str, origin: str = "<stdin>") -> str:
    """The stored id: the same as ``rasd process`` gives (:func:`derive_id`), else ``sha1:`` of the content."""
    return derive_id(meta, origin) or f"sha1:{chash[:20]}"


def _count_inputs(paths: list[str]) -> int | None:
    """Line count of JSONL inputs (for the progress bar), None when not cheap to know."""
    total = 0
    for p in paths:
        files = [p] if os.path.isfile(p) else [os.path.join(r, f) for r, _, fs in os.walk(p) for f in fs] \
            if os.path.isdir(p) else []
        for f in files:
            if f.endswith((".jsonl", ".ndjson")):
                with open(f, "rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""))
            elif f.endswith((".txt", ".html", ".htm", ".json")):
                total += 1
            elif os.path.isfile(p):
                return None
    return total or None


class _Deduper:
    """The LSH index of stored articles plus the shingle sets needed to verify candidates."""

    def __init__(self, store: Store, config: DedupConfig) -> None:
        self.store, self.config = store, config
        self.index = LSHIndex()
        self.shingles: dict[str, np.ndarray] = {}
        self.dup_of: dict[str, str | None] = {}
        for _, aid, blob in store.lsh_rows():
            self.index.add(aid, np.frombuffer(blob, dtype=U64))  # type: ignore[arg-type]

    def _set(self, aid: str) -> np.ndarray:
        s = self.shingles.get(aid)
        if s is None:
            rec = self.store.record(aid) or {}
            s = shingle_sets([rec.get("text") or ""], self.config.k, self.config.seed)[0]
        return s

    def check(self, aid: str, shingles: np.ndarray, keys: np.ndarray) -> tuple[list[tuple[str, float]], str | None]:
        """Verified near-duplicates of a new article, and the original it copies (or None)."""
        pairs = []
        for other in self.index.query(keys):
            if other == aid:
                continue
            sim = jaccard(shingles, self._set(other))  # type: ignore[arg-type]
            if sim >= self.config.threshold:
                pairs.append((other, sim))
        pairs.sort(key=lambda p: -p[1])
        original = None
        if pairs:
            best = pairs[0][0]
            original = self.dup_of.get(best) or self._stored_dup_of(best) or best
        return pairs, original

    def _stored_dup_of(self, aid: str) -> str | None:
        return self.store.dup_of(aid)

    def add(self, aid: str, shingles: np.ndarray, keys: np.ndarray, dup_of: str | None) -> None:
        self.index.add(aid, keys)  # type: ignore[arg-type]
        self.dup_of[aid] = dup_of
        if len(self.shingles) < 200_000:  # bounded cache; older ones are recomputed from the record
            self.shingles[aid] = shingles


@dataclass
class _Task:
    """One item read, with its stored id and content hash; ``need``: process it (see ``tasks``)."""

    item: RawItem
    aid: str
    chash: str
    need: bool


def _process_task(task: _Task, *, layers: tuple[str, ...], keep_raw: bool, lang_only: str | None,
                  all_languages: bool) -> Article | None:
    """The article of a task through the pipeline (module level, so worker processes can run it)."""
    if not task.need or task.item.skip:
        return None
    return process_item(task.item, layers=layers, keep_raw=keep_raw, id=task.aid, lang_only=lang_only,
                        all_languages=all_languages)


def ingest(paths: Iterable[str], db: str, *, layers: tuple[str, ...] = LAYERS,
           fields: dict[str, str] | None = None, batch: int = 50, config: DedupConfig | None = None,
           progress: bool = True, keep_raw: bool = False, log: object = None, lang_only: str | None = None,
           all_languages: bool = False, jobs: int = 1) -> Summary:
    """Ingest ``paths`` into database ``db`` (see module docstring) and return the summary.

    ``jobs > 1`` runs the pipeline in that many worker processes (:mod:`rasd.parallel`);
    the database ends up the same as with one job."""
    from rasd.read import iter_items

    config = config or DedupConfig()
    paths = list(paths)
    t0 = time.perf_counter()
    summary = Summary()
    bands, rows = config.banding
    with open_store(db) as store:
        store.ensure_meta({"fingerprint": f"shingle_k={config.k} num_perm={config.num_perm} seed={config.seed} "
                                          f"bands={bands} rows={rows} threshold={config.threshold}"})
        known = store.hashes()
        dedup = _Deduper(store, config)
        pending: list[tuple[Article, str, str]] = []  # (article, id, hash)
        skips: list[tuple[str, str]] = []
        replace: dict[str, tuple[str, str]] = {}

        def flush() -> None:
            if not pending and not skips:
                return
            arts = [a for a, _, _ in pending]
            sets, _, keys = fingerprint([a.text for a in arts], config)
            out: list[Row] = []
            for (art, aid, chash), sh, key in zip(pending, sets, keys, strict=True):
                pairs, original = dedup.check(aid, sh, key)
                dedup.add(aid, sh, key, original)
                if original:
                    summary.duplicates += 1
                rec = art.to_dict(include_raw=keep_raw)
                out.append(Row(
                    id=aid, content_hash=chash, record=rec, layers=",".join(layers) or "none",
                    lsh=key.astype(U64).tobytes(), search_title=search_view(art.title),
                    search_body=search_view(art.text[len(art.title):] if art.title else art.text),
                    entities=[(e.type, e.name, normalize(e.name).lower()) for e in art.entities],
                    events=[e.type for e in art.events], dup_of=original,
                    dup_sim=pairs[0][1] if pairs else None, pairs=pairs,
                ))
            store.write_batch(out, skips, replace)
            for _, aid, chash in pending:
                known[aid] = chash
            pending.clear()
            skips.clear()
            replace.clear()

        total = _count_inputs(paths)
        from tqdm import tqdm

        bar = tqdm(total=total, unit="art", desc="ingest", disable=not progress, file=sys.stderr,
                   dynamic_ncols=True, mininterval=0.5)
        in_batch: set[str] = set()
        yielded: set[str] = set()

        def tasks() -> Iterator[_Task]:
            """The items with their id and hash; ``need`` is False only where the article is surely
            unchanged (stored with this hash, and not seen before in this run), so that with
            ``jobs > 1`` workers process ahead of the loop below, which still decides."""
            for item in iter_items(paths, fields=fields):
                if item.skip:
                    yield _Task(item, "", "", False)
                    continue
                chash = content_hash(item.text, item.meta)
                aid = article_id(item.meta, chash, item.origin)
                need = not (known.get(aid) == chash and aid not in yielded)
                yielded.add(aid)
                yield _Task(item, aid, chash, need)

        work = functools.partial(_process_task, layers=layers, keep_raw=keep_raw, lang_only=lang_only,
                                 all_languages=all_languages)
        try:
            for task, result in map_ordered(work, tasks(), jobs):
                item, aid, chash = task.item, task.aid, task.chash
                summary.seen += 1
                bar.update(1)
                if item.skip:
                    summary.skip(item.skip, item.origin)
                    skips.append((item.origin, item.skip))
                    continue
                if known.get(aid) == chash or aid in in_batch:
                    summary.unchanged += 1
                    continue
                try:
                    if result is None:  # not processed ahead (cannot happen: need was True); do it now
                        result = _process_task(_Task(item, aid, chash, True), layers=layers, keep_raw=keep_raw,
                                               lang_only=lang_only, all_languages=all_languages)
                    if isinstance(result, BaseException):
                        raise result
                    art = result
                except InputError as exc:
                    summary.skip(exc.problem, item.origin)
                    skips.append((item.origin, exc.problem))
                    continue
                except RasdError as exc:
                    summary.skip("cannot process", item.origin)
                    skips.append((item.origin, f"cannot process: {exc}"))
                    continue
                except Exception as exc:  # noqa: BLE001 - one failing article must not stop a corpus run
                    summary.skip(f"pipeline error ({type(exc).__name__})", item.origin)
                    skips.append((item.origin, f"pipeline error: {type(exc).__name__}: {exc}"))
                    continue
                if not art.text.strip():
                    summary.skip("empty after repair", item.origin)
                    skips.append((item.origin, "empty after repair"))
                    continue
                if aid in known:
                    old = store.record(aid) or {}
                    title = old.get("title") or ""
                    text = old.get("text") or ""
                    replace[aid] = (search_view(title), search_view(text[len(title):] if title else text))
                    summary.updated += 1
                summary.ingested += 1
                pending.append((art, aid, chash))
                in_batch.add(aid)
                if len(pending) >= batch:
                    flush()
                    in_batch.clear()
            flush()
        finally:
            bar.close()
        summary.articles_in_db = store.count()
        summary.db_bytes = store.size_bytes()
    summary.seconds = time.perf_counter() - t0
    return summary

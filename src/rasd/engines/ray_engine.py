"""``rasd process --engine ray INPUT… -o OUT/``: the pipeline on a Ray cluster (extra ``ray``).

What it does, in order:

1. The inputs are expanded to shard files as ``rasd process`` walks them (folders sorted;
   JSONL, Parquet, WARC, JSON, HTML and text files). Ray Data reads the shards
   (``read_binary_files``) and a ``flat_map`` turns each into raw articles with rasd's own
   readers, so ids, origins (``file.jsonl:12``), field mapping (``--field``) and skip reasons
   are those of ``rasd process``. A Parquet shard is read like JSONL: one article per row.
   The repair's corpus evidence (titles, outlets' repeated lines) is gathered per shard, where
   ``rasd process`` gathers it per 5,000 articles of its stream: the records are the same as
   ``rasd process``'s for one shard of up to 5,000 articles, or with ``--no-corpus-evidence``.
2. ``map_batches`` runs the pipeline (:func:`rasd.pipeline.process_item`) on batches of
   articles in Ray worker processes; each worker loads the models once and keeps them.
3. The output streams back in input order (``preserve_order``) and is written as Parquet
   shards of ``--shard-size`` rows: ``OUT/records/part-00000.parquet`` … (columns ``id``,
   ``origin``, ``source``, ``url``, ``title``, ``published``, ``lang``, ``skipped`` — the reason
   when the article could not be used — and ``record``, the record as JSON, the same string
   ``rasd process --no-raw --format jsonl`` prints), and ``OUT/events/part-00000.parquet`` …
   (the columns of ``rasd events``, :mod:`rasd.analyse.events.table`).
4. Over the whole output, in the driver: near-duplicate clusters
   (:func:`rasd.corpus.dedup.find_duplicates`, as ``rasd duplicates``) to
   ``OUT/duplicates.jsonl`` and stories (:func:`rasd.corpus.stories.build_stories`, as
   ``rasd stories``) to ``OUT/stories.jsonl``; ``OUT/summary.json`` counts what was done.

``address`` is passed to ``ray.init``: None starts a local Ray on this machine (or joins the
one ``RAY_ADDRESS`` names), ``"auto"`` joins the cluster this machine belongs to, and
``ray://host:10001`` a remote one; input paths must then be readable by the workers (a shared
file system, or ``s3://``/``gs://`` URLs that Ray Data reads).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.errors import InputError, MissingExtraError, RasdError, reason_of

SHARD_EXTS = {".jsonl", ".ndjson", ".parquet", ".json", ".html", ".htm", ".xhtml", ".txt", ".text", ".warc",
              ".gz", ""}
RECORD_COLUMNS = ("id", "origin", "source", "url", "title", "published", "lang", "skipped", "record")


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is part of the extra
    except ImportError:
        raise MissingExtraError("--engine ray", "ray", "ray[data]") from None
    return ray


def shard_files(inputs: list[str]) -> list[str]:
    """The files of ``inputs`` in the order ``rasd process`` reads them (folders walked sorted)."""
    from rasd.read.warc import is_warc

    out: list[str] = []
    for path in inputs:
        if "://" in path:  # a URL Ray Data reads (s3://, gs://): taken as it is
            out.append(path)
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith(".")
                           and (os.path.splitext(f)[1].lower() in SHARD_EXTS - {".gz", ""} or is_warc(f)))
        elif os.path.isfile(path):
            out.append(path)
        else:
            raise InputError(path, "no such file or folder")
    if not out:
        raise RasdError(f"--engine ray: no input files in {', '.join(inputs)}")
    return out


def items_of_shard(data: bytes, path: str, fields: dict[str, str] | None) -> Iterator[Any]:
    """The raw articles of one shard's bytes, named after ``path`` as ``rasd process`` names them."""
    from rasd.read import iter_items
    from rasd.read.formats import _jsonl_lines, item_from_object
    from rasd.read.items import RawItem

    ext = os.path.splitext(path)[1].lower()
    if ext in (".jsonl", ".ndjson"):
        yield from _jsonl_lines(io.BytesIO(data), path, fields)
    elif ext == ".parquet":
        import pyarrow.parquet as pq

        try:
            rows = pq.read_table(io.BytesIO(data)).to_pylist()
        except Exception as exc:  # noqa: BLE001 - any reader failure: the shard is skipped with its reason
            yield RawItem(path, skip=f"not a readable Parquet file ({type(exc).__name__})")
            return
        for i, row in enumerate(rows, 1):
            yield item_from_object(row, f"{path}:{i}", fields)
    else:  # WARC, JSON, HTML, text: rasd's readers want a file; the origin keeps the shard's name
        with tempfile.TemporaryDirectory(prefix="rasd-shard-") as tmp:
            local = os.path.join(tmp, os.path.basename(path) or "input")
            Path(local).write_bytes(data)
            for item in iter_items([local], fields=fields):
                item.origin = path + item.origin[len(local):] if item.origin.startswith(local) else item.origin
                yield item


def _shard_rows(row: dict[str, Any], *, names: dict[str, str], fields: dict[str, str] | None,
                evidence: bool) -> list[dict[str, Any]]:
    """Ray ``flat_map`` function: one shard's bytes in, its raw articles out (with the repair's
    corpus evidence gathered over the shard, see :func:`rasd.pipeline.with_corpus_evidence`)."""
    import pickle

    from rasd.pipeline import with_corpus_evidence

    path = names.get(row["path"]) or names.get(os.path.abspath(row["path"])) or row["path"]
    items = items_of_shard(row["bytes"], path, fields)
    if evidence:
        items = with_corpus_evidence(items)
    return [{"origin": it.origin, "text": it.text, "meta": json.dumps(it.meta, ensure_ascii=False),
             "skip": it.skip, "encoding": it.encoding,
             "evidence": pickle.dumps(getattr(it, "evidence", None))} for it in items]


def _process_batch(batch: dict[str, Any], *, options: dict[str, Any], driver: int | None = None) -> dict[str, list[Any]]:
    """Ray ``map_batches`` function: raw articles in, records and event rows out. ``driver``: the
    process id of the run's driver; in any other process (a Ray worker, which only runs the
    pipeline) the models loaded by the first batch are then frozen out of the cyclic collector,
    as ``rasd process`` does after its first article (:func:`rasd.parallel.freeze_worker_once`)."""
    from rasd.analyse.events import table as event_table
    from rasd.pipeline import process_item
    from rasd.read.items import RawItem

    out: dict[str, list[Any]] = {k: [] for k in (*RECORD_COLUMNS, "events")}
    import pickle

    for origin, text, meta, skip, encoding, evidence in zip(batch["origin"], batch["text"], batch["meta"],
                                                            batch["skip"], batch["encoding"], batch["evidence"],
                                                            strict=True):
        # A column of nulls comes back from Ray as NaN floats: only a real string counts.
        item = RawItem(str(origin), text=text if isinstance(text, str) else "", meta=json.loads(meta),
                       skip=skip if isinstance(skip, str) and skip else None,
                       encoding=encoding if isinstance(encoding, str) and encoding else None)
        hints = pickle.loads(evidence)  # noqa: S301 - written by _shard_rows of this same run
        if hints is not None:
            item.evidence = hints
        art, reason = None, None
        try:
            art = process_item(item, **options)
        except InputError as exc:
            reason = exc.problem
        except Exception as exc:  # noqa: BLE001 - one failing article must not stop a corpus run
            reason = f"pipeline error ({type(exc).__name__})"
        out["origin"].append(item.origin)
        out["skipped"].append(reason)
        if art is None:
            for k in ("id", "source", "url", "title", "published", "lang", "record"):
                out[k].append(None)
            out["events"].append("[]")
            continue
        for k in ("id", "source", "url", "title", "published", "lang"):
            out[k].append(getattr(art, k))
        out["record"].append(art.to_json(include_raw=False))
        out["events"].append(json.dumps(event_table.rows(art), ensure_ascii=False, default=str))
    if driver is not None and os.getpid() != driver:
        from rasd.parallel import freeze_worker_once

        freeze_worker_once()
    return out


class _ShardWriter:
    """Parquet shards of at most ``size`` rows: ``folder/part-00000.parquet`` …"""

    def __init__(self, folder: Path, size: int) -> None:
        self.folder, self.size, self.rows, self.parts = folder, size, [], 0
        folder.mkdir(parents=True, exist_ok=True)

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(self.rows), self.folder / f"part-{self.parts:05d}.parquet")
        self.parts += 1
        self.rows = []


def run(inputs: list[str], out_dir: str, *, layers: tuple[str, ...], fields: dict[str, str] | None = None,
        lang_only: str | None = None, all_languages: bool = False, overrides: dict[str, str | None] | None = None,
        address: str | None = None, batch_size: int = 16, shard_size: int = 10_000,
        stories: bool = True, corpus_evidence: bool = True) -> dict[str, Any]:
    """Process ``inputs`` on Ray into ``out_dir`` (see module docstring); returns the summary."""
    ray = _ray()
    from rasd.corpus.collect import story_doc
    from rasd.corpus.dedup import find_duplicates
    from rasd.corpus.stories import build_stories

    files = shard_files(inputs)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise RasdError(f"-o {out_dir}: not a folder (--engine ray writes a folder of Parquet shards)")
    for sub in ("records", "events"):
        for old in (out / sub).glob("part-*.parquet"):
            old.unlink()  # a rerun replaces the output instead of mixing two runs
    t0 = time.perf_counter()
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    import logging

    logging.getLogger("ray.data").setLevel(logging.ERROR)  # progress lines are not for a CLI's stderr
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    names = {os.path.abspath(f): f for f in files if "://" not in f} | {f: f for f in files}
    options = {"layers": layers, "keep_raw": False, "lang_only": lang_only, "all_languages": all_languages,
               **{k: v for k, v in (overrides or {}).items() if v is not None}}
    ds = (ray.data.read_binary_files(files, include_paths=True)
          .flat_map(_shard_rows, fn_kwargs={"names": names, "fields": fields, "evidence": corpus_evidence})
          .map_batches(_process_batch, batch_size=batch_size, fn_kwargs={"options": options, "driver": os.getpid()}))
    records, events = _ShardWriter(out / "records", shard_size), _ShardWriter(out / "events", shard_size)
    ids, texts, dates, docs = [], [], [], []
    skipped: Counter[str] = Counter()
    n_events = 0
    for raw_row in ds.iter_rows():
        # Ray may hand a missing string back as NaN (pandas blocks): every column is str or None here.
        row = {k: v if isinstance(v, str) else None for k, v in raw_row.items()}
        records.add({k: row[k] for k in RECORD_COLUMNS})
        if row["skipped"]:
            skipped[reason_of(row["skipped"])] += 1
            continue
        for ev in json.loads(row["events"]):
            events.add(ev)
            n_events += 1
        rec = json.loads(row["record"])
        ids.append(rec.get("id") or row["origin"])
        texts.append(rec.get("text") or "")
        dates.append(rec.get("published"))
        docs.append(story_doc(rec, row["origin"]))
    records.flush()
    events.flush()
    t1 = time.perf_counter()
    dup = find_duplicates(texts, dates) if texts else None
    with open(out / "duplicates.jsonl", "w", encoding="utf-8") as fh:
        for c in dup.clusters if dup else []:
            fh.write(json.dumps({"members": [ids[m] for m in c.members], "original": ids[c.original],
                                 "similarity": round(c.similarity, 4),
                                 "similarities": [round(s, 4) for s in c.similarities]}, ensure_ascii=False) + "\n")
    n_stories = 0
    if stories:
        pairs = [(a, b) for a, b, _ in dup.pairs] if dup else []
        with open(out / "stories.jsonl", "w", encoding="utf-8") as fh:
            for s in build_stories(docs, duplicate_pairs=pairs) if docs else []:
                fh.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
                n_stories += 1
    summary = {"articles": len(ids), "skipped": sum(skipped.values()), "skip_reasons": dict(skipped),
               "events": n_events, "duplicate_clusters": len(dup.clusters) if dup else 0, "stories": n_stories,
               "shards_in": len(files), "record_shards": records.parts, "event_shards": events.parts,
               "pipeline_seconds": round(t1 - t0, 3), "corpus_seconds": round(time.perf_counter() - t1, 3),
               "ray_cpus": ray.cluster_resources().get("CPU")}
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return summary

"""Event tables: one flat row per event, the shape researchers load into pandas or R.

``rows(article)`` turns the events of an analysed article into dicts with the
columns of :data:`COLUMNS` (all strings or None, the same in every format, so
a CSV and a Parquet file of one corpus load into the same data frame).
Several actors are joined with ``"; "``; countries are ISO 3166 alpha-2 codes
(a person's country comes from their role, a city's from the gazetteer).

Writers: :func:`write_csv` and :func:`write_jsonl` take a text stream;
:func:`write_parquet` needs pyarrow (an optional dependency) and a path.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from rasd.errors import MissingExtraError, RasdError
from rasd.record import Article, Entity

COLUMNS = (
    "article_id", "url", "outlet", "published", "event_id", "type", "mode", "status",
    "source", "source_country", "target", "target_country", "actors", "actor_countries",
    "date", "location", "location_country", "trigger", "quote_speaker", "mentions", "sentence",
)


def entity_country(ent: Entity | None) -> str | None:
    """ISO alpha-2 of an entity: its own country record, else (for a city) the gazetteer's."""
    if ent is None:
        return None
    code = (ent.country or {}).get("alpha2")
    if code:
        return code
    if ent.type in ("LOC", "GPE"):
        from rasd.analyse.events.view import city_country

        return city_country(ent.name)
    return None


def rows(article: Article) -> list[dict[str, Any]]:
    """One row per event of ``article`` (see :data:`COLUMNS`)."""
    out = []

    def name(eid: str | None) -> str | None:
        ent = article.entity(eid)
        return ent.name if ent else None

    def country(eid: str | None) -> str | None:
        return entity_country(article.entity(eid))

    for ev in article.events:
        speaker = None
        if ev.quote is not None and 0 <= ev.quote < len(article.quotes):
            sp = article.quotes[ev.quote].speaker
            speaker = name(sp) or sp
        actors = [a for a in ev.actors if article.entity(a)]
        out.append({
            "article_id": article.id,
            "url": article.url,
            "outlet": article.source,
            "published": article.published,
            "event_id": ev.id,
            "type": ev.type,
            "mode": ev.mode,
            "status": ev.status,
            "source": name(ev.source),
            "source_country": country(ev.source),
            "target": name(ev.target),
            "target_country": country(ev.target),
            "actors": "; ".join(name(a) or a for a in actors) or None,
            "actor_countries": "; ".join(c or "" for c in (country(a) for a in actors)) or None,
            "date": ev.date,
            "location": name(ev.location),
            "location_country": country(ev.location),
            "trigger": ev.trigger.text,
            "quote_speaker": speaker,
            "mentions": str(len(ev.mentions) or 1),
            "sentence": ev.sentence.text if ev.sentence else None,
        })
    return out


def write_csv(out: IO[str], table: Iterable[dict[str, Any]]) -> int:
    """CSV with a header row; returns the number of rows written."""
    w = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    w.writeheader()
    n = 0
    for row in table:
        w.writerow(row)
        n += 1
    return n


def write_jsonl(out: IO[str], table: Iterable[dict[str, Any]]) -> int:
    """One JSON object per line; returns the number of rows written."""
    n = 0
    for row in table:
        out.write(json.dumps({k: row.get(k) for k in COLUMNS}, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(path: str, table: Iterable[dict[str, Any]]) -> int:
    """A Parquet file of string columns at ``path``; returns the number of rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("parquet output", "parquet", "pyarrow") from None
    data = list(table)
    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    cols = {c: [row.get(c) for row in data] for c in COLUMNS}
    try:
        pq.write_table(pa.Table.from_pydict(cols, schema=schema), path)
    except (OSError, pa.ArrowException) as exc:
        raise RasdError(f"{path}: cannot write Parquet ({exc})") from None
    return len(data)

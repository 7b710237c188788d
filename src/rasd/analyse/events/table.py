"""Event tables: one flat row per event, the shape researchers load into pandas or R.

``rows(article)`` turns the events of an analysed article into dicts with the
columns of :data:`COLUMNS`. Values are typed: ``actors`` and
``actor_countries`` are lists (one country per actor, ISO 3166 alpha-2 or
None: a person's country comes from their role, a city's from the gazetteer),
``mentions`` is an int, ``date`` the calendar day of the event (``YYYY-MM-DD``,
None when the text gives no day), ``date_value`` the TIMEX3 value as resolved
(``2018-03``, ``2018-W10``), ``date_source`` the time expression it comes from
or ``"published"``; every other column is a string or None.

Writers keep the types their format has: :func:`write_parquet` (needs pyarrow,
an optional dependency, and a path) stores ``published`` and ``date`` as dates,
``mentions`` as int32 and the actor columns as lists of strings;
:func:`write_jsonl` writes JSON lists and numbers; :func:`write_csv` joins a
list with ``"; "`` (an unknown country is an empty item, so positions line up).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import IO, Any

from rasd.errors import MissingExtraError, RasdError
from rasd.record import Article, Entity, Event

COLUMNS = (
    "article_id", "url", "outlet", "published", "event_id", "type", "mode", "status",
    "source", "source_country", "target", "target_country", "actors", "actor_countries",
    "date", "date_value", "date_source", "location", "location_country", "trigger", "quote_speaker",
    "mentions", "sentence",
)
LIST_COLUMNS = frozenset({"actors", "actor_countries"})
DATE_COLUMNS = frozenset({"published", "date"})
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def day(value: str | None) -> str | None:
    """The calendar day (``YYYY-MM-DD``) a date or TIMEX3 value names, else None (``2018-03``)."""
    m = _DAY.match(value or "")
    return m.group() if m else None


def entity_country(ent: Entity | None) -> str | None:
    """ISO alpha-2 of an entity: its own country record, else (for a city) the gazetteer's."""
    if ent is None:
        return None
    code = (ent.country or {}).get("alpha2")
    if code:
        return code
    if ent.type in ("LOC", "GPE"):
        from rasd.analyse.events.nations import city_country

        return city_country(ent.name)
    return None


def actor_entity(article: Article, ev: Event, ref: str | None) -> Entity | None:
    """The entity an actor or location reference of ``ev`` names: an entity of ``article``, or
    for an implied country (``ev.implied``: no mention in the text) a LOC entity made from its
    ISO record, with no mentions; None when ``ref`` is empty or unknown."""
    if not ref:
        return None
    ent = article.entity(ref)
    if ent is None and ref in ev.implied:
        return Entity(id=ref, type="LOC", name=ref, country=dict(ev.implied[ref]))
    return ent


def rows(article: Article) -> list[dict[str, Any]]:
    """One row per event of ``article`` (see :data:`COLUMNS`); an implied country (``event.implied``)
    is named like any actor, with its country."""
    out = []

    def name(ent: Entity | None) -> str | None:
        return ent.name if ent else None

    for ev in article.events:
        speaker = None
        if ev.quote is not None and 0 <= ev.quote < len(article.quotes):
            sp = article.quotes[ev.quote].speaker
            speaker = name(article.entity(sp)) or sp
        ents = {r: actor_entity(article, ev, r) for r in (*ev.actors, ev.source, ev.target, ev.location) if r}
        actors = [a for a in ev.actors if ents.get(a)]
        out.append({
            "article_id": article.id,
            "url": article.url,
            "outlet": article.source,
            "published": article.published,
            "event_id": ev.id,
            "type": ev.type,
            "mode": ev.mode,
            "status": ev.status,
            "source": name(ents.get(ev.source)),
            "source_country": entity_country(ents.get(ev.source)),
            "target": name(ents.get(ev.target)),
            "target_country": entity_country(ents.get(ev.target)),
            "actors": [name(ents[a]) or a for a in actors],
            "actor_countries": [entity_country(ents[a]) for a in actors],
            "date": day(ev.date),
            "date_value": ev.date,
            "date_source": ev.date_source,
            "location": name(ents.get(ev.location)),
            "location_country": entity_country(ents.get(ev.location)),
            "trigger": ev.trigger.text,
            "quote_speaker": speaker,
            "mentions": len(ev.mentions) or 1,
            "sentence": ev.sentence.text if ev.sentence else None,
        })
    return out


def _flat(value: Any) -> Any:
    """A CSV cell: a list joined with ``"; "`` (None items empty), anything else as is."""
    if isinstance(value, list):
        return "; ".join("" if x is None else str(x) for x in value)
    return value


def write_csv(out: IO[str], table: Iterable[dict[str, Any]]) -> int:
    """CSV with a header row; returns the number of rows written."""
    w = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore")
    w.writeheader()
    n = 0
    for row in table:
        w.writerow({k: _flat(row.get(k)) for k in COLUMNS})
        n += 1
    return n


def write_jsonl(out: IO[str], table: Iterable[dict[str, Any]]) -> int:
    """One JSON object per line (lists and numbers as JSON has them); returns the number of rows written."""
    n = 0
    for row in table:
        out.write(json.dumps({k: row.get(k) for k in COLUMNS}, ensure_ascii=False) + "\n")
        n += 1
    return n


def _as_date(value: Any) -> dt.date | None:
    d = day(value) if isinstance(value, str) else None
    try:
        return dt.date.fromisoformat(d) if d else None
    except ValueError:  # 2018-02-30 in a bad input: no date rather than a failed table
        return None


def write_parquet(path: str, table: Iterable[dict[str, Any]]) -> int:
    """A typed Parquet file at ``path`` (see the module docstring); returns the number of rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtraError("parquet output", "parquet", "pyarrow") from None
    data = list(table)

    def kind(c: str) -> Any:
        if c in LIST_COLUMNS:
            return pa.list_(pa.string())
        if c in DATE_COLUMNS:
            return pa.date32()
        return pa.int32() if c == "mentions" else pa.string()

    schema = pa.schema([(c, kind(c)) for c in COLUMNS])
    cols: dict[str, list[Any]] = {}
    for c in COLUMNS:
        vals = [row.get(c) for row in data]
        if c in DATE_COLUMNS:
            vals = [_as_date(x) for x in vals]
        elif c in LIST_COLUMNS:
            vals = [x if isinstance(x, list) or x is None else [s.strip() for s in str(x).split(";")] for x in vals]
        elif c == "mentions":
            vals = [int(x) if x not in (None, "") else None for x in vals]
        cols[c] = vals
    try:
        pq.write_table(pa.Table.from_pydict(cols, schema=schema), path)
    except (OSError, pa.ArrowException) as exc:
        raise RasdError(f"{path}: cannot write Parquet ({exc})") from None
    return len(data)

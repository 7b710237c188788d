"""The article record: one typed object that flows from raw input to every output.

The record owns its clean text. ``text`` is the title and the body paragraphs
joined by blank lines (``"\\n\\n"``); every span in the analysis layers
(``entities[].mentions``, ``dates``, ``quotes``, ``events[].trigger``) carries
``start``/``end`` character offsets into ``text`` and ``text[start:end]`` equals
the span's own ``text``. The raw input stays available in ``raw``.

Serialisation is plain JSON (``to_dict``/``from_dict`` round-trip); the JSON
Schema lives in ``rasd/schema/article.schema.json`` and is versioned by
``SCHEMA_VERSION``.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.4"
PARAGRAPH_SEP = "\n\n"


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = frozenset({str, int, float, bool, type(None)})  # exact types returned as they are


def _plain(x: Any) -> Any:
    """What ``dataclasses.asdict`` gives, without its deep copies of every string (the record's
    JSON is written for every article of a corpus, so this is on the hot path of ``rasd process``).

    Values of an exact atom type (most fields) are taken inline, without a call; everything else
    goes through :func:`_plain_other`, the general rule."""
    t = type(x)
    if t in _ATOMS:
        return x
    if t is list:
        return [v if type(v) in _ATOMS else _plain(v) for v in x]
    names = _FIELDS.get(t)
    if names is not None:
        out = {}
        for n in names:
            v = getattr(x, n)
            out[n] = v if type(v) in _ATOMS else _plain(v)
        return out
    return _plain_other(x)


def _plain_other(x: Any) -> Any:
    if x is None or isinstance(x, (str, int, float, bool)):
        return x
    if isinstance(x, list):
        return [_plain(v) for v in x]
    names = _FIELDS.get(type(x))
    if names is None and is_dataclass(x):
        names = _FIELDS[type(x)] = tuple(f.name for f in fields(x))
    if names is not None:
        return {n: _plain(getattr(x, n)) for n in names}
    if isinstance(x, tuple):
        return tuple(_plain(v) for v in x)
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    return copy.deepcopy(x)


@dataclass
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Removal:
    """A piece of the raw input left out of the clean article, and why.

    ``reason`` is a short machine-friendly code (``duplicate_title``,
    ``truncated_copy``, ``duplicate_paragraph``, ``related_headline``,
    ``boilerplate``, ``byline``, ``timestamp``, ``empty``…); ``detail`` says it
    for a human; ``duplicates`` is the index of the kept paragraph (or
    ``"title"``) it repeats, when it repeats one; ``line`` is the 0-based line
    of the raw input it came from, when known.
    """

    text: str
    reason: str
    detail: str = ""
    duplicates: int | str | None = None
    line: int | None = None


@dataclass
class Mention(Span):
    pass


@dataclass
class Entity:
    """One real-world referent within the article, with all its mentions.

    ``name`` is the fullest form seen; ``roles`` are titles/functions attached
    to the person in the text (``مساعد الرئيس الروسي``); ``country`` is an ISO
    3166 record ``{"alpha2", "alpha3", "name_en", "name_ar"}`` for places that
    are countries, or the country a person/organisation belongs to when the
    text says so (through a demonym in a role).
    """

    id: str
    type: str  # PER | ORG | LOC | MISC
    name: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    country: dict[str, str] | None = None


@dataclass
class TimeExpr(Span):
    """A time expression with its TIMEX3 ``type`` and normalized ``value``."""

    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: str | None = None
    hijri: str | None = None  # the Hijri value as written, when it was Hijri
    mod: str | None = None  # TIMEX3 mod: START | MID | END for "مطلع/منتصف/أواخر" + a period
    anchor: str | None = None  # what a relative value was resolved against: "published" | "text" | None


@dataclass
class Quote(Span):
    """Quoted content (the span) with its speaker.

    ``speaker`` is an entity id, a descriptive string (``مصادر``) or None;
    ``cue`` is the reporting verb/phrase as written.
    """

    kind: str = "direct"  # direct | indirect
    speaker: str | None = None
    cue: str | None = None


@dataclass
class Event:
    """A PLOVER event stated by the text."""

    id: str
    type: str
    trigger: Span
    status: str = "happened"  # happened | planned | likely | denied | ongoing
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    actors: list[str] = field(default_factory=list)
    date: str | None = None
    # where ``date`` comes from: the time expression as written in the text, or
    # "published" (an event that happened, with no date stated: the publication date)
    date_source: str | None = None
    location: str | None = None
    quote: int | None = None  # index into Article.quotes
    sentence: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    # actors the text names only through an organ, a capital or an adjective of nationality
    # (الجيش الإسرائيلي، موسكو): such a country is no entity of the article (it has no mention), so
    # the event names it in ``actors``/``source``/``target``/``location`` by its Arabic name, and this
    # maps that name to its ISO 3166 record (alpha2, alpha3, name_en, name_ar); empty when none
    implied: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass
class Article:
    """The record. See the module docstring and README for field meanings."""

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    text: str = ""
    id: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    place: str | None = None
    published: str | None = None
    published_inferred: bool = False
    published_confidence: float | None = None
    lang: str | None = None
    related_headlines: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    raw: str | None = None
    schema_version: str = SCHEMA_VERSION

    # -- offsets -------------------------------------------------------------
    def build_text(self) -> None:
        """Set ``text`` from ``title`` and ``paragraphs``."""
        parts = ([self.title] if self.title else []) + list(self.paragraphs)
        self.text = PARAGRAPH_SEP.join(parts)

    def paragraph_offsets(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph in ``text``."""
        out: list[tuple[int, int]] = []
        pos = len(self.title) + len(PARAGRAPH_SEP) if self.title else 0
        for p in self.paragraphs:
            out.append((pos, pos + len(p)))
            pos += len(p) + len(PARAGRAPH_SEP)
        return out

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    # -- JSON ----------------------------------------------------------------
    def to_dict(self, include_raw: bool = True) -> dict[str, Any]:
        d = _plain(self)
        if not include_raw:
            d.pop("raw", None)
        return d

    def to_json(self, indent: int | None = None, include_raw: bool = True) -> str:
        # The record has no cycles; skipping json's circularity bookkeeping is free speed.
        return json.dumps(self.to_dict(include_raw), ensure_ascii=False, indent=indent, check_circular=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in known}
        kw["removed"] = [Removal(**r) for r in d.get("removed") or []]
        kw["entities"] = [
            Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions") or []]})
            for e in d.get("entities") or []
        ]
        kw["dates"] = [TimeExpr(**t) for t in d.get("dates") or []]
        kw["quotes"] = [Quote(**q) for q in d.get("quotes") or []]
        events = []
        for ev in d.get("events") or []:
            ev = dict(ev)
            ev["trigger"] = Span(**ev["trigger"])
            if ev.get("sentence"):
                ev["sentence"] = Span(**ev["sentence"])
            ev["mentions"] = [Span(**m) for m in ev.get("mentions") or []]
            events.append(Event(**ev))
        kw["events"] = events
        return cls(**kw)

    @classmethod
    def from_json(cls, s: str) -> Article:
        return cls.from_dict(json.loads(s))

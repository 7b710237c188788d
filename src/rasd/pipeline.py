"""The pipeline: raw text → repaired article → analysis layers, in data-flow order.

read (rasd.read) → repair (rasd.repair) → analyse (rasd.analyse: entities,
dates + publication date, quotes, events). Each analysis step is a function
``annotate(article) -> None`` that fills one layer of the record from the
layers before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from rasd.errors import InputError, RasdError
from rasd.read.items import RawItem
from rasd.record import Article

if TYPE_CHECKING:
    from rasd.repair.evidence import CorpusEvidence

# Which layers to run, in order. Later layers read the earlier ones.
LAYERS = ("entities", "dates", "quotes", "events")


# What each layer reads from the layers before it: asking for a layer runs these too.
LAYER_NEEDS: dict[str, tuple[str, ...]] = {
    "entities": (),
    "dates": (),
    "quotes": ("entities",),
    "events": ("entities", "dates", "quotes"),
}


def parse_layers(spec: str | None) -> tuple[str, ...]:
    """``all`` (default), ``none``, or a comma list of layers, returned in pipeline order.

    A layer brings the layers it reads (:data:`LAYER_NEEDS`): ``events`` alone runs
    entities, dates and quotes too, since its actors, dates and quotes come from them.
    """
    if spec is None or spec in ("all", ""):
        return LAYERS
    if spec == "none":
        return ()
    chosen = tuple(s.strip() for s in spec.split(",") if s.strip())
    bad = [s for s in chosen if s not in LAYERS]
    if bad:
        raise RasdError(f"--layers: unknown layer(s) {', '.join(bad)}; choose from {', '.join(LAYERS)}, all, none")
    wanted = set(chosen)
    for layer in chosen:
        wanted.update(LAYER_NEEDS[layer])
    return tuple(x for x in LAYERS if x in wanted)


def repair_only(raw: str, *, title: str | None = None, published: str | None = None, url: str | None = None,
                source: str | None = None, id: str | None = None, author: str | None = None,
                keep_raw: bool = True, evidence: object | None = None) -> Article:
    """Repair ``raw`` into an article (no analysis layers); the keywords are given metadata;
    ``evidence``: what the batch says about its lines (:mod:`rasd.repair.evidence`)."""
    from rasd.repair.repair import repair

    art = repair(raw, title=title, evidence=evidence, outlet=outlet_of(source, url))  # type: ignore[arg-type]
    art.id, art.url, art.source = id, url, source
    if author:
        art.author = author
    if published:
        art.published = published
        art.published_inferred = False
    if keep_raw:
        art.raw = raw
    return art


def analyse(art: Article, layers: tuple[str, ...] = LAYERS) -> Article:
    """Fill the analysis layers of a repaired article, in order.

    Long articles are analysed in bounded chunks, and only up to a limit
    (:mod:`rasd.chunking`), so the work per article is bounded.
    """
    from rasd.chunking import analyse_in_chunks

    return analyse_in_chunks(art, layers, _analyse_whole)


def _analyse_whole(art: Article, layers: tuple[str, ...]) -> Article:
    """The layers over the whole text of ``art`` (no bound: see :func:`analyse`)."""
    if "entities" in layers:
        from rasd.analyse import entities

        entities.annotate(art)
    if "dates" in layers:
        from rasd.analyse.time import layer as dates
        from rasd.analyse.time import published

        published.annotate(art)
        dates.annotate(art)
    if "quotes" in layers:
        from rasd.analyse import quotes

        quotes.annotate(art)
    if "events" in layers:
        from rasd.analyse import events

        events.annotate(art)
    return art


EVIDENCE_BATCH = 5000


def outlet_of(source: str | None, url: str | None) -> str:
    """The outlet an article's boilerplate is learnt under: its source, else its URL's host, else ""."""
    if source:
        return source
    if url and "//" in url:
        return url.split("//", 1)[1].split("/", 1)[0].lower().removeprefix("www.")
    return ""


def with_corpus_evidence(items: Iterable[RawItem], batch: int = EVIDENCE_BATCH,
                         base: CorpusEvidence | None = None, learn_inputs: bool = True) -> Iterator[RawItem]:
    """``items`` again, in order, each with ``evidence``: what the other articles of its batch say.

    Articles are read ``batch`` at a time (a week of scrapes is a few thousand
    pages); each batch feeds one :class:`rasd.repair.evidence.CorpusEvidence`
    (titles and per-outlet repeated lines), and every article gets its small
    :class:`~rasd.repair.evidence.ArticleHints`. Skipped items pass through.
    ``base``: evidence learnt beforehand from other pages (``--evidence``,
    :func:`rasd.read.evidence.learn_evidence`); each batch starts from a copy of it,
    so even a single article gets hints. Without ``learn_inputs`` (and with a
    ``base``), the items are not learnt from: each gets what ``base`` says.
    """
    from rasd.repair.evidence import CorpusEvidence

    it = iter(items)
    while True:
        chunk = list(islice(it, batch))
        if not chunk:
            return
        if base is not None and not learn_inputs:
            ev = base
        else:
            ev = base.copy() if base is not None else CorpusEvidence()
        for item in chunk:
            if not item.skip and ev is not base:
                ev.observe(item.text, outlet=outlet_of(item.meta.get("source"), item.meta.get("url")),
                           title=item.meta.get("title"))
        others = 0 if ev is base else 1  # the batch learnt each item itself: hints need one more
        for item in chunk:
            if not item.skip and ev.articles > others:
                item.evidence = ev.hints(item.text, outlet=outlet_of(item.meta.get("source"), item.meta.get("url")),
                                         title=item.meta.get("title"))
            yield item


def process_text(raw: str, *, layers: tuple[str, ...] = LAYERS, **meta: str | None) -> Article:
    """Repair, identify the language of, and analyse one raw article text, as ``rasd process`` does.

    ``meta``: title, published, url, source, id, author. Raises InputError for
    empty text.
    """
    if not raw.strip():
        raise InputError(meta.get("id") or "<text>", "input is empty")
    return process_item(RawItem(meta.get("id") or "<text>", text=raw), layers=layers, **meta)


def derive_id(meta: dict[str, str | None], origin: str) -> str | None:
    """The id of an article, the same in every command: the given id, else its url, else where
    it was read from (``folder/a.txt``, ``corpus.jsonl:12``); None for stdin and bare text."""
    return meta.get("id") or meta.get("url") or (None if origin.startswith(("<stdin>", "<text>")) else origin)


def process_item(item: RawItem, *, layers: tuple[str, ...] = LAYERS, lang_only: str | None = None,
                 keep_raw: bool = True, all_languages: bool = False, **overrides: str | None) -> Article:
    """Repair, identify the language of, and analyse one read item.

    ``overrides`` (title, published, url, source, id, author) win over the
    item's own metadata. Without a given id the article's id comes from
    :func:`derive_id`. A non-Arabic article is refused with InputError when
    ``lang_only`` names another language; otherwise it is repaired and stored
    with its language, and the analysis layers (built for Arabic) run on it
    only with ``all_languages``; a warning says so either way. An input that
    was not UTF-8 gets a warning naming the encoding it was decoded from.
    """
    from rasd.analyse.lang import detect

    if item.skip:
        raise InputError(item.origin, item.skip)
    meta = {**item.meta, **{k: v for k, v in overrides.items() if v is not None}}
    if not meta.get("id"):  # every row of a table or corpus output must say which article it is
        meta["id"] = derive_id(meta, item.origin)
    art = repair_only(item.text, keep_raw=keep_raw, evidence=item.evidence, **meta)  # type: ignore[arg-type]
    if item.encoding and not item.encoding.startswith(("utf-8", "ascii")):
        art.warnings.append(f"input decoded as {item.encoding}")
    art.lang = detect(art.text)
    if lang_only and art.lang != lang_only:
        raise InputError(item.origin, f"language is {art.lang or 'unknown'}, not {lang_only} (--lang-only)")
    if art.lang != "ar":
        lang = f"language identified as {art.lang or 'unknown'}, not Arabic"
        if not layers or all_languages:
            art.warnings.append(f"{lang}: analysis layers are built for Arabic")
        else:
            art.warnings.append(f"{lang}: analysis layers skipped (they are built for Arabic; "
                                "--all-languages runs them anyway)")
            return art
    return analyse(art, layers)

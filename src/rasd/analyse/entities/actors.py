"""World-knowledge gazetteer of news actors: ``ترامب``، ``أردوغان``، ``داعش``، ``حزب الله``.

Pure. The NER tagger learned its names from 2002–2006 news and does not know the
leaders, groups and companies of later years; every actor it misses also costs the
speakers, roles and events read from the entity. ``src/rasd/data/names/actors.tsv``
(written by the project from general knowledge: see ``SOURCES.md``) lists actors with
their type and spelling variants. :func:`actor_cands` finds an exact match of a listed
name's normalized tokens at each token start (the word itself, or after a proclitic
و/ف/ب/ل/ك and their chains; for a one-word name only و/ف/ل, since ``بحماس`` is mostly
"with enthusiasm"), one dict lookup per token. How the matches compete with the
tagger's spans is decided by the caller (:func:`rasd.analyse.entities.spans.repair_spans`):
a one-word name fills a gap the tagger left; a name of several words also retypes or
replaces a shorter or same-extent tagger span.

The table is read once, on first use, so that ``import rasd`` stays light.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.analyse.entities.cands import Cand, Ctx, finish, restored
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

_MULTI_PREFIXES = frozenset(("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"))
_SINGLE_PREFIXES = frozenset(("و", "ف", "ل"))


@lru_cache(maxsize=1)
def actors() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First normalized word → ``(key, type, written name)`` of every listed name and variant,
    longest key first."""
    text = (resources.files("rasd") / "data" / "names" / "actors.tsv").read_text(encoding="utf-8")
    out: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    seen: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        name, typ = fields[0], fields[1]
        aliases = [a for a in fields[2].split("|") if a] if len(fields) > 2 else []
        for written in [name, *aliases]:
            key = tuple(normalize(written).split())
            if not key or key in seen:
                continue
            seen.add(key)
            out.setdefault(key[0], []).append((key, typ, strip_marks(written)))
    for v in out.values():
        v.sort(key=lambda e: -len(e[0]))
    return out


def actor_cands(ctx: Ctx) -> list[Cand]:
    """Every exact match of a listed actor name in the article, as ``gaz`` candidates (overlaps
    possible: the caller resolves them)."""
    table = actors()
    toks = ctx.toks
    out: list[Cand] = []
    for i, t in enumerate(toks):
        if not t.word:
            continue
        for stem, off, k in t.forms:
            entries = table.get(stem)
            if entries is None:
                continue
            prefix = t.norm[:k] if k else ""
            hit = None
            for key, typ, written in entries:
                if prefix and prefix not in (_SINGLE_PREFIXES if len(key) == 1 else _MULTI_PREFIXES):
                    continue
                end = i + len(key) - 1
                if end >= len(toks) or not all(toks[i + m].norm == key[m] and toks[i + m].line == t.line
                                               for m in range(1, len(key))):
                    continue
                # normalization folds ة into ه and ى into ي: the last letter as written must agree
                last = strip_marks(toks[end].text)
                if written.endswith("ة") != last.endswith("ة"):
                    continue
                hit = (end, typ)
                break
            if hit is None:
                continue
            end, typ = hit
            c = Cand(i, end, off, toks[end].end, typ, "gaz")
            out.append(finish(ctx.text, c, restored(t, stem, k)))
            break
    return out


def cut_crossed(text: str, toks: list[Tok], tagger: list[Cand], names: list[Cand]) -> None:
    """A tagger span that crosses a listed name of several words (``أصغر فرهادي لـ[فرانس]24``) ends before the
    name or starts after it: the exact known name fixes that boundary, and the rest of the tagger's span is
    kept rather than lost to the name. A span left with no token keeps its extent (the name then beats it).
    In place."""
    for a in names:
        for c in tagger:
            if c.first < a.first <= c.last < a.last:
                c.last = a.first - 1
                c.end = toks[c.last].end
                finish(text, c)
            elif a.first < c.first <= a.last < c.last:
                c.first = a.last + 1
                c.start = toks[c.first].start
                finish(text, c)

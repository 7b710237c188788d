"""Plain-text rendering of an article record for a human reader (``--format text``).

Pure: takes an :class:`~rasd.record.Article` and returns a string. The clean
article comes first, then what the analysis layers found (entities with roles
and countries, time expressions with their values, quotes with speakers,
events), then what the repair removed and why.
"""

from __future__ import annotations

from rasd.record import Article


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"


def _names(art: Article) -> dict[str, str]:
    return {e.id: e.name for e in art.entities}


def _entity_lines(art: Article) -> list[str]:
    lines = []
    for e in art.entities:
        extra = []
        if e.roles:
            extra.append("roles: " + "؛ ".join(e.roles))
        if e.country:
            extra.append(f"country: {e.country.get('alpha2')} {e.country.get('name_en')}")
        more = f" ({len(e.mentions)} mentions)" if len(e.mentions) > 1 else ""
        lines.append(f"  {e.id} {e.type:<4} {e.name}{more}" + (" — " + "; ".join(extra) if extra else ""))
    return lines


def _date_lines(art: Article) -> list[str]:
    out = []
    for d in art.dates:
        hijri = f" (Hijri {d.hijri})" if d.hijri else ""
        out.append(f"  {d.text} → {d.type} {d.value}{hijri}")
    return out


def _quote_lines(art: Article) -> list[str]:
    names = _names(art)
    out = []
    for q in art.quotes:
        who = names.get(q.speaker or "", q.speaker) or "?"
        cue = f" [{q.cue}]" if q.cue else ""
        out.append(f"  {who}{cue} ({q.kind}): {_clip(q.text)}")
    return out


def _event_lines(art: Article) -> list[str]:
    names = _names(art)

    def who(ids: list[str | None]) -> str:
        return " / ".join(names.get(i, i) for i in ids if i)

    out = []
    for ev in art.events:
        # source and target first, then any other side (a summit's third party stays visible)
        sides = [ev.source, ev.target] if ev.source or ev.target else []
        actors = who(sides + [a for a in ev.actors if a not in sides])
        mode = f"/{ev.mode}" if ev.mode else ""
        where = f" in {names.get(ev.location, ev.location)}" if ev.location else ""
        when = f" on {ev.date}" if ev.date else ""
        out.append(f"  {ev.type}{mode} ({ev.status}) {actors}{when}{where} — «{ev.trigger.text}»")
    return out


def render_text(art: Article) -> str:
    """The clean article, the analysis layers, then what was removed and why."""
    lines = [art.title, "=" * min(len(art.title), 60), ""] if art.title else []
    meta = [f"{k}: {v}" for k, v in (("published", art.published), ("source", art.source),
                                      ("author", art.author), ("place", art.place), ("url", art.url)) if v]
    if art.published and art.published_inferred:
        meta[0] += " (inferred from the text)"
    lines += meta + ([""] if meta else [])
    lines += [p + "\n" for p in art.paragraphs]
    for heading, body in (("Entities", _entity_lines(art)), ("Time expressions", _date_lines(art)),
                          ("Quotes", _quote_lines(art)), ("Events", _event_lines(art))):
        if body:
            lines += [f"{heading} ({len(body)}):", *body]
    if art.related_headlines:
        lines.append("Related headlines:")
        lines += [f"  - {h}" for h in art.related_headlines]
    if art.removed:
        lines.append(f"Removed ({len(art.removed)}):")
        lines += [f"  - [{r.reason}] {_clip(r.text)}" for r in art.removed]
    lines += [f"Warning: {w}" for w in art.warnings]
    return "\n".join(lines).rstrip() + "\n"

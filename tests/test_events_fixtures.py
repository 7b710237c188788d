"""Hand-made entity and date layers for events tests (until the real layers land).

Entities are found by plain string search of the given forms in ``article.text``
(longest form first, no overlaps), so fixtures need only names, not offsets.
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.arabic.event_lexicon import compiled_triggers
from rasd.arabic.normalize import normalize
from rasd.record import Article, Entity, Mention, TimeExpr


def add_entities(article: Article, spec: list[tuple]) -> None:
    """``spec``: (id, type, forms[, alpha2]). Appends entities with every non-overlapping mention."""
    taken: list[tuple[int, int]] = []
    found: dict[str, list[Mention]] = {row[0]: [] for row in spec}
    pairs = sorted(((f, row[0]) for row in spec for f in row[2]), key=lambda p: -len(p[0]))
    for form, eid in pairs:
        pos = article.text.find(form)
        while pos >= 0:
            end = pos + len(form)
            if not any(s < end and pos < e for s, e in taken):
                taken.append((pos, end))
                found[eid].append(Mention(pos, end, form))
            pos = article.text.find(form, pos + 1)
    for row in spec:
        eid, typ, forms = row[:3]
        country = {"alpha2": row[3]} if len(row) > 3 else None
        article.entities.append(Entity(eid, typ, forms[0], sorted(found[eid], key=lambda m: m.start),
                                       country=country))


def make_article(title: str, paragraphs: list[str]) -> Article:
    """An article record with ``text`` built from ``title`` and ``paragraphs``."""
    art = Article(title=title, paragraphs=list(paragraphs))
    art.build_text()
    return art


def analysed(paragraphs: list[str], entities: list[tuple], published: str = "2018-05-10") -> Article:
    """An article of ``paragraphs`` published on ``published`` with the hand-made ``entities`` (see
    :func:`add_entities`), after the events layer."""
    art = make_article("", paragraphs)
    art.published = published
    add_entities(art, entities)
    events.annotate(art)
    return art


def typed(art: Article, type_: str) -> list[tuple[str | None, str | None]]:
    """(source name, target name) of each event of ``type_``."""
    name = {e.id: e.name for e in art.entities}
    return [(name.get(ev.source), name.get(ev.target)) for ev in art.events if ev.type == type_]


def trigger_kinds(word: str) -> set[str]:
    """The types of the triggers whose word regex matches all of ``word`` (normalized)."""
    norm = normalize(word)
    return {t.type for t, rx in compiled_triggers() if rx.fullmatch(norm)}


def add_dates(article: Article, spec: list[tuple[str, str]]) -> None:
    """``spec``: (text, value). Every occurrence becomes a DATE TimeExpr."""
    for text, value in spec:
        pos = article.text.find(text)
        while pos >= 0:
            article.dates.append(TimeExpr(pos, pos + len(text), text, "DATE", value))
            pos = article.text.find(text, pos + 1)
    article.dates.sort(key=lambda t: t.start)


SEED_ENTITIES = [
    ("E1", "PER", ["يوري أوشاكوف", "أوشاكوف"]),
    ("E2", "PER", ["فلاديمير بوتين", "بوتين"]),
    ("E3", "PER", ["شي جين بينغ"]),
    ("E4", "PER", ["سيرغي شويغو", "شويغو"]),
    ("E5", "PER", ["وانغ يي"]),
    ("E6", "PER", ["لين جيان", "جيان"]),
    ("E7", "ORG", ["منظمة شنغهاي للتعاون", "شنغهاي للتعاون"]),
    ("E8", "ORG", ["بريكس"]),
    ("E9", "ORG", ["مجلس الأمن الروسي"]),
    ("E10", "ORG", ["وزارة الخارجية الصينية"]),
    ("E11", "LOC", ["بكين"]),
    ("E12", "LOC", ["موسكو"]),
    ("E13", "LOC", ["الصين"]),
    ("E14", "ORG", ["مجلس الأمن للأمم المتحدة"]),
    ("E15", "LOC", ["روسيا"]),
]
SEED_DATES = [("اليوم الأربعاء", "2026-02-04"), ("الأول من شباط/فبراير", "2026-02-01"),
              ("يوم الاثنين", "2026-02-02"), ("عام 2026", "2026")]

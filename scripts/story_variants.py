"""Pair features tried for the story model in session 5 of issue #13 (none kept).

``fit_story_model.py --ablate`` adds :data:`EXTRA` to its variants after :func:`annotate`
has attached what they need to each prepared article. Each targets one class of the
month-CV errors on the dev pairs (see ``rasd/eval/data/STORIES.md``, "Error analysis"):

- **days named in the lead** (a set, not the first weekday only; the publication day in
  local time, UTC+3, when none is named): one event day shared by both articles. Reports
  of one event often name two days (the event and the reaction), and the first one the
  shipped ``eventday`` reads is then the wrong one for half the pairs;
- **quoted words**: how much of one article's quotations (title and lead, between
  quotation marks) the other article contains; two reports of one statement quote it,
  two statements of one affair quote different words;
- **character 4-grams** of the title and lead (TF-IDF cosine; the article dropped):
  spelling variants of names (تورونتو/تورنتو، غوتيريش/غوتيريس) that stems keep apart;
- **a preview**: the earlier article's title or first paragraph speaks of what is to come
  (a future ``سـ`` verb whose bare form is at least 3 times as common in the corpus, or
  المرتقب/المقرر/المنتظر/عشية/غدا/يستعد), alone and times the names and lead cosines (a
  preview and the report of one scheduled event are one story).

Pure helpers over :class:`rasd.corpus.storysim.Prepared`; nothing here ships.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

from rasd.corpus.search import keys
from rasd.corpus.storysim import (
    _WEEKDAY_KEYS,
    Prepared,
    _useful,
    cosine,
    lead_of,
    paragraphs,
    stem,
    unit_vector,
)

LOCAL_HOURS = 3.0  # the outlets' readers are mostly at UTC+2..+3: a day starts at 21:00 UTC
_QUOTE_RE = re.compile(r'["“”«»]([^"“”«»]{3,200})["“”«»]')
_FUTURE = frozenset({"المرتقب", "المرتقبه", "المقرر", "المقرره", "المنتظر", "المنتظره", "عشيه", "غدا", "يستعد",
                     "تستعد", "يستعدون", "المقبل", "المقبله"})


def days_named(text: str, hours: float | None) -> set[int]:
    """Ordinal days of every weekday ``text`` names, each resolved to the latest such day at
    most six days before publication (local time); the publication day when none is named."""
    if hours is None:
        return set()
    pub = int((hours + LOCAL_HOURS) // 24)
    out = set()
    for wd in {_WEEKDAY_KEYS[k] for k in keys(text) if k in _WEEKDAY_KEYS}:
        out.add(next(pub - back for back in range(7) if date.fromordinal(pub - back).isoweekday() == wd))
    return out or {pub}


def char_grams(text: str, n: int = 4) -> Counter[str]:
    """Within-word character n-grams of the content words of ``text`` (article dropped)."""
    out: Counter[str] = Counter()
    for k in keys(text):
        if _useful(k) and not k.isdigit():
            w = f"#{k[2:] if k.startswith('ال') and len(k) > 4 else k}#"
            out.update(w[i:i + n] for i in range(max(1, len(w) - n + 1)))
    return out


def annotate(docs: list, prepared: list[Prepared]) -> None:
    """Attach ``days``, ``quote``, ``grams`` and ``preview`` to each prepared article."""
    leads = [d.title + "\n" + lead_of(d.title, d.text) for d in docs]
    grams = [char_grams(t) for t in leads]
    df: Counter[str] = Counter()
    vocab: Counter[str] = Counter()
    for g, t in zip(grams, leads, strict=True):
        df.update(g.keys())
        vocab.update(keys(t))
    n = len(docs)

    def future(text: str) -> float:
        return float(any(k in _FUTURE or (len(k) >= 5 and k[0] == "س" and k[1] in "يتنا"
                                          and vocab[k[1:]] >= 3 * max(1, vocab[k])) for k in keys(text)))

    for d, p, g, t in zip(docs, prepared, grams, leads, strict=True):
        p.days = days_named(t, p.hours)  # type: ignore[attr-defined]
        p.quote = {s: p.lead_idf.get(s, 0.0) for q in _QUOTE_RE.findall(t)  # type: ignore[attr-defined]
                   for s in (stem(k) for k in keys(q) if _useful(k))}
        p.grams = unit_vector({x: (1 + math.log(c)) * math.log((n + 1) / df[x]) for x, c in g.items()})  # type: ignore[attr-defined]
        paras = paragraphs(d.title, d.text)
        p.preview = future(d.title + " " + (paras[0] if paras else ""))  # type: ignore[attr-defined]


def _days(a: Prepared, b: Prepared) -> list[float]:
    da, db = a.days, b.days  # type: ignore[attr-defined]
    if not da or not db:
        return [0.0, 1.0]
    gap = min(abs(x - y) for x in da for y in db)
    return [1.0 if gap == 0 else -1.0, min(gap, 3) / 3.0]


def _quotes(a: Prepared, b: Prepared) -> list[float]:
    def share(x: Prepared, y: Prepared) -> float | None:
        total = sum(x.quote.values())  # type: ignore[attr-defined]
        return sum(w for t, w in x.quote.items() if t in y.stems) / total if total else None  # type: ignore[attr-defined]
    vals = [v for v in (share(a, b), share(b, a)) if v is not None]
    return [1.0, max(vals)] if vals else [0.0, 0.0]


def _preview(a: Prepared, b: Prepared) -> list[float]:
    if a.hours is not None and b.hours is not None and a.hours > b.hours:
        a, b = b, a
    pv = a.preview  # type: ignore[attr-defined]
    return [pv, pv * cosine(a.names, b.names), pv * cosine(a.lead, b.lead)]


EXTRA: dict[str, object] = {
    "s5: days named in the lead (set, local day)": _days,
    "s5: quoted words found in the other article": _quotes,
    "s5: character 4-grams of title + lead": lambda a, b: [cosine(a.grams, b.grams)],  # type: ignore[attr-defined]
    "s5: preview (earlier article), x names, x lead": _preview,
    "s5: days + quotes + 4-grams": lambda a, b: _days(a, b) + _quotes(a, b) + [cosine(a.grams, b.grams)],  # type: ignore[attr-defined]
}

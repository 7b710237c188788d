"""Whole-pipeline invariants on arbitrary Arabic-like input (hypothesis).

Whatever the input, processing never raises, every span of every layer points
into ``text`` (``text[start:end] == span.text``), entity ids referenced by
quotes and events exist, and ``text`` is the title and paragraphs joined.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from rasd.pipeline import process_text
from rasd.record import Article

WORDS = ["قال", "وأضاف", "الرئيس", "المصري", "عبد", "الفتاح", "السيسي", "وزير", "الخارجية", "السعودي",
         "عادل", "الجبير", "في", "الرياض", "اليوم", "الأربعاء", "أمس", "يوم", "الخميس", "المقبل", "15",
         "رمضان", "1447", "هـ", "٢٠١٥", "شباط/فبراير", "الأول", "من", "التقى", "نظيره", "بحث", "مع",
         "وكالة", "الأنباء", "منظمة", "الأمم", "المتحدة", "إن", "أن", "بأن", "نفى", "سوف", "يزور", "القاهرة",
         "Reuters", "الساعة", "العاشرة", "صباحا", "ثلاثة", "أيام", "اقرأ", "أيضا", "واس", "–", "متابعات"]
PUNCT = [" ", " ", " ", "، ", ". ", ": ", '"', "«", "»", "“", "”", "\n", "\n\n", ".و", "؟"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT))
texts = st.lists(token, min_size=1, max_size=120).map(lambda xs: " ".join(xs))


def spans_of(art: Article):
    for e in art.entities:
        yield from e.mentions
    yield from art.dates
    yield from art.quotes
    for ev in art.events:
        yield ev.trigger
        yield from ev.mentions
        if ev.sentence is not None:
            yield ev.sentence


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_every_span_points_into_text(raw: str) -> None:
    assume(raw.strip())  # blank input is refused with InputError (tested elsewhere)
    art = process_text(raw, published="2026-02-04")
    assert art.text == "\n\n".join(([art.title] if art.title else []) + art.paragraphs)
    for sp in spans_of(art):
        assert 0 <= sp.start <= sp.end <= len(art.text)
        assert art.text[sp.start:sp.end] == sp.text
    ids = {e.id for e in art.entities}
    for q in art.quotes:
        assert q.speaker is None or q.speaker in ids or not q.speaker.startswith("E")
    for ev in art.events:
        for ref in (ev.source, ev.target, ev.location, *ev.actors):
            assert ref is None or ref in ids or ref in ev.implied  # an implied country: named, no entity
        assert ev.quote is None or 0 <= ev.quote < len(art.quotes)

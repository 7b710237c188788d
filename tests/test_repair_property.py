"""Property tests for repair: every input line is accounted for, and nothing that occurs once is lost.

Articles are built from unique sentences, then damaged the way scrapers damage
them: repeated titles, full copies (with spelling variants), teasers cut
mid-word, paragraphs glued together without a separator, a repeated body.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.record import PARAGRAPH_SEP
from rasd.repair.dedup import MIN_DUP_WORDS
from rasd.repair.lines import match_key
from rasd.repair.repair import repair

VOCAB = (
    "الوزير الحكومة المدينة الشركة المشروع الاجتماع الرئيس المجلس الجامعة المستشفى السوق الطلاب "
    "أعلن أكد قال أضاف أوضح افتتح ناقش بحث وقع استقبل زار دعا أشار "
    "الجديد الكبير الأول الثاني الرسمي الوطني الدولي المحلي الاقتصادي الصحي "
    "اليوم أمس غدا صباح مساء خلال بعد قبل نحو حوالي لدى عبر ضمن بين "
    "مليون ألف ريال دولار عام شهر أسبوع يوم ساعة مرة "
    "إطار تعاون تطوير خدمة برنامج خطة مبادرة تقرير بيان اتفاق"
).split()

sentence = st.lists(st.sampled_from(VOCAB), min_size=6, max_size=14).map(lambda ws: " ".join(ws) + ".")
title_st = st.lists(st.sampled_from(VOCAB), min_size=3, max_size=8).map(" ".join)


def variant(text: str) -> str:
    """A spelling variant: hamza-less alef and a diacritic, same match key."""
    return text.replace("أ", "ا").replace("إ", "ا").replace("الوزير", "الوزيرُ")


def _unique(paras: list[str]) -> bool:
    """No paragraph opens another word for word: that one would be a teaser copy of the other (the
    repair's ``truncated_copy``), not a sentence of its own."""
    keys = [match_key(p) for p in paras]
    return not any(a != b and b.startswith(a + " ") for a in keys for b in keys)


@st.composite
def damaged_article(draw):
    paras = draw(st.lists(sentence, min_size=1, max_size=7, unique_by=match_key).filter(_unique))
    title = draw(title_st.filter(lambda t: match_key(t) not in {match_key(p) for p in paras}))
    lines = list(paras)
    # Glue a run of originals together (no separator), in place.
    if len(lines) >= 2 and draw(st.booleans()):
        i = draw(st.integers(0, len(lines) - 2))
        j = draw(st.integers(i + 2, len(lines)))
        lines[i:j] = ["".join(lines[i:j])]
    # Insert damaged copies.
    for _ in range(draw(st.integers(0, 4))):
        p = draw(st.sampled_from(paras))
        kind = draw(st.sampled_from(["copy", "variant", "teaser", "glued"]))
        if kind == "copy":
            piece = p
        elif kind == "variant":
            piece = variant(p)
        elif kind == "teaser":
            cut = draw(st.integers(len(p) // 2, len(p) - 2))
            piece = p[:cut].rstrip()
        else:
            q = draw(st.sampled_from(paras))
            piece = p + q
        lines.insert(draw(st.integers(0, len(lines))), piece)
    if draw(st.booleans()):
        lines = lines + list(paras)  # the whole body again
    metadata = draw(st.booleans())
    lines = [title, *([title] if draw(st.booleans()) else []), *lines]
    raw = "\n".join(lines)
    return raw, title, paras, metadata


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_article())
def test_every_line_accounted_for_and_unique_text_kept(case):
    raw, title, paras, metadata = case
    art = repair(raw, title=title if metadata else None)
    assert art.title == title
    # Every non-empty input line's words are covered by the output plus the removals.
    out_words: set[str] = set()
    for x in [art.title, *art.paragraphs, *art.related_headlines, *(r.text for r in art.removed)]:
        out_words.update(match_key(x).split())
    for line in raw.split("\n"):
        assert set(match_key(line).split()) <= out_words, line
    # Nothing that occurs once is dropped: every original paragraph is a kept paragraph.
    kept = [match_key(p) for p in art.paragraphs]
    for p in paras:
        assert match_key(p) in kept
    # No full copy of a real paragraph survives (short repeated lines are kept on purpose: refrains).
    long_kept = [k for k in kept if len(k.split()) >= MIN_DUP_WORDS]
    assert len(long_kept) == len(set(long_kept))
    # The record's text is the title and paragraphs joined.
    assert art.text == PARAGRAPH_SEP.join([art.title, *art.paragraphs])
    lines = raw.split("\n")
    for r in art.removed:
        assert r.text and r.text in lines[r.line]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_and_text_is_consistent(raw):
    art = repair(raw)
    assert art.text == PARAGRAPH_SEP.join([*([art.title] if art.title else []), *art.paragraphs])
    for (s, e), p in zip(art.paragraph_offsets(), art.paragraphs, strict=True):
        assert art.text[s:e] == p


_PIECES = [*"أإآاىيةهبت ،.؛:«»\"'ـًٌٍَُِّْ0123456789٣ﻻ_-\t", *VOCAB, " "]


@given(st.lists(st.sampled_from(_PIECES), max_size=120).map("".join), st.integers(min_value=1, max_value=40))
@settings(max_examples=300, deadline=None)
def test_a_segments_head_is_its_keys_start(text: str, n: int) -> None:
    """Segment.head keys only the start of a long text: it must equal the full key's start."""
    from rasd.repair.lines import Segment

    assert Segment(0, 0, len(text), text).head(n) == match_key(text)[:n]

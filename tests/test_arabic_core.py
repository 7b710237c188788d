"""The pure Arabic core: normalization, tokenization, sentence splitting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.normalize import normalize, normalize_for_match, normalize_with_map, source_span
from rasd.arabic.sentences import glued_boundaries, sentences
from rasd.arabic.tokenize import split_proclitics, strip_proclitics, tokenize

# Text drawn mostly from the Arabic blocks (letters, diacritics, digits, presentation forms) plus ASCII.
arabic_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
        st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
        st.sampled_from(list(" \n.,:;!?\"«»“”()-0123456789abcXYZ")),
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(arabic_text, st.text(max_size=100)))
def test_normalize_is_idempotent(s: str) -> None:
    assert normalize(normalize(s)) == normalize(s)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_normalize_with_map_agrees_and_maps_back(s: str) -> None:
    norm, index_map = normalize_with_map(s)
    assert norm == normalize(s)
    assert len(index_map) == len(norm) + 1
    assert all(0 <= i <= len(s) for i in index_map)
    assert index_map == sorted(index_map)


@settings(max_examples=300, deadline=None)
@given(st.one_of(arabic_text, st.text(max_size=100)))
def test_token_offsets_reproduce_source(s: str) -> None:
    for clitics in (False, True):
        toks = tokenize(s, clitics=clitics)
        for t in toks:
            assert s[t.start:t.end] == t.text
        assert [t.start for t in toks] == sorted(t.start for t in toks)
        # Nothing but whitespace is lost between tokens.
        assert "".join(t.text for t in toks) == "".join(s.split())


def test_normalize_folds_variants() -> None:
    assert normalize("أَحْمَد إبراهيم آل ٱلقدس") == "احمد ابراهيم ال القدس"
    assert normalize("مدرسة على") == "مدرسه علي"
    assert normalize("٢٠٢٦ ۱۴۴۷") == "2026 1447"
    assert normalize("ﻻ") == "لا"  # presentation form via NFKC
    assert normalize("عـــاجل") == "عاجل"  # tatweel
    assert normalize_for_match('"بريكس".') == "بريكس"


def test_source_span_maps_normalized_match_back() -> None:
    src = "قالَ الرئيسُ بوتين"
    norm, index_map = normalize_with_map(src)
    i = norm.index("الرئيس")
    s, e = source_span(index_map, i, i + len("الرئيس"))
    assert src[s:e] == "الرئيسُ"


def test_tokenize_splits_glued_punctuation_and_keeps_numbers() -> None:
    toks = [t.text for t in tokenize('ومجموعة "بريكس".وحسب 3.5 مليار ١٢٫٥ U.S')]
    assert toks[:6] == ["ومجموعة", '"', "بريكس", '"', ".", "وحسب"]
    assert "3.5" in toks and "١٢٫٥" in toks


def test_proclitic_splitting_is_conservative() -> None:
    assert [p for p, _, _ in split_proclitics("والصين")] == ["و", "الصين"]
    assert [p for p, _, _ in split_proclitics("والصين", article=True)] == ["و", "ال", "صين"]
    assert [p for p, _, _ in split_proclitics("بالمنظمة")] == ["ب", "المنظمة"]
    assert [p for p, _, _ in split_proclitics("ووصل")] == ["و", "وصل"]
    for whole in ("وزير", "والدة", "فلسطين", "وانغ", "ليبيا", "بكين"):
        assert split_proclitics(whole) == [(whole, 0, len(whole))]
    assert strip_proclitics("وللصين") == "لصين"
    kinds = [(t.text, t.kind) for t in tokenize("وأكد الوزير", clitics=True)]
    assert kinds == [("و", "clitic"), ("أكد", "word"), ("الوزير", "word")]


def test_sentences_split_glued_and_quoted() -> None:
    text = 'قال: "نعم".وحسب المصدر، انتهى الأمر.ووصل الوفد! هل يأتي؟ نعم'
    assert sentences(text) == ['قال: "نعم".', "وحسب المصدر، انتهى الأمر.", "ووصل الوفد!", "هل يأتي؟", "نعم"]
    assert len(glued_boundaries(text)) == 2
    assert sentences("ارتفع بنسبة 3.5 بالمئة.") == ["ارتفع بنسبة 3.5 بالمئة."]


def test_sentences_keep_abbreviations() -> None:
    text = "قال د.محمد إن شبكة إن.بي.سي نشرت الخبر.ووصل وانغ يي.وصرح بذلك"
    assert sentences(text) == ["قال د.محمد إن شبكة إن.بي.سي نشرت الخبر.", "ووصل وانغ يي.", "وصرح بذلك"]

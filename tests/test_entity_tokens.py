"""build_tokens gives the tokens of rasd.arabic.tokenize.tokenize, with the same offsets and kinds,
less the invisible format characters (direction marks, zero-width joiners)."""

from __future__ import annotations

from rasd.analyse.entities.tokens import _FORMAT_CHARS, build_tokens
from rasd.arabic.tokenize import tokenize

TEXT = ("قال وزيرُ الخارجية \"بريكس\".وحسب ولوزارة 3.5% و10:30 (CNN) أ.ف.ب — well-known\n"
        "للأمم المتحدة، والصين؛ 12٫5 ـــ ‌الحرب!")


def test_same_tokens_as_tokenize() -> None:
    for text in (TEXT, "", "  \n ", "كلمة"):
        got = [(t.text, t.start, t.end, t.kind) for t in build_tokens(text)]
        assert got == [(t.text, t.start, t.end, t.kind) for t in tokenize(text) if t.text not in _FORMAT_CHARS]


def test_direction_marks_are_not_tokens() -> None:
    text = "محمد الصغير، \u200f\u200fمستشار وزير الأوقاف"
    toks = build_tokens(text)
    assert [t.text for t in toks] == ["محمد", "الصغير", "،", "مستشار", "وزير", "الأوقاف"]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_lines_and_forms_follow_the_offsets() -> None:
    toks = build_tokens(TEXT)
    assert all(TEXT[t.start:t.end] == t.text for t in toks)
    assert [t.line for t in toks if t.text == "للأمم"] == [1]
    again = build_tokens("x " + TEXT)  # the per-word cache keeps offsets relative to each token
    w = next(t for t in again if t.text == "ولوزارة")
    assert all(w.start <= off <= w.end for _stem, off, _k in w.forms) and len(w.forms) > 1


def test_walid_is_no_title_but_the_priest_is() -> None:
    # "والد" is not و + ال + the abbreviation د.; a two-letter title after the article still is
    assert build_tokens("والد")[0].title() is None
    assert build_tokens("القس")[0].title() is not None


def test_per_word_memo_gives_the_uncached_answers_at_every_offset() -> None:
    # Tok keeps each look-up once per written word (offsets relative to it); at another offset and
    # in another article the answers must be what working them out afresh gives.
    from rasd.analyse.entities.tokens import _SEEN, COUNTERPART_STEMS, STOPWORDS
    from rasd.arabic.titles import strip_marks

    words = ("ووزير", "الرئيس", "والصيني", "الروسي", "نظيره", "للأمم", "وزارة", "والأمن", "ألماني", "في", "وفي",
             "محامية", "الرئيسين", "وكالة", "صحيفة", "بيونغ", "القس", "والد", "3.5", "،")
    text = " ".join(words)
    for prefix in ("", "x ", "كلام طويل\n"):
        _SEEN.clear()
        first = build_tokens(prefix + text)
        again = build_tokens(prefix + text)  # from the memo
        for a, b in zip(first, again, strict=True):
            for t in (a, b):
                assert t.title() == t._title()
                assert t.org_head() == t._org_head()
                hit = t._find(COUNTERPART_STEMS, article=False)
                assert t.counterpart() == (hit[1] if hit else None)
                assert t.definite == t._definite()
                assert t.word == (t.kind == "word")
                bare = strip_marks(t.text)
                assert t.stop == (bare in STOPWORDS or (bare[:1] in "وف" and bare[1:] in STOPWORDS))
            assert (a.title(), a.org_head(), a.counterpart(), a.demonym(), a.definite) == \
                   (b.title(), b.org_head(), b.counterpart(), b.demonym(), b.definite)
    toks = build_tokens("x والصيني")
    assert toks[1].demonym() == ("CN", toks[1].start + 1)
    assert build_tokens("ووزير")[0].title() == ("وزير", 1)

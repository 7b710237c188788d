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

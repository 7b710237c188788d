"""Memo caches added for speed (issue #17) return what the uncached functions return."""

from __future__ import annotations

from rasd.analyse.coref.features import title_stem


def test_title_stem_memo_is_the_function() -> None:
    words = ["المندوبة", "الرئيس", "ووزير", "لوزير", "برئيس", "زعيمه", "وزيرته", "محامية", "والمتحدث", "بيت",
             "ن", "", "الرئيسة", "ورئيسة"]
    title_stem.cache_clear()
    first = [title_stem(w) for w in words]
    assert first == [title_stem.__wrapped__(w) for w in words]
    assert [title_stem(w) for w in words] == first  # from the memo
    assert title_stem("المندوبة") == ("مندوب", "F") and title_stem("بيت") is None

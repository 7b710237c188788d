"""Whether a word reads as a third-person imperfect verb (pure, apart from reading one shipped table).

:func:`imperfect_word` takes a *normalized* word (``rasd.arabic.normalize``, or the repair layer's
match key, which folds the same way) with any clitic و/ف already removed. Words under four letters and
words ending in «يه» never are; يـ words are imperfects unless they are among the nouns and names of
:data:`NOT_IMPERFECT`; تـ words (which are as often
nouns: تنظيم، تنفيذ) count when the corpus table lists them (``rasd/data/time/t_imperfect.txt``,
built by ``scripts/build_time_verbs.py``) or when their shape says so.

The time grammar (is a date's context future?) and the repair layer (is a line a sentence with a
subject and a verb?) both ask this; it lives here, below both, so that repair needs no import of
the time layer (whose import builds its month gates).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# يـ words that are nouns, names or adjectives, and «يأتي» («يأتي ذلك بعد…»: this comes after what
# happened, no event to come).
NOT_IMPERFECT = frozenset({
    "ياتي", "تاتي", "يوم", "يوما", "يومي", "يوميا", "يوميه", "يونيو", "يوليو", "يناير", "يمين", "يسار", "يد", "يده",
    "يورو", "يونيسيف", "يونيسكو", "يونسكو", "يهود", "يهودي", "يهوديه", "يمني", "يمنيه", "يمنيين",
    "ياباني", "يابانيه", "يونان", "يوناني", "يونانيه", "يوغوسلافيا",
})

# تـ-imperfects known by their shape: form X «تستضيف», a doubled prefix «تتجه», form VII «تنطلق», form VIII
# «تحتفل» (their perfects and nouns start otherwise: استضاف، انطلق، احتفل؛ تنظيم، تنفيذ have a long vowel).
_T_IMPERFECT_SHAPE = re.compile(r"تست\w{2,}|تت\w{2,}|تن[^اوي][^اوي]\w|ت[^اتنوي]ت[^اوي]\w")


@cache
def _t_imperfects() -> frozenset[str]:
    """تـ + stem words the corpus reads as imperfect verbs; empty when the table is absent."""
    try:
        text = (resources.files("rasd") / "data" / "time" / "t_imperfect.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def imperfect_word(bare: str) -> bool:
    """Whether ``bare`` (normalized, clitic و/ف removed) reads as an imperfect verb of the 3rd person."""
    if len(bare) < 4 or bare.endswith("يه") or bare in NOT_IMPERFECT:
        return False
    if bare.startswith("ي"):
        return True
    return bare.startswith("ت") and (bare in _t_imperfects() or _T_IMPERFECT_SHAPE.fullmatch(bare) is not None)

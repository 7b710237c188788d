"""Language identification of an article (lingua, from the ``lang`` extra).

``detect(text)`` returns an ISO 639-1 code or None. lingua is asked to choose
among the languages an Arabic news stream actually mixes in (Arabic, the other
Arabic-script languages, and the European languages of wire copy), in its
low-accuracy mode on the first 600 characters: that is enough for whole
articles and keeps it around a millisecond. A sample whose letters are at
least 97 % core Arabic letters (U+0621–U+064A) is Arabic without asking lingua
(``method`` ``"arabic-letters"``): Persian, Urdu, Kurdish and the other
Arabic-script languages write letters outside that range (پ چ ژ گ ک ی ے ە …)
on every line, and this fast path is what keeps ``rasd process`` above 2,000
articles a second. Without lingua the script decides
(mostly Arabic letters → ``ar``), which cannot tell Arabic from Persian or
Urdu; ``method`` in :func:`detect_with_method` says which was used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SAMPLE = 600
_LANGS = ("ARABIC", "PERSIAN", "URDU", "ENGLISH", "FRENCH", "SPANISH", "GERMAN", "TURKISH", "RUSSIAN",
          "HEBREW", "ITALIAN", "INDONESIAN", "MALAY")


@lru_cache(maxsize=1)
def _detector() -> Any | None:
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    langs = [getattr(Language, name) for name in _LANGS if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def _by_script(sample: str) -> str | None:
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    if arabic / len(letters) >= 0.5:
        return "ar"
    latin = sum(1 for c in letters if c.isascii())
    return "en" if latin / len(letters) >= 0.5 else None


_AR_CORE = re.compile("[\u0621-\u064a]+")
_OTHER_LETTER = re.compile("[^\\W\\d_\u0621-\u064a]")
_AR_SHARE = 0.97
_FAST_SAMPLE = 200


def _plainly_arabic(sample: str) -> bool:
    sample = sample[:_FAST_SAMPLE]
    core = len(sample) - len(_AR_CORE.sub("", sample))
    other = len(_OTHER_LETTER.findall(sample))
    return core >= 20 and core >= _AR_SHARE * (core + other)


def detect_with_method(text: str) -> tuple[str | None, str]:
    """(language code or None, "arabic-letters" | "lingua" | "script")."""
    sample = text[:_SAMPLE]
    if _plainly_arabic(sample):
        return "ar", "arabic-letters"
    det = _detector()
    if det is None:
        return _by_script(sample), "script"
    lang = det.detect_language_of(sample)
    return (lang.iso_code_639_1.name.lower() if lang else None), "lingua"


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it has no letters."""
    return detect_with_method(text)[0]

"""Language identification of an article (lingua, from the ``lang`` extra).

``detect(text)`` returns an ISO 639-1 code or None. lingua is asked to choose
among the languages an Arabic news stream actually mixes in (Arabic, the other
Arabic-script languages, and the European languages of wire copy), in its
low-accuracy mode on the first 600 characters: that is enough for whole
articles and keeps it around a millisecond. Without lingua the script decides
(mostly Arabic letters → ``ar``), which cannot tell Arabic from Persian or
Urdu; ``method`` in :func:`detect_with_method` says which was used.
"""

from __future__ import annotations

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


def detect_with_method(text: str) -> tuple[str | None, str]:
    """(language code or None, "lingua" | "script")."""
    sample = text[:_SAMPLE]
    det = _detector()
    if det is None:
        return _by_script(sample), "script"
    lang = det.detect_language_of(sample)
    return (lang.iso_code_639_1.name.lower() if lang else None), "lingua"


def detect(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when it has no letters."""
    return detect_with_method(text)[0]

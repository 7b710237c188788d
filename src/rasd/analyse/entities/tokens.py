"""Token view of an article for the entity layer: offsets, lines, clitics, lexicon lookups.

Pure. :func:`build_tokens` tokenizes the article text once and annotates every
token with its normalized form, its line (a span never crosses a line or
paragraph break), and the ways proclitics may be peeled off it. Lookups
(:meth:`Tok.title`, :meth:`Tok.org_head`, :meth:`Tok.demonym`…) try the word as
written first and then without proclitics, so ``ووزير`` is the title ``وزير``
while ``وانغ`` stays a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.normalize import DIACRITICS, TATWEEL, normalize
from rasd.arabic.titles import (
    CONNECTOR_FORMS,
    COUNTERPART_STEMS,
    HONORIFIC_STEMS,
    MEDIA_HEAD_STEMS,
    ORG_HEAD_STEMS,
    STOPWORDS,
    TITLE_STEMS,
    strip_marks,
)
from rasd.arabic.tokenize import TOKEN_RE

_MARKS = set(DIACRITICS + TATWEEL)
# Proclitic chains, longest first: conjunction, preposition (ب ل ك), none of the article.
_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_PRONOUN_SUFFIX_RE = re.compile(r"(?:ها|هما|هم|هن|كم|نا)$")
_HAMZA_WAW = set("أإآؤو")
OPEN_QUOTES = "\"«“„'‘"
CLOSE_QUOTES = "\"»”'’"


def skip_letters(text: str, start: int, k: int) -> int:
    """Source offset after ``k`` base letters from ``start`` (diacritics ride along with their letter)."""
    i = start
    for _ in range(k):
        i += 1
        while i < len(text) and text[i] in _MARKS:
            i += 1
    return i


class _Word:
    """What a token's lexicon look-ups give for one word as written: they depend on its text
    alone, so each is worked out once per distinct word (across tokens and articles) and kept
    here, offsets relative to the word's start. ``_MISS``: not asked yet."""

    __slots__ = ("norm", "rel", "kind", "word", "stop", "title", "org", "counterpart", "demonym", "definite")

    def __init__(self, text: str, kind: str) -> None:
        norm = normalize(text)
        self.norm = norm
        self.rel = _forms(text, 0, norm) if kind == "word" else [(norm, 0, 0)]
        self.kind = kind
        self.word = kind == "word"
        bare = strip_marks(text)
        self.stop = bare in STOPWORDS or (bare[:1] in "وف" and bare[1:] in STOPWORDS)
        self.title = self.org = self.counterpart = self.demonym = self.definite = _MISS


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str  # word | number | punct
    line: int
    norm: str
    # (stem, source offset of the stem, number of clitic letters) — the word itself first.
    forms: list[tuple[str, int, int]]
    # kind == "word"; a stop word (as written, or after و/ف): plain fields, read millions of times
    word: bool
    stop: bool
    # The per-word memo of the look-ups below (see _Word); not part of a token's value.
    info: _Word = field(compare=False, repr=False)

    # -- lexicon ------------------------------------------------------------
    def _find(self, pool: frozenset[str] | set[str], article: bool = True) -> tuple[str, int] | None:
        for stem, off, _k in self.forms:
            if stem in pool:
                return stem, off
            if article and stem.startswith("ال") and len(stem) > 3 and stem[2:] in pool:
                return stem[2:], off  # not "و+ال+د" (the abbreviation د. read into والد)
        return None

    def title(self) -> tuple[str, int] | None:
        """(title stem, offset) when the word is a person title (``الرئيس``، ``ووزير``, dual ``الرئيسين``)."""
        # A function of the word as written (its forms come from it alone): kept per word (_Word)
        # with the offset relative to the token; the layers ask it of every token many times.
        w = self.info
        got = w.title
        if got is _MISS:
            hit = self._title()
            got = w.title = None if hit is None else (hit[0], hit[1] - self.start)
        return None if got is None else (got[0], got[1] + self.start)

    def _title(self) -> tuple[str, int] | None:
        hit = self._find(TITLE_STEMS) or self._find(HONORIFIC_STEMS)
        if hit:
            return hit
        if strip_marks(self.text).endswith("ة"):  # the feminine of a title: محامية، المحامية، مرشحة
            for stem, off, _k in self.forms:
                bare = stem[2:] if stem.startswith("ال") else stem
                if len(bare) > 3 and bare[:-1] in TITLE_STEMS and bare[:-1] not in _NOUN_FEMININES:
                    return bare[:-1], off
        for stem, off, _k in self.forms:  # duals: الرئيسين → رئيس
            bare = stem[2:] if stem.startswith("ال") else stem
            for suf in ("ين", "ان"):
                if bare.endswith(suf) and bare[:-2] in TITLE_STEMS and len(bare) > 4:
                    return bare[:-2], off
        return None

    def counterpart(self) -> int | None:
        w = self.info
        got = w.counterpart
        if got is _MISS:
            hit = self._find(COUNTERPART_STEMS, article=False)
            got = w.counterpart = hit[1] - self.start if hit else None
        return None if got is None else got + self.start

    def org_head(self) -> tuple[str, int, bool] | None:
        """(head stem, offset, definite) when the word is an organisation head noun."""
        w = self.info
        got = w.org
        if got is _MISS:
            hit = self._org_head()
            got = w.org = None if hit is None else (hit[0], hit[1] - self.start, hit[2])
        return None if got is None else (got[0], got[1] + self.start, got[2])

    def _org_head(self) -> tuple[str, int, bool] | None:
        for stem, off, _k in self.forms:
            if stem in ORG_HEAD_STEMS:
                return stem, off, False
            if stem.startswith("ال") and stem[2:] in ORG_HEAD_STEMS:
                return stem[2:], off, True
        return None

    def media_head(self) -> bool:
        h = self.org_head()
        return bool(h and h[0] in MEDIA_HEAD_STEMS)

    def demonym(self) -> tuple[str, int] | None:
        """(alpha2, offset) when the word is a demonym (``الروسي``، ``والصيني``)."""
        w = self.info
        got = w.demonym
        if got is _MISS:
            got = w.demonym = None
            for stem, off, _k in self.forms:
                code = demonym_country(stem)
                if code:
                    got = w.demonym = (code, off - self.start)
                    break
        return None if got is None else (got[0], got[1] + self.start)

    @property
    def connector(self) -> bool:
        return self.norm in CONNECTOR_FORMS

    @property
    def definite(self) -> bool:
        """Starts with the article (possibly after proclitics): الأمن، والأمن، للأمن — not ألماني، ألف."""
        w = self.info
        got = w.definite
        if got is _MISS:
            got = w.definite = self._definite()
        return got

    def _definite(self) -> bool:
        for stem, off, k in self.forms:
            if stem.startswith("ال") and len(stem) > 3:
                raw = strip_marks(self.text[off - self.start:])
                if raw.startswith("ال") or (k and raw.startswith("ل") and not self.norm[k:].startswith("ا")):
                    return True
        return False

    @property
    def bare_definite(self) -> bool:
        return strip_marks(self.text).startswith("ال") and len(self.norm) > 3

    @property
    def pronoun_suffix(self) -> bool:
        return bool(_PRONOUN_SUFFIX_RE.search(self.norm)) and len(self.norm) > 4

    @property
    def has_clitic(self) -> bool:
        return len(self.forms) > 1

    def conj(self) -> bool:
        """Starts with the conjunction و/ف and a lexicon word follows it (ووزير، والصيني)."""
        if self.norm[:1] not in "وف" or len(self.norm) < 3:
            return False
        rest = self.norm[1:]
        if self.text[1:2] in _HAMZA_WAW or (rest.startswith("ال") and len(rest) > 3):
            return True
        if strip_marks(self.text)[1:] in STOPWORDS or demonym_country(rest):
            return True
        bare = rest[2:] if rest.startswith("ال") else rest
        return bare in TITLE_STEMS or bare in ORG_HEAD_STEMS or bare in COUNTERPART_STEMS


# Feminines of titles that are first of all other nouns: محافظة (governorate), مساعدة (aid), قائدة…
_NOUN_FEMININES = frozenset(normalize(w) for w in ("محافظ", "مساعد", "أمين", "قائد", "ممثل", "نائب",
                                                   "خليفة", "لاعب", "مدير", "شيخ", "ملك"))


# Per word as written (a token's kind and forms depend on its text alone): its _Word (normalized
# form, forms with offsets relative to the word, the look-ups of Tok). Bounded.
_CACHE_MAX = 100_000
_SEEN: dict[str, _Word] = {}
_MISS: Any = object()


def _forms(text: str, start: int, norm: str) -> list[tuple[str, int, int]]:
    out = [(norm, start, 0)]
    for p in _PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            rest = norm[len(p):]
            off = skip_letters(text, start, len(p))
            out.append((rest, off, len(p)))
            if p.endswith("ل") and rest.startswith("ل") and len(rest) >= 4:
                # لل: ل + the article with its alef elided (للأمم = ل + الأمم)
                out.append(("ا" + rest, off, len(p)))
    return out


# Invisible format characters (direction marks, zero-width joiners, BOM) that the tokenizer
# returns as punctuation tokens: dropped, so "NAME، \u200fمستشار …" is an apposition.
_FORMAT_CHARS = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def build_tokens(text: str) -> list[Tok]:
    """Tokens of ``text`` with line numbers and proclitic forms."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    bisect_right = bisect.bisect_right
    out: list[Tok] = []
    seen = _SEEN  # words repeat, within an article and across articles: analyse each once
    # The tokens of rasd.arabic.tokenize.tokenize(text), taken straight from its pattern's
    # matches: building a Token for each, only to copy it into a Tok, cost as much again.
    for m in TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        if word in _FORMAT_CHARS:
            continue  # a direction mark (U+200F) between a comma and a title is not a word of the text
        w = seen.get(word)
        if w is None:
            if len(seen) > _CACHE_MAX:
                seen.clear()
            w = seen[word] = _Word(word, m.lastgroup or "punct")
        rel = w.rel
        # rel[0] is the word itself, (norm, 0, 0); most words have no other form
        forms = [(w.norm, start, 0)] if len(rel) == 1 else [(stem, start + off, k) for stem, off, k in rel]
        out.append(Tok(word, start, m.end(), w.kind, bisect_right(breaks, start), w.norm, forms, w.word, w.stop, w))
    return out


def token_index(toks: list[Tok]) -> tuple[list[int], list[int]]:
    """Sorted starts and ends, for mapping character offsets to tokens with bisect."""
    return [t.start for t in toks], [t.end for t in toks]

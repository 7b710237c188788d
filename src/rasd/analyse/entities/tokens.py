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


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    kind: str  # word | number | punct
    line: int
    norm: str
    # (stem, source offset of the stem, number of clitic letters) — the word itself first.
    forms: list[tuple[str, int, int]] = field(default_factory=list)

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
        # A function of the word as written (its forms come from it alone): cached across tokens and
        # articles with the offset relative to the token; the layers ask it of every token many times.
        got = _TITLES.get(self.text, _MISS)
        if got is _MISS:
            hit = self._title()
            got = _TITLES[self.text] = None if hit is None else (hit[0], hit[1] - self.start)
            if len(_TITLES) > _CACHE_MAX:
                _TITLES.clear()
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
        hit = self._find(COUNTERPART_STEMS, article=False)
        return hit[1] if hit else None

    def org_head(self) -> tuple[str, int, bool] | None:
        """(head stem, offset, definite) when the word is an organisation head noun."""
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
        for stem, off, _k in self.forms:
            code = demonym_country(stem)
            if code:
                return code, off
        return None

    @property
    def stop(self) -> bool:
        bare = strip_marks(self.text)
        return bare in STOPWORDS or (bare[:1] in "وف" and bare[1:] in STOPWORDS)

    @property
    def connector(self) -> bool:
        return self.norm in CONNECTOR_FORMS

    @property
    def definite(self) -> bool:
        """Starts with the article (possibly after proclitics): الأمن، والأمن، للأمن — not ألماني، ألف."""
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
    def word(self) -> bool:
        return self.kind == "word"

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


# Per word as written (a token's kind and forms depend on its text alone): its normalized form and
# forms with offsets relative to the word; its title look-up (:meth:`Tok.title`). Bounded.
_CACHE_MAX = 100_000
_SEEN: dict[str, tuple[str, list[tuple[str, int, int]]]] = {}
_TITLES: dict[str, tuple[str, int] | None] = {}
_MISS = object()


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
    out: list[Tok] = []
    seen = _SEEN  # words repeat, within an article and across articles: analyse each once
    # The tokens of rasd.arabic.tokenize.tokenize(text), taken straight from its pattern's
    # matches: building a Token for each, only to copy it into a Tok, cost as much again.
    for m in TOKEN_RE.finditer(text):
        word, start = m.group(), m.start()
        if word in _FORMAT_CHARS:
            continue  # a direction mark (U+200F) between a comma and a title is not a word of the text
        hit = seen.get(word)
        if hit is None:
            norm = normalize(word)
            rel = _forms(word, 0, norm) if m.lastgroup == "word" else [(norm, 0, 0)]
            if len(seen) > _CACHE_MAX:
                seen.clear()
            hit = seen[word] = (norm, rel)
        norm, rel = hit
        # rel[0] is the word itself, (norm, 0, 0); most words have no other form
        forms = [(norm, start, 0)] if len(rel) == 1 else [(stem, start + off, k) for stem, off, k in rel]
        out.append(Tok(word, start, m.end(), m.lastgroup or "punct", bisect.bisect_right(breaks, start), norm, forms))
    return out


def token_index(toks: list[Tok]) -> tuple[list[int], list[int]]:
    """Sorted starts and ends, for mapping character offsets to tokens with bisect."""
    return [t.start for t in toks], [t.end for t in toks]

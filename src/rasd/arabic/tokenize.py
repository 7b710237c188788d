"""Tokenization with character offsets, and proclitic splitting.

Pure: no I/O. Every token satisfies ``text[tok.start:tok.end] == tok.text``
(a hypothesis test checks it), so tokens are views of the source.

- ``tokenize(text)`` splits on whitespace and separates punctuation glued to
  words (``"بريكس".وحسب`` → ``"`` ``بريكس`` ``"`` ``.`` ``وحسب``). Numbers keep
  their inner ``.``/``,``/``:`` (``3.5``, ``10:30``); Latin words stay whole.
- ``tokenize(text, clitics=True)`` also splits the proclitics و ف ب ل ك and the
  article ال off a word when the split is safe (see :func:`split_proclitics`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.normalize import DIACRITICS, TATWEEL


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str = "word"  # word | number | punct | clitic


_MARKS = re.escape(DIACRITICS + TATWEEL)
# A word: letters/marks (any script), digits with inner separators, or one punctuation/symbol char.
# Public so a hot path (the NER tagger) can take the matches without building Token objects;
# the group name (number / word / punct) is the token kind.
# A word's letters and marks are taken as whole runs, possessively (``++``, ``*+``): nothing follows
# the loop inside its branch, so the greedy loop never gave back a character, and the matches are
# those of the one-character-a-turn loop ``(?:[^\W\d_]|[marks]|['’-](?=…))*`` (a test checks it);
# the entities' tokens and the NER tagger both scan every article with it.
TOKEN_RE = re.compile(
    rf"(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:٫٬/][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]++|[{_MARKS}\u200c\u200d]++|['’\-](?=[^\W\d_]))*+)"
    r"|(?P<punct>[^\s])"
)

# Proclitic chain: conjunction, then preposition, then the article.
_PROCLITIC_RE = re.compile(r"^(?P<conj>[وف])?(?P<prep>[بكل])?(?P<art>ال|(?<=ل)ل)?")
_SAFE_BARE_CONJ_NEXT = set("أإآوؤ")  # و/ف before these letters is (almost) always the conjunction
_MIN_STEM = 3


def split_proclitics(word: str, article: bool = False) -> list[tuple[str, int, int]]:
    """Split a word into ``(piece, start, end)`` with proclitics separated when safe.

    Safe splits (chosen for precision; Arabic clitics are ambiguous without a
    lexicon — وزير is not و+زير, والدة is not و+ال+دة):
    - any chain ending in the article: وال، فال، بال، كال، وبال، لل (ل+ال), ولل …,
      when at least three letters remain after the article;
    - a bare و/ف before a hamza-alef or و (وأكد، ووصل، فإن).
    The article itself is split off only with ``article=True`` (the default keeps
    ``الصين`` whole, which is what search and names want).
    """
    m = _PROCLITIC_RE.match(word)
    if not m or m.end() == 0:
        return [(word, 0, len(word))]
    conj, prep, art = m.group("conj"), m.group("prep"), m.group("art")
    if art is None:
        if conj and not prep and len(word) >= 4 and word[1] in _SAFE_BARE_CONJ_NEXT:
            return [(conj, 0, 1), (word[1:], 1, len(word))]
        return [(word, 0, len(word))]
    if len(word) - m.end() < _MIN_STEM:
        return [(word, 0, len(word))]
    pieces: list[tuple[str, int, int]] = []
    pos = 0
    for part in (conj, prep):
        if part:
            pieces.append((part, pos, pos + 1))
            pos += 1
    if article:
        pieces.append((art, pos, pos + len(art)))
        pos += len(art)
    elif art == "ل":  # ل + ل(article, alef elided): restore nothing, keep "ل..." as written
        pass
    pieces.append((word[pos:], pos, len(word)))
    return pieces


def tokenize(text: str, clitics: bool = False) -> list[Token]:
    """Tokens of ``text`` with offsets (see module docstring)."""
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "punct"
        s, e = m.start(), m.end()
        if clitics and kind == "word":
            pieces = split_proclitics(m.group())
            for i, (piece, ps, pe) in enumerate(pieces):
                k = "clitic" if i < len(pieces) - 1 else "word"
                tokens.append(Token(piece, s + ps, s + pe, k))
            continue
        tokens.append(Token(m.group(), s, e, kind))
    return tokens


def strip_proclitics(word: str) -> str:
    """The word without its safely-split proclitics, article kept (والصين → الصين)."""
    return split_proclitics(word)[-1][0]


def words(text: str) -> list[str]:
    """Just the word strings (no punctuation) of ``text``."""
    return [t.text for t in tokenize(text) if t.kind != "punct"]

"""Lines and glued segments of raw text, with match keys.

Pure: no I/O. The repair step works on *segments*: a raw line, or one piece of a
line that a scraper ran together from several paragraphs. Each segment keeps
its original text (what the output shows) and a match key (what duplicate
detection compares).

Rules:

- ``match_key(s)``: the normalized view (``rasd.arabic.normalize``: diacritics,
  tatweel, alef/ya/ta-marbuta variants, Arabic-Indic digits folded) with every
  run of non-word characters (punctuation, quote marks, spaces) collapsed to
  one space. Spelling variants of one sentence get the same key.
- ``glued_splits(line)``: split points where a sentence ends and the next one
  starts with no separator: one terminator (``.``, ``؟``, ``?``, ``!``, or a
  ``؟!`` pair), optionally followed by closing quotes, directly followed by an
  Arabic letter or an opening quote (``"بريكس".وحسب``, ``يي.وصرح``). Not a
  split: an ellipsis (``..حتى``), a one-letter abbreviation (``د.محمد``,
  ``م.عادل``), a Latin letter spelt in Arabic (``إس.إي``), a terminator after a
  Latin letter or inside «…» guillemets or (…) brackets (``«بي.كيه.كيه»``), a dotted abbreviation (``إن.بي.سي``: a short word right
  after the cut is followed by another period), or a split that would leave a
  piece of fewer than two words.
- ``ends_sentence(s)``: the text ends with terminal punctuation (optionally
  followed by closing quotes/brackets).
- ``headline_like(s)``: 3–20 words, at most 160 characters, and no terminal
  punctuation at the end; the shape of a news headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.normalize import normalize

_MARKS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u061c\ufeff]+")
_PUNCT_RE = re.compile(r"[^\w\s]")  # one class, no alternation: re's fast path ("_" is replaced apart)
_PLAIN_RE = re.compile(r"[\u0621-\u064a0-9A-Za-z\s]*")
_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ة", "ه"))
_AR_LETTER = "\u0621-\u064a\u0671-\u06d3"
# A run of terminators, closing quotes, then a letter or opening quote; the run is checked in
# glued_splits (starting the pattern with a character class keeps the scan fast).
_GLUE_RE = re.compile(rf"(?P<term>[.?!؟…]+)(?P<close>[\"'»”’)]*)(?=[\"«“]?[{_AR_LETTER}])")
_ONE_END = frozenset({".", "?", "!", "؟", "؟!", "!؟"})
_CLOSERS = "\"'»”’)]}"
_TERMINAL_END = ".!?؟…:"
_TWO_WORDS_RE = re.compile(r"\s*\S+\s+\S")
_AR_WORD_RE = re.compile(rf"[{_AR_LETTER}0-9\u0660-\u0669]+")
_DOMAIN_RE = re.compile(r"(?:كوم|نت|أورغ|أورج|اورج|إنفو)(?![\u0621-\u064a])")  # "برانكرات.كوم": a web address
_DOTTED_NEXT_RE = re.compile(rf"[\"«“]?[{_AR_LETTER}]{{1,3}}\.")
# Latin letters spelt in Arabic script ("إس. إي 370", "مايكل بي. جوردان"): a period after them is an initial.
_LETTER_NAMES = frozenset(
    "بي تي ثي جي دي إف اف إس اس إم ام إن ان إل ال إتش اتش إي اي آي أي أو او يو كيه آر ار في واي زد سي إكس اكس كيو".split()
)
_WORD_RE = re.compile(rf"[{_AR_LETTER}A-Za-z0-9\u0660-\u0669]+")


_KEYS: dict[str, str] = {}  # the last few thousand keys: one article's lines are keyed by several steps
_KEYS_MAX = 4096


def match_key(text: str) -> str:
    """Normalized, punctuation-free, space-collapsed form of ``text`` for matching."""
    key = _KEYS.get(text)
    if key is not None:
        return key
    # Written for speed (it sees every character of every article): marks out, punctuation to
    # spaces, then the letter folds with str.replace; only text with characters outside plain
    # Arabic/ASCII (presentation forms, Arabic-Indic digits, ٱ) takes rasd's full normalize().
    s = _PUNCT_RE.sub(" ", _MARKS_RE.sub("", text)).replace("_", " ")
    if not _PLAIN_RE.fullmatch(s):
        s = _PUNCT_RE.sub(" ", normalize(s)).replace("_", " ")
    for a, b in _FOLDS:
        s = s.replace(a, b)
    key = " ".join(s.split())
    if len(_KEYS) >= _KEYS_MAX:
        _KEYS.clear()
    _KEYS[text] = key
    return key


def word_count(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with terminal punctuation (closing quotes may follow)."""
    t = text.rstrip().rstrip(_CLOSERS)
    return bool(t) and t[-1] in _TERMINAL_END


def headline_like(text: str) -> bool:
    """Short, unpunctuated at the end: the shape of a headline (see module docstring)."""
    n = word_count(text)
    return 3 <= n <= 20 and len(text) <= 160 and not ends_sentence(text) and bool(_WORD_RE.search(text))


def _word_before(text: str, pos: int) -> str:
    """The run of letters/digits that ends right before ``pos`` (closing quotes skipped)."""
    j = pos
    while j > 0 and text[j - 1] in _CLOSERS:
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum()):
        i -= 1
    return text[i:j]


def glued_splits(line: str) -> list[int]:
    """Offsets in ``line`` where a new glued sentence starts (see module docstring)."""
    cuts: list[int] = []
    open_guillemets = 0
    open_parens = 0
    straight = 0
    last_scan = 0
    prev = 0
    for m in _GLUE_RE.finditer(line):
        if m.group("term") not in _ONE_END:
            continue  # an ellipsis "..", "!..": a pause inside the paragraph
        # Track «…» nesting (and straight quotes since the last cut) incrementally: the scan stays linear.
        chunk = line[last_scan:m.start()]
        open_guillemets += chunk.count("«") - chunk.count("»")
        open_parens += chunk.count("(") - chunk.count(")")
        straight += chunk.count('"')
        last_scan = m.start()
        if open_guillemets > 0 or open_parens > 0:
            continue
        word = _word_before(line, m.start())
        if len(word) < 2 or not _AR_WORD_RE.fullmatch(word) or word in _LETTER_NAMES:
            continue  # abbreviation (د.), Latin letter spelt in Arabic (إس.), Latin/URL context
        if line[m.start() - len(word) - 1:m.start() - len(word)] == "." or _DOTTED_NEXT_RE.match(line, m.end()) \
                or _DOMAIN_RE.match(line, m.end()):
            continue  # dotted abbreviation: إن.بي.سي
        cut = m.end()
        if m.group("close")[:1] == '"' and straight % 2 == 0:
            # The piece's straight quotes are balanced: a quote after its stop opens the next piece
            # («…الإرهاب"."ابني … بارد"»: a glued headline in quotation marks), it closes nothing.
            cut = m.start() + len(m.group("term"))
        # Both pieces need two words; test with anchored regexes, not slices (slicing the rest
        # of the line at every cut would be quadratic on a long glued line).
        if not _TWO_WORDS_RE.match(line, prev) or _TWO_WORDS_RE.match(line, prev).end() > cut \
                or not _TWO_WORDS_RE.match(line, cut):
            continue
        cuts.append(cut)
        prev = cut
        # the next chunk is counted from m.start(): the quotes before the cut are this piece's
        straight = -line.count('"', m.start(), cut)
    return cuts


_HEAD_CHARS = 96  # raw characters keyed for a key's head (see Segment.head)


@dataclass(slots=True)
class Segment:
    """A piece of a raw line: ``text == raw_line[start:end]``; ``key`` is its match key, computed
    when first asked for (most paragraphs are compared by their :meth:`head` only)."""

    line: int  # 0-based raw line number
    start: int
    end: int
    text: str
    _key: str | None = None
    part: int = 0  # index of this piece within its line
    parts: int = 1  # how many pieces the line was split into

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = match_key(self.text)
        return self._key

    @property
    def glued(self) -> bool:
        return self.parts > 1

    def head(self, n: int) -> str:
        """The first ``n`` characters of :attr:`key` (all of it when shorter), keying only the
        start of a long text: every step of :func:`match_key` is local, so the key of a prefix
        of the text, less its last (perhaps cut) word, is a prefix of the key."""
        if self._key is not None or len(self.text) <= _HEAD_CHARS:
            return self.key[:n]
        k = match_key(self.text[:_HEAD_CHARS])
        k = k[:k.rfind(" ")] if " " in k else ""
        return k[:n] if len(k) >= n else self.key[:n]


def trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` of ``line`` past surrounding whitespace."""
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end


def segments_of(line_no: int, line: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Split ``line[start:end]`` at glued boundaries into trimmed segments."""
    end = len(line) if end is None else end
    body = line[start:end]
    cuts = [start + c for c in glued_splits(body)]
    if not cuts:  # most lines: one segment, the line itself
        s, e = trimmed(line, start, end)
        return [Segment(line_no, s, e, line[s:e])] if e > s else []
    bounds = [start, *cuts, end]
    out: list[Segment] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        s, e = trimmed(line, a, b)
        if e > s:
            out.append(Segment(line_no, s, e, line[s:e]))
    for i, seg in enumerate(out):
        seg.part, seg.parts = i, len(out)
    return out

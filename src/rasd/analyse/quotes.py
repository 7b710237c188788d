"""The quotes layer: direct and indirect speech with its speaker.

``annotate(article)`` fills ``article.quotes`` with :class:`rasd.record.Quote`
spans (``text == article.text[start:end]``), ordered by position. It reads
``article.entities`` (filled earlier by the entity layer) to link speakers, and
works without them (speakers are then descriptive strings).

Span conventions (the annotation set in ``rasd/eval/data/quotes.jsonl`` follows them):

- **direct**: the content inside the quote marks (" « » “ ” „), whitespace
  trimmed, nested quotes kept inside. Marks are paired by context (a mark after
  a space and before a letter opens…) and a stack, so nested and reversed marks
  work. An opener never closed runs to the end of its paragraph, or, when a
  nested quote closes right before terminal punctuation (``ومجموعة "بريكس".``),
  to that closing mark: the writer's lost closer merged with the inner one.
  Quoted strings count as quotes only when attributed: a cue before them in the
  sentence (``وقال X: "…"``, ``عن X قوله: "…"``), a cue after them
  (``"…"، قال X``) or a paragraph made of a quote that continues the previous
  speaker. Scare quotes and names in quotes are not quotes.
- **indirect**: the reported clause after the complementizer
  (أن/إن/بأن, with its pronoun: ``بأنه`` belongs to the cue side) up to the end
  of the sentence, ending earlier before the writer's trailing clause
  ``، وذلك…``, before a chained statement (``، مشيراً إلى أن…`` is a quote of
  its own by the same speaker) and before a trailing attribution ``، بحسب…``.
  Attribution phrases make quotes too: ``وحسب X، CLAUSE`` and ``CLAUSE، بحسب X``
  (the clause is the span) when X is a speaker-like phrase.

Speakers: the entity (PER first) mentioned in the speaker part (between the
cue and the quote/أن, cut at the first comma and at circumstance words like
``للصحفيين، في، اليوم``; after ``عن`` for relay verbs ``نقلت … عن X قوله``);
a role-only description (``المتحدث الرسمي لوزارة الخارجية الصينية``) linked to
the entity holding that role (entity roles, or the text ``ROLE NAME`` elsewhere);
a continuation without a subject (``وأضاف أن``، ``مشيراً إلى أن``) takes the
previous speaker; otherwise the speaker part as a descriptive string
(``مصادر مطلعة``) or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.arabic import reporting as R
from rasd.arabic.normalize import DIACRITICS, TATWEEL, normalize, normalize_with_map, source_span
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Quote

_ALEF = str.maketrans("أإآٱ", "اااا")
_DIAC_RE = re.compile(f"[{re.escape(DIACRITICS + TATWEEL)}]")


def _alt(words) -> str:  # type: ignore[no-untyped-def]
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


def _nset(words) -> set[str]:  # type: ignore[no-untyped-def]
    return {normalize(w) for w in words}


def _sset(words) -> set[str]:  # type: ignore[no-untyped-def]
    """Source-side forms: diacritics dropped, alef variants folded, ى and ة kept (على ≠ علي)."""
    return {_DIAC_RE.sub("", w).translate(_ALEF) for w in words}


_VERBS_N = _nset(R.REPORTING_VERBS)
_PRESENT_N = _nset(R.PRESENT_VERBS)
_AMBIG_N = _nset(R.AMBIGUOUS_VERBS)
_RELAY_N = _nset(R.RELAY_VERBS)
_PART_N = _nset(R.REPORTING_PARTICIPLES)
_NOUN_N = _nset(R.SPEECH_NOUNS)
_BLOCK_N = _nset(R.COMPLEMENT_BLOCKERS)
_SOURCE_N = _nset(R.SOURCE_NOUNS)
_ROLE_N = _nset(R.ROLE_NOUNS)
_ANON_N = _nset(R.ANONYMOUS_SPEAKERS)
_IMPERSONAL_N = _nset(R.IMPERSONAL_BEFORE)
_ANAPHOR_N = {normalize(k): normalize(v) for k, v in R.SOURCE_ANAPHORS.items()}
_STOPS_S = _sset(R.SPEAKER_STOPS)
_STRONG_S = _sset(R.SPEAKER_STOPS_STRONG - {"في"})  # في also opens role phrases (المكلف بالإعلام في…)
_TITLES_S = _sset(R.TITLES)
_HEADS_N = _ANON_N | _SOURCE_N | _ROLE_N | set(_ANAPHOR_N)
_RELATIVES_N = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"}

# A cue word: optional conjunction و/ف + a reporting verb, participle or speech noun.
_CUE_RE = re.compile(rf"(?<!\w)(?P<conj>[وف])?(?P<w>{_alt(_VERBS_N | _PART_N | _NOUN_N)})(?!\w)")
_COMP_RE = re.compile(
    rf"(?<!\w)(?:(?P<prep>{_alt(R.COMPLEMENTIZER_PREPS)})\s+)?"
    rf"(?P<comp>ب?ان(?:{_alt(R.COMPLEMENTIZER_SUFFIXES)})?)(?!\w)(?!\s*\))"  # not "(تي إن)"
)
_ATTR_RE = re.compile(
    r"(?<!\w)(?P<conj>و)?(?P<w>ب?حسب|وفق(?:ا?\s*ل)?|طبقا\s*ل|نقلا\s+عن|علي\s+حد\s+قول)(?=\s|\w)"
)
# A clause ends before the writer's comment (، وذلك…), a trailing attribution (، بحسب…)
# or a chained circumstantial participle (، مشيداً ب…، مستغربين…), reporting or not.
_TRAILING_RE = re.compile(
    r"\s+وذلك(?!\w)|\s*:|"
    rf"\s*[،,؛]\s*(?:(?:{_alt(R.TRAILING_CLAUSES)}|و?ب?حسب|وفق(?:ا?\s*ل)?|طبقا\s*ل)(?!\w)"
    r"|م\w{3,}(?:(?<![هن])ا|ين)(?!\w))"
)
_WORD_RE = re.compile(r"\S+")
_PUNCT_TRIM = " \t\n.,،:؛;!?؟…-"
MARKS = "«»“”„\""
_TERMINAL = set(".!?؟…")
_SPEAKER_VERB_AFTER_RE = re.compile(r"ما\s+\S+(?:\s+به)?\s+")
_LINK_RE = re.compile(r"ل[«\"“”]")
_PRECEDED_RE = re.compile(r"[،,؛]\s*$")


@dataclass
class _Cue:
    start: int  # normalized offsets of the cue word (conjunction included)
    end: int
    word: str  # normalized cue word, no conjunction
    conj: bool
    kind: str  # verb | participle | noun | attribution


@dataclass
class _Cand:
    start: int  # normalized offsets of the quoted content
    end: int
    kind: str
    cue: _Cue | None
    region: tuple[int, int] | None  # normalized speaker part; None → previous speaker
    sentence: int = 0  # start of the sentence of the cue
    strict: bool = False  # region is a guess: use it only when it clearly names a speaker

    @property
    def anchor(self) -> int:
        return self.cue.start if self.cue is not None and self.cue.start < self.start else self.start


@dataclass
class _Ctx:
    """Everything one article's analysis needs, computed once."""

    art: Article
    text: str = ""
    norm: str = ""
    imap: list[int] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    cues: list[_Cue] = field(default_factory=list)
    mentions: list[tuple[int, int, Entity]] = field(default_factory=list)
    openers: list[int] = field(default_factory=list)  # openers of direct quotes found

    def __post_init__(self) -> None:
        self.text = self.art.text
        self.norm, self.imap = normalize_with_map(self.text)
        self.sents = split_sentences(self.norm)
        for m in _CUE_RE.finditer(self.norm):
            w = m.group("w")
            kind = "participle" if w in _PART_N else "noun" if w in _NOUN_N else "verb"
            self.cues.append(_Cue(m.start(), m.end(), w, bool(m.group("conj")), kind))
        self.mentions = sorted(
            ((m.start, m.end, e) for e in self.art.entities for m in e.mentions), key=lambda x: (x[0], -x[1])
        )

    def src(self, s: int, e: int) -> tuple[int, int]:
        return source_span(self.imap, s, e)

    def src_word(self, s: int, e: int) -> str:
        a, b = self.src(s, e)
        return _DIAC_RE.sub("", self.text[a:b]).translate(_ALEF).strip(MARKS + "().")

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def per_inside(self, s: int, e: int) -> list[Entity]:
        ss, se = self.src(s, e)
        return [ent for ms, me, ent in self.mentions if ms >= ss and me <= se and ent.type == "PER"]


# -- quote marks ----------------------------------------------------------------

def _pair_marks(norm: str, ps: int, pe: int) -> list[tuple[int, int, bool]]:
    """Top-level quote segments of one paragraph: (opener, closer-or-end, closed)."""
    stack: list[tuple[int, str]] = []
    out: list[tuple[int, int, bool]] = []
    last_nested_close = -1
    for i in range(ps, pe):
        ch = norm[i]
        if ch not in MARKS:
            continue
        prev = norm[i - 1] if i > ps else " "
        nxt = norm[i + 1] if i + 1 < pe else " "
        left_open = (prev.isspace() or prev in "(:[،,؛" or prev in MARKS
                     or (prev in "وبلفك" and (i - 1 == ps or norm[i - 2].isspace())))
        right_close = nxt.isspace() or nxt in ".,،:؛;!?؟)]…" or nxt in MARKS
        if ch == "«":
            opening = not (right_close and not left_open)
        elif ch == "»":
            opening = left_open and not right_close
        elif left_open and not right_close:
            opening = True
        elif right_close and not left_open:
            opening = False
        else:
            opening = not stack
        if opening:
            if not stack:
                last_nested_close = -1
            stack.append((i, ch))
            continue
        for k in range(len(stack) - 1, -1, -1):  # close the nearest compatible opener
            o, och = stack[k]
            if (och == "«") == (ch == "»"):
                del stack[k:]
                if k == 0:
                    out.append((o, i, True))
                else:
                    last_nested_close = i
                break
    if stack:
        o = stack[0][0]
        end = pe
        if last_nested_close > o and last_nested_close + 1 < pe and norm[last_nested_close + 1] in _TERMINAL:
            end = last_nested_close + 1  # the writer's closer merged with the nested one
        out.append((o, end, False))
    return out


def _content(norm: str, o: int, c: int, closed: bool) -> tuple[int, int]:
    s, e = o + 1, c
    while s < e and norm[s].isspace():
        s += 1
    trim = " \t\n" if closed else _PUNCT_TRIM
    while e > s and norm[e - 1] in trim:
        e -= 1
    return s, e


# -- speaker ------------------------------------------------------------------------

def _words(norm: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(norm, s, e)]


def _comma_cut(ctx: _Ctx, s: int, e: int) -> int:
    for sep in ("،", ",", ":", "\n", "؛"):
        k = ctx.norm.find(sep, s, e)
        if k >= 0:
            e = k
    return e


def _trim_region(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """The speaker part proper: up to the first comma and circumstance word."""
    e = _comma_cut(ctx, s, e)
    end = s
    for ws, we, w in _words(ctx.norm, s, e):
        if ctx.src_word(ws, we) in _STOPS_S or _LINK_RE.match(w):
            break
        end = we
    return s, end


def _clean(phrase: str) -> str:
    """A speaker string without edge punctuation; quote marks go only when unbalanced."""
    phrase = phrase.strip(" \t\n.,،:؛;!?؟…-")
    n_marks = sum(phrase.count(m) for m in MARKS)
    if n_marks % 2 or phrase.count("(") != phrase.count(")"):
        phrase = phrase.strip(MARKS + "() ")
    return phrase


def _segments(ctx: _Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated stretches of a speaker part, each cut at its first strong stop word."""
    out = []
    for m in re.finditer(r"[^،,؛:\n]+", ctx.norm[s:e]):
        a, b = s + m.start(), s + m.end()
        end = a
        for ws, we, _w in _words(ctx.norm, a, b):
            if ctx.src_word(ws, we) in _STRONG_S:
                break
            end = we
        words = _words(ctx.norm, a, end)
        if words:
            out.append((words[0][0], words[-1][1]))
    return out


def _title_name(ctx: _Ctx, s: int, e: int, within: int = 0) -> str | None:
    """The name after the last honorific of a role description (…المهندس محمد العمرة).

    ``within``: when set, the honorific must be among the first ``within`` words.
    """
    words = _words(ctx.norm, s, _comma_cut(ctx, s, e))
    if within:
        words = words[: within + 6]
    at = max((i for i, (ws, we, _w) in enumerate(words) if ctx.src_word(ws, we) in _TITLES_S), default=-1)
    if at < 0 or (within and at >= within):
        return None
    name = []
    for ws, we, w in words[at + 1: at + 7]:
        if ctx.src_word(ws, we) in _STOPS_S or w.strip(MARKS) in _ROLE_N:
            break
        name.append((ws, we))
    if not name:
        return None
    a, b = ctx.src(name[0][0], name[-1][1])
    return _clean(ctx.text[a:b])


def _role_tokens(phrase: str) -> list[str]:
    toks = []
    for t in normalize(phrase).split():
        if t == "باسم":
            continue
        if t.startswith("ل") and not t.startswith("ال") and len(t) > 4:
            t = t[1:]
        toks.append(t)
    return toks


def _link_role(ctx: _Ctx, phrase: str) -> Entity | None:
    """The person the article named with this role: by entity roles, then by ``ROLE NAME`` in the text."""
    want = _role_tokens(phrase)
    if len(want) < 2:
        return None
    ws = set(want)
    for e in ctx.art.entities:
        if e.type != "PER":
            continue
        for role in e.roles:
            rs = set(_role_tokens(role))
            if ws == rs or (ws <= rs and len(ws) >= len(rs) - 1) or (rs <= ws and len(rs) >= max(2, len(ws) - 1)):
                return e
    pat = re.compile(r"(?<!\w)[وف]?ل?" + r"\s+(?:باسم\s+)?ل?".join(re.escape(t) for t in want) + r"\s+")
    for m in pat.finditer(ctx.norm):
        at = ctx.src(m.end(), m.end())[0]
        for ms, _me, ent in ctx.mentions:
            if ms == at and ent.type == "PER":
                return ent
    return None


def _name_match(ctx: _Ctx, phrase: str) -> Entity | None:
    """A surname-only or first-name-only reference to a PER entity (عن جيان)."""
    toks = normalize(phrase).split()
    if not toks or len(toks) > 3:
        return None
    for e in ctx.art.entities:
        if e.type != "PER":
            continue
        for form in [e.name, *e.aliases]:
            ft = normalize(form).split()
            if len(ft) > len(toks) and (ft[-len(toks):] == toks or ft[: len(toks)] == toks):
                return e
    return None


def _antecedent(ctx: _Ctx, indef: str, before: int) -> str | None:
    """The last ``indef X…`` phrase (صحيفة "ذي ميل", وزارة الصحة) before ``before``."""
    best = None
    for m in re.finditer(rf"(?<!\w)[وف]?{re.escape(indef)}\s+", ctx.norm[:before]):
        best = m
    if best is None:
        return None
    ws = best.start() + (1 if ctx.norm[best.start()] in "وف" and not ctx.norm.startswith(indef, best.start()) else 0)
    words = _words(ctx.norm, ws, _trim_region(ctx, ws, min(len(ctx.norm), ws + 80))[1])[:5]
    if len(words) < 2:
        return None
    a, b = ctx.src(words[0][0], words[-1][1])
    return ctx.text[a:b]


def _resolve(ctx: _Ctx, s: int, e: int, history: list[str], strict: bool = False) -> str | None:
    """Speaker named in ``norm[s:e]``: entity id, descriptive string or None.

    ``strict``: return something only when the part clearly names a speaker
    (entity, source/role/anonymous head, a titled name).
    """
    if strict:
        # a guessed region may start with the verb or a connective: start at a known head
        words = _words(ctx.norm, s, _comma_cut(ctx, s, e))[:5]
        heads = [w for w in words if w[2].strip(MARKS + "()") in _HEADS_N]
        if heads:
            s = heads[0][0]
    ts, te = _trim_region(ctx, s, e)
    if te <= ts:
        return None
    segments = _segments(ctx, ts, e)
    head = ctx.norm[ts:te].split()[0].strip(MARKS + "()")
    if head in _ANON_N or head in _SOURCE_N:
        # مصادر مقربة من قائد الفريق ياسر القحطاني: the person after من is not the speaker
        segments[0] = (ts, te)
    for k, (a, b) in enumerate(segments):
        # a person named in the speaker part: anywhere in its first stretch, or opening
        # a later comma-separated stretch (المتحدث باسم المجلس، نيد برايس، أن…)
        sa, sb = ctx.src(a, b)
        for ms, me, ent in ctx.mentions:
            if ent.type == "PER" and sa <= ms and me <= sb and (k == 0 or ms == sa):
                return ent.id
    ss, se = ctx.src(ts, te)
    inside = [(ms, ent) for ms, me, ent in ctx.mentions if ms >= ss and me <= se]
    phrase = _clean(ctx.text[ss:se])
    if head in _HEADS_N:
        for a, b in segments[1:]:
            words = _words(ctx.norm, a, b)
            if 2 <= len(words) <= 4 and not words[0][2].startswith("ال") and all(
                    ctx.src_word(ws, we) not in _STOPS_S for ws, we, _w in words):
                x, y = ctx.src(a, b)
                return ctx.text[x:y]  # an appositive name: المتحدث باسم المجلس، نيد برايس،
    if head in _ANON_N:
        return " ".join(phrase.split()[:8])
    if head in _ANAPHOR_N:
        # وأوضحت الصحيفة → the newspaper named before (صحيفة "…" / أعلنت وزارة الصحة).
        named = _antecedent(ctx, _ANAPHOR_N[head], ts)
        if named:
            return named
    if head in _ROLE_N:
        ent = _link_role(ctx, phrase)
        if ent is not None:
            return ent.id
    elif inside and (inside[0][0] == ss or len(ctx.text[ss:inside[0][0]].split()) <= 1):
        return inside[0][1].id  # وأعلنت وزارة الخارجية… — an organisation or country heading the part
    ent = _name_match(ctx, phrase)
    if ent is not None:
        return ent.id
    name = _title_name(ctx, s, e, 5 if strict else 0)
    if name:
        return name
    if strict and head not in _SOURCE_N and head not in _ROLE_N:
        return None
    return " ".join(phrase.split()[:16])


# -- candidates -------------------------------------------------------------------

def _speaker_region(ctx: _Ctx, cue: _Cue, upto: int, ss: int) -> tuple[tuple[int, int] | None, bool]:
    """Normalized span where the speaker of ``cue`` is named (None: the previous speaker), and strictness."""
    norm = ctx.norm
    if cue.kind == "participle":
        first = _WORD_RE.search(norm, ss)
        if first is None or first.start() >= cue.start:
            return None, False
        return (first.end(), cue.start), True
    if cue.kind == "noun":
        relays = [q for q in ctx.cues if ss <= q.start < cue.start and q.word in _RELAY_N]
        start = relays[-1].end if relays else ss
        k = norm.find(" عن ", start, cue.start)
        return ((k + 4, cue.start) if k >= 0 else (start, cue.start)), False
    if cue.word in _RELAY_N:
        k = norm.find(" عن ", cue.end, upto)
        if k >= 0:
            return (k + 4, upto), False
    before = _words(norm, ss, cue.start)
    if before and before[-1][2] in _RELATIVES_N:
        # رئيس الوفد صالح الضعيان الذي أوضح أن… — the antecedent speaks.
        cut = max(ss, norm.rfind("،", ss, before[-1][0]) + 1, norm.rfind(",", ss, before[-1][0]) + 1)
        head = [w for w in before[:-1] if w[0] >= cut][-8:]
        if head:
            return (head[0][0], head[-1][1]), True
    ts, te = _trim_region(ctx, cue.end, upto)
    if te <= ts and not cue.conj and cue.start > ss:
        # SVO: الأمير خالد أكد أن… — the subject precedes the verb.
        cut = max(ss, norm.rfind("،", ss, cue.start) + 1, norm.rfind(",", ss, cue.start) + 1)
        head = [w for w in before if w[0] >= cut]
        if 0 < len(head) <= 8:
            return (head[0][0], head[-1][1]), True
    if te <= ts and cue.start > ss and _PRECEDED_RE.search(norm, ss, cue.start):
        # فيما عبرت والدة الشهيد عن حزنها، وقالت: — the sentence's subject speaks.
        first = _WORD_RE.search(norm, ss)
        if first is not None and first.end() < cue.start:
            return (first.end(), cue.start), True
    return (cue.end, upto), False


def _valid_cues(ctx: _Ctx, ss: int, o: int) -> list[_Cue]:
    """Cues before a quote opener; an ambiguous word (تابع، بين) only at the sentence start or before ':'."""
    return [q for q in ctx.cues if ss <= q.start and q.end <= o
            and (q.word not in _AMBIG_N or (q.conj and q.start == ss) or ctx.norm.startswith(":", q.end))]


def _direct(ctx: _Ctx) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    pos = 0
    while pos <= len(norm):
        pe = norm.find("\n", pos)
        pe = len(norm) if pe < 0 else pe
        for o, c, closed in _pair_marks(norm, pos, pe):
            cs, ce = _content(norm, o, c, closed)
            if ce > cs:
                cand = _attribute_direct(ctx, o, c, closed, cs, ce, pos, pe)
                if cand is not None:
                    out.append(cand)
                    ctx.openers.append(o)
        pos = pe + 1
    return out


def _attribute_direct(ctx: _Ctx, o: int, c: int, closed: bool, cs: int, ce: int, ps: int, pe: int) -> _Cand | None:
    """A quoted segment as a direct quote, when something attributes it to a speaker."""
    norm = ctx.norm
    n_words = len(norm[cs:ce].split())
    ss = min(ctx.sentence_of(o)[0], o)
    before = norm[ss:o].rstrip()
    colon = before.endswith(":")
    cues = _valid_cues(ctx, ss, o)
    nested = any(q.kind != "noun" and _COMP_RE.search(norm, q.end, o) for q in cues)
    if cues and nested and n_words >= 3:
        # وأكد أن «…» — the complementizer introduces the words verbatim
        cue = cues[-1]
        m = _COMP_RE.search(norm, cue.end, o)
        after = norm[c + 1:].lstrip(" \t") if closed else "."
        ends_clause = not after or after[0] in "\n.،,؛!?؟…"
        if m and ends_clause and not norm[m.end():o].strip() and len(norm[cue.end:m.start()].split()) <= 20:
            region, strict = _speaker_region(ctx, cue, m.start(), ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if cues:
        cue = cues[-1]
        n_gap = len(norm[cue.end:o].split())
        if cue.word in _RELAY_N and " عن " not in norm[cue.end:o]:
            pass  # نقلت صحيفة "…" عن: the quoted string names the relay, it is not speech
        elif (colon and n_gap <= 25 and not (nested and n_gap > 12)) or (
                not nested and n_words >= 5 and n_gap <= 15):
            region, strict = _speaker_region(ctx, cue, o, ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if nested:
        return None
    if closed and norm[c - 1] not in _TERMINAL and n_words >= 3:
        after = norm[c + 1:pe]
        m = re.match(r"[ \t]*[،,]?[ \t]*(?:و)?(?P<w>[^\s،,:]+)[ \t]+", after)
        if m and (m.group("w") in _VERBS_N or m.group("w") in ("بحسب", "حسب")):
            rs = c + 1 + m.end()
            cue = _Cue(c + 1 + m.start("w"), c + 1 + m.end("w"), m.group("w"), False, "verb")
            return _Cand(cs, ce, "direct", cue, (rs, max(rs, ctx.sentence_of(rs)[1])), ss)
        if re.match(r"[ \t]*[،,]?[ \t]*علي\s+حد\s+(?:قول|تعبير)", after):
            return _Cand(cs, ce, "direct", None, None, ss)
    if not norm[ps:o].strip(" و") and n_words >= 4:
        return _Cand(cs, ce, "direct", None, None, ss)  # a paragraph-long quote continues the speaker
    if colon and n_words >= 3 and before[:-1].strip():
        return _Cand(cs, ce, "direct", None, (ss, ss + len(before) - 1), ss, True)
    return None


def _clause_end(ctx: _Ctx, start: int, se: int) -> int:
    """End of a reported clause starting at ``start`` in a sentence ending at ``se``."""
    norm = ctx.norm
    end = se
    for q in ctx.cues:
        if start < q.start < end and q.kind != "noun" and q.word not in _PRESENT_N:
            m = _PRECEDED_RE.search(norm, start, q.start)
            if m:
                end = m.start()
                break
    t = _TRAILING_RE.search(norm, start, end)
    if t and t.start() > start:
        end = t.start()
    while end > start and norm[end - 1] in _PUNCT_TRIM:
        end -= 1
    return end


def _indirect(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    cue_starts = [q.start for q in ctx.cues if q.kind != "noun"]
    for cue in ctx.cues:
        if cue.kind == "noun" or any(s <= cue.start < e for s, e in taken):
            continue
        prev = _words(norm, max(0, cue.start - 12), cue.start)
        if prev and prev[-1][2] in _IMPERSONAL_N:
            continue
        preceded = _PRECEDED_RE.search(norm, 0, cue.start) is not None and cue.word not in _PRESENT_N
        if not preceded and any(c.start <= cue.start < c.end for c in out):
            continue
        ss, se = ctx.sentence_of(cue.start)
        limit = min([o for o in ctx.openers if cue.end <= o < se], default=se)
        colon = norm.find(":", cue.end, limit)
        if colon >= 0:
            nxt = re.match(r"\s*", norm[colon + 1:limit]).end() + colon + 1
            if _COMP_RE.match(norm, nxt) is None:
                limit = colon
        m = _COMP_RE.search(norm, cue.end, limit)
        if m is None:
            if colon >= 0 and limit == colon and len(norm[cue.end:colon].split()) <= 20:
                out.extend(_colon_direct(ctx, cue, colon, ss, se))
            continue
        gap = norm[cue.end:m.start()].split()
        if len(gap) > 20 or (gap and gap[-1] in _BLOCK_N) or "الله" in gap:
            continue  # دعا الله أن… is a prayer, not a statement
        if cue.word in _AMBIG_N and gap and not (cue.conj and cue.start == ss):
            continue
        if any(cue.end <= q < m.start() for q in cue_starts):
            continue
        start = m.end()
        while start < se and norm[start].isspace():
            start += 1
        if start in ctx.openers:
            continue  # أن «…»: already a direct quote
        end = _clause_end(ctx, start, se)
        if len(norm[start:end].split()) < 2:
            continue
        region, strict = _speaker_region(ctx, cue, m.start(), ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))
    return out


def _colon_direct(ctx: _Ctx, cue: _Cue, colon: int, ss: int, se: int) -> list[_Cand]:
    """``وقال X: words…`` — speech after a colon without quote marks, to the end of the sentence."""
    norm = ctx.norm
    start = colon + 1
    while start < se and norm[start].isspace():
        start += 1
    if start >= se or norm[start] in MARKS:
        return []
    end = _clause_end(ctx, start, se)
    if len(norm[start:end].split()) < 3:
        return []
    region, strict = _speaker_region(ctx, cue, colon, ss)
    return [_Cand(start, end, "direct", cue, region, ss, strict)]


def _speakerlike(ctx: _Ctx, s: int, e: int, known: set[str]) -> bool:
    words = [w.strip(MARKS + "()") for w in ctx.norm[s:e].split()]
    if not words:
        return False
    return (words[0] == "ما" or words[0] in _SOURCE_N or words[0] in _ROLE_N or bool(ctx.per_inside(s, e))
            or any(len(w) >= 4 and w in known for w in words))


def _attribution(ctx: _Ctx, taken: list[tuple[int, int]], known: set[str]) -> list[_Cand]:
    """``وحسب X، CLAUSE`` and ``CLAUSE، بحسب X``: the clause is reported by X."""
    norm = ctx.norm
    out: list[_Cand] = []
    for m in _ATTR_RE.finditer(norm):
        if any(s <= m.start() < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(m.start())
        cue = _Cue(m.start(), m.end(), m.group("w"), bool(m.group("conj")), "attribution")
        np_s = m.end()
        while np_s < se and norm[np_s].isspace():
            np_s += 1
        comma = _comma_cut(ctx, np_s, se)
        np_e = comma
        while np_e > np_s and norm[np_e - 1] in _PUNCT_TRIM:
            np_e -= 1
        v = _SPEAKER_VERB_AFTER_RE.match(norm, np_s, np_e)
        rs = v.end() if v else np_s
        if rs >= np_e or not _speakerlike(ctx, np_s, np_e, known):
            continue
        if not norm[ss:m.start()].strip() and comma < se and len(norm[np_s:np_e].split()) <= 6:
            start = comma + 1
            while start < se and norm[start].isspace():
                start += 1
            if norm.startswith("وذلك", start):
                continue
            end = _clause_end(ctx, start, se)
        elif _PRECEDED_RE.search(norm, ss, m.start()) and len(norm[ss:m.start()].split()) >= 3:
            start, end = ss, _PRECEDED_RE.search(norm, ss, m.start()).start()
            while end > start and norm[end - 1] in _PUNCT_TRIM:
                end -= 1
        else:
            continue
        if len(norm[start:end].split()) >= 3 and not any(s < end and start < e for s, e in taken):
            out.append(_Cand(start, end, "indirect", cue, (rs, np_e), ss))
    return out


# -- entry point ------------------------------------------------------------------

def find_quotes(article: Article) -> list[Quote]:
    """The quotes of ``article`` (does not modify it)."""
    if not article.text:
        return []
    ctx = _Ctx(article)
    cands = _direct(ctx)
    cands += _indirect(ctx, [(c.start, c.end) for c in cands])
    taken = [(c.start, c.end) for c in cands]
    # the stretch from a cue to its quote names the speaker; it is not an attributed clause
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    known = {w for c in cands if c.region for w in ctx.norm[slice(*_trim_region(ctx, *c.region))].split()}
    cands += _attribution(ctx, taken, known)
    cands.sort(key=lambda c: c.anchor)
    seen: set[tuple[int, int]] = set()
    cands = [c for c in cands if (c.start, c.end) not in seen and not seen.add((c.start, c.end))]  # type: ignore[func-returns-value]
    quotes: list[Quote] = []
    history: list[str] = []
    last_sentence = -1
    for c in cands:
        speaker = None
        if c.region is not None and not (c.strict and c.sentence == last_sentence and history):
            speaker = _resolve(ctx, *c.region, history, strict=c.strict)
        if speaker is None and history:
            speaker = history[-1]
        if speaker is not None:
            history.append(speaker)
        last_sentence = c.sentence
        s, e = ctx.src(c.start, c.end)
        cue = None
        if c.cue is not None:
            cs, ce = ctx.src(c.cue.start, c.cue.end)
            cue = article.text[cs:ce]
        quotes.append(Quote(s, e, article.text[s:e], kind=c.kind, speaker=speaker, cue=cue))
    quotes.sort(key=lambda q: q.start)
    return quotes


def annotate(article: Article) -> None:
    """Fill ``article.quotes`` from ``article.text`` and ``article.entities``."""
    article.quotes = find_quotes(article)

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
from dataclasses import dataclass

from rasd.arabic import reporting as R
from rasd.arabic.normalize import normalize, normalize_with_map, source_span
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Quote


def _alt(words: tuple[str, ...] | frozenset[str]) -> str:
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


_VERBS_N = {normalize(w) for w in R.REPORTING_VERBS}
_AMBIG_N = {normalize(w) for w in R.AMBIGUOUS_VERBS}
_RELAY_N = {normalize(w) for w in R.RELAY_VERBS}
_PART_N = {normalize(w) for w in R.REPORTING_PARTICIPLES}
_NOUN_N = {normalize(w) for w in R.SPEECH_NOUNS}
_STOPS_N = {normalize(w) for w in R.SPEAKER_STOPS}
_BLOCK_N = {normalize(w) for w in R.COMPLEMENT_BLOCKERS}
_SOURCE_N = {normalize(w) for w in R.SOURCE_NOUNS}
_ROLE_N = {normalize(w) for w in R.ROLE_NOUNS}
_ANON_N = {normalize(w) for w in R.ANONYMOUS_SPEAKERS}

# A cue word: optional conjunction و/ف + a reporting verb, participle or speech noun.
_CUE_RE = re.compile(
    rf"(?<!\w)(?P<conj>[وف])?(?P<w>{_alt(tuple(_VERBS_N | _PART_N | _NOUN_N))})(?!\w)"
)
_COMP_RE = re.compile(
    rf"(?<!\w)(?:(?P<prep>{_alt(R.COMPLEMENTIZER_PREPS)})\s+)?"
    rf"(?P<comp>ب?ان(?:{_alt(R.COMPLEMENTIZER_SUFFIXES)})?)(?!\w)"
)
_ATTR_RE = re.compile(
    r"(?<!\w)(?P<conj>و)?(?P<w>ب?حسب|(?:وفقا|طبقا)\s*ل(?:ـ)?|نقلا\s+عن|علي\s+حد\s+قول)"
)
_WORD_RE = re.compile(r"\S+")
_PUNCT_TRIM = " \t\n.,،:؛;!?؟…-"
OPENERS = "«“„\""
MARKS = set("«»“”„\"")
_TERMINAL = set(".!?؟…")
_TRAILING_RE = re.compile(
    rf"\s*[،,]\s*(?:{_alt(R.TRAILING_CLAUSES)}|و?ب?حسب|(?:وفقا|طبقا)\s*ل)(?!\w)"
)
_SPEAKER_VERB_AFTER_RE = re.compile(r"ما\s+\S+(?:\s+به)?\s+")
_LINK_RE = re.compile(r"ل[«\"“”]")


@dataclass
class _Cue:
    start: int  # normalized offsets of the cue word (conjunction included)
    end: int
    word: str  # normalized cue word, no conjunction
    conj: bool
    kind: str  # verb | participle | noun


@dataclass
class _Cand:
    start: int  # normalized offsets of the quoted content
    end: int
    kind: str
    cue: _Cue | None
    region: tuple[int, int] | None  # normalized speaker part; None → previous speaker
    cue_text: str | None = None


class _Ctx:
    """Everything one article's analysis needs, computed once."""

    def __init__(self, article: Article) -> None:
        self.art = article
        self.text = article.text
        self.norm, self.imap = normalize_with_map(article.text)
        self.sents = split_sentences(self.norm)
        self.cues = [
            _Cue(m.start(), m.end(), m.group("w"), bool(m.group("conj")),
                 "participle" if m.group("w") in _PART_N else "noun" if m.group("w") in _NOUN_N else "verb")
            for m in _CUE_RE.finditer(self.norm)
        ]
        self.mentions = sorted(
            ((m.start, m.end, e) for e in article.entities for m in e.mentions), key=lambda x: (x[0], -x[1])
        )

    def src(self, s: int, e: int) -> tuple[int, int]:
        return source_span(self.imap, s, e)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        s = self.norm.rfind("\n", 0, pos) + 1
        e = self.norm.find("\n", pos)
        return s, (len(self.norm) if e < 0 else e)


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
        # Close the nearest compatible opener.
        for k in range(len(stack) - 1, -1, -1):
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
        lc = last_nested_close
        if lc > o and lc + 1 < pe and norm[lc + 1] in _TERMINAL:
            end = lc + 1
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
    return [(s + m.start(), s + m.end(), m.group()) for m in _WORD_RE.finditer(norm[s:e])]


def _trim_region(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """The speaker part proper: up to the first comma and circumstance word."""
    seg = ctx.norm[s:e]
    for sep in ("،", ",", ":", "\n"):
        k = seg.find(sep)
        if k >= 0:
            seg = seg[:k]
    e = s + len(seg)
    end = s
    for ws, we, w in _words(ctx.norm, s, e):
        bare = w.strip("«»“”\"()")
        if bare in _STOPS_N or _LINK_RE.match(w) or w[0] in MARKS:
            break
        end = we
    return s, end


def _role_tokens(phrase: str) -> list[str]:
    toks = []
    for t in normalize(phrase).split():
        if t == "باسم":
            continue
        if t.startswith("ل") and not t.startswith("ال") and len(t) > 4:
            t = t[1:]
        toks.append(t)
    return toks


def _link_role(ctx: _Ctx, phrase: str, before: int) -> Entity | None:
    """The person an article named with this role: by entity roles, then by ``ROLE NAME`` in the text."""
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
    best = None
    for m in pat.finditer(ctx.norm):
        at = ctx.src(m.end(), m.end())[0]
        for ms, _me, ent in ctx.mentions:
            if ms == at and ent.type == "PER":
                if best is None or m.start() < before:
                    best = ent
                break
    return best


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


def _resolve(ctx: _Ctx, s: int, e: int) -> str | None:
    """Speaker of the speaker part ``norm[s:e]``: entity id, descriptive string or None."""
    ts, te = _trim_region(ctx, s, e)
    if te <= ts:
        return None
    ss, se = ctx.src(ts, te)
    inside = [(ms, ent) for ms, me, ent in ctx.mentions if ms >= ss and me <= se]
    words = ctx.norm[ts:te].split()
    head = words[0]
    if head.startswith("و") and len(head) > 3 and head[1:] in _ROLE_N | _ANON_N:
        head = head[1:]
    for _ms, ent in inside:
        if ent.type == "PER":
            return ent.id
    phrase = ctx.text[ss:se]
    if head in _ANON_N:
        return " ".join(phrase.split()[:4])
    if head in _ROLE_N:
        ent = _link_role(ctx, phrase, ts)
        if ent is not None:
            return ent.id
    elif inside:
        return inside[0][1].id
    ent = _name_match(ctx, phrase)
    if ent is not None:
        return ent.id
    return " ".join(phrase.split()[:8])


# -- candidates -------------------------------------------------------------------

def _direct(ctx: _Ctx) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    pos = 0
    while pos <= len(norm):
        pe = norm.find("\n", pos)
        pe = len(norm) if pe < 0 else pe
        for o, c, closed in _pair_marks(norm, pos, pe):
            cs, ce = _content(norm, o, c, closed)
            if ce <= cs:
                continue
            cand = _attribute_direct(ctx, o, c, closed, cs, ce, pos)
            if cand is not None:
                out.append(cand)
        pos = pe + 1
    return out


def _attribute_direct(ctx: _Ctx, o: int, c: int, closed: bool, cs: int, ce: int, ps: int) -> _Cand | None:
    norm = ctx.norm
    n_words = len(norm[cs:ce].split())
    ss, _se = ctx.sentence_of(o)
    ss = min(ss, o)
    before = norm[ss:o].rstrip()
    colon = before.endswith(":")
    cues = [q for q in ctx.cues if ss <= q.start and q.end <= o
            and (q.word not in _AMBIG_N or (q.conj and q.start == ss))]
    if cues:
        cue = cues[-1]
        gap = norm[cue.end:o]
        has_comp = _COMP_RE.search(gap) is not None and cue.kind != "noun"
        n_gap = len(gap.split())
        if cue.word in _RELAY_N and " عن " not in gap:
            pass  # نقلت صحيفة "…" عن: the quoted string names the relay, it is not speech
        elif colon and n_gap <= 25 and not (has_comp and n_gap > 12):
            return _Cand(cs, ce, "direct", cue, _speaker_region(ctx, cue, o, ss))
        elif not has_comp and n_words >= 5 and n_gap <= 8:
            return _Cand(cs, ce, "direct", cue, _speaker_region(ctx, cue, o, ss))
    if closed:
        m = re.match(r"\s*[،,]?\s*(?:و)?(?P<w>\S+)\s+", norm[c + 1:])
        if m and (m.group("w") in _VERBS_N or m.group("w") in ("بحسب", "حسب")) and n_words >= 3:
            rs = c + 1 + m.end()
            cue = _Cue(c + 1 + m.start("w"), c + 1 + m.end("w"), m.group("w"), False, "verb")
            _s, se = ctx.sentence_of(rs)
            return _Cand(cs, ce, "direct", cue, (rs, max(rs, se)))
        if re.match(r"\s*[،,]?\s*علي\s+حد\s+(?:قول|تعبير)", norm[c + 1:]) and n_words >= 3:
            return _Cand(cs, ce, "direct", None, None)
    if not norm[ps:o].strip(" و") and n_words >= 4:
        return _Cand(cs, ce, "direct", None, None)  # a paragraph-long quote continues the speaker
    if colon and n_words >= 3 and before[:-1].strip():
        return _Cand(cs, ce, "direct", None, (max(ss, norm.rfind("\n", 0, o) + 1), len(before) + ss - 1))
    return None


def _speaker_region(ctx: _Ctx, cue: _Cue, upto: int, ss: int) -> tuple[int, int] | None:
    """Normalized span where the speaker of ``cue`` is named, or None (previous speaker)."""
    norm = ctx.norm
    if cue.kind == "participle":
        first = _WORD_RE.search(norm, ss)
        if first is None or first.start() >= cue.start:
            return None
        return (first.end(), cue.start) if _has_per(ctx, first.end(), cue.start) else None
    if cue.kind == "noun":
        relays = [q for q in ctx.cues if ss <= q.start < cue.start and q.word in _RELAY_N]
        start = relays[-1].end if relays else ss
        k = norm.find(" عن ", start, cue.start)
        return (k + 4, cue.start) if k >= 0 else (start, cue.start)
    if cue.word in _RELAY_N:
        k = norm.find(" عن ", cue.end, upto)
        if k >= 0:
            return (k + 4, upto)
    ts, te = _trim_region(ctx, cue.end, upto)
    if te <= ts and not cue.conj and cue.start > ss:
        # SVO: الأمير خالد أكد أن… — the subject precedes the verb.
        ls = max(ss, norm.rfind("،", ss, cue.start) + 1, norm.rfind(",", ss, cue.start) + 1)
        if len(norm[ls:cue.start].split()) <= 8:
            return (ls + len(norm[ls:cue.start]) - len(norm[ls:cue.start].lstrip()), cue.start)
    return (cue.end, upto)


def _has_per(ctx: _Ctx, s: int, e: int) -> bool:
    ss, se = ctx.src(s, e)
    return any(ent.type == "PER" and ms >= ss and me <= se for ms, me, ent in ctx.mentions)


def _indirect(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    cue_starts = [q.start for q in ctx.cues if q.kind != "noun"]
    for cue in ctx.cues:
        if cue.kind == "noun" or any(s <= cue.start < e for s, e in taken):
            continue
        preceded = re.search(r"[،,]\s*$", norm[: cue.start]) is not None
        if not preceded and any(c.start <= cue.start < c.end for c in out):
            continue
        ss, se = ctx.sentence_of(cue.start)
        limit = se
        for ch in (":", *OPENERS):
            k = norm.find(ch, cue.end, limit)
            if k >= 0:
                limit = k
        m = _COMP_RE.search(norm, cue.end, limit)
        if m is None:
            continue
        gap = norm[cue.end:m.start()].split()
        if len(gap) > 20 or (gap and gap[-1] in _BLOCK_N):
            continue
        if cue.word in _AMBIG_N and gap and not (cue.conj and cue.start == ss):
            continue
        if any(cue.end <= q < m.start() for q in cue_starts):
            continue
        start = m.end()
        while start < se and norm[start].isspace():
            start += 1
        end = se
        for q in cue_starts:
            if start < q < end and re.search(r"[،,]\s*$", norm[start:q]):
                end = re.search(r"\s*[،,]\s*$", norm[start:q]).start() + start
                break
        t = _TRAILING_RE.search(norm, start, end)
        if t:
            end = t.start()
        while end > start and norm[end - 1] in _PUNCT_TRIM:
            end -= 1
        if len(norm[start:end].split()) < 2:
            continue
        region = _speaker_region(ctx, cue, m.start(), ss)
        out.append(_Cand(start, end, "indirect", cue, region))
    return out


def _speakerlike(ctx: _Ctx, s: int, e: int) -> bool:
    words = ctx.norm[s:e].split()
    if not words:
        return False
    head = words[0].lstrip("«\"“")
    return head == "ما" or head in _SOURCE_N or head in _ROLE_N or _has_per(ctx, s, e)


def _attribution(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[_Cand]:
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
        comma = min([k for k in (norm.find("،", np_s, se), norm.find(",", np_s, se)) if k >= 0], default=se)
        np_e = comma
        while np_e > np_s and norm[np_e - 1] in _PUNCT_TRIM:
            np_e -= 1
        v = _SPEAKER_VERB_AFTER_RE.match(norm, np_s, np_e)
        rs = v.end() if v else np_s
        if not _speakerlike(ctx, np_s, np_e) or rs >= np_e:
            continue
        if not norm[ss:m.start()].strip() and comma < se:
            start = comma + 1
            while start < se and norm[start].isspace():
                start += 1
            end = se
        elif re.search(r"[،,]\s*$", norm[ss:m.start()]) and len(norm[ss:m.start()].split()) >= 3:
            start, end = ss, re.search(r"\s*[،,]\s*$", norm[ss:m.start()]).start() + ss
        else:
            continue
        t = _TRAILING_RE.search(norm, start, end)
        if t and t.start() > start:
            end = t.start()
        while end > start and norm[end - 1] in _PUNCT_TRIM:
            end -= 1
        if len(norm[start:end].split()) >= 3 and not any(s < end and start < e for s, e in taken):
            out.append(_Cand(start, end, "indirect", cue, (rs, np_e)))
    return out


# -- entry point ------------------------------------------------------------------

def find_quotes(article: Article) -> list[Quote]:
    """The quotes of ``article`` (does not modify it)."""
    if not article.text:
        return []
    ctx = _Ctx(article)
    cands = _direct(ctx)
    taken = [(c.start, c.end) for c in cands]
    cands += _indirect(ctx, taken)
    taken = [(c.start, c.end) for c in cands]
    # cue-to-quote stretches are speaker parts, not attributed clauses
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    cands += _attribution(ctx, taken)
    cands.sort(key=lambda c: (c.cue.start if c.cue is not None and c.cue.start < c.start else c.start))
    quotes: list[Quote] = []
    last: str | None = None
    for c in cands:
        speaker = _resolve(ctx, *c.region) if c.region is not None else None
        if speaker is None:
            speaker = last
        last = speaker
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

"""Indirect quotes: the reported clause after a cue and its complementizer (قال إن…، أكد أن…), and speech
after a colon without marks (وقال X: كلمات…).

``indirect(ctx, taken)`` returns the candidates for each verb cue outside ``taken`` whose complementizer follows
within the sentence; ``clause_end(ctx, start, se)`` is where a reported clause ends (a direct quote, the next
statement, a stance participle after a comma, a trailing attribution), shared by every finder that takes a clause.
Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyse.quotes.base import (
    _AMBIG_N,
    _BLOCK_N,
    _COMP_RE,
    _HEADS_N,
    _IMPERSONAL_N,
    _PRECEDED_RE,
    _PRESENT_N,
    _PUNCT_TRIM,
    _RELATIVES_N,
    _RELAY_N,
    _TRAILING_RE,
    _VERBS_N,
    MARKS,
    _Cand,
    _Ctx,
    _Cue,
    _pair_marks,
    _words,
)
from rasd.analyse.quotes.cueforms import REQUEST_NOUN_N
from rasd.analyse.quotes.region import _TOPIC_PREPS_N
from rasd.analyse.quotes.region import speaker_region as _speaker_region
from rasd.analyse.quotes.stance import _GOVERNS, stance_verb
from rasd.arabic.normalize import normalize

# Present verbs that are as often passive (يُعتقد أن "it is believed"): with no subject before أن
# nobody is quoted.
_PASSIVE_PRONE_N = {normalize(w) for w in ("يعتقد", "يعتبر", "يذكر", "يتوقع", "يرجح", "يعلن", "يشار")}

_AS_N = frozenset(normalize(w) for w in ("كما", "وكما"))  # "as": impersonal only without a subject

# "، لكنه استطرد"، "، لكن موسكو نفت": after a connective, up to three words of a new subject
_NEXT_STATEMENT_RE = re.compile(
    r"[،,؛]\s*(?:(?:و?لكن\w*|بينما|فيما|ثم|كما)\s+(?:[^\s،,؛.]+\s+){0,3})?$|(?<!\w)و?كما\s+$")  # "… كما نفى أن"


_COMMA_WORD_RE = re.compile(r"[،,]\s*(\S+)")
# "…من مدينة منبج، إثر التوصل إلى…"، "…، في خطوة من شأنها…"، "…، في حين يصر خصومه…": after a comma, the writer's
# circumstance or contrast (or another party's statement) follows, not the speaker's words
# "… فقط لا ليحله ( رويترز ) هددت إيران…": a press agency's photo credit in parentheses (with «- أرشيف») is a
# caption left in the scraped text; the next item starts after it
_CREDIT_RE = re.compile(r"\s*\(\s*(?:الفرنسيه|رويترز|الجزيره|الاوروبيه|الالمانيه|اف\s*ب|د\s*ب\s*ا|اسوشيتد\s+برس|الاناضول)"
                        r"(?:\s*-\s*ارشيف)?\s*\)")
_WRITER_RE = re.compile(r"\s*[،,]\s*(?:في\s+خطوة|اثر|عقب|بيد\s+ان|في\s+حين)(?!\w)")


# "، وفقا لما نقلته…"، "، وفق ما أفادت…"، "، حسبما ذكرت…": an attribution by «ما» (what X said) after a comma
_ATTRIBUTION_TAIL_RE = re.compile(r"\s*[،,]\s*و?(?:وفقا?\s+ل?ما|حسبما|ب?حسب\s+ما)(?!\w)\s*(?P<v>\S*)")
# verbs of a source that «ما» may take besides the reporting and relay verbs (وفقا لما جاء في البيان، حسبما
# نشرته الصحيفة)
_SOURCE_VERBS_N = frozenset(normalize(w) for w in ("جاء", "ورد", "نشر", "نشرت", "بث", "بثت"))


def _attribution_verb(w: str) -> bool:
    """Is ``w`` (normalized, the word after «وفقا لما»/«حسبما») a verb of reporting or relaying (نقلته، ذكرت،
    أفادت، جاء)? Only then is the «ما» phrase the writer's attribution of the words; «وفقا لما ينص عليه
    الدستور»، «حسبما يقتضيه السوق» are part of what is said."""
    for v in (w, *(w[: -len(p)] for p in ("ه", "ها", "هم") if w.endswith(p) and len(w) - len(p) >= 3)):
        hit = stance_verb(v) if v else None
        if v in _VERBS_N or v in _RELAY_N or v in _SOURCE_VERBS_N or (hit is not None and hit[1] == "verb"):
            return True
    return False
_CONJ_WORD_RE = re.compile(r"(?<!\S)([وف]\S+)")
_BAN_WORD_RE = re.compile(r"(?<!\S)بان(?:ه|ها|هم|هما)?(?!\S)")


_INNER_TAIL_RE = re.compile(r"[،,]\s*(?:في|على|من|داخل|قرب)\s+([^،,.:؛]+)$")
# nouns of a speech frame («في مؤتمر صحفي»، «في تصريح للتلفزيون»): a tail headed by one is the writer's
# attribution of the statement, not a place of the circumstance, so «، عقب/إثر …،» before it is the writer's too
_SPEECH_FRAME_N = frozenset(normalize(w) for w in (
    "تصريح", "تصريحات", "مؤتمر", "بيان", "مقابلة", "حديث", "كلمة", "لقاء", "خطاب", "رسالة", "تغريدة"))


def _inner_circumstance(norm: str, t: re.Match[str], end: int) -> bool:
    """Is the «، عقب/إثر …،» that ``t`` opens a circumstance inside the speaker's clause: closed by a comma after
    which only a short place phrase (four words at most, في/على/من…) runs to ``end`` (إن الانفجار وقع، عقب صلاة
    الجمعة مباشرة، في المسجد الكبير), not headed by a speech frame's noun («، في مؤتمر صحفي»، «، في تصريح لـ…»:
    the writer's attribution)? Then the clause goes on through it; anywhere else «، عقب/إثر» is the
    writer's circumstance and ends the clause."""
    if t.group(0).strip(" ،,") not in ("اثر", "عقب"):
        return False
    rest = norm[t.end():end].rstrip(" .")
    tail = _INNER_TAIL_RE.search(rest)
    if tail is None or rest.count("،") + rest.count(",") != 1 or len(tail.group(0).split()) > 5:
        return False
    head = tail.group(1).split()[0]
    return head.removeprefix("ال") not in _SPEECH_FRAME_N  # «في مؤتمر صحفي»: the writer's, not a place


def _stance_ban(norm: str, pos: int, end: int) -> bool:
    """Does «بأن/بأنه» follow within eight words after ``pos``, with no comma or stop between?"""
    m = _BAN_WORD_RE.search(norm, pos, end)
    return m is not None and len(norm[pos:m.start()].split()) <= 8 and not any(ch in norm[pos:m.start()] for ch in "،,؛.:")


def _stance_prep(norm: str, pos: int, end: int, stem: str) -> bool:
    """Does the stance verb ``stem``'s own preposition (على، إلى، من، عن: حث السكان على) follow within four
    words after ``pos`` (its object first), with no comma, stop or mark between?"""
    prep = _GOVERNS.get(stem, "")
    if prep not in ("علي", "الي", "من", "عن"):
        return False
    for k, m in enumerate(re.finditer(r"\S+", norm[pos:end])):
        if k >= 4 or any(ch in m.group() for ch in "،,؛.:\"«»"):
            return False
        if m.group() == prep:
            return k >= 1  # an object between the verb and its preposition: «وحث السكان على»
    return False


def _in_paired_quote(norm: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quote that opens after ``start`` — by the marks paired as the direct finder pairs
    them (:func:`.base._pair_marks`: an opener after a space, its closer after a word), so a stray mark left
    by a headline or caption does not read as an open quote?"""
    ps = norm.rfind("\n", 0, start) + 1
    pe = norm.find("\n", pos)
    pe = len(norm) if pe < 0 else pe
    return any(start <= o < pos < c or (start <= o < pos and not closed) for o, c, closed in _paired(norm, ps, pe))


@lru_cache(maxsize=256)
def _paired(norm: str, ps: int, pe: int) -> tuple[tuple[int, int, bool], ...]:
    """:func:`.base._pair_marks` of one paragraph, memoised: every mention and clause of a paragraph asks
    again (pure; a str caches its hash, so the key costs nothing per call)."""
    return tuple(_pair_marks(norm, ps, pe))


def _own_complement(norm: str, q: _Cue, end: int) -> bool:
    """Does the cue ``q`` govern a complementizer of its own: أن/إن within a few words after it (its subject
    and an addressee: وأصر الجيش أنه، وسألته إن), before ``end`` and before any other comma or cue word?"""
    m = _COMP_RE.search(norm, q.end, min(end, q.end + 60))
    if m is None:
        return False
    gap = norm[q.end:m.start()]
    return len(gap.split()) <= 4 and not any(ch in gap for ch in "،,؛:.\"«»")


def clause_end(ctx: _Ctx, start: int, se: int, through: bool = False) -> int:
    """End of a reported clause starting at ``start`` in a sentence ending at ``se``. A direct quote
    after it ends it; with ``through``, a quote inside the clause (أن المملكة كانت تتحدث… وكان هناك
    "استعداد" لإظهار "التضامن") is part of it unless a colon introduces it."""
    norm = ctx.norm
    end = se
    # a direct quote follows
    end = min([o for o in ctx.openers if start < o < end
               and not (through and norm[start:o].split() and not norm[start:o].rstrip().endswith(":"))],
              default=end)
    for q in ctx.cues:
        if start < q.start < end and q.kind != "noun" and q.word not in _PRESENT_N:
            m = _NEXT_STATEMENT_RE.search(norm, start, q.start)  # "، لكنه استطرد": the next statement
            if m and not _in_paired_quote(norm, start, q.start):
                end = m.start()
                break
            if q.kind == "participle" and _COMP_RE.match(norm, q.end + 1):
                end = q.start  # …2015م مبينةً أنه… — a chained statement without a comma
                break
            if q.conj and q.kind == "verb" and q.word not in _RELAY_N and q.word not in _AMBIG_N \
                    and _own_complement(norm, q, end) and not _in_paired_quote(norm, start, q.start):
                end = q.start  # "إنها مأساة قومية وأعلن أن…": a coordinated cue with its own أن opens the
                break  # next statement (by the same speaker or by the subject after it: وأصر الجيش أنه); not
                # a word that is as often a noun (نقل in "تلبية ونقل هم المواطن أن…") or ambiguous (وتابع), nor
                # inside quote marks (… "أشادوا بسلوكه وأكدوا على أن…": the quoted words go on)
    for w in _CONJ_WORD_RE.finditer(norm, start, end):
        hit = stance_verb(w.group(1))
        if hit is not None and hit[1] == "verb" and w.group(1)[:1] in "وف" and stance_verb(w.group(1)[1:]) \
                and (_stance_ban(norm, w.end(), end) or (  # (a reporting verb, وأكد الحرص على: only with أن)
                    w.group(1)[1:] not in _VERBS_N and _stance_prep(norm, w.end(), end, hit[0]))) \
                and not _in_paired_quote(norm, start, w.start()):
            end = w.start()  # "إن القنابل … تشكل خطرا ووصف استخدامها بأنه "…"": a coordinated stance verb with
            break  # its own بأن (or its own preposition after an object: وحث السكان على) opens the next statement,
            # as a coordinated cue with أن does (with its own أن: the rule above)
    for c in _COMMA_WORD_RE.finditer(norm, start, end):
        hit = stance_verb(c.group(1))
        if hit is not None and hit[1] == "participle" and not _in_paired_quote(norm, start, c.start()):
            end = c.start()  # "…، داعيا إلى بذل الجهود": a stance participle after a comma opens the next
            break  # statement (its own quote, the stance rule's), as "، مضيفا أن" does
    # inside quote marks the words are the speaker's: the writer's boundaries (a chained participle, a trailing
    # attribution, a colon, «، في حين») do not end the clause there (… إن هذا الهجوم "يشكل تهديدا…، مؤكدا …")
    t = next((t for t in _TRAILING_RE.finditer(norm, start, end) if not _in_paired_quote(norm, start, t.start())), None)
    if t and t.start() > start:
        end = t.start()
    t = next((t for t in _ATTRIBUTION_TAIL_RE.finditer(norm, start, end)
              if not _in_paired_quote(norm, start, t.start()) and _attribution_verb(t.group("v"))), None)
    if t and t.start() > start:
        end = t.start()  # "…"، وفقا لما نقلته الوكالة": the writer's attribution after the words
    t = next((t for t in _WRITER_RE.finditer(norm, start, end) if not _in_paired_quote(norm, start, t.start())), None)
    if t and t.start() > start and not _inner_circumstance(norm, t, end):
        end = t.start()
    t = _CREDIT_RE.search(norm, start, end)
    if t and t.start() > start:
        end = t.start()
    while end > start and norm[end - 1] in _PUNCT_TRIM:
        end -= 1
    if through:
        # a quote opened in the clause is the speaker's to its closing mark, past a sentence end inside it
        # (إنه يمكن للفلسطينيين "أن يحتجوا ما شاءوا ... بيد أن حماس…")
        ps = norm.rfind("\n", 0, start) + 1
        pe = norm.find("\n", end)
        pe = len(norm) if pe < 0 else pe
        for o, c, closed in _pair_marks(norm, ps, pe):
            if closed and start <= o < end <= c and not _narrated_report(ctx, end, c):
                end = c + 1
    return end


def _narrated_report(ctx: _Ctx, s: int, e: int) -> bool:
    """Does a sentence between norm offsets ``s`` and ``e`` open with a reporting verb whose subject is named
    right after it (``. وقال رئيس البرلمان عادل نصر إن…``)? That is the writer's narration of a new statement:
    the marks around it are stray, not one quotation running on."""
    for q in ctx.cues:
        if not s <= q.start < e or q.kind != "verb":
            continue
        before = ctx.norm[max(s, q.start - 3):q.start].strip()
        if before[-1:] not in (".", "؟", "!"):
            continue
        a, b = ctx.src(q.end, min(e, q.end + 40))
        if any(a <= ms < b and ent.type in ("PER", "ORG") for ms, _me, ent in ctx.mentions):
            return True
    return False


def indirect(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    cue_starts = [q.start for q in ctx.cues if q.kind != "noun"]
    for cue in ctx.cues:
        if cue.kind == "noun" or any(s <= cue.start < e for s, e in taken):
            continue
        prev = _words(norm, max(0, cue.start - 12), cue.start)
        impersonal = bool(prev) and prev[-1][2] in _IMPERSONAL_N
        if impersonal and prev[-1][2] not in _AS_N:
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
        m = _comp_outside_names(ctx, cue.end, limit)
        if m is None:
            if colon >= 0 and limit == colon and len(norm[cue.end:colon].split()) <= 20:
                out.extend(_colon_direct(ctx, cue, colon, ss, se))
            continue
        gap = norm[cue.end:m.start()].split()
        if len(gap) > 20 or (gap and gap[-1] in _BLOCK_N) or _prayer(ctx, cue.end, m.start()):
            continue  # دعا الله أن… is a prayer, not a statement
        if _THAT_CLAUSE_N in gap:
            continue  # "نفى حزب الله مقتل… وذلك بعد إعلان التحالف أنه…": «وذلك» opens an adjunct clause about the
            # statement already made; a complementizer past it belongs to that clause, not to the cue
        if impersonal and not [w for w in gap if w not in _TOPIC_PREPS_N] and not (
                prev[-1][2] in _AS_N and cue.word not in _PASSIVE_PRONE_N and not cue.conj):
            continue  # "كما يذكر أن": no subject, the writer's aside; "كما أشار مهاتير إلى أنه" has one,
            # and "…، كما نفى أن"، "كما ترى أن": a verb that is not impersonal goes on with the subject
        if cue.word in _AMBIG_N and gap and not (cue.conj and cue.start == ss):
            continue
        if cue.word == REQUEST_NOUN_N and gap and not gap[0].startswith("من") and not (cue.conj and cue.start == ss):
            continue  # "طلب توضيح للسؤال…": the noun "a request"; the verb has its addressee (طلب من X أن)
        if cue.word in _PASSIVE_PRONE_N and (not gap or gap[0] in _TOPIC_PREPS_N or gap[0] in ("من", "لدى")) \
                and not (prev and prev[-1][2].startswith("ال") and prev[-1][2] not in _RELATIVES_N and not cue.conj
                         and _opens_clause(norm, ss, prev[-1][0]) and _speaking_subject(ctx, ss, cue)):
            continue  # "ويُعتقد (على نطاق واسع) أن…": "it is believed", no one speaks; "المرصد يعلن أن" does, but
            # not a noun closed by a comma ("…في الرياض، يتوقع أن") or inside a phrase («وبناء على طلب من
            # الحكومة الإندونيسية يتوقع أن»): the noun is no subject; nor a noun that names no speaker or
            # disagrees with the verb («والنمو الاقتصادي يتوقع أن»، «والقمة المقبلة يتوقع أن»)
        if any(cue.end <= q < m.start() for q in cue_starts):
            continue
        start = m.end()
        while start < se and norm[start].isspace():
            start += 1
        if start in ctx.openers:
            continue  # أن «…»: already a direct quote
        end = clause_end(ctx, start, se, through=True)
        if len(norm[start:end].split()) < 2:
            continue
        region, strict = _speaker_region(ctx, cue, m.start(), ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))
    return out


# First words of names built on «الله» (نصر الله، عبد الله، حزب الله): the word is then part of a name, even
# where the tagger did not mark the name.
_GOD_NAME_HEADS_N = frozenset(normalize(w) for w in ("نصر", "عبد", "حزب"))
_THAT_CLAUSE_N = normalize("وذلك")


# words that open a prepositional or adverbial phrase, not a subject (وبناء على…، في…، بعد…)
_PHRASE_OPENERS_N = frozenset(normalize(w) for w in (
    "على", "من", "في", "عن", "إلى", "بعد", "قبل", "بناء", "مع", "خلال", "منذ", "حسب", "بحسب", "وفق", "وفقا"))


def _opens_clause(norm: str, ss: int, at: int) -> bool:
    """Is the word at ``at`` (right before a verb) the head of its clause's subject: no comma after it, and the
    stretch from the clause start (the sentence or its last comma) to it is at most four words that do not
    open with a preposition (المرصد يعلن أن; not «…في الرياض، يتوقع أن», «وبناء على طلب من الحكومة يتوقع أن»)?"""
    words = norm[ss:at].split() + norm[at:].split()[:1]
    if not words or words[-1][-1:] in "،,":
        return False
    cut = max((k for k, w in enumerate(words[:-1]) if w[-1:] in "،,"), default=-1)
    head = words[cut + 1:]
    first = head[0][1:] if head[0][:1] == "و" and head[0][1:] in _PHRASE_OPENERS_N else head[0]
    return len(head) <= 4 and first not in _PHRASE_OPENERS_N


_CONTRAST_OPENERS_N = frozenset(normalize(w) for w in ("لكن", "ولكن", "بل", "ثم", "وثم"))


def _speaking_subject(ctx: _Ctx, ss: int, cue: _Cue) -> bool:
    """Can the noun phrase that opens the cue's clause (from the sentence start or its last comma to the cue)
    be the subject of a passive-prone present (يتوقع، يعتقد): a PER/ORG/LOC name or a speaker head
    (base._HEADS_N: الصحيفة، المصدر، رئيس الحكومة) opening it (after و/لكن), whose first noun does not end in ة before a
    masculine verb? (A colon cuts a clause too: «الجزائر: رئيس الحكومة يعلن أن»; لكن/بل before it is passed.)"""
    words = _words(ctx.norm, ss, cue.start)
    cut = max((k for k, w in enumerate(words) if w[2][-1:] in "،,:"), default=-1)
    head = words[cut + 1:]
    while head and head[0][2] in _CONTRAST_OPENERS_N:
        head = head[1:]  # "ولكن المصدر يرجح أن"
    if not head:
        return False
    a0, b0 = ctx.src(head[0][0], head[0][1])
    if ctx.src_word(head[0][0], head[0][1]).rstrip("،,").endswith("ة") and cue.word[:1] == "ي" \
            and not any(ms < b0 and a0 < me for ms, me, _e in ctx.mentions):
        return False  # "والقمة المقبلة يتوقع أن": a masculine verb after a feminine noun is impersonal
    if any(a0 <= ms < b0 and ent.type in ("PER", "ORG", "LOC") for ms, _me, ent in ctx.mentions):
        return True  # a person, a body, or a country for its government (المغرب يعلن أن), opening the phrase:
        # a name further in («والنمو في الصين يتوقع أن») only qualifies another head
    h = head[0][2]
    h = h[1:] if h[:1] == "و" and len(h) > 3 else h
    return h in _HEADS_N or h.removeprefix("ال") in _HEADS_N  # الصحيفة، المصدر، رئيس الحكومة


def _prayer(ctx: _Ctx, s: int, e: int) -> bool:
    """Does ``norm[s:e]`` (between a cue and its complementizer) address God (دعا الله أن…: a prayer, not a
    statement)? «الله» counts only as a word of its own: not inside an entity mention nor after a name's
    first word, so «قال نصر الله إن…» and «أكد حزب الله أن…» stay statements."""
    words = _words(ctx.norm, s, e)
    for k, (a, b, w) in enumerate(words):
        if w != "الله":
            continue
        if k and words[k - 1][2] in _GOD_NAME_HEADS_N:
            continue
        sa, sb = ctx.src(a, b)
        if not any(ms <= sa and sb <= me for ms, me, _e in ctx.mentions):
            return True
    return False


def _comp_outside_names(ctx: _Ctx, start: int, limit: int) -> re.Match[str] | None:
    """The first complementizer in ``norm[start:limit]`` that is not a word of a name (سي إن إن)."""
    pos = start
    while True:
        m = _COMP_RE.search(ctx.norm, pos, limit)
        if m is None:
            return None
        a, b = ctx.src(m.start("comp"), m.end("comp"))
        if not any(ms <= a and b <= me for ms, me, _e in ctx.mentions):
            return m
        pos = m.end()


def _colon_direct(ctx: _Ctx, cue: _Cue, colon: int, ss: int, se: int) -> list[_Cand]:
    """``وقال X: words…`` — speech after a colon without quote marks, to the end of the sentence."""
    norm = ctx.norm
    start = colon + 1
    while start < se and norm[start].isspace():
        start += 1
    if start >= se or norm[start] in MARKS:
        return []
    end = clause_end(ctx, start, se)
    if len(norm[start:end].split()) < 3:
        return []
    region, strict = _speaker_region(ctx, cue, colon, ss)
    return [_Cand(start, end, "direct", cue, region, ss, strict)]

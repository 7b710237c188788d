"""Direct quotes: quoted segments (« », " ", “ ”) that something attributes to a speaker.

``direct(ctx)`` returns the candidates (:class:`.base._Cand`) for the quoted stretches of ``ctx.norm`` that a cue
before them, a cue after them, a colon, a paragraph of their own or a stance verb attributes; it records each
opener it keeps in ``ctx.openers`` (the indirect finder ends its clauses there). Scare quotes and names in quotes
are left out. See :mod:`.finder` for the conventions in words. Pure: no I/O.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import (
    _AMBIG_N,
    _COMP_RE,
    _PART_N,
    _PRECEDED_RE,
    _RELAY_N,
    _TERMINAL,
    _VERBS_N,
    MARKS,
    _adverbial_after,
    _Cand,
    _content,
    _Ctx,
    _Cue,
    _pair_marks,
    _quoted_name,
    _speech_like,
    _words,
)
from rasd.analyse.quotes.region import speaker_region as _speaker_region
from rasd.analyse.quotes.stance import marked_stance, stance_verb
from rasd.arabic.normalize import normalize

_SAYING_N = frozenset(normalize(w) for w in ("بالقول", "قائلا", "قائلة", "قائلين"))


def _valid_cues(ctx: _Ctx, ss: int, o: int) -> list[_Cue]:
    """Cues before a quote opener; an ambiguous word (تابع، بين) only where it reads as a verb: opening
    the sentence or a clause after a comma with و, or right before ':', بالقول/قائلا or أن/إن."""
    def verb_use(q: _Cue) -> bool:
        if q.conj and (q.start == ss or _PRECEDED_RE.search(ctx.norm, ss, q.start)):
            return True
        if ctx.norm.startswith(":", q.end):
            return True
        nxt = _words(ctx.norm, q.end, min(o, q.end + 20))[:1]
        return bool(nxt) and (nxt[0][2] in _SAYING_N or _COMP_RE.fullmatch(nxt[0][2]) is not None)
    return [q for q in ctx.cues if ss <= q.start and q.end <= o and (q.word not in _AMBIG_N or verb_use(q))]


def direct(ctx: _Ctx) -> list[_Cand]:
    """The attributed direct quotes of ``ctx`` in text order; their openers are added to ``ctx.openers``.
    A quote left open at its paragraph's end whose closing mark opens a later paragraph goes on through the
    paragraphs between (:func:`_carried_over`)."""
    norm = ctx.norm
    out: list[_Cand] = []
    paras = []
    pos = 0
    while pos <= len(norm):
        pe = norm.find("\n", pos)
        pe = len(norm) if pe < 0 else pe
        paras.append((pos, pe))
        pos = pe + 1
    k = 0
    while k < len(paras):
        pos, pe = paras[k]
        left_open: _Cand | None = None  # the quote left open at the paragraph's end (its cue, speaker region)
        for o, c, closed in _pair_marks(norm, pos, pe):
            cs, ce = _content(norm, o, c, closed)
            left_open = None
            pending = False
            if ce > cs:
                cand = _attribute_direct(ctx, o, c, closed, cs, ce, pos, pe)
                if cand is not None:
                    out.append(cand)
                    ctx.openers.append(o)
                    left_open = None if closed else cand
                elif not closed:
                    # «وقالت جيما أرياس " أنا متوترة جدا .»: too short alone, a quote when a later line closes it
                    left_open = _opened_after_cue(ctx, o, cs, ce)
                    pending = left_open is not None
            elif not closed:
                left_open = _opened_after_cue(ctx, o, o, o)  # «واضاف " . .»: the words start on the next line
        k += 1
        if left_open is not None:
            carried, k = _carried_over(ctx, paras, k, left_open)
            if pending and carried:
                out.append(left_open)
                ctx.openers.append(left_open.start)
            out += carried
    return out


def _opened_after_cue(ctx: _Ctx, o: int, cs: int, ce: int) -> _Cand | None:
    """A cue (not a noun) at most 12 words before a quote mark left open at its paragraph's end: the quote
    ``cs:ce`` of that cue, to be kept only when a later paragraph closes it (:func:`_carried_over`). An empty
    one (``cs == ce == o``: ``واضاف " .``، ``قال الرئيس الاسد : "``) stands in for the quote that starts on
    the next line. None without such a cue."""
    ss = min(ctx.sentence_of(o)[0], o)
    cues = [q for q in _valid_cues(ctx, ss, o) if q.kind != "noun"]
    if cues and len(ctx.norm[cues[-1].end:o].split()) <= 12:
        region, strict = _speaker_region(ctx, cues[-1], o, ss)
        return _Cand(cs, ce, "direct", cues[-1], region, ss, strict)
    return None


# How many paragraphs a quote left open may run through before its closing mark.
_CARRY_PARAGRAPHS = 8


def _closer_first(norm: str, ps: int, pe: int) -> int:
    """Offset of the first quote mark of the paragraph ``ps:pe`` that closes a quote opened before it (», ”, "
    not shaped as an opener: after a word, or set apart by spaces as in tokenized text, and then one " too many
    for the paragraph's own pairs); guillemet pairs that open and close inside the paragraph before it (a scare
    quote, «وأتى الهجوم من « المثقفين » الذين …»), are passed over. -1 when a quote opens and is not closed before
    such a closer; -2 when the paragraph has no mark (or only its own pairs)."""
    depth = 0  # guillemet pairs opened in this paragraph and not yet closed
    for i in range(ps, pe):
        ch = norm[i]
        if ch not in MARKS:
            continue
        if ch == "«":
            depth += 1
            continue
        if ch == "»" and depth:
            depth -= 1  # the closer of a pair opened in this paragraph
            continue
        if depth:
            return -1  # another mark inside a pair of this paragraph: read the paragraph as opening a quote
        prev = norm[i - 1] if i > ps else " "
        nxt = norm[i + 1] if i + 1 < pe else " "
        opens = (prev.isspace() or prev in "(:[،,؛") and not (nxt.isspace() or nxt in ".,،:؛;!?؟)]…" or nxt in MARKS)
        if opens or (ch == '"' and norm.count('"', ps, pe) % 2 == 0):
            return -1  # an opener, or straight marks that pair among themselves (سوق " جميلة " الشعبي)
        return i
    return -1 if depth else -2


def _carried_over(ctx: _Ctx, paras: list[tuple[int, int]], k: int, opened: _Cand) -> tuple[list[_Cand], int]:
    """The paragraphs from ``k`` on that continue a quote left open, when a closing mark opens one of the next
    few paragraphs (tokenized text sets each sentence on its own line: «" ان المرأة … المغلق .» … «… محدودة " .»):
    each paragraph (up to its closer) is a quote of the same speaker (``opened``: the quote left open, or the
    stand-in of :func:`_opened_after_cue`, whose cue the first line takes). Returns the quotes and the index of the
    paragraph to read next (past the closer's, or the closer's own from after its mark when words follow)."""
    norm = ctx.norm
    seen = 0  # paragraphs with words read so far (blank lines between paragraphs do not count)
    for j in range(k, len(paras)):
        ps, pe = paras[j]
        if not norm[ps:pe].strip():
            continue
        seen += 1
        if seen > _CARRY_PARAGRAPHS:
            break
        first = _closer_first(norm, ps, pe)
        if first == -1:
            return [], k  # the paragraph opens a quote of its own: the open one is not closed here
        if first == -2:
            continue
        out = []
        for a, b in paras[k:j] + [(ps, first)]:
            cs, ce = _content(norm, a - 1, b, False)  # (a - 1: the content starts at the paragraph)
            if len(norm[cs:ce].split()) >= 2:
                if opened.start == opened.end and not out:  # the first line of a quote opened empty: its cue
                    out.append(_Cand(cs, ce, "direct", opened.cue, opened.region, opened.sentence, opened.strict))
                else:
                    out.append(_Cand(cs, ce, "direct", None, None, ctx.sentence_of(cs)[0]))
        if not norm[first + 1:pe].strip(" .،,؛:!?؟…" + MARKS):
            return out, j + 1
        paras[j] = (first + 1, pe)  # the rest of the closer's paragraph is read as usual
        return out, j
    return [], k


def _opens_statement(after: str) -> bool:
    """Does ``after`` (the text right after a closing mark) open with a reporting participle (مضيفا، محذرا، مشيرا
    إلى): the next statement of the same speaker, so the quoted words before it end their clause?"""
    head = after[:40].split(None, 1)  # (the first word only: ``after`` runs to the end of the text)
    w = head[0].strip("،,") if head else ""
    w = w[1:] if w[:1] == "و" and (w[1:] in _PART_N or stance_verb(w[1:]) is not None) else w
    hit = stance_verb(w)
    return w in _PART_N or (hit is not None and hit[1] == "participle")


def _attribute_direct(ctx: _Ctx, o: int, c: int, closed: bool, cs: int, ce: int, ps: int, pe: int) -> _Cand | None:
    """A quoted segment as a direct quote, when something attributes it to a speaker."""
    norm = ctx.norm
    n_words = len(norm[cs:ce].split())
    ss = min(ctx.sentence_of(o)[0], o)
    before = norm[ss:o].rstrip()
    colon = before.endswith(":")
    cues = _valid_cues(ctx, ss, o)
    nested = any(q.kind != "noun" and _COMP_RE.search(norm, q.end, o) for q in cues)
    # (a bounded slice: the first word after the mark is all that is read; copying the rest of the text per
    # closing mark was quadratic in the article's length)
    after = norm[c + 1:c + 81].lstrip(" \t") if closed else "."
    ends_clause = not after or after[0] in "\n.،,؛!?؟…" or _opens_statement(after)
    if cues and nested:
        # وأكد أن «…» — the complementizer introduces the words verbatim, also when an adverbial clause
        # follows them (واعتبر ترامب أن "المهمة أُنجزت" بعدما…); a predicate after them (إن "الجرائم
        # الدموية" أصبحت معتادة) makes them the subject of an indirect clause instead
        cue = cues[-1]
        m = _COMP_RE.search(norm, cue.end, o)
        if m and not norm[m.end():o].strip() and len(norm[cue.end:m.start()].split()) <= 20 and (
                (n_words >= (2 if m.group("comp")[-1:] != "ن" else 3) and ends_clause)
                or (closed and _adverbial_after(after))):
            # (a pronoun on the complementizer is the clause's subject: two quoted words are its predicate,
            # a whole clause: قائلا إنه "أخطأ الطريق"، …)
            region, strict = _speaker_region(ctx, cue, m.start(), ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if cues and nested and n_words >= 3 and ends_clause:
        cue = cues[-1]
        if n_words >= 8 and (not closed or norm[c - 1] in _TERMINAL or after[:1] in ("", "\n", ".")):
            # وقال X مشيرا إلى أن … "جملة كاملة." — a whole quoted sentence closing the sentence
            verbs = [q for q in cues if q.kind == "verb"] or cues
            # a verb after the last complementizer opens a new statement (…، لكن الرب قال له "…")
            last = max(m.end() for q in cues if q.kind != "noun" for m in [_COMP_RE.search(norm, q.end, o)] if m)
            verb = next((q for q in reversed(verbs) if q.start > last and q.kind == "verb"), verbs[0])
            region, strict = _speaker_region(ctx, verb, o, ss)
            return _Cand(cs, ce, "direct", verb, region, ss, strict)
    if cues:
        cue = cues[-1]
        if cue.word in _RELAY_N and " عن " not in norm[cue.end:o] and len(cues) > 1 \
                and _PRECEDED_RE.search(norm, ss, o) is not None:
            # 'وقالت الخارجية في رسالة… وفق ما نقلت سانا، "…"': the relay is an aside; the cue before it speaks
            cue = next((q for q in reversed(cues) if q.word not in _RELAY_N and q.kind != "noun"), cue)
        n_gap = len(norm[cue.end:o].split())
        if cue.word in _RELAY_N and " عن " not in norm[cue.end:o]:
            pass  # نقلت صحيفة "…" عن: the quoted string names the relay, it is not speech
        elif not colon and _quoted_name(ctx, cs, ce):
            pass  # 'تعمل لدى "معهد واشنطن لسياسة الشرق الأوسط"': a name in quotes, not speech
        elif (colon and n_gap <= 25 and not (nested and n_gap > 12)) or (
                # "فرد قائلا "لا"": «saying» right before the marks introduces the words verbatim, however short
                not nested and n_gap == 0 and closed and ends_clause and cue.word in _SAYING_N) or (
                not nested and n_words >= 5 and n_gap <= 15) or (
                # "يقول فراز الذي قرر …، "بدأت الآذان صغيرا…"": the sentence's opening cue, a long
                # subject, a comma, then whole quoted sentences
                not nested and n_words >= 8 and n_gap <= 30 and before.endswith(("،", ","))
                and len(norm[ss:cue.start].split()) <= 1 and _speech_like(norm, cs, ce, closed, c, pe)):
            region, strict = _speaker_region(ctx, cue, o, ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if nested:
        # a statement earlier in the sentence does not attribute these words; a stance verb right
        # before them may (…، داعيا الحوثيين إلى "إنهاء الانقلاب")
        stance = marked_stance(ctx, o, cs, ce, ss)
        comps = [m.end() for q in cues if q.kind != "noun" for m in [_COMP_RE.search(norm, q.end, o)] if m]
        if stance is None or stance.start < max(comps) or not _PRECEDED_RE.search(norm, ss, stance.start):
            return None  # the stance verb is inside the reported clause: the clause is the quote
        return _Cand(cs, ce, "direct", stance, None, ss, True)
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
    if n_words >= 8 and not before.strip(" و") and _speech_like(norm, cs, ce, closed, c, pe):
        # '…كما قال. "كل الناس شجعوني…"': whole quoted sentences standing alone continue the speaker
        return _Cand(cs, ce, "direct", None, None, ss)
    if colon and n_words >= 3 and before[:-1].strip():
        return _Cand(cs, ce, "direct", None, (ss, ss + len(before) - 1), ss, True)
    stance = marked_stance(ctx, o, cs, ce, ss)
    if stance is not None:
        # وصف الاتفاق بأنه "الأسوأ على الإطلاق": a scare quote with an owner
        return _Cand(cs, ce, "direct", stance, None, ss, True)
    return None

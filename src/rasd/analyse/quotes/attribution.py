"""Attribution phrases as quotes: ``وحسب X، CLAUSE`` and ``CLAUSE، بحسب/وفق X`` report the clause,
when X reads as a speaker (a person, a source or role noun, ``ما ذكره…``, a word of a speaker already
found) — ``وفقا للنظام`` is not. Pure: no I/O; used by :mod:`rasd.analyse.quotes.finder`.
"""

from __future__ import annotations

import bisect
import re

from rasd.analyse.quotes.base import (
    _ATTR_RE,
    _PRECEDED_RE,
    _PUNCT_TRIM,
    _ROLE_N,
    _SOURCE_N,
    _SPEAKER_VERB_AFTER_RE,
    MARKS,
    _Cand,
    _comma_cut,
    _Ctx,
    _Cue,
)


def _speakerlike(ctx: _Ctx, s: int, e: int, known: set[str]) -> bool:
    words = [w.strip(MARKS + "()") for w in ctx.norm[s:e].split()]
    if not words:
        return False
    a, b = ctx.src(s, e)
    org = any(ms == a and me <= b and ent.type == "ORG" and len(ent.name.split()) >= 2
              for ms, me, ent in ctx.mentions)  # "ووفق المرصد السوري لحقوق الإنسان": a named body
    head = words[0].removeprefix("ال") if len(words[0]) > 4 else words[0]  # التقارير as تقارير
    return (words[0] == "ما" or words[0] in _SOURCE_N or head in _SOURCE_N or words[0] in _ROLE_N
            or bool(ctx.per_inside(s, e))
            or org or any(len(w) >= 4 and w in known for w in words))


_ISSUED_RE = re.compile(r"(?<!\S)(?:ال)?صادر[هة]?\s+عن(?!\S)")
_CONTRAST_N = frozenset({"لكن", "ولكن", "بل", "غير", "الا"})  # normalized: a new statement follows


_FA_INNA_RE = re.compile(r"(?<!\w)(?:فان(?:ه|ها|هم)?|فقد)(?!\w)")  # the ف of the answer: فإن، فقد
_NEXT_WORD_RE = re.compile(r"\s*(\S+)")
_LEAD_RE = re.compile(r"(?:ف?ان(?:ه|ها|هم)?|فقد)\s+")


def _answer_at(ctx: _Ctx, m: re.Match[str]) -> bool:
    """Is ``m`` (a match of «فإن»/«فقد» in ``ctx.norm``) the ف of the answer? «فقد» is the particle ف+قد only
    before a verb; before a definite noun or a number it is the verb "lost" (وحسب التقارير فقد الجيش عشرين
    جنديا: no attribution's answer). Read on the word as written, where the article's bare ال differs from a
    verb's أل (فقد ألّف) and a verb of the افتعل form keeps its shape (فقد التقى، فقد التزموا)."""
    if not m.group(0).rstrip().endswith("قد"):
        return True
    nxt = _NEXT_WORD_RE.match(ctx.norm, m.end())
    if nxt is None:
        return False
    a, b = ctx.src(nxt.start(1), nxt.end(1))
    raw = re.sub(r"[\u064B-\u0652\u0640]", "", ctx.text[a:b]).strip(MARKS + "()،,.")
    if not raw or raw[0].isdigit():
        return False
    if raw.startswith("ال"):
        return raw[2:3] == "ت" and (len(raw) == 5 or len(raw) == 6 and raw.endswith(("وا", "ت")))
    return True


def _separator(ctx: _Ctx, np_s: int, comma: int) -> int:
    """Where an opening attribution's source ends when no comma closes it: before «فإن» or «فقد»
    (وبحسب دفاع ساركوزي فإن…، وحسب التقارير الواردة فقد…), or after a name the article knows when a present-tense verb follows
    (ووفق المرصد السوري لحقوق الإنسان ينتشر…); else ``comma``. The source is six words at most."""
    norm = ctx.norm
    fa = next((x for x in _FA_INNA_RE.finditer(norm, np_s, comma) if _answer_at(ctx, x)), None)
    if fa is not None and len(norm[np_s:fa.start()].split()) <= 6:
        return fa.start()
    a = ctx.src(np_s, np_s + 1)[0]
    ends = [me for ms, me, _e in ctx.mentions if ms == a]
    if ends:
        k = bisect.bisect_left(ctx.imap, max(ends))
        nxt = norm[k:comma].split()
        if len(nxt) >= 3 and nxt[0][:1] in "يت" and len(norm[np_s:k].split()) <= 6:
            return k
    return comma


_WA_DHALIKA_RE = re.compile(r"[،,؛]\s*وذلك\s*$")
_CLAUSE_COMMA_RE = re.compile(r"[،,](?=\s)")


def _trailing_at(ctx: _Ctx, ss: int, at: int, np_end: int, se: int) -> tuple[int, int] | None:
    """The clause a trailing attribution at ``at`` reports, as (start, end) of the words before it, or
    None: after a comma (``CLAUSE، بحسب X``), after «، وذلك» (``CLAUSE، وذلك وفقا لمراسل…``), or with no
    comma when the attribution closes its sentence or its clause (``…أدت هزة… إلى انهيار صخري بحسب
    هيئة المسح.``): then the clause is the last comma stretch before it, when that has four words."""
    norm = ctx.norm
    if len(norm[ss:at].split()) < 3:
        return None
    if sum(norm.count(q, ss, at) for q in MARKS) % 2:
        return None  # a quotation closes inside: the words are the end of someone's quote (…العراق"، وذلك وفقا لـ)
    m = _PRECEDED_RE.search(norm, ss, at) or _WA_DHALIKA_RE.search(norm, ss, at)
    if m is not None:
        return ss, m.start()
    if np_end < se and norm[np_end:np_end + 1] not in "،,":
        return None  # the attribution runs on into its sentence: not a trailing one
    cut = [c.end() for c in _CLAUSE_COMMA_RE.finditer(norm, ss, at)]
    start = cut[-1] if cut and len(norm[cut[-1]:at].split()) >= 4 else ss
    words = norm[start:at].split()
    if len(words) < 4 or words[0] in _NOT_A_CLAUSE_N:
        return None  # "والتي يتجه الرأي…": a relative clause; "حسبما أوردت…": another attribution
    if any(start <= q.start < at and q.kind in ("verb", "participle") for q in ctx.cues):
        return None  # "ذكرت قناة المنار… نقلا عن X": the clause is itself a report
    while start < at and norm[start].isspace():
        start += 1
    return start, at


_NOT_A_CLAUSE_N = frozenset({"الذي", "التي", "الذين", "والذي", "والتي", "والذين", "حسبما", "كما", "وكما", "مما", "ما"})


def attribution(ctx: _Ctx, taken: list[tuple[int, int]], known: set[str], clause_end) -> list[_Cand]:  # noqa: ANN001
    """``وحسب X، CLAUSE`` and ``CLAUSE، بحسب X``: the clause is reported by X. ``known``: words of
    the speakers found so far; ``clause_end(ctx, start, se)``: the end of a reported clause."""
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
        lead_words = norm[ss:m.start()].split()
        # "…، وحسب التقارير الواردة فقد تحطمت…": after a comma, «و» + the attribution opens the next statement
        mid = bool(m.group("conj")) and bool(lead_words) and lead_words[-1][-1:] in "،,"
        if not lead_words or lead_words[-1] in _CONTRAST_N or mid:
            comma = _separator(ctx, np_s, comma)
        np_e = comma
        while np_e > np_s and norm[np_e - 1] in _PUNCT_TRIM:
            np_e -= 1
        v = _SPEAKER_VERB_AFTER_RE.match(norm, np_s, np_e)
        rs = v.end() if v else np_s
        if rs >= np_e or not _speakerlike(ctx, np_s, np_e, known):
            continue
        lead = norm[ss:m.start()].split()
        opening = not lead or lead[-1] in _CONTRAST_N or mid  # "…الجمعة لكن وفق وسائل إعلامية، يبقى…"
        # a source of six words at most, or of up to ten for a text issued by a person (وحسب أمر ملكي صادر عن
        # الملك سلمان بن عبد العزيز،): the issuer is the source
        size = len(norm[np_s:np_e].split())
        if opening and comma < se and (size <= 6 or (size <= 10 and _ISSUED_RE.search(norm, np_s, np_e) is not None
                                                     and ctx.per_inside(np_s, np_e))):
            start = comma + 1 if norm[comma:comma + 1] in "،," else comma
            while start < se and norm[start].isspace():
                start += 1
            if norm.startswith("وذلك", start):
                continue
            lead = _LEAD_RE.match(norm, start, se)
            if lead and _answer_at(ctx, lead):
                start = lead.end()  # ووفقا لوسائل إعلام، فإن الفندق…
            end = clause_end(ctx, start, se)
        elif (pre := _trailing_at(ctx, ss, m.start(), comma, se)) is not None:
            start, end = pre
            while end > start and norm[end - 1] in _PUNCT_TRIM:
                end -= 1
            rest = norm[comma + 1:se].split() if comma < se else []
            conj = bool(rest) and rest[0][:1] in "وف" and rest[0] not in ("في", "فيه", "فيها")
            if comma < se and norm[comma] in "،," and len(rest) >= 2 and not conj \
                    and len(norm[np_s:np_e].split()) <= 4:
                # "لا يزال عدد كبير من النازحين منتشرين، وفق بيدرسن، في جنوب غرب سوريا…": the
                # attribution is an aside; the statement runs on after it
                end = clause_end(ctx, comma + 1, se)
        else:
            continue
        if len(norm[start:end].split()) >= 3 and not any(s < end and start < e for s, e in taken):
            out.append(_Cand(start, end, "indirect", cue, (rs, np_e), ss))
    return out

"""A stance verb's governed complement found past a long subject and object, counted in constituents.

:func:`rasd.analyse.quotes.stance.complements` reads ``VERB … PREP COMPLEMENT`` when the preposition the
verb governs (حذر من، دعا إلى، اتهم بـ) comes within eight words of it, and stops at a comma. Subjects
and objects of news verbs are often long names and titles (``حذرت وزارة الدفاع الأمريكية الخميس الرئيس
السوري بشار الأسد من استخدام القوة…``), or an adjunct set off by commas stands between
(``دعا الرئيس الفلسطيني محمود عباس، في خطاب أمام مجلس الأمن الدولي، إلى إقامة مؤتمر…``،
``وتتهم الحكومة المجرية الملياردير… جورج سوروس، بتشجيع…``). :func:`far_complements` walks the same
stretch by constituents: a name the entities layer found counts as one, so does an adjunct set off by
two commas that opens with a preposition, and a comma right after a name (its apposition ends)
does not stop the walk. The preposition must come within eight constituents; what follows it is
the complement, cut as ``complements`` cuts it. It runs after ``complements`` and takes only
stretches no other quote holds, so every complement that rule finds stays as it was.

Present-tense forms of the stems are read too (``وتندد أنقرة دائما بالدعم…``، ``يحذر``): ي/ت before the
stem (form II ندد → يندد, the hamzated افتعل اتهم → يتهم, اعتبر → يعتبر).

Pure: no I/O; used by :mod:`rasd.analyse.quotes.finder`.
"""

from __future__ import annotations

import bisect
import re

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _Cue, _words
from rasd.analyse.quotes.stance import (
    _COMPLEMENTIZER_RE,
    _GOVERNS,
    _NAMING_N,
    _before_taken,
    _complement_end,
    _noun_in_ta,
    _starts_name,
    stance_verb,
)

# words that hold a governing stem after و/ف and a present-tense prefix (ي/ت; اتهم → يتهم): the only
# ones worth the full reading; the scan is per article, the reading per candidate
_STEMS = sorted({k for k, v in _GOVERNS.items() if v} | {k[1:] for k, v in _GOVERNS.items() if v and k[:1] == "ا"}
                | {"صف", "دعو"}, key=len, reverse=True)  # (يصف، يدعو: the weak stems' present)
_STEM_RE = re.compile(r"(?<!\w)[وف]?[يت]?(?:" + "|".join(_STEMS) + r")\S*")
_WORD_RE = re.compile(r"\S+")
# an adjunct set off by commas opens with one of these (في خطاب، خلال زيارته، أمام المجلس، عبر شبكة)
_ADJUNCT_N = frozenset({"في", "خلال", "امام", "عبر", "لدي", "اثناء", "بعد", "قبل", "من", "مع", "عقب", "فى"})
_MAX_UNITS = 8
_RELATIVES_N = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"})
# ب-words that are prepositions of their own (about, according to, because of, jointly with)
_B_PREPS_N = frozenset({"بشان", "بحسب", "بسبب", "بين", "بعد", "بالقرب", "بالاشتراك", "بالتزامن", "بمناسبه",
                        "بالتعاون", "بدلا", "بخصوص", "بموجب", "بفضل", "بهدف", "بغيه", "برفقه", "بصفته", "بصفتها"})
# words before the verb that make it no statement of its own (بحسب ما أكد، كما أشار: an aside)
_ASIDE_N = frozenset({"ما", "بما", "مما", "كما", "لما"})


def _present(word: str) -> tuple[str, str] | None:
    """(stem, "verb") of a present-tense stance form (يندد، تحذر، يتهم، تعتبر; with و/ف), else None."""
    w = word.strip(MARKS + "()،,")
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if len(w) < 4 or w[0] not in "يت":
        return None
    rest = w[1:]
    for stem in (rest, "ا" + rest):
        if stem in _GOVERNS and _GOVERNS[stem]:
            return stem, "verb"
    return None


def _hit(word: str) -> tuple[str, str] | None:
    return stance_verb(word) or (_present(word) if PRESENT else None)


PRESENT = False


def _person_at(ctx: _Ctx, start: int) -> bool:
    """Does a person's name or title open the complement at normalized offset ``start``?"""
    from rasd.analyse.coref.features import title_stem

    a, b = ctx.src(start, start + 1)[0], ctx.src(start, min(len(ctx.norm), start + 60))[1]
    if title_stem(ctx.norm[start:start + 30].split()[0]) is not None:
        return True
    return any(ms == a and e.type == "PER" for ms, _me, e in ctx.mentions if ms < b)


def _mention_end(ctx: _Ctx, starts: list[int], a: int) -> int | None:
    """Source end of the longest mention that starts at source offset ``a``, else None."""
    k = bisect.bisect_left(starts, a)
    ends = [me for ms, me, _e in ctx.mentions[k:k + 4] if ms == a]
    return max(ends) if ends else None


def _walk(ctx: _Ctx, words: list[tuple[int, int, str]], prep: str, starts: list[int]) -> int | None:
    """Index in ``words`` of the governed preposition's word, reached within ``_MAX_UNITS``
    constituents; None when a clause boundary or the limit comes first."""
    k = units = 0
    while k < len(words) and units <= _MAX_UNITS:
        ws, we, w = words[k]
        bare = w.strip("،,")
        if w[:1] in MARKS or w[-1:] in ".:؛" or bare in ("ان", "بان", "انه", "انها") or bare in _RELATIVES_N:
            return None  # a relative clause brings verbs and prepositions of its own
        if (prep == "ب" and bare.startswith("ب") and len(bare) >= 4 and not _COMPLEMENTIZER_RE.fullmatch(bare)
                and bare not in _B_PREPS_N and not _starts_name(ctx, ws)) or (prep != "ب" and bare == prep):
            return k if k + 1 < len(words) or prep == "ب" else None
        a = ctx.src(ws, ws + 1)[0]
        end = _mention_end(ctx, starts, a)
        if end is not None:
            while k + 1 < len(words) and ctx.src(words[k + 1][0], words[k + 1][0] + 1)[0] < end:
                k += 1
            w = words[k][2]
        if w[-1:] in "،,":
            # a comma: the apposition of a name ends here, or an adjunct set off by commas follows
            nxt = words[k + 1][2] if k + 1 < len(words) else ""
            if nxt in _ADJUNCT_N:
                j = next((j for j in range(k + 1, min(k + 10, len(words))) if words[j][2][-1:] in "،,"), None)
                if j is None:
                    return None
                k = j
            elif end is None:
                return None  # a comma after a plain word ends the clause
        k += 1
        units += 1
    return None


def far_complements(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """Governed complements of stance verbs that ``complements`` leaves (see the module docstring)."""
    norm = ctx.norm
    starts = [m[0] for m in ctx.mentions]
    out: list[_Cand] = []
    for m in (_WORD_RE if PRESENT else _STEM_RE).finditer(norm):
        hit = _hit(m.group())
        if hit is None or hit[1] != "verb" or any(s <= m.start() < e for s, e in taken):
            continue  # (a participle's complement stands right after it: the near rule's)
        if hit[0] == "عبر" or norm[max(0, m.start() - 5):m.start()].split()[-1:] in ([w] for w in _ASIDE_N):
            continue  # عبر is also the preposition "via"; "بحسب ما أكد …" is an aside
        if hit[1] == "verb" and _noun_in_ta(ctx, m.start(), m.end()):
            continue
        prep = _GOVERNS.get(hit[0])
        if not prep:
            continue
        ss, se = ctx.sentence_of(m.start())
        words = _words(norm, m.end(), se)[:30]
        k = _walk(ctx, words, prep, starts)
        if k is None:
            continue
        start = words[k][0] if prep == "ب" else words[k + 1][0]
        if _COMPLEMENTIZER_RE.match(norm, start) or norm[start] in MARKS:
            continue  # أشار إلى أن: the indirect rule's; a quote: the marked rule's
        head = norm[start:start + 30].split()[0].strip(MARKS)
        if head in _NAMING_N or head.removeprefix("ال") in _NAMING_N:
            continue
        if _person_at(ctx, start):
            continue  # "أشار … إلى مستشار الأمن القومي جون بولتون": a person referred to, not a statement
        end = _before_taken(norm, start, _complement_end(norm, start, clause_end(ctx, start, se)), taken)
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        word = m.group()
        conj = word[:1] in "وف" and _hit(word[1:]) is not None
        cue = _Cue(m.start(), m.end(), word[1:] if conj else word, conj, "stance")
        out.append(_Cand(start, end, "indirect", cue, None, ss, True))
        taken.append((start, end))
    return out

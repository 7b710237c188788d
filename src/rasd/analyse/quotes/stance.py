"""Stances as quotes: what a speaker calls, accuses, demands or promises.

The annotation conventions count them as the speaker's words:

- a short quoted phrase that a stance or reporting verb governs (``وصف الاتفاق
  بأنه "الأسوأ على الإطلاق"``، ``نددت الخارجية بـ"الاحتلال"``، ``دعا الحوثيين
  إلى "إنهاء الانقلاب"``) — a scare quote with an owner;
- the verbal-noun complement of such a verb, unquoted (``متهمة إياها بإسقاط كل
  التزاماتها…``، ``تحدثت عن سقوط مئات القتلى…``، ``مؤكدا على أهمية التواصل…``),
  up to the end of its clause.

A quoted string that names something (``عملية "غصن الزيتون"``، ``صحيفة "القبس"``)
is not a quote: the word before it is a naming noun, or the string is an entity's
mention. Each verb governs one preposition; the complement must start right
after it (or after at most seven words of subject and object), so topics of other verbs are
not taken.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _Cue, _words
from rasd.arabic.normalize import normalize

# stance verb stems (past, 3rd masc.) → the preposition that introduces what is stated
_GOVERNS = {
    "وصف": "ب", "اتهم": "ب", "طالب": "ب", "هدد": "ب", "تعهد": "ب", "ندد": "ب", "وعد": "ب", "رحب": "ب",
    "حذر": "من", "تحدث": "عن", "كشف": "عن", "عبر": "عن", "اعرب": "عن", "اشار": "الي", "دعا": "الي",
    "شدد": "علي", "اكد": "علي", "حث": "علي", "اعتبر": "", "حمل": "", "انتقد": "", "ادان": "", "دان": "",
}
_PRESENT = {"يصف": "وصف", "تصف": "وصف", "يتهم": "اتهم", "تتهم": "اتهم", "يطالب": "طالب", "تطالب": "طالب",
            "يحذر": "حذر", "تحذر": "حذر", "يدعو": "دعا", "تدعو": "دعا", "يعتبر": "اعتبر", "تعتبر": "اعتبر"}
_PARTICIPLES = {"واصف": "وصف", "متهم": "اتهم", "مطالب": "طالب", "مهدد": "هدد", "مندد": "ندد",
                "محذر": "حذر", "داعي": "دعا", "مؤكد": "اكد", "مشدد": "شدد", "معتبر": "اعتبر", "متحدث": "تحدث"}
_NAMING_N = frozenset(normalize(w) for w in (
    "عملية", "حملة", "مؤتمر", "ائتلاف", "تحالف", "حزب", "حركة", "صحيفة", "مجلة", "قناة", "كتاب", "فيلم",
    "برنامج", "موقع", "وكالة", "منظمة", "مجموعة", "جماعة", "بعنوان", "باسم", "اسم", "شعار", "وسم", "هاشتاغ",
    "لقب", "تسمية", "مشروع", "قانون", "لجنة", "جبهة", "قوات", "مبادرة", "خطة", "منتدى", "شركة", "تطبيق",
    "مسلسل", "رواية", "أغنية", "قصيدة", "مقال", "تقرير", "عنوان", "المسمى", "المسماة", "يسمى", "تسمى",
    "المعروف", "المعروفة", "المعروفين", "المعروفون"))
_BAN_RE = re.compile(r"بان(?:ه|ها|هم|هما)?")
_MARKER_RE = re.compile(r"(?:(?<!\S)(?:ب?ان(?:ه|ها|هم|هما)?|الي|علي(?:\s+ان)?|من)|ب|بال|ل)\s*$")


# Subject endings, then the same with an object pronoun (وصفته، اعتبرتها، اتهمه): "X called it Y".
_SUBJ_SUFFIXES = ("", "ت", "وا", "ا")
_OBJ_SUFFIXES = ("ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها")


def _forms() -> list[str]:
    out = {stem + suf for stem in _GOVERNS for suf in _SUBJ_SUFFIXES + _OBJ_SUFFIXES}
    out |= set(_PRESENT)
    out |= {p + end for p in _PARTICIPLES for end in ("ا", "ه", "ين", "ون")}
    return sorted(out, key=len, reverse=True)


# every stance word, with an optional conjunction: one scan of the text finds them all
_STANCE_RE = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(map(re.escape, _forms())) + r")(?!\w)")


# A complement ends before the next statement of the sentence: a comma or و/كما with a stance or
# reporting word (، كما تحدثت عن…، واعتبرتها…), the cue's own tail (بالقول), a writer's comment (، وهو…).
_NEXT_RE = re.compile(r"\s*(?:[،,]\s*(?:و|كما\s+)?|\s(?:و|كما\s+))(?=\S)")
_COMMENT_RE = re.compile(r"\s*[،,]\s*(?:وهو|وهي|وهذا|وذلك|ما|مما|فيما|بينما|و?لكن\w*|الا|غير)(?!\w)"
                         r"|\s+(?:بالقول|بقوله|بقولها)(?!\w)")


def _complement_end(norm: str, start: int, end: int) -> int:
    m = _COMMENT_RE.search(norm, start, end)
    if m:
        end = m.start()
    for m in _NEXT_RE.finditer(norm, start, end):
        w = norm[m.end():m.end() + 20].split()[:1]
        if w and m.start() > start and (stance_verb(w[0]) or stance_verb("و" + w[0])):
            return m.start()
    return end


def _before_taken(norm: str, start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """``end`` pulled back before the first quote or cue stretch found inside ``start:end`` (another
    statement of the sentence: "وطالبت روسيا بإجراء تحقيق، لكنها قالت إن…"), edge punctuation trimmed."""
    cut = min((s for s, _e in taken if start < s < end), default=end)
    if cut < end:
        end = cut
        while end > start and norm[end - 1] in " \t\n.,،:؛;!?؟…-" + MARKS:
            end -= 1
    return end


def stance_verb(word: str) -> tuple[str, str] | None:
    """(stem, kind) of a stance verb or participle (``ووصف`` → (وصف, verb), ``متهمة`` → participle)."""
    w = word.strip(MARKS + "()،,")
    for p in ("", "و", "ف"):
        if p and not w.startswith(p):
            continue
        x = w[len(p):]
        for suf in _SUBJ_SUFFIXES + _OBJ_SUFFIXES:
            if suf and not x.endswith(suf):
                continue
            base = x[: len(x) - len(suf)] if suf else x
            if base in _GOVERNS and len(base) >= 2:
                return base, "verb"
        if x in _PRESENT:
            return _PRESENT[x], "verb"
        for end in ("ا", "ه", "ين", "ون"):
            if x.endswith(end) and x[: -len(end)] in _PARTICIPLES:
                return _PARTICIPLES[x[: -len(end)]], "participle"
    return None


def marked_stance(ctx: _Ctx, o: int, cs: int, ce: int, ss: int) -> _Cue | None:
    """The stance verb that governs the quoted phrase at ``o`` (content ``cs:ce``), else None."""
    norm = ctx.norm
    if len(norm[cs:ce].split()) > 12:
        return None
    before = _words(norm, max(ss, o - 120), o)
    if not before:
        return None
    last = before[-1][2].strip(MARKS)
    first = norm[cs:ce].split()[0].strip(MARKS)
    if any(w in _NAMING_N or w.removeprefix("ال") in _NAMING_N for w in (last, first)):
        return None  # صحيفة "القبس"، "عملية الفجر": a name
    a, b = ctx.src(cs, ce)
    if any(ms <= a and b <= me for ms, me, _e in ctx.mentions):
        return None  # a name in quotes
    marker = _MARKER_RE.search(norm, max(ss, o - 12), o) is not None
    for k in range(len(before) - 1, max(-1, len(before) - 9), -1):
        ws, we, w = before[k]
        hit = stance_verb(w)
        gap = len(before) - 1 - k
        if hit and (marker or gap <= 3):
            conj = w[:1] in "وف" and stance_verb(w[1:]) is not None
            return _Cue(ws, we, w[1:] if conj else w, conj, "stance")
        if w[-1:] in ".؟!" or w in ("،", ","):
            break
    return None


def complements(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """Unquoted verbal-noun complements of stance verbs (see the module docstring)."""
    norm = ctx.norm
    out: list[_Cand] = []
    for m in _STANCE_RE.finditer(norm):
        hit = stance_verb(m.group())
        if hit is None or any(s <= m.start() < e for s, e in taken):
            continue
        prep = _GOVERNS[hit[0]]
        if not prep:
            continue
        ss, se = ctx.sentence_of(m.start())
        words = _words(norm, m.end(), se)[:10]
        for k, (ws, _we, w) in enumerate(words[:9]):
            if w[-1:] in "،,.:؛" or w in MARKS:
                break
            if prep == "ب" and _BAN_RE.fullmatch(w) and k <= 7 and k + 1 < len(words):
                start = words[k + 1][0]  # اتهم روسيا بأنها هي الجهة…، وصفته بأنه عمل إرهابي
            elif prep == "ب" and w.startswith("ب") and len(w) >= 4 and w[1:3] != "ان" and k <= 7:
                start = ws
            elif prep != "ب" and w == prep and k <= 7 and k + 1 < len(words):
                start = words[k + 1][0]
                if norm.startswith(("ان", "بان"), start):
                    break  # أشار إلى أن: a reported clause, the indirect rule's
            else:
                continue
            head = norm[start:start + 30].split()[0].strip(MARKS)
            if norm[start] in MARKS or head in _NAMING_N or head.removeprefix("ال") in _NAMING_N:
                break  # أشار إلى "عملية الفجر": a name, or a quote the marked rule judges
            end = _complement_end(norm, start, clause_end(ctx, start, se))
            end = _before_taken(norm, start, end, taken)
            if len(norm[start:end].split()) >= 2 and not any(s < end and start < e for s, e in taken):
                conj = m.group()[:1] in "وف" and stance_verb(m.group()[1:]) is not None
                cue = _Cue(m.start(), m.end(), m.group()[1:] if conj else m.group(), conj, "stance")
                out.append(_Cand(start, end, "indirect", cue, None, ss, True))
                taken.append((start, end))
            break
    return out


def stance_gender(word: str) -> str | None:
    """F/M shown by a stance verb or participle (وصفت، تصف، متهمة F; وصف، يصف، متهما M)."""
    hit = stance_verb(word)
    if hit is None:
        return None
    w = word.strip(MARKS + "()،,")
    if hit[1] == "participle":
        return "F" if w.endswith("ه") else "M" if w.endswith("ا") else None
    x = w[1:] if w[:1] in "وف" and stance_verb(w[1:]) is not None else w
    for suf in ("ته", "تها", "تهم"):
        if x.endswith(suf) and x[: -len(suf)] in _GOVERNS:
            return "F"  # وصفته: she described him
    for suf in ("ه", "ها", "هم"):
        if x.endswith(suf) and x[: -len(suf)] in _GOVERNS:
            return "M"
    if x in _PRESENT:
        return "F" if x.startswith("ت") else "M"
    if x.endswith("ت") and x[:-1] in _GOVERNS:
        return "F"
    if w.endswith(("وا", "ا")) and not hit[0].endswith("ا"):
        return None  # plural/dual
    return "M"


_ASIDE_RE = re.compile(r"\s*(?:في\s+الوقت\s+(?:نفسه|ذاته)|ايضا|كذلك)\s*")


def participle_objects(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """``مؤكدا عدم نية الدوحة الانسحاب…``، ``نافيا في الوقت نفسه نية قطر…``: a reporting participle
    whose object is a verbal noun, not a clause with أن."""
    norm = ctx.norm
    out: list[_Cand] = []
    for cue in ctx.cues:
        if cue.kind != "participle" or any(s <= cue.start < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(cue.start)
        at = cue.end
        m = _ASIDE_RE.match(norm, at)
        if m:
            at = m.end()
        words = _words(norm, at, se)[:2]
        if len(words) < 2:
            continue
        w = words[0][2]
        if (w in MARKS or w[:1] in MARKS or w[-1:] in "،,.:؛" or _BAN_RE.fullmatch(w)
                or re.fullmatch(r"ب?ان(?:ه|ها|هم|هما|نا)?|الي|علي|من|عن|في|ب\S*|ل\S*|ان\S*", w)):
            continue  # a clause (أن), a preposition, a quote: other rules read those
        start = words[0][0]
        end = _complement_end(norm, start, clause_end(ctx, start, se))
        if len(norm[start:end].split()) >= 3 and not any(s < end and start < e for s, e in taken):
            out.append(_Cand(start, end, "indirect", cue, None, ss, True))
            taken.append((start, end))
    return out

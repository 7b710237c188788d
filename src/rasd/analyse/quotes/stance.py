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


def _starts_name(ctx: _Ctx, ws: int) -> bool:
    """Is the word at normalized offset ``ws`` part of a name (باشكوف, not بإجراء)?"""
    a = ctx.src(ws, ws + 1)[0]
    return any(ms <= a < me for ms, me, _e in ctx.mentions)


def _appositive_dropped(ctx: _Ctx, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``words`` without a name set off by commas (اتهم رئيس الوزراء الأوكراني، فولوديمير غرويسمان،
    روسيا بأنها…): the subject's apposition, so the words after it are read as the object."""
    for k, (_ws, _we, w) in enumerate(words[:8]):
        if w[-1:] not in "،,":
            continue
        for j in range(k + 1, min(k + 5, len(words))):
            if words[j][2][-1:] in "،,":
                a, b = ctx.src(words[k + 1][0], words[j][1])
                if any(a <= ms < b and e.type == "PER" for ms, _me, e in ctx.mentions):
                    return words[:k] + [(words[k][0], words[k][1], w[:-1])] + words[j + 1:]
                return words
        return words
    return words


def _noun_in_ta(ctx: _Ctx, s: int, e: int) -> bool:
    """Does the source word end in ة (إشارة، إدانة: a verbal noun), where the normalized form reads as a
    verb with the pronoun ه (أشاره، أدانه)? Normalization merges the two letters."""
    a, b = ctx.src(s, e)
    return ctx.text[a:b].rstrip(MARKS + "()،,.").endswith("ة")


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
    before = _words(norm, max(ss, o - 200), o)
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
    # with a preposition or أن governing the quote, the verb may stand further back, past a long
    # subject and object (وصف وزير الدفاع السوداني عوض محمد أحمد ابن عوف العلاقة بين البلدين بـ"…")
    far = marker and not re.search(r"(?<!\S)ل\S{0,2}\s*$|(?<=\s)ل$", norm[max(ss, o - 6):o])  # لـ«عكاظ»: an outlet told
    reach = 15 if far else 9
    for k in range(len(before) - 1, max(-1, len(before) - reach), -1):
        ws, we, w = before[k]
        hit = stance_verb(w)
        if hit and hit[1] == "verb" and _noun_in_ta(ctx, ws, we):
            hit = None
        gap = len(before) - 1 - k
        if hit and gap > 8 and w == "عبر":
            continue  # far from the quote, عبر is the preposition "across"
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
        if hit is None or any(s <= m.start() < e for s, e in taken) or (
                hit[1] == "verb" and _noun_in_ta(ctx, m.start(), m.end())):
            continue
        prep = _GOVERNS[hit[0]]
        if not prep:
            continue
        ss, se = ctx.sentence_of(m.start())
        words = _appositive_dropped(ctx, _words(norm, m.end(), se)[:16])[:10]
        for k, (ws, _we, w) in enumerate(words[:9]):
            if w[-1:] in "،,.:؛" or w in MARKS:
                break
            if prep == "ب" and _BAN_RE.fullmatch(w) and k <= 7 and k + 1 < len(words):
                start = words[k + 1][0]  # اتهم روسيا بأنها هي الجهة…، وصفته بأنه عمل إرهابي
            elif prep == "ب" and w.startswith("ب") and len(w) >= 4 and w[1:3] != "ان" and k <= 7 \
                    and not _starts_name(ctx, ws):
                start = ws  # (not باشكوف: a name that begins with the letter)
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
        if not re.search(r"[،,]\s*$", norm[max(ss, cue.start - 4):cue.start]):
            continue  # a circumstantial participle follows a comma; "الشرطة متابعة الإساءات" is a noun
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


# Finite reporting verbs whose object may be a verbal noun (أكدت وقوع هجوم، أعلنت غوغل حجب الإعلانات،
# كشفت وجود مشروع، نفى نية قطر): the noun phrase is what is stated.
_NOUN_OBJECT_VERBS_N = frozenset(normalize(w) for w in (
    "أكد", "أكدت", "أكدوا", "نفى", "نفت", "نفوا", "أعلن", "أعلنت", "أعلنوا", "كشف", "كشفت", "كشفوا",
    "ذكر", "ذكرت", "ذكروا", "يؤكد", "تؤكد", "ينفي", "تنفي", "رجح", "رجحت", "توقع", "توقعت"))
_NOT_VERB_BEFORE_N = frozenset(normalize(w) for w in (
    "على", "من", "في", "عن", "إلى", "بعد", "قبل", "إذا", "لو", "إن", "حتى", "لن", "لم", "عند", "منذ"))
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")


# Time words that may stand between a reporting verb (or its subject) and its object (أعلن الخميس إلغاء…).
_TIME_BETWEEN_N = frozenset(normalize(w) for w in (
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "أمس", "مجددا",
    "أيضا", "كذلك", "رسميا", "سابقا", "مؤخرا", "الأسبوع", "الشهر", "العام", "الماضي", "الماضية"))
_EARLIER_N = (("في", "وقت", "سابق"), ("في", "وقت", "لاحق"), ("في", "وقت", "متاخر"))


def verbal_noun(word: str, definite_ok: bool = False, raw: str = "", after_subject: bool = False) -> bool:
    """Does ``word`` (normalized) have the shape of an Arabic verbal noun: تفعيل (ترحيب)، إفعال
    (إجراء)، افتعال (اعتقال)، انفعال (انسحاب)، استفعال (استخدام)، تفاعل (تضامن)، مفاعلة (مساعدة)،
    فعول (وقوع، وجود), or عدم/نية before a noun? A shape test, not a lexicon: it generalizes to verbal
    nouns no list holds and is used only right where a reporting verb's object stands."""
    w = word.strip(MARKS + "()،,.")
    if w in ("عدم", "نيه", "وفاه", "اي"):
        return True  # (أي: "نفى أي تدخل")
    if after_subject and len(w) == 4 and w[0] == "م" and w[1] not in "اوي" and w[2] not in "اوي" \
            and raw[:1] == "م" and not raw.endswith("ة"):
        return True  # مفعل after the subject and time words: "نفى حزب الله الجمعة مقتل…"
    for suf in _PRONOUN_SUFFIXES:
        # فعل with a possessive (رفضه، دعمها، قلقها، ضلوعها): the subject's own stance or act; a bare
        # فعل word is too often a plain noun to count
        if w.endswith(suf) and len(w) - len(suf) == 3 and not w.startswith(("ال", "و", "ف", "ب", "ل")) \
                and not raw.endswith("ة"):
            return True  # (the source word tells هويته from هوية, which normalization merges)
    # إلغاء، إلقاء: a hamza-initial إفعال, not the article (normalization merges them)
    article = w.startswith("ال") and raw[:1] not in ("إ", "أ", "آ")
    if definite_ok and article and len(w) > 5:
        w, article = w[2:], False  # after a named subject the definite noun is the object (ونفى ساركوزي الحصول)
    if (w.endswith("ا") and not w.endswith("ها")) or article:
        return False  # an adverb (تماما، أيضا); a definite noun is more often the subject (الاتهامات)
    for suf in _PRONOUN_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            w = w[:-1] + "ه" if w.endswith("ت") else w  # مساعدته → مساعده
            break
    n = len(w)
    return ((n == 5 and w[0] == "ت" and w[3] == "ي")  # ترحيب
            or (n == 5 and w[0] == "ا" and w[3] == "ا")  # اجراء
            or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")  # اعتقال
            or (n == 6 and w.startswith("ان") and w[4] == "ا")  # انسحاب
            or (n == 7 and w.startswith("است") and w[5] == "ا")  # استخدام
            or (n == 5 and w[0] == "ت" and w[2] == "ا" and w[-1] != "ه")  # تضامن
            or (n == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه")  # مساعده
            or (n == 4 and w[2] == "و" and w[0] not in "اتيمبل"))  # وقوع، وجود (not بدوره)


_RAW_SUFFIXES = ("ها", "هم", "هما", "ه")


def _past_time_words(words: list[tuple[int, int, str]], k: int) -> int:
    """Index of the first word from ``k`` on that is not a time word (الخميس، في وقت سابق)."""
    while k < len(words):
        if words[k][2] in _TIME_BETWEEN_N:
            k += 1
        elif tuple(w[2] for w in words[k:k + 3]) in _EARLIER_N:
            k += 3
        else:
            break
    return k


def _past_dates(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> int:
    """Index of the first word from ``k`` on that is not inside a time expression of the dates layer
    (``الذي أعلن منذ عدة أسابيع عدم نيته…``)."""
    while k < len(words) and _in_date(ctx, words[k]):
        k += 1
    return k


def _raw(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> str:
    """The source form of word ``k`` (hamza and ة kept), or ""."""
    return ctx.text[slice(*ctx.src(words[k][0], words[k][1]))].strip(MARKS + "()،,.") if k < len(words) else ""


def _named(ctx: _Ctx, w: tuple[int, int, str]) -> bool:
    a, b = ctx.src(w[0], w[1])
    return any(ms <= a < me or a <= ms < b for ms, me, _e in ctx.mentions)


def _in_date(ctx: _Ctx, w: tuple[int, int, str]) -> bool:
    """Is the word part of a time expression the dates layer found (مطلع آذار)?"""
    a = ctx.src(w[0], w[1])[0]
    return any(d.start <= a < d.end for d in ctx.art.dates)


def _subject_end(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> int:
    """Where a named subject after a reporting verb ends (``نفى الجمعة الأمين العام للحزب حسن نصرالله
    مقتل…``، ``ونفى وزير الخارجية الروسي، سيرغي لافروف، أي تدخل``، ``أعلنت غوغل وفيس بوك حجب…``):
    after the last name of a run that opens with titles or a name (names joined by و or set off by
    commas), within seven words; ``k`` when the words at ``k`` are no such subject."""
    if k < len(words) and not _named(ctx, words[k]) and verbal_noun(words[k][2], raw=_raw(ctx, words, k)):
        return k  # the object right after the verb (أكد استعداد مصر)
    end = k
    place_until = -1
    for i in range(k, min(len(words), k + 8)):
        w = words[i][2]
        if _named(ctx, words[i]):
            end = i + 1
            if w[-1:] in ".:؛":
                break
        elif end > k and w in ("في", "ب") and any(_named(ctx, x) for x in words[i + 1:i + 3]):
            place_until = i + 2  # "أمن حماس في قطاع غزة": a place completing the subject
        elif i <= place_until:
            continue
        elif w == "و" or (end == k and (w.startswith(("ال", "لل")) or w.rstrip("،,").startswith("ال"))) \
                or (end == k and i == k and not w.startswith("ال") and w[-1:] not in "،,.:؛"):
            continue  # titles before the name (الأمين العام للحزب، وزير الخارجية الروسي،)
        else:
            break
        if w[-1:] in ".:؛":
            break
    return end


def verbal_noun_objects(ctx: _Ctx, taken: list[tuple[int, int]], clause_end, region_of) -> list[_Cand]:  # noqa: ANN001
    """``أكدت تقارير… وقوع هجوم كيميائي``، ``أعلنت غوغل وفيس بوك حجب الإعلانات…``: a reporting verb
    without أن whose object — right after it, or after a named subject — is a verbal noun; the
    object's clause is the quote. ``region_of(cue, upto, ss)`` gives the speaker part."""
    norm = ctx.norm
    out: list[_Cand] = []
    for cue in ctx.cues:
        if cue.kind != "verb" or cue.word not in _NOUN_OBJECT_VERBS_N or any(s <= cue.start < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(cue.start)
        prev = _words(norm, max(ss, cue.start - 12), cue.start)[-1:]
        if prev and prev[0][2] in _NOT_VERB_BEFORE_N:
            continue  # "ويترتب على كشف أسمائهم": a preposition makes the cue a noun; "إذا … أعلن": no statement
        words = _words(norm, cue.end, se)[:10]
        k = _subject_end(ctx, words, _past_dates(ctx, words, _past_time_words(words, 0)))
        named_subject = k > 0 and any(_named(ctx, w) for w in words[:k])
        k = _past_dates(ctx, words, _past_time_words(words, k))  # "أعلن الخميس إلغاء…"، "منذ عدة أسابيع"
        raw = _raw(ctx, words, k)
        ok = k < len(words) - 1 and not _named(ctx, words[k]) and not _in_date(ctx, words[k]) and verbal_noun(
            words[k][2], definite_ok=named_subject, raw=raw, after_subject=k > 0)
        if not ok and not named_subject and words and words[0][2].startswith("ال") and words[0][2][-1:] not in "،,.:؛":
            # "أكدت النقابات في وقت سابق دعمها له": a described subject, then the subject's own act
            k = _past_time_words(words, 1)
            raw = _raw(ctx, words, k)
            ok = k < len(words) - 1 and raw.endswith(_RAW_SUFFIXES) and verbal_noun(words[k][2], raw=raw)
        if not ok or words[k][2][-1:] in "،,.:؛":
            continue
        start = words[k][0]
        end = _complement_end(norm, start, clause_end(ctx, start, se))
        end = _before_taken(norm, start, end, taken)
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        lead = _past_time_words(words, 0)
        region, strict = ((words[lead][0], start), False) if 0 < lead < k else region_of(ctx, cue, start, ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))  # (نفى الجمعة الأمين العام…)
        taken.append((start, end))
    return out

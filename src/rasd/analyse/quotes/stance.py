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
from functools import lru_cache

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _Cue, _words
from rasd.arabic.normalize import normalize
from rasd.arabic.wordforms import WordForms

# stance verb stems (past, 3rd masc.) → the preposition that introduces what is stated
_GOVERNS = {
    "وصف": "ب", "اتهم": "ب", "طالب": "ب", "هدد": "ب", "تعهد": "ب", "ندد": "ب", "وعد": "ب", "رحب": "ب",
    "حذر": "من", "تحدث": "عن", "كشف": "عن", "عبر": "عن", "اعرب": "عن", "اشار": "الي", "دعا": "الي",
    "شدد": "علي", "اكد": "علي", "حث": "علي", "اعتبر": "", "حمل": "", "انتقد": "", "ادان": "", "دان": "",
}
_PRESENT = {"يصف": "وصف", "تصف": "وصف", "يتهم": "اتهم", "تتهم": "اتهم", "يطالب": "طالب", "تطالب": "طالب",
            "يحذر": "حذر", "تحذر": "حذر", "يدعو": "دعا", "تدعو": "دعا", "يعتبر": "اعتبر", "تعتبر": "اعتبر"}
_GOVERNS.update({"توعد": "ب", "نبه": "الي", "حض": "علي"})  # (حضّ: حثّ's synonym, "urged")
# stems whose present forms report a stance (تتهم X بـ، يصفه بـ، تندد بـ، تطالب بـ). Not the others: in the
# present they describe a standing state more than a statement, and the gold of every ANT dev set leaves
# them unmarked (تهدد بمهاجمة منبج، يتحدث عن وقوع ضحايا، تعبر عن رأي الكاتبة، تشير إلى مقابلة، تكشف أسماء;
# يعد is "is considered" far more often than "promises")
_PRESENT_STEMS = frozenset({"اتهم", "وصف", "ندد", "طالب"})
# of those, the ones whose object (the accused, the one described or asked) may stand on the verb as a pronoun
_TRANSITIVE = frozenset({"اتهم", "وصف", "طالب"})


def _present_forms() -> dict[str, str]:
    """Present forms of the stance stems of :data:`_PRESENT_STEMS`, made by verb morphology (:func:`.cueforms.present_stem`: اتهم →
    يتهم، وصف → يصف، طالب → يطالب) with ي/ت and an object pronoun or none (تتهمه أنقرة بـ…، ما يصفه بـ…،
    التي تطالبه بالاستقالة): the hand list held six bare forms, and a relative clause or a topic fronted
    before the verb («فتح الله غولن الذي تتهمه أنقرة بتدبير…») puts the object on the verb as a pronoun."""
    from rasd.analyse.quotes.cueforms import present_stem

    out: dict[str, str] = {}
    for stem in sorted(_PRESENT_STEMS):
        ps = present_stem(stem)
        if ps:
            for pre in "يت":
                for suf in ("", "ه", "ها", "هم", "هما") if stem in _TRANSITIVE else ("",):
                    out[pre + ps + suf] = stem
    return out


_PRESENT = {**_present_forms(), **_PRESENT}


def _defective_forms() -> dict[str, str]:
    """Past forms of the stems that end in a long vowel (دعا): the vowel gives way to the ending (دعت,
    دعتا; دعته, دعتهم), which stem + suffix would miss (دعات). A morphology rule, not a list."""
    out: dict[str, str] = {}
    for stem in _GOVERNS:
        if len(stem) == 3 and stem[-1] == "ا":
            root = stem[:-1]
            for end in ("ت", "تا", "ته", "تها", "تهم"):  # (not دعوه: the noun دعوة once normalized;
                # not دعوا, which reads as often as the passive دُعوا: الصحفيين الذين دعوا إلى مشاهدة…)
                out[root + end] = stem
    return out


_DEFECTIVE = _defective_forms()


def _derived_participles() -> dict[str, str]:
    """Active participles made from the stems by the verb's pattern (a morphology rule, not a list):
    form I فعل → فاعل (وصف → واصف، وعد → واعد), II فعّل → مفعّل (ندد → مندد، برر → مبرر), III فاعل → مفاعل
    (طالب → مطالب), V تفعّل → متفعّل (توعد → متوعد، تعهد → متعهد), VIII افتعل → مفتعل (اعتبر → معتبر), IV أفعل →
    مُفعِل, hollow مُفيل (أشار → مشير، أعرب → معرب: «مشيرا إلى وجود…»، «معربا عن قلقه…»)."""
    out: dict[str, str] = {}
    for stem, prep in _GOVERNS.items():
        if not prep:
            continue  # (a participle is read only with the preposition it governs)
        if len(stem) == 3 and stem[0] == "و":
            out[stem[0] + "ا" + stem[1:]] = stem  # I with و (واصف، واعد; not موعد, a noun)
        elif len(stem) == 3 and stem[-1] not in "اى":
            out["م" + stem] = stem  # II (the reading of most three-letter stance stems: ندد، حذر، برر)
        elif len(stem) == 4 and stem[0] == "ت":
            out["م" + stem] = stem  # V (متوعد، متعهد، متحدث)
        elif len(stem) == 4 and stem[1] == "ا":
            out["م" + stem] = stem  # III (مطالب)
        elif len(stem) == 5 and stem[0] == "ا" and stem[2] == "ت":
            out["م" + stem[1:]] = stem  # VIII (معتبر)
        elif len(stem) == 4 and stem[0] == "ا":
            out["م" + stem[1] + "ي" + stem[3] if stem[2] == "ا" else "م" + stem[1:]] = stem  # IV (مشير، معرب)
    return out


_PARTICIPLES = {"واصف": "وصف", "متهم": "اتهم", "مطالب": "طالب", "مهدد": "هدد", "مندد": "ندد",
                "محذر": "حذر", "داعي": "دعا", "مؤكد": "اكد", "مشدد": "شدد", "معتبر": "اعتبر", "متحدث": "تحدث"}
_PARTICIPLES = {**_derived_participles(), **_PARTICIPLES}
_NAMING_N = frozenset(normalize(w) for w in (
    "عملية", "حملة", "مؤتمر", "ائتلاف", "تحالف", "حزب", "حركة", "صحيفة", "مجلة", "قناة", "كتاب", "فيلم",
    "برنامج", "موقع", "وكالة", "منظمة", "مجموعة", "جماعة", "بعنوان", "باسم", "اسم", "شعار", "وسم", "هاشتاغ",
    "لقب", "تسمية", "مشروع", "قانون", "لجنة", "جبهة", "قوات", "مبادرة", "خطة", "منتدى", "شركة", "تطبيق",
    "مسلسل", "رواية", "أغنية", "قصيدة", "مقال", "تقرير", "عنوان", "المسمى", "المسماة", "يسمى", "تسمى",
    "المعروف", "المعروفة", "المعروفين", "المعروفون"))
_BAN_RE = re.compile(r"بان(?:ه|ها|هم|هما)?")
# a complementizer word (أن، بأنه، أنها) at a complement's start: the clause is the indirect rule's. A word
# match, not a prefix one: انسحاب، انتهاك، انفجار open with the same two letters and are verbal nouns
_COMPLEMENTIZER_RE = re.compile(r"ب?ان(?:ه|ها|هم|هما|نا|ني)?(?!\S)")
_MARKER_RE = re.compile(r"(?:(?<!\S)(?:ب?ان(?:ه|ها|هم|هما)?|الي|علي(?:\s+ان)?|من)|ب|بال|ل)\s*$")


# Subject endings, then the same with an object pronoun (وصفته، اعتبرتها، اتهمه): "X called it Y".
_SUBJ_SUFFIXES = ("", "ت", "وا", "ا")
_OBJ_SUFFIXES = ("ه", "ها", "هم", "ته", "تها", "تهم", "وه", "وها")


def _forms() -> list[str]:
    out = {stem + suf for stem in _GOVERNS for suf in _SUBJ_SUFFIXES + _OBJ_SUFFIXES}
    out |= set(_PRESENT) | set(_DEFECTIVE)
    out |= {p + end for p in _PARTICIPLES for end in ("ا", "ه", "ين", "ون")}
    return sorted(out, key=len, reverse=True)


# every stance word, with an optional conjunction: the matches of
# (?<!\w)[وف]?(?:forms)(?!\w), found word by word with a set look-up (WordForms), not by a regex of
# 388 alternatives tried at every word start
_STANCE = WordForms(_forms(), "وف")


# A complement ends before the next statement of the sentence: a comma or و/كما with a stance or
# reporting word (، كما تحدثت عن…، واعتبرتها…), the cue's own tail (بالقول), a writer's comment (، وهو…).
_WORD_AT_RE = re.compile(r"\S+")
_NEXT_RE = re.compile(r"\s*(?:[،,]\s*(?:و|كما\s+)?|\s(?:و|كما\s+))(?=\S)")
_COMMENT_RE = re.compile(r"\s*[،,]\s*(?:وهو|وهي|وهذا|وذلك|ما|مما|فيما|بينما|و?لكن\w*|الا|غير)(?!\w)"
                         r"|\s+(?:بالقول|بقوله|بقولها)(?!\w)"
                         # a contrast opens the writer's next clause, comma or not (دعا إلى تنظيم مظاهرة لكن عدد
                         # المتظاهرين جاء أقل، اتهمه البعض بمعاداة السامية في حين دافع عنه آخرون): never inside a
                         # noun-phrase complement in the gold of either corpus
                         r"|\s+(?:و?لكن\w*|بينما|في\s+حين)(?!\w)")


def _complement_end(norm: str, start: int, end: int) -> int:
    m = _COMMENT_RE.search(norm, start, end)
    if m:
        end = m.start()
    for m in _WORD_AT_RE.finditer(norm, start, end):
        hit = stance_verb(m.group()) if m.start() > start else None
        if hit is not None and hit[1] == "participle":
            end = m.start()  # "قصف دبابة للموقع مبررا ذلك ب…": a participle opens the next statement
            while end > start and norm[end - 1] in " \t\n.,،:؛;!?؟…-":
                end -= 1
            break
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


@lru_cache(maxsize=65536)  # pure; the quote rules ask it of the same words again and again (issue #17)
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
        if x in _DEFECTIVE:
            return _DEFECTIVE[x], "verb"
        for end in ("ا", "ه", "ين", "ون"):
            if x.endswith(end) and x[: -len(end)] in _PARTICIPLES:
                return _PARTICIPLES[x[: -len(end)]], "participle"
    return None


_MA_N = frozenset({"ما", "بما", "مما", "لما"})


def _prev_word(norm: str, lo: int, at: int) -> str:
    """The whole word of ``norm[lo:at]`` that ends last before ``at`` (trailing spaces skipped; "" when none):
    the word itself, not the tail of a longer one («ربما» is not «بما»), without splitting the text."""
    end = at
    while end > lo and norm[end - 1].isspace():
        end -= 1
    start = max(norm.rfind(" ", lo, end), norm.rfind("\n", lo, end)) + 1
    return norm[max(lo, start):end]


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
        if hit and k > 0 and before[k - 1][2] in _MA_N and w.lstrip("وف") in _PRESENT:
            return None  # "برفع ما تصفه بـ«الحصار»": what someone calls it, inside the outer statement
        if hit and (marker or gap <= 3):
            conj = w[:1] in "وف" and stance_verb(w[1:]) is not None
            return _Cue(ws, we, w[1:] if conj else w, conj, "stance")
        if w[-1:] in ".؟!" or w in ("،", ","):
            break
    return None


def _lam_object(ctx: _Ctx, ws: int, w: str) -> bool:
    """Is ``w`` (at ``ws``) ل + a verbal noun (لبذل، لتشكيل، للتهدئة), the object of a verb that governs
    إلى? A shape test (see :func:`.objects.verbal_noun`; a bare فعل without ة counts here, after ل); never a
    name (لبنان)."""
    from rasd.analyse.quotes.objects import verbal_noun  # (objects builds on this module)

    if not w.startswith("ل") or len(w) < 4 or _starts_name(ctx, ws):
        return False
    x = w[1:].removeprefix("ل").removeprefix("ال") if w.startswith("لل") else w[1:]
    raw = ctx.text[slice(*ctx.src(ws, ws + len(w)))]
    if raw.endswith("ة"):
        return False
    return (len(x) == 3 and x.isalpha()) or verbal_noun(x)


def complements(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """Unquoted verbal-noun complements of stance verbs (see the module docstring)."""
    norm = ctx.norm
    out: list[_Cand] = []
    for m_start, m_end in _STANCE.spans(norm):
        hit = stance_verb(norm[m_start:m_end])
        if hit is None or any(s <= m_start < e for s, e in taken) or (
                hit[1] == "verb" and _noun_in_ta(ctx, m_start, m_end)):
            continue
        prep = _GOVERNS[hit[0]]
        if not prep:
            continue
        ss, se = ctx.sentence_of(m_start)
        if norm[m_start:m_end].lstrip("وف") in _PRESENT and _prev_word(norm, ss, m_start) in _MA_N:
            continue  # "برفع ما تصفه بلدها بـ…": what someone calls it, inside the outer statement
        words = _appositive_dropped(ctx, _words(norm, m_end, se)[:16])[:10]
        for k, (ws, _we, w) in enumerate(words[:9]):
            if w[-1:] in "،," and prep == "ب" and k <= 3 and any(
                    _BAN_RE.fullmatch(x[2]) for x in words[k + 1:k + 4]) and not any(
                    x[2][-1:] in "،,.:؛" for x in words[k + 1:k + 3]):
                continue  # "واتهم وزير الخارجية الإيراني، أمريكا بأنها…": the comma closes the subject; بأن shows
                # the object and its complement follow
            if w[-1:] in "،,.:؛" or w in MARKS:
                break
            if prep == "ب" and _BAN_RE.fullmatch(w) and k <= 7 and k + 1 < len(words):
                start = words[k + 1][0]  # اتهم روسيا بأنها هي الجهة…، وصفته بأنه عمل إرهابي
            elif prep == "ب" and w.startswith("ب") and len(w) >= 4 and not _BAN_RE.fullmatch(w) and k <= 7 \
                    and not _starts_name(ctx, ws):
                start = ws  # (not باشكوف: a name that begins with the letter)
            elif prep == "الي" and k == 0 and hit[0] != norm[m_start:m_end].lstrip("وف") \
                    and _lam_object(ctx, ws, w):
                start = ws  # "ويدعو لتشكيل حكومة": ل in place of إلى, right after a present verb only: after
                # a noun ل is the noun's own (معارضون للإجهاض), after a past one it reads as the passive
                # (صحفيون دُعوا لمشاهدة الحدث: they were invited)
            elif prep != "ب" and w == prep and k <= 7 and k + 1 < len(words):
                start = words[k + 1][0]
                if _COMPLEMENTIZER_RE.match(norm, start):
                    if prep != "علي" or k + 2 >= len(words) or any(q.start == m_start for q in ctx.cues):
                        break  # أشار إلى أن، أكد على أن: a reported clause, the indirect rule's (a reporting cue)
                    start = words[k + 2][0]  # "وحضت المنشورات الناس على أن لا يصبحوا…": an urging verb is no
                    # reporting cue; the clause after its «على أن» is what it urges
            else:
                continue
            head = norm[start:start + 30].split()[0].strip(MARKS)
            if norm[start] in MARKS or head in _NAMING_N or head.removeprefix("ال") in _NAMING_N:
                break  # أشار إلى "عملية الفجر": a name, or a quote the marked rule judges
            end = _complement_end(norm, start, clause_end(ctx, start, se))
            end = _before_taken(norm, start, end, taken)
            # one word is enough after «وصفها بأنها»: the description itself (رائعة), a predicate, not a topic
            least = 1 if hit[0] == "وصف" and _BAN_RE.fullmatch(_prev_word(norm, 0, start)) else 2
            if len(norm[start:end].split()) >= least and not any(s < end and start < e for s, e in taken):
                word = norm[m_start:m_end]
                conj = word[:1] in "وف" and stance_verb(word[1:]) is not None
                cue = _Cue(m_start, m_end, word[1:] if conj else word, conj, "stance")
                # a verb that bears its object as a pronoun (يتهمه معارضوه بـ…، التي تتهمها الدول المقاطعة بأنها…)
                # has its subject right after it: the words up to the preposition name the speaker
                region = (m_end, ws) if ws > m_end and _object_on_verb(word) else None
                out.append(_Cand(start, end, "indirect", cue, region, ss, region is None))
                taken.append((start, end))
            break
    return out


def _object_on_verb(word: str) -> bool:
    """Does the stance verb ``word`` bear an object pronoun (وصفته، يتهمه، تتهمها; not وصفت, يتهم)?"""
    x = word.strip(MARKS + "()،,")
    x = x[1:] if x[:1] in "وف" and stance_verb(x[1:]) is not None else x
    if x in _PRESENT:
        return any(x.endswith(suf) and x[: -len(suf)] in _PRESENT for suf in ("ه", "ها", "هم", "هما"))
    return any(x.endswith(suf) and x[: -len(suf)] in _GOVERNS for suf in _OBJ_SUFFIXES)


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

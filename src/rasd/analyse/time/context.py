"""What the words around a time expression say (pure): tense, a future verb, a plan's name, «العام» as "general".

The time grammar (:mod:`rasd.analyse.time.grammar` and its siblings) and the time layer ask these
questions of the *normalized* text around a span: ``tense_at`` says whether its context is future
or past, ``future_verb_in`` whether a clause holds a future verb, ``general_before`` and
``plan_name_before`` whether a year-like word is not a date at all. Split from
:mod:`rasd.analyse.time.base`, which keeps the word patterns and the rule registry.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from rasd.arabic.normalize import normalize
from rasd.arabic.reporting import REPORTING_VERBS
from rasd.arabic.verbs import NOT_IMPERFECT, imperfect_word

# «المدير العام السابق», «الأمين العام المقبل», «المدعي العام الجديد»: «العام» after these nouns is the
# adjective "general/public", not "the year".
_GENERAL_NOUNS = frozenset({
    "مدير", "امين", "مدعي", "نائب", "مفتش", "مراقب", "مرشد", "قائد", "منسق", "مستشار", "محامي", "راي",
    "قطاع", "مال", "نظام", "امن", "شان", "صالح", "مؤتمر", "اضراب", "حق", "عفو", "دين", "انفاق", "نقل",
    "تعليم", "ذوق", "وضع", "اطار", "اتجاه", "مشهد", "طابع", "مقر", "سكرتير", "وكيل", "مندوب",
})


def general_before(norm: str, start: int) -> bool:
    """Whether the word before ``start`` (an «العام» in ``norm``) is a noun it qualifies as "general"."""
    prev = norm[max(0, start - 16):start].split()
    if not prev:
        return False
    w = prev[-1]
    for pre in ("وال", "بال", "لل", "ال"):
        if w.startswith(pre) and len(w) > len(pre) + 1:
            w = w[len(pre):]
            break
    return w in _GENERAL_NOUNS


_PLAN = re.compile(r"(?<!\w)[\"«“]?(?:[وفلب]|ب?ال|لل)?(?:رؤيه|خطه|برنامج|استراتيجيه|اجنده)\s+[\"«“]?(?:\w+\s+){0,3}[\"«“]?$")
_YEAR_WORD_BEFORE = re.compile(r"(?<!\w)(?:[وفلب]?(?:ال)?(?:عام|سنه|عامي)|لل(?:عام|سنه)|حتي|في|منذ|بحلول|حلول|قبل|بعد|الي)\s+$")


def plan_name_before(norm: str, start: int) -> bool:
    """Whether the year at ``start`` ends a plan's name: «رؤية 2030», «رؤية المملكة العربية السعودية 2030», «"خطة
    2020"», «برنامج "جودة الحياة 2020"». Its year is a target in a name, no date (the shared dev gold leaves «رؤية
    2030» out, and so does the written convention). A year after a year word or a preposition is a date of the
    plan's text («برنامج جودة الحياة حتى العام 2020»)."""
    lo = max(0, start - 48)
    return _PLAN.search(norm, lo, start) is not None and _YEAR_WORD_BEFORE.search(norm, lo, start) is None


# -- tense of the context ---------------------------------------------------------------

_FUT_RE = re.compile(
    r"(?<!\w)(?:[وف]?سوف|[وف]?من\s+المقرر|[وف]?من\s+المتوقع|[وف]?من\s+المنتظر|يعتزم|تعتزم|يرتقب|المرتقب|المرتقبه|المقبل|المقبله|القادم|"
    r"القادمه|غدا|ستقام|سيقام|[وف]?يتوقع(?:ون|ان)?|[وف]?يعتزم(?:ون|ان)?|[وف]?تعتزم(?:ان)?)(?!\w)|(?<!\w)[وف]?س(?P<v>[يتن]\w{2,})"
    r"|(?<!\w)قد\s+[يت]\w{2,}"  # قد + imperfect: "may", not past
    r"|(?<!\w)[وف]?لن\s+[يتن]\w{2,}"  # لن + imperfect: "will not"
    r"|(?<!\w)علي\s+ان\s+[يت]\w{2,}")  # «على أن يعلن الفائز في أكتوبر»: "with … to be", a plan
_NOT_FUT = {  # words that start like سـ + imperfect verb but are nouns (سياسة، سنوات، ستين…)
    "ياسه", "ياسي", "ياسيه", "ياسات", "ياسيين", "ياسيا", "ياره", "يارات", "يد", "يده", "يطره", "يول",
    "ينما", "يناء", "يرغي", "يف", "يدني", "تين", "ته", "تون", "تار", "تاد", "نه", "نوات", "نوي", "نويا",
    "نويه", "نين", "نتين", "ياحه", "ياحي", "ياحيه", "يادي", "ياده", "يره", "يرته", "يرين", "يوف", "يناريو",
    "ياق", "ياقات", "يارتين", "تراتيجيه", "تراتيجي", "تانلي", "تاندرد", "نغافوره", "نابل", "نن", "ياحيين",
    "يطرت", "يطر", "توكهولم", "يراليون", "تراسبورغ", "يبيريا", "يناريوهات",
}


@lru_cache(maxsize=1)
def _s_not_future() -> frozenset[str]:
    """Words like سـ + imperfect that the corpus reads as names or nouns (``scripts/build_time_verbs.py``:
    commoner than the word without its سـ: «ستيفن», «ستاربكس», «ستريت»); empty when absent."""
    try:
        text = (resources.files("rasd") / "data" / "time" / "s_not_future.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return frozenset()
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def not_future_word(v: str) -> bool:
    """Whether سـ + ``v`` (``v`` the rest of a word the future pattern read as سـ + imperfect) is no future verb:
    a noun or name of the hand list, one of two stem letters ending in ي («سيتي»), or one the corpus knows."""
    return v in _NOT_FUT or (len(v) == 3 and v.endswith("ي") and v[1] != "ر") or ("س" + v) in _s_not_future()


# An imperfect verb governing the expression in its clause («يستقبل … الثلاثاء», «يبقى … حتى الأحد»)
# speaks of now or later. Words that start like one but are nouns or months:

def _clause_cut(clause: str) -> int:
    """Where the clause that ends ``clause`` begins: after the last comma, colon or quotation mark that opens
    one. A quotation mark that closes a quotation (an even count of them) opens nothing: «ندد … بـ"قلة تضامن"
    فيرجيني …» goes on in the clause of «ندد»."""
    cut = max(clause.rfind("،"), clause.rfind(","), clause.rfind(":"))
    quote = clause.rfind("\"")
    if quote > cut and clause.count("\"", cut + 1) % 2 == 1:
        cut = quote
    return cut


# «أن/إن» opening a reported clause, with its clitics («وأفادت بأنه بحلول الأربعاء سيصل»).
_THAT = frozenset({"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "وان", "وانه", "وانها"})


_WHICH = frozenset({"الذي", "التي", "الذين"})


def _imperfect_governs(norm: str, lo: int, start: int) -> bool:
    """Whether the clause of ``start`` opens with an imperfect (يـ) verb: «يستقبل الرئيس … الثلاثاء».

    News clauses are verb-first (headlines subject-first); only the opening two words are read, since names inside the clause can
    look like verbs (يزيد، يونغ).
    """
    clause = norm[lo:start]
    cut = _clause_cut(clause)
    words = clause[cut + 1:].split()
    if not words and cut >= 0 and clause[cut] in "،,":
        # «يبدأ ولي العهد، الأمير محمد بن سلمان، الاثنين»: a comma right before the span closes an apposition
        # (a short definite phrase between two commas); the clause is the one before it
        before = clause[:cut]
        cut2 = _clause_cut(before)
        inner = before[cut2 + 1:].split()
        if cut2 >= 0 and before[cut2] in "،," and 1 <= len(inner) <= 5 and inner[0].startswith("ال"):
            words = before[_clause_cut(before[:cut2]) + 1:cut2].split()
    if any(w in _WAS for w in words):
        return False  # «وكانت لدى أعضاء المجلس مهلة تنتهي الخميس»: كان + imperfect tells a past in progress
    if verb_right_before(words):
        return True  # «يمكن أن يتم صباح الجمعة», «حيث تعقد الجمعة»: the verb right before the span governs it
    for i in range(len(words) - 2, -1, -1):
        if words[i] in ("حيث", "وحيث"):
            # «متوجها إلى سنغافورة حيث يلتقي الزعيم الكوري … الثلاثاء»: «حيث» opens a clause of its own, whose
            # verb (its first word) governs the span, not the verb that opened the sentence
            return _imperfect_bare(words[i + 1])
    for i in range(len(words) - 1, -1, -1):  # a complement clause («يقول إن الهجوم وقع») starts anew
        if words[i] in _THAT:
            if i > 0 and words[i - 1] in ("قبل", "بعد"):
                return False  # «علّقت التنفيذ قبل أن تعود … الخميس»: a told past, imperfect after «قبل/بعد أن»
            words = words[i + 1:]
            break
        if words[i] in _WHICH and i + 2 == len(words):  # «الذكرى … الذي يوافق الثلاثاء»: the relative clause's verb
            words = words[i + 1:] * 2                     # right before the span governs it
            break
    if len(words) < 2:
        return False
    for i, w in enumerate(words[:2]):  # verb-first, or subject-verb as headlines write it («ترامب يستقبل …»)
        if _imperfect_bare(w):
            if i == 1 and _NEGATED_PAST.fullmatch(words[0]):
                return False  # «ولم تنجح 60 طلعة الاثنين»: لم + imperfect is a past denied
            # «وتقترن مهمة بومبيو الذي باشر العمل … الثلاثاء»: a relative clause with a verb of its own (not an
            # imperfect) between the opening verb and the span holds the span
            return not any(x in _WHICH and j + 1 < len(words) and not _imperfect_bare(words[j + 1])
                           for j, x in enumerate(words[2:], 2))
    return False


# «لم/لما» + imperfect: the past, denied; «قبل/بعد أن» + imperfect in a told past («قبل أن تعود … الخميس»).
_NEGATED_PAST = re.compile(r"[وف]?(?:لم|لما)")
_WAS = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"})
_DEEMED = frozenset({"يعتبر", "تعتبر", "يبدو", "تبدو"})  # "is deemed", "seems": no event of the day
_PARTICLE = frozenset({"ان", "لن", "قد", "وقد", "الذي", "التي", "الذين", "حيث"})


def verb_right_before(words: list[str]) -> bool:
    """Whether the last of ``words`` (normalized, the clause up to a span) is an imperfect verb governing the
    span: a تـ-imperfect («حيث تعقد الجمعة», «وتستضيف إسطنبول»… is read by the clause opening), or an
    imperfect after a particle («أن يتم», «التي تجرى»). A bare يـ-word is not enough: names before the span
    look like verbs (يسري، يونس، يفتوشينكو). Not after «لم» nor «قبل/بعد أن» (a told past)."""
    if len(words) == 1:  # «وتعقد الجمعة القمة», «ويصل الخميس»: the clause opens with its verb and the day
        bare = words[0][1:] if len(words[0]) > 3 and words[0][0] in "وف" else words[0]
        return _imperfect_bare(bare) and bare not in _DEEMED  # «ويعتبر الاثنين الأكثر دموية»: a judgement of a day
    if not words:
        return False
    last, prev = words[-1], words[-2]
    if _NEGATED_PAST.fullmatch(prev) or (prev == "ان" and len(words) >= 3 and words[-3] in ("قبل", "بعد", "بعدما")):
        return False
    if prev in _PARTICLE and last[:1] in "يت" and (_imperfect_bare(last) or (len(last) == 3 and last not in NOT_IMPERFECT)):
        return True
    bare = last[1:] if len(last) > 4 and last[0] in "وف" else last
    return bare.startswith("ت") and imperfect_word(bare)


def _imperfect_bare(w: str) -> bool:
    """:func:`imperfect_word` of ``w`` with a clitic و/ف taken off."""
    return imperfect_word(w[1:] if len(w) > 3 and w[0] in "وف" else w)


# Past reporting verbs, less the forms that are more often nouns or particles once normalized («بين» between,
# «رأي» opinion, «رد» reply, «نقل» transfer, «نفي» denial).
# A تـ-form is a perfect of form V/VI («توعد», «تابع», «توقع») unless its يـ twin is listed too (تقول/يقول: an imperfect).
_PAST_REPORTING = frozenset(normalize(v) for v in REPORTING_VERBS
                            if not v.startswith("ي") and not (v.startswith("ت") and "ي" + v[1:] in REPORTING_VERBS)
                            ) - {"بين", "راي", "رد", "نقل", "نفي"} | {"نشر", "نشرت", "نشروا"}  # a post is a report too


def past_report_before(norm: str, lo: int, start: int) -> bool:
    """«أعلن مسؤولون فلسطينيون الاثنين», «قال المسؤول ناصر القدوة الاثنين»: a past reporting verb
    opens the weekday's clause a few words before it, so the day is the one gone by (whatever the
    reported words announce for later)."""
    clause = norm[lo:start]
    cut = _clause_cut(clause)
    words = clause[cut + 1:].split()[-7:]
    found = _report_verb_in(words)
    if found is None and cut >= 0 and clause[cut] in "،," and 1 <= len(words) <= 4 and not any(w in _THAT for w in words):
        # «وقال رئيس مركز المصالحة في سوريا، اللواء يوري يفتوشينكو الأحد»: a name in apposition after a comma;
        # the clause that holds the verb is the one before it
        before = clause[:cut]
        found = _report_verb_in(before[_clause_cut(before) + 1:].split()[-8:] + words)
    return bool(found)


def _report_verb_in(words: list[str]) -> bool | None:
    """Whether the first past reporting verb of ``words`` governs what follows them (None: no such verb)."""
    for i, w in enumerate(words):
        bare = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if bare in _PAST_REPORTING or w in _PAST_REPORTING:
            # «قال … إن إسرائيل ستعيد الثلاثاء»: after «إن» the weekday is the reported clause's
            return not any(x in _THAT for x in words[i + 1:])
    return None


# A relative clause opened by a perfect verb («التي غادرت», «الذي نشر»): its first word is no imperfect nor سـ-future,
# nor a form of كان («التي كانت مقررة يوم الجمعة»: a plan told in the past, still to come).
_PAST_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين)\s+(?![يت]\w{2,}|س[يتن]\w{2,}|لن\s|قد\s|سوف\s|كان)\w{3,}(?:\s+\S+){0,10}\s*$")
_ADJ_FUT = re.compile(r"(?:المرتقب|المرتقبه|المقبل|المقبله|القادم|القادمه)")


def future_verb_in(norm: str) -> bool:
    """Whether ``norm`` (a normalized sentence) holds a verb in the future form (سـ/سوف + imperfect), not only a
    word of planning («من المقرر» in «ظن أنه من المقرر أن يغادر» is a past thought of a plan)."""
    for m in _FUT_RE.finditer(norm):
        v = m.group("v")
        if v is not None and not not_future_word(v):
            return True
        if m.group(0).endswith("سوف"):
            return True
    return False


def tense_at(norm: str, start: int, end: int, verb: bool = False) -> str | None:
    """'future' when a future marker (سوف، سـ+verb، المقبل، من المقرر…) is near the span in its sentence, else 'past'.

    ``verb``: also read an imperfect verb opening the clause as non-past. Weekdays want it (a
    weekday with «يستقبل» is the coming one); a day and month does not (a report's present tense
    does not move «20 يوليو» to next year).
    """
    lo = max(0, start - 150)
    hi = min(len(norm), end + 40)
    cut = max(norm.rfind(c, lo, start) for c in ".!?؟\n")
    if cut >= 0:
        lo = cut + 1
    stops = [i for i in (norm.find(c, end, hi) for c in ".!?؟\n") if i >= 0]
    if stops:
        hi = min(stops)
    if re.search(r"(?<!\w)منذ\s+(?:\S+\s+){0,2}$", norm[max(lo, start - 20):start]):
        return "past"  # «منذ 20 يناير»: since a day gone by
    if re.search(r"(?<!\w)[وف]?بحلول\s+(?:(?:نهايه|منتصف|مطلع|اواخر|اوائل|بدايه|شهر|يوم)\s+)?$", norm[max(lo, start - 24):start]):
        return "future"  # «بحلول أكتوبر/تشرين الأول», «فيضانات بحلول الاثنين»: a deadline, not a day gone by
    if verb and past_report_before(norm, lo, start):
        return "past"
    quote_after = min((i for i in (norm.find(q, end, hi) for q in '"«“') if i >= 0), default=hi)
    clause_after = re.search(r"(?<!\w)(?:ان|انه|انها|انهم|بان|بانه|بانها|بانهم)(?!\w)", norm[end:hi])
    if clause_after:  # «قالت السلطات الأربعاء إن أول دار ستفتح…»: the reported clause's tense is not the report's
        quote_after = min(quote_after, end + clause_after.start())
    for m in _FUT_RE.finditer(norm, lo, hi):
        if start <= m.start() < end:
            continue  # the expression's own words (الأسبوع المقبل) are not context
        if m.start() > quote_after:
            continue  # «قال في شباط/فبراير "إننا سنضرب"»: the quoted words' tense is not the report's
        if verb and m.start() >= end and _ADJ_FUT.fullmatch(m.group(0)):
            # «لوحت … يوم الأربعاء بعدم المشاركة في القمة المرتقبة»: an adjective after a weekday qualifies a later
            # noun; the verbs around the weekday (read with ``verb``) tell its tense
            continue
        if m.end() <= start and _ADJ_FUT.fullmatch(m.group(0)) and re.search(r"(?<!\w)وذلك(?!\w)", norm[m.end():start]):
            continue  # «قمته المرتقبة …، وذلك خلال لقائه السبت»: «وذلك» tells when the main clause's event was
        v = m.group("v")
        if v is not None and not_future_word(v):
            continue  # «سيتي» (City), «ستيفن» (Steven), «ستريت» (Street) read as سـ + imperfect: names, no future
        if m.end() <= start and _PAST_RELATIVE.search(norm, m.end(), start):
            continue  # «ومن المتوقع أن تتخذ رحلة ميركل التي غادرت إلى واشنطن الخميس», «القانون الذي صوت عليه
            # البرلمان في كانون الثاني/يناير»: the relative clause's own past verb, between the future word and
            # the date, is the nearer governor and holds the date
        return "future"
    if verb and _imperfect_governs(norm, lo, start):
        return "future"
    return "past"


# -- aspect: «اليوم» as "nowadays" -----------------------------------------------------------

# Present-tense states, abilities and perceptions (normalized, with the imperfect prefixes): «تشكل تركيا اليوم
# إزعاجا», «يبلغ من العمر اليوم 68 عاما», «واليوم أستطيع أن أقرأ». With them «اليوم» is the present
# as a period, not the publication day (events keep the day: «نلتقي اليوم», «الصادرة اليوم»).
_STATIVE = re.compile(
    r"[وف]?(?:[ايتن](?:بلغ|شكل|ظل|ستطيع|عيش|ملك|وجد|مكن|عرف|حتاج|بقي|بدو)(?:ون|ان|ين)?"
    # what one sees, faces or what happens now: «الأزمة التي نراها اليوم», «ما يحدث في روسيا اليوم»
    r"|[اتن](?:ري|را|واجه)(?:ون|ين)?(?:ها|ه|هم)?|يحدث"
    r"|(?:لا|ما)\s+[ايتن]\w{2,}|ما\s+زال|ما\s+زالت|ليس|ليست|لم\s+يعد|لم\s+تعد)$")  # negated present: a state
_CLAUSE_BREAK = re.compile(r"[.،,؛:!?؟\"«»“”()\n]")


def present_period(norm: str, start: int, end: int) -> bool:
    """Whether «اليوم» at ``norm[start:end]`` means nowadays: a present state verb within three words
    of it in its clause, «اليوم وفي المستقبل», or an age («من العمر اليوم»)."""
    before = norm[max(0, start - 40):start]
    after = norm[end:end + 40]
    before = _CLAUSE_BREAK.split(before)[-1].split()[-3:]
    after = _CLAUSE_BREAK.split(after)[0].split()[:3]
    if before and before[-1] == "العمر" or re.match(r"\s*و\s*(?:في\s+)?المستقبل", norm[end:end + 20]):
        return True
    if before and (before[-1] in _THIRD_PRONOUNS or re.fullmatch(r"[وف]?(?:ال)?معروف(?:ه|ين|ون)?", before[-1])):
        return True  # «وهو اليوم رئيس المجلس», «في المنطقة المعروفة اليوم باسم…»: what someone or something is now
    if _nominal_subject(norm, start):
        return True
    words = before + after
    for i in range(len(words)):
        for j in (1, 2):
            if i + j <= len(words) and _STATIVE.fullmatch(" ".join(words[i:i + j])):
                return True
    if before and before[-1] in ("طوال", "طيله", "كل"):
        return False  # «تنام طوال اليوم»: all day long, whatever the tense
    return _past_contrast(norm, start) and any(_imperfect_bare(w) for w in before[-2:] + after[:2])


_THEN = re.compile(r"(?<!\w)(?:[وف]?(?:كان|كانت|كانوا)|في\s+الماضي|سابقا|منذ\s+(?:\S+\s+)?(?:سنوات|عقود|عاما|اعوام)"
                   r"|قبل\s+(?:\S+\s+)?(?:سنوات|عقود|عاما|اعوام))(?!\w)")


def _past_contrast(norm: str, start: int) -> bool:
    """Whether the sentence of «اليوم» at ``start`` first tells a past it contrasts with («كان مبدأ ثابتا …، ولكن
    قطاع التعليم يعاني اليوم من شح الموارد»): then a present verb with «اليوم» speaks of nowadays."""
    lo = max(norm.rfind(c, 0, start) for c in ".!?؟\n") + 1
    return _THEN.search(norm, max(lo, start - 200), start) is not None


_THIRD_PRONOUNS = frozenset({"هو", "وهو", "فهو", "هي", "وهي", "فهي", "هم", "وهم", "فهم"})
_OPENERS = frozenset({"و", "ف", "ان", "وان", "فان", "لكن", "ولكن", "اما", "كما", "اذ", "بل"})


def _definite(w: str) -> bool:
    """A definite noun or adjective: «ال» + a stem of three letters or more. Normalized, the perfects «ألغى»,
    «ألقوا» also start with «ال»; they are shorter («الغي») or end in «وا»."""
    w = w[1:] if w[:1] in "وف" and w[1:3] == "ال" else w
    return w.startswith("ال") and len(w) >= 5 and not w.endswith("وا")


def _nominal_subject(norm: str, start: int) -> bool:
    """«الشباب الأردني اليوم المتعطش…», «الوظائف المتاحة اليوم في…»: «اليوم» right after the definite noun phrase
    that opens its clause (a nominal sentence: no verb, preposition or name before it) qualifies that subject —
    "X nowadays". A verb («الأشياء اللي سمعتها اليوم») or a preposition («في الصحف اليوم») before it is a day."""
    window = norm[max(0, start - 60):start]
    parts = _CLAUSE_BREAK.split(window)
    if len(parts) == 1 and start > 60:
        return False  # the clause opens further back: too long for a subject phrase
    if len(parts) > 1 and window[len(window) - len(parts[-1]) - 1] in "\"«»“”(":
        return False  # «صحيفة "المصري اليوم"», «(الاتحاد اليوم)»: a quoted or bracketed name
    words = parts[-1].split()
    that = [i for i, w in enumerate(words) if w in ("ان", "بان", "وان", "فان", "لان")]
    if that:  # «وأضاف أن المقاومة اليوم أقوى»: the complement clause opens anew
        words = words[that[-1] + 1:]
    while words and words[0] in _OPENERS:
        words = words[1:]
    return 1 <= len(words) <= 4 and all(_definite(w) for w in words) and not any(w in _DAY_SUBJECTS for w in words)


# Subjects whose «اليوم» is the day: the press of a review («الصحافة اليوم تتطرق», «البداية اليوم بردود الصحف»),
# what is issued or held on a day («الصحف الصادرة اليوم», «القمة المنعقدة اليوم»).
_DAY_SUBJECTS = frozenset({"الصحف", "الصحافه", "الصحيفه", "الجرائد", "البدايه", "الصادره", "الصادر", "المنعقد",
                           "المنعقده", "المقرر", "المقرره", "المقام", "المقامه"})


def later_ref(norm: str, start: int, end: int) -> str:
    """«لاحقا», «في وقت لاحق»: "later" than the time the clause speaks of — after now in a future clause
    («سيعلن لاحقا»), after the told events in a past one («أكدت إيران لاحقا», «وفي وقت لاحق التقى»)."""
    if re.search(r"(?<!\w)(?:الي|حتي|لحين)\s+$", norm[max(0, start - 8):start]):
        return "FUTURE_REF"  # «تأجلت إلى وقت لاحق»: put off until later
    return "FUTURE_REF" if tense_at(norm, start, end, verb=True) == "future" else "PAST_REF"

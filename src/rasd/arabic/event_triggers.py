"""The PLOVER event trigger table: types, statuses and the :data:`TRIGGERS` rows.

Pure data: no I/O, nothing compiled here (:mod:`rasd.arabic.event_lexicon` compiles the
table and holds the cue patterns the analyser checks). Every pattern is written over the
*normalized* view of the text (:func:`rasd.arabic.normalize.normalize`).

Contents
--------
- :data:`TYPES`, :data:`STATUSES`, :data:`SYMMETRIC_TYPES`.
- :data:`TRIGGERS`: ``Trigger(type, mode, pos, pattern, symmetric, needs)``
  rows. ``pattern`` matches one word *without* its proclitics (the compiled
  regex adds them: ``و ف`` for verbs, ``و ف`` + ``ب ل ك`` + ``ال`` for nouns).
  ``symmetric`` events (meetings, talks, agreements) take ``actors`` rather
  than a source and a target. ``needs`` names an extra condition the analyser
  checks: ``light-verb`` (a verb such as أجرى/عقد/تلقى governs the noun),
  ``express`` (أعرب عن، أكد … governs it), ``accord`` (وقّع needs اتفاقية/مذكرة),
  ``with`` (بحث needs مع), ``to-place`` (وصل needs إلى + a place), ``forces``
  (نشر needs troops or aircraft), ``blame`` (حمّل needs مسؤولية), ``maintain``
  (تنسيق needs تحافظ/تواصل), ``violence`` (هاجم/هجوم/استهدف need words of
  violence nearby), ``not-prayer`` (دعا الله is no request), ``not-dawn``
  (فجر اليوم is dawn), ``not-noun`` (في سجن is the prison), ``access``
  (سمح/فتح need entry, borders or airspace), ``describe`` (وصف X بـ…) and
  ``envoy`` (استدعى needs an ambassador), ``backed`` (المدعوم من X، بدعم روسي: X backs
  the one named before), ``with-near`` (تواصل needs مع within three words), ``summit``
  (حضر/حضور need a summit, meeting or talks after them), ``beside`` (وقف/وقوف need مع،
  إلى جانب or في صف after them, and no إطلاق النار), ``bombs`` (ألقى needs bombs or barrels),
  ``aircraft`` (أسقط needs an aircraft or a missile) and ``dealings`` (أوقف/علّق need a deal,
  sales, aid or cooperation after them). The families added by category (:func:`_family`: a root's
  verb in the perfect, imperfect and unvocalized passive, and its verbal noun) add ``boycott`` (not
  a province), ``annex`` (territory after ضم), ``sites`` (blocked content after حجب), ``requested-by`` (بطلب من X), ``brandish``,
  ``defend``, ``pay`` (compensation paid), ``from-decision`` (تراجع عن), ``lawsuit``, ``relief``
  (convoys of aid), ``imposed`` (فرض before حظر/قيود), ``not-by`` (احتج بـ argues), ``rule-out``,
  ``act-verb`` (a verb of carrying out, شن/قاد, governs the noun), ``arms`` (تخلى عن needs weapons
  or a weapons programme) and ``crowd`` (فرّق needs
  protesters or a protest after it).

Modes follow PLOVER's where it has them and are lowercase (CONSULT: meet,
visit, phone, video, third-party; ASSAULT: aerial, explosion, firearms,
assassination, abduct; ACCUSE: disapprove, allege; AID: humanitarian,
economic, military; PROTEST: demonstrate, strike, sit-in; COERCE: arrest, ban,
deport; SUPPORT: praise, endorse, condolence; MOBILIZE: troops).
"""

from __future__ import annotations

from dataclasses import dataclass

TYPES = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)
STATUSES = ("happened", "planned", "likely", "denied", "ongoing")
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    pos: str  # verb | noun | participle (an active participle after a reporting clause: مطالبا، متهما)
    pattern: str
    symmetric: bool = False
    needs: str | None = None


# Imperfect prefix (with optional future sin) and dual/plural endings.
_IMP = "(?:س)?[يتن]"
_END = "(?:ان|ون|ين|ا|وا|ن)?"
_PAST = "(?:ت|ا|تا|وا|نا|تم)?"
_OBJ = "(?:ه|ها|هم|هما|كم)?"
# (no ي suffixes: اجتماعي/اجتماعية are the adjective "social", not a meeting)
_NSUF = "(?:ه|ها|هم|هما|نا|ات|اته|اتها|اتهم|ين|ان|ا)?"  # (…ا: the indefinite accusative, اجتماعا)


def _fem(stem: str) -> str:
    """A noun in ة (normalized ه) with its suffixes, including the possessive forms where ة is
    written ت, and the plural: زيارة/زيارته/زيارتها/زيارات (``stem`` is the word without its final ه)."""
    return f"(?:{stem}ه{_NSUF}|{stem}ت(?:ه|ها|هم|هما|ي|نا|كم)|{stem}ات(?:ه|ها|هم|هما)?)"


# The plural ending وا drops its alif before an object pronoun (اتهموها، قتلوه، لن يتركوهم).
_PL_OBJ = "و(?:ه|ها|هم|هما|كم|نا)"


def _v(past: str, imperf: str) -> str:
    """Regex for a verb's past (``past`` + endings) and imperfect (prefix + ``imperf`` + endings),
    each also in the plural with an object pronoun, where وا is written و (:data:`_PL_OBJ`)."""
    return f"(?:{past}{_PAST}{_OBJ}|{past}{_PL_OBJ}|{_IMP}{imperf}{_END}{_OBJ}|{_IMP}{imperf}{_PL_OBJ})"


def _family(type_: str, mode: str | None, verb: tuple[str, str] | str | None = None, noun: str | None = None,
            needs: str | None = None, noun_needs: str | None = "same", symmetric: bool = False) -> tuple[Trigger, ...]:
    """The triggers of one root's family: its verb in the perfect and imperfect (``verb`` = (past stem,
    imperfect stem) expanded by :func:`_v`, or a ready pattern), whose unvocalized passive (اعتُقل،
    يُحتجز) is the same word, and its verbal noun (``noun``: stems; a stem ending in ة, normalized ه,
    takes :func:`_fem`'s forms, any other :data:`_NSUF`). ``noun_needs`` defaults to ``needs``."""
    out = []
    if verb is not None:
        out.append(Trigger(type_, mode, "verb", _v(*verb) if isinstance(verb, tuple) else verb, symmetric, needs))
    if noun is not None:
        forms = [(_fem(x[:-1]) if x.endswith("ه") else x + _NSUF) for x in noun.split("|")]
        out.append(Trigger(type_, mode, "noun", "(?:" + "|".join(forms) + ")", symmetric,
                           needs if noun_needs == "same" else noun_needs))
    return tuple(out)


TRIGGERS: tuple[Trigger, ...] = (
    # -- CONSULT ---------------------------------------------------------------
    Trigger("CONSULT", "meet", "verb", "(?:التقي|التقت|التقيا|التقوا|التقينا|التقاه|التقاها|" + _IMP + "لتق(?:ي)?" + _END + _OBJ + ")", True),
    Trigger("CONSULT", "meet", "noun", "(?:لقاء" + _NSUF + "|لقائ(?:ه|ها|هم|هما|نا))", True),
    Trigger("CONSULT", "meet", "verb", _v("اجتمع", "جتمع"), True),
    Trigger("CONSULT", "meet", "noun", "اجتماع" + _NSUF, True),
    Trigger("CONSULT", "meet", "verb", _v("استقبل", "ستقبل"), True),
    Trigger("CONSULT", "meet", "noun", "استقبال" + _NSUF, True, "light-verb"),
    Trigger("CONSULT", "meet", "noun", "قمه", True),
    Trigger("CONSULT", None, "noun", "(?:محادثات|مباحثات|مشاورات|مفاوضات|مناقشات)" + _NSUF, True),
    Trigger("CONSULT", None, "verb", _v("(?:ناقش|تباحث|تشاور)", "(?:ناقش|تباحث|تشاور)"), True),
    Trigger("CONSULT", None, "verb", "(?:بحث|بحثا|بحثت|بحثوا|" + _IMP + "بحث" + _END + ")", True, "with"),
    Trigger("CONSULT", None, "noun", "(?:(?:اتصال|اتصالا|اتصالات|مكالمات)" + _NSUF + "|" + _fem("مكالم") + ")", True, "light-verb"),
    # a message sent or received (تلقى رسالة شفهية من أمير قطر، بعث برسالة إلى): one side writes to the other
    Trigger("CONSULT", None, "noun", "(?:" + _fem("رسال") + "|رسائل)", True, "light-verb"),
    # اتصل بـ X (called X): the one called follows بـ within two words (اتصل الجمعة بمايكل كوهين)
    Trigger("CONSULT", "phone", "verb", "(?:اتصل|اتصلت|اتصلا|اتصلوا|" + _IMP + "تصل" + _END + ")", True, "called"),
    # past هاتف is also the noun "telephone": only هاتفه/هاتفت and the imperfect
    Trigger("CONSULT", "phone", "verb", "(?:هاتفه|هاتفها|هاتفت|هاتفا|" + _IMP + "هاتف" + _END + _OBJ + ")", True),
    Trigger("CONSULT", "visit", "verb", "(?:زار|زارت|زارا|زاروا|" + _IMP + "زور" + _END + _OBJ + ")", False),
    Trigger("CONSULT", "visit", "noun", _fem("زيار"), False),
    Trigger("CONSULT", "visit", "verb", "(?:وصل|وصلت|وصلا|وصلوا|" + _IMP + "صل" + _END + ")", False, "to-place"),
    Trigger("CONSULT", "visit", "noun", _fem("جول"), False),
    Trigger("CONSULT", "third-party", "noun", "وساط" + _NSUF, False),
    # تواصل مع: talks (تواصل without مع right after is "continue": تواصل القوات القتال)
    Trigger("CONSULT", None, "verb", _v("تواصل", "تواصل"), True, "with-near"),
    # attending a summit or meeting (ستحضر القمة، حضور القمة العربية)
    Trigger("CONSULT", "meet", "verb", "(?:حضر|حضرت|حضروا|" + _IMP + "حضر" + _END + _OBJ + ")", False, "summit"),
    Trigger("CONSULT", "meet", "noun", "حضور", False, "summit"),
    Trigger("CONSULT", "third-party", "verb", _v("توسط", "توسط"), False),
    # -- AGREE -----------------------------------------------------------------
    Trigger("AGREE", None, "verb", _v("اتفق", "تفق"), True),
    Trigger("AGREE", None, "verb", _v("وقع", "وقع"), True, "accord"),
    Trigger("AGREE", None, "verb", _v("ابرم", "برم"), True),
    Trigger("AGREE", None, "noun", "توقيع", True, "accord"),
    Trigger("AGREE", None, "verb", _v("وافق", "وافق"), False),
    Trigger("AGREE", None, "verb", "(?:توصل|توصلت|توصلا|توصلوا|" + _IMP + "توصل" + _END + ")", True, "accord"),
    # -- AID -------------------------------------------------------------------
    Trigger("AID", None, "noun", "(?:مساعدات|معونات|اغاثه|اغاثيه|منحه)" + _NSUF, False, "light-verb"),
    Trigger("AID", None, "verb", _v("(?:تبرع|تبرعت)", "تبرع"), False),
    # -- ASSAULT ---------------------------------------------------------------
    # هاجم/هجوم/استهدف are attacks only among words of violence (else: criticism, football, aims)
    Trigger("ASSAULT", None, "verb", _v("هاجم", "هاجم"), False, "violence"),
    Trigger("ASSAULT", None, "noun", "(?:هجوم|هجمات|هجوما)" + _NSUF, False, "violence"),
    Trigger("ASSAULT", None, "noun", "(?:اعتداء|اعتداءات)" + _NSUF, False),
    Trigger("ASSAULT", None, "verb", _v("قصف", "قصف"), False),
    Trigger("ASSAULT", None, "noun", "قصف" + _NSUF, False),
    Trigger("ASSAULT", "aerial", "noun", "(?:" + _fem("غار") + "|غارات" + _NSUF + ")", False),
    Trigger("ASSAULT", "explosion", "noun", "(?:تفجير|تفجيرات|انفجار)" + _NSUF, False),
    # فجر is also "dawn" (فجر اليوم، منذ فجر الجمعة): a verb only with no time word after it
    Trigger("ASSAULT", "explosion", "verb", _v("فجر", "فجر"), False, "not-dawn"),
    Trigger("ASSAULT", None, "verb", _v("استهدف", "ستهدف"), False, "violence"),
    Trigger("ASSAULT", "assassination", "noun", "اغتيال" + _NSUF, False),
    Trigger("ASSAULT", "assassination", "verb", _v("اغتال", "غتال"), False),
    Trigger("ASSAULT", "abduct", "verb", _v("(?:اختطف|خطف)", "(?:ختطف|خطف)"), False),
    Trigger("ASSAULT", "abduct", "noun", "(?:اختطاف|خطف)" + _NSUF, False),
    Trigger("ASSAULT", None, "verb", _v("اقتحم", "قتحم"), False),
    Trigger("ASSAULT", None, "noun", "(?:اقتحام|كمين|معارك|معركه)" + _NSUF, False),
    Trigger("ASSAULT", "firearms", "noun", "(?:اطلاق النار|اشتباكات|اشتباك)" + _NSUF, False),
    Trigger("ASSAULT", "firearms", "verb", "(?:اطلق|اطلقت|اطلقوا|" + _IMP + "طلق" + _END + ") النار", False),
    # قتل is mostly passive in news (قُتل الصحفي X، قُتل 80 شخصا): an attack on the person named, by
    # someone unnamed; the layer keeps it only with a person, as the target ("victim")
    Trigger("ASSAULT", None, "verb", "(?:قتل|قتلت|" + _IMP + "قتل" + ")", False, "victim"),
    Trigger("ASSAULT", "firearms", "verb", "(?:اردي|اغتيل)", False, "victim"),
    Trigger("ASSAULT", None, "noun", "(?:ضربات|ضربه)" + _NSUF, False, "violence"),
    Trigger("ASSAULT", None, "noun", "(?:عمليه عسكريه|عمليات عسكريه|العمليه العسكريه|العمليات العسكريه)", False),
    Trigger("ASSAULT", "besiege", "verb", _v("حاصر", "حاصر"), False),
    Trigger("ASSAULT", None, "noun", "(?:قتال|القتال|مواجهات|المواجهات)", False),
    Trigger("ASSAULT", None, "verb", "(?:قاتل|قاتلت|قاتلوا|" + _IMP + "قاتل" + _END + ")", False),
    Trigger("ASSAULT", None, "verb", _v("دمر", "دمر"), False, "violence"),
    # ألقى قنبلة/براميل (not ألقى كلمة، ألقى القبض); أسقط طائرة/مروحية (not أسقط التهم)
    Trigger("ASSAULT", None, "verb", "(?:القي|القت|القوا|" + _IMP + "لقي" + _END + ")", False, "bombs"),
    Trigger("ASSAULT", None, "verb", _v("اسقط", "سقط"), False, "aircraft"),
    Trigger("ASSAULT", None, "noun", "(?:عمليات|عملياته|عملياتها|عملياتهم)", False, "violence"),
    # -- COERCE ----------------------------------------------------------------
    Trigger("COERCE", "arrest", "verb", _v("(?:اعتقل|احتجز)", "(?:عتقل|حتجز)"), False),
    Trigger("COERCE", "arrest", "noun", "(?:اعتقال|احتجاز|القبض)" + _NSUF, False),
    Trigger("COERCE", "deport", "noun", "(?:ترحيل|ابعاد)" + _NSUF, False),
    Trigger("COERCE", "arrest", "verb", "(?:سجن|سجنت|" + _IMP + "سجن" + _END + ")", False, "not-noun"),
    Trigger("COERCE", "ban", "noun", "حظر تجول", False),
    Trigger("COERCE", None, "noun", "(?:قمع|حمله قمع|حملات قمع)", False),
    # -- CONCEDE ---------------------------------------------------------------
    Trigger("CONCEDE", None, "verb", _v("(?:اعتذر|تنازل)", "(?:عتذر|تنازل)"), False),
    Trigger("CONCEDE", None, "verb", "(?:سلم|سلمت|" + _IMP + "سلم" + _END + ") السلطه", False),
    Trigger("CONCEDE", None, "verb", "(?:استقال|استقالت|استقالوا|" + _IMP + "ستقيل" + _END + ")", False),
    # -- COOPERATE -------------------------------------------------------------
    Trigger("COOPERATE", None, "verb", _v("(?:تعاون|نسق)", "(?:تعاون|نسق)"), True, "not-masdar"),
    Trigger("COOPERATE", None, "noun", "تنسيق", True, "maintain"),
    Trigger("COOPERATE", None, "verb", "(?:ل)?" + _IMP + "تحالف" + _END + _OBJ, True),
    # -- MOBILIZE --------------------------------------------------------------
    Trigger("MOBILIZE", "troops", "verb", _v("حشد", "حشد"), False),
    Trigger("MOBILIZE", None, "verb", "(?:نشر|نشرت|نشروا|" + _IMP + "نشر" + _END + ")", False, "forces"),
    Trigger("MOBILIZE", "troops", "noun", "(?:حشود|تعزيزات|استنفار)" + _NSUF, False),
    # -- PROTEST ---------------------------------------------------------------
    Trigger("PROTEST", "demonstrate", "noun", "(?:مظاهره|مظاهرات|تظاهره|تظاهرات|احتجاجات|مسيره|مسيرات)" + _NSUF, False),
    Trigger("PROTEST", "demonstrate", "verb", _v("تظاهر", "تظاهر"), False),
    Trigger("PROTEST", "sit-in", "noun", "اعتصام" + _NSUF, False),
    Trigger("PROTEST", "strike", "noun", "اضراب" + _NSUF, False),
    # -- REJECT ----------------------------------------------------------------
    Trigger("REJECT", None, "verb", _v("رفض", "رفض"), False),
    Trigger("REJECT", None, "noun", "رفض" + _NSUF, False, "express"),
    # نفى: a denial of what another said (the status cue لم/نفى of other events is separate)
    Trigger("REJECT", None, "verb", "(?:نفي|نفت|نفيا|نفوا|نفاه|نفاها|نفته|نفتها|" + _IMP + "نفي" + "(?:ان|ون)?" + _OBJ + ")",
            False),
    Trigger("REJECT", None, "verb", _v("استهجن", "ستهجن"), False),
    # -- REQUEST ---------------------------------------------------------------
    Trigger("REQUEST", None, "verb", _v("(?:طالب|ناشد|حث|حض)", "(?:طالب|ناشد|حث|حض)"), False),
    Trigger("REQUEST", None, "verb", "(?:دعا|دعت|دعوا|دعيا|" + _IMP + "دعو" + _END + ")", False, "not-prayer"),
    Trigger("REQUEST", None, "noun", "(?:مطالبه|مطالبته|مطالبتها|مناشده)", False, "express"),
    Trigger("REQUEST", None, "verb", "[يت]تعين علي", False),
    Trigger("REQUEST", None, "verb", "(?:يجب|ينبغي) علي", False),
    Trigger("REQUEST", None, "verb", _v("اشترط", "شترط"), False),
    Trigger("REQUEST", None, "verb", "(?:طلبت|طلبوا|" + _IMP + "طلب" + _END + ")" + _OBJ, False),
    Trigger("REQUEST", None, "verb", "طلب", False, "from"),  # past طلب is the noun too: طلب من X
    # "يعقد مجلس الأمن بطلب من روسيا اجتماعا": X asked the body that acts (requested-by: بطلب من only)
    Trigger("REQUEST", None, "noun", "طلب", False, "requested-by"),
    # participles after a reporting clause (…، مطالبا الوكالة بالاعتذار): the clause's subject asks
    Trigger("REQUEST", None, "participle", "(?:مطالبا|مطالبه|مطالبين|داعيا|داعيه|داعين|حاثا|مناشدا)", False),
    # -- RETREAT ---------------------------------------------------------------
    Trigger("RETREAT", None, "verb", _v("انسحب", "نسحب"), False),
    Trigger("RETREAT", None, "noun", "انسحاب" + _NSUF, False),
    Trigger("RETREAT", None, "verb", "(?:سحب|سحبت|" + _IMP + "سحب" + _END + ")", False, "forces"),
    Trigger("RETREAT", None, "noun", "سحب", False, "forces"),
    # PLOVER's RETREAT covers releasing prisoners and easing access
    Trigger("RETREAT", "release", "noun", "(?:الافراج|افراج|اطلاق سراح|اطلاق سراحه|اطلاق سراحهم|اطلاق سراحها|عفو)", False),
    Trigger("RETREAT", "release", "verb", _v("افرج", "فرج"), False),
    Trigger("RETREAT", "access", "verb", _v("سمح", "سمح"), False, "access"),
    Trigger("RETREAT", "access", "verb", "(?:فتح|فتحت|" + _IMP + "فتح" + _END + ")", False, "access"),
    # -- SANCTION --------------------------------------------------------------
    Trigger("SANCTION", None, "noun", "عقوبات" + _NSUF, False, "light-verb"),
    Trigger("SANCTION", None, "noun", "قطع العلاقات", False),
    Trigger("SANCTION", "discontinue", "verb", "(?:قطع|قطعت|قطعوا|" + _IMP + "قطع" + _END + ")", False, "relations"),
    # أوقف/علّق صفقة، بيع الأسلحة، المساعدات: a suspension of dealings
    Trigger("SANCTION", "discontinue", "verb", _v("(?:اوقف|علق)", "(?:وقف|علق)"), False, "dealings"),
    # -- SUPPORT ---------------------------------------------------------------
    # "الجيش اليمني المدعوم من التحالف"، "بدعم روسي": backing (the layer reads who backs whom)
    Trigger("SUPPORT", "endorse", "noun", "(?:مدعوم|مدعومه|مدعومين|مدعومون)", False, "backed"),
    Trigger("SUPPORT", "endorse", "verb", "بدعم", False, "backed"),
    Trigger("SUPPORT", "praise", "verb", _v("(?:اشاد|هنا|هنات)", "شيد"), False),
    # ثمن is also "price" (ثمن الطائرة، ثمنها): praise only of efforts, roles and stances
    Trigger("SUPPORT", "praise", "verb", _v("ثمن", "ثمن"), False, "praise-object"),
    # تهنئة is the noun: the imperfect of هنأ is taken with ي/ن only
    Trigger("SUPPORT", "praise", "verb", "(?:س)?[ين]هن[يئ]" + _END + _OBJ, False),
    # past دعم is left out: it is also the noun (دعما للتصدي …)
    Trigger("SUPPORT", "endorse", "verb", "(?:ايد|ايدت|ساند|ساندت|دعمت|دعموا|" + _IMP + "(?:ؤيد|دعم|ساند)" + _END + ")" + _OBJ,
            False),
    Trigger("SUPPORT", "praise", "verb", _v("رحب", "رحب"), False),
    Trigger("SUPPORT", "praise", "noun", "(?:تقدير|تقديره|تقديرها)", False, "express"),
    Trigger("SUPPORT", "praise", "noun", "(?:ترحيب|ترحيبه|ترحيبها|ترحيبهم)", False, "express"),
    Trigger("SUPPORT", "endorse", "noun", "(?:تاييد|دعم|تضامن|مسانده|تاييده|دعمه|تضامنه|تاييدها|دعمها|تضامنها|"
            "مساندته|مساندتها)", False, "express"),
    Trigger("SUPPORT", "condolence", "verb", _v("عزي", "عزي"), False),
    # standing with someone (وقوف إيران مع قطر، وقفت في صفها); وقف alone is "stop" (وقف إطلاق النار)
    Trigger("SUPPORT", "endorse", "verb", "(?:وقف|وقفت|وقفوا|وقوف|" + _IMP + "قف" + _END + ")", False, "beside"),
    Trigger("SUPPORT", "condolence", "noun", "(?:تعازي|تعزيه|برقيه عزاء)" + _NSUF, False, "light-verb"),
    # -- THREATEN --------------------------------------------------------------
    Trigger("THREATEN", None, "verb", _v("(?:هدد|توعد)", "(?:هدد|توعد)"), False),
    Trigger("THREATEN", None, "noun", "(?:تهديد|تهديدات)" + _NSUF, False, "express"),
    # "ستكون هناك عواقب وخيمة": the speaker threatens (its speaker and target come from the sentence)
    Trigger("THREATEN", None, "noun", "عواقب", False),
    # حذر "warned": a threat when a consequence is stated (إذا لم …، عواقب، سيرد)
    Trigger("THREATEN", None, "verb", _v("حذر", "حذر"), False, "consequence"),
    Trigger("THREATEN", None, "participle", "(?:مهددا|مهدده|محذرا|محذره|متوعدا|متوعده)", False),
    # تعهد "pledged": a threat when what is pledged is force (تعهد بتوسيع العمليات العسكرية)
    Trigger("THREATEN", None, "verb", _v("تعهد", "تعهد"), False, "violence"),
    # -- ACCUSE ----------------------------------------------------------------
    Trigger("ACCUSE", "allege", "verb", _v("اتهم", "تهم"), False),
    Trigger("ACCUSE", "allege", "noun", "اتهام" + _NSUF, False, "express"),
    Trigger("ACCUSE", "allege", "verb", _v("حمل", "حمل"), False, "blame"),
    Trigger("ACCUSE", "allege", "noun", "(?:مزاعم|ادعاءات|اتهامات)" + _NSUF, False),
    Trigger("ACCUSE", "allege", "participle", "(?:متهما|متهمه|متهمين|محملا|محمله)", False),
    # PLOVER's ACCUSE covers investigating: تحقيق أجرته الأمم المتحدة، تحقق البعثة في الهجوم
    Trigger("ACCUSE", "investigate", "noun", "(?:تحقيق|تحقيقا|تحقيقات|تحقيقه|تحقيقها)", False),
    Trigger("ACCUSE", "investigate", "verb", "(?:حقق|حققت|" + _IMP + "حقق" + _END + ")", False, "probe"),
    Trigger("ACCUSE", "disapprove", "participle", "(?:منددا|مندده|مستنكرا|مستنكره|منتقدا|منتقده|مدينا)", False),
    # وصف X بأنه "…": disapproval of X; of claims (وصف المزاعم بأنها …) a rejection (the layer decides)
    Trigger("ACCUSE", "disapprove", "verb", _v("وصف", "صف"), False, "describe"),
    # استدعاء السفير: a diplomatic protest at the envoy's country
    Trigger("ACCUSE", "disapprove", "verb", "(?:استدعت|استدعي|استدعوا|" + _IMP + "ستدعي" + ")", False, "envoy"),
    Trigger("ACCUSE", "disapprove", "verb", _v("(?:ادان|دان|ادانت|استنكر|شجب|ندد|انتقد)",
                                              "(?:دين|ستنكر|شجب|ندد|نتقد)"), False),
    Trigger("ACCUSE", "disapprove", "noun", "(?:ادانه|استنكار|شجب|تنديد|انتقاد|ادانتها|ادانته|استنكاره|استنكارها)"
            + _NSUF, False, "express"),
)

# Families added by PLOVER category, each a root's verb (perfect, imperfect, passive) and verbal noun.
_FAMILIES: tuple[Trigger, ...] = (
    # SANCTION: boycotts, freezes, expulsions of envoys, convictions (أُدين، حُكم عليه)
    # (تقاطع is also "intersection": the imperfect only with ي/ن)
    *_family("SANCTION", "boycott", "(?:قاطعت|قاطعوا|(?:س)?[ين]قاطع" + _END + _OBJ + ")", "مقاطعه", "boycott"),
    *_family("SANCTION", "discontinue", ("جمد", "جمد"), "تجميد", "dealings"),
    *_family("SANCTION", "expel", ("طرد", "طرد"), "طرد", "envoy"),
    *_family("SANCTION", "convict", "(?:ادين|ادينت|ادينوا|" + _IMP + "دان" + _END + ")", None),
    Trigger("SANCTION", "convict", "verb", "(?:حكم|حكمت|" + _IMP + "حكم" + _END + ") (?:علي|عليه|عليها|عليهم|ب?اعدام|بالاعدام|بسجن|بالسجن)", False),
    Trigger("SANCTION", "convict", "noun", "(?:حكم|حكما|احكام) (?:بالاعدام|باعدام|بالسجن|بسجن|الاعدام|اعدام|السجن)", False),
    # COERCE: annexing, seizing, blockading, censoring, banning, the detained
    *_family("COERCE", "seize", "(?:ضم|ضمت|ضموا)", "ضم", "annex"),
    # (صادر عن is "issued by": no bare past)
    *_family("COERCE", "seize", "(?:صادرت|صادروا|" + _IMP + "صادر" + _END + _OBJ + ")", "مصادره", None),
    *_family("COERCE", "seize", "(?:احتل|احتلت|احتلوا|" + _IMP + "حتل" + _END + _OBJ + ")", None, "violence"),
    *_family("COERCE", None, None, "حصار", None),
    *_family("COERCE", "censor", ("حجب", "حجب"), "حجب", "sites"),
    *_family("COERCE", "ban", "(?:حظرت|حظروا|" + _IMP + "حظر" + _END + ")", None),
    *_family("COERCE", None, "(?:قمعت|قمعوا|" + _IMP + "قمع" + _END + ")", None),
    Trigger("COERCE", "arrest", "noun", "(?:محتجز|محتجزه|محتجزين|محتجزون|موقوف|الموقوف|الموقوفه|معتقلا|معتقلين)", False),
    # MOBILIZE
    *_family("MOBILIZE", "troops", ("استنفر", "ستنفر"), "تعبئه", None, "forces"),
    # AID: loans, relief convoys and shipments
    *_family("AID", None, None, "قروض|قرض", "light-verb"),
    *_family("AID", "humanitarian", None, "قافله|قوافل|شحنه|شحنات", "relief"),
    # MOBILIZE: sending forces
    *_family("MOBILIZE", "troops", ("ارسل", "رسل"), None, "forces"),
    # COOPERATE: joint exercises
    Trigger("COOPERATE", "military", "noun", "(?:مناورات|تدريبات|تمارين)(?: عسكريه| بحريه| جويه)? مشتركه", True),
    # SANCTION and COERCE imposed: an embargo, restrictions (فرض حظرا على …، فرضت قيودا)
    *_family("SANCTION", "embargo", None, "حظر", "imposed"),
    *_family("COERCE", "restrict", None, "قيود", "imposed"),
    # PROTEST: hunger strikes
    Trigger("PROTEST", "strike", "verb", "(?:اضرب|اضربت|اضربوا|" + _IMP + "ضرب" + _END + "|مضرب|مضربين|مضربون) عن الطعام", False),
    # RETREAT: evacuations, releases, easing restrictions
    Trigger("RETREAT", "release", "verb", "(?:اطلق|اطلقت|اطلقوا|" + _IMP + "طلق" + _END + ") سراح", False),
    Trigger("RETREAT", "ease", "verb", "(?:رفعت|" + _IMP + "رفع" + _END + "|خفف|خففت|" + _IMP + "خفف" + _END
            + "|[يتن]سهل|فكت|[يتن]فك) (?:ال)?(?:حصار|حظر|عقوبات|قيود|الحصار|الحظر)", False),
    *_family("RETREAT", "ease", None, "تسهيل", "access"),
    # PROTEST
    *_family("PROTEST", "demonstrate", ("احتج", "حتج"), "احتجاج", "not-by", "light-verb"),  # (احتج بـ: argued)
    *_family("PROTEST", "sit-in", ("اعتصم", "عتصم"), None),
    # REQUEST
    *_family("REQUEST", None, ("التمس", "لتمس"), "التماس", None, "light-verb"),
    # REJECT: opposing, ruling out, denying
    *_family("REJECT", None, "(?:عارضت|عارضوا|" + _IMP + "عارض" + _END + _OBJ + ")", "معارضته|معارضتها|معارضتهم", None, "express"),
    *_family("REJECT", None, ("استبعد", "ستبعد"), None, "rule-out"),
    *_family("REJECT", None, ("انكر", "نكر"), None),
    *_family("REJECT", None, ("فند", "فند"), "تفنيد", None),  # فند الرواية: refuted
    # cancelling a summit, talks, a visit or a deal (أعلن ترامب إلغاء القمة): rejecting the other side
    Trigger("REJECT", None, "verb", "(?:الغي|الغت|الغوا|الغاها|الغاه|" + _IMP + "لغي" + "(?:ان|ون)?" + _OBJ + ")", False, "meeting-off"),
    Trigger("REJECT", None, "noun", "(?:الغاء|الغائه|الغائها|الغاءه|الغاءها)", False, "meeting-off"),
    # THREATEN: ultimatums, blackmail, brandishing force
    *_family("THREATEN", None, None, "انذار", "light-verb"),  # (ينذر بـ: portends)
    *_family("THREATEN", None, ("ابتز", "بتز"), "ابتزاز", None),
    *_family("THREATEN", None, ("لوح", "لوح"), None, "brandish"),
    # CONSULT: hosting a summit or talks (not a TV guest, a forum or a championship)
    *_family("CONSULT", "meet", ("استضاف", "ستضيف"), "استضافه", "summit", symmetric=True),
    # ACCUSE: lawsuits and complaints
    Trigger("ACCUSE", "allege", "verb", "(?:رفعت|رفعوا|" + _IMP + "رفع" + _END + "|اقام|اقامت)", False, "lawsuit"),
    # investigating: تحقق في/من (تحقق alone is also "was achieved")
    *_family("ACCUSE", "investigate", "(?:تحققت|" + _IMP + "تحقق" + _END + ")", "التحقق|تحقق", "probe"),
    *_family("ACCUSE", "allege", None, "مقاضاه", None),
    # SUPPORT: solidarity, defence, thanks, blessing
    *_family("SUPPORT", "endorse", "(?:تضامنت|تضامنوا|" + _IMP + "تضامن" + _END + ")", None),
    *_family("SUPPORT", "endorse", "(?:دافعت|دافعوا|" + _IMP + "دافع" + _END + ")", None, "defend"),
    *_family("SUPPORT", "praise", ("شكر", "شكر"), None),
    *_family("SUPPORT", "praise", "(?:باركت|" + _IMP + "بارك" + _END + ")", None),
    # AGREE: ratification, consent
    *_family("AGREE", None, ("صادق", "صادق"), "مصادقه", "accord"),
    *_family("AGREE", None, None, "موافقته|موافقتها|موافقتهم", "express"),
    # CONCEDE: surrender, compensation, climbing down
    *_family("CONCEDE", None, ("استسلم", "ستسلم"), "استسلام", None),
    *_family("CONCEDE", None, None, "تعويض|تعويضات", "pay"),
    *_family("CONCEDE", None, ("تراجع", "تراجع"), None, "from-decision"),
    # verbal nouns completing families whose verbs were listed alone
    *_family("ASSAULT", None, None, "استهداف", "violence"),
    *_family("ASSAULT", None, None, "مقتل", "victim"),  # مقتل الصحفي X: X is attacked (by someone unnamed)
    *_family("ASSAULT", None, "(?:عذب|عذبت|عذبوا|" + _IMP + "عذب" + _END + _OBJ + ")", "تعذيب", None),
    *_family("COERCE", "arrest", None, "توقيف", None),
    *_family("SUPPORT", "praise", None, "اشاده|اشادات", "express"),
    *_family("SUPPORT", "praise", None, "تهنئه|تهاني", "light-verb"),
    # ASSAULT: invasion, liberation by force, downing aircraft, coups, rocket fire
    *_family("ASSAULT", None, ("اجتاح", "جتاح"), "اجتياح|غزو", "violence", None),  # (إعصار اجتاح)
    *_family("ASSAULT", None, "(?:حررت|حرروا|" + _IMP + "حرر" + _END + ")", None, "violence"),
    *_family("ASSAULT", None, None, "اسقاط", "aircraft"),
    Trigger("ASSAULT", "coup", "noun", "(?:محاوله انقلاب|المحاوله الانقلابيه|الانقلاب الفاشل|محاوله الانقلاب)", False),
    Trigger("ASSAULT", None, "verb", "(?:اطلق|اطلقت|اطلقوا|" + _IMP + "طلق" + _END + ") (?:صاروخ|صاروخا|صواريخ|قذائف|قذيفه)", False),
    # an insurgency waged or led (يشن تمردا، يقود تمردا): an armed campaign under way
    Trigger("ASSAULT", None, "noun", "(?:تمرد|تمردا)", False, "act-verb"),
    # COERCE: dispersing a protest (تفريق المتظاهرين/الاحتجاجات)
    *_family("COERCE", None, ("فرق", "فرق"), "تفريق", "crowd"),
    # derivations completing families (session 6): tariffs imposed (فرض رسوما جمركية), rape, a raid,
    # an allegation (زعم أن …)
    *_family("SANCTION", None, None, "رسوم", "imposed"),
    *_family("ASSAULT", None, "(?:اغتصب|اغتصبت|اغتصبوا|" + _IMP + "غتصب" + _END + _OBJ + ")", "اغتصاب", None),
    *_family("COERCE", "raid", "(?:داهمت|داهموا|" + _IMP + "داهم" + _END + ")", "مداهمه", None),
    *_family("ACCUSE", "allege", "(?:زعم|زعمت|زعموا|" + _IMP + "زعم" + _END + ")", None, None),
    # CONSULT: a joint press conference (مؤتمر صحفي مشترك مع X) is a meeting of its speakers
    Trigger("CONSULT", "meet", "noun", "مؤتمر صحفي مشترك", True),
    # RETREAT: opening a crossing or border (أمر بفتح معبر رفح); فتح alone is also the movement
    Trigger("RETREAT", "ease", "noun", "فتح", False, "access"),
    # RETREAT/disarm: giving up weapons or a weapons programme (التخلي عن برنامجها النووي); التخلي عن
    # a deal or a post is no disarmament
    Trigger("RETREAT", "disarm", "verb", "(?:تخلي|تخلت|تخلوا|تخليا|" + _IMP + "تخلي|" + _IMP + "تخلو(?:ن|ا))", False, "arms"),
    Trigger("RETREAT", "disarm", "noun", "تخلي" + _NSUF, False, "arms"),
)
TRIGGERS = TRIGGERS + _FAMILIES

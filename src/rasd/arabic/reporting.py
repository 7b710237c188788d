"""Word lists for reported speech in Arabic news: reporting verbs, attribution
phrases, complementizers, speaker-phrase stop words.

Pure data, no I/O. Words are written as they appear in text (with hamza,
ta marbuta…); users compare them after :func:`rasd.arabic.normalize.normalize`,
so spelling variants (أكد/اكد، أشار/اشار، مشيراً/مشيرا) match. The proclitic
conjunctions و/ف are not listed here: the matcher allows them in front of any
verb form.
"""

from __future__ import annotations

# Finite reporting verbs: past (3rd person masc./fem./plural/dual) and present forms.
# Most Arabic news attributions use one of these as the main verb of a sentence
# (وقال…، وأكدت…، يقول…).
REPORTING_VERBS: tuple[str, ...] = (
    "قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون",
    "أضاف", "أضافت", "أضافوا", "يضيف", "تضيف",
    "أكد", "أكدت", "أكدوا", "أكدا", "يؤكد", "تؤكد", "يؤكدون",
    "أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح",
    "أشار", "أشارت", "أشاروا", "يشير", "تشير",
    "صرح", "صرحت", "صرحوا", "يصرح", "تصرح",
    "أفاد", "أفادت", "أفادوا", "يفيد", "تفيد",
    "نفى", "نفت", "نفوا", "ينفي", "تنفي",
    "حذر", "حذرت", "حذروا", "يحذر", "تحذر",
    "دعا", "دعت", "دعوا",
    "اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر",
    "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن",
    "ذكر", "ذكرت", "ذكروا",
    "بين", "بينت", "بينوا", "يبين", "تبين",
    "أبان", "أبانت",
    "لفت", "لفتت", "يلفت",
    "نوه", "نوهت", "ينوه",
    "كشف", "كشفت", "كشفوا", "يكشف", "تكشف",
    "شدد", "شددت", "شددوا", "يشدد", "تشدد",
    "رأى", "رأت", "يرى", "ترى",
    "زعم", "زعمت", "ادعى", "ادعت",
    "اعترف", "اعترفت", "أقر", "أقرت",
    "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استدرك",
    "أبلغ", "أبلغت", "أخبر", "أخبرت",
    "علق", "علقت", "رد", "ردت", "أجاب", "أجابت",
    "أوضح", "أفصح", "أورد", "أوردت", "روى",
    "توقع", "توقعت", "رجح", "رجحت", "يعتقد", "تعتقد", "أعرب", "أعربت",
    "استبعد", "استبعدت", "استبعدوا",  # a forecast ruled out (استبعد أن / استبعدت رايس أي مشاركة)
    "نقل", "نقلت", "نقلوا",
    "كرر", "كررت", "يكرر", "تكرر", "جزم", "جزمت", "يجزم", "تجزم", "توعد", "توعدت",
    "كتب", "كتبت", "كتبوا", "يكتب", "تكتب", "غرد", "غردت", "غردوا", "يغرد", "تغرد",
)

# Verbs that are also common non-verbs and only count right before a complementizer
# (بين "between", رد "reply", تابع "follower", روى, علق, أعرب (عن + noun), طالب, ناشد (+ noun)).
AMBIGUOUS_VERBS: frozenset[str] = frozenset({
    "بين", "رد", "تابع", "تابعت", "روى", "علق", "علقت", "أعرب", "أعربت", "توقع", "دعا", "دعت", "دعوا",
    "كتب",  # also "books"
    # present forms that are often passive (يُعتبر "is considered") or mean "sees"
    "يعتبر", "تعتبر", "يرى", "ترى", "يبين", "تبين",
})

# Present-tense forms: after a comma inside a reported clause they usually continue
# it (…أن المجلس يدين…، ويؤكد أن…) rather than start a new statement.
PRESENT_VERBS: frozenset[str] = frozenset(
    w for w in REPORTING_VERBS if w[0] in "يت" and w not in {"تابع", "تابعت", "توقع", "توقعت"}
)

# Verbs whose speaker follows عن: نقلت صحيفة X عن Y قوله…
RELAY_VERBS: frozenset[str] = frozenset({"نقل", "نقلت", "نقلوا", "أورد", "أوردت", "روى"})

# Circumstantial participles chaining another statement by the same speaker
# (…، مشيراً إلى أن…، مؤكداً أن…، قائلاً: "…").
_PARTICIPLE_STEMS: tuple[str, ...] = (
    "مشير", "مؤكد", "موضح", "مضيف", "لافت", "منوه", "مبين", "معتبر", "محذر", "مشدد", "كاشف",
    "قائل", "معلن", "مستدرك", "متابع", "مردف", "مستطرد", "متوقع", "ناف", "مفيد", "مصرح", "مرجح", "معترف",
)
REPORTING_PARTICIPLES: tuple[str, ...] = tuple(
    f"{stem}{end}" for stem in _PARTICIPLE_STEMS for end in ("ا", "ة", "ين", "ون")
) + ("نافيا", "نافية", "نافين")

# Verbal nouns that introduce a direct quote after a relay verb: …عن جيان، قوله: "…".
SPEECH_NOUNS: tuple[str, ...] = (
    "قوله", "قولها", "قولهم", "قولهما", "تصريحه", "تصريحها", "تأكيده", "تأكيدها",
)

# Complementizers (أن/إن/بأن with attached pronouns), optionally after the preposition
# the verb governs (أشار إلى أن، شدد على أن، كشف عن أن، حذر من أن).
COMPLEMENTIZERS: tuple[str, ...] = ("أن", "إن", "بأن")
COMPLEMENTIZER_SUFFIXES: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "كم")
COMPLEMENTIZER_PREPS: tuple[str, ...] = ("إلى", "على", "عن", "من")

# Words that take أن themselves: an أن right after one of them is not the reporting
# verb's complement (أكد على ضرورة أن…، قبل أن…).
COMPLEMENT_BLOCKERS: frozenset[str] = frozenset({
    "ضرورة", "أهمية", "يجب", "يمكن", "ينبغي", "بعد", "قبل", "حتى", "دون", "بدون", "منذ", "لابد", "بد",
    "سبق", "أجل", "يستطيع", "تستطيع", "يريد", "تريد", "أراد", "أرادت", "عسى", "يحاول", "تحاول",
    "مجرد", "بمجرد", "إمكانية", "إمكان", "بإمكان", "يتوقع", "المتوقع", "المقرر", "المفترض", "لأن",
    "كما", "إلا", "غير", "شأنها", "شأنه",
})

# Attribution phrases: (و)حسب X، … / …، بحسب X.
ATTRIBUTION_PHRASES: tuple[str, ...] = (
    "حسب", "بحسب", "وفقا ل", "وفقاً ل", "طبقا ل", "طبقاً ل", "نقلا عن", "نقلاً عن", "على حد قول",
    "استنادا إلى", "بناء على ما ذكره",
)

# Heads that make an attributed noun phrase a speaker (وفقا للنظام is not reported speech).
SOURCE_NOUNS: frozenset[str] = frozenset({
    "مصادر", "مصدر", "تقارير", "تقرير", "وسائل", "وكالة", "وكالات", "صحيفة", "صحف", "قناة", "موقع",
    "بيان", "البيان", "شهود", "مسؤول", "مسؤولون", "مسؤولين", "مراقبون", "مراقبين", "خبراء", "محللون",
    "الوكالة", "الصحيفة", "القناة", "الموقع", "التلفزيون", "إذاعة", "الإذاعة", "ما", "الحكومة",
    "حكومة", "الوزارة", "وزارة", "الهيئة", "هيئة", "الشرطة", "الشركة", "شبكة", "الشبكة", "المصادر",
    "المصدر", "مجلة", "المجلة", "دراسة", "الدراسة",
})

# Definite source nouns that refer back to a source named before (وأوضحت الصحيفة…).
SOURCE_ANAPHORS: dict[str, str] = {
    "الصحيفة": "صحيفة", "الوكالة": "وكالة", "القناة": "قناة", "الشبكة": "شبكة", "المجلة": "مجلة",
    "الموقع": "موقع", "المصادر": "مصادر", "المصدر": "مصدر", "الوزارة": "وزارة", "الهيئة": "هيئة",
    "الشركة": "شركة", "الدراسة": "دراسة", "البيان": "بيان", "التقرير": "تقرير",
}

# Honorifics that introduce a person's name inside a role description
# (المشرف على المسابقة الدكتور سليمان الريمي).
TITLES: frozenset[str] = frozenset({
    "المهندس", "م", "الدكتور", "د", "الدكتورة", "الأستاذ", "الأستاذة", "الشيخ", "اللواء", "العميد",
    "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "الأمير", "الأميرة", "معالي", "سمو", "المستشار",
    "السيد", "السيدة", "الكابتن", "المواطن", "المواطنة", "الفارس", "الفنان", "الفنانة", "الإعلامي",
})

# Heads of role descriptions (المتحدث الرسمي…، وزير الخارجية…).
ROLE_NOUNS: frozenset[str] = frozenset({
    "المتحدث", "متحدث", "الناطق", "ناطق", "وزير", "الوزير", "وزيرة", "رئيس", "الرئيس", "رئيسة",
    "مدير", "المدير", "مديرة", "أمين", "الأمين", "أمير", "الأمير", "سفير", "السفير", "مساعد",
    "نائب", "النائب", "مستشار", "المستشار", "قائد", "القائد", "محافظ", "المحافظ", "عميد", "العميد",
    "مندوب", "المندوب", "ممثل", "الممثل", "المنسق", "منسق", "عضو", "العضو", "وكيل", "الوكيل",
    "مفتي", "المفتي", "الملك", "ولي", "المشرف", "مشرف", "الشيخ", "الدكتور", "د",
    "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق", "المهندس", "الأستاذ",
})

# Words that end the speaker part of "CUE speaker … أن/:" (what follows is
# circumstance: time, addressee, occasion).
SPEAKER_STOPS_STRONG: frozenset[str] = frozenset({
    "في", "خلال", "اليوم", "أمس", "لـ", "ل", "للصحفيين", "للصحافيين", "للصحافة", "لوسائل", "لوكالة",
    "لصحيفة", "لقناة", "للوكالة", "للصحيفة", "للقناة", "لموقع", "للموقع", "لشبكة", "للشبكة", "لمجلة",
    "للمجلة", "لإذاعة", "للإذاعة", "لتلفزيون", "للتلفزيون", "لراديو", "لبرنامج", "عقب", "أثناء", "ضمن", "لدى",
    "عبر", "يوم", "مساء", "صباح", "أول", "الليلة", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
    "الجمعة", "السبت", "الأحد", "بعد", "قبل", "حيث", "أيضا", "أيضاً", "كذلك", "وذلك", "إشارته",
    "إشارتها", "قوله", "قولها", "تأكيده", "تأكيدها", "تعليقا", "ردا", "نيابة", "بالنيابة", "لها", "له",
    "لهم", "لنا", "بدوره", "بدورها", "بحسب", "حسب", "منذ", "وفقا", "وفقاً", "وفق", "طبقا", "طبقاً", "نقلا", "نقلاً",
})
# Prepositions that also occur inside role descriptions (المشرف على المسابقة، مدير الشرطة في…):
# they end the descriptive speaker string but a name may still follow them.
SPEAKER_STOPS_WEAK: frozenset[str] = frozenset({"في", "على", "إلى", "من", "مع", "عن", "حول", "بشأن"})
SPEAKER_STOPS: frozenset[str] = SPEAKER_STOPS_STRONG | SPEAKER_STOPS_WEAK

# Anonymous or collective speakers kept as descriptive strings.
ANONYMOUS_SPEAKERS: frozenset[str] = frozenset({
    "مصادر", "مصدر", "تقارير", "وسائل", "شهود", "مسؤول", "مسؤولون", "مراقبون", "خبراء", "محللون",
    "ناشطون", "سكان", "أهالي", "مواطنون", "الأهالي", "المواطنون", "السكان",
    # people named by kinship or status (والدة الشهيد، أشقاء الشهيد)
    "والد", "والدة", "والده", "والدته", "شقيق", "شقيقة", "أشقاء", "شقيقه", "ابن", "ابنة", "زوج", "زوجة",
    "أم", "أب", "أسرة", "عائلة", "ذوو", "ذوي", "أقارب",
})

# Impersonal uses that look like reporting verbs (مما يذكر أن… "it is worth noting").
IMPERSONAL_BEFORE: frozenset[str] = frozenset({"مما", "ومما", "كما", "الجدير"})

# Clause openers that close an indirect quote: the writer's comment (…، وذلك في…) and
# verbs of appeal or praise that start the next, non-reported statement (…، وطالب…).
TRAILING_CLAUSES: tuple[str, ...] = (
    "وذلك", "وطالب", "وطالبت", "وناشد", "وناشدت", "وأشاد", "وأشادت", "وثمن", "وثمنت", "وتمنى", "وتمنت",
    "وأعرب", "وأعربت", "ودعا", "ودعت", "وحث", "وحثت",
    # the writer's comment on what was said (، فيما يعتبر تحولا…، الأمر الذي…، في إشارة إلى…)
    "فيما يعتبر", "فيما يعد", "فيما يبدو", "وهو ما", "الأمر الذي", "في إشارة",
)

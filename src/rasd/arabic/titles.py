"""Word lists for titles, roles and organisation names in Arabic news text.

Pure data, no I/O. Every list is given as written and also as a frozenset of
:func:`rasd.arabic.normalize.normalize` forms *without* the article ``ال``
(``*_STEMS``), which is how the entity layer looks words up after removing
proclitics (``ووزير`` → ``وزير``, ``الرئيس`` → ``رئيس``).

- ``PERSON_TITLES``: head words of a role or title before or after a person's
  name (``الرئيس``، ``وزير``، ``مساعد``، ``المتحدث``، ``سكرتير``، ``الملك``…).
- ``HONORIFICS``: forms of address that start a title (``سمو``، ``معالي``).
- ``COUNTERPART``: ``نظير`` and its suffixed forms (``نظيره الصيني``).
- ``ORG_HEADS``: head nouns of organisation names (``منظمة``، ``مجلس``، ``وزارة``…).
- ``MEDIA_HEADS``: heads whose name follows as a proper name (``صحيفة "ذا غلوبال تايمز"``):
  the head is a descriptor, not part of the name.
- ``ROLE_CONNECTORS``: words that join a role to its organisation (``باسم``).
- ``NAME_STOPWORDS``: function words and time words that never start, end or
  continue a name (``في``، ``قد``، ``اليوم``، ``الأربعاء``).
"""

from __future__ import annotations

import re

from rasd.arabic.normalize import DIACRITICS, TATWEEL, normalize

PERSON_TITLES: tuple[str, ...] = (
    "رئيس", "رئيسة", "نائب", "وزير", "وزيرة", "مساعد", "مساعدة", "مستشار", "مستشارة", "متحدث", "متحدثة",
    "ناطق", "ناطقة", "سكرتير", "سكرتيرة", "أمين", "أمينة", "ملك", "ملكة", "أمير", "أميرة", "ولي", "شيخ",
    "شيخة", "دكتور", "دكتورة", "د", "مهندس", "مهندسة", "سفير", "سفيرة", "قائد", "لواء", "عميد", "عقيد",
    "فريق", "مشير", "جنرال", "مدير", "مديرة", "محافظ", "عضو", "سيناتور", "مفوض", "مبعوث", "مبعوثة",
    "ممثل", "ممثلة", "أستاذ", "أستاذة", "بروفيسور", "محلل", "كاتب", "كاتبة", "مدرب", "لاعب", "لاعبة",
    "قاضي", "قاض", "محامي", "محام", "إمام", "بابا", "مرشد", "سيد", "سيدة", "مراسل", "مراسلة", "زعيم",
    "زعيمة", "قنصل", "مندوب", "مندوبة", "رئيس الوزراء", "ولي العهد", "خادم الحرمين الشريفين", "آية الله",
    "نقيب", "رائد", "ملازم", "وكيل", "مسؤول", "مسؤولة", "مفتي", "مطران", "بطريرك", "كاردينال", "حاكم",
    "عمدة", "رئيس بلدية", "مؤسس", "منسق", "منسقة", "موفد", "موفدة", "خبير", "خبيرة", "باحث", "باحثة", "نجم", "نجمة", "مصفف",
    "الفنان", "الفنانة", "المطرب", "المطربة", "الممثل", "المخرج", "المخرجة", "الصحفي", "الصحفية",
    "الإعلامي", "الإعلامية", "الشاعر", "الروائي",
    # offices and callings that head a person's description in international news
    "عاهل", "قيادي", "قيادية", "داعية", "قس", "قسيس", "مؤذن", "ناشط", "ناشطة", "محقق", "محققة", "ضابط",
    "مفتش", "مفتشة", "نائبة",
    # spellings and ranks of the international pages (الصحافي السعودي، الكولونيل، الملحق العسكري)
    "صحافي", "صحافية", "كولونيل", "ملحق", "شهيد", "شهيدة", "مدعي", "مدع", "مرشح", "مرشحة", "متخصص",
    "محاضر", "محاضرة", "عميل", "عميلة", "ملياردير", "رجل الأعمال", "سيدة الأعمال", "بروفسور", "طبيب",
    "طبيبة", "محرر", "محررة", "عضوة", "لورد", "بارون", "بارونة",
    # callings that head a description in the news corpus (الجاسوس الروسي السابق، الوسيط الفرنسي، الشرطي)
    "جاسوس", "جاسوسة", "وسيط", "وسيطة", "شرطي", "شرطية",
)

HONORIFICS: tuple[str, ...] = ("سمو", "صاحب", "معالي", "فخامة", "سعادة", "جلالة", "سماحة", "دولة")

COUNTERPART: tuple[str, ...] = ("نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظرائه", "نظيرهم")

ORG_HEADS: tuple[str, ...] = (
    "منظمة", "مجلس", "وزارة", "مجموعة", "حزب", "جامعة", "شركة", "هيئة", "لجنة", "مؤسسة", "جمعية",
    "اتحاد", "بنك", "مصرف", "صندوق", "جبهة", "حركة", "جيش", "قوات", "مكتب", "إدارة", "مديرية", "محكمة",
    "برلمان", "مركز", "معهد", "أكاديمية", "نادي", "منتدى", "رابطة", "نقابة", "تحالف", "ائتلاف", "كتلة",
    "تيار", "مصلحة", "سلطة", "دائرة", "بلدية", "أمانة", "حكومة", "رئاسة", "وكالة", "صحيفة", "قناة",
    "مجلة", "إذاعة", "شبكة", "موقع", "تلفزيون", "كلية", "مستشفى", "مجمع", "غرفة", "بورصة", "سوق",
    "مفوضية", "وحدة", "كتائب", "لواء", "فيلق", "جماعة", "تنظيم", "ميليشيا", "هيئة", "ديوان", "الكونغرس",
    "الكرملين", "البنتاغون", "مؤتمر", "منتخب", "فريق", "مدرسة", "شرطة", "جهاز", "الأمانة", "قيادة", "بعثة",
    "مرصد", "سفارة", "قنصلية", "مخابرات", "استخبارات", "حلف", "كنيسة", "مختبرات",
)

MEDIA_HEADS: tuple[str, ...] = ("صحيفة", "وكالة", "قناة", "مجلة", "إذاعة", "شبكة", "موقع", "تلفزيون", "محطة")

# with a pronoun too: "المتحدث باسمه، ستيفان دوجاريك" (the spokesman of the person just named)
ROLE_CONNECTORS: tuple[str, ...] = ("باسم", "باسمه", "باسمها", "باسمهم")

NAME_STOPWORDS: tuple[str, ...] = (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "أن", "إن", "أنه", "إنه", "بأن", "لأن", "قد",
    "لقد", "كان", "كانت", "يكون", "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
    "اللذين", "اللتين", "اللذان", "ما", "ماذا", "لا", "لم", "لن", "ثم", "أو", "بل", "حتى", "إذ",
    "إذا", "كل", "بعض", "غير", "سوى", "عند", "عندما", "حين", "حيث", "بعد", "قبل", "خلال", "منذ",
    "أمام", "وراء", "فوق", "تحت", "نحو", "لدى", "لكن", "لكن", "عقب", "إثر", "اليوم", "أمس", "غدا",
    "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأسبوع", "الشهر",
    "السنة", "الماضي", "الماضية", "الجاري", "الجارية", "المقبل", "المقبلة", "الحالي", "الحالية",
    "الآن", "صباح", "مساء", "يوم", "أيضا", "أيضاً", "وقت", "سابق", "قال", "وقال", "أكد", "أضاف", "أوضح",
    "أفاد", "صرح", "أشار", "قوله", "قولها", "حسب", "وفق", "وفقا", "وفقاً", "بحسب", "نقلا", "عام", "سنة",
    "للصحفيين", "الصحفيين", "كما", "وكان", "وكانت", "إلا", "ليس", "يجب", "يمكن", "ضد", "عبر", "دون",
    "عدا", "خلا", "المرة", "مرة", "للمرة", "أول", "آخر", "الأولى", "الأخيرة", "شهر", "أسبوع",
)


# Common spellings without hamza of the stop words above.
_HAMZALESS = ("ان", "انه", "الى", "اذا", "او", "اليوم", "امس", "الاحد", "الاثنين", "الاربعاء", "الان", "ايضا",
              "اكد", "اضاف", "اوضح", "افاد", "اشار", "اثر", "امام", "الا")


def _stems(words: tuple[str, ...]) -> frozenset[str]:
    out = set()
    for w in words:
        n = normalize(w)
        out.add(n[2:] if n.startswith("ال") and len(n) > 4 else n)
    return frozenset(out)


TITLE_STEMS: frozenset[str] = _stems(PERSON_TITLES)
HONORIFIC_STEMS: frozenset[str] = _stems(HONORIFICS)
COUNTERPART_STEMS: frozenset[str] = _stems(COUNTERPART)
ORG_HEAD_STEMS: frozenset[str] = _stems(ORG_HEADS)
MEDIA_HEAD_STEMS: frozenset[str] = _stems(MEDIA_HEADS)
CONNECTOR_FORMS: frozenset[str] = frozenset(normalize(w) for w in ROLE_CONNECTORS)
_MARKS_RE = re.compile(f"[{re.escape(DIACRITICS + TATWEEL)}]")


def strip_marks(word: str) -> str:
    """``word`` without diacritics and tatweel; letters (hamza, alef maqsura) kept as written."""
    return _MARKS_RE.sub("", word)


# Stop words are compared as written, not normalized: normalizing would make the
# name علي the preposition على and the name بان (Ban Ki-moon) the particle بأن.
STOPWORDS: frozenset[str] = frozenset(strip_marks(w) for w in (*NAME_STOPWORDS, *_HAMZALESS))
# Multi-word titles: first normalized stem → the remaining normalized words.
MULTIWORD_TITLES: dict[str, list[tuple[str, ...]]] = {}
for _t in PERSON_TITLES:
    _parts = normalize(_t).split()
    if len(_parts) > 1:
        MULTIWORD_TITLES.setdefault(_parts[0], []).append(tuple(_parts[1:]))

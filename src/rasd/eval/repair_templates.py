"""Templates of the junk that scrapers leave in Arabic news text, for the messy-scrape benchmark.

Written for rasd from the page furniture of Arabic news sites (share bars,
read-also boxes, time stamps, photo credits, app and copyright notices); no
text here comes from a corpus. Placeholders: ``{outlet}`` (the outlet's Arabic
name), ``{handle}`` (a Latin account name), ``{h}`` (another story's headline),
``{city}``, ``{agency}``, ``{day}`` (weekday), ``{d}`` (day of month), ``{month}``
(a month name: Egyptian/Gulf, Levantine, or both as ``آب/أغسطس``), ``{y}`` (year),
``{hh}``/``{mm}`` (time), ``{n}`` (a small number).

**Held-out variants.** Every list is split by position: the variant at index
``i`` with ``i % 3 == 2`` is used only when generating the *test* split; the
others are used for both splits. So about a third of every kind of junk that the
test split holds was never seen while the rules were tuned on dev
(:func:`variants`).
"""

from __future__ import annotations

OUTLET_NAMES = {
    "BBC": "بي بي سي عربي", "CNN": "CNN بالعربية", "France24": "فرانس 24",
    "3alyoum": "عين اليوم", "aawsat": "الشرق الأوسط", "aleqtisadiya": "الاقتصادية", "aljazirah": "الجزيرة",
    "almadina": "المدينة", "alriyadh": "الرياض", "alwatan": "الوطن", "alweeam": "الوئام", "alyaum": "اليوم",
    "okaz": "عكاظ", "sabq": "سبق", "was": "واس", "arreyadi": "الرياضي", "arriyadiyah": "الرياضية",
}

HANDLES = ["BBCArabic", "cnnarabic", "France24_ar", "aawsat_News", "sabqorg", "okaz_online", "AlRiyadh", "alyaum",
           "AlWatanSa", "SPAregions", "aleqtisadiya", "Alweeamcom", "Almadinanews", "aljazirahnews"]

CITIES = ["القاهرة", "بيروت", "دمشق", "عمان", "الرياض", "جدة", "دبي", "باريس", "لندن", "واشنطن", "بغداد", "الكويت",
          "الدوحة", "تونس", "الرباط", "غزة", "رام الله", "الخرطوم", "موسكو", "أنقرة"]
AGENCIES = ["رويترز", "أ ف ب", "أ.ف.ب", "د ب أ", "الأناضول", "واس", "أسوشيتد برس", "غيتي", "إيبا", "وكالات"]
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
              "تشرين الثاني", "كانون الأول"]

# --- lines that introduce other stories (the headline follows on the line or below) ------------
READ_ALSO_INLINE = [
    "اقرأ أيضا: {h}", "اقرأ أيضاً: {h}", "إقرأ أيضا | {h}", "شاهد أيضا: {h}", "للمزيد: {h}", "قد يهمك/ {h}",
    "اقرأ أيضًا - {h}", "طالع أيضا: {h}", "اقرأ المزيد: {h}", "ذات صلة: {h}", "شاهد: {h}", "المزيد: {h}",
    "اقرأ ايضا.. {h}", "قد يعجبك أيضا: {h}", "اقرأ كذلك: {h}",
]
READ_ALSO_BARE = [
    "اقرأ أيضا", "ذات صلة", "شاهد أيضا", "اقرأ أيضاً:", "مواضيع ذات صلة", "أخبار ذات صلة", "اقرأ المزيد",
    "شاهد أيضاً:", "قد يهمك", "موضوعات ذات صلة", "اقرأ أيضا:", "روابط ذات صلة", "الأكثر قراءة", "اخترنا لك",
    "المزيد من الأخبار",
]

# --- share / follow / subscribe ----------------------------------------------------------------
SHARE = [
    "شارك هذا الخبر على فيسبوك تويتر واتساب", "تابعونا على تويتر @{handle}", "شارك المقال",
    "اشترك في النشرة البريدية لـ{outlet}", "تابعوا آخر الأخبار عبر قناتنا على تيليجرام", "شارك عبر واتساب",
    "تابعنا على فيسبوك", "انقر هنا للاشتراك في قناة {outlet} على يوتيوب", "مشاركة عبر البريد الإلكتروني",
    "تابع {outlet} على إنستغرام", "اضغط هنا لمتابعة {outlet} على تويتر", "شارك على فيسبوك",
    "شاركها: فيسبوك تويتر لينكد إن", "اشترك الآن", "تابعونا على جوجل نيوز", "طباعة", "أرسل لصديق",
    "تابعوا {outlet} عبر حساباتها على مواقع التواصل الاجتماعي", "حمّل التطبيق", "تابع القناة على سناب شات",
    "اشترك في قناتنا على واتساب", "نسخ الرابط", "شارك هذه الصفحة", "تابعونا",
]

# --- time stamps and datelines -------------------------------------------------------------------
TIMESTAMP = [
    "آخر تحديث: {d} {month} {y} - {hh}:{mm}", "نشر في: {day} {d} {month} {y}", "{day}، {d} {month} {y}",
    "تاريخ النشر: {y}/{m2}/{d2}", "{hh}:{mm} ص", "تم التحديث: {day} {d} {month} {y} - {hh}:{mm} بتوقيت غرينتش",
    "{d} {month} {y}", "نُشر في {d} {month} {y}", "منذ {n} ساعات", "{day} {d} {month} {y} {hh}:{mm} م",
    "آخر تحديث {hh}:{mm} GMT", "{city}، {day} {d} {month} {y}", "{d2}/{m2}/{y} {hh}:{mm}",
    "تاريخ النشر: {day} {d} {month} {y}", "{city} - {d} {month} {y}", "{day} - {d} {month} {y}",
    "نشر بتاريخ {d} {month} {y}", "محدث {hh}:{mm} {day} {d} {month}", "{hh}:{mm} مساءً", "منذ {n} دقائق",
    "{city} في {d} {month}", "التاريخ: {d} {month} {y}", "{d} {month} {y} | {hh}:{mm}",
]

# --- photo captions ---------------------------------------------------------------------------------
CAPTION = [
    "صورة أرشيفية", "(صورة أرشيفية)", "مصدر الصورة {agency}", "حقوق الصورة {agency}", "الصورة: {agency}",
    "جانب من الاجتماع ({agency})", "تعبيرية", "صورة من الأرشيف - {agency}", "متظاهرون في وسط {city} ({agency})",
    "(أرشيف - {agency})", "صورة تعبيرية", "جانب من المؤتمر الصحفي في {city}", "تصوير: {agency}",
    "Image caption صورة أرشيفية", "الصورة من {city} ({agency})", "من الأرشيف", "صورة متداولة",
    "عناصر من قوات الأمن في {city} - {agency}", "(الصورة: {agency})", "مشهد عام من {city} - أرشيف",
    "Getty Images", "© {agency}", "الصورة: أرشيفية",
]

# --- full-sentence notices (copyright, app promotion, comment policy) ------------------------------
NOTICE = [
    "جميع الحقوق محفوظة لـ{outlet} © {y}.",
    "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق {outlet} على هاتفكم المحمول.",
    "التعليقات المنشورة لا تعبر عن رأي {outlet} وإنما تعبر عن رأي أصحابها.",
    "حمّل تطبيق {outlet} على هاتفك لتصلك آخر الأخبار العاجلة أولا بأول.",
    "لا يسمح بنسخ أو إعادة نشر هذا المحتوى دون إذن مسبق من {outlet}.",
    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة وجهة نظر {outlet}.",
    "يرجى الالتزام بآداب الحوار عند كتابة التعليقات، وسيتم حذف أي تعليق مسيء.",
    "لتصلك أهم الأخبار على هاتفك، اشترك في خدمة الرسائل القصيرة من {outlet}.",
    "هذا المحتوى محمي بحقوق النشر، ويحظر نقله دون ذكر المصدر.",
    "ننوه إلى أن التعليقات تخضع للمراجعة قبل النشر.",
    "© {y} {outlet}. جميع الحقوق محفوظة.",
    "نزّل تطبيق {outlet} المجاني من متجر آبل أو جوجل بلاي وتابع الأخبار لحظة بلحظة.",
    "المقال يعبر عن رأي كاتبه، ولا يعكس بالضرورة رأي {outlet}.",
    "يمكنكم متابعة آخر الأخبار والتحليلات عبر حساب {outlet} على تويتر.",
    "إذا كنت ترغب في التعليق على هذا الموضوع، يرجى تسجيل الدخول أولا.",
    "حقوق النشر محفوظة لـ{outlet}، ولا يجوز الاقتباس إلا بذكر المصدر.",
    "اضغط هنا لتحميل تطبيق {outlet} على هواتف آيفون وأندرويد.",
    "يسعدنا تلقي تعليقاتكم، مع مراعاة شروط الاستخدام وسياسة الخصوصية.",
    "ويشار إلى أن موقع {outlet} لا يمكنه التأكد بشكل مستقل من المعلومات المتداولة عبر وسائل التواصل الاجتماعي.",
    "اشترك في نشرتنا الإخبارية اليومية لتصلك أبرز الأخبار إلى بريدك الإلكتروني.",
    "تم نشر هذا المقال بالتعاون مع شركاء {outlet}.",
]


def variants(items: list[str], split: str) -> list[str]:
    """The variants of ``items`` available to ``split`` (see module docstring: test also gets held-out ones)."""
    if split == "test":
        return list(items)
    return [t for i, t in enumerate(items) if i % 3 != 2]

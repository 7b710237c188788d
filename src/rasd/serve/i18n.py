"""Interface strings: Arabic (the default, right to left) and English (``?lang=en``).

Only the interface is translated; article text, names and quotes stay as
stored. :func:`translator` returns a ``t(key)`` function for templates; a key
with no translation falls back to English, then to the key itself, so a
missing string shows up as a readable word rather than an error.
"""

from __future__ import annotations

from collections.abc import Callable

LANGS = ("ar", "en")

STRINGS: dict[str, tuple[str, str]] = {  # key -> (Arabic, English)
    "app": ("رصد", "rasd"),
    "tagline": ("رصد الأخبار العربية دون اتصال", "Offline Arabic news intelligence"),
    "search": ("بحث", "Search"),
    "stories": ("القصص", "Stories"),
    "events": ("الأحداث", "Events"),
    "ingest": ("تحليل مقال", "Analyse an article"),
    "api": ("واجهة البرمجة", "API"),
    "query": ("كلمات البحث", "Search words"),
    "outlet": ("المصدر", "Outlet"),
    "all_outlets": ("كل المصادر", "All outlets"),
    "since": ("من تاريخ", "From"),
    "until": ("إلى تاريخ", "To"),
    "entity": ("كيان", "Entity"),
    "event_type": ("نوع الحدث", "Event type"),
    "all_types": ("كل الأنواع", "All types"),
    "go": ("ابحث", "Search"),
    "filter": ("تصفية", "Filter"),
    "results": ("نتيجة", "results"),
    "no_results": ("لا نتائج", "No results"),
    "page": ("صفحة", "Page"),
    "prev": ("السابق", "Previous"),
    "next": ("التالي", "Next"),
    "facet_outlets": ("المصادر", "Outlets"),
    "facet_types": ("أنواع الأحداث", "Event types"),
    "facet_entities": ("الكيانات", "Entities"),
    "published": ("تاريخ النشر", "Published"),
    "inferred": ("مستنتج من النص", "inferred from the text"),
    "entities": ("الكيانات", "Entities"),
    "dates": ("التواريخ", "Dates"),
    "quotes": ("الاقتباسات", "Quotes"),
    "removed": ("ما حذفه الإصلاح", "What the repair removed"),
    "original": ("النص الأصلي", "Original text"),
    "no_original": ("لم يُحفظ النص الأصلي (استخدم ‎--keep-raw‎ عند الإدخال)",
                    "The original text was not stored (ingest with --keep-raw)"),
    "related": ("عناوين أخبار أخرى", "Related headlines"),
    "duplicate_of": ("نسخة شبه مطابقة من", "Near-duplicate of"),
    "type": ("النوع", "Type"),
    "mode": ("الصيغة", "Mode"),
    "status": ("الحالة", "Status"),
    "source": ("الفاعل", "Source"),
    "target": ("المستهدف", "Target"),
    "date": ("التاريخ", "Date"),
    "location": ("المكان", "Location"),
    "trigger": ("الكلمة الدالة", "Trigger"),
    "article": ("المقال", "Article"),
    "articles": ("المقالات", "Articles"),
    "aliases": ("أسماء أخرى", "Aliases"),
    "roles": ("الصفات", "Roles"),
    "country": ("البلد", "Country"),
    "mentions_time": ("الذكر عبر الزمن (مقالات في اليوم)", "Mentions over time (articles per day)"),
    "as_source": ("أحداث هو فاعلها", "Events as source"),
    "as_target": ("أحداث هو هدفها", "Events as target"),
    "cooccurring": ("كيانات ترد معه", "Co-occurring entities"),
    "speaker": ("المتحدث", "Speaker"),
    "outlets": ("المصادر", "Outlets"),
    "first": ("الأول", "First"),
    "last": ("الأخير", "Last"),
    "size": ("عدد المقالات", "Articles"),
    "timeline": ("الخط الزمني", "Timeline"),
    "storylines": ("خطوط القصص", "Storylines"),
    "counts_per_day": ("عدد الأحداث في اليوم حسب النوع", "Events per day by type"),
    "download": ("تنزيل", "Download"),
    "upload": ("ارفع ملفا (نص، HTML، JSONL، WARC)", "Upload a file (text, HTML, JSONL, WARC)"),
    "paste": ("أو الصق نص المقال", "or paste the article text"),
    "title_opt": ("العنوان (اختياري)", "Title (optional)"),
    "analyse": ("حلّل", "Analyse"),
    "max_size": ("الحد الأقصى للحجم", "Maximum size"),
    "analysing": ("جار التحليل…", "Analysing…"),
    "not_stored": ("هذا المقال حُلل للعرض فقط ولم يُضف إلى قاعدة البيانات",
                   "This article was analysed for display only; it was not added to the database"),
    "error": ("خطأ", "Error"),
    "not_found": ("غير موجود", "Not found"),
    "corpus": ("المدونة", "Corpus"),
    "articles_count": ("مقالا", "articles"),
    "computing": ("تُحسب القصص الآن، أعد تحميل الصفحة بعد قليل", "Stories are being computed; reload shortly"),
    "language": ("English", "العربية"),
    "api_docs": ("توثيق واجهة البرمجة", "API documentation"),
    "mentions": ("مرة", "mentions"),
    "newest": ("أحدث المقالات", "Newest articles"),
    "rows": ("صفا", "rows"),
    "top_entities": ("أبرز الكيانات", "Top entities"),
}


def translator(lang: str) -> Callable[[str], str]:
    """``t(key)`` for ``lang`` (see module docstring)."""
    i = 0 if lang == "ar" else 1

    def t(key: str) -> str:
        pair = STRINGS.get(key)
        return pair[i] if pair else key

    return t

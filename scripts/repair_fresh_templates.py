"""Fresh junk wordings for the dev-side repair proxy (``scripts/repair_proxy.py --fresh``).

Written for issue #9's generalisation round, after the rules: page furniture in wordings that the
generator's dev templates do not use (the test templates were never read), to see which rules
lean on the dev wording. Placeholders as in :mod:`rasd.eval.repair_templates`. Not for tuning
phrase lists: a rule that fails here needs a mechanism (vocabulary families, shape, corpus), not
these strings.
"""

from __future__ import annotations

READ_ALSO_INLINE = ["مواضيع مقترحة: {h}", "اقرأ كذلك: {h}", "تابع أيضا: {h}", "المزيد: {h}", "أخبار متعلقة: {h}",
                    "يهمك أيضا.. {h}", "ننصحك بقراءة: {h}", "لا تفوتك: {h}"]
READ_ALSO_BARE = ["أخبار متعلقة", "مواضيع مقترحة", "المزيد من الأخبار", "اقرأ كذلك:", "الأكثر مشاهدة",
                  "قصص ذات علاقة", "أخبار ذات صلة:", "يهمك أيضا"]
SHARE = ["شارك عبر واتساب", "تابعوا {outlet} على فيسبوك وتويتر", "أرسل الخبر لصديقك",
         "انضم إلى قناتنا على تليجرام", "شارك المقال", "تابع آخر الأخبار على صفحتنا في فيسبوك",
         "فيسبوك | تويتر | واتساب | تيليجرام", "احفظ المقال", "سجل إعجابك بصفحتنا على فيسبوك",
         "للاشتراك في النشرة اليومية اضغط هنا"]
TIMESTAMP = ["حُدّث في {d} {month} {y}", "{day}، {d} {month} {y} - {hh}:{mm}", "آخر تعديل: {d2}-{m2}-{y}",
             "تاريخ الإضافة: {d} {month} {y}", "{y}-{m2}-{d2} {hh}:{mm}", "قبل {n} ساعات",
             "نشر: {day} {d} {month} {y}", "{hh}:{mm} بتوقيت مكة المكرمة"]
CAPTION = ["الصورة من الأرشيف", "صورة: {agency}", "(تصوير: {agency})", "صورة أرشيفية لـ{city}",
           "لقطة من {city} - {agency}", "صورة توضيحية", "المصدر: {agency}", "صور: {agency}"]
NOTICE = ["جميع المواد المنشورة محمية بموجب قوانين الملكية الفكرية.",
          "الآراء الواردة في التعليقات تعبر عن أصحابها فقط.",
          "نرحب بتعليقاتكم شرط الالتزام بقواعد النشر في الموقع.",
          "لمتابعة أحدث الأخبار حمّل تطبيقنا مجانا من متجر التطبيقات.",
          "يمنع نسخ المحتوى أو نقله دون موافقة خطية من إدارة الموقع.",
          "فعّل التنبيهات ليصلك كل جديد من {outlet}.",
          "بالضغط على زر الاشتراك أنت توافق على سياسة الخصوصية.",
          "يتحمل كاتب التعليق المسؤولية الكاملة عن محتواه."]


def install(gen) -> None:  # type: ignore[no-untyped-def]
    """Swap the generator's junk templates for these (every split sees all of them)."""
    T = gen.T
    for name in ("READ_ALSO_INLINE", "READ_ALSO_BARE", "SHARE", "TIMESTAMP", "CAPTION", "NOTICE"):
        setattr(T, name, globals()[name])
    T.variants = lambda items, split: list(items)
    gen._TEMPLATES.update({"share": T.SHARE, "timestamp": T.TIMESTAMP, "caption": T.CAPTION, "notice": T.NOTICE})

"""Junk wordings, set D, for the dev-side repair proxy (``scripts/repair_proxy.py --set D``).

Written in session 7 (issue #9) by the repair helper, after one rule of the round (a notice word that
addresses the reader by its grammar, ``furniture._address_form``) was drafted and before any other;
without reading the generator's templates (``rasd.eval.repair_templates``), sets A/B
(``scripts/repair_unseen.py``), the fresh set or set C. Scored once with the code at the round's start
and once with that rule (logged in ``benchmarks/gold/README.md``), so the rule's figure on it is a
fresh check of its transfer, not a fit (alone 67.8 → 74.8 % perfect, with the batch 92.2 % both). The
feminine «مسيئة» of the comment-policy rule was then taken from its leaks (alone 80.2 %): from that rule on,
set D is dev material like sets A–C. Not a phrase list to copy into rules: a leak here asks for a
mechanism. Placeholders as in :mod:`rasd.eval.repair_templates`.
"""

from __future__ import annotations

READ_ALSO_INLINE = ["اقرأ المزيد عن هذا: {h}", "تقرأ أيضا: {h}", "شاهد أيضا: {h}", "مقال مرتبط: {h}",
                    "للمزيد اقرأ: {h}", "قصة ذات صلة – {h}", "اخترنا لك: {h}", "من أرشيفنا: {h}"]
READ_ALSO_BARE = ["قصص قد تهمك", "مواضيع مرتبطة", "اقرأ المزيد", "من نفس القسم", "آخر الأخبار",
                  "أخبار من القسم", "الأكثر قراءة اليوم", "تغطية خاصة"]
SHARE = ["شاركها على تويتر", "شارك الخبر على واتساب", "تابع {outlet} على تيليغرام", "إعجاب",
         "نسخ الرابط المختصر", "أرسل لصديق", "اطبع المقال", "أضف إلى المفضلة", "{n} تعليقات", "قراءة: {n}",
         "تابعونا على يوتيوب", "مشاركة عبر البريد"]
TIMESTAMP = ["{day} {d} {month} {y} م", "أُضيف في {d2}/{m2}/{y}", "حُرّر في {d} {month} {y}", "{hh}:{mm} - {d2}/{m2}/{y}",
             "منذ {n} ساعات", "تاريخ التحديث: {d2}-{m2}-{y}", "{city}، {day} {d} {month}", "آخر تحديث منذ {n} دقيقة"]
CAPTION = ["صورة من أرشيف {agency}", "بعدسة {agency}", "الصورة: {agency}/أرشيف", "صورة التقطت في {city}",
           "(صورة من الإنترنت)", "مصدر الصورة: مواقع التواصل الاجتماعي", "صور: {agency} - {city}", "صورة مركبة"]
NOTICE = ["حقوق النشر © {y} {outlet}، كل الحقوق محفوظة.",
          "نحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
          "يمكنك إلغاء الاشتراك في أي وقت من إعدادات حسابك.",
          "لإرسال ملاحظاتك أو تصحيحاتك راسل فريق التحرير.",
          "التعليقات المسيئة أو الخارجة عن موضوع الخبر لن تنشر.",
          "نزّل تطبيق {outlet} على أندرويد وآيفون.",
          "ساهم في دعم الصحافة المستقلة بالاشتراك في {outlet}.",
          "المقالات المنشورة في هذا القسم تمثل رأي كتابها."]


def install(gen) -> None:  # type: ignore[no-untyped-def]
    """Swap the generator's junk templates for set D's (set C's installer, these lists)."""
    from repair_templates_c import install as install_lists  # scripts/ is on sys.path when the proxy runs

    install_lists(gen, globals())

"""Junk wordings, set C, for the harder dev-side repair proxy (``scripts/repair_proxy.py --set C``).

Written in session 6 (issue #9) by the repair helper from the furniture of Arabic news sites, without
reading the generator's templates (``rasd.eval.repair_templates``) or the wordings of sets A/B
(``scripts/repair_unseen.py``) and the fresh set (``scripts/repair_fresh_templates.py``). It was
scored once before any rule of the round changed (the figure is logged in
``benchmarks/gold/README.md``), so it stands in for the frozen test's held-out third of every
template (one bare marker, «مختارات {outlet}», was left unfilled by the generator, which fills no
bare marker: it became «مختارات لكم» after the first score; the base code scores the same either way).
Not a phrase list to copy into rules: a leak here asks for a mechanism (word families, shape, corpus
repetition). Placeholders as in :mod:`rasd.eval.repair_templates`.
"""

from __future__ import annotations

READ_ALSO_INLINE = ["ذو صلة: {h}", "طالع أيضا: {h}", "انظر أيضا - {h}", "خبر متعلق: {h}", "مواد ذات صلة: {h}",
                    "اقرأ أيضًا | {h}", "قراءة ذات صلة: {h}", "في السياق نفسه: {h}"]
READ_ALSO_BARE = ["روابط ذات صلة", "قد يعجبك أيضا", "أخبار أخرى", "ترشيحات المحرر", "الأكثر تداولاً الآن",
                  "أخبار ذات علاقة", "اقرأ في هذا الملف", "مختارات لكم"]
SHARE = ["شارك على فيسبوك", "غرّد الخبر", "أرسل عبر واتساب", "انسخ الرابط", "تابعنا على إنستغرام",
         "شارك هذه الصفحة", "لمتابعة {outlet} على تويتر اضغط هنا", "فيسبوك • تويتر • لينكد إن", "حجم الخط",
         "طباعة الصفحة", "أعجبني ({n})", "المشاهدات {n}"]
TIMESTAMP = ["نشر بتاريخ {d2}/{m2}/{y} {hh}:{mm}", "{day} - {d} {month} {y}", "آخر تحديث: {day} {d} {month} {y}",
             "{hh}:{mm} ص - {d} {month} {y}", "التاريخ: {d} {month} {y}", "منذ {n} دقائق",
             "{d2}.{m2}.{y} | {hh}:{mm}", "تم التحديث {d} {month} {y} الساعة {hh}:{mm}"]
CAPTION = ["صورة لـ{agency}", "الصورة: أرشيف {outlet}", "(تصوير: مصور {outlet})", "صورة أرشيفية من {city}",
           "مشهد من {city} - {agency}", "لقطة شاشة من فيديو", "الصورة من مواقع التواصل", "{agency} - صورة أرشيفية"]
NOTICE = ["يتحمل كاتب التعليق مسؤولية ما يكتبه.",
          "جميع الحقوق محفوظة لـ{outlet} © {y}",
          "لا يجوز إعادة نشر هذا المحتوى دون إذن كتابي.",
          "للحصول على آخر الأخبار فعّل الإشعارات في تطبيق {outlet}.",
          "التعليقات تعبر عن آراء أصحابها ولا تعبر عن رأي {outlet}.",
          "سجّل في نشرتنا الإخبارية لتصلك أبرز القصص يوميا.",
          "هذا المحتوى محمي بحقوق النشر ويحظر نسخه.",
          "نرجو من القراء الالتزام بآداب الحوار عند التعليق."]


def install(gen, templates: dict | None = None) -> None:  # type: ignore[no-untyped-def]
    """Swap the generator's junk templates for these, or for another set's (``templates``: a module's
    globals holding the same six lists); every split sees all of them."""
    t = templates if templates is not None else globals()
    T = gen.T
    for name in ("READ_ALSO_INLINE", "READ_ALSO_BARE", "SHARE", "TIMESTAMP", "CAPTION", "NOTICE"):
        setattr(T, name, t[name])
    gen._TEMPLATES.update({"share": t["SHARE"], "timestamp": t["TIMESTAMP"], "caption": t["CAPTION"],
                           "notice": t["NOTICE"]})
    T.variants = lambda items, split: list(items)

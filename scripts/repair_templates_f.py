"""Junk wordings, set F, for the dev-side repair proxy (``scripts/repair_proxy.py --set F``).

Written in session 11 (issue #9) by the repair helper as a check of that round, from the *kinds* of
furniture a news page carries (a site's notices to its readers and about its rights, corrections and
editorial lines, photo credits and scene captions, share and follow bars, stamps and edition lines,
related-story labels), in wordings of my own that the earlier sets (C, D, E) do not use and that no rule
lists. Written after the round's first change (a notice judged below the story once its copies are
known) and before the second was measured on it; the leaks it shows were not read to write rules. Not a
phrase list to copy into rules: a leak here asks for a mechanism. Placeholders as in
:mod:`rasd.eval.repair_templates`.
"""

from __future__ import annotations

READ_ALSO_INLINE = ["موضوع ذو علاقة: {h}", "على الموقع أيضا: {h}", "تابع القصة: {h}", "قراءة إضافية - {h}",
                    "من أرشيفنا: {h}", "مقترحات القراء: {h}"]
READ_ALSO_BARE = ["يهمك أيضا", "اخترنا لكم", "الأكثر مشاهدة", "مقالات مختارة", "في القسم نفسه", "روابط سريعة"]
SHARE = ["أعجبني", "احفظ للقراءة لاحقا", "تابعنا على انستغرام @{handle}", "انضم إلى قناتنا على تلغرام",
         "أرسل الخبر لصديقك", "{n} تعليقات", "صفحتنا على فيسبوك", "للتواصل عبر واتساب اضغط هنا"]
TIMESTAMP = ["حدّث في {d} {month} {y} الساعة {hh}:{mm}", "{d2}.{m2}.{y} | {hh}:{mm}", "منذ {n} ساعات",
             "النشر: {day} {d} {month}", "{city} في {d} {month} {y}", "الطبعة الورقية - {day} {d} {month} {y}"]
CAPTION = ["المصدر: صفحة {outlet} الرسمية", "صورة توضيحية", "لقطة من مقطع مصور متداول", "(الصورة من {agency})",
           "من اليمين: المشاركون في اللقاء", "عدسة: {agency}", "أرشيفية - {city}"]
NOTICE = ["جميع المواد المنشورة على هذا الموقع محمية بموجب قوانين الملكية الفكرية.",
          "هل لاحظت خطأ في هذا الخبر؟ أبلغنا لنصححه.",
          "تعتذر {outlet} عن أي خطأ ورد سهوا في هذه المادة.",
          "شارك رأيك في التعليقات أدناه مع الالتزام بآداب الحوار.",
          "حمّل تطبيق {outlet} لتكون أول من يعرف.",
          "هذه المادة حصرية ولا يجوز نقلها دون إذن كتابي.",
          "إدارة التحرير غير مسؤولة عن تعليقات الزوار.",
          "اشترك في النشرة اليومية لتصلك أهم العناوين صباح كل يوم."]


def install(gen) -> None:  # type: ignore[no-untyped-def]
    """Swap the generator's junk templates for set F's (set C's installer, these lists)."""
    from repair_templates_c import install as install_lists  # scripts/ is on sys.path when the proxy runs

    install_lists(gen, globals())

"""Junk wordings, set E, for the dev-side repair proxy (``scripts/repair_proxy.py --set E``).

Written in session 9 (issue #9) by the repair helper, before any rule of the round changed, from the
*shapes* of page furniture seen on real pages never used for the earlier sets: the edge lines of the
dev SaudiNewsNet outlets (3alyoum, aawsat, aleqtisadiya, aljazirah, almadina, alriyadh, arreyadi;
bylines «<outlet> – <city>», service credits «* خدمة …», SMS-code and e-mail lines, «..المزيد»
markers) and ANT pages of Feb–Jul 2018 outside every gold set (France24 «للمزيد - <section>: …»
links, «لمتابعة … اضغط هنا...» notices, CNN «أيضاً.. …» links, partnership notices). The
wordings are my own; no line of those pages is copied. Shapes the earlier sets lack on purpose:
Hijri dates and issue numbers, phone/SMS lines, handles alone on a line, section-labelled links,
markers that end in dots, captions that describe a scene without a credit word. Not a phrase list
to copy into rules: a leak here asks for a mechanism. Placeholders as in
:mod:`rasd.eval.repair_templates`.
"""

from __future__ import annotations

READ_ALSO_INLINE = ["للمزيد - تقارير: {h}", "أيضاً.. {h}", "شاهد.. {h}", "اقرأ المزيد.. {h}",
                    "متابعات: {h}", "في الملف نفسه: {h}", "تقرير سابق: {h}", "ملف خاص - {h}"]
READ_ALSO_BARE = ["..المزيد", "المزيد من التقارير...", "في هذا الملف", "أبرز العناوين",
                  "الأخبار العاجلة", "المحتوى المرتبط", "أخبار الساعة", "عناوين أخرى"]
SHARE = ["لتلقي الأخبار على جوالك أرسل {n} إلى 88{n}{n}", "t: @{handle}", "تويتر: {handle}", "@{handle}",
         "واتساب: 05{n}{n}{n}{n}{n}{n}{n}", "انشر على الشبكات", "إرسال | طباعة | حفظ", "{n} مشاركة",
         "شارك برأيك", "رابط مختصر", "أرسل إلى صديق عبر البريد", "عدد القراءات: {n}{n}{n}"]
TIMESTAMP = ["{d} ذو القعدة 1436 هـ", "{day} {d} {month} {y}م - العدد {n}{n}{n}{n}{n}",
             "العدد {n}{n}{n}{n}{n}", "{city} - {d} {month}", "{day} {d2}-{m2}-{y}م",
             "التوقيت: {hh}:{mm} غرينتش", "صدر في {d} {month} {y}", "{day} الموافق {d} {month} {y}"]
CAPTION = ["جانب من الاجتماع", "من الحفل", "خلال الجولة الميدانية", "{agency} | {city}",
           "الصورة بعدسة المصور", "من موقع الحادث ({agency})", "* خدمة {agency}", "أثناء المؤتمر الصحفي في {city}"]
NOTICE = ["لمتابعة التغطية على الهواتف الذكية، اضغط هنا...",
          "نُشر هذا المقال بالتعاون مع {outlet}.",
          "الآراء الواردة في هذا المقال لا تعكس بالضرورة موقف {outlet}.",
          "يُسمح بالاقتباس مع ذكر المصدر.",
          "للإعلان في {outlet} يرجى التواصل مع إدارة التسويق.",
          "اشترك الآن واحصل على النسخة الرقمية من {outlet}.",
          "يحتفظ الموقع بحق حذف أي تعليق يخالف شروط الاستخدام.",
          "كل ما ينشر على هذه الصفحة ملك لـ{outlet}."]


def install(gen) -> None:  # type: ignore[no-untyped-def]
    """Swap the generator's junk templates for set E's (set C's installer, these lists)."""
    from repair_templates_c import install as install_lists  # scripts/ is on sys.path when the proxy runs

    install_lists(gen, globals())

"""Page furniture by its words: widget lines, notices, photo captions and time stamps.

Pure: no I/O. :func:`furniture` looks at one whole stripped line and returns
``(reason, detail)`` or None. These lines come from the site template, not the
story; each family is recognised by what it is *about* (sharing, apps,
copyright, comments, photos, dates), with a word limit, rather than by the
exact text of one site:

- ``boilerplate_share``: a short widget line that opens with a share/follow/
  subscribe/download/print action (شارك، تابعونا، اشترك، اضغط هنا، حمّل، طباعة،
  نسخ الرابط …) and names a platform, channel or page object, or is at most
  three words; or a line of platform names only.
- ``boilerplate_notice``: a full-sentence site notice (at most 45 words):
  copyright (حقوق … محفوظة، إعادة النشر، بذكر المصدر), app or newsletter promotion
  (تحميل … تطبيق، تطبيق … على هاتفك، لتصلك أهم الأخبار، اشترك في النشرة), comment
  policy (التعليقات + تخضع/المنشورة/حذف/آداب/قبل النشر), opinion disclaimers
  (يعبر عن رأي كاتبه، لا يعكس بالضرورة + موقع/الشبكة/…), the "cannot verify
  independently" line, login and terms-of-use lines. A notice no pattern names
  still holds two words or word pairs of those families (:func:`notice_families`;
  harakat dropped, clitics and article stripped: «يُرجى», «بتعليقاتكم»).
- ``boilerplate_share`` (:data:`COUNTER`): a page counter, one to three label
  words and a number («عدد المشاهدات: 3», «التعليقات (0)»); the repair keeps it
  when the label's stems are the story's («القتلى: 25»).
- ``caption``: a short line (at most 14 words, no final period) that credits
  or describes a photo: صورة أرشيفية، تعبيرية، الصورة:، تصوير:، حقوق الصورة، مصدر
  الصورة، ©، Getty/Image caption, ``جانب من …``, or ends with a news agency in
  brackets or after a dash (``متظاهرون في وسط القاهرة (رويترز)``); an agency's name
  alone (``أسوشيتد برس``); a photo word before a colon (``صورة: …``).
- ``separator``: a line made only of dashes, underscores, equals signs,
  asterisks, bullets or tildes (three or more), with spaces between: a rule
  the page draws between the story and its footer (BBC Arabic's
  ``-----`` above its app notice). It carries no words, so it is never text.
- ``timestamp``: a line made only of date and time words after an optional
  label (آخر تحديث، نشر في، تاريخ النشر …) and an optional one- or two-word
  place: weekdays, month names (Egyptian/Gulf ``أغسطس`` and Levantine ``آب``,
  ``تشرين الأول``, both as ``آب/أغسطس``), numbers, ``hh:mm``, ص/م/مساءً، GMT،
  بتوقيت غرينتش، منذ … ساعات. Before a date or a clock time written as one token
  (``25.08.2016``, ``22:44``) a one- or two-word label needs no colon.
"""

from __future__ import annotations

import re
from functools import cache

from rasd.repair.lines import ends_sentence

_AGENCIES = (r"رويترز|أ\.?\s?ف\.?\s?ب|ا\s?ف\s?ب|د\.?\s?ب\.?\s?أ|الأناضول|واس|أسوشيتد\s+برس|أ\.?\s?ب|غيتي|"
             r"جيتي|إيبا|وكالات|الفرنسية|AFP|Reuters|AP|EPA|Getty(?:\s+Images)?|شينخوا|سانا|وام|كونا|قنا|بنا")
_ACTION = re.compile(
    r"^(?:شارك|شاركها|شاركوا|شارك\S*|مشاركة|تابع|تابعنا|تابعونا|تابعوا|اشترك|اشتركوا|للاشتراك|انقر|اضغط|حمّل|حمل|"
    r"نزّل|نزل|أرسل|ارسل|إرسال|طباعة|اطبع|نسخ|انسخ|سجّل|سجل|انضم|انضموا|حفظ|احفظ|أضف|تحميل|انشر|انشروا|"
    # the same widgets left in English on Arabic pages («Share on Facebook», «Follow us»)
    r"(?i:share|tweet|follow|subscribe|print|e-?mail|download|like))(?=\s|$|:)")
_WIDGET_OBJECT = re.compile(
    r"فيسبوك|فيس\s*بوك|تويتر|واتساب|واتس\s*[أا]ب|تي?لي?[غجق]رام|[إا]نستغرام|[إا]نستقرام|الشبكات|"
    r"[إا]نستجرام|يوتيوب|سناب|لينكد|جوجل|غوغل|البريد|بريد|النشرة|نشرة|نشرتنا|التطبيق|تطبيق|قناة|قناتنا|حساب|"
    r"حسابات|مواقع\s+التواصل|الرابط|الصفحة|المقال|الخبر|لصديق|الآن|هنا|المفضلة|twitter|facebook|whatsapp|"
    r"telegram|instagram|youtube", re.I)
_PLATFORMS_ONLY = re.compile(
    r"^(?:(?:فيسبوك|فيس\s*بوك|تويتر|واتساب|تيليجرام|تلغرام|[إا]نستغرام|يوتيوب|لينكد\s*إن|سناب\s*شات|"
    r"جوجل\s*بلس|بريد\s*إلكتروني|طباعة)[\s,،|/:\-–•·]*){2,}$")
_NOTICE = re.compile(
    r"حقوق\s+(?:النشر|الطبع|الملكية)?\s*(?:\S+\s+)?محفوظة|جميع\s+الحقوق|إعادة\s+(?:نشر|النشر)|بذكر\s+المصدر|"
    r"(?:يمكنكم|يمكنك|بإمكانكم|بإمكانك)\s+(?:\S+\s+){0,6}(?:حساب|تطبيق|قناة|صفحة|إشعارات)|يحظر\s+(?:نقل|نسخ|نشر)|لا\s+يسمح\s+بنسخ|لا\s+يجوز\s+(?:الاقتباس|النقل|النسخ)|"
    r"(?:تحميل|حمّل|حمل|نزّل|نزل|تنزيل)\s+(?:\S+\s+){0,4}تطبيق|تطبيق\s+(?:\S+\s+){0,3}على\s+(?:هاتف|هواتف|الهاتف|"
    r"الهواتف|أجهزة|جهاز)|إشعارات\s+بأهم|لتصلك|ليصلك|لتصلكم|يصلك|"
    r"(?:اشترك|اشتركوا|للاشتراك)\s+(?:الآن\s+)?في\s+(?:نشرت|النشرة|خدمة|قناة|قناتنا)|"
    r"(?:يعبر|تعبر)\s+عن\s+(?:رأي|وجهة\s+نظر)\s+(?:كاتب|صاحب|أصحاب)|"
    r"(?:لا\s+)?(?:يعكس|تعكس|تعبر|يعبر)\s+(?:بالضرورة\s+)?(?:عن\s+)?(?:رأي|وجهة\s+نظر|موقف|سياسة)\s+"
    r"(?:موقع|الموقع|الصحيفة|صحيفة|الشبكة|شبكة|القناة|قناة|المجلة|التحرير|أسرة)|"
    r"لا\s+يمكنه\s+التأكد\s+بشكل\s+مستقل|تسجيل\s+الدخول|شروط\s+الاستخدام|سياسة\s+الخصوصية")
# A notice the rules above have not seen is still *about* the site and *to* the reader: its words come
# from these families (the reader addressed, the site and its channels, rights and terms, comments and
# opinions the site does not own), two or more distinct ones; a news sentence on an app has fewer
# (and shares its words with the story: see repair.py). Whole words and word pairs, looked up in sets.
_CUE_WORDS = frozenset("""
يمكنك يمكنكم بإمكانك بإمكانكم لديك لديكم هاتفك هاتفكم جهازك بريدك حسابك عزيزي عزيزتي تابعونا شاركونا راسلونا
اشتركوا زوروا ندعوك ندعوكم نرجو يرجى الرجاء ننوه نود نحيطكم نذكركم نلفت نتمنى نعتذر لكم إليكم تفضلوا سارع سارعوا
اضغط انقر لتصلك يصلك ليصلك لتصلكم تصلكم متابعة
موقعنا الموقع تطبيق التطبيق تطبيقنا نشرتنا الإشعارات إشعارات التنبيهات منصتنا صفحتنا قناتنا حساباتنا الرابط متجر
الحقوق محفوظة يحظر يمنع بإذن الاقتباس الخصوصية شروط المسؤولية مسؤوليته مسؤوليتها
التعليقات تعليقاتكم تعليقك تعليقاتك كاتبه كاتبها كتّابها أصحابها بالضرورة
المحتوى محتوى إعلاني متصفح المتصفح قرائنا زوار الزوار تنويه نرحب ندعوكم اطلاع لمتابعة للمزيد تصفح
""".split())
_CUE_PAIRS = frozenset(("لا تفوت", "لا تفوتوا", "الرسائل القصيرة", "البريد الإلكتروني", "النشرة البريدية",
                        "النشرة الإخبارية", "حقوق النشر", "حقوق الطبع", "حقوق الملكية", "لا يسمح", "لا يجوز",
                        "إذن مسبق", "إعادة نشر", "إعادة النشر", "بذكر المصدر", "الآراء الواردة", "رأي كاتب",
                        "لا يعكس", "لا تعكس", "لا يعبر", "لا تعبر", "لا يمثل", "لا تمثل", "الملكية الفكرية",
                        "آراء كتابها", "على اطلاع", "المواد المنشورة", "المحتوى المنشور"))
_CUE_TOKEN = re.compile(r"[\u0621-\u064a]+")
# Harakat, shadda and tatweel are dropped before lookup (a notice may be vowelled: «يُرجى»), and a word is
# also looked up without its clitics (و ف, ب ل ك, ال): «بتعليقاتكم», «تعليقات» are the family of «التعليقات».
_MARKS = re.compile("[\u064b-\u0652\u0640]")
_CLITICS = re.compile("^([وف]?)([بلك]?)(ال)?")


def _forms(w: str) -> set[str]:
    """``w`` (harakat already dropped) and its forms without leading clitics and article, three letters
    or more left: «بتعليقاتكم» → «تعليقاتكم», «والموقع» → «الموقع», «موقع»."""
    out = {w}
    m = _CLITICS.match(w)
    if m:
        cut = 0
        for g in m.groups():
            if g:
                cut += len(g)
                if len(w) - cut >= 3:
                    out.add(w[cut:])
    return out


# Without its article, a notice word may be an everyday news word: «موقع» (a place), «حقوق» (human
# rights): those forms are not looked up.
_NEWS_BARE = frozenset(("موقع", "حقوق", "خصوصية", "مسؤولية", "متابعة", "تطبيق"))
_CUE_BARE = frozenset(f for w in _CUE_WORDS for f in (_MARKS.sub("", w), _MARKS.sub("", w).removeprefix("ال"))
                      if len(f) >= 3 and (f == _MARKS.sub("", w) or f not in _NEWS_BARE))


def _family(t: str) -> str:
    """The shortest cue form of the notice word ``t``: «حقوق» and «لحقوق» are one word, counted once."""
    return min((f for f in _forms(t) if f in _CUE_BARE), key=len, default=t)


# Every written form of every notice word (clitics and article before it) → its family, built once:
# the lookup is then one dict probe per word of a line (this runs on most short lines of every page).
_SURFACE: dict[str, str] = {t: _family(t) for f in _CUE_BARE for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك")
                            for c in ("", "ال") if (t := a + b + c + f) and not _CUE_BARE.isdisjoint(_forms(t))}
NOTICE_MAX_WORDS = 30


@cache
def notice_stems() -> frozenset[str]:
    """The light stems (:func:`rasd.repair.foreign.stems`) of every notice word of the families above."""
    from rasd.repair.foreign import stems

    return frozenset(w for f in _CUE_BARE for w in stems(f))


def notice_families(s: str, address: bool = True) -> int:
    """How many distinct notice words and word pairs (of the families above) ``s`` holds; with
    ``address``, a word that speaks to the reader by its grammar (:func:`_address_form`) counts as one
    family more."""
    toks = _CUE_TOKEN.findall(_MARKS.sub("", s))
    hits = {_SURFACE[t] for t in toks if t in _SURFACE}
    hits.update(p for p in map(" ".join, zip(toks, toks[1:], strict=False)) if p in _CUE_PAIRS)
    return len(hits) + ("©" in s) + (address and any(
        (t[-1] == "ك" or t[-2:] == "كم") and t not in _SURFACE and _address_form(t) for t in toks))


# The reader addressed by grammar rather than by a listed word: a known noun or verb with the
# second-person suffix («استخدامك», «دخولك», «موافقتك», «هواتفكم»). News prose speaks of third
# persons; a notice speaks to «you». The suffix is read only where the word without it is a word news
# uses (the stem table of ``teasers._df_table``) and the word with it is not one («شريك», «مبارك»,
# «بنك» are words of their own); prepositions with the suffix («لك», «عليك») are left out: quoted
# speech uses them. One family whatever the count: with one more notice word it makes a notice. Weaker
# than a listed word (a film review closes with «لا تفوتوا مشاهدته … في جيوبكم!»), so a notice found
# only with it must be foreign to the story wherever it stands (``story._story_furniture``).
_ADDRESS_SUFFIXES = ("كم", "ك")


@cache
def _address_form(t: str) -> bool:
    """Whether the token ``t`` (harakat dropped) is a word with the second-person suffix (see above)."""
    from rasd.repair.foreign import _FUNCTION, _stem
    from rasd.repair.lines import match_key
    from rasd.repair.teasers import _df_table

    if len(t) < 5 or t[-1] != "ك" and not t.endswith("كم"):
        return False
    key = match_key(t)
    known = _df_table()[1]
    if key in _FUNCTION or _stem(key) in known:
        return False
    for suf in _ADDRESS_SUFFIXES:
        if t.endswith(suf):
            base = t[: -len(suf)]
            bases = (base, base[:-1] + "ة") if base.endswith("ت") else (base,)
            return len(base) >= 3 and any(_stem(match_key(b)) in known for b in bases)
    return False


_COMMENTS = re.compile(r"التعليق|تعليقات|تعليقك")
_COMMENT_POLICY = re.compile(r"المنشورة|تخضع|آداب|مسي[ءئ]|يسعدنا|قبل\s+النشر|الالتزام|يرجى|نرجو")
_CAPTION = re.compile(
    r"صورة\s+(?:أرشيفية|ارشيفية|من\s+الأرشيف|تعبيرية|متداولة|أرشيف)|^تعبيرية$|^أرشيفية$|\(أرشيف|أرشيف\s*[-–]|"
    r"^الصورة\s*:|^تصوير\s*:|^الصورة\s+(?:من|أرشيفية|لـ)|^صورة\s+لـ|حقوق\s+الصورة|مصدر\s+الصورة|©|Image\s+caption|"
    r"Getty\s+Images|^(?:جانب|مشهد|لقطة)\s+(?:عام\s+)?من\s|^من\s+الأرشيف$|^صورة\s+أرشيفية$|\(الصورة")
# «جانب من التدريبات», «مشهد عام من …»: a view of the scene, with no archive, photo or agency mark.
_SCENE = re.compile(r"^(?:جانب|مشهد|لقطة)\s+(?:عام\s+)?من\s")
_PHOTO_WORD = re.compile(r"أرشيف|ارشيف|صور|تصوير|©")
_VERIFY = re.compile(r"لا\s+يمكنه\s+التأكد\s+بشكل\s+مستقل")
# The caveat in any of the outlet's wordings (the standing line the corpus sees repeated).
_VERIFY_ANY = re.compile(r"لا\s+(?:يمكنه|يمكنها|يستطيع|تستطيع)\s+التأكد\s+(?:بشكل\s+مستقل|من\s+صحة)")
# What the "cannot verify" caveat speaks of: content relayed by social media (a video, a clip, a post).
_RELAYED = re.compile(r"فيديو|مقطع|تغريد|تويتر|فيسبوك|فيس بوك|يوتيوب|إنستغرام|انستغرام|(?:مواقع|وسائل|منصات)\s+التواصل")
# «هذا المقال بقلم …، والآراء الواردة أدناه …»: the opinion disclaimer that names the column's writer
# opens the article (the ANT gold keeps it as text); a site's notice names no writer.
_WRITER = re.compile(r"(?:^|\s)بقلم\s+\S")


def relays_social_media(text: str) -> bool:
    """Whether ``text`` (the article without the caveat line) reports what social media carried: then
    the outlet's "cannot verify independently" caveat is the reporter's own sentence about it (CNN
    Arabic adds it to 33 of the 34 of its pages that carry it); injected into an article that relays
    nothing of the kind it is page furniture."""
    return _RELAYED.search(text) is not None
_AGENCY_END = re.compile(rf"(?:\(\s*(?:[^()]*[-–/،,:]\s*)?(?:{_AGENCIES})\s*\)|[-–]\s*(?:{_AGENCIES}))$")
# A credit line: one or two label words, a colon, an agency («صورة: وكالات», «المصدر: الأناضول»): whatever the
# label says, a line that only names an agency after it credits the picture or the wire.
_AGENCY_CREDIT = re.compile(rf"^\S+(?:\s\S+)?\s?:\s*(?:{_AGENCIES})$")
# A line of at most three words opening with a photo word («صورة توضيحية», «صور من الحدث»): a picture's label.
_PHOTO_LABEL = re.compile(r"^\(?(?:صورة|صور|الصورة|الصور|تصوير|لقطة)(?:\s\S+){0,2}\)?$")
# A credit with no label: the agency's name alone («أسوشيتد برس», «(أ ف ب)», «واس»). And a photo word
# before a colon names whose picture it is («صورة: …», «صور: …»), whatever follows.
_AGENCY_ONLY = re.compile(rf"^\(?\s*(?:{_AGENCIES})\s*\)?$")
# A news agency, a separator and one or two words of place («د ب أ | بغداد», «رويترز / القاهرة»): the
# credit of a photo or of the wire copy, in the reverse order of «متظاهرون في القاهرة (رويترز)».
_AGENCY_FIRST = re.compile(rf"^(?:{_AGENCIES})\s*[|/–—-]\s*[^\d|/–—\-\s]+(?:\s[^\d|/–—\-\s]+)?$")
_PHOTO_COLON = re.compile(r"^\(?(?:صورة|صور|الصورة|الصور|حقوق\s+الصور(?:ة)?)\s*:")

_TS_LABEL = re.compile(r"^(?:آخر\s+تحديث|اخر\s+تحديث|تم\s+التحديث|تاريخ\s+النشر|نُشر\s+في|نشر\s+في|نشر\s+بتاريخ|"
                       r"تم\s+النشر|محدّث|محدث|التاريخ|تحديث|بتاريخ|نشر|نُشر|التوقيت)\s*:?\s*")
_MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار",
    "ايار", "حزيران", "تموز", "آب", "اب", "أيلول", "ايلول", "تشرين", "محرم", "صفر", "ربيع", "جمادى", "رجب",
    "شعبان", "رمضان", "شوال", "القعدة", "الحجة", "ذو", "ذي",
}
_TS_WORDS = _MONTHS | {
    "السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة",
    "الأول", "الاول", "الثاني", "الآخر", "الأولى", "الآخرة", "ص", "م", "مساء", "مساءً", "مساءا", "صباحا",
    "صباحًا", "صباحاً", "ظهرا", "GMT", "UTC", "بتوقيت", "توقيت", "غرينتش", "جرينتش", "غرينيتش", "مكة", "المكرمة",
    "هـ", "الموافق", "منذ", "ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق", "دقيقتين", "ثانية", "ثوان", "يوم",
    "أيام", "يومين", "أسبوع", "في", "قبل", "الساعة", "AM", "PM", "am", "pm", "ت", "القدس", "بيروت", "القاهرة", "السعودية",
}
_TS_SPLIT = re.compile(r"[\s،,\-–—|/()]+")
_NUM = re.compile(r"^[0-9\u0660-\u0669]{1,4}(?:[:.][0-9\u0660-\u0669]{2}){0,2}$")
# A date or a clock time in one token («25.08.2016», «2016.08.25», «22:44», «09:40:00»): with one, a
# short label before it needs no colon («تاريخ الإضافة 25.08.2016», «الساعة 22:44»).
_DATE_TOKEN = re.compile(r"^(?:[0-9\u0660-\u0669]{1,4}\.[0-9\u0660-\u0669]{1,2}\.[0-9\u0660-\u0669]{2,4}|"
                         r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)$")
_SLASH_DATE = re.compile(r"(?<![0-9\u0660-\u0669])(?:[0-9\u0660-\u0669]{1,2}([/-])[0-9\u0660-\u0669]{1,2}\1"
                         r"[0-9\u0660-\u0669]{4}|[0-9\u0660-\u0669]{4}([/-])[0-9\u0660-\u0669]{1,2}\2"
                         r"[0-9\u0660-\u0669]{1,2})(?![0-9\u0660-\u0669])")
_NUM_DATE = re.compile(r"^[0-9\u0660-\u0669]{1,4}(?:\.[0-9\u0660-\u0669]{1,2}\.[0-9\u0660-\u0669]{2,4})?$|" + _NUM.pattern)


# Any short label before a colon («آخر تعديل: …», «تاريخ الإضافة: …»): what makes the line a stamp is that
# only date and time words follow it (``_timestamp``), not the label's wording.
_ANY_LABEL = re.compile(r"^[^\d:]{2,30}?:\s+")


# A newspaper's stamp may close on its issue number («… 2015م - العدد 17215»): the number is the
# page's, not the story's, and is left out before the date words are read (a lone «العدد 17215» is a
# counter). A year may carry its era glued on («2018م», «1436هـ»), as Arabic print writes it.
_ISSUE = re.compile(r"(?:^|[\s\-–—|،,]+)العدد\s*:?\s*[0-9\u0660-\u0669]{1,7}\s*$")
_ERA = re.compile(r"(?<=[0-9\u0660-\u0669])(?:م|هـ|ه)$")


def _timestamp(s: str) -> bool:
    if "العدد" in s:
        cut = _ISSUE.sub("", s).strip()
        if cut and cut != s:
            s = cut
    s = " ".join(_ERA.sub("", t) for t in s.split())
    rest = _TS_LABEL.sub("", s, count=1)
    if rest == s:
        m = _ANY_LABEL.match(s)
        if m and len(m.group(0).split()) <= 3:
            rest = s[m.end():]
            toks = [t for t in _TS_SPLIT.split(rest) if t]
            # a date (two numbers or a month) or a time, not a lone number («رؤية: 2030» is a slogan)
            if sum(bool(_NUM.match(t)) for t in toks) < 2 and not any(t in _MONTHS for t in toks) \
                    and not any(":" in t for t in toks):
                return False
    toks = [t for t in _TS_SPLIT.split(rest) if t]
    if not toks or len(toks) > 14:
        return False
    # A date written as one token with slashes or dashes («12/05/2018», «2018-05-12») is split above
    # into its numbers; it is still one written date, so a short label before it needs no colon.
    slashed = _SLASH_DATE.search(rest) is not None
    # An optional one- or two-word place first ("القاهرة، الأربعاء 15 آب 2018", "رام الله - 3 أيار").
    for skip in (0, 1, 2):
        body = toks[skip:]
        whole = slashed or any(_DATE_TOKEN.match(t) for t in body)
        if not body or (skip and len(body) < 2 and not whole):
            break
        if all(_NUM_DATE.match(t) or t in _TS_WORDS for t in body) and any(
                _NUM_DATE.match(t) or t in _MONTHS for t in body) and (
                skip == 0 or whole or any(t in _MONTHS for t in body)):
            return True
    return False


# Substrings that every line of a family holds: tested first (a few fast substring scans) so the
# long alternations run only on the few lines that may match.
_NOTICE_HINTS = ("حقوق", "نشر", "المصدر", "إذن", "يحظر", "يسمح", "يجوز", "تطبيق", "إشعارات", "تصلك", "يصلك",
                 "اشترك", "للاشتراك", "رأي", "وجهة", "يعكس", "تعكس", "التأكد", "الدخول", "الاستخدام", "الخصوصية",
                 "يمكنك", "بإمكان", "تعليق", "التعليق")
_CAPTION_HINTS = ("صور", "أرشيف", "ارشيف", "تعبيرية", "تصوير", "©", "Getty", "Image", "جانب", "مشهد", "لقطة",
                  "متداولة", "الصورة")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
# A sentence of the story that mentions an app or copyright opens like one: «وقال …», «وأضاف …».
# A sentence of the story that mentions an app or a site's rules opens with "and", "but" or a bullet
# («وإذا كان لديك حساب …», «لكن إدارة الموقع قالت …», «* هل لديكم …») or in the reporter's voice
# («يشار إلى أن عدد التطبيقات …»); a notice starts afresh.
_CONNECTIVE = re.compile(r"^(?:[*•\-–]|و|ف[^\s]|لكن|بل|كما|حيث|إذ|يشار|يذكر|تجدر|يجدر|جدير|الجدير)")
_RULE_CHARS = "-_–—=*•·~ـ"
_RULE = re.compile(r"^(?:[-_–—=*•·~ـ]\s*){3,}$")  # a drawn rule: three or more marks, nothing else
# Two or three words that end with the page itself as their object («غرّد الخبر», «انسخ الرابط», «شارك
# هذه الصفحة», «احفظ المقال»): a button's label, whatever its verb; a sentence of the story says more.
_PAGE_OBJECT = re.compile(r"(?:^|\s)(?:هذا\s+|هذه\s+)?(?:الخبر|المقال|المقالة|الصفحة|الرابط|الخط)$")
_PREP_FIRST = re.compile(r"^(?:عن|في|من|حول|على|إلى|الى)\s")  # «عن هذا المقال»: a heading over text
PAGE_WIDGET = "a widget line: a short label acting on the page («… الخبر», «… الرابط»)"
CUE_NOTICE = "a site notice: it speaks to the reader about the site, its rights or comments"
SCENE_CAPTION = "a photo caption: a view of the scene («جانب من …»)"
VERIFY_NOTICE = "the site's caveat that it cannot verify what social media relay"
COUNTER = "a page counter: a short label and a number («عدد المشاهدات: 3», «التعليقات (0)»)"
# One to three words of label, no digit in them, then only a number (after a colon or a space, or in
# brackets). Whether the label is the story's (a count it reports) is the caller's question.
# A four-digit number from 1900 on is a year («رؤية: 2030» is a slogan), not a count.
_COUNTER = re.compile(r"^[^\d:()]{2,30}?\s*(?::\s*|\(\s*|\s)(?![12][0-9]{3}\b)[0-9\u0660-\u0669]{1,7}\s*\)?$")
# The same counter with its number first («12 مشاركة», «340 مشاهدة»): a number (no year) and one or two
# words of letters, nothing else. The caller's question (is the label the story's?) is the same.
_COUNTER_FIRST = re.compile(r"^(?![12][0-9]{3}\b)[0-9\u0660-\u0669]{1,7}\s+[\u0621-\u064a]{3,}(?:\s+[\u0621-\u064a]{2,})?$")


# The page speaking of itself: a demonstrative before a noun for the page or its text («هذا المقال»،
# «هذه الصفحة»، «هذا المحتوى»). A story reports on the world; a notice is about the page it sits on.
_SELF_REFERENCE = re.compile(r"(?:^|\s)(?:هذا|هذه)\s+(?:المقال|المقالة|الصفحة|الموقع|المحتوى|المادة|النص|الرابط|الخبر)"
                             r"(?![\u0621-\u064a])")
TRAILING_NOTICE = "a site notice below the article: a sentence about the page or to the reader, foreign to the story"
TRAILING_NOTICE_MIN_WORDS = 4
TRAILING_NOTICE_MAX_WORDS = 20  # a site's notice is one short sentence; a closing paragraph runs longer


def trailing_notice(s: str) -> bool:
    """Whether ``s``, a line below the article's last paragraph, has the shape of a site notice whatever
    its wording: a short line (4 to :data:`TRAILING_NOTICE_MAX_WORDS` words; one sentence or two short ones
    are not told apart) that starts afresh (no
    connective or reporter's opening: a story's closing sentence continues the story, «ويذكر أن …»,
    «وقال …»), asks nothing, and holds one listed notice word or word pair at least
    (:func:`notice_families`; the reader addressed by grammar alone is not enough: a column's or a poem's
    last line speaks to «you» too) or speaks of the page itself (``_SELF_REFERENCE``). Weaker than
    :func:`furniture`'s notices (two families): the caller also asks that the line share hardly any words
    with the story (``story._off_topic``)."""
    n = len(s.split())
    if not TRAILING_NOTICE_MIN_WORDS <= n <= TRAILING_NOTICE_MAX_WORDS or "؟" in s or "?" in s \
            or _CONNECTIVE.match(s) or names_writer(s):
        return False
    return _SELF_REFERENCE.search(s) is not None or notice_families(s, address=False) >= 1


# The page's own act: publishing (the root ن ش ر in its verb and participle forms).
_PUBLISH = re.compile(r"(?:^|\s)(?:[وف]?(?:ما\s+)?)(?:نُ?شر|يُ?نشر|تُ?نشر|المنشورة?|منشورة?)(?![\u0621-\u064a])")


def speaks_of_page(s: str) -> bool:
    """``s`` speaks about the page it sits on: it names the page or its text with a demonstrative
    (``_SELF_REFERENCE``: «هذا المقال», «هذه المادة») and says something only a site says of it: a notice
    word (:func:`notice_families`: «لا يجوز», «الآراء الواردة») or, with the page named inside the clause
    rather than as its opening subject, the page's own act of publishing («نُشر هذا المقال …», «كل ما ينشر
    على هذه الصفحة …»). The page named alone is not enough: a story's «هذه المادة شديدة السمية», «هذه
    الصفحة جمعت …» or «هذا النص يمنح …» speaks of a substance, a social-media page or a law it reports on."""
    if not ("هذا" in s or "هذه" in s):
        return False
    bare = _MARKS.sub("", s)
    found = _SELF_REFERENCE.search(bare)
    if found is None:
        return False
    if notice_families(s, address=False) >= 1:
        return True
    return found.start() > 0 and _PUBLISH.search(bare) is not None


def standing_line(s: str) -> bool:
    """The outlet's standing sentence kept as text (a column's «هذا المقال بقلم …» disclaimer, the "cannot
    verify independently" caveat): the story's own line, but not its words (the teaser rule of
    :mod:`rasd.repair.teasers` leaves it out of the story it compares leads with)."""
    # Substring tests first: this runs on every kept paragraph.
    return len(s) <= 600 and ("بقلم" in s and _WRITER.search(s) is not None and notice_families(s) >= 1
                              or "التأكد" in s and _VERIFY_ANY.search(s) is not None)


def names_writer(s: str) -> bool:
    """``s`` names the column's writer («هذا المقال بقلم …»)."""
    return "بقلم" in s and _WRITER.search(s) is not None


def reporter_voice(s: str) -> bool:
    """``s`` opens like a sentence of the story (and, but, a bullet, «يشار إلى أن» …)."""
    return _CONNECTIVE.match(s) is not None


def furniture(s: str) -> tuple[str, str] | None:
    """``(reason, detail)`` when the stripped line ``s`` is page furniture (see module docstring), else None."""
    if len(s) > 400:
        return None  # every family has a word limit; skip the regexes on paragraphs
    found = _furniture(s)
    if found is None and len(s) <= 80 and s[:1] == "(" and s[-1:] == ")" and "(" not in s[1:]:
        # A credit or caption in brackets is the same line: «(تصوير: مصور الرياض)».
        inner = _furniture(s[1:-1].strip())
        if inner is not None and inner[0] == "caption":
            return inner
    return found


def _furniture(s: str) -> tuple[str, str] | None:
    """:func:`furniture` of one form of the line."""
    if s[:1] in _RULE_CHARS and _RULE.match(s):
        return "separator", "a separator line drawn with dashes, underscores or bullets"
    n = len(s.split())
    widget = _ACTION.match(s) and (n <= 3 or _WIDGET_OBJECT.search(s))
    if n <= 14 and (widget or _PLATFORMS_ONLY.match(s)):
        return "boilerplate_share", "a share/follow/subscribe widget line"
    if 2 <= n <= 3 and _PAGE_OBJECT.search(s) and not _DIGIT.search(s) and not _PREP_FIRST.match(s):
        return "boilerplate_share", PAGE_WIDGET
    if "بقلم" in s and _WRITER.search(s):
        pass  # names the writer: the column's own opening, not a notice
    elif n <= 45 and any(h in s for h in _NOTICE_HINTS) and (
            _NOTICE.search(s) or (_COMMENTS.search(s) and _COMMENT_POLICY.search(s) and n >= 5)):
        if _VERIFY.search(s):
            return "boilerplate_notice", VERIFY_NOTICE
        # «لكن شركة فيسبوك اعتذرت …، وسمحت بإعادة النشر.», «وقال زوكربرغ إن … شروط الاستخدام …»: a sentence of
        # the story that speaks of rights or terms opens with a connective and uses one notice word at most.
        if not (_CONNECTIVE.match(s) and notice_families(s) < 2):
            return "boilerplate_notice", "a site notice (copyright, app or newsletter promotion, comment policy)"
    elif n <= NOTICE_MAX_WORDS and not _CONNECTIVE.match(s) and "؟" not in s and notice_families(s) >= 2:
        return "boilerplate_notice", CUE_NOTICE
    if n > 14:
        return None
    if not (ends_sentence(s) and s.rstrip()[-1:] == ".") and (
            any(h in s for h in _CAPTION_HINTS) and (_CAPTION.search(s) or n <= 3 and _PHOTO_LABEL.match(s))
            or _AGENCY_END.search(s[-60:]) or n <= 5 and ":" in s and _AGENCY_CREDIT.match(s)
            or n <= 4 and _AGENCY_ONLY.match(s) or n <= 6 and ":" in s and _PHOTO_COLON.match(s)
            or n <= 6 and _AGENCY_FIRST.match(s)):
        scene = _SCENE.match(s)
        if scene and _CAPTION.search(s, scene.end()) is None and not _AGENCY_END.search(s[-60:]) \
                and not _PHOTO_WORD.search(s, scene.end()):
            return "caption", SCENE_CAPTION
        return "caption", "a photo caption or credit"
    if _DIGIT.search(s) and _timestamp(s):
        return "timestamp", "a date or time stamp line"
    if n <= 4 and (s[-1:].isdigit() or s[-1:] == ")") and _COUNTER.match(s):
        return "boilerplate_share", COUNTER
    if n <= 3 and s[:1].isdigit() and _COUNTER_FIRST.match(s):
        return "boilerplate_share", COUNTER
    return None

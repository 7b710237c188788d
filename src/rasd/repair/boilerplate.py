"""Boilerplate lines and line edges: what a scraper leaves around an article body.

Pure: no I/O. Each rule returns a :class:`Hit` saying which stretch of the line
is boilerplate, the reason code for the removal report, and any metadata the
stretch carries (author, place, related headlines). Rules (reason codes):

Whole lines
  - ``timestamp``: ``20:26 ت م``, ``10:30 ص``, ``2015-08-10 12:30``, ``آخر تحديث: …``.
  - ``boilerplate_end``: wire end markers ``// انتهى //``, ``// يتبع //``.
  - ``boilerplate_read_also``: ``اقرأ أيضا: …``, ``شاهد أيضا``, ``ذات صلة``,
    ``مقالات أخرى للكاتب…``; the headlines after the marker are reported in
    ``related``.
  - ``boilerplate_share``: share/follow lines (``شارك … تويتر فيسبوك``,
    ``تابعونا على …``), ``تعليقات ()``.
  - ``boilerplate_more``: ``...المزيد`` (read-more link text).
  - ``boilerplate_contact``: the "write to the writer" SMS block, bare e-mail
    addresses, ``تويتر @handle``.
  - ``boilerplate_link``: ``رابط الخبر بصحيفة الوئام: <headline>``.
  - ``boilerplate_tags``: a line ``سمات <tag words>``.
  - ``boilerplate_disclaimer``: the site's comment policy or opinion disclaimer
    (``الآراء الواردة أدناه لا تعبر عن رأي موقع …``; ``ترحب شبكة … بالنقاش …
    سياسة الخصوصية … شروط الاستخدام``): a line with two or more such phrases,
    or the disclaimer sentence itself.
  - ``byline``: a short line of two or three parts separated by dashes naming the
    outlet, the writer and/or the place (``عين اليوم – متابعات``,
    ``نايف عبدالله – عين اليوم``, ``عين اليوم – جدة``, ``أحمد البشيري – الباحة``),
    or a trailing credit line ``* وحدة التقارير الاقتصادية``. Author and place
    are kept as metadata.
  - ``dateline``: a line naming the place and a news agency
    (``الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس``, ``الرياض - واس:``,
    ``تونس - لندن: «الشرق الأوسط»``).

Line edges (the rest of the line stays in the body)
  - prefix ``boilerplate_share``: ``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك``;
  - prefix ``byline``/``dateline`` ending in a colon: ``عيسى الحربي- سبق- الرس:``,
    ``واس- جدة:``, ``الرياض - واس:``, ``القاهرة (رويترز) -``, ``طهران: «الشرق الأوسط»:``;
  - suffix ``boilerplate_tags``: ``… سمات <tag words>`` at the end of the last line
    (after a sentence end, or, when the period is missing, 2–15 tag words with no
    function words among them);
  - suffix ``boilerplate_link`` / ``boilerplate_more`` glued after the last sentence;
  - suffix ``boilerplate_read_also``: ``مقالات أخرى للكاتب<headline><headline>…``
    glued after the text (the headlines are reported);
  - on the last line, a glued writer signature after the last sentence: a name of
    2–4 Arabic words with no article-prefixed first word and no function words
    (``…والرحمة.سعاد صالح باقازي``, ``byline``) or a name and e-mail
    (``boilerplate_contact``).

Bylines and datelines are only recognised at the top of the body (the caller
says which lines qualify), and a dash-separated line counts only when one part
is a known outlet, agency or generic desk word (``متابعات``), except the
``<two-or-three-word name> – <place>`` first line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.repair.furniture import furniture
from rasd.repair.lines import ends_sentence, glued_splits, match_key, word_count

_OUTLETS = [
    "عين اليوم", "سبق", "الوئام", "عكاظ", "الاقتصادية", "الشرق الأوسط", "الحياة", "العربية نت",
    "اليوم السابع", "سكاي نيوز عربية", "روسيا اليوم", "بي بي سي", "الجزيرة نت", "المصري اليوم",
]
_AGENCIES = [
    "واس", "أ ف ب", "أ.ف.ب", "ا ف ب", "أف ب", "رويترز", "د ب أ", "د.ب.أ", "الأناضول", "كونا", "وام",
    "قنا", "بنا", "سبأ", "شينخوا", "يو بي آي", "أ ب", "أسوشيتد برس", "سانا", "وفا", "سبوتنيك", "إرنا",
    "تاس", "نوفوستي", "الأنباء الألمانية", "الفرنسية", "الألمانية", "وكالات", "الأنباء السعودية",
]
_GENERIC = [
    "متابعات", "متابعة", "خاص", "ترجمة", "ترجمات", "تقرير", "المحرر", "محليات", "إعداد", "إعداد وترجمة",
    "ترجمة وإعداد", "كتب", "بقلم", "حوار", "تصوير", "تحرير",
]

_OUTLET_KEYS = {match_key(x) for x in _OUTLETS}
_AGENCY_KEYS = {match_key(x) for x in _AGENCIES}
_GENERIC_KEYS = {match_key(x) for x in _GENERIC}

_DASH = "\\-–—"
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in _AGENCIES), key=len, reverse=True))

_TIMESTAMP_RE = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:ت\s*م|ص\s*م|ص|م|مساء[ًا]?|صباح[ًا]?|GMT|[AaPp]\.?[Mm]\.?)?"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:\s*[-،,]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|[AaPp][Mm])?)?)$"
)
# A whole word: «تحديثات أمنية شهرية …» (a headline) opens with «تحديث» too.
_UPDATED_RE = re.compile(r"^(?:آخر تحديث|اخر تحديث|تاريخ النشر|نشر في|نُشر في|تم النشر|تحديث)(?![\u0621-\u064a])\s*:?")
_END_RE = re.compile(r"^[/\s(]*(?:انتهى|إنتهى|يتبع|النهاية)[/\s)]*$")
_ALSO = r"(?:[أا]يض(?:اً|ًا|ا)|كذلك)"
_READ_ALSO_RE = re.compile(
    rf"^(?:(?:(?:اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع)\s+(?:{_ALSO}|المزيد)|قد\s+(?:يهمك|يعجبك|تهمك)(?:\s+{_ALSO})?"
    r"|(?:أخبار|مواضيع|موضوعات|مقالات|روابط|قصص|تقارير)\s+ذات\s+(?:صلة|علاقة)|ذات\s+(?:صلة|علاقة)"
    r"|مقالات\s+أخرى\s+للكاتب"
    r"|المزيد\s+من\s+(?:الأخبار|المقالات|التقارير)|الأكثر\s+(?:قراءة|مشاهدة|تداولا|تداولاً)|اخترنا\s+لك"
    r"|يهمك\s+أيضا|(?:أخبار|مواضيع|مقالات)\s+(?:مقترحة|متعلقة|مشابهة))\s*[:：\-–|/.…]*\s*"
    # Markers that are also ordinary words need their separator: "للمزيد: …", "شاهد: …", "المزيد | …".
    # «أيضاً.. <headline>» / «كذلك.. <headline>»: CNN's second link after «اقرأ.. …»; no sentence opens
    # with "also" (either word of ``_ALSO``) and a pause.
    r"|(?:للمزيد|المزيد|شاهد|شاهدوا|طالع|اقرأ|إقرأ|اقرا|أيضا|أيضاً|ايضا|كذلك)\s*(?:[:：|/]|\.\.|…|[-–]\s)\s*"
    # «تحليل.. <headline>» between paragraphs: CNN's link to an analysis (only with the pause).
    r"|تحليل\s*(?:\.\.|…)\s*)"
)
# «انظر أيضا - …», «راجع كذلك: …»: any one-word label, then «also» and a separator, then a headline
# (no final stop): the pattern of a link line, whatever the label's verb. A speaker's turn («قال أيضا:
# "…"») opens with a verb of saying or a connective, and a quote ends with a stop.
_ALSO_LABEL_RE = re.compile(rf"^([^\s\d:]{{2,10}})\s+{_ALSO}\s*(?:[:：|/]|\.\.|…|[-–]\s)\s*(?=\S)")
# «مواد ذات صلة: …», «ذو صلة - …», «خبر متعلق: …»: a label of one to three words that says "related"
# before a separator, whatever its noun.
_RELATED_LABEL_RE = re.compile(r"^((?:[^\s\d:]+\s+){0,2}?(?:(?:ذات|ذو|ذا)\s+(?:صلة|علاقة)|متعلقة?|مرتبطة?|متصلة?))"
                               r"\s*(?:[:：|/]|\.\.|…|[-–]\s)\s*(?=\S)")
_LINK_HINT_RE = re.compile("يض|كذلك|صلة|علاقة|متعلق|مرتبط|متصل")
_SAYS = frozenset("قال قالت أضاف أضافت تابع تابعت أكد أكدت ذكر ذكرت أشار أشارت كتب كتبت أوضح أوضحت يقول تقول".split())
_PLATFORM = r"(?:تويتر|تويتير|فيسبوك|فيس\s*بوك|فيسبوك|جوجل\s*بلس|جوجل|واتساب|واتس\s*آب|تيليجرام|تلغرام|انستغرام|انستقرام|إنستغرام|يوتيوب|لينكد\s*إن|سناب\s*شات|twitter|facebook|whatsapp|telegram|instagram|youtube)"
_SHARE_LINE_RE = re.compile(
    rf"^(?:شارك|شاركها|شارك\s+الخبر|مشاركة|تابعنا|تابعونا|تابعوا|انضم|للاشتراك)\b.*{_PLATFORM}", re.I
)
_SHARE_PREFIX_RE = re.compile(
    rf"^\s*شارك(?:\s+من\s+خلال)?(?:\s+(?:{_PLATFORM}|اكتب\s+رأيك|أرسل|طباعة))+\s*", re.I
)
_COMMENTS_RE = re.compile(r"^(?:تعليقات|التعليقات)\s*\(\s*\d*\s*\)$")
_MORE_RE = re.compile(r"^[.…\s]*(?:المزيد|اقرأ المزيد|للمزيد)[.…\s]*$")
_MORE_SUFFIX_RE = re.compile(r"\s*(?:\.{2,}|…)\s*المزيد\s*$")
_CONTACT_RES = [
    re.compile(r"^للتواصل\s+مع\s+الكاتب"),
    re.compile(r"^تبدأ\s+بالرمز\s*\(\d+\)\s*ثم\s+مسافة"),
    re.compile(r"^\d{4,6}\s*-\s*(?:stc|mobily|zain)$", re.I),
    re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    # A label of one to three words, a colon, an e-mail address and nothing else («لمراسلة الكاتب: …@…»).
    re.compile(r"^(?:[^\s\d:@]+\s+){0,2}[^\s\d:@]+\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    re.compile(r"^(?:(?:تويتر|twitter)\s*:?\s*@?\w+|T\s*:\s*@?\w+|@\w+)$", re.I),
    # A label of one or two words, a colon and a telephone number (a leading 0 or +, seven digits or
    # more) and nothing else («واتساب: 0551234567», «هاتف: +966 11 …»): the page's contact line. Its
    # digits may be Arabic-Indic or Persian («٠٥٥١٢٣٤٥٦٧»): pages write numbers either way.
    re.compile(r"^(?:[^\s\d:]+\s+)?[^\s\d:]+\s*:\s*(?:\+|[0٠۰])[0-9٠-٩۰-۹][0-9٠-٩۰-۹\s-]{6,}$"),
]
_DISCLAIMER_RE = re.compile(r"لا\s+تعبر\s+(?:بالضرورة\s+)?عن\s+(?:رأي|وجهة\s+نظر|موقف)\s+(?:موقع|الموقع|الصحيفة|الشبكة|شبكة)")
_POLICY_MARKERS = re.compile(
    r"سياسة\s+الخصوصية|شروط\s+الاستخدام|إرشادات\s+الاستخدام|مراجعة\s+التعليقات|جميع\s+الحقوق\s+محفوظة"
    r"|بالنقاش\s+الحيوي|الآراء\s+الواردة|تعليقات\s+القراء"
)
_POLICY_WORDS = ("الخصوصية", "الاستخدام", "التعليقات", "محفوظة", "الحيوي", "الواردة", "القراء")
_LINK_RE = re.compile(r"^رابط\s+الخبر\s+بصحيفة\s+\S+\s*:\s*")
_LINK_SUFFIX_RE = re.compile(r"\s*رابط\s+الخبر\s+بصحيفة\s+\S+\s*:.*$")
_TAGS_SUFFIX_RE = re.compile(r"(?:^|(?<=[.!؟?\"»”)]))\s*(?:تويتر\s*@\w+\s*)?سمات\s+[^.!؟?\n]*$")
_WAS_DATELINE_RE = re.compile(
    rf"^(?P<place>[^\d{_DASH}:]{{2,30}}?)\s+\d{{1,2}}\s+\S+\s+\d{{4}}\s*هـ?\s*(?:الموافق\s+\d{{1,2}}\s+\S+\s+\d{{4}}\s*م?)?"
    rf"\s*(?P<agency>{_AGENCY_ALT})\s*:?$"
)
_PAREN_DATELINE_RE = re.compile(
    rf"^(?P<place>[^\d{_DASH}:()]{{2,30}}?)\s*\(\s*(?P<agency>{_AGENCY_ALT})\s*\)\s*[{_DASH}:]\s*"
)
_DASH_SPLIT_RE = re.compile(rf"\s*[{_DASH}]\s*")
_PREFIX_RE = re.compile(rf"^(?P<head>[^:.،؛!؟\n]{{2,60}}?[{_DASH}][^:.،؛!؟\n]{{0,40}}?|[^:.،؛!؟\n{_DASH}]{{2,25}})\s*:\s*")
# Tags after a last sentence that lost its period: only noun-like tag words may follow.
_BARE_TAGS_SUFFIX_RE = re.compile(r"\s+(?:تويتر\s*@\w+\s*)?سمات\s+(?P<tags>[^.!؟?\n،,:;؛\"«»()]*)$")
_OTHER_ARTICLES_SUFFIX_RE = re.compile(r"\s*مقالات\s+أخرى\s+للكاتب(?P<rest>.*)$")
_EMAIL_TAIL_RE = re.compile(r"^(?P<name>[^\x00-\x7f@]*?)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_NAME_WORDS_RE = re.compile(r"[\u0621-\u064a\s]+")
_FUNCTION_WORDS = {
    "في", "من", "على", "إلى", "الى", "عن", "مع", "الله", "هذا", "هذه", "ذلك", "التي", "الذي", "لا", "لم", "لن",
    "قد", "كان", "كانت", "إن", "أن", "ان", "هو", "هي", "هم", "نحن", "كل", "بعد", "قبل", "حتى", "ثم", "أو", "او",
}
_OUTLET_ALT = "|".join(sorted((re.escape(a) for a in _OUTLETS + _AGENCIES), key=len, reverse=True))
# "تونس - لندن: «الشرق الأوسط»" (whole line) or "طهران: «الشرق الأوسط»: أعلنت …" (prefix).
_COLON_DATELINE_RE = re.compile(
    rf"^(?P<place>[^:\d«»\"()]{{2,40}}?)\s*:\s*[«\"(]?\s*(?:{_OUTLET_ALT})\s*[»\")]?\s*(?P<colon>:?)\s*"
)
_CREDIT_RE = re.compile(r"^\*\s*(?P<who>[^.!؟]{2,60})$")


@dataclass
class Hit:
    """Boilerplate found in a line: ``line[start:end]`` is left out, for ``reason``."""

    reason: str
    detail: str
    start: int
    end: int
    author: str | None = None
    place: str | None = None
    related: list[str] = field(default_factory=list)


def _place_ok(text: str) -> bool:
    """A dateline place: at most four words, not a sentence opening with a conjunction."""
    t = text.strip()
    return 0 < word_count(t) <= 4 and (not t.startswith(("و", "ف")) or t.startswith(("واشنطن", "فيينا", "فرانكفورت")))


def _first_place(text: str) -> str:
    return _DASH_SPLIT_RE.split(text.strip())[0].strip()


def _kind(part: str) -> str:
    k = match_key(part)
    if k in _AGENCY_KEYS:
        return "agency"
    if k in _OUTLET_KEYS:
        return "outlet"
    if k in _GENERIC_KEYS:
        return "generic"
    return "other"


def _credit(parts: list[str], *, bare_ok: bool) -> tuple[str, str | None, str | None] | None:
    """Read 2–3 dash-separated parts as (reason, author, place), or None when they are not a credit."""
    if not 2 <= len(parts) <= 3 or any(not p or word_count(p) > 4 or re.search(r"\d", p) for p in parts):
        return None
    kinds = [_kind(p) for p in parts]
    others = [p for p, k in zip(parts, kinds, strict=True) if k == "other"]
    if all(k == "other" for k in kinds):
        # No marker: only "<name of 2-3 words> – <place of 1-2 words>" on the first line.
        if bare_ok and len(parts) == 2 and 2 <= word_count(parts[0]) <= 3 and word_count(parts[1]) <= 2:
            return "byline", parts[0], parts[1]
        return None
    if len(others) > 2:
        return None
    if "agency" in kinds and "outlet" not in kinds:
        place = others[0] if others else None
        return "dateline", (others[1] if len(others) > 1 else None), place
    if len(others) == 2:
        return "byline", others[0], others[1]
    if len(others) == 1:
        first_marker = min(i for i, k in enumerate(kinds) if k != "other")
        idx = kinds.index("other")
        # "outlet – X": X is the place; "X – outlet"/"X – متابعات": X is the writer.
        if idx > first_marker and kinds[first_marker] in ("outlet", "agency"):
            return "byline", None, others[0]
        return "byline", others[0], None
    return "byline", None, None


# A trailing line naming only the outlet and news agencies: «فرانس 24/ أ ف ب / رويترز».
_SOURCE_NAMES = {match_key(x) for x in _OUTLETS + _AGENCIES} | {match_key(x) for x in (
    "فرانس 24", "فرانس24", "France 24", "AFP", "Reuters", "AP", "CNN", "بي بي سي عربي", "مونت كارلو الدولية")}
_SOURCE_SPLIT_RE = re.compile(r"\s*[/|+،,\-–]\s*")
SOURCES_MAX_PARTS = 5


def _sources_only(s: str) -> bool:
    """``s`` is two to five outlet or agency names and nothing else (a credit line)."""
    parts = [p for p in _SOURCE_SPLIT_RE.split(s) if p.strip()]
    return 2 <= len(parts) <= SOURCES_MAX_PARTS and all(match_key(p) in _SOURCE_NAMES for p in parts)


def whole_line(line: str, *, top: bool, first: bool, last: bool) -> Hit | None:
    """Boilerplate covering all of ``line`` (stripped), or None.

    ``top``: the line comes before any body paragraph (bylines/datelines allowed);
    ``first``: it is the first non-empty body line; ``last``: the last one. A short line with vowel
    marks («غرّد الخبر», «حمِّل التطبيق») is also read without them: sites vowel their buttons, and the
    rules are written unvowelled.
    """
    hit = _whole_line(line, top=top, first=first, last=last)
    if hit is None and len(line) <= 100 and _MARKS_RE.search(line):
        bare = _whole_line(_MARKS_RE.sub("", line), top=top, first=first, last=last)
        if bare is not None:
            return Hit(bare.reason, bare.detail, 0, len(line.strip()), bare.author, bare.place, bare.related)
    return hit


_MARKS_RE = re.compile("[\u064b-\u0652]")


def _whole_line(line: str, *, top: bool, first: bool, last: bool) -> Hit | None:
    """:func:`whole_line` of one form of the line."""
    s = line.strip()
    n = len(s)
    if not s:
        return None
    # Substring tests first: these two regexes would otherwise scan every paragraph.
    if ("تعبر" in s and _DISCLAIMER_RE.search(s) or any(w in s for w in _POLICY_WORDS)
            and len(_POLICY_MARKERS.findall(s)) >= 2) and word_count(s) <= 120:
        return Hit("boilerplate_disclaimer", "the site's comment policy or opinion disclaimer", 0, n)
    if n > 200 and not _READ_ALSO_RE.match(s) and not _LINK_RE.match(s):
        return None  # a paragraph: every other whole-line rule wants a short line
    if _TIMESTAMP_RE.match(s) or (_UPDATED_RE.match(s) and word_count(s) <= 10):
        return Hit("timestamp", "a time stamp line", 0, n)
    if _END_RE.match(s):
        return Hit("boilerplate_end", "a wire service end marker", 0, n)
    m = _READ_ALSO_RE.match(s)
    if m and word_count(s) <= 60:
        rest = s[m.end():].strip()
        return Hit("boilerplate_read_also", "a read-also / other-articles link line", 0, n,
                   related=split_headline_list(rest))
    # One scan of the line's head first: the two patterns would otherwise run on every short line.
    m = (_ALSO_LABEL_RE.match(s) or _RELATED_LABEL_RE.match(s)) if _LINK_HINT_RE.search(s, 0, 40) else None
    if m and not m.group(1).startswith(("و", "ف")) and m.group(1) not in _SAYS and word_count(s) <= 30 \
            and not s.endswith((".", "،", ":")):
        rest = s[m.end():].strip()
        return Hit("boilerplate_read_also", "a link line: a short label («… أيضا», «… ذات صلة») before another story's headline",
                   0, n, related=split_headline_list(rest))
    if (_SHARE_LINE_RE.match(s) and word_count(s) <= 15) or _COMMENTS_RE.match(s):
        return Hit("boilerplate_share", "a share/follow/comments widget line", 0, n)
    if _MORE_RE.match(s):
        return Hit("boilerplate_more", "a read-more link", 0, n)
    if any(r.match(s) for r in _CONTACT_RES):
        return Hit("boilerplate_contact", "contact details of the writer", 0, n)
    if s.startswith("سمات ") and word_count(s) <= 20 and not ends_sentence(s):
        return Hit("boilerplate_tags", "a line of tag words", 0, n)
    if _LINK_RE.match(s):
        return Hit("boilerplate_link", "a link back to the story on the outlet's site", 0, n)
    found = furniture(s)
    if found:
        return Hit(found[0], found[1], 0, n)
    if top:
        m = _WAS_DATELINE_RE.match(s)
        if m:
            return Hit("dateline", "a dateline: place, date and news agency", 0, n, place=m.group("place").strip())
        m = _COLON_DATELINE_RE.match(s)
        if m and m.end() == n and _place_ok(m.group("place")):
            return Hit("dateline", "a dateline: place and outlet/agency", 0, n, place=_first_place(m.group("place")))
        if word_count(s) <= 8:
            credit = _credit(_DASH_SPLIT_RE.split(s.rstrip(": ")), bare_ok=first)
            if credit:
                reason, author, place = credit
                return Hit(reason, f"a {reason}: writer, outlet and/or place", 0, n, author=author, place=place)
    if last:
        m = _CREDIT_RE.match(s)
        if m and word_count(s) <= 6:
            who = m.group("who").strip()
            return Hit("byline", "a trailing credit line", 0, n, author=who)
        if word_count(s) <= 12 and _sources_only(s):
            return Hit("byline", "a trailing credit line: the outlet and news agencies", 0, n)
    return None


def prefix(line: str, *, first: bool) -> Hit | None:
    """Boilerplate at the start of ``line`` followed by body text (share widget, byline/dateline)."""
    m = _SHARE_PREFIX_RE.match(line)
    if m and re.search(_PLATFORM, m.group(0), re.I) and len(re.findall(_PLATFORM, m.group(0), re.I)) >= 2:
        return Hit("boilerplate_share", "share widget text before the first paragraph", 0, m.end())
    if not first:
        return None
    m = _PAREN_DATELINE_RE.match(line)
    if m and word_count(m.group("place")) <= 3:
        return Hit("dateline", "a dateline before the first paragraph", 0, m.end(), place=m.group("place").strip())
    m = _COLON_DATELINE_RE.match(line)
    if m and m.group("colon") and m.end() < len(line.rstrip()) and _place_ok(m.group("place")):
        return Hit("dateline", "a dateline before the first paragraph", 0, m.end(),
                   place=_first_place(m.group("place")))
    m = _PREFIX_RE.match(line)
    if m and m.end() < len(line.rstrip()):
        credit = _credit(_DASH_SPLIT_RE.split(m.group("head").strip()), bare_ok=False)
        if credit:
            reason, author, place = credit
            return Hit(reason, f"a {reason} before the first paragraph", 0, m.end(), author=author, place=place)
    return None


def suffix(line: str, *, last: bool) -> Hit | None:
    """Boilerplate glued at the end of ``line`` after its last sentence (tags, link, read-more,
    other-articles list; on the last line also a glued writer's name or e-mail)."""
    # Cheap substring tests guard the regexes: this runs on every body line.
    m = _OTHER_ARTICLES_SUFFIX_RE.search(line) if "للكاتب" in line else None
    if m and m.start() > 0:
        return Hit("boilerplate_read_also", "an other-articles list glued after the text", m.start(), len(line),
                   related=split_headline_list(m.group("rest")))
    m = _LINK_SUFFIX_RE.search(line) if "رابط" in line else None
    if m and m.start() > 0:
        return Hit("boilerplate_link", "a link back to the story glued after the text", m.start(), len(line))
    m = _MORE_SUFFIX_RE.search(line) if line.rstrip().endswith("المزيد") else None
    if m and m.start() > 0:
        return Hit("boilerplate_more", "a read-more link glued after the text", m.start(), len(line))
    if last:
        m = _TAGS_SUFFIX_RE.search(line) if "سمات" in line else None
        if m and m.start() > 0 and word_count(m.group(0)) <= 20:
            return Hit("boilerplate_tags", "tag words glued after the last sentence", m.start(), len(line))
        m = _BARE_TAGS_SUFFIX_RE.search(line) if "سمات" in line else None
        if m and m.start() > 0 and 2 <= word_count(m.group("tags")) <= 15 \
                and not set(m.group("tags").split()) & _FUNCTION_WORDS:
            return Hit("boilerplate_tags", "tag words glued after the last sentence", m.start(), len(line))
        return _signature(line)
    return None


def _signature(line: str) -> Hit | None:
    """A writer's name and/or e-mail glued after the last sentence of the article."""
    cuts = glued_splits(line)
    if not cuts:
        return None
    start = cuts[-1]
    tail = line[start:].strip()
    m = _EMAIL_TAIL_RE.match(tail)
    if m:
        name = m.group("name").strip() or None
        return Hit("boilerplate_contact", "the writer's name and e-mail glued after the text", start, len(line),
                   author=name if name and word_count(name) <= 4 else None)
    words = tail.split()
    if (2 <= len(words) <= 4 and not ends_sentence(tail) and _NAME_WORDS_RE.fullmatch(tail)
            and not words[0].startswith(("ال", "وال", "فال", "بال")) and not set(words) & _FUNCTION_WORDS):
        return Hit("byline", "the writer's name glued after the last sentence", start, len(line), author=tail)
    return None


_LIST_SPLIT_RE = re.compile(r"(?<=[!؟?])(?![!؟?.])\s*")


def split_headline_list(rest: str) -> list[str]:
    """Split a run of headlines after a read-also marker at ``!``/``؟`` (they are often glued)."""
    rest = rest.strip(" :-–")
    if not rest:
        return []
    return [p.strip() for p in _LIST_SPLIT_RE.split(rest) if p.strip()]

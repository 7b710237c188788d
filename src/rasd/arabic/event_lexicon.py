"""Arabic trigger words for PLOVER event types, their modes, and status cues.

Pure data plus compiled patterns: no I/O. Every pattern is written over the
*normalized* view of the text (:func:`rasd.arabic.normalize.normalize`: alef
variants → ``ا``, ``ى`` → ``ي``, ``ة`` → ``ه``, no diacritics), so callers
match against ``normalize_with_map(text)`` and map hits back to the source.

Contents
--------
- :data:`TRIGGERS` and the types (:data:`TYPES`, :data:`STATUSES`, :data:`SYMMETRIC_TYPES`)
  live in :mod:`rasd.arabic.event_triggers` (the data table, with the meaning of each
  ``needs`` condition) and are re-exported here, where callers import them.
- :data:`MODE_CUES`: words near a CONSULT/ASSAULT trigger that set its mode
  (``عبر تقنية الفيديو`` → ``video``; ``جوية`` → ``aerial``).
- :data:`STATUS_CUES`: phrases before a trigger that set the status
  (``قد`` + imperfect → ``likely``; ``من المقرر`` → ``planned``; ``لم`` → ``denied``).
- :data:`CAPITALS`: capitals that stand for their governments (``سول``، ``بكين``).
- :func:`combined_triggers`: the fast form of the table for the analyser;
  :func:`compiled_triggers`: one regex per trigger (for tests and tools).

Modes: see :mod:`rasd.arabic.event_triggers`.
"""

from __future__ import annotations

import functools
import re

# The trigger table is re-exported (``X as X``): callers import it from here.
from rasd.arabic.event_triggers import STATUSES as STATUSES
from rasd.arabic.event_triggers import SYMMETRIC_TYPES as SYMMETRIC_TYPES
from rasd.arabic.event_triggers import TRIGGERS as TRIGGERS
from rasd.arabic.event_triggers import TYPES as TYPES
from rasd.arabic.event_triggers import Trigger as Trigger
from rasd.arabic.wordscan import word_start_hint

# Verbs that make a verbal noun an event (أجرى اتصالا، عقد اجتماعا، تلقى اتصالا، قدم مساعدات).
LIGHT_VERBS = re.compile(
    r"(?<!\w)[وف]?(?:س)?(?:اجري|اجرت|اجريا|اجروا|[يتن]جري|[يتن]جريان|عقد|عقدت|عقدا|[يتن]عقد|عقدوا|"
    r"تلقي|تلقت|[يتن]تلقي|تلقيا|قدم|قدمت|[يتن]قدم|قدمها|ارسل|ارسلت|[يتن]رسل|بعث|بعثت|[يتن]بعث|"
    r"فرض|فرضت|[يتن]فرض|اعلن|اعلنت|وجه|وجهت|[يتن]وجه|"
    r"تبادل|تبادلا|[يتن]تبادل|بدا|بدات|[يتن]بدا|اختتم|اختتمت|[يتن]ختتم|اجراء|لاجراء|اجرى|"
    r"استهل|جرت|جري|[يتن]جري|تم|تمت|اعقب|شارك|شاركت|[يتن]شارك|مشاركه|[يتن]ستقبل|"
    # "قام X بزيارة"، "قامت القوات بقصف": قام + بـ and a verbal noun is the noun's act
    r"قام|قامت|قاما|قاموا|[يتن]قوم|[يتن]قومان|[يتن]قومون)(?!\w)"
)
# Verbs that carry out an attack, protest or other act named by a noun (شنت هجوما، نفذ تفجيرا، نظم مظاهرة).
ACT_VERBS = re.compile(
    r"(?<!\w)[وف]?(?:س)?(?:شن|شنت|شنوا|[يتن]شن|[يتن]شنون|نفذ|نفذت|نفذوا|[يتن]نفذ|ارتكب|ارتكبت|[يتن]رتكب|تبني|تبنت|"
    r"[يتن]تبني|نظم|نظمت|نظموا|[يتن]نظم|قاد|قادت|[يتن]قود|فرض|فرضت|[يتن]فرض|اعلن|اعلنت|[يتن]علن|بدا|بدات|[يتن]بدا|"
    r"واصل|واصلت|[يتن]واصل|قدم|قدمت|[يتن]قدم|ارسل|ارسلت|[يتن]رسل|القي|القت|القوا|[يتن]لقي|فتح|فتحت|[يتن]فتح|"
    r"قام|قامت|قاما|قاموا|[يتن]قوم|[يتن]قومان|[يتن]قومون)(?!\w)"
)
# Noun phrases that count as reported stance ("أعرب عن إدانته", "أكد دعمه", "جدد رفضه").
EXPRESS_VERBS = re.compile(
    r"(?<!\w)[وف]?(?:اعرب|اعربت|[يتن]عرب|اكد|اكدت|[يتن]ؤكد|جدد|جددت|[يتن]جدد|اعلن|اعلنت|[يتن]علن|"
    r"ابدي|ابدت|عبر|عبرت|[يتن]عبر|وجه|وجهت|مؤكدا|مؤكده|معربا|معربه|مجددا|مبديا|معبرا|مقدما|مقدمين|قدم|قدمت|"
    r"[يتن]قدم|اكدوا|اعربوا|ابدوا|جددوا|عبروا|عبرا|اعربا)(?!\w)"
)
PHONE_WORDS = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:هاتفي|هاتفيا|هاتفيه|هاتف|الهاتف|هاتفيين)(?!\w)")
ACCORD_WORDS = re.compile(r"(?<!\w)(?:[وب]?(?:ال)?|لل|ل)(?:اتفاق|اتفاقيه|اتفاقيات|مذكره|مذكرات|معاهده|بروتوكول)\w*")
FORCES_WORDS = re.compile(r"(?<!\w)\S{0,3}(?:قوات|قوه|مقاتلات|طائرات|جنود|جندي|عسكري|عسكريين|كتيبه|كتائب|صواريخ|"
                          r"دبابات|سفن|بوارج|تعزيزات|وحدات|لواء|حرس)(?:ه|ها|هم|هما)?(?!\w)")  # (قواتها)
VIOLENCE_WORDS = re.compile(
    r"(?<!\w)\S{0,3}(?:قصف|غار|هجوم|هجمات|صاروخ|صواريخ|قذيف|قذائف|تفجير|انفجار|انتحاري|مسلح|عبوه|رصاص|ارهاب|"
    r"قتل|قتلي|مقتل|جرحي|اصاب|مصرع|استشهاد|شهداء|معارك|اشتباك|ميليشي|مليشي|متمرد|داعش|القاعده|طالبان|الحوثي|"
    r"قوات|جيش|الجيش|مقاتل|طائرات|دبابات|مدفعي|ضحايا|دمار|الاحتلال|كيميائي|كيماوي|سارين|الكلور|غاز|"
    r"عسكري|قاعده جويه|النار|مفخخ|سلاح)"
)
BLAME_WORDS = re.compile(r"(?<!\w)(?:ال)?مس[ؤئ]وليه(?!\w)")  # (مسئولية: the hamza on ي, as some outlets write it)
MAINTAIN_WORDS = re.compile(r"(?<!\w)[وف]?(?:[يتن]حافظ|حافظ|[يتن]واصل|واصل|تعزيز|[يتن]عزز)\w*")

# Mode cues looked for in the few words after a trigger (normalized).
MODE_CUES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("CONSULT", "video", re.compile(r"(?:الفيديو|فيديو|المرئي|مرئي|الافتراضي|افتراضي|الاتصال المرئي)")),
    ("CONSULT", "phone", re.compile(r"(?:هاتفي|الهاتف|هاتفيا|هاتفيه)")),
    ("ASSAULT", "aerial", re.compile(r"(?:جوي|جويه|الطيران|طائرات|طائره|غاره|غارات)")),
    ("ASSAULT", "explosion", re.compile(r"(?:انتحاري|مفخخ|عبوه|ناسف|تفجير|انفجار)")),
    ("ASSAULT", "firearms", re.compile(r"(?:النار|مسلح|رصاص|قناص)")),
    ("AID", "humanitarian", re.compile(r"(?:انساني|انسانيه|اغاثي|اغاثيه|اغاثه|غذائي|طبي|طبيه)")),
    ("AID", "economic", re.compile(r"(?:مالي|ماليه|اقتصادي|اقتصاديه)")),
    ("AID", "military", re.compile(r"(?:عسكري|عسكريه|اسلحه)")),
)

# Future verbs: sin + imperfect of verbs news uses for plans (a bare س[يتن]… would match سياسي).
FUTURE_VERB = (r"[وف]?س[يتن](?:جري|عقد|قوم|تم|بدا|شارك|وقع|زور|لتقي|بحث|صل|توجه|غادر|ناقش|ستقبل|عود|كون|"
               r"قدم|طرح|علن|تخذ|فتتح|راس|ترا|حضر|لقي|نشر|رسل|شن|ستمر|ستانف|نطلق|تحدث|ستضيف|جتمع|تباحث|"
               r"فرض|رفع|دعم|طالب|هاجم|ضرب|قصف|وقع|نسحب)\w*")

# Status cues, looked for in the words before a trigger (same clause), strongest first.
STATUS_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("denied", re.compile(r"(?<!\w)(?:[وف]?(?:لم|لن|ليس|ليست|عدم|دون|الغاء|الغت|الغي|[يتن]لغي)|[وف]?(?:نفي|نفت|[يتن]نفي|نفيا|نفوا)|لا(?= [يتن]))(?!\w)")),
    ("likely", re.compile(r"(?<!\w)[وف]?(?:قد(?= (?:س)?[يتن])|من المحتمل|من المرجح|من الممكن|من المتوقع|[يتن]توقع|ربما|"
                          r"[يت]شتبه|المشتبه|مشتبه|المزعوم|مزعوم|[يت]عتقد|[يت]زعم|"
                          r"[يتن]رجح|[يتن]حتمل|احتمال|المحتمل)(?!\w)")),
    ("planned", re.compile(r"(?<!\w)[وف]?(?:من المقرر|المقرر|تاجيل|ارجاء|اجل|اجلت|[يتن]ؤجل|من المفترض|[يتن]فترض|من المنتظر|المرتقب|من المرتقب|[وف]?[يتن]عتزم|[وف]?اعتزم|"
                           r"[وف]?[يتن]زمع|المزمع|سوف|" + FUTURE_VERB + r"|دعوه|دعوته|دعوتها|[يتن]خطط|خطط|[يتن]ستعد|تستعد|"
                           r"قرار|قراره|قرارها|قرارهم|نيه|نيته|نيتها|عزم|عزمه|عزمها|اعتزام|خطه|مستعد|مستعده|"
                           r"مستعدون|استعداد|استعداده|استعدادها|اصدار|رغبه|رغبته|رغبتها|رغبتهم|قرر|قررت|قرروا|[يت]درس)(?!\w)")),
    ("ongoing", re.compile(r"(?<!\w)[وف]?(?:ما زال|مازال|ما زالت|مازالت|لا يزال|لا تزال|ما تزال|لا يزالون|[وف]?[يتن]واصل\w*|"
                           r"[بل]?مواصله|[بل]?استمرار|[يت]ستمر|"
                           r"[وف]?[يتن]حافظ\w*|مستمر|مستمره|متواصل|متواصله)(?!\w)")),
)
# Words after a noun trigger that put it in the future (زيارة مرتقبة، الاجتماع المقبل).
FUTURE_AFTER = re.compile(r"(?<!\w)(?:المقبل|المقبله|القادم|القادمه|مرتقبه|المرتقبه|مرتقب|المرتقب|غدا|المزمع|المقرر)(?!\w)")
# Clause openers: status and actors do not cross them going leftwards (أن، أنه، الذي، حيث …).
CLAUSE_BREAK = re.compile(r"(?<!\w)(?:[وف]?ب?ان(?:ه|ها|هم|هما)?|[وف]?لان|[وف]?الذي|[وف]?التي|[وف]?حيث|[وف]?بينما)(?!\w)|[:«\"“؛]")

# The frame of a medium: a communication noun or a writing verb, then على/عبر/في (مع after an
# interview, لـ after an interview, talk or statement given) and at most two more words before the
# organisation (في تغريدة على تويتر، كتب X على صفحته في فيسبوك، في مقابلة مع قناة، تصريحات لصحيفة).
# Matched over the normalized text that ends where the organisation's mention starts. (بيان لـ X is
# X's own statement, رسالة لـ X a letter to X, حوار مع X talks with X: none of them is a medium.)
_FRAME_WORD = r"[^\s.!?؟:«»\"“”؛]+"
MEDIUM_FRAME = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:"
    r"(?:تغريد|حساب|صفح|منشور|بيان|موقع|مدون|كتب|غرد)\w*(?:\s+" + _FRAME_WORD + r"){0,3}?\s+[وف]?(?:علي|عبر|في)"
    r"|مقابل\w*(?:\s+" + _FRAME_WORD + r"){0,2}?\s+[وف]?(?:علي|عبر|في|مع)"
    r"|(?:حديث|حوار|تصريح)\w*(?:\s+" + _FRAME_WORD + r"){0,2}?\s+[وف]?(?:علي|عبر|في)"
    r")(?:\s+" + _FRAME_WORD + r"){0,2}\s+$"
    r"|(?<!\w)[وفب]?(?:ال)?(?:مقابل|حديث|حوار|تصريح)\w*(?:\s+" + _FRAME_WORD + r"){0,2}?\s+ل(?:\s*|"
    + _FRAME_WORD + r"\s+(?:" + _FRAME_WORD + r"\s+)?)$"
)


def is_medium(norm: str, start: int) -> bool:
    """Does the normalized text ``norm`` put the mention starting at ``start`` in the frame of a
    medium (:data:`MEDIUM_FRAME`, within the 60 characters before it)?"""
    return MEDIUM_FRAME.search(norm, max(0, start - 60), start) is not None


# Capitals that news uses for their governments (سول تدين بيونجيانج، بكين وموسكو تحافظان …),
# keyed by normalize_for_match form → ISO alpha-2.
CAPITALS: dict[str, str] = {
    "واشنطن": "US", "موسكو": "RU", "بكين": "CN", "طهران": "IR", "الرياض": "SA", "القاهره": "EG",
    "دمشق": "SY", "بغداد": "IQ", "انقره": "TR", "لندن": "GB", "باريس": "FR", "برلين": "DE", "طوكيو": "JP",
    "سول": "KR", "بيونجيانج": "KP", "بيونغ يانغ": "KP", "بيونغيانغ": "KP", "كييف": "UA", "تل ابيب": "IL",
    "الدوحه": "QA", "ابوظبي": "AE", "ابو ظبي": "AE", "المنامه": "BH", "مسقط": "OM",
    "صنعاء": "YE", "بيروت": "LB", "الخرطوم": "SD", "تونس": "TN", "الرباط": "MA", "كابل": "AF",
    "اسلام اباد": "PK", "نيودلهي": "IN", "روما": "IT", "مدريد": "ES", "اثينا": "GR", "نواكشوط": "MR",
}

_VERB_PREFIX = "(?:[وف])?"
_NOUN_PREFIX = "(?:[وف]?(?:بال|كال|لل|ال|ب|ل|ك)?)"


def compiled_triggers() -> list[tuple[Trigger, re.Pattern[str]]]:
    """Each trigger with its word regex (proclitics allowed, whole word), over normalized text."""
    out = []
    for t in TRIGGERS:
        prefix = _VERB_PREFIX if t.pos in ("verb", "participle") else _NOUN_PREFIX
        out.append((t, re.compile(rf"(?<!\w){prefix}(?P<w>{t.pattern})(?!\w)")))
    return out


_ANY_PREFIX = re.compile(_NOUN_PREFIX)  # the longest proclitic chain either prefix allows
_PREFIX_KIND = {_VERB_PREFIX: "v", _NOUN_PREFIX: "n"}  # WordTriggers cuts a word after either
# Every string _NOUN_PREFIX matches (the verb's are among them: "", و, ف).
_NOUN_CHAINS = frozenset(a + b for a in ("", "و", "ف") for b in ("", "بال", "كال", "لل", "ال", "ب", "ل", "ك"))


class WordTriggers:
    """The alternation of the one-word triggers, for ``fullmatch`` on one word at a time.

    ``fullmatch(word)`` returns what ``re.compile("|".join(alternatives)).fullmatch(word)``
    returns: the first alternative, in order, that matches the whole word, with its groups.
    Alternative ``i`` is ``(?P<t{i}>prefix(?P<w{i}>word part))``. It is faster: a word is
    cut after each proclitic chain it can open with (at most four letters), and the rest is
    tried against the word parts alone that can start with its first letter, grouped by
    prefix (the verb's ``[وف]?`` or the noun's longer chain) and letter, with no proclitic
    backtracking inside the regex; of the alternatives that match under some cut, the earliest
    wins, as in the full alternation, and its match is that alternative's own regex's.
    Alternatives of another shape, or whose first letters cannot be listed, are tried with
    their prefixes in every group (the older scheme, :meth:`_group`).
    """

    def __init__(self, alternatives: list[str]) -> None:
        from rasd.regex_hint import DIGIT, first_chars

        self._all = re.compile("|".join(alternatives))
        self._any: list[str] = []  # alternatives whose first letters cannot be listed: in every group
        by_char: dict[str, list[str]] = {}
        self._digit: list[str] = []
        # The split scheme: (prefix kind, letter) → [(position in the list, word part)], in order.
        parts: dict[tuple[str, str], list[tuple[int, str]]] = {}
        split_ok = True
        for i, alt in enumerate(alternatives):
            core = re.search(r"\(\?P<w\d+>", alt)
            chars = first_chars(re.compile(alt[core.start():-1])) if core and alt.endswith("))") else None
            shape = _ALT_SHAPE.fullmatch(alt)
            kind = _PREFIX_KIND.get(shape.group(2)) if shape else None
            if kind is None or chars is None or DIGIT in chars:
                split_ok = False
            elif shape is not None:
                for ch in chars:
                    parts.setdefault((kind, ch), []).append((i, shape.group(3)))
            if chars is None:
                self._any.append(alt)
                continue
            for ch in chars:
                (self._digit if ch == DIGIT else by_char.setdefault(ch, [])).append(alt)
        self._alts = alternatives
        self._by_char = by_char
        self._rx: dict[str, re.Pattern[str]] = {}
        self._parts = parts if split_ok and alternatives else None
        self._part_rx: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._single: dict[int, re.Pattern[str]] = {}

    def _group(self, ch: str) -> re.Pattern[str]:
        rx = self._rx.get(ch)
        if rx is None:
            mine = set(self._by_char.get(ch, ())) | set(self._any)
            if ch.isdecimal():
                mine.update(self._digit)
            keep = [alt for alt in self._alts if alt in mine]  # in the original order
            rx = self._rx[ch] = re.compile("|".join(keep) if keep else "(?!)")
        return rx

    def _part_group(self, key: tuple[str, str]) -> re.Pattern[str] | None:
        """The word parts of prefix kind ``key[0]`` that can start with ``key[1]``, as one
        alternation whose group ``w{i}`` is the ``i``-th alternative's (None: there are none)."""
        if key in self._part_rx:
            return self._part_rx[key]
        parts = self._parts or {}
        if key[0] == "*":  # both kinds, in the list's order
            mine = sorted(parts.get(("n", key[1]), []) + parts.get(("v", key[1]), []))
        else:
            mine = parts.get(key)
        rx = re.compile("|".join(f"(?P<w{i}>{part})" for i, part in mine)) if mine else None
        self._part_rx[key] = rx
        return rx

    def fullmatch(self, word: str) -> re.Match[str] | None:
        """The first alternative that matches all of ``word`` (see the class docstring)."""
        if not word:
            return self._all.fullmatch(word)
        if self._parts is not None:
            return self._split_match(word)
        # Where the word part can start: after any proclitic chain a prefix allows (a superset).
        chars = {word[0]}
        for k in range(1, min(len(word), 5)):
            if _ANY_PREFIX.fullmatch(word, 0, k):
                chars.add(word[k])
        best: re.Match[str] | None = None
        for ch in chars:
            m = self._group(ch).fullmatch(word)
            if m is not None and (best is None or _alt_index(m) < _alt_index(best)):
                best = m
        return best

    def _split_match(self, word: str) -> re.Match[str] | None:
        """:meth:`fullmatch` by cutting the proclitics off first (every alternative has a known
        prefix kind and first letters). A cut both prefixes allow (none, or و/ف) tries the word
        parts of both kinds in one alternation ("*"), a longer chain the nouns' only ("n")."""
        best = -1
        group = self._part_group
        for k in range(min(len(word), 5)):
            if k > 1 or (k == 1 and word[0] not in "وف"):
                if word[:k] not in _NOUN_CHAINS:
                    continue
                rx = group(("n", word[k]))
            else:
                rx = group(("*", word[k]))
            if rx is None:
                continue
            m = rx.fullmatch(word, k)
            if m is not None:
                i = int(m.lastgroup[1:])  # type: ignore[index] - every alternative is a group w{i}
                if best < 0 or i < best:
                    best = i
        if best < 0:
            return None
        rx = self._single.get(best)
        if rx is None:
            rx = self._single[best] = re.compile(self._alts[best])
        return rx.fullmatch(word)


# An alternative of combined_triggers: its trigger's number, its prefix, its word part.
_ALT_SHAPE = re.compile(r"\(\?P<t(\d+)>(.*?)\(\?P<w\1>(.*)\)\)", re.S)


def _alt_index(m: re.Match[str]) -> int:
    """The number of the alternative ``t{i}`` that matched."""
    return int(m.lastgroup[1:]) if m.lastgroup else -1


@functools.lru_cache(maxsize=1)
def combined_triggers() -> tuple[re.Pattern[str], WordTriggers, list[Trigger]]:
    """Trigger regexes for a fast pass over a text: ``(phrases, word, triggers)``.

    Built once and shared (the events layer, its fallback and the story similarity each ask for
    it): a second :class:`WordTriggers` compiled its letter groups again, and building one costs
    ~0.15 s. Treat the returned objects as read-only.

    ``word`` is meant for ``fullmatch`` on one word at a time (cache the results: news
    repeats its words; see :class:`WordTriggers`); ``phrases`` is searched over the text for the triggers of several
    words. In both, alternative ``i`` is the group ``t{i}`` (the word with its proclitics)
    holding ``w{i}`` (without them), and ``triggers[i]`` is its :class:`Trigger`.
    """
    alts_word, alts_phrase = [], []
    for i, t in enumerate(TRIGGERS):
        prefix = _VERB_PREFIX if t.pos in ("verb", "participle") else _NOUN_PREFIX
        alt = rf"(?P<t{i}>{prefix}(?P<w{i}>{t.pattern}))"
        (alts_phrase if " " in t.pattern else alts_word).append(alt)
    # the same matches, tried only at the word starts whose first five letters can open one
    phrases = word_start_hint(re.compile(r"(?<!\w)(?:" + "|".join(alts_phrase) + r")(?!\w)"), 5)
    return phrases, WordTriggers(alts_word), list(TRIGGERS)

"""The shape of another story's headline in a scraped body: line tests, no word evidence.

Pure: no I/O. What :mod:`rasd.repair.headlines` asks of a line before it weighs the line's words:
a headline's shape (3–20 words, no single final period: :func:`_headline_shape`), none of the marks
of the article's own text (a comma clause, vowelled verse, a bullet, a pull quote, an opening
connective — :func:`_not_a_headline`, :func:`_continues`), and where a headline glued after a
paragraph's last sentence starts (:func:`_tail_start`). Split out of :mod:`rasd.repair.headlines`
(the decisions stay there); the connectives are a listed few plus the و-words whose و is the
conjunction (``rasd/data/repair/openers.txt``, built by ``scripts/build_repair_tables.py`` from
wordfreq and the ANERcorp/WikiFANE text, licence-clean: ``rasd/data/repair/DATA_CARD.md``).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rasd.arabic.verbs import imperfect_word
from rasd.repair.foreign import stems
from rasd.repair.lines import ends_sentence, match_key, word_count

MIN_OWN_WORDS = 4
MIN_HEAD_WORDS = 3
PAUSE_MAX_WORDS = 8  # a headline's lead phrase before "..": "شاهد"، "تركيا تؤكد استمرار عملية عفرين"
MIN_STEMS = 2  # fewer content words say nothing either way ("كيف كانت ردود الفعل؟")
_END_RE = re.compile(r"(?:(?<![0-9])\.|\.(?![0-9])|[؟?!])[.\"'»”)]*\s*")  # not a decimal point: "31.5"
_Q_END = ("؟", "?", "!")
_ASKING_ENDS = ("..", "…", "؟", "?", "!")  # lines that ask or trail off
_HARAKAT_RE = re.compile("[\u064b-\u0652]")
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # Western, Arabic-Indic and Persian digits
# «3.»، «3)»، «3: …» (the colon right after the number: «24 : ساعة من الرعب» is a headline's own).
_ITEM_RE = re.compile(rf"\(?[{_DIGITS}]{{1,2}}(?:[).\-]|:\s)")
# "… العام. وقال": two sentences, not one headline; not "د. آل هيازع" (an initial) nor "31.2" (a number).
_SINGLE_STOP_RE = re.compile(r"(?<=[\u0621-\u064a0-9]{2})\.(?![.0-9])[\"'»”)]*\s*\S")

_QUOTES_OPEN = "\"«“'"
_QUOTES_CLOSE = "\"»”'"


# A sentence that opens with a conjunction or connective continues the article; a headline never does.
_CONTINUATION = frozenset(match_key(w) for w in """
وقال وقالت وأكد وأكدت وأضاف وأضافت وأشار وأشارت وأوضح وأوضحت وتابع وتابعت وبين وبينت ولفت ولفتت وذكر وذكرت
وكان وكانت وقد وفي ومن وعلى وإن وأن ولكن وهو وهي وهذا وهذه وكما ويذكر ويشار وجاء وجاءت وشدد وشددت ولم ولا
وبحسب ووفق ووفقا وعن وإلى وبعد وقبل ومع وأما وتم ويعد وتعد وأعلن وأعلنت وأفاد وأفادت ويأتي وتأتي وهنا وحول
وما وهل وكيف ولماذا ومتى وأين وكم ولعل وربما وإذا وحين وعندما فهم فهي فهو فما فهل لو أو او فقد فإن فيما كما ثم لكن لكنه لكنها إلا حيث بينما مشيرا مؤكدا مضيفا وسط إذ وإذ أي وعليه ولذلك لذلك بل وبل
""".split())
_WORD_RE = re.compile(r"[\u0621-\u064aA-Za-z0-9\u0660-\u0669]+")


def _fold(w: str) -> str:
    """The hamza/alef-maqsura/ta-marbuta folds of :func:`match_key`, for one plain word (cheap)."""
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


@cache
def _openers() -> frozenset[str]:
    """The و-words whose و is the conjunction, so never a title's first word: «وكتبت»، «ورغم»، «ووصف»
    (``rasd/data/repair/openers.txt``, built by ``scripts/build_repair_tables.py`` from wordfreq's
    frequencies — و+X a fraction of X — and the sentence openings of ANERcorp train and WikiFANE)."""
    text = (resources.files("rasd") / "data" / "repair" / "openers.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _continues(s: str) -> bool:
    """True when ``s`` opens with a connective (وقال، فقد، كما …, or a و-word of :func:`_openers`) or
    has fewer than three words."""
    words = _WORD_RE.findall(s[:120])
    # و/ف + a hamza-initial word (وأكد، فإن، فأرفع) is a conjunction; names seldom start so.
    if len(words) < 3:
        return True
    w = words[0]
    if w.startswith(("وأ", "وإ", "فأ", "فإ", "وي", "وت", "ون")):
        return True
    f = _fold(w)
    return f in _CONTINUATION or (f[:1] == "و" and f in _openers())


_CLOSER = {'"': '"', "«": "»", "“": "”", "'": "'", "(": ")"}


def _one_quote(s: str) -> bool:
    """Whether ``s`` is wholly one quotation (a pull quote) or one bracketed note («(شاهد الفيديو أعلاه)»):
    its opening mark closes only at its end.
    «أشعل أملًا» معرض توعوي في «تخصصي الطائف» quotes two names and is a headline."""
    return s[:1] in _CLOSER and s[-1:] == _CLOSER[s[0]] and s.find(_CLOSER[s[0]], 1) == len(s) - 1


# A short line naming a correspondent, editor or analyst in its first words credits a section of the
# article (BBC's «جوناثان هيد مراسل بي بي سي لشؤون شرق آسيا» above its analysis box), never another
# story's headline.
_ROLE_RE = re.compile(r"^(?:\S+\s+){0,3}(?:مراسل|مراسلة|مراسلو|مراسلي|محرر|محررة|محلل|محللة)(?=\s|$)")
ROLE_MAX_WORDS = 10  # a credit is a name and a role; a headline about a reporter says more


# «أضاف: "…"», «قالت: "…"»: the next quotation of the speaker above, the article's own line.
# A list bullet or an interview's turn mark («> هل لديك مثال؟»: no title of 12,756 ANT and SaudiNewsNet
# pages opens with one).
_BULLETS = "*•-–·>"
_QUOTE_TURN_RE = re.compile(r"^و?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|ختم|ختمت)\s*:")


def _not_a_headline(s: str, glued: bool = False) -> bool:
    """Marks of the article's own text, never of a headline: a comma or a spaced dash (a clause of a
    sentence), a vowelled line (verse: «تَعوذُ مِن شَرِّها»), a list bullet, a pull quote wholly in
    quotation marks, an opening connective (:func:`_continues`). ``glued``: a tail glued with no space
    after a sentence end, itself a scraper's mark; a comma or dash there is a headline's own
    («مصر: رفع أسعار الوقود، والزيادة …», «أسواق المال - (التقرير الأسبوعي)»), and the tail must then
    share fewer words (:func:`_foreign`)."""
    return (not glued and ("،" in s or "," in s or " - " in s or " – " in s)
            or len(_HARAKAT_RE.findall(s)) >= 3 or s[:1] in _BULLETS or _ITEM_RE.match(s)
            is not None or _one_quote(s) or _continues(s) or _QUOTE_TURN_RE.match(s) is not None or (("مراسل" in s or "محرر" in s or "محلل" in s) and word_count(s) <= ROLE_MAX_WORDS
                and _ROLE_RE.match(s) is not None))


def _clausal(s: str) -> bool:
    """A comma or a spaced dash: a clause of a sentence, unless the corpus or a glue says otherwise."""
    return "،" in s or "," in s or " - " in s or " – " in s


def _own_shape(s: str) -> bool:
    """Headline-shaped, one sentence, and none of the marks of :func:`_not_a_headline`."""
    # Cheapest tests first: most lines are paragraphs that fail on length or their final period.
    return len(s) <= 200 and _headline_shape(s) and not _not_a_headline(s) and not _SINGLE_STOP_RE.search(s)


def _headline_shape(s: str) -> bool:
    """3–20 words, at most 200 characters, and no single final period: headlines end bare or with
    ``..``/``…``/``؟``/``!`` (``تركيا تؤكد استمرار عملية عفرين..``, ``هل إيران تتغير؟``)."""
    t = s.rstrip().rstrip(_QUOTES_CLOSE + ")")
    if t.endswith((".", "،", ":", "؛", ",")) and not t.endswith(("..", "…")):
        return False
    return 3 <= word_count(s) <= 20 and len(s) <= 200


def linked_shape(s: str) -> bool:
    """The shape of a link's text that other pages also carry (:meth:`CorpusEvidence.is_linked`): a
    headline's shape with ``MIN_OWN_WORDS``+ words and two content words; a comma is allowed (the
    corpus, not the words, says it is no sentence of this article)."""
    t = s.strip()
    if not _headline_shape(t) or _SINGLE_STOP_RE.search(t) or _continues(t) or s[:1] in "*•-–·":
        return False
    # A short question («ما هي ردود الفعل؟») is an explainer's stock subheading, in many stories.
    need = MIN_OWN_WORDS + 1 if t.endswith(_Q_END) else MIN_OWN_WORDS
    return word_count(t) >= need and len(stems(t)) >= MIN_STEMS


def _ends_bare(t: str) -> bool:
    """Ends in a letter, a digit, a closing quote or bracket: no stop, question or exclamation mark."""
    t = t.rstrip().rstrip(_QUOTES_CLOSE + ")")
    return t[-1:].isalnum()


def _balanced(t: str) -> bool:
    return t.count('"') % 2 == 0 and t.count("«") == t.count("»") and t.count("“") == t.count("”")


# A list's item number glued after the item above it («…بالكرم.5.دعا له …»): one or two digits and a
# period, after a sentence end or the line's start; not the decimals of a number («بلغت 2.5.السعودية …»:
# the period after 5 ends the sentence).
_ITEM_NUMBER_RE = re.compile(rf"(?:^|(?<![{_DIGITS}])[.؟?!]\s?)[{_DIGITS}]{{1,2}}\.$")
_TAIL_WINDOW = 260  # > the 200 characters a headline may hold, plus its closing quotes


def _tail_start(r: str) -> int | None:
    """Where the longest headline-shaped tail after a sentence end of ``r`` starts, or None.

    The closing quotes after the sentence end belong to the sentence unless the
    tail would then hold an unbalanced quotation mark (a headline opening with a
    quote: ``…الحادث.""هذه أمريكا" أغنية…``).
    """
    # A tail that starts further back than _TAIL_WINDOW characters is longer than any headline, and
    # the first tail of three words decides: sentence ends before the window can only give None.
    ends = [m for m in _END_RE.finditer(r, max(0, len(r) - _TAIL_WINDOW)) if m.end() < len(r)]
    # From the last sentence end backwards: the first tail of three words or more decides (a longer
    # tail would swallow the paragraph's own sentences); shorter ones are a headline's own ".. لكن بضمانات".
    for i in range(len(ends) - 1, -1, -1):
        m = ends[i]
        g = m.group(0)
        if _ITEM_NUMBER_RE.search(r, max(0, m.start() - 5), m.start() + 1):
            continue  # «…بالكرم.5.دعا له …»: the period of a list's item number, not a sentence end
        if g.startswith(("..", "…")) and g[-1:].isspace() and g.rstrip()[-1:] in ".…":
            # An ellipsis and a space is a pause after a headline's short lead phrase ("شاهد.. مشرّعون …",
            # "تركيا تؤكد استمرار عملية عفرين.. لكن"); after a long sentence of the paragraph it ends that
            # sentence, and a tail may follow ("…عائدات النفط.. كونتي: على تشيلسي …"). After a closing
            # quote it ends a quotation, and a tail may follow.
            # A columnist's ".." ends sentences that trail off ("… فلماذا يتحمل العميل خطأ النظام..");
            # a headline after one ends bare. A long lead phrase is a headline's too when the text after the
            # pause is none ("نشطاء يتداولون … وتيار المستقبل.. والأخير: الرد بالتصويت"): then it stays a pause.
            # A short phrase after a comma is a lead phrase too ("… إثر الحادثة، شاهد الفيديو.. مئات …").
            start = ends[i - 1].end() if i else max(0, len(r) - _TAIL_WINDOW)
            lead = r[start:m.start()]
            if not _ends_bare(r) or len(lead.split(None, PAUSE_MAX_WORDS)) <= PAUSE_MAX_WORDS \
                    or len(lead.rpartition("،")[2].split(None, 3)) <= 3:
                continue
            pause = True
        else:
            pause = False
        if len(r[:m.start()].split(None, MIN_HEAD_WORDS)) < MIN_HEAD_WORDS:  # fewer words (no full split)
            return None
        at = m.end()
        while at > m.start() + 1 and not _balanced(r[at:]):
            at -= 1
        tail = r[at:].strip()
        if word_count(tail) < 3:
            continue
        # Glued with no space after a word's period ("…الأقل.مصر: رفع …") and ending bare: a scraper's mark.
        # A space before the period is a typing habit («الميلادي .الوزراء: …»): the glue after it counts.
        glued = not r[at - 1:at].isspace() and r[:m.start()].rstrip(" ")[-1:].isalnum() and _ends_bare(tail)
        if tail[:1] in "،,؛;:":
            return None  # "…بالتأكيد."، بحسب …": a clause of the sentence before
        # After a pause, a tail opening with و/ف is more likely the headline's own second half
        # ("… المستقبل.. وعروبة لبنان تتقدم"): the pause then belongs to a longer headline.
        if _headline_shape(tail) and _balanced(tail) and not _not_a_headline(tail, glued) \
                and not (pause and tail[:1] in "وف"):
            return at
        if not pause:
            return None
    return None


# Particles after which an imperfect verb is the story's narration, not a headline's present: a
# negation («لم يتردد العاهل …»), a question word, an auxiliary («كانت تعمل»), a time conjunction.
_NOT_SUBJECT = frozenset(match_key(w) for w in """
هل كيف لماذا ماذا متى أين كم من ما لم لن لا قد كان كانت كانوا يكون تكون ليس ليست إن أن إنه أنه عندما حين حينما بينما
إذا لو كي لكي حتى بعدما قبل بعد منذ الذي التي الذين إنها أنها هذا هذه ذلك تلك هناك هنا ثم أيضا
""".split())
REGISTER_MAX_SUBJECT = 3


def headline_register(s: str) -> bool:
    """A headline's nominal sentence: a subject of one to ``REGISTER_MAX_SUBJECT`` words, then an
    imperfect verb («إسرائيل تغلق معبر …», «جيش مصر يعلن …», «الأسهم السعودية تحقق …»). Arabic news
    headlines tell past events in the present; a story's sentences tell them in the perfect, verb first
    («أعلن الجيش»). On ANT and SaudiNewsNet pages outside the gold sets, 31 % of 12,782 titles open so,
    against 7 % of the 515 tails that end a paragraph after its last stop with no period of their own,
    and most of those are links (``scripts/repair_diff.py``). Questions, exclamations, lines that trail
    off («..») and lines opening with a particle or a connective are not in this register. The imperfect test is shared with the time layer
    (:func:`rasd.arabic.verbs.imperfect_word`)."""
    t = s.rstrip()
    head = t.split(None, REGISTER_MAX_SUBJECT + 1)[:REGISTER_MAX_SUBJECT + 1]
    if len(head) < 3 or not any(w.lstrip(_QUOTES_OPEN + "(")[:1] in "يت" for w in head[1:]):
        return False  # no imperfect's prefix after the first word: most lines stop here, cheaply
    if t.endswith(_Q_END + ("..", "…")) or _continues(t):  # asking, exclaiming or trailing off: the writer's
        return False
    words = [match_key(w) for w in _WORD_RE.findall(t)[:REGISTER_MAX_SUBJECT + 1]]
    if len(words) < 3 or words[0] in _NOT_SUBJECT or not all(w.isalpha() for w in words[:2]):
        return False
    return not imperfect_word(words[0]) and any(imperfect_word(w) for w in words[1:])


def _glued_inside(s: str) -> bool:
    """A headline-shaped line that is a short sentence and a headline glued to it with no space after
    its stop («… الكلام المنفي؟"ملكة أغاني السول" …»): its tail is judged as a glued tail, so a subheading
    is not taken with the headline glued to it."""
    if not any(c in s for c in ".؟?!"):
        return False
    at = _tail_start(s)
    # After a pause («..», «…») the tail is the headline's own second half («لأول مرة في تاريخ
    # السعودية..النساء يحضرن …»): only a single stop ends a sentence of its own.
    return at is not None and not s[at - 1:at].isspace() and s[at - 2:at] not in ("..", ".…") \
        and s[at - 1:at] != "…" and not s[:at].rstrip("\"'»”)").endswith(("..", "…"))


def _glued_at(p: str) -> bool:
    """``p`` runs on with no space after a stop into a bare headline-shaped tail."""
    at = _tail_start(p)
    return at is not None and not p[at - 1:at].isspace()


# A headline's «topic: claim» form: one to three words, a colon, then no quotation (a speaker's «قال: "…"»
# quotes), no digit (a time «10:30») and no pause before it (a link label «اقرأ.. ترامب: …», which the ANT
# golds keep with its line): «دراسة: …», «شباب السعودية: …», «فصول للموهوبين: …».
# A year may be one of the topic's words («مونديال 2018: سويسرا تقترب …»): four digits as a word of
# their own, never a clock («10:30»: digits right before the colon are not a word of the topic).
_TOPIC_WORD = r"(?:[^\s:\d\"«“.…]+|(?:19|20)\d\d(?=\s|:\s))"
_TOPIC_HEAD_RE = re.compile(rf"^{_TOPIC_WORD}(?:\s{_TOPIC_WORD}){{0,2}}:\s*[^\s\"«“]")


def _own_question(line: str, at: int, tail: str) -> bool:
    """``tail`` (from ``at``) asks or exclaims and follows a single sentence end and a space (not a
    pause «..», not glued with no space)."""
    before = line[:at]
    return (tail.rstrip().rstrip(_QUOTES_CLOSE + ")").endswith(_Q_END) and before[-1:].isspace()
            and not before.rstrip().rstrip(_QUOTES_CLOSE + ")").endswith(("..", "…")))


# The writer's emphatic openers: no title of the corpus opens with one (see :mod:`rasd.repair.headlines`).
_EMPHATIC = frozenset(("لقد", "قد", "إن", "إنه", "إنها", "ولقد"))


def _first_word(s: str) -> str:
    return s.split(None, 1)[0] if s.strip() else ""


# A signature or a name line: an honorific first («د. عثمان بن …») or a patronymic («… بن عبدالعزيز آل …»).
_NAME_LINE_RE = re.compile(r"^(?:د|أ|م|الشيخ|الأمير|الدكتور)\.?\s|.*\s(?:بن|بنت)\s\S+(?:\s+آل\s+\S+)?$")


STYLE_MIN_PARAGRAPHS = 3
STYLE_PARAGRAPH_WORDS = 8


def _stops_everywhere(body: list[str], n: int) -> bool:
    """Whether every other paragraph (``STYLE_PARAGRAPH_WORDS``+ words) of ``body`` ends with a sentence
    stop, and there are ``STYLE_MIN_PARAGRAPHS`` or more: the page's own style. Then a paragraph whose
    text runs on after its last stop with no space («…الماضي.بوتين يقبل …») and ends bare holds a
    glued headline: its own last sentence would end like the others."""
    # Other stories' headlines left on lines of their own (unpunctuated, one sentence) are no paragraphs.
    paras = [s for k, line in enumerate(body) if k != n and len((s := line.strip()).split(None, STYLE_PARAGRAPH_WORDS))
             > STYLE_PARAGRAPH_WORDS and not _own_shape(s)]
    stops = sum(ends_sentence(p) for p in paras)
    # A paragraph that holds a glued headline itself runs on after its stop: it counts with the others.
    return stops >= STYLE_MIN_PARAGRAPHS and all(ends_sentence(p) or _glued_at(p) for p in paras)


END_OWN = ("the headline of another story: below the article's last paragraph it heads nothing, and it ends bare "
           "on a page that ends every paragraph with a stop")
END_MAX_RUN = 3
END_MIN_WORDS = 5


def _end_run(body: list[str]) -> list[int]:
    """Headline-shaped lines (:func:`rasd.repair.headshape._own_shape`: no comma, no spaced dash; a final
    line with them is most often the paragraph's own sentence that lost its stop) at the very end of ``body`` (a run of at most
    ``END_MAX_RUN``) that may be other stories' headlines by where they stand: a subheading heads the
    paragraphs below it, and below the last paragraph there are none; the paragraph's own last sentence
    would end with a stop like every other paragraph of the page (:func:`_stops_everywhere`). Lines of
    ``END_MIN_WORDS``+ words and ``MIN_STEMS``+ stems; left to the article: a line that asks or trails off
    (a columnist's closing question), a vowelled one (a verse), a name or signature line. The caller asks
    that the line share at most ``headlines.TOPIC_MAX_SHARED`` of its stems with the article (a link on the story's
    own topic shares some; a caption of its photo, more)."""
    run: list[int] = []
    k = len(body) - 1
    while k >= 0 and len(run) < END_MAX_RUN and _own_shape(body[k].strip()):
        run.append(k)
        k -= 1
    # Right above the run, the article's last paragraph and its stop (not a verse, a list item or a
    # colon announcing what follows: a poem's last lines are no links).
    above = body[k].strip() if k >= 0 else ""
    if not run or not above or word_count(above) <= STYLE_PARAGRAPH_WORDS or not ends_sentence(above) \
            or above.rstrip().endswith(":") or not _stops_everywhere(body, run[-1]):
        return []
    return [n for n in run if word_count(body[n]) >= END_MIN_WORDS and len(stems(body[n])) >= MIN_STEMS
            and not _HARAKAT_RE.search(body[n]) and not _NAME_LINE_RE.match(body[n].strip())
            and not body[n].rstrip().endswith(_ASKING_ENDS)]


VERSE_MAX_WORDS = 7
VERSE_MIN_RUN = 3
VERSE_MAX_CHARS = 120  # seven words and the spaces around them, with room to spare
_DIGIT_RE = re.compile(rf"[{_DIGITS}]")


def _short_bare(s: str) -> bool:
    """A line that may be a verse: 2 to ``VERSE_MAX_WORDS`` words, no digit, no final stop or question."""
    if len(s) > VERSE_MAX_CHARS:  # cheap test first: most lines are paragraphs
        return False
    t = s.strip().rstrip(_QUOTES_CLOSE + ")")
    return 2 <= word_count(t) <= VERSE_MAX_WORDS and _DIGIT_RE.search(t) is None \
        and not t.endswith((".", "،", ":", "؛", ",", "؟", "?"))


def _verse_lines(body: list[str], title_key: str = "") -> set[int]:
    """Lines in a run of ``VERSE_MIN_RUN``+ consecutive short bare lines (:func:`_short_bare`) that shows a
    mark of verse (:func:`_verse_marked`): a colon closing the line above («قال الشاعر:»), vowel marks
    on its lines, an opening connective (:func:`_continues`, on a line of three words or more) on two of
    them, or one of them the title (a column named after its verse). A poem's hemistichs are so marked
    here and there, and counting only the unmarked headline-shaped ones (``own_c``) splits the poem into
    pieces too short to be seen as one: its unmarked hemistichs went as stray headlines. A box of links under an unknown label («أخبار
    الساعة») is a run of short bare lines too, but carries none of these marks."""
    out: set[int] = set()
    run: list[int] = []
    for n, line in enumerate([*body, ""]):
        if line and _short_bare(line):
            run.append(n)
            continue
        if len(run) >= VERSE_MIN_RUN and _verse_marked(body, run, title_key):
            out.update(run)
        run = []
    return out


# The tanween of an adverbial accusative (جديدًا، أيضًا) is spelled in headlines too: one written after
# or before its alef says nothing of verse.
_ALEF_TANWEEN_RE = re.compile("\u0627\u064b|\u064b\u0627")
VERSE_MIN_HARAKAT = 2
VERSE_MIN_CONNECTIVES = 2


def _harakat(s: str) -> int:
    """The vowel marks of ``s``, an alef's tanween not counted."""
    return len(_HARAKAT_RE.findall(_ALEF_TANWEEN_RE.sub("", s))) if _HARAKAT_RE.search(s) else 0


def _verse_marked(body: list[str], run: list[int], title_key: str) -> bool:
    """The marks of verse of :func:`_verse_lines` on ``run``: a colon closing the line above;
    ``VERSE_MIN_HARAKAT``+ vowel marks on its lines (:func:`_harakat`: a poem is vowelled here and there,
    a headline at most in a word's tanween); ``VERSE_MIN_CONNECTIVES`` lines opening with a connective
    (one link may open «وسط …»); the title on a line after the run's first (a title repeated above a box of links opens
    the run)."""
    above = body[run[0] - 1].rstrip().rstrip(_QUOTES_CLOSE + ")") if run[0] > 0 else ""
    if above.endswith(":") or sum(_harakat(body[k]) for k in run) >= VERSE_MIN_HARAKAT:
        return True
    if sum(word_count(body[k]) >= 3 and _continues(body[k]) for k in run) >= VERSE_MIN_CONNECTIVES:
        return True
    return bool(title_key) and any(match_key(body[k]) == title_key for k in run[1:])


LIST_MIN_ITEMS = 4
LIST_MAX_WORDS = 25


def _announced_list(body: list[str], cand: list[int]) -> set[int]:
    """The lines of a list a colon announces: under a line ending with a colon («وفيما يلي تسلسل لأبرز
    الأحداث …:»), a run of short lines (``LIST_MAX_WORDS`` words at most, whatever their shape) whose
    first line is a candidate (``cand``) and that holds ``LIST_MIN_ITEMS``+ items: candidates or lines
    that end with no sentence stop. A box of links a page sets under a paragraph that happens to end with
    a colon holds two or three (BBC), and the article's paragraphs follow it, short ones too: they end
    with a stop, so they are no items."""
    out: set[int] = set()
    cand_set = set(cand)
    for n in {c - 1 for c in cand}:
        if n < 0 or not body[n].rstrip().rstrip(_QUOTES_CLOSE + ")").endswith(":"):
            continue
        end = n + 1
        while end < len(body) and len(body[end].split(None, LIST_MAX_WORDS)) <= LIST_MAX_WORDS:
            end += 1
        if sum(k in cand_set or not ends_sentence(body[k]) for k in range(n + 1, end)) >= LIST_MIN_ITEMS:
            out.update(range(n + 1, end))
    return out

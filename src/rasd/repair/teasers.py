"""Other stories' leads left below an article (a "more stories" block), found on the page alone.

Pure: no I/O. Some outlets' pages end with the opening paragraphs of other
stories, one a line, that a scraper keeps as if they were the article's own
(CNN Arabic from August 2018: five or six leads under every story). With a
corpus they are the outlet's repeated prose (:mod:`rasd.repair.evidence`);
alone, no word list names them, but their *shape as a block* does. A run of
the article's last paragraphs is such a block when all of these hold:

- every line of the run opens a story: ``LEAD_MIN_WORDS``+ words and no
  connective at its start (``و…``/``ف…``, وقال، كما، يذكر …, see
  :func:`rasd.repair.headshape._continues`), no quotation, list item, digit or
  ``Name:`` interview turn;
- the run holds ``MIN_RUN`` lines or more, below at least two of the article's
  own paragraphs, and the line above it does not end with a colon (a list's
  introduction);
- the article's own paragraphs above it (after its lead) mostly continue the
  story (``MIN_CONNECTIVE`` of them open with a connective): the outlet's style
  says a paragraph that does not is no continuation. Lists, timelines,
  explainers and press reviews, whose items never continue, are left alone;
- most lines of the run (``MIN_FOREIGN``) share at most ``MAX_SHARED_STORY`` of
  their stems with the title and the article above the run, and most
  (``MIN_UNLINKED``) share at most ``MAX_SHARED`` with the line above them: a
  block of leads jumps from story to story, a story's own closing paragraphs
  do not.

The run starts at its first lead that shares at most ``MAX_SHARED_STORY`` of
its stems with the article above it (an embedded post of the story's own
stays). "Foreign" also holds when the shared stems are only those a tenth of
news articles carry (السعودية، اجتماع، منطقة …: a lead on another story of the
same beat) and the lead shares none of the story's rare stems (its names):
:func:`_foreign_to`, with document frequencies estimated from wordfreq's word
frequencies (``stems_df.tsv``, licence-clean: ``rasd/data/repair/DATA_CARD.md``).
On the 9,580 ANT pages outside the frozen sets, alone, the table removes 84
lines that no table keeps and keeps 5 it removes, all on 26 CNN pages.

A wire story (its lead opens with a dateline: «دبي، … (CNN)-- …», «القاهرة
(رويترز) - …», the agency alone «(CNN)-- …», or a dash before it «دبي، … -
(CNN) …») is a news report, and its short pages carry the same blocks, so
under such a lead (where these relaxations find no block, the plain rule still
looks):

- two own paragraphs after the lead (``MIN_OWN_WIRE``) are evidence enough;
- one line that does not open like a lead may sit inside the run *between two
  leads* (or below one at the very end): a lead that opens with a quotation
  («"…".. هكذا قال …»), with a verb whose first letter is و (وافقت، وقع، وجه)
  or with «كانت …». Two such lines in a row never join (the story's own و-
  paragraphs), and one that shares more than ``MAX_SHARED_STORY`` with the
  story ends the run below it;
- when every line of the run is foreign to the story, half of them jumping
  from the line above (``MIN_UNLINKED_WIRE``) is enough: a block may hold two
  leads on one other story;
- above the block, a lead that names its own weekday in its first clause
  («كشفت اللجنة، الأحد، عن …») joins it even on the story's topic.

With corpus evidence, some of the block's leads are already gone (the outlet
repeats them on other pages); the caller gives them back in their raw place
as ``known`` lines (lead-shaped by length, foreign by the corpus's word, never
the story's own), so the few left still make a run. Without that, a week of
pages did worse than a page alone on CNN's Aug–Oct 2018 dev pages (42 vs 45
of 52 junk lines out of ``junk-dev``; 48 with them).

A short wire page may hold its lead alone, then another story's link and the block of leads under
it (:func:`_after_link`: the link, a headline-shaped line after the lead's last sentence or a line
the page or batch already removed as a link, and two or more leads to the end, judged against the
page's own title and lead, not a word list): CNN's «السعودية: إعفاء …» above four leads on one
Oct 2018 page. On the 9,622 ANT pages outside the frozen sets, alone, it adds 41 lines on 8 CNN
Aug–Oct pages (all leads of other stories, the link, and one CNN video-series credit line
above a block) and nothing on Feb–Jul pages, BBC, France24 or SaudiNewsNet.

Openings that turn to the next speaker or give background (بدوره، من جانبه،
على صعيد آخر، جاء ذلك، كان … قد، هذا و…) count as connectives.

Measured on the ANT corpus pages outside the frozen test articles (``repair``
alone): the rule fires on 571 of the 1,310 CNN pages of Aug–Oct 2018 (404
before the wire relaxations) and on none of their 1,330 BBC and France24
pages (the two further dateline forms: 34 more CNN pages, 143 lines, all read: leads of other
stories), on none of the 6,926 pages of Feb–Jul 2018 (all three outlets), where
the blocks are absent, and on 1 of the 6,010 SaudiNewsNet articles (a profile
box under a transfer story). A teaser on the article's own topic without a
weekday still stays when it breaks the run; an opinion column's closing
paragraphs, which do not open with connectives, keep the rule off.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from rasd.repair.foreign import _FUNCTION, Context, stems
from rasd.repair.headshape import _continues
from rasd.repair.lines import ends_sentence, headline_like, match_key, word_count

LEAD_MIN_WORDS = 15
MIN_RUN = 3
MIN_CONNECTIVE = 0.6
MIN_OWN_WIRE = 2  # under a wire dateline (see trailing_leads)
MIN_OWN = 3  # own paragraphs after the lead: fewer say nothing about the outlet's style
MAX_SHARED = 0.2
MAX_SHARED_STORY = 0.3
MIN_FOREIGN = 0.6
MIN_UNLINKED = 0.75
MIN_UNLINKED_WIRE = 0.5
_TURN_RE = re.compile(r"^\S+(?:\s\S+)?\s?:")  # «ظريف: …», «المذيع: …»
_NOT_LEAD_START = "\"«“'-–•*(0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
# Openings that continue an argument or ask, never a news lead's: «إنها محنة…», «كيف ضل…».
_CONNECTIVE_STARTS = ("يذكر", "يشار", "أما ", "بالمقابل", "في المقابل", "إن ", "إنه ", "إنها ", "إنما ", "كم ", "كيف ",
                      "لماذا ", "هل ", "نعم", "لقد ",
                      # a turn to the next speaker or angle, or background in the pluperfect: «بدوره، قال …»,
                      # «من جانبه، …», «على صعيد آخر، …», «جاء ذلك في …», «كان الاتحاد قد أعلن …», «هذا ويواجه …»
                      "بدوره", "بدورها", "بدورهم", "من جانب", "من جهت", "على صعيد", "في سياق", "في السياق",
                      "في الوقت نفسه", "في الوقت ذاته", "في غضون", "في هذه الأثناء",
                      "جاء ذلك", "وجاء", "كان ", "كانت ", "هذا و",
                      # the next sentence of the speaker above, without its «و»: «أضافت غوغل أن …»
                      "أضاف ", "أضافت ")
# A subject before «قال:» turns to a speaker already named («البابا فرانسيس قال: "…"»); a lead puts
# the verb first («قال الرئيس …»).
_SPEAKER_TURN_RE = re.compile(r"^[^\s،,:]+(?:\s[^\s،,:]+){0,2}\s(?:قال|قالت|يقول|تقول)\s?:")
# A weekday as a lead names it, in its first clause: «أعلنت الوزارة، الأحد، …».
_WEEKDAY_RE = re.compile(r"(?:^|[\s،,])(?:يوم |مساء |صباح |فجر )?ال(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)(?=[\s،,.])")
_DAY_SPAN = 90
# A wire dateline opening the lead: «دبي، الإمارات العربية المتحدة (CNN)-- …», «القاهرة (رويترز) - …»,
# the agency alone «(CNN)-- …», or a dash before the agency «دبي، الإمارات العربية المتحدة - (CNN) …».
_DATELINE_RE = re.compile(r"^(?:[^\s(\"«][^()\n.!?]{0,80}\([^()\n]{1,25}\)\s*[-–—:]|\([^()\n]{1,25}\)\s*[-–—]"
                          r"|[^\s(\"«][^()\n.!?]{0,80}\s[-–—]\s*\([^()\n]{1,25}\)\s)")


def wire_lead(p: str) -> bool:
    """``p`` opens with a wire dateline (:data:`_DATELINE_RE`)."""
    return _DATELINE_RE.match(p.strip()) is not None


_DAY_HINT = re.compile("أحد|اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت")


def _dated_line(p: str) -> bool:
    """``p`` names a weekday in its first clause (a plain substring scan first: most lines name none)."""
    return _DAY_HINT.search(p, 0, _DAY_SPAN) is not None and _WEEKDAY_RE.search(p[:_DAY_SPAN]) is not None


def _connective(p: str) -> bool:
    """``p`` continues the paragraph before it (see module docstring)."""
    # و opens a continuation (وقال، وكان …; a lead opening with وزير/وزارة is lost to the run, which
    # only makes the rule more careful); ف in the forms _continues knows and before a function word
    # («فبعد أن …», «ففي …»; في، فرنسا، فاز are no conjunction).
    return p[:1] == "و" or p.startswith(_CONNECTIVE_STARTS) or _continues(p) or (
        p[:1] == "ف" and match_key(p[1:p.find(" ")] if " " in p else p[1:]) in _FUNCTION)


def _lead_like(p: str) -> bool:
    """``p`` could open a story of its own (see module docstring)."""
    return (len(p.split(None, LEAD_MIN_WORDS)) > LEAD_MIN_WORDS - 1 and p[:1] not in _NOT_LEAD_START
            and not _connective(p) and not _TURN_RE.match(p) and not _SPEAKER_TURN_RE.match(p))


COMMON_DF = 0.1  # a stem in a tenth of news articles or more says nothing about a lead's topic


@cache
def _df_table() -> tuple[frozenset[str], frozenset[str]]:
    """(common, known) stems: those in ``COMMON_DF`` of news articles or more, and all that the table
    holds (1 % or more; ``rasd/data/repair/stems_df.tsv``, estimated from wordfreq by
    ``scripts/build_repair_tables.py``). A stem missing from it is a rare one, a name most often."""
    text = (resources.files("rasd") / "data" / "repair" / "stems_df.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.split("\n") if ln and not ln.startswith("#")]
    return frozenset(w for w, df in rows if float(df) >= COMMON_DF), frozenset(w for w, _ in rows)


def _foreign_to(line: str, story: list[str]) -> bool:
    """``line`` shares at most ``MAX_SHARED_STORY`` of its stems with ``story`` — or, leaving out the
    stems every news story uses (السعودية، اجتماع، منطقة …, :func:`_df_table`), at most that share of
    the rest and no rare stem at all (a lead on another story of the same beat shares the beat's
    words; the story's own closing paragraph shares its names: «محامي بابادوبولوس …»)."""
    if _shared(line, story) <= MAX_SHARED_STORY:
        return True
    common, known = _df_table()
    s = stems(line)
    if not s - common:
        return False
    ctx = Context(story)
    return ctx.shared(line, common) <= MAX_SHARED_STORY and (not s - known or ctx.shared(line, known) == 0)


def _shared(line: str, units: list[str]) -> float:
    return Context(units).shared(line) if stems(line) else 1.0


def _tolerated(p: str) -> bool:
    """``p`` may sit inside a wire story's block of leads, between two leads, though it does not open
    like one: a lead that opens with a quotation («"رمزية جميلة …".. هكذا رأى …»), with a verb whose
    first letter is و («وافقت اللجنة …», which no letter test tells from a connective) or with a
    background «كانت …», or a short lead (``SHORT_LEAD_WORDS``+ words, one sentence that opens like a
    lead: «خبر سار ينتظر العائلة الملكية في بريطانيا، وذلك في عام 2019.»). A list item or an interview
    turn never does."""
    if p[:1] in "-–•*" or _TURN_RE.match(p):
        return False
    words = len(p.split(None, LEAD_MIN_WORDS))
    return words > LEAD_MIN_WORDS - 1 or (
        words >= SHORT_LEAD_WORDS and p.rstrip().endswith(".") and p[:1] not in _NOT_LEAD_START
        and not _connective(p) and not _SPEAKER_TURN_RE.match(p))


SHORT_LEAD_WORDS = 8


DATED_SHARE = 0.6
DATED_SPAN = 12  # lines from the end where a dated block is looked for
STYLE_MIN_OWN = 4
STYLE_MIN_RUN = 4


def _style_break(paragraphs: list[str], k: int, known: frozenset[int] | set[int], lead) -> bool:  # type: ignore[no-untyped-def]
    """Under a wire lead, ``STYLE_MIN_OWN``+ own paragraphs that *all* continue (و…، كما …) and then
    ``STYLE_MIN_RUN``+ lines to the end that each open a story (:func:`_lead_like`, no tolerated line):
    the break in style is the evidence, even when the leads share the story's topic (CNN's block of
    five leads on the lira under a lira story). A wire story's own paragraphs do not all continue and
    then stop continuing four times in a row at the end."""
    n = len(paragraphs)
    own = [p.strip() for j, p in enumerate(paragraphs[1:k], 1) if j not in known]
    return (n - k >= STYLE_MIN_RUN and len(own) >= STYLE_MIN_OWN and all(map(_connective, own))
            and all(j in known or _lead_like(paragraphs[j].strip()) for j in range(k, n))
            and sum(j not in known for j in range(k, n)) >= 2)


def trailing_leads(title: str, paragraphs: list[str], known: frozenset[int] | set[int] = frozenset(),
                   standing: frozenset[int] | set[int] = frozenset(), links: frozenset[int] | set[int] = frozenset()) -> int:
    """Where the block of other stories' leads at the end of ``paragraphs`` starts, or
    ``len(paragraphs)`` when there is none (see module docstring).

    ``known``: indexes of lines that the corpus evidence already removed (another story's text the
    outlet repeats), given back in their raw place so that the block they belong to stays whole: a
    known line of lead length counts as a lead of the run and as foreign to the story, and is never
    one of the story's own paragraphs nor part of its words. The caller cuts only its kept lines.
    ``standing``: indexes of the outlet's standing lines kept as text (a column's writer disclaimer,
    the "cannot verify" caveat): own paragraphs of the story, but not its words.
    ``links``: indexes of short headline-shaped lines the corpus evidence already removed (another
    article's title), given back only as the link that may head a block (:func:`_after_link`); the
    other rules do not see them."""
    if links:
        plain = [j for j in range(len(paragraphs)) if j not in links]
        cut = trailing_leads(title, [paragraphs[j] for j in plain], {i for i, j in enumerate(plain) if j in known},
                             {i for i, j in enumerate(plain) if j in standing})
        if cut < len(plain):
            return plain[cut]
        if _DATELINE_RE.match(paragraphs[0].strip()):
            return _after_link(title, paragraphs, known, standing, links)
        return len(paragraphs)
    n = len(paragraphs)
    # A lead under a wire dateline says the page is a news report: a short one (two paragraphs after
    # its lead) is evidence enough of the outlet's style, and a quotation- or و-opening line may sit
    # inside the block when it is foreign to the story. Those relaxations only add: where they find
    # no block (a tolerated line swallowed the story's own paragraphs), the plain rule still looks.
    if n > 0 and _DATELINE_RE.match(paragraphs[0].strip()):
        cut = _trailing(title, paragraphs, known, standing, True)
        if cut == n:
            cut = _after_link(title, paragraphs, known, standing)
        if cut < n:
            return cut
    return _trailing(title, paragraphs, known, standing, False)


LINK_MAX_WORDS = 14
LINKED_MIN_RUN = 2


def _after_link(title: str, paragraphs: list[str], known: frozenset[int] | set[int],
                standing: frozenset[int] | set[int], links: frozenset[int] | set[int] = frozenset()) -> int:
    """Under a wire lead, the index of a headline-shaped line (another story's link, «السعودية: إعفاء
    …») below which every line to the end opens a story of its own (``LINKED_MIN_RUN``+ leads, no
    connective), or ``len(paragraphs)``. A short wire page may hold its lead alone and then the
    outlet's block of other stories' leads under one link, where :func:`_trailing` finds too few own
    paragraphs to judge the style. The structure is the evidence, checked against the page's own
    words: most leads of the block (``MIN_FOREIGN``) are foreign to the title and the article above
    the link, and the block jumps (at least one lead shares at most ``MAX_SHARED`` with the one above,
    or names its own weekday). A subheading heads the story's own paragraphs, which continue (و…) or
    share its words."""
    n = len(paragraphs)
    h = n - 1
    # the first line above the run of leads that reaches the end
    while h >= 1 and h not in links and (h in known or _lead_like(paragraphs[h].strip())):
        h -= 1
    if h < 1 or n - h - 1 < LINKED_MIN_RUN or any(j in links for j in range(h + 1, n)):
        return n
    link = paragraphs[h].strip()
    if h not in links and not headline_like(link) or word_count(link) > LINK_MAX_WORDS or link.endswith((":", "؟", "?")):
        return n
    # A link follows the article's last sentence: below a list's item or its introduction («وفيما يلي
    # …:», «- …», «• …») the short line is the list's last item, the story's own; the leads below it
    # may still go, the line stays.
    story = [title, *(p for j, p in enumerate(paragraphs[:h]) if j not in known and j not in standing
                      and j not in links)]
    above_link = paragraphs[h - 1].strip()
    cut = h if h in links or (ends_sentence(above_link) and not above_link.endswith(":") and link[:1] not in _NOT_LEAD_START
                             and not _connective(link) and _foreign_to(link, story)) else h + 1
    run = range(h + 1, n)
    # The lines the batch did not explain are the evidence: the corpus's known leads say nothing about
    # a timeline's own items above them («هجوم بالطائرات يستهدف …» under a lead on that attack).
    unknown = [j for j in run if j not in known] or list(run)
    if not _foreign_to(paragraphs[unknown[0]], story) or \
            sum(_foreign_to(paragraphs[j], story) for j in unknown) < MIN_FOREIGN * len(unknown):
        return n
    if not any(_dated_line(paragraphs[j]) or _shared(paragraphs[j], [paragraphs[j - 1]]) <= MAX_SHARED
               for j in run[1:]) and not _dated_line(paragraphs[h + 1]):
        return n
    return cut


def _trailing(title: str, paragraphs: list[str], known: frozenset[int] | set[int],
              standing: frozenset[int] | set[int], wire: bool) -> int:
    """:func:`trailing_leads` with the wire relaxations on or off."""
    n = len(paragraphs)
    memo: dict[int, bool] = {}

    def lead(i: int) -> bool:  # judged lazily: most pages end with one of the story's own paragraphs
        if i not in memo:
            # a line the corpus removed is another story's text already: its length alone makes it a lead
            memo[i] = _tolerated(paragraphs[i].strip()) if i in known else _lead_like(paragraphs[i].strip())
        return memo[i]

    def above(k: int) -> list[str]:  # the article above index k: the title and its own lines
        return [title, *(p for j, p in enumerate(paragraphs[:k]) if j not in known and j not in standing)]

    def foreign(j: int, story: list[str]) -> bool:
        return j in known or _foreign_to(paragraphs[j], story)

    def run_start(tolerant: bool) -> int:
        # A tolerated line joins the run only between two leads (or below one, at the very end): two
        # such lines in a row are the story's own paragraphs.
        k = n
        while k > 2 and (lead(k - 1) or (tolerant and lead(k - 2) and (k == n or lead(k))
                                         and _tolerated(paragraphs[k - 1].strip()))):
            k -= 1
        return k

    def dated(k: int) -> bool:  # most lines of the run name their weekday, as news leads do
        return sum(_dated_line(paragraphs[j]) for j in range(k, n)) >= DATED_SHARE * (n - k)

    k = run_start(wire)
    # cheap test first: a dated run of MIN_RUN + 1 lines needs this many dated lines near the end
    if not wire and sum(map(_dated_line, paragraphs[-DATED_SPAN:])) >= DATED_SHARE * (MIN_RUN + 1):
        # A block whose leads name their days is news even under a column: a quotation-opening lead
        # may sit inside it, as under a wire story.
        k_dated = run_start(True)
        while n - k_dated > MIN_RUN and (not lead(k_dated) or not foreign(k_dated, above(k_dated))):
            k_dated += 1  # from its first lead foreign to the column (as below)
        if n - k_dated > MIN_RUN and dated(k_dated):
            k = k_dated
    if n - k >= MIN_RUN and paragraphs[k - 1].rstrip().endswith(":"):
        return n  # a list the line above introduces
    if wire and _style_break(paragraphs, k, known, lead):
        return k
    # The run starts at its first lead foreign to the story: an embedded post or statement of the
    # story's own just above the block shares its words, and stays.
    while n - k >= MIN_RUN and (not lead(k) or not foreign(k, above(k))):
        k += 1
    story = above(k)  # the article above the run
    for j in range(n - 1, k, -1):  # a tolerated line that shares the story's words is the story's own
        if not lead(j) and not foreign(j, story):
            k = j + 1
            while k < n and not lead(k):
                k += 1
            story = above(k)
            break
    run = range(k, n)
    if len(run) < MIN_RUN:
        return n
    own = [p.strip() for j, p in enumerate(paragraphs[1:k], 1) if j not in known]
    # A column's own paragraphs do not continue; then the block must name its days as news leads do
    # («جددت الحكومة، الإثنين، …»): an essay's closing paragraphs do not.
    if len(own) < (MIN_OWN_WIRE if wire else MIN_OWN) or (
            sum(map(_connective, own)) < MIN_CONNECTIVE * len(own) and not dated(k)):
        return n
    n_foreign = sum(foreign(j, story) for j in run)
    if n_foreign < MIN_FOREIGN * len(run):
        return n
    # Under a wire lead, a block whose every line is foreign to the story may hold pairs of leads on
    # one other story (two on one match, two on one resignation): half its lines jumping is enough.
    unlinked = MIN_UNLINKED_WIRE if wire and n_foreign == len(run) else MIN_UNLINKED
    # A lead that names its own weekday in its first clause («أعربت الخارجية، الجمعة، عن …») opens a
    # news item even when it follows another lead on the same story (a block's pair of leads).
    if sum(_dated_line(paragraphs[j]) or _shared(paragraphs[j], [paragraphs[j - 1]]) <= MAX_SHARED
           for j in run[1:]) < unlinked * (len(run) - 1):
        return n
    # Above a wire story's block, a lead that names its own day («كشفت اللجنة، الأحد، عن …») belongs
    # to the block even when it shares the story's topic: the story's own paragraphs continue.
    # A lead above the block that restates one of the story's own paragraphs without its connective
    # («وكان ترامب قد أعلن قبول استقالة …» above «أعلن ترامب قبول استقالة …») is the lead of the
    # earlier story that the paragraph recalls: a story does not say the same thing twice.
    while k > 2 and (lead(k - 1) and (wire and _WEEKDAY_RE.search(paragraphs[k - 1][:_DAY_SPAN])
                                      or _restates(paragraphs, k - 1, known))):
        k -= 1
    return k


RESTATED_MIN = 0.7


_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|«[^»\n]*»|“[^”\n]*”")


def _restates(paragraphs: list[str], i: int, known: frozenset[int] | set[int]) -> bool:
    """``paragraphs[i]`` shares ``RESTATED_MIN`` of its stems with the words of one own paragraph above
    it outside its quotations: a paragraph that quotes a statement or a post («قال فيه: "…"») may be
    followed by the embedded statement itself, the story's own."""
    line = paragraphs[i]
    return any(_shared(line, [_QUOTED_RE.sub(" ", paragraphs[j])]) >= RESTATED_MIN
               for j in range(1, i) if j not in known)

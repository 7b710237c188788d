"""Headlines of other stories left inside a scraped body.

Pure: no I/O. Two rules, both needing evidence beyond "a short line without a
final period" (which is just as often a subheading, a list item or a verse):

- **Glued at the end of a run**: the last piece of a glued line (a line the
  scraper ran together from several paragraphs) that has the shape of a
  headline (3–20 words, no final punctuation, see
  :func:`rasd.repair.lines.headline_like`), is not itself a copy of anything,
  and follows pieces that were *all* removed as copies of the clean body. The
  run is a scraper artefact (a teaser block), so its unpunctuated tail is the
  link text of another story, not a sentence of this one.
  A tail glued after a paragraph that is kept is *not* moved: on real text
  (SaudiNewsNet) it is far more often the paragraph's own last sentence
  without its period, a photo credit or the writer's name.
- **After a bare read-also marker** (``اقرأ أيضا:`` on its own line): the
  headline-shaped lines that follow it, up to the next line that is not
  headline-shaped (see :mod:`rasd.repair.boilerplate` for markers with the
  headline on the same line).

- **Foreign** (:func:`foreign_headlines`): a headline-shaped line on its own
  (3–20 words, no final period; a final ``؟``/``!`` allowed), or a
  headline-shaped tail after the last sentence end of a line that does not end
  a sentence (``…الماضي.بوتين يقبل دعوة …``, ``…الماضي. بوتين يقبل …``), whose
  stems mostly do not occur in the rest of the article (at most
  ``OWN_MAX_SHARED``/``TAIL_MAX_SHARED`` of them shared with the title or any
  other line; :mod:`rasd.repair.foreign`). SaudiNewsNet has hundreds of
  headline-shaped lines between paragraphs (subheadings, pull quotes) and
  paragraphs whose last sentence lost its period: they reuse the article's
  words, another story's headline does not. A line that recurs in the body
  (a refrain) is not one, unless the whole body is there twice. With corpus evidence, a tail that
  is another article's title is a headline whatever its words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rasd.repair.dedup import Verdict
from rasd.repair.foreign import Context, apart_from_section, fresh_link, stems
from rasd.repair.furniture import furniture
from rasd.repair.headshape import (
    _ASKING_ENDS,
    _EMPHATIC,
    _HARAKAT_RE,
    _NAME_LINE_RE,
    _Q_END,
    _QUOTES_CLOSE,
    _SINGLE_STOP_RE,
    _TOPIC_HEAD_RE,
    END_OWN,
    MIN_OWN_WORDS,
    MIN_STEMS,
    VERSE_MAX_WORDS,
    _announced_list,
    _clausal,
    _continues,
    _end_run,
    _ends_bare,
    _first_word,
    _glued_inside,
    _headline_shape,
    _not_a_headline,
    _own_question,
    _own_shape,
    _stops_everywhere,
    _tail_start,
    _verse_lines,
    headline_register,
)
from rasd.repair.lines import Segment, ends_sentence, headline_like, match_key, word_count

if TYPE_CHECKING:
    from rasd.repair.evidence import ArticleHints, CorpusEvidence

MAX_AFTER_MARKER = 6
OWN_MAX_SHARED = 0.34
TAIL_MAX_SHARED = 0.34
GLUED_MAX_SHARED = 0.5
BOX_MIN_WORDS = 5
POEM_MIN_LINES = 8  # a scrape leaves a few stray headlines; eight or more such lines are the article's own
ASKING_MAX_SHARED = 0.2
MIN_OWN_WORDS_ASKING = 6
SHORT_MIN_STEMS = 3
SHORT_AFTER_WORDS = 12


def foreign_headlines(title: str, body: list[str], evidence: CorpusEvidence | ArticleHints | None = None,
                      known: set[int] | frozenset[int] = frozenset(), outlet: str | None = None,
                      linked_page: bool = False) -> tuple[dict[int, str], dict[int, tuple[int, str]]]:
    """Other stories' headlines among ``body`` lines (see module docstring).

    Returns ``own`` (body index → detail) for whole lines and ``tails`` (body
    index → (offset in the line, detail)) for headlines glued at a line's end.
    ``known``: indices of lines already known to be links (the corpus said so):
    they are never returned, count as links of a box (:func:`_link_box`), and
    their words are not the article's. ``outlet``: the article's outlet in ``evidence`` (whose
    :meth:`register_links` says whether its lines in a headline's present are links). ``linked_page``: the
    page carries links the repair found by their labels (a read-also line): its bare lines may be links too.
    """
    style = evidence is not None and evidence.register_links(outlet)
    if known:
        own, tails = _foreign([t for n, t in enumerate(body) if n not in known], title, evidence, style, True)
        keep = [n for n in range(len(body)) if n not in known]
        own = {keep[n]: why for n, why in own.items()}
        tails = {keep[n]: at for n, at in tails.items()}
        cand = [n for n in range(len(body)) if n in known or _own_shape(body[n].strip())]
        for n in _link_box(body, cand, known=known, title=title):
            if n not in known and n not in own:
                own[n] = "a box of other stories' headlines between two paragraphs"
        for n in _interruptions(body, cand):
            if n not in known and n not in own:
                own[n] = INTERRUPTION
        return own, tails
    return _foreign(body, title, evidence, style, linked_page)


def _foreign(body: list[str], title: str, evidence: CorpusEvidence | ArticleHints | None, style: bool = False,
             linked_page: bool = False) -> tuple[dict[int, str], dict[int, tuple[int, str]]]:
    """:func:`foreign_headlines` without known links."""
    title_key = match_key(title)
    seen: dict[str, int] = {}
    for line in body:
        k = line.strip()
        seen[k] = seen.get(k, 0) + 1
    body_repeated = sum(v > 1 for v in seen.values()) * 2 >= len(seen)
    own_c: list[int] = []
    tail_c: dict[int, int] = {}
    tails: dict[int, tuple[int, str]] = {}
    for n, line in enumerate(body):
        s = line.strip()
        if _own_shape(s) and not _glued_inside(s):
            # A line that recurs in a body that is not itself repeated is a refrain, not a headline.
            if (seen[s] == 1 or body_repeated) and match_key(s) != title_key:
                own_c.append(n)
            continue
        r = line.rstrip()
        t = r.rstrip(_QUOTES_CLOSE + ")")
        if t.endswith((".", "،", ":", "؛", ",")) and not t.endswith(("..", "…")):
            continue  # ends with a single period (or comma, colon): its last sentence is its own
        if evidence is not None:
            t = evidence.titles_ending(r)
            if t and r.endswith(t):
                tails[n] = (len(r) - len(t), "the title of another article of the batch, glued after the text")
                continue
        at = _tail_start(r)
        if at is not None:
            tail_c[n] = at
    if len({body[n].strip() for n in own_c}) >= POEM_MIN_LINES or _verse_run(body, own_c):
        own_c = []  # many headline-shaped lines: a poem, a list or a page of items, not stray headlines
    # A marked run of short lines is verse, whichever of its lines have a headline's shape.
    verse = _verse_lines(body, title_key) if own_c else set()
    own_c = [n for n in own_c if n not in verse]
    if len(own_c) == len(body):
        own_c = []  # nothing else on the page (a video's or a photo's one line): no article to stray from
    # A colon announces the line below it («… وهي تجيب:») or a list (_announced_list); two or three links
    # under it may be a box a page set after its third paragraph, whatever that ends with (BBC).
    cand_set, listed = set(own_c), _announced_list(body, own_c)
    own_c = [n for n in own_c if n not in listed and (n == 0 or n + 1 in cand_set
             or not body[n - 1].rstrip().rstrip(_QUOTES_CLOSE + ")").endswith(":"))]
    # Short lines and lines that trail off or ask are more often the article's own (a name, a verse,
    # a rhetorical question): they need more words, and fewer shared ones, to count as a headline.
    asking = {n for n in own_c if body[n].rstrip().endswith(_ASKING_ENDS)}
    box_c = own_c  # in a box of links a short question is one more link (the box has its own test)
    own_c = [n for n in own_c if word_count(body[n]) >= (MIN_OWN_WORDS_ASKING if n in asking else MIN_OWN_WORDS)]
    end_c = _end_run(body)
    verse = verse or (_verse_lines(body, title_key) if end_c else set())
    end_c = [n for n in end_c if n not in verse]
    if not box_c and not tail_c and not end_c:
        return {}, tails
    units = [title] + [line[:tail_c[n]] if n in tail_c else line for n, line in enumerate(body)]
    units += [body[n][at:] for n, at in tail_c.items()]
    ctx = Context(units)
    own = {n: "the headline of another story: shares almost no words with the article"
           for n in own_c if len(stems(body[n])) >= MIN_STEMS
           and ctx.shared(body[n]) <= (ASKING_MAX_SHARED if n in asking else OWN_MAX_SHARED)}
    # Where the batch shows the outlet's lines in a headline's present are links (``style``: BBC's, not France24's
    # subheadings; :meth:`CorpusEvidence.register_links`), one with over a third of its words new is a link.
    if style:
        own.update({n: REGISTER_OWN for n in own_c if n not in own and n not in asking
                    and len(stems(body[n])) >= MIN_STEMS and headline_register(body[n])
                    and ctx.shared(body[n]) <= REGISTER_MAX_SHARED})
    # A single line in a headline's «topic: claim» form («العبادي: حرق مخازن …») with half its words new to
    # the article, whose section below does not restate it (a subheading does): another story's headline.
    own.update({n: TOPIC_OWN for n in own_c if n not in own and n not in asking and _TOPIC_HEAD_RE.match(body[n].strip())
                and not _continues(body[n]) and len(stems(body[n])) >= MIN_STEMS and ctx.shared(body[n]) <= TOPIC_MAX_SHARED
                and apart_from_section(body, n, box_c, OWN_MAX_SHARED)})
    # On a page seen to carry links (its outlet's style, a read-also line, a headline found above): a single
    # line that names what the article never does and is not what its section is about (:func:`fresh_link`),
    # or one in a headline's present that its section does not restate (a subheading does).
    if style or linked_page or own:
        own.update({n: FRESH_OWN for n in own_c if n not in own and n not in asking and fresh_link(body, n, title, box_c)})
        own.update({n: REGISTER_OWN for n in own_c if n not in own and n not in asking
                    and len(stems(body[n])) >= MIN_STEMS and headline_register(body[n])
                    and ctx.shared(body[n]) <= REGISTER_MAX_SHARED and apart_from_section(body, n, box_c, OWN_MAX_SHARED)})
    # A short line (a question, a three-word headline) whose every one of three or more content words
    # is foreign to the article, between two of its lines: another story's headline («أجنبي للجنة
    # الاحتراف», «هل قصار القامة أكثر عدوانية؟»); a subheading or a name reuses the article's words.
    own.update({n: "the headline of another story: shares no word with the article"
                for n in set(box_c) - set(own_c) if 0 < n < len(body) - 1 and _short_head(body[n], body[n - 1])
                and len(stems(body[n])) >= SHORT_MIN_STEMS and ctx.shared(body[n]) == 0})
    own.update({n: END_OWN for n in end_c if n not in own and ctx.shared(body[n]) <= TOPIC_MAX_SHARED})
    # The writer's emphatic openers («لقد», «إن», «قد»): of 12,297 titles of the ANT corpus and
    # SaudiNewsNet's 8-9 August 2015 none opens with one; 463 of their text lines do. Such a line is
    # the article's, however few words it shares (it still counts among the lines of a poem or a box).
    own = {n: why for n, why in own.items() if _first_word(body[n]) not in _EMPHATIC}
    own.update({n: "a box of other stories' headlines between two paragraphs"
                for n in _link_box(body, box_c, short_asking=set(box_c) - set(own_c), title=title)})
    own.update({n: INTERRUPTION for n in _interruptions(body, box_c) if n not in own})
    _box_neighbours(body, box_c, own, ctx)
    for n, at in tail_c.items():
        # Glued with no space ("…الماضي.بوتين يقبل …") is itself a scraper's mark: less word evidence needed.
        tail = body[n][at:]
        limit = GLUED_MAX_SHARED if not body[n][at - 1:at].isspace() and not _clausal(tail) else TAIL_MAX_SHARED
        topic = _TOPIC_HEAD_RE.match(tail) is not None and not _continues(tail)
        if topic:
            limit = max(limit, TOPIC_MAX_SHARED)
            # The claim after the topic told in a headline's present («بغداد: حريق كبير يلتهم …»): the
            # register's own limit, as for a tail with no topic.
            if headline_register(tail.split(":", 1)[1].strip()):
                limit = max(limit, REGISTER_MAX_SHARED)
        elif headline_register(tail):
            # Told in a headline's present after the paragraph's last stop: another story's headline even
            # on the story's own topic (a link to its follow-up) when over a third of its words are new to the
            # article; a subheading the scraper ran onto the paragraph («… آل شاليش يتضامنون مع القاتل»)
            # sums up the section below it in the article's own words.
            limit = REGISTER_MAX_SHARED
        if _own_question(body[n], at, tail):
            # A question or exclamation after a sentence end and a space is the paragraph's own last
            # sentence (a columnist's «من يسمعنا؟», a punchline «…أمام المظاهرة!»: of 67 such tails in
            # SaudiNewsNet, 62 share the article's words); only one wholly foreign is a headline, or
            # one in a headline's «topic: claim» form («شباب السعودية: بين الكابوس والحلم!»).
            if len(stems(tail)) >= SHORT_MIN_STEMS and ctx.shared(tail) <= (TAIL_MAX_SHARED if topic else 0):
                tails[n] = (at, "the headline of another story glued after the text: shares no word with it")
            continue
        if len(stems(tail)) >= MIN_STEMS and ctx.shared(tail) <= limit:
            tails[n] = (at, "the headline of another story glued after the text: shares almost no words with it")
        elif not body[n][at - 1:at].isspace() and len(stems(tail)) >= MIN_STEMS and not _continues(tail) \
                and not tail.rstrip().endswith(("..", "…")) and _stops_everywhere(body, n):
            tails[n] = (at, STYLE_TAIL)
    return own, tails


STYLE_TAIL = ("a headline glued with no space after the paragraph's last sentence, on a page that ends every "
              "other paragraph with a stop: another story's, even on the same topic")
TOPIC_MAX_SHARED = 0.5
REGISTER_MAX_SHARED = 0.6
REGISTER_OWN = "the headline of another story: told in a headline's present, with words the article does not use"
TOPIC_OWN = "the headline of another story: a «topic: claim» line the text below it does not restate"
FRESH_OWN = "the headline of another story: names what the article never does, and the text below it is not about it"
NEIGHBOUR_MAX_SHARED = 0.5
NEIGHBOUR = "next to another story's headline, and foreign to the article: one more link of the same box"


def _box_neighbours(body: list[str], cand: list[int], own: dict[int, str], ctx: Context) -> None:
    """Add to ``own`` the headline-shaped lines (``cand``) that touch a line already judged another
    story's headline and share at most ``NEIGHBOUR_MAX_SHARED`` of their stems with the article: links
    come in boxes, so a link on the story's topic («أي مسار ستسلكه سوريا بعد هجوم دوما؟» under a
    story on an attack) or a short one sits beside a foreign one. A subheading shares the words of
    the section it opens, so the paragraph below a candidate must not restate it either; a line that
    trails off («لا مجال للوقوف..») or bears vowel marks (verse) is the writer's own, and so is a
    signature (:data:`_NAME_LINE_RE`)."""
    for _ in range(2):  # a box of three: the far line joins through the middle one
        add = [n for n in cand if n not in own and (n - 1 in own or n + 1 in own)
               and len(stems(body[n])) >= MIN_STEMS and ctx.shared(body[n]) <= NEIGHBOUR_MAX_SHARED
               and not body[n].rstrip().endswith(("..", "…")) and _HARAKAT_RE.search(body[n]) is None
               and _NAME_LINE_RE.match(body[n].strip()) is None
               and (n + 1 >= len(body) or n + 1 in own
                    or Context(body[n + 1:n + 2]).shared(body[n]) <= OWN_MAX_SHARED / 2)]
        if not add:
            return
        own.update(dict.fromkeys(add, NEIGHBOUR))


def _short_head(s: str, before: str) -> bool:
    """A short line that may be a stray headline: after a paragraph (``SHORT_AFTER_WORDS``+ words; in a
    run of short lines it is verse or a list), no vowel mark (verse: «كلصٍ مسرع الخطوات»), no dash or
    tatweel (a signature «بندر العصاي -عنيزة», a list item «ـ أحضر معك»), ending bare or asking
    (a columnist's line trails off in ".." or exclaims)."""
    t = s.strip()
    return (word_count(before) >= SHORT_AFTER_WORDS and _HARAKAT_RE.search(t) is None
            and not any(c in t for c in "-–ـ") and (_ends_bare(t) or t.endswith(("؟", "?")) and not t.endswith("!؟")))


def _verse_run(body: list[str], own_c: list[int]) -> bool:
    """Three or more consecutive short headline-shaped lines: verse or a list, not headlines."""
    short = {n for n in own_c if word_count(body[n]) <= VERSE_MAX_WORDS}
    return any(n in short and n + 1 in short and n + 2 in short for n in short)


def _box_line(s: str) -> bool:
    """A link's text: ``BOX_MIN_WORDS``+ words, no comma, not trailing off in an ellipsis (a sentence
    that lost its period does both)."""
    t = s.strip()
    return word_count(t) >= BOX_MIN_WORDS and "،" not in t and "," not in t and not t.endswith(("..", "…"))


BARE_MIN_WORDS = 15
BARE_MIN_LINES = 3


def _bare_page(body: list[str]) -> bool:
    """The page's own paragraphs end without a stop: ``BARE_MIN_LINES``+ lines of ``BARE_MIN_WORDS``+
    words, a third of the long ones at least, end bare (a press review that never punctuates). There a
    short unpunctuated line is just a short paragraph: its missing period says nothing."""
    long_lines = [t for t in body if len(t.split(None, BARE_MIN_WORDS)) > BARE_MIN_WORDS - 1]
    bare = sum(not ends_sentence(t) for t in long_lines)
    return bare >= BARE_MIN_LINES and bare * 3 >= len(long_lines)


RESTATED_SHARED = 0.85  # a pull quote or deck line restates the article: nearly all its words are there


def _link_box(body: list[str], own_c: list[int], short_asking: set[int] | frozenset[int] = frozenset(),
              known: set[int] | frozenset[int] = frozenset(), title: str = "") -> list[int]:
    """Runs of two or more consecutive headline-shaped lines of ``BOX_MIN_WORDS``+ words with a long
    paragraph on each side (above it, a short full sentence may do: :func:`_box_side`): a related-stories
    box (a subheading comes alone). A run holding a short
    question (``short_asking``: too short to count alone) needs a line that is no question: a run of
    questions only is an explainer's subheadings («كم تكلف…؟», «هل كان…؟»). On a page whose own
    paragraphs end bare (:func:`_bare_page`) the shape proves nothing: a run counts only when it holds
    a line the corpus knows as a link (``known``). A run whose every line restates the article
    (``RESTATED_SHARED`` of its stems occur elsewhere in it) is the article's own pull quotes or deck
    (Al Riyadh's «د. الحرفش: ستبقى المملكة …» between the paragraphs that quote him), not links."""
    cand = set(own_c)
    out: list[int] = []
    n = 0
    while n < len(body):
        if n not in cand:
            n += 1
            continue
        end = n
        while end + 1 < len(body) and end + 1 in cand:
            end += 1
        run = list(range(n, end + 1))
        if len(run) >= 2 and all(_box_line(body[k]) for k in run) and n > 0 \
                and end + 1 < len(body) and _box_side(body, n - 1) and word_count(body[end + 1]) >= BOX_SIDE_WORDS \
                and (not short_asking.intersection(run)
                     or any(not body[k].rstrip().endswith(_ASKING_ENDS) for k in run)) \
                and (known.intersection(run) or not _bare_page(body)):
            if known.intersection(run) or not _restated([title, *body], [k + 1 for k in run]):
                out.extend(run)
        n = end + 1
    return out


BOX_SIDE_WORDS = 15


def _box_side(body: list[str], k: int) -> bool:
    """A paragraph that can stand above a box of links: ``BOX_SIDE_WORDS``+ words, or a shorter
    full sentence (``AROUND_MIN_WORDS``+ words ending with a full stop: «واستنكر المتدينون مراراً
    برنامجه …»); a short line without one may be one more item of a list, a question inside a quotation
    («ويتساءل هشام: "هل من الجيد …؟») heads more questions, and a colon introduces a list. A short
    sentence with a headline-shaped line above it is an item of a list whose next items the run is
    («… البالغ من العمر 77 عن حزب السعادة.» among the candidates). The paragraph below stays a long
    one: under a pair of subheadings, a section may open with a short sentence."""
    line = body[k]
    words = word_count(line)
    if words < BOX_SIDE_WORDS and k >= 1 and headline_like(body[k - 1].strip()):
        return False
    return words >= BOX_SIDE_WORDS or (words >= AROUND_MIN_WORDS and line.rstrip().rstrip(_QUOTES_CLOSE + ")").endswith(".")
                                       and not line.rstrip().endswith(".."))


INTERRUPTION = ("the headline of another story inside the text: the paragraph below it continues the one "
                "above it")
RUN_LINES = 2  # a subheading comes alone; a lone link is told from one only by the outlet's habits
AROUND_MIN_WORDS = 8


def _interruptions(body: list[str], cand: list[int]) -> list[int]:
    """Runs of two headline-shaped lines (``MIN_OWN_WORDS``+ words, no ellipsis) that cut a
    paragraph from its continuation: the line above ends a sentence and the paragraph below opens
    with a connective (وقال، وكان، كما …, :func:`_continues`), both of ``AROUND_MIN_WORDS``+ words.
    A subheading opens a section, and its first paragraph starts afresh («يقول محلل …», «إن
    قانونية …»); a paragraph that continues the one above the run says the run is no part of the
    text but a link the page put there (BBC Arabic's related stories, on the story's own topic, so
    they share its words). A subheading also announces what follows: a line that shares more than
    ``OWN_MAX_SHARED`` of its stems with the two paragraphs below it stays (France24's «موسكو تعبر عن
    "خيبة أملها"» above «كما عبرت روسيا … عن "خيبة أملها"»). A run of questions only stays (an
    explainer asks, then answers «و…»). A single such line stays: France24 opens the paragraph under
    its subheadings with «و…» too (on its Feb–Jul 2018 pages, 186 single lines fit the other tests and
    most are subheadings; no pair of lines did). A line above ending with a colon introduces the
    lines (verse, a list), and a pull quote (:func:`_pull_quote`) is the article's own sentence.

    A comma does not keep a line out of such a pair when its partner has a headline's shape
    without one (BBC's «فاينانشال تايمز: إردوغان، رجل تركيا القوي، يدفع الليرة للهاوية» under «هل
    تتجه تركيا نحو أزمة اقتصادية؟»): the pair and the continuation below are the evidence. A single
    line goes too when the paragraph below points back to the speaker above it with no subject of
    its own («وقال أيضا إن …», «وأضاف أن …», «وأضاف: "…"», «كما تحدث أيضا عن …», :data:`_BACKREF_RE`): a
    subheading opens a section, and the section's first paragraph names who speaks."""
    cand_set = set(cand)
    # a comma line joins only a pair, so only a neighbour of a candidate is looked at
    loose = {m for n in cand_set for m in (n - 1, n + 1)
             if 0 < m < len(body) - 1 and m not in cand_set and _loose_shape(body[m].strip())}
    out: list[int] = []
    for members, pair_only in ((cand_set, False), (cand_set | loose, True)):
        for run in _runs(members, len(body)):
            if pair_only and (len(run) != RUN_LINES or not loose.intersection(run)):
                continue  # a comma-bearing line counts only as one of a pair (the strict runs judged the rest)
            if not set(run).intersection(out) and _interrupts(body, run, cand_set):
                out.extend(run)
    return sorted(set(out))


def _runs(members: set[int], n: int) -> list[list[int]]:
    """Maximal runs of consecutive indexes of ``members`` strictly inside ``range(n)``."""
    runs: list[list[int]] = []
    for k in sorted(m for m in members if 0 < m < n - 1):
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _interrupts(body: list[str], run: list[int], cand_set: set[int]) -> bool:
    """The tests of :func:`_interruptions` for one run of lines."""
    n, end = run[0], run[-1]
    above, below = body[n - 1].strip(), body[end + 1].strip() if end + 1 < len(body) else ""
    single = len(run) == 1 and n in cand_set and _BACKREF_RE.match(below) is not None
    return bool((len(run) == RUN_LINES or single) and below and any(k in cand_set for k in run)
                and all(word_count(body[k]) >= MIN_OWN_WORDS and not body[k].rstrip().endswith(("..", "…"))
                        for k in run)
                and any(not body[k].rstrip().endswith(_Q_END) for k in run)
                and word_count(above) >= AROUND_MIN_WORDS and word_count(below) >= AROUND_MIN_WORDS
                and ends_sentence(above) and not above.rstrip(_QUOTES_CLOSE + ")").endswith(":")
                and (_continues(below) or below[:1] == "و" or below.startswith(_BACK_STARTS))
                and any(Context(body[end + 1:end + 3]).shared(body[k]) <= OWN_MAX_SHARED for k in run)
                and not any(_pull_quote(body[k], body) for k in run)
                and not (len(run) > 1 and _restated(body, run)))


def _restated(body: list[str], run: list[int]) -> bool:
    """Every line of ``run`` restates the article (``RESTATED_SHARED`` of its stems occur in its other
    lines): a deck or pull quotes, not links to other stories (links share the topic, not the story)."""
    ctx = Context(body)
    return all(ctx.shared(body[k]) >= RESTATED_SHARED for k in run)


# Openings that refer back to the paragraph above («جاء ذلك في …», «بدوره، …»): no section opens so.
_BACK_STARTS = ("جاء ذلك", "وجاء ذلك", "يأتي ذلك", "ويأتي ذلك", "بدوره", "بدورها", "من جانبه", "من جانبها")
# The paragraph below points back to the speaker of the one above, with no subject of its own, or adds
# to it with «كما» and a verb («كما سيدفع ماسك …»: no section opens with "also"; «كما هو متوقع» does).
_BACKREF_RE = re.compile(
    r"^(?:و(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أشار|أشارت|أوضح|أوضحت|أكد|أكدت|لفت|لفتت|ذكر|ذكرت|تحدث|تحدثت)"
    r"(?:\s+(?:أيضا|أيضاً|كذلك|قائلا|قائلاً|قائلة|أن|إن|بأن|إنه|أنه)(?=[\s:،]|$)|\s*:)"
    r"|كما\s+(?!(?:هو|هي|هم|أن|أنه|أنها|إن|لو|في|يبدو|كان|كانت)(?=[\s،,]|$))\S)")


def _loose_shape(s: str) -> bool:
    """A headline's shape that may hold a comma (``X: a، b، c``): the marks of :func:`_not_a_headline`
    but the clause test, and no opening «و» (a clause of the article's that lost its period)."""
    return len(s) <= 200 and s[:1] != "و" and _headline_shape(s) and _clausal(s) \
        and not _not_a_headline(s, glued=True) and not _SINGLE_STOP_RE.search(s)


def _pull_quote(line: str, body: list[str]) -> bool:
    """``line`` is repeated word for word inside another paragraph of ``body`` (after
    :func:`match_key`): a pull quote or a phrase of the article set between paragraphs, not another
    story's headline (a headline on the same topic restates the story in words of its own)."""
    key = match_key(line)
    return bool(key) and any(key in match_key(p) and match_key(p) != key for p in body)


def glued_tail_headlines(segments: list[Segment], verdicts: list[Verdict]) -> list[int]:
    """Indices of segments that are glued related headlines (see module docstring)."""
    by_line: dict[int, list[int]] = {}
    for i, s in enumerate(segments):
        by_line.setdefault(s.line, []).append(i)
    out: list[int] = []
    for idx in by_line.values():
        if len(idx) < 2:
            continue
        tail = idx[-1]
        seg = segments[tail]
        if not seg.glued or verdicts[tail].reason or not headline_like(seg.text):
            continue
        if all(verdicts[i].reason for i in idx[:-1]):
            out.append(tail)
    return out


def after_marker(lines: list[str]) -> list[int]:
    """Which of ``lines`` (the non-empty lines after a bare marker) are headlines: the run of
    headline-shaped lines below it, read through page furniture that sits inside the box (a notice or
    a share line between two links: it goes by its own reason, and the box goes on)."""
    out: list[int] = []
    for k, line in enumerate(lines[:MAX_AFTER_MARKER + 2]):
        s = line.strip()
        if len(out) >= MAX_AFTER_MARKER:
            break
        if furniture(s) is not None:
            continue  # goes by its own reason; the box goes on below it
        if not _headline_shape(s) or _SINGLE_STOP_RE.search(s) or s[:1] in "وف" and _continues(s):
            break  # a line that continues («ويتقبل العزاء …») is the article's own again
        out.append(k)
    return out

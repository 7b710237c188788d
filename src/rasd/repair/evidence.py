"""Corpus evidence for the repair: what the other articles of a batch say about a line.

Pure: no I/O. A reader (``rasd process`` on a JSONL file, a folder, a WARC
archive or a database; ``rasd eval repair``) feeds every article of the batch
to :meth:`CorpusEvidence.observe` before repairing any of them; the repair then
asks two questions, as jusText and trafilatura learn page furniture from the
pages of one site:

- **Is this line another article's title?** (:meth:`is_other_title`) A line of
  the body that is, word for word, the title of another article of the batch
  (given as metadata, or the article's first line) is that story's headline
  left in this page: a related headline.
- **Is this line the outlet's boilerplate?** (:meth:`is_boilerplate`) A line
  that recurs in at least ``MIN_OUTLET_ARTICLES`` different articles of one
  outlet, or ``MIN_CORPUS_ARTICLES`` of the whole batch, is page furniture
  (share bars, notices, captions the site template repeats). "Different"
  means a different story (:func:`distinct_stories`): not a copy (the same
  fingerprint: the article's longest other line) and, for a short line, not a
  version or follow-up of one story (titles sharing half their words and a long
  paragraph in common). Updates of one story, re-edited
  under new titles, carry the same quotes and background paragraphs, and those are
  content; furniture recurs across stories on other topics. A short line holding a digit also counts when it recurs
  with its numbers, month and weekday names masked (:func:`masked`): a site's
  time stamp or counter line (``نشر في: الأحد 5 آب 2016``, ``1234 مشاهدة``), in
  ``MIN_OUTLET_ARTICLES`` pages of the outlet or ``MIN_CORPUS_ARTICLES`` of the batch.

- **Does this line open with the outlet's link label?** (:meth:`link_label`) The
  words before a colon at the start of a short line («مقال ذو صلة: …», «تقرير
  سابق: …»: one to three words, no digit) that open lines of
  ``MIN_OUTLET_ARTICLES`` different stories of one outlet, or
  ``MIN_CORPUS_ARTICLES`` of the batch, each time before other words: the site's
  label of a related-story link, whatever its wording. The repair takes the
  line only when the rest has a link's shape.

- **Does the outlet write links in a headline's present?** (:meth:`register_links`) Of the outlet's
  lines in that register (a subject, then an imperfect verb: :func:`rasd.repair.headshape.headline_register`),
  ``REGISTER_MIN_KNOWN`` and a ``REGISTER_MIN_SHARE`` are titles of other pages of the batch: its other
  lines so written are links too (BBC), not subheadings (France24 writes those in the same register).

For parallel work, :meth:`CorpusEvidence.hints` packs what the batch says
about one article's lines into a small picklable :class:`ArticleHints` with the
same questions, so a worker process never needs the whole batch.

Lines are compared stripped (page furniture repeats exactly; the cheap key
keeps observing at well over 10,000 articles/s). Lines longer
than ``MAX_LINE_CHARS`` characters (paragraphs) are never boilerplate. Memory: one small entry per
distinct line of the batch (capped fingerprint lists).
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache
from itertools import islice

from rasd.repair.foreign import stems
from rasd.repair.headshape import _own_shape, headline_register

MIN_OUTLET_ARTICLES = 3
MIN_CORPUS_ARTICLES = 5
# A full sentence of prose (PROSE_MIN_WORDS words or more, ending a sentence) is furniture only when
# it recurs across many articles (an app footer, a standing disclaimer): outlets reuse background
# paragraphs («وتشهد غزة منذ 30 آذار/مارس مسيرات العودة…») in the three or four stories of a week
# that need them, and those are content.
PROSE_MIN_WORDS = 12
PROSE_MIN_ARTICLES = 8
# A headline-shaped line that two stories of one outlet carry (or three of the batch) is a link to
# a third story: an article's own subheading is written for it alone.
# "Another story" here: no long paragraph in common (STORY_LINES longest lines of STORY_MIN_CHARS+),
# since one story's versions (updates, the same page under two sections) share some.
LINKED_MIN_OUTLET = 2
LINKED_MIN_ARTICLES = 3
STORY_LINES = 5
STORY_MIN_CHARS = 80
MAX_LINE_CHARS = 400
# The outlet's style, learnt from the batch: are its lines in a headline's present (``headline_register``)
# links to other stories or its own subheadings? On the ANT corpus, 113 of BBC's 435 such lines are
# titles of other BBC pages of the corpus (its related links), 1 of France24's 246 (its subheadings).
# An outlet whose such lines are other pages' titles REGISTER_MIN_SHARE of the time, REGISTER_MIN_KNOWN
# times at least, writes links so: its other lines in that register are links too (to pages the batch
# lacks). Capped per outlet (distinct lines), so the memory stays small.
REGISTER_MIN_SHARE = 0.2
REGISTER_MIN_KNOWN = 5
REGISTER_CAP = 5000
MAX_TITLE_CHARS = 250
_CAP = max(MIN_OUTLET_ARTICLES, MIN_CORPUS_ARTICLES, PROSE_MIN_ARTICLES) + 4  # room for versions of one story
# Two pages are one story when their titles share SAME_STORY_SHARE of the shorter title's stems, and at
# least SAME_STORY_MIN_STEMS of them (one shared name, «السعودية», says nothing), and one of their
# first BODY_LINES long paragraphs (STORY_MIN_CHARS+) besides the line in question: a daily column
# under a fixed title is a new story each day.
SAME_STORY_SHARE = 0.5
SAME_STORY_MIN_STEMS = 2
BODY_LINES = 24
# Templated lines (a time stamp, a counter, a dated byline) repeat with other numbers, days and months:
# short lines holding a digit are also compared with those masked.
MASK_MAX_CHARS = 90
_DIGITS_RE = re.compile(r"[0-9\u0660-\u0669]+")
_CALENDAR = frozenset("""
يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان
شوال القعدة الحجة السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة
""".split())
_TOKEN_RE = re.compile(r"[\u0621-\u064a]+")
# A label before a colon: one to three words, no digit, 3–25 characters (one- and two-letter labels
# are an interview's turns: «س:», «ج:»); the rest of the line is another story's headline.
_LABEL_RE = re.compile(r"^([^\d:\n]{3,25}?)\s*:\s*\S")
LABEL_MAX_WORDS = 3
LABEL_LINE_MAX_CHARS = 250


def label_of(key: str) -> str | None:
    """The label before a colon opening the short line ``key``, or None."""
    if len(key) > LABEL_LINE_MAX_CHARS or ":" not in key[:27]:
        return None
    m = _LABEL_RE.match(key)
    if m is None or len(m.group(1).split()) > LABEL_MAX_WORDS:
        return None
    return m.group(1).strip()


def masked(key: str) -> str | None:
    """``key`` with its numbers, month and weekday names masked, or None when it is long or has no digit."""
    if len(key) > MASK_MAX_CHARS or _DIGITS_RE.search(key) is None:
        return None
    return _TOKEN_RE.sub(lambda m: "M" if m.group(0) in _CALENDAR else m.group(0), _DIGITS_RE.sub("0", key))
_SENTENCE_END_RE = re.compile(r"[.؟?!…][\"'»”)]*\s*")
_PROSE_END_RE = re.compile(r"[.؟?!…][\"'»”)]*\s*$")


def is_prose(line: str) -> bool:
    """Whether ``line`` is a full sentence of prose (see PROSE_MIN_WORDS)."""
    return len(line.split()) >= PROSE_MIN_WORDS and _PROSE_END_RE.search(line) is not None


@lru_cache(maxsize=8192)
def _title_stems(title: str) -> frozenset[str]:
    return frozenset(stems(title))


def similar_titles(title_a: str, title_b: str) -> bool:
    """Whether two titles name one story: they share half the shorter one's stems, two at least."""
    if title_a == title_b:
        return True
    sa, sb = _title_stems(title_a), _title_stems(title_b)
    common = len(sa & sb)
    return common >= SAME_STORY_MIN_STEMS and common >= SAME_STORY_SHARE * min(len(sa), len(sb))


# A page seen carrying a line: (fingerprint: the hash of its longest other line, its title's key, the
# hashes of its longest paragraphs).
Seen = tuple[int, str, frozenset[int]]


def same_story(a: Seen, b: Seen, line: str = "") -> bool:
    """Whether two pages carrying ``line`` are versions or follow-ups of one story: similar titles
    (:func:`similar_titles`) and a long paragraph in common besides ``line``. Updated pages of one
    story keep its quotes and background paragraphs under new titles («مستشار أردوغان: جمال خاشقجي
    قتل…», «تركيا تطلب الإذن بتفتيش القنصلية… خاشقجي»)."""
    common = a[2] & b[2]
    if not common or (len(common) == 1 and hash(line) in common):
        return False
    return similar_titles(a[1], b[1])


def distinct_stories(seen: list[Seen], need: int, line: str = "") -> int:
    """How many different stories (up to ``need``) these pages (different fingerprints) carrying
    ``line`` hold: a page that is one story with a page counted before (:func:`same_story`) does not
    count again."""
    if len(seen) < need:
        return len(seen)
    got: list[Seen] = []
    for x in seen:
        if not any(same_story(x, g, line) for g in got):
            got.append(x)
            if len(got) >= need:
                break
    return len(got)


def _recurs(key: str, outlet_fps: list[Seen] | None, all_fps: list[Seen] | None, prose_too: bool = False) -> bool:
    """Whether a line seen in these different articles (fingerprints) is page furniture: it recurs in
    enough different stories; with ``prose_too``, whether a prose line under the furniture count
    recurs in different articles at all (the repair then reads its words against the article's)."""
    if prose_too:  # different articles, as a teaser recurs in follow-ups of one story too
        return (outlet_fps is not None and len(outlet_fps) >= MIN_OUTLET_ARTICLES) or (
            all_fps is not None and len(all_fps) >= MIN_CORPUS_ARTICLES)
    if is_prose(key):  # a full sentence in PROSE_MIN_ARTICLES pages: a notice, or a lead the site pastes
        return (outlet_fps is not None and len(outlet_fps) >= PROSE_MIN_ARTICLES) or (
            all_fps is not None and len(all_fps) >= PROSE_MIN_ARTICLES)
    # A short line reaches the furniture count in three versions of one story (a quote, a background
    # line): only different stories count.
    return (outlet_fps is not None and distinct_stories(outlet_fps, MIN_OUTLET_ARTICLES, key) >= MIN_OUTLET_ARTICLES) or (
        all_fps is not None and distinct_stories(all_fps, MIN_CORPUS_ARTICLES, key) >= MIN_CORPUS_ARTICLES)


def _linked(key: str, outlet_stories: list[frozenset[int]] | None, all_stories: list[frozenset[int]] | None) -> bool:
    """See :meth:`CorpusEvidence.is_linked`."""
    return (outlet_stories is not None and len(outlet_stories) >= LINKED_MIN_OUTLET) or (
        all_stories is not None and len(all_stories) >= LINKED_MIN_ARTICLES)


def line_key(text: str) -> str:
    """The comparison key of a line: the line stripped (page furniture repeats character for character)."""
    return text.strip()


class CorpusEvidence:
    """Titles and repeated lines of one batch of articles (see module docstring)."""

    def __init__(self) -> None:
        self._titles: dict[str, int] = {}
        # (outlet, line) and line → the pages carrying it, one per fingerprint (copies of a page count once)
        self._outlet_lines: dict[tuple[str, str], list[Seen]] = {}
        self._lines: dict[str, list[Seen]] = {}
        # short unpunctuated lines → the distinct stories carrying them (sets of long-paragraph hashes)
        self._outlet_stories: dict[tuple[str, str], list[frozenset[int]]] = {}
        self._stories: dict[str, list[frozenset[int]]] = {}
        self._masked: dict[tuple[str, str], list[int]] = {}  # (outlet or "\0": any, masked line) → fingerprints
        # (outlet, label) and label → the pages whose lines open with it (see link_label)
        self._outlet_labels: dict[tuple[str, str], list[Seen]] = {}
        self._labels: dict[str, list[Seen]] = {}
        self._register: dict[str, dict[str, None]] = {}  # outlet → its distinct lines in a headline's present
        self._register_style: dict[str, bool] = {}  # outlet → its verdict (cleared by each observe)
        self.articles = 0

    def observe(self, raw: str, *, outlet: str | None = None, title: str | None = None) -> None:
        """Record one article of the batch: its title (``title``, else its first line) and its lines."""
        keys = [k for k in (line_key(ln) for ln in raw.split("\n")) if k]
        if not keys:
            return
        self.articles += 1
        self._register_style.clear()
        t = line_key(title) if title else keys[0]
        self._titles[t] = self._titles.get(t, 0) + 1
        uniq = [k for k in dict.fromkeys(keys) if k != t and len(k) <= MAX_LINE_CHARS]
        if not uniq:
            return
        longest = max(keys, key=len)
        second = max((k for k in keys if k != longest), key=len, default=longest)
        o = outlet or ""
        story: frozenset[int] | None = None
        # its long paragraphs (hashes cached by the dict above), for telling versions of one story apart
        body = frozenset(islice((hash(p) for p in keys if len(p) >= STORY_MIN_CHARS), BODY_LINES))
        page: Seen = (hash(longest), t, body)
        for k in uniq:
            entry = page if k != longest else (hash(second), t, body)
            fp = entry[0]
            for store, key in ((self._outlet_lines, (o, k)), (self._lines, k)):
                seen = store.get(key)  # type: ignore[call-overload]
                if seen is None:
                    store[key] = [entry]  # type: ignore[index]
                elif len(seen) < _CAP and entry not in seen and all(x[0] != fp for x in seen):
                    seen.append(entry)
            mk = masked(k) if len(k) <= MASK_MAX_CHARS else None
            if mk is not None:
                for mkey, cap in (((o, mk), MIN_OUTLET_ARTICLES), (("\0", mk), MIN_CORPUS_ARTICLES)):
                    fps = self._masked.get(mkey)
                    if fps is None:
                        self._masked[mkey] = [fp]
                    elif len(fps) < cap and fp not in fps:
                        fps.append(fp)
            lab = label_of(k) if ":" in k[:27] else None
            if lab is not None:
                for lstore, lkey in ((self._outlet_labels, (o, lab)), (self._labels, lab)):
                    pages = lstore.get(lkey)  # type: ignore[call-overload]
                    if pages is None:
                        lstore[lkey] = [entry]  # type: ignore[index]
                    elif len(pages) < _CAP and all(x[0] != fp for x in pages):
                        pages.append(entry)
            if len(k) <= MAX_TITLE_CHARS and not k.endswith(".") and not is_prose(k):
                if headline_register(k) and _own_shape(k):
                    reg = self._register.setdefault(o, {})
                    if len(reg) < REGISTER_CAP:
                        reg[k] = None
                if story is None:  # the article's long paragraphs: versions of one story share some
                    story = frozenset(hash(p) for p in heapq.nlargest(STORY_LINES, keys, key=len)
                                      if len(p) >= STORY_MIN_CHARS and p != k)
                for store, key in ((self._outlet_stories, (o, k)), (self._stories, k)):
                    sts = store.get(key)  # type: ignore[call-overload]
                    if sts is None:
                        store[key] = [story]  # type: ignore[index]
                    elif len(sts) < LINKED_MIN_ARTICLES and all(story.isdisjoint(x) for x in sts):
                        sts.append(story)

    def copy(self) -> CorpusEvidence:
        """An independent copy (a learnt evidence corpus extended by each batch of inputs)."""
        out = CorpusEvidence()
        out._titles = dict(self._titles)
        out._outlet_lines = {k: list(v) for k, v in self._outlet_lines.items()}
        out._lines = {k: list(v) for k, v in self._lines.items()}
        out._outlet_stories = {k: list(v) for k, v in self._outlet_stories.items()}
        out._stories = {k: list(v) for k, v in self._stories.items()}
        out._masked = {k: list(v) for k, v in self._masked.items()}
        out._outlet_labels = {k: list(v) for k, v in self._outlet_labels.items()}
        out._labels = {k: list(v) for k, v in self._labels.items()}
        out._register = {k: dict(v) for k, v in self._register.items()}
        out.articles = self.articles
        return out

    def is_other_title(self, line: str, own_title: str = "") -> bool:
        """True when ``line`` is the title of an article of the batch other than this one."""
        k = line_key(line)
        n = self._titles.get(k, 0)
        return n > 1 or (n == 1 and k != line_key(own_title))

    def titles_ending(self, line: str) -> str | None:
        """The longest title of the batch glued at the end of ``line`` after one of its sentence ends."""
        k = line_key(line)
        if not self._titles:
            return None
        off = max(0, len(k) - MAX_TITLE_CHARS)  # a title is short: look only at the line's end
        for m in _SENTENCE_END_RE.finditer(k, off):
            if m.end() > 20 and k[m.end():] in self._titles:
                return k[m.end():]
        return None

    def register_links(self, outlet: str | None = None) -> bool:
        """Whether the outlet's lines in a headline's present are links to other stories (see
        ``REGISTER_MIN_SHARE``): many of them are titles of other pages of the batch."""
        o = outlet or ""
        got = self._register_style.get(o)
        if got is None:
            lines = self._register.get(o, {})
            known = sum(1 for k in lines if k in self._titles)
            got = known >= REGISTER_MIN_KNOWN and known >= REGISTER_MIN_SHARE * len(lines)
            self._register_style[o] = got
        return got

    def is_boilerplate(self, line: str, outlet: str | None = None) -> bool:
        """True when ``line`` recurs across different articles of the outlet or of the batch."""
        k = line_key(line)
        return _recurs(k, self._outlet_lines.get((outlet or "", k)), self._lines.get(k)) or self._templated(k, outlet)

    def _templated(self, k: str, outlet: str | None) -> bool:
        """Whether the short line ``k`` recurs in the outlet's pages with other numbers, days or months."""
        mk = masked(k)
        if mk is None or is_prose(k):
            return False
        fps = self._masked.get((outlet or "", mk))
        if fps is not None and len(fps) >= MIN_OUTLET_ARTICLES:
            return True
        # The batch's other outlets count too (key "\0"): a stamp template that many sites share.
        fps = self._masked.get(("\0", mk))
        return fps is not None and len(fps) >= MIN_CORPUS_ARTICLES

    def is_repeated_prose(self, line: str, outlet: str | None = None) -> bool:
        """True when a prose line recurs across different articles, fewer times than furniture does:
        a background paragraph reused by the outlet, or another story's text (a teaser) left in its
        pages; the repair tells them apart by the article's own words."""
        k = line_key(line)
        return is_prose(k) and _recurs(k, self._outlet_lines.get((outlet or "", k)), self._lines.get(k), True)

    def is_linked(self, line: str, outlet: str | None = None) -> bool:
        """True when a short line that is not a sentence of prose recurs in another story of the outlet
        (or in ``LINKED_MIN_ARTICLES`` of the batch), under the furniture count: a link to a story that
        several pages carry (a related-stories link, a teaser's headline). The repair takes it only
        when it has a headline's shape."""
        k = line_key(line)
        return _linked(k, self._outlet_stories.get((outlet or "", k)), self._stories.get(k))

    def link_label(self, line: str, outlet: str | None = None) -> str | None:
        """The label opening ``line`` («تقرير سابق» of «تقرير سابق: …») when it opens lines of different
        stories of the outlet or of the batch (see module docstring), else None."""
        k = line_key(line)
        lab = label_of(k) if ":" in k[:27] else None
        if lab is None:
            return None
        return lab if _recurs(lab, self._outlet_labels.get((outlet or "", lab)), self._labels.get(lab)) else None

    def hints(self, raw: str, *, outlet: str | None = None, title: str | None = None) -> ArticleHints | None:
        """What the batch says about the lines of one article, or None when it says nothing."""
        keys = [k for k in (ln.strip() for ln in raw.split("\n")) if k]
        if not keys:
            return None
        own = line_key(title) if title else keys[0]
        o = outlet or ""
        tcount, per_outlet, overall = self._titles, self._outlet_lines, self._lines
        titles_l: list[str] = []
        boiler_l: list[str] = []
        prose_l: list[str] = []
        linked_l: list[str] = []
        labels: dict[str, str] = {}
        for k in keys:
            if len(k) > MAX_LINE_CHARS:  # titles and furniture are short lines
                continue
            if self._labels and ":" in k[:27] and (lab := self.link_label(k, outlet)):
                labels[k] = lab
            n = tcount.get(k, 0)
            if n > 1 or (n == 1 and k != own):
                titles_l.append(k)
                continue
            afps = overall.get(k)
            if afps is None or len(afps) < 2:
                if self._masked and self._templated(k, outlet):
                    boiler_l.append(k)
                continue  # in one article (or one story's copies) only: nothing to say (most lines)
            ofps = per_outlet.get((o, k))
            if _recurs(k, ofps, afps):
                boiler_l.append(k)
            elif is_prose(k) and _recurs(k, ofps, afps, True):
                prose_l.append(k)
            elif _linked(k, self._outlet_stories.get((o, k)), self._stories.get(k)):
                linked_l.append(k)
        titles, boiler = frozenset(titles_l), frozenset(boiler_l)
        # A glued title leaves the line without its final period; a line ending in one has none.
        tails = {k: t for k in keys if not k.endswith(".") and (t := self.titles_ending(k))} if tcount else {}
        style = self.register_links(outlet)
        if not (titles or boiler or tails or prose_l or linked_l or labels or style):
            return None
        return ArticleHints(titles, boiler, tails, frozenset(prose_l), frozenset(linked_l), labels, style)


class ArticleHints:
    """The batch's evidence about one article's lines (see :meth:`CorpusEvidence.hints`); answers the
    same questions as :class:`CorpusEvidence` for those lines."""

    __slots__ = ("titles", "boilerplate", "tails", "repeated_prose", "linked", "labels", "style")

    def __init__(self, titles: frozenset[str], boilerplate: frozenset[str], tails: dict[str, str],
                 repeated_prose: frozenset[str] = frozenset(), linked: frozenset[str] = frozenset(),
                 labels: dict[str, str] | None = None, style: bool = False) -> None:
        self.titles, self.boilerplate, self.tails = titles, boilerplate, tails
        self.repeated_prose, self.linked = repeated_prose, linked
        self.labels = labels or {}
        self.style = style

    def __getstate__(self) -> tuple:
        return self.titles, self.boilerplate, self.tails, self.repeated_prose, self.linked, self.labels, self.style

    def __setstate__(self, state: tuple) -> None:
        self.titles, self.boilerplate, self.tails, self.repeated_prose, self.linked = state[:5]
        self.labels = state[5] if len(state) > 5 else {}
        self.style = state[6] if len(state) > 6 else False

    def register_links(self, outlet: str | None = None) -> bool:
        return self.style

    def is_other_title(self, line: str, own_title: str = "") -> bool:
        return line_key(line) in self.titles

    def titles_ending(self, line: str) -> str | None:
        return self.tails.get(line_key(line))

    def is_boilerplate(self, line: str, outlet: str | None = None) -> bool:
        return line_key(line) in self.boilerplate

    def is_repeated_prose(self, line: str, outlet: str | None = None) -> bool:
        return line_key(line) in self.repeated_prose

    def is_linked(self, line: str, outlet: str | None = None) -> bool:
        return line_key(line) in self.linked

    def link_label(self, line: str, outlet: str | None = None) -> str | None:
        return self.labels.get(line_key(line))

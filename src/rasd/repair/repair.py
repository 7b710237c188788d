"""Repair raw scraped text into a clean article, reporting every removal.

Pure: no I/O. ``repair(raw, title=None) -> Article`` returns an Article with
``title``, ``paragraphs``, ``text`` (built), ``related_headlines``, ``removed``
(one :class:`~rasd.record.Removal` per left-out piece: text, reason code,
human detail, the kept paragraph index or ``"title"`` it duplicates, raw line
number), ``author``/``place`` when a byline or dateline names them, and
``warnings`` noting glued lines that were split into several kept paragraphs
(``glued_split: …``).

Steps, in order:

1. Lines: the raw text is split at newlines; blank lines carry nothing.
2. Boilerplate (:mod:`rasd.repair.boilerplate`): whole lines (time stamps, end
   markers, read-also, share, contact, link lines; bylines/datelines at the top;
   credit lines at the bottom) and line edges (share-widget or byline/dateline
   prefix of the first body line, tag/link/read-more suffixes). With corpus
   evidence, also lines the batch explains (:func:`_corpus_hit`: another
   article's title, a line the outlet repeats, a link under a label that opens
   lines of other stories' pages); a short label the outlet repeats
   (:func:`_box_label`) heads a box, and the headline-shaped lines under it are
   links, as under a read-also marker.
3. Title: the given ``title`` (metadata) when there is one; otherwise the first
   remaining line when it looks like a title (at most 25 words, no final
   period, not glued); a single remaining line becomes the title only when it
   is headline-shaped, otherwise it is the one paragraph.
4. Segments (:mod:`rasd.repair.lines`): each body line is split at glued
   sentence boundaries.
5. Copies (:mod:`rasd.repair.dedup`): repeated titles, exact copies (first
   clean full copy kept), truncated copies; a run of removed lines that repeats
   every kept paragraph is relabelled ``repeated_body``. With the copies known,
   a site notice above them is below the story after all
   (:func:`_notices_above_copies`), and a notice that speaks of the page itself
   goes from between paragraphs too (:func:`_page_notices_inside`).
6. Related headlines (:mod:`rasd.repair.headlines`): glued unpunctuated tails of
   teaser runs, and headline lines after a bare read-also marker. A short line
   right above links the repair took, foreign to the article, is their box's
   label in whatever wording (:func:`_labels_above`).
6b. Teasers (:mod:`rasd.repair.teasers`): a block of other stories' leads
   below the article (lines the corpus removed there count as part of it), and
   a short title right above such a block (a media caption: it heads nothing).
7. Everything else is kept, in raw order, one paragraph per segment; glued
   pieces that are not copies become paragraphs of their own. Nothing whose
   key occurs once is dropped except boilerplate and related headlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rasd.record import Article, Removal
from rasd.repair import boilerplate
from rasd.repair.dedup import Verdict, judge
from rasd.repair.foreign import Context, stems
from rasd.repair.furniture import (
    TRAILING_NOTICE,
    TRAILING_NOTICE_MAX_WORDS,
    speaks_of_page,
    standing_line,
)
from rasd.repair.headlines import (
    END_OWN,
    OWN_MAX_SHARED,
    after_marker,
    foreign_headlines,
    glued_tail_headlines,
)
from rasd.repair.headshape import MIN_STEMS, _own_shape, linked_shape
from rasd.repair.lines import (
    Segment,
    glued_splits,
    headline_like,
    match_key,
    segments_of,
    word_count,
)
from rasd.repair.story import (  # LABEL_ABOVE is re-exported: callers and tests read it from here
    LABEL_ABOVE,  # noqa: F401
    LABEL_DETAIL,
    STORY_LINES_ABOVE,
    _box_label,
    _labels_above,
    _story_caveat,
    _story_furniture,
    _story_label,
    _trailing_notices,
    notice_below,
)
from rasd.repair.teasers import LEAD_MIN_WORDS, trailing_leads, wire_lead

if TYPE_CHECKING:

    from rasd.repair.evidence import ArticleHints, CorpusEvidence

MAX_TITLE_WORDS = 25
CAPTION_MAX_WORDS = 14

_DETAILS = {
    "duplicate_title": "repeats the title",
    "truncated_copy": "a copy of {of} cut off (teaser)",
    "glued_duplicate": "a copy of {of} glued into a run of paragraphs on line {line}",
    "duplicate_paragraph": "a repeat of {of}",
    "repeated_body": "part of a second copy of the whole body ({of})",
    "related_headline": "the headline of another story, glued after the text",
    "related_teaser": "another story's lead in a block of them below the article (a more-stories box)",
    "caption": "a short title between the article and a block of other stories' leads: it heads no paragraph, "
               "so it captions an embedded photo or video",
    "boilerplate_notice": "a site notice: a short line about the page or to the reader, foreign to the story, "
                          "below the story once its copies are known or speaking of the page itself",
}


@dataclass(slots=True)
class _Stretch:
    line: int
    start: int
    end: int


def _describe(of: int | str | None) -> str:
    if of == "title":
        return "the title"
    if isinstance(of, int):
        return f"paragraph {of + 1}"
    return "another paragraph"


def _title_like(text: str) -> bool:
    """At most ``MAX_TITLE_WORDS`` words, no final period, comma or colon (a pause «..» is a headline's:
    «تركيا تعتقل 17 مشتبهاً بالانتماء لداعش..»), not glued."""
    t = text.rstrip()
    return word_count(t) <= MAX_TITLE_WORDS and not (t.endswith((".", "،", ":")) and not t.endswith("..")) \
        and not glued_splits(t)


def repair(raw: str, title: str | None = None, *, evidence: CorpusEvidence | ArticleHints | None = None,
           outlet: str | None = None) -> Article:
    """Repair ``raw`` into an :class:`Article` (see module docstring).

    ``evidence``: what the other articles of the batch say (other titles, lines
    the outlet repeats; :mod:`rasd.repair.evidence`); ``outlet`` names this
    article's outlet in it.
    """
    title = " ".join(title.split()) if title else None  # an empty metadata title means "none given"
    title = title or None
    lines = [ln.rstrip("\r") for ln in raw.split("\n")]
    nonempty = [i for i, ln in enumerate(lines) if ln.strip()]
    removed: list[tuple[int, int, Removal]] = []  # (line, start, removal) for ordering
    related: list[tuple[int, int, str]] = []  # (line, offset, headline), sorted at the end
    meta: dict[str, str | None] = {"author": None, "place": None}

    def drop(line: int, start: int, end: int, reason: str, detail: str, of: int | str | None = None) -> None:
        removed.append((line, start, Removal(lines[line][start:end].strip(), reason, detail, of, line)))

    def take_meta(hit: boilerplate.Hit) -> None:
        for key in ("author", "place"):
            value = getattr(hit, key)
            if value and not meta[key]:
                meta[key] = value.strip()

    # -- 2. whole-line boilerplate ------------------------------------------------
    title_slot = 1 if title is None else 0
    body_seen = 0
    hits: dict[int, boilerplate.Hit] = {}
    marker_follow: set[int] = set()
    trailing: set[int] | None = None  # lines after the article's last own paragraph, computed when needed
    by_corpus: set[int] = set()  # lines the batch's evidence removed (given back to the teaser rule)
    for k, i in enumerate(nonempty):
        if i in marker_follow:
            continue
        top = body_seen <= title_slot and k < 4
        hit = boilerplate.whole_line(lines[i], top=top, first=top and body_seen == title_slot, last=False)
        if hit is not None and title is None and k == 0 and hit.reason == "boilerplate_read_also" and hit.related:
            hit = None  # "شاهد.. <headline>" as the first line is this article's own (video) title
        if hit is not None and _story_furniture(hit, lines[i], lines, nonempty, title):
            hit = None
        if hit is None and evidence is not None and not (title is None and k == 0):
            hit = _corpus_hit(evidence, lines[i], title or lines[nonempty[0]], outlet)
            if hit is not None and hit.reason == "boilerplate_repeated" and _story_caveat(lines[i], lines, nonempty, title):
                hit = None
            if hit is not None and hit.detail.startswith(LABEL_DETAIL) and _story_label(lines[i], lines, nonempty, title):
                hit = None
            if hit is None and evidence.is_repeated_prose(lines[i], outlet):
                if trailing is None:
                    trailing = _trailing_block(lines, nonempty, evidence, title or lines[nonempty[0]], outlet)
                if i in trailing:
                    hit = _foreign_repeat(lines[i], [title or ""] + [lines[j] for j in nonempty if j != i])
            if hit is not None:
                by_corpus.add(i)
        if hit is None:
            body_seen += 1
            continue
        hits[i] = hit
        if hit.reason == "boilerplate_read_also" and not hit.related or (
                hit.reason == "boilerplate_repeated" and not top and _box_label(lines[i])):
            following = [lines[j] for j in nonempty[k + 1:]]
            for j in after_marker(following):
                marker_follow.add(nonempty[k + 1 + j])
    for i in reversed(nonempty):  # trailing credit lines, below the last paragraph
        if i in hits or i in marker_follow:
            continue
        hit = boilerplate.whole_line(lines[i], top=False, first=False, last=True)
        # Below the story (its first line is the title when none was given).
        if hit is None and notice_below(lines[i], sum(j < i and j not in hits for j in nonempty) - (title is None),
                                        lines, nonempty, title):
            hit = boilerplate.Hit("boilerplate_notice", TRAILING_NOTICE, 0, len(lines[i].strip()))
        elif hit is None or _story_furniture(hit, lines[i], lines, nonempty, title, cue=False):
            break
        hits[i] = hit
    for i, hit in hits.items():
        drop(i, 0, len(lines[i]), hit.reason, hit.detail)
        related.extend((i, k, h) for k, h in enumerate(hit.related))
        take_meta(hit)
    for i in sorted(marker_follow):
        related.append((i, 0, lines[i].strip()))
        drop(i, 0, len(lines[i]), "related_headline", "the headline of another story, after a read-also marker")

    body = [i for i in nonempty if i not in hits and i not in marker_follow]
    body_set = set(body)

    # -- 3. title -------------------------------------------------------------------
    title_row = -1
    if title is not None:
        the_title = title
    else:
        the_title = ""
        if body:
            first = lines[body[0]].strip()
            if (len(body) > 1 and _title_like(first)) or (len(body) == 1 and headline_like(first)):
                the_title = first
                title_row = body[0]
                body = body[1:]
    title_key = match_key(the_title)

    # -- 2c. headlines of other stories: own lines and glued tails -----------------------
    # Lines the batch already showed to be links stay in view as links, so that a box of related
    # headlines that the corpus explains in part is still seen as one box.
    links = {i for i, h in hits.items() if h.reason == "related_headline"}
    rows = [i for i in nonempty if i in links or (i in body_set and i != title_row)] if links else body
    known = {n for n, i in enumerate(rows) if i in links}
    own, tails = foreign_headlines(the_title, [lines[i] for i in rows], evidence, known, outlet, bool(related))
    # A line that heads nothing is judged against the paragraph right above it: with page furniture
    # between them (a drawn rule, a share bar) it opens a section of its own, which the story may hold.
    prev = {b: a for a, b in zip(nonempty, nonempty[1:], strict=False)}
    own = {n: why for n, why in own.items() if why != END_OWN or prev.get(rows[n]) not in hits
           or hits[prev[rows[n]]].reason == "related_headline"}
    for n in own:
        i = rows[n]
        related.append((i, 0, lines[i].strip()))
        drop(i, 0, len(lines[i]), "related_headline", own[n])
    tail_at = {rows[n]: at for n, at in tails.items()}
    dropped = {rows[n] for n in own}
    if own or links:
        dropped |= _labels_above(lines, nonempty, body, dropped | links, the_title, drop)
    body = [i for i in body if i not in dropped]
    if dropped:  # the story's end is known only now: notices above the links found here are below it
        body = _trailing_notices(lines, nonempty, body, title, drop)

    # -- 2b. line edges -----------------------------------------------------------
    stretches: list[_Stretch] = []
    for n, i in enumerate(body):
        line = lines[i]
        start, end = 0, len(line)
        if n == 0:
            hit = boilerplate.prefix(line, first=True)
            if hit:
                drop(i, hit.start, hit.end, hit.reason, hit.detail)
                take_meta(hit)
                start = hit.end
        hit = boilerplate.suffix(line[:end], last=n == len(body) - 1)
        if hit and hit.start > start:
            drop(i, hit.start, hit.end, hit.reason, hit.detail)
            related.extend((i, hit.start + k, h) for k, h in enumerate(hit.related))
            take_meta(hit)
            end = hit.start
        elif i in tail_at and tail_at[i][0] > start:  # a known suffix (tags, signature) wins over a headline
            at, why = tail_at[i]
            related.append((i, at, line[at:].strip()))
            drop(i, at, len(line), "related_headline", why)
            end = at
        if line[start:end].strip():
            stretches.append(_Stretch(i, start, end))

    # -- 4./5. segments and copies ------------------------------------------------------
    segments: list[Segment] = []
    for st in stretches:
        segments.extend(segments_of(st.line, lines[st.line], st.start, st.end))
    verdicts = judge(segments, title_key)
    for t in glued_tail_headlines(segments, verdicts):
        verdicts[t] = Verdict("related_headline")
    _notices_above_copies(lines, nonempty, segments, verdicts, title)
    _page_notices_inside(lines, nonempty, segments, verdicts, title)

    # Paragraph numbers of kept segments, in raw order. When the whole body is there twice (every
    # kept paragraph has a copy), the order of the last copy holds: the first copy may have run
    # paragraphs together, and mixing its order with the clean copy's scrambles them.
    last: dict[int, int] = {}
    for idx, v in enumerate(verdicts):
        if v.reason in ("glued_duplicate", "duplicate_paragraph") and isinstance(v.of, int):
            last[v.of] = max(last.get(v.of, v.of), idx)
    kept_idx = [idx for idx, v in enumerate(verdicts) if v.reason is None]
    twice = len(kept_idx) > 1 and all(idx in last for idx in kept_idx)
    kept = sorted((last[idx] if twice else idx, idx) for idx in kept_idx)
    if not twice:  # other stories' leads below the article (a "more stories" block): see teasers.py
        kept = _cut_teasers(the_title, segments, verdicts, kept, [(i, lines[i].strip()) for i in sorted(by_corpus)],
                            [(i, lines[i].strip()) for i in sorted(dropped | links | marker_follow)]
                            if dropped or links or marker_follow else None)
    para_of: dict[int, int] = {}
    paragraphs: list[str] = []
    for _, idx in kept:
        para_of[idx] = len(paragraphs)
        paragraphs.append(segments[idx].text)
    _relabel_repeated_body(segments, verdicts, len(paragraphs), para_of)

    split_lines: dict[int, int] = {}
    for seg, v in zip(segments, verdicts, strict=True):
        if v.reason is None:
            if seg.glued:
                split_lines[seg.line] = split_lines.get(seg.line, 0) + 1
            continue
        if v.reason == "related_headline":
            related.append((seg.line, seg.start, seg.text))
        of: int | str | None = v.of
        if isinstance(of, int):
            of = para_of.get(of)
        detail = _DETAILS.get(v.reason, v.reason).format(of=_describe(of), line=seg.line)
        removed.append((seg.line, seg.start, Removal(seg.text, v.reason, detail, of, seg.line)))

    art = Article(title=the_title, paragraphs=paragraphs, related_headlines=[h for _, _, h in sorted(related)])
    art.removed = [r for _, _, r in sorted(removed, key=lambda x: (x[0], x[1]))]
    art.author, art.place = meta["author"], meta["place"]
    for line, count in sorted(split_lines.items()):
        if count > 1:
            art.warnings.append(f"glued_split: line {line} split into {count} paragraphs at glued sentence boundaries")
    art.build_text()
    return art


def _notices_above_copies(lines: list[str], nonempty: list[int], segments: list[Segment], verdicts: list[Verdict],
                          title: str | None) -> None:
    """Site notices at the end of the story once its copies are known (:func:`notice_below`), marked in
    ``verdicts``. The whole-line pass reads "below the story" as below every line it cannot explain, so a
    notice under the story's last paragraph with the body scraped again beneath it (a copy that the copy
    step removes only now) stood above lines of text. Walking up from the last kept piece, a whole kept
    line of the notice's shape and foreign to the story goes; the first one that is not stops the walk."""
    copies = [segments[n].line for n, v in enumerate(verdicts) if v.reason in _COPIES]
    if not copies:
        return  # nothing was removed as a copy: the whole-line pass saw the story's true end
    kept = [n for n, v in enumerate(verdicts) if v.reason is None]
    rows = sorted(kept, key=lambda n: (segments[n].line, segments[n].start))
    last_copy = max(copies)
    for k in range(len(rows) - 1, STORY_LINES_ABOVE - 1, -1):
        seg = segments[rows[k]]
        if seg.line >= last_copy:
            return  # no copy below it: the whole-line pass judged this line already
        if seg.parts != 1 or not notice_below(lines[seg.line], k, lines, nonempty, title):
            return
        verdicts[rows[k]] = Verdict("boilerplate_notice")


def _page_notices_inside(lines: list[str], nonempty: list[int], segments: list[Segment], verdicts: list[Verdict],
                         title: str | None) -> None:
    """Site notices that speak of the page itself («… هذا المقال …», «… هذه الصفحة …»), standing between
    the story's paragraphs, marked in ``verdicts``. A story reports on the world; a line about the page it
    sits on is the page's wherever the scrape put it, when it says what only a site says of its page
    (:func:`speaks_of_page`: a notice word, or its act of publishing), has :func:`notice_below`'s shape
    (short, starting afresh, no question) and is foreign to the story. A notice found by one notice word
    without the page named stays inside the story: a story's sentence on an app or a party's «مسؤولية» has
    that shape too. Two lines of the story at least stand above it, one below (below the last one, the
    other passes judged)."""
    # Segments come in raw order (body lines in order, pieces in line order). A substring test first: this
    # runs on every kept piece of every page, and few name the page.
    kept = [n for n, v in enumerate(verdicts) if v.reason is None]
    for k in range(STORY_LINES_ABOVE, len(kept) - 1):
        seg = segments[kept[k]]
        if seg.parts == 1 and seg.text.count(" ") < TRAILING_NOTICE_MAX_WORDS and (
                "هذا" in seg.text or "هذه" in seg.text):
            line = lines[seg.line]
            if speaks_of_page(line) and notice_below(line, k, lines, nonempty, title):
                verdicts[kept[k]] = Verdict("boilerplate_notice")


_COPIES = frozenset(("duplicate_paragraph", "repeated_body", "glued_duplicate", "truncated_copy"))


def _cut_teasers(title: str, segments: list[Segment], verdicts: list[Verdict], kept: list[tuple[int, int]],
                 corpus_lines: list[tuple[int, str]], link_lines: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    """Mark the kept segments of a block of other stories' leads below the article as teasers and return
    the kept list without them. Lines the batch's evidence removed below the first kept segment go back
    into their raw place for the rule (as ``known`` lines), so that a block the corpus explains in part
    is still seen whole; only lines of lead length do. A short headline-shaped line removed as another
    story's link (by the batch, or ``link_lines``: own-line related headlines) goes back only as a link
    that may head a block (:func:`rasd.repair.teasers.trailing_leads`'s ``links``)."""
    if not kept:
        return kept
    first = segments[kept[0][1]].line
    extra = [(i, text) for i, text in corpus_lines if i > first and word_count(text) >= LEAD_MIN_WORDS]
    rows: list[tuple[int, int, str, int]] = [(segments[idx].line, segments[idx].start, segments[idx].text, pos)
                                             for pos, (_, idx) in enumerate(kept)]
    rows += [(i, 0, text, -1) for i, text in extra]
    # a removed link line (another article's title) may head a block of leads (teasers._after_link)
    if (corpus_lines or link_lines) and wire_lead(segments[kept[0][1]].text):  # a wire page's block only
        short = {i: text for i, text in [*corpus_lines, *(link_lines or [])]
                 if i > first and word_count(text) < LEAD_MIN_WORDS and headline_like(text)}
        rows += [(i, 0, text, -2) for i, text in short.items()]
    rows.sort(key=lambda r: (r[0], r[1]))
    known = {n for n, r in enumerate(rows) if r[3] == -1}
    links = {n for n, r in enumerate(rows) if r[3] == -2}
    # The outlet's standing lines (a column's writer disclaimer, the "cannot verify" caveat) are the
    # story's paragraphs, but their words are not the story's.
    standing = {n for n, r in enumerate(rows)
                if ("بقلم" in r[2] or "التأكد" in r[2]) and r[3] >= 0 and standing_line(r[2].strip())}
    cut = trailing_leads(title, [r[2] for r in rows], known, standing, links)
    gone = {r[3] for r in rows[cut:] if r[3] >= 0}
    for pos in gone:
        verdicts[kept[pos][1]] = Verdict("related_teaser")
    # A short headline-shaped line right above the block, below the article's last paragraph, heads
    # nothing (a subheading has paragraphs under it): it is the title of an embedded photo or video.
    if cut < len(rows) and cut >= 2 and rows[cut - 1][3] >= 0 and rows[cut - 2][3] >= 0 \
            and word_count(rows[cut - 1][2]) <= CAPTION_MAX_WORDS and _own_shape(rows[cut - 1][2].strip()) \
            and not rows[cut - 1][2].rstrip().endswith(("؟", "?")) and word_count(rows[cut - 2][2]) >= LEAD_MIN_WORDS:
        pos = rows[cut - 1][3]
        verdicts[kept[pos][1]] = Verdict("caption")
        gone.add(pos)
    return [k for pos, k in enumerate(kept) if pos not in gone]


def _trailing_block(lines: list[str], nonempty: list[int], evidence: CorpusEvidence | ArticleHints,
                    own_title: str, outlet: str | None) -> set[int]:
    """The lines below the article's last paragraph of its own: every line from the end that the batch
    explains (another title, furniture, a repeated prose line) or that is page furniture by shape.
    Related-story teasers sit there; a background paragraph the outlet reuses sits among the story's
    own paragraphs (mid-article, it stays even when it shares few words)."""
    out: set[int] = set()
    for i in reversed(nonempty):
        line = lines[i]
        if (evidence.is_other_title(line, own_title) or evidence.is_boilerplate(line, outlet)
                or evidence.is_repeated_prose(line, outlet)
                or boilerplate.whole_line(line, top=False, first=False, last=True) is not None):
            out.add(i)
            continue
        break
    return out


def _foreign_repeat(line: str, others: list[str]) -> boilerplate.Hit | None:
    """A prose line the outlet repeats, below the article's own paragraphs, that shares few words with
    the rest of the article is another story's text left in the page (a teaser); one that shares
    them is a reused background paragraph of this story, and stays."""
    if len(stems(line)) >= MIN_STEMS and Context(others).shared(line) <= OWN_MAX_SHARED:
        return boilerplate.Hit("related_teaser", "another story's text repeated across the outlet's pages: "
                               "shares almost no words with the article", 0, len(line))
    return None


def _corpus_hit(evidence: CorpusEvidence | ArticleHints, line: str, own_title: str, outlet: str | None) -> boilerplate.Hit | None:
    """A whole line the batch explains: another article's title, or a line the outlet repeats."""
    if evidence.is_other_title(line, own_title):
        if match_key(line) == match_key(own_title):
            return None  # a repeated title is a copy (dedup), not another story
        return boilerplate.Hit("related_headline", "the title of another article of the batch", 0, len(line),
                               related=[line.strip()])
    if evidence.is_boilerplate(line, outlet) and match_key(line) != match_key(own_title):
        return boilerplate.Hit("boilerplate_repeated", "a line repeated across different articles of the outlet",
                               0, len(line))
    if evidence.is_linked(line, outlet) and linked_shape(line) and match_key(line) != match_key(own_title):
        return boilerplate.Hit("related_headline", "a headline that other stories' pages of the outlet carry too: "
                               "a link to another story", 0, len(line), related=[line.strip()])
    label = evidence.link_label(line, outlet)
    # A label names (a noun phrase): «وقال:», «وأضاف البيان:» open a quotation, the story's own turn.
    if label is not None and label[:1] not in "وف":
        rest = line.strip()[line.strip().index(":") + 1:].strip()
        if linked_shape(rest) and match_key(rest) != match_key(own_title):
            return boilerplate.Hit("boilerplate_read_also", f"{LABEL_DETAIL} «{label}:», which opens lines "
                                   "of other stories' pages too", 0, len(line), related=[rest])
    return None


def _relabel_repeated_body(segments: list[Segment], verdicts: list[Verdict], n_paras: int,
                           para_of: dict[int, int]) -> None:
    """A contiguous run of removed copies that covers every kept paragraph is a repeated body."""
    if n_paras < 2:
        return
    run: list[int] = []
    runs: list[list[int]] = []
    for idx, v in enumerate(verdicts):
        if v.reason in ("duplicate_paragraph", "glued_duplicate"):
            run.append(idx)
        elif v.reason is None and run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    for r in runs:
        covered = {para_of.get(verdicts[i].of) for i in r if isinstance(verdicts[i].of, int)}
        if len(covered - {None}) == n_paras:
            for i in r:
                verdicts[i].reason = "repeated_body"


"""Is a line the story's own, or the page's? Judgements that weigh a furniture or box-label line against
the rest of the article (split from :mod:`rasd.repair.repair`, which calls them).

Pure: no I/O. Each function reads the raw ``lines``, the indices of the non-empty ones (``nonempty``) or of
the body, and the title, and answers for one line or returns the lines to drop:

- :func:`_story_furniture`, :func:`_story_label`, :func:`_story_caveat`: a furniture hit, a link label or a
  repeated standing line that is the story's own text after all (its words are the story's);
- :func:`_off_topic`: a line that shares hardly any words with the rest of the article;
- :func:`notice_below`, :func:`_trailing_notices`: site notices at the end of the body
  (:func:`rasd.repair.furniture.trailing_notice`);
- :func:`_labels_above`, :func:`_box_label`, :func:`_plain_label`: the label of a box of other stories' links.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rasd.repair import boilerplate
from rasd.repair.foreign import Context, stems
from rasd.repair.furniture import (
    COUNTER,
    CUE_NOTICE,
    SCENE_CAPTION,
    TRAILING_NOTICE,
    VERIFY_NOTICE,
    furniture,
    names_writer,
    notice_families,
    notice_stems,
    relays_social_media,
    reporter_voice,
    standing_line,
    trailing_notice,
)
from rasd.repair.lines import ends_sentence, word_count
from rasd.repair.teasers import _df_table

if TYPE_CHECKING:
    from collections.abc import Callable

NOTICE_MAX_SHARED = 0.2


STORY_LINES_ABOVE = 2  # a one-paragraph page's text is no notice


def notice_below(line: str, above: int, lines: list[str], nonempty: list[int], title: str | None) -> bool:
    """Whether ``line``, below the story with ``above`` of the story's own lines over it, is a site notice:
    :func:`trailing_notice`'s shape, foreign to the story (:func:`_off_topic`), and ``STORY_LINES_ABOVE``
    lines of the story at least above it. One test for the whole-line pass of the repair and for
    :func:`_trailing_notices`."""
    return above >= STORY_LINES_ABOVE and trailing_notice(line.strip()) and _off_topic(line, lines, nonempty, title)


def _trailing_notices(lines: list[str], nonempty: list[int], body: list[int], title: str | None,
                      drop: Callable[[int, int, int, str, str], None]) -> list[int]:
    """``body`` without the site notices at its end (:func:`trailing_notice`, foreign to the story), dropped
    with :data:`TRAILING_NOTICE`: the whole-line pass stops at the first line it cannot explain, so a
    notice above a box of links that only the headline step finds is seen here. Two lines of the story at
    least stay above (a one-paragraph page's text is no notice)."""
    end = len(body)
    while end > 0 and notice_below(lines[body[end - 1]], end - 1, lines, nonempty, title):
        end -= 1
        i = body[end]
        drop(i, 0, len(lines[i]), "boilerplate_notice", TRAILING_NOTICE)
    return body[:end]


def _box_label(line: str) -> bool:
    """A line the outlet repeats that can head a box of links: one to four words of letters only (no
    digit, mark or sentence end: a label, «أخبار مرتبطة», «لا تفوّت», whatever its wording). The headline-shaped lines right
    under it are the box's links (:func:`rasd.repair.headlines.after_marker`)."""
    s = line.strip().rstrip(":").strip()
    # Words only: a drawn separator («* *», «---») repeats too, and the section under it is the story's.
    return 1 <= word_count(s) <= 4 and all(_HARAKAT.sub("", w).isalpha() for w in s.split())


LABEL_PARAGRAPH_WORDS = 15  # a line this long above the label is a paragraph, not a list item or a verse
LABEL_ABOVE = "the label of a related-stories box: a short line foreign to the article, right above links"


def _labels_above(lines: list[str], nonempty: list[int], body: list[int], links: set[int], title: str,
                  drop: Callable[[int, int, int, str, str], None]) -> set[int]:
    """Body lines that label a box of other stories' headlines, dropped with :data:`LABEL_ABOVE`.

    A site heads its related-stories box with a label in any wording («أخبار أخرى», «ترشيحات المحرر»,
    «اقرأ في هذا الملف»): a short line of letters (:func:`_box_label`) whose next line is a link the
    repair took (``links``) and that shares no content word with the title and the rest of the article.
    An article's own subheading names its section's topic, so it shares the article's words, and it
    heads paragraphs, not links."""
    out: set[int] = set()
    nxt = {a: b for a, b in zip(nonempty, nonempty[1:], strict=False)}
    cands = [i for i in body if nxt.get(i) in links and _plain_label(lines[i])]
    if not cands:
        return out
    prev = {b: a for a, b in nxt.items()}
    kept = set(body)
    for i in cands:
        # Below a sentence's end (or junk, or nothing): a box sits between paragraphs or under the
        # story. A name list's or a poem's short lines sit under lines of their own kind.
        # A link above is junk too: the label then sits inside the box (links, label, links).
        # A paragraph above (a long line) ends the story's text whether or not the scrape kept its stop (a
        # closing web address, an unpunctuated paragraph, a glued link).
        above = prev.get(i)
        if above is not None and above in kept and above not in links \
                and not ends_sentence(lines[above].strip()) and word_count(lines[above]) < LABEL_PARAGRAPH_WORDS:
            continue
        label = stems(lines[i])
        rest = stems(" ".join([title] + [lines[j] for j in body if j != i and j not in links]))
        if label.isdisjoint(rest):
            drop(i, 0, len(lines[i]), "boilerplate_read_also", LABEL_ABOVE)
            out.add(i)
    return out


def _plain_label(line: str) -> bool:
    """Two to four unvowelled words of letters, no stop or colon at the end, no «و» first: the shape of
    a box's label (a poem's lines are vowelled, a column's section heading ends with a colon)."""
    s = line.strip()
    return 2 <= word_count(s) <= 4 and _box_label(s) and not s.endswith(":") and not s.startswith("و") \
        and _HARAKAT.search(s) is None


def _story_furniture(hit: boilerplate.Hit, line: str, lines: list[str], nonempty: list[int],
                     title: str | None, cue: bool = True) -> bool:
    """Whether a furniture ``hit`` on ``line`` is the story's own text after all, by what the rest of the
    article says: a notice found only by its vocabulary whose words the story shares (a tech story's
    sentence about apps and accounts); the "cannot verify independently" caveat in the reporter's voice
    («ويشار إلى أن …») under a story that relays social-media posts or videos (the outlet's own caveat
    about them, which the gold keeps); a scene caption («جانب من التدريبات») whose every content word is
    the story's (its own photo's caption, part of the clean text; an injected one names what the story
    does not). ``cue``: whether the vocabulary notice may stay (not below the article's last paragraph,
    where a line speaking to the reader is the site's)."""
    if hit.detail == CUE_NOTICE and (cue or notice_families(line.strip(), address=False) < 2):
        # Below the story a line speaking to the reader is the site's, unless only its grammar said so.
        return not _off_topic(line, lines, nonempty, title)
    if hit.detail == VERIFY_NOTICE:
        return reporter_voice(line.strip()) and relays_social_media(
            "\n".join([title or ""] + [lines[j] for j in nonempty if lines[j] != line]))
    if hit.detail == COUNTER:  # «القتلى: 25» counts what the story reports; «عدد المشاهدات: 3» the page's readers
        # Whole stems: a substring test would find «قراء» of «قراءات» inside «قراءة» or «القراءة».
        # The other counters of the page (a second one, a copy of the body with its junk) are no story.
        label = stems(line)
        story = stems("\n".join([title or ""] + [lines[j] for j in nonempty if lines[j] != line and (
            len(lines[j]) > 60 or furniture(lines[j].strip()) != ("boilerplate_share", COUNTER))]))
        return not label.isdisjoint(story)
    if hit.detail == SCENE_CAPTION:
        rest = line.strip().split(None, 1)[1] if len(line.split()) > 1 else ""
        others = [title or ""] + [lines[j] for j in nonempty if lines[j] != line]
        return bool(stems(rest)) and Context(others).shared(rest) == 1.0
    return False


LABEL_DETAIL = "a link under the label"
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")


def _story_label(line: str, lines: list[str], nonempty: list[int], title: str | None) -> bool:
    """The label before the colon names what the story is about («ماكرون:» in a story on Macron,
    «سوريا:» in one on Syria): a headline's topic, which the story's own subheadings use too, not a
    site's link label («تقرير سابق:», «مقال ذو صلة:»), whose words the story does not use."""
    label = stems(line.strip().split(":", 1)[0])
    story = stems("\n".join([title or ""] + [lines[j] for j in nonempty if lines[j] != line]))
    return not label.isdisjoint(story)


def _story_caveat(line: str, lines: list[str], nonempty: list[int], title: str | None) -> bool:
    """A line the outlet repeats that is one of its standing lines kept as text: a column's writer
    disclaimer, or its "cannot verify" caveat (in any wording) under a story that relays social media
    (:func:`_story_furniture`). The outlet repeats them because they are the writer's and the
    reporter's standing sentences, not its template's; the gold keeps them."""
    s = line.strip()
    if not standing_line(s):
        return False
    return names_writer(s) or relays_social_media(
        "\n".join([title or ""] + [lines[j] for j in nonempty if lines[j] != line]))


def _off_topic(line: str, lines: list[str], nonempty: list[int], title: str | None) -> bool:
    """Whether ``line`` shares hardly any words with the rest of the article (a fifth at most: a notice's
    «الأخبار», «هاتفك»; a story about apps shares its «التطبيق», «حساب», «إشعارات»)."""
    others = [title or ""] + [lines[j] for j in nonempty if lines[j] != line]
    ctx = Context(others)
    if ctx.shared(line) <= NOTICE_MAX_SHARED:
        return True
    # The words every news story uses («آخر», «الحصول»: stems in a tenth of news articles,
    # ``teasers._df_table``) say nothing about the topic: a notice shares them with any story. The
    # notice's own words («التطبيق», «حساب», «الموقع») still count: a tech story's sentence about apps
    # shares those.
    skip = _df_table()[0] - notice_stems()
    return bool(stems(line) - skip) and ctx.shared(line, skip) <= NOTICE_MAX_SHARED

"""Is a headline-shaped line about this article, or about another story?

Pure: no I/O. A subheading, a pull quote or a paragraph's own last sentence
without its period reuses the article's words: its names and content words
occur in the title or in other paragraphs. The headline of another story left
in the page (a related-stories box, a headline glued after a paragraph) shares
almost none. :class:`Context` holds the normalised text of every unit of
an article (title, body lines, candidate tails: each distinct text once) and
:meth:`Context.shared` says what fraction of a unit's stems occur in any
*other* unit.

Stems: the match key's words (:func:`rasd.repair.lines.match_key`: spelling
variants folded) without a clitic prefix (و ف ب ل ك + ال, لل) and a few
suffixes (ات ون ين ها هم ه ي), kept when at least three letters long and not
a function word or one of the generic words every news story uses (رئيس، وزير،
حكومة، مليون، العالم، أعلن …): sharing those says nothing about the topic. Crude, but enough to see that «الغوطة» and «بالغوطة» are one
word, and cheap.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.repair.lines import match_key

_PREFIXES = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_SUFFIXES = ("ات", "ون", "ين", "ها", "هم", "ه", "ي")
_FUNCTION = frozenset(match_key(w) for w in """
في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين لا لم لن قد كان كانت إن أن ان هو هي هم نحن كل بعد قبل
حتى ثم أو او بين عند منذ خلال حول ضد غير بعض أي أمام دون لدى عبر وفق نحو فيها فيه منها منه عليه عليها إنه أنه
إليه إليها عليه لديه لديها عنه عنها معه بها به له لها لهم قال قالت وقال يكون تكون ما ماذا كيف لماذا متى أين اليوم أمس العام عام سنة يوم بعد أكثر أقل مثل جميع
""".split()) | frozenset(match_key(w) for w in """
رئيس رئيسة الرئيس وزير الوزير وزراء الوزراء وزارة الوزارة حكومة الحكومة دولة الدولة الدول مسؤول مسؤولون
يوما أيام الأيام ساعات أسبوع شهر أشهر سنوات الماضي الماضية المقبل المقبلة الحالي الجاري الأخيرة الأخير
مليون ملايين مليار ألف آلاف نسبة عدد أكثر أول الأول الأولى الثاني الثانية جديد جديدة الجديد الجديدة
كبير كبيرة أكبر العالم عالمي العالمية العربية العربي الدولي الدولية الوطني الوطنية العامة العام الخاص
بيان البيان تقرير التقرير مصادر مصدر وكالة الأنباء أعلن أعلنت يعلن تعلن قالت يقول تقول أكد أكدت يؤكد
بشأن بسبب إطار نحو أجل ضمن لدى وفقا حسب بحسب أيضا فقط الذي التي هناك حيث كانت يكون
""".split())


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    """The light stem of one match-key word, or "" for a function word or a short one."""
    if w in _FUNCTION or len(w) < 3:
        return ""
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[:-len(s)]
            break
    return w


def stems(text: str) -> set[str]:
    """The light stems of ``text`` (see module docstring); memoised per word, so cheap on real text."""
    out = {_stem(w) for w in match_key(text).split()}
    out.discard("")
    return out


class Context:
    """The words of an article's units, each distinct unit text counted once.

    Kept as one normalised string: a candidate's stem is "shared" when it occurs
    (as a substring: a stem inside «بالمملكة» counts, prefixes and suffixes need
    no analysis) more often in the article than in the candidate itself. One
    substring count per stem keeps the check in C and the repair fast.
    """

    def __init__(self, units: list[str]) -> None:
        uniq = dict.fromkeys(u.strip() for u in units if u.strip())
        # Keyed line by line (the repair keys the same lines again: match_key remembers them).
        self._text = " " + " ".join(k for k in map(match_key, uniq) if k) + " "

    def shared(self, unit: str, skip: frozenset[str] = frozenset()) -> float:
        """Fraction of ``unit``'s stems that occur elsewhere in the article (1.0 when it has none);
        ``skip``: stems that say nothing (left out of the count)."""
        s = stems(unit) - skip if skip else stems(unit)
        if not s:
            return 1.0
        own = match_key(unit)
        in_text = f" {own} " in self._text
        return sum(self._text.count(w) > (own.count(w) if in_text else 0) for w in s) / len(s)


FRESH_MIN_NEW = 3
FRESH_MAX_BELOW = 0.2
FRESH_MIN_WORDS = 5


def fresh_link(body: list[str], n: int, title: str, shaped: list[int]) -> bool:
    """Whether the headline-shaped body line ``body[n]`` is a link to another story on the article's topic:
    a single line between two paragraphs (no line of ``shaped``, the headline-shaped indices, next to it: not
    an item of a list; no colon above announcing it), of ``FRESH_MIN_WORDS``+ words, that brings
    ``FRESH_MIN_NEW``+ stems the title and every other line never use, while the section below it (down to
    the next headline-shaped line) shares under ``FRESH_MAX_BELOW`` of its stems (:func:`apart_from_section`).
    A subheading sums up the section it opens in that section's words; a link («سوريا تتهم إسرائيل بشن غارات
    …» inside an Iran sanctions story) names what the article never mentions and is not what the paragraph
    below goes on about. New stems are counted as sets (not :class:`Context`'s substrings): a word new to the
    article must be new as a word. The caller asks it only on a page seen to carry links (a subheading looks
    the same)."""
    if len(match_key(body[n]).split()) < FRESH_MIN_WORDS or not apart_from_section(body, n, shaped, FRESH_MAX_BELOW):
        return False
    mine = stems(body[n])
    seen = stems(title).union(*(stems(u) for k, u in enumerate(body) if k != n))
    return len(mine - seen) >= FRESH_MIN_NEW


def apart_from_section(body: list[str], n: int, shaped: list[int], max_below: float) -> bool:
    """Whether ``body[n]`` is a single line between two paragraphs (no line of ``shaped``, the headline-shaped
    indices, next to it: not an item of a list; no colon above announcing it) whose section below (down to
    the next headline-shaped line) shares under ``max_below`` of its stems (:meth:`Context.shared`: a stem
    inside a longer word counts, so «للكف» is restated by «الكف»): not a subheading of that section."""
    if not 0 < n < len(body) - 1 or n - 1 in shaped or n + 1 in shaped or body[n - 1].rstrip().endswith(":"):
        return False
    end = next((k for k in shaped if k > n), len(body))
    return Context(body[n + 1:end]).shared(body[n]) < max_below

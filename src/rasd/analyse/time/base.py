"""Building blocks of the Arabic time-expression grammar (pure): word patterns, the rule registry, gates.

:mod:`rasd.analyse.time.grammar` writes its rules with these. Patterns are
over the *normalized* text (see that module). ``rule`` registers a rule in
``RULES`` (order of registration is the order rules are tried). What the
context of a span says (tense, a future verb) is :mod:`rasd.analyse.time.context`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.arabic.months import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from rasd.arabic.numbers import CARDINAL_RE, CARDINALS, ORDINAL_RE, ORDINALS, TIME_UNITS, parse_ordinal


def alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


# Start of a word, possibly after proclitics (kept out of the span); end of a word.
B = (r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك])"
     r"|(?=\d)(?:(?<=(?<!\w)في)|(?<=(?<!\w)وفي)|(?<=(?<!\w)نحو)|(?<=(?<!\w)منذ)|(?<=(?<!\w)ومنذ)))")  # «في30 آذار»: a digit glued to its preposition
E = r"(?!\w)"
ART = r"(?:ال|(?<=ل)ل)"  # the article, also as contracted in للعام

WD = rf"(?:{alt(WEEKDAYS)})"
WD_BARE = rf"(?:{alt(w[2:] for w in WEEKDAYS)})"
# The Levantine names are also written without their article («يناير/كانون ثاني», «ديسمبر/كانون أول»).
GREG_MONTHS = {**GREGORIAN_MONTHS, "كانون ثاني": 1, "كانون اول": 12, "تشرين اول": 10, "تشرين ثاني": 11}
GM = rf"(?:{alt(GREG_MONTHS)})"
HM = rf"(?:{alt(HIJRI_MONTHS)})"
PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|المنقضي|المنقضيه|السابق|السابقه)"
CUR = r"(?:الجاري|الجاريه|الحالي|الحاليه)"
NEXT = r"(?:المقبل|المقبله|القادم|القادمه)"
MOD = rf"(?:{PAST}|{CUR}|{NEXT})"
PARTS = r"(?:اول\s+ايام|اول\s+يوم\s+من|مطلع|مستهل|بدايه|بدء|اوائل|منتصف|اواسط|اواخر|نهايه|ختام|اخر|اول)"
DAYPART = r"(?:صباح|صبيحه|مساء|بعد\s+ظهر|بعد\s+الظهر\s+من|ظهر|ظهيره|عصر|فجر|ليله|منتصف\s+ليل|ليل)"
HMARK = r"(?:\s*(?:هجريه|هجري|ه)(?!\w))"
GMARK = r"(?:\s*(?:ميلاديه|ميلادي|م)(?!\w))"
YEARWORD = r"(?:عام|العام|لعام|سنه|السنه|لسنه)"
GYEAR = r"(?:19|20)\d\d"
HYEAR = r"1[34]\d\d"
CARD = CARDINAL_RE
ORD = ORDINAL_RE
UNITS = rf"(?:{alt(TIME_UNITS)})"
HOURWORDS = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
    "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الحاديه عشر": 11,
    "الثانيه عشره": 12, "الثانيه عشر": 12,
}
HOUR = rf"(?:\d{{1,2}}ر\d{{2}}|\d{{1,2}}(?:[:.,،]\d{{2}})?(?!\d)|[012]\d[0-5]\d(?!\d)|{alt(HOURWORDS)})"
CLOCKPART = r"(?:صباحا|صباح|مساء|مساءا|ظهرا|ظهر|عصرا|عصر|ليلا|ليل|فجرا|فجر|بعد\s+الظهر|بعد\s+الظهيره)"
PARTCODE = {"بعد ظهر": "AF", "بعد الظهر من": "AF", "صباح": "MO", "صبيحه": "MO", "فجر": "MO", "ظهر": "MI", "ظهيره": "MI", "عصر": "AF",
            "مساء": "EV", "ليله": "NI", "ليل": "NI", "منتصف ليل": "NI"}

Handler = Callable[[re.Match, str], "tuple[dict, tuple[int, int]] | None"]
RULES: list[tuple[str, re.Pattern, Handler]] = []


class Led:
    """A gate: one of ``words`` where ``before(norm, line_start, at)`` accepts the text of its line
    before it (every occurrence is tried, not only a line's first). For a rule whose match holds
    one of the words right after something a common word alone does not say (a count before a
    unit): ``before`` must accept wherever the rule can match, i.e. test a superset of what the
    pattern asks of that text."""

    __slots__ = ("words", "before")

    def __init__(self, words: tuple[str, ...], before: Callable[[str, int, int], bool]) -> None:
        self.words, self.before = words, before

    def occurrences(self, norm: str) -> list[int]:
        """Where its words start in ``norm`` (all of them; gates of the same words share them)."""
        out = []
        for w in self.words:
            p = norm.find(w)
            while p >= 0:
                out.append(p)
                p = norm.find(w, p + 1)
        return out

    def line_indices(self, norm: str, spans: list[tuple[int, int]], starts: list[int],
                     at: list[int] | None = None) -> list[int]:
        """The indices of the ``spans`` (lines of ``norm``; ``starts``: their starts) it opens;
        ``at``: :meth:`occurrences`, when known."""
        from bisect import bisect_right

        found: set[int] = set()
        before = self.before
        for p in self.occurrences(norm) if at is None else at:
            i = bisect_right(starts, p) - 1
            if i not in found and before(norm, spans[i][0], p):
                found.add(i)
        return sorted(found)


Gate = tuple[str | re.Pattern, ...] | re.Pattern | Led | None


def rule(kind: str, pattern: str, gate: Gate = None):
    """Register a rule. ``gate``: substrings (or a cheap regex) the text must contain for the rule to
    be tried at all; scanning a long pattern over every position is what costs time. A tuple may
    also hold regexes: the text opens it when it holds one of its strings or a match of one of its
    regexes. A gate must open on every line where the rule can match (it is only a filter)."""
    rx = re.compile(pattern)

    def deco(fn: Handler) -> Handler:
        RULES.append((kind, rx, fn, gate))
        return fn

    return deco


def gate_open(gate: Gate, norm: str) -> bool:
    if gate is None:
        return True
    if isinstance(gate, re.Pattern):
        return gate.search(norm) is not None
    if isinstance(gate, Led):
        return bool(gate.line_indices(norm, [(0, len(norm))], [0]))
    return any(g in norm if isinstance(g, str) else g.search(norm) is not None for g in gate)


G_HIJRI = ("محرم", "صفر", "ربيع", "جماد", "رجب", "شعبان", "رمضان", "شوال", "القعده", "الحجه")


def _month_gate() -> tuple[str | re.Pattern, ...]:
    """The gate of the Gregorian date rules: the first word of every month name, but «اب» (آب,
    August) only where a date rule can read it as the month.

    As a plain substring, «اب» (كتاب، انتخابات، أبو، أسباب…) opened two thirds of all lines to the
    three rules. In the day-month and month rules the month (``gm``, ``gm2``) follows a non-letter
    (space, digit, «/», «(», «-», the line's start: ``B``'s word start and every ``\\s``, ``\\d``
    and separator before it), a proclitic at a word start (``B``), or, glued, a day ordinal
    (``(?P<d>…|ORD)\\s*`` with no space) or another month (``gm`` before ``gm2``): every ordinal,
    cardinal (the tens of a compound ordinal among them) and month's last word is listed. What
    follows it is a non-letter (a separator, a digit, ``E``'s word end) or, glued, another month,
    «من» or a year word (the optional parts after ``gm``). In the range rule it follows a day
    number and spaces (``\\d{1,2}\\s+(?:من\\s+)?(?:شهر\\s+)?``). A match of the rules therefore
    always leaves a line this gate opens (``tests/test_dates_gate.py`` checks it on generated dates
    and on the corpus); change the gate with the rules.
    """
    words = {k.split()[0] for k in GREG_MONTHS}
    glued = sorted({*ORDINALS, *CARDINALS, *(k.split()[-1] for k in GREG_MONTHS)}, key=lambda w: (-len(w), w))
    short = sorted(w for w in words if len(w) <= 2)
    out: list[str | re.Pattern] = sorted(words - set(short))
    for w in short:
        # The glued words grouped by their last letter: one class test rules most of them out at once.
        by_last: dict[str, list[str]] = {}
        for g in glued:
            by_last.setdefault(g[-1], []).append(f"(?<={re.escape(g + w)})")
        before = "|".join([rf"(?<=(?<![^\W\d_]){w})", rf"(?<=(?<!\w)[وفبلك]{w})", rf"(?<=(?<!\w)[وف][بلك]{w})",
                           *(f"(?<={re.escape(c + w)})(?:{'|'.join(alts)})" for c, alts in sorted(by_last.items()))])
        after = rf"(?![^\W\d_])|(?={GM}|من|{YEARWORD})"
        out.append(re.compile(rf"{re.escape(w)}(?:{before})(?:{after})"))
        out.append(re.compile(rf"\d\s+(?:من\s+)?(?:شهر\s+)?{re.escape(w)}"))  # the range rule's second day
    return tuple(out)


G_GREG = _month_gate()
G_NUMDATE = re.compile(r"\d\s*[/.-]\s*\d")
G_HYEAR = re.compile(r"1[34]\d\d")
G_GYEAR = re.compile(r"(?:19|20)\d\d")
G_PERIOD = ("اسبوع", "شهر", "عام", "سنه")
G_UNITS = ("يوم", "ايام", "اسبوع", "اسابيع", "شهر", "اشهر", "شهور", "عام", "اعوام", "سن", "ساع", "دقيق", "دقائق",
           "ثوان", "ثاني", "عقد", "عقود", "قرن", "قرون")
G_WEEKDAY = ("اثنين", "اتنين", "ثلاثا", "اربعا", "خميس", "جمعه", "سبت", "احد")
# The weekdays with their article (``WD``), for a rule whose match holds one: «احد» alone is in واحد، أحد.
G_WEEKDAY_DEF = tuple(WEEKDAYS)


def span_of(m: re.Match, g: str = "x") -> tuple[int, int]:
    return (m.start(g), m.end(g)) if m.groupdict().get(g) is not None else m.span()


def squash(s: str | None) -> str:
    return " ".join((s or "").split())


def mod_offset(mod: str | None) -> int | None:
    if not mod:
        return None
    if re.fullmatch(PAST, mod):
        return -1
    if re.fullmatch(NEXT, mod):
        return 1
    return 0


def day_number(s: str | None) -> int | None:
    if not s:
        return None
    s = squash(s)
    if s.isdigit():
        return int(s)
    return parse_ordinal(s)


def part_code(s: str | None) -> str | None:
    return PARTCODE.get(squash(s)) if s else None

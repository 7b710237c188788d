"""Shared machinery of the quotes layer: word sets, compiled patterns, the per-article
context (normalized view with its offset map, sentences, cue words, entity mentions)
and quote-mark pairing.

Pure: no I/O. Everything is compiled once at import. All offsets here are into the
normalized view ``ctx.norm``; ``ctx.src`` maps them back to ``article.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.analyse.quotes.cueforms import (
    PARTICIPLE_FORMS_N,
    PAST_FORMS_N,
    PRESENT_FORMS_N,
    generated_non_participle,
)
from rasd.analyse.quotes.marks import uniform_marks
from rasd.arabic import reporting as R
from rasd.arabic.normalize import DIACRITICS, TATWEEL, normalize, normalize_with_map, source_span
from rasd.arabic.sentences import split_sentences
from rasd.arabic.wordscan import word_start_hint
from rasd.record import Article, Entity

_ALEF = str.maketrans("أإآٱ", "اااا")
_DIAC_RE = re.compile(f"[{re.escape(DIACRITICS + TATWEEL)}]")


# The core's normalize_with_map folds plain runs as whole ranges (it was 70% of this
# layer's time when it went character by character).
fast_normalize_with_map = normalize_with_map  # kept name for callers


def _alt(words: Iterable[str]) -> str:
    forms = sorted({normalize(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms)


def _nset(words: Iterable[str]) -> set[str]:
    return {normalize(w) for w in words}


def _sset(words: Iterable[str]) -> set[str]:
    """Source-side forms: diacritics dropped, alef variants folded, ى and ة kept (على ≠ علي)."""
    return {_DIAC_RE.sub("", w).translate(_ALEF) for w in words}


# the hand list, with the forms verb morphology makes from the lemmas (cueforms: يزعم، طلبت، تناشد)
_VERBS_N = _nset(R.REPORTING_VERBS) | PAST_FORMS_N | PRESENT_FORMS_N
_PRESENT_N = _nset(R.PRESENT_VERBS) | PRESENT_FORMS_N
_AMBIG_N = _nset(R.AMBIGUOUS_VERBS)
_RELAY_N = _nset(R.RELAY_VERBS)
_PART_N = _nset(R.REPORTING_PARTICIPLES) | PARTICIPLE_FORMS_N  # (cueforms: زاعمة، مستبعدا، مفصحا)
_NOUN_N = _nset(R.SPEECH_NOUNS)
_BLOCK_N = _nset(R.COMPLEMENT_BLOCKERS)
_SOURCE_N = _nset(R.SOURCE_NOUNS)
_ROLE_N = _nset(R.ROLE_NOUNS)
_ANON_N = _nset(R.ANONYMOUS_SPEAKERS)
_IMPERSONAL_N = _nset(R.IMPERSONAL_BEFORE)
_ANAPHOR_N = {normalize(k): normalize(v) for k, v in R.SOURCE_ANAPHORS.items()}
_STOPS_S = _sset(R.SPEAKER_STOPS)
_STRONG_S = _sset(R.SPEAKER_STOPS_STRONG - {"في"})  # في also opens role phrases (المكلف بالإعلام في…)
_TITLES_S = _sset(R.TITLES)
_STATEMENT_N = {"بيان", "البيان", "تقرير", "التقرير"}
_HEADS_N = _ANON_N | _SOURCE_N | _ROLE_N | set(_ANAPHOR_N)
_RELATIVES_N = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"}

# A cue word: optional conjunction و/ف + a reporting verb, participle or speech noun.
# A present verb may carry the ل of purpose (وعاد ليؤكد أن…، اتصل به ليقول له إن…).
# (with a lookahead of the four letters a cue can open with: the same matches, 4x faster, wordscan)
_CUE_RE = word_start_hint(re.compile(
    rf"(?<!\w)(?P<conj>[وف])?(?P<lam>ل(?=[يت]))?(?P<w>{_alt(_VERBS_N | _PART_N | _NOUN_N)})(?!\w)"), 4)
_COMP_RE = re.compile(
    rf"(?<!\w)(?:(?P<prep>{_alt(R.COMPLEMENTIZER_PREPS)})\s+)?"
    rf"(?P<comp>ب?ان(?:{_alt(R.COMPLEMENTIZER_SUFFIXES)})?)(?!\w)(?!\s*\))"  # not "(تي إن)"
)
_ATTR_RE = re.compile(
    r"(?<!\w)(?P<conj>و)?(?P<w>ب?حسب|وفق(?:ا?\s*ل)?|طبقا\s*ل|نقلا\s+عن|علي\s+حد\s+قول)(?=\s|\w)"
)
# A clause ends before the writer's comment (، وذلك…), a trailing attribution (، بحسب…)
# or a chained circumstantial participle (، مشيداً ب…، مستغربين…), reporting or not.
_TRAILING_RE = re.compile(
    r"\s+وذلك(?!\w)|(?<!\d)\s*:(?!\d)|"  # a colon, but not the one in 02:00
    rf"\s*[،,؛]\s*(?:(?:{_alt(R.TRAILING_CLAUSES)}|و?ب?حسب|وفق(?:ا?\s*ل)?|طبقا\s*ل)(?!\w)"
    r"|م\w{3,}(?:(?<![هن])ا|ين)(?!\w))"
)
# "وجاء في بيان لوزارة الخارجية أنه…"، "وجاء فيه:": a statement speaks; the cue takes its في, so the speaker
# part starts at the statement noun (بيان لـX → X) or is empty (فيه: the statement named before)
_CAME_IN_RE = re.compile(r"(?<!\w)(?P<conj>[وف])?جاء\s+(?:في|فيه|فيها)(?!\w)")
_SAID_PASSIVE_RE = re.compile(r"(?<!\w)(?P<conj>[وف])?(?P<w>قيل|يقال)(?=\s+(?:ان|بان|انه|انها|انهم)(?!\w))")
# «يُشتبه بأنه/في أنهم» (it is suspected that): a passive report whose quote has no speaker (the annotation
# conventions: a passive suspicion is a quote with speaker null). Only where a clause opens — after a comma, «حيث»
# (وحيث) or at the start of a line: after a noun it describes it («طائرة يشتبه بأنها تابعة…»، «ما يشتبه في أنه هجوم»).
_SUSPECTED_RE = re.compile(
    r"(?:(?<=[،,؛\n])|(?<=[،,؛]\s)|(?<=(?<!\S)حيث\s)|(?<=(?<!\S)وحيث\s)|^)(?P<conj>و)?(?P<w>يشتبه)(?=\s+(?:في\s+)?ب?ان(?:ه|ها|هم|هما)?(?!\w))",
    re.M)
SUSPECTED_N = "يشتبه"
# words before the verb of a «بالقول» clause: «ثم» is passed; a modal opens no speaker's clause (يمكن الاكتفاء بالقول)
_THEN_N = frozenset(normalize(w) for w in ("ثم", "وثم"))
_NO_VERB_N = frozenset(normalize(w) for w in (
    "من", "في", "لا", "لم", "لن", "ما", "إن", "أن", "على", "عن", "إلى", "مع", "بل", "لكن", "قد", "كما"))
_MODALS_N = frozenset(normalize(w) for w in ("يمكن", "يجب", "ينبغي", "يكفي", "يتعين", "يجوز", "يصعب"))
_BY_SAYING_RE = re.compile(r"(?<!\w)(?P<conj>[وف])?بالقول(?=\s*(?::|ب?ان(?:ه|ها|هم)?(?!\w)))")
_BY_SAYING_N = "القول"
_WORD_RE = re.compile(r"\S+")
_PUNCT_TRIM = " \t\n.,،:؛;!?؟…-"
MARKS = "«»“”„\""
_MARK_RE = re.compile(f"[{re.escape(MARKS)}]")
_TERMINAL = set(".!?؟…")
_SPEAKER_VERB_AFTER_RE = re.compile(r"ما\s+\S+(?:\s+به)?\s+")
_LINK_RE = re.compile(r"ل[«\"“”]")
_PRECEDED_RE = re.compile(r"[،,؛]\s*$")


@dataclass
class _Cue:
    start: int  # normalized offsets of the cue word (conjunction included)
    end: int
    word: str  # normalized cue word, no conjunction
    conj: bool
    kind: str  # verb | participle | noun | attribution


@dataclass
class _Cand:
    start: int  # normalized offsets of the quoted content
    end: int
    kind: str
    cue: _Cue | None
    region: tuple[int, int] | None  # normalized speaker part; None → previous speaker
    sentence: int = 0  # start of the sentence of the cue
    strict: bool = False  # region is a guess: use it only when it clearly names a speaker
    nested: bool = False  # inside another quote: its speaker does not go on in the discourse

    @property
    def anchor(self) -> int:
        return self.cue.start if self.cue is not None and self.cue.start < self.start else self.start


@dataclass
class _Ctx:
    """Everything one article's analysis needs, computed once."""

    art: Article
    text: str = ""
    norm: str = ""
    imap: list[int] = field(default_factory=list)
    sents: list[tuple[int, int]] = field(default_factory=list)
    cues: list[_Cue] = field(default_factory=list)
    mentions: list[tuple[int, int, Entity]] = field(default_factory=list)
    openers: list[int] = field(default_factory=list)  # openers of direct quotes found

    def __post_init__(self) -> None:
        self.text = self.art.text
        self.norm, self.imap = fast_normalize_with_map(self.text)
        self.norm = uniform_marks(self.norm)  # reversed guillemets, apostrophes as quote marks (same length)
        self.sents = split_sentences(self.norm)
        for m in _CUE_RE.finditer(self.norm):
            w = m.group("w")
            if m.group("lam") and w not in _PRESENT_N:
                continue
            kind = "participle" if w in _PART_N else "noun" if w in _NOUN_N else "verb"
            if kind == "participle" and (generated_non_participle(
                    w, self.norm[max(0, m.start() - 3):m.start()].rstrip()[-1:] in ("،", ","))
                    or self.norm[max(0, m.start() - 4):m.start()].split()[-1:] == ["غير"]):
                continue  # «قدم الوفد مقترحا بأن…»: a made-up participle the corpus reads as a noun; «غير
                # متوقعة أن…»: غير negates an adjective, no speaker's circumstantial participle
            self.cues.append(_Cue(m.start(), m.end(), w, bool(m.group("conj")), kind))
        extra = [_Cue(m.start(), m.end(), "جاء", bool(m.group("conj")), "verb")
                 for m in (_CAME_IN_RE.finditer(self.norm) if "جاء " in self.norm else ())]
        extra += [_Cue(m.start(), m.end(), m.group("w"), bool(m.group("conj")), "verb")  # "وقيل إن…": no speaker
                  for m in (_SAID_PASSIVE_RE.finditer(self.norm) if "قيل " in self.norm or "يقال " in self.norm else ())]
        extra += [_Cue(m.start(), m.end(), SUSPECTED_N, bool(m.group("conj")), "verb")
                  for m in (_SUSPECTED_RE.finditer(self.norm) if "يشتبه" in self.norm else ())]  # no speaker either
        extra += self._by_saying() if "بالقول" in self.norm else []
        if extra:
            self.cues = sorted(self.cues + extra, key=lambda q: q.start)
        self.mentions = sorted(
            ((m.start, m.end, e) for e in self.art.entities for m in e.mentions), key=lambda x: (x[0], -x[1])
        )

    def _by_saying(self) -> list[_Cue]:
        """«بالقول إن/:» ("by saying that") after a verb that is no cue (وتوجه X لمن يسعى… بالقول إن، واكتفى بالقول:):
        the verbal noun reports, and the verb's subject speaks. After a reporting verb of its clause (وتابع X
        بالقول إن) the verb is the cue, so none is added."""
        out = []
        for m in _BY_SAYING_RE.finditer(self.norm):
            ss = self.sentence_of(m.start())[0]
            clause = max(ss, self.norm.rfind("،", ss, m.start()) + 1, self.norm.rfind(",", ss, m.start()) + 1)
            if any(clause <= q.start < m.start() and q.kind in ("verb", "participle") for q in self.cues):
                continue
            first = self.norm[clause:m.start()].split()[:2]
            lead = first[0] if first else ""
            if lead in _THEN_N and len(first) > 1:
                lead = first[1]
            lead = lead[1:] if lead[:1] in "وف" and (len(lead) > 3 or lead[1:] in _NO_VERB_N) else lead
            if lead in _NO_VERB_N or lead.startswith("ال") or lead in _MODALS_N:
                continue  # "ومن الخطأ الاكتفاء بالقول إن"، "ولا يمكن الاكتفاء بالقول": the writer's generic clause,
                # no finite verb of a speaker opens it (وتوجه X…، واكتفى بالقول، ختم بالقول)
            out.append(_Cue(m.start(), m.end(), _BY_SAYING_N, bool(m.group("conj")), "verb"))
        return out

    def src(self, s: int, e: int) -> tuple[int, int]:
        return source_span(self.imap, s, e)

    def src_word(self, s: int, e: int) -> str:
        a, b = self.src(s, e)
        return _DIAC_RE.sub("", self.text[a:b]).translate(_ALEF).strip(MARKS + "().")

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sents:
            if s <= pos < e:
                return s, e
        return pos, pos

    def per_inside(self, s: int, e: int) -> list[Entity]:
        ss, se = self.src(s, e)
        return [ent for ms, me, ent in self.mentions if ms >= ss and me <= se and ent.type == "PER"]


# -- quote marks ----------------------------------------------------------------

def _pair_marks(norm: str, ps: int, pe: int) -> list[tuple[int, int, bool]]:
    """Top-level quote segments of one paragraph: (opener, closer-or-end, closed)."""
    stack: list[tuple[int, str]] = []
    out: list[tuple[int, int, bool]] = []
    last_nested_close = -1
    # Only the marks are read: found by one scan, not a Python test of every character (issue #17).
    for mk in _MARK_RE.finditer(norm, ps, pe):
        i = mk.start()
        ch = norm[i]
        prev = norm[i - 1] if i > ps else " "
        nxt = norm[i + 1] if i + 1 < pe else " "
        left_open = (prev.isspace() or prev in "(:[،,؛" or prev in MARKS
                     or (prev in "وبلفك" and (i - 1 == ps or norm[i - 2].isspace())))
        right_close = nxt.isspace() or nxt in ".,،:؛;!?؟)]…" or nxt in MARKS
        if ch == "«":
            opening = not (right_close and not left_open)
        elif ch == "»":
            opening = left_open and not right_close
        elif left_open and not right_close:
            opening = True
        elif right_close and not left_open:
            opening = False
        else:
            opening = not stack
        if opening:
            if not stack:
                last_nested_close = -1
            stack.append((i, ch))
            continue
        for k in range(len(stack) - 1, -1, -1):  # close the nearest compatible opener
            o, och = stack[k]
            if (och == "«") == (ch == "»"):
                del stack[k:]
                if k == 0:
                    out.append((o, i, True))
                else:
                    last_nested_close = i
                break
    if stack:
        o = stack[0][0]
        end = pe
        if last_nested_close > o and last_nested_close + 1 < pe and norm[last_nested_close + 1] in _TERMINAL:
            end = last_nested_close + 1  # the writer's closer merged with the nested one
        out.append((o, end, False))
    return out


def _content(norm: str, o: int, c: int, closed: bool) -> tuple[int, int]:
    s, e = o + 1, c
    while s < e and norm[s].isspace():
        s += 1
    trim = " \t\n" if closed else _PUNCT_TRIM
    while e > s and norm[e - 1] in trim:
        e -= 1
    return s, e


def _words(norm: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(norm, s, e)]


def _comma_cut(ctx: _Ctx, s: int, e: int) -> int:
    for sep in ("،", ",", ":", "\n", "؛"):
        k = ctx.norm.find(sep, s, e)
        if k >= 0:
            e = k
    return e


# -- reading quoted segments (used by the finder) ---------------------------------------

_ADVERBIAL_N = frozenset(normalize(w) for w in (
    "بعدما", "بعد", "عندما", "حين", "حينما", "قبل", "لأن", "إثر", "عقب", "منذ", "خلال", "في", "مع", "وسط",
    "بينما", "فيما", "حيث", "إذ", "رغم", "بسبب", "لدى", "عبر"))


def _adverbial_after(after: str) -> bool:
    """Does the text after a closing mark open an adverbial clause or phrase (بعدما نفذت…، في…)?"""
    words = after.split()[:1]
    return bool(words) and words[0].strip("،,") in _ADVERBIAL_N


def _quoted_name(ctx: _Ctx, cs: int, ce: int) -> bool:
    """Is the quoted content a name: an organisation head opening a short phrase, or a mention?"""
    from rasd.arabic.titles import ORG_HEAD_STEMS

    words = ctx.norm[cs:ce].split()
    if not words or len(words) > 7 or any(ch in ctx.norm[cs:ce] for ch in ".،,؟!"):
        return False
    if words[0].removeprefix("ال") in ORG_HEAD_STEMS:
        return True
    a, b = ctx.src(cs, ce)
    return any(ms <= a and b <= me for ms, me, _e in ctx.mentions)


def _speech_like(norm: str, cs: int, ce: int, closed: bool, c: int, pe: int) -> bool:
    """Do the quoted words read as speech (whole sentences), not a title or a name? They hold a
    sentence break or a first/second-person word, or close their sentence."""
    body = norm[cs:ce]
    if any(ch in body[:-1] for ch in ".؟!") or re.search(r"(?<!\w)(?:انا|نحن|انني|اننا|لقد)(?!\w)", body):
        return True
    after = norm[c + 1:pe].lstrip() if closed else ""
    return not after or after[0] in ".؟!\n"

"""A person's office given as the predicate of a copula: ``وأصبح كافانو … قاضيا في محكمة الاستئناف``
(pure).

Biographies state what someone was or became with ``كان``/``أصبح`` and their sisters (``بات``، ``صار``،
``ظل``) or ``عمل`` ("worked as"): the office stands in the indefinite accusative (``مستشارا``،
``قاضيا``، ``سفيرةً``), away from the name, where no apposition finder looks. The subject is read from
syntax only:

- the name opens its sentence and the copula follows it, perhaps after ``الذي``/``التي``
  (``وكافانو الذي كان مستشارا قانونيا للرئيس …``);
- or the copula stands right before the name (``وأصبح كافانو منذ عقد قاضيا …``).

The predicate must be an accusative office (a title stem of :mod:`rasd.arabic.titles`; a participle
there is a state: ``كانت قادمة من باريس``); a feminine one needs a feminine copula (``كانت``) and a
masculine one a masculine copula. A pronoun subject (``وكان منتقدا للكرملين``) is
left to coreference. The role runs to the next punctuation, stopping before another person's name.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.analyse.entities.roles import RoleHit, _first_country
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import TITLE_STEMS, strip_marks

# كان and its sisters, and عمل "worked as": masculine forms; the feminine adds ت.
_COPULAS = frozenset(normalize(w) for w in ("كان", "أصبح", "بات", "صار", "ظل", "عمل", "أضحى", "أمسى"))
_WHO = frozenset(normalize(w) for w in ("الذي", "التي"))
_BREAK = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")", "!", "؟", "?", "\"", "«", "»", "“", "”", "-", "–"})
MAX_GAP = 6  # words between the subject (or copula) and the predicate: منذ حوالى عقد من الزمن
MAX_ROLE = 8  # words of a predicate role before the next punctuation


def _copula(t: Tok) -> str | None:
    """M or F when ``t`` is a copula in the perfect (وكان، أصبحت), else None."""
    if not t.word:
        return None
    n = t.norm
    for cand in (n, n[1:] if n[:1] in "وف" else ""):
        if cand in _COPULAS:
            return "M"
        if cand.endswith("ت") and cand[:-1] in _COPULAS:
            return "F"
    return None


def _accusative(t: Tok) -> str | None:
    """M or F when ``t`` is an indefinite accusative office or person noun (مستشارا، قاضيا، سفيرةً)."""
    if not t.word or t.definite or t.stop or t.has_clitic:
        return None
    raw = strip_marks(t.text)
    if raw.endswith("ا") and len(raw) >= 4:
        stem, gender = normalize(raw[:-1]), "M"
    elif raw.endswith("ة") and len(raw) >= 4:
        stem, gender = normalize(raw[:-1]), "F"
    else:
        return None
    # only an office: a participle in the predicate is a state more often than a calling (كانت قادمة من
    # باريس، كان موجودا)
    return gender if stem in TITLE_STEMS else None


def _role_end(toks: list[Tok], k: int, in_span: Callable[[int], str | None]) -> int:
    """Last token of the predicate role opening at ``toks[k]``: up to punctuation or another person."""
    last = k
    j = k + 1
    while j < len(toks) and toks[j].line == toks[k].line and toks[j].text not in _BREAK \
            and in_span(j) != "PER" and j - k < MAX_ROLE + 4:
        last = j
        j += 1
    if sum(t.word for t in toks[k:last + 1]) > MAX_ROLE:
        last = k  # a long clause follows: the office alone
    return last


def predicate_role(text: str, toks: list[Tok], first: int, last: int, mention_start: int,
                   in_span: Callable[[int], str | None]) -> RoleHit | None:
    """The office predicated of the person whose mention covers ``toks[first..last]`` (module
    docstring), or None."""
    line = toks[first].line
    if mention_start > toks[first].start and normalize(text[toks[first].start:mention_start])[:1] not in "وف":
        return None  # "كان لترامب دور": a preposition's object is no subject
    j = first - 1
    if j >= 0 and toks[j].line == line and toks[j].text not in _BREAK:
        gender = _copula(toks[j])  # "وأصبح كافانو …"
        if gender is None:
            return None
        k = last + 1
    else:  # the name opens its sentence: "وكافانو الذي كان …"
        k = last + 1
        if k < len(toks) and toks[k].norm in _WHO:
            k += 1
        if k >= len(toks) or toks[k].line != line:
            return None
        gender = _copula(toks[k])
        if gender is None:
            return None
        k += 1
    for p in range(k, min(len(toks), k + MAX_GAP + 1)):
        t = toks[p]
        if t.line != line or t.text in _BREAK or in_span(p) == "PER" or _copula(t) is not None:
            return None
        got = _accusative(t)
        if got is None:
            continue
        if got != gender:
            return None  # "كانت … مستشارا": the predicate is not this subject's
        end = _role_end(toks, p, in_span)
        return RoleHit(" ".join(text[t.start:toks[end].end].split()), "predicate",
                       _first_country(toks, p, end), t.start, toks[end].end)
    return None


__all__ = ["predicate_role"]

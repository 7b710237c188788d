"""Descriptions of a person that are no title phrase next to the name (pure).

- :func:`described_after`: ``برتراند تريبو، وهو حاليا رئيس …``، ``مازن فقها أحد قياديي …``، a bracketed
  title after the name;
- :func:`called_before`: the noun phrase before يدعى/تدعى/اسمه (``بائعة هوى من بلاروسيا تدعى …``).

Split from :mod:`rasd.analyse.entities.roles`, whose helpers they share.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.analyse.entities.roles import (
    _APPOSITION_MARKS,
    _KIN_AFTER,
    _RELATIONAL,
    RoleHit,
    _extend,
    _first_country,
    _role_text,
)
from rasd.analyse.entities.tokens import Tok, skip_letters
from rasd.arabic.normalize import normalize

_HE_IS = frozenset(normalize(w) for w in ("وهو", "وهي", "هو", "هي"))
_AS = frozenset(normalize(w) for w in ("بصفته", "بصفتها", "بوصفه", "بوصفها"))  # "ترامب بصفته القائد الأعلى …"
_NOW = frozenset(normalize(w) for w in ("حاليا", "حاليًا", "أيضا", "كذلك", "سابقا"))
_ONE_OF = frozenset(normalize(w) for w in ("أحد", "إحدى", "احد", "احدى"))


def described_after(text: str, toks: list[Tok], k: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``برتراند تريبو، وهو حاليا رئيس أخوية …``، ``مازن فقها أحد قياديي كتائب القسام``، ``جبران باسيل
    (وزير الخارجية اللبناني)``: after the name whose last token is ``toks[k]``, a title phrase (or
    ``أحد``/``إحدى`` and the group) introduced by ``وهو``/``وهي``, set in brackets, or (for أحد) right
    after the name, is a description of the person."""
    j = k + 1
    line = toks[k].line
    if j < len(toks) and toks[j].text in _APPOSITION_MARKS:
        j += 1
    bracket = j < len(toks) and toks[j].text == "(" and j == k + 1
    # وهو/وهي, or هو/هي after the comma: a bare هو may end the name (ري يونغ هو)
    introduced = j < len(toks) and ((toks[j].norm in _HE_IS and (j > k + 1 or toks[j].norm[:1] == "و"))
                                    or toks[j].norm in _AS)
    if bracket or introduced:
        j += 1
        if introduced and j < len(toks) and toks[j].norm in _NOW:
            j += 1
    if j >= len(toks) or toks[j].line != line or not toks[j].word:
        return None
    first = toks[j]
    if first.norm in _ONE_OF and j + 1 < len(toks) and toks[j + 1].word and not toks[j + 1].stop \
            and toks[j + 1].line == line:
        last = j + 1  # أحد قياديي كتائب القسام: the group and what completes it
        while last + 1 < len(toks) and last - j < 5 and toks[last + 1].line == line and toks[last + 1].word \
                and not toks[last + 1].stop and toks[last + 1].norm[:1] not in "وف" and in_span(last + 1) != "PER":
            last += 1
        return RoleHit(" ".join(text[first.start:toks[last].end].split()), "apposition",
                       _first_country(toks, j, last), first.start, toks[last].end)
    if not (bracket or introduced):
        return None
    title = first.title()
    if introduced and not title and first.norm in _KIN_AFTER | _RELATIONAL or (
            introduced and not title and _plain_noun(first)):
        # "وهي زميلة سابقة له"، "وهو موظف في أحد المصارف"، "وهي متقاعدة": an indefinite noun after وهو
        last = j
        while last + 1 < len(toks) and last - j < 3 and toks[last + 1].line == line and toks[last + 1].word \
                and not toks[last + 1].stop and toks[last + 1].norm[:1] not in "وف" and in_span(last + 1) != "PER" \
                and not toks[last + 1].definite:
            last += 1
        return RoleHit(" ".join(text[first.start:toks[last].end].split()), "apposition",
                       _first_country(toks, j, last), first.start, toks[last].end)
    if not title or first.stop or first.conj() or first.counterpart() is not None:
        return None
    last = _extend(toks, j, in_span)
    if bracket and (last + 1 >= len(toks) or toks[last + 1].text != ")"):
        return None  # the bracket holds more than the title
    if last + 1 < len(toks) and in_span(last + 1) == "PER":
        return None  # the title of the name that follows it
    return RoleHit(_role_text(text, toks, j, last, title[1]), "apposition",
                   _first_country(toks, j, last), title[1], toks[last].end)


_FROM_IN = frozenset(normalize(w) for w in ("من", "في"))
_CALLED = frozenset(normalize(w) for w in ("يدعى", "تدعى", "يدعي", "تدعي", "يسمى", "تسمى", "اسمه", "اسمها"))


def called_before(text: str, toks: list[Tok], i: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``بائعة هوى من بلاروسيا تدعى ناستيا ريبكا``، ``عضو في المجلس التنفيذي للإقليم يدعى ستيف``،
    ``تلميذ يُدعى نيكي``: the noun phrase before يدعى/تدعى/اسمه and the name at ``toks[i]``
    describes the person. A title within the seven words before the verb opens the phrase;
    otherwise one or two plain words right before it (or before its في/من place) are taken."""
    v = i - 1
    if v < 1 or not toks[v].word or toks[v].line != toks[i].line:
        return None
    vn = toks[v].norm[1:] if toks[v].norm[:1] in "وف" and toks[v].norm[1:] in _CALLED else toks[v].norm
    if vn not in _CALLED:
        return None
    line = toks[i].line
    span: list[int] = []
    j = v - 1
    while j >= 0 and v - j <= 7 and toks[j].line == line and toks[j].word and in_span(j) != "PER":
        span.append(j)
        if toks[j].title() is not None and not toks[j].stop:
            off = toks[j].title()[1]  # type: ignore[index]
            return RoleHit(" ".join(text[off:toks[v - 1].end].split()), "apposition",
                           _first_country(toks, j, v - 1), off, toks[v - 1].end)
        j -= 1
    k = v - 1
    if k >= 1 and toks[k - 1].norm in _FROM_IN:
        k -= 2  # "… من بلاروسيا تدعى": the origin is not the description
    words: list[int] = []
    while k >= 0 and len(words) < 2 and toks[k].line == line and toks[k].word and not toks[k].stop \
            and not in_span(k) and toks[k].norm[:1] not in "وف" and not toks[k].definite:
        words.append(k)
        if toks[k].has_clitic and toks[k].norm[:1] == "ل":
            break  # "لطفل يدعى": the preposition opens the phrase (ب is too often a letter: بائعة)
        k -= 1
    if not words or toks[words[-1]].demonym():
        return None  # "بملحمة [هندية قديمة] تدعى": adjectives without their noun describe no one
    a, b = words[-1], words[0]
    start = toks[a].start
    if toks[a].has_clitic and toks[a].norm[:1] == "ل" and len(toks[a].norm) > 3:
        start = skip_letters(text, start, 1)
    return RoleHit(" ".join(text[start:toks[b].end].split()), "apposition",
                   _first_country(toks, a, b), start, toks[b].end)


def _plain_noun(t: Tok) -> bool:
    """An indefinite word that reads as a noun, not a verb or particle (no imperfect prefix ي/ت/ن/أ)."""
    raw = t.norm
    return (t.word and not t.stop and not t.definite and not t.has_clitic and len(raw) >= 3
            and raw[:1] not in "يتنا" and not t.pronoun_suffix)

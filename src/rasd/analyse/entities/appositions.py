"""Roles written after a person's name, in apposition (pure; split from :mod:`rasd.analyse.entities.roles`).

- :func:`role_after`: ``وانغ يي، رئيس مكتب لجنة الشؤون الخارجية …`` up to the next punctuation or
  clause start; an indefinite title in construct with no comma (``توفيق أبو نعيم مدير عام قوى الأمن``);
  a definite title with its complement closed by punctuation (``سارة نقدالله الأمين العام لحزب الأمة،``);
  a title phrase in quotation marks (``عدنان أوكتار، "الداعية الإسلامي" الشهير``).
- :func:`coordinated_roles`: further roles joined to an appositive one by و.
- :func:`counterpart_apposition`: an apposition *before* the name, ``نظيره السعودي، عادل الجبير`` or a full
  title phrase, ``نائب وزير الخارجية الروسي، ميخائيل بوغدانوف``.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from rasd.analyse.entities.descriptors import apposed_description
from rasd.analyse.entities.roles import (
    _APPOSITION_MARKS,
    _REL_ADJ,
    HONORIFIC_ONLY,
    RoleHit,
    _extend,
    _first_country,
    _relational,
    _role_text,
    relation_between,
    role_before,
)
from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok
from rasd.arabic.normalize import normalize


def role_after(text: str, toks: list[Tok], k: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """An appositive role after the name whose last token is ``toks[k]``: ``وانغ يي، رئيس …``."""
    if k + 2 >= len(toks):
        return None
    mark, first = toks[k + 1], toks[k + 2]
    if mark.word and mark.line == toks[k].line:
        return _bare_apposition(text, toks, k, in_span)
    if mark.text not in _APPOSITION_MARKS or first.line != toks[k].line:
        return None
    if not first.word and first.text in OPEN_QUOTES:
        return _quoted_apposition(text, toks, k + 3, in_span)
    if not first.word or first.conj() or first.has_clitic and first.norm[:1] in "بل" and (
            not first.definite or first.norm.startswith(("لل", "بال"))):
        return None  # "قال جون ماكدونيل، للصحفيين": a prepositional phrase, not an apposition
    title = first.title()
    if not title or first.stop or first.counterpart() is not None:
        return None  # "تيريزا ماي، أمام مجلس العموم": the preposition, not the title إمام
    if k + 3 < len(toks) and in_span(k + 3) == "PER" and first.norm.removeprefix("ال") in HONORIFIC_ONLY:
        return None  # "عبد الله الثاني، الدكتور عمر الرزاز": the next person of a list, not a role
    last = _extend(toks, k + 2, in_span)
    if last == k + 2 and k + 3 < len(toks) and toks[k + 3].word and toks[k + 3].line == first.line \
            and not toks[k + 3].stop and not toks[k + 3].definite and not toks[k + 3].has_clitic:
        return None  # "دونالد ترامب، الملكة أليزابيث الثانية": a rank and the next person's name
    return RoleHit(_role_text(text, toks, k + 2, last, title[1]), "apposition",
                   _first_country(toks, k + 2, last), title[1], toks[last].end)


def _quoted_apposition(text: str, toks: list[Tok], first: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``عدنان أوكتار، "الداعية الإسلامي" الشهير``: a title phrase in quotation marks right after the
    name's comma is the person's role as the outlet words it; the marks must close the phrase."""
    if first >= len(toks) or not toks[first].word or toks[first].line != toks[first - 1].line:
        return None
    title = toks[first].title()
    if title is None or toks[first].stop or toks[first].conj() or toks[first].counterpart() is not None:
        return None
    last = _extend(toks, first, in_span)
    if last + 1 >= len(toks) or toks[last + 1].text not in CLOSE_QUOTES:
        return None
    return RoleHit(_role_text(text, toks, first, last, title[1]), "apposition",
                   _first_country(toks, first, last), title[1], toks[last].end)


def _bare_apposition(text: str, toks: list[Tok], k: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``اللواء توفيق أبو نعيم مدير عام قوى الأمن الداخلي``: an indefinite title in construct right
    after the name, with no comma, is the person's office when it governs a complement and no other
    person's name follows it (``استقبل الملك سلمان رئيس الوزراء العراقي حيدر العبادي`` is the
    object's title, read before that name)."""
    first = toks[k + 1]
    if first.definite and not first.stop and not first.has_clitic and first.title() \
            and first.norm.removeprefix("ال") not in HONORIFIC_ONLY and not first.org_head():
        return _closed_definite_apposition(text, toks, k, in_span)
    if first.definite or first.stop or first.conj() or first.has_clitic or first.counterpart() is not None:
        return None  # "أمام المحكمة" is the preposition, not the title إمام
    title = first.title()
    if not title or first.norm in HONORIFIC_ONLY or first.org_head():
        return None
    last = _extend(toks, k + 1, in_span)
    if last == k + 1:
        last = _field_complement(toks, k + 1, in_span)
    if last == k + 1 or (last + 1 < len(toks) and in_span(last + 1) == "PER"
                         and not relation_between(toks, k + 1, in_span)):
        return None
    if last + 2 < len(toks) and toks[last + 1].text in _APPOSITION_MARKS and in_span(last + 2) == "PER":
        return None  # "… رئيس الوزراء العراقي، حيدر العبادي": the title of the next name
    return RoleHit(_role_text(text, toks, k + 1, last, title[1]), "apposition",
                   _first_country(toks, k + 1, last), title[1], toks[last].end)


def _bracketed_title(text: str, toks: list[Tok], i: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``(الممثل الأعلى لسياسة الأمن … في الاتحاد الأوروبي) فيديريكا موغيريني``: a title phrase that fills the
    brackets right before the name at ``toks[i]``: the title word first, then the words that fit a role."""
    close = i - 1
    open_ = close - 1
    while open_ >= 0 and toks[open_].text != "(" and close - open_ <= 16:
        if not toks[open_].word or toks[open_].line != toks[i].line or in_span(open_) == "PER":
            return None
        open_ -= 1
    if open_ < 0 or toks[open_].text != "(" or open_ + 1 >= close:
        return None
    head = toks[open_ + 1]
    title = head.title()
    if title is None or head.counterpart() is not None or head.org_head():
        return None
    last = _extend(toks, open_ + 1, in_span)
    if last == open_ + 1 and last != close - 1:
        return None  # a title word alone before more words: a clause in the brackets, not a title phrase
    # the title as far as its words fit a role (a coordinated field may follow: لسياسة الأمن [والشؤون …])
    return RoleHit(_role_text(text, toks, open_ + 1, last, title[1]), "title",
                   _first_country(toks, open_ + 1, last), title[1], toks[last].end)


_IN = "في"
_FIELD_WORDS = 6  # words of a field after في: خبير في ديناميكية الغازات والسوائل


def _field_complement(toks: list[Tok], j: int, in_span: Callable[[int], str | None]) -> int:
    """The last token of ``في`` + a field closing the title at ``toks[j]`` at the next punctuation (``خبير [في
    ديناميكية الغازات والسوائل]،``): a title governs what its holder knows or does; ``j`` when the words
    after في are not a field closed on the line (another person, a stop word, a clause going on)."""
    if j + 2 >= len(toks) or toks[j + 1].norm != _IN or toks[j + 1].line != toks[j].line:
        return j
    m = j + 2
    while m < len(toks) and toks[m].word and toks[m].line == toks[j].line and not toks[m].stop \
            and in_span(m) != "PER" and m - j - 1 <= _FIELD_WORDS:
        m += 1
    if m == j + 2 or m >= len(toks) or toks[m].text not in (".", "،", ",", "؛", ";"):
        return j  # nothing after في, or no punctuation where the words stop (a longer field ends at a word)
    return m - 1


def _closed_definite_apposition(text: str, toks: list[Tok], k: int,
                                in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``سارة نقدالله الأمين العام لحزب الأمة، …``: a definite title with a complement right after the
    name, closed by a comma or a full stop, describes the person (an object would run on:
    ``اتهم ترامب الأمين العام للأمم المتحدة بالتقصير``)."""
    last = _extend(toks, k + 1, in_span)
    if last == k + 1 or last + 1 >= len(toks) or toks[last + 1].text not in ("،", ",", "."):
        return None
    if any(t.norm.startswith("بال") for t in toks[k + 2:last + 1]):
        return None  # "… للأمم المتحدة بالتقصير": the verb's complement follows, the title is its object
    if last + 2 < len(toks) and in_span(last + 2) == "PER":
        return None  # "…، حيدر العبادي": the title of the next name
    title = toks[k + 1].title()
    return RoleHit(_role_text(text, toks, k + 1, last, title[1]), "apposition",  # type: ignore[index]
                   _first_country(toks, k + 1, last), title[1], toks[last].end)  # type: ignore[index]


# Family nouns among the relational ones: joined by و after a name and its office they add a second
# person (وحضر كريم سالم رئيس الحكومة [وابنه الأكبر]), not a role of the first; an ally or a rival
# (وحليفه السابق، وخصمه) is said of the person himself.
_FAMILY = frozenset(normalize(w) for w in (
    "زوج", "زوجة", "ابن", "ابنة", "نجل", "نجلة", "والد", "والدة", "حفيد", "حفيدة", "شقيق", "شقيقة", "أخ", "أخت",
    "أب", "أم", "صهر", "خطيب", "خطيبة", "أرملة"))


def _family(w: str) -> bool:
    """Is the normalized word a family noun with a possessive pronoun (ابنه، زوجته، والدتها)?"""
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[: -len(suf)]
            if stem in _FAMILY or (stem.endswith("ت") and stem[:-1] + "ه" in _FAMILY):
                return True
    return False


def coordinated_roles(text: str, toks: list[Tok], hit: RoleHit,
                      in_span: Callable[[int], str | None]) -> list[RoleHit]:
    """Further roles joined to an appositive one by و: ``محمد الصغير، مستشار وزير الأوقاف وعضو مجلس
    الشورى`` gives ``عضو مجلس الشورى`` too. Each must start with و + a title (not a counterpart), or be a
    relational noun with its pronoun (``رئيس الوزراء وحليفه السابق``), which ends the run."""
    out: list[RoleHit] = []
    last = bisect.bisect_left([t.end for t in toks], hit.end)
    while last + 1 < len(toks) and len(out) < 3:
        t = toks[last + 1]
        if t.word and t.line == toks[last].line and t.norm[:1] == "و" and _relational(t.norm[1:]) \
                and not _family(t.norm[1:]):
            end = last + 1  # "نجيب رزاق رئيس الوزراء [وحليفه السابق]": a relation to the sentence's subject
            while end + 1 < len(toks) and toks[end + 1].line == t.line and toks[end + 1].norm in _REL_ADJ:
                end += 1
            out.append(RoleHit(" ".join(text[t.start + 1:toks[end].end].split()), "relation", None,
                               t.start + 1, toks[end].end))
            break
        if not t.word or t.line != toks[last].line or not t.conj() or t.counterpart() is not None:
            break
        title = t.title()
        if title is None or title[1] == t.start or in_span(last + 1):
            break  # "وعضو": the conjunction is a clitic of the title word
        end = _extend(toks, last + 1, in_span)
        out.append(RoleHit(_role_text(text, toks, last + 1, end, title[1]), "apposition",
                           _first_country(toks, last + 1, end), title[1], toks[end].end))
        last = end
    return out


def counterpart_apposition(text: str, toks: list[Tok], i: int,
                           in_span: Callable[[int], str | None] | None = None) -> RoleHit | None:
    """``نظيره السعودي، عادل الجبير``: a counterpart phrase in apposition before the name at ``toks[i]``;
    with ``in_span``, a full title phrase too (``السفير الأمريكي في هولندا، كينيث وورد``: see
    :func:`_title_apposition`) or a description with its complement (``المحامي المسؤول عن قضيته، …``:
    :func:`~rasd.analyse.entities.descriptors.apposed_description`), or one in brackets right before the name
    (:func:`_bracketed_title`)."""
    if i >= 3 and toks[i - 1].text == ")" and in_span is not None:
        return _bracketed_title(text, toks, i, in_span)
    if i < 2 or toks[i - 1].text not in _APPOSITION_MARKS:
        return None
    if in_span is not None and toks[i - 2].counterpart() is None and not (
            toks[i - 2].demonym() and i > 2 and toks[i - 3].counterpart() is not None):
        return _title_apposition(text, toks, i, in_span) or apposed_description(text, toks, i, in_span)
    j = i - 2
    country = None
    if toks[j].word and toks[j].demonym() and toks[j].counterpart() is None:
        country = toks[j].demonym()[0]  # type: ignore[index]
        j -= 1
    if j < 0 or not toks[j].word or toks[j].line != toks[i].line:
        return None
    cp = toks[j].counterpart()
    if cp is None:
        return None
    return RoleHit(" ".join(text[cp:toks[i - 2].end].split()), "title", country, cp, toks[i - 2].end)


def _title_apposition(text: str, toks: list[Tok], i: int,
                      in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``الصحفية الروسية المستقلة، يفغينيا الباتس``: a title phrase of two words or more, then a comma, then
    the name at ``toks[i]``, is the name's role when no person is named right before the phrase (that
    person's apposition: ``بوتين، الرئيس الروسي، …``) and the phrase opens its clause."""
    hit = role_before(text, toks, i - 1, toks[i - 1].start, in_span)
    if hit is None or hit.kind != "title" or len(hit.text.split()) < 2:
        return None
    first = i - 1
    while first > 0 and toks[first].start > hit.start:
        first -= 1
    if toks[first].title() is None:
        return None  # "ابنة العميل المزدوج الروسي، سيرغي سكريبال": the kin noun is the daughter's
    k = first - 1
    if k >= 0 and toks[k].text in _APPOSITION_MARKS:
        k -= 1
    if k >= 0 and toks[k].line == toks[i].line and in_span(k) == "PER":
        return None
    return hit

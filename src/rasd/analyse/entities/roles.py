"""Roles and titles attached to a person's name in Arabic news text.

Pure: works on the token view of :mod:`rasd.analyse.entities.tokens`. Three shapes:

- before the name, a title phrase: ``الرئيس الروسي فلاديمير بوتين``,
  ``مساعد الرئيس الروسي يوري أوشاكوف``, ``المتحدث الرسمي باسم وزارة الخارجية
  الصينية لين جيان``. The phrase starts at the title word nearest the name and
  extends left through governing titles in construct (``مساعد`` + ``الرئيس``);
  every word between the title and the name must fit a role (definite words,
  demonyms, organisation heads, ``باسم``, a noun governed by the word before it,
  في/لدى/إلى + a place or a body). A pronoun of place (``السفير الروسي فيها``) or a
  participle with its بـ complement (``الجديد المكلف بتشكيل حكومة``) may stand
  between the role and the name; neither is part of the role.
- in apposition after it: ``وانغ يي، رئيس مكتب لجنة الشؤون الخارجية …``, up to
  the next punctuation or clause start (:mod:`rasd.analyse.entities.appositions`,
  re-exported here).
- by reference to another person: ``ونظيره الصيني شي جين بينغ`` (counterpart)
  and ``بين الرئيسين الروسي فلاديمير بوتين والصيني شي جين بينغ`` (a shared
  title with a second demonym). These come back as :class:`RoleHit` of kind
  ``counterpart``/``ellipsis``; :func:`transfer_role` builds the role from the
  other person's one.

Dual titles are given in the singular (``الرئيسين`` → ``الرئيس``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.analyse.entities.cands import first_names, possessed_word
from rasd.analyse.entities.countries import demonym_country
from rasd.analyse.entities.rolewords import dual_construct as _dual_construct
from rasd.analyse.entities.rolewords import qualifier_tail as _qualifier_tail
from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import HONORIFICS

# Honorifics and ranks: a name right after one is another person, not part of a role.
HONORIFIC_ONLY = frozenset(normalize(w) for w in (
    "سيد", "سيدة", "شيخ", "شيخة", "دكتور", "دكتورة", "د", "مهندس", "مهندسة", "أستاذ", "أستاذة", "ملك", "ملكة",
    "أمير", "أميرة", "جنرال", "لواء", "عميد", "عقيد", "مشير", "نقيب", "رائد", "ملازم"))

MAX_BEFORE = 10  # words between the start of a title phrase and the name
MAX_AFTER = 16  # words in an appositive role
_APPOSITION_MARKS = {"،", ",", "-", "–"}
_CLAUSE_END = {"،", ",", ".", ":", "؛", ";", "(", ")", "!", "؟", "?", "\"", "«", "»", "“", "”"}


@dataclass(slots=True)
class RoleHit:
    """A role found next to a name: ``text`` as it reads (dual title made singular)."""

    text: str
    kind: str  # title | apposition | counterpart | ellipsis
    country: str | None  # alpha2 of the first demonym in the role
    start: int  # source offsets of the role phrase
    end: int


# A role's place: "المنسقة الخاصة للأمم المتحدة [في لبنان]", "السفير [لدى الأردن]", "المبعوث [إلى اليمن]".
ROLE_PREPS = frozenset(normalize(w) for w in ("في", "إلى", "لدى"))
_GENERAL = normalize("عام")


def _role_prep(toks: list[Tok], idx: int, in_span: Callable[[int], str | None]) -> bool:
    """Is ``toks[idx]`` في/إلى/لدى before a place or a body that completes a role (``السفير [لدى
    الأردن]``، ``سفير فرنسا [لدى المنظمة]``، ``المدير العام … [في وزارة الخارجية]``)?"""
    return toks[idx].norm in ROLE_PREPS and idx + 1 < len(toks) and _place_or_body(toks, idx + 1, in_span)


def _place_or_body(toks: list[Tok], k: int, in_span: Callable[[int], str | None]) -> bool:
    """A place or an organisation: tagged so, or a definite organisation head standing for one named
    before (``المنظمة``، ``الوزارة``)."""
    org = toks[k].org_head()
    return in_span(k) in ("LOC", "ORG") or bool(toks[k].word and org is not None and org[2])


def _quoted_name_mark(toks: list[Tok], idx: int, in_span: Callable[[int], str | None]) -> bool:
    """Is ``toks[idx]`` a quotation mark around an organisation's or a place's name (``لشركة "راكوتن"``)?"""
    t = toks[idx]
    if t.word or not t.text or t.text not in OPEN_QUOTES + CLOSE_QUOTES:
        return False
    return any(0 <= k < len(toks) and toks[k].word and in_span(k) in ("ORG", "LOC") for k in (idx - 1, idx + 1))


def _fits(prev: Tok | None, tok: Tok, in_span: Callable[[int], str | None], idx: int, toks: list[Tok] | None = None) -> bool:
    """Can ``tok`` continue a role phrase after ``prev``?"""
    if toks is not None and _quoted_name_mark(toks, idx, in_span):
        return True
    if not tok.word:
        return False
    if tok.norm == _GENERAL and prev is not None and prev.title():
        return True  # "مدير عام", "أمين عام": the adjective, not the stop word "year"
    if tok.stop:
        return toks is not None and _role_prep(toks, idx, in_span)
    if tok.definite or tok.demonym() or tok.org_head() or tok.connector or tok.title():
        return True
    if in_span(idx):
        return True
    if prev is not None and prev.bare_definite and prev.norm.startswith("الم") and possessed_word(tok, first_names()):
        return True  # "الرئيس المنتهية [ولايته]": a participle with its own subject, the office's qualifier
    # A noun governed by an indefinite title or head (سكرتير مجلس، وزير خارجيتها، رئيس روسيا).
    return bool(prev is not None and not prev.definite and (prev.title() or prev.org_head()))


_FROM, _ORIGIN = normalize("من"), normalize("أصل")


def _person_before(toks: list[Tok], j: int, in_span: Callable[[int], str | None]) -> bool:
    """Is a person named right before ``toks[j]`` (perhaps with a comma between)?"""
    k = j - 1
    if k >= 0 and toks[k].text in _APPOSITION_MARKS:
        k -= 1
    return k >= 0 and in_span(k) == "PER" and toks[k].line == toks[j].line


def _origin(toks: list[Tok], k: int) -> bool:
    """Is ``toks[k]`` part of an origin phrase inside a role, ``من أصل`` + demonym (``الوسيط الفرنسي
    [من أصل] لبناني``، ``الملياردير الأمريكي [من اصل] مجري``)?"""
    t = toks[k]
    if t.norm == _FROM:
        return k + 2 < len(toks) and toks[k + 1].norm == _ORIGIN and toks[k + 2].demonym() is not None
    return t.norm == _ORIGIN and k > 0 and toks[k - 1].norm == _FROM and k + 1 < len(toks) \
        and toks[k + 1].demonym() is not None


def _role_text(text: str, toks: list[Tok], first: int, last: int, first_off: int) -> str:
    """The role phrase from ``first_off`` to the end of ``toks[last]``, dual title made singular."""
    head = toks[first]
    out = text[first_off:toks[last].end]
    title = head.title()
    if title:
        word = text[first_off:head.end]
        nword = normalize(word)
        bare = nword[2:] if nword.startswith("ال") else nword
        if bare != title[0] and bare.endswith(("ين", "ان")) and bare[:-2] == title[0]:
            out = word[:-2] + out[len(word):]
        if first_off > head.start and head.norm.startswith("لل") and nword.startswith("ل"):
            out = "ا" + out  # "للرئيس السابق" → the role is "الرئيس السابق", not "لرئيس السابق"
    return " ".join(out.translate(_NO_QUOTES).split())


_NO_QUOTES = str.maketrans("", "", OPEN_QUOTES + CLOSE_QUOTES)


def _first_country(toks: list[Tok], first: int, last: int) -> str | None:
    for t in toks[first:last + 1]:
        d = t.demonym()
        if d:
            return d[0]
    return None


def role_before(text: str, toks: list[Tok], i: int, mention_start: int,
                in_span: Callable[[int], str | None]) -> RoleHit | None:
    """The role phrase right before the name whose first token is ``toks[i]``."""
    name_tok = toks[i]
    if mention_start > name_tok.start:
        clitic = normalize(text[name_tok.start:mention_start])
        if clitic[:1] in "وف":
            # "بوتين وشي جين بينغ": a coordinated name, nothing before it is its role; but a dual title
            # before the first name is both names' (عضوا المجلس ديك دربن [و]جاك ريد)
            return _dual_shared(text, toks, i, in_span) if clitic[:1] == "و" else None
    end = i  # the role phrase ends before toks[end]
    if i >= 2 and toks[i - 1].norm in _PREP_PRONOUNS and toks[i - 2].word and toks[i - 2].line == name_tok.line:
        end = i - 1  # "السفير الروسي [فيها] ألكسندر شولكين": the role's place, given by a pronoun
    chain: list[int] = []
    j = end - 1
    while j >= 0 and len(chain) < MAX_BEFORE:
        t = toks[j]
        if _quoted_name_mark(toks, j, in_span) and t.line == name_tok.line:
            chain.append(j)  # 'الرئيس التنفيذي لشركة "راكوتن" هيروشي ميكيتاني': a quoted name inside the role
            j -= 1
            continue
        if t.line != name_tok.line or not t.word or in_span(j) == "PER" or (
                t.stop and not _role_prep(toks, j, in_span) and not _origin(toks, j)):
            break
        chain.append(j)
        if t.conj():  # the conjunction opens this phrase: nothing further left belongs to it
            break
        j -= 1
    if not chain:
        return None
    # Ellipsis: "…الروسي فلاديمير بوتين والصيني شي جين بينغ".
    if len(chain) == 1 and toks[chain[0]].conj() and toks[chain[0]].demonym() and not toks[chain[0]].title():
        t = toks[chain[0]]
        code, off = t.demonym()  # type: ignore[misc]
        return RoleHit(text[off:t.end], "ellipsis", code, off, t.end)
    head = None
    for j in chain:  # nearest title to the name; not a form of address inside a body's name (تنظيم الدولة)
        if (toks[j].title() or toks[j].counterpart() is not None or _dual_construct(toks, j)) \
                and not _address_in_name(toks[j], j, in_span):
            head = j
            break
    if head is None:
        return None
    if toks[head].org_head() and not toks[head].definite and toks[head].counterpart() is None:
        return None  # "فريق النصر", "لواء الإسلام": an organisation, not a rank
    if head == end - 1 and not toks[head].definite and _bare_stem(toks[head]) in _RELATIONS:
        return None  # "محامي ترامب": the name is the lawyer's client, the relation is someone else's
    if head == end - 1 and not toks[head].definite and _honorific(name_tok):
        return None  # the office before a rank, «مبعوث [الشيخ] زايد»: an indefinite title governs the rank
    if _governs_the_name(toks, chain, end):
        return None  # "متحدث باسم لوفن"، "صندوق الملك عبد الله الثاني": the name is the principal's
    # Extend left through indefinite governing titles: مساعد [الرئيس], نائب [رئيس الوزراء].
    while head - 1 in chain and not toks[head].conj() and not toks[head].norm.startswith("لل"):
        # (a title with the preposition ل, "كبير المستشارين [للرئيس] دونالد ترامب", opens the name's own
        # role: what stands before it is another person's office "of" this one)
        left = toks[head - 1]
        if relation_between(toks, head - 1, in_span):
            break  # "مايكل كوهين [محامي] الرئيس الأمريكي دونالد ترامب": the relation is Cohen's
        if not left.definite and not left.title() and (left.norm in _KIN_AFTER or left.norm in _RELATIONAL) \
                and not left.text.rstrip(_DIACRITIC_CHARS).endswith("ه") and not _person_before(toks, head - 1, in_span) \
                and not (head == end - 1 and _honorific(toks[head])):  # "صديقة [للشيخة] لطيفة": the friend's
            head -= 1  # "[ابنة] الجاسوس الروسي يوليا سكريبال": the title is her father's, the kin noun hers
            break  # (but "الصديق المهدي، نجل رئيس الوزراء الصادق المهدي": the title is the second name's)
        if (left.title() or _dual_construct(toks, head - 1)) and left.counterpart() is None and not left.org_head() \
                and (not left.definite or toks[head].definite) \
                and not (not left.definite and head == end - 1 and _honorific(toks[head])):
            head -= 1  # a governing title (مساعد الرئيس) or stacked titles (الأمير الدكتور)
        else:
            break
    for k in range(head + 1, end):
        prev = toks[k - 1] if toks[k - 1].word else toks[k - 2]  # the word before a quotation mark
        if not (_fits(prev, toks[k], in_span, k, toks) or _origin(toks, k)):
            if not _qualifier_tail(toks, head, k, end):
                return None
            end = k - 1  # "رئيس الوزراء الأردني الجديد [المكلف بتشكيل حكومة جديدة] عمر الرزاز"
            break
    t = toks[head]
    cp = t.counterpart()
    if cp is not None:
        code = _first_country(toks, head + 1, end - 1) if head + 1 <= end - 1 else None
        return RoleHit(" ".join(text[cp:toks[end - 1].end].split()), "counterpart", code, cp, toks[end - 1].end)
    off = t.title()[1] if t.title() else t.start  # type: ignore[index]  # a kin noun opens it
    return RoleHit(_role_text(text, toks, head, end - 1, off), "title",
                   _first_country(toks, head, end - 1), off, toks[end - 1].end)


def _dual_shared(text: str, toks: list[Tok], i: int, in_span: Callable[[int], str | None]) -> RoleHit | None:
    """The dual title in construct before the name coordinated just before ``toks[i]`` (``عضوا المجلس
    ديك دربن وجاك ريد``): the second of the two holds it too."""
    j = i - 1
    while j >= 0 and in_span(j) == "PER" and toks[j].line == toks[i].line and i - j <= 5:
        j -= 1
    first = j + 1
    if first == i or j < 0:
        return None
    hit = role_before(text, toks, first, toks[first].start, in_span)
    if hit is None or hit.kind != "title":
        return None
    k = next((m for m in range(j, -1, -1) if toks[m].start <= hit.start), None)
    return hit if k is not None and _dual_construct(toks, k) else None


def _address_in_name(t: Tok, j: int, in_span: Callable[[int], str | None]) -> bool:
    """Is the word a form of address (دولة، سمو، جلالة) read inside an organisation's or place's name
    (``تنظيم الدولة الإسلامية``)? There it is a noun of the name, no title."""
    title = t.title()
    return title is not None and title[0] in _ADDRESS_STEMS and in_span(j) in ("ORG", "LOC")


_ADDRESS_STEMS = frozenset(normalize(w) for w in HONORIFICS)


def _honorific(t: Tok) -> bool:
    """A rank or honorific that is no office (الشيخ، الملك، الدكتور): «مبعوث [الشيخ] زايد» is the
    envoy of the sheikh, not the sheikh's title «مبعوث الشيخ»."""
    title = t.title()
    return t.norm.removeprefix("ال") in HONORIFIC_ONLY or (title is not None and title[0] in HONORIFIC_ONLY)


def _governs_the_name(toks: list[Tok], chain: list[int], end: int) -> bool:
    """Does the word before the name (or before its honorific) govern it as its complement:
    ``باسم`` (``متحدث باسم لوفن``: the spokesman is someone else) or an indefinite organisation
    head (``صندوق الملك عبد الله الثاني``: the name is the institution's)?"""
    k = end - 1
    if k in chain and _honorific(toks[k]) and k - 1 in chain:
        k -= 1
    if k not in chain:
        return False
    t = toks[k]
    if t.connector:
        return True
    org = t.org_head()
    return org is not None and not org[2] and not t.title()


# في/لدى with a pronoun between a role and the name: the role's place named before (السفير الروسي فيها).
_PREP_PRONOUNS = frozenset(normalize(w) for w in ("فيها", "فيه", "فيهم", "لديها", "لديه", "لديهم"))


# Relational nouns that, with a possessive pronoun, describe a person by another one: خصمه السابق
# مهاتير محمد، زوجته منى حسون، خليفته أنور إبراهيم (normalized, masculine/feminine stems).
_RELATIONAL = frozenset(normalize(w) for w in (
    "خصم", "حليف", "حليفة", "زوج", "زوجة", "خليفة", "صديق", "صديقة", "شقيق", "شقيقة", "نجل", "ابن", "ابنة",
    "والد", "والدة", "حفيد", "حفيدة", "منافس", "منافسة", "سلف", "رفيق", "رفيقة", "زميل", "زميلة", "محامي", "مساعد", "مساعدة",
    "أخ", "أخت"))
# Deputies relate one person to another too (نائبته فيرجيني كالميل، معاون ساركوزي كلود غيان), but bare
# they head an office (نائب وزير التربية), so they are no kin noun that hides the phrase after it.
_RELATIONS = _RELATIONAL | frozenset(normalize(w) for w in ("معاون", "معاونة", "نائب", "نائبة"))
_POSSESSIVES = ("هما", "هم", "ها", "ه")
# Adjectives that may follow the relational noun before the name (خصمه السابق).
_REL_ADJ = frozenset(normalize(w) for w in ("السابق", "السابقة", "الجديد", "الجديدة", "الراحل", "الراحلة",
                                            "الأكبر", "الأصغر", "الكبرى", "الصغرى", "اللدود"))


_NATIONALITY = normalize("الجنسية")
_DIACRITIC_CHARS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0640"


_KIN_AFTER = frozenset(normalize(w) for w in (
    "حفيد", "حفيدة", "نجل", "نجلة", "شقيق", "شقيقة", "زوج", "زوجة", "والد", "والدة", "أرملة", "خطيب", "خطيبة",
    "صهر", "ابنة", "صديق", "صديقة", "زميل", "زميلة"))


def kin_after(text: str, toks: list[Tok], k: int,
              in_span: Callable[[int], str | None] | None = None) -> RoleHit | None:
    """``الأمير وليم حفيد ملكة بريطانيا``، ``خديجة أزرو، خطيبة خاشقجي،``: a kin noun right after the
    name whose last token is ``toks[k]`` (or after its comma), with the words it governs up to
    punctuation (three at most), is a role; so is any relational noun that governs another person's
    name (``فاليري بيكريس منافسة فوكييه``)."""
    if k + 2 < len(toks) and toks[k + 1].text in _APPOSITION_MARKS and toks[k + 2].norm in _KIN_AFTER:
        k += 1  # the apposition's comma
    if k + 2 >= len(toks) or not toks[k + 1].word or toks[k + 1].line != toks[k].line:
        return None
    rel = toks[k + 1].norm
    if in_span is not None and in_span(k + 2) == "PER" and toks[k + 2].line == toks[k].line and (
            rel in _RELATIONS or (rel.endswith("ه") and rel[:-1] in _RELATIONS)):
        last = k + 2
        while last + 1 < len(toks) and in_span(last + 1) == "PER" and toks[last + 1].line == toks[k].line:
            last += 1
        return RoleHit(" ".join(text[toks[k + 1].start:toks[last].end].split()), "apposition", None,
                       toks[k + 1].start, toks[last].end)
    if rel not in _KIN_AFTER:
        return None
    last = k + 1
    for j in range(k + 2, min(len(toks), k + 5)):
        t = toks[j]
        if not t.word or t.line != toks[k].line or t.stop or t.conj():
            break
        if in_span is not None and j > k + 2 and in_span(j + 1) == "PER" \
                and t.norm.removeprefix("ال") in HONORIFIC_ONLY:
            break  # "ابنة حاكم الإمارة [الشيخ محمد …]": the title's holder, named (not "والدة الأمير هاري")
        last = j
    if last == k + 1:
        return None  # a bare kin noun governs nothing: not a description
    return RoleHit(" ".join(text[toks[k + 1].start:toks[last].end].split()), "apposition",
                   _first_country(toks, k + 1, last), toks[k + 1].start, toks[last].end)


def is_kin_noun(w: str) -> bool:
    """A relational noun, bare or with a possessive (حفيد، نجله، زوجته), normalized."""
    return w in _RELATIONAL or _relational(w)


def _relational(w: str) -> bool:
    """Is the normalized word a relational noun with a possessive pronoun (خصمه، زوجته، حليفها)?"""
    for suf in _POSSESSIVES:
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            if stem in _RELATIONS or (stem.endswith("ت") and stem[:-1] + "ه" in _RELATIONS):
                return True
    return False


def _bare_stem(t: Tok) -> str:
    """The word without a leading و/ف/ل/ب (``ولمحامي`` → ``محامي``)."""
    n = t.norm
    for k in (1, 2):
        if n not in _RELATIONS and all(ch in "وفلب" for ch in n[:k]) and n[k:] in _RELATIONS:
            return n[k:]
    return n


def governed_relation_before(text: str, toks: list[Tok], i: int,
                             in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``محامي ترامب الشخصي مايكل كوهين``: a relational noun in construct with another person's name
    (and up to two definite adjectives) right before the name at ``toks[i]`` describes this person."""
    j = i - 1
    adjectives = 0
    while j >= 0 and adjectives < 2 and toks[j].word and toks[j].line == toks[i].line and in_span(j) is None \
            and toks[j].bare_definite and not toks[j].title() and not toks[j].stop and not toks[j].demonym():
        j -= 1
        adjectives += 1
    if j < 0 or in_span(j) != "PER":
        return None
    while j >= 0 and in_span(j) == "PER" and toks[j].line == toks[i].line:
        j -= 1
    if j < 0 or not toks[j].word or toks[j].line != toks[i].line or toks[j].definite:
        return None
    t = toks[j]
    stem = _bare_stem(t)
    if stem not in _RELATIONS:
        return None
    off = t.start + (len(t.norm) - len(stem))
    return RoleHit(" ".join(text[off:toks[i - 1].end].split()), "title", None, off, toks[i - 1].end)


def relational_before(text: str, toks: list[Tok], i: int, mention_start: int) -> RoleHit | None:
    """``خصمه السابق مهاتير محمد``، ``وزوجته منى حسون``: a relational noun with a possessive pronoun
    (and an adjective) right before the name whose first token is ``toks[i]``."""
    if mention_start > toks[i].start:
        return None
    j = i - 1
    if j >= 0 and toks[j].word and toks[j].norm in _REL_ADJ and toks[j].line == toks[i].line:
        j -= 1
    elif j >= 1 and toks[j].norm == _NATIONALITY and toks[j - 1].word and toks[j].line == toks[i].line:
        j -= 2  # "وزوجته سورية الجنسية منى حسون": her nationality stands between
    if j >= 1 and toks[j].text in _APPOSITION_MARKS and j == i - 1:
        j -= 1  # "وقالت ابنته، ميغان": the name in apposition after the comma
    if j < 0 or not toks[j].word or toks[j].line != toks[i].line:
        return None
    t = toks[j]
    if t.text.rstrip(_DIACRITIC_CHARS).endswith("ة"):
        return None  # "زوجة بابتشينكو": ta marbuta, not the pronoun ه; the name is the complement
    if _relational(t.norm):
        off = t.start
    elif t.norm[:1] in "وف" and _relational(t.norm[1:]):
        off = t.start + 1
    else:
        return None
    last = i - 2 if toks[i - 1].text in _APPOSITION_MARKS else i - 1
    end = t.end if toks[last].norm == _NATIONALITY else toks[last].end
    return RoleHit(" ".join(text[off:end].split()), "title", None, off, end)


def is_relation_noun(w: str) -> bool:
    """Is the normalized word a bare relational noun (``محامي``، ``نجل``، ``مساعد``) that describes a
    person by another one it governs?"""
    return w in _RELATIONS


def relation_between(toks: list[Tok], j: int, in_span: Callable[[int], str | None]) -> bool:
    """Is ``toks[j]`` a relational noun between two people, governing the second one's title: ``مايكل
    كوهين [محامي] الرئيس الأمريكي دونالد ترامب``? Then the relation describes the first person and
    the title the second (not "محامي الرئيس" for Trump)."""
    t = toks[j]
    return (j > 0 and j + 1 < len(toks) and in_span(j - 1) == "PER" and toks[j - 1].line == t.line
            and not t.definite and not t.has_clitic and (t.norm in _RELATIONS or t.title() is not None)
            and toks[j + 1].definite and toks[j + 1].title() is not None)  # (also an office: "[مستشار] الرئيس")


def _extend(toks: list[Tok], first: int, in_span: Callable[[int], str | None]) -> int:
    """Index of the last token of an appositive role headed by ``toks[first]``: up to punctuation,
    a conjunction, another person or a word that cannot continue a role."""
    last = first
    j = first + 1
    while j < len(toks) and j - first < MAX_AFTER:
        t = toks[j]
        if t.line != toks[first].line or t.text in _CLAUSE_END or t.conj():
            break
        if in_span(j) == "PER" and not toks[j - 1].title():
            break  # another person; but "مدينة الملك عبدالعزيز" names a place inside the role
        if not _fits(toks[j - 1], t, in_span, j, toks):  # type: ignore[arg-type]
            break
        last = j
        j += 1
    return last


def transfer_role(model: str, demonym_text: str) -> str:
    """The role of a counterpart: ``model`` (``الرئيس الروسي``) with its demonym swapped (``الصيني``).

    Without a demonym in ``model`` the demonym is appended after the title words.
    """
    words = model.split()
    new = demonym_text.strip()
    for n, w in enumerate(words):
        if demonym_country(w):
            if normalize(w).endswith("ه") and not normalize(new).endswith("ه"):
                new = new + "ة"
            words[n] = new
            return " ".join(words)
    return " ".join([*words, new])


# The appositive roles live in their own module, which reads this one's helpers; they are
# re-exported here, where the entity layer looks for every role finder.
from rasd.analyse.entities.appositions import (  # noqa: E402
    coordinated_roles,
    counterpart_apposition,
    role_after,
)

__all__ = ["HONORIFIC_ONLY", "ROLE_PREPS", "RoleHit", "coordinated_roles", "counterpart_apposition",
           "governed_relation_before", "is_kin_noun", "is_relation_noun", "kin_after", "relational_before",
           "role_after", "role_before", "transfer_role"]

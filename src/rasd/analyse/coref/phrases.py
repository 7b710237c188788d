"""Role phrases that stand for a person named elsewhere in the article.

``الوزير السعودي``، ``المندوبة الأمريكية``، ``المتحدث الرسمي للرئاسة المصرية``،
``وزير الخارجية القطري``: a title heading a definite phrase, with no name of its
own right after it. Each is resolved to the nearest person mentioned before it
that agrees with it:

- gender: a feminine title (``المندوبة``) never refers to a man, a masculine one
  never to a woman (as far as :func:`~rasd.analyse.coref.features.entity_gender`
  knows);
- country: the demonym of the phrase and the person's country must not differ;
- evidence: the person must hold a role with the same title stem (``وزير`` in
  ``وزير الخارجية السعودي``), or share a complement word with one of their roles,
  or (for a generic title such as ``المسؤول``) agree in country. Without any
  evidence the phrase stays unresolved: a wrong link is worse than none.

A phrase directly followed by ``، NAME`` is that person's role (apposition); it is
added to their roles and needs no antecedent.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rasd.analyse.coref.descriptions import (
    add_descriptions,
    indefinite_antecedents,
    lede_description,
    office_roles,
    predicate_roles,
)
from rasd.analyse.coref.features import (
    GENERIC_TITLES,
    HONORIFIC_ONLY,
    entity_country,
    entity_gender,
    role_titles,
    title_stem,
)
from rasd.analyse.entities.countries import demonym_country
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks
from rasd.record import Entity, Mention

MAX_WORDS = 7  # words in a role phrase, title included
_BISM = normalize("باسم")
_PREPS = frozenset(normalize(w) for w in ("في", "لدى"))
_STATUS_ADJ = frozenset(normalize(w) for w in (
    "السابق", "السابقة", "الجديد", "الجديدة", "الحالي", "الحالية", "الأسبق", "الراحل", "الراحلة", "المقبل",
    "المؤقت", "المؤقتة", "المكلف", "المكلفة", "المنتخب", "المنتخبة", "المعين", "المعينة", "المستقيل",
    "المستقيلة", "المقال", "المقالة", "المخلوع", "المخلوعة", "المنتهية", "الأسبق", "الأسبقة"))


# Time adverbs that may stand between a role phrase and the name it titles.
_THEN = frozenset(normalize(w) for w in ("آنئذ", "آنذاك", "حينها", "حينذاك", "وقتها", "حاليا", "سابقا"))


@dataclass(slots=True)
class RolePhrase:
    """A title-headed phrase: token range, source span, agreement features."""

    first: int
    last: int
    start: int
    end: int
    stem: str
    gender: str
    country: str | None
    words: frozenset[str]  # complement words, article and clitics dropped
    adjectival: bool = False  # a definite title followed by definite words: adjectives (المؤذن الشاب)


def _bare(word: str) -> str:
    w = normalize(strip_marks(word))
    for p in ("وال", "فال", "بال", "لل", "ال", "ل"):
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _cover(toks: list[Tok], entities: list[Entity]) -> list[Entity | None]:
    """The entity whose mention covers each token (None: no mention there)."""
    starts = [t.start for t in toks]
    out: list[Entity | None] = [None] * len(toks)
    for ent in entities:
        for m in ent.mentions:
            i = max(0, bisect.bisect_right(starts, m.start) - 1)
            while i < len(toks) and toks[i].start < m.end:
                if toks[i].end > m.start:
                    out[i] = ent
                i += 1
    return out


def find_phrases(toks: list[Tok], cover: list[Entity | None]) -> list[RolePhrase]:
    """Title-headed definite phrases not inside a mention (see the module docstring)."""
    out: list[RolePhrase] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        # not a function word: أمام (before) normalizes to the title إمام
        hit = title_stem(t.text) if t.word and cover[i] is None and not t.stop else None
        if hit is None or hit[0] in HONORIFIC_ONLY:
            i += 1
            continue
        definite = t.definite
        last = i
        country = t.demonym()[0] if t.demonym() else None
        words: set[str] = set()
        j = i + 1
        seen_demonym = False
        placed = False
        while j < n and j - i < MAX_WORDS:
            u = toks[j]
            if not u.word or u.line != t.line:
                break
            ent = cover[j]
            prev = toks[j - 1]
            if ent is None and u.norm in _STATUS_ADJ:
                pass  # "مدير المخابرات الأمريكية السابق"، "الرئيس الحالي": a status adjective
            elif seen_demonym and ent is None and not u.stop and (
                    (u.norm.startswith("لل") and u.definite) or (prev.norm.startswith("لل") and u.bare_definite)):
                pass  # "وزير الدولة البريطاني للشؤون الأمنية": the office's field after the demonym
            elif ent is None and not u.stop and u.has_clitic and u.norm[:1] == "ل" and not u.definite \
                    and j + 1 < n and toks[j + 1].bare_definite and toks[j + 1].line == t.line:
                pass  # "نائب الرئيس الإيراني لشؤون القانون الدولي": ل + a noun in construct
            elif u.demonym() and ent is None:
                country = country or u.demonym()[0]  # type: ignore[index]
                seen_demonym = True
            elif ent is not None and ent.type in ("ORG", "LOC") and (
                    prev.connector or prev.norm in _PREPS or cover[j - 1] is ent
                    or (not seen_demonym and (u.definite or u.norm[:1] == "ل"))):
                pass  # المتحدث باسم الخارجية، المندوبة في مجلس الأمن، المتحدث للرئاسة
            elif ent is not None and ent.type == "PER" and prev.connector:
                pass  # المتحدث باسم لوفن
            elif u.norm in _PREPS and j + 1 < n and cover[j + 1] is not None \
                    and cover[j + 1].type in ("ORG", "LOC"):  # type: ignore[union-attr]
                placed = True  # المندوبة الأمريكية في مجلس الأمن: the place is not the office
                j += 1
                continue
            elif u.connector or (u.norm in _PREPS and j + 1 < n and cover[j + 1] is not None
                                 and cover[j + 1].type in ("ORG", "LOC")):  # type: ignore[union-attr]
                if u.connector and u.norm != _BISM:
                    last = j  # "المتحدث باسمه": the pronoun completes the phrase
                    break
                j += 1
                continue
            elif ent is None and not seen_demonym and (u.definite or (u.org_head() and not u.stop)) and not u.stop \
                    and not (u.title() and words):
                pass  # وزير الخارجية، المتحدث الرسمي، رئيس فريق الخبراء; not "وزير الدفاع [الأمير]"
            elif ent is not None and ent.type in ("ORG", "LOC") and not prev.definite and not seen_demonym \
                    and (j == i + 1 or cover[j - 1] is None):
                pass  # a construct with a name: أمير قطر، وزير خارجية البحرين
            elif ent is None and j == i + 1 and not u.definite and not u.stop and not t.definite \
                    and j + 1 < n and cover[j + 1] is not None and cover[j + 1].type in ("LOC", "ORG"):  # type: ignore[union-attr]
                pass  # وزير [خارجية] البحرين
            else:
                break
            if (ent is None or ent.type != "PER") and not u.demonym() and not placed:
                words.add(_bare(u.text))
            # a construct is definite through its complement: وزير الخارجية، أمير قطر
            definite = definite or (j == i + 1 and u.definite) or (
                ent is not None and ent.type in ("LOC", "ORG") and not prev.definite)
            last = j
            j += 1
        if definite:
            off = t.title()[1] if t.title() else t.start  # type: ignore[index]
            adjectival = t.definite and all(toks[k].definite and cover[k] is None and not toks[k].connector
                                            for k in range(i + 1, last + 1))
            out.append(RolePhrase(i, last, off, toks[last].end, hit[0], hit[1], country,
                                  frozenset(w for w in words if w), adjectival))
        i = last + 1
    return out


def _role_words(ent: Entity) -> set[str]:
    return {_bare(w) for r in ent.roles for w in r.split()}


def _nisba_stem(word: str) -> str:
    """A relational adjective's noun (``امميه``/``اممي`` → ``امم``, ``اوروبي`` → ``اوروب``); other words as they are.

    Why: a role phrase names the office by its adjective where the full role has the noun
    (``المسؤول الأممي`` for ``مساعد الأمين العام للأمم المتحدة``); the stem is what both share."""
    for suffix in ("يه", "ي"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _shared_words(words: frozenset[str], ent: Entity) -> int:
    """How many of a phrase's complement words the person's roles hold, as written or through a nisba."""
    roles = _role_words(ent)
    stems = {_nisba_stem(w) for w in roles}
    return sum(1 for w in words if w in roles or _nisba_stem(w) in stems)


# Complements that name the same office (رئيس الحكومة = رئيس الوزراء).
_SAME_COMPLEMENT = {normalize("حكومة"): normalize("وزراء")}


def _office_words(words: set[str] | frozenset[str]) -> set[str]:
    return {_SAME_COMPLEMENT.get(w, w) for w in words}


def _same_office(p: RolePhrase, ent: Entity) -> bool:
    """Does one of the person's roles have the phrase's title and, when both name it, the same
    complement (``رئيس الوزراء`` is not ``رئيس المخابرات``)?"""
    for role in ent.roles:
        words = role.split()
        at = next((k for k, w in enumerate(words[:3]) if (title_stem(w) or ("", ""))[0] == p.stem), None)
        if at is None:
            continue
        comp = {_bare(w) for w in words[at + 1:] if not demonym_country(normalize(w))
                and title_stem(w) is None}
        if not p.words or not comp or _office_words(p.words) & _office_words(comp):
            return True
    return False


def _evidence(p: RolePhrase, ent: Entity) -> int:
    """How strongly ``ent`` fits ``p``: 0 = incompatible or no evidence; higher is stronger."""
    g = entity_gender(ent)
    if g is not None and g != p.gender:
        return 0
    c = entity_country(ent)
    if p.country and c and p.country != c:
        return 0
    stems = {s for s, _g in role_titles(ent.roles)}
    score = 0
    if p.stem in stems and _same_office(p, ent):
        score += 3
    elif p.stem in stems and p.adjectival:
        score += 2  # "المؤذن الشاب" after "مؤذن المسجد الأقصى": the words are adjectives, not another office
    elif p.stem in stems:
        return 0
    elif stems and p.stem not in GENERIC_TITLES:
        return 0  # a minister is not "the spokesman"
    score += _shared_words(p.words, ent)
    if p.country and c == p.country:
        score += 2
    return score


def resolve_phrases(text: str, toks: list[Tok], entities: list[Entity]) -> None:
    """Add each resolved role phrase to its person as a mention and a role (in place)."""
    people = [e for e in entities if e.type == "PER"]
    if not people:
        return
    cover = _cover(toks, entities)
    add_descriptions(text, toks, cover, _add_role)
    office_roles(text, toks, cover, _add_role)
    lede_description(text, toks, cover, _add_role)
    predicate_roles(text, toks, cover, _add_role)
    from rasd.analyse.entities.roles import is_kin_noun, is_relation_noun

    for p in find_phrases(toks, cover):
        if p.first > 0 and toks[p.first - 1].word and is_kin_noun(toks[p.first - 1].norm):
            continue  # "حفيد ملكة بريطانيا": the phrase names the kin noun's relative, not a person here
        role = " ".join(text[p.start:p.end].split())
        role = role[1:] if normalize(role)[:1] in "وف" and title_stem(role.split()[0][1:]) else role
        first = toks[p.first].norm
        first = first[1:] if first[:1] in "وف" and first[1:3] == "لل" else first  # وللمسؤول، فللرئيس
        if first.startswith("لل") and normalize(role).startswith("ل") and not normalize(role).startswith("لل"):
            role = "ا" + role  # "للمسؤول القطري" is read from its second letter: the role is "المسؤول القطري"
        named, upto = _named_after(toks, cover, p)
        prev = cover[p.first - 1] if p.first > 0 else None
        office = is_relation_noun(toks[p.first].norm) or (not toks[p.first].definite and not toks[p.first].has_clitic)
        if named is not None and prev is not None and prev.type == "PER" and office \
                and p.first < p.last and toks[p.first + 1].definite and toks[p.first - 1].line == toks[p.first].line:
            named = None  # "مايكل كوهين محامي الرئيس الأمريكي دونالد ترامب", "لاري كودلو مستشار الرئيس الأمريكي
            # دونالد ترامب": an indefinite relation or office governing the second name's title is the first's
        if named is not None and any(toks[m].norm.startswith("لل") and toks[m].title() is not None
                                     for m in range(p.first + 1, p.last + 1)):
            continue  # "مستشار [للرئيس] الإيراني حسن روحاني": the name is the principal's, the office another's
        if named is not None:
            if upto > p.last:  # "الصحفية الروسية [المستقلة]، يفغينيا الباتس": its adjectives too
                role = " ".join(text[p.start:toks[upto].end].split())
            _add_role(named, role)
            continue
        k = p.last + 1
        if k < len(toks) and toks[k].word and not toks[k].definite and not toks[k].stop \
                and toks[k].title() is None and k + 1 < len(toks) and cover[k + 1] is not None:
            continue  # "وزير الدفاع عوض محمد…": a name whose first word was missed
        if prev is not None and prev.type == "PER" and toks[p.first - 1].line == toks[p.first].line:
            # "أنور قرقاش وزير الدولة للشؤون الخارجية": the name's apposition, unless the countries differ
            c = entity_country(prev)
            if not (p.country and c and p.country != c) and entity_gender(prev) in (None, p.gender):
                _add_role(prev, role)
            continue
        exact = [e for e in people if any(normalize(r).removeprefix("ال") == normalize(role).removeprefix("ال")
                                          for r in e.roles)]
        if len(exact) == 1:
            # the article gives this very role to one person, before or after: "وقالت المتحدثة باسم
            # البنتاغون، …" and later "المتحدثة باسم البنتاغون دانا وايت"
            exact[0].mentions.append(Mention(p.start, p.end, text[p.start:p.end]))
            exact[0].mentions.sort(key=lambda m: m.start)
            continue
        best: tuple[int, int, Entity] | None = None
        for ent in people:
            before = [m.start for m in ent.mentions if m.end <= p.start]
            if not before:
                continue
            ev = _evidence(p, ent)
            if ev and (best is None or (ev >= 3) > (best[0] >= 3)
                       or ((ev >= 3) == (best[0] >= 3) and max(before) > best[1])):
                best = (ev, max(before), ent)
        if best is None:
            # no antecedent: the one person named later who holds this very office (a headline's
            # "وزير الخارجية القطري: …" before "الشيخ محمد بن عبدالرحمن، وزير الخارجية القطري")
            later = [e for e in people if _evidence(p, e) >= 3 and any(m.start >= p.end for m in e.mentions)]
            if len(later) != 1 or toks[p.first].org_head():
                continue  # not "الفريق" (a team as well as a rank)
            best = (3, 0, later[0])
        ent = best[2]
        ent.mentions.append(Mention(p.start, p.end, text[p.start:p.end]))
        ent.mentions.sort(key=lambda m: m.start)
        _add_role(ent, role)
    indefinite_antecedents(text, toks, _cover(toks, entities), people, _add_role)


def _named_after(toks: list[Tok], cover: list[Entity | None], p: RolePhrase) -> tuple[Entity | None, int]:
    """The person a phrase is the title of, and the last token of the phrase with the definite
    adjectives that follow it: a name right after it, after a comma (apposition: ``المتحدث باسم
    لوفن، جوناتن هولست``), after one more title (``…المصرية اللواء عباس كامل``) or after up to two
    adjectives and a comma (``الصحفية الروسية المستقلة، يفغينيا الباتس``)."""
    k = p.last + 1
    line = toks[p.last].line
    upto = p.last
    adjectives = 0
    for _ in range(5):
        if k >= len(toks) or toks[k].line != line:
            return None, p.last
        ent = cover[k]
        if ent is not None:
            return (ent, upto) if ent.type == "PER" else (None, p.last)
        t = toks[k]
        if t.text in ("،", ",") or (t.word and t.title() is not None):
            k += 1
            adjectives = 3  # no adjective after the comma or the second title
            continue
        if t.word and normalize(strip_marks(t.text)) in _THEN:
            k += 1  # "وزير الخارجية بالانابة [آنئذٍ]، السفير محمد عبد الله ادريس"
            continue
        if adjectives < 2 and t.word and t.bare_definite and not t.stop and t.title() is None \
                and k + 1 < len(toks) and (toks[k + 1].text in ("،", ",") or toks[k + 1].bare_definite):
            adjectives += 1
            upto = k
            k += 1
            continue
        if adjectives < 2 and t.norm in _PREPS:  # "وزير الخزانة في حكومة الظل، جون ماكدونيل"
            m = k + 1
            while m < len(toks) and m - k <= 3 and toks[m].word and not toks[m].stop and toks[m].line == line \
                    and (cover[m] is None or cover[m].type != "PER"):  # type: ignore[union-attr]
                m += 1
            if m - k >= 2 and m < len(toks) and toks[m].text in ("،", ","):
                upto = m - 1
                adjectives = 3
                k = m
                continue
            if m - k >= 2 and m < len(toks) and cover[m] is not None and cover[m].type == "PER" \
                    and toks[m].line == line:  # type: ignore[union-attr]
                return cover[m], m - 1  # "المسؤولة الثانية في الحزب فيرجيني كالميل"
        return None, p.last
    return None, p.last


def _add_role(ent: Entity, role: str) -> None:
    """Add ``role`` as written unless a role of ``ent`` already contains it word for word: a phrase
    that stands apart (``القس``، ``الوزير السعودي``) is a role of its own beside the fuller one
    (``قس أمريكي``، ``وزير الخارجية السعودي``), as the annotation conventions list them."""
    role = strip_marks(role)
    key = normalize(role)
    if role and all(key not in normalize(r) for r in ent.roles):
        ent.roles.append(role)

"""Tidying a speaker that is a description, not an entity: what the quotes layer does to the phrase
it read before the phrase is kept (the outlet told cut off, a people's name or an earlier form put for
the description, a definite head or a name before a role preferred, a lone title resolved to the
person the article introduced with it).

Each function takes a description (or an entity id, returned as it is) and returns the tidied
description, an entity id or None. Pure: no I/O. Used by :func:`rasd.analyse.quotes.choose.choose_speaker`
(split out of that module: these read a phrase, that one reads the sentence).
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import (
    _ANON_N,
    _ROLE_N,
    _SOURCE_N,
    MARKS,
    _Ctx,
)
from rasd.analyse.quotes.subjects import head_ok
from rasd.arabic.normalize import normalize


def _addressee_cut(ctx: _Ctx, desc: str | None) -> str | None:
    """``الناطق باسم وزير الداخلية العراقي لرويترز``: a last word ل + an organisation the article names
    is the outlet told, not part of the speaker; ``desc`` without it."""
    if not desc or ctx.art.entity(desc) is not None:
        return desc
    raw = desc.split()
    last = normalize(raw[-1].strip(MARKS + "()،,")) if len(raw) >= 2 else ""
    if last.startswith("ل") and not last.startswith("ال") and len(last) >= 4:
        rest = last[1:]
        for e in ctx.art.entities:
            if e.type == "ORG" and rest in {normalize(e.name), *map(normalize, e.aliases)}:
                return " ".join(raw[:-1])
    # "المتحدث باسم وزارة الخارجية لبزنس ستاندرد": a two- or three-word name after ل that the
    # article sets in quote marks elsewhere ("بزنس ستاندرد") is the outlet told, named by the text
    for k in range(max(1, len(raw) - 3), len(raw)):
        w = normalize(raw[k].rstrip(MARKS + "()"))
        if not w.startswith("ل") or w.startswith("ال") or len(w) < 3:
            continue  # (a ل inside the quote marks, "اللجنة التنسيقية "لمسيرة العودة"", is part of the name)
        tail = " ".join(x.strip(MARKS + "()،,") for x in [raw[k][1:], *raw[k + 1:]])
        if any(normalize(tail) == normalize(q) for q in _quoted_names(ctx)):
            return " ".join(raw[:k])
    return desc


def _quoted_names(ctx: _Ctx) -> set[str]:
    """Short stretches (one to three words) the article sets in quote marks: the names it cites."""
    got = getattr(ctx, "_quoted_names", None)
    if got is None:
        got = {m.group(1) for m in _QUOTED_RE.finditer(ctx.text) if 1 <= len(m.group(1).split()) <= 3}
        ctx._quoted_names = got  # type: ignore[attr-defined]
    return got


_QUOTED_RE = re.compile(r"[\"«“]([^\"«»“”\n]{2,40})[\"»”]")


def _people_of(ctx: _Ctx, desc: str | None) -> str | None:
    """``البريطانيون``/``الروس`` as a speaker: the country the article names, when it does;
    ``… نص بيان الرئاسة الأفغانية``: the body whose statement is relayed."""
    from rasd.analyse.entities.countries import demonym_country

    if not desc:
        return desc
    words = normalize(desc).split()
    if "بيان" in words[1:-1]:
        k = words.index("بيان")
        a = desc.split()[k + 1:]
        rest = " ".join(a)
        for e in ctx.art.entities:
            if normalize(e.name) == normalize(rest) or normalize(rest) in map(normalize, e.aliases):
                return e.id
        return rest or desc
    if len(words) != 1 or not words[0].endswith(("يون", "يين")):
        return desc
    code = demonym_country(words[0][:-2])
    for e in ctx.art.entities:
        if e.type == "LOC" and code and e.country and e.country.get("alpha2") == code:
            return e.id
    return desc


def _earlier_form(desc: str | None, history: list[str]) -> str | None:
    """A short description that opens an earlier speaker's (``المركز الإعلامي`` after ``المركز
    الإعلامي للقوات المسلحة اليمنية``) is that speaker."""
    if not desc:
        return desc
    key = normalize(desc).split()
    for prev in reversed(history):
        words = normalize(prev).split()
        if len(words) > len(key) and words[: len(key)] == key:
            return prev
    return desc


def _named_prefix(ctx: _Ctx, desc: str | None) -> str | None:
    """A description that opens with the first words of a longer organisation's name (``وكالة وفا
    نجاة…`` and ``وكالة وفا للأنباء الفلسطينية``) is that organisation, unless the next word sets
    it apart (a definite word or a demonym: ``وزارة الخارجية الروسية``)."""
    from rasd.analyse.entities.countries import demonym_country

    if not desc:
        return desc
    words = [w.strip(MARKS + "()") for w in normalize(desc).split()]
    if len(words) < 2:
        return desc
    for e in ctx.art.entities:
        if e.type != "ORG":
            continue
        name = [w.strip(MARKS + "()") for w in normalize(e.name).split()]
        k = 0
        while k < min(len(name), len(words)) and name[k] == words[k]:
            k += 1
        if k < 2 or k == len(words) == len(name):
            continue
        nxt = words[k] if k < len(words) else ""
        if nxt and (nxt.startswith("ال") or demonym_country(nxt)):
            continue
        return e.id
    return desc


def _definite_head(ctx: _Ctx, desc: str | None, before: int) -> str | None:
    """A one-word definite description (``المرصد``، ``الحزب``، ``النقابة``) whose noun opens the name of an
    organisation named earlier (``المرصد السوري لحقوق الإنسان``، ``حزب منظمة المالاي المتحدة``) is that
    organisation — the latest one mentioned before source offset ``before`` — else ``desc``."""
    if not desc or ctx.art.entity(desc) is not None:
        return desc
    words = normalize(desc.strip(MARKS + "()")).split()
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return desc
    head = words[0]
    best, at = None, -1
    for ms, _me, ent in ctx.mentions:
        if ms >= before or ent.type != "ORG":
            continue
        first = normalize(ent.name).split()[:1]
        if first and first[0] in (head, head[2:]) and len(normalize(ent.name).split()) > 1 and ms > at:
            best, at = ent.id, ms
    return best or desc


def _name_before_role(ctx: _Ctx, desc: str | None) -> str | None:
    """``سماح حديد مديرة الحملات في منظمة العفو الدولية``: a description that opens with a known first
    name and one more word at most, followed by a role noun, names a person; the words before the role
    noun are the speaker, else ``desc``."""
    if not desc or ctx.art.entity(desc) is not None:
        return desc
    raw = desc.split()
    words = [normalize(w.strip(MARKS + "()،,")) for w in raw]
    from rasd.analyse.coref.features import first_name_gender

    if not words or first_name_gender(words[0]) is None:
        return desc  # "مكتب منسق الأمم المتحدة": a common noun before the role, not a name
    for k in (2, 1):
        if len(words) > k and words[k] in _ROLE_N and not any(
                w.startswith("ال") or w in _ROLE_N or w in _ANON_N or w in _SOURCE_N or not head_ok(w)
                for w in words[:k]):
            return " ".join(raw[:k]).strip(MARKS + "()،,")
    return desc


_SCENE_PREPS_N = frozenset(normalize(w) for w in (
    "بجانب", "أمام", "وسط", "داخل", "خارج", "قرب", "بالقرب", "عند", "فوق", "تحت", "خلف", "إلى", "على", "في",
    "من", "مع", "عن", "لدى", "أثناء", "خلال"))


def _title_anaphor(ctx: _Ctx, desc: str | None, history: list[str], gender: str | None,
                   part: str = "") -> str | None:
    """A definite title alone (``القس``، ``الوزير``), maybe with the scene of the sentence after it
    (``ووقف القس بجانب صورة…، وقال``), names someone the article introduced: the latest earlier person
    speaker agreeing with the title's and the cue's gender; ``desc`` when there is none."""
    from rasd.analyse.coref.features import title_stem

    if not desc or ctx.art.entity(desc) is not None:
        return desc
    words = [normalize(w.strip(MARKS + "()،,")) for w in desc.split()]
    if not words[0].startswith("ال"):
        return desc
    if title_stem(words[0]) is None:
        return _nisba_anaphor(ctx, desc, words, history, gender, part)
    if len(words) > 1 and words[1] not in _SCENE_PREPS_N:
        return _fuller_title_anaphor(ctx, desc, words, history, gender, part)
    title_gender = title_stem(words[0])[1]  # type: ignore[index]
    for prev in reversed(history):
        ent = ctx.art.entity(prev)
        if ent is not None and ent.type == "PER":
            from rasd.analyse.coref import agrees

            stems = {title_stem(normalize(w)) for r in ent.roles for w in r.split()} - {None}
            if ent.roles and title_stem(words[0])[0] not in {x[0] for x in stems}:  # type: ignore[index,union-attr]
                break  # "قال مهاتير إن الملك": the person holds other titles; the title is someone else's
            if agrees(gender, ent) and agrees(title_gender, ent):
                return ent.id
            break
    return desc


def _demonyms_fit(ctx: _Ctx, words: list[str], ent, part: str, strict: bool = False) -> bool:  # noqa: ANN001
    """Do the demonyms of a description (الجزائري، الإسرائيلي) and of the speaker part it was read from (up
    to its first comma: the description may have been cut before them) fit the person's country (an Entity
    ``ent``), where it is known? With ``strict``, a demonym that cannot be checked (the country unknown) does
    not fit."""
    from rasd.analyse.coref.features import entity_country
    from rasd.analyse.entities.countries import demonym_country

    country = entity_country(ent)
    more = [normalize(w.strip(MARKS + "()")) for w in re.split(r"[،,]", part)[0].split()]
    codes = {demonym_country(w.removeprefix("ال")) or demonym_country(w) for w in words[1:] + more} - {None}
    return not codes or (country is None and not strict) or codes == {country}


def _latest_person(ctx: _Ctx, history: list[str]):  # noqa: ANN202 - Entity | None
    """The speaker of the quote before, when it is a person."""
    ent = ctx.art.entity(history[-1]) if history else None
    return ent if ent is not None and ent.type == "PER" else None


def _fuller_title_anaphor(ctx: _Ctx, desc: str, words: list[str], history: list[str],
                          gender: str | None, part: str) -> str:
    """``وأوضح الوزير العضو في المجلس الأمني الإسرائيلي المصغر`` after ``وزير التعليم الإسرائيلي نفتالي
    بينيت`` spoke: a definite title with more words, which the role linker did not find among anyone's
    roles, names the person who spoke last when that person holds the same title (stem), agrees with it
    and the cue in gender and no demonym of it names another country; not a spokesman or adviser of
    someone (باسم، ل + the principal), who is someone else. Else ``desc``."""
    from rasd.analyse.coref import agrees
    from rasd.analyse.coref.features import role_titles, title_stem

    if any(w == "باسم" or (w.startswith("ل") and not w.startswith("ال")) or w in _FORMER_N for w in words[1:]):
        return desc  # a spokesman or adviser of someone; a former holder (الوزير السابق): someone else
    ent = _latest_person(ctx, history)
    stem, title_gender = title_stem(words[0])  # type: ignore[misc]
    if ent is None or stem not in {st for st, _g in role_titles(ent.roles)}:
        return desc
    if agrees(gender, ent) and agrees(title_gender, ent) and _demonyms_fit(ctx, words, ent, part, strict=True):
        return ent.id  # (an unchecked demonym blocks: «وقال الوزير الفرنسي» after a minister of unknown country)
    return desc


_FORMER_N = frozenset(normalize(w) for w in ("السابق", "السابقة", "المستقيل", "المستقيلة", "الأسبق", "الأسبقة"))


def _nisba_anaphor(ctx: _Ctx, desc: str, words: list[str], history: list[str], gender: str | None,
                   part: str) -> str:
    """``وتابع الدبلوماسي الجزائري`` after ``وقال مساهل``: a short definite description of a person by a
    definite word in ي (ال…ي: a relative noun, الدبلوماسي، or a defective participle, الطاهي) and demonyms
    only, no title, names the person who spoke last when that person agrees with the cue and no demonym names
    another country. Else ``desc``."""
    from rasd.analyse.coref import agrees
    from rasd.analyse.entities.countries import demonym_country

    if len(words) > 3 or not all(w.startswith("ال") and w.endswith("ي") for w in words):
        return desc
    if demonym_country(words[0].removeprefix("ال")):
        return desc  # "الجزائري" alone: a people's man, not a description of the speaker's office
    ent = _latest_person(ctx, history)
    if ent is None or gender is None or not agrees(gender, ent) or not _demonyms_fit(ctx, words, ent, part):
        return desc
    return ent.id

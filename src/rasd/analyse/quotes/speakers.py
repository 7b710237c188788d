"""Speaker resolution for the quotes layer: from the speaker part of a sentence
(``وقال مساعد الرئيس الروسي يوري أوشاكوف…``) to an entity id or a descriptive string.

Pure: no I/O. See :mod:`rasd.analyse.quotes.finder` for the rules in words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyse.coref.features import first_name_gender
from rasd.analyse.quotes.base import (
    _ANAPHOR_N,
    _ANON_N,
    _COMP_RE,
    _HEADS_N,
    _LINK_RE,
    _ROLE_N,
    _SOURCE_N,
    _STATEMENT_N,
    _STOPS_S,
    _STRONG_S,
    _TITLES_S,
    MARKS,
    _comma_cut,
    _Ctx,
    _words,
)
from rasd.analyse.quotes.novelty import (
    accusative_head,
    definite_role,
    indefinite_title,
    named_before,
    people_of,
)
from rasd.analyse.quotes.subjects import head_ok, joint_subject_at
from rasd.analyse.quotes.valency import genitive
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import ORG_HEAD_STEMS
from rasd.record import Entity


def _trim_region(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """The speaker part proper: up to the first comma and circumstance word."""
    e = _comma_cut(ctx, s, e)
    words = _words(ctx.norm, s, e)
    while len(words) > 1 and (words[0][2] in _ADDRESSEE_N or _resumptive_lead(ctx, words)):
        # "قالت لي إحداهن"، "قال لنا مسؤول": the person spoken to comes first, the speaker next
        words = words[1:]
        s = words[0][0]
    end = s
    outlet = len(words) > 1 and not words[0][2].startswith("ال") and not ctx.norm[words[0][0] - 1:words[0][0]].isalpha() \
        and (words[0][2][1:] in ORG_HEAD_STEMS or words[1][2].removeprefix("ال") in ORG_HEAD_STEMS  # (not وفقا ل|لمرصد)
             or (words[0][2][1:2].isascii() and words[0][2][1:2].isalpha()))  # لـCNN
    for k, (ws, we, w) in enumerate(words):
        if ctx.src_word(ws, we) in _STOPS_S or _LINK_RE.match(w) or (k == 0 and w.startswith("لل")) or (
                k == 0 and w.startswith("ل") and (_clitic_on_name(ctx, ws) or outlet)):
            break  # "وقال للأمين العام"، "قال لبي بي سي"، "قالت لمحطة إذاعة": ل first marks the addressee
        end = we
    return s, end


_CALLED_N = frozenset(normalize(w) for w in ("يدعى", "تدعى", "اسمه", "اسمها"))
_ADDRESSEE_N = frozenset(normalize(w) for w in ("لي", "لنا", "لك", "لكم", "له", "لها", "لهم", "لهما"))
# A preposition with a pronoun that refers back to the clause's topic (the time, the statement), not to a
# person who speaks. Not عنه/عنها: "كما نقل عنه مسؤول" relays the words of the one the pronoun names.
_RESUMPTIVE_N = frozenset(normalize(w) for w in ("فيه", "فيها", "فيهما", "خلاله", "خلالها"))


def _resumptive_lead(ctx: _Ctx, words: list[tuple[int, int, str]]) -> bool:
    """Does the speaker part open with a preposition whose pronoun is the clause's topic (``في وقت قال
    فيه وزير الخارجية…``: the time), with the subject after it? Not when a quote opens after it
    (``كلمة قال فيها '' يطيب لي …``): those are the statement's own words, its issuer was named before."""
    return len(words) > 1 and words[0][2] in _RESUMPTIVE_N \
        and not any(ch in MARKS + "'" for ch in ctx.norm[words[0][1]:words[1][1]])


def _name_at(ctx: _Ctx, ns: int) -> bool:
    """Does a person's or organisation's mention start at normalized offset ``ns`` (``ماريسا``، not an
    adverb like ``مشيرا`` that has the same shape)?"""
    while ns < len(ctx.norm) and ctx.norm[ns].isspace():
        ns += 1
    a = ctx.src(ns, ns + 1)[0]
    return any(ms == a and e.type in ("PER", "ORG") for ms, _me, e in ctx.mentions)


def _clitic_on_name(ctx: _Ctx, ws: int) -> bool:
    """Does a mention start right after the one-letter clitic at normalized offset ``ws``?"""
    a = ctx.src(ws, ws + 1)[1]
    return any(ms == a for ms, _me, _e in ctx.mentions)


def _clean(phrase: str) -> str:
    """A speaker string without edge punctuation; quote marks go only when unbalanced."""
    phrase = phrase.strip(" \t\n.,،:؛;!?؟…-")
    n_marks = sum(phrase.count(m) for m in MARKS)
    whole = len(phrase) > 1 and phrase[0] in MARKS and phrase[-1] in MARKS and n_marks == 2
    if whole or n_marks % 2 or phrase.count("(") != phrase.count(")"):
        phrase = phrase.strip(MARKS + "() ")
    return phrase


def _segments(ctx: _Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """Comma-separated stretches of a speaker part, each cut at its first strong stop word."""
    out = []
    for m in re.finditer(r"[^،,؛:\n]+", ctx.norm[s:e]):
        a, b = s + m.start(), s + m.end()
        end = a
        for ws, we, _w in _words(ctx.norm, a, b):
            if ctx.src_word(ws, we) in _STRONG_S:
                break
            end = we
        words = _words(ctx.norm, a, end)
        if words:
            out.append((words[0][0], words[-1][1]))
    return out


def _title_name(ctx: _Ctx, s: int, e: int, within: int = 0) -> str | None:
    """The name after the last honorific of a role description (…المهندس محمد العمرة).

    ``within``: when set, the honorific must be among the first ``within`` words.
    """
    words = _words(ctx.norm, s, _comma_cut(ctx, s, e))
    if within:
        words = words[: within + 6]
    at = max((i for i, (ws, we, _w) in enumerate(words) if ctx.src_word(ws, we) in _TITLES_S), default=-1)
    if at < 0 or (within and at >= within):
        return None
    name = []
    for ws, we, w in words[at + 1: at + 7]:
        if ctx.src_word(ws, we) in _STOPS_S or w.strip(MARKS) in _ROLE_N:
            break
        name.append((ws, we))
    if not name:
        return None
    a, b = ctx.src(name[0][0], name[-1][1])
    first = normalize(ctx.text[a:b].split()[0]) if ctx.text[a:b].split() else ""
    if not head_ok(first) or first.startswith("ال"):
        return None  # "المركز الإعلامي [للجيش اليمني]": a complement, not a name after a title
    return _clean(ctx.text[a:b])


def _role_tokens(phrase: str, bare: bool = False) -> list[str]:
    """Content words of a role, clitics dropped; with ``bare`` the article too, for comparing roles
    (متحدث باسم لوفن = المتحدث باسم لوفن)."""
    toks = []
    for t in normalize(phrase).split():
        if t == "باسم":
            continue
        if t.startswith("ل") and not t.startswith("ال") and len(t) > 4:
            t = t[1:]
        if bare and t.startswith("ال") and len(t) > 4:
            t = t[2:]
        toks.append(t)
    return toks


_CLAUSE_N = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "وأن", "إنه", "أنه", "إنها", "أنها"))


@lru_cache(maxsize=2048)
def _role_pattern(want: tuple[str, ...]) -> re.Pattern[str]:
    """``ROLE [rest of the role, an honorific…] NAME``, compiled once per role."""
    return re.compile(r"(?<!\w)[وف]?ل?" + r"\s+(?:باسم\s+)?ل?".join(re.escape(t) for t in want)
                      + r"(?P<rest>(?:\s+[^\s،,.:؛]+){0,8})")


def _link_role(ctx: _Ctx, phrase: str) -> Entity | None:
    """The person the article named with this role: by entity roles, then by ``ROLE NAME`` in the text."""
    want = _role_tokens(phrase)
    if len(want) < 2 or not any(e.type == "PER" for e in ctx.art.entities):
        return None
    ws = set(_role_tokens(phrase, bare=True))
    from rasd.analyse.coref.features import agrees, title_stem

    # a feminine title (متحدثة باسم الشركة) never names a man the article knows, nor a masculine one a woman
    gender = (title_stem(phrase.split()[0]) or (None, None))[1] if phrase.split() else None
    holders = []
    for e in ctx.art.entities:
        if e.type != "PER" or not agrees(gender, e):
            continue
        for role in e.roles:
            rt = _role_tokens(role, bare=True)
            rs = set(rt)
            if (ws == rs or (ws <= rs and len(ws) >= len(rs) - 1) or (rs <= ws and len(rs) >= max(2, len(ws) - 1))
                    or rt[: len(ws)] == _role_tokens(phrase, bare=True)):  # الأمين العام → …لمجلس التعاون
                holders.append(e)
                break
    # ROLE [rest of the role, an honorific…] NAME: the name within 8 words, same clause
    named = []
    for m in _role_pattern(tuple(want)).finditer(ctx.norm):
        a, b = ctx.src(m.end(), m.end())[0], ctx.src(m.start("rest"), m.end("rest"))
        for ms, _me, ent in ctx.mentions:
            if ent.type == "PER" and b[0] <= ms < b[1] + 1 and ms <= a:
                # the name stands in the role's own clause: not after the reported clause opens
                # (متحدثة باسم الشركة إن الرجلين وافقا على لقاء المدير: المدير is no name of hers)
                if agrees(gender, ent) and not _CLAUSE_N & set(normalize(ctx.text[b[0]:ms]).split()):
                    named.append(ent)
                break
    if len(holders) > 1:
        # two people credited with one office (one of them by a misread object): the one the text
        # names right after the role holds it
        return next((e for e in named if e in holders), holders[0])
    return holders[0] if holders else (named[0] if named else None)


def _name_match(ctx: _Ctx, phrase: str) -> Entity | None:
    """A surname-only or first-name-only reference to a PER entity (عن جيان)."""
    toks = normalize(phrase).split()
    if not toks or len(toks) > 3:
        return None
    for e in ctx.art.entities:
        if e.type != "PER":
            continue
        for form in [e.name, *e.aliases]:
            ft = normalize(form).split()
            if len(ft) > len(toks) and (ft[-len(toks):] == toks or ft[: len(toks)] == toks):
                return e
    return None


def _antecedent(ctx: _Ctx, indef: str, before: int, history: list[str]) -> str | None:
    """Who ``الصحيفة``/``الشركة``/``البيان`` refers to: the nearest fuller mention before it in the
    text (صحيفة العربي الجديد كتبت… / أعلنت وزارة الصحة…), else the latest earlier speaker named
    with that noun (صحيفة "ذي ميل")."""
    by_text = _nearest_named(ctx, indef, before)
    if by_text:
        return by_text
    for prev in reversed(history):
        ent = ctx.art.entity(prev)
        toks = [t.strip(MARKS + "()") for t in normalize(ent.name if ent else prev).split()]
        if len(toks) >= 2 and (indef in toks or "ال" + indef in toks):
            return prev
    return None


@lru_cache(maxsize=256)
def _indef_rx(indef: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``[وف](ال)NOUN`` before a word, and ``(ال)NOUN``, for :func:`_nearest_named`, compiled once per noun."""
    return (re.compile(rf"(?<![\w(])[وف]?(?:ال)?{re.escape(indef)}\s+(?=\S)"),
            re.compile(rf"(?:ال)?{re.escape(indef)}"))


def _nearest_named(ctx: _Ctx, indef: str, before: int) -> str | None:
    """The nearest ``NOUN NAME`` before ``before`` that resolves to an entity or a 2+ word name."""
    noun_rx, bare_rx = _indef_rx(indef)
    found = list(noun_rx.finditer(ctx.norm[:before]))
    for m in reversed(found):
        ws = m.start() + (1 if ctx.norm[m.start()] in "وف" and not bare_rx.match(ctx.norm[m.start():]) else 0)
        comp = _COMP_RE.search(ctx.norm, ws, min(before, ws + 80))
        speaker = _resolve(ctx, ws, comp.start() if comp else min(before, ws + 80), [], anaphora=False)
        if speaker and ctx.art.entity(speaker) is None:
            from rasd.analyse.quotes.subjects import clean_description

            speaker = clean_description(speaker)
            head = normalize(speaker.split()[0]) if speaker else ""
            if head not in (indef, "ال" + indef):
                continue  # the words of a quote that follows, not the noun's own phrase
        definite = ctx.norm.startswith("ال", ws)  # "الصحيفة ذكرت": another anaphor, unless it is a name
        if speaker and (ctx.art.entity(speaker) is not None or (len(speaker.split()) >= 2 and not definite)):
            return speaker
    return None


def _resolve(ctx: _Ctx, s: int, e: int, history: list[str], strict: bool = False,
             anaphora: bool = True, org_subject: bool = False) -> str | None:
    """Speaker named in ``norm[s:e]``: entity id, descriptive string or None.

    ``strict``: return something only when the part clearly names a speaker
    (entity, source/role/anonymous head, a titled name; with ``org_subject``
    also an organisation's name opening the part).
    """
    if strict:
        # a guessed region may start with the verb or a connective: start at a known head
        words = _words(ctx.norm, s, _comma_cut(ctx, s, e))[:5]
        if len(words) > 1 and words[0][2] in _CONTRAST_N and words[1][2] != "ان":
            words = words[1:]  # "لكن مسؤولين عرب صرحوا": the subject after the connective
            s = words[0][0]
            if accusative_head(words[0][2]):
                # "لكن مصدرا سياسيا إسرائيليا رفيعا قال": لكن puts its subject in the accusative; the
                # description speaks as it stands
                return " ".join(_clean(ctx.text[slice(*ctx.src(s, _comma_cut(ctx, s, e)))]).split()[:8]) or None
        while len(words) > 1 and words[0][2] in _AUX_N:
            words = words[1:]  # "وكان الجيش قد أعلن": the auxiliary before the subject
            s = words[0][0]
        while len(words) > 1 and words[-1][2] in _AUX_N:
            e = min(e, words[-1][0])  # …and the قد after it
            words = words[:-1]
        heads = [w for k, w in enumerate(words) if (w[2].strip(MARKS + "()") in _HEADS_N or _titled(w[2]))
                 and not (k > 0 and words[k - 1][2] in _COMPLEMENT_N)]  # "وكتب في صحيفة…": an object
        if heads:
            s = heads[0][0]
        elif len(words) > 2 and words[1][2] == "ان":
            s = words[2][0]  # "غير أن مراسل فرانس 24 أفاد"، "يذكر أن الحزب الحاكم أعلن": after أن
    lead2 = _words(ctx.norm, s, e)[:3]
    if len(lead2) == 3 and lead2[0][2] == "كل" and lead2[1][2] == "من" and joint_subject_at(ctx, lead2[2][0]):
        s = lead2[2][0]  # "وأعلنت كل من روسيا وتركيا أن": a joint subject speaks as its first name
    # "ذكرت الصحيفة عن مصدر دبلوماسي غربي أن": the source after عن speaks
    k = ctx.norm.find(" عن ", s, _comma_cut(ctx, s, e))
    lead = _words(ctx.norm, s, k)[:1] if k >= 0 else []
    if lead and anaphora and (lead[0][2] in _SOURCE_N or lead[0][2] in _ANAPHOR_N):
        after = _words(ctx.norm, k + 4, e)[:1]
        if after and (after[0][2].strip(MARKS) in _ANON_N or after[0][2].strip(MARKS) in _ROLE_N
                      or ctx.per_inside(after[0][0], after[0][1])):
            by = _resolve(ctx, k + 4, e, history, anaphora=False)
            if by:
                return by
    ts, te = _trim_region(ctx, s, e)
    if te <= ts:
        return None
    segments = _segments(ctx, ts, e)
    head = ctx.norm[ts:te].split()[0].strip(MARKS + "()")
    if not strict and not head_ok(head) and not _name_at(ctx, ts):
        return None  # "مخاطبا الحكومة العراقية"، "في تغريدات": no noun phrase names a speaker here
    anon = head in _ANON_N
    full_first = segments[0] if segments else (ts, te)
    if anon or head in _SOURCE_N:
        # مصادر مقربة من قائد الفريق ياسر القحطاني: the person after من is not the speaker
        segments[0] = (ts, te)
    fs, fe = ctx.src(*segments[0]) if segments else (0, 0)
    for ms, _me, ent in ctx.mentions:
        lead = [w for w in ctx.text[fs:ms].split() if w.strip(MARKS)]  # صحيفة "ذا آيريش تايمز"
        if fs <= ms < fe and ent.type == "ORG" and (not lead or (
                len(lead) == 1 and normalize(lead[0]).removeprefix("ال") in ORG_HEAD_STEMS)):
            return ent.id  # "وأكدت وكالة وفا نجاة الحمد الله": the organisation heading the part speaks
        if ms >= fe:
            break
    for k, (a, b) in enumerate(segments):
        # a person named in the speaker part: anywhere in its first stretch, or opening
        # a later comma-separated stretch (المتحدث باسم المجلس، نيد برايس، أن…); not the
        # complement of a role or source (المتحدث باسم لوفن، مصدر قريب من…)
        sa, sb = ctx.src(a, b)
        for ms, me, ent in ctx.mentions:
            if ent.type == "PER" and sa <= ms and me <= sb and (k == 0 or len(ctx.text[sa:ms].split()) <= 1) \
                    and not _complement(ctx, sa, ms) and not genitive(ctx, sa, ms) \
                    and not (indefinite_title(ctx.text[ms:me]) and named_before(ent, ms)):
                return ent.id
    ss, se = ctx.src(ts, te)
    inside = [(ms, ent) for ms, me, ent in ctx.mentions if ms >= ss and me <= se]
    phrase = _clean(ctx.text[ss:se])
    if head in _HEADS_N:
        for a, b in segments[1:]:
            words = _words(ctx.norm, a, b)
            if 2 <= len(words) <= 4 and not words[0][2].startswith("ال") and all(
                    ctx.src_word(ws, we) not in _STOPS_S for ws, we, _w in words):
                x, y = ctx.src(a, b)
                return ctx.text[x:y]  # an appositive name: المتحدث باسم المجلس، نيد برايس،
    if anon:
        a, b = ctx.src(*full_first)
        words = []
        for w in _clean(ctx.text[a:b]).split()[:8]:
            if normalize(w) in _ANON_CUT_N:
                break  # "والدة الشهيد عن حزنها": the verb's complement, not the description
            words.append(w)
        named = [k for k, w in enumerate(words) if normalize(w) in _CALLED_N]
        if named and 1 <= len(words) - named[0] - 1 <= 3:
            return " ".join(words[named[0] + 1:])  # "مسؤول آخر في الشرطة يدعى كوكب فاروقي": the name given
        return " ".join(words)  # مصدر أمني مشارك في الوفد، مصدر قريب من حكومة المملكة
    if head in _STATEMENT_N:
        # بيان صادر عن مكتب رئيس الوزراء → the office speaks through its statement
        for marker in (" عن ", " علي لسان "):  # بيان صادر عن X، بيان على لسان X
            k = ctx.norm.find(marker, ts, _comma_cut(ctx, ts, e))
            if 0 <= k < ts + 25:
                by = _resolve(ctx, k + len(marker), e, history, anaphora=anaphora)
                if by:
                    return by
        words = _words(ctx.norm, ts, te)
        if len(words) > 1 and words[1][2].startswith("ل"):
            ws, we = ctx.src(words[1][0], words[1][1])
            for ms, _me, ent in ctx.mentions:
                if ws < ms < we:
                    return ent.id  # بيان لحماس → حماس
        if len(words) == 1 and not head.startswith("ال"):
            return None  # "وجاء في بيان أن…": a statement nobody is named for; the issuer is found elsewhere
    if head in _ANAPHOR_N and anaphora:
        # وأوضحت الصحيفة → the newspaper named before (صحيفة "…" / أعلنت وزارة الصحة).
        named = _antecedent(ctx, _ANAPHOR_N[head], ts, history)
        if named:
            return named
    if head in _ROLE_N or _titled(head):
        ent = _link_role(ctx, phrase)
        if ent is not None and (definite_role(ctx, ts, te) or not named_before(ent, ss)):
            return ent.id
    elif inside and (inside[0][0] == ss or len(ctx.text[ss:inside[0][0]].split()) <= 1) \
            and not (ctx.text[ss:inside[0][0]].strip() and people_of(head)):
        return inside[0][1].id  # وأعلنت وزارة الخارجية… — an organisation or country heading the part
    ent = _name_match(ctx, phrase)
    if ent is not None:
        return ent.id
    name = _title_name(ctx, s, e, 5 if strict else 0)
    if name:
        return name
    # "مراسل بي بي سي" + "في الأمم المتحدة": the place completes a description that names an outlet too
    phrase = _with_place(ctx, phrase, se)
    if strict and head not in _SOURCE_N and head not in _ROLE_N and not _titled(head):
        # "وتمنع إدارة مرور الشرقية 200 شاحنة…، وأكدت أن": an organisation heading the sentence speaks
        # for a verb cue; a participle (مبينا) continues the previous speaker instead
        return _org_phrase(phrase) if org_subject else None
    return " ".join(phrase.split()[:16])


def _titled(word: str) -> bool:
    """A title word in either gender (المتحدثة، مراسل), not an honorific alone."""
    from rasd.analyse.coref.features import HONORIFIC_ONLY, title_stem

    hit = title_stem(word.strip(MARKS + "()"))
    return hit is not None and hit[0] not in HONORIFIC_ONLY


def _with_place(ctx: _Ctx, phrase: str, se: int) -> str:
    """``مراسل فرانس 24`` + ``في اليمن``: a place right after a description completes it."""
    m = re.match(r"\s+(?:في|لدى|ب)\s*", ctx.text[se:se + 8])
    if m is None:
        return phrase
    at = se + m.end()
    for ms, me, ent in ctx.mentions:
        if ms == at and ent.type in ("LOC", "ORG"):
            return phrase + ctx.text[se:me]
        if ms > at:
            break
    return phrase


def _complement(ctx: _Ctx, seg_start: int, ms: int) -> bool:
    """Is the mention at ``ms`` the complement of the word before it (باسم X، من X، لX)?"""
    if ms > 0 and ctx.text[ms - 1].isalpha():
        return ctx.text[ms - 1] in "لب"  # a clitic preposition on the name
    before = ctx.text[seg_start:ms].split()
    return bool(before) and normalize(before[-1]) in _COMPLEMENT_N


_AUX_N = {normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "قد", "وقد", "فقد", "لقد")}
_CONTRAST_N = {normalize(w) for w in ("غير", "إلا", "بيد", "كما", "لكن", "ولكن", "إذ")}
_ANON_CUT_N = {normalize(w) for w in ("عن", "على", "إلى", "مع", "حول", "بشأن", "لدى")}
_COMPLEMENT_N = {normalize(w) for w in ("باسم", "من", "عن", "لدى", "مع", "إلى", "على", "في")}


def _org_phrase(phrase: str) -> str | None:
    """An organisation's name opening ``phrase`` (its head noun and the name words after it), else None."""
    words = phrase.split()
    if not words or normalize(words[0]).removeprefix("ال") not in ORG_HEAD_STEMS:
        return None
    definite = normalize(words[0]).startswith("ال")
    out = [words[0]]
    for w in words[1:4]:
        if any(ch.isdigit() for ch in w) or normalize(w) in _STOPS_S or w[-1:] in "،,.:":
            break
        if definite and not normalize(w).endswith(("ي", "يه")):
            break  # a definite head is not in construct: "تمنع الإدارة الشاحنات" — only adjectives follow it
        out.append(w)
    return " ".join(out) if len(out) > 1 or definite else None




# -- gender agreement of a continuation ("وقالت" does not continue a man's words) ----------

_IRREGULAR_GENDER = {"دعت": "F", "ادعت": "F", "رات": "F", "دعا": "M", "ادعي": "M", "راي": "M"}


def cue_gender(word: str, verbs: set[str]) -> str | None:
    """``F``/``M`` for a reporting verb that shows its subject's gender (قالت/قال، تقول/يقول), else None."""
    if word in _IRREGULAR_GENDER:
        return _IRREGULAR_GENDER[word]
    if word.endswith("ت") and word[:-1] in verbs:
        return "F"
    if word + "ت" in verbs:
        return "M"
    # a defective verb drops its last letter before the feminine ت (نفى → نفت، دعا → دعت): a three-letter
    # word in ا (دعا) is such a verb, a longer one (قالا) is a dual
    stem = word[:-1]
    if word.endswith("ت") and (stem + "ي" in verbs or len(word) == 3 and stem + "ا" in verbs):
        return "F"
    if (word.endswith("ي") or len(word) == 3 and word.endswith("ا")) and stem + "ت" in verbs:
        return "M"
    if word[:1] in "تي" and len(word) > 3:
        other = ("ي" if word[0] == "ت" else "ت") + word[1:]
        if other in verbs:
            return "F" if word[0] == "ت" else "M"
    return None


def relative_disagrees(relative: str, verb: str) -> bool:
    """Does the reporting ``verb`` disagree in gender with the singular ``relative`` right before it (التي
    قال، الذي قالت)? Then the relative's antecedent is the verb's object, not its subject."""
    from rasd.analyse.quotes.base import _VERBS_N

    want = {"التي": "F", "الذي": "M"}.get(relative)
    got = cue_gender(verb, _VERBS_N)
    return want is not None and got is not None and got != want


def person_gender(ent: Entity) -> str | None:
    """M/F when the person's first name says it (محمد، فاطمة), else None."""
    return first_name_gender(ent.name) if ent.type == "PER" else None


def continued_speaker(entities: dict[str, Entity], history: list[str], gender: str | None) -> str | None:
    """The speaker a cue without a subject continues: the latest one, unless its gender clashes.

    ``وقالت`` after a man's words has another subject (often an organisation
    named in passing); the speaker is then left unknown rather than guessed.
    """
    if not history:
        return None
    ent = entities.get(history[-1])
    if gender and ent is not None and person_gender(ent) not in (None, gender):
        return None
    return history[-1]

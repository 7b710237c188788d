"""Who a continuation cue speaks for: ``وأضاف``، ``مضيفة``، ``ودائما ما تقول`` carry no subject of their own.

:func:`continuation` takes the latest speaker or sentence subject (:func:`~rasd.analyse.quotes.subjects.sentence_subject`,
looked up lazily and cached on the context) before the cue that agrees with the cue in gender and number;
:func:`text_genders` gives the people of an article the gender their own reporting verbs show
(``قالت نيكي هايلي``), for names the first-name list does not know. A description in the timeline must
agree too when the cue has nothing but its complementizer after it (:func:`subjectless`,
:func:`description_agrees`: ``وأضافت أن`` does not continue ``المتحدث باسم الوزارة``, nor ``وأضاف أن``
``مسؤولون أوروبيون``). Pure functions of the quotes context.
"""

from __future__ import annotations

import bisect

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx
from rasd.analyse.quotes.subjects import sentence_subject
from rasd.arabic.normalize import normalize

MAX_BACK = 8  # sentences a continuation looks back over for a subject


def continuation(ctx: _Ctx, speakers: list[tuple[int, str]], before: int, gender: str | None,
                 plural: bool = False, bare: bool = False) -> str | None:
    """The latest speaker (``speakers``: (position, who), in text order) or sentence subject
    before ``before`` that agrees with ``gender`` (and, for a ``plural`` cue such as ``قالوا``, is
    not one person); subjects are looked up lazily. With ``bare`` (nothing stands between the cue and
    its quote: ``وأضافت أن``, the cue's subject is its pronoun) a description must agree too
    (:func:`description_agrees`); a cue with words after it may have a subject the rules missed,
    and a verb before its subject is singular whatever the subject's number (يعتقد 4 من كل 10 مجيبين)."""
    from rasd.analyse.coref import agrees
    from rasd.analyse.coref.features import titled_woman  # a title outweighs the verbs' vote (اقتراح رايس)

    timeline = [x for x in speakers if x[0] < before]
    if ctx.mentions:
        k = bisect.bisect_right(ctx.sents, (before, before)) - 1
        for s_start, s_end in ctx.sents[max(0, k - MAX_BACK): k + 1]:
            if s_start < before and not any(s_start <= pos < s_end for pos, _w in speakers) \
                    and not _inside_quote(ctx, s_start):
                # a sentence whose quote has a speaker is read by it; its bare subject reading
                # ("وأوضح قائد مجلس منبج العسكري محمد…" → the council) would only compete with it
                subj = _subject_cached(ctx, s_start, s_end)
                if subj is not None:
                    timeline.append((s_start, subj))
    timeline.sort(key=lambda x: x[0])
    said = text_genders(ctx)
    for _pos, who in reversed(timeline):
        ent = ctx.art.entity(who)
        if plural and ent is not None and ent.type in ("PER", "LOC"):
            continue  # "قالوا" does not continue one person's or one country's words
        if ent is None and bare and not description_agrees(gender, plural, who):
            continue  # "وأضافت" does not continue "المتحدث باسم الوزارة"'s words
        if ent is None or (agrees(gender, ent) and (gender is None or said.get(ent.id) in (None, gender)
                                                     or gender == "F" and titled_woman(ent))):
            return who
    return None


def _inside_quote(ctx: _Ctx, pos: int) -> bool:
    """Does norm offset ``pos`` lie inside quoted speech (a quotation opened before it in its paragraph)? A
    sentence there is the quoted speaker's (``"… وأكد لي حمد بن جاسم أن…"``): its subject is someone the
    speaker talks about, not a subject of the writer's narrative a cue may continue. The marks are paired as
    the direct finder pairs them (:func:`.indirect._in_paired_quote`), so a stray mark opens no quotation."""
    from rasd.analyse.quotes.indirect import _in_paired_quote

    para = ctx.norm.rfind("\n", 0, pos) + 1
    return _in_paired_quote(ctx.norm, para, pos)


_LINKS_N = frozenset(normalize(w) for w in (
    "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "إلى", "على", "بالقول", "قائلا", "قائلة"))


def subjectless(ctx: _Ctx, c: _Cand) -> bool:
    """Does nothing but the complementizer (or إلى/على, بالقول) stand between the cue and its quote
    (``وأضافت أن``، ``مشيرا إلى أن``)? Then the cue's subject is its pronoun."""
    if c.cue is None or c.cue.end > c.start:
        return False
    return all(w.strip(MARKS + "،,:") in _LINKS_N or not w.strip(MARKS + "،,:")
               for w in ctx.norm[c.cue.end:c.start].split())


def description_gender(desc: str) -> str | None:
    """What a pronoun referring back to the description ``desc`` agrees with, read off its head noun:
    "M"/"F" for a title (المتحدث، المتحدثة), "P" for a sound masculine plural of people (مسؤولون،
    المحتجين، مستخدمو، الناشطون، البلدين الجارين: :func:`_sound_plural`, or a plural adjective after it),
    which takes a plural verb (وأضافوا) — not any noun in ون/ين (التلفزيون الرسمي، القانون); None where the head does not say (a broken
    plural: مصادر، شهود، قادة; any other noun). An organisation's head (الديوان، الوزارة) is left unread:
    the writer may go on with another noun for the same body (``الديوان…`` ``وقالت [المؤسسة]``)."""
    from rasd.analyse.coref.features import title_stem

    words = desc.split()
    if not words:
        return None
    hit = title_stem(words[0])
    if hit is not None:
        return hit[1]
    head = normalize(words[0].strip(MARKS + "()"))
    bare = head.removeprefix("ال")
    adj = normalize(words[1].strip(MARKS + "()،,")) if len(words) > 1 else ""
    if adj.startswith("ال") and head.startswith("ال") and len(bare) >= 5 and bare.endswith(("ون", "ين")):
        if adj.endswith("ي"):
            return None  # "التلفزيون الرسمي": a singular adjective agrees with a singular head
        if adj.endswith(("ون", "ين")):
            return "P"  # "البلدين الجارين"، "المراقبين الدوليين": the adjective agrees in number
    if len(bare) >= 5 and bare.endswith(("ون", "ين")) and _sound_plural(bare) or (
            len(bare) >= 5 and bare.startswith("م") and bare.endswith("و") and not head.startswith("ال")):
        return "P"  # "مسؤولون"، "المحتجين"، "مستخدمو موقع…" (the construct drops the ن)
    return None


def _sound_plural(bare: str) -> bool:
    """Is ``bare`` (no ال, in ون/ين) a sound plural (or dual) of people rather than a singular noun in ون/ين
    (تلفزيون، قانون)? A participle in م (مسؤولون، محتجين) is; else its singular, the word without ون/ين, must
    be a common word of the NER word table (ناشط، زوج، فلسطيني: frequency bin >= 3; تلفزي، قان are not).
    Without the table, a nisba plural (ـيون/ـيين) counts too."""
    from rasd.analyse.quotes.phrase import _zipf

    if bare.startswith("م"):
        return True
    z = _zipf(bare[:-2])
    return bare.endswith(("يون", "يين")) if z is None else z >= 3.0


def description_agrees(gender: str | None, plural: bool, desc: str) -> bool:
    """Can a subjectless cue of ``gender`` (``plural``: قالوا، مضيفين) continue the description ``desc``?
    A singular cue does not continue a plural of people, nor a cue of one gender a head of the other."""
    got = description_gender(desc)
    if got is None:
        return True
    if got == "P":
        return plural or gender is None
    return plural or gender is None or got == gender


def text_genders(ctx: _Ctx) -> dict[str, str]:
    """M/F for the people the article's own verbs show (``قالت نيكي هايلي``، ``وأضاف غندور``): the
    gender of the reporting verbs right before each person's mentions, by majority. Names from any
    language get a gender this way, where the first-name list knows few foreign names."""
    cache = ctx.__dict__.get("_genders")
    if cache is not None:
        return cache
    from rasd.analyse.quotes.base import _VERBS_N
    from rasd.analyse.quotes.speakers import cue_gender

    votes: dict[str, list[int]] = {}
    starts = [m[0] for m in ctx.mentions]
    for q in ctx.cues:
        if q.kind != "verb":
            continue
        g = cue_gender(q.word, _VERBS_N)
        if g is None:
            continue
        a = ctx.src(q.end, q.end)[0]
        k = bisect.bisect_left(starts, a)
        if k < len(ctx.mentions):
            ms, _me, ent = ctx.mentions[k]
            between = ctx.text[a:ms]
            if ent.type == "PER" and len(between.split()) <= 3 and not any(ch in between for ch in "،,.:\n"):
                v = votes.setdefault(ent.id, [0, 0])
                v[g == "F"] += 1
    out = {eid: ("F" if f > m else "M") for eid, (m, f) in votes.items() if m != f}
    ctx.__dict__["_genders"] = out
    return out


def _subject_cached(ctx: _Ctx, s_start: int, s_end: int) -> str | None:
    cache: dict[int, str | None] = ctx.__dict__.setdefault("_subjects", {})
    if s_start not in cache:
        cache[s_start] = sentence_subject(ctx, s_start, s_end)
    return cache[s_start]

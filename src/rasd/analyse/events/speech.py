"""Speech acts from the quotes layer: what a quoted speaker does by speaking.

Accusations, demands, threats, rejections and denials are mostly reported speech
(``وقال X إن روسيا "مسؤولة عن الهجوم"``، ``مؤكدا إنه "لم يقع هجوم"``): the reporting
verb is neutral and the act is in the words quoted. :func:`quote_cands` reads each
quote of the quotes layer that has a speaker and gives at most one event mention per
speech-act type:

* the type comes from the cue's sense where the cue itself is a speech-act verb of
  the trigger table (``اتهم``، ``طالب``، ``نفى``), else from the head words of the
  content: a speech-act trigger of the table inside it (``ندعو``، ``نرفض``، ``يجب
  على``), or a word of the general classes below (a charge of lying or of a crime, a
  demand's modal, a threat of force, a denial of fact);
* the source is the speaker: an entity (an organ resolved to its state, as elsewhere
  in the layer), or, for a free description (``مسؤول إيراني``، ``دول غربية``), the
  country its adjective of nationality or place names — a description naming none
  gives no event;
* the target is the first actor the content names that is not the source or the
  source's own country (none is fine: type + source is the act).

A mention is made only where the rules found none of that type with that source
in the quote's reach (the quote's sentence up to its end), so the syntax-based
mention, with its arguments, wins. Statuses: the act of saying happened.
Pure; offsets are those of :class:`~rasd.analyse.events.view.View`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasd.analyse.events.actors import SPEECH_TYPES
from rasd.analyse.events.merge import Cand
from rasd.analyse.events.nations import demonym_code, home_countries, organ_country
from rasd.analyse.events.view import ACTOR_TYPES, View
from rasd.arabic.event_lexicon import Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Entity

# Content classes, over normalized text. Each is a class of meaning, not phrases of an article:
# a charge of lying, fabrication or crime; a demand's modal or first-person call; a threat of force
# or of a price to pay; a denial of fact or a refusal to accept.
_ACCUSE = re.compile(
    r"(?<!\w)[وفبل]?(?:ال)?(?:اكاذيب|كذب|كاذب|كاذبه|افتراءات|تلفيق|ملفق|ملفقه|مفبرك|مفبركه|"
    r"فبركه|مزيف|مزيفه|مدبر|مدبره|مسرحيه|خدعه|مهزله|فضيحه|جريمه|جرائم|مجزره|مجازر|"
    r"عدوان|عدواني|عدوانيه|انتهاك|انتهاكات|مسؤوله عن|مسؤول عن|المسؤوليه الكامله|تورط|متورط|متورطه|"
    r"تحريض|استفزاز|استفزازي|استفزازيه|مشين|مشينه|مخزي|مخزيه|خيانه|تدخل سافر|انتهك|انتهكت|"
    r"ارتكب|ارتكبت|يرتكب|ترتكب|تدعم الارهاب|يدعم الارهاب|"
    # contempt and offence: the speaker condemns the one so called
    r"مختل|سخيف|سخيفه|وقح|وقاحه|بوقاحه|منافق|منافقه|النفاق|همجي|همجيه|خداع|تخدع|يخدع|"
    r"اساء|اساءت|اساؤوا|اساءوا|يسيء|تسيء)(?!\w)")
_REQUEST = re.compile(
    r"(?<!\w)(?:[وف]?(?:ندعو|نطالب|نحث|نناشد|ادعو|اطالب|احث|اناشد)|"
    r"علي\s+(?!الارجح|الرغم|الاقل|الاغلب|ما|امل|اعتبار|اساس|الاطلاق|حد|سبيل|نحو|انه)\S+\s+ان)(?!\w)")
_THREATEN = re.compile(
    r"(?<!\w)(?:[وف]?(?:سنرد|سنضرب|سندمر|سنلاحق|سنعاقب|سيدفع|ستدفع|سيدفعون|سنواجه)|"
    r"عواقب|العواقب|بيد من حديد|لن نسمح|لن نتردد|لن نقف مكتوفي|رد حازم|ردا حازما|رد قاس|ردا قاسيا)(?!\w)")
_REJECT = re.compile(
    r"(?<!\w)(?:[وف]?(?:نرفض|ننفي|ارفض|انفي|لن نقبل|لا نقبل|لن نعترف|لا نعترف|لن نلتزم)|غير مقبول|غير مقبوله|"
    r"لا صحه|عار عن الصحه|عاريه عن الصحه|لا اساس|لا اساس لها|غير صحيح|غير صحيحه|لم [يت](?:قع|حدث|حصل)(?!\s+علي)|لا يستحق|مرفوض|مرفوضه)(?!\w)")
_CONTENT = (("REJECT", _REJECT), ("THREATEN", _THREATEN), ("REQUEST", _REQUEST), ("ACCUSE", _ACCUSE))
# "إذا لم يحدث ذلك"، "لو ارتكب": a condition states no act
_CONDITION = re.compile(r"(?<!\w)[وف]?(?:ما|اذا|لو|لئن|ان|حال|حتي|عندما|كلما)\s+(?:\S+\s+)?$")
_NEGATED = re.compile(r"(?<!\w)[وف]?(?:لم|لن|دون|عدم)\s+(?:\S+\s+){0,6}?(?:او\s+)?$")
# "ادعاءات بريطانيا بتورط روسيا": a charge told as another's claim is not the speaker's
_CLAIMS = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:ادعاءات|مزاعم|اتهامات|اتهام|الاتهامات|تهم|تهمه|بتهمه)(?!\w)")
_MODES = {"ACCUSE": "allege"}
_WORD = re.compile(r"\w+")


def _speaker(v: View, speaker: str | None, country_of: Callable[[Entity], str | None]) -> Entity | None:
    """The actor a quote's speaker stands for: an entity of an actor type (an organ as its
    state), else the country a free description names by adjective or place; else None."""
    if not speaker:
        return None
    ent = v.article.entity(speaker)
    if ent is not None:
        if str(ent.type).upper() not in ACTOR_TYPES:
            return None
        return v.country(country_of(ent)) or v.actor(ent)  # an organ or a capital: its state
    for w in _WORD.findall(normalize_for_match(speaker)):
        code = demonym_code(w)
        if code:
            return v.country(code)
    for ent in v.countries.values():  # "مسؤول في الحكومة العراقية": a country named inside
        names = {normalize_for_match(ent.name), *(normalize_for_match(a) for a in ent.aliases)}
        if any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", normalize_for_match(speaker)) for n in names):
            return ent
    return None


def _plain(t: Trigger | None) -> bool:
    """Is ``t`` a speech-act trigger that holds without a condition on its context? (Those with
    one, ``وصف`` "describe", ``تعهد`` "vow", ``حمل`` "carry", ``تحقيق`` "achieve/inquiry", are
    homographs the layer's own checks decide.)"""
    return t is not None and t.type in SPEECH_TYPES and t.needs is None and t.mode != "investigate"


def _types(v: View, cue: tuple[int, int] | None, a: int, b: int,
           word_trigger: Callable[[str], Trigger | None]) -> list[tuple[str, int, int]]:
    """The speech-act types of a quote with normalized content ``a``-``b`` and cue at normalized
    ``cue``, each with the normalized span of the word that shows it (the cue's sense first)."""
    out: dict[str, tuple[int, int]] = {}
    # "ولم تؤكد السلطات أو تنفي": a negated cue states no act
    if cue is not None and not _NEGATED.search(v.norm[max(0, cue[0] - 60):cue[0]]):
        for m in _WORD.finditer(v.norm[cue[0]:cue[1]]):
            t = word_trigger(m.group())
            if _plain(t) and t.type not in out:
                out[t.type] = (cue[0] + m.start(), cue[0] + m.end())
    content = v.norm[a:b]
    for m in _WORD.finditer(content):
        # only a verb in the first person plural (ندعو، نرفض، نطالب): a verb of a third party in the
        # quote tells that party's act, which the layer's syntax gives its own subject
        if not re.match(r"[وف]?ن", m.group()):
            continue
        t = word_trigger(m.group())
        if _plain(t) and t.pos == "verb" and t.type not in out:
            out[t.type] = (a + m.start(), a + m.end())
    for typ, rx in _CONTENT:
        if typ in out:
            continue
        m = next((m for m in rx.finditer(content) if not _CONDITION.search(content[max(0, m.start() - 14):m.start()])
                  and not (typ == "ACCUSE" and _CLAIMS.search(v.norm[max(0, a + m.start() - 40):a + m.start()]))), None)
        if m is not None:
            out[typ] = (a + m.start(), a + m.end())
    return [(t, s, e) for t, (s, e) in out.items()]


def _target(v: View, homes: set[str], ta: int, tb: int, qa: int, qb: int, cue: tuple[int, int] | None
            ) -> str | None:
    """Whom the act is aimed at: for the cue's sense, its object before the content (اتهم X Y بأن،
    داعيا الحوثيين إلى «…») else the content's first actor; for a word of the content, the actor
    nearest before it in the content (أن تكون روسيا مسؤولة) else the first after it. Never the
    speaker or the speaker's own state."""
    def ok(ms: list) -> list[str]:
        return [x for m in ms if (x := v.actor(m.entity).id) not in homes]

    if cue is not None and ta == cue[0]:
        lo, hi = (cue[1], qa) if cue[1] <= qa else (qb, qb)
        cands = ok(v.between(lo, hi))[:1] + ok(v.between(qa, qb))
    else:
        cands = ok(v.between(qa, ta))[-1:] + ok(v.between(tb, qb))
    return cands[0] if cands else None


def quote_cands(v: View, existing: list[Cand], word_trigger: Callable[[str], Trigger | None],
                sentences: list[tuple[int, int]]) -> list[Cand]:
    """Event mentions for the speech acts of the article's quotes (see the module docstring).
    ``existing``: the rules' mentions (source offsets); ``word_trigger``: the trigger of one
    normalized word, else None; ``sentences``: source sentence spans."""
    out: list[Cand] = []
    for i, q in enumerate(v.article.quotes):
        src = _speaker(v, q.speaker, organ_country)
        if src is None:
            continue
        sent = next(((s, e) for s, e in sentences if s <= q.start < e), (q.start, q.end))
        reach = (min(sent[0], q.start), max(sent[1], q.end))
        qa, qb = v.inv[q.start], v.inv[q.end]
        homes = {src.id} | {c.id for code in home_countries(src) if (c := v.country(code)) is not None}
        # the cue as written, nearest before the content in its sentence (else after it: «…»، قال)
        at = v.article.text.rfind(q.cue, sent[0], q.start) if q.cue else -1
        if q.cue and at < 0:
            at = v.article.text.find(q.cue, q.end, sent[1])
        cue = (v.inv[at], v.inv[at + len(q.cue)]) if q.cue and at >= 0 else None
        for typ, ta, tb in _types(v, cue, qa, qb, word_trigger):
            if any(c.trig.type == typ and reach[0] <= c.start < reach[1] and src.id in (c.source, *c.actors)
                   for c in existing + out):
                continue
            target = next((v.actor(m.entity).id for m in v.between(qa, qb)
                           if v.actor(m.entity).id not in homes), None)
            s, e = v.src(ta, tb)
            trig = Trigger(typ, _MODES.get(typ), "speech", "")
            out.append(Cand(trig, s, e, sent, "happened", _MODES.get(typ), src.id, target,
                            [x for x in (src.id, target) if x], None, None, i))
    return out

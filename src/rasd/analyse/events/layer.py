"""The events layer: PLOVER events stated by the article, built on the earlier layers.

``annotate(article)`` fills ``article.events`` from ``article.text`` and the
layers before it: ``entities`` (actors and locations are entity ids),
``dates`` (an event's date is a TIMEX value), ``quotes`` (``quote`` is the
index of the quote an event was reported in) and ``published``.

How (rule-based, one sentence at a time, over the normalized view):

1. Triggers come from :mod:`rasd.arabic.event_lexicon`; a trigger inside an
   entity mention (``مجلس التعاون``, ``مركز الملك سلمان للإغاثة``) is not one.
2. Actors (:mod:`rasd.analyse.events.actors`): ``بين X و Y`` after a trigger gives
   the two sides; otherwise a verb
   takes an adjacent subject before it (headline order, ``أن X يلتقي``) or the
   first actor after it (verb-first order), and the next actor as its object;
   a verbal noun (``اتصال``، ``زيارة``) takes the actors of the light verb that
   governs it (``أجرى الرئيس X اتصالا بـ Y``) or its genitive. An organisation
   or place directly before a person's name is part of that person's role
   (``سكرتير مجلس الأمن الروسي سيرغي شويغو``) and no actor; a place after
   ``في``/``بـ`` is the location. Symmetric events (meetings, talks,
   agreements) need two actors, directed ones a source.
3. Status from the words before the trigger: negation (``لم``، ``لن``، ``نفى``)
   → denied; ``قد`` + imperfect, ``من المحتمل`` → likely; ``من المقرر``، ``يعتزم``،
   future ``سـ`` → planned; ``ما زال``، ``يواصل`` → ongoing; else happened. A
   date after publication makes a happened event planned.
4. Date: the TIMEX nearest the trigger in its clause; else, after merging,
   the date of another mention of the same event; else, for a past event, the
   last calendar date stated earlier in its paragraph (not after publication);
   else, for a happened or ongoing event, the publication date. ``date_source``
   says which: the time expression as written, or ``"published"``; planned,
   likely and denied events without a stated date keep a null date.
5. Deduplication: mentions with the same type, actors (places by country) and
   status, and no conflicting dates, are one event with several ``mentions``.
   A headline mention joins the body event of its type that shares an actor,
   else the first of its type in the lead (headlines name people by role);
   ``هذا الهجوم``، ``خلال اللقاء`` join the latest earlier event of their type.
   The first mention with a value fills mode, date and location.

``actors`` always lists every participant (for directed events too, source
first), so tables need only that field; ``source``/``target`` are set for
directed events only.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.analyse.events import sense
from rasd.analyse.events.actors import (
    SPEECH_TYPES,
    clause_subject,
    fallback_actors,
    find_actors,
    other_side,
    partner,
    pronoun_object,
)
from rasd.analyse.events.view import (
    TALK_TYPES,
    Mention,
    View,
    actor_key,
    city_country,
    demonym_code,
    home_countries,
    last_match,
    word_count,
)
from rasd.arabic.event_lexicon import (
    ACCORD_WORDS,
    BLAME_WORDS,
    CLAUSE_BREAK,
    EXPRESS_VERBS,
    FORCES_WORDS,
    FUTURE_AFTER,
    FUTURE_VERB,
    LIGHT_VERBS,
    MAINTAIN_WORDS,
    MODE_CUES,
    PHONE_WORDS,
    STATUS_CUES,
    VIOLENCE_WORDS,
    Trigger,
    combined_triggers,
)
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Event, Span

_PHRASE_RX, _WORD_TRIGGER_RX, _TRIGGER_LIST = combined_triggers()
_WORD = re.compile(r"\w+")
_ANAPHORIC = re.compile(r"(?<!\w)(?:خلال|اثناء|عقب|بعد|قبيل|قبل|حضر|وحضر|وجري|جري)\s+(?:ال)\S*$")
_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+(?:ال)?$")
# a frame of belief or appearance with its complementizer, anywhere in the clause before the trigger
_LIKELY_FRAME = re.compile(r"(?<!\w)[وف]?(?:[يت]بدو|بدا|[يت]عتقد|[يت]شتبه|[يت]رجح|[يت]حتمل|[يت]ظن|من المرجح|من المحتمل|"
                           r"المرجح|ربما|[يت]زعم|زعم|زعمت)(?:\s+في)?\s+(?:[وف]?ب?ان\w*|ما)(?!\w)")
# an intent verb, then the event noun as its aim in لـ (يسعى لإطلاق سراحه، لشن هجوم)
_PURPOSE = re.compile(r"(?<!\w)[وف]?(?:[يت]سعي|سعي|سعت|اراد|ارادت|[يت]ريد|[يت]عتزم|[يت]خطط|[يت]هدف|بهدف|اجل|"
                      r"جمع|جمعت|حشد|حشدت|تعهد|تعهدت|وعد|وعدت|[يت]حاول|حاول|حاولت|تحرك|تحركت|تحركت منفرده)"
                      r"(?:\s+\S+){0,6}\s+(?:ل|لل)(?:شن|تنفيذ|اجراء|ا?طلاق|الافراج|لافراج|\w+)?\S*$")
_LINK_CUE = re.compile(r"\s*(?:للمزيد|اقرأ أيضا|اقرأ أيضاً|اقرأ|إقرأ|قد يهمك|شاهد|اقرأ المزيد)\s*[:/／]")
_WAS = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)(?!\w)")
_ANY = re.compile(r"(?<!\w)[وف]?[لب]?اي\s+\S{0,3}$")
_DEFINITE = re.compile(r"[وف]?(?:بال|لل|ال|كال)")
_NOW = re.compile(r"(?<!\w)(?:حاليا|الان|في الوقت الحالي|في الوقت الراهن)(?!\w)")
_DENIAL = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|[يتن]نفي|نفيا|نفوا)(?!\w)")


_CONCEDE = Trigger("CONCEDE", None, "verb", "وافق")
# what one yields when it agrees to it alone: evacuations, withdrawals, releases, entry, a halt
_YIELDED = re.compile(r"\s*(?:\S+\s+){0,4}?علي\s+(?:\S+\s+)?[وب]?(?:ال)?(?:اجلاء|انسحاب|سحب|وقف|خروج|الافراج|افراج|اطلاق|دخول|"
                      r"ادخال|تسليم|رفع|تعليق|تخفيف|فتح|عوده|اعاده|تسويه|التسويه|شروط|مطالب|طلب)")
_CRITICISE = Trigger("ACCUSE", "disapprove", "verb", "هاجم")
_DISMISS = Trigger("REJECT", None, "verb", "وصف")  # وصف المزاعم بأنها لا أساس لها: a rejection


@lru_cache(maxsize=65536)
def _word_trigger(word: str) -> tuple[int, int] | None:
    """(trigger index, start of the word without proclitics) when ``word`` is a trigger."""
    m = _WORD_TRIGGER_RX.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    i = int(m.lastgroup[1:])
    return i, m.start(f"w{i}")


@dataclass
class _Cand:
    trig: Trigger
    start: int  # source offsets of the trigger word
    end: int
    sent: tuple[int, int]
    status: str
    mode: str | None
    source: str | None
    target: str | None
    actors: list[str]
    date: str | None
    location: str | None
    quote: int | None
    anaphoric: bool = False  # "هذا الهجوم"، "خلال اللقاء": a later mention of an event told before
    inherited: bool = False  # the date was inherited from an earlier sentence of the paragraph
    date_text: str | None = None  # the time expression the date comes from
    via: str = "rule"  # "fallback": the actors come from the sentence, not the trigger's syntax
    retell: bool = False  # a definite noun whose actors the syntax does not give (الضربات، الهجوم)
    weak_target: bool = False  # the target is the sentence's other actor, not the trigger's object


def _status(v: View, cand_word: str, trig: Trigger, a: int, b: int, sent_a: int, sent_b: int) -> str:
    """Status from cues before the trigger (normalized offsets ``a``-``b`` of the trigger)."""
    left = v.norm[sent_a:a]
    # the words right before the trigger, not across a colon or quote opening
    cut = max(left.rfind(":"), left.rfind("«"), left.rfind("\""), left.rfind("“"))
    window = left[cut + 1:] if cut >= 0 else left
    words = list(_WORD.finditer(window))
    near2 = window[words[-2].start():] if len(words) >= 2 else window
    near6 = window[words[-6].start():] if len(words) >= 6 else window
    # a negator right before the trigger (لم يلتق، عدم زيارة، إلغاء الزيارة); a denial verb a little before
    own = "" if trig.type == "REJECT" else v.norm[a:b]  # نفت: the rejection itself, not a denial of it
    if STATUS_CUES[0][1].search(near2 + own) or (trig.type != "REJECT" and _DENIAL.search(near6)):
        return "denied"
    with_trigger = near6 + v.norm[a:b]  # "قد" needs to see the imperfect after it
    for status, rx in STATUS_CUES[1:]:
        if (m := rx.search(with_trigger)) is None:
            continue
        if status == "likely" and m.group().endswith("قد") and _WAS.search(with_trigger[:m.start()]):
            continue  # "وكان بوتين قد توعد": a pluperfect (توعد is a past in ت), not "may"
        return status
    near15 = window[words[-15].start():] if len(words) >= 15 else window
    if trig.type not in SPEECH_TYPES and _LIKELY_FRAME.search(near15):
        return "likely"  # "يعتقد أنهم قتلوا في معارك"، "ما يشتبه في أنه هجوم": a belief, not a fact
    if trig.pos == "noun" and (_PURPOSE.search(near15.rstrip()) or _PURPOSE.search(near15 + cand_word)):
        return "planned"  # "يسعى لإطلاق سراحه"، "جمعت مقاتليها لشن هجوم": an aim
    if trig.pos == "verb" and re.match(r"[وف]?س[يتن]", cand_word):
        return "planned"
    right = v.norm[b:sent_b]
    rwords = list(_WORD.finditer(right))
    if trig.pos == "noun" and rwords and (FUTURE_AFTER.search(right[: rwords[min(3, len(rwords) - 1)].end()])
                                          or re.search(rf"^[^.,،؛:]*(?<!\w)(?:سوف|{FUTURE_VERB})(?!\w)",
                                                       right[: rwords[min(5, len(rwords) - 1)].end()])):
        return "planned"  # زيارة مرتقبة، مباحثات الجبير - لافروف ستبحث …
    if (trig.pos == "noun" or re.match(r"[وف]?[يت]", cand_word)) and rwords \
            and _NOW.search(right[: rwords[min(3, len(rwords) - 1)].end()]):
        return "ongoing"  # "الذي يزور لبنان حاليا": a present tense with "now"
    title_end = v.inv[len(v.article.title)] if v.article.title else 0
    if trig.pos == "verb" and a >= title_end and re.match(r"[وف]?[يت]", cand_word) and trig.type not in SPEECH_TYPES \
            and not re.search(r"(?<!\w)[وف]?[لب]?(?:ان|لكي|كي|حتي)\s*$", window):
        return "ongoing"  # a present tense in the body (headlines tell the past in it)
    return "happened"


def _mode(v: View, trig: Trigger, b: int, sent_b: int) -> str | None:
    right = v.norm[b:sent_b]
    ws = list(_WORD.finditer(right))
    near = right[: ws[min(4, len(ws) - 1)].end()] if ws else ""
    for typ, mode, rx in MODE_CUES:
        if typ == trig.type and rx.search(near):
            if trig.type == "ASSAULT" and trig.mode and mode != "aerial":
                continue
            return mode
    return trig.mode


# Nouns that take a verbal noun as their complement: "اتفاقية تعاون"، "سبل التعاون"، "مجالات تعاون".
_GOVERNING_NOUN = re.compile(r"[وفلب]?(?:ال)?(?:اتفاقيه|اتفاقيات|اتفاق|مذكره|مذكرات|مجال|مجالات|سبل|افاق|اوجه|"
                             r"تعزيز|علاقات|برنامج|برامج|مجلس|لجنه|منظمه|بروتوكول|اطار|مستوي|عمليه)")


def _needs_ok(v: View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int) -> bool:
    left = v.norm[max(sent_a, a - 60):a]
    clause = v.norm[max(sent_a, a - 200):a]  # a governing verb may stand before a long name and titles
    right = v.norm[b:min(sent_b, b + 80)]
    if trig.needs is None:
        return True
    if trig.needs == "light-verb":
        return bool(LIGHT_VERBS.search(clause) or EXPRESS_VERBS.search(clause)
                    or PHONE_WORDS.match(right.lstrip()))
    if trig.needs == "express":
        return bool(EXPRESS_VERBS.search(clause) or LIGHT_VERBS.search(clause))
    if trig.needs == "accord":
        return bool(ACCORD_WORDS.search(right[:40]))
    if trig.needs == "forces":  # نشر قوات/مقاتلات، not نشر بيانا
        return bool(FORCES_WORDS.search(right[:70]))
    if trig.needs == "blame":  # حمّل X مسؤولية …
        return bool(BLAME_WORDS.search(right[:90]))
    if trig.needs == "violence":
        return bool(VIOLENCE_WORDS.search(v.norm[max(sent_a, a - 120):min(sent_b, b + 120)]))
    if trig.needs == "not-masdar":  # "اتفاقية تعاون"، "تعزيز التعاون": the noun, not the verb تعاون
        prev = left.split()[-1:] if left.strip() else []
        return not word.startswith("ال") and not (prev and _GOVERNING_NOUN.fullmatch(prev[0]))
    if trig.needs == "not-prayer":  # دعا الله أن … is a prayer
        return not re.search(r"(?<!\w)(?:الله|المولي)(?!\w)", right[:40])
    if trig.needs == "maintain":
        return bool(MAINTAIN_WORDS.search(left[-30:]))
    if trig.needs == "with":
        return bool(re.search(r"(?<!\w)مع(?!\w)", right[:60])) or word.endswith("ا")
    if trig.needs == "with-near":
        return bool(re.match(r"\s*(?:\S+\s+){0,3}?مع(?!\w)", right))
    if trig.needs == "summit":
        return bool(re.match(r"\s*(?:\S+\s+){0,3}?[وب]?(?:ال)?(?:قمه|اجتماع|اجتماعات|مؤتمر|منتدي|مراسم|محادثات|"
                             r"مفاوضات|جلسه|جلسات|لقاء)(?!\w)", right))
    if trig.needs == "beside":
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?(?:الي جانب|بجانب|في صف|مع)(?!\w)", right)) \
            and not re.match(r"\s*[وب]?(?:ال)?(?:اطلاق|اطلاقه|العمل|القتال|النار|التصعيد|الحرب|العنف)", right)
    if trig.needs == "bombs":
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:قنبله|قنابل|براميل|برميل|صواريخ|صاروخ|قذائف|"
                             r"قذيفه|عبوه|عبوات)(?!\w)", right))
    if trig.needs == "aircraft":
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:طائره|طائرات|مروحيه|مروحيات|مقاتله|مقاتلات|"
                             r"صاروخ|صواريخ|مسيره|مسيرات|درون)(?!\w)", right))
    if trig.needs == "dealings":
        return bool(re.match(r"\s*(?:\S+\s+){0,3}?[وب]?(?:ال)?(?:صفقه|صفقات|بيع|مبيعات|تسليم|المساعدات|مساعدات|"
                             r"التعاون|تعاون|العمل باتفاق|الاتفاق|اتفاق|رحلات|الرحلات|تصدير|استيراد)(?!\w)", right))
    if trig.needs == "to-place":
        return bool(re.search(r"(?<!\w)(?:الي|الى)\s", right[:90]))
    if trig.needs == "not-dawn":  # فجر اليوم، منذ فجر الجمعة: dawn, not an explosion
        nxt = right.split()[:1]
        prev = left.split()[-1:]
        return bool(VIOLENCE_WORDS.search(v.norm[max(sent_a, a - 120):min(sent_b, b + 120)])) \
            and not (nxt and _TIME_WORD.fullmatch(nxt[0])) and not (prev and _TIME_PREP.fullmatch(prev[0]))
    if trig.needs == "not-noun":  # في سجن X: the prison
        prev = left.split()[-1:]
        return not (prev and re.fullmatch(r"[وف]?(?:في|من|الي|داخل|خارج|علي|عن)", prev[0]))
    if trig.needs == "access":
        return bool(_ACCESS.search(right[:45]))
    if trig.needs == "describe":  # وصف X بأنه "…"، وصفه بـ…
        return bool(re.search(r"(?<!\w)ب(?:ان|انه|انها|انهم|ال|\S)", right[:120]))
    if trig.needs == "consequence":  # without one, حذر needs a warned actor (checked with the actors)
        return True
    if trig.needs == "from":
        return bool(re.match(r"\s*(?:\S+\s+){0,4}?من(?!\w)", right))
    if trig.needs == "praise-object":
        return bool(re.search(r"(?<!\w)[وب]?(?:ال)?(?:جهود|دور|موقف|مواقف|مبادره|عاليا|حرص|تعاون)", right[:50]))
    if trig.needs == "probe":  # حقق في الهجوم (حقق نجاحا is an achievement)
        return bool(re.search(r"(?<!\w)في\s+(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:هجوم|هجمات|حادث|حادثه|مقتل|اتهامات|"
                              r"انتهاكات|استخدام|تقارير|مزاعم|جرائم|قضيه|ملابسات)", v.norm[b:min(sent_b, b + 140)]))
    if trig.needs == "relations":  # قطعت X علاقاتها مع Y
        return bool(re.search(r"(?<!\w)(?:ال)?علاقات\w*", right[:80]))
    if trig.needs == "envoy":
        return bool(re.search(r"(?<!\w)(?:ال)?(?:سفير|سفيره|سفراء|القائم|قائم)(?!\w)", right[:50]))
    return True


_CONSEQUENCE = re.compile(r"(?<!\w)(?:اذا|في حال|ان لم|لم|عواقب|العواقب|عاقبه|ثمن|الثمن|رد|الرد|[يت]رد|سيرد|"
                          r"انتقام|سي\w+|ستدفع|سيدفع|خطر|مواجهه|حرب|الحرب)(?!\w)")
_TIME_WORD = re.compile(r"[وف]?(?:اليوم|امس|يوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d+|"
                        r"اول|ذلك|هذا|الغد|غد)")
_TIME_PREP = re.compile(r"[وف]?(?:منذ|حتي|عند|قبيل|قبل|بعد|مع|في|صلاه|صباح|فجر|وقت)")
_ACCESS = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:دخول|ادخال|عبور|مرور|اجلاء|وصول|مجال|مجالها|المجال|حدود|الحدود|"
                     r"معبر|معابر|المعابر|اجواء|الاجواء|مطار|ممرات|الممرات|ممر)(?!\w)")
_CLAIMS = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:هذه\s+)?[وب]?(?:ال)?(?:مزاعم|اتهامات|ادعاءات|تقارير|انباء|"
                     r"الاتهام|اتهام|روايه|رواية|تصريحات)(?!\w)")


def _date(v: View, a: int, b: int, clause_a: int, sent_b: int) -> tuple[str, str] | None:
    """(value, expression text) of the DATE/TIME nearest the trigger in its clause."""
    best = None
    for k in v.dates_within(clause_a, sent_b):
        t = v.article.dates[k]
        if not t.value or t.type not in ("DATE", "TIME") or not re.match(r"\d", t.value):
            continue  # PAST_REF, PRESENT_REF: no date an analyst can place
        ta, tb = v.inv[t.start], v.inv[t.end]
        d = ta - b if ta >= b else a - tb
        if best is None or d < best[0]:
            best = (d, t.value, t.text)
    return (best[1], best[2]) if best else None


def _inherited_date(v: View, a: int, para_a: int) -> tuple[str, str] | None:
    """(value, text) of the latest calendar date stated earlier in the same paragraph, when it is
    not after publication."""
    best = None
    for k in v.dates_within(para_a, a):
        t = v.article.dates[k]
        if t.type not in ("DATE", "TIME") or not t.value or not re.match(r"\d{4}-\d\d-\d\d", t.value):
            continue
        best = (t.value, t.text)
    pub = v.article.published
    if best and pub and best[0][:10] > pub[:10]:
        return None
    return best


def _candidates(article: Article) -> tuple[list[_Cand], dict[str, Entity]]:
    """The event mentions of ``article``, and the implied country entities they may use
    (entity id → entity; see :meth:`View.country`)."""
    v = View(article)
    hits: list[tuple[int, int, Trigger, str]] = []
    for m in _PHRASE_RX.finditer(v.norm):
        i = int(m.lastgroup[1:]) if m.lastgroup else 0
        hits.append((m.start(f"w{i}"), m.end(), _TRIGGER_LIST[i], m.group(f"t{i}")))
    for m in _WORD.finditer(v.norm):
        hit = _word_trigger(m.group())
        if hit is not None:
            hits.append((m.start() + hit[1], m.end(), _TRIGGER_LIST[hit[0]], m.group()))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, Trigger, str]] = []
    for h in hits:
        if chosen and h[0] < chosen[-1][1]:
            continue
        if v.in_mention(h[0], h[1]):
            continue
        chosen.append(h)
    sents = [(v.inv[s], v.inv[e]) for s, e in split_sentences(article.text)]
    para_starts = [v.inv[ps] for ps, _ in article.paragraph_offsets()]
    # a paragraph that links another story (للمزيد: …، اقرأ: …، قد يهمك/ …) tells no event of this one
    links = [(v.inv[ps], v.inv[pe]) for ps, pe in article.paragraph_offsets()
             if _LINK_CUE.match(article.text, ps)]
    starts = [s for s, _ in sents]
    out = []
    for a, b, trig, word in chosen:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or any(la <= a < lb for la, lb in links):
            continue
        sa, sb = sents[i]
        if not _needs_ok(v, trig, word, a, b, sa, sb):
            if trig.needs != "violence" or trig.pos != "verb" or "هاجم" not in word:
                continue
            trig = _CRITICISE  # "هاجم الأكاديمي … القرار": an attack in words
        if trig.needs == "describe" and _CLAIMS.search(v.norm[b:sb]):
            trig = _DISMISS
        if trig.pos == "noun" and ((trig.type in TALK_TYPES and _ANAPHORIC.search(v.norm[max(sa, a - 30):b]))
                                   or _DEMONSTRATIVE.search(v.norm[max(sa, a - 12):a])):
            s, e = v.src(a, b)
            out.append(_Cand(trig, s, e, v.src(sa, sb), "happened", None, None, None, [], None, None, None,
                             anaphoric=True))
            continue
        if trig.pos == "noun" and _ANY.search(v.norm[max(sa, a - 8):a]):
            continue  # "أي هجوم"، "لأي اعتداء": any attack, not one that took place
        if trig.type in _ACTION_TYPES and _OPPOSE.search(" ".join(v.norm[max(sa, a - 60):a].split()[-5:])):
            continue  # "رفضت روسيا فرض عقوبات": opposing sanctions is no sanctioning (the رفض is the event)
        if trig.needs == "backed":
            subj, objs = _backing(v, word, a, b, sa, sb)
            if not subj or not objs:
                continue
            loc = None
        else:
            subj, objs, loc = find_actors(v, trig, word, a, b, sa, sb)
        via = "rule"
        if _undergoes(trig) and len(subj) == 1 and subj[0].entity.type == "PER" \
                and (subj[0].start >= b or trig.pos == "verb") \
                and not [m for m in objs if m.entity.type not in ("LOC", "GPE")]:
            # "اعتقل عساف في سوريا"، "بأن عساف اعتقل"، "اغتيال الصحفي X"، "الإفراج عن X": a lone person
            # undergoes it (a passive verb, or the noun's genitive); the authorities of the place act
            objs = subj
            home = v.country(city_country(loc.entity.name)) if loc is not None and trig.type == "COERCE" else None
            subj = [Mention(loc.start, loc.end, home)] if home is not None else []
        if not subj and not objs and not trig.symmetric and trig.needs not in ("victim", "envoy"):
            shared = _coordinated_subject(v, out, word, (sa, sb), a)
            if shared is not None:  # "اتهم X السعودية …، وطالبها …": the verbs share X
                subj = [shared]
            else:
                subj, objs = fallback_actors(v, trig, a, b, (sa, sb))
                via = "fallback"
        if subj and not objs and not trig.symmetric and trig.type != "REJECT" and trig.pos != "noun":
            objs = pronoun_object(v, trig, word, a, b, (sa, sb), subj)
        if trig.pos == "noun" and trig.type in _ACTION_TYPES:
            subj, objs = _national_actor(v, b, sb, subj, objs)
        if trig.needs == "envoy":  # استدعت السفير البريطاني: the protest is at Britain
            env = re.search(r"(?<!\w)(?:ال)?(?:سفير|سفيره|القائم بالاعمال)\s+(ال\w+)", v.norm[b:min(sb, b + 60)])
            home = v.country(demonym_code(env.group(1))) if env else None
            if home is not None:
                objs = [Mention(b + env.start(1), b + env.end(1), home)]
                subj = [m for m in subj if m.entity is not home]
        # "تلقى X اتصالين من A و B": two calls, one per caller
        if (trig.type == "CONSULT" and len(subj) == 1 and len(objs) >= 2
                and re.search(r"(?:ين|ان|ات)$", word)):
            groups = [(subj, [o]) for o in objs]
        else:
            groups = [(subj, objs)]
        status = _status(v, word, trig, a, b, sa, sb)
        brk = last_match(CLAUSE_BREAK, v.norm[sa:a])
        dated = _date(v, a, b, sa + (brk.end() if brk else 0), sb)
        if status in ("happened", "ongoing") and dated and article.published \
                and dated[0][:10] > article.published[:10] and len(dated[0]) >= 10:
            status = "planned"  # "يبحث الجبير … الاثنين" in Sunday's paper: the talks are to come
        inherited = False
        if dated is None and status == "happened":
            pi = bisect.bisect_right(para_starts, a) - 1
            if pi >= 0:
                dated = _inherited_date(v, a, para_starts[pi])
                inherited = dated is not None
        date, date_text = dated if dated else (None, None)
        s, e = v.src(a, b)
        quote = next((qi for qi, q in enumerate(article.quotes) if q.start <= s and e <= q.end), None)
        mode = _mode(v, trig, b, sb)
        for subj0, objs_ in groups:
            weak = False
            # a capital acting is its country (بكين وموسكو تحافظان … → الصين، روسيا)
            subj_ = [Mention(m.start, m.end, v.actor(m.entity)) for m in subj0]
            objs_ = [Mention(m.start, m.end, v.actor(m.entity)) if trig.mode != "visit" else m for m in objs_]
            # a body and its own country are one side (اجتماع مجلس الوزراء الكويتي في الكويت)
            homes = {c for m in subj_ for c in home_countries(m.entity) if m.entity.type not in ("LOC", "GPE")}
            objs_ = [m for m in objs_ if not (m.entity.type in ("LOC", "GPE")
                                              and (m.entity.country or {}).get("alpha2") in homes)]
            ids = list(dict.fromkeys([m.entity.id for m in subj_ + objs_]))
            if trig.symmetric:
                if len({v.key.get(x, x) for x in ids}) < 2:
                    # one side named by the syntax: the other is the nearest other actor of the sentence
                    other = partner(v, a, b, (sa, sb), [*subj_, *objs_]) if ids else None
                    if other is not None:
                        ids = [*ids, v.actor(other.entity).id]
                    elif not (len(subj_) == 1 and subj_[0].entity.type == "ORG" and trig.type == "CONSULT"
                              and trig.pos == "noun"):
                        continue  # (a body holds a meeting of its members: مجلس الأمن يعقد اجتماعا)
                    via = "fallback"
                source = target = None
            else:
                if not ids or (trig.mode == "visit" and not (subj_ and objs_)):
                    continue
                if trig.needs == "to-place" and not any(o.entity.type in ("LOC", "GPE") for o in objs_):
                    continue  # "وصل X إلى …" is a visit only when it arrives at a place
                if trig.needs == "consequence" and not objs_ \
                        and not _CONSEQUENCE.search(v.norm[b:min(sb, b + 160)]):
                    continue  # "حذر من المخاطر": a warning of a danger, no threat
                if trig.needs == "victim":  # قُتل الصحفي X: X is attacked; who did it is not said here
                    victims = [m for m in subj_ + objs_ if m.entity.type == "PER"]
                    if not victims:
                        continue
                    subj_, objs_ = [], victims[:1]
                    ids = [victims[0].entity.id]
                if trig.pos == "participle" and not objs_:
                    continue  # "داعيا إلى ضرورة …": a call for something, no one called on
                if trig.needs == "describe" and trig.type == "ACCUSE" and not objs_:
                    continue  # "وصف العلاقة بالمهمة": a description, no disapproval of an actor  # "وافق مجلس الوزراء على تعيينات": an approval, not an agreement between actors
                source = subj_[0].entity.id if subj_ else None
                target = next((m.entity.id for m in objs_ if m.entity.id != source), None)
                if source and not target and trig.needs != "victim" and trig.type not in _ONE_SIDED:
                    other = other_side(v, a, b, (sa, sb), subj_)  # "هدد بانسحاب … من الاتفاق" with إيران
                    target = v.actor(other.entity).id if other is not None else None
                    target = target if target != source else None
                    weak = target is not None
                if trig.type == "AGREE" and not target:
                    if not _YIELDED.match(v.norm[b:min(sb, b + 40)]):
                        continue  # "وافق مجلس الوزراء على تعيينات": an approval, no agreement between actors
                    trig = _CONCEDE  # "ووافقت الحكومة على إجلاء المرضى": yielding to a demand
                ids = [x for x in (source, target) if x]
            location = loc.entity.id if loc else None
            if trig.mode == "visit" and objs_ and objs_[0].entity.type in ("LOC", "GPE"):
                location = location or objs_[0].entity.id
            st = status
            if st == "happened" and trig.type == "ASSAULT" and source and quote is not None \
                    and _claimed_by_other(v, article.quotes[quote].speaker, source):
                st = "likely"  # "قال نشطاء إن الحكومة ألقت قنبلة": who attacked is another's claim
            out.append(_Cand(trig, s, e, v.src(sa, sb), st, mode, source, target, ids,
                             date, location, quote, inherited=inherited, date_text=date_text, via=via,
                             retell=via == "fallback" and trig.pos == "noun" and bool(_DEFINITE.match(word)),
                             weak_target=weak))
    return out, {e.id: e for e in v.implied.values()}


def _claimed_by_other(v: View, speaker: str | None, source: str) -> bool:
    """Is an attack by ``source`` told in the words of a speaker who is not that side (its own
    country included)? A side telling its own strikes states a fact; another side alleges it."""
    if speaker is None:
        return False
    keys = {e.id: actor_key(e) for e in [*v.article.entities, *v.implied.values()]}
    if keys.get(speaker, speaker) == keys.get(source, source):
        return False
    spk = v.article.entity(speaker)
    src = v.article.entity(source) or next((e for e in v.implied.values() if e.id == source), None)
    return not (spk is not None and src is not None and home_countries(spk) & home_countries(src))


def _coordinated_subject(v: View, prev: list[_Cand], word: str, sent: tuple[int, int], a: int) -> Mention | None:
    """The source of the latest earlier event of the sentence, for a verb joined to it by و/ف
    (``اتهم X السعودية بـ…، وطالبها بـ…``): coordinated verbs with no subject of their own share it."""
    if not re.match(r"[وف]", word):
        return None
    ss = v.src(*sent)
    for c in reversed(prev):
        if c.sent != ss or c.start >= v.src(a, a + 1)[0]:
            continue
        if c.source and c.trig.pos != "noun":
            ent = v.article.entity(c.source) or next((e for e in v.implied.values() if e.id == c.source), None)
            return Mention(a, a, ent) if ent is not None else None
        return None
    return None


def _undergoes(trig: Trigger) -> bool:
    """Is the person named right after ``trig`` the one it is done to (arrests, abductions,
    assassinations, releases), whatever the word's voice?"""
    return (trig.type == "COERCE" or (trig.type == "ASSAULT" and trig.mode in ("assassination", "abduct"))
            or (trig.type == "RETREAT" and trig.mode == "release"))


# Directed types that often have one side only (a resignation, a protest, a mobilisation)
_ONE_SIDED = frozenset({"CONCEDE", "MOBILIZE", "PROTEST"})


# Acts one side does to another: a stance against them is not doing them, and an adjective of
# nationality after the noun (غارات تركية، عقوبات أمريكية) names who does them.
_ACTION_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT"})
_OPPOSE = re.compile(r"(?<!\w)[وف]?(?:رفض|رفضت|رفضوا|[يت]رفض\w*|رفضه|رفضها|رافض\w*|عارض\w*|[يت]عارض\w*|معارض\w*|"
                     r"ضد|[يت]دين|ادان\w*|ادانه|ندد\w*|[يت]ندد|تنديد\w*|استنكر\w*|[يت]ستنكر|شجب\w*|انتقد\w*|"
                     r"[يت]نتقد|انتقاد\w*|منع|لمنع|وقف|لوقف|[يت]حذر|حذر\w*|تحذير\w*)(?!\w)")
_ADJ_SKIP = re.compile(r"(?:ال)?(?:جويه|جوي|صاروخيه|عسكريه|اقتصاديه|جديده|مكثفه|عنيفه|انسانيه|ماليه)")


def _national_actor(v: View, b: int, sb: int, subj: list[Mention], objs: list[Mention]
                    ) -> tuple[list[Mention], list[Mention]]:
    """"غارات تركية على مواقع حزب العمال": the adjective names the actor (Turkey); whoever the rules
    took as the subject after the noun is its target. Without the country in the article, no source."""
    words = list(_WORD.finditer(v.norm[b:min(sb, b + 60)]))
    k = 0
    while k < len(words) and _ADJ_SKIP.fullmatch(words[k].group()):
        k += 1
    if k >= len(words) or k > 2 or (code := demonym_code(words[k].group())) is None:
        return subj, objs
    ent = v.country(code)
    rest = [m for m in subj + objs if m.entity is not ent]
    return ([Mention(b + words[k].start(), b + words[k].end(), ent)] if ent else []), rest


def _backing(v: View, word: str, a: int, b: int, sa: int, sb: int) -> tuple[list[Mention], list[Mention]]:
    """(backer, backed) of "Y المدعوم من X" and "Y … بدعم (من) X / بدعم روسي"; empty when either is unnamed."""
    right = v.norm[b:min(sb, b + 50)]
    backer: Mention | None = None
    dm = re.match(r"\s*(ال)?(\w+)", right)
    code = demonym_code(dm.group(2)) if dm and not dm.group(1) else None
    if dm and (ent := v.country(code)) is not None:  # بدعم روسي
        backer = Mention(b + dm.start(2), b + dm.end(2), ent)
    else:
        after = [m for m in v.between(b, min(sb, b + 50)) if m.entity.type in ("PER", "ORG", "LOC", "GPE")]
        if after and re.fullmatch(r"\s*(?:\S+\s+)?من\s+(?:قبل\s+)?\S{0,3}", v.norm[b:after[0].start]):
            backer = Mention(after[0].start, after[0].end, v.actor(after[0].entity))
    if backer is None:
        return [], []
    if word.lstrip("وف").startswith("بدعم"):
        backed = clause_subject(v, a, (sa, sb))
    else:
        before = [m for m in v.between(max(sa, a - 60), a) if m.entity.type in ("PER", "ORG", "LOC", "GPE")]
        backed = before[-1] if before and word_count(v.norm[before[-1].end:a]) <= 3 else None
    if backed is None or backed.entity.id == backer.entity.id:
        return [], []
    return [backer], [Mention(backed.start, backed.end, v.actor(backed.entity))]


def _reject_targets(cands: list[_Cand]) -> None:
    """"…، وهو ما نفته الدوحة": a rejection with no object rejects the event told just before it;
    its target is that event's source (else its first actor)."""
    for i, c in enumerate(cands):
        if c.trig.type != "REJECT" or c.target or not c.source or c.anaphoric:
            continue
        for p in reversed(cands[:i]):
            if c.start - p.end > 300:
                break
            who = p.source or next((x for x in p.actors if x != c.source), None)
            if not p.anaphoric and who and who != c.source:
                c.target = who
                c.actors = [c.source, who]
                break


def _speech_targets(cands: list[_Cand], keys: dict[str, str]) -> None:
    """A speaker's warning or demand with no one named goes on at whom the same speaker aimed just
    before (ماي تتهم روسيا … وحذرت ماي من أنه إذا لم …): the target of that speaker's latest
    earlier speech event, within a few paragraphs."""
    for i, c in enumerate(cands):
        if c.trig.type not in SPEECH_TYPES or c.target or not c.source or c.anaphoric:
            continue
        me = keys.get(c.source, c.source)
        for p in reversed(cands[:i]):
            if c.start - p.end > 1500:
                break
            if p.trig.type in SPEECH_TYPES and p.source and keys.get(p.source, p.source) == me and p.target:
                c.target = p.target
                c.actors = [c.source, p.target]
                break


def _merge(cands: list[_Cand], article: Article, implied: dict[str, Entity] | None = None
           ) -> tuple[list[Event], list[str]]:
    """Group the mentions of one event: same type, same actors (places by country), same status.

    Returns the events and, for each, how its actors were found (``rule`` when any mention's were
    found by the trigger's syntax, else ``fallback``).

    Headline mentions go last: one joins the body event of its type that shares an actor,
    else the first body event of its type in the lead (headlines name people by role).
    """
    keys = {e.id: actor_key(e) for e in [*article.entities, *(implied or {}).values()]}

    def akey(c: _Cand) -> frozenset[str]:
        return frozenset(keys.get(x, x) for x in c.actors)

    title_end = len(article.title) if article.title else 0
    paras = article.paragraph_offsets()
    lead_end = paras[min(1, len(paras) - 1)][1] if paras else len(article.text)
    body = [c for c in cands if c.start >= title_end and not c.anaphoric]
    title = [c for c in cands if c.start < title_end and not c.anaphoric]
    groups: list[list[_Cand]] = []
    for c in body + title:
        key = (c.trig.type, akey(c), c.status)
        target = None
        if c.retell and c.start >= title_end:
            # "الضربات" with no actors of its own: the strikes told before (the latest of its type)
            before = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start < c.start]
            if before:
                max(before, key=lambda g: g[0].start).append(c)
                continue
        for g in groups:
            g0 = g[0]
            if (g0.trig.type, akey(g0), g0.status) != key:
                continue
            dates = {x.date for x in g if x.date and not x.inherited}
            if c.date and not c.inherited and dates and c.date not in dates:
                continue
            if c.source and g0.source and keys.get(c.source, c.source) != keys.get(g0.source, g0.source):
                continue
            target = g
            break
        if target is None and c.start >= title_end and c.source:
            # one side's act told twice close together, its target guessed from the sentence at least
            # once (وحذر مهاتير … وحذر من أن …): the same event
            target = next((g for g in reversed(groups)
                           if g[0].trig.type == c.trig.type and g[0].status == c.status and g[0].source
                           and keys.get(g[0].source, g[0].source) == keys.get(c.source, c.source)
                           and (c.weak_target or g[0].weak_target or not c.target or not g[0].target)
                           and 0 <= c.start - g[-1].start <= 1500), None)
        if target is None and c.start >= title_end:
            # "تضامن X مع Y ومساندة جهودها": a second word for one stance in the same sentence
            target = next((g for g in groups if g[0].trig.type == c.trig.type and g[0].sent == c.sent
                           and g[0].status == c.status and akey(c) and akey(c) <= akey(g[0])), None)
        if target is None and c.start < title_end:
            same = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start >= title_end]
            target = next((g for g in same if akey(g[0]) & akey(c)), None) or next(
                (g for g in same if g[0].start < lead_end), None)
        if target is None:
            groups.append([c])
        else:
            target.append(c)
    # "هذا الهجوم"، "خلال اللقاء": a mention of the latest event of its type told before it
    for c in cands:
        if c.anaphoric:
            before = [g for g in groups if g[0].trig.type == c.trig.type and g[0].start < c.start]
            if before:
                max(before, key=lambda g: g[0].start).append(c)
    groups.sort(key=lambda g: min(c.start for c in g))
    events = []
    vias = []
    for n, g in enumerate(groups, 1):
        vias.append("rule" if any(c.via == "rule" for c in g if not c.anaphoric) else "fallback")
        # the primary mention: the first in the body (the headline is often abridged)
        first = g[0]
        core = [c for c in g if c.start >= title_end and not c.anaphoric] or [c for c in g if not c.anaphoric]
        dated = next((c for c in g if c.date and not c.inherited), None) or next((c for c in g if c.date), None)
        ev = Event(
            id=f"V{n}",
            type=first.trig.type,
            trigger=Span(first.start, first.end, article.text[first.start:first.end]),
            status=first.status,
            # a specific mode (video, phone, visit) beats the default "meet" of a meeting word
            mode=next((c.mode for c in g if c.mode and c.mode != "meet"), None)
            or next((c.mode for c in g if c.mode), None),
            source=next((c.source for c in core if c.source), None),
            target=next((c.target for c in core if c.target), None),
            # a headline joined to a body event adds its mention, not its (role-named) actors
            actors=list(dict.fromkeys(x for c in core for x in c.actors)),
            # a date stated with a mention beats one inherited from an earlier sentence
            date=dated.date if dated else None,
            date_source=dated.date_text if dated else None,
            location=next((c.location for c in g if c.location), None),
            quote=next((c.quote for c in g if c.quote is not None), None),
            sentence=Span(first.sent[0], first.sent[1], article.text[first.sent[0]:first.sent[1]]),
            mentions=[Span(c.start, c.end, article.text[c.start:c.end]) for c in sorted(g, key=lambda c: c.start)],
        )
        if ev.date is None and ev.status in ("happened", "ongoing") and article.published:
            # no date stated: a reported event is dated by its report, and says so
            ev.date, ev.date_source = article.published[:10], "published"
        events.append(ev)
    return events, vias


def rule_events(article: Article) -> tuple[list[Event], list[str], list[Entity]]:
    """The rules' events of ``article`` before the learned check; for each, how its actors were
    found (``rule`` or ``fallback``: an input of :func:`rasd.analyse.events.sense.features`); and the
    implied country entities (a country named only by its army, government or capital) they use."""
    if not article.text:
        return [], [], []
    cands, implied = _candidates(article)
    cands.sort(key=lambda c: c.start)
    _reject_targets(cands)
    _speech_targets(cands, {e.id: actor_key(e) for e in [*article.entities, *implied.values()]})
    events, vias = _merge(cands, article, implied)
    return events, vias, _used(events, implied)


def _used(events: list[Event], implied: dict[str, Entity]) -> list[Entity]:
    ids = {x for ev in events for x in (*ev.actors, ev.source, ev.target) if x}
    return [e for k, e in implied.items() if k in ids]


def extract_with_entities(article: Article, *, learned: bool = True) -> tuple[list[Event], list[Entity]]:
    """The events of ``article`` and the implied country entities they name, which are not yet
    in ``article.entities`` (does not modify the article). ``learned=False`` skips the learned
    check of :mod:`rasd.analyse.events.sense` (for training it)."""
    events, vias, implied = rule_events(article)
    if learned:
        events = [ev for ev, via in zip(events, vias, strict=True) if sense.keep(ev, article, via)]
        for n, ev in enumerate(events, 1):
            ev.id = f"V{n}"
    return events, _used(events, {e.id: e for e in implied})


def extract(article: Article, *, learned: bool = True) -> list[Event]:
    """The events of ``article`` (does not modify it); their actors may include implied country
    entities that only :func:`annotate` adds to the article."""
    return extract_with_entities(article, learned=learned)[0]


def annotate(article: Article) -> None:
    """Fill ``article.events`` (see the module docstring), and add to ``article.entities`` the
    countries the events name that the article names only by an organ or a capital."""
    article.events, implied = extract_with_entities(article)
    article.entities.extend(implied)

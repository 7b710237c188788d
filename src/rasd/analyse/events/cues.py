"""Cues around an event trigger: its status, mode, dated time expression, and the extra
conditions some trigger words need (the events layer's helper; :mod:`.layer` describes the rules).

Works on a :class:`~rasd.analyse.events.view.View` (normalized offsets). Pure: no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.analyse.events.actors import SPEECH_TYPES, first_person
from rasd.analyse.events.nations import demonym_code
from rasd.analyse.events.view import Mention, View, word_count
from rasd.arabic.event_lexicon import (
    ACCORD_WORDS,
    ACT_VERBS,
    BLAME_WORDS,
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
    compiled_triggers,
)

_WORD = re.compile(r"\w+")

# a frame of belief or appearance with its complementizer, anywhere in the clause before the trigger
_LIKELY_FRAME = re.compile(r"(?<!\w)[وف]?(?:[يت]بدو|بدا|[يت]عتقد|[يت]شتبه|[يت]رجح|[يت]حتمل|[يت]ظن|من المرجح|من المحتمل|"
                           r"المرجح|ربما|[يت]زعم|زعم|زعمت)(?:\s+في)?\s+(?:[وف]?ب?ان\w*|ما)(?!\w)")
# an intent verb, then the event noun as its aim in لـ (يسعى لإطلاق سراحه، لشن هجوم)
_PURPOSE = re.compile(r"(?<!\w)[وف]?(?:[يت]سعي|سعي|سعت|اراد|ارادت|[يت]ريد|[يت]عتزم|[يت]خطط|[يت]هدف|بهدف|اجل|"
                      r"جمع|جمعت|حشد|حشدت|تعهد|تعهدت|وعد|وعدت|[يت]حاول|حاول|حاولت|تحرك|تحركت|تحركت منفرده)"
                      r"(?:\s+\S+){0,6}\s+(?:ل|لل)(?:شن|تنفيذ|اجراء|ا?طلاق|الافراج|لافراج|\w+)?\S*$")
_GOES_ON = re.compile(r"^[^.,،؛:«\"]*(?<!\w)(?:[يت]ستمر|المستمره|المستمر|مستمره|متواصله|المتواصله|الجاريه|"
                      r"جاريه|الدائره|الدائر)(?!\w)")
_SCHEDULED = re.compile(r"(?<!\w)(?:من المنتظر|من المقرر|المقرر|من المتوقع|[يت]عتزم)(?!\w)")
_WAS = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كانا)(?!\w)")
_NOW = re.compile(r"(?<!\w)(?:حاليا|الان|في الوقت الحالي|في الوقت الراهن)(?!\w)")
_DENIAL = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|[يتن]نفي|نفيا|نفوا)(?!\w)")
@lru_cache(maxsize=1024)
def _trigger_rx(pattern: str) -> re.Pattern[str]:
    """A trigger's word pattern, compiled once: ``re``'s own cache (512, first in first out) drops
    it again as the articles' own patterns stream through it."""
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _bare(pattern: str, word: str) -> str:
    """``word`` without a leading و/ف where that is a conjunction, i.e. the rest is still the trigger
    (وتطالب → تطالب); a stem's own letter stays (فتح، فرض)."""
    w = word.strip()
    if w[:1] in ("و", "ف") and _trigger_rx(pattern).fullmatch(w[1:]):
        return w[1:]
    return w


@lru_cache(maxsize=4096)
def _t_past(pattern: str, word: str) -> bool:
    """Is ``word`` the past of a verb whose stem opens with ت (تبرعت، تعهد، تظاهروا), not an
    imperfect in ت? Its stem after the imperfect's ي is then a form of the same trigger."""
    w = re.sub(r"^[وف](?=ت)", "", word)
    if not w.startswith("ت") or w.startswith("تت"):
        return False
    rx = _trigger_rx(pattern)
    return any(rx.fullmatch("ي" + w[:len(w) - len(suf)]) for suf in ("", "ت", "وا", "ا", "تا")
               if not suf or w.endswith(suf))


def homograph(v: View, trig: Trigger, word: str, a: int, b: int) -> bool:
    """Is the trigger word at normalized ``a``-``b`` another word that normalizes the same way? The
    hamza and ة the normalized view drops tell them apart: "هنا" (here) is the verb هنّأ only where
    the hamza is written; no verb ends in ة ("طالبة", a student, is not "طالبه", he asked him),
    unless the word is that type's verbal noun (إدانة)."""
    src = v.article.text[slice(*v.src(a, b))]
    if trig.type == "SUPPORT" and re.fullmatch(r"[وف]?هنا", word) and "أ" not in src:
        return True
    if trig.needs == "describe" and re.fullmatch(r"[وف]?نصف", word):
        return True  # "نصف العمر"، "أكثر من نصف المقاعد": half, not "we describe"
    if trig.mode == "investigate" and _ACHIEVE.match(word) and _achieving(word, v.norm[max(0, a - 20):a], v.norm[b:b + 30]):
        return True  # "يسعى لتحقيق أهدافه"، "من أجل تحقيق السلام": achieving, no investigation
    return trig.pos == "verb" and src.endswith("ة") and " " not in src and not _noun_of_type(trig.type, v.norm[a:b])


_ACHIEVE = re.compile(r"[وف]?[لب]?(?:ال)?(?:تحقيق|تحقق)")
# after تحقيق: what an investigation has (في، مع، حول، جنائي …); what one achieves (أهداف، السلام، 23 هدفا …)
_PROBE_NEXT = re.compile(r"\s*(?:في|مع|معه|معها|معهم|حول|بشان|بخصوص|ضد|جنائي|جنائيا|مشترك|دولي|دوليا|مستقل|"
                         r"فوري|فوريا|رسمي|شامل|موسع|اجرته|اجراه|يجريه|تجريه)(?!\w)")
_GOAL_NEXT = re.compile(r"\s*(?:\d+\s+)?[وب]?(?:ال)?(?:اهداف|هدف|هدفا|سلام|استقرار|نجاح|توازن|عداله|وحده|ارباح|فوز|نقله|"
                        r"تقدم|انتصار|انتصارات|مكاسب|تنميه|نمو|امن|حلم|طموحات|رؤيه|تطلعات|مصالحه|تميز|ذلك|ما|نتائج|"
                        r"خطوات|انجاز|انجازات|مصالح|رغبه|اكتفاء|عوائد|ايرادات|فائض|وفر|زياده|معدلات|نسبه)(?!\w)")
_PURPOSE_BEFORE = re.compile(r"(?<!\w)(?:اجل|الي|بهدف|سبيل|[يتن]سعي|سعيا|جهود|جهودها|جهوده|ضروري|ضروريا|ضروريه|بوسعهم|"
                             r"بامكان|يمكن|تستطيع|يستطيع)\s*$")


def _achieving(word: str, left: str, right: str) -> bool:
    """Is ``word`` (تحقيق with its proclitics, between ``left`` and ``right``, normalized) achieving
    something rather than an investigation: a goal follows it, or a purpose (لـ، من أجل، يسعى)
    governs it, with none of an investigation's words (في، مع، جنائي) right after it?"""
    if _PROBE_NEXT.match(right):
        return False
    return bool(_GOAL_NEXT.match(right)) or bool(re.match(r"[وف]?لتحق", word)) \
        or bool(_PURPOSE_BEFORE.search(left))


@lru_cache(maxsize=4096)
def _noun_of_type(type_: str, word: str) -> bool:
    """Is ``word`` (normalized, no proclitics) a noun trigger of ``type_``?"""
    return any(t == type_ and rx.fullmatch(word) for t, rx in _noun_patterns())


@lru_cache(maxsize=1)
def _noun_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(t.type, rx) for t, rx in compiled_triggers() if t.pos == "noun"]


def _quoted(v: View, a: int, b: int) -> bool:
    """Is normalized ``a``-``b`` inside a quote (a present tense there is the speaker's, not the
    narrator's: «إن الوزارة تطلب …» tells one request)?"""
    s, e = v.src(a, b)
    return any(q.start <= s and e <= q.end for q in v.article.quotes)


def _narrated_present(v: View, a: int, b: int, window: str) -> bool:
    """Is the present-tense stance verb at normalized ``a``-``b`` the narrator's account of a stance
    that goes on (وتتهم المجر سوروس بـ…، وتهدد تركيا بمهاجمة منبج), rather than a quoted present
    («إن الوزارة تطلب …»), a standing reply (الأمر الذي تنفيه الدوحة) or a subheading (حماس تدين)?"""
    if _quoted(v, a, b) or re.search(r"(?<!\w)الامر الذي\s*$", window):
        return False
    s, e = v.src(a, b)
    text = v.article.text
    line = text[text.rfind("\n", 0, s) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1]
    return len(line.split()) > 8 or line.rstrip()[-1:] in ".؟!"


def status_of(v: View, cand_word: str, trig: Trigger, a: int, b: int, sent_a: int, sent_b: int) -> str:
    """Status from cues before the trigger (normalized offsets ``a``-``b`` of the trigger), or
    ``"negated"`` for an act a negator right before the trigger says did not or will not happen
    (the caller codes no event for it)."""
    left = v.norm[sent_a:a]
    # the words right before the trigger, not across a colon or quote opening
    cut = max(left.rfind(":"), left.rfind("«"), left.rfind("\""), left.rfind("“"))
    window = left[cut + 1:] if cut >= 0 else left
    words = list(_WORD.finditer(window))
    near2 = window[words[-2].start():] if len(words) >= 2 else window
    near6 = window[words[-6].start():] if len(words) >= 6 else window
    # a negator right before the trigger (لم يلتق، عدم زيارة، إلغاء الزيارة); a denial verb a little before
    own = "" if trig.type == "REJECT" else v.norm[a:b]  # نفت: the rejection itself, not a denial of it
    if STATUS_CUES[0][1].search(near2 + own):
        # "لم يطلب"، "لا ترسل"، "دون أن يلتقي": the act is negated, and the reference gold codes no
        # event for it (benchmarks/gold/README.md, Conventions); the layer drops it
        return "negated"
    denial = _DENIAL.search(near6) if trig.type != "REJECT" else None
    if denial and not (trig.pos == "verb" and re.search(r"[،,]", near6[denial.end():])):
        # "نفت الحكومة تقارير عن مفاوضات": a reported event its party denies (status denied);
        # "نفت ضلوعها …، واتهمت": a verb joined after the denial's clause is asserted, not denied
        return "denied"
    with_trigger = near6 + v.norm[a:b]  # "قد" needs to see the imperfect after it
    for status, rx in STATUS_CUES[1:]:
        if (m := rx.search(with_trigger)) is None:
            continue
        if status == "likely" and m.group().endswith("قد") and _WAS.search(with_trigger[:m.start()]):
            continue  # "وكان بوتين قد توعد": a pluperfect (توعد is a past in ت), not "may"
        if status == "likely" and trig.type in ("CONSULT", "AGREE") and re.search(r"توقع", m.group()):
            return "planned"  # "من المتوقع عقد قمة": an expected meeting is a scheduled one
        return status
    near15 = window[words[-15].start():] if len(words) >= 15 else window
    bare = _bare(trig.pattern, cand_word)  # (فتح: ف is the stem's, not "and")
    joined = (bare != cand_word.strip() and bare[:1] in ("ي", "ت")) if trig.pos == "verb" \
        else re.search(r"(?<!\w)[وف][يت]\w+\s+$", near2)
    if joined and STATUS_CUES[-1][1].search(near15):
        return "ongoing"  # "لا تزال الرياض تدعم …، وتطالب بـ…": a verb joined to one that goes on
    if joined and _SCHEDULED.search(near15):
        return "planned"  # "من المنتظر أن يكرر الاتحاد التأكيد …، ويجدد دعمه": joined to what is to come
    if trig.needs == "backed" and re.match(r"[وف]?(?:ال)?مدعوم", cand_word):
        return "ongoing"  # "الجيش المدعوم من التحالف": a standing state, not one act
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
    if trig.pos == "noun" and rwords and _GOES_ON.search(right[: rwords[min(5, len(rwords) - 1)].end()]):
        return "ongoing"  # "جولة أمريكية يقوم بها بن سلمان تستمر لثلاثة أسابيع"، "المعارك الجارية"
    if (trig.pos == "noun" or bare[:1] in ("ي", "ت")) and rwords \
            and _NOW.search(right[: rwords[min(3, len(rwords) - 1)].end()]):
        return "ongoing"  # "الذي يزور لبنان حاليا": a present tense with "now"
    title_end = v.inv[len(v.article.title)] if v.article.title else 0
    present = (bare[:1] in ("ي", "ت") and not _t_past(trig.pattern, bare)) \
        or (re.match(r"[وف]?ن", cand_word) and first_person(trig, cand_word))
    if trig.pos == "verb" and a >= title_end and present \
            and (trig.type not in SPEECH_TYPES or trig.mode == "investigate" or _narrated_present(v, a, b, window)) \
            and not re.search(r"(?<!\w)[وف]?[لب]?(?:ان|لكي|كي|حتي)\s*$", window):
        return "ongoing"  # a present tense in the body (headlines tell the past in it)
    return "happened"


def mode_of(v: View, trig: Trigger, b: int, sent_b: int) -> str | None:
    """The PLOVER mode a cue in the few words after the trigger gives, else the trigger's own."""
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


_ADJ_SKIP = re.compile(r"(?:ال)?(?:عسكري|عسكريه|سياسي|سياسيه|مالي|ماليه|اقتصادي|اقتصاديه|المستمر|المستمره|متزايد|متزايده)")


# a meeting noun that frames the clause in time holds it as a fact: "خلال استقباله الوزير"، "لدى استقبال أنان له"
_FRAME_OF_TIME = re.compile(r"(?<!\w)(?:خلال|اثناء|لدي|عقب|اثر|ختام)\s+$")
# the preposition of the one a stance is taken towards, right after the genitive (دعم فرنسا لـ، تضامن تركيا مع)
_TO_OTHER = re.compile(r"\s*(?:(?:مع|علي|ضد|تجاه|الي)\s+\S{0,2}|ل|لل)")
_DEFINITE_WORD = re.compile(r"[وف]?(?:بال|لل|ال|كال)")


def own_actor(v: View, b: int, sent_b: int) -> bool:
    """Does a stance noun ending at normalized ``b`` name its own actor: a genitive right after a
    plural («تهديدات تركيا», not «مطالبة موسكو بأن»: a singular's genitive is often the one acted on) or an adjective of nationality («بالدعم الأمريكي للوحدات الكردية»), so that it
    tells the stance with no verb of expression (أعرب عن، أكد) governing it?"""
    nxt = [m for m in v.between(b, min(sent_b, b + 70)) if m.entity.type in ("PER", "ORG", "LOC", "GPE")]
    if nxt and not v.norm[b:nxt[0].start].strip() and v.norm[:b].endswith("ات"):
        return True  # (a plural names acts, whose genitive does them; "انتقاد الولايات المتحدة" is done to it)
    if len(nxt) >= 2 and not v.norm[b:nxt[0].start].strip() \
            and _TO_OTHER.fullmatch(v.norm[nxt[0].end:nxt[1].start]):
        return True  # "دعم فرنسا لسولانا"، "تضامن تركيا مع قطر": with the one acted on after ل/مع, the genitive acts
    words = v.norm[b:min(sent_b, b + 40)].split()[:3]
    while words and _ADJ_SKIP.fullmatch(words[0]):
        words = words[1:]
    if words and not words[0].startswith("ال") and not _DEFINITE_WORD.match(v.norm[max(0, b - 12):b].split()[-1]):
        return demonym_code(words[0]) is not None  # "اتهامات أمريكية": an indefinite noun, its indefinite adjective
    return bool(words) and words[0].startswith("ال") and demonym_code(words[0]) is not None


# «انتقادات شديدة من مصر»، «تهديدات من قبل إيران»: up to two adjectives, then the agentive «من» (من قبل،
# من جانب، من طرف) right before the actor's name; the adjectives agree with the noun in definiteness
# (:func:`_agrees_in_definiteness`), so «تأييدها عودة اللاجئين من لبنان» (a noun in construct, then its
# genitive) is no adjective run and لبنان is where the refugees come from
_FROM_AGENT = re.compile(r"\s*((?:(?:ال)?\w{2,}(?:ه|ا|ي|يه|ين|ات)\s+){0,2}?)من\s+(?:(?:قبل|جانب|طرف)\s+)?")
# a noun made definite by the article (with a proclitic) or by a possessive pronoun other than the
# ambiguous ه (the normalized ة)
_DEFINITE_NOUN = re.compile(r"^(?:[وفبلك]?ال|لل)|(?:ها|هم|هما|هن|نا|كم)$")
_SENTENCE_END = re.compile(r"[.!?؟\n](?!.*[.!?؟\n])", re.S)


def _agrees_in_definiteness(noun: str, adjectives: str) -> bool:
    """Do the words after a noun agree with it in definiteness, as adjectives must (all with the article
    after a definite noun, none after an indefinite one)?"""
    definite = bool(_DEFINITE_NOUN.search(noun))
    return all(w.startswith("ال") == definite for w in adjectives.split())


def from_agent(v: View, trig: Trigger, b: int, sent_b: int) -> Mention | None:
    """The actor a stance noun ending at normalized ``b`` names with an agentive «من» after it
    («موضع انتقادات شديدة من مصر»، «رفض من جانب الحكومة»: Egypt criticises, the government
    refuses), else None. Only the stance nouns whose condition is a verb of expression (``needs``
    ``express``): for them «من» + a name is the one who takes the stance, not its object."""
    if trig.pos != "noun" or trig.needs != "express":
        return None
    nxt = [m for m in v.between(b, min(sent_b, b + 60)) if m.entity.type in ("PER", "ORG", "LOC", "GPE")]
    if not nxt or not (agent := _FROM_AGENT.fullmatch(v.norm[b:nxt[0].start])):
        return None
    a = v.norm.rfind(" ", 0, b) + 1
    if not _agrees_in_definiteness(v.norm[a:b], agent.group(1)):
        return None
    end = _SENTENCE_END.search(v.norm, max(0, a - 200), a)
    clause = v.norm[end.end() if end else max(0, a - 200):a]
    if EXPRESS_VERBS.search(clause) or LIGHT_VERBS.search(clause):
        return None  # «أعربت مصر عن تأييدها …»: the verb of expression's subject takes the stance
    return nxt[0]


# a protest word owned by a pronoun (مسيراتهم، اعتصامه): its owner is an actor the rules did not resolve
_OWNED = re.compile(r"(?:ت|ات|اج|ام|اب)(?:ه|ها|هم|هما|نا)$")
# a march (مسيرة) is also a career (مسيرة كروية): a protest only as «مسيرات احتجاجية»
_MARCH = re.compile(r"[وفبل]?(?:ال|لل)?مسير")
_FORMAL = re.compile(r"\s*(?:ال)?رسمي")  # «احتجاجا رسميا»: a diplomatic note, not a crowd
# «دعا إلى تنظيم مظاهرة»، «حظر على الاحتجاجات»: a protest called for or banned is no protest told
_CALLED = re.compile(r"(?<!\w)[وف]?(?:دعا|دعت|دعوا|[يت]دعو|[يت]دعون|دعوه|دعوات|الدعوه|الدعوات|داعيا|داعين|"
                     r"ب?(?:ال)?(?:حظر|منع)|[يت](?:حظر|منع)|حظرت|منعت)(?!\w)")
# «تظاهرة سينمائية»: the singular تظاهرة is also a festival; «احتج المحامون بأن …»: argued
_FESTIVAL = re.compile(r"[وفبل]?(?:ال|لل)?تظاهره")
_ARGUED = re.compile(r"\s*(?:\S+\s+){0,3}?بان(?:ه|ها|هم)?(?!\w)")
# «تظاهر اللاعب بالإصابة»: تظاهر with ب and a definite thing is "pretended"; ب before a place is where a
# crowd protests, and a few ب-adverbs tell where, when or how many (بالقرب من، بالتزامن مع، بالآلاف)
_WITH_BI = re.compile(r"\s*(?:\S+\s+)?(بال(?!قرب|تزامن|توازي|الاف|مئات|عشرات)\w+)")


def _pretended(v: View, b: int, right: str) -> bool:
    """Is the protest verb ending at normalized ``b`` the verb of pretending (its object after ب is no
    place mention)?"""
    m = _WITH_BI.match(right)
    return bool(m) and not any(x.entity.type in ("LOC", "GPE") for x in v.between(b + m.start(1), b + m.end(1) + 40)
                               if x.start <= b + m.start(1) + 1)


def crowd_protest(v: View, trig: Trigger, word: str, a: int, b: int, sent: tuple[int, int]) -> bool:
    """Is this PROTEST mention (normalized ``a``-``b`` in ``sent``) a protest of an unnamed crowd
    (``تظاهر الآلاف``، ``خلال احتجاجات حاشدة``), an event with no actor as the golds code protesters?
    Not a protest owned by a pronoun, one that a verb before it has someone lead or stage (``وقاد
    مظاهرات``: its organiser is an actor the rules did not find), one called for or banned (``دعا إلى
    تنظيم مظاهرة``، ``حظر على الاحتجاجات``), a march or a تظاهرة that may be a career or a festival, a
    verb that argues (``احتج المحامون بأن``), or a formal protest lodged with a government."""
    if trig.type != "PROTEST":
        return False
    right = v.norm[b:min(sent[1], b + 30)]
    before = v.norm[max(sent[0], a - 50):a].split()[-4:]
    # the clause before the word, back to its comma: «ودعت المعارضة أنصارها إلى المشاركة في مظاهرات»
    clause = v.norm[max(sent[0], a - 90):a].rsplit("،", 1)[-1].split()
    if _OWNED.search(word) or _FORMAL.match(right) or (before and ACT_VERBS.fullmatch(before[-1])) \
            or any(_CALLED.fullmatch(w) for w in clause) or _FESTIVAL.fullmatch(word) \
            or (trig.pos == "verb" and (_ARGUED.match(right) or _pretended(v, b, right))):
        return False
    return not _MARCH.match(word) or bool(re.match(r"\s*(?:ال)?احتجاجي", right))


def needs_ok(v: View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int) -> bool:
    """Does the trigger's extra condition (``trig.needs``, listed in :mod:`rasd.arabic.event_lexicon`)
    hold around normalized ``a``-``b`` in the sentence ``sent_a``-``sent_b``?"""
    left = v.norm[max(sent_a, a - 60):a]
    clause = v.norm[max(sent_a, a - 200):a]  # a governing verb may stand before a long name and titles
    right = v.norm[b:min(sent_b, b + 80)]
    if trig.needs is None:
        return True
    if trig.needs == "light-verb":
        return bool(LIGHT_VERBS.search(clause) or EXPRESS_VERBS.search(clause)
                    or PHONE_WORDS.match(right.lstrip())
                    or (trig.type == "CONSULT" and _FRAME_OF_TIME.search(left[-12:])))
    if trig.needs == "express":
        return bool(EXPRESS_VERBS.search(clause) or LIGHT_VERBS.search(clause)) \
            or (trig.pos == "noun" and own_actor(v, b, sent_b)) or from_agent(v, trig, b, sent_b) is not None
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
    if trig.needs == "not-prayer":  # دعا الله أن … is a prayer; الله inside a name (حزب الله، نصر الله) is not God
        return not any(not v.in_mention(b + m.start(), b + m.end())
                       for m in re.finditer(r"(?<!\w)(?:الله|المولي)(?!\w)", right[:40]))
    if trig.needs == "maintain":
        return bool(MAINTAIN_WORDS.search(left[-30:]))
    if trig.needs == "with":
        return bool(re.search(r"(?<!\w)مع(?!\w)", right[:60])) or word.endswith("ا")
    if trig.needs == "meeting-off":  # إلغاء القمة/الزيارة/الصفقة (إلغاء القانون/الرسوم: no side rejected)
        return bool(re.match(r"\s*(?:\S+\s+)?[وبل]?(?:ال)?(?:قمه|لقاء|لقاءات|زياره|زيارته|زيارتها|اجتماع|اجتماعات|"
                             r"محادثات|مفاوضات|صفقه|اتفاق|الاتفاقيه|اتفاقيه)(?!\w)", right))
    if trig.needs == "called":  # اتصل بـ X، اتصل الجمعة بـ X (متصل/اتصل الأمر: no call)
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?ب(?!عد|ين|ان|سبب)\w{2,}", right))
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
                             r"التعاون|تعاون|العمل باتفاق|الاتفاق|اتفاق|رحلات|الرحلات|تصدير|استيراد|اصول|اموال|ارصده|"
                             r"عضويه|العضويه)(?!\w)", right))
    if trig.needs == "to-place":
        return bool(re.search(r"(?<!\w)(?:الي|الى)\s", right[:90]))
    if trig.needs == "not-dawn":  # فجر اليوم، منذ فجر الجمعة: dawn, not an explosion
        nxt = re.findall(r"\w+", right)[:1]  # (words, not tokens: «فجر الأحد.» is dawn too)
        prev = re.findall(r"\w+", left)[-1:]
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
    if trig.needs == "requested-by":  # بطلب من X (a request, طلبا/الطلب alone are documents)
        return bool(re.fullmatch(r"[وف]?بطلب", word.strip())) and bool(re.match(r"\s*من(?!\w)", right))
    if trig.needs == "from":  # (a clause opening «وطلب …» is the verb: a noun there would need a verb)
        return bool(re.match(r"\s*(?:\S+\s+){0,4}?من(?!\w)", right)) or (
            trig.pos == "verb" and bool(re.fullmatch(r"[وف]\S+", word)) and bool(re.search(r"(?:^|[،,]\s*)[وف]?$", left)))
    if trig.needs == "praise-object":
        return bool(re.search(r"(?<!\w)[وب]?(?:ال)?(?:جهود|دور|موقف|مواقف|مبادره|عاليا|حرص|تعاون)", right[:50]))
    if trig.needs == "probe":  # حقق في الهجوم (حقق نجاحا is an achievement)
        return bool(re.search(r"(?<!\w)(?:في|من|ب)\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:هجوم|هجمات|حادث|حادثه|مقتل|اتهامات|"
                              r"انتهاكات|استخدام|تقارير|مزاعم|جرائم|قضيه|ملابسات)", v.norm[b:min(sent_b, b + 140)]))
    if trig.needs == "relations":  # قطعت X علاقاتها مع Y
        return bool(re.search(r"(?<!\w)(?:ال)?علاقات\w*", right[:80]))
    if trig.needs == "envoy":
        return bool(re.search(r"(?<!\w)(?:ال)?(?:سفير|سفيره|سفراء|القائم|قائم|دبلوماسي|دبلوماسيين|دبلوماسيا)(?!\w)",
                              right[:50]))
    if trig.needs == "annex":  # ضم القرم، ضمت أراضي: an annexation (ضم الوفد وزراء is "include")
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وبل]?(?:ال)?(?:قرم|شبه جزيره|جولان|اراض|اراضي|مناطق|منطقه|اقليم|"
                             r"مستوطنات|الضفه|اجزاء)(?!\w)", right))
    if trig.needs == "sites":  # حجب المواقع، حجب الانترنت (حجب الثقة is a vote)
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:موقع|مواقع|انترنت|تطبيق|تطبيقات|حسابات|حساب|"
                             r"صفحات|صحف|قنوات|قناه|منصات|منصه|اعلانات|محتوي|بث)", right))
    if trig.needs == "boycott":  # بسبب مقاطعة دول عربية لها (في/بمقاطعة ويلتشير is a province)
        prev = left.split()[-1:]
        return not re.match(r"[وف]?(?:ب|في )", word) and not (prev and re.fullmatch(r"[وف]?(?:في|من|الي|داخل)", prev[0])) \
            and not re.match(r"\s*[\"«]", right)
    if trig.needs == "brandish":  # لوّح بفرض عقوبات / باستخدام القوة
        return bool(re.match(r"\s*ب", right))
    if trig.needs == "defend":  # دافع عن X (دافع is also "motive"; يدافع عن ألوان/شباك is sport)
        return bool(re.match(r"\s*(?:\S+\s+){0,3}?عن(?!\w)", right)) \
            and not re.search(r"(?<!\w)(?:الوان|شباك|مرمي|اللقب|لقب|قميص)(?!\w)", right[:40])
    if trig.needs == "relief":  # قافلة مساعدات، شحنة أدوية (not a convoy of officials)
        return bool(re.match(r"\s*(?:\S+\s+){0,1}?[وب]?(?:ال)?(?:مساعدات|اغاث|انساني|ادويه|اغذيه|مواد غذائيه|طبيه|"
                             r"غذائيه|اغاثيه|اسلحه|اسلحة)", right))
    if trig.needs == "imposed":  # فرض حظرا/قيودا، فرضت واشنطن رسوما (منظمة حظر الأسلحة is a name)
        prev = " ".join(left.split()[-4:])
        return bool(re.search(r"(?<!\w)[وف]?(?:فرض|فرضت|فرضوا|[يتن]فرض|[يتن]فرضون|بفرض|لفرض|فرضها)(?!\w)", prev))
    if trig.needs == "lawsuit":  # رفعت دعوى/قضيتها إلى …، أقام دعوى ضد …
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:دعوي|دعاوي|شكوي|شكاوي|قضيه|قضيت)", right))
    if trig.needs == "not-by":  # احتج بوجود …: argued from, no protest
        return not re.match(r"\s*ب", right)
    if trig.needs == "rule-out":  # استبعد أن/إمكانية …: ruled out (استبعد المدرب لاعبين: dropped)
        return bool(re.match(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ان|انه|انها|ال)?(?:امكانيه|احتمال|فكره|حدوث|وجود|"
                             r"التوصل|خيار|عوده|تدخل|ان|اي)(?!\w)", right))
    if trig.needs == "pay":  # دفع تعويضات، منح تعويضا
        return bool(re.search(r"(?<!\w)[وف]?(?:دفع|دفعت|[يتن]دفع|منح|منحت|[يتن]منح|صرف|صرفت|[يتن]صرف|قدم|قدمت|"
                              r"[يتن]قدم|عرض|عرضت|[يتن]عرض|بدفع|بصرف)(?!\w)", left[-40:]))
    if trig.needs == "from-decision":  # تراجع عن قراره (تراجعت الأسعار is a fall)
        return bool(re.match(r"\s*عن(?!\w)", right))
    if trig.needs == "act-verb":  # يشن تمردا، يقود تمردا (حركة تمرد is a name, تمرد على القرار defiance)
        return bool(WAGE_VERBS.search(left[-40:]))
    if trig.needs == "arms":  # تخلى عن أسلحته / برنامجه النووي (التخلي عن الاتفاق، عن منصبه: no disarming)
        return bool(re.match(r"\s*عن\s+(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:سلاح|اسلحه|اسلحت|ترسان|برنامج|برامج|النووي|"
                             r"الصاروخي|الكيماوي|الكيميائي)", right))
    if trig.needs == "crowd":  # فرّق المتظاهرين، تفريق الاحتجاجات (فرق is also "teams", "difference")
        return bool(_CROWD.match(right))
    return True


_TIME_WORD = re.compile(r"[وف]?(?:اليوم|امس|يوم|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|\d+|"
                        r"اول|ذلك|هذا|الغد|غد)")
_TIME_PREP = re.compile(r"[وف]?(?:منذ|حتي|عند|قبيل|قبل|بعد|مع|في|صلاه|صباح|فجر|وقت)")
# verbs that wage an armed campaign named by a noun (شن تمردا، قاد تمردا، أطلق تمردا)
WAGE_VERBS = re.compile(r"(?<!\w)[وف]?(?:شن|شنت|شنوا|[يتن]شن|قاد|قادت|قادوا|[يتن]قود|اطلق|اطلقت|[يتن]طلق)(?!\w)")
_CROWD = re.compile(r"\s*(?:\S+\s+){0,2}?[وب]?(?:ال)?(?:متظاهرين|محتجين|مظاهره|مظاهرات|احتجاجات|احتجاج|تظاهره|"
                    r"تظاهرات|حشود|المعتصمين|معتصمين|اعتصام)(?!\w)")
_ACCESS = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:دخول|ادخال|عبور|مرور|اجلاء|وصول|مجال|مجالها|المجال|حدود|الحدود|"
                     r"معبر|معابر|المعابر|اجواء|الاجواء|مطار|ممرات|الممرات|ممر)(?!\w)")


def clause_date(v: View, a: int, b: int, clause_a: int, sent_b: int) -> tuple[str, str] | None:
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


_FRONT = re.compile(r"\s*(?:[وف]?(?:في|منذ|خلال|مطلع|اواخر|اوائل|بدايه|نهايه|مع)\s+|[وف](?=\S))?")


def fronted_date(v: View, sent_a: int, end: int) -> tuple[str, str] | None:
    """(value, text) of a calendar date that opens the sentence as a fronted adverbial before the
    trigger's clause (``في عام 2015، وقعت …``، ``وفي أبريل/نيسان 2017، قُتل …``): the date must
    start the sentence (after في/منذ/خلال…) and be set off by a comma; else None."""
    for k in v.dates_within(sent_a, end):
        t = v.article.dates[k]
        if not t.value or t.type not in ("DATE", "TIME") or not re.match(r"\d", t.value):
            continue
        ta, tb = v.inv[t.start], v.inv[t.end]
        lead = v.norm[sent_a:ta]
        m = _FRONT.match(lead)
        # the words before the date: only a preposition of time (and a noun like عام/شهر/يوم)
        if m is None or word_count(lead[m.end():]) > 1 or not re.match(r"[^\w]*[،,]", v.norm[tb:tb + 4]):
            continue
        return t.value, t.text
    return None


def inherited_date(v: View, a: int, para_a: int) -> tuple[str, str] | None:
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

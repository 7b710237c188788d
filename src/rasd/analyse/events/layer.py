"""The events layer: PLOVER events stated by the article, built on the earlier layers.

``annotate(article)`` fills ``article.events`` from ``article.text`` and the
layers before it: ``entities`` (actors and locations are entity ids),
``dates`` (an event's date is a TIMEX value), ``quotes`` (``quote`` is the
index of the quote an event was reported in) and ``published``.

How (rule-based, one sentence at a time, over the normalized view):

1. Triggers come from :mod:`rasd.arabic.event_lexicon`; a trigger inside an
   entity mention (``مجلس التعاون``, ``مركز الملك سلمان للإغاثة``) is not one.
2. Actors (:mod:`rasd.analyse.events.arguments`): ``بين X و Y`` after a trigger gives
   the two sides; otherwise a verb
   takes an adjacent subject before it (headline order, ``أن X يلتقي``) or the
   first actor after it (verb-first order), and the next actor as its object;
   a verbal noun (``اتصال``، ``زيارة``) takes the actors of the light verb that
   governs it (``أجرى الرئيس X اتصالا بـ Y``) or its genitive; a meeting noun the sides
   named after it (``اجتماع ثلاثي لمصر والسودان``، ``لقائه مع X``), a noun in a relative
   clause the antecedent (``X الذي يشن تمردا``) (:func:`~rasd.analyse.events.sides.noun_sides`), a
   stance noun with no verb of expression the genitive of its plural or its adjective of
   nationality (``تهديدات تركيا``، ``الدعم الأمريكي``). An organisation
   or place directly before a person's name (not a description: ``الحكومة المجرية الملياردير``)
   is part of that person's role (``سكرتير مجلس الأمن الروسي سيرغي شويغو``) and no actor; a place after
   ``في``/``بـ`` is the location. Symmetric events (meetings, talks,
   agreements) need two actors, directed ones a source; a protest of an unnamed crowd
   (``تظاهر الآلاف``) has none, as the golds code protesters (:func:`~rasd.analyse.events.cues.crowd_protest`).
   Where the syntax gives less: coordinated verbs share their subject
   (``اتهم X السعودية …، وطالبها``); a pronoun object is the last actor named
   before (``وطالبها``، ``متهمة إياها``); a resumptive pronoun makes the
   antecedent the object (``الأكراد الذين تدعمهم واشنطن``); a lone person
   undergoes an arrest, abduction, assassination or release; an attack whose subject is the
   attack or an unnamed attacker (``التفجير استهدف X``) only hits X; an indefinite
   description (``مسؤول إماراتي``) is the person of that country named next;
   a directed event with a source only takes the sentence's next other actor
   as target, a meeting with one side the nearest other actor; an event with
   no actor from its syntax takes them from its sentence (the speaker of a
   speech event, the nearest unprepositioned actor of its clause, ``على``/``ضد``
   for the target: ``via=fallback``). A country named only by its army,
   government, capital or an adjective of nationality is an implied country: no
   entity of the article (it has no mention), the event names it by its Arabic
   name and ``event.implied`` holds its ISO record.
   A quote whose cue is a demand, a rejection or a warning (``طالب``، ``مطالبة``، ``حذر``) where the
   rules kept no mention is that speech act of its speaker (:mod:`~rasd.analyse.events.speech_acts`).
3. Status from the words before the trigger: a negator right before it (``لم``، ``لن``، ``دون``)
   → no event (the reference gold codes none); a denial verb (``نفت … تقارير عن مفاوضات``,
   not across a comma to a joined verb) → denied; ``قد`` + imperfect (not ``كان X قد``), ``من المحتمل``, a frame of
   belief (``يعتقد أن``، ``يبدو أن``) → likely; ``من المقرر``، ``يعتزم``، future ``سـ``,
   a decision or an aim (``قراره سحب``، ``يسعى لإطلاق``) → planned; ``ما زال``،
   ``يواصل`` → ongoing; else happened. A date after publication makes a happened
   event planned; an attack told in the words of another side is likely.
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
   A killing told with the attack it happened in (``مقتل X في غارة شنها Y``) is one event.
   ``هذا الهجوم``، ``خلال اللقاء`` and a definite noun with fallback actors
   (``الضربات``) join the latest earlier event of their type; one side's act told
   again within a few paragraphs, its target guessed or missing once, is one event;
   a verb with "also" (``واتهمت قطر أيضا الإمارات``، ``كما اتهمت``) is another act, never merged.
   The first mention with a value fills mode, date and location.
6. An optional learned check (:mod:`rasd.analyse.events.sense`; none ships, a user's own with
   ``RASD_EVENT_SENSE``) drops the rule events an analyst would not code
   (``rasd/data/events/MODEL_CARD.md``).

``actors`` always lists every participant (source first), so tables need only
that field. Directed events set ``source``/``target``; a symmetric one (meeting,
talks, agreement) sets them too when its syntax names the side who comes, calls
or writes (the subject, a host's guest, the sender after «من»; the first named
of joined sides), as the golds code PLOVER's CONSULT; undirected otherwise
(:func:`~rasd.analyse.events.sides.meeting_lead`; grouping ignores it).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rasd.analyse.events import sense
from rasd.analyse.events import status as status_model
from rasd.analyse.events.arguments import find_actors
from rasd.analyse.events.charges import quoted_charges, quoted_demands
from rasd.analyse.events.cues import crowd_protest, from_agent, homograph, mode_of, needs_ok, status_of
from rasd.analyse.events.fallback import fallback_actors, other_side, partner, pronoun_object
from rasd.analyse.events.merge import Cand, attack_victims, merge, reject_targets, speech_targets
from rasd.analyse.events.nations import actor_key, city_country, demonym_code, home_countries
from rasd.analyse.events.passive import CONVICT, agent_of, convicted, patient_of, possessor, struck_only
from rasd.analyse.events.sides import (
    ACTION_TYPES,
    ONE_SIDED,
    OPPOSE,
    STANCE_TYPES,
    additive,
    adjective_partner,
    adjective_target,
    adjunct_visitor,
    backing,
    claimed_by_other,
    coordinated_subject,
    meeting_lead,
    national_actor,
    noun_sides,
    object_adjective_target,
    undergoes,
    visited_country,
)
from rasd.analyse.events.speech_acts import quoted_cues
from rasd.analyse.events.status import dated_status
from rasd.analyse.events.view import TALK_TYPES, Mention, View
from rasd.arabic.event_lexicon import (
    Trigger,
    combined_triggers,
)
from rasd.arabic.normalize import normalize_for_match
from rasd.arabic.sentences import split_sentences
from rasd.record import Article, Entity, Event

_PHRASE_RX, _WORD_TRIGGER_RX, _TRIGGER_LIST = combined_triggers()
_WORD = re.compile(r"\w+")
_ANAPHORIC = re.compile(r"(?<!\w)(?:خلال|اثناء|عقب|بعد|قبيل|قبل|حضر|وحضر|وجري|جري)\s+(?:ال)\S*$")
_DEMONSTRATIVE = re.compile(r"(?<!\w)(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+(?:ال)?$")
_LINK_CUE = re.compile(r"\s*(?:للمزيد|اقرأ أيضا|اقرأ أيضاً|اقرأ|إقرأ|قد يهمك|شاهد|اقرأ المزيد)\s*[:/／]")
_ANY = re.compile(r"(?<!\w)[وف]?[لب]?(?:اي|ايه)\s+\S{0,3}$")  # (أي، أية)
_DEFINITE = re.compile(r"[وف]?(?:بال|لل|ال|كال)")

_CONSEQUENCE = re.compile(r"(?<!\w)(?:اذا|في حال|ان لم|لم|عواقب|العواقب|عاقبه|ثمن|الثمن|رد|الرد|[يت]رد|سيرد|"
                          r"انتقام|سي\w+|ستدفع|سيدفع|خطر|مواجهه|حرب|الحرب)(?!\w)")
_CLAIMS = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:هذه\s+)?[وب]?(?:ال)?(?:مزاعم|اتهامات|ادعاءات|تقارير|انباء|"
                     r"الاتهام|اتهام|روايه|رواية|تصريحات)(?!\w)")


# a condition or an "until" clause opening right before the trigger (one word may come between)
_CONDITION = re.compile(r"(?<!\w)[وف]?(?:حتي|اذا|لو|لولا|في حال|في حاله|حال|لئن)\s+(?:(?:لم|لا|ما|ما لم)\s+)?"
                        r"(?:\S+\s+)?$")
_HOSTS = re.compile(r"[وف]?(?:استقبل|استقبلت|[يت]ستقبل)")
_RESUMPTIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)\s+$")
# "تيارات إسلامية، تعارضها الإمارات": a clause describing the indefinite noun before it (no relative
# pronoun after an indefinite noun), whose object pronoun is that noun
_INDEF_CLAUSE = re.compile(r"(?<!\w)(?!ال)\w{3,}[،,]\s*[يت]\S+$")
_TERROR = re.compile(r"\s*(?:\S+\s+)?[لو]?(?:ال|لل)(?:ارهاب|ارهابيين|تطرف|متطرفين|جماعات الارهابيه|"
                    r"تنظيمات الارهابيه)(?!\w)")
_NO_COMMENT = re.compile(r"[^،,.:؛]{0,60}?(?<!\w)(?:التعليق|الادلاء|الافصاح|الكشف عن|الرد علي اسئله)(?!\w)")
_CONCEDE = Trigger("CONCEDE", None, "verb", "وافق")
# what one yields when it agrees to it alone: evacuations, withdrawals, releases, entry, a halt
_YIELDED = re.compile(r"\s*(?:\S+\s+){0,4}?علي\s+(?:\S+\s+)?[وب]?(?:ال)?(?:اجلاء|انسحاب|سحب|وقف|خروج|الافراج|افراج|اطلاق|دخول|"
                      r"ادخال|تسليم|رفع|تعليق|تخفيف|فتح|عوده|اعاده|تسويه|التسويه|شروط|مطالب|طلب)")
_CRITICISE = Trigger("ACCUSE", "disapprove", "verb", "هاجم")
_BLAMES = Trigger("ACCUSE", "allege", "verb", "القي")
_BLAME = re.compile(r"\s*(?:\S+\s+){0,5}?(?:باللوم|باللائمه)(?!\w)")
_FACILITY = re.compile(r"(?:ال)?(?:سجن|مطار|مستشفي|مخيم|معسكر|ميناء|معبر|مسجد|قاعده|مصنع|مدرسه|جامعه|"
                       r"متحف|منشاه|محطه)(?!\w)")
_SPORT = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)?(مباراه|مباريات|دوري|مدرب|لاعب|لاعبي|لاعبين|اهداف|هداف|فريق|فريقين|"
                    r"نادي|بطوله|ذهاب|اياب|ديربي|ملعب|منتخب|مونديال|كاس)(?!\w)")
_CRITICISE_N = Trigger("ACCUSE", "disapprove", "noun", "هجوم")
_VERBAL_ATTACK = re.compile(r"\s*(?:لاذع|لاذعا|لاذعه|حاد|حادا|حاده|كلامي|كلاميا|اعلامي|اعلاميا|اعلاميه)(?!\w)")
_DISMISS = Trigger("REJECT", None, "verb", "وصف")  # وصف المزاعم بأنها لا أساس لها: a rejection


def _cue_trigger(word: str) -> Trigger | None:
    """The lexicon's trigger for one normalized word (a quote's cue), or None."""
    hit = _word_trigger(word)
    return _TRIGGER_LIST[hit[0]] if hit is not None else None


@lru_cache(maxsize=65536)
def _word_trigger(word: str) -> tuple[int, int] | None:
    """(trigger index, start of the word without proclitics) when ``word`` is a trigger."""
    m = _WORD_TRIGGER_RX.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    i = int(m.lastgroup[1:])
    return i, m.start(f"w{i}")


def _candidates(article: Article) -> tuple[list[Cand], dict[str, Entity]]:
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
        if chosen and chosen[-1][2].type == h[2].type and re.fullmatch(r"[ \u00a0]+", v.norm[chosen[-1][1]:h[0]]):
            continue  # "استهدف انفجار موكبا": a verb and its noun of the same act are one mention
        chosen.append(h)
    s_title_end = v.inv[len(article.title)] if article.title else 0
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
        if homograph(v, trig, word, a, b):
            continue  # "هنا" (here) is no هنّأ, "طالبة" (a student) no طالبه
        if not needs_ok(v, trig, word, a, b, sa, sb):
            if trig.needs == "bombs" and _BLAME.match(v.norm[b:sb]):
                trig = _BLAMES  # "ألقت واشنطن باللوم على طهران": blame, the target after على
            elif trig.needs != "violence" or trig.pos != "verb" or "هاجم" not in word:
                continue
            else:
                trig = _CRITICISE  # "هاجم الأكاديمي … القرار": an attack in words
        if trig.type == "ASSAULT" and trig.pos == "noun" and _VERBAL_ATTACK.match(v.norm[b:sb]):
            trig = _CRITICISE_N  # "شن هجوما لاذعا على الاتحاد الأوروبي": an attack in words
        if trig.needs == "describe" and re.search(r"(?<!\w)[وف]?(?:ما|بما|لما)\s+$", v.norm[max(sa, a - 6):a]):
            continue  # "انتقد … ما وصفه بسياسة تركيا": "what he called", the main verb is the event
        if trig.needs == "describe" and _CLAIMS.search(v.norm[b:sb]):
            trig = _DISMISS
        if convicted(v, trig, word, b, sb):
            trig = CONVICT  # "بعد إدانتهما بجريمة قتل"، "أدانته المحكمة بتهمة": convicted, not condemned
        if trig.pos == "noun" and ((trig.type in TALK_TYPES and _ANAPHORIC.search(v.norm[max(sa, a - 30):b]))
                                   or _DEMONSTRATIVE.search(v.norm[max(sa, a - 12):a])):
            s, e = v.src(a, b)
            out.append(Cand(trig, s, e, v.src(sa, sb), "happened", None, None, None, [], None, None, None,
                             anaphoric=True))
            continue
        if trig.type == "SUPPORT" and _TERROR.match(v.norm[b:sb]):
            continue  # "إيران تدعم الإرهاب"، "بدعمها الإرهاب": a charge, not one side backing another
        if trig.type == "REJECT" and _NO_COMMENT.match(v.norm[b:sb]):
            continue  # "رفضت المتحدثة … التعليق": declining to comment rejects no one
        if trig.pos == "noun" and trig.type in ("CONSULT", "ASSAULT") \
                and len(set(_SPORT.findall(v.norm[sa:sb]))) >= 2:
            continue  # "لقاء الذهاب"، "لقاءات الديربي": a match between teams, no meeting or attack
        if _CONDITION.search(v.norm[max(sa, a - 30):a]):
            continue  # "حتى يُسمح لها"، "إذا لم تنسحب القوات": a condition, not an act that took place
        if trig.pos == "noun" and _ANY.search(v.norm[max(sa, a - 8):a]):
            continue  # "أي هجوم"، "لأي اعتداء": any attack, not one that took place
        if trig.type in ACTION_TYPES and OPPOSE.search(" ".join(v.norm[max(sa, a - 60):a].split()[-5:])):
            continue  # "رفضت روسيا فرض عقوبات": opposing sanctions is no sanctioning (the رفض is the event)
        if trig.needs == "backed":
            subj, objs = backing(v, word, a, b, sa, sb)
            if not subj or not objs:
                continue
            loc = None
        else:
            subj, objs, loc = find_actors(v, trig, word, a, b, sa, sb)
            if (agent_ := from_agent(v, trig, b, sb)) is not None:  # «انتقادات شديدة من مصر»: Egypt criticises
                subj, objs = [agent_], [m for m in [*subj, *objs] if m.entity is not agent_.entity]
        via = "rule"
        if undergoes(trig) and len(subj) == 1 and subj[0].entity.type == "PER" \
                and (subj[0].start >= b or trig.pos == "verb") \
                and not [m for m in objs if m.entity.type not in ("LOC", "GPE")]:
            # "اعتقل عساف في سوريا"، "بأن عساف اعتقل"، "اغتيال الصحفي X"، "الإفراج عن X": a lone person
            # undergoes it (a passive verb, or the noun's genitive); the authorities of the place act
            objs = subj
            home = v.country(city_country(loc.entity.name)) if loc is not None and trig.type == "COERCE" else None
            subj = [Mention(loc.start, loc.end, home)] if home is not None else []
        if trig.pos == "noun" and not subj and (owner := possessor(v, trig, word, a, b, (sa, sb))) is not None \
                and owner.entity not in [m.entity for m in objs]:
            # "بعد اجتماعه مع مدير المخابرات"، "خلال زيارتها": the noun's possessive pronoun is the
            # clause's subject (for an arrest or release, the one who undergoes it)
            if undergoes(trig):
                objs = [owner, *objs] if not objs else objs
            else:
                subj = [owner]
        if not subj and not objs and undergoes(trig) and (patient := patient_of(v, a, (sa, sb), sents, i)) is not None:
            # "وهو محتجز حاليا في لبنان"، "وقد سُجن بعد عام"، "أُدين بتهمة …": the person the sentence (or
            # the one before, for a clause that opens with the act) is about undergoes it
            objs = [patient]
            home = v.country(city_country(loc.entity.name)) if loc is not None else None
            subj = [Mention(loc.start, loc.end, home)] if home is not None else []
        subj, objs = noun_sides(v, trig, word, a, b, (sa, sb), subj, objs)
        agent = agent_of(v, b, sb) if not trig.symmetric else None
        if agent is not None:
            # "اعتُقل X على يد قوات الأمن"، "الحصار المفروض من قبل الجيش": the agent acts, the one named
            # before it undergoes the act (the patient of a passive, the genitive of a noun)
            patients = [m for m in [*subj, *objs] if m.entity is not agent.entity and m.start < agent.start]
            subj, objs = [agent], patients[:1]
        elif struck_only(v, trig, a, b, (sa, sb)):
            subj, objs = [], [m for m in [*subj, *objs] if m.start >= b][:1]  # «التفجير استهدف X»: X is hit
        if len(subj) == 1 and subj[0].start == subj[0].end == a and not objs and trig.pos == "verb" \
                and not trig.symmetric and re.search(r"(?:ه|ها|هم|هما)$", word) \
                and (shared := coordinated_subject(v, out, word, (sa, sb), a)) is not None:
            # "اتهم X السعودية …، وطالبها بـ…": a joined verb with its object pronoun shares the first
            # verb's subject rather than a speaker the quotes layer gives the sentence
            subj = [shared]
        if not subj and not objs and not trig.symmetric and trig.needs not in ("victim", "envoy"):
            shared = coordinated_subject(v, out, word, (sa, sb), a)
            if shared is not None:  # "اتهم X السعودية …، وطالبها …": the verbs share X
                subj = [shared]
            elif trig.needs == "describe" and re.match(r"\s*بان", v.norm[b:sb]) \
                    and not re.search(r"(?:ه|ها|هم|هما)$", word):
                continue  # "الاعتقالات التي … ووُصفت بأنها حملة": a thing described, in the passive
            else:
                subj, objs = fallback_actors(v, trig, a, b, (sa, sb))
                via = "fallback"
        if len(subj) == 1 and not objs and not trig.symmetric and trig.pos == "verb":
            # "انتقد مسؤول إماراتي … سياسة تركيا، وحث أنقرة على …": the one acted on before is again
            # the object of the joined verb, whose subject is the first verb's
            shared = coordinated_subject(v, out, word, (sa, sb), a, of=subj[0])
            if shared is not None:
                subj, objs = [shared], subj
        # "القس الأمريكي الذي تحتجزه السلطات التركية": the object is the relative's unnamed antecedent
        pronoun = trig.pos == "verb" and bool(re.search(r"(?:ه|ها|هم|هما)$", word))
        described = pronoun and bool(_INDEF_CLAUSE.search(v.norm[max(sa, a - 30):b]))
        unnamed_object = described or (pronoun and bool(_RESUMPTIVE.search(v.norm[max(sa, a - 14):a])))
        if described and not objs:
            continue  # a clause describing a thing (تيارات إسلامية، تعارضها الإمارات) reports no act
        if subj and not objs and not trig.symmetric and trig.type != "REJECT" and trig.pos != "noun" \
                and not unnamed_object:
            objs = pronoun_object(v, trig, word, a, b, (sa, sb), subj)
        if trig.pos == "noun" and (trig.type in ACTION_TYPES or (trig.needs == "express" and not subj)):
            subj, objs = national_actor(v, b, sb, subj, objs)
        elif trig.pos == "noun" and trig.mode == "visit" and subj and not objs:
            subj, objs = visited_country(v, b, sb, subj)  # "جولة أمريكية يقوم بها بن سلمان"
        elif trig.pos == "noun" and trig.mode == "visit" and not subj:
            subj, objs = adjunct_visitor(v, a, b, sa, sb, objs)  # "غادر X باريس بعد زيارة لفرنسا": X visited
        if trig.needs == "envoy":  # استدعت السفير البريطاني: the protest is at Britain
            env = re.search(r"(?<!\w)(?:ال)?(?:سفير|سفيره|القائم بالاعمال)\s+(ال\w+)", v.norm[b:min(sb, b + 60)])
            home = v.country(demonym_code(env.group(1))) if env else None
            if home is not None:
                objs = [Mention(b + env.start(1), b + env.end(1), home)]
                subj = [m for m in subj if m.entity is not home]
                if not subj:  # "واستُدعي السفير الروسي في لندن": the host of the post summons him
                    post = [m for m in v.between(b + env.end(), min(sb, b + env.end() + 25))
                            if m.entity.type in ("LOC", "GPE")
                            and re.fullmatch(r"\s*(?:لدي|في)\s+", v.norm[b + env.end():m.start])]
                    host = v.country(city_country(post[0].entity.name)) if post else None
                    if host is not None and host is not home:
                        subj = [Mention(post[0].start, post[0].end, host)]
        # "تلقى X اتصالين من A و B": two calls, one per caller
        if (trig.type == "CONSULT" and len(subj) == 1 and len(objs) >= 2
                and re.search(r"(?:ين|ان|ات)$", word)):
            groups = [(subj, [o]) for o in objs]
        else:
            groups = [(subj, objs)]
        status = status_of(v, word, trig, a, b, sa, sb)
        if status == "negated":
            continue  # "لم يطلب"، "لا ترسل": a negated act is no event (the reference gold's convention)
        status, dated, inherited = dated_status(v, article, trig, word, (a, b), (sa, sb), status,
                                                title_end=s_title_end, para_starts=para_starts)
        date, date_text = dated if dated else (None, None)
        s, e = v.src(a, b)
        quote = next((qi for qi, q in enumerate(article.quotes) if q.start <= s and e <= q.end), None)
        mode = mode_of(v, trig, b, sb)
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
                partners: list[Mention] = []
                if len({v.key.get(x, x) for x in ids}) < 2:
                    # one side named by the syntax: the other is the nearest other actor of the sentence
                    other = partner(v, a, b, (sa, sb), [*subj_, *objs_]) if ids else None
                    if other is None and ids:  # "بعد لقاء نظيره الفرنسي": the adjective names the one met
                        other = adjective_partner(v, b, sb, [*subj_, *objs_])
                    if other is not None:
                        ids = [*ids, v.actor(other.entity).id]
                        partners = [Mention(other.start, other.end, v.actor(other.entity))]
                    elif not (len(subj_) == 1 and subj_[0].entity.type == "ORG" and trig.type == "CONSULT"
                              and trig.pos == "noun"):
                        continue  # (a body holds a meeting of its members: مجلس الأمن يعقد اجتماعا)
                    via = "fallback"
                source = target = None
                lead = meeting_lead(v, word, a, b, (sa, sb), subj_, [*objs_, *partners]) if via == "rule" else None
            else:
                lead = None
                if trig.mode == "visit":  # a prison, a camp or an airport visited is a place, no party
                    objs_ = [m for m in objs_ if not _FACILITY.match(normalize_for_match(m.entity.name))]
                if (not ids and not crowd_protest(v, trig, word, a, b, (sa, sb))) or (
                        trig.mode == "visit" and not (subj_ and objs_)):
                    continue  # (a crowd's protest has no actor: the golds code protesters null)
                if trig.needs == "to-place" and not any(o.entity.type in ("LOC", "GPE") for o in objs_):
                    continue  # "وصل X إلى …" is a visit only when it arrives at a place
                if trig.needs == "consequence" and not objs_ \
                        and not _CONSEQUENCE.search(v.norm[b:min(sb, b + 160)]):
                    continue  # "حذر من المخاطر": a warning of a danger, no threat
                if trig.needs == "victim":  # قُتل الصحفي X: X is attacked; who did it is not said here
                    by = subj_[:1] if agent is not None else []  # … unless «على يد Y» names him
                    victims = [m for m in (objs_ if by else subj_ + objs_) if m.entity.type == "PER"]
                    if not victims:
                        continue
                    subj_, objs_ = by, victims[:1]
                    ids = [m.entity.id for m in by + victims[:1]]
                if trig.pos == "participle" and not objs_:
                    continue  # "داعيا إلى ضرورة …": a call for something, no one called on
                if trig.needs == "describe" and trig.type == "ACCUSE" and not objs_:
                    continue  # "وصف العلاقة بالمهمة": a description, no disapproval of an actor  # "وافق مجلس الوزراء على تعيينات": an approval, not an agreement between actors
                source = subj_[0].entity.id if subj_ else None
                target = next((m.entity.id for m in objs_ if m.entity.id != source), None)
                # the object follows the trigger, or its subject where that comes after it (verb first)
                ob = max([b] + [m.end for m in subj_[:1] if b <= m.start < sb])
                if source and not target and trig.type in STANCE_TYPES:
                    target = adjective_target(v, ob, sb, source)  # "رحبت طهران بالتضامن التركي"
                if source and not target:
                    target = object_adjective_target(v, ob, sb, source, trig.type)  # "أسقطت … طائرة روسية"
                if source and not target and trig.needs != "victim" and trig.type not in ONE_SIDED \
                        and not unnamed_object:
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
            if location is None and _HOSTS.match(word) and subj_ and subj_[0].entity.type == "PER":
                # "استقبل الرئيس السوداني عمر البشير …": a head receives guests at home
                homes_ = sorted(home_countries(subj_[0].entity))
                host = v.country(homes_[0]) if len(homes_) == 1 else None
                location = host.id if host is not None else None
            st = status
            if st == "happened" and trig.type == "ASSAULT" and source and quote is not None \
                    and claimed_by_other(v, article.quotes[quote].speaker, source):
                st = "likely"  # "قال نشطاء إن الحكومة ألقت قنبلة": who attacked is another's claim
            st, feats = status_model.of_mention(v.norm, a, b, (sa, sb), trig.type, trig.pos, st,
                                                quoted=quote is not None, title=a < s_title_end,
                                                date=None if inherited else date, published=article.published)
            out.append(Cand(trig, s, e, v.src(sa, sb), st, mode, source, target, ids,
                             date, location, quote, inherited=inherited, date_text=date_text, via=via,
                             retell=via == "fallback" and trig.pos == "noun" and bool(_DEFINITE.match(word)),
                             weak_target=weak, own_object=described, status_feats=feats, lead=lead,
                             additive=trig.pos == "verb" and additive(v, a, b, sa, sb)))
    # reported speech that charges an actor with no verb of accusing (إن روسيا انتهكت القرار)
    out += quoted_charges(v, article, out, sents, title_end=s_title_end, para_starts=para_starts)
    out += quoted_demands(v, article, out, sents, title_end=s_title_end, para_starts=para_starts)
    # a quote whose cue is a demand, a rejection or a warning: the speaker's speech act (طالب، نفى، حذر)
    out += quoted_cues(v, article, out, sents, _cue_trigger, title_end=s_title_end, para_starts=para_starts)
    return out, {e.id: e for e in v.implied.values()}


def rule_events(article: Article) -> tuple[list[Event], list[str], list[Entity]]:
    """The rules' events of ``article`` before the learned check; for each, how its actors were
    found (``rule`` or ``fallback``: an input of :func:`rasd.analyse.events.sense.features`); and the
    implied country entities (a country named only by its army, government or capital) they use."""
    if not article.text:
        return [], [], []
    cands, implied = _candidates(article)
    cands.sort(key=lambda c: c.start)
    cands = attack_victims(cands, article.text)
    reject_targets(cands)
    speech_targets(cands, {e.id: actor_key(e) for e in [*article.entities, *implied.values()]})
    events, vias = merge(cands, article, implied)
    return events, vias, _used(events, implied)


def _used(events: list[Event], implied: dict[str, Entity]) -> list[Entity]:
    ids = {x for ev in events for x in (*ev.actors, ev.source, ev.target, ev.location) if x}
    return [e for k, e in implied.items() if k in ids]


def _name_implied(events: list[Event], implied: list[Entity]) -> None:
    """Name the implied countries of ``events`` in place: an actor (or location) that is an implied
    country entity, which the article never names, is given by the country's Arabic name, and
    ``event.implied`` maps that name to its ISO record (the entity list keeps text mentions only)."""
    by_id = {e.id: e for e in implied}
    if not by_id:
        return
    for ev in events:
        used = [x for x in dict.fromkeys((*ev.actors, ev.source, ev.target, ev.location)) if x in by_id]
        if not used:
            continue

        def ref(x: str | None) -> str | None:
            return by_id[x].name if x in by_id else x

        ev.actors = [a for a in dict.fromkeys(ref(x) for x in ev.actors) if a]
        ev.source, ev.target, ev.location = ref(ev.source), ref(ev.target), ref(ev.location)
        ev.implied = {by_id[x].name: dict(by_id[x].country or {}) for x in used}


def extract(article: Article, *, learned: bool = True) -> list[Event]:
    """The events of ``article`` (does not modify it). ``learned=False`` skips the learned check
    of :mod:`rasd.analyse.events.sense` (for training it). A country the article names only by
    its army, government, capital or an adjective of nationality is no entity of the article: the
    events name it by its Arabic name, with its ISO record in ``event.implied``."""
    events, vias, implied = rule_events(article)
    if learned:
        events = [ev for ev, via in zip(events, vias, strict=True) if sense.keep(ev, article, via)]
        for n, ev in enumerate(events, 1):
            ev.id = f"V{n}"
    _name_implied(events, implied)
    return events


def annotate(article: Article) -> None:
    """Fill ``article.events`` (see the module docstring); ``article.entities`` is left as the
    entities layer made it (text mentions only)."""
    article.events = extract(article)

"""Arguments of one event trigger: who did it, to whom, and where (the events layer's helper).

Contract: :func:`find_actors` takes a :class:`~rasd.analyse.events.view.View`, the matched
:class:`~rasd.arabic.event_lexicon.Trigger`, the trigger's word, its normalized span ``a``-``b`` and
its sentence ``sent_a``-``sent_b``, and returns ``(subjects, objects, location)`` as mentions
(empty lists and None where the text does not name them). Pure: no I/O; deterministic.

It chooses the source and target from the trigger's syntax: the left window up to a clause break,
the right window up to the next break, ``بين X و Y``, the subject before a verb or after it, the
governing light verb of an event noun, relative clauses and reported speech; the rules are
described in :mod:`rasd.analyse.events.layer`. The mention helpers it builds on (role parts,
conjoined mentions, speakers, locations, countries) are in :mod:`rasd.analyse.events.actors`.
"""

from __future__ import annotations

import re

from rasd.analyse.events.actors import (
    _AFFIL,
    _EACH_OF,
    _IN_REGION,
    _OBJ_PREP,
    _OBJ_SUFFIX,
    _PUNCT_GAP,
    _ROLE_NOUNS,
    SPEECH_TYPES,
    _conjoined,
    _country_like,
    _drop_role_parts,
    _first_person_light,
    _genitive,
    _is_location,
    _quote_speaker,
    _relative_antecedent,
    _resumptive,
    _speaker_before,
    _unnamed_subject,
    _verb_rx,
    clause_subject,
    first_person,
    group_reference,
    sentence_speaker,
    spoken_for,
)
from rasd.analyse.events.frames import party_after
from rasd.analyse.events.sides import STANCE_TYPES, adjective_target
from rasd.analyse.events.view import (
    TALK_TYPES,
    WORD_RE,
    Mention,
    View,
    described_person,
    homes,
    indefinite_description,
    last_match,
    word_count,
)
from rasd.arabic.event_lexicon import (
    ACT_VERBS,
    CLAUSE_BREAK,
    EXPRESS_VERBS,
    LIGHT_VERBS,
    MAINTAIN_WORDS,
    Trigger,
)

# Events whose target follows على: sanctions, threats, attacks, pressure, accusations (aid goes ل/إلى).
_ON_TARGET_TYPES = frozenset({"SANCTION", "THREATEN", "ASSAULT", "COERCE", "ACCUSE"})
_ON_PREP = re.compile(r"(?<!\w)(?:علي|ضد)\s+$")
_TO_PREP = re.compile(r"(?:(?<!\w)(?:الي|لدي)\s+$|(?<!\w)[وف]?ل$)")
_CONTEXT = re.compile(r"(?<!\w)(?:خلال|اثناء|هامش|فعاليات|ضمن|حول|بشان|عن|لبحث|لمناقشه)(?!\w)")
# "الزيارة التي يقوم بها X"، "غارة جوية نفذها طيران X" (an indefinite noun takes its clause without التي)
_CARRIED_BY = re.compile(r"^\s*(?:\S+\s+){0,2}(?:(?:الذي|التي)\s+(?:كان\s+|كانت\s+|سوف\s+|قد\s+)?[وف]?(?:س)?"
                         r"(?:[يت]قوم|قام|قامت|[يت]جري|اجري|اجرت|[يت]جريها|اجراها|اجراه|[يت]عقد|عقدها|عقده|شنها|شنه|"
                         r"[يت]شنها|نفذها|نفذه)(?:\s+(?:بها|به))?|(?:شنها|شنه|شنتها|شنته|نفذها|نفذه|نفذتها|نفذته|"
                         r"اجرته|اجرتها|اجراه|اجراها|(?:[يت]قوم|قام|قامت)\s+(?:بها|به)))\s+")
_BETWEEN = re.compile(r"(?<!\w)(?:بين|فيما بين)(?!\w)")
_COREF_SUBJECT = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:جانبان|جانبين|طرفان|طرفين|بلدان|بلدين|رئيسان|رئيسين|وزيران|وزيرين)(?!\w)")
_DISCUSS = re.compile(r"^[وف]?(?:س)?[يتن]?(?:بحث|ناقش|تباحث|تشاور)")
_FILLERS = frozenset({"عن", "اليوم", "امس", "قد", "له", "لها", "لهم", "فيه", "فيها", "خلالها", "خلاله", "خلالهما",
                      "ايضا", "كذلك", "بدوره", "بدورها", "من", "جهته", "جهتها", "عددا", "اليوم،", "مساء", "صباح"})
_DO = re.compile(r"[وف]?(?:س)?(?:قام|قامت|قاما|قاموا|[يتن]قوم|[يتن]قومان|[يتن]قومون)")
_RECEIVE = re.compile(r"[وف]?(?:س)?(?:تلقي|تلقت|تلقيا|تلقوا|[يتن]تلقي|تسلم|تسلمت|[يتن]تسلم|حصل|حصلت|[يتن]حصل|"
                      r"استقبل|استقبلت|[يتن]ستقبل)")
_BATTLE = re.compile(r"(?:معارك|معركه|اشتباك|اشتباكات|قتال|مواجهات|مواجهه)")


def find_actors(v: View, trig: Trigger, word: str, a: int, b: int, sent_a: int, sent_b: int
            ) -> tuple[list[Mention], list[Mention], Mention | None]:
    """(subjects, objects, location) for a trigger at normalized ``a``-``b``."""
    left_text = v.norm[sent_a:a]
    brk = last_match(CLAUSE_BREAK, left_text)
    lstart = sent_a + (brk.end() if brk else 0)
    lw = list(WORD_RE.finditer(v.norm[lstart:a]))
    nmax = 14 if trig.pos == "verb" else 20
    if len(lw) > nmax:
        lstart += lw[-nmax].start()
    # right window: up to the next clause break or 25 words
    rtext = v.norm[b:sent_b]
    rb = re.search(r"[:؛«\"“]|(?<!\w)(?:[وف]?(?:قال|اكد|اضاف|اوضح|اشار))(?!\w)", rtext)
    rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين)(?!\w)", rtext)
    if rel and word_count(rtext[:rel.start()]) > 2 and (rb is None or rel.start() < rb.start()):
        rb = rel  # a relative clause right after the trigger describes it (المحادثات التي جرت بين …)
    rend = b + (rb.start() if rb else len(rtext))
    rw = list(WORD_RE.finditer(v.norm[b:rend]))
    if len(rw) > 40:
        rend = b + rw[40].start()
    sent = (sent_a, sent_b)
    left = _drop_role_parts(v, v.between(lstart, a), sent)
    right_all = _drop_role_parts(v, v.between(b, rend), sent)

    def to_prep(m: Mention) -> bool:
        return bool(_TO_PREP.search(v.norm[max(0, m.start - 6):m.start]))

    # places after في/بـ/مدينة are the location, and so is a place joined to one by و
    locs: list[Mention] = []
    for m in right_all:
        pre = v.norm[max(0, m.start - 6):m.start]
        if trig.type == "AID" and _TO_PREP.search(pre) and m.entity.type in ("LOC", "GPE"):
            continue  # "مساعدات إلى غزة": the place aid goes to receives it (a city too)
        if _country_like(m) and (trig.type in _ON_TARGET_TYPES and _ON_PREP.search(pre)
                                 # "يتعين على موسكو أن …"، "يجب على قطر": the one asked
                                 or trig.type == "REQUEST" and word_count(v.norm[b:m.start]) <= 1
                                 and (_ON_PREP.search(pre) or v.norm[a:b].endswith("علي"))):
            continue  # "عقوبات على روسيا"، "مساعدات لليمن": the country is the target, not the place
        if _country_like(m) and party_after(v, trig.type, b, m):
            continue  # "طلب من إسرائيل"، "زيارة لفرنسا": the trigger's learned frame makes it a party
        if _is_location(v, m) or (locs and m.entity.type in ("LOC", "GPE")
                                  and re.fullmatch(r"\s*و?\s*", v.norm[locs[-1].end:m.start])):
            locs.append(m)
    location = next((m for m in locs if not to_prep(m)), None)
    if location is None:
        location = next((m for m in left if _is_location(v, m)), None)
    left = [m for m in left if not _is_location(v, m)]
    if trig.mode == "visit":  # the place visited: زار موسكو، وصل إلى الصين، زيارة للأردن
        right = [m for m in right_all if m not in locs or not re.search(r"(?<!\w)في\s+$",
                                                                       v.norm[max(0, m.start - 6):m.start])]
    else:
        right = [m for m in right_all if m not in locs]

    # supporters of X, "according to X": not actors of the event
    left = [m for m in left if not _AFFIL.search(v.norm[max(0, m.start - 45):m.start])]
    right = [m for m in right if not _AFFIL.search(v.norm[max(0, m.start - 45):m.start])]

    if trig.needs == "requested-by":
        # "يعقد مجلس الأمن بطلب من روسيا اجتماعا": the one named after من asks the actor before it
        asker = [m for m in right_all if word_count(v.norm[b:m.start]) <= 3][:1]
        return asker, ([left[-1]] if asker and left and left[-1].entity is not asker[0].entity else []), location

    # 1. "بين X و Y" after the trigger
    bm = _BETWEEN.search(v.norm[b:rend])
    if bm and (trig.mode == "visit" or word_count(v.norm[b:b + bm.start()]) > 8
               or _CONTEXT.search(v.norm[b:b + bm.start()])):
        bm = None
    if bm:
        after = [m for m in right if m.start >= b + bm.end()]
        before = [m for m in right if m.start < b + bm.start()]
        if len(after) >= 2 and not before:
            return [after[0]], _conjoined(v, after, 1, 1), location
        if after and not before:
            return [], [], location  # one side of a "بين" pair unnamed: the actors are not known

    subj: list[Mention] = []
    objs_from = right
    received = False  # "تلقى اليمن مساعدات من السعودية": the one after من gives
    if trig.pos == "participle":
        # "…، متهما دولة الإمارات": the subject of the clause (or the speaker of its quote) acts
        sp = sentence_speaker(v, a, b, sent) or clause_subject(v, a, sent)
        if sp is None:
            return [], [], location
        subj = [sp]
    # "قال X … إنه يؤيد …": the pronoun is the speaker named before it
    if brk is not None and re.fullmatch(r"[وف]?ب?ان(?:ه|ها|هم|هما)", brk.group()) and trig.pos == "verb" \
            and not (left and word_count(v.norm[left[-1].end:a]) <= 3):
        speaker = _speaker_before(v, sent_a, sent_a + brk.start(), sent)
        if speaker is None:
            return [], [], location
        subj = [speaker]
    if trig.pos == "verb" and not subj and first_person(trig, word):
        # "طالبنا رئيس الوزراء …"، "ندين هذا العمل": the speaker of the quote acts; what follows is the object
        speaker = _quote_speaker(v, a, b)
        if speaker is None:
            return [], [], location
        if re.match(r"[وف]?(?:س)?ن|\S*نا$", word):
            speaker = spoken_for(v, speaker)  # "we" in a spokesman's words is the body he speaks for
        subj = [Mention(a, a, speaker)]
    if trig.pos == "participle":
        pass
    elif trig.pos == "verb" and not subj and (res := _resumptive(v, trig, word, a, b, sent_a, right)):
        return res[0], res[1], location
    elif trig.pos == "verb" and not subj:
        # the subject stands right before the verb; a mention in a phrase after it (العضو في X) is skipped
        cand_left = list(left)
        stem = _OBJ_SUFFIX.sub("", word)
        if stem != word and right and not v.norm[b:right[0].start].strip() \
                and _verb_rx(trig.pattern).fullmatch(stem):
            # "الأفكار التي حملها وفد الأمم المتحدة رفضتها إسرائيل": the object is the pronoun, so the
            # name right after the verb is its subject (verb first), not the one before it
            cand_left = []
        while cand_left and re.search(r"(?<!\w)[وف]?(?:في|من|عن|الي|علي|مع)\s+\S{0,3}$",
                                      v.norm[max(0, cand_left[-1].start - 8):cand_left[-1].start]):
            cand_left.pop()
        if cand_left:
            gap = v.norm[cand_left[-1].end:a]
            if word_count(gap) <= (3 if cand_left is left or len(cand_left) == len(left) else 7) \
                    and not _PUNCT_GAP.search(gap):
                subj = _conjoined(v, cand_left, len(cand_left) - 1, -1)
            elif cand_left[-1].entity.type == "PER" and re.fullmatch(r"\s*[،,]\s*", gap):
                subj = [cand_left[-1]]  # "الرئيس الأمريكي دونالد ترامب، هدد …": a name set off by a comma
        near_left = v.norm[max(lstart, a - 40):a]
        if not subj and (_COREF_SUBJECT.match(v.norm[b:rend].lstrip())
                         or _COREF_SUBJECT.search(" ".join(near_left.split()[-3:]))):
            return [], [], location  # "بحث الجانبان …" retells an event told before
        rel = re.search(r"(?<!\w)(?:الذي|التي|اللذين|اللتين|الذين)(?:\s+(?:كان|كانت|كانوا|قد|لا|لم|ما|"
                        r"زال|زالت|سبق|ان))*\s*$", v.norm[max(sent_a, a - 40):a])
        if not subj and rel:
            # "… التي استهدفت أمن المملكة": the subject is the antecedent; a named one right before the
            # pronoun acts (رئيس مجلس نواب الباراغواي أوبو ديلاسكس الذي يزور لبنان)
            rs = max(sent_a, a - 40) + rel.start()
            ante = [m for m in _drop_role_parts(v, v.between(sent_a, rs), sent) if m.end <= rs]
            stem = _OBJ_SUFFIX.sub("", word)
            if ante and stem != word and _verb_rx(trig.pattern).fullmatch(stem) and right \
                    and word_count(v.norm[b:right[0].start]) <= 3 and word_count(v.norm[ante[-1].end:rs]) <= 1:
                return [right[0]], [ante[-1]], location  # (the resumptive pronoun, as in _resumptive)
            if stem != word and right and word_count(v.norm[b:right[0].start]) <= 3:
                # "الأمر الذي تنفيه الدوحة": the pronoun is the event told before; its actor acts
                return [right[0]], [], location
            named_ante = ante and not v.norm[ante[-1].end:rs].strip(" ،,") and ante[-1].entity.type in ("PER", "ORG")
            if not named_ante and right and word_count(v.norm[b:right[0].start]) == 0 \
                    and (right[0].entity.type in ("PER", "ORG") or _country_like(right[0])):
                # "صواريخ S-400 التي طلب أردوغان شراءها من روسيا": the antecedent is a thing, the
                # relative clause names its own subject right after its verb (verb first)
                subj = _conjoined(v, right, 0, 1)
                objs_from = right[len(subj):]
            elif not named_ante:
                return [], [], location
            else:
                subj = [ante[-1]]
    elif trig.pos == "noun":
        # talks and visits are "held"; attacks, protests and arrests are "carried out"
        light = LIGHT_VERBS if trig.type in TALK_TYPES or trig.needs else ACT_VERBS
        lv = last_match(light, v.norm[lstart:a])
        ev = last_match(EXPRESS_VERBS, v.norm[lstart:a])
        mv = last_match(MAINTAIN_WORDS, v.norm[lstart:a] if trig.type in TALK_TYPES else "")
        gov = max((x for x in (lv, ev, mv) if x is not None), key=lambda x: x.start(), default=None)
        if gov is not None and _DO.fullmatch(gov.group().strip()) and not re.match(r"[وف]?ب", word):
            gov = None  # قام governs a noun only through بـ (قامت القوات بقصف …)
        received = gov is not None and trig.type == "AID" and bool(_RECEIVE.fullmatch(gov.group().strip()))
        if trig.needs == "express" and right and _genitive(v.norm[b:right[0].start], right[0]):
            gov = None  # "أكد تضامن مملكة البحرين مع …": the genitive holds the stance, not the reporter
        if gov is not None and trig.needs is None and word_count(v.norm[max(
                [lstart + gov.end()] + [m.end for m in left if m.start >= lstart + gov.end()]):a]) > 6:
            gov = None  # an attack or protest noun is not governed by a verb far before it
        if (gov is not None and _first_person_light(gov.group().strip(), light)) \
                or (gov is None and trig.type in TALK_TYPES and re.search(r"(?:ئ|ت)?نا$", word)):
            # "نجري مفاوضات مع …"، "بعد لقائنا الأخير": in a quote, its speaker holds the talks
            speaker = _quote_speaker(v, a, b)
            if speaker is None:
                return [], [], location
            subj = [Mention(a, a, spoken_for(v, speaker))]  # "we" of a spokesman is his body
            gov = None
        elif gov is not None:
            gs, ge = lstart + gov.start(), lstart + gov.end()
            # a mention in a phrase (مسؤول بوزارة الخارجية) is no subject
            inside = [m for m in left if m.start >= ge and not re.search(
                r"(?:(?<!\w)[وف]?[بل]|(?<!\w)(?:في|من|عن)\s+)$", v.norm[max(0, m.start - 4):m.start])]
            before = [m for m in left if m.end <= gs]
            if inside:
                subj = _conjoined(v, inside, 0, 1)
            elif before:
                gap = v.norm[before[-1].end:gs]
                if word_count(gap) <= 3 and not _PUNCT_GAP.search(gap):
                    subj = _conjoined(v, before, len(before) - 1, -1)
            elif (ante := _relative_antecedent(v, sent_a, gs, sent)) is not None:
                subj = [ante]  # "مجلس الأمن الذي فرض عقوبات على …": the antecedent holds the act
            elif group := group_reference(v, v.norm[ge:a], ge):
                subj = group  # "فرضت هذه الدول جملة من العقوبات": the countries listed before
            elif right and _genitive(v.norm[b:right[0].start], right[0]):
                pass  # "أعلن مسؤول … تأجيل زيارة وزير الخارجية ظريف": the genitive is the subject
            elif _COREF_SUBJECT.search(v.norm[ge:a]) or any(
                    w not in _FILLERS for w in v.norm[ge:a].split() if not _PUNCT_GAP.fullmatch(w)):
                # "تلقى وزير الخارجية المصري … اتصالين": a subject stands there, but no entity names it
                return [], [], location
        elif trig.type in TALK_TYPES and re.search(r"(?<!\w)(?:في|خلال|اثناء)\s+$", v.norm[max(0, a - 8):a]) and left \
                and word_count(v.norm[left[-1].end:a]) <= 3:
            # "بحث الرئيس X في اتصال هاتفي بـ Y": the subject of the clause holds the call
            subj = _conjoined(v, left, len(left) - 1, -1)
        elif (cb := _CARRIED_BY.match(v.norm[b:rend])) and right and right[0].start >= b + cb.end() \
                and word_count(v.norm[b + cb.end():right[0].start]) <= 6:
            subj = _conjoined(v, right, 0, 1)  # "للزيارة المرتقبة التي سوف يقوم بها الملك سلمان لموسكو"
            objs_from = right[len(subj):]
        elif _BATTLE.search(word) and right and re.search(r"(?<!\w)(?:مع|ضد)\s+\S*\s*$",
                                                         v.norm[max(b, right[0].start - 30):right[0].start]) \
                and word_count(v.norm[b:right[0].start]) <= 5:
            return [], _conjoined(v, right, 0, 1), location  # "في معارك مع القوات الأمريكية": the side named
        elif trig.mode == "visit" and right and re.search(r"(?:ه|ها|هم|هما)$", word) \
                and right[0].entity.type in ("LOC", "GPE") and _country_like(right[0]) \
                and re.fullmatch(r"\s*(?:المرتقبه\s+|المقبله\s+|الاخيره\s+)?(?:الي|ل)\s*", v.norm[b:right[0].start]):
            return [], [right[0]], location  # "قبل زيارته إلى أمريكا": the country visited; the owner visits
        elif not (right and _genitive(v.norm[b:right[0].start], right[0])):
            return [], [], location  # a bare noun with no genitive actor
    if not subj and trig.needs == "describe" and re.match(r"\s*بان", v.norm[b:rend]) and _OBJ_SUFFIX.sub("", word) == word:
        return [], [], location  # "ووُصفت بأنها …": nothing between the verb and its charge (a passive)
    if not subj:
        if not right:
            sp = sentence_speaker(v, a, b, sent) if trig.type in SPEECH_TYPES and trig.pos == "verb" else None
            return ([sp] if sp else []), [], location
        if trig.type == "CONSULT" and trig.mode == "visit" and right[0].entity.type in ("LOC", "GPE"):
            return [], [right[0]], location
        right = [m for m in right if _country_like(m)]  # a city after the verb is no subject
        if not right:
            return [], [], location
        # verb first: the subject follows within a few words (titles may come between), and is
        # not introduced by a preposition (هدد … بالرد على كوريا الشمالية: the target, not the subject)
        before0 = v.norm[max(0, right[0].start - 40):right[0].start]
        if word_count(v.norm[b:right[0].start]) > 12 or (_OBJ_PREP.search(before0[-8:])
                                                         and not _ROLE_NOUNS.search(before0)
                                                         and not _EACH_OF.search(before0)):
            # "يتعين على موسكو أن …" in May's words: the speaker asks, the one after the verb is asked
            sp = sentence_speaker(v, a, b, sent) if trig.type in SPEECH_TYPES and trig.pos == "verb" else None
            if sp is None:
                return [], [], location
            return [sp], _conjoined(v, right, 0, 1), location
        gap0 = v.norm[b:right[0].start]
        if not trig.symmetric and (group := group_reference(v, gap0, b)):
            # "اتهمت الدول الأربع قطر": the four countries listed before act on the one named next
            return group, _conjoined(v, right, 0, 1), location
        if not trig.symmetric and (_unnamed_subject(gap0) or indefinite_description(gap0)):
            # an unnamed subject stands first (المحتجون); the named one is the object.
            # "انتقد مسؤول إماراتي بارز … تركيا": a described official is the article's person of
            # that country when it names one
            described = described_person(v, gap0, b)
            return ([described] if described else []), _conjoined(v, right, 0, 1), location
        if trig.pos == "verb" and _CHARGING.match(word) and (charged := _charged_object(v, right, b)):
            # "واتهمت دمشق بتنفيذه"، "يصف أنور بأنه …": one actor between the verb and its charge
            # (بـ) is the one accused whatever the reading (a dropped subject or a passive); the
            # accuser is the speaker of the sentence where the quotes layer names one, else unknown
            sp = sentence_speaker(v, a, b, sent)
            return ([sp] if sp and sp.entity.id not in {m.entity.id for m in charged} else []), charged, location
        subj = _conjoined(v, right, 0, 1)
        objs_from = right[len(subj):]
    # an object is not one when a context phrase comes first (خلال فعاليات X، على هامش X);
    # discussing verbs take their partner after مع (their object is the topic)
    # and the target of an accusation or a request is no "بـ" phrase (اتهم X Y بـ…، بالأمم المتحدة)
    objs_from = [m for m in objs_from if not _CONTEXT.search(v.norm[b:m.start])
                 and (_country_like(m) or trig.mode == "visit" or trig.type == "AID" and _TO_PREP.search(
                     v.norm[max(0, m.start - 6):m.start]) is not None)
                 and (trig.type in TALK_TYPES or not re.search(r"(?:(?<!\w)[وف]?ب|(?<!\w)في\s+)$",
                                                                 v.norm[max(0, m.start - 4):m.start]))
                 # "من المسؤولين في دول مجلس التعاون": the region the unnamed actors come from
                 and not _IN_REGION.search(v.norm[max(0, m.start - 20):m.start])
                 and word_count(v.norm[subj[-1].end if m.start > subj[-1].end else b:m.start])
                 <= (28 if trig.type in TALK_TYPES else 6)]
    if trig.pos == "verb" and _DISCUSS.match(word):
        objs_from = [m for m in objs_from if re.search(r"(?<!\w)مع\s+\S*\s*\S*\s*$",
                                                       v.norm[max(b, m.start - 30):m.start])]
    if received and subj:
        giver = next((m for m in right_all if m.entity not in [x.entity for x in subj]
                      and re.search(r"(?<!\w)من\s+$", v.norm[max(b, m.start - 6):m.start])
                      and word_count(v.norm[b:m.start]) <= 6), None)
        return ([giver], subj, location) if giver is not None else ([], subj, location)
    if trig.type == "REJECT" and trig.pos == "verb" and _pronoun_object(trig, word):
        # "وهو ما نفاه سوروس في كلمة ألقاها أمام مجلس …": what is denied is the pronoun, the claim told
        # before; a name after the subject is an adjunct, not the object (the layer's reject_targets
        # makes the claimant the target). Other verbs keep the name after them: their pronoun's
        # antecedent may be a thing (والذي دمره قصف …) or come later (a headline's «تطالبه»)
        return subj, [], location
    objs = _conjoined(v, objs_from, 0, 1) if objs_from else []
    if not objs and subj and trig.type in SPEECH_TYPES and trig.pos != "participle" \
            and not (trig.type in STANCE_TYPES and adjective_target(
                v, max([b] + [m.end for m in subj[:1] if m.start >= b]), sent[1], subj[0].entity.id)):
        # (a stance on "الاتهامات الإسرائيلية" is on Israel: the layer takes the adjective)
        objs = _speech_target(v, b, sent, subj, locs)
    return subj, objs, location


def _pronoun_object(trig: Trigger, word: str) -> bool:
    """Does the trigger verb ``word`` (normalized) carry its object as a suffixed pronoun (نفاه،
    اتهمها، تطالبهم): a suffix whose removal leaves a form of the trigger verb itself (a noun with a
    possessive, «دعمه», is no verb and is not asked)?"""
    stem = _OBJ_SUFFIX.sub("", word)
    if stem == word:
        return False
    rx = _verb_rx(trig.pattern)
    # a final ى is written ا before a suffix (نفى → نفاه، رمى → رماها)
    return bool(rx.fullmatch(stem) or (stem.endswith("ا") and rx.fullmatch(stem[:-1] + "ي")))


# verbs whose object comes before the charge (اتهم X بـ، وصف X بأنه); ندد بـ and طالب بـ take no object
_CHARGING = re.compile(r"^[وف]?(?:ا?[يتن]?تهم|وصف|[يتن]صف)")
_CHARGE = re.compile(r"^\s*[\"«“]?\s*ب(?:ـ|ان|انه|انها|انهم|\S{2,})")


def _charged_object(v: View, right: list[Mention], b: int) -> list[Mention]:
    """The object of an accusing verb in the frame "V X بـ charge" with no other actor before the
    charge: X (and those joined to it by و) right after the verb, or [] when the frame differs
    (a named subject and an object both before بـ: "اتهمت روسيا الولايات المتحدة بـ…")."""
    if word_count(v.norm[b:right[0].start]) > 2:
        return []
    objs = _conjoined(v, right, 0, 1)
    return objs if _CHARGE.match(v.norm[objs[-1].end:objs[-1].end + 12]) else []


def _speech_target(v: View, b: int, sent: tuple[int, int], subj: list[Mention], locs: list[Mention]) -> list[Mention]:
    """The one accused, asked, rejected or threatened where no object follows the verb: the first
    person, organisation or country the rest of the sentence names (in the reported words too),
    other than the speaker and not a place where something happens."""
    own = {m.entity.id for m in subj}
    home = homes(subj)  # the speaker's own country
    taken = {(m.start, m.end) for m in locs}
    for m in _drop_role_parts(v, v.between(b, sent[1]), sent):
        if m.entity.id in own or (m.start, m.end) in taken or _is_location(v, m):
            continue
        if word_count(v.norm[b:m.start]) > 20:
            break
        if m.entity.type in ("LOC", "GPE") and (m.entity.country or {}).get("alpha2") in home:
            continue
        if _AFFIL.search(v.norm[max(0, m.start - 45):m.start]):
            continue
        if m.entity.type in ("PER", "ORG") or _country_like(m):
            return [m]
    return []

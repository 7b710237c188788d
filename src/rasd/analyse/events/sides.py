"""Sides from context: helpers of the events layer's rule pass for the actors that a trigger's
syntax gives only indirectly (the rules are described in :mod:`rasd.analyse.events.layer`, step 2).

- :func:`coordinated_subject`: a verb joined by و/ف shares the subject of the verb before it.
- :func:`undergoes`: arrests, abductions, assassinations, convictions and releases are done to the
  person named after them.
- :func:`national_actor`, :func:`adjective_target`, :func:`visited_country`: an adjective of
  nationality (غارات تركية، الموقف الأمريكي، جولة أمريكية) names the actor, the target or the place.
- :func:`backing`: the backer and the backed of «المدعوم من X»، «بدعم روسي».
- :func:`meeting_sides`: the sides a meeting noun names after it (لـX وY، مع X).
- :func:`relative_subject`: «X الذي يشن تمردا»: the relative's antecedent does what the noun names.
- :func:`noun_sides`: both of the above, applied to a noun trigger's actors.
- :func:`claimed_by_other`: an attack told in another side's words is an allegation.
- :func:`additive`: «واتهمت قطر أيضا الإمارات»، «كما اتهمت …»: "also" marks another act of its kind.
- :func:`meeting_lead`: the side a meeting's syntax makes its source (the subject, a host's guest, a
  caller or sender).
- :data:`ONE_SIDED`, :data:`ACTION_TYPES`, :data:`STANCE_TYPES`, :data:`OPPOSE`: the type classes
  and the stance words the pass consults.

All offsets are over the normalized text of a :class:`~rasd.analyse.events.view.View`. Pure.
"""

from __future__ import annotations

import re

from rasd.analyse.events.actors import _drop_role_parts, clause_subject, sentence_speaker
from rasd.analyse.events.fallback import _antecedent
from rasd.analyse.events.merge import Cand
from rasd.analyse.events.nations import actor_key, demonym_code, home_countries
from rasd.analyse.events.view import Mention, View, word_count
from rasd.arabic.event_lexicon import Trigger

_WORD = re.compile(r"\w+")


def claimed_by_other(v: View, speaker: str | None, source: str) -> bool:
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


def coordinated_subject(v: View, prev: list[Cand], word: str, sent: tuple[int, int], a: int,
                         of: Mention | None = None) -> Mention | None:
    """The source of the latest earlier event of the sentence, for a verb joined to it by و/ف
    (``اتهم X السعودية بـ…، وطالبها بـ…``): coordinated verbs with no subject of their own share it.
    With ``of``: only when that event's target is ``of``'s actor (the one taken for the joined verb's
    subject is the first verb's object again) and its source is another actor."""
    if not re.match(r"[وف]", word):
        return None
    ss = v.src(*sent)
    for c in reversed(prev):
        if c.sent != ss or c.start >= v.src(a, a + 1)[0]:
            continue
        if of is not None:
            me = v.actor(of.entity)
            tgt = v.article.entity(c.target) if c.target else None
            if c.trig.pos != "verb" or not c.source or tgt is None or c.source == me.id \
                    or actor_key(v.actor(tgt)) != actor_key(me):
                return None
        if c.source and c.trig.pos != "noun":
            ent = v.article.entity(c.source) or next((e for e in v.implied.values() if e.id == c.source), None)
            return Mention(a, a, ent) if ent is not None else None
        return None
    return None


def undergoes(trig: Trigger) -> bool:
    """Is the person named right after ``trig`` the one it is done to (arrests, abductions,
    assassinations, releases), whatever the word's voice?"""
    return (trig.type == "COERCE" or (trig.type == "ASSAULT" and trig.mode in ("assassination", "abduct"))
            or (trig.type == "SANCTION" and trig.mode == "convict")
            or (trig.type == "RETREAT" and trig.mode == "release"))


# Directed types that often have one side only (a resignation, a protest, a mobilisation)
ONE_SIDED = frozenset({"CONCEDE", "MOBILIZE", "PROTEST"})


# Acts one side does to another: a stance against them is not doing them, and an adjective of
# nationality after the noun (غارات تركية، عقوبات أمريكية) names who does them.
ACTION_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE", "AID", "MOBILIZE", "RETREAT"})
OPPOSE = re.compile(r"(?<!\w)[وف]?(?:رفض|رفضت|رفضوا|[يت]رفض\w*|رفضه|رفضها|رافض\w*|عارض\w*|[يت]عارض\w*|معارض\w*|"
                     r"ضد|[يت]دين|ادان\w*|ادانه|ندد\w*|[يت]ندد|تنديد\w*|استنكر\w*|[يت]ستنكر|شجب\w*|انتقد\w*|"
                     r"[يت]نتقد|انتقاد\w*|منع|لمنع|وقف|لوقف|[يت]حذر|حذر\w*|تحذير\w*)(?!\w)")
_ADJ_SKIP = re.compile(r"(?:ال)?(?:جويه|جوي|صاروخيه|عسكريه|اقتصاديه|جديده|مكثفه|عنيفه|انسانيه|ماليه)")


def national_actor(v: View, b: int, sb: int, subj: list[Mention], objs: list[Mention]
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


# Stances taken on another side's act or position: "أدانت الغارات الإسرائيلية"، "رحب بالتضامن التركي".
STANCE_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST"})
_NOUN_ADJ = re.compile(r"\s*(?:\S+\s+){0,2}?[وفبل]?(?:ال|لل)\w+\s+(ال\w+)(?!\w)")


def adjective_target(v: View, b: int, sb: int, source: str) -> str | None:
    """The country whose act or stance a stance event is about, named by an adjective of
    nationality on its object noun within the three words after the trigger ("الموقف الأمريكي");
    None when there is none, the country is not the article's, or it is the source's own."""
    m = _NOUN_ADJ.match(v.norm[b:min(sb, b + 60)])
    if m is None or _PUNCT_IN.search(m.group()):
        return None
    ent = v.country(demonym_code(m.group(1)))
    if ent is None:
        return None
    src = v.article.entity(source) or next((e for e in v.implied.values() if e.id == source), None)
    if ent.id == source or (src is not None and (ent.country or {}).get("alpha2") in home_countries(src)):
        return None
    return ent.id


_PUNCT_IN = re.compile(r"[.,،؛:!?؟()\"«»“”]")
# an act's object noun and its adjectives: "إسقاط طائرة حربية روسية"، "اعتقال صحفي أمريكي"، "هجوم على القوات
# الأمريكية" (on: على/ضد may open it; no other preposition: "قصف في الأراضي السورية" is a place)
_OBJECT_NP = re.compile(r"\s*(?:(?:علي|ضد|عن)\s+)?(?:[بل]?(?:ال)?\w+)(?:\s+(?:ال)?\w+){0,2}")
# acts done to someone (أفرجت إيران عن بحار بريطاني), and agreeing to another's proposal (وافقت حماس على
# المبادرة المصرية)
_ACT_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "AGREE"})


def object_adjective_target(v: View, b: int, sb: int, source: str, type_: str) -> str | None:
    """The country an act with a source but no named target is done to, named by an adjective of
    nationality on the act's object noun within the three words after the trigger ("أسقطت تركيا
    طائرة حربية روسية" → Russia); None when there is none, or it is the source's own country."""
    if type_ not in _ACT_OBJECT_TYPES:
        return None
    m = _OBJECT_NP.match(v.norm[b:min(sb, b + 50)])
    if m is None or _PUNCT_IN.search(m.group()):
        return None
    for w in m.group().split()[1:]:
        code = demonym_code(w) or (demonym_code(w[:-1]) if w.endswith("يا") else None)  # (أمريكيا)
        if code is None:
            continue
        ent = v.country(code)
        if ent is None:
            return None
        src = v.article.entity(source) or next((e for e in v.implied.values() if e.id == source), None)
        if ent.id == source or (src is not None and code in home_countries(src)):
            return None
        return ent.id
    return None


def visited_country(v: View, b: int, sb: int, subj: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"جولة أمريكية"، "زيارة روسية": an adjective of nationality right after a visit noun names
    the country visited (when it is not the visitor's own and the article names it)."""
    m = re.match(r"\s*(\w+)", v.norm[b:min(sb, b + 30)])
    code = demonym_code(m.group(1)) if m and not m.group(1).startswith("ال") else None
    ent = v.country(code)
    if ent is None or any(code in home_countries(x.entity) or x.entity is ent for x in subj):
        return subj, []
    return subj, [Mention(b + m.start(1), b + m.end(1), ent)]


# a noun in an adjunct of time: "غادر باريس بعد زيارة رسمية لفرنسا"، "حذر … خلال زيارة إلى السعودية"
_TIME_ADJUNCT = re.compile(r"(?<!\w)(?:في|خلال|اثناء|بعد|قبل|قبيل|عقب|اثر|ختام|لدي)\s+$")
_TO_PLACE = re.compile(r"\s*(?:(?!ال)\w+\s+){0,2}?(?:الي\s+\S{0,2}|لل|ل|\s*)")  # (indefinite adjectives, then to)


def adjunct_visitor(v: View, a: int, b: int, sa: int, sb: int, objs: list[Mention]
                    ) -> tuple[list[Mention], list[Mention]]:
    """(visitor, visited) of a visit noun at normalized ``a``-``b`` that opens an adjunct of time or
    place («بعد زيارة رسمية لفرنسا») and names no visitor: the place visited (``objs``, else a place
    after one or two adjectives and ل/إلى) and the person or body the clause is about (its subject);
    no visitor when the noun stands elsewhere, no place is named or the clause has no such subject."""
    if not _TIME_ADJUNCT.search(v.norm[max(sa, a - 12):a]):
        return [], objs
    if not objs:  # "زيارة رسمية لفرنسا"، "زيارة خاصة إلى المغرب": the place after an adjective or two
        nxt = [m for m in v.between(b, min(sb, b + 50)) if m.entity.type in ("LOC", "GPE")][:1]
        if nxt and _TO_PLACE.fullmatch(v.norm[b:nxt[0].start]):
            objs = nxt
    who = clause_subject(v, a, (sa, sb)) if objs else None
    if who is None or who.entity.type not in ("PER", "ORG") or any(m.entity is who.entity for m in objs):
        return [], objs
    return [who], objs


# the one met, named by an adjective of nationality: "لقاء نظيره الفرنسي"، "للقاء مسؤولين إسرائيليين"، "مع وفد روسي"
_MET_NP = re.compile(r"\s*(?:مع\s+)?(?:[وبل]?(?:ال)?\w+\s+){1,2}?([وبل]?(?:ال)?\w+)(?!\w)")


def adjective_partner(v: View, b: int, sb: int, have: list[Mention]) -> Mention | None:
    """The other side of a meeting of which one side is named, when the noun phrase right after the
    trigger or its subject (one or two words, then an adjective of nationality, singular or plural) names its country
    («بعد لقاء نظيره الفرنسي»، «للقاء مسؤولين إسرائيليين»); None when there is none, or it is the
    named side's own country."""
    at = max([b] + [x.end for x in have if b <= x.start and word_count(v.norm[b:x.start]) <= 1])  # (verb first)
    m = _MET_NP.match(v.norm[at:min(sb, at + 50)])
    if m is None or _PUNCT_IN.search(m.group()):
        return None
    w = re.sub(r"^[وبل]?(?:ال)?", "", m.group(1))
    code = demonym_code(w) or (demonym_code(w[:-2]) if w.endswith(("ين", "ون")) else None)
    ent = v.country(code)
    if ent is None or any(x.entity is ent or code in home_countries(x.entity) for x in have):
        return None
    return Mention(at + m.start(1), at + m.end(1), ent)


def backing(v: View, word: str, a: int, b: int, sa: int, sb: int) -> tuple[list[Mention], list[Mention]]:
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


_SIDE_TYPES = ("PER", "ORG", "LOC", "GPE")


def meeting_sides(v: View, b: int, sent: tuple[int, int]) -> list[Mention]:
    """The sides a meeting noun ending at normalized ``b`` names after it: a list in لـ (``اجتماع
    ثلاثي لمصر والسودان وإثيوبيا``، ``اجتماع لمجلس منبج``) and the one met ``مع`` (``لقائه مع
    وزير الخارجية المصري سامح شكري``: the person, not the title's country). Empty when it names none."""
    sa, sb = sent
    ms = [m for m in _drop_role_parts(v, v.between(b, min(sb, b + 200)), sent) if m.entity.type in _SIDE_TYPES]
    out: list[Mention] = []
    pos = b
    for m in ms:
        gap = v.norm[pos:m.start]
        if (not out and re.fullmatch(r"\s*(?:\S+\s+)?لل?", gap)) \
                or (out and re.fullmatch(r"\s*(?:،\s*)?و|\s*،\s*", gap)):
            out.append(m)
            pos = m.end
        else:
            break
    with_ = re.match(r"\s*(?:\S+\s+){0,2}?مع\s+", v.norm[pos:sb])
    pick = None
    if with_ is not None:
        after = pos + with_.end()
        near = [m for m in ms if after <= m.start and word_count(v.norm[after:m.start]) <= 5]
        pick = next((m for m in near if m.entity.type == "PER"), near[0] if near else None)
    if len(out) == 1 and pick is None:
        return []  # "اجتماع لمجلس الأمن": a body meets as itself, no side met
    return [*out, pick] if pick is not None else out


_RELATIVE_VERB = re.compile(r"(?<!\w)(?:الذي|التي|الذين)\s+(?:\S+\s+){1,2}$")


def relative_subject(v: View, a: int, sent: tuple[int, int]) -> Mention | None:
    """The antecedent of a relative clause whose verb governs the noun trigger at normalized ``a``
    (``حزب العمال الكردستاني الذي يشن تمردا``, ``… التي تقود حملة``): the actor ending right
    before الذي/التي; ``None`` when the noun is not in such a clause."""
    m = _RELATIVE_VERB.search(v.norm[max(sent[0], a - 40):a])
    if m is None:
        return None
    rel = max(sent[0], a - 40) + m.start()
    near = [x for x in v.between(max(sent[0], rel - 60), rel) if 0 <= rel - x.end <= 2]
    return near[-1] if near and near[-1].entity.type in ("PER", "ORG", "LOC", "GPE") else None


_WE_HELD = re.compile(r"(?<!\w)[وف]?\w{2,}نا\s+$")  # عقدنا، أجرينا (a light verb in the first person plural)
_WITH = re.compile(r"(?<!\w)مع\s+")
_SIDE_BREAK = re.compile(r"[.:؛]|(?<!\w)(?:في|ب|الي|علي)\s+$")


def held_with(v: View, b: int, sent: tuple[int, int]) -> list[Mention]:
    """Sides a meeting noun names a little further on than :func:`meeting_sides` looks: «مؤتمر صحفي
    مشترك السبت، عقده الطراونة مع رئيس الحكومة هاني الملقي» (the one who holds it, then the one
    met): the first actor within four words after a «مع» at most eight words after the noun, and an
    actor standing between the noun and «مع» that no preposition introduces. Empty when none."""
    sa, sb = sent
    w = _WITH.search(v.norm, b, min(sb, b + 90))
    if w is None or word_count(v.norm[b:w.start()]) > 8 or re.search(r"[.:؛]", v.norm[b:w.start()]):
        return []
    ms = [m for m in _drop_role_parts(v, v.between(b, min(sb, w.end() + 60)), sent)
          if m.entity.type in _SIDE_TYPES]
    met = next((m for m in ms if m.start >= w.end() and word_count(v.norm[w.end():m.start]) <= 4), None)
    if met is None:
        return []
    holder = [m for m in ms if m.end <= w.start() and not _SIDE_BREAK.search(v.norm[max(b, m.start - 6):m.start])
              and m.entity.type != "LOC"]
    return [*holder[-1:], met]


def reporter_side(v: View, word: str, a: int, b: int, sent: tuple[int, int]) -> Mention | None:
    """The speaker as a side of a meeting he reports from: «وقال الصدر في مؤتمر صحفي مشترك مع العامري:
    …» (the quote follows the noun in its sentence) or «بعد لقائنا الأخير» (a first-person noun in his
    quote). ``None`` otherwise."""
    s, e = v.src(a, b)
    ss, se = v.src(*sent)
    after = any(e <= q.start <= se + 1 and q.speaker for q in v.article.quotes)
    inside_we = word.endswith("نا") and any(q.start <= s and e <= q.end for q in v.article.quotes)
    if not (after or inside_we):
        return None
    return sentence_speaker(v, a, b, sent)


def noun_sides(v: View, trig: Trigger, word: str, a: int, b: int, sent: tuple[int, int],
               subj: list[Mention], objs: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The actors of a noun trigger completed from its context: a meeting noun with fewer than two
    sides takes those named after it (:func:`meeting_sides`), a first-person host (عقدنا اجتماعات:
    the quote's speaker) and, for a possessive (لقائه مع X), the one named before; a directed noun
    with no subject governed by a relative clause's verb takes the antecedent (:func:`relative_subject`)."""
    sa, sb = sent
    if trig.type == "CONSULT" and trig.symmetric and trig.pos == "noun" \
            and len({v.key.get(m.entity.id, m.entity.id) for m in [*subj, *objs]}) < 2:
        have = {m.entity.id for m in [*subj, *objs]}
        objs = [*objs, *[m for m in meeting_sides(v, b, sent) if m.entity.id not in have]]
        if len({v.key.get(m.entity.id, m.entity.id) for m in [*subj, *objs]}) < 2:
            have = {m.entity.id for m in [*subj, *objs]}
            objs = [*objs, *[m for m in held_with(v, b, sent) if m.entity.id not in have]]
        if len({v.key.get(m.entity.id, m.entity.id) for m in [*subj, *objs]}) == 1 and not subj \
                and (rep := reporter_side(v, word, a, b, sent)) is not None \
                and v.key.get(rep.entity.id, rep.entity.id) != v.key.get(objs[0].entity.id, objs[0].entity.id):
            subj = [rep]
        if not subj and _WE_HELD.search(v.norm[max(sa, a - 16):a]) \
                and (sp := sentence_speaker(v, a, b, sent)) is not None:
            subj = [sp]
        if not subj and len(objs) == 1 and re.search(r"[^ا](?:ه|ها|هم|هما)$", word):
            subj = _antecedent(v, a, sent, objs)
    elif trig.pos == "noun" and not trig.symmetric and not subj \
            and (rel := relative_subject(v, a, sent)) is not None and rel.entity not in [m.entity for m in objs]:
        subj = [rel]
    return subj, objs


# a host receives: the guest is the side that comes (استقبل X Y، استقبال X لـY، استضاف X Y)
_HOST_WORD = re.compile(r"[وف]?(?:ل|ب|خلال\s)?(?:س)?(?:استقبل|استقبلت|استقبلا|[يتن]ستقبل|استقبال|استضاف|استضافت"
                        r"|[يتن]ستضيف|استضافه)")
# a call or a message (اتصال، مكالمة، رسالة), with its clitics
_CALL_NOUN = re.compile(r"[وف]?(?:ب|ل|بال|لل|ال)?(?:اتصال|مكالم|رسال|رسائل)")
# a light verb of receiving before a call or message noun (تلقى X اتصالا من Y): the caller comes
_RECEIVED = re.compile(r"(?<!\w)[وف]?(?:س)?(?:تلقي|تلقت|تلقيا|تلقوا|[يتن]تلقي|تسلم|تسلمت|[يتن]تسلم)(?!\w)")


def meeting_lead(v: View, word: str, a: int, b: int, sent: tuple[int, int],
                 subj: list[Mention], objs: list[Mention]) -> str | None:
    """The side of a meeting mention that the golds (and PLOVER's CONSULT) code as its source: the
    one who comes or calls. That is the subject of a meeting verb or the possessor of its noun
    (التقى X Y، لقاء X مع Y), but the guest of a host (استقبل X Y: Y) and the caller or sender of a
    call or message (تلقى X اتصالا من Y، نقل X رسالة من Y: Y). Sides joined or many (التقى X وY،
    مفاوضات بين X وY، قمة X وY) lead by the first named, as both golds code them (leaving those undirected
    lost 8 right sources on the ANT dev sets and 5 on ANERcorp dev for 2 wrong ones kept out). None when
    the syntax names no such side."""
    if _HOST_WORD.fullmatch(word):
        return objs[0].entity.id if objs else None
    if _CALL_NOUN.match(word):
        # "رسالة من X"، "اتصالا هاتفيا من X": the side after من (a few words on) sent or called
        giver = next((m for m in objs if m.start >= b and word_count(v.norm[b:m.start]) <= 4
                      and re.search(r"(?<!\w)من\s+$", v.norm[max(b, m.start - 6):m.start])), None)
        if giver is not None:
            return giver.entity.id
        lv = list(_RECEIVED.finditer(v.norm[max(sent[0], a - 120):a]))
        if lv and "،" not in v.norm[max(sent[0], a - 120) + lv[-1].end():a]:
            return None  # received, and no sender named after من: the one named before only received it
    return subj[0].entity.id if subj else None


# "also" after the verb, its subject or its object: at most three words between, none past a clause's edge
_ALSO = re.compile(r"\s*((?:[^\s،,.:؛]+\s+){0,3}?)(?:ايضا|كذلك)(?!\w)")
# "كما انتقد X …": "and also", right before the verb, only where it opens a clause (the sentence start, after
# a comma or a stop, or «وكما»); after a word («تماما كما اتهمت»، «وجاء ذلك كما») it is "as, just as"
_AS_WELL = re.compile(r"(?<!\w)(و?)كما\s+$")
_PRONOUN = frozenset({"هو", "هي", "هم", "هما", "هن"})
# relative pronouns begin with ال but are no definite subject or object («… التي أيضا»)
_RELATIVE = frozenset({"التي", "الذي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي", "اللائي"})


def additive(v: View, a: int, b: int, sa: int, sb: int) -> bool:
    """Is the verb at ``a``–``b`` (of the sentence ``sa``–``sb``) told as one more act: «كما» right
    before it, opening a clause (كما انتقد ترامب …، «، كما انتقد»، «وكما»; not «تماما كما»: "just as"), or "also" (أيضا، كذلك) after it with only its subject or object
    between (a mention, a definite word that is no relative pronoun, or a pronoun: «واتهمت قطر أيضا»، «وانتقدت المنظمة أيضا»،
    «رفضته هي أيضا»)? Then it tells another act of its kind, not the one told before (the merge
    keeps it apart). A word of any other shape between («رفض القرار يبعث أيضا»: another verb)
    leaves the "also" to that word."""
    w0 = a
    while w0 > sa and not v.norm[w0 - 1].isspace():
        w0 -= 1  # the start of the word (its proclitics) that holds the verb
    k = _AS_WELL.search(v.norm, max(sa, w0 - 8), w0)
    if k:
        before = v.norm[sa:k.start()].rstrip()
        if k.group(1) or not before or before[-1] in "،,.؛:":
            return True  # «وكما اتهمت»، «، كما اتهمت»: and also; «تماما كما اتهمت»: just as
    m = _ALSO.match(v.norm, b, sb)
    if m is None:
        return False
    for w in re.finditer(r"[^\s\"«»()]+", m.group(1)):
        s, e = m.start(1) + w.start(), m.start(1) + w.end()
        if not (v.in_mention(s, e) or w.group() in _PRONOUN or (w.group().startswith("ال") and w.group() not in _RELATIVE)):
            return False
    return True

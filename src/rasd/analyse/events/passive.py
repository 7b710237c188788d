"""Passive and undergone acts: who did an act told in the passive, and to whom.

- :func:`agent_of`: «اعتُقل X على يد قوات الأمن»، «الحصار المفروض من قبل الجيش»: the entity after
  «من قبل»/«على يد»/«على أيدي»/«من طرف» right after a trigger is its agent (the source).
- :func:`patient_of`: an arrest or conviction with no actor in its clause («وهو محتجز في لبنان»،
  «وقد سُجن بعد عام») is done to the person the sentence is about.
- :func:`possessor`: a meeting noun with a possessive pronoun («بعد اجتماعه مع …») has the clause's
  subject as a side.
- :func:`convicted`: «أدان» with a charge after it («بتهمة»، «بجريمة») is a conviction (SANCTION),
  not a condemnation (ACCUSE).
- :func:`struck_only`: an attack whose subject is the attack itself or an attacker the text does not
  name («فإن التفجير استهدف X»، «استهدف انفجار موكبا لـ X»، «أن الانتحاري فجر نفسه») has no source from
  its syntax: the side named after it is hit.

All offsets are over the normalized text of a :class:`~rasd.analyse.events.view.View`. Pure.
"""

from __future__ import annotations

import re

from rasd.analyse.events.actors import clause_subject
from rasd.analyse.events.view import Mention, View
from rasd.arabic.event_lexicon import Trigger, compiled_triggers

CONVICT = Trigger("SANCTION", "convict", "verb", "ادان")  # أدانته المحكمة بتهمة …: a conviction
_CHARGE = re.compile(r"\s*(?:\S+\s+){0,6}?(?:ب|في )(?:ال)?(?:تهمه|تهم|جريمه|جرائم|ارتكاب|قضيه|قضايا)(?!\w)")
_CONDEMN_STEM = re.compile(r"(?:[وف]?(?:ب|ل)?(?:ال)?ادان|[وف]?[يتن]?دين|[وف]?دان)\w*")


def convicted(v: View, trig: Trigger, word: str, b: int, sb: int) -> bool:
    """Is the condemnation ``word`` (ending at normalized ``b``) a conviction on a charge?"""
    return trig.type == "ACCUSE" and trig.mode == "disapprove" and bool(_CONDEMN_STEM.fullmatch(word)) \
        and bool(_CHARGE.match(v.norm, b, sb))


_AGENT = re.compile(r"(?<!\w)(?:من قبل|علي يد|علي ايدي|من طرف)\s+")


def agent_of(v: View, b: int, sb: int) -> Mention | None:
    """The agent named in «من قبل X»، «على يد X» within a few words after the trigger ending at ``b``
    (X must be an entity right after the phrase: «من قبل» alone is also "before")."""
    m = _AGENT.search(v.norm, b, min(sb, b + 70))
    if m is None or len(v.norm[b:m.start()].split()) > 6 or re.search(r"[.،,؛:«»\"]", v.norm[b:m.start()]):
        return None
    after = v.between(m.end(), min(sb, m.end() + 40))
    if not after or after[0].start > m.end() + 4:
        return None
    return Mention(after[0].start, after[0].end, after[0].entity)


_RESUMED = re.compile(r"(?<!\w)[وف]?(?:هو|هي|هم)\s+$")  # (not وقد: "قاد … ضد حكومة X، وقد سُجن" is not X)


# what may stand before an act that opens its sentence: a time phrase («في عام 2000 أُدين …»)
_OPENING = re.compile(r"\s*(?:[وف]?(?:في|منذ|خلال|عام|العام|سنه|الماضي|ثم|بعد|ذلك|\d+)[\s،,]*)*")


def patient_of(v: View, a: int, sent: tuple[int, int], sents: list[tuple[int, int]], i: int) -> Mention | None:
    """The person an act with no named actor is done to: after «وهو»/«وهي» the person the sentence
    is about (its first person before ``a``); for an act that opens its sentence (after a time phrase at most), the previous
    sentence's first person; else ``None``."""
    gap = v.norm[max(sent[0], a - 12):a]
    opens = bool(_OPENING.fullmatch(v.norm[sent[0]:a]))
    if not (_RESUMED.search(gap) or opens):
        return None
    for lo, hi in ((sent[0], a), sents[i - 1] if i > 0 and opens else (0, 0)):
        pers = [m for m in v.between(lo, hi) if m.entity.type == "PER"]
        if pers:
            return Mention(pers[0].start, pers[0].end, pers[0].entity)
    return None


_COMPILED = dict(compiled_triggers())
_POSSESSIVE = re.compile(r"(?:ت)?(?:ه|ها|هم|هما)$")
# acts whose noun's possessor is their subject (a stance noun's is found with its أعرب عن / أكد)
# (meetings and visits: the possessor of اعتقاله/اغتيالها/إطلاق سراحهم is as often a person named in
# another sentence, so those are left to the other rules)
_OWNED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def possessor(v: View, trig: Trigger, word: str, a: int, b: int, sent: tuple[int, int]) -> Mention | None:
    """The clause subject a noun trigger's possessive pronoun refers to (اجتماعه، زيارتها), or
    ``None`` when ``word`` has no possessive (the word less the pronoun must still be the noun:
    مقاطعه is the noun in ة, not مقاطع + ه)."""
    m = _POSSESSIVE.search(word)
    if m is None or trig.type not in _OWNED_TYPES:
        return None
    bare = word[:m.start()] + ("ه" if m.group().startswith("ت") else "")
    if not bare or _COMPILED[trig].fullmatch(bare) is None:
        return None
    if m.group() == "ه" and v.article.text[v.src(a, b)[1] - 1] == "ة":
        return None  # وساطة is the noun in ة (normalized وساطه), not وساط + ه
    owner = clause_subject(v, a, sent)
    if owner is None and not v.between(sent[0], a) and trig.mode == "visit":
        # "كما تحدث الأمير … . كما تطرق إلى … قبل زيارته إلى أمريكا": a sentence with no actor before the
        # noun drops its subject, the person the sentence before is about
        cut = max(v.norm.rfind(".", 0, max(0, sent[0] - 2)), v.norm.rfind("\n", 0, max(0, sent[0] - 2))) + 1
        prev = clause_subject(v, sent[0], (cut, sent[0]))
        owner = prev if prev is not None and prev.entity.type == "PER" else None
    return owner


# what strikes when the text names no side: the attack itself or an attacker it does not name
_UNNAMED_DOER = re.compile(r"[وف]?(?:ال)?(?:تفجير|انفجار|هجوم|غاره|قصف|صاروخ|ضربه|عبوه|قذيفه|هجمات|غارات|ضربات|"
                           r"تفجيرات|صواريخ|انتحاري|انتحاريه|مهاجم|مهاجمون|مهاجمين|مسلح|مسلحون|مسلحين|مجهولون|"
                           r"مجهولين)")
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})


_HIT = re.compile(r"[وف]?(?:استهدف|استهدفت|طال|طالت|اصاب|اصابت|ضرب|ضربت|هز|هزت)")


def attack_subject(v: View, b: int, sent: tuple[int, int]) -> bool:
    """Is the attack noun ending at normalized ``b`` the subject of a verb of hitting right after it
    («التفجير استهدف X»، «الهجمات التي استهدفت تركيا»)? Then X is hit, not the one who strikes."""
    words = [w for w in v.norm[b:min(sent[1], b + 40)].split()][:3]
    if words and words[0] in _RELATIVE:
        words = words[1:]
    return bool(words) and bool(_HIT.fullmatch(words[0]))


def unnamed_doer(v: View, a: int, b: int, sent: tuple[int, int]) -> bool:
    """Is the subject of the attack verb at normalized ``a``-``b`` an attack or an unnamed attacker
    («فإن التفجير استهدف X»، «استهدف انفجار موكبا لـ X»، «الانفجار الذي استهدف X»، «أن الانتحاري فجر نفسه»)?
    Then the actors named after the verb are hit, none of them strikes. The subject is the word right
    after the verb, or the word (or the noun before one adjective) right before it in its clause."""
    m_after = re.match(r"\s*(\S+)", v.norm[b:min(sent[1], b + 30)])
    after = [m_after.group(1)] if m_after and not v.in_mention(b + m_after.start(1), b + m_after.end(1)) else []
    before = [w for w in re.split(r"[\s،,]+", v.norm[max(sent[0], a - 40):a]) if w][-3:]
    if before and before[-1] in _RELATIVE:
        before = before[:-1]
    near = before[-2:] if before and not _UNNAMED_DOER.fullmatch(before[-1]) else before[-1:]
    if any(v.in_mention(m.start, m.end) for m in v.between(max(sent[0], a - 40), a)
           if m.end >= a - len(" ".join(near)) - 1):
        return False  # a named side stands right before the verb: it is the subject
    return bool(after and _UNNAMED_DOER.fullmatch(after[0])) or any(_UNNAMED_DOER.fullmatch(w) for w in near)


def struck_only(v: View, trig: Trigger, a: int, b: int, sent: tuple[int, int]) -> bool:
    """Are the actors of the attack trigger at normalized ``a``-``b`` all hit, none striking: a verb
    whose subject is the attack or an unnamed attacker (:func:`unnamed_doer`), a noun that is the
    subject of a verb of hitting (:func:`attack_subject`)?"""
    if trig.type != "ASSAULT":
        return False
    return unnamed_doer(v, a, b, sent) if trig.pos == "verb" else attack_subject(v, b, sent)

"""Statements carried by a speech noun with a noun-phrase object: ``بعد إعلان ترامب الانسحاب من الاتفاق``،
``إعلان شركة AMC عن فتح أول دار عرض``، ``دعوات من الأمم المتحدة بإجراء تحقيق محايد``، ``ومطالبتهم ترامب
بالعودة عن قراره``، ``اتهامه لقطر بدعم الجماعات الإرهابية``.

A verbal noun of announcing, calling, demanding, accusing or warning keeps its verb's argument structure: its
subject follows it in construct (إعلان ترامب) or after «من» (دعوات من الأمم المتحدة), or stands on it as a
possessive (مطالبتهم، اتهامه), and what is announced or asked for is its object — the noun phrase after the
verb's own preposition (عن، إلى، بـ، من), or for «إعلان» a verbal noun right after a named subject. The
annotation conventions code that object as an indirect quote (rule 1: a reporting word with a noun-phrase
object that states something), as they code the clause after «إعلان X أن» (:func:`.nested.noun_reports`).

The object must have a verbal noun's shape (:func:`.objects.verbal_noun`; after «إلى/عن/من» any noun
phrase), the preposition must come within :data:`MAX_BETWEEN` words of the noun (the word right after the
noun may not be a stop), and a definite noun (الإعلان، الدعوة) names no speaker and is left out. Pure: no I/O; used by
:mod:`rasd.analyse.quotes.finder`.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import _HEADS_N, MARKS, _Cand, _Ctx, _Cue, _words
from rasd.analyse.quotes.governed import _B_PREPS_N
from rasd.analyse.quotes.objects import _named, _past_time_words, verbal_noun
from rasd.analyse.quotes.stance import _COMPLEMENTIZER_RE, _before_taken, _complement_end, _starts_name

# normalized speech nouns (singular, the ة written ه, and plural) → the prepositions that introduce their object
_NOUNS: dict[str, tuple[str, ...]] = {
    "اعلان": ("عن",), "دعوه": ("الي", "ب"), "دعوات": ("الي", "ب"), "مطالبه": ("ب",), "مطالبات": ("ب",),
    "مناشده": ("ب",), "مناشدات": ("ب",), "اتهام": ("ب",), "اتهامات": ("ب",), "تحذير": ("من",),
    "تحذيرات": ("من",), "اقتراح": ("ب",), "تهديد": ("ب",), "تهديدات": ("ب",),
}
_POSSESSIVES = ("", "ه", "ها", "هم", "هما")
# ب-words that are adverbs or compound prepositions, never what is asked or charged (بالفعل "indeed")
_B_ADVERBS_N = frozenset({"بالفعل", "بالتالي", "بالطبع", "بالضبط", "بالذات", "بالكامل", "بالمقابل", "بالاضافه",
                          "بالنسبه", "بالرغم", "بالتحديد", "باستمرار", "بالتوازي", "بالاساس", "بشكل", "بدون", "بصوره",
                          "بطريقه"})
# nouns whose possessive is as often the one accused as the accuser (إثر اتهامها بقصف المدينة: she was
# accused): the object reading needs a word between (اتهامه لقطر بدعم…)
_OBJECT_POSSESSIVE = frozenset({"اتهام", "اتهامات"})
MAX_BETWEEN = 6
_NOUN_RE = re.compile(r"(?<!\S)(?P<pre>و?[بل]?)(?P<n>" + "|".join(
    sorted({n[:-1] + "ت" + p if n.endswith("ه") and p else n + p for n in _NOUNS for p in _POSSESSIVES},
           key=len, reverse=True)) + r")(?!\S)")
# a preposition or particle right after the noun makes it no speech act of a subject (إعلان عن مبادرة is the
# indefinite «an announcement about»; the object reading needs a subject or a possessive first)
_STOP_N = frozenset({"في", "علي", "حول", "بشان", "او", "و", "ان", "انه", "انها", "بان", "التي", "الذي"})


def _lemma(word: str) -> tuple[str, bool]:
    """(the noun of :data:`_NOUNS`, whether it bears a possessive) for a matched word."""
    if word in _NOUNS:
        return word, False
    for p in _POSSESSIVES[1:]:
        if word.endswith(p):
            base = word[: -len(p)]
            base = base[:-1] + "ه" if base.endswith("ت") and base[:-1] + "ه" in _NOUNS else base
            if base in _NOUNS:
                return base, True
    return word, False


def _b_object(ctx: _Ctx, ws: int, w: str) -> bool:
    """Is ``w`` ب + a verbal noun or a definite noun (بإجراء، بدعم، بالعودة; not بشأن, بين or a name)?"""
    if not w.startswith("ب") or len(w) < 4 or w in _B_PREPS_N or w in _B_ADVERBS_N or _starts_name(ctx, ws):
        return False
    x = w[1:]
    if x.startswith("ال") and len(x) > 4 and x.isalpha():
        return True  # بالعودة، بالإفراج: a definite noun after the noun's own ب is what is asked or charged
    raw = ctx.text[slice(*ctx.src(ws, ws + len(w)))].strip(MARKS + "()،,.")
    return verbal_noun(x, raw=raw[1:]) or (len(x) == 3 and x.isalpha() and not raw.endswith("ة"))


def _agent(ctx: _Ctx, noun: str, words: list[tuple[int, int, str]], upto: int) -> tuple[int, int] | None:
    """Where the noun's agent is named: the name in construct right after it (إعلان ترامب، دعوة الملك عبد الله)
    or after «من (قبل)» among the words before its object (دعوات من الأمم المتحدة، مناشدات رفيعة المستوى من
    الاتحاد الأوروبي); None when a description stands there (دعوة الناخبين: the genitive of a call is as often
    the one called), so the speaker of the sentence goes on."""
    between = [w for w in words if w[0] < upto]
    at = 0
    if between and not _named(ctx, between[0]):  # a name in construct is the agent: «من» after it is a place
        for i, w in enumerate(between):
            if w[2] == "من":
                at = i + 1 + (i + 1 < len(between) and between[i + 1][2] == "قبل")
                break
    if at >= len(between) or not _named(ctx, between[at]):
        return None
    if noun in _OBJECT_POSSESSIVE:
        # "اتهام روسيا بالتورط": one noun phrase is the accused; the accuser needs a second one after it
        # (اتهامات بريطانيا لروسيا، اتهام إسرائيل طهران)
        a = ctx.src(between[at][0], between[at][1])[0]
        end = max((me for ms, me, _e in ctx.mentions if ms <= a < me), default=a)
        if not any(ctx.src(w[0], w[1])[0] >= end for w in between[at + 1:]):
            return None
    return between[at][0], upto


def speech_noun_objects(ctx: _Ctx, taken: list[tuple[int, int]], clause_end) -> list[_Cand]:  # noqa: ANN001
    """The objects of speech nouns as indirect quotes (see the module docstring)."""
    norm = ctx.norm
    out: list[_Cand] = []
    for m in _NOUN_RE.finditer(norm):
        if any(s <= m.start() < e for s, e in taken):
            continue
        noun, owned = _lemma(m.group("n"))
        preps = _NOUNS[noun]
        ss, se = ctx.sentence_of(m.start())
        words = _words(norm, m.end(), se)[: MAX_BETWEEN + 2]
        if not words or words[0][2] in _STOP_N or (not owned and (
                words[0][2] in preps or ("ب" in preps and _b_object(ctx, words[0][0], words[0][2])))):
            continue  # no subject between: "إعلان عن مبادرة", "اتهامات بالفساد": nobody's statement
        start = None
        for k, (ws, _we, w) in enumerate(words[: MAX_BETWEEN + 1]):
            if w in MARKS or w[:1] in MARKS:
                break
            if (k or (owned and noun not in _OBJECT_POSSESSIVE)) and (
                    (w in preps and w != "ب" and k + 1 < len(words)) or ("ب" in preps and _b_object(ctx, ws, w))):
                start = words[k + 1][0] if w in preps else ws
                if w == "عن" and (_named(ctx, words[k + 1]) or words[k + 1][2].strip("،,.") in _HEADS_N):
                    start = None  # "إعلان رسمي عن الحكومة": the one announcing (a name, or a speaker's head noun:
                    # الحكومة، الوزارة، المصدر), not what is announced
                break
            if k and "الي" in preps and w.startswith("لل") and len(w) > 5 and not _named(ctx, words[k]):
                start = ws  # "بدعوة زوما للاستقالة": ل for إلى before a definite verbal noun
                break
            if noun == "اعلان" and k and not owned and _named(ctx, words[0]) and not _named(ctx, words[k]):
                j = _past_time_words(words, k)
                if j < len(words) and not _named(ctx, words[j]) and verbal_noun(
                        words[j][2], definite_ok=True, raw=ctx.text[slice(*ctx.src(words[j][0], words[j][1]))]):
                    start = words[j][0]  # "إعلان ترامب الانسحاب من الاتفاق": the named subject, then the act
                break
            if w[-1:] in "،,.:؛":
                break
        if start is None or norm[start:start + 1] in MARKS or _COMPLEMENTIZER_RE.match(norm, start):
            continue  # (a quote, or «عن أن»: a clause, the other rules')
        end = _before_taken(norm, start, _complement_end(norm, start, clause_end(ctx, start, se)), taken)
        comma = re.search(r"[،,]", norm[start:end])
        if comma:
            end = start + comma.start()  # the noun phrase ends at a comma ("…بدعم الجماعات، خلال كلمة له")
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        cs = m.start() + len(m.group("pre"))
        cue = _Cue(cs, m.end(), noun, False, "noun")
        # nested: a statement named by a noun inside the writer's sentence is no turn of the discourse, so its
        # speaker is not one that later subjectless cues go on with
        out.append(_Cand(start, end, "indirect", cue, None if owned else _agent(ctx, noun, words, start), ss,
                         False, nested=True))
        taken.append((start, end))
    return out

"""The third-person forms of reporting verbs, made from the lemma by Arabic verb morphology.

The word lists of :mod:`rasd.arabic.reporting` spell out each form by hand, and miss some: present forms
(يزعم، تدعي، يطلب) and whole verbs of request and claim (طلب أن، اقترح أن). Here a verb is given by
its lemma (past, third person masculine singular) and :func:`verb_forms` makes its past forms (قال، قالت،
قالوا، قالا، قالتا) and, where the pattern shows it, its present forms (يقول is not made: a hollow form I
verb's vowel cannot be told from the lemma):

- form I with و first (وعد): the و falls (يعد); defective (نفى، دعا): ي + root + ي / و (ينفي، يدعو);
  a sound three-letter verb (كشف، طلب, doubled ones too: شدد): ي + lemma (يكشف، يطلب، يشدد);
- forms II, III, V, VI (طالب، توقع، تساءل): ي + lemma (يطالب، يتوقع، يتساءل);
- form IV (أعلن، أشار، أبدى): the أ falls (يعلن); hollow, the ا becomes ي (يشير); defective, ي (يبدي);
- forms VII, VIII, X (اعتبر، اقترح، استبعد، ادعى): the ا falls (يعتبر، يستبعد), defective ending ي (يدعي).

Forms are normalized (:func:`rasd.arabic.normalize.normalize`: أ → ا, ى → ي, ة → ه), as the quote finder
compares them. A three-letter lemma that starts with أ is left without present forms (أكد is form II,
يؤكد; أقر form IV, يقر: the shape does not tell). Pure data, computed at import; no I/O.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.arabic.normalize import normalize

# Lemmas of verbs whose أن/إن clause (or colon) is what a speaker stated, asked or claimed. The first
# group are the verbs of the hand lists (their missing forms are added); the second, verbs of request and
# claim that head quotes in the annotations of both corpora (طلبت من سفير إسرائيل أن يغادر، تزعم أنها).
REPORTING_LEMMAS: tuple[str, ...] = (
    "أضاف", "أوضح", "أشار", "صرح", "أفاد", "نفى", "حذر", "اعتبر", "أعلن", "كشف", "شدد", "زعم",
    "ادعى", "اعترف", "أردف", "استطرد", "استدرك", "أفصح", "رجح", "استبعد", "كرر", "جزم", "توعد", "غرد",
    "طلب", "اقترح", "تساءل", "توقع",
)
# (not قدر: «فيما قُدّرت الأضرار» is as often the passive, and its object is mostly a noun phrase;
# not أظهر: «أظهرت التجارب/النتائج أن» reports a finding, which the annotation sets of the layer do not mark
# as a quote, and it made «النتائج» the speaker that later subjectless cues went on with;
# not اعتقد: past «اعتقد المصري القديم أن» tells a belief of history, and «وأعتقد أن» is the first
# person inside a quote; not أجاب: its present «يجيب زين» after a question is not the asker's cue.)
# (not ناشد: its object is a noun phrase or ب, rarely أن, and as a cue with no quote it became the verb
# that a following «ويقولون» continues, taking the subject away from it)

# Present forms not made: they read as another verb («لا يعترفون بـ» "do not recognize").
_NO_PRESENT_N = frozenset(normalize(w) for w in ("اعترف",))


def present_stem(lemma: str) -> str | None:
    """The stem that follows the prefix ي/ت in the present (normalized), or None when the shape of the
    normalized ``lemma`` does not tell it."""
    w = normalize(lemma)
    n = len(w)
    if n == 3:
        if w[0] == "ا":
            return None  # أكد (II, يؤكد) or أقر (IV, يقر)
        if w[0] == "و":
            return w[1:]  # وعد → يعد
        if w[2] in "يا":
            return w[:2] + ("و" if w[2] == "ا" else "ي")  # دعا → يدعو، نفى → ينفي
        if w[1] == "ا":
            return None  # قال → يقول: a hollow verb's vowel is not in the lemma
        return w
    if n == 4:
        if w[0] == "ت" or w[1] == "ا":
            return w  # V/VI تفعّل/تفاعل, III فاعل
        if w[0] == "ا":
            if w[2] == "ا":
                return w[1] + "ي" + w[3]  # أشار → يشير (IV hollow)
            if w[3] in "يا":
                return w[1:3] + "ي"  # أبدى → يبدي (IV defective)
            return w[1:]  # أعلن → يعلن (IV)
        return w
    if n >= 5 and w[0] == "ا":
        if w[-1] in "يا":
            return w[1:-1] + "ي"  # ادعى → يدعي
        return w[1:]  # اعتبر → يعتبر، استبعد → يستبعد
    if n >= 5 and w[0] == "ت":
        return w  # تساءل (normalized تسال, four letters) and longer V/VI stems
    return None


def verb_forms(lemma: str) -> tuple[set[str], set[str]]:
    """(past forms, present forms) of ``lemma``, third person, normalized: قال → قال، قالت، قالوا، قالا،
    قالتا; طلب → also يطلب، تطلب، يطلبون، يطلبان، تطلبان. A defective past drops its vowel before the
    endings (دعا → دعت، دعوا; نفى → نفت، نفوا)."""
    w = normalize(lemma)
    if w[-1] in "يا" and len(w) >= 3:
        root = w[:-1]
        past = {w, root + "ت", root + "وا", root + "تا", w + "ا" if w[-1] == "ي" else w}
    else:
        past = {w, w + "ت", w + "وا", w + "ا", w + "تا"}
    present: set[str] = set()
    stem = None if w in _NO_PRESENT_N else present_stem(lemma)
    if stem:
        plural = stem[:-1] + "ون" if stem[-1] in "يو" and len(stem) > 2 else stem + "ون"
        present = {"ي" + stem, "ت" + stem, "ي" + plural, "ي" + stem + "ان", "ت" + stem + "ان"}
    return past, present


def _all_forms() -> tuple[frozenset[str], frozenset[str]]:
    past: set[str] = set()
    present: set[str] = set()
    for lemma in REPORTING_LEMMAS:
        a, b = verb_forms(lemma)
        past |= a
        present |= b
    return frozenset(past), frozenset(present)


PAST_FORMS_N, PRESENT_FORMS_N = _all_forms()

# Forms of طلب "ask": the addressee follows «من» (طلبت بي بي سي من خبيرة أن…), and the bare form is as often
# the noun طَلَب "a request" (بناء على طلب…، طلب اللجوء).
REQUEST_FORMS_N = frozenset(verb_forms("طلب")[0] | verb_forms("طلب")[1])
REQUEST_NOUN_N = normalize("طلب")


def participle_stems(lemma: str) -> list[str]:
    """Active-participle stems (normalized, no ending) of ``lemma`` that its shape tells: form I فاعل of a
    sound three-letter verb (زعم → زاعم، جزم → جازم; a lemma written without its shadda may be form II, whose
    مفعّل participles the hand list spells: مشدد، محذر), form IV مُفعِل (أعلن → معلن، أشار → مشير), forms V, VI, VIII,
    X مُتفعّل، مُفتعِل، مُستفعِل (توقع → متوقع، اعتبر → معتبر، استبعد → مستبعد). Weak-final lemmas (نفى، ادعى) and
    hollow or hamzated three-letter ones (قال، أكد) are left to the hand list: their participles change letters."""
    w = normalize(lemma)
    n = len(w)
    if "ء" in w or w[-1] in "يا":
        return []
    if n == 3:
        # (a doubled root, كرر، شدد, is form II: كاررا is no word)
        return [] if w[0] in "او" or w[1] == "ا" or w[1] == w[2] else [w[0] + "ا" + w[1:]]
    if n == 4 and w[0] == "ا":
        return ["م" + w[1] + "ي" + w[3]] if w[2] == "ا" else ["م" + w[1:]]  # أشار → مشير; أعلن → معلن
    if n >= 4 and w[0] == "ت":
        return ["م" + w]  # توقع → متوقع
    if n >= 5 and w[0] == "ا":
        return ["م" + w[1:]]  # اعتبر → معتبر، استبعد → مستبعد
    return []


def _participles() -> frozenset[str]:
    """The participles of :data:`REPORTING_LEMMAS` with their endings (ا، ة → ه، ين، ون), normalized; not a
    form that is also a finite verb (طلب → طالب is the verb «طالب» "demanded" too), nor form I of a lemma whose
    form II participle the hand list holds."""
    from rasd.arabic.reporting import REPORTING_PARTICIPLES

    verbs = PAST_FORMS_N | PRESENT_FORMS_N
    hand = {normalize(w) for w in REPORTING_PARTICIPLES}
    out: set[str] = set()
    for lemma in REPORTING_LEMMAS:
        w = normalize(lemma)
        if len(w) == 3 and "م" + w + "ا" in hand:
            continue  # the hand list spells its مفعّل participle: a form II verb (صرّح → مصرح), no فاعل
        for stem in participle_stems(lemma):
            # طالب: form I فاعل of طلب is the form III past of its root too, the stance verb «طالب» of
            # stance._GOVERNS, which this module cannot import (base imports it); the corpus test of
            # :func:`generated_non_participle` (form III in use) would drop it as well, but only at cue time
            if stem in verbs or stem == "طالب":
                continue
            forms = {stem + end: stem for end in ("ا", "ه", "ين", "ون")}
            out |= set(forms)
            _GENERATED.update((k, v) for k, v in forms.items() if k not in hand)
    return frozenset(out)


_GENERATED: dict[str, str] = {}  # generated participle form → its stem (the hand list's forms are not here)
PARTICIPLE_FORMS_N = _participles()
_GENERATED = {k: v for k, v in _GENERATED.items() if k in PARTICIPLE_FORMS_N}


@lru_cache(maxsize=512)
def generated_non_participle(word: str, after_comma: bool = False) -> bool:
    """Does the corpus word table read ``word`` (normalized), a participle made by :func:`participle_stems`
    (never one of the hand list), as something else? A noun when its stem takes the sound plural ـات as a
    word of general text (مقترح → مقترحات: «قدم الوفد مقترحا بأن…» is a proposal, no speech), unless a comma
    precedes it (``after_comma``: «…، مقترحا أن…» is the circumstantial participle); a form I فاعل
    stem that is the past of a form III verb in use (يطالب, Zipf >= 3), or whose form II مفعّل participle is
    the commoner word (مغردا against غاردا: the lemma is form II, written without its shadda). False when no
    table loads."""
    stem = _GENERATED.get(word)
    if stem is None:
        return False
    try:
        from rasd.analyse.ner.tagger import word_zipf
    except ImportError:
        return False

    def z(w: str) -> float:
        return word_zipf(w) or 0.0

    if not after_comma and z(stem + "ات") >= 3.0:
        return True
    if len(stem) == 4 and stem[1] == "ا":
        root = stem[0] + stem[2:]
        return z("ي" + stem) >= 3.0 or z("م" + root + "ا") > z(stem + "ا")
    return False

"""The last check on a speaker that is a description: a clean noun phrase, a name, or nothing.

Contract: :func:`speaker_phrase(ctx, who) <speaker_phrase>` takes what speaker choice read (an entity id,
a description string or None) and returns an entity id, a clean description or None. An entity id and
None pass unchanged. A description is kept only as a noun phrase that starts with a noun; None tells
the caller that the sentence names no speaker, so the quotes layer falls back to the continuation of
the cue's pronoun subject (the nearest earlier speaker or subject that agrees with the cue in gender
and number), never to a fragment. Pure: no I/O; one call costs a few set look-ups per word.

What is read, all from the grammar of the noun phrase, not from lists of phrases:

- **the head** must be a noun: not a preposition, adverbial or particle (``أمام حشد``، ``بلهجة…``، ``ما``),
  not a finite verb;
- **the end**: a noun phrase stops at a finite verb (``ثلاثة ضباط كانوا``), and — adjectives agree with
  their noun in definiteness — at a common indefinite word right after a definite one (``الشرطة تغريدة``،
  ``الحكومة تنكر``); a trailing ``ل`` + a name that is not a common word is the outlet told (``شاهدا عيان
  لبي بي سي``), as is a trailing demonstrative or preposition left over;
- **a name inside**: a person entity written in the phrase as its apposition (``أحد محامي الدفاع فكرت
  إيلكيز``، after a definite word or a title) is the speaker, and so is an apposed run of two to four words
  none of which is a common word, the article's definite or a preposition (``رئيسة الهلال الأحمر الجزائري
  سعيدة بن حبيلس`` → ``سعيدة بن حبيلس``): the person is named even when the entity layer missed the name.

"Common word" is corpus statistics, not a hand list: the words the NER training data (ANERcorp) mostly
has outside names (:func:`rasd.analyse.entities.cands.common_words`); without the NER package the two
rules that need it (the apposed name, the outlet told) are skipped.
"""

from __future__ import annotations

from functools import lru_cache

from rasd.analyse.quotes.base import _ANON_N, _ROLE_N, _SOURCE_N, _VERBS_N, MARKS, _Ctx
from rasd.analyse.quotes.subjects import _NOT_HEAD_N, _PREPS_N, _PRONOUN_PREP_RE, head_ok
from rasd.arabic.normalize import normalize

# Prepositions and adverbs of place, time and cause that head a phrase (a closed class): a speaker
# phrase that opens with one is a circumstance of the verb (قال أمام حشد من أنصاره), never its subject.
_ADVERBIAL_PREPS_N = frozenset(normalize(w) for w in (
    "أمام", "وسط", "خلف", "وراء", "داخل", "خارج", "قرب", "بالقرب", "تحت", "فوق", "عبر", "دون", "بدون", "إثر",
    "عقب", "أثناء", "حسب", "بحسب", "وفق", "وفقا", "طبقا", "نحو", "ضد", "حول", "بين", "لدى", "عند", "جراء",
    "بسبب", "رغم", "مثل", "ضمن", "تجاه", "إزاء", "حيال", "لصالح", "بشأن", "حين", "بينما", "فيما",
    "منذ", "خلال", "بعد", "قبل", "بعيدا", "إلى", "على", "من", "عن", "في", "مع", "لدي"))
# The forms of كان, the auxiliary that opens a clause inside a phrase (ضباط كانوا في موقع…).
_KANA_N = frozenset(normalize(w) for w in (
    "كان", "كانت", "كانوا", "كانا", "كانتا", "كن", "يكون", "تكون", "يكونون", "يكونوا", "ليكون", "لتكون"))
# Words that may follow a definite noun without the article: the emphatic pronoun (المصدر ذاته).
_EMPHATIC_N = frozenset(normalize(w) for w in (
    "نفسه", "نفسها", "ذاته", "ذاتها", "أنفسهم", "ذاتهم", "نفسهم", "جميعا", "جميعهم", "كلهم", "وحده", "وحدها",
    "غير"))  # ...and غير before a definite adjective (المنظمة غير الحكومية)
_COPULA_N = frozenset(normalize(w) for w in ("هو", "هي"))
# Nouns of wording that take the speaker as their genitive (تعبير البيان، قول المسؤول، لسان الوزير).
_WORDING_N = frozenset(normalize(w) for w in ("تعبير", "قول", "كلام", "لسان", "رواية"))


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from rasd.analyse.entities.cands import common_words

    return common_words()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    from rasd.analyse.entities.cands import first_names

    return first_names()


def _n(word: str) -> str:
    return normalize(word.strip(MARKS + "()،,.:؛"))


def _definite(n: str) -> bool:
    """A definite word: the article, maybe after و/ف or the ل/ب of a preposition (للرئاسة، بالخارجية)."""
    return n.startswith(("ال", "وال", "فال", "لل", "بال")) and len(n) > 3


def finite_verb(n: str) -> bool:
    """Is the normalized word a finite verb that can end a noun phrase: a form of كان, a reporting verb
    (with its conjunction), or a past plural (قالوا، حضروا)?"""
    if n in _KANA_N or n in _VERBS_N or (n[:1] in "وف" and (n[1:] in _VERBS_N or n[1:] in _KANA_N)):
        return True
    # a past plural whose form or stem the corpus knows as a word (قالوا، حضروا); فرنسوا، أوتاوا are names
    common = _common()
    return len(n) >= 5 and n.endswith("وا") and not n.startswith("ال") and (n in common or n[:-2] in common)


def _plural_nisba(n: str) -> bool:
    """A sound masculine plural demonym (الباكستانيين، الأمريكيون): a plural adjective or a people's
    plural (not الصحفيين: no country)."""
    from rasd.analyse.entities.countries import demonym_country

    return len(n) >= 7 and n.endswith(("يين", "يون")) and demonym_country(n[:-2]) is not None


def _plural_form(n: str) -> bool:
    """Does the normalized word look plural or dual (ون/ين/ات/ان endings)? A broken plural is not told."""
    return n.endswith(("ون", "ين", "ات", "ان"))


def _resumptive_verb(n: str) -> bool:
    """Is the normalized word a past verb of three letters with an object pronoun (جمعها، أعدها، نشرهم):
    the verb of a relative clause on an indefinite noun (``أرقام غير رسمية جمعها باحثون``), which
    Arabic joins without الذي? No adjective or genitive of an indefinite noun bears a pronoun, so such a
    word ends the noun phrase. The bare stem must be a common word of the corpus table that conjugates as a
    verb there: its feminine past (جمعت) and its plural past (جمعوا) are words of general text too, which a
    noun's are not (جيش، عام: «قائد جيشها»، «مدير عامها» are a genitive with its pronoun)."""
    for suffix in ("هما", "ها", "هم"):
        if n.endswith(suffix) and len(n) - len(suffix) == 3:
            stem = n[: -len(suffix)]
            return stem[:1] not in "بلكو" and stem in _common() and stem not in _PREPS_N \
                and stem not in _NOT_HEAD_N and not _PRONOUN_PREP_RE.fullmatch(n) \
                and _conjugates(stem)  # عليها، فيها: a preposition
    return False


def _conjugates(stem: str) -> bool:
    """Does the three-letter ``stem`` (normalized) conjugate as a past verb in the corpus word table: its
    feminine (ـت, Zipf >= 3) and plural (ـوا, Zipf >= 2.5) forms both known words? True when no table loads
    (the rule keeps its older reach)."""
    fem, plural = _zipf(stem + "ت"), _zipf(stem + "وا")
    if fem is None or plural is None:
        return True
    return fem >= 3.0 and plural >= 2.5


def noun_head(word: str) -> bool:
    """Can ``word`` head a speaker's noun phrase? Not a particle or adverb (:func:`.subjects.head_ok`), not a
    preposition of place, time or cause (أمام، وسط، بسبب), not a finite verb, and not the ب/ك of a
    preposition glued to a noun (:func:`_clitic_preposition`)."""
    n = _n(word)
    if not n or not head_ok(word) or n in _ADVERBIAL_PREPS_N or (n[:1] == "و" and n[1:] in _ADVERBIAL_PREPS_N):
        return False
    if finite_verb(n):
        return False
    return not _clitic_preposition(n)


def _clitic_preposition(n: str) -> bool:
    """Is the normalized word the preposition ب/ك glued to a noun (بثقة، بلهجة، كنتيجة)? Told by corpus
    frequency: the bare noun is a word clearly more frequent than the whole (ثقة against بثقة), which a noun
    whose own first letter is ب is not (بعض، بيان، بعثة, against عض، يان، عثة)."""
    if n[:1] not in "بك" or len(n) < 4 or n.startswith("بال") or n[1:] in _NOT_HEAD_N or n in _first_names():
        return False
    rest, whole = _zipf(n[1:]), _zipf(n)
    # the whole word must be a known word too: a name outside the table (بريم بالرام) is no preposition
    return rest is not None and bool(whole) and rest >= 3.0 and rest >= whole + 0.5  # type: ignore[operator]


@lru_cache(maxsize=4096)
def _zipf(n: str) -> float | None:
    """The word's frequency bin (wordfreq zipf, half units) in the NER word table; None when the table or
    the NER package is absent, 0.0 for a word outside it."""
    try:
        from rasd.analyse.ner.tagger import _model

        row = _model().featurizer.resources.words.get(n)
    except Exception:  # noqa: BLE001 - no NER package or model: the rule is skipped, never an error
        return None
    if not row:
        return 0.0
    return next((float(f[2:]) for f in row if f.startswith("z=")), 0.0)


def _cut_tail(words: list[str]) -> list[str]:
    """``words`` up to where the noun phrase ends (a finite verb; a common indefinite word after a definite
    one), without trailing prepositions, demonstratives and particles."""
    common = _common()
    out: list[str] = []
    for w in words:
        n = _n(w)
        if out and (finite_verb(n) or (not _definite(_n(out[-1])) and _n(out[-1]) not in _ROLE_N
                                       and _resumptive_verb(n))):
            break  # "ثلاثة ضباط كانوا"، "أرقام غير رسمية جمعها باحثون": a clause on the noun phrase
        if out and common and _definite(_n(out[-1])) and n in common and not _definite(n) \
                and n[:1] not in "لب" and n not in _EMPHATIC_N and n not in _first_names() \
                and n not in _PREPS_N and not n.isdigit():
            break  # "الشرطة تغريدة"، "الحكومة تنكر": no adjective of a definite noun lacks the article
        if len(out) >= 2 and _plural_nisba(n) and _definite(n) and _n(out[0]) in _ROLE_N \
                and not any(_plural_form(_n(w)) for w in out):
            break  # "متحدث باسم الحزب الباكستانيين": a plural adjective agrees with neither the singular
            # title heading the phrase nor the singular genitive before it: the verb's object follows
        out.append(w)
    while len(out) > 1 and (_n(out[-1]) in _NOT_HEAD_N or _n(out[-1]) in _ADVERBIAL_PREPS_N) \
            and not _PRONOUN_PREP_RE.fullmatch(_n(out[-1])):
        out.pop()  # "لجنة برلمانية هذا"، "أمام الصحافة ما"; "المشتبه به" keeps its pronoun
    return out


def _name_word(n: str, first: bool) -> bool:
    """Could the normalized word be part of a person's name written after a title? Not a common word, not
    definite, not a function word or verb, no digits; the first word not a preposition's ل (لبي بي سي is the
    outlet told) unless it is a known first name (ليلى)."""
    if not n or n in _common() or not _plain_word(n):
        return False
    return not (first and n[:1] == "ل" and n not in _first_names())


def _plain_word(n: str) -> bool:
    """A word that may stand in a name: not definite, not a function word, verb, title, organisation
    head (``معهد``، ``المدير``) or demonym (``سويدية``), no digits."""
    from rasd.analyse.coref.features import title_stem
    from rasd.analyse.quotes.subjects import _org_head

    return len(n) >= 2 and not (_definite(n) or n.startswith("ال") or n in _NOT_HEAD_N or n in _ADVERBIAL_PREPS_N
                                or finite_verb(n) or any(ch.isdigit() for ch in n) or title_stem(n) is not None
                                or _org_head(n) or n in _ROLE_N or n in _SOURCE_N or n in _ANON_N or _demonym(n))


def _apposed_name(ctx: _Ctx, words: list[str]) -> str | None:
    """The name that ends ``words`` in apposition (an entity id when a person entity has it, else the
    name as written), or None: two to four words after a definite word (no indefinite word is an
    adjective of a definite noun), the last one not a common word (``وحيد مجروه``: a first name may
    be one), none definite, a demonym, a title or a function word."""
    if not _common():
        return None
    while len(words) > 1 and _n(words[-1]) in _EMPHATIC_N:
        words = words[:-1]  # "الرئيس دونالد ترامب نفسه"
    norms = [_n(w) for w in words]
    if not norms or not _name_word(norms[-1], first=len(norms) == 1):
        return None
    k = len(norms) - 1
    while k > 0 and _plain_word(norms[k - 1]) and len(norms) - k < 4:
        k -= 1
    while k < len(norms) and not _name_word(norms[k], first=True) and not (
            norms[k] in _first_names() or (norms[k] in _common() and norms[k][:1] not in "لب")):
        k += 1  # "لبي بي سي": a preposition's ل opens no name
    if len(norms) - k < 2 or k == 0:
        return None
    before = norms[k - 1]
    if not _definite(before):
        return None  # "وسائل إعلامية سويدية وأجنبية": adjectives of an indefinite noun, not a name
    return _as_person(ctx, words[k:])


def _as_person(ctx: _Ctx, name: list[str]) -> str:
    """The person entity whose name ends in the last word of ``name`` (its id), else the name as written."""
    last = _n(name[-1])
    for ent in ctx.art.entities:
        if ent.type == "PER" and any(normalize(f).split()[-1:] == [last] for f in (ent.name, *ent.aliases) if f):
            return ent.id
    return " ".join(w.strip(MARKS + "()،,.:؛") for w in name)


def _named_person(ctx: _Ctx, words: list[str]) -> str | None:
    """A person entity whose name or alias ends the phrase in apposition to a definite word or a name that
    completes a construct (``نائب وزير الثقافة ياروسلاف سيلين``، ``الرئيس دونالد ترامب نفسه``، ``محامي
    "سامسونغ" جون كين``), else None; not the genitive of a common noun (``مسؤولون في إدارة ترامب``) or a
    complement (``المتحدث باسم لوفن``)."""
    norms = [_n(w) for w in words]
    for ent in ctx.art.entities:
        if ent.type != "PER":
            continue
        for form in {ent.name, *ent.aliases}:
            f = normalize(form).split()
            if not f or (len(f) == 1 and _definite(f[0])):
                continue  # "السياسيان": a definite common word taken for a name is no name to find
            for k in range(1, len(norms) - len(f) + 1):
                tail = norms[k + len(f):]
                before = norms[k - 1]
                if norms[k:k + len(f)] == f and all(x in _EMPHATIC_N for x in tail) and (
                        (_definite(before) and not before.startswith("لل")) or (k > 1 and _name_word(before, False))):
                    return ent.id
    return None


def _outlet_cut(words: list[str]) -> list[str]:
    """``words`` without a trailing ل + one to three name words (``مصدر … لبي بي سي``، ``لرويترز``): the
    outlet or person told, when neither the bare word after ل nor any later word is a common word."""
    common = _common()
    if not common or len(words) < 2:
        return words
    norms = [_n(w) for w in words]
    for k in range(max(1, len(norms) - 3), len(norms) - 1):  # ل + at least one more word: لبنانية is a nisba
        n = norms[k]
        if n.startswith("ل") and not n.startswith("لل") and len(n) >= 3 and n[1:] not in common \
                and n not in _first_names() and not _demonym(n) and not any(x[:1] == "و" for x in norms[k + 1:]) \
                and all(_name_word(x, first=False) for x in [n[1:], *norms[k + 1:]]):
            return words[:k]
    return words


def _demonym(n: str) -> bool:
    """A demonym in any number or gender (ليبيين، لبنانية): an adjective, not ل + a name."""
    from rasd.analyse.entities.countries import demonym_country

    for end in ("يين", "يون", "يه", "يات", "ي"):
        if n.endswith(end) and demonym_country(n[: len(n) - len(end)] + "ي") is not None:
            return True
    return False


def speaker_phrase(ctx: _Ctx, who: str | None) -> str | None:
    """``who`` (an entity id or a description) as an entity id, a clean description or None (see the
    module docstring)."""
    if not who or ctx.art.entity(who) is not None:
        return who
    raw = who.split()
    if len(raw) >= 2 and _n(raw[0]) in _WORDING_N:
        # "بحسب تعبير البيان"، "على حد قول الأطفال": a noun of wording in construct with its speaker;
        # the genitive speaks (a statement then goes to its author, as "البيان" alone does)
        return speaker_phrase(ctx, " ".join(raw[1:]))
    cop = next((k for k, w in enumerate(raw) if k and _n(w) in _COPULA_N), None)
    if cop is not None and 2 <= len(raw) - cop - 1 <= 4 and all(_name_word(_n(w), first=False) for w in raw[cop + 1:]):
        # "المتحدث باسم الخارجية هو توم كايسي": the pronoun of identity introduces the person's name
        return _as_person(ctx, raw[cop + 1:])
    if not raw or not noun_head(raw[0]):
        return None
    named = _named_person(ctx, raw) or _apposed_name(ctx, raw)
    if named is not None:
        return named
    words = _cut_tail(raw)
    if not words:
        return None
    named = _named_person(ctx, words) or _apposed_name(ctx, words)
    if named is not None:
        return named
    words = _outlet_cut(words)
    return " ".join(words).strip(" ،,.:؛") or None

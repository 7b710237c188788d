"""Objects as quotes: what a reporting verb or a speech noun states by a noun phrase, not a clause.

- :func:`verbal_noun_objects`: a finite reporting verb without أن whose object, right after it or after
  its subject (named, or described by a definite phrase), is a verbal noun or an object-shaped noun
  (``أكدت تقارير… وقوع هجوم``، ``وأكد الجيش الإسرائيلي قصف دبابة…``، ``ونفى حيدري شائعات عن…``);
- :func:`announced_objects`: «أعلن … عن» whose object after عن is a verbal noun (``أعلنت الشرطة الاثنين عن
  دهس شاحنة…``، ``قد أعلنت عن مقتل…``); not a named thing (``أعلن عن مبادرة``), a claim of responsibility
  (``أعلن مسؤوليته عن``), a negated verb or one inside a relative clause (``العقوبات التي أعلنت … عن فرضها``);

The verbal-noun test is a shape test (word patterns), not a lexicon, and it is used only in the object
slot. Pure: no I/O.
"""

from __future__ import annotations

from rasd.analyse.quotes.base import MARKS, _Cand, _Ctx, _words
from rasd.analyse.quotes.cueforms import verb_forms
from rasd.analyse.quotes.stance import _before_taken, _complement_end
from rasd.arabic.normalize import normalize

# Finite reporting verbs whose object may be a verbal noun (أكدت وقوع هجوم، أعلنت غوغل حجب الإعلانات،
# كشفت وجود مشروع، نفى نية قطر): the noun phrase is what is stated. Given by lemma, their past forms made
# by verb morphology (:func:`.cueforms.verb_forms`: the duals أعلنا، نفتا too). Of the present forms only
# يؤكد/ينفي: the others open headlines («مصر تعلن اكتشاف…»، «جهاز جديد يكشف أسرار…»), which the gold of the
# ANT sets leaves unannotated, and «يُتوقع»، «يُذكر» are as often passive.
# A proposal states what is proposed (واقترحت بالمقابل إدانة حماس، قد اقترحت إشراك البنك الدولي).
_NOUN_OBJECT_LEMMAS = ("أكد", "نفى", "أعلن", "كشف", "ذكر", "رجح", "توقع", "استبعد", "اقترح")
_PAST_N = frozenset(f for lemma in _NOUN_OBJECT_LEMMAS for f in verb_forms(lemma)[0])
_NOUN_OBJECT_VERBS_N = _PAST_N | frozenset(normalize(w) for w in ("يؤكد", "تؤكد", "ينفي", "تنفي", "يقترح", "تقترح"))
# Object markers that no plain noun shares (عدم معرفتها، أي مشاركة، نية قطر): the object, even right after a
# one-word described subject.
_PLAIN_MARKERS_N = frozenset(normalize(w) for w in ("عدم", "أي", "نية"))
_NOT_VERB_BEFORE_N = frozenset(normalize(w) for w in (
    "على", "من", "في", "عن", "إلى", "بعد", "قبل", "إذا", "لو", "إن", "حتى", "لن", "لم", "عند", "منذ"))
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_RELATIVE_N = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "ما"))
_NEGATIONS_N = frozenset(normalize(w) for w in ("لم", "لن", "لا", "ما"))


# Time words and sentence adverbs (أيضا، رسميا، the contrast adverb بالمقابل) that may stand between a reporting
# verb (or its subject) and its object (أعلن الخميس إلغاء…، واقترحت بالمقابل إدانة…).
_TIME_BETWEEN_N = frozenset(normalize(w) for w in (
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "أمس", "مجددا",
    "أيضا", "كذلك", "رسميا", "سابقا", "مؤخرا", "الأسبوع", "الشهر", "العام", "الماضي", "الماضية", "بالمقابل"))
_EARLIER_N = (("في", "وقت", "سابق"), ("في", "وقت", "لاحق"), ("في", "وقت", "متاخر"))


def _lam_ifti3al(w: str, raw: str) -> bool:
    """``التزامهم``، ``التفاتها``: افتعال of a ل-initial root with a possessive (no article before one)."""
    for suf in _PRONOUN_SUFFIXES:
        if w.endswith(suf) and raw.endswith(suf):
            base = w[: -len(suf)]
            return len(base) == 6 and base.startswith("الت") and base[4] == "ا"
    return False


def verbal_noun(word: str, definite_ok: bool = False, raw: str = "", after_subject: bool = False) -> bool:
    """Does ``word`` (normalized) have the shape of an Arabic verbal noun: تفعيل (ترحيب)، إفعال
    (إجراء)، افتعال (اعتقال)، انفعال (انسحاب)، استفعال (استخدام)، تفاعل (تضامن)، مفاعلة (مساعدة)،
    فعول (وقوع، وجود), or عدم/نية before a noun? A shape test, not a lexicon: it generalizes to verbal
    nouns no list holds and is used only right where a reporting verb's object stands."""
    w = word.strip(MARKS + "()،,.")
    if w in ("عدم", "نيه", "وفاه", "اي"):
        return True  # (أي: "نفى أي تدخل")
    if after_subject and len(w) == 4 and w[0] == "م" and w[1] not in "اوي" and w[2] not in "اوي" \
            and raw[:1] == "م" and not raw.endswith("ة"):
        return True  # مفعل after the subject and time words: "نفى حزب الله الجمعة مقتل…"
    for suf in _PRONOUN_SUFFIXES:
        # فعل with a possessive (رفضه، دعمها، قلقها، ضلوعها): the subject's own stance or act; a bare
        # فعل word is too often a plain noun to count
        if w.endswith(suf) and len(w) - len(suf) == 3 and not w.startswith(("ال", "و", "ف", "ب", "ل")) \
                and not raw.endswith("ة"):
            return True  # (the source word tells هويته from هوية, which normalization merges)
    # إلغاء، إلقاء: a hamza-initial إفعال, not the article (normalization merges them); التزامهم: an
    # افتعال of a ل-initial root, which a possessive shows is no article (the two never go together)
    article = w.startswith("ال") and raw[:1] not in ("إ", "أ", "آ") and not _lam_ifti3al(w, raw)
    if definite_ok and article and len(w) > 5:
        w, article = w[2:], False  # after a named subject the definite noun is the object (ونفى ساركوزي الحصول)
    if (w.endswith("ا") and not w.endswith("ها")) or article:
        return False  # an adverb (تماما، أيضا); a definite noun is more often the subject (الاتهامات)
    whole = w  # (with its ة, which the pronoun stripping below takes for ه: موافقة، إقامة، استقالة)
    for suf in _PRONOUN_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            w = w[:-1] + "ه" if w.endswith("ت") else w  # مساعدته → مساعده
            break
    return _shape(w, raw) or (raw.endswith("ة") and _shape(whole, raw))


def _shape(w: str, raw: str) -> bool:
    """The verbal-noun patterns of :func:`verbal_noun` on a bare (normalized, suffix-free) word."""
    n = len(w)
    return ((n == 5 and w[0] == "ت" and w[3] == "ي")  # ترحيب
            or (n == 5 and w[0] == "ا" and w[3] == "ا" and raw[:1] != "أ")  # اجراء (أرباح: the plural أفعال)
            or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")  # اعتقال
            or (n == 6 and w.startswith("ان") and w[4] == "ا")  # انسحاب
            or (n == 7 and w.startswith("است") and w[5] == "ا")  # استخدام
            or (n == 5 and w[0] == "ت" and w[2] == "ا" and w[-1] != "ه")  # تضامن
            or (n == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه")  # مساعده، موافقه
            or (n == 4 and w[2] == "و" and w[0] not in "اتيمبل")  # وقوع، وجود (not بدوره)
            or _hollow(w, raw))


def _hollow(w: str, raw: str) -> bool:
    """Hollow roots lose the middle letter: استفالة (استقالة، استعادة) and إفالة (إقامة، إعادة), with the ة
    (a possessive's ت made ه: استقالته → استقاله)."""
    n = len(w)
    return ((n == 7 and w.startswith("است") and w[4] == "ا" and w[-1] == "ه")
            or (n == 5 and w[0] == "ا" and w[2] == "ا" and w[-1] == "ه" and raw[:1] in ("إ", "أ")))


_RAW_SUFFIXES = ("ها", "هم", "هما", "ه")


def _past_time_words(words: list[tuple[int, int, str]], k: int) -> int:
    """Index of the first word from ``k`` on that is not a time word (الخميس، في وقت سابق)."""
    while k < len(words):
        if words[k][2] in _TIME_BETWEEN_N:
            k += 1
        elif tuple(w[2] for w in words[k:k + 3]) in _EARLIER_N:
            k += 3
        else:
            break
    return k


def _past_dates(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> int:
    """Index of the first word from ``k`` on that is not inside a time expression of the dates layer
    (``الذي أعلن منذ عدة أسابيع عدم نيته…``)."""
    while k < len(words) and _in_date(ctx, words[k]):
        k += 1
    return k


def _raw(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> str:
    """The source form of word ``k`` (hamza and ة kept), or ""."""
    return ctx.text[slice(*ctx.src(words[k][0], words[k][1]))].strip(MARKS + "()،,.") if k < len(words) else ""


def _named(ctx: _Ctx, w: tuple[int, int, str]) -> bool:
    a, b = ctx.src(w[0], w[1])
    return any(ms <= a < me or a <= ms < b for ms, me, _e in ctx.mentions)


def _in_date(ctx: _Ctx, w: tuple[int, int, str]) -> bool:
    """Is the word part of a time expression the dates layer found (مطلع آذار)?"""
    a = ctx.src(w[0], w[1])[0]
    return any(d.start <= a < d.end for d in ctx.art.dates)


_BOTH_N = frozenset(normalize(w) for w in ("كلاهما", "كلتاهما", "جميعا", "جميعهم", "كلهم", "بدورها", "بدوره"))


def _described_end(words: list[tuple[int, int, str]], k: int) -> int:
    """Where an unnamed definite subject ends (``النقابات المهنية``، ``المفوضية العليا المستقلة
    للانتخابات``): a run of up to five words with the article (or لل), the first not a verbal noun; ``k``
    when the word at ``k`` opens no such run."""
    end = k
    for i in range(k, min(len(words), k + 5)):
        w = words[i][2]
        if not w.startswith(("ال", "لل")) or w in MARKS:
            break
        end = i + 1
        if w[-1:] in "،,.:؛":
            break
    return end


_NOT_OBJECT_N = frozenset(normalize(w) for w in (
    "في", "من", "على", "عن", "إلى", "الى", "مع", "قد", "لم", "لن", "كان", "كانت", "ما", "لا", "هو", "هي", "أن",
    "إن", "أنه", "بعد", "قبل", "خلال", "حول", "أمس", "اليوم", "غير", "كل", "بين", "عند", "منذ", "حتى", "ذلك",
    "هذا", "هذه", "تلك", "أيضا", "إنه", "أنها", "لكن", "ثم", "أو", "أي", "فيه", "فيها", "له", "لها", "رغم",
    "عبر", "ضد", "دون", "نحو", "لدى", "وسط", "إثر", "عقب", "حيث", "غدا", "عند", "خلف", "أمام", "تحت", "فوق",
    "مثل", "ضمن", "إذ", "إذا", "لو", "كما", "بل", "قط", "جدا", "معا"))


# Indefinite source nouns that open a described subject (مصدر أمني، مصادر عسكرية، بيان آخر، مسؤولون…).
_SOURCE_HEADS_N = frozenset(normalize(w) for w in (
    "مصدر", "مصادر", "بيان", "تقرير", "تقارير", "مسؤول", "مسؤولون", "متحدث", "شهود", "خبراء"))


_BROKEN_PLURAL_HEADS_N = frozenset(normalize(w) for w in ("مصادر", "تقارير", "شهود", "خبراء"))


def _source_object(ctx: _Ctx, words: list[tuple[int, int, str]]) -> int:
    """After an indefinite source subject (``مصادر عسكرية``، ``مصدر بشرطة محافظة بابل``), where its
    verbal-noun object starts: the first word within five that has a verbal noun's shape and no feminine
    ending (اعتقال، عدم; not the مفعل shape, which the source's own adjective shares: مصدر مقرب، مطلع, except
    after a plural head, whose adjectives agree in number: أعلن مسؤولون يمنيون مقتل…); 0 when none does, or
    when a comma, a mark or a complementizer comes first."""
    # a plural head's adjective agrees with it (مسؤولون يمنيون، مصادر مطلعة): a singular مفعل word without ة after
    # one is no adjective of it but the object (أعلن مسؤولون يمنيون مقتل خمسة أشخاص)
    head = words[0][2]
    plural = head.endswith(("ون", "ين")) or head in _BROKEN_PLURAL_HEADS_N
    for i in range(1, min(len(words) - 1, 6)):
        w = words[i][2]
        if w[-1:] in "،,.:؛" or w in MARKS or w in ("ان", "انه", "انها"):
            return 0
        raw = _raw(ctx, words, i)
        if not _named(ctx, words[i]) and not raw.endswith("ة") and verbal_noun(w, raw=raw, after_subject=plural):
            return i
        if words[i - 1][2][-1:] in "،,.:؛":
            return 0
    return 0


def _object_noun(word: str, raw: str) -> bool:
    """After a reporting verb and its subject, is ``word`` (normalized) an object noun beside the
    verbal-noun shapes: a bare فعل masdar (قصف، حجب، دعم) or a sound feminine plural (شائعات، اتهامات)?
    A shape test for the object slot only; particles and verb-shaped words are refused."""
    w = word.strip(MARKS + "()،,.")
    if w in _NOT_OBJECT_N or w.startswith("ال") or not w.isalpha():
        return False
    if len(w) == 3 and w[0] not in "يتناوفبل" and not raw.endswith(("ة", "ى", "ا")):
        return True  # قصف، حجب (not يقل, تم, نحن: a present verb or a pronoun)
    return len(w) >= 5 and w.endswith("ات") and w[0] not in "يتنو"  # شائعات (not تبادلات? a noun too)


def _subject_end(ctx: _Ctx, words: list[tuple[int, int, str]], k: int) -> int:
    """Where a named subject after a reporting verb ends (``نفى الجمعة الأمين العام للحزب حسن نصرالله
    مقتل…``، ``ونفى وزير الخارجية الروسي، سيرغي لافروف، أي تدخل``، ``أعلنت غوغل وفيس بوك حجب…``):
    after the last name of a run that opens with titles or a name (names joined by و or set off by
    commas), within seven words; ``k`` when the words at ``k`` are no such subject."""
    if k < len(words) and not _named(ctx, words[k]) and verbal_noun(words[k][2], raw=_raw(ctx, words, k)):
        return k  # the object right after the verb (أكد استعداد مصر)
    end = k
    place_until = -1
    for i in range(k, min(len(words), k + 8)):
        w = words[i][2]
        if _named(ctx, words[i]):
            end = i + 1
            if w[-1:] in ".:؛":
                break
        elif end > k and w in ("في", "ب") and any(_named(ctx, x) for x in words[i + 1:i + 3]):
            place_until = i + 2  # "أمن حماس في قطاع غزة": a place completing the subject
        elif i <= place_until:
            continue
        elif w == "و" or (end == k and (w.startswith(("ال", "لل")) or w.rstrip("،,").startswith("ال"))) \
                or (end == k and i == k and not w.startswith("ال") and w[-1:] not in "،,.:؛"):
            continue  # titles before the name (الأمين العام للحزب، وزير الخارجية الروسي،)
        elif end > k and w[:1] == "و" and i + 1 < len(words) and _named(ctx, words[i + 1]):
            continue  # a conjunct described, then named: "سوريا وحليفتها روسيا"
        elif end > k and w.rstrip("،,") in _BOTH_N:
            end = i + 1  # "الولايات المتحدة وإسرائيل، كلتاهما،": the subject's emphasis
        else:
            break
        if w[-1:] in ".:؛":
            break
    return end


def verbal_noun_objects(ctx: _Ctx, taken: list[tuple[int, int]], clause_end, region_of) -> list[_Cand]:  # noqa: ANN001
    """``أكدت تقارير… وقوع هجوم كيميائي``، ``أعلنت غوغل وفيس بوك حجب الإعلانات…``: a reporting verb
    without أن whose object — right after it, or after a named subject — is a verbal noun; the
    object's clause is the quote. ``region_of(cue, upto, ss)`` gives the speaker part."""
    norm = ctx.norm
    out: list[_Cand] = []
    for cue in ctx.cues:
        if cue.kind != "verb" or cue.word not in _NOUN_OBJECT_VERBS_N or any(s <= cue.start < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(cue.start)
        prev = _words(norm, max(ss, cue.start - 12), cue.start)[-1:]
        if prev and prev[0][2] in _NOT_VERB_BEFORE_N:
            continue  # "ويترتب على كشف أسمائهم": a preposition makes the cue a noun; "إذا … أعلن": no statement
        if prev and (prev[0][2] in _NEGATIONS_N or (prev[0][2][:1] in "وف" and prev[0][2][1:] in _NEGATIONS_N)):
            continue  # "فلم تكشف … موقفها"، "نادرا ما تؤكد": a negated verb states nothing
        words = _words(norm, cue.end, se)[:10]
        k = _subject_end(ctx, words, _past_dates(ctx, words, _past_time_words(words, 0)))
        named_subject = k > 0 and any(_named(ctx, w) for w in words[:k])
        subject_end = k if named_subject else 0
        k = _past_dates(ctx, words, _past_time_words(words, k))  # "أعلن الخميس إلغاء…"، "منذ عدة أسابيع"
        raw = _raw(ctx, words, k)
        free = k < len(words) - 1 and not _named(ctx, words[k]) and not _in_date(ctx, words[k])
        ok = free and verbal_noun(words[k][2], definite_ok=named_subject, raw=raw, after_subject=k > 0)
        if not ok and free and named_subject:
            ok = _object_noun(words[k][2], raw)  # "وأكد الجيش الإسرائيلي قصف…"، "ونفى حيدري شائعات…"
        if not ok and not named_subject and words and words[0][2].startswith("ال") and words[0][2][-1:] not in "،,.:؛":
            # "أكدت النقابات في وقت سابق دعمها له", "أعلنت النقابات المهنية … تعليق الاحتجاجات": a described
            # subject, then a verbal noun (the subject's own act when it bears a possessive)
            k = _past_dates(ctx, words, _past_time_words(words, _described_end(words, 0)))
            raw = _raw(ctx, words, k)
            ok = k < len(words) - 1 and not _named(ctx, words[k]) and (
                raw.endswith(_RAW_SUFFIXES) or (k > 1 and not raw.endswith("ة"))
                or words[k][2] in _PLAIN_MARKERS_N) and verbal_noun(
                words[k][2], raw=raw, after_subject=True)  # (a ة noun, ضرورة، is as often a plain noun)
        if not ok and not named_subject and words and words[0][2] in _SOURCE_HEADS_N:
            k = _source_object(ctx, words)  # "أعلنت مصادر عسكرية مقتل ضابط"، "وأكد بيان آخر اعتقال…"
            ok = k > 0
        if not ok:
            k = _own_object(ctx, cue, words, subject_end)
            ok = k > 0
        if not ok or words[k][2][-1:] in "،,.:؛":
            continue
        start = words[k][0]
        end = _complement_end(norm, start, clause_end(ctx, start, se))
        end = _before_taken(norm, start, end, taken)
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        lead = _past_time_words(words, 0)
        region, strict = ((words[lead][0], start), False) if 0 < lead < k else region_of(ctx, cue, start, ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))  # (نفى الجمعة الأمين العام…)
        taken.append((start, end))
    return out



# Prepositions and particles that carry a pronoun as nouns do (له، عليه، منها، لديه، بينهم): no object.
_PREP_STEMS_N = frozenset(normalize(w) for w in (
    "ل", "ب", "ك", "عن", "من", "في", "إلى", "على", "مع", "لدى", "عند", "بين", "إن", "أن", "لكن", "حول", "ضد",
    "دون", "نحو", "خلال", "أمام", "وراء", "فوق", "تحت", "منذ", "بعد", "قبل", "عبر", "لدي", "علي", "الي", "نفس",
    "ذات", "كل", "بعض", "جميع", "عين"))


def _agreeing_pronoun(cue_word: str, raw: str) -> bool:
    """Does the possessive pronoun that ``raw`` (a source-form word) ends with agree with the subject of
    the reporting verb ``cue_word`` (normalized): ها after a feminine verb (أعلنت باريس دعمها), ه after a
    masculine one (أعلن التنظيم مسؤوليته), هم after a plural (أكدوا رفضهم)? The noun is then the subject's own
    stance or act, which the verb states (agreement, not a word list)."""
    w = cue_word
    if w.endswith(("وا", "ون")):
        want = "هم"
    elif w.endswith(("تا", "ان")) or (w.endswith("ا") and w in _PAST_N):
        want = "هما"  # (the masculine dual past: أعلنا، أكدا)
    elif (w[:1] == "ت" and w not in _PAST_N) or (w.endswith("ت") and w in _PAST_N):
        want = "ها"
    else:
        want = "ه"
    if not raw.endswith(want) or (want == "ه" and raw.endswith(("ها", "هم", "هما"))):
        return False
    if want == "هم" and raw.endswith("هما"):
        return False
    stem = raw[: -len(want)]
    return len(stem) >= 3 and normalize(stem) not in _PREP_STEMS_N and not stem.startswith(("ال", "لل"))


def _own_object(ctx: _Ctx, cue, words: list[tuple[int, int, str]], subject_end: int) -> int:  # noqa: ANN001
    """``أعلن تنظيم الدولة الإسلامية مسؤوليته عن…``، ``باريس تعلن دعمها…``، ``أكد رئيس الوزراء حرصه على…``:
    after the verb's subject (named: ``subject_end``; or a definite phrase, or a noun with its definite
    genitive: ``تنظيم الدولة``، ``صور الأقمار``; or none, the subject before the verb), the first word that bears a
    possessive pronoun agreeing with the verb's subject is the object the verb states. Index of that word in
    ``words``, or 0."""
    ends = {subject_end} if subject_end else set()
    if words and words[0][2][-1:] not in "،,.:؛":
        if words[0][2].startswith(("ال", "لل")):
            ends.add(_described_end(words, 0))
        elif len(words) > 1 and words[1][2].startswith("ال") and not _named(ctx, words[0]):
            ends.add(_described_end(words, 1))  # a noun and its definite genitive (تنظيم الدولة الإسلامية)
    ends.add(0)
    for e in sorted(ends, reverse=True):
        if e and words[e - 1][2][-1:] in ".:؛،,":
            continue  # (a comma after the subject: an apposition or adjunct follows, not the object)
        k = _past_dates(ctx, words, _past_time_words(words, e))
        if k >= len(words) - 1 or _named(ctx, words[k]) or _in_date(ctx, words[k]) or words[k][2] in MARKS:
            continue
        if words[k][2][:1] in "وف" or (k and (words[k - 1][2] in _RELATIVE_N or verbal_noun(
                words[k - 1][2], raw=_raw(ctx, words, k - 1)))):
            continue  # a conjunct of the subject (وتقنياتها); a relative clause's verb (التي توقعها); a genitive
        raw = _raw(ctx, words, k)
        if _agreeing_pronoun(cue.word, raw) and _stance_noun(words[k][2], raw):
            return k
    return 0


def _stance_noun(word: str, raw: str) -> bool:
    """Is ``word`` (normalized; ``raw`` its source form, bearing a possessive) a noun of an act or a stance,
    which a reporting verb can state: a verbal noun by shape (:func:`verbal_noun`: دعمها، رفضه، انسحابه، تأييده)
    or an abstract noun in ـيّة (مسؤوليته، جاهزيتها)? A thing the subject owns (هاتفها، تشكيلته، منزله) is no
    statement: «كشفت الشركة هاتفها الجديد» shows an object, it reports no content."""
    if verbal_noun(word, raw=raw):
        return True
    for suf in _RAW_SUFFIXES:
        if raw.endswith(suf):
            base = raw[: -len(suf)]
            return len(base) >= 6 and base.endswith("يت")  # مسؤوليت(ه), not هويت(ه)
    return False


_ANNOUNCE_N = frozenset(normalize(w) for w in ("أعلن", "أعلنت", "أعلنوا", "أعلنا", "أعلنتا"))
# Words before the verb that make it no statement of content: a negation (لم تعلن أي جماعة … عن), a relative
# pronoun (التي أعلنت … عن فرضها: the antecedent is the object), «ما» (ما أعلن عنه).
_NO_ANNOUNCE_BEFORE_N = frozenset(normalize(w) for w in (
    "لم", "لا", "لن", "ما", "مما", "بما", "الذي", "التي", "الذين", "اللذين", "اللتين"))
# a bare فعل object (دهس، قطع) only after a short subject (words that are no name and no time word): its shape
# is a plain noun's too
_BARE_REACH = 3


def _plain_words(ctx: _Ctx, words: list[tuple[int, int, str]]) -> int:
    """How many of ``words`` are neither part of a name nor a time word (الاثنين، مطلع آذار)."""
    return sum(1 for w in words if not _named(ctx, w) and w[2].strip("،,") not in _TIME_BETWEEN_N and not _in_date(ctx, w))
_ANNOUNCE_REACH = 12  # words of subject, time and place between the verb and عن (أعلن التحالف الذي تقوده…، الثلاثاء، عن)


def _tafa33ul(w: str, raw: str) -> bool:
    """تفعّل verbal noun (تعرض، تقدم، توقف) of four letters, without ة; never a present verb here (after عن)."""
    return len(w) == 4 and w[0] == "ت" and w.isalpha() and not raw.endswith(("ة", "ى", "ا"))


def announced_objects(ctx: _Ctx, taken: list[tuple[int, int]], clause_end, region_of) -> list[_Cand]:  # noqa: ANN001
    """``أعلنت شرطة المدينة الاثنين عن دهس شاحنة…``: the verbal-noun object that «أعلن» governs through عن,
    after its subject and time words (commas allowed), is what was announced; the object's clause is the quote
    and the words up to عن name the speaker. The object must have a verbal noun's shape (a shape test:
    :func:`verbal_noun`, a bare فعل masdar, تفعّل): «أعلن عن مبادرة/مشروع» names a thing, not a statement."""
    norm = ctx.norm
    out: list[_Cand] = []
    for cue in ctx.cues:
        if cue.kind != "verb" or cue.word not in _ANNOUNCE_N or any(s <= cue.start < e for s, e in taken):
            continue
        ss, se = ctx.sentence_of(cue.start)
        prev = _words(norm, max(ss, cue.start - 12), cue.start)[-1:]
        if prev and (prev[0][2] in _NO_ANNOUNCE_BEFORE_N or prev[0][2] in _NOT_VERB_BEFORE_N):
            continue
        words = _words(norm, cue.end, se)[:_ANNOUNCE_REACH + 2]
        j = next((i for i, w in enumerate(words[:_ANNOUNCE_REACH + 1]) if w[2] == "عن"), None)
        if j is None or j + 2 > len(words):
            continue
        between = norm[cue.end:words[j][0]]
        if any(ch in between for ch in ".:؛") or any(w[2] in ("ان", "انه", "انها", "بان") for w in words[:j]) \
                or any(cue.end <= q.start < words[j][0] for q in ctx.cues):
            continue  # another statement or cue stands between the verb and عن
        if j > 0:
            last, last_raw = words[j - 1][2].strip("،,"), _raw(ctx, words, j - 1)
            if len(last) > 3 and last_raw.endswith(_RAW_SUFFIXES) and not _named(ctx, words[j - 1]):
                continue  # "أعلن التنظيم مسؤوليته عن": عن belongs to the verb's own object
            before = words[j - 1]
            if not (before[2][-1:] in "،," or before[2].strip("،,") in _TIME_BETWEEN_N or _named(ctx, before)
                    or _in_date(ctx, before)) and _plain_words(ctx, words[:j]) > _BARE_REACH:
                continue  # "أعلنت الحكومة حالة الطوارئ … بعد الكشف عن"، "… الناجمة عن": the عن of a word between
        w, raw = words[j + 1][2], _raw(ctx, words, j + 1)
        if _named(ctx, words[j + 1]) or _in_date(ctx, words[j + 1]) or w[-1:] in "،,.:؛" or raw.endswith("ة") \
                or not (verbal_noun(w, raw=raw, after_subject=True) or _tafa33ul(w, raw)
                        or (_object_noun(w, raw) and _plain_words(ctx, words[:j]) <= _BARE_REACH)):
            continue  # (a bare ة noun, مبادرة، is as often the name of a thing: أعلن عن مبادرة عرفت باسم…; a bare
            # فعل word far from the verb, past its object and a place, is another عن: …، عن عمر ناهز 64 عاما)
        start = words[j + 1][0]
        end = _complement_end(norm, start, clause_end(ctx, start, se))
        end = _before_taken(norm, start, end, taken)
        if len(norm[start:end].split()) < 2 or any(s < end and start < e for s, e in taken):
            continue
        region, strict = region_of(ctx, cue, words[j][0], ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))
        taken.append((start, end))
    return out

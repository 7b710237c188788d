"""Who a sentence is about, and what a speaker description may be.

Two helpers of speaker resolution, pure functions of the quotes context:

- :func:`sentence_subject`: the entity a sentence opens with as its subject
  (``من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور…`` → غندور): the first
  entity mention after the opening verb and any title words, before any
  preposition or comma. (A continuation cue without a subject, ``وأضاف``, takes
  the latest such subject or speaker that agrees with it:
  :mod:`rasd.analyse.quotes.continuation`.)
- :func:`relative_antecedent`: for a participle cue inside a relative clause
  (``…لحركة حماس التي دانت الواقعة قائلة…``) the noun the clause hangs on.
- :func:`clean_description`: a speaker given as words must be a noun phrase
  that starts with a noun. Leading cue complements (``بالقول``) go; the phrase is
  cut before a relative clause (``الذي``/``التي``), a complementizer and trailing
  time words (``الأسبوع الماضي``، ``سابقا``); a phrase that starts with a
  particle, a preposition, a pronoun or a verb-like adverb is no speaker (None).
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import _ANON_N, _RELATIVES_N, _SOURCE_N, _STOPS_S, MARKS, _Ctx, _words
from rasd.arabic.normalize import normalize

# Adverbial openers that precede the verb: "من جانبه"، "من جهتها"، "بدوره".
_ASIDE_N = frozenset(normalize(w) for w in (
    "جانبه", "جانبها", "جانبهم", "جهته", "جهتها", "جهتهم", "ناحيته", "ناحيتها", "طرفه", "طرفها"))
_AUX_N = frozenset(normalize(w) for w in (
    "قد", "وقد", "لقد", "فقد", "كان", "وكان", "كانت", "وكانت", "فيما", "بينما"))
_PREPS_N = frozenset(normalize(w) for w in (
    "في", "من", "على", "عن", "إلى", "مع", "لدى", "عند", "بين", "حول", "ضد", "نحو", "منذ", "خلال", "بعد", "قبل"))
# Function words no description can start with.
_NOT_HEAD_N = _PREPS_N | frozenset(normalize(w) for w in (
    "ما", "إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "التي",
    "الذي", "الذين", "لا", "لم", "لن", "قد", "لقد", "كما", "بل", "ثم", "أو", "أي", "كل", "بالقول", "بقوله",
    "بقولها", "قائلا", "قائلة", "حيث", "إذ", "إذا", "لكن", "ولكن", "أيضا", "سابقا", "لاحقا", "مؤخرا", "وقال",
    "وقالت", "قال", "قالت", "عندما", "بعدما", "كيف", "لماذا", "هل", "إلا", "غير", "فيه", "فيها", "فيهم", "منه",
    "منها", "منهم", "عنه", "عنها", "عنهم", "عليه", "عليها", "له", "لها", "لهم", "به", "بها", "إليه", "إليها",
    "لاحقا", "وقتها", "حينها", "أمس", "اليوم", "نفسه", "نفسها", "خلاله", "خلالها", "عبره", "عبرها", "بينهم", "حوالي",
    "بينها", "لديه", "لديها", "لي", "لنا", "لك", "لكم", "لهما", "ذات", "شيئا"))
# Words of a cue's complement that sit between the cue and its speaker or clause.
_CUE_TAIL_N = frozenset(normalize(w) for w in ("بالقول", "بقوله", "بقولها", "قائلا", "قائلة"))
_CLAUSE_N = frozenset(normalize(w) for w in ("لم", "لن", "لا", "قد", "كان", "كانت", "ليس", "ليست"))
_COMP_WORD_RE = re.compile(r"ب?ان(?:ه|ها|هم|هما|هن|نا|ني)?")
# Words that end a description: time words and the sentence's circumstances.
_TIME_N = frozenset(normalize(w) for w in (
    "الأسبوع", "الشهر", "العام", "السنة", "اليوم", "أمس", "الليلة", "سابقا", "لاحقا", "مؤخرا", "حينها",
    "الماضي", "الماضية", "المقبل", "الجاري", "صباح", "مساء", "يوم", "الأحد", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "أيضا"))


# A preposition carrying a pronoun (معهم، عنه، لدينا) or the reflexive نفس with one (لنفسه): a closed
# class of the grammar, never a description's head ("وتحدث معهم"، "ليقول لنفسه": the subject is elsewhere)
_PRONOUN_PREP_RE = re.compile(
    r"[وف]?(?:(?:من|عن|علي|الي|في|مع|ل|ب|لدي|عند|بين|خلال|عبر|بدون|دون)(?:ه|ها|هم|هما|هن|نا|كم)"
    r"|[لب]?نفس(?:ه|ها|هم|هما|ي|نا)|ب?دون)")


def joint_subject_at(ctx: _Ctx, ws: int) -> bool:
    """Does a joint subject open at the normalized offset ``ws`` (the word after «كل من»): a name that starts
    there, followed by a و-conjunct (``كل من روسيا وتركيا``)? Else «كل من» + verb is "whoever" (``كل من شارك
    في الاجتماع``، ``كل من التقى الرئيس``), no joint subject."""
    a = ctx.src(ws, ws + 1)[0]
    for ms, me, _e in ctx.mentions:
        if ms == a:
            nxt = ctx.text[me:me + 40].split()[:1]
            return bool(nxt) and nxt[0].startswith("و") and len(nxt[0]) > 1
    return False


def head_ok(word: str) -> bool:
    """Can ``word`` start a speaker description (a noun, not a particle or adverb)?"""
    w = normalize(word.strip(MARKS + "()"))
    if not w or w in _NOT_HEAD_N or w in _TIME_N or w.startswith(("لكن", "ولكن")) or w[0].isdigit() or (
            w.startswith("لل") and len(w) > 4) or (w.startswith("بال") and len(w) > 5):
        return False  # للغوطة، للجيش، بالخبر: a preposition's object
    if _PRONOUN_PREP_RE.fullmatch(w):
        return False
    # an indefinite accusative adverb or participle (سابقا، مخاطبا، مشيرا) is not a noun phrase head
    # (a participle's second letter is a consonant: ماريسا، مارتا are names)
    # ... but an anonymous source in the accusative after لكن/إن is one (لكن مصدرا سياسيا قال، إن مسؤولا…)
    return not (w.endswith("ا") and not w.startswith(("ال", "ما")) and len(w) >= 4 and w[0] == "م"
                and w[:-1] not in _ANON_N and w[:-1] not in _SOURCE_N)


def _is_cue_word(w: str) -> bool:
    from rasd.analyse.quotes.base import _VERBS_N

    return w in _VERBS_N or (w[:1] in "وف" and w[1:] in _VERBS_N)


def _adverb(w: str) -> bool:
    """An indefinite accusative adverb (دائما، تفصيلا، أيضا): no article, ending in ا."""
    return len(w) >= 4 and w.endswith("ا") and not w.startswith("ال")


# Quantifiers that need their noun: "أحد" alone names no one.
_QUANTIFIERS_N = frozenset(normalize(w) for w in (
    "أحد", "إحدى", "عدد", "أكثر", "أقل", "بعض", "كثير", "معظم", "اثنان", "اثنين", "نصف", "كل"))


_RELATIONAL_N = frozenset(normalize(w) for w in (
    "أمني", "دبلوماسي", "عسكري", "رسمي", "حكومي", "سياسي", "طبي", "محلي", "إقليمي", "دولي", "غربي", "عربي",
    "مطلع", "مقرب", "كبير", "بارز", "رفيع"))


_ASKED_N = frozenset(normalize(w) for w in ("طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "فضلوا"))


def _media_to() -> frozenset[str]:
    from rasd.arabic import reporting as R

    return frozenset(normalize(w) for w in R.SPEAKER_STOPS_STRONG if w.startswith("ل") and len(w) > 3)


_MEDIA_TO_N = _media_to()
_AGE_N = frozenset(normalize(w) for w in ("البالغ", "البالغة", "والبالغ", "والبالغة",
                                           "النقاب", "الستار"))  # and the object of كشف النقاب


def _nisba(w: str) -> bool:
    """An indefinite adjective of a description (تركي، أمنية، دبلوماسي، كبير): a demonym or a common
    relational adjective, in either gender."""
    from rasd.analyse.entities.countries import demonym_country

    base = w[:-1] if w.endswith("ه") else w
    return not w.startswith("ال") and (base in _RELATIONAL_N or demonym_country(base) is not None)


_OFFICIAL_N = frozenset(normalize(w) for w in ("الرسمية", "الرسمي"))


def _org_head(word: str) -> bool:
    from rasd.arabic.titles import ORG_HEAD_STEMS

    return normalize(word.strip(MARKS + "()")).removeprefix("ال") in ORG_HEAD_STEMS


def clean_description(phrase: str | None) -> str | None:
    """``phrase`` as a clean noun-phrase description, or None (see the module docstring)."""
    if not phrase:
        return None
    words = phrase.split()
    while words and normalize(words[0].strip(MARKS)) in _CUE_TAIL_N:
        words = words[1:]
    if words and (words[0][:1] in MARKS or sum(w.count(m) for w in words for m in MARKS) % 2):
        # '"مصدر رسمي" نفيه للادعاءات' (or its opening mark lost): a quoted description ends with its mark
        close = next((k for k, w in enumerate(words) if w.rstrip("،,.:")[-1:] in MARKS and (k or len(w) > 1)), None)
        if close is not None and close < len(words) - 1:
            words = [w.strip(MARKS + "،,.:") for w in words[: close + 1]]
    out: list[str] = []
    for w in words:
        if len(out) >= 2 and normalize(w) in _ASKED_N:
            break  # "مسؤول إسرائيلي طلب عدم الكشف عن هويته": the description's own clause
        if out and normalize(w) in _MEDIA_TO_N:
            break  # "عيدان لشبكة "سي إن إن"": the outlet told, not the speaker
        if out and (w.startswith("(") and any(ch.isdigit() for ch in w) or normalize(w) in _AGE_N):
            break  # "ليدي غاغا (31 عاما)"، "نجم منتخب مصر البالغ من العمر…": the age, not the speaker;
            # "وكشف التقرير النقاب عن": the idiom's object
        if ".." in w or w.rstrip(MARKS).endswith("."):
            out.append(w.split("..")[0].rstrip("."))
            break  # "صحيفة عرب نيوز.. نشرت": the sentence ends in the phrase
        n = normalize(w.strip(MARKS + "()،,"))
        if n in _CUE_TAIL_N or (out and n in _CLAUSE_N):
            break  # "المندوبة الأمريكية بالقول": the cue's complement; "… لم تنجح": a clause
        if n in _RELATIVES_N or _COMP_WORD_RE.fullmatch(n) or (out and n in _TIME_N):
            break
        if out and _adverb(n) and (normalize(out[-1]).startswith("ال") or (n[0] == "م" and len(n) >= 5)):
            break  # "الزوجين تفصيلا": an adverb after a definite phrase ends it; so does a circumstantial
            # participle after any ("مراسل للأناضول متحدثا لقناة…")
        if len(out) >= 2 and n.startswith("ال") and not any(normalize(x).startswith(("ال", "وال", "لل")) for x in out) \
                and _nisba(normalize(out[-1].strip(MARKS + "()،,"))):
            break  # "مصدر دبلوماسي تركي الاتهامات…": adjectives agree in definiteness; the object starts
        if len(out) >= 2 and n.startswith("ال") and n.endswith("ات") and len(n) > 5 \
                and _nisba(normalize(out[-1].strip(MARKS + "()،,")).removeprefix("ال")):
            break  # "السلطات البريطانية الاتهامات الروسية": a plural noun after the adjective is the object
        if out and n.startswith("ل") and not n.startswith("ال") and (
                w[1:2] == "ـ" or not n[1:2].isalpha() or n[1:2] in "abcdefghijklmnopqrstuvwxyz"
                or any(ch.isdigit() for ch in n)):
            break  # "مصدر مطلع لـCNN"، "لبكي لفرانس24": the addressee
        out.append(w)
    while out and normalize(out[-1].strip(MARKS + "()،,")) in _PREPS_N | {"و"}:
        out.pop()
    opened = next((k for k in range(len(out) - 1, 2, -1) if out[k][:1] in MARKS), None)
    if opened is not None and out[-1].rstrip("،,.:")[-1:] in MARKS and len(out) - opened <= 3 \
            and _nisba(normalize(out[opened - 1].strip(MARKS + "()،,")).removeprefix("ال")) \
            and normalize(out[opened - 1]).startswith("ال"):
        out = out[:opened]  # "متحدث باسم وكالة الفضاء الحكومية الروسية "روسكوسموس"": the agency's quoted
        # short name repeats the full one it follows; the description ends with the full name
    if len(out) >= 3 and normalize(out[-1].strip(MARKS + "()،,")) in _OFFICIAL_N and _org_head(out[0]):
        out.pop()  # "وكالة الأنباء الكورية الشمالية الرسمية": the agency's name, as the coref layer aliases it
    if not out or not head_ok(out[0]) or (len(out) == 1 and normalize(out[0]) in _QUANTIFIERS_N):
        return None
    h = normalize(out[0].strip(MARKS + "()"))
    if _is_cue_word(h) or (h[:1] in "وف" and (h[1:] in _NOT_HEAD_N or h[1:] in _TIME_N or _adverb(h[1:]))):
        return None  # "وأضاف"، "ودائما ما": a cue or a connective, not a noun
    return " ".join(out).strip(" ،,.:؛") or None


_NEGATION_N = frozenset(normalize(w) for w in ("لم", "ولم", "لن", "ولن", "لا", "ولا", "فلم", "فلا"))


def sentence_subject(ctx: _Ctx, ss: int, limit: int, verb_seen: bool = False,
                     gender: str | None = None) -> str | None:
    """Entity id of the subject the sentence ``norm[ss:limit]`` opens with, else None.

    ``verb_seen``: ``ss`` is right after the verb (the subject comes first, titles may precede it).
    """
    if not ctx.mentions:
        return None
    words = _words(ctx.norm, ss, limit)[:12]
    k = 0
    if len(words) > 1 and words[0][2] in ("من", "ومن") and words[1][2].strip("،,") in _ASIDE_N:
        k = 2  # من جانبه، أعرب…
    elif words and words[0][2].strip("،,") in ("بدوره", "بدورها", "وبدوره", "وبدورها"):
        k = 1
    else:
        k = _dateline_end(words) or _date_opener(ctx, words) or _past_adverbial(words) or _time_pronoun(words)
    body = words[k:]
    if not body:
        return None
    verb_seen_at_start = verb_seen  # right after a verb, a capital speaks for its state (ووصفت موسكو)
    titled = False
    prev_title = False  # the word before was an indefinite title, which governs the next noun
    complement_end = -1  # "وزير خارجية البحرين [الشيخ] خالد": a place completing a title is not the subject
    joint = -1  # "وأعلنت كل من روسيا وتركيا": a joint subject after «كل من» speaks as its first name
    for i, (ws, we, w) in enumerate(body[:10]):
        s, e = ctx.src(ws, we)
        if s < complement_end or i == joint:
            continue
        if verb_seen and not titled and w == "كل" and i + 1 < len(body) and body[i + 1][2] == "من":
            if i + 2 >= len(body) or not joint_subject_at(ctx, body[i + 2][0]):
                return None  # "وقال كل من شارك في الاجتماع": whoever did so, no name speaks
            joint = i + 1
            continue
        if w[:1] in MARKS:
            return None  # a quotation opens: the names inside it are spoken about, not speaking
        for ms, me, ent in ctx.mentions:
            if s <= ms < e:
                if titled and ent.type == "LOC" and not ctx.text[s:ms].strip("وف"):
                    complement_end = me
                    break
                if ms > s and titled and ctx.text[s:ms] in ("ل", "لل"):
                    complement_end = me  # "الأمين العام للأمم المتحدة، …": the title's complement
                    break
                if ms > s and ctx.text[s:ms].strip("وف"):
                    return None  # لحركة حماس: a preposition's object, not the subject
                if ent.type == "LOC" and ent.country is None and not verb_seen_at_start:
                    return None  # a place that is not a country does not open a speaking sentence
                if verb_seen_at_start and not titled and gender is not None:
                    from rasd.analyse.coref import agrees

                    if not agrees(gender, ent):
                        return None  # "اتهم السعودية…": a name the verb does not agree with is its object
                if ent.type == "MISC" and verb_seen_at_start and not titled and s == ctx.src(body[0][0], body[0][1])[0]:
                    return ent.id  # "وكشف البيت الأبيض عن…": a named building right after the verb speaks for its office
                return ent.id if ent.type in ("PER", "ORG", "LOC") else None
        if complement_end > s:
            continue
        bare = w.strip("،,.:؛" + MARKS)
        if bare != w and not (titled or _title_like(bare)) or w[-1:] in ".:؛" or w[:1] in MARKS:
            return None  # a comma or stop before any name: the subject is not named here
        if bare != w:
            # "وصف الرئيس الأمريكي، دونالد ترامب، …": a name set off by commas after a title is the subject
            nxt = ctx.src(we + 1, we + 2)[0]
            nxt += len(ctx.text[nxt:]) - len(ctx.text[nxt:].lstrip())
            honorific = ctx.text[nxt:nxt + 20].split()[:1]  # "، الأمير زيد بن رعد الحسين،": past an honorific
            if honorific and _title_like(normalize(honorific[0])):
                nxt += len(honorific[0])
                nxt += len(ctx.text[nxt:]) - len(ctx.text[nxt:].lstrip())
            return next((ent.id for ms, _me, ent in ctx.mentions if nxt <= ms <= nxt + 1 and ent.type == "PER"), None)
        if bare in _AUX_N or (not verb_seen and bare in _NEGATION_N):
            continue  # "ولم تعلق الوكالة…": the negation stands before the opening verb
        if ctx.src_word(ws, we) in _STOPS_S or bare in _PREPS_N:
            return None
        if not verb_seen and not _title_like(bare) and not bare.startswith(("ال", "وال")):
            if not head_ok(bare) and bare not in _NOT_HEAD_N:
                return None  # "مستخدما لقب…": a participle's clause has no subject of its own
            verb_seen = True  # the opening verb
            continue
        if titled and bare[:1] == "ل" and bare[1:2] != "ا" and bare not in _L_WORDS_N and (
                _nominal(bare[1:]) or len(bare) >= 5):
            if _title_like(bare[1:]) or _title_like("ا" + bare[1:]):
                return None  # "مساعد سابق [للرئيس] الأمريكي، دونالد ترامب،": the name is the principal's
            continue  # "المفوض السامي [لحقوق] الإنسان، الأمير زيد…": a ل complement of the title
        construct = titled and prev_title and not bare.startswith(("ال", "وال"))  # وزير [خارجية] البحرين
        if not construct and (not _nominal(bare) or (not titled and not _title_like(bare))):
            return None  # "وهاجم X نجيب"، "اتهمت الدول الأربع قطر": an object follows a plain noun
        prev_title = _title_like(bare) and not bare.startswith(("ال", "وال"))
        titled = True
    return None


# ل-words that are no "of X" complement of a title (particles, pronoun forms, adverbs)
_L_WORDS_N = frozenset(normalize(w) for w in (
    "لكن", "لكنه", "لكنها", "لكنهم", "لدى", "لقد", "لذلك", "لهذا", "لماذا", "لها", "لهم", "لهما", "لنا", "لكم",
    "لأن", "لأنه", "لأنها", "لئلا", "لولا", "لعل", "لعله", "لاحقا", "لحظة", "ليلة", "لمدة", "لصالح", "لذا", "لدينا"))


_CLAUSE_OPENERS_N = frozenset(normalize(w) for w in (
    "بينما", "فيما", "وبينما", "حين", "حيث", "ثم", "عندما", "حينما", "بعدما", "لما", "إذ"))


def clause_subject(ctx: _Ctx, ss: int, cue_start: int, gender: str | None = None,
                   describe: bool = False) -> str | None:
    """The subject of the clause a coordinated cue continues (``بينما انتقد وزير خارجية البحرين
    الشيخ خالد بن أحمد تصريحات الخزعلي ووصفه بـ"المجرم"`` → خالد بن أحمد): the subject read from
    the nearest clause opener before the cue (a comma, بينما/فيما), else None."""
    words = _words(ctx.norm, ss, cue_start)
    for i in range(len(words) - 1, 0, -1):
        ws, _we, w = words[i]
        prev = words[i - 1][2]
        if any(ch in MARKS for ch in w):
            return None  # the commas of a quotation are not clause boundaries of the sentence
        if w in _CLAUSE_OPENERS_N or prev.endswith(("،", ",")):
            if w in _CLAUSE_OPENERS_N:
                if i + 1 >= len(words):
                    return None
                ws = words[i + 1][0]  # "عندما أعاد وزير الخارجية الإماراتي…": the clause after the connective
            return sentence_subject(ctx, ws, cue_start, gender=gender) or (
                subject_description(ctx, ws, cue_start) if describe else None)
    return None


def _dateline_end(words: list[tuple[int, int, str]]) -> int:
    """Index of the first word after a dateline (``دبي، الإمارات العربية المتحدة (CNN)-- وصفت…``): the
    sentence proper starts after the dash that closes it; 0 when there is none among the first words."""
    for i, (_ws, _we, w) in enumerate(words[:10]):
        if w.endswith(("--", "—", "–")) or w in ("-", "--"):
            return i + 1 if i + 1 < len(words) else 0
    return 0


def _date_opener(ctx: _Ctx, words: list[tuple[int, int, str]]) -> int:
    """Index of the first word after an opening time phrase the dates layer found, with its preposition
    (``ففي عام 2014 تحدث مودي…``، ``وفي نوفمبر الماضي كشف…``); 0 when the sentence opens otherwise."""
    if len(words) < 3 or not ctx.art.dates:
        return 0
    first = words[0][2]
    if first not in _PREPS_N and not (first[:1] in "وف" and first[1:] in _PREPS_N) and first not in ("منذ", "ومنذ"):
        return 0
    a = ctx.src(words[1][0], words[1][1])[0]
    span = next(((d.start, d.end) for d in ctx.art.dates if d.start <= a < d.end), None)
    if span is None:
        return 0
    k = 1
    while k < len(words) and ctx.src(words[k][0], words[k][1])[1] <= span[1]:
        k += 1
    return k if k < len(words) else 0


_TIME_PREPS_N = frozenset(normalize(w) for w in ("بعد", "قبل", "عند", "حين", "إثر", "عقب"))


def _time_pronoun(words: list[tuple[int, int, str]]) -> int:
    """1 when the sentence opens with a time preposition carrying a pronoun (``وبعدها أثار X…``،
    ``وعندها قال``): an adverb before the verb; else 0."""
    if len(words) < 3:
        return 0
    w = words[0][2].rstrip("،,")
    w = w[1:] if w[:1] in "وف" else w
    stem = w[:-2] if w.endswith("ها") else w[:-1] if w.endswith("ه") else ""
    return 1 if stem in _TIME_PREPS_N else 0


def _past_adverbial(words: list[tuple[int, int, str]]) -> int:
    """Index of the first word after an opening adverbial that a comma closes (``وبعد ساعات على
    الضربات، أعلن…``، ``منذ عدة أيام، أعرب…``، ``وفي هذا السياق، رأت…``): the subject follows the
    verb after it. 0 when the sentence does not open with a preposition or the comma is far."""
    if not words:
        return 0
    first = words[0][2]
    first = first[1:] if first[:1] in "وف" and first[1:] in _PREPS_N else first
    if first not in _PREPS_N and first not in ("منذ", "عقب", "اثر", "وسط"):
        return 0
    for i, (_ws, _we, w) in enumerate(words[:9]):
        if w.endswith(("،", ",")):
            return i + 1  # "وعن إسرائيل، [قال]": nothing after the comma, so no subject before the verb
    return 0


def _title_like(word: str) -> bool:
    """A title or an organisation head (what may stand before a subject's name)."""
    from rasd.analyse.coref.features import title_stem
    from rasd.arabic.titles import ORG_HEAD_STEMS

    return any(title_stem(w) is not None or w.removeprefix("ال") in ORG_HEAD_STEMS
               for w in (word, word.removeprefix("و")) if w)


def _nominal(word: str) -> bool:
    """A title, a definite word or a demonym: what stands between a verb and its named subject."""
    from rasd.analyse.coref.features import title_stem
    from rasd.analyse.entities.countries import demonym_country

    return (word.startswith(("ال", "وال")) or title_stem(word) is not None
            or demonym_country(word) is not None)


def relative_antecedent(ctx: _Ctx, ss: int, cue_start: int) -> str | None:
    """For a cue in a relative clause (``…حماس التي دانت الواقعة قائلة``): the entity before الذي/التي."""
    words = _words(ctx.norm, ss, cue_start)[-11:]
    for i in range(len(words) - 1, 0, -1):
        ws, we, w = words[i]
        if w in _RELATIVES_N:
            if any(x[2][-1:] in "،,." for x in words[i:]):
                return None
            ps, pe = ctx.src(words[i - 1][0], words[i - 1][1])
            for _ms, me, ent in ctx.mentions:
                if ps < me <= pe + 1:
                    return ent.id
            return None
    return None


def participle_gender(word: str) -> str | None:
    """F/M of a reporting participle (مضيفة F, مضيفا M), None for plurals."""
    if word.endswith("ه"):
        return "F"
    if word.endswith("ا"):
        return "M"
    return None


def last_actor(ctx: _Ctx, ss: int, before: int, gender: str | None = None) -> str | None:
    """The last person or organisation named in ``norm[ss:before]`` that is not a preposition's
    object: "إلا أن ترامب لا يرى هذا ووصف…" → ترامب."""
    from rasd.analyse.coref import agrees

    a, b = ctx.src(ss, before)
    best = None
    for ms, _me, ent in ctx.mentions:
        if ms >= b:
            break
        if ms >= a and ent.type in ("PER", "ORG") and not (ms > 0 and ctx.text[ms - 1].isalpha()) \
                and agrees(gender, ent):
            prev = ctx.text[a:ms].split()[-1:]
            if not prev or normalize(prev[0]) not in _PREPS_N:
                best = ent.id
    return best


_RESUMPTIVE_N = frozenset(normalize(w) for w in ("فيه", "فيها", "فيهم", "فيهما"))


def resumptive(ctx: _Ctx, cue_end: int, limit: int) -> bool:
    """Does the cue open a clause about its sentence's object (``نشرت البعثة صورة ذكرت فيها أن…``)?"""
    words = _words(ctx.norm, cue_end, limit)[:1]
    return bool(words) and words[0][2].strip("،,") in _RESUMPTIVE_N


def subject_description(ctx: _Ctx, ss: int, limit: int) -> str | None:
    """The sentence's opening subject as words when no entity names it: after the verb, a title or an
    organisation head and the definite words and demonyms that follow it, with a place after ب/في
    (``ونشرت البعثة الأممية بأفغانستان، …`` → ``البعثة الأممية بأفغانستان``)."""
    words = _words(ctx.norm, ss, limit)[:10]
    k = 0
    while k < len(words) and words[k][2] in _AUX_N:
        k += 1
    k += 1  # the verb
    run: list[tuple[int, int, str]] = []
    for ws, we, w in words[k:k + 6]:
        bare = w.strip("،,.:؛" + MARKS)
        if not run and not (_title_like(bare) and (bare.startswith(("ال", "وال")) or (
                k + 1 < len(words) and words[k + 1][2].startswith("ال")))):
            return None  # a definite title (الوزير) or a title in construct (رئيس الوزراء)
        if run and not (bare.startswith("ال") or _nominal(bare)):
            if bare[:1] in "بف" and any(ctx.src(ws, we)[0] < ms < ctx.src(ws, we)[1] for ms, _me, _e in ctx.mentions):
                run.append((ws, we, w))
            break
        run.append((ws, we, w))
        if bare != w:
            break
    if not run:
        return None
    a, b = ctx.src(run[0][0], run[-1][1])
    return ctx.text[a:b].strip(" ،,.:؛")

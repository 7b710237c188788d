"""A person described by a common noun next to the name, where no title word stands (pure).

News calls people by what they do as often as by an office: ``السياسي أنور إبراهيم``، ``الناشر ديفيد
بيكير``، ``العالم فيكتور كوديافتسيف``، ``نيكولاس كروز، المتهم بإطلاق النار``. The title lexicon
(:mod:`rasd.arabic.titles`) cannot list every such noun, so these two finders read the *syntax* of
apposition and the *shape* of the word instead of a list:

- :func:`descriptor_before`: a definite noun (with up to two agreeing definite adjectives) right before
  the name, in the same clause and with no punctuation between: Arabic puts a definite common noun
  straight before a proper name only in apposition (``البدل``), so the noun describes the person.
- :func:`descriptor_after`: after the name and its comma, a definite noun that opens an apposition
  closed by punctuation (``بين بينايت، المدون عبر يوتيوب من ولاية ميسيسيبي،``).

The noun must have the shape of a word for a person (:func:`person_shape`): an active participle
(فاعل: الناشر، الباحث؛ with a derived-verb م: المدون، المتهم، المحامي), an intensive or فعيل noun
(الرسام، الزميل) or a masculine nisba (السياسي، الشرطي). Abstract nouns (الإعلام، الاتفاق، الحكومة),
feminine nisbas that name fields (الداخلية، السياسية), organisations' heads, places, demonyms and
function words do not; the position alone would take ``وانتقد الإعلام ترامب``'s subject.

Both return a :class:`~rasd.analyse.entities.roles.RoleHit` of kind ``descriptor`` or None; the entity
layer asks them only where no title, relation or counterpart phrase was found.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.analyse.entities.roles import RoleHit, _first_country, is_kin_noun, is_relation_noun
from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

_COMMA = frozenset({"،", ","})
_CLOSE = frozenset({"،", ",", ".", "؛", ";", ":"})
MAX_AFTER_WORDS = 6  # an appositive description longer than this is cut to its noun and adjectives
_NO_QUOTES = str.maketrans("", "", OPEN_QUOTES + CLOSE_QUOTES)
# The naming participle, "the one called" (the يدعى of described.called_before): it introduces the name,
# it says nothing of the person.
_NAMING = frozenset(normalize(w) for w in ("المدعو", "المدعوة", "المسمى", "المسماة",
                                           # and the age participle: "البالغ من العمر 74 عاما" is no office
                                           "البالغ", "البالغة"))


def _phrase(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].translate(_NO_QUOTES).split())


def person_shape(t: Tok) -> bool:
    """Does the definite word ``t`` have the shape of a noun for a person (module docstring)?

    Read on the normalised stem without the article: فاعل/فاعلة (ناشر، باحثة), م + 3-5 letters
    (مدون، متهم، محامي، مستشار), فعيل and فعّال (زميل، رسام), a masculine nisba of four letters or more
    (سياسي، شرطي). Broken plurals, abstract nouns and the feminine nisba (…يه) do not fit."""
    s = t.norm.removeprefix("ال")
    if len(s) < 4 or len(s) > 7 or not s.isalpha() or (len(s) >= 5 and s.endswith(("ات", "ون", "ين"))) \
            or (len(s) >= 6 and s.endswith("ان")):
        return False  # a plural or a dual (المركبات، المؤدين), not one person (المدون، الفنان are)
    if s.endswith("اء") or strip_marks(t.text).endswith("ى"):
        return False  # a verbal noun (الثراء) or a word in ى (الموسيقى): not a nisba in ي
    fem = s.endswith("ه") and not s.endswith("يه")
    base = s[:-1] if fem else s
    if s.endswith("يه"):
        return False  # الداخلية، السياسية، الحرية: a field or a quality, rarely a person
    if len(base) == 4 and base[1] == "ا":
        return True  # فاعل: الناشر، الباحث، الكاتبة
    if len(base) == 4 and base[2] == "ي" and not fem and base[0] != "ا":
        return True  # فعيل: الزميل، العميل (not the elative الأخير; فعال is left out: الزواج، النظام
        # are verbal nouns as often as الرسام is a person)
    if base[0] == "م" and 4 <= len(base) <= 6:
        return True  # a derived participle: المدون، المتهم، المحامي، المستشار
    return not fem and base.endswith("ي") and len(base) >= 4 and base[-2] not in "وا"


def _describer(t: Tok, in_span: Callable[[int], str | None], idx: int) -> bool:
    """A bare definite word that may head a description: not a title (those are role_before's), a head
    of an organisation, a demonym, a counterpart, a function word or part of a tagged name."""
    # (no pronoun test: a word with the article carries none, and المتهم only looks like one)
    return (t.word and t.bare_definite and not t.stop and not t.has_clitic and t.norm not in _NAMING
            and in_span(idx) is None and t.title() is None and t.org_head() is None
            and t.demonym() is None and t.counterpart() is None and person_shape(t))


def _adjective(t: Tok, in_span: Callable[[int], str | None], idx: int) -> bool:
    """A definite adjective after the noun: a demonym or a nisba (الروسي، الأمريكية)."""
    return (t.word and t.bare_definite and not t.stop and in_span(idx) is None
            and (t.demonym() is not None or t.norm.endswith(("ي", "يه"))) and t.title() is None)


def _gender(name: str) -> str | None:
    """M/F of the person's first name when the name lists know it."""
    from rasd.analyse.coref.features import first_name_gender  # coref reads this package: import late

    return first_name_gender(name)


def _disagrees(head: Tok, name: str) -> bool:
    """Does the noun's gender (ة feminine) contradict the person's first name (محمد M, فاطمة F)? An
    unknown name agrees with either: ``التابعة للحشد …`` after هادي العامري describes his group."""
    gender = _gender(name)
    if gender is None:
        return False
    return (gender == "F") != head.norm.endswith("ه")


def _counts(toks: list[Tok], first: int, last: int) -> bool:
    """A number in the phrase: an age or a count (``البالغ 41 عاما``), no description of what one is."""
    return any(t.kind == "number" for t in toks[first:last + 1])


def _possessed(t: Tok) -> bool:
    """A noun with a possessive pronoun (اسمها، فيلمه، جارته): the written ه (not ة) counts too."""
    return t.pronoun_suffix or (len(t.norm) >= 4 and strip_marks(t.text).endswith("ه"))


def descriptor_before(text: str, toks: list[Tok], i: int, mention_start: int,
                      in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``السياسي أنور إبراهيم``، ``الصحفي الروسي أركادي``: the description right before the name whose
    first token is ``toks[i]`` (the mention may start past a proclitic of that token)."""
    name = toks[i]
    if mention_start > name.start:
        return None  # "وأنور"، "لديمافاليس": a conjunct or a preposition's object, no apposition
    j = i - 1
    adjs = 0
    while j >= 0 and adjs < 2 and toks[j].line == name.line and _adjective(toks[j], in_span, j) \
            and not _describer(toks[j], in_span, j):
        j -= 1
        adjs += 1
    if j < 0 or toks[j].line != name.line or not _describer(toks[j], in_span, j):
        return None
    prev = toks[j - 1] if j > 0 else None
    if prev is not None and prev.line == name.line and prev.word and (
            prev.title() is not None or prev.org_head() is not None or in_span(j - 1) is not None
            or prev.counterpart() is not None or prev.definite or _possessed(prev)):
        return None  # "وزير الداخلية …"، "مكتب المحامي …": the noun completes the word before it;
        # after a definite word (الكوري الجنوبي) or one made definite by its pronoun (اسمها الحقيقي،
        # جارته الغامضة) the word is an adjective of that one
    head = toks[j]
    if _disagrees(head, text[mention_start:name.end]) or _counts(toks, j, i - 1):
        return None
    return RoleHit(_phrase(text, head.start, toks[i - 1].end), "descriptor",
                   _first_country(toks, j, i - 1), head.start, toks[i - 1].end)


def descriptor_after(text: str, toks: list[Tok], k: int,
                     in_span: Callable[[int], str | None], name: str = "") -> RoleHit | None:
    """``نيكولاس كروز، المتهم بإطلاق النار …،``: after the name whose last token is ``toks[k]`` and its
    comma, a description that runs to the next punctuation without naming another person. Longer than
    :data:`MAX_AFTER_WORDS` words, only the noun and its adjectives are taken. ``name`` is the mention
    as written: a feminine noun after it needs a known woman's first name, because an apposition after
    a comma may describe the noun that governs the name (``وزعيم كتلة الفتح هادي العامري، التابعة
    للحشد الشعبي``: the bloc, not the man)."""
    if k + 2 >= len(toks) or toks[k + 1].text not in _COMMA:
        return None
    j = k + 2
    head = toks[j]
    if head.line != toks[k].line or not _describer(head, in_span, j):
        return None
    last = j
    while last + 1 < len(toks) and toks[last + 1].line == head.line and toks[last + 1].text not in _CLOSE \
            and last - j < 16:
        if in_span(last + 1) == "PER" or toks[last + 1].text in ("(", ")"):
            return None  # another person named inside: "…، الزميل ريتشارد …" is a list or an object
        last += 1
    if last + 1 >= len(toks) or toks[last + 1].text not in _CLOSE:
        return None  # not closed on the line: a clause, not an apposition
    if _disagrees(head, name) or _counts(toks, j, last):
        return None
    if head.norm.endswith("ه") and _gender(name) != "F":
        return None
    if sum(t.word for t in toks[j:last + 1]) > MAX_AFTER_WORDS:
        last = j
        while last + 1 < len(toks) and _adjective(toks[last + 1], in_span, last + 1):
            last += 1
    return RoleHit(_phrase(text, head.start, toks[last].end), "descriptor",
                   _first_country(toks, j, last), head.start, toks[last].end)


_PREPS = frozenset(normalize(w) for w in ("من", "في", "عن", "على", "إلى", "لدى", "مع", "ضد", "حول", "داخل"))
_WHO = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
MAX_APPOSED = 12  # words between the head of an apposition before a name and its comma


def _preposition(t: Tok) -> bool:
    """A preposition as a word (عن، في) or as the proclitic ب/ل (بانتقاده، للكرملين)."""
    return t.norm in _PREPS or (t.has_clitic and t.norm[:1] in "بل" and not t.bare_definite)


def _complement_end(toks: list[Tok], p: int, k: int, in_span: Callable[[int], str | None]) -> int | None:
    """The last token of the prepositional complement opening at ``toks[p]`` (``عن قضيته``، ``باسم وزارة
    الخارجية``) within ``toks[p..k]``: the preposition's object, a genitive chain after an indefinite noun
    and definite adjectives, and further complements, up to ``k`` or a relative pronoun. None when another
    phrase starts: a definite noun after a word with a pronoun (``في كلمته [الجندي]``: the head was
    the subject of a verb whose object follows), or an indefinite word after a definite one (a verb or a
    second noun phrase: ``في الهجوم [قتل]``)."""
    o = p + 1 if toks[p].norm in _PREPS else p  # "في [كلمته]" / "[باسم] الجيش": the object
    if o > k:
        return None
    for m in range(o, k + 1):
        t = toks[m]
        if t.norm in _WHO and m > o:
            return m - 1
        if in_span(m) == "PER" or not t.word:
            return None
        if m > o and _preposition(t) and m < k:
            continue  # "بانتقاده [للكرملين]"، "في شؤون الشرق الأوسط [بصحيفة] …": a complement goes on
        if t.stop:
            return None  # "أن"، "لكن": another clause
        if m == o or toks[m - 1].norm in _PREPS:
            continue  # the preposition's object
        prev = toks[m - 1]
        owned = not prev.definite and (prev.pronoun_suffix or strip_marks(prev.text).endswith("ه"))
        closed = prev.definite or owned  # a definite noun or one with its pronoun ends a construct
        if t.bare_definite and owned:
            return None  # "في بيانه [الشعب]": the verb's object
        if not t.definite and closed:
            return None  # "في الهجوم [قتل]": a verb or a new phrase
    return k


def _apposed_tail(toks: list[Tok], h: int, k: int, in_span: Callable[[int], str | None]) -> int | None:
    """The last token of the role when ``toks[h+1..k]`` can follow the head ``toks[h]`` of a described
    person: definite adjectives, then a prepositional complement (``المسؤول عن قضيته``) or a relative
    clause (``الذي حضر إلى المكان``, left out of the role); None when a word cannot (a verb, a stop word,
    an indefinite noun right after the head: the head is then a clause's subject or object)."""
    last = h
    j = h + 1
    while j <= k and toks[j].word and toks[j].bare_definite and not toks[j].stop and in_span(j) is None:
        last = j  # الخاص، البلاروسي المعروف
        j += 1
    if j > k:
        return last
    if toks[j].norm in _WHO:
        tail = range(j + 1, k + 1)
    elif _preposition(toks[j]):
        last = _complement_end(toks, j, k, in_span)
        if last is None:
            return None
        tail = range(last + 2, k + 1)  # a relative clause after the complement, left out of the role
    else:
        return None
    for m in tail:
        t = toks[m]
        if in_span(m) == "PER" or not (t.word or t.text in OPEN_QUOTES + CLOSE_QUOTES):
            return None
        if t.stop and not (_preposition(t) or t.norm in _WHO):
            return None  # "أن"، "لكن": another clause
    return last


def _head_shape(toks: list[Tok], h: int, in_span: Callable[[int], str | None]) -> bool:
    """Can ``toks[h]`` head a description of a person: a definite title or person noun, no name, body,
    demonym or counterpart?"""
    head = toks[h]
    return (head.word and head.bare_definite and not head.stop and in_span(h) is None
            and head.norm not in _NAMING and head.demonym() is None and head.org_head() is None
            and head.counterpart() is None and (head.title() is not None or person_shape(head)))


def _governed(toks: list[Tok], h: int, line: int, in_span: Callable[[int], str | None]) -> bool:
    """Does the word before ``toks[h]`` govern it or is it described by it (a title, a body, a definite
    noun, a name, a counterpart)?"""
    p = h - 1
    return h > 0 and toks[p].line == line and toks[p].word and (
        toks[p].title() is not None or toks[p].org_head() is not None or toks[p].definite
        or in_span(p) is not None or toks[p].counterpart() is not None)


def apposed_description(text: str, toks: list[Tok], i: int,
                        in_span: Callable[[int], str | None]) -> RoleHit | None:
    """``المحامي المسؤول عن قضيته، ميسولاف كروتينا``، ``الشرطي الذي حضر إلى المكان، نك بيلي``: a
    definite title or person noun (:func:`person_shape`) with its adjectives and a complement or a
    relative clause, then a comma, then the name at ``toks[i]``. Arabic sets a description before the
    name off with a comma when it is too long to stand in the name's construct (the plain
    ``الرئيس الروسي فلاديمير بوتين`` is :func:`~rasd.analyse.entities.roles.role_before`'s); the head is
    the first such noun, after no word that governs it (a title, a body, another name, a definite
    noun), whose following words parse as above. The relative clause is not part of the role."""
    if i < 3 or toks[i - 1].text not in _COMMA or not toks[i].word or toks[i].conj():
        return None
    k = i - 2
    line = toks[i].line
    lo = k
    while lo - 1 >= 0 and k - (lo - 1) < MAX_APPOSED and toks[lo - 1].line == line and in_span(lo - 1) != "PER" \
            and (toks[lo - 1].word or toks[lo - 1].text in OPEN_QUOTES + CLOSE_QUOTES):
        lo -= 1
    for h in range(lo, k + 1):
        if not _head_shape(toks, h, in_span):
            continue
        if _governed(toks, h, line, in_span):
            continue  # "مكتب المحامي"، "الكوري الجنوبي": the word completes or is described by the one before
        if h > 0 and toks[h - 1].line == line and toks[h - 1].word and (
                is_kin_noun(toks[h - 1].norm) or is_relation_noun(toks[h - 1].norm)
                or strip_marks(toks[h - 1].text).endswith("ة")):
            return None  # "ابنة العميل المزدوج، …": a noun in ة (no verb ends so) or a kin noun governs the head;
            # the phrase is that relative's
        if h > 0 and toks[h - 1].norm in _PREPS:
            continue  # "رئيس التجمع … في [الأراضي] المقدسة، …": a preposition's object inside a longer phrase
        if h > 0 and toks[h - 1].text in _COMMA:
            return None  # "بوتين، الرئيس الروسي، …"، "مدير المشروع، الفائق الأهمية، …": an apposition of
            # the words before the first comma
        last = _apposed_tail(toks, h, k, in_span)
        if last is None or last == k and h == k:
            continue  # a lone noun before the comma is a list item or a vocative, no description
        if any(_head_shape(toks, m, in_span) and not _governed(toks, m, line, in_span)
               and toks[m - 1].norm not in _PREPS and not toks[m - 1].has_clitic for m in range(h + 2, last + 1)):
            continue  # "المتحدث باسم الجيش عن مقتل [القائد] في الهجوم، …": the name is the nearer person's
        head = toks[h]
        if _disagrees(head, text[toks[i].start:toks[i].end]) or _counts(toks, h, last):
            return None
        return RoleHit(_phrase(text, head.start, toks[last].end), "descriptor",
                       _first_country(toks, h, last), head.start, toks[last].end)
    return None


__all__ = ["apposed_description", "descriptor_after", "descriptor_before", "person_shape"]

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

from rasd.analyse.entities.roles import RoleHit, _first_country
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


__all__ = ["descriptor_after", "descriptor_before", "person_shape"]

"""Organisation names grown from their head nouns.

Pure. A head noun (``منظمة``، ``مجلس``، ``وزارة``، ``الحزب``…, see
:mod:`rasd.arabic.titles`) starts an organisation name that runs on through:

- a quoted name right after it: ``مجموعة "بريكس"``، ``صحيفة "ذا غلوبال تايمز"
  الصينية`` → the quoted text is the name (a following demonym gives its country);
- otherwise definite words (``مجلس الأمن``), demonyms (``الروسي``), a ``ل``
  complement (``للتعاون``، ``للأمم المتحدة``) and names the tagger or the
  gazetteer already found (``منظمة شنغهاي``). It stops at punctuation, function
  words, a person's name, a new conjunct (``و…``), a ``ب`` phrase, and before a
  complement that is itself an organisation (``اللجنة المركزية للحزب الشيوعي``
  gives ``الحزب الشيوعي الصيني`` on its own).

Broad heads (``مركز``، ``حكومة``، ``قوات``…) and definite heads (``الحزب``) need
firmer evidence — a demonym, a tagged name or a place — so that ``المركز الأول``
or ``الحكومة الجديدة`` are not organisations.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.analyse.entities.tokens import CLOSE_QUOTES, OPEN_QUOTES, Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

MAX_NAME = 8
WEAK_HEADS = frozenset(normalize(w) for w in (
    "موقع", "سوق", "مركز", "إدارة", "دائرة", "وحدة", "قيادة", "سلطة", "جهاز", "غرفة", "شبكة", "مكتب",
    "مصلحة", "رئاسة", "أمانة", "تيار", "كتلة", "حركة", "مجموعة", "قوات", "جيش", "حكومة", "مؤتمر", "فريق",
    "لواء", "مدرسة", "شرطة", "مجمع", "كلية", "مستشفى", "بورصة", "وكالة", "منتخب", "نادي", "بنك", "صندوق",
))


# Common adjectives in organisation names that are not nisba forms (…ي/…ية).
_ADJECTIVES = frozenset(normalize(w) for w in (
    "المتحدة", "العليا", "الكبرى", "الحر", "الحرة", "المعارض", "المعارضة", "المستقلة", "العامة", "العام",
    "الأعلى", "الموحد", "الموحدة", "الدائم", "الدائمة", "المركزي", "الأحمر", "الأخضر", "الجديد", "الجديدة",
    "المشتركة", "المشترك", "المسلحة", "الخاصة", "العربي", "العربية", "الإسلامي", "الإسلامية",
))


# Evaluative adjectives a writer puts after an organisation's name (حزب الله الإرهابي، ميليشيا الحوثي
# الانقلابية، الجماعات المتطرفة): they judge it and are never part of the name it calls itself.
_EVALUATIVE = frozenset(normalize(w) for w in (
    "الإرهابي", "الإرهابية", "الارهابي", "الارهابية", "الانقلابي", "الانقلابية", "المتطرف", "المتطرفة",
    "الإجرامي", "الإجرامية", "المتمرد", "المتمردة", "الطائفي", "الطائفية", "العميل", "العميلة"))


_LED_BY = frozenset({"قياده", "رئاسه", "اشراف", "رعايه"})
_SCOPE_ADJ = frozenset(normalize(w) for w in (
    "العربي", "العربية", "الدولي", "الدولية", "الإسلامي", "الإسلامية", "الأفريقي", "الأفريقية", "الخليجي",
    "الخليجية"))


def _plain(t: Tok) -> bool:
    """A bare word that may open a name: no article, clitic, title, head, demonym or function word."""
    return (t.word and not t.stop and not t.definite and not t.has_clitic and t.title() is None
            and t.org_head() is None and t.demonym() is None)


def _unknown_name(toks: list[Tok], i: int, common: frozenset[str]) -> int | None:
    """Last token of a word after a media head that no word list knows (not common, not definite, no
    title, head, demonym or nisba adjective), a number may follow it; else None. One word only: a
    second unknown word is as likely the verb's object (وكالة وفا نجاة…) as part of the name."""
    t = toks[i]
    if (not t.word or t.stop or t.definite or t.title() or t.org_head() or t.demonym()
            or (t.has_clitic and len(t.norm) > 3) or t.norm in common or t.norm.endswith(("يه", "ية"))
            or len(t.norm) < 2):
        return None
    if i + 1 < len(toks) and toks[i + 1].kind == "number" and toks[i + 1].line == t.line:
        return i + 1
    return i


def _adjective(t: Tok) -> bool:
    """A definite adjective that can continue a name: nisba (الوطني، الصينية), demonym or a listed one."""
    n = t.norm
    return n.endswith(("ي", "يه")) or n in _ADJECTIVES or t.demonym() is not None


# Heads whose name may be a person's: "مؤسسة محمد بن سلمان الخيرية" is an organisation, not a person
# ("فريق فينغر" is not here: Wenger's team is a description of the man's club).
NAMED_AFTER_HEADS = frozenset(normalize(w) for w in (
    "مؤسسة", "مجموعة", "شركة", "وكالة", "نادي", "جامعة", "مستشفى", "مصرف", "بنك", "مجمع", "كلية", "مدرسة",
))


# Heads that describe a name rather than belong to it, like media heads: فريق فيراري → فيراري.
DESCRIPTOR_HEADS = frozenset(normalize(w) for w in ("فريق", "منتخب", "نادي"))


@dataclass(slots=True)
class OrgHit:
    """An organisation name over tokens ``first..last`` (``start`` may skip a proclitic)."""

    first: int
    last: int
    start: int
    quoted: bool = False
    head_text: str = ""  # the head noun, when the name is the quoted part after it
    country: str | None = None
    keep_head: bool = False  # "وكالة وفا للأنباء": the head with the name is an alias too


def _quoted(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range of a quoted name opening at ``toks[i]``."""
    if toks[i].text not in OPEN_QUOTES:
        return None
    for j in range(i + 1, min(len(toks), i + MAX_NAME + 2)):
        t = toks[j]
        if t.line != toks[i].line:
            return None
        if t.text in CLOSE_QUOTES:
            return (i + 1, j - 1) if j > i + 1 else None
        if not (t.word or t.kind == "number" or t.text in "-.&'"):
            return None
    return None


# Head nouns feminine by grammar without ة: «السوق» (feminine in news usage: السوق الأوروبية), the loan
# «ميليشيا», and the broken plural «كتائب» (a non-human plural agrees in the feminine singular).
_FEM_HEADS = frozenset(("سوق", "ميليشيا", "كتائب"))


def head_fem(head: Tok) -> bool:
    """Is the organisation's head noun feminine: ة (normalized ه: وكالة، هيئة) or one of ``_FEM_HEADS``?"""
    h = head.org_head()
    return bool(h and (h[0].endswith("ه") or h[0] in _FEM_HEADS))


def _fem_adjective(t: Tok) -> bool:
    """Is a definite adjective feminine: ة (الوطنية), or the فُعلى elative (العليا، الكبرى; the masculine
    أفعل elative الأعلى opens with الأ)?"""
    raw = strip_marks(t.text)
    return raw.endswith("ة") or (raw.endswith(("ا", "ى")) and not raw.startswith(("الأ", "الا")))


def _name_conjunct(toks: list[Tok], j: int, head: Tok, definite: bool, tagged: list[str | None],
                   span_last: dict[int, int], place_last: dict[int, int]) -> bool:
    """Is token ``j`` (و + the article + a noun) a conjunct inside the name of an organisation whose
    indefinite head is in construct with what came before (``حزب العدالة والتنمية``، ``منظمة الأغذية
    والزراعة``)? After a definite head only when the conjunct is like the word before it
    (:func:`_parallel`; not ``الجيش السوري والحلفاء``), not on a word that opens a
    name, an organisation, a title or a demonym of its own (``مجلس الأمن والجمعية العامة``), not after
    a place or a tagged name (the caller: ``هيئة تحرير الشام والقضاء``), and only
    where the coordination closes the name: punctuation, the line's end or a non-definite word follows
    (``… والتنمية الحاكم`` goes on with an adjective; ``… والمعارضة السورية`` is a new phrase)."""
    t = toks[j]
    if t.line != head.line or not t.word or t.norm[:1] != "و" or len(t.norm) < 6:
        return False
    if definite and not _parallel(toks[j - 1], t):
        return False
    if not strip_marks(t.text)[1:].startswith("ال") or j in place_last or tagged[j] not in (None, "MISC") \
            or span_last.get(j, j) != j:
        return False  # a place or a name of its own; a one-word MISC (الإسلام) is a noun here
    if t.title() or t.org_head() or t.demonym() or t.counterpart() is not None or t.pronoun_suffix:
        return False
    if t.norm.endswith(("ات", "ين", "ون")):
        return False  # a plural: "… والدول"، "والمسلحين" list members, not a name's words
    if j + 1 >= len(toks) or toks[j + 1].line != head.line or not toks[j + 1].word:
        return True
    nxt = toks[j + 1]
    if nxt.norm[:1] == "و" and nxt.conj():
        return True  # another conjunct: "… والإسلام والمجتمع"
    if not nxt.definite:
        return True
    # an adjective after the conjunct belongs to the whole name when it agrees with the head in gender
    # ("وكالة الحدود والجمارك الأمريكية"); one that does not starts a phrase of its own ("حكومة دمشق
    # والشعب السوري"، "مجلس التعاون والمنطقة العربية")
    return (_adjective(nxt) or _agent(nxt)) and head_fem(head) == nxt.norm.endswith("ه")


def _parallel(prev: Tok, t: Tok) -> bool:
    """Is the conjunct ``t`` (و + the article + a word) a constituent like the word before it, so that
    the two are coordinated inside one name even after a definite head: two nisba adjectives of one
    gender that name no country (``المركز المصري للحقوق الاقتصادية والاجتماعية``), or two nouns of one
    ``ل`` complement (``الشركة المتحدة للصواريخ والفضاء``)? A noun after an adjective is a new phrase
    (``الجيش السوري والحلفاء``)."""
    bare = t.norm[1:]
    if prev.norm.endswith(("ي", "يه")):
        return (prev.demonym() is None and bare.endswith(("ي", "يه"))
                and prev.norm.endswith("ه") == bare.endswith("ه"))
    return prev.norm.startswith("لل") and prev.definite


def _agent(t: Tok) -> bool:
    """A definite active participle of the simple verb, فاعل/فاعلة (``الحاكم``، ``الحاكمة``): an adjective
    that may follow a name (``حزب العدالة والتنمية الحاكم``)."""
    s = t.norm.removeprefix("ال")
    base = s[:-1] if s.endswith("ه") else s
    return t.bare_definite and len(base) == 4 and base[1] == "ا" and base.isalpha()


def org_hits(toks: list[Tok], tagged: list[str | None], span_last: dict[int, int],
             place_last: dict[int, int], person_last: dict[int, int] | None = None,
             common: frozenset[str] = frozenset()) -> list[OrgHit]:
    """Organisation names starting at head nouns.

    ``tagged[i]`` is the tagger's type at token ``i``; ``span_last[i]`` the last
    token of a non-person tagger span starting at ``i``; ``place_last[i]`` the
    same for gazetteer places; ``person_last`` for person spans.
    """
    out: list[OrgHit] = []
    n = len(toks)
    person_last = person_last or {}
    for i, head in enumerate(toks):
        if not head.word or tagged[i] == "PER":
            continue
        h = head.org_head()
        if h is None:
            continue
        stem, off, definite = h
        if i + 1 >= n or toks[i + 1].line != head.line:
            continue
        if stem in _LED_BY and off > head.start and normalize(head.text[:off - head.start]).endswith("ب"):
            continue  # "التحالف بقيادة السعودية": "led by", the leader follows; no organisation named
        nxt = toks[i + 1]
        if stem.endswith("ات") and nxt.demonym() and not nxt.norm.endswith("ه"):
            continue  # "ضابط المخابرات الروسي": the masculine demonym agrees with ضابط; المخابرات is its complement
        if not stem.endswith("ات") and definite and nxt.demonym() and nxt.definite and i > 0 \
                and toks[i - 1].word and toks[i - 1].line == head.line and not toks[i - 1].definite \
                and not toks[i - 1].stop and head_fem(head) != nxt.norm.endswith("ه"):
            continue  # "قنوات التلفزيون الإسرائيلية": the head in construct after an indefinite noun, and an
            # adjective of the other gender: it describes that noun (a broken plural head agrees in the
            # feminine, «والكتائب اللبنانية», so only a construct shows the adjective is another noun's)
        q = _quoted(toks, i + 1)
        if q is not None and not definite:
            country = None
            after = q[1] + 2
            if after < n and toks[after].line == head.line and toks[after].demonym():
                country = toks[after].demonym()[0]  # type: ignore[index]
            out.append(OrgHit(q[0], q[1], toks[q[0]].start, True, head.text[off - head.start:], country))
            continue
        if (head.media_head() or stem in DESCRIPTOR_HEADS) and not definite and (i + 1) in span_last:
            end = span_last[i + 1]
            if head.media_head() and end + 1 < n and toks[end + 1].kind == "number" \
                    and toks[end + 1].line == head.line:
                end += 1  # "قناة فرانس 24": the channel's number is part of its name
            while head.media_head() and end + 1 < n and toks[end + 1].line == head.line \
                    and toks[end + 1].norm in _ADJECTIVES | _SCOPE_ADJ and toks[end + 1].demonym() is None:
                end += 1  # "صحيفة العربي الجديد"، "إذاعة فرنسا الدولية": an adjective of the outlet's own name
            country = None
            if head.media_head() and end > i + 1 and toks[end].demonym():
                country = toks[end].demonym()[0]  # type: ignore[index]
                end -= 1  # "مجلة أتلانتك الأمريكية": the demonym gives the country, not the name
            out.append(OrgHit(i + 1, end, toks[i + 1].start, True, head.text[off - head.start:], country))
            continue
        if head.media_head() and not definite and (i + 2) in span_last and tagged[i + 1] is None \
                and tagged[i + 2] == "ORG" \
                and _plain(toks[i + 1]) and toks[i + 2].line == head.line:
            # "صحيفة عرب نيوز": the tagger found only the name's last word
            out.append(OrgHit(i + 1, span_last[i + 2], toks[i + 1].start, True, head.text[off - head.start:]))
            continue
        if head.media_head() and not definite and common and tagged[i + 1] is None:
            last_name = _unknown_name(toks, i + 1, common)
            if last_name is not None:
                # "وكالة وفا للأنباء الفلسطينية": words no lexicon knows after a media head name it,
                # with a ل complement and its adjectives
                j = last_name + 1
                if j < n and toks[j].line == head.line and toks[j].norm.startswith("لل") and toks[j].definite:
                    last_name = j
                    while last_name + 1 < n and last_name - j < 2 and toks[last_name + 1].line == head.line \
                            and (toks[last_name + 1].demonym() or toks[last_name + 1].norm in _ADJECTIVES):
                        last_name += 1
                out.append(OrgHit(i + 1, last_name, toks[i + 1].start, True, head.text[off - head.start:],
                                  keep_head=True))
                continue
        last = None
        strong = False
        firm = False  # a definite word or a known name follows the head
        noun_open = True  # the next definite word may be a noun (after the head or a ل complement)
        plain_before = False  # the last word is a plain noun or adjective, no place or tagged name
        named_inside = False  # a tagged name or a place is part of the name so far
        j = i + 1
        while j < n and j - i <= MAX_NAME:
            t = toks[j]
            if firm and last == j - 1 and plain_before and _name_conjunct(toks, j, head, definite, tagged, span_last,
                                                                        place_last):
                last = j  # "حزب العدالة والتنمية"، "مركز القانون الإندونيسي والإسلام والمجتمع"
                if definite:
                    break  # "الشركة المتحدة للصواريخ والفضاء [الحكومية]": after a definite head the
                    # coordination of like words closes the name (_parallel)
                j += 1
                continue
            if t.line != head.line or not t.word or t.stop or t.conj():
                break
            if tagged[j] == "PER":
                if j == i + 1 and not definite and stem in NAMED_AFTER_HEADS and j in person_last:
                    # "مؤسسة سالم بن محفوظ"، "شركة عبدالرحمن الراشد": an institution named after a person
                    last = person_last[j]
                    strong = firm = True
                    noun_open = plain_before = False
                    named_inside = True
                    j = last + 1
                    continue
                if not (last == j - 1 and toks[j - 1].title() and j in person_last):
                    break
                last = person_last[j]  # "جامعة الملك عبدالعزيز": a king's name inside an institution's
                strong = firm = True
                noun_open = plain_before = False
                named_inside = True
                j = last + 1
                continue
            # "وكالة الأنباء السعودية": a country name that is also the demonym after the name's noun is its
            # adjective, not a place (the definite branch below takes it), even where the tagger marked the
            # one word a place
            adjective_place = (j not in span_last or span_last[j] == j and tagged[j] == "LOC") \
                and place_last.get(j) == j and last == j - 1 and plain_before and t.demonym() and t.definite
            if (j in span_last or j in place_last) and not adjective_place:
                if not noun_open and toks[j].norm[:1] != "ل":
                    break  # a new noun phrase ("بجدة", "الرياض") after a complete name; ل is a complement
                if j == i + 1 and definite and toks[j].norm[:1] != "ل" and not _adjective(toks[j]):
                    break  # a definite head is not in construct: "ودعت القيادة الله" is no name
                if j > i + 1 and toks[j].has_clitic and toks[j].org_head():
                    break  # "اللجنة التنفيذية | للاتحاد الأوروبي": an organisation of its own
                if j not in span_last and stem in WEAK_HEADS:
                    break  # "مصلحة أوروبا", "حكومة الخرطوم": a place after a broad head is not a name
                last = span_last.get(j, place_last.get(j))
                strong = firm = True
                noun_open = plain_before = False
                named_inside = True
                j = last + 1  # type: ignore[operator]
                continue
            # a demonym after the head's complement closes the name: "قوات الأمن الأفغانية | لتبادل التهنئة"
            # (not one right after the head, "المرصد السوري لحقوق الإنسان", nor after a name, "شركة كوانتاس
            # الأسترالية للطيران")
            if j - 1 > i + 1 and toks[j - 1].demonym() is not None and t.norm[:1] == "ل" and not named_inside:
                break
            if (firm and not noun_open and t.norm[:1] == "ل" and t.has_clitic and not t.definite and not t.pronoun_suffix
                    and len(t.norm) >= 5 and j + 1 < n and toks[j + 1].line == head.line
                    and toks[j + 1].word and not toks[j + 1].stop and not toks[j + 1].conj()
                    and (toks[j + 1].bare_definite or j + 1 in place_last or j + 1 in span_last)):
                # a ل complement in construct: "بعثة الأمم المتحدة | لمساعدة العراق"، "… لحقوق الإنسان"
                noun_open = True
                last = j
                j += 1
                continue
            if t.title() and (j > i + 1 or stem in WEAK_HEADS):
                break  # "قيادة المدرب …": a person's title, not part of the name
            if t.definite and t.norm in _EVALUATIVE:
                break  # "حزب الله [الإرهابي]"، "ميليشيا الحوثي [الانقلابية]": the writer's judgement, no name
            if t.definite:
                prefixes = {normalize(t.text[: o - t.start]) for s, o, k in t.forms if s.startswith("ال") and k}
                if t.bare_definite:
                    pass
                elif prefixes & {"ب", "وب", "فب", "ك"}:
                    break
                elif (sub := t.org_head()) is not None and sub[2]:
                    break  # "اللجنة المركزية للحزب …": the complement is an organisation of its own
                else:
                    noun_open = True  # a ل complement: للأمم [المتحدة]، للتعاون
                    if not firm:
                        break  # "شركة للمقاولات": no name before the complement
                    adj = toks[j - 1]
                    if definite and j >= i + 2 and _adjective(adj) and adj.definite and stem not in WEAK_HEADS \
                            and head_fem(head) == _fem_adjective(adj) and adj.demonym() is None \
                            and not (j + 1 < n and toks[j + 1].norm.startswith("لل")):
                        strong = True  # "المركز الوطني لحقوق الإنسان"، "المفوضية العليا المستقلة للانتخابات":
                        # a definite head, an adjective agreeing with it and a field name an institution
                        # (not "التلفزيون المحلية للطلاب", nor a second ل phrase of purpose: "… للإعلام للتحقيق")
                if not noun_open and not _adjective(t):
                    break  # "الائتلاف الوطني السوري المعارض | الفصائل": a new noun phrase
                noun_open = False
                last, firm, plain_before = j, True, True
                if t.demonym() or (t.norm in _SCOPE_ADJ and stem not in WEAK_HEADS):
                    strong = True  # "التحالف العربي"، "البنك الدولي": a scope adjective names it like a demonym
                j += 1
                continue
            if j == i + 1 and not definite and not t.pronoun_suffix and not t.has_clitic and len(t.norm) >= 3 \
                    and not t.title() and not t.norm.endswith("يه") and j + 1 < n and toks[j + 1].line == head.line and toks[j + 1].definite \
                    and not toks[j + 1].conj() and not toks[j + 1].stop:
                # an unknown proper name in construct: شركة أرامكو السعودية (not an indefinite nisba adjective:
                # "هيئة قضائية للأمم المتحدة" is "a judicial body of the UN", a description, no name)
                last = j
                j += 1
                continue
            break
        if last is None or not firm:
            continue
        if (definite or stem in WEAK_HEADS) and not strong:
            continue
        out.append(OrgHit(i, last, off))
    return out

"""Descriptions that name what a person is without a title word: ``السياسي الروسي المعارض
دمتري غودكوف``، ``الداعية المصري محمد الصغير``، ``بورودين، صحفي روسي،``.

A demonym is what makes such words a description of the person rather than the
sentence's other words: a run of definite words holding a demonym right before a
name (``الجاسوس الروسي السابق سيرغي سكريبل``) or before a comma and the name
(``السياسي الروسي المعارض، دمتري غودكوف``), or an indefinite noun with a
demonym in apposition after it (``، قس أمريكي،``), becomes a role of the person.
"""

from __future__ import annotations

from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks
from rasd.record import Entity, Mention

MAX_WORDS = 5
_COMMAS = ("،", ",")


def _before(toks: list[Tok], i: int, cover: list[Entity | None]) -> tuple[int, int] | None:
    """Token range of a definite run with a demonym ending right before token ``i``."""
    j = i - 1
    while j >= 0 and i - j <= 2 and toks[j].word and toks[j].title() is not None and cover[j] is None:
        j -= 1  # "العاهل الأردني [الملك] عبدالله": the honorific is the roles step's
    end = j
    first = None
    demonym = False
    while j >= 0 and end - j < MAX_WORDS:
        t = toks[j]
        if not t.word or t.line != toks[i].line or cover[j] is not None or t.stop or not t.bare_definite:
            break
        if t.title() is not None:
            return None  # a title phrase: the roles step reads it
        demonym = demonym or t.demonym() is not None
        first = j
        j -= 1
    if first is not None and first == end and toks[first].demonym() and toks[first].norm[:1] not in "وف" \
            and end == i - 1 and not (first > 0 and toks[first - 1].word and (
                toks[first - 1].title() is not None or toks[first - 1].counterpart() is not None)):
        return first, end  # "في شقة اللبناني نادر عصام عساف": a lone demonym right before the name
    if first is None or not demonym or first == end and toks[first].demonym():
        return None  # a lone demonym is the ellipsis of another's title (والصيني شي), not a role
    if toks[first].demonym():
        return None  # the run must start with a noun
    if first > 0:
        head = toks[first - 1]
        if head.word and not head.stop and not head.definite and head.line == toks[i].line \
                and (head.title() is not None or head.org_head()):
            return None  # "ضابط المخابرات الروسي": the run completes a title or a body (the roles step's);
            # after any other noun ("مصير الصحافي السعودي جمال خاشقجي") it still describes the person
    return first, end


def _after(toks: list[Tok], k: int, cover: list[Entity | None]) -> tuple[int, int] | None:
    """``، NOUN DEMONYM …،`` after a name whose last token is ``k``."""
    if k + 3 >= len(toks) or toks[k + 1].text not in _COMMAS:
        return None
    first = k + 2
    head = toks[first]
    if not head.word or head.stop or head.demonym() or cover[first] is not None or head.has_clitic:
        return None
    j = first + 1
    last = None
    while j < len(toks) and j - first < MAX_WORDS:
        t = toks[j]
        if not t.word or t.stop or cover[j] is not None or t.line != head.line:
            break
        if t.demonym():
            last = j
        j += 1
    if last is None or last != first + 1:
        return None  # the demonym qualifies the head noun directly: صحفي روسي
    end = toks[last + 1] if last + 1 < len(toks) else None
    if end is not None and end.word:
        return None  # the apposition closes with punctuation
    return first, last


_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"))
_APPOS_END = frozenset({"،", ",", ".", "؛", ";", ":"})
_PLACE_PREPS = frozenset(normalize(w) for w in ("في", "لدى"))


def _after_definite(toks: list[Tok], k: int, cover: list[Entity | None]) -> tuple[int, int] | None:
    """``بابتشينكو، المنتقد للكرملين،``، ``مهاتير محمد، الرجل الأوتوقراطي القوي الذي``: a definite noun
    phrase in apposition after the name whose last token is ``k``, closed by punctuation or a relative
    pronoun. Its words are definite (or ل + definite: للكرملين, which may name an organisation or a
    place); none is a person's name or a stop word, and the head is no title (the roles step's)."""
    if k + 3 >= len(toks) or toks[k + 1].text not in _COMMAS:
        return None
    first = k + 2
    head = toks[first]
    if not head.word or head.stop or not head.bare_definite or head.demonym() or cover[first] is not None \
            or head.title() is not None or head.org_head() or head.norm in _RELATIVES:
        return None
    last = first
    j = first + 1
    while j < len(toks) and j - first < MAX_WORDS:
        t = toks[j]
        if not t.word or t.norm in _RELATIVES:
            break
        if t.norm in _PLACE_PREPS and j - first >= 1 and any(toks[x].demonym() for x in range(first, j)):
            break  # "فهد التميمي، الملحق الصحي السعودي في الولايات المتحدة": the office ends at its place
        person = cover[j] is not None and cover[j].type == "PER"  # type: ignore[union-attr]
        if t.stop or person or t.line != head.line or not (t.bare_definite or t.norm.startswith("لل")) \
                or t.conj():  # "وصف إيف بارنيول، الوضعية بالكارثة،": a prepositional phrase ends it
            return None  # the phrase runs into the sentence: not an apposition we can delimit
        last = j
        j += 1
    if j >= len(toks) or not (toks[j].text in _APPOS_END or toks[j].norm in _RELATIVES
                              or toks[j].norm in _PLACE_PREPS):
        return None
    return first, last


def _indefinite_before_comma(toks: list[Tok], i: int, cover: list[Entity | None]) -> tuple[int, int] | None:
    """``قتل خادمة فلبينية، جوانا ديمافاليس``: an indefinite noun and its demonym, then a comma and the
    name whose first token is ``i``."""
    if i < 3 or toks[i - 1].text not in _COMMAS:
        return None
    noun, dem = toks[i - 3], toks[i - 2]
    if not (noun.word and dem.word) or noun.line != toks[i].line or cover[i - 3] is not None \
            or cover[i - 2] is not None or noun.stop or noun.definite or noun.demonym() or dem.definite:
        return None
    return (i - 3, i - 2) if dem.demonym() else None


def add_descriptions(text: str, toks: list[Tok], cover: list[Entity | None], add) -> None:  # noqa: ANN001
    """Call ``add(entity, role_text)`` for each description found around person mentions."""
    n = len(toks)
    i = 0
    while i < n:
        ent = cover[i]
        if ent is None or ent.type != "PER" or (i > 0 and cover[i - 1] is ent):
            i += 1
            continue
        k = i
        while k + 1 < n and cover[k + 1] is ent:
            k += 1
        comma_before = _before(toks, i - 1, cover) if i > 1 and toks[i - 1].text in _COMMAS else None
        for rng in (_before(toks, i, cover), comma_before, _after(toks, k, cover), _after_definite(toks, k, cover),
                    _indefinite_before_comma(toks, i, cover)):
            if rng is not None:
                a, b = rng
                add(ent, " ".join(text[toks[a].start:toks[b].end].split()))
        i = k + 1


_OFFICE_N = frozenset(normalize(w) for w in ("منصب", "منصبه", "منصبها"))
_HOLD_N = frozenset(normalize(w) for w in (
    "شغل", "يشغل", "شغلت", "تشغل", "تولى", "يتولى", "تولت", "تتولى", "تسلم", "يتسلم", "تسلمت", "ويشغل",
    "وشغل", "وتولى", "ويتولى", "كان يشغل"))
_ROLE_STOP = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")", "\"", "«", "»"})


def office_roles(text: str, toks: list[Tok], cover: list[Entity | None], add) -> None:  # noqa: ANN001
    """``…كيم جونغ يانغ والذي كان يشغل منصب نائب الرئيس``، ``ويشغل منصب مدير مكتب البنك الدولي``:
    the office after منصب held by a verb (شغل، تولى، تسلم) is a role of the nearest person named
    before it on the same line."""
    from rasd.analyse.coref.features import title_stem

    for i in range(1, len(toks) - 1):
        if toks[i].norm not in _OFFICE_N or toks[i - 1].norm not in _HOLD_N:
            continue
        first = i + 1
        if not toks[first].word or (toks[first].title() is None and title_stem(toks[first].text) is None):
            continue
        last = first
        for j in range(first + 1, min(len(toks), first + 8)):
            t = toks[j]
            if not t.word or t.text in _ROLE_STOP or t.line != toks[i].line or t.conj() \
                    or (t.stop and normalize(t.text) not in (normalize("في"), normalize("لدى"))):
                break
            last = j
        holder = None
        for j in range(i - 2, max(-1, i - 25), -1):
            if toks[j].line != toks[i].line:
                break
            if cover[j] is not None and cover[j].type == "PER":  # type: ignore[union-attr]
                holder = cover[j]
                break
        if holder is not None:
            add(holder, " ".join(text[toks[first].start:toks[last].end].split()))


def lede_description(text: str, toks: list[Tok], cover: list[Entity | None], add) -> None:  # noqa: ANN001
    """``لقي صحفي روسي، كتب عن المرتزقة، حتفه …`` then ``ماكسيم بورودين``: an indefinite title with its
    demonym before any person is named is the person the article is about, named later. It becomes a
    role (and a mention) of the first person named after it whose gender and country agree; nothing
    when that person disagrees (a wrong link is worse than none)."""
    from rasd.analyse.coref.features import entity_country, entity_gender, title_stem

    for i, t in enumerate(toks[:-1]):
        if cover[i] is not None:
            if cover[i].type == "PER":  # type: ignore[union-attr]
                return  # a person is named first: the lede names, it does not describe
            continue
        if not t.word or t.definite or t.has_clitic and t.norm[:1] not in "وف":
            continue
        hit = title_stem(t.text)
        dem = toks[i + 1]
        if hit is None or t.org_head() or not dem.word or dem.definite or cover[i + 1] is not None \
                or not dem.demonym():
            continue  # not "فريق إيفواري" (a team as well as a rank)
        later = next((c for c in cover[i + 2:] if c is not None and c.type == "PER"), None)
        if later is None:
            return
        g, c = entity_gender(later), entity_country(later)
        if (g is not None and g != hit[1]) or (c is not None and c != dem.demonym()[0]):  # type: ignore[index]
            return
        start = t.start + (1 if t.norm[:1] in "وف" and title_stem(t.text[1:]) else 0)
        add(later, " ".join(text[start:dem.end].split()))
        later.mentions.append(Mention(start, dem.end, text[start:dem.end]))
        later.mentions.sort(key=lambda m: m.start)
        return


# Verbs (and a verbal noun) that make the title after them a post the subject holds or held:
# أصبح وزيرا للتربية، عين رئيسا للوزراء، عمل الرزاز كرئيس لمنتدى …
_BECOME = frozenset(normalize(w) for w in (
    "كان", "كانت", "أصبح", "أصبحت", "يصبح", "تصبح", "صار", "صارت", "عمل", "عملت", "يعمل", "تعمل", "عين",
    "عينت", "يعين", "تعيين", "تعيينه", "تعيينها", "اختير", "اختيرت", "انتخب", "انتخبت", "انتخابه",
    "انتخابها", "ليصبح", "لتصبح", "بات", "باتت"))
_FEMININE_VERBS = frozenset(normalize(w) for w in (
    "كانت", "أصبحت", "تصبح", "صارت", "عملت", "تعمل", "عينت", "تعيينها", "اختيرت", "انتخبت", "انتخابها",
    "لتصبح", "باتت"))


# Verbs of appointing written alike active and passive (عَيَّنَ / عُيِّنَ): a name with its own title after
# them is rather the one who appoints (وعين الملك سلمان وزيرا …) than the one appointed.
_APPOINT = frozenset(normalize(w) for w in ("عين", "عينت", "يعين", "تعين", "انتخب", "انتخبت"))
# ... unless the title is a courtesy, degree or rank that holds no power to appoint (وعينت [الدكتورة] فلانة).
_COURTESY = frozenset(normalize(w) for w in (
    "سيد", "سيدة", "دكتور", "دكتورة", "مهندس", "مهندسة", "أستاذ", "أستاذة", "محامي", "محامية",
    "لواء", "عميد", "عقيد", "نقيب", "رائد", "ملازم"))
_POSSESSED_NOUNS = frozenset(normalize(w) for w in ("تعيينه", "تعيينها", "انتخابه", "انتخابها"))
_SENTENCE_END = frozenset({".", "!", "؟", "?", "؛", ";"})


def _last_in_sentence(toks: list[Tok], cover: list[Entity | None], v: int, gender: str) -> Entity | None:
    """The person named last before ``toks[v]`` in its sentence and line, if their gender is not known to
    differ from ``gender``."""
    from rasd.analyse.coref.features import entity_gender

    for j in range(v - 1, -1, -1):
        if toks[j].line != toks[v].line or toks[j].text in _SENTENCE_END:
            return None
        ent = cover[j]
        if ent is not None and ent.type == "PER":
            return ent if entity_gender(ent) in (None, gender) else None
    return None


def _post_title(tok: Tok) -> tuple[str, str, int] | None:
    """(stem, gender, letters to drop) of a title as a predicate: accusative ``وزيرا``/``رئيسةً`` or
    ``كرئيس``/``كأستاذ``; None otherwise."""
    from rasd.analyse.coref.features import title_stem

    w = normalize(tok.text)
    if w.startswith("ك") and not w.startswith("كال"):
        hit = title_stem(w[1:])
        return (hit[0], hit[1], 1) if hit else None
    if w.endswith("ا") and len(w) > 3 and not w.startswith("ال"):
        hit = title_stem(w[:-1])
        return (hit[0], hit[1], 0) if hit else None
    return None


def predicate_roles(text: str, toks: list[Tok], cover: list[Entity | None], add) -> None:  # noqa: ANN001
    """``قبل أن يصبح وزيرا للتربية والتعليم``، ``تعيينه رئيسا للوزراء``، ``عمل الرزاز كرئيس لمنتدى
    الاستراتيجيات``: a title after a verb of becoming or serving is a post of the verb's subject, the
    person named between them or else the nearest person named before (a dropped pronoun subject)
    who agrees with the verb's gender. The role is given in the construct form the annotation uses
    (``وزير التربية``، ``رئيس الوزراء``، ``رئيس منتدى الاستراتيجيات``)."""
    n = len(toks)
    for v in range(n - 1):
        tv = toks[v]
        if not tv.word or cover[v] is not None:
            continue
        vn = tv.norm[1:] if tv.norm[:1] in "وف" and tv.norm[1:] in _BECOME else tv.norm
        if vn not in _BECOME:
            continue
        k = v + 1
        subject = None
        while k + 1 < n and k - v <= 3 and cover[k] is None and toks[k + 1].line == tv.line \
                and toks[k].word and toks[k].bare_definite and toks[k].title() is not None \
                and (toks[k + 1].title() is not None or (cover[k + 1] is not None and cover[k + 1].type == "PER")):
            k += 1  # "وعينت [الدكتورة] فلانة نائبا لوزير …": the subject's own title before the name
        if k > v + 1 and (cover[k] is None or cover[k].type != "PER"  # type: ignore[union-attr]
                          or vn in _APPOINT and any(t.norm[2:] not in _COURTESY for t in toks[v + 1:k])):
            continue  # "وعين [الملك] سلمان وزيرا …": a name with an office after an active verb of appointing is its agent
        while k < n and cover[k] is not None and cover[k].type == "PER":  # type: ignore[union-attr]
            subject = cover[k]
            k += 1
        if k >= n or not toks[k].word or toks[k].line != tv.line:
            continue
        post = _post_title(toks[k])
        if post is None:
            continue
        if subject is None and vn in _POSSESSED_NOUNS:
            # "إعفاء فلان من قيادة … وتعيينه قائدا …": the verbal noun's pronoun is the person named last in
            # its sentence, when one agrees with it
            subject = _last_in_sentence(toks, cover, v, "F" if vn in _FEMININE_VERBS else "M")
        if subject is None:
            # a dropped subject is the person the passage is about: of those named in the last
            # sentences, the one the article names most (not "حكومة هاني الملقي" just before the verb)
            recent = [c for c in cover[max(0, v - 120):v] if c is not None and c.type == "PER"]
            if not recent:
                continue
            subject = max(recent, key=lambda e: (len(e.mentions), recent[::-1].index(e) * -1))
            from rasd.analyse.coref.features import entity_gender

            g = entity_gender(subject)
            if g is not None and g != ("F" if vn in _FEMININE_VERBS else "M"):
                continue
        head = strip_marks(toks[k].text)[post[2]:]
        words = [head[:-1] if post[2] == 0 else head]  # وزيرا → وزير، كرئيس → رئيس
        last = k
        for j in range(k + 1, min(n, k + 6)):
            t = toks[j]
            if not t.word or t.line != tv.line or t.stop or t.conj():
                break
            wj = strip_marks(t.text)
            if j == k + 1 and wj.startswith("لل"):
                wj = "ا" + wj[1:]  # للوزراء → الوزراء: the construct of the title
            elif j == k + 1 and wj.startswith("ل") and not t.definite:
                wj = wj[1:]  # لمنتدى → منتدى
            elif j == k + 1 and wj.endswith("ا") and not t.definite and len(wj) > 3:
                wj = wj[:-1]  # رئيسا تنفيذيا → رئيس تنفيذي: an accusative adjective
            elif not (t.definite or cover[j] is not None):
                break  # "نجمة تتحول": a verb, not the title's complement
            words.append(wj)
            last = j
        if last == k and post[2] == 0:
            continue  # a bare accusative title (كان قائدا) says too little
        add(subject, " ".join(words))


_INDEF_WORDS = 3  # words of an indefinite description: عالم فضاء، مسؤول أممي بارز
_INDEF_REACH = 1500  # characters from the description to the person's first mention: the same story
_INDEF_END = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")", "\"", "«", "»", "!", "؟", "?"})


def _definite_heads(ent: Entity) -> set[str]:
    """The nouns that open the person's definite roles, without the article (``العالم`` → ``عالم``)."""
    out = set()
    for role in ent.roles:
        first = normalize(strip_marks(role.split()[0])) if role.split() else ""
        if first.startswith("ال") and len(first) >= 5:
            out.add(first[2:])
    return out


def _stem(word: str) -> str:
    """A nisba's noun (``أممي``/``الأممي`` → ``امم``), article dropped; other words as they are."""
    w = normalize(strip_marks(word)).removeprefix("ال")
    for suffix in ("يه", "ي"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _same_words(words: list[Tok], ent: Entity, head: str) -> bool:
    """Does a word after an indefinite title (``مسؤول [أممي] بارز``) stand in one of the person's roles
    opened by the same title (``المسؤول الأممي``; a ل/ب before it aside: ``رئيس شركة`` → ``الرئيس التنفيذي
    لشركة …``)? Only then are they one office."""
    mine = {_stem(w.text) for w in words}
    for role in ent.roles:
        parts = role.split()
        if parts and normalize(strip_marks(parts[0])).removeprefix("ال") == head \
                and mine & {x for w in parts[1:] for x in (_stem(w), _stem(w[1:]) if w[:1] in "لب" else "")}:
            return True
    return False


def indefinite_antecedents(text: str, toks: list[Tok], cover: list[Entity | None], people: list[Entity],
                           add) -> None:  # noqa: ANN001
    """``اعتقلت السلطات عالم فضاء`` … ``أن العالم فيكتور كوديافتسيف``: news introduces a person with an
    indefinite noun and names them later with the same noun made definite (the indefinite-then-definite
    chain of a discourse referent). An indefinite word before the person's first mention, whose noun opens
    one of that person's definite roles and no other person's, becomes (with up to two indefinite words
    after it) a role and a mention of that person; a feminine noun (ة) needs a person not known to be a man.
    A title (an office, not a calling such as عالم or مدون) needs a word after it that the person's role
    with that title has too (``مسؤول أممي بارز`` → ``المسؤول الأممي``): ``رئيس تحرير`` is not ``الرئيس``.
    Nothing when the noun stands right next to a name (that is apposition, the entity layer's), or stands
    alone before a definite word (``شاهد الملايين``: a verb and its subject; ``عالم الفن``: a construct's
    head) or after a preposition (``تحدث عن عالم``)."""
    from rasd.analyse.coref.features import entity_gender

    owners: dict[str, list[Entity]] = {}
    for ent in people:
        for head in _definite_heads(ent):
            owners.setdefault(head, []).append(ent)
    if not owners:
        return
    firsts = {id(e): min((m.start for m in e.mentions), default=len(text)) for e in people}
    for i, t in enumerate(toks):
        if not t.word or cover[i] is not None or t.stop or t.definite:
            continue
        n = t.norm
        fem = strip_marks(t.text).endswith("ة")
        heads = [e for e in owners.get(n, []) if t.end < firsts[id(e)] <= t.end + _INDEF_REACH]
        if len(heads) != 1 or len(owners[n]) != 1:
            continue
        ent = heads[0]
        if fem and entity_gender(ent) == "M":
            continue
        near = [k for k in (i - 1, i + 1) if 0 <= k < len(toks) and toks[k].line == t.line]
        if any(cover[k] is not None and cover[k].type == "PER" for k in near):  # type: ignore[union-attr]
            continue
        last = i
        for j in range(i + 1, min(len(toks), i + _INDEF_WORDS)):
            u = toks[j]
            if not u.word or u.line != t.line or u.text in _INDEF_END or u.stop or u.conj() or u.definite or u.connector \
                    or cover[j] is not None or (u.norm[:1] == "ي" and len(u.norm) >= 4) or len(u.norm) == 3 \
                    or (u.norm[:1] in "بلك" and len(u.norm) >= 5 and not u.norm.endswith("ي")):
                break  # not "يشتبه"، "كتب"، "حذّر" (an imperfect or a bare past verb opens the clause after the
                # noun) nor "بشبهة" (a preposition on a noun of four letters; بارز، بريطاني are adjectives)
            last = j
        if t.title() is not None and not _same_words(toks[i + 1:last + 1], ent, n):
            continue  # an office: "رئيس تحرير" is not "الرئيس", "مسؤول سياسي" not "المسؤول في الشرطة"
        if last == i and i + 1 < len(toks) and toks[i + 1].line == t.line and toks[i + 1].word \
                and toks[i + 1].definite:
            continue  # "شاهد الملايين"، "عالم الفن": a verb with its subject or a construct's head, no person
        if last == i and i > 0 and toks[i - 1].line == t.line and (
                toks[i - 1].stop or toks[i - 1].norm[:1] in "بلك" and toks[i - 1].has_clitic):
            continue  # "تحدث عن عالم": a lone noun after a preposition is no one introduced
        role = " ".join(text[t.start:toks[last].end].split())
        add(ent, role)
        ent.mentions.append(Mention(t.start, toks[last].end, text[t.start:toks[last].end]))
        ent.mentions.sort(key=lambda m: m.start)

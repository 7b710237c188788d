"""Person spans the tagger cut short or ran on (pure): surnames after a first name, words before a name.

- :func:`extend_surnames`: a first name the tagger took alone, with the family name after it that
  the article uses again on its own (``إبراهيم [غندور]`` … ``وتابع غندور``) or that follows a title
  (``الرئيس إيمانويل [ماكرون]``);
- :func:`trim_leading_words`: a verb or a prepositional word the tagger ran into a name (``[ودانت]
  فاليري بيكريس``، ``[بمثول] كوهين``، ``[وطالب] ظريف``: و + a past verb by its conjugation in general text);
- :func:`trim_trailing_words`: a verb, accusative or derived-form verbal noun run onto a name (``ترامب
  [انسحاب]``);
- :func:`common_noun_phrases`: no person in an indefinite noun and its nisba adjective (``دعوى قضائية``);
- :func:`cut_at_prepositions`: a preposition on a place or a title the tagger ran into a name
  (``غوتيريس [لبنغلادش]``، ``ماكرون [بولي العهد]``);
- :func:`plain_name`, :func:`name_pair`: could words after a title be an unknown person's name (used
  by :func:`rasd.analyse.entities.names.titled_names`)?
"""

from __future__ import annotations

from rasd.analyse.entities.cands import (
    TANWEEN,
    Cand,
    Ctx,
    finish,
    listed_name_word,
    possessed_word,
    proclitic_word,
    word_zipf,
)
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.reporting import REPORTING_VERBS
from rasd.arabic.titles import strip_marks

_ALL_VERB_FORMS = frozenset(normalize(v) for v in REPORTING_VERBS)


def extend_surnames(ctx: Ctx, cands: list[Cand]) -> None:
    """``وزير الخارجية السوداني إبراهيم غندور`` tagged ``إبراهيم``: a one-word person takes the plain
    word after it when the article uses that word elsewhere as a speaker's or title holder's name
    (``وتابع غندور``، ``الوزير غندور``): a reporting verb or a title before it says it names a person."""
    from rasd.analyse.entities.roles import is_kin_noun

    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    named: set[str] = set()  # words written right after a reporting verb or a title
    seen: dict[str, int] = {}
    for t in toks:
        seen[t.norm] = seen.get(t.norm, 0) + 1
    for m in range(1, len(toks)):
        p, t = toks[m - 1], toks[m]
        if t.word and p.word and p.line == t.line and (
                {p.norm, p.norm[1:]} & _ALL_VERB_FORMS or (p.title() and p.counterpart() is None)):
            named.add(t.norm)
    surnames = {c.key[-1] for c in cands if c.type == "PER" and len(c.key) >= 2}
    for c in cands:
        if c.type != "PER" or c.last != c.first:
            continue
        j = c.last + 1
        if j >= len(toks) or j in used:
            continue
        t = toks[j]
        if (not t.word or t.line != toks[c.first].line or t.stop or t.title() or t.definite or t.demonym()
                or t.org_head() or t.pronoun_suffix or t.norm in ctx.common
                or proclitic_word(t, ctx.first_names)
                or any(ch.isdigit() for ch in t.text) or len(t.norm) < 3):
            continue
        if (t.norm not in named or seen.get(t.norm, 0) < 2) and not (
                _after_title(toks, c.first) and c.key[0] not in surnames and not _verb_like_word(t.norm)
                and not is_kin_noun(t.norm) and not (t.norm.endswith("ا") and t.norm[:-1] in ctx.common)):
            continue  # "الأمير وليم [حفيد] …"، "رافقا [صحفيا]": a kin noun or an accusative opens the next phrase
        c.last = j
        c.end = t.end
        finish(ctx.text, c)
        used.add(j)


# Words that join a first name to the father's or the tribe's (المنصف بن سالم، المختار ولد داداه): a
# definite word before them is the first name, shaped like a participle, not an apposition.
_PATRONYMIC = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "ابنة", "ولد", "ول", "آل"))


def _after_title(toks: list[Tok], i: int) -> bool:
    """Does a title phrase end right before token ``i`` (``الرئيس [إيمانويل]``، ``وزير الخارجية السوداني
    [إبراهيم]``)? A title, or a demonym with a title up to three words before it."""
    if i == 0 or toks[i - 1].line != toks[i].line or not toks[i - 1].word:
        return False
    p = toks[i - 1]
    if p.title() and p.counterpart() is None and not p.org_head():
        return True
    return bool(p.demonym()) and any(t.title() and t.line == p.line for t in toks[max(0, i - 4):i - 1])


def _verb_like_word(n: str) -> bool:
    """A word that opens like an imperfect verb (``يعلن``، ``تؤكد``) is no family name after a title."""
    return n[:1] in "يتن" and len(n) >= 4


def trim_leading_words(ctx: Ctx, cands: list[Cand]) -> None:
    """Drop a first word that opens a clause, not the name: و + a feminine past verb before a two-word
    name (``ودانت فاليري بيكريس``; not ``والت ديزني``), a word with ب/ل before a name the article
    writes alone elsewhere (``بمثول كوهين`` beside ``مايكل كوهين``), or a definite noun for a person before
    a two-word name that does not go on with the article (``الشاهد أليكس شاكر``; not ``الصديق الصادق
    المهدي``): the noun is the name's apposition, which the roles step then reads."""
    toks = ctx.toks
    people = {c.key for c in cands if c.type == "PER"}
    for c in cands:
        if c.type == "PER" and c.last > c.first and _clause_verb(ctx, toks[c.first]):
            c.first += 1  # "[وطالب] ظريف الدول": a past verb with its conjunction opens the clause
            c.start = toks[c.first].start
            finish(ctx.text, c)
            continue
        if c.type != "PER" or c.last - c.first < 1 or c.start != toks[c.first].start:
            continue
        t = toks[c.first]
        n = t.norm
        if n in ctx.first_names or not t.word:
            continue
        verb = n[:1] == "و" and n.endswith("ت") and 4 <= len(n) <= 6 and c.last - c.first >= 2 \
            and n[1:] not in ctx.first_names
        # "[الشاهد] أليكس شاكر": a definite noun for a person (descriptors.person_shape) before a two-word
        # name is its apposition (but "الصديق الصادق المهدي": a name of definite words is a name chain)
        described = c.last - c.first >= 2 and t.bare_definite and n not in ctx.first_names \
            and n[2:] not in ctx.first_names and not toks[c.first + 1].definite \
            and toks[c.first + 1].norm not in _PATRONYMIC and _person_noun(t)
        # the rest is another person's surname, named with another first name (مايكل كوهين)
        clitic = n[:1] in "بل" and len(n) >= 4 and n[1:] not in ctx.attested and any(
            len(k) == len(c.key) and k[1:] == c.key[1:] and k[0] != n for k in people)
        if verb or clitic or described:
            c.first += 1
            c.start = toks[c.first].start
            finish(ctx.text, c)


def conjugates(stem: str) -> bool:
    """Does ``stem`` conjugate as a past verb in general text: its feminine (``stem`` + ت) a common word
    (Zipf >= 3) and its plural (``stem`` + وا) one too (Zipf >= 2.5)? ``طالب``: طالبت، طالبوا; a name
    word has no such forms (``ظريف``، ``سام``). False when no word table can be read."""
    fem, plural = word_zipf(stem + "ت"), word_zipf(stem + "وا")
    return fem is not None and plural is not None and fem >= 3.0 and plural >= 2.5


def _clause_verb(ctx: Ctx, t: Tok) -> bool:
    """Is ``t`` و/ف on a past verb (:func:`conjugates`), so that it opens a clause and the name after it
    is the verb's subject (``وطالب ظريف``، ``فاتهم ترامب``)? The conjunction may be inside or outside the
    tagger's span: a name never opens with و + a verb. A known first name (``وليد``، ``فهد``) is none, nor
    و + a first name (``وحافظ الأسد``: the conjunct's name)."""
    n = t.norm
    if not t.word or n[:1] not in "وف" or len(n) < 4 or n in ctx.first_names or n[1:] in ctx.first_names \
            or listed_name_word(n):
        return False  # "وحافظ الأسد": a first name after the conjunction, though حافظ is a verb too
    return conjugates(n[1:])


def common_noun_phrases(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Drop a person's span that is a common noun phrase: every word a bare word of general text (Zipf >=
    3, no article or clitic, no first name) and the last an indefinite nisba adjective of a frequent noun
    (``قضائية`` of قضاء، ``قانوني`` of قانون: ``دعوى قضائية``، ``سند قانوني``); or a span opening with
    such a word that is an indefinite accusative participle (``مرتديا بزة …``: a circumstantial phrase, even
    after a title). Adjectives agree with their noun,
    so an indefinite noun and its nisba name no one. Kept when the span follows a title (``الرئيس حسن
    روحاني``) or another person's name in the article shares one of its words."""
    toks = ctx.toks
    drop: list[Cand] = []
    for c in cands:
        if c.type != "PER" or c.last <= c.first or len(c.key) != c.last - c.first + 1:
            continue
        words = toks[c.first:c.last + 1]
        titled = c.first > 0 and toks[c.first - 1].line == words[0].line and bool(
            toks[c.first - 1].title() or toks[c.first - 1].demonym())  # "الرئيس [حسن روحاني]": a name
        if (titled or not all(_general_word(ctx, w) for w in words) or not _nisba_of_noun(words[-1])) \
                and not (_general_word(ctx, words[0]) and _accusative_participle(words[0])):
            continue
        if any(w in d.key for d in cands if d is not c and d.type == "PER" and d.key != c.key for w in c.key):
            continue
        drop.append(c)
    return [c for c in cands if not any(c is d for d in drop)]


def _general_word(ctx: Ctx, t: Tok) -> bool:
    """A bare word of general text (Zipf >= 3) that is no first name, no demonym and no title."""
    n = t.norm
    if not t.word or t.definite or t.has_clitic or n in ctx.first_names or t.demonym() or t.title():
        return False
    z = word_zipf(n)
    return z is not None and z >= 3.0


def _nisba_of_noun(t: Tok) -> bool:
    """Is ``t`` an indefinite nisba adjective (…ي، …ية) of a noun general text uses at least as often
    (``قضائية`` of ``قضاء``، ``قانوني`` of ``قانون``, not ``روحاني`` of the rare ``روحان``), the stem of
    four letters at least? A word the NER gazetteer lists as a name word, or whose stem it lists, is none."""
    n = t.norm
    stem = n[:-2] if n.endswith("يه") else n[:-1] if n.endswith("ي") else ""
    if stem.endswith("ئ"):
        stem = stem[:-1] + "ء"  # قضائية: the hamza of قضاء on its seat
    if len(stem) < 4 or listed_name_word(n) or listed_name_word(stem):
        return False  # a three-letter stem + ي is the shape of many transliterated names (هيلي، ساني، ماسي);
        # a family name is made from a name word too (عبادي of عباد)
    z, zs = word_zipf(n), word_zipf(stem) or 0.0
    return z is not None and zs >= 4.0 and zs >= z


def _accusative_participle(t: Tok) -> bool:
    """Is ``t`` an indefinite accusative participle م…ا whose bare form is a word of general text
    (``مرتديا`` of ``مرتدي``، ``مؤكدا``)? No name word listed by the NER gazetteer."""
    n = t.norm
    if n[:1] != "م" or not n.endswith("ا") or len(n) < 5 or listed_name_word(n):
        return False
    z = word_zipf(n[:-1])
    return z is not None and z >= 3.0


def _person_noun(t: Tok) -> bool:
    from rasd.analyse.entities.descriptors import person_shape  # descriptors reads roles: import late

    return t.title() is None and t.demonym() is None and person_shape(t)


def extend_initials(ctx: Ctx, cands: list[Cand]) -> None:
    """Spelt initials before a person's name belong to it (``إم إن تيواري``): letter names right before
    the name, at least one of which is no Arabic word too (``إم``, not only ``إن``)."""
    from rasd.analyse.entities.names import _LETTERS, _LETTERS_AMBIGUOUS

    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "PER" or c.start != toks[c.first].start:
            continue
        j = c.first
        while j - 1 >= 0 and j - 1 not in used and toks[j - 1].word and toks[j - 1].line == toks[c.first].line \
                and toks[j - 1].norm in _LETTERS | _LETTERS_AMBIGUOUS and c.first - j < 3:
            j -= 1
        if j < c.first and any(toks[m].norm in _LETTERS for m in range(j, c.first)):
            c.first = j
            c.start = toks[j].start
            finish(ctx.text, c)


def trim_trailing_words(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Drop a last word the tagger ran into a name the article already knows without it: ``[العامري
    يعلنان]`` beside ``هادي العامري``، ``[بورودين مصابا]`` beside ``ماكسيم بورودين``.

    The rest of the span must be a person the article names elsewhere (a whole name, or the family
    name of a longer one: a first name is shared by many); the dropped word must read as no name (see :func:`_not_name_tail`): an imperfect verb (``يعلنان``), an accusative participle or
    adjective (``مصابا``، ``ساخرا``، ``خارجيا``) or a word opening with ك/ب/ل + the article (``كالتالي``).
    Such a word tagged a person of its own right after a name (``ماكسيم بورودين] [مصابا``) is dropped."""
    toks = ctx.toks
    people = [c for c in cands if c.type == "PER" and c.key]
    ends = {c.last for c in people}
    drop: list[Cand] = []
    cut: set[str] = set()  # verbal nouns cut off the end of a name
    for c in people:
        if c.last == c.first and c.first - 1 in ends and len(c.key) == 1 and (
                _not_name_tail(ctx, c, people) or _verbal_noun(ctx, toks[c.first])):
            drop.append(c)
            continue
        if c.last <= c.first or len(c.key) < 2 or c.end != toks[c.last].end:
            continue
        if _apposed_title(toks, c.last):
            c.last -= 1  # "إسماعيل رضوان [القيادي] في حماس": the title opens the apposition after the name
            c.end = toks[c.last].end
            finish(ctx.text, c)
            continue
        head, tail, t = c.key[:-1], c.key[-1], toks[c.last]
        if not (_not_name_tail(ctx, c, people) or _verbal_noun(ctx, t)):
            continue
        if _prep_phrase(ctx, c) or _addressee(c, people) or (len(head) >= 2 and _verbal_noun(ctx, t)):
            # never a name part: no evidence needed (a verbal noun opens the next phrase: ترامب [انسحاب])
            others = [head]
        else:  # other people's names, less the same trailing word (``ماكسيم بورودين [مصابا]`` twice)
            others = [d.key[:-1] if d.key[-1] == tail else d.key for d in people if d is not c and d.key != c.key]
        if not any(k and (k == head or k[-len(head):] == head) for k in others):  # whole name or surname
            continue
        if _verbal_noun(ctx, t):
            cut.add(tail)
        c.last -= 1
        c.end = toks[c.last].end
        finish(ctx.text, c)
    # a verbal noun cut off a name is no person where it stands alone either (its copies made by propagation)
    return [c for c in cands if not any(c is d for d in drop) and not (c.type == "PER" and len(c.key) == 1
                                                                        and c.key[0] in cut)]


def _verbal_noun(ctx: Ctx, t: Tok) -> bool:
    """Is ``t`` a bare verbal noun or past verb of a derived form by its shape — انفعال، افتعال، استفعال،
    إفعال (``انسحاب``، ``اجتماع``، ``استقبال``، ``إعلان``) or استفعل (``استعان``) — and a word of general
    text (Zipf >= 3)? No name word: a first name of that shape (``انتصار``، ``ابتسام``) or a word the NER
    gazetteer lists as a name word is none. After a person's name such a word opens what the person did."""
    n = t.norm
    if not t.word or t.definite or t.has_clitic or n[:1] != "ا" or not 5 <= len(n) <= 7 \
            or n in ctx.first_names or listed_name_word(n):
        return False
    if not (n.startswith(("ان", "است")) or n[2:3] in "تطد" or (len(n) == 5 and n[3] == "ا")):
        return False
    shaped = (len(n) == 6 and n[4] == "ا") or (len(n) == 7 and n[:3] == "است" and n[5] == "ا") \
        or (len(n) == 5 and n[3] == "ا") or (len(n) == 6 and n[:3] == "است" and n[4] == "ا")
    z = word_zipf(n)
    return shaped and z is not None and z >= 3.0


_PREPOSITIONS = frozenset({"ب", "ل", "وب", "ول", "فب", "فل", "لل", "ولل"})


def _prepositional_noun(ctx: Ctx, t: Tok, people: frozenset[str] = frozenset()) -> bool:
    """Is ``t`` a preposition ب/ل (after an optional و/ف) on a country or city of the gazetteer or on a
    person's title (``ببنغلادش``، ``لبنغلادش``، ``بولي``، ``للرئيس``)? A name's word never is one: a place or
    title behind a preposition opens the phrase that follows the name. A word that is itself a first
    name (``بلال``) or whose bare form is none of these (``بوش``، ``لبيب``) is not."""
    if not t.word or t.norm in ctx.first_names or len(t.forms) < 2:
        return False
    for stem, _off, k in t.forms[1:]:
        if not k or t.norm[:k] not in _PREPOSITIONS or len(stem) < 3 or stem in ctx.first_names:
            continue
        bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        if any(key == (s,) for s in (stem, bare) for key, _p in ctx.gaz_first.get(s, ())):
            return True
        if len(stem) >= 4 and stem in ctx.attested and not stem.startswith("ال") and stem not in people:
            # the article writes the word bare too (لبنغلادش beside بنغلادش): a clitic, no name; not when
            # the bare word is a person's (خطرت لوولفيرتون: the name follows the preposition)
            return True
    hit = t.title()
    if hit is None or hit[1] <= t.start:
        return False
    return normalize(t.text[:hit[1] - t.start]) in _PREPOSITIONS  # بولي، للرئيس; not كولي، فامين


def cut_at_prepositions(ctx: Ctx, cands: list[Cand]) -> None:
    """End a person's span before its first word after the first that is a preposition on a place or a
    title (:func:`_prepositional_noun`), and before the definite common words right before that word:
    ``[غوتيريس] الشكر لبنغلادش``، ``[إيمانويل ماكرون] بولي العهد``.
    The tagger runs names on over such words when the place or title is unknown to its context
    features; the name itself is complete before them."""
    toks = ctx.toks
    people = frozenset(w for c in cands if c.type == "PER" for w in c.key)
    for c in cands:
        if c.type != "PER" or c.last <= c.first:
            continue
        for k in range(c.first + 1, c.last + 1):
            if _prepositional_noun(ctx, toks[k], people):
                c.last = k - 1
                while c.last > c.first and toks[c.last].bare_definite and (
                        toks[c.last].norm in ctx.common or toks[c.last].norm[2:] in ctx.common):
                    c.last -= 1  # "[غوتيريس] الشكر لبنغلادش": the run took the verb's object on the way
                c.end = toks[c.last].end
                finish(ctx.text, c)
                break


def _prep_phrase(ctx: Ctx, c: Cand) -> bool:
    """Is the last word of ``c`` a preposition ك/ب/ل on a definite common word (``كالتالي``، ``بالأمس``)?
    The word behind the preposition must be a common word with the article, so transliterations that
    merely open with the same letters (``بالمر``، ``بالدوين``) stay names; a known first name stays too."""
    tail = c.key[-1]
    if len(tail) < 5 or tail[0] not in "كبل" or tail in ctx.first_names:
        return False
    rest = tail[1:] if tail[1:3] == "ال" else "ا" + tail[1:] if tail[:2] == "لل" else ""
    return bool(rest) and rest in ctx.common


def _not_name_tail(ctx: Ctx, c: Cand, people: list[Cand]) -> bool:
    """Does the last word of ``c`` read as no name? It is inside no other person's name (the last word of
    one is the same misreading), no first name, no family name with the article, and a verb (ي, or ت/ن
    on a word the NER data mostly has outside names: تيرهارن is a name), an accusative (tanween, or
    the shape of a participle مـ…ا, a nisba …يا or فاعلا), a noun with a possessive pronoun (by corpus
    frequency: :func:`rasd.analyse.entities.cands.possessed_word`) or a ك/ب/ل + article word."""
    tail, t = c.key[-1], ctx.toks[c.last]
    if _prep_phrase(ctx, c) and not any(tail in d.key[:-1] for d in people if d is not c):
        return True  # كالتالي، بالأمس: the article behind a preposition makes no family name
    if _addressee(c, people):
        return True
    if tail in ctx.first_names or t.definite:  # a family name (سلمان العودة، عبد الله الثاني)
        return False
    if any(tail in d.key[:-1] for d in people if d is not c):
        return False
    accusative = tail.endswith("ا") and len(tail) >= 5 and (
        "\u064b" in t.text or tail[0] == "م" or tail.endswith("يا") or (len(tail) == 5 and tail[1] == "ا")
        or _accusative_noun(ctx, tail))
    # a hyphen joins a transliterated name's syllables (كيم يونغ-تشول), never a verb's
    verb = len(tail) >= 4 and tail.isalpha() and (tail[0] == "ي" or (tail[0] in "تن" and tail in ctx.common))
    # "ميغان [عشقها]": a noun with its possessive pronoun, read by corpus frequency (عشق is a word of
    # general text at least as frequent as عشقها); a name word carries no pronoun
    possessed = possessed_word(t, ctx.first_names, bare_ha=False)
    return accusative or verb or possessed or (tail[:1] in "كبل" and len(tail) >= 5 and tail[1:3] == "ال")



def _accusative_noun(ctx: Ctx, n: str) -> bool:
    """Is ``n`` (…ا) an indefinite accusative noun by corpus frequency: the word less its ا a word of
    general text (Zipf >= 3) far commoner than the whole (by a Zipf bin at least: ``قداس`` 3.5 against
    ``قداسا`` 2)? A name's own final ا leaves no commoner word (``سوزانا``، ``دانا``); a first name or a
    word the NER gazetteer lists as a name word is none."""
    if n in ctx.first_names or listed_name_word(n) or listed_name_word(n[:-1]):
        return False
    bare = word_zipf(n[:-1])
    return bare is not None and bare >= 3.0 and bare - (word_zipf(n) or 0.0) >= 1.0


def _apposed_title(toks: list, i: int) -> bool:  # noqa: ANN001 - tokens
    """Is token ``i`` a definite title that governs what follows (``القيادي في حماس``، ``المتحدث باسم``،
    ``المسؤول عن``)? Such a title opens an apposition; a family name that looks like a title (خليل الوزير)
    is not followed by في/باسم/عن."""
    t = toks[i]
    if not (t.definite and t.title()) or i + 1 >= len(toks) or toks[i + 1].line != t.line:
        return False
    return toks[i + 1].norm in ("في", "باسم", "عن", "لدى")


def _addressee(c: Cand, people: list[Cand]) -> bool:
    """Is the last word of ``c`` ل + a word of another person's name (``وقال نتنياهو [لموراليس]`` beside
    ``جيمي موراليس``)? The person spoken to, run into the speaker's name: never part of it."""
    tail = c.key[-1]
    return len(c.key) >= 2 and tail[:1] == "ل" and len(tail) >= 5 and not tail.startswith("ال") and any(
        tail[1:] in d.key for d in people if d is not c and d.key != c.key)


def demonym_first_names(ctx: Ctx, cands: list[Cand]) -> None:
    """A first name that is also a demonym (``تركي``، ``عراقي``) before a person's family name, after a
    definite title phrase, perhaps with its comma: ``العقيد الركن[،] [تركي] المالكي``. An adjective agrees with its noun in
    definiteness, so an indefinite demonym after a definite word describes nothing: it opens the name."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "PER" or c.first < 2 or c.start != toks[c.first].start:
            continue
        p, pp = toks[c.first - 1], toks[c.first - 2]
        if pp.text in ("،", ",") and c.first >= 3 and toks[c.first - 3].word and any(
                t.title() for t in toks[max(0, c.first - 5):c.first - 2] if t.line == p.line):
            pp = toks[c.first - 3]  # "العقيد الركن، [تركي] المالكي": the title phrase set off by a comma
        if c.first - 1 in used or not p.word or not pp.word or p.line != toks[c.first].line or pp.line != p.line:
            continue
        if p.demonym() is None or p.definite or p.has_clitic or p.norm.endswith("ه") or not pp.definite:
            continue  # "الرئيس الأمريكي ترامب": a definite demonym agrees with the title
        if not toks[c.first].definite:
            continue  # the family name after it has the article (تركي المالكي، تركي الفيصل)
        c.first -= 1
        c.start = p.start
        finish(ctx.text, c)
        used.add(c.first)


def name_pair(a: Tok, b: Tok, common: frozenset[str]) -> bool:
    """Could ``a b`` be a first and a family name on their own: no common word, no clitic, no accusative
    (…ا) or possessive ending (``جاهزا لخوض``، ``قرار بلاده``، ``معروف دوليا`` are not)?"""
    return all(w.norm not in common and not w.has_clitic and not w.definite and not w.norm.endswith(("ا", "ه"))
               and not w.pronoun_suffix for w in (a, b))


def _ta_name(words: list[Tok], common: frozenset[str]) -> bool:
    """``تشاك غراسلي``، ``تيريزا ماي``، ``تامر الرفاعي``: a first word opening with ت is a name, not an
    imperfect verb or a تفعيل noun (``تدهور``، ``تغريدة``، ``تطأ``), when a long vowel or ش follows the
    ت (a transliteration's shape), no word list has it and no later word opens with a preposition
    (``تعهد بفرض``)."""
    first = words[0].norm
    return len(words) >= 2 and first[1:2] in ("ي", "و", "ا", "ش") and strip_marks(words[0].text)[1:2] not in "أإآ" \
        and first not in common \
        and first[1:] not in common and not any(w.norm[:1] in "بلك" and w.has_clitic for w in words[1:])


def _nisba_family(words: list[Tok], common: frozenset[str]) -> bool:
    """``عهد التميمي``: a first name that is also a common word, before a family name with the article in
    the nisba form (…ي) that no word list has."""
    last = words[-1]
    return len(words) == 2 and last.bare_definite and last.norm.endswith("ي") and last.norm not in common


def plain_name(words: list[Tok], common: frozenset[str], apposition: bool = False, closed: bool = False) -> bool:
    """Could these words be an unknown person's name? Conservative: what looks like a verb,
    a preposition phrase, a plural or an indefinite noun is not (ينقل تحيات، بمحافظة الأحساء،
    ظلوا يتصدرون، وفداً رفيعاً). ``apposition``: the words follow a full role and its comma
    (``الصحفية الروسية المستقلة، يفغينيا الباتس``), where a verb is rare and ي may open a name;
    ``closed`` too: punctuation closes them (``رئيسة الوزراء البريطانية، تيريزا ماي،``), so ت may
    open the name and a later word may start with و (``دايلان وايت``، ``بوب وودورد``)."""
    if apposition and closed:  # "، بوب وودورد،": a clitic only when a common word follows it
        first = words[0]
        if first.conj() or (first.norm[:1] in "وبلفك" and first.norm[1:] in common):
            return False
    elif words[0].norm[:1] in "وف" or (words[0].norm[:1] == "ت" and not _ta_name(words, common)) or (
            words[0].norm[:1] in "بلكي" and not apposition) or (
            words[0].norm[:1] in "بلك" and (words[0].norm[1:] in common or words[0].norm[1:2] in "تيا")):
        return False  # a proclitic or an imperfect-verb prefix opens it; after a role and its comma
        # ب/ل/ك on no common word is the name's own letter (، بنيامين نتنياهو)
    if words[0].norm in common and not _nisba_family(words, common):
        return False  # a first name is rarely a common word; a family name may be one (نبيل العربي)
    for w in words:
        n = w.norm
        if any(ch in TANWEEN for ch in w.text) or n.endswith(("وا", "ون")):
            return False
        if w is not words[0] and n[:1] == "و" and not (apposition and closed and w is words[-1]):
            return False  # a conjunct: "دعمه وترحيبه"; but "، بوب وودورد،" closes an apposition
    return True


def complete_patronymics(ctx: Ctx, cands: list[Cand]) -> None:
    """A person's name never ends on بن/ابن/بنت/آل: the word after it is the father's or family name even
    when it is also a title or a common word (``الشيخ حمد بن [خليفة]``)."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "PER":
            continue
        steps = 0
        while steps < 2 and strip_marks(toks[c.last].text) in _LINK_WORDS and c.end == toks[c.last].end:
            j = c.last + 1
            if j >= len(toks) or j in used or not toks[j].word or toks[j].line != toks[c.last].line or toks[j].stop:
                break
            c.last = j
            c.end = toks[j].end
            finish(ctx.text, c)
            used.add(j)
            steps += 1


# as written: آل with its madda (إل is the Korean syllable of كيم جونغ إل)
_LINK_WORDS = frozenset(("بن", "ابن", "إبن", "بنت", "آل"))

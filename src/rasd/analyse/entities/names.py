"""Name rules over entity candidates (pure): people the tagger missed or ran together.

- :func:`extend_first_names`: a first name the tagger left out (``شي`` + ``جين بينغ``);
- :func:`titled_names`: a name right after a title or a full role (``وزير الخارجية
  المصري سامح شكري``), with evidence that the words are a name;
- :func:`propagate`: every other occurrence of a known name;
- :func:`split_coordinated`: ``بوتين وشي جين بينغ`` as two people;
- :func:`titled_org_is_person`: a tagger ORG that is the name after a role;
- :func:`spelt_acronyms`: a Latin acronym spelt out in Arabic letters (``بي بي سي``) as one
  organisation; :func:`trim_names`: a person's name without a trailing adverb or kin noun;
- :func:`reported_names`: the subject of a reporting verb in apposition with a title
  (``رأت لوري بلوتكين بوغاردت المحللة السابقة…``).
"""

from __future__ import annotations

from rasd.analyse.entities.cands import (
    LINKS,
    ORDINALS,
    PATRONYMIC,
    TANWEEN,
    Cand,
    Ctx,
    finish,
    possessed_word,
    proclitic_word,
    restored,
)
from rasd.analyse.entities.countries import gazetteer
from rasd.analyse.entities.persons import name_pair, plain_name
from rasd.analyse.entities.roles import ROLE_PREPS
from rasd.analyse.entities.tokens import Tok, skip_letters
from rasd.arabic.normalize import normalize
from rasd.arabic.reporting import REPORTING_VERBS

_VERB_FORMS = frozenset(normalize(v) for v in REPORTING_VERBS if v[:1] not in "يت")  # past forms
_ALL_VERB_FORMS = frozenset(normalize(v) for v in REPORTING_VERBS)


def reported_verb(t: Tok) -> bool:
    """Is the word a past reporting verb, perhaps after و/ف (``وقال``، ``أكد``)?"""
    return t.word and bool({t.norm, t.norm[1:]} & _VERB_FORMS)


def extend_first_names(ctx: Ctx, cands: list[Cand]) -> None:
    """Add a left neighbour every occurrence of a person's name shares (``شي`` + ``جين بينغ``)."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    by_key: dict[tuple[str, ...], list[Cand]] = {}
    for c in cands:
        if c.type == "PER":
            by_key.setdefault(c.key, []).append(c)
    for group in by_key.values():
        if len(group) < 2:
            continue
        common: set[str] | None = None
        for c in group:
            j = c.first - 1
            t = toks[j] if j >= 0 else None
            if (t is None or c.start != toks[c.first].start or t.line != toks[c.first].line or not t.word
                    or j in used or t.stop or t.title() or t.demonym() or t.definite or t.org_head()
                    or t.counterpart() is not None):
                common = set()
                break
            stems = {t.norm} | {s for s, _o, k in t.forms if k == 1 and t.norm[0] in "وف"}
            common = stems if common is None else common & stems
        common -= _COLLECTIVES  # "عائلة القزاز" twice: the family, not a first name
        if not common:
            continue
        stem = max(common, key=len)
        for c in group:
            t = toks[c.first - 1]
            off = next(o for s, o, _k in t.forms if s == stem)
            c.first -= 1
            c.start = off
            finish(ctx.text, c)


_ONE_OF = frozenset({"احد", "احدي"})
# "القائد الأعلى للقوات المسلحة أمر العام الماضي": a verb and a time phrase, not a name after the role
_TIME_ADJ = frozenset(normalize(w) for w in ("العام", "الماضي", "المقبل", "الجاري", "الحالي"))


def titled_names(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Names the tagger missed right after a title phrase (``الدكتور عبدالله الزهراني``).

    Only with evidence that the words are a name: the first word is a known first
    name, or a word of it is part of a person's name found elsewhere in the text.
    """
    toks = ctx.toks
    used = [False] * len(toks)
    per_words: set[str] = set()
    for c in cands:
        for k in range(c.first, c.last + 1):
            used[k] = True
        if c.type == "PER":
            per_words.update(w for w in c.key if len(w) >= 3)
    starts = {c.first: c for c in cands}
    out: list[Cand] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        counterpart = t.counterpart() is not None  # "نظيرته السويدية مارغوت فالستروم"
        if used[i] or not t.word or not (t.title() or counterpart) or t.org_head():
            i += 1
            continue
        j = i + 1  # past the rest of the title phrase: الرئيس [الروسي], وزير [الخارجية السعودي]
        completed = False  # an organisation or place completes the role: مراسل بي بي سي في بودابست
        while j < len(toks) and j - i < 10 and toks[j].line == t.line:
            tj, at = toks[j], starts.get(j)
            if at is not None and at.type in ("ORG", "LOC") and (j > i + 1 or not t.definite) or (
                    at is not None and at.type == "ORG" and tj.norm[:1] == "ل"):  # مراسل [بي بي سي] …
                j = at.last + 1  # an organisation or place completing the role: للأمم المتحدة
                completed = True
                continue
            nxt = starts.get(j + 1)
            if tj.norm in ROLE_PREPS and nxt is not None and nxt.type == "LOC":
                j = nxt.last + 1  # "المنسقة الخاصة للأمم المتحدة [في لبنان]"، "المبعوث الأممي [إلى اليمن]"
                continue
            if not tj.word or used[j] or tj.stop or not (tj.definite or tj.title() or tj.demonym() or tj.connector):
                break  # "المتحدث باسم حلف الناتو": باسم joins the office to its body
            j += 1
        full_role = j - i >= 2 and (completed or any(toks[m].demonym() or toks[m].definite for m in range(i + 1, j)))
        if counterpart and not any(toks[m].demonym() for m in range(i + 1, j)):
            i += 1
            continue  # a counterpart names a person only with the country: نظيره الروسي
        apposition = False
        if full_role and j + 1 < len(toks) and toks[j].text in ("،", ",") and toks[j + 1].line == t.line \
                and toks[j + 1].word and not used[j + 1]:
            j += 1  # "الصحفية الروسية المستقلة، يفغينيا الباتس": the name in apposition after a comma
            apposition = True
        k = j
        cut = False  # the run stopped at a possessed noun: its words must then all read as bare words
        while k < len(toks) and k - j < 5 and toks[k].line == t.line and toks[k].word and not used[k]:
            w = toks[k]
            # "، بوب وودورد،": in a closed apposition a last word opening with و is the name's
            # (a common remainder too, "، كينيث وورد،": a singular role in apposition describes one person)
            last_closed = apposition and k > j and k + 1 < len(toks) and toks[k + 1].text in ("،", ",", ".") \
                and not w.definite and (w.norm[1:] not in ctx.common or not toks[i].norm.endswith(("ين", "ان", "ون"))) \
                and w.norm[1:] not in per_words and w.norm[1:] not in ctx.first_names
            # "مارغوت فالستروم": a ف + article inside a name is its own letters when the rest is no known word
            own_fa = k > j and w.norm[:1] == "ف" and w.norm[1:] not in ctx.common and w.norm[1:] not in ctx.attested
            if w.stop or w.title() or w.org_head() or w.demonym() or (w.conj() and not last_closed and not own_fa) \
                    or w.pronoun_suffix or w.counterpart() is not None or w.norm in _ONE_OF:
                break  # "… سامح شكري نظيره الروسي"; "مازن فقها أحد قياديي …": "one of" opens a description
            if k > j and possessed_word(w, ctx.first_names, bare_ha=k - j >= 2):
                cut = True
                break  # "دونالد ترامب [علمه] …": a noun with a pronoun, read by corpus frequency (علم is a
                # word of general text), is no name word: the next phrase opens. The pronoun ه alone only
                # after two name words: after one, "أحمد [عبده]", "سامر [حمده]" is the family name
            if k - j == 2 and w.norm in ctx.common and name_pair(toks[j], toks[j + 1], ctx.common):
                break  # "دونالد ترامب [الانسحاب]": a common word after two name-like words opens the next phrase
            if w.definite:
                if k == j:
                    break
                k += 1  # a family name with the article ends the name: بشار الأسد
                break
            k += 1
        if cut:  # "دونالد ترامب [لإعلان] موقفه"، "[أوقف بسبب] مخالفته": before a possessed noun the name is
            # the bare words only (no proclitic, pronoun or accusative by corpus frequency)
            k = next((m for m in range(j, k) if not _bare_word(ctx, toks[m])), k)
        if toks[k - 1].norm in LINKS if k > j else False:
            k -= 1
        held = starts.get(k) if k < len(toks) and full_role else None
        if held is not None and held.type == "PER" and held.start == toks[k].start and toks[k].line == t.line \
                and 0 < k - j <= 2 and all(_first_name_word(ctx, w) for w in toks[j:k]):
            # "أحد محامي الدفاع [فكرت] إيلكيز": between a full role and a person the tagger found, plain
            # name-like words are that person's first names (the role's end and the name's start meet)
            held.first, held.start = j, toks[j].start
            finish(ctx.text, held)
            for m in range(j, k):
                used[m] = True
            i = held.last + 1
            continue
        comma_held = starts.get(j + 1) if full_role and not apposition and k == j and j + 1 < len(toks) \
            and toks[j].text in ("،", ",") and toks[j + 1].line == t.line else None
        if comma_held is not None and comma_held.type == "PER" and _close_apposition(ctx, comma_held, used):
            i = comma_held.last + 1
            continue
        if k > j:
            words = [w.norm for w in toks[j:k]]
            # A full role (title + complement or demonym: وزير الخارجية المصري) followed by two or
            # more plain words is how news introduces a person: "… سامح شكري".
            closed = k < len(toks) and toks[k].text in ("،", ",", ".", "؛", ":")
            plain = 2 <= len(words) <= 4 and plain_name(toks[j:k], ctx.common, apposition, closed)
            # "صحفي نزيه": a bare indefinite title then one word is a noun and its adjective
            lone = j == i + 1 and not t.definite and len(words) == 1
            # a definite title right before two name-like words that no word list has, then the end of
            # the phrase (a definite word, punctuation, a verb): "الرئيس دونالد ترامب الانسحاب"
            bare_title = t.definite and len(words) == 2 and plain and name_pair(toks[j], toks[j + 1], ctx.common) \
                and (k >= len(toks) or not toks[k].word or toks[k].definite or toks[k].stop)
            if not lone and not _TIME_ADJ & set(words) and (
                    words[0] in ctx.first_names or per_words & set(words) or (full_role and plain) or bare_title):
                c = finish(ctx.text, Cand(j, k - 1, toks[j].start, toks[k - 1].end, "PER", "rule"))
                out.append(c)
                for m in range(j, k):
                    used[m] = True
        i = max(i + 1, k)
    from rasd.analyse.entities.honorifics import honoured_names  # one-word names after الشيخة، الأمير

    return out + honoured_names(ctx, cands + out)


def _close_apposition(ctx: Ctx, held: Cand, used: list[bool]) -> bool:
    """``القيادي الكردي السوري، صالح [مسلم]، هو …``: a person the tagger cut short inside an apposition
    set off by commas after a full role takes the plain words up to the closing comma (at most two, the
    name no longer than four words): the commas bound the name. Updates ``held`` and ``used``."""
    toks = ctx.toks
    line = toks[held.first].line
    k = held.last + 1
    if held.end != toks[held.last].end:
        return False
    while k < len(toks) and k - held.last <= 2 and toks[k].line == line and toks[k].word and not used[k]:
        if not _first_name_word(ctx, toks[k], closed=True):
            return False  # the commas allow a common word (مسلم): a name's word may be one
        k += 1
    if k == held.last + 1 or k - held.first > 4 or k >= len(toks) or toks[k].text not in ("،", ","):
        return False
    for m in range(held.last + 1, k):
        used[m] = True
    held.last, held.end = k - 1, toks[k - 1].end
    finish(ctx.text, held)
    return True


def _bare_word(ctx: Ctx, w: Tok) -> bool:
    """A word with nothing attached, read by shape and by corpus frequency: no article, function word,
    tanween, proclitic or possessive pronoun (``بسبب``، ``لإعلان``; ``دوبريه`` is bare: دوبري is no word)."""
    return (w.word and not w.stop and not w.definite and not w.pronoun_suffix
            and not any(ch in TANWEEN for ch in w.text)
            and not proclitic_word(w, ctx.first_names) and not possessed_word(w, ctx.first_names))


def _first_name_word(ctx: Ctx, w: Tok, closed: bool = False) -> bool:
    """Could ``w`` be a first name before a person's name: a bare word (no article, clitic, pronoun or
    accusative ending, by the token's shape and by corpus frequency) that is no common word of the NER
    data, no title, head noun, demonym or function word. A word ending in ا or ه (normalized: ة is ه) is
    never taken, so names like «أسامة», «حمزة», «رضا» are missed here: the price of keeping out the
    accusative «…ا» and the pronoun «…ه» of common words (``دعما``، ``علمه``)."""
    return (w.word and not w.stop and not w.definite and not w.pronoun_suffix
            and w.title() is None and not w.org_head() and not w.demonym() and w.counterpart() is None
            and (closed or w.norm not in ctx.common) and not w.norm.endswith(("ا", "ه")) and len(w.norm) >= 2
            and not any(ch in TANWEEN for ch in w.text)
            and not proclitic_word(w, ctx.first_names) and not possessed_word(w, ctx.first_names))


def propagate(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Mark every other occurrence of a known name; a longer known name replaces shorter mentions in it."""
    toks = ctx.toks
    forms: dict[tuple[str, ...], str] = {}
    for c in cands:
        if not c.key:
            continue
        if c.type == "PER" and (len(c.key) >= 2 or len(c.key[0]) >= 3):
            forms.setdefault(c.key, "PER")
            last = toks[c.last]
            split_ok = not any(st in ctx.attested or st.startswith("ال") for st, _o, k in last.forms[1:])
            if (len(c.key) >= 2 and len(c.key[-1]) >= 3 and not PATRONYMIC & set(c.key) and not last.stop
                    and split_ok and c.start == toks[c.first].start
                    and not last.title() and not last.demonym() and c.key[-1] not in ORDINALS):
                forms.setdefault(c.key[-1:], "PER")  # the surname alone: جيان for لين جيان
        elif c.type == "LOC" and c.source == "tagger" and len(c.key[-1]) >= 3:
            forms.setdefault(c.key, "LOC")
        elif c.type in ("ORG", "MISC") and c.source != "gaz":
            forms.setdefault(c.key, c.type)
            key = c.key
            while len(key) > 2 and (toks[c.first].org_head() or key[0] in ("ذا", "ذي")):
                key = key[1:]
                forms.setdefault(key, c.type)
                break
    first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(forms, key=len, reverse=True):
        first.setdefault(key[0], []).append(key)
    found: list[Cand] = []
    for i, t in enumerate(toks):
        if not t.word or t.stop:  # على is not the name علي, whatever normalization says
            continue
        for stem, off, k in t.forms:
            if k and t.norm[:k] not in ("و", "ف", "ب", "ل", "وب", "ول"):
                continue
            hit = None
            for key in first.get(stem, ()):
                end = i + len(key) - 1
                if end < len(toks) and all(toks[i + m].norm == key[m] and toks[i + m].line == t.line
                                           for m in range(1, len(key))):
                    hit = (key, end)
                    break
            if hit:
                key, end = hit
                found.append(finish(ctx.text, Cand(i, end, off, toks[end].end, forms[key], "prop"),
                                     restored(t, stem, k)))
                break
    # Existing mentions stay unless a strictly longer propagated name contains them.
    kept: list[Cand] = []
    owner = [None] * len(toks)  # type: list[Cand | None]
    for c in cands:
        for k in range(c.first, c.last + 1):
            owner[k] = c
    dropped: set[int] = set()
    by_id = {id(c): c for c in cands}
    for f in sorted(found, key=lambda c: -(c.last - c.first)):
        inside = {id(owner[k]) for k in range(f.first, f.last + 1) if owner[k] is not None}
        covered = [by_id[x] for x in inside if x in by_id]
        if any(c.first < f.first or c.last > f.last or (c.last - c.first) >= (f.last - f.first) for c in covered):
            continue
        for c in covered:
            dropped.add(id(c))
        for k in range(f.first, f.last + 1):
            owner[k] = f
        kept.append(f)
    return [c for c in cands if id(c) not in dropped] + kept


def split_coordinated(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """Split "بوتين وشي جين بينغ" into two people when both halves are names found elsewhere.

    The tagger sometimes runs one PER span over ``X وY``. The span is split at a
    ``و``-token when the words before it begin or end another person mention of the
    document and the words from it (without ``و``) begin one, or are a first
    name plus another person mention — so a real name
    with a و-initial word (وليد، وانغ) is never cut on its own evidence.
    """
    people = [c.key for c in cands if c.type == "PER" and c.key]
    tails = {k[-m:] for k in people for m in range(1, len(k) + 1)}
    heads = {k[:m] for k in people for m in range(1, len(k) + 1)}
    full = set(people)
    toks = ctx.toks
    out: list[Cand] = []
    for c in cands:
        cut = None
        if c.type == "PER":
            for k in range(c.first + 1, c.last + 1):
                t = toks[k]
                if not t.norm.startswith("و") or len(t.norm) < 3:
                    continue
                left = tuple(normalize(x.text) for x in toks[c.first:k])
                right = (t.norm[1:], *(x.norm for x in toks[k + 1:c.last + 1]))
                # the right half may carry a first name the tagger left out elsewhere (شي + جين بينغ)
                if (left in tails or left in heads) and (right in heads or (len(right) > 1 and right[1:] in full)):
                    cut = k
                    break
        if cut is None and c.type == "PER":
            gap = _verb_between_names(toks, c, full, heads)
            if gap is not None:  # "كيم جونغ أون شكر مون جاي": two people and the verb between them
                out.append(finish(ctx.text, Cand(c.first, gap - 1, c.start, toks[gap - 1].end, "PER", c.source)))
                out.append(finish(ctx.text, Cand(gap + 1, c.last, toks[gap + 1].start, c.end, "PER", c.source)))
                continue
        if cut is None:
            out.append(c)
            continue
        a = finish(ctx.text, Cand(c.first, cut - 1, c.start, toks[cut - 1].end, "PER", c.source))
        b = finish(ctx.text, Cand(cut, c.last, skip_letters(ctx.text, toks[cut].start, 1), c.end, "PER", c.source))
        out += [a, b]
    return out


def _verb_between_names(toks: list[Tok], c: Cand, full: set[tuple[str, ...]],
                        heads: set[tuple[str, ...]]) -> int | None:
    """The one word of a person span between two people the article names apart: the words before it
    are a whole name written alone elsewhere and the words after it begin one (``كيم جونغ أون [شكر]
    مون جاي``)."""
    for k in range(c.first + 2, c.last):
        left = tuple(t.norm for t in toks[c.first:k])
        right = tuple(t.norm for t in toks[k + 1:c.last + 1])
        if left in full and right in heads and left != c.key and toks[k].word and toks[k].norm not in LINKS:
            return k
    return None


def titled_place_is_person(ctx: Ctx, cands: list[Cand]) -> None:
    """A tagger "place" right after a person's title is a person (``للرئيس هولاند``), unless the
    gazetteer knows it as a place (``الرئيس فلسطين`` does not occur, ``ملك الأردن`` is a role + place)."""
    toks = ctx.toks
    for c in cands:
        if c.type not in ("LOC", "MISC") or c.source != "tagger" or c.first == 0 or c.last - c.first > 2:
            continue
        prev = toks[c.first - 1]
        if prev.line != toks[c.first].line or not prev.title() or prev.counterpart() is not None \
                or prev.org_head() or not prev.definite:
            continue  # only "الرئيس X"، not "رئيس فرنسا" (an indefinite title governs a place)
        if gazetteer().get(c.key) is None and not any(t.demonym() for t in toks[c.first:c.last + 1]):
            c.type, c.source = "PER", "title"  # strong evidence: it outvotes the other mentions' type


def titled_org_is_person(ctx: Ctx, cands: list[Cand]) -> None:
    """A tagger "organisation" (or unknown "place") after a role phrase is the role holder's name.

    ``رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون``: a span of plain words (no head
    noun, no article, no demonym) right after the role's organisation or place, with a
    person title opening the phrase on the same line and no punctuation between, is a person.
    """
    toks = ctx.toks
    ends = {c.last: c for c in cands}
    for c in cands:
        if _body_then_name(ctx, c):  # "سفير فرنسا لدى [المنظمة] فيليب لاليو": the body named before, the name
            c.first += 1
            c.start = toks[c.first].start
            c.type = "PER"
            finish(ctx.text, c)
            continue
        if c.type not in ("ORG", "LOC") or c.source != "tagger" or not 2 <= c.last - c.first + 1 <= 3:
            continue
        if c.type == "LOC" and gazetteer().get(c.key) is not None:
            continue  # "…في ليبيا برناردينو": a known place stays one
        if any(t.bare_definite or t.org_head() or t.demonym() or t.title() or not t.word
               for t in toks[c.first:c.last + 1]):
            continue
        prev = ends.get(c.first - 1)
        if prev is None or prev.type not in ("LOC", "ORG") or c.start != toks[c.first].start:
            continue
        k = prev.first - 1
        while k >= 0 and prev.first - k <= 8 and toks[k].line == toks[c.first].line and toks[k].word \
                and not toks[k].title():
            k -= 1
        if k >= 0 and toks[k].line == toks[c.first].line and toks[k].word and toks[k].title():
            c.type = "PER"


def _body_then_name(ctx: Ctx, c: Cand) -> bool:
    """A tagger organisation ``المنظمة فيليب لاليو`` after في/لدى/إلى, opened by a definite head noun that
    stands for a body named before and followed by two or three plain words, with a title opening the
    phrase on the line (``سفير فرنسا لدى …``): the head ends the role, the plain words are its holder."""
    toks = ctx.toks
    head = toks[c.first]
    if c.type != "ORG" or c.source != "tagger" or not 2 <= c.last - c.first <= 3 or not head.bare_definite \
            or not (head.org_head() or ("", 0, False))[2] or c.first < 2 or toks[c.first - 1].norm not in ROLE_PREPS:
        return False
    if any(t.bare_definite or t.org_head() or t.demonym() or t.title() or not t.word or t.conj() or t.stop
           for t in toks[c.first + 1:c.last + 1]):
        return False
    k = c.first - 2
    while k >= 0 and c.first - k <= 6 and toks[k].line == head.line and toks[k].word and not toks[k].title():
        k -= 1
    return k >= 0 and toks[k].line == head.line and toks[k].word and toks[k].title() is not None


def reported_names(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """A person the tagger missed as the subject of a reporting verb, named by apposition.

    ``وقال فلان فلاني، رئيس …`` / ``رأت لوري بلوتكين بوغاردت المحللة السابقة لدى …``: a past
    reporting verb, then two to four plain words (:func:`_plain_name`), then a definite title
    word (or a comma and a title). The verb says a subject follows; the title in apposition
    says it is a person; the plain words between are the name.
    """
    from rasd.analyse.coref.features import title_stem

    toks = ctx.toks
    used = [False] * len(toks)
    for c in cands:
        for k in range(c.first, c.last + 1):
            used[k] = True
    out: list[Cand] = []
    for i, t in enumerate(toks[:-3]):
        if not t.word or not ({t.norm, t.norm[1:]} & _VERB_FORMS):
            continue
        j = i + 1
        k = j
        while k < len(toks) and k - j < 4 and toks[k].word and not used[k] and toks[k].line == t.line:
            w = toks[k]
            # a rank without the article right after the verb is a first name: "وقال رائد صالح، رئيس …"
            rank_name = k == j and not w.definite and w.title() is not None
            if w.stop or (w.title() and not rank_name) or w.org_head() or w.demonym() or w.definite \
                    or w.pronoun_suffix or w.counterpart() is not None or any(ch.isdigit() for ch in w.text):
                break
            k += 1
        if not 2 <= k - j <= 4 or k >= len(toks):
            continue
        nxt = toks[k]
        comma = nxt.text in ("،", ",") and k + 1 < len(toks)
        if comma:
            nxt = toks[k + 1]
        # the title in apposition: definite (المحللة السابقة), or after a comma in construct (، رئيس مجموعة …)
        if not (nxt.word and (nxt.title() or title_stem(nxt.text)) and (nxt.definite or comma)
                and nxt.counterpart() is None and not nxt.org_head()):
            continue
        if toks[j].title() and not comma:
            continue
        words = toks[j:k]
        # "وقالت سارة ليا واتسون، المديرة…": a last word opening with و before the comma of a singular
        # title in apposition is the name's own letter (one person is described, not two joined by و)
        # and so is a last word ending in ون (واتسون، جونسون), which no plural subject would be
        own = comma and not nxt.norm.endswith(("ين", "ان", "ون", "ات"))
        if words[0].norm in ctx.common or words[0].norm[:1] in "يت" or any(
                any(ch in TANWEEN for ch in w.text) or w.norm.endswith("وا")
                or (w.norm.endswith("ون") and not (own and w is words[-1]))
                or (w.norm[:1] == "و" and not (own and len(words) >= 3 and w is words[-1])) for w in words):
            continue  # a verb, a plural, an indefinite noun or a conjunct is not a name
        c = finish(ctx.text, Cand(j, k - 1, toks[j].start, toks[k - 1].end, "PER", "rule"))
        out.append(c)
        for m in range(j, k):
            used[m] = True
    return out


# Arabic spellings of Latin letter names (بي بي سي = BBC). The ambiguous ones are also Arabic words.
_LETTERS = frozenset(normalize(w) for w in (
    "إيه", "بي", "سي", "دي", "إف", "جي", "إتش", "جيه", "كي", "كيه", "إل", "إم", "كيو", "آر", "إس", "تي",
    "يو", "دبليو", "إكس", "واي", "زد"))
_LETTERS_AMBIGUOUS = frozenset(normalize(w) for w in ("إن", "أو", "أي", "آي", "إي", "في"))


def spelt_acronyms(ctx: Ctx) -> list[Cand]:
    """Runs of three or more letter names opening with an unambiguous one (``بي بي سي``، ``سي إن إن``،
    ``إيه تي آر``, ``لبي بي سي``): an organisation's acronym read aloud. The tagger splits them
    (``بي سي`` PER). Trailing ambiguous words go while three letters remain (``بي بي سي إن``)."""
    toks = ctx.toks

    def letter_at(k: int) -> int | None:  # source offset of the letter name (after a clitic)
        for stem, off, _k in toks[k].forms:
            if stem in _LETTERS:
                return off
        return None

    out: list[Cand] = []
    i = 0
    while i < len(toks):
        first = letter_at(i) if toks[i].word else None
        if first is None:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].word and toks[j].line == toks[i].line and (
                toks[j].norm in _LETTERS or toks[j].norm in _LETTERS_AMBIGUOUS):
            j += 1
        while j - i > 3 and toks[j - 1].norm not in _LETTERS:
            j -= 1
        if j - i >= 3:
            out.append(finish(ctx.text, Cand(i, j - 1, first, toks[j - 1].end, "ORG", "rule")))
            i = j
        else:
            i += 1
    return out


_COLLECTIVES = frozenset(normalize(w) for w in ("عائلة", "أسرة", "قبيلة", "عشيرة", "آل"))


def trim_names(ctx: Ctx, cands: list[Cand]) -> None:
    """A person's span without a trailing adverb or accusative (``أنور فورا``، ``بورودين مصابا``) or
    a kin noun that opens the next phrase (``سلمان نجله``، ``وليم حفيد ملكة بريطانيا``)."""
    from rasd.analyse.entities.roles import is_kin_noun

    toks = ctx.toks
    for c in cands:
        if c.type != "PER" or c.last <= c.first:
            continue
        if toks[c.first].norm in _COLLECTIVES:
            c.first += 1  # "عائلة القزاز": the family noun is not part of a person's name
            c.start = toks[c.first].start
            finish(ctx.text, c)
            if c.last <= c.first:
                continue
        t = toks[c.last]
        n = t.norm
        adverb = n.endswith("ا") and len(n) >= 4 and (n in ctx.common or n[:-1] in ctx.common)
        if adverb or is_kin_noun(n):
            c.last -= 1
            c.end = toks[c.last].end
            finish(ctx.text, c)

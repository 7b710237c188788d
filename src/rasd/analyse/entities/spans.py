"""From raw tagger spans to clean, non-overlapping entity mentions.

Pure. :func:`repair_spans` takes the tagger's ``(start, end, type)`` spans and
the token view of the text and returns :class:`Cand` mentions that

- never cross a line or paragraph break, never start or end on punctuation;
- never start with a proclitic (``و ف ب ل ك``) unless the bare word is not
  attested: ``ووزير``/``وأوشاكوف``/``بمنظمة`` lose it, ``وانغ`` keeps its ``و``;
  ``للأمم`` becomes ``لأمم`` in the text and ``الأمم`` in the name;
- never begin a person's name with a title (``الرئيس بوتين`` → ``بوتين``);
- include organisation names grown from head nouns (:mod:`rasd.analyse.entities.orgs`)
  and gazetteer places (:mod:`rasd.analyse.entities.countries`);
- include a first name the tagger left out wherever the rest was written
  (``شي`` + ``جين بينغ``), names after titles and roles, and every other
  occurrence of a known name (those name rules live in :mod:`rasd.analyse.entities.names`).

Overlaps are resolved by priority: organisation rules, then tagger spans,
then gazetteer places; a propagated known name replaces shorter mentions it
contains.
"""

from __future__ import annotations

import bisect

from rasd.analyse.entities.actors import actor_cands, cut_crossed
from rasd.analyse.entities.cands import (
    HAMZA_WAW,
    LINKS,
    ORDINALS,
    PATRONYMIC,
    PRAYER,
    TYPES,
    Cand,
    Ctx,
    context,
    finish,
    proclitic_word,
    rare_word,
    restored,
)
from rasd.analyse.entities.countries import demonym_country
from rasd.analyse.entities.facilities import facility_cands, landform_names, placed_person_is_place
from rasd.analyse.entities.family_names import extend_family_names
from rasd.analyse.entities.groups import group_cands, join_groups
from rasd.analyse.entities.names import (
    extend_first_names,
    propagate,
    reported_names,
    spelt_acronyms,
    split_coordinated,
    titled_names,
    titled_org_is_person,
    titled_place_is_person,
    trim_names,
)
from rasd.analyse.entities.orgs import org_hits
from rasd.analyse.entities.persons import (
    common_noun_phrases,
    complete_patronymics,
    cut_at_prepositions,
    demonym_first_names,
    extend_initials,
    extend_surnames,
    trim_leading_words,
    trim_trailing_words,
)
from rasd.analyse.entities.places import (
    apposed_place_is_person,
    compass_names,
    compass_regions,
    dateline_cands,
    extend_directions,
    geo_cands,
    known_place,
    place_forms,
)
from rasd.analyse.entities.platforms import platform_cands
from rasd.analyse.entities.subjects import recurring_subjects
from rasd.analyse.entities.tokens import CLOSE_QUOTES, Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import ORG_HEAD_STEMS, TITLE_STEMS, strip_marks


def _lexical(stem: str) -> bool:
    bare = stem[2:] if stem.startswith("ال") else stem
    return bare in TITLE_STEMS or bare in ORG_HEAD_STEMS or demonym_country(stem) is not None


def _strip_start(ctx: Ctx, i: int, etype: str) -> tuple[int, bool]:
    """Where a mention starting at token ``i`` really starts: (offset, the لل-article was elided)."""
    t = ctx.toks[i]
    if etype == "PER" and t.norm in ctx.first_names:
        return t.start, False  # وليد، وائل: the و is the name's own
    for stem, off, k in t.forms[1:]:
        prefix = t.norm[:k]
        if _name_kaf(ctx, prefix, stem):
            continue
        restored = stem.startswith("ا") and not t.norm[k:].startswith("ا")
        # a person's name opening with فال/فو (فاليري، فوكييه) keeps its letter unless the article
        # writes the rest alone or a lexicon knows it
        known = etype != "PER" or prefix != "ف" or stem in ctx.attested or _lexical(stem) \
            or stem in ctx.gaz_first or stem in ctx.first_names
        if stem.startswith("ال") and len(stem) >= 5 and known:
            return off, restored
        conj = prefix in ("و", "ف")
        if conj and ctx.text[off:off + 1] in HAMZA_WAW and known:
            return off, False
        if (conj or etype != "PER") and stem in ctx.attested:
            return off, False
        if etype == "PER" and prefix in ("ب", "ل") and len(stem) >= 4 and stem in ctx.attested:
            return off, False  # "التقت فرانس24 بفراز القزاز" where the text also writes "فراز" alone
        if _lexical(stem) or stem in ctx.gaz_first or (etype == "PER" and stem in ctx.first_names):
            return off, False
        if prefix == "و" and etype != "PER" and _coordinated(ctx, t, stem):
            return off, False
    return t.start, False


def _coordinated(ctx: Ctx, t: Tok, stem: str) -> bool:
    """Is the و of a place or organisation no letter of its name but the conjunction (``نانتاكا [و]كوباكا``،
    ``[و]برشلونة وكامبريس``)? A foreign name spelt with و opens with W + a vowel, which Arabic writes with a
    long vowel after it (واشنطن، ويلز، ووهان); a consonant after the و (وكوباكا، وبرشلونة، ومراكش) reads as
    the conjunction, unless the whole word is a known word (وكالة، ولاية) or place."""
    return (len(stem) >= 4 and stem[0] not in "اويءؤئ" and not _lexical(t.norm) and t.norm not in ctx.common
            and t.norm not in ctx.gaz_first and t.norm not in ctx.first_names)


def _name_kaf(ctx: Ctx, prefix: str, stem: str) -> bool:
    """Is a leading ك the name's own letter (``كالميل``، ``كاليفورنيا``، ``كالين``), not the preposition
    "like"? The preposition is rare before a name, so ك is split off only when the article writes the
    rest on its own elsewhere."""
    return prefix.endswith("ك") and stem not in ctx.attested


def _elided_article(ctx: Ctx, t: Tok, start: int) -> bool:
    """Does the word read ل + the article with its alef elided from ``start`` (للأمم → لأمم)?"""
    prefix = normalize(ctx.text[t.start:start])
    rest = normalize(ctx.text[start:t.end])
    if not prefix.endswith("ل") or not rest.startswith("ل") or rest.startswith("ال") or len(rest) < 4:
        return False
    return rest not in ctx.gaz_first and rest not in ctx.attested


def _rank_as_name(ctx: Ctx, i: int) -> bool:
    """``وقال رائد صالح``: a rank without the article straight after a reporting verb is a first name
    (the rank would be written ``الرائد``)."""
    from rasd.analyse.entities.names import reported_verb

    t = ctx.toks[i]
    return (i > 0 and not t.definite and not t.has_clitic and t.org_head() is None
            and reported_verb(ctx.toks[i - 1]) and ctx.toks[i - 1].line == t.line)


def _verb_like(ctx: Ctx, t: Tok, alone: bool) -> bool:
    """Does the word read as a verb, not a name? An imperfect prefix (ي ت ن, perhaps after the future
    ``س``) with an object pronoun (``ستحضرها``، ``يدعمها``); or, for a word the tagger took alone, ي/ت
    on a common word of the NER training data that is no verbal noun (``تتهم``، ``يورد``, not ``تحرير``،
    ``تنمية``). First names and places are never verbs here (يفغينيا)."""
    n = t.norm
    if not t.word or n in ctx.first_names or n in ctx.gaz_first or len(n) < 4:
        return False
    bare = n[1:] if n[:1] in "وف" and len(n) > 4 else n
    if bare[:1] == "س" and bare[1:2] in "يتن" and len(bare) >= 5:
        bare = bare[1:]  # سيرغي، ستيفن stay names: the rest must read as a verb below
    if bare[:1] not in "يتن":
        return False
    if bare.endswith(("ها", "هم", "هما")) and len(bare) >= 5:
        return True
    masdar = bare.endswith(("ه", "ات")) or (len(bare) >= 5 and bare[3] in "يا") or bare[2:3] == "ا"
    return alone and bare[:1] in "يت" and bare in ctx.common and not masdar


def _false_conjunction(ctx: Ctx, t: Tok, s: int) -> bool:
    """Did the tagger take a one-word name's own first letter for the conjunction و/ف (``فوكودا`` →
    ``وكودا``, ``فويغو`` → ``ويغو``)? Yes when the rest is nowhere else in the article nor in a lexicon
    (titles, head nouns, demonyms, places, first names) and does not open with a hamza or the article.
    Longer spans keep the split: ``وراس العين`` is و + a two-word name."""
    prefix = normalize(ctx.text[t.start:s])
    if prefix not in ("و", "ف"):
        return False
    rest = normalize(ctx.text[s:t.end])
    if rest[:1] == "ا" or ctx.text[s:s + 1] in "أإآؤ" or rest.startswith("ال") or len(rest) < 3:
        return False
    return not (rest in ctx.attested or _lexical(rest) or rest in ctx.gaz_first or rest in ctx.first_names)


def _tagger_cands(ctx: Ctx, raw: list[tuple[int, int, str]]) -> list[Cand]:
    toks = ctx.toks
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    out: list[Cand] = []
    for s, e, typ in raw:
        typ = str(typ).upper()
        if typ not in TYPES or e <= s:
            continue
        i = bisect.bisect_right(ends, s)
        j = bisect.bisect_left(starts, e) - 1
        if i > j or i >= len(toks):
            continue
        seg = i
        for k in range(i, j + 1):
            if k == j or toks[k + 1].line != toks[k].line:
                c = _clean(ctx, seg, k, s, typ)
                if c is not None:
                    out.append(c)
                seg = k + 1
    return out


def _clean(ctx: Ctx, i: int, j: int, s: int, typ: str) -> Cand | None:
    toks = ctx.toks
    while i <= j and not toks[i].word and toks[i].kind != "number":
        i += 1
    while j >= i and not toks[j].word and toks[j].kind != "number":
        j -= 1
    while i < j and toks[i].stop:  # "اليوم الزهراني", "الزهراني اليوم": time and function words are outside
        i += 1
    while j > i and toks[j].stop:
        j -= 1
    while j > i and _verb_like(ctx, toks[j], alone=False):  # "أم قطر ستحضرها": a clause starts there
        j -= 1
    if i == j and _verb_like(ctx, toks[i], alone=True):
        return None  # "تتهم"، "يورد": a verb alone is no name
    if typ == "PER":  # titles and demonyms are roles, not names
        while i < j and (toks[i].title() or toks[i].demonym() or toks[i].counterpart() is not None) \
                and not _rank_as_name(ctx, i):
            i += 1
        while j > i and any(k and st.startswith("ال") and toks[j].norm[0] in "بلك"
                            and not _name_kaf(ctx, toks[j].norm[:k], st) for st, _o, k in toks[j].forms):
            j -= 1  # "فهد الصناعي بالجبيل": a prepositional phrase is not part of a name
        # a name cut before a patronymic: "الدكتور تركي | بن سعود"
        left = toks[i - 1] if i > 0 else None
        if toks[i].norm in PATRONYMIC and left is not None and left.word and left.line == toks[i].line \
                and not left.stop and not left.title() \
                and not proclitic_word(left, ctx.first_names):
            i -= 1
            s = toks[i].start
        # a name cut after a linking word: "سلمان بن عبدالعزيز آل | سعود"
        if toks[j].norm in LINKS and j + 1 < len(toks) and toks[j + 1].word and toks[j + 1].line == toks[j].line \
                and not toks[j + 1].stop:
            j += 1
    while j > i and strip_marks(toks[j].text) == "أم":
        j -= 1  # "مع الناتو أم لا": no name ends with أم (أم درمان opens one); there it is the conjunction "or"
    if j > i and strip_marks(toks[j].text) in ("بلا", "بدون") and j + 1 < len(toks) and toks[j + 1].word \
            and toks[j + 1].line == toks[j].line and not toks[j + 1].stop:
        j += 1  # "منظمة أطباء بلا [حدود]": "without" takes its complement; no name ends with it
    if typ == "PER" and i < j and toks[i].org_head() and not toks[i].definite and not toks[i].title():
        typ = "ORG"  # "نادي الهلال" is a club, whatever the tagger says
    if typ in ("ORG", "MISC") and i < j and _after_person_title(toks, i) and not any(
            t.definite or t.org_head() or t.stop or not t.word for t in toks[i:j + 1]):
        typ = "PER"  # "مدير الصحيفة [أكين أتالاي]": the holder of a person's title is a person
    elif typ in ("ORG", "MISC") and i > 1 and s == toks[i].start and _rare_name_word(ctx, toks[i - 1]) \
            and toks[i - 1].line == toks[i].line and _after_title_phrase(toks, i - 1) and not any(
            t.definite or t.org_head() or t.stop or not t.word for t in toks[i:j + 1]):
        i, s, typ = i - 1, toks[i - 1].start, "PER"  # "النائب العام [أفيخاي] مندلبليت": the tagger missed the
        # first name, a word general text hardly uses, between the title and the rest of the name
    if i > j:
        return None
    if i == j and (toks[i].stop or toks[i].title() or toks[i].kind == "number" or toks[i].norm in ORDINALS):
        return None
    t = toks[i]
    if t.start < s < t.end and i == j and _false_conjunction(ctx, t, s) \
            and not (typ != "PER" and normalize(ctx.text[t.start:s]) == "و"
                     and _coordinated(ctx, t, normalize(ctx.text[s:t.end]))):
        start, restore = t.start, False
    elif t.start < s < t.end:  # the tagger already left a proclitic out
        start, restore = s, _elided_article(ctx, t, s)
    else:
        start, restore = _strip_start(ctx, i, typ)
    return finish(ctx.text, Cand(i, j, start, toks[j].end, typ, "tagger"), restore)


def _rare_name_word(ctx: Ctx, t: Tok) -> bool:
    """A bare word that may be a name no word list knows: no article, function word, title, head noun or
    demonym, no proclitic (:func:`proclitic_word`), and hardly used in general text (wordfreq Zipf below
    3, or unseen, where a table can be read)."""
    if not t.word or t.stop or t.definite or t.title() is not None or t.org_head() or t.demonym() \
            or t.norm in ctx.common or t.pronoun_suffix or proclitic_word(t, ctx.first_names):
        return False
    return rare_word(t.norm)


def _after_title_phrase(toks: list[Tok], i: int) -> bool:
    """Does a person's title phrase end right before ``toks[i]`` on its line: :func:`_after_person_title`,
    or a definite title and up to two definite words after it (``النائب العام``، ``الرئيس التنفيذي``)?"""
    if _after_person_title(toks, i):
        return True
    k = i - 1
    while k >= 0 and i - k <= 2 and toks[k].line == toks[i].line and toks[k].bare_definite \
            and toks[k].title() is None and not toks[k].org_head():
        k -= 1
    return k < i - 1 and k >= 0 and toks[k].line == toks[i].line and toks[k].bare_definite \
        and toks[k].title() is not None and not toks[k].org_head() and toks[k].counterpart() is None


def _after_person_title(toks: list[Tok], i: int) -> bool:
    """Does a person's title phrase end right before ``toks[i]``, on its line: a definite title
    (``الرئيس``) or an indefinite title and its definite complement (``مدير الصحيفة``)?"""
    if i < 1 or not toks[i - 1].word or toks[i - 1].line != toks[i].line or toks[i - 1].counterpart() is not None:
        return False
    prev = toks[i - 1]
    if prev.bare_definite and prev.title() is not None and not prev.org_head():
        return True
    return (i >= 2 and prev.bare_definite and toks[i - 2].word and toks[i - 2].line == prev.line
            and toks[i - 2].title() is not None and not toks[i - 2].definite and not toks[i - 2].org_head()
            and toks[i - 2].counterpart() is None)


def _gaz_cands(ctx: Ctx) -> list[Cand]:
    toks = ctx.toks
    out: list[Cand] = []
    for i, t in enumerate(toks):
        if not t.word:
            continue
        for stem, off, k in t.forms:
            if k and t.norm[:k] not in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
                continue
            hit = None
            for key, place in ctx.gaz_first.get(stem, ()):
                end = i + len(key) - 1
                if end < len(toks) and all(toks[i + m].norm == key[m] and toks[i + m].line == t.line
                                           for m in range(1, len(key))):
                    hit = (end, place)
                    break
            if hit is None:
                continue
            if stem == "المغرب" and i > 0 and toks[i - 1].norm in PRAYER:
                break
            end, place = hit
            if place.name.endswith("ة") != strip_marks(toks[end].text).endswith("ة"):
                break  # normalization folds ة into ه: وجده "he found it" is not جدة
            typ = "ORG" if place.name and place.kind == "org" else "LOC"
            c = Cand(i, end, off, toks[end].end, typ, "gaz",
                     country=place.alpha2 if place.kind == "country" else None)
            out.append(finish(ctx.text, c, restored(t, stem, k)))
            break
    return out


# Words after a media name that say what it is and belong to its full name: وكالة فارس [الإخبارية].
_NEWS_DESCRIPTORS = frozenset(normalize(w) for w in ("الإخبارية", "الإخباري", "للأنباء"))


def news_descriptor_aliases(ctx: Ctx, cands: list[Cand]) -> None:
    """``وكالة فارس الإخبارية``، ``وكالة رويترز للأنباء``: an agency's full name, as written, runs on through
    the word that says it is a news agency. An organisation mention with a media head (its own first word
    or the word before it) and such a word right after gets that full name as an alias; the mention
    itself stays as resolved (the short name is how the article goes on). In place."""
    toks = ctx.toks
    for c in cands:
        nxt = c.last + 1
        if nxt < len(toks) and toks[nxt].text in CLOSE_QUOTES:
            nxt += 1  # وكالة "سانا" الإخبارية
        if c.type != "ORG" or nxt >= len(toks) or toks[nxt].line != toks[c.last].line \
                or toks[nxt].norm not in _NEWS_DESCRIPTORS:
            continue
        first = c.first if toks[c.first].media_head() else c.first - 1
        if first < 0 or not toks[first].media_head() or toks[first].line != toks[c.last].line:
            continue
        h = toks[first].org_head()
        start = toks[first].start + (h[1] - toks[first].start if h else 0)
        full = " ".join(w.strip("\"'«»“”") for w in ctx.text[start:toks[nxt].end].split())
        if full not in c.aliases:
            c.aliases.append(full)


def _resolve(ordered: list[Cand], n: int) -> list[Cand]:
    """Greedy: keep each candidate whose tokens are all still free, in priority order."""
    used = [False] * n
    kept: list[Cand] = []
    for c in ordered:
        if any(used[c.first:c.last + 1]):
            continue
        for k in range(c.first, c.last + 1):
            used[k] = True
        kept.append(c)
    return kept


def repair_spans(text: str, toks: list[Tok], raw: list[tuple[int, int, str]]) -> list[Cand]:
    """Clean entity mentions from tagger spans plus rules (see the module docstring)."""
    ctx = context(text, toks)
    tagger = _resolve(sorted(_tagger_cands(ctx, raw), key=lambda c: (c.first, -(c.last - c.first))), len(toks))
    tagger = split_coordinated(ctx, tagger)
    tagged: list[str | None] = [None] * len(toks)
    span_last: dict[int, int] = {}
    person_last: dict[int, int] = {}
    for c in tagger:
        for k in range(c.first, c.last + 1):
            tagged[k] = c.type
        (person_last if c.type == "PER" else span_last)[c.first] = c.last
    gaz = _gaz_cands(ctx)
    place_last = {c.first: c.last for c in gaz}
    orgs: list[Cand] = []
    for h in org_hits(toks, tagged, span_last, place_last, person_last, ctx.common):
        c = Cand(h.first, h.last, h.start, toks[h.last].end, "ORG", "rule", country=h.country)
        restore = any(s.startswith("ال") and o == h.start and k and not toks[h.first].norm[k:].startswith("ا")
                      for s, o, k in toks[h.first].forms)
        finish(text, c, restore)
        if h.quoted and h.head_text and (h.keep_head or normalize(h.head_text) not in {
                "صحيفه", "وكاله", "قناه", "مجله", "اذاعه", "شبكه", "موقع", "تلفزيون"}):
            c.aliases.append(f"{h.head_text} {c.name}")
        orgs.append(c)
    # A place the tagger typed otherwise is still a place when the gazetteer knows the exact span.
    # GeoNames towns, where the article shows they are places (rasd.analyse.entities.places).
    geo = geo_cands(ctx, tagger + gaz)
    # a GeoNames town retypes a tagger span only when it has two words or more and the tagger called it
    # a person or MISC (خان شيخون); one-word towns are clubs and channels too (مانشستر، الجزيرة)
    gaz_at = {(c.first, c.last): c for c in geo if c.last > c.first}
    gaz_at.update({(c.first, c.last): c for c in gaz})
    for c in tagger:
        g = gaz_at.get((c.first, c.last))
        if g is not None and (g.source == "gaz" or c.type in ("PER", "MISC")):
            c.type, c.country = g.type, g.country
    # A known organisation's full name (gazetteer) competes with the rule names by length, so it beats
    # a shorter rule or tagger span inside it and loses to a longer name around it.
    known_orgs = [c for c in gaz if c.type == "ORG" and c.last > c.first] + spelt_acronyms(ctx)
    # Listed news actors (rasd.analyse.entities.actors): a name of several words, matched exactly, beats a
    # shorter or same-extent tagger span (its type wins) and loses to a longer one around it; a one-word
    # name (a surname, an acronym) only fills a gap the tagger left.
    actors = actor_cands(ctx)
    multi = [a for a in actors if a.last > a.first and not any(
        c.first <= a.first and a.last <= c.last and c.last - c.first > a.last - a.first for c in tagger)]
    cut_crossed(text, toks, tagger, multi)
    known_orgs += multi
    groups = group_cands(ctx)
    # named facilities (مطار الحديدة الدولي، معبر نصيب، المسجد الأقصى) compete with the organisations by length
    facilities = facility_cands(ctx, tagger + gaz) + dateline_cands(ctx)
    # a town of several words the article shows is a place (بيت حانون after منطقة) beats a tagger span of
    # part of it (بيت alone) that is no place of its own: the tagger cut the name the gazetteer knows
    # whole. A known place inside (القدس in مدينة القدس) keeps its own name, or the town would be split.
    geo_over = [g for g in geo if g.last > g.first and any(
        g.first <= c.first and c.last <= g.last and c.last - c.first < g.last - g.first
        and not known_place(c.key) for c in tagger)]
    ordered = (platform_cands(ctx) + groups + sorted(known_orgs + orgs + facilities, key=lambda c: -(c.last - c.first))
               + geo_over + tagger + [a for a in actors if a.last == a.first]
               + sorted((c for c in gaz if not (c.type == "ORG" and c.last > c.first)),
                        key=lambda c: -(c.last - c.first))
               + sorted(geo, key=lambda c: -(c.last - c.first)))
    cands = _resolve(ordered, len(toks))
    trim_names(ctx, cands)
    extend_directions(ctx, cands)
    cands += compass_names(ctx, cands)
    extend_surnames(ctx, cands)
    titled_org_is_person(ctx, cands)
    titled_place_is_person(ctx, cands)
    apposed_place_is_person(ctx, cands)
    placed_person_is_place(ctx, cands)
    extend_first_names(ctx, cands)
    cands += titled_names(ctx, cands)
    cands += reported_names(ctx, cands)
    cands += recurring_subjects(ctx, cands)
    cands = common_noun_phrases(ctx, cands)  # before propagation: "دعوى قضائية" names no one
    cut_at_prepositions(ctx, cands)  # before propagation: a short form of the run-on name is no name
    cands = propagate(ctx, cands)
    trim_leading_words(ctx, cands)
    cands = trim_trailing_words(ctx, cands)
    extend_initials(ctx, cands)
    demonym_first_names(ctx, cands)
    complete_patronymics(ctx, cands)
    extend_family_names(ctx, cands)
    place_forms(ctx, cands)
    landform_names(ctx, cands)
    compass_regions(ctx, cands)
    join_groups([c for c in groups if any(c is k for k in cands)], cands)
    news_descriptor_aliases(ctx, cands)
    return sorted((c for c in cands if c.key), key=lambda c: c.start)

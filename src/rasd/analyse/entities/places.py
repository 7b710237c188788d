"""Towns and cities from GeoNames, used only where the article shows they are places.

``src/rasd/data/names/places.tsv`` (built by ``scripts/build_places.py`` from GeoNames,
CC BY 4.0) lists about 3,000 Arabic place names that CLDR lacks: the towns Arabic news
names (دوما، منبج، خان شيخون، دير الزور) and large cities worldwide. Many are also common
words or phrases (الخبر، جامعة، حرير), so a name is taken as a place only when one of its
occurrences in the article has evidence:

- a place noun before it (``مدينة دوما``، ``محافظة دير الزور``، ``ريف …``);
- the tagger marked a place on exactly those words, or a name of any type on two words
  or more (``خان شيخون`` PER);
- it is coordinated by ``و`` with another place (``منبج وعين العرب``، ``…، وحرستا``);
- a name of two words or more after a locative preposition (``على خان شيخون``); a preposition keeps
  its sense under the conjunction (``وفي تكريت``).

A one-word place the GeoNames list lacks but the NER package's gazetteer has (a GeoNames town of the two
larger tiers, a WikiFANE place word, a CLDR territory; never a person's name word) is taken only as a
conjunct of a list with a place (``في القرم وسوريا``، ``تكريت ونينوى والرمادي``), when it is no common word,
no accusative (…ا), no construct head (``صحراء مصر``) and its و reads as the conjunction by corpus
frequency (``ونينوى``; not ``وفدا``); never in a paragraph with a noun of team sport, where such a list
names clubs by their towns (``لاعبين سابقين في مدريد وتشيلسي``).

Then every occurrence is a place (document-level consistency). Pure, apart from
the data file read once.

Also here: the city of a dateline (:func:`dateline_cands`:
``أتلانتا، الولايات المتحدة (CNN)``); and a tagger "place" in apposition after a role, which
is the role's holder (:func:`apposed_place_is_person`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.analyse.entities.cands import Cand, Ctx, finish, restored
from rasd.analyse.entities.countries import gazetteer
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

_PLACE_NOUNS = frozenset(normalize(w) for w in (
    "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "ولاية", "ريف", "مخيم", "حي", "إقليم", "عاصمة",
    "ضاحية", "مقاطعة", "بلدات", "مدن", "قرى", "مناطق", "أحياء", "غوطة", "ضواحي",
))
# Nouns that are part of a place's proper name as the gold and the news write it (قطاع غزة، سلطنة عمان،
# ولاية كولورادو، إقليم …): the written form with the noun is one of the place's names.
_NAMING_PLACE_NOUNS = frozenset(normalize(w) for w in ("قطاع", "سلطنة", "ولاية", "إقليم", "إمارة", "مملكة"))
_LOCATIVE_BARE = frozenset(normalize(w) for w in ("في", "من", "إلى", "على", "قرب", "عبر", "داخل", "نحو", "حول"))
# a preposition keeps its sense under the conjunction و/ف (وفي تكريت، ومن الموصل)
_LOCATIVE = _LOCATIVE_BARE | {c + w for c in ("و", "ف") for w in _LOCATIVE_BARE}
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@lru_cache(maxsize=1)
def _geo_rows() -> list[list[str]]:
    try:
        lines = (resources.files("rasd") / "data" / "names" / "places.tsv").read_text(encoding="utf-8").splitlines()
    except (OSError, FileNotFoundError):
        return []
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def geo_first() -> dict[str, list[tuple[str, ...]]]:
    """GeoNames place keys (normalized words) by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in _geo_rows():
        key = tuple(row[0].split())
        if key:
            out.setdefault(key[0], []).append(key)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


@lru_cache(maxsize=1)
def geo_country() -> dict[tuple[str, ...], str]:
    """The ISO 3166 country of each GeoNames place key (the first row of a name written twice)."""
    out: dict[tuple[str, ...], str] = {}
    for row in _geo_rows():
        if len(row) > 1 and row[1]:
            out.setdefault(tuple(row[0].split()), row[1])
    return out


def known_place(key: tuple[str, ...]) -> bool:
    """Is ``key`` a place of the gazetteer or of the GeoNames list?"""
    return key in gazetteer() or key in geo_first().get(key[0], [])


def _place_noun(t_norm: str) -> bool:
    bare = t_norm
    for p in ("و", "ف", "ب", "ل"):
        if bare.startswith(p) and bare[len(p):] and (bare[len(p):].removeprefix("ال") in _PLACE_NOUNS):
            return True
    return bare.removeprefix("ال") in _PLACE_NOUNS


def geo_cands(ctx: Ctx, known: list[Cand]) -> list[Cand]:
    """Place mentions from the GeoNames list with evidence in the article (module docstring).

    ``known`` are the mentions found so far (tagger spans, CLDR places): their exact spans
    are evidence, and their places anchor coordination. Returns new LOC candidates, which
    may overlap ``known`` (the caller resolves overlaps).
    """
    toks = ctx.toks
    table = geo_first()
    if not table:
        return []
    # every match: (first, last, offset, key, restore-article, clitic letters)
    hits: list[tuple[int, int, int, tuple[str, ...], bool, int]] = []
    for i, t in enumerate(toks):
        for stem, off, k in t.forms:
            keys = table.get(stem)
            if keys is None or (k and t.norm[:k] not in _CLITICS) or t.kind != "word":
                continue
            found = None
            for key in keys:
                end = i + len(key) - 1
                if end < len(toks) and all(toks[i + m].norm == key[m] and toks[i + m].line == t.line
                                           for m in range(1, len(key))):
                    found = (i, end, off, key, restored(t, stem, k), k)
                    break
            if found is not None:
                hits.append(found)
                break
    # one-word places of the NER package's gazetteer that the GeoNames list lacks (نينوى، القرم): taken
    # only as a conjunct of a list with a place (below), never on their own
    started = {h[0] for h in hits}
    named = {k for c in known for k in range(c.first, c.last + 1)}
    sport = _sport_lines(toks)
    lex: list[tuple[int, int, int, tuple[str, ...], bool, int]] = []
    for i, t in enumerate(toks):
        if i in started or t.kind != "word" or t.line in sport or _in_construct(toks, i, named) \
                or (i > 0 and toks[i - 1].norm in ctx.first_names and toks[i - 1].line == t.line):
            continue  # "جوليان [مور]": after a first name a word is a family name
        for stem, off, k in t.forms:
            if (k and (t.norm[:k] != "و" or not _conjunction(t.norm, stem))) or len(stem) < 3 \
                    or stem in ctx.common or stem in ctx.first_names or stem.endswith("ا") \
                    or (stem.startswith("ال") and stem[2:] in ctx.common) or not lexicon_place(stem):
                continue  # "ودولا أخرى", "وفدا": an accusative noun, or و that is the word's own letter
            lex.append((i, i, off, (stem,), restored(t, stem, k), k))
            break
    if not hits and not lex:
        return []
    # the tagger's own place on exactly these words, or any name of two words or more there (خان شيخون
    # tagged PER): a one-word name the tagger typed otherwise is often a club or a channel (مانشستر، الجزيرة)
    exact = {(c.first, c.last) for c in known if c.type == "LOC" or c.last > c.first}
    place_tok = {k for c in known if c.type == "LOC" for k in range(c.first, c.last + 1)}
    accepted: set[tuple[str, ...]] = set()
    # the countries the article names (a country's own record among the known places): a town of one of
    # them that is no common word is a place there (دوما in an article on Syria; not الخبر, a common word)
    countries = {c.country for c in known if c.type == "LOC" and c.country and c.source == "gaz"}
    home = geo_country()
    for i, end, _off, key, _r, k in hits:
        prev = toks[i - 1] if i > 0 and toks[i - 1].line == toks[i].line else None
        if (i, end) in exact or (prev is not None and prev.word and _place_noun(prev.norm)):
            accepted.add(key)
        elif len(key) > 1 and (k or (prev is not None and prev.norm in _LOCATIVE)):
            accepted.add(key)
        elif home.get(key) in countries and _located(ctx, i, end, k, prev) \
                and not any(w in ctx.common or w in ctx.first_names for w in key) \
                and not (len(key) == 1 and key[0].startswith("ال") and key[0][2:] in ctx.common):
            accepted.add(key)
    hits += lex
    for _ in range(3):  # coordination chains: منبج وعين العرب (كوباني) وتل أبيض
        grew = False
        spans = {(i, end) for i, end, _o, key, _r, _k in hits if key in accepted}
        anchor = place_tok | {m for i, end in spans for m in range(i, end + 1)}
        for i, end, _off, key, _r, k in hits:
            if key in accepted:
                continue
            if _coordinated(ctx, i, end, k, anchor):
                accepted.add(key)
                grew = True
        if not grew:
            break
    out: list[Cand] = []
    for i, end, off, key, restore, _k in hits:
        if key in accepted:
            out.append(finish(ctx.text, Cand(i, end, off, toks[end].end, "LOC", "geo"), restore))
    return out


# Nouns of team sport (normalized, clitics off): in a paragraph that has one, a list of one-word gazetteer
# places is as often a list of clubs named by their towns (مدريد وتشيلسي، ميلان وليفربول).
_SPORT_NOUNS = frozenset(normalize(w) for w in (
    "نادي", "النادي", "أندية", "الأندية", "لاعب", "اللاعب", "لاعبين", "اللاعبين", "لاعبو", "لاعبي", "دوري",
    "الدوري", "مباراة", "المباراة", "مباريات", "المباريات", "منتخب", "المنتخب"))


def _sport_lines(toks: list[Tok]) -> set[int]:
    """The lines (paragraphs) with a noun of team sport (``_SPORT_NOUNS``): there a one-word place of the
    gazetteer alone is not taken from a list."""
    return {t.line for t in toks if t.word and any(stem in _SPORT_NOUNS for stem, _o, _k in t.forms)}


def _conjunction(whole: str, stem: str) -> bool:
    """Is the و of ``whole`` the conjunction on ``stem`` by corpus frequency: the stem is at least as
    frequent in general text as the whole word, or the whole is unseen (``ونينوى``; not ``وفدا``)?"""
    from rasd.analyse.entities.cands import word_zipf

    z_whole = word_zipf(whole)
    return z_whole is None or (word_zipf(stem) or 0.0) >= z_whole


def _in_construct(toks: list[Tok], i: int, named: set[int]) -> bool:
    """Does an indefinite word at ``i`` govern the word after it (``صحراء مصر``: the head of a construct,
    no name on its own): a definite word or a known name right after it on its line?"""
    t = toks[i]
    if t.definite or i + 1 >= len(toks) or toks[i + 1].line != t.line or not toks[i + 1].word:
        return False
    return toks[i + 1].bare_definite or (i + 1 in named and not toks[i + 1].has_clitic)


# Flags of the NER package's gazetteer (rasd/data/ner/MODEL_CARD.md) that mark a place: a GeoNames town of the
# two larger population tiers, a WikiFANE place word, a CLDR territory; and those that mark a person's name.
_PLACE_FLAGS = frozenset(("GEO1", "GEO2", "WLOC", "LOC"))
_NAME_FLAGS = frozenset(("FN", "LN", "WPER"))


@lru_cache(maxsize=8192)
def lexicon_place(word: str) -> bool:
    """Does the NER package's gazetteer list the normalized ``word`` as a place, and never as a person's
    name word? False when the NER model cannot load."""
    try:
        from rasd.analyse.ner.tagger import ModelError, _model
    except ImportError:
        return False
    try:
        flags = set(_model().featurizer.resources.gazetteer.get(word, ()))
    except (ModelError, AttributeError):
        return False
    return bool(flags & _PLACE_FLAGS) and not flags & _NAME_FLAGS


def _located(ctx: Ctx, i: int, end: int, k: int, prev: Tok | None) -> bool:
    """Is the name at ``i..end`` where a place is written: after a locative preposition (``في سيول``) or
    with ب on it (``بدوما``), and not in construct with a definite noun after it (``في ميادين المعارك``:
    a plural noun, "on the battlefields"; a demonym may follow: ``في دوما السورية``)?"""
    toks = ctx.toks
    if not ((prev is not None and prev.norm in _LOCATIVE) or (k and toks[i].norm[:k] in ("ب", "وب", "فب"))):
        return False
    nxt = toks[end + 1] if end + 1 < len(toks) and toks[end + 1].line == toks[i].line else None
    return nxt is None or not nxt.word or not nxt.definite or nxt.demonym() is not None


def _coordinated(ctx: Ctx, i: int, end: int, k: int, anchor: set[int]) -> bool:
    """Is the name at ``i..end`` one conjunct of a list with a place in ``anchor``?"""
    toks = ctx.toks
    line = toks[i].line

    def skip_back(j: int) -> int:  # past a bracketed alias: (كوباني)
        if j >= 0 and toks[j].text == ")":
            while j >= 0 and toks[j].text != "(" and toks[j].line == line:
                j -= 1
            j -= 1
        return j

    # a conjunct after a place: "X وY" / "X، Y" / "X، وY"
    j = skip_back(i - 1)
    if toks[i].norm[:1] == "و" and k:
        if j >= 0 and toks[j].line == line and j in anchor:
            return True
    if toks[i].norm[:1] == "و" and k and j >= 0 and toks[j].text in ("،", ",") and skip_back(j - 1) in anchor:
        return True  # "…، وحرستا"
    # a conjunct before a place: "X وY"، "X، Y"
    n = end + 1
    if n < len(toks) and toks[n].text == "(":
        while n < len(toks) and toks[n].text != ")" and toks[n].line == line:
            n += 1
        n += 1
    if n < len(toks) and toks[n].line == line:
        if toks[n].text in ("،", ","):
            n += 1
        if n < len(toks) and toks[n].line == line and n in anchor and toks[n].norm[:1] == "و":
            return True
    return False


# Feminine only: place names are feminine, so "ريف درعا الشرقي" describes the countryside (ريف), not درعا.
_DIRECTIONS = frozenset(normalize(w) for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى"))


def extend_directions(ctx: Ctx, cands: list[Cand]) -> None:
    """A place followed by a compass adjective names the part: ``القدس الشرقية``، ``أمريكا الشمالية``،
    ``الغوطة الشرقية``. The mention grows over the adjective; a country's code no longer applies (North
    America is not the United States). In place, on the resolved mentions."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "LOC" or c.last + 1 >= len(toks):
            continue
        nxt = toks[c.last + 1]
        if c.last + 1 in used or nxt.line != toks[c.last].line or nxt.norm not in _DIRECTIONS:
            continue
        if ctx.gaz_first.get(c.key[0]) and any(key == (*c.key, nxt.norm) for key, _p in ctx.gaz_first[c.key[0]]):
            continue  # the gazetteer's own longer name (كوريا الجنوبية) was already preferred
        if c.first > 0 and toks[c.first - 1].line == nxt.line and _place_noun(toks[c.first - 1].norm) \
                and known_place(c.key) and not known_place((*c.key, nxt.norm)):
            # "مدينة حمص الغربية"، "غوطة دمشق الشرقية": a known town with a place noun before it, the adjective
            # describes the noun; "مدينة القدس الشرقية"، "ولاية فرجينيا الغربية" name a place of their own
            continue
        c.last += 1
        c.end = nxt.end
        c.country = None
        finish(ctx.text, c)
        used.add(c.last)


def dateline_cands(ctx: Ctx) -> list[Cand]:
    """The city of a dateline: ``أتلانتا، الولايات المتحدة الأمريكية (CNN) --``، ``لندن (CNN)``. In the
    article's first 400 characters, one to three words opening a line, then (after a comma and the
    country) a bracketed source in Latin letters of at most three tokens, name the place the story is
    filed from."""
    toks = ctx.toks
    out: list[Cand] = []
    for p, t in enumerate(toks):
        if t.start > 400:
            break
        if t.text != "(" or p + 2 >= len(toks):
            continue
        close = next((q for q in range(p + 1, min(len(toks), p + 5)) if toks[q].text == ")"), None)
        if close is None or close == p + 1 or toks[close].line != t.line:
            continue
        if not any(ch.isascii() and ch.isalpha() for q in range(p + 1, close) for ch in toks[q].text):
            continue  # the source is an outlet in Latin letters (CNN); "ستيوا بوخارست (رومانيا)" is a club
        comma = next((q for q in range(p - 1, max(-1, p - 7), -1) if toks[q].text in ("،", ",")), None)
        end = (comma if comma is not None else p) - 1
        first = end
        while first - 1 >= 0 and toks[first - 1].line == t.line and toks[first - 1].word and end - first < 2:
            first -= 1
        if first - 1 >= 0 and toks[first - 1].line == t.line:
            continue  # the words do not open the line: a bracket inside a sentence
        if end < 0 or not all(toks[k].word and not toks[k].stop for k in range(first, end + 1)):
            continue
        out.append(finish(ctx.text, Cand(first, end, toks[first].start, toks[end].end, "LOC", "rule")))
        break
    return out


def apposed_place_is_person(ctx: Ctx, cands: list[Cand]) -> None:
    """A tagger "place" of two or three plain words between commas right after a role phrase is the
    role holder: ``المتحدث باسم حلف الناتو، دايلان وايت، إن …``; not when the gazetteer knows it."""
    toks = ctx.toks
    for c in cands:
        if c.type not in ("LOC", "MISC") or c.source != "tagger" or not 1 <= c.last - c.first <= 2:
            continue
        if c.first < 2 or toks[c.first - 1].text not in ("،", ",") or c.last + 1 >= len(toks) \
                or toks[c.last + 1].text not in ("،", ",", "."):
            continue
        if gazetteer().get(c.key) is not None or any(
                t.bare_definite or t.org_head() or t.demonym() or t.title() or not t.word for t in toks[c.first:c.last + 1]):
            continue
        k = c.first - 2
        while k >= 0 and c.first - k <= 9 and toks[k].line == toks[c.first].line and toks[k].word \
                and not (toks[k].title() and not toks[k].stop):
            k -= 1
        if k >= 0 and toks[k].word and toks[k].title() and not toks[k].stop and toks[k].line == toks[c.first].line:
            c.type, c.source = "PER", "title"


def place_forms(ctx: Ctx, cands: list[Cand]) -> None:
    """Two details of a place's written name, in place on the resolved mentions.

    - A demonym after a town says its country, it is not its name (``كولورادو [الأمريكية]``، ``خان
      شيخون [السورية]``): dropped from a place whose name has no article (and is no country's name).
    - A noun of the division before the name (``ولاية كولورادو``، ``قطاع غزة``، ``سلطنة عمان``) makes
      the longer form one of the place's names: an alias, the mention stays the bare name."""
    toks = ctx.toks
    for c in cands:
        if c.type != "LOC" or not c.key:
            continue
        last = toks[c.last]
        dem = last.demonym() if c.last > c.first else None  # the code is not the place's: it is no country
        whole = gazetteer().get(c.key)
        if dem is not None and c.end == last.end and not toks[c.first].definite and last.definite \
                and (whole is None or whole.kind != "country"):  # not "مصر العربية" of a country's own name
            c.last -= 1
            c.end = toks[c.last].end
            finish(ctx.text, c)
        if c.first == 0 or c.start != toks[c.first].start:
            continue
        p = toks[c.first - 1]
        if p.line != toks[c.first].line or not p.word:
            continue
        for stem, off, _k in p.forms:
            if stem in _NAMING_PLACE_NOUNS:
                alias = f"{strip_marks(ctx.text[off:p.end])} {c.name}"
                if alias not in c.aliases:
                    c.aliases.append(alias)
                break


_COMPASS = frozenset(normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))


def compass_regions(ctx: Ctx, cands: list[Cand]) -> None:
    """A compass noun before a continent names a region (``جنوب آسيا``، ``جنوب شرق آسيا``، ``شرق أوروبا``):
    the mention grows over it. Only before a one-word place without the article that no place list
    knows (the tagger's آسيا، أوروبا): before a known country or town the noun gives a direction (``جنوب بغداد``،
    ``شمال سوريا``). In place, on the resolved mentions."""
    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    for c in cands:
        if c.type != "LOC" or c.first == 0 or c.last != c.first or toks[c.first].definite \
                or c.start != toks[c.first].start:
            continue
        if known_place(c.key) or c.key in gazetteer():
            continue
        j = c.first
        start = None
        while j - 1 >= 0 and j - 1 not in used and c.first - j < 2 and toks[j - 1].line == toks[c.first].line:
            t = toks[j - 1]
            hit = next(((stem, off) for stem, off, _k in t.forms if stem in _COMPASS), None)
            if hit is None:
                break
            j -= 1
            start = hit[1]
            if hit[1] != t.start:
                break  # a clitic (بجنوب، وشرق) opens the phrase
        if start is None:
            continue
        c.first, c.start = j, start
        c.country = None
        finish(ctx.text, c)
        used.update(range(j, c.last + 1))


# How much more often (zipf units) a region's word is written with the article than without: a name
# keeps its article (الغوطة 3.5 against غوطة 2.5), a common noun is as frequent bare (المحافظات،
# الجبهة: no gap). Measured on the NER model's word table (wordfreq large_ar).
_DEFINITE_GAP = 1.0


def compass_names(ctx: Ctx, cands: list[Cand]) -> list[Cand]:
    """A definite name word and a feminine compass adjective name a region: ``الغوطة الشرقية``،
    ``الغوطة الغربية``. The word must not be covered by a mention, a common word of the NER training
    data, a title or head noun, or a demonym (a place noun may be the name: الغوطة), and general usage must write it with the article
    far more often than without (a name's article; :data:`_DEFINITE_GAP`). New LOC candidates."""
    from rasd.analyse.entities.groups import _zipf

    toks = ctx.toks
    used = {k for c in cands for k in range(c.first, c.last + 1)}
    out: list[Cand] = []
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if i in used or i + 1 in used or not t.word or nxt.line != t.line or nxt.norm not in _DIRECTIONS:
            continue
        hit = next(((stem, off, k) for stem, off, k in t.forms
                     if stem.startswith("ال") and t.norm[:k] in ("", *_CLITICS)), None)
        if hit is None:
            continue
        stem, off, k = hit
        bare = stem[2:]
        if (len(bare) < 3 or stem in ctx.common or bare in ctx.common or t.title() or t.org_head()
                or t.demonym()):
            continue
        full, bare_z = _zipf(stem), _zipf(bare)
        if full is None or full - (bare_z or 0.0) < _DEFINITE_GAP:
            continue
        out.append(finish(ctx.text, Cand(i, i + 1, off, nxt.end, "LOC", "rule"), restored(t, stem, k)))
        used.update((i, i + 1))
    return out

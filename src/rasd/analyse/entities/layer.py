"""The entities layer: named mentions → one entity per referent, with roles and countries.

``annotate(article, tagger=None)`` fills ``article.entities``. The statistical
tagger (:func:`rasd.analyse.ner.tag_text`, character spans typed PER/ORG/LOC/MISC)
proposes mentions; rules repair and complete them, because a tagger trained on
another corpus is imperfect:

1. tagger spans are cut at line/paragraph breaks, stripped of punctuation and of
   leading proclitics when the bare word is attested (``ووزير`` → ``وزير``,
   ``وأوشاكوف`` → ``أوشاكوف``; ``وانغ`` stays), and titles are moved out of
   person spans;
2. organisation names are grown from their head nouns (``منظمة`` + ``شنغهاي`` +
   ``للتعاون``; ``مجلس الأمن الروسي``; ``الحزب الشيوعي الصيني``; ``صحيفة "ذا غلوبال
   تايمز"`` → the quoted name), see :mod:`rasd.analyse.entities.orgs`;
3. countries, capitals and CLDR cities are found from the gazetteer of
   :mod:`rasd.analyse.entities.countries`;
4. a first name the tagger misses everywhere it is written (``شي`` before ``جين
   بينغ``) is added, and known names are propagated to their other occurrences;
5. mentions are grouped into entities (a short form joins the fullest name that
   contains it: ``أوشاكوف`` → ``يوري أوشاكوف``), typed by majority, given roles
   (:mod:`rasd.analyse.entities.roles`) and an ISO 3166 country (a country's own record,
   or the demonym in a role or organisation name).

Without a tagger (model missing) the rules alone still give organisations,
places and countries. Ids are ``E1``, ``E2``… in order of first mention; every
mention's ``text`` equals ``article.text[start:end]``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable

from rasd.analyse.entities.cands import finish
from rasd.analyse.entities.countries import country_record, demonym_country, gazetteer
from rasd.analyse.entities.described import called_before, described_after
from rasd.analyse.entities.descriptors import descriptor_after, descriptor_before
from rasd.analyse.entities.forces import forces_country
from rasd.analyse.entities.predicates import predicate_role
from rasd.analyse.entities.roles import (
    RoleHit,
    coordinated_roles,
    counterpart_apposition,
    governed_relation_before,
    kin_after,
    relation_between,
    relational_before,
    role_after,
    role_before,
    transfer_role,
)
from rasd.analyse.entities.spans import Cand, repair_spans
from rasd.analyse.entities.tokens import Tok, build_tokens
from rasd.arabic.normalize import normalize, normalize_with_map
from rasd.arabic.titles import ORG_HEAD_STEMS, strip_marks
from rasd.errors import RasdError
from rasd.record import Article, Entity, Mention

Tagger = Callable[[str], list[tuple[int, int, str]]]
_FRONT_DROPPABLE = ORG_HEAD_STEMS | {"ذا", "ذي", "لا", "لو", "ال"}
_PATRONYMIC = {"بن", "ابن", "بنت"}
_ORDINALS = {normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس")}


def _default_tagger() -> Tagger | None:
    try:
        from rasd.analyse.ner import tag_text
    except ImportError:
        return None
    return tag_text


def annotate(article: Article, tagger: Tagger | None = None) -> None:
    """Fill ``article.entities`` from ``article.text`` (see the module docstring).

    ``tagger`` maps a text to ``(start, end, type)`` spans; by default the shipped
    NER model. When the model cannot be loaded the layer runs on rules alone
    and says so in ``article.warnings``.
    """
    text = article.text
    article.entities = []
    if not text or not text.strip():
        return
    if tagger is None:
        tagger = _default_tagger()
    raw: list[tuple[int, int, str]] = []
    if tagger is not None:
        try:
            raw = list(tagger(text))
        except RasdError as exc:  # model missing or unreadable: rules only
            article.warnings.append(f"entities: named-entity model unavailable ({exc}); rules only")
    toks = build_tokens(text)
    cands = _letter_fragments([c for c in repair_spans(text, toks, raw) if not _not_a_name(c)])
    cands += _latin_acronyms(text, toks, cands)
    cands += _ministries(text, toks, cands)
    # Imported here, not at the top: coreference reads this package's token view, so a top-level
    # import would be circular.
    from rasd.analyse import coref

    article.entities = coref.resolve(text, toks, build_entities(text, toks, cands))


# Words the tagger marks MISC (as its training data does) that are no named entity for a reader:
# currency units (دولار، ريالا، الدولار) and the invocations of God (الله، لله الحمد).
_UNITS = frozenset(normalize(w) for w in (
    "دولار", "ريال", "يورو", "جنيه", "درهم", "دينار", "ليرة", "روبل", "يوان", "ين", "روبية", "فرنك", "شيكل",
    "استرليني", "سنت", "هللة", "فلس",
))
_INVOCATIONS = frozenset(normalize(w) for w in ("الله", "لله", "والله", "بالله"))
_PIOUS_PHRASES = frozenset(tuple(normalize(p).split()) for p in (
    "الحمد لله", "إن شاء الله", "بسم الله", "سبحانه وتعالى", "رحمه الله", "حفظه الله", "لا إله إلا الله"))


def _letter_fragments(cands: list[Cand]) -> list[Cand]:
    """Drop spans made of one- or two-letter words only that no longer name backs: a lone ``سي`` cut from
    ``سي.إن.إن``، a person ``بي سي`` cut from ``البي بي سي``. Such a word is a spelled-out letter or a
    syllable; it names something only beside another name word — in the span (``إم إن تيواري``) or,
    for a lone word, in another name of the article (``لي`` after ``لي كه تشيانغ``). A person is never
    letters alone (an organisation's acronym is: ``بي بي سي`` stays)."""
    def short(c: Cand) -> bool:
        return bool(c.key) and all(len(w) <= 2 for w in c.key)

    backed = {w for c in cands if not short(c) for w in c.key}
    return [c for c in cands if not short(c)
            or (len(c.key) == 1 and c.key[0] in backed)
            or (len(c.key) > 1 and c.type != "PER")]


def _not_a_name(c: Cand) -> bool:
    """A span the tagger took for a name that a reader would not: God's name or a pious phrase
    (any type — a name never starts with الله, while عبدالله or نصر الله stay), a currency unit, a
    demonym adjective without the article that names no place (``مدن سعودية``)."""
    if not c.key:
        return False
    if c.key in _PIOUS_PHRASES or (c.key[0] in _INVOCATIONS and (c.type == "MISC" or len(c.key) <= 2)):
        return True  # a longer span from الله on (الله بن سطام …) is a name cut after عبد: kept
    if c.type == "LOC" and len(c.key) == 1 and not c.key[0].startswith("ال") and demonym_country(c.key[0]) \
            and c.country is None and c.key not in gazetteer():
        return True  # "مدن سعودية": an indefinite demonym adjective, no place (سورية, a country's name, stays)
    if c.type != "MISC":
        return False
    if len(c.key) > 2:
        return False
    word = c.key[0].removeprefix("ال")
    for suffix in ("ات", "ا", ""):  # دولارات، دولارا
        if suffix and word.endswith(suffix) and word[: -len(suffix)] in _UNITS:
            return True
    return word in _UNITS


_ACRONYM_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9&]{1,5}(?![A-Za-z])")
_LATIN_CAPITAL = re.compile("[A-Z]")  # one C scan: a generator over every character was ~1 % of the pipeline


def _latin_acronyms(text: str, toks: list[Tok], cands: list[Cand]) -> list[Cand]:
    """Latin capitals in Arabic text (``(CNN)``، ``MIT``) name an organisation: the tagger, trained on
    Arabic script, leaves them out. Only where no other mention covers them."""
    if _LATIN_CAPITAL.search(text) is None:
        return []
    starts = [t.start for t in toks]
    out: list[Cand] = []
    for m in _ACRONYM_RE.finditer(text):
        if any(c.start <= m.start() < c.end for c in cands):
            continue
        i = bisect.bisect_left(starts, m.start())
        if i >= len(toks) or toks[i].start != m.start() or toks[i].end != m.end():
            continue
        out.append(finish(text, Cand(i, i, m.start(), m.end(), "ORG", "rule")))
    return out


_MINISTRY_N = frozenset(normalize(w) for w in ("الخارجية", "الداخلية"))


def _ministries(text: str, toks: list[Tok], cands: list[Cand]) -> list[Cand]:
    """``الخارجية السورية``، ``الداخلية التركية``: a ministry named by its portfolio and country is an
    organisation (not after وزير/وزارة, where it is part of a title or a longer name)."""
    out: list[Cand] = []
    # A form in _MINISTRY_N holds one of these in its token's normalized text, which is part of the
    # text's normalized view (also for للخارجية, whose form gets its alef back): most texts have neither.
    norm = normalize_with_map(text)[0]
    if "خارجيه" not in norm and "داخليه" not in norm:
        return out
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        stem = next((f for f, _o, _k in t.forms if f in _MINISTRY_N), None)
        if stem is None or not nxt.word or nxt.demonym() is None or nxt.line != t.line:
            continue
        if i > 0 and (toks[i - 1].title() or toks[i - 1].org_head()):
            continue
        off = next(o for f, o, _k in t.forms if f == stem)
        if any(c.start < nxt.end and off < c.end for c in cands):
            continue
        c = finish(text, Cand(i, i + 1, off, nxt.end, "ORG", "rule"))
        c.country = nxt.demonym()[0]  # type: ignore[index]
        out.append(c)
    return out


# -- grouping -----------------------------------------------------------------

def _joins(short: tuple[str, ...], full: tuple[str, ...], etype: str) -> bool:
    """Does the short form ``short`` name the same referent as ``full`` (both normalized keys)?"""
    if len(short) >= len(full):
        return False
    n = len(short)
    starts = [i for i in range(len(full) - n + 1) if full[i:i + n] == short]
    if not starts:
        # a person's first and family name without the middle names: رجب أردوغان → رجب طيب أردوغان
        return (etype == "PER" and n >= 2 and short[0] == full[0] and short[-1] == full[-1]
                and _subsequence(short, full) and not _PATRONYMIC & set(full))
    return _joins_at(short, full, etype, starts)


def _subsequence(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _joins_at(short: tuple[str, ...], full: tuple[str, ...], etype: str, starts: list[int]) -> bool:
    n = len(short)
    if not starts:
        return False
    if etype == "PER":
        if n > 1:
            return True
        if short[0] == full[0]:
            return True
        return (short[0] == full[-1] and not (_PATRONYMIC & set(full)) and len(short[0]) >= 3
                and short[0] not in _ORDINALS)
    if etype in ("ORG", "MISC"):
        return any(all(w in _FRONT_DROPPABLE or w[2:] in ORG_HEAD_STEMS for w in full[:i]) for i in starts)
    return False


def build_entities(text: str, toks: list[Tok], cands: list[Cand]) -> list[Entity]:
    """Group candidate mentions into entities with names, aliases, roles and countries."""
    cands = sorted(cands, key=lambda c: c.start)
    for c in cands:  # one entity per country however it is spelt: سوريا، سورية
        if c.type == "LOC" and c.country:
            c.key = (f"iso:{c.country}",)
    # Majority type per key (a name tagged ORG once and PER three times is a person).
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for c in cands:
        # a rule counts double; a person's title before the name (الرئيس هولاند) settles it
        votes.setdefault(c.key, Counter())[c.type] += 1 + (c.source == "rule") + 5 * (c.source == "title")
    for c in cands:
        c.type = votes[c.key].most_common(1)[0][0]
    # Full forms first; each shorter key joins the nearest fuller one that contains it.
    keys = sorted({(c.type, c.key) for c in cands}, key=lambda tk: (-len(tk[1]), tk[1]))
    owner: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
    firsts: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for c in cands:
        firsts.setdefault((c.type, c.key), []).append(c.start)
    roots: list[tuple[str, tuple[str, ...]]] = []
    apart = _kin_apart(toks, cands)
    for tk in keys:
        etype, key = tk
        fulls = [r for r in roots if r[0] == etype and _joins(key, r[1], etype) and (key, r[1]) not in apart]
        if not fulls:
            roots.append(tk)
            owner[tk] = tk
            continue
        if len(fulls) > 1:  # ambiguous short form: the referent mentioned nearest before it
            pos = firsts[tk][0]
            fulls.sort(key=lambda r: min((pos - p if p <= pos else 10**9 + p - pos) for p in firsts[r]))
        owner[tk] = owner[fulls[0]]
    _merge_forces(roots, owner)
    groups: dict[tuple[str, tuple[str, ...]], list[Cand]] = {}
    for c in cands:
        groups.setdefault(owner[(c.type, c.key)], []).append(c)
    ordered = sorted(groups.items(), key=lambda kv: kv[1][0].start)

    tok_type = _token_types(toks, cands)
    roles_by_cand = _roles(text, toks, cands, tok_type)
    entities: list[Entity] = []
    for n, ((etype, _key), group) in enumerate(ordered, start=1):
        best = max(group, key=lambda c: (len(c.key), -c.start))
        name = best.name
        seen = {normalize(name)}
        aliases: list[str] = []
        for c in group:
            for form in (c.name, *c.aliases):
                nf = normalize(form)
                if nf not in seen:
                    seen.add(nf)
                    aliases.append(form)
        roles: list[str] = []
        country: str | None = None
        rseen: set[str] = set()
        # a common noun (descriptors.py) is weaker evidence than a title: it does not make a one-word name
        # written once a person (coreference drops such a name when it has no role: «الموسيقى فلمزنر»)
        lone = len(group) == 1 and group[0].first == group[0].last
        for c in group:
            for hit in roles_by_cand.get(id(c), []):
                if lone and hit.kind == "descriptor":
                    continue
                rkey = normalize(hit.text).removeprefix("ال")
                if hit.text and rkey not in rseen:
                    rseen.add(rkey)
                    roles.append(hit.text)
                country = country or hit.country
        if etype == "LOC" and best.country:
            country = best.country
        elif etype == "ORG":
            country = best.country or _demonym_in(name)
        elif etype == "MISC":
            country = best.country
        # Names and roles are labels: without diacritics, so the same person is spelt the same in
        # every article; the mentions keep the text exactly as written.
        entities.append(Entity(
            id=f"E{n}", type=etype, name=strip_marks(name),
            mentions=[Mention(c.start, c.end, text[c.start:c.end]) for c in group],
            aliases=_unique(strip_marks(a) for a in aliases if strip_marks(a) != strip_marks(name)),
            roles=_unique(strip_marks(r) for r in roles),
            country=country_record(country) if country else None,
        ))
    return entities


def _merge_forces(roots: list[tuple[str, tuple[str, ...]]],
                  owner: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]]) -> None:
    """One entity for a country's armed forces under their generic names (``الجيش السوري``،
    ``القوات الحكومية السورية``; :mod:`rasd.analyse.entities.forces`): every such root joins the
    first (longest) one of its country. In place on ``owner``."""
    first: dict[str, tuple[str, tuple[str, ...]]] = {}
    moved: dict[tuple[str, tuple[str, ...]], tuple[str, tuple[str, ...]]] = {}
    for root in roots:
        code = forces_country(root[1]) if root[0] == "ORG" else None
        if code is None:
            continue
        if code in first:
            moved[root] = first[code]
        else:
            first[code] = root
    if moved:
        for tk, root in owner.items():
            owner[tk] = moved.get(root, root)


def _kin_apart(toks: list[Tok], cands: list[Cand]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Pairs of person keys a kin noun sets apart: ``الصديق الصادق المهدي، نجل رئيس الوزراء الأسبق
    الصادق المهدي`` names the son and then the father, so the shorter name does not join the longer.
    Both orders of each pair are returned."""
    from rasd.analyse.entities.roles import is_kin_noun

    ends = {c.last: c for c in cands if c.type == "PER"}
    out: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for c in cands:
        if c.type != "PER":
            continue
        j = c.first - 1
        while j >= 0 and c.first - j <= 7 and toks[j].word and toks[j].line == toks[c.first].line \
                and j not in ends and not is_kin_noun(toks[j].norm):
            j -= 1
        if j < 0 or j in ends or not toks[j].word or not is_kin_noun(toks[j].norm) or toks[j].definite:
            continue
        k = j - 1
        if k >= 0 and toks[k].text in ("،", ","):
            k -= 1
        other = ends.get(k)
        if other is not None and other.key != c.key:
            out.add((c.key, other.key))
            out.add((other.key, c.key))
    return out


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _demonym_in(name: str) -> str | None:
    for w in name.split():
        code = demonym_country(w)
        if code:
            return code
    return None


def _token_types(toks: list[Tok], cands: list[Cand]) -> list[str | None]:
    out: list[str | None] = [None] * len(toks)
    for c in cands:
        for i in range(c.first, c.last + 1):
            out[i] = c.type
    return out


def _roles(text: str, toks: list[Tok], cands: list[Cand], tok_type: list[str | None]) -> dict[int, list[RoleHit]]:
    """Roles of each person mention, in text order; counterparts borrow the role of the person before."""
    def in_span(i: int) -> str | None:
        return tok_type[i] if 0 <= i < len(tok_type) else None

    out: dict[int, list[RoleHit]] = {}
    last_role: dict[int, RoleHit] = {}  # line → the last title role seen on it
    for c in cands:
        if c.type != "PER":
            continue
        hits: list[RoleHit] = []
        before = role_before(text, toks, c.first, c.start, in_span)
        line = toks[c.first].line
        if before is not None and before.kind in ("counterpart", "ellipsis"):
            model = last_role.get(line)
            if model is not None and before.start >= model.end:
                demonym = text[before.start:before.end].split()[-1] if before.country else ""
                if before.kind == "ellipsis":
                    demonym = text[before.start:before.end]
                if demonym and demonym_country(demonym):
                    hits.append(RoleHit(transfer_role(model.text, demonym), "transferred", before.country,
                                        before.start, before.end))
                elif before.kind == "counterpart":
                    hits.append(RoleHit(model.text, "transferred", model.country, before.start, before.end))
                if before.kind == "counterpart" and before.country:
                    hits.append(before)  # "نظيره السوري" as written is a description of the person too
            elif before.country:
                hits.append(RoleHit("", before.kind, before.country, before.start, before.end))
                if before.kind == "counterpart":
                    hits.append(before)  # no office to transfer: "نظيرته السويدية" describes the person as written
        elif before is not None:
            hits.append(before)
            last_role[line] = before
            outer = _outer_role(text, toks, before, in_span)
            if outer is not None:
                hits.append(outer)
                last_role[line] = outer
                outer = _outer_role(text, toks, outer, in_span, stacked=True)
                if outer is not None:  # "ولي العهد السعودي وزير الدفاع الأمير محمد بن سلمان"
                    hits.append(outer)
        if before is None:
            rel = relational_before(text, toks, c.first, c.start) or counterpart_apposition(text, toks, c.first, in_span) \
                or called_before(text, toks, c.first, in_span) or governed_relation_before(text, toks, c.first, in_span) \
                or descriptor_before(text, toks, c.first, c.start, in_span)
            if rel is not None:
                hits.append(rel)
        k = _past_age(toks, c.last)  # "فيصل أكجاي (50 عاما)، وهو مدير مدرسة": the age aside is no boundary
        after = role_after(text, toks, k, in_span) or kin_after(text, toks, k, in_span) \
            or described_after(text, toks, k, in_span) or descriptor_after(text, toks, k, in_span, text[c.start:c.end])
        if after is not None:
            hits.append(after)
            if after.kind == "apposition":
                hits.extend(coordinated_roles(text, toks, after, in_span))
        predicate = predicate_role(text, toks, c.first, c.last, c.start, in_span)
        if predicate is not None:
            hits.append(predicate)
        if hits:
            out[id(c)] = hits
    return out


_AGE_WORDS = frozenset(normalize(w) for w in ("عاما", "عامًا", "عام", "سنة", "سنوات", "عاماً"))


def _past_age(toks: list[Tok], k: int) -> int:
    """The token that closes an age in brackets right after the name ending at ``toks[k]`` (``أكجاي (50
    عاما)``), so that an apposition after it is read as after the name; ``k`` when there is none."""
    if k + 1 >= len(toks) or toks[k + 1].text != "(":
        return k
    for j in range(k + 2, min(len(toks), k + 6)):
        if toks[j].line != toks[k].line:
            return k
        if toks[j].text == ")":
            inside = toks[k + 2:j]
            if any(t.kind == "number" for t in inside) and any(t.norm in _AGE_WORDS for t in inside):
                return j
            return k
    return k


def _outer_role(text: str, toks: list[Tok], hit: RoleHit, in_span: Callable[[int], str | None],
                stacked: bool = False) -> RoleHit | None:
    """The office before a rank or honorific: ``رئيس أركان الجيوش الأمريكية [الجنرال] جو دانفورد``,
    ``العاهل الأردني [الملك] عبدالله``, ``المتحدث باسم التحالف [العقيد الركن] تركي المالكي``: the rank
    (one title, or definite titles only) is the nearest title, the office is a role too.

    ``stacked``: ``hit`` is itself an office; a second office right before it (``ولي العهد السعودي
    [وزير الدفاع]``) is one more role when ``hit`` opens with an indefinite title, which the first
    office could not govern (role_before already joins governing titles such as نائب رئيس)."""
    if hit.kind != "title":
        return None
    starts = [t.start for t in toks]
    i = bisect.bisect_right(starts, hit.start) - 1
    last = bisect.bisect_left(starts, hit.end) - 1
    # a definite rank and its qualifier (``المتحدث باسم التحالف [العقيد الركن] تركي المالكي``); not a title
    # with its country (``الرئيس المصري``: the office before it is another person's, التقى وزير … الرئيسَ …)
    ranks = last == i + 1 and bool(toks[i].title()) and toks[i].definite and toks[last].definite \
        and not toks[last].title() and toks[last].demonym() is None and not toks[last].has_clitic
    if i <= 0 or (toks[i].end < hit.end and not stacked and not ranks):
        return None
    if stacked and (toks[i].definite or toks[i].conj() or toks[i].counterpart() is not None):
        return None
    if toks[i].norm.startswith("لل") or relation_between(toks, i - 1, in_span):
        return None  # "كبير المستشارين [للرئيس] ترامب"، "كودلو [مستشار] الرئيس الأمريكي ترامب": another's office
    outer = role_before(text, toks, i, toks[i].start, in_span)
    return outer if outer is not None and outer.kind == "title" else None


__all__ = ["Tagger", "annotate", "build_entities"]

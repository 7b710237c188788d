"""Names that the entity grouping split or mis-cut, put together again.

Two general cases, both decided by the article's own text:

- an organisation named in full and then given its short name in brackets or
  quotes (``حركة المقاومة الإسلامية "حماس"``، ``وكالة الأنباء السودانية
  الرسمية (سونا)``): the short name is an alias and a mention of the full one, and
  an entity made of the short name alone joins it;
- a "person" whose name starts with ``باسم`` right after a title
  (``متحدث باسم لوفن``): ``باسم`` is the role's connector ("on behalf of"), not
  the first name Bassem; the mention is cut after it and joins the person it
  names, if the article names them.

Entities are merged in place; ids are renumbered ``E1``… in order of first mention.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from rasd.analyse.coref.features import title_stem
from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.normalize import normalize
from rasd.arabic.occurrences import word_occurrences
from rasd.arabic.titles import strip_marks
from rasd.record import Entity, Mention

_SHORT_RE = re.compile(r"[ \t]*(?:\((?P<p>[^()\n]{2,30})\)|[\"«“](?P<q>[^\"«»“”\n]{2,30})[\"»”])")
_CONNECTOR = normalize("باسم")


def _forms(ent: Entity) -> set[str]:
    return {normalize(f) for f in (ent.name, *ent.aliases, *(m.text for m in ent.mentions))}


def _merge(into: Entity, other: Entity) -> None:
    into.mentions = sorted({(m.start, m.end): m for m in [*into.mentions, *other.mentions]}.values(),
                           key=lambda m: m.start)
    for a in (other.name, *other.aliases):
        if a != into.name and a not in into.aliases:
            into.aliases.append(a)
    for r in other.roles:
        if r not in into.roles:
            into.roles.append(r)
    into.country = into.country or other.country


def short_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Join bracketed or quoted short names to the organisation they follow; returns the new list."""
    gone: set[int] = set()
    for ent in entities:
        if ent.type != "ORG" or id(ent) in gone:
            continue
        for m in list(ent.mentions):
            hit = _SHORT_RE.match(text, m.end)
            if hit is None:
                continue
            g = "p" if hit.group("p") else "q"
            if g == "q" and (hit.group("q")[:1].isspace() or (m.start > 0 and text[m.start - 1] in "\"«“")):
                continue  # 'صحيفة "ذا آيريش تايمز" مؤخرا إن "…"': the name's own closing mark, not a new quote
            short = hit.group(g).strip()
            if not short or len(short.split()) > 3 or any(ch.isdigit() for ch in short):
                continue
            key = normalize(short)
            if key in _forms(ent):
                continue
            s = hit.start(g) + (len(hit.group(g)) - len(hit.group(g).lstrip()))
            for other in entities:
                if other is not ent and id(other) not in gone and key in _forms(other) \
                        and other.type in ("ORG", "MISC", "PER"):
                    _merge(ent, other)
                    gone.add(id(other))
            if all(not (x.start <= s < x.end) for x in ent.mentions):
                ent.mentions.append(Mention(s, s + len(short), text[s:s + len(short)]))
                ent.mentions.sort(key=lambda x: x.start)
            if strip_marks(short) not in ent.aliases:
                ent.aliases.append(strip_marks(short))
    return [e for e in entities if id(e) not in gone]


def connector_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Cut ``باسم`` after a title off a person's mentions and join the person named (see above)."""
    gone: set[int] = set()
    for ent in entities:
        words = ent.name.split()
        if ent.type != "PER" or len(words) < 2 or normalize(words[0]) != _CONNECTOR:
            continue
        if not all(_after_title(text, m.start) for m in ent.mentions):
            continue
        rest = normalize(" ".join(words[1:]))
        for m in ent.mentions:
            k = m.text.find(" ")
            if k > 0:
                m.start += k + 1
                m.text = m.text[k + 1:]
        ent.name = " ".join(words[1:])
        ent.roles = []
        for other in entities:
            if other is not ent and other.type == "PER" and id(other) not in gone and any(
                    f == rest or f.split()[-1:] == [rest] for f in _forms(other)):
                _merge(other, ent)
                gone.add(id(ent))
                break
    return [e for e in entities if id(e) not in gone]


def _after_title(text: str, start: int) -> bool:
    before = text[max(0, start - 30):start].split()
    return bool(before) and title_stem(before[-1]) is not None


def renumber(entities: list[Entity]) -> list[Entity]:
    """Ids ``E1``… in order of first mention (after merges)."""
    entities.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
    for n, e in enumerate(entities, start=1):
        e.id = f"E{n}"
    return entities


def not_people(entities: list[Entity]) -> list[Entity]:
    """Drop "people" that are a demonym alone (``صحفي روسي`` tagged روسي): an adjective, not a name."""
    out = []
    for ent in entities:
        words = {normalize(m.text) for m in ent.mentions}
        if ent.type == "PER" and all(len(w.split()) == 1 and demonym_country(w) for w in words):
            continue
        out.append(ent)
    return out


def overlong_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Cut a person's name that runs on into the sentence (``دونالد ترامب بنقل السفارة``،
    ``عبدالعزيز قاسم ليؤكد``) back to the name: after a known person's full name, or before
    a word that carries a preposition or the particle ل (بنقل، ليؤكد)."""
    from rasd.analyse.entities.cands import common_words, first_names

    known = {normalize(e.name) for e in entities if e.type == "PER"}
    fn = first_names()
    common = common_words()
    gone: set[int] = set()
    for ent in entities:
        if ent.type != "PER":
            continue
        words = normalize(ent.name).split()
        cut = None
        for k in range(1, len(words)):
            w = words[k]
            if k >= 2 and w not in fn and not w.startswith("ال") and (
                    " ".join(words[:k]) in known or w in common or (w[:1] in "بل" and w[1:] in common)
                    or _run_on(w, common)):
                cut = k
                break
        if cut is None:
            continue
        keep = " ".join(ent.name.split()[:cut])
        for m in ent.mentions:
            mw = m.text.split()
            if len(mw) > cut:
                m.text = " ".join(mw[:cut])
                m.end = m.start + text[m.start:].find(mw[cut - 1]) + len(mw[cut - 1])
                m.text = text[m.start:m.end]
        ent.name = keep
        ent.aliases = [a for a in ent.aliases if normalize(a) != normalize(keep)]
        for other in entities:
            if other is not ent and other.type == "PER" and id(other) not in gone \
                    and normalize(other.name) == normalize(keep):
                _merge(other, ent)
                gone.add(id(ent))
                break
    return [e for e in entities if id(e) not in gone]


def _run_on(w: str, common: frozenset[str]) -> bool:
    """A word that cannot end a name: a future verb (سيعلنان، ستبدأ) or a common noun with a
    possessive pronoun (إعجابه، موقفها)."""
    if len(w) >= 5 and w[:2] in ("سي", "ست", "سن"):
        return True
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in common:
            return True
    return False


def _contiguous(short: list[str], full: list[str]) -> bool:
    n = len(short)
    return 0 < n < len(full) and any(full[i:i + n] == short for i in range(len(full) - n + 1))


def clitic_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Join a "person" that is another person's name with a clitic glued on (``بديمافاليس``،
    ``لديمافاليس``) or a verb with its conjunction in front (``وكرر آل ثاني``) to that person."""
    from rasd.analyse.entities.cands import first_names

    fn = first_names()
    people = [e for e in entities if e.type == "PER"]
    gone: set[int] = set()
    for ent in people:
        words = normalize(ent.name).split()
        if not words:
            continue
        # "وكرر آل ثاني": a conjunction + a word that is no name, before another person's name
        drop_word = len(words) > 1 and words[0][:1] in "وف" and words[0] not in fn and words[0][1:] not in fn
        rest = words[1:] if drop_word else [words[0][1:], *words[1:]] if words[0][:1] in "بلوفك" else None
        if not rest or not rest[0]:
            continue
        for other in people:
            if other is ent or id(other) in gone:
                continue
            forms = [normalize(f).split() for f in (other.name, *other.aliases)]
            if any(f == rest or _contiguous(rest, f) for f in forms):
                for m in ent.mentions:
                    cut = m.text.find(" ") + 1 if drop_word else 1
                    if 0 < cut < len(m.text):
                        m.start += cut
                        m.text = text[m.start:m.end]
                ent.name = ent.name.split(" ", 1)[1] if drop_word else ent.name[1:]
                _merge(other, ent)
                other.aliases = [a for a in other.aliases if normalize(a).split() != words]
                gone.add(id(ent))
                break
    return [e for e in entities if id(e) not in gone]


def title_remainders(entities: list[Entity]) -> list[Entity]:
    """Drop "people" that are the rest of a title (``العهد السعودي`` from ولي العهد السعودي) or a
    definite noun phrase (``القصف الكيماوي``): a definite first word that is no first name, and a
    demonym or only definite words after it."""
    from rasd.analyse.entities.cands import first_names

    fn = first_names()
    out = []
    for ent in entities:
        words = normalize(ent.name).split()
        if ent.type == "PER" and len(words) >= 2 and words[0].startswith("ال") and words[0] not in fn \
                and (any(demonym_country(w) for w in words[1:])
                     or (all(w.startswith("ال") for w in words) and not ent.roles)):
            continue  # العهد السعودي، القصف الكيماوي: a noun phrase, not a person's name (a role says
            # "الصديق الصادق المهدي، نجل …" is one)
        out.append(ent)
    return out


def bare_heads(text: str, entities: list[Entity]) -> None:
    """After ``الخارجية السورية``، a bare ``الخارجية`` (no other demonym after it) is the same
    organisation: it is added as a mention, when only one organisation of the article has that head."""
    heads: dict[str, list[Entity]] = {}
    for ent in entities:
        words = ent.name.split()
        if ent.type == "ORG" and len(words) == 2 and words[0].startswith("ال") and demonym_country(
                normalize(words[1])):
            heads.setdefault(words[0], []).append(ent)
    for head, ents in heads.items():
        if len(ents) != 1:
            continue
        ent = ents[0]
        first = min(m.start for m in ent.mentions)
        taken = [(m.start, m.end) for e in entities for m in e.mentions]
        for s, e in word_occurrences(text, head, "وف"):
            if s <= first or any(a < e and s < b for a, b in taken):
                continue
            nxt = text[e:e + 20].split()[:1]
            if nxt and demonym_country(normalize(nxt[0].strip("،,.:"))):
                continue
            ent.mentions.append(Mention(s, e, text[s:e]))
        ent.mentions.sort(key=lambda x: x.start)


def missed_first_names(text: str, toks: list, entities: list[Entity]) -> None:  # noqa: ANN001
    """A person's first word the tagger left out after a role (``عضو البرلمان الأوكراني أنتون
    [هيراشتشينكو]``، ``وزير الخارجية الفلبيني، ألان [بيتر كايتانو]``): an undefined word that is no
    function word or title, right between the end of a role (a demonym, a definite adjective, a title)
    and the name, joins the mention; the fullest mention names the person."""
    from rasd.analyse.entities.cands import common_words, first_names, possessed_word, proclitic_word
    from rasd.analyse.entities.tokens import token_index
    from rasd.arabic.reporting import REPORTING_VERBS

    verbs = _all_verbs(frozenset(REPORTING_VERBS))  # built once, not per article
    common, fn = common_words(), first_names()
    starts, _ends = token_index(toks)
    covered = {(m.start, m.end) for e in entities for m in e.mentions}
    for ent in entities:
        if ent.type != "PER":
            continue
        grown = False
        for m in ent.mentions:
            i = bisect.bisect_left(starts, m.start)
            if i < 2 or i >= len(toks) or toks[i].start != m.start:
                continue
            w, before = toks[i - 1], toks[i - 2]
            comma = before.text in ("،", ",")
            k = i - 2
            if comma and i >= 3:
                before, k = toks[i - 3], i - 3
            # "رئيس الإكوادور، لينين [مورينو]": a title governing a named place, then the comma
            named_office = comma and k >= 1 and toks[k - 1].word and toks[k - 1].title() is not None \
                and any(a <= before.start < b for a, b in covered)
            if w.norm in common and w.norm not in fn and not comma:
                continue  # "قرب معبر جابر": a common word needs the apposition's comma to be a name
            if (not w.word or w.stop or w.definite or w.title() is not None or w.line != toks[i].line
                    or w.norm in verbs or proclitic_word(w, fn) or possessed_word(w, fn) or len(w.norm) < 3
                    or any(a <= w.start < b for a, b in covered)):
                continue
            if not before.word or not (before.demonym() or before.title() is not None or before.connector
                                       or named_office or (before.bare_definite
                                                           and before.norm.endswith(("ي", "يه")))):
                continue  # "المتحدث باسمه تركي [المالكي]": an undefined word after باسمه is a first name
            m.start = w.start
            m.text = text[m.start:m.end]
            grown = True
        if grown:
            best = max(ent.mentions, key=lambda x: len(x.text.split()))
            if len(best.text.split()) > len(ent.name.split()):
                if ent.name not in ent.aliases:
                    ent.aliases.append(ent.name)
                ent.name = strip_marks(best.text)


# Heads of the phrases that describe a state's government: «الحكومة/الإدارة/السلطات + nationality». The
# dev golds leave these out as entities (none of 37 such phrases annotated in dev, dev2, shared dev, dev3).
# «القوات + nationality» is left to the tagger: the golds disagree (5 annotated, 13 not), and an army
# (الجيش السوري) is a named organisation in all of them.
_GOVERNMENT = frozenset(normalize(w) for w in ("الحكومة", "حكومة", "الإدارة", "إدارة", "السلطات", "سلطات"))
# Descriptive adjectives such a phrase may carry beside its nationality (الحكومة العراقية الجديدة، الحكومة
# الهندية القومية); anything else after the head (a place, a name) makes a name of it.
_ORGAN_ADJECTIVES = frozenset(normalize(w) for w in (
    "الحكومية", "العسكرية", "الجديدة", "القومية", "الحالية", "السابقة", "المشتركة", "النظامية", "الرسمية",
    "المحلية", "الاتحادية", "المؤقتة"))


def _organ_country(words: list[str]) -> str | None:
    """alpha2 of the state an organ phrase describes (``الحكومة العراقية الجديدة`` → IQ); "" when the phrase
    is such a description with several nationalities (``الإدارة الأمريكية الروسية المشتركة``); None when it
    is not a description of a state's government (a name: ``حكومة الوفاق الوطني``)."""
    if len(words) < 2 or words[0] not in _GOVERNMENT or len(words) > 4:
        return None
    codes = {demonym_country(w) for w in words[1:]}
    if None in codes and not all(w in _ORGAN_ADJECTIVES for w in words[1:] if demonym_country(w) is None):
        return None
    codes.discard(None)
    if not codes:
        return None
    return codes.pop() if len(codes) == 1 else ""


def governments(entities: list[Entity]) -> list[Entity]:
    """``الحكومة السورية``، ``السلطات التركية``، ``الإدارة الأمريكية`` are the country acting (the annotation
    conventions: a country and its government are one actor): such a phrase joins the country's entity when the
    article names the country. When it does not, it is no entity of its own (the dev golds leave «الحكومة/
    الإدارة/السلطات + nationality» out; a quote or event keeps the phrase as its text's description)."""
    gone: set[int] = set()
    for ent in entities:
        code = _organ_country(normalize(ent.name).split()) if ent.type == "ORG" else None
        if code is None:
            continue
        country = next((e for e in entities if e.type == "LOC" and e.country and code
                        and e.country.get("alpha2") == code), None)
        if country is not None:
            _merge(country, ent)
        gone.add(id(ent))
    return [e for e in entities if id(e) not in gone]


def surname_types(entities: list[Entity]) -> list[Entity]:
    """A one-word "place" or "organisation" that is the family name of a person the article names in
    full (``دانفورد`` typed LOC after ``جو دانفورد``) is that person; a country or a known place stays."""
    lasts: dict[str, list[Entity]] = {}
    for e in entities:
        words = normalize(e.name).split()
        if e.type == "PER" and len(words) >= 2:
            lasts.setdefault(words[-1], []).append(e)
    gone: set[int] = set()
    for ent in entities:
        words = normalize(ent.name).split()
        if ent.type not in ("LOC", "ORG", "MISC") or len(words) != 1 or ent.country is not None:
            continue
        people = lasts.get(words[0], [])
        if len(people) == 1 and all(len(normalize(m.text).split()) == 1 for m in ent.mentions):
            _merge(people[0], ent)
            gone.add(id(ent))
    return [e for e in entities if id(e) not in gone]


def short_forms(text: str, entities: list[Entity]) -> None:
    """A person named in full is later named by one of the name's words alone (``مهاتير`` after
    ``مهاتير محمد``، ``غندور`` after ``إبراهيم غندور``): each free occurrence of the first or the last
    word becomes a mention, when no other person of the article has that word and it is no common word.
    An organisation whose name opens with a proper name (``وفا للأنباء الفلسطينية``) gets ``وفا``."""
    from rasd.analyse.entities.cands import _tagger_first_names, common_words

    # the popular first names (akhateeb lists): محمد alone is too common to be this person; the rarer
    # names of the larger list (نجيب) alone still are
    common, fn = common_words(), _tagger_first_names()
    owners: dict[tuple[str, str], set[int]] = {}  # (type, word) → entities of that type with the word
    for e in entities:
        if e.type in ("PER", "ORG"):
            for w in normalize(e.name).split():
                owners.setdefault((e.type, w), set()).add(id(e))
    taken = sorted((m.start, m.end) for e in entities for m in e.mentions)
    starts = [a for a, _b in taken]
    from rasd.arabic.titles import ORG_HEAD_STEMS

    for ent in entities:
        words = ent.name.split()
        if ent.type not in ("PER", "ORG") or len(words) < 2:
            continue
        forms = {words[0], words[-1]} if ent.type == "PER" else {words[0]}
        if ent.type == "ORG" and (normalize(words[0]).startswith("ال")
                                  or normalize(words[0]) in ORG_HEAD_STEMS):
            continue  # only a proper name opening an organisation's name (وفا للأنباء → وفا)
        for form in forms:
            key = normalize(form)
            if len(key) < 3 or key in common or owners.get((ent.type, key)) != {id(ent)} or key in ("بن", "ابن"):
                continue
            lone_first = key in fn and form == words[0]  # محمد alone is too common to be this person …
            for a, b in word_occurrences(text, form, "وفلب"):
                if lone_first and not _after_reporting_verb(text, a):
                    continue  # … except as the subject of a reporting verb: "وصف نجيب الائتلاف"
                k = bisect.bisect_right(starts, a) - 1
                if k >= 0 and taken[k][0] <= a < taken[k][1]:
                    continue
                if any(x < b and a < y for x, y in taken[max(0, k):k + 2]):
                    continue
                ent.mentions.append(Mention(a, b, text[a:b]))
        ent.mentions.sort(key=lambda x: x.start)


def _after_reporting_verb(text: str, start: int) -> bool:
    """Is the word at ``start`` right after a past reporting verb (``وقال``، ``وصف``) on its line?"""
    from rasd.arabic.reporting import REPORTING_VERBS

    before = text[max(0, start - 20):start]
    if "\n" in before:
        before = before.rsplit("\n", 1)[1]
    words = before.split()
    if not words or text[start - 1:start] != " ":
        return False
    w = normalize(words[-1])
    verbs = _past_verbs(frozenset(REPORTING_VERBS))
    return w in verbs or (w[:1] in "وف" and w[1:] in verbs)


@lru_cache(maxsize=1)
def _all_verbs(verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(v) for v in verbs)


@lru_cache(maxsize=1)
def _past_verbs(verbs: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(v) for v in verbs if v[:1] not in "يت")


def media_heads(text: str, entities: list[Entity]) -> None:
    """``وكالة وفا للأنباء الفلسطينية``: the head noun the organisation rules leave out of a media name
    (وكالة، صحيفة، قناة…) is kept as an alias with it, so the full form names the organisation too."""
    from rasd.arabic.titles import MEDIA_HEAD_STEMS

    for ent in entities:
        if ent.type != "ORG":
            continue
        for m in ent.mentions:
            before = text[max(0, m.start - 20):m.start].split()
            if not before or text[m.start - 1:m.start] != " ":
                continue
            head = before[-1]
            for clitic in ("ول", "وب", "فل", "و", "ف", "ل", "ب"):
                if head.startswith(clitic) and normalize(head[len(clitic):]).removeprefix("ال") in MEDIA_HEAD_STEMS:
                    head = head[len(clitic):]  # وأكدت وكالة…، لوكالة أنباء رويترز: the clitic is not the name's
                    break
            if normalize(head).removeprefix("ال") in MEDIA_HEAD_STEMS:
                full = strip_marks(f"{head} {m.text}")
                if full not in ent.aliases and full != ent.name:
                    ent.aliases.append(full)


_OFFICIAL = frozenset(normalize(w) for w in ("الرسمية", "الرسمي"))


def official_forms(entities: list[Entity]) -> None:
    """``وكالة الأنباء السودانية الرسمية``: the name without the trailing "official" is an alias too
    (the article and other articles write ``وكالة الأنباء السودانية``)."""
    for ent in entities:
        words = ent.name.split()
        if ent.type == "ORG" and len(words) >= 3 and normalize(words[-1]) in _OFFICIAL:
            short = " ".join(words[:-1])
            if short not in ent.aliases:
                ent.aliases.append(short)

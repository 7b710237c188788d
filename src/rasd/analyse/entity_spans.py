"""From raw tagger spans to clean, non-overlapping entity mentions.

Pure. :func:`repair_spans` takes the tagger's ``(start, end, type)`` spans and
the token view of the text and returns :class:`Cand` mentions that

- never cross a line or paragraph break, never start or end on punctuation;
- never start with a proclitic (``و ف ب ل ك``) unless the bare word is not
  attested: ``ووزير``/``وأوشاكوف``/``بمنظمة`` lose it, ``وانغ`` keeps its ``و``;
  ``للأمم`` becomes ``لأمم`` in the text and ``الأمم`` in the name;
- never begin a person's name with a title (``الرئيس بوتين`` → ``بوتين``);
- include organisation names grown from head nouns (:mod:`rasd.analyse.orgs`)
  and gazetteer places (:mod:`rasd.analyse.countries`);
- include a first name the tagger left out wherever the rest was written
  (``شي`` + ``جين بينغ``) and every other occurrence of a known name.

Overlaps are resolved by priority: organisation rules, then tagger spans,
then gazetteer places; a propagated known name replaces shorter mentions it
contains.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.analyse.countries import Place, demonym_country, gazetteer
from rasd.analyse.entity_tokens import Tok, skip_letters
from rasd.analyse.orgs import org_hits
from rasd.analyse.roles import ROLE_PREPS
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import ORG_HEAD_STEMS, TITLE_STEMS, strip_marks

TYPES = ("PER", "ORG", "LOC", "MISC")
_PATRONYMIC = {"بن", "ابن", "بنت"}
_LINKS = {normalize(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "أبي", "عبد", "أم", "ولد", "بو")}
_ORDINALS = {normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الابن", "الأب")}
_HAMZA_WAW = set("أإآؤو")
_TANWEEN = "\u064b\u064c\u064d"  # ً ٌ ٍ: a word with tanween is indefinite, not a name
_PRAYER = {normalize(w) for w in ("صلاة", "بعد", "قبل", "وقت", "أذان", "صلاتي")}  # "صلاة المغرب"


@dataclass(slots=True)
class Cand:
    """A mention over tokens ``first..last``; ``start`` may skip a proclitic of ``toks[first]``."""

    first: int
    last: int
    start: int
    end: int
    type: str
    source: str  # tagger | rule | gaz | prop
    name: str = ""
    key: tuple[str, ...] = ()
    aliases: list[str] = field(default_factory=list)
    country: str | None = None


def _restored(t: Tok, stem: str, k: int) -> bool:
    """Is ``stem`` the ل+ل form of ``t`` with the article's alef put back (للأمم → الامم)?"""
    return bool(k) and stem.startswith("ال") and not t.norm[k:].startswith("ا")


def _finish(text: str, c: Cand, restore_al: bool = False) -> Cand:
    words = text[c.start:c.end].split()
    if restore_al and words:
        words[0] = "ا" + words[0]
    c.name = " ".join(w.strip("\"'«»“”") for w in words).strip()
    c.key = tuple(normalize(c.name).split())
    return c


def common_words() -> frozenset[str]:
    """Words the NER training data mostly has outside names (none when the NER package is absent)."""
    try:
        from rasd.analyse.ner.tagger import common_words as tagger_common
    except ImportError:
        return frozenset()
    return tagger_common()


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Normalized first names from the NER package's gazetteer (akhateeb lists, MIT), if it ships one."""
    try:
        from rasd.analyse.ner.tagger import GAZETTEER_FILE, model_dir

        lines = (model_dir() / GAZETTEER_FILE).read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError, AttributeError):
        return frozenset()
    out = set()
    for line in lines:
        word, _, flags = line.partition("\t")
        if "FN" in flags.split(",") and not line.startswith("#"):
            out.add(word)
    return frozenset(out)


# -- lookups built once per article ---------------------------------------------

@dataclass
class _Ctx:
    text: str
    toks: list[Tok]
    attested: set[str]
    first_names: frozenset[str]
    gaz_first: dict[str, list[tuple[tuple[str, ...], Place]]]
    common: frozenset[str] = frozenset()  # words mostly outside names in the NER training data


def _gaz_first() -> dict[str, list[tuple[tuple[str, ...], Place]]]:
    out: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
    for key, place in gazetteer().items():
        out.setdefault(key[0], []).append((key, place))
    for v in out.values():
        v.sort(key=lambda kp: -len(kp[0]))
    return out


_GAZ_FIRST: dict[str, list[tuple[tuple[str, ...], Place]]] | None = None


def _context(text: str, toks: list[Tok]) -> _Ctx:
    global _GAZ_FIRST
    if _GAZ_FIRST is None:
        _GAZ_FIRST = _gaz_first()
    attested = {t.norm for t in toks if t.word and len(t.norm) >= 3}
    return _Ctx(text, toks, attested, first_names(), _GAZ_FIRST, common_words())


def _lexical(stem: str) -> bool:
    bare = stem[2:] if stem.startswith("ال") else stem
    return bare in TITLE_STEMS or bare in ORG_HEAD_STEMS or demonym_country(stem) is not None


def _strip_start(ctx: _Ctx, i: int, etype: str) -> tuple[int, bool]:
    """Where a mention starting at token ``i`` really starts: (offset, the لل-article was elided)."""
    t = ctx.toks[i]
    if etype == "PER" and t.norm in ctx.first_names:
        return t.start, False  # وليد، وائل: the و is the name's own
    for stem, off, k in t.forms[1:]:
        prefix = t.norm[:k]
        restored = stem.startswith("ا") and not t.norm[k:].startswith("ا")
        if stem.startswith("ال") and len(stem) >= 5:
            return off, restored
        conj = prefix in ("و", "ف")
        if conj and ctx.text[off:off + 1] in _HAMZA_WAW:
            return off, False
        if (conj or etype != "PER") and stem in ctx.attested:
            return off, False
        if _lexical(stem) or stem in ctx.gaz_first or (etype == "PER" and stem in ctx.first_names):
            return off, False
    return t.start, False


def _elided_article(ctx: _Ctx, t: Tok, start: int) -> bool:
    """Does the word read ل + the article with its alef elided from ``start`` (للأمم → لأمم)?"""
    prefix = normalize(ctx.text[t.start:start])
    rest = normalize(ctx.text[start:t.end])
    if not prefix.endswith("ل") or not rest.startswith("ل") or rest.startswith("ال") or len(rest) < 4:
        return False
    return rest not in ctx.gaz_first and rest not in ctx.attested


def _tagger_cands(ctx: _Ctx, raw: list[tuple[int, int, str]]) -> list[Cand]:
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


def _clean(ctx: _Ctx, i: int, j: int, s: int, typ: str) -> Cand | None:
    toks = ctx.toks
    while i <= j and not toks[i].word and toks[i].kind != "number":
        i += 1
    while j >= i and not toks[j].word and toks[j].kind != "number":
        j -= 1
    while i < j and toks[i].stop:  # "اليوم الزهراني", "الزهراني اليوم": time and function words are outside
        i += 1
    while j > i and toks[j].stop:
        j -= 1
    if typ == "PER":  # titles and demonyms are roles, not names
        while i < j and (toks[i].title() or toks[i].demonym() or toks[i].counterpart() is not None):
            i += 1
        while j > i and any(k and st.startswith("ال") and toks[j].norm[0] in "بلك" for st, _o, k in toks[j].forms):
            j -= 1  # "فهد الصناعي بالجبيل": a prepositional phrase is not part of a name
        # a name cut before a patronymic: "الدكتور تركي | بن سعود"
        left = toks[i - 1] if i > 0 else None
        if toks[i].norm in _PATRONYMIC and left is not None and left.word and left.line == toks[i].line \
                and not left.stop and not left.title() \
                and (left.norm in ctx.first_names or left.norm[0] not in "وفبلك"):
            i -= 1
            s = toks[i].start
        # a name cut after a linking word: "سلمان بن عبدالعزيز آل | سعود"
        if toks[j].norm in _LINKS and j + 1 < len(toks) and toks[j + 1].word and toks[j + 1].line == toks[j].line \
                and not toks[j + 1].stop:
            j += 1
    if typ == "PER" and i < j and toks[i].org_head() and not toks[i].definite and not toks[i].title():
        typ = "ORG"  # "نادي الهلال" is a club, whatever the tagger says
    if i > j:
        return None
    if i == j and (toks[i].stop or toks[i].title() or toks[i].kind == "number" or toks[i].norm in _ORDINALS):
        return None
    t = toks[i]
    if t.start < s < t.end:  # the tagger already left a proclitic out
        start, restore = s, _elided_article(ctx, t, s)
    else:
        start, restore = _strip_start(ctx, i, typ)
    return _finish(ctx.text, Cand(i, j, start, toks[j].end, typ, "tagger"), restore)


def _gaz_cands(ctx: _Ctx) -> list[Cand]:
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
            if stem == "المغرب" and i > 0 and toks[i - 1].norm in _PRAYER:
                break
            end, place = hit
            if place.name.endswith("ة") != strip_marks(toks[end].text).endswith("ة"):
                break  # normalization folds ة into ه: وجده "he found it" is not جدة
            typ = "ORG" if place.name and place.kind == "org" else "LOC"
            c = Cand(i, end, off, toks[end].end, typ, "gaz",
                     country=place.alpha2 if place.kind == "country" else None)
            out.append(_finish(ctx.text, c, _restored(t, stem, k)))
            break
    return out


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


def _extend_first_names(ctx: _Ctx, cands: list[Cand]) -> None:
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
        if not common:
            continue
        stem = max(common, key=len)
        for c in group:
            t = toks[c.first - 1]
            off = next(o for s, o, _k in t.forms if s == stem)
            c.first -= 1
            c.start = off
            _finish(ctx.text, c)


def _plain_name(words: list[Tok], common: frozenset[str]) -> bool:
    """Could these words be an unknown person's name? Conservative: what looks like a verb,
    a preposition phrase, a plural or an indefinite noun is not (ينقل تحيات، بمحافظة الأحساء،
    ظلوا يتصدرون، وفداً رفيعاً)."""
    if words[0].norm[:1] in "وبلفكيت":
        return False  # a proclitic or an imperfect-verb prefix opens it
    if words[0].norm in common:
        return False  # a first name is rarely a common word; a family name may be one (نبيل العربي)
    for w in words:
        n = w.norm
        if any(ch in _TANWEEN for ch in w.text) or n.endswith(("وا", "ون")):
            return False
        if w is not words[0] and n[:1] == "و":
            return False  # a conjunct: "دعمه وترحيبه"
    return True


def _titled_names(ctx: _Ctx, cands: list[Cand]) -> list[Cand]:
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
        if used[i] or not t.word or not t.title() or t.counterpart() is not None or t.org_head():
            i += 1
            continue
        j = i + 1  # past the rest of the title phrase: الرئيس [الروسي], وزير [الخارجية السعودي]
        while j < len(toks) and j - i < 10 and toks[j].line == t.line:
            tj, at = toks[j], starts.get(j)
            if at is not None and at.type in ("ORG", "LOC") and j > i + 1 or (
                    at is not None and at.type == "ORG" and tj.norm[:1] == "ل"):
                j = at.last + 1  # an organisation or place completing the role: للأمم المتحدة
                continue
            nxt = starts.get(j + 1)
            if tj.norm in ROLE_PREPS and nxt is not None and nxt.type == "LOC":
                j = nxt.last + 1  # "المنسقة الخاصة للأمم المتحدة [في لبنان]"، "المبعوث الأممي [إلى اليمن]"
                continue
            if not tj.word or used[j] or tj.stop or not (tj.definite or tj.title() or tj.demonym()):
                break
            j += 1
        k = j
        while k < len(toks) and k - j < 5 and toks[k].line == t.line and toks[k].word and not used[k]:
            w = toks[k]
            if w.stop or w.title() or w.org_head() or w.demonym() or w.conj() or w.pronoun_suffix \
                    or w.counterpart() is not None:  # "… سامح شكري نظيره الروسي"
                break
            if w.definite:
                if k == j:
                    break
                k += 1  # a family name with the article ends the name: بشار الأسد
                break
            k += 1
        if toks[k - 1].norm in _LINKS if k > j else False:
            k -= 1
        if k > j:
            words = [w.norm for w in toks[j:k]]
            # A full role (title + complement or demonym: وزير الخارجية المصري) followed by two or
            # more plain words is how news introduces a person: "… سامح شكري".
            full_role = j - i >= 2 and any(toks[m].demonym() or toks[m].definite for m in range(i + 1, j))
            plain = 2 <= len(words) <= 4 and _plain_name(toks[j:k], ctx.common)
            if words[0] in ctx.first_names or per_words & set(words) or (full_role and plain):
                c = _finish(ctx.text, Cand(j, k - 1, toks[j].start, toks[k - 1].end, "PER", "rule"))
                out.append(c)
                for m in range(j, k):
                    used[m] = True
        i = max(i + 1, k)
    return out


def _propagate(ctx: _Ctx, cands: list[Cand]) -> list[Cand]:
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
            if (len(c.key) >= 2 and len(c.key[-1]) >= 3 and not _PATRONYMIC & set(c.key) and not last.stop
                    and split_ok and c.start == toks[c.first].start
                    and not last.title() and not last.demonym() and c.key[-1] not in _ORDINALS):
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
                found.append(_finish(ctx.text, Cand(i, end, off, toks[end].end, forms[key], "prop"),
                                     _restored(t, stem, k)))
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


def _split_coordinated(ctx: _Ctx, cands: list[Cand]) -> list[Cand]:
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
        if cut is None:
            out.append(c)
            continue
        a = _finish(ctx.text, Cand(c.first, cut - 1, c.start, toks[cut - 1].end, "PER", c.source))
        b = _finish(ctx.text, Cand(cut, c.last, skip_letters(ctx.text, toks[cut].start, 1), c.end, "PER", c.source))
        out += [a, b]
    return out


def _titled_org_is_person(ctx: _Ctx, cands: list[Cand]) -> None:
    """A tagger "organisation" after a role phrase is the role holder's name.

    ``رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون``: a span of plain words (no head
    noun, no article, no demonym) right after the role's organisation or place, with a
    person title opening the phrase on the same line and no punctuation between, is a person.
    """
    toks = ctx.toks
    ends = {c.last: c for c in cands}
    for c in cands:
        if c.type != "ORG" or c.source != "tagger" or not 2 <= c.last - c.first + 1 <= 3:
            continue
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


def repair_spans(text: str, toks: list[Tok], raw: list[tuple[int, int, str]]) -> list[Cand]:
    """Clean entity mentions from tagger spans plus rules (see the module docstring)."""
    ctx = _context(text, toks)
    tagger = _resolve(sorted(_tagger_cands(ctx, raw), key=lambda c: (c.first, -(c.last - c.first))), len(toks))
    tagger = _split_coordinated(ctx, tagger)
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
    for h in org_hits(toks, tagged, span_last, place_last, person_last):
        c = Cand(h.first, h.last, h.start, toks[h.last].end, "ORG", "rule", country=h.country)
        restore = any(s.startswith("ال") and o == h.start and k and not toks[h.first].norm[k:].startswith("ا")
                      for s, o, k in toks[h.first].forms)
        _finish(text, c, restore)
        if h.quoted and h.head_text and normalize(h.head_text) not in {"صحيفه", "وكاله", "قناه", "مجله",
                                                                         "اذاعه", "شبكه", "موقع", "تلفزيون"}:
            c.aliases.append(f"{h.head_text} {c.name}")
        orgs.append(c)
    # A place the tagger typed otherwise is still a place when the gazetteer knows the exact span.
    gaz_at = {(c.first, c.last): c for c in gaz}
    for c in tagger:
        g = gaz_at.get((c.first, c.last))
        if g is not None:
            c.type, c.country = g.type, g.country
    # A known organisation's full name (gazetteer) competes with the rule names by length, so it beats
    # a shorter rule or tagger span inside it and loses to a longer name around it.
    known_orgs = [c for c in gaz if c.type == "ORG" and c.last > c.first]
    ordered = (sorted(known_orgs + orgs, key=lambda c: -(c.last - c.first)) + tagger
               + sorted((c for c in gaz if not (c.type == "ORG" and c.last > c.first)),
                        key=lambda c: -(c.last - c.first)))
    cands = _resolve(ordered, len(toks))
    _titled_org_is_person(ctx, cands)
    _extend_first_names(ctx, cands)
    cands += _titled_names(ctx, cands)
    cands = _propagate(ctx, cands)
    return sorted((c for c in cands if c.key), key=lambda c: c.start)

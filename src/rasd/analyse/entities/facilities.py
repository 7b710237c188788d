"""Named facilities and landforms: a head noun and the name after it are one place.

Pure. :func:`facility_cands` proposes ``مطار الحديدة الدولي``، ``معبر نصيب``، ``حي التواهي``، ``فندق
كليفيدين`` (the name word read by corpus frequency, :func:`_rare`); :func:`landform_names` joins a
landform written with its head to the same place written bare (``نهر النيل`` = ``النيل``). Split from
:mod:`rasd.analyse.entities.places`, which keeps the towns, datelines and compass names.
"""

from __future__ import annotations

from rasd.analyse.entities.cands import Cand, Ctx, finish, proclitic_word, rare_word
from rasd.analyse.entities.countries import gazetteer
from rasd.analyse.entities.places import _CLITICS, _PLACE_NOUNS, known_place
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

# Head nouns of named facilities and landforms: the head and the name after it are one place
# (مطار الحديدة الدولي، معبر نصيب، سجن ذهبان، هضبة الجولان، بركان فويغو).
_FACILITY_HEADS = frozenset(normalize(w) for w in (
    "مطار", "معبر", "سجن", "ميناء", "مرفأ", "جسر", "ساحة", "ميدان", "هضبة", "جبل", "بركان", "نهر", "بحيرة",
    "جزيرة", "شارع", "حائط", "مسجد", "قلعة", "سد", "قاعدة", "برج", "فندق", "قصر", "جادة", "حي", "مخيم", "مضيق",
))
# heads after which an unknown word is a name (not "ساحة انتظار"، "قاعدة معجبين")
_NAMING_HEADS = frozenset(normalize(w) for w in (
    "مطار", "معبر", "سجن", "ميناء", "جبل", "بركان", "نهر", "جزيرة", "بحيرة", "هضبة", "برج", "فندق", "جادة",
    "مخيم", "مضيق"))
# Heads whose other reading is a frequent noun of ordinary phrases (قصر "shortness": قصر المدة، قصر النظر;
# جادة "the right path": جادة الصواب): a definite word after them with no tagger span is a name only below
# Zipf 4 (قصر الإليزيه 2.0; المدة، الصواب 4.0, النظر 5.0). On 3,000 unannotated pages a rarity test on the
# other new heads lost more right places than wrong ones (برج ترامب، مخيم العودة، حي التضامن against برج
# المراقبة), so they keep the nisba and plural tests alone.
_PLAIN_NOUN_HEADS = frozenset(normalize(w) for w in ("قصر", "جادة"))
_PLAIN_BELOW = 4.0
_FACILITY_ADJ = frozenset(normalize(w) for w in ("الدولي", "الدولية", "الجوية", "الجوي", "البحري", "البحرية"))


def _rare(norm: str, unseen: bool = False, below: float = 3.0) -> bool:
    """A word general Arabic text hardly uses (wordfreq Zipf below 3, or unseen): a name, whatever its
    ending, where a nisba adjective or a plural of that shape would be frequent (التواهي 2.5 against
    الشرقي 4.5, اللاجئين 3.5). ``unseen``: only a word the table lacks (كيلاويا، دوراليه), for endings
    that rare adjectives share (an accusative ا: مزدهرا 2.5). False when no word table can be read."""
    return rare_word(norm, below, unseen_only=unseen)


def _facility_head_start(t) -> int:  # noqa: ANN001 - a Tok
    """Offset of ``شبه`` in ``t`` (``وشبه`` → past the و)."""
    return t.start + (1 if t.norm == "وشبه" else 0)


def _facility_head(t) -> int | None:  # noqa: ANN001 - a Tok
    """Offset where the facility head starts in ``t`` (after a clitic or the article), else None."""
    for stem, off, k in t.forms:
        bare = stem.removeprefix("ال")
        if bare in _FACILITY_HEADS and (not k or t.norm[:k] in _CLITICS):
            return off
    return None


def _bare_head(t) -> str | None:  # noqa: ANN001 - a Tok
    """The facility head in ``t`` without clitics or the article (``وبقصر`` → ``قصر``), else None."""
    for stem, _off, k in t.forms:
        bare = stem.removeprefix("ال")
        if bare in _FACILITY_HEADS and (not k or t.norm[:k] in _CLITICS):
            return bare
    return None


def facility_cands(ctx: Ctx, known: list[Cand]) -> list[Cand]:
    """Places named by a facility head and a name: the head, then a name the tagger or the gazetteer
    found (``مطار [الحديدة] الدولي``، ``معبر [جابر]`` even when tagged a person), or, after an
    indefinite head, one word that no word list knows (``سجن ذهبان``، ``معبر نصيب``) or a definite
    word that is no nisba adjective or plural (``هضبة الجولان``، ``حائط المبكى``; not ``الساحة السياسية``,
    ``بالسجن المؤبد``). A tagger MISC or PER span that opens with such a head is a place too
    (``المسجد الأقصى``، ``وبركان فويغو``). Whether the word after the head is a name is read by corpus
    frequency too (:func:`_rare`): a nisba or plural ending on a word general text hardly uses is a name
    (``حي التواهي``، ``فندق كليفيدين``), a frequent word in ي is a verb (``فندق يطل``), and a first letter
    is a proclitic only as :func:`proclitic_word` reads it (``جادة فينش``). A head after ``شبه`` takes it
    in (``شبه جزيرة القرم``). Returns LOC candidates; the caller resolves overlaps."""
    toks = ctx.toks
    at = {c.first: c for c in known}
    out: list[Cand] = []
    for c in known:
        head = _facility_head(toks[c.first])
        if c.type in ("MISC", "PER") and c.last > c.first and head is not None:
            out.append(finish(ctx.text, Cand(c.first, c.last, head, c.end, "LOC", "rule")))  # وبركان فويغو
    for i, t in enumerate(toks[:-1]):
        off = _facility_head(t) if t.word else None
        if off is None or i in at:
            continue
        nxt = toks[i + 1]
        if nxt.line != t.line or not nxt.word:
            continue
        span = at.get(i + 1)
        if span is not None and span.type in ("LOC", "PER", "MISC", "ORG"):
            last = span.last
        elif t.definite:
            continue
        elif nxt.definite:
            raw = strip_marks(nxt.text)  # as written: المبكى is no nisba though it normalizes to المبكي
            if _bare_head(t) in _PLAIN_NOUN_HEADS and not _rare(nxt.norm, below=_PLAIN_BELOW):
                continue  # "قصر [المدة]"، "جادة [الصواب]": the ordinary noun's construct, no place
            if nxt.stop or raw.endswith(("ي", "ية", "ين", "ون", "ات")) and not _rare(nxt.norm) or nxt.title() \
                    or nxt.org_head() or nxt.has_clitic and not nxt.bare_definite:
                continue  # a nisba adjective or a plural (ساحة الإرهابيين) is no name; a rare one is (حي التواهي)
            last = i + 1
        elif t.norm.removeprefix("ال") in _NAMING_HEADS and not (
                nxt.stop or nxt.norm in ctx.common or proclitic_word(nxt, ctx.first_names) or nxt.title()
                or nxt.org_head() or nxt.demonym() or len(nxt.norm) < 3 or nxt.kind != "word" or nxt.pronoun_suffix
                or nxt.norm.endswith(("يه", "ا", "ه")) and not _rare(nxt.norm, unseen=True)
                or nxt.norm.endswith(("ي", "ين", "ون", "ات")) and not _rare(nxt.norm)
                or nxt.norm.startswith("ي") and not _rare(nxt.norm)):
            # an unknown word that has no adjective's ending (معبر نصيب، سجن ذهبان), or a nisba or plural
            # ending on a word general text hardly uses (فندق كليفيدين); its first letter is a proclitic only
            # by corpus frequency (جادة فينش); a frequent word in ي is an imperfect verb (فندق يطل على)
            last = i + 1
        else:
            continue
        if last + 1 < len(toks) and toks[last + 1].line == t.line and toks[last + 1].norm in _FACILITY_ADJ:
            last += 1
        restore = any(s.startswith("ال") and o == off and k and not t.norm[k:].startswith("ا") for s, o, k in t.forms)
        first = i
        if i and toks[i - 1].line == t.line and toks[i - 1].norm.removeprefix("و") == "شبه":
            first, off = i - 1, _facility_head_start(toks[i - 1])  # شبه جزيرة كيرتش: the head is شبه جزيرة
            restore = False
        out.append(finish(ctx.text, Cand(first, last, off, toks[last].end, "LOC", "rule"), restore))
    return out


# Heads of natural features: the feature is named with or without them (نهر النيل = النيل، هضبة الجولان =
# الجولان); a building or a camp is not its town (مطار الحديدة، مخيم اليرموك).
_LANDFORM_HEADS = frozenset(normalize(w) for w in (
    "نهر", "بحيرة", "جبل", "جزيرة", "مضيق", "هضبة", "بركان", "شبه"))
# a river, lake, mountain, strait or plateau may be named after another place (نهر الكونغو، جبل لبنان، مضيق فلوريدا)
_NAMED_AFTER_PLACES = frozenset(normalize(w) for w in ("نهر", "بحيرة", "جبل", "مضيق", "هضبة"))


def landform_names(ctx: Ctx, cands: list[Cand]) -> None:
    """A landform written with its head (``نهر النيل``، ``شبه جزيرة القرم``) where the article also names the
    same place bare (``النيل``) is one place: the mention takes the bare name's key, so the grouping joins
    both, and the long form stays its name. A river, lake or mountain is often named after another place
    (``نهر الكونغو``، ``نهر أوهايو``): not joined when the bare name is a gazetteer place, follows a division
    noun somewhere (``ولاية أوهايو``) or opens a longer place name (``الكونغو الديمقراطية``)."""
    toks = ctx.toks
    locs = [c for c in cands if c.type == "LOC" and c.key]
    bare = {c.key for c in locs}
    other_place = {c.key[:n] for c in locs for n in range(1, len(c.key))} | {
        c.key for c in locs if c.first > 0 and c.start == toks[c.first].start
        and any(stem in _PLACE_NOUNS for stem, _o, _k in toks[c.first - 1].forms)}
    for c in locs:
        if len(c.key) < 2:
            continue
        k = 0
        while k < len(c.key) - 1 and c.key[k] in _LANDFORM_HEADS:
            k += 1
        rest = c.key[k:]
        if not k or rest not in bare:
            continue
        if c.key[0] in _NAMED_AFTER_PLACES and (rest in other_place or gazetteer().get(rest) is not None
                                                 or known_place(rest)):
            continue
        c.key = rest


# Place nouns after which a tagger "person" is the place's name; not ولاية (also a term of office: ولاية
# أوباما), عاصمة (عاصمة ماكرون السياسية) nor مقاطعة (also a boycott: مقاطعة ترامب وشركاته)
_NAMING_PLACE = frozenset(normalize(w) for w in (
    "مدينة", "بلدة", "قرية", "منطقة", "محافظة", "إقليم", "ضاحية", "حي"))


def placed_person_is_place(ctx: Ctx, cands: list[Cand]) -> None:
    """A tagger person span right after a place noun (``ومنطقة [شيرانت ماريتيم]``، ``بلدة [كفر نبل]``) is
    the place's name, unless it opens with a known first name (``حي محمد …`` may be a street's person) or
    the same words are a person elsewhere in the article (the place noun then has another sense)."""
    toks = ctx.toks
    elsewhere: dict[tuple[str, ...], int] = {}
    for c in cands:
        if c.type == "PER":
            elsewhere[c.key] = elsewhere.get(c.key, 0) + 1
    for c in cands:
        if elsewhere.get(c.key, 0) > 1:
            continue
        if c.type != "PER" or c.source != "tagger" or c.first == 0 or c.last - c.first > 2 \
                or c.start != toks[c.first].start:
            continue
        p = toks[c.first - 1]
        if p.line != toks[c.first].line or not p.word or toks[c.first].norm in ctx.first_names:
            continue
        if any(stem in _NAMING_PLACE and (not k or p.norm[:k] in _CLITICS) for stem, _o, k in p.forms):
            c.type = "LOC"

"""Entity mention candidates and what the span rules share (pure).

:class:`Cand` is a mention over tokens with its name and key; :func:`finish`
fills those from the text. :class:`Ctx` holds one article's lookups (tokens,
attested words, first names, common words, the place gazetteer by first word),
built by :func:`context`. Used by :mod:`rasd.analyse.entities.spans` and
:mod:`rasd.analyse.entities.names`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.analyse.entities.countries import Place, gazetteer
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import strip_marks

TYPES = ("PER", "ORG", "LOC", "MISC")
PATRONYMIC = {"بن", "ابن", "بنت"}
LINKS = {normalize(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "أبي", "عبد", "أم", "ولد", "بو")}
ORDINALS = {normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الابن", "الأب")}
HAMZA_WAW = set("أإآؤو")
TANWEEN = "\u064b\u064c\u064d"  # ً ٌ ٍ: a word with tanween is indefinite, not a name
PRAYER = {normalize(w) for w in ("صلاة", "بعد", "قبل", "وقت", "أذان", "صلاتي")}  # "صلاة المغرب"


@dataclass(slots=True)
class Cand:
    """A mention over tokens ``first..last``; ``start`` may skip a proclitic of ``toks[first]``."""

    first: int
    last: int
    start: int
    end: int
    type: str
    source: str  # tagger | rule | gaz | prop | title
    name: str = ""
    key: tuple[str, ...] = ()
    aliases: list[str] = field(default_factory=list)
    country: str | None = None


def restored(t: Tok, stem: str, k: int) -> bool:
    """Is ``stem`` the ل+ل form of ``t`` with the article's alef put back (للأمم → الامم)?"""
    return bool(k) and stem.startswith("ال") and not t.norm[k:].startswith("ا")


def finish(text: str, c: Cand, restore_al: bool = False) -> Cand:
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


def word_zipf(norm: str) -> float | None:
    """How frequent a normalized word is in general Arabic text (its wordfreq Zipf bin, from the NER
    package's word table: :func:`rasd.analyse.ner.tagger.word_zipf`); None when the word is not in the
    table or the NER package is absent or cannot load."""
    reader = _zipf_reader()
    return None if reader is None else reader(norm)


def rare_word(norm: str, below: float = 3.0, unseen_only: bool = False) -> bool:
    """Does general Arabic text hardly use the normalized word: unseen by the word table, or (unless
    ``unseen_only``) of a Zipf below ``below``? False when no word table can be read (nothing is then
    known to be rare). The one rarity test of the span rules (facility names, name words, family names)."""
    if word_zipf("في") is None:
        return False
    z = word_zipf(norm)
    return z is None or (not unseen_only and z < below)


@lru_cache(maxsize=1)
def _zipf_reader() -> Callable[[str], float | None] | None:
    try:
        from rasd.analyse.ner.tagger import word_zipf as tagger_zipf
    except ImportError:
        return None
    return tagger_zipf


# Attached pronouns: a preposition or conjunction on one of them (بها، لهم، فيه) is a function word.
_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي"))


def proclitic_word(t: Tok, first: frozenset[str] | set[str],
                   zipf: Callable[[str], float | None] | None = None) -> bool:
    """Does a word that opens with و، ف، ب، ل or ك read as that proclitic on another word, so that it is
    no name word (``بالقول``، ``لباريس``، ``وطالب``، ``بها``)? Many names open with the same letters
    (``بنيامين``، ``بوتين``، ``واتس``، ``فيصل``), so the letter alone decides nothing. Read by corpus
    frequency (``zipf``, by default :func:`word_zipf`: a word's Zipf frequency in general text, None when
    unseen): the letter is a proclitic when the rest is a word of general text (Zipf >= 2) at least as
    frequent as the whole (``باريس`` 4.5 against ``لباريس`` 3, ``رفقة`` as frequent as ``برفقة``; but
    ``نيامين`` is no word and ``وتين`` is 2 against ``بوتين`` 4), when the rest is definite (``ب+القول``)
    or an attached pronoun (``ب+ها``), or when the whole is a stop word or ends in a pronoun suffix. A
    known first name (``first``) is never read so."""
    if not t.word or t.norm[:1] not in "وفبلك" or t.norm in first:
        return False
    if t.stop or t.pronoun_suffix:
        return True
    zipf = zipf or word_zipf
    whole = zipf(t.norm) or 0.0
    for stem, _off, _k in t.forms[1:]:
        if (stem.startswith("ال") and len(stem) > 3) or stem in _PRONOUNS:
            return True
        z = zipf(stem)
        if z is not None and z >= 2.0 and z >= whole:
            return True
    return False


# Attached possessive pronouns, longest first; a bare ه only where the text writes ه, not ة (حمزة).
_POSSESSIVES = ("هما", "هن", "ها", "هم", "كم", "نا", "ه")


def possessed_word(t: Tok, first: frozenset[str] | set[str], zipf: Callable[[str], float | None] | None = None,
                   bare_ha: bool = True) -> bool:
    """Is ``t`` a noun carrying a possessive pronoun (``خارجيته``، ``عشقها``), so no word of a name? Read
    by corpus frequency (``zipf``, by default :func:`word_zipf`): the word less its pronoun (``ت`` given
    back its ``ة``: ``خارجيت`` → ``خارجية``) is a word of general text (Zipf >= 3) at least as frequent as
    the whole. A known first name (``نبيه``) never is; ``bare_ha=False`` leaves out the pronoun ``ه``
    alone, which many surnames end in (``عبده``). A word the NER package's gazetteer lists as a family
    name or a person's name word (:func:`listed_name_word`: ``عبده``, ``وهبه``) never is either."""
    if not t.word or t.definite or t.norm in first or listed_name_word(t.norm):
        return False
    zipf = zipf or word_zipf
    raw = strip_marks(t.text)
    for suf in _POSSESSIVES:
        if not t.norm.endswith(suf) or len(t.norm) - len(suf) < 3:
            continue
        if suf == "ه" and (not bare_ha or not raw.endswith("ه")):
            return False
        stem = t.norm[:-len(suf)]
        whole = zipf(t.norm) or 0.0
        for form in (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,):
            z = zipf(form)
            if z is not None and z >= 3.0 and z >= whole:
                return True
        return False
    return False


# Flags of the NER package's gazetteer (rasd/data/ner/MODEL_CARD.md) for a family name and a Wikipedia
# person's name word.
_SURNAME_FLAGS = frozenset(("LN", "WPER"))


@lru_cache(maxsize=8192)
def listed_name_word(word: str) -> bool:
    """Does the NER package's gazetteer list the normalized ``word`` as a family name or a person's name
    word? False when the NER model cannot load."""
    try:
        from rasd.analyse.ner.tagger import ModelError, _model
    except ImportError:
        return False
    try:
        return not _SURNAME_FLAGS.isdisjoint(_model().featurizer.resources.gazetteer.get(word, ()))
    except (ModelError, AttributeError):
        return False


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Normalized one-word first names: the NER package's gazetteer (akhateeb lists, MIT), if it ships
    one, and ``rasd/data/names/first_names.tsv`` (akhateeb + faker's Arabic names, MIT), which holds the
    common names the akhateeb lists lack (إبراهيم، يوسف)."""
    return _tagger_first_names() | _listed_first_names()


@lru_cache(maxsize=1)
def _listed_first_names() -> frozenset[str]:
    from importlib import resources

    try:
        lines = (resources.files("rasd") / "data" / "names" / "first_names.tsv").read_text(
            encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(ln.split("\t", 1)[0] for ln in lines if ln and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _tagger_first_names() -> frozenset[str]:
    """The first names of the NER package's gazetteer alone (the akhateeb popular names)."""
    try:
        from rasd.analyse.ner.tagger import GAZETTEER_FILE, model_dir

        # the plain list the first-name flags were built from; the tagger's own file may be gzip
        path = model_dir() / "gazetteer.tsv"
        if not path.exists():
            path = model_dir() / GAZETTEER_FILE
        if path.suffix == ".gz":
            import gzip

            lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError, AttributeError, UnicodeDecodeError):
        return frozenset()
    out = set()
    for line in lines:
        word, _, flags = line.partition("\t")
        if "FN" in flags.split(",") and not line.startswith("#"):
            out.add(word)
    return frozenset(out)


# -- lookups built once per article ---------------------------------------------

@dataclass
class Ctx:
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


def context(text: str, toks: list[Tok]) -> Ctx:
    global _GAZ_FIRST
    if _GAZ_FIRST is None:
        _GAZ_FIRST = _gaz_first()
    attested = {t.norm for t in toks if t.word and len(t.norm) >= 3}
    return Ctx(text, toks, attested, first_names(), _GAZ_FIRST, common_words())

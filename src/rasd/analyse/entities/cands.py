"""Entity mention candidates and what the span rules share (pure).

:class:`Cand` is a mention over tokens with its name and key; :func:`finish`
fills those from the text. :class:`Ctx` holds one article's lookups (tokens,
attested words, first names, common words, the place gazetteer by first word),
built by :func:`context`. Used by :mod:`rasd.analyse.entities.spans` and
:mod:`rasd.analyse.entities.names`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.analyse.entities.countries import Place, gazetteer
from rasd.analyse.entities.tokens import Tok
from rasd.arabic.normalize import normalize

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

"""Agreement features of entities and role phrases: gender, country and title stems.

Pure lookups; used by the role-phrase resolver of this package and by the quotes
layer to check that a continuation cue (``وأضافت``، ``مضيفا``) agrees with the
speaker it continues.

Gender comes from three kinds of evidence, strongest first: a title in the
feminine among the person's roles (``المندوبة``، ``رئيسة``، ``وزيرة``), the first
name (a name list, see :func:`first_name_gender`), and for organisations the
grammatical gender of the head noun (``وكالة``/``الحكومة`` feminine,
``المجلس``/``الجيش`` masculine). Places are feminine (``قالت روسيا``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rasd.analyse.entities.countries import demonym_country
from rasd.arabic.normalize import normalize
from rasd.arabic.titles import ORG_HEAD_STEMS, TITLE_STEMS, strip_marks
from rasd.record import Entity

# Titles that fit any office: "المسؤول الأممي" may be the head of an expert panel.
GENERIC_TITLES = frozenset(normalize(w) for w in ("مسؤول", "مسؤولة", "ممثل", "ممثلة", "موفد", "موفدة"))
# Stems of a title in both genders share the masculine stem: مندوبة → مندوب.
HONORIFIC_ONLY = frozenset(normalize(w) for w in ("سيد", "سيدة", "شيخ", "دكتور", "د", "مهندس", "أستاذ"))


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """Normalized first name → M/F (akhateeb name lists, MIT; built by scripts/build_name_genders.py)."""
    try:
        path = resources.files("rasd") / "data" / "names" / "first_names.tsv"
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    return dict(line.split("\t", 1) for line in lines if "\t" in line and not line.startswith("#"))


def first_name_gender(name: str) -> str | None:
    """M/F when the first word of ``name`` is a known first name (محمد، فاطمة), else None."""
    words = normalize(name).split()
    return _first_name_genders().get(words[0]) if words else None


@lru_cache(maxsize=65536)  # pure; coreference asks it of every token of an article (≈200 calls per article)
def title_stem(word: str) -> tuple[str, str] | None:
    """(masculine title stem, gender) of a title word (``المندوبة`` → (مندوب, F)), else None."""
    w = normalize(word)
    for p in ("وال", "فال", "ولل", "وبال", "لل", "بال", "ال", "و", "ف", "ول", "ل", "وب", "ب"):  # لوزير …، برئيس الوزراء المجري، للوزير، بالرئيس
        # two letters after the article (القس), three after a bare conjunction (وزير is not و + زير)
        if w.startswith(p) and len(w) - len(p) >= (2 if p.endswith("ال") else 3) and w[len(p):] not in ("ن", ""):
            stem = w[len(p):]
            if stem in TITLE_STEMS or (stem.endswith("ه") and stem[:-1] in TITLE_STEMS):
                w = stem
                break
    if w.endswith("ه") and w[:-1] in TITLE_STEMS:
        # ة is the feminine; a written ه is a possessive pronoun on a masculine title (زعيمه لوران فوكييه)
        raw = strip_marks(word).rstrip()
        return w[:-1], ("M" if raw.endswith("ه") and not raw.endswith(("ته", "تها")) else "F")
    if w in TITLE_STEMS:
        return w, "M"
    return None


# Feminine forms that are also common nouns (محافظة "governorate", مساعدة "aid", أمينة a name):
# no evidence of a woman.
_AMBIGUOUS_FEMININE = frozenset(normalize(w) for w in ("محافظ", "مساعد", "أمين", "قائد", "عضو", "ممثل"))


def role_titles(roles: list[str]) -> list[tuple[str, str]]:
    """(stem, gender) of the first title word of each role (honorifics such as الشيخ skipped)."""
    from rasd.analyse.entities.roles import is_kin_noun

    out = []
    for role in roles:
        first = role.split()[:1]
        if first and is_kin_noun(normalize(first[0])) and title_stem(first[0]) is None:
            continue  # "ابنة الجاسوس الروسي السابق": the title is the relative's, not the person's
        for word in role.split()[:3]:
            if normalize(word).startswith(("لل", "بال", "ولل", "وبال")):
                break  # "مستشارا قانونيا [للرئيس] …": a title after a preposition is the principal's
            hit = title_stem(word)
            if hit and hit[0] not in HONORIFIC_ONLY:
                out.append(hit)
                break
    return out


def org_gender(name: str) -> str | None:
    """Grammatical gender of an organisation by its head noun (``وكالة`` F, ``مجلس`` M), else None."""
    words = normalize(name).split()
    if not words:
        return None
    head = words[0].removeprefix("ال")
    if head in ORG_HEAD_STEMS:
        return "F" if head.endswith("ه") else "M"
    return "F" if words[0].startswith("ال") and head.endswith("ه") else None  # الخارجية، الرئاسة


def entity_gender(ent: Entity) -> str | None:
    """M/F for an entity when the text or the name says it, else None (see the module docstring)."""
    if ent.type == "PER":
        titles = role_titles(ent.roles)
        if any(g == "F" and st not in _AMBIGUOUS_FEMININE for st, g in titles):
            return "F"
        named = first_name_gender(ent.name)
        if named:
            return named
        # a masculine office title (وزير الخارجية) is used for men; generic ones (مسؤول) say nothing
        return "M" if any(st not in GENERIC_TITLES and g == "M" for st, g in titles) else None
    if ent.type == "ORG":
        return org_gender(ent.name)
    if ent.type == "LOC":
        return "F"
    return None


def titled_woman(ent: Entity) -> bool:
    """Does the person hold a feminine title (وزيرة، المندوبة)? The strongest evidence of gender: it
    outweighs the article's verbs next to her name, which may have another subject (اقتراح رايس…)."""
    return ent.type == "PER" and any(g == "F" for _st, g in role_titles(ent.roles))


def entity_country(ent: Entity) -> str | None:
    """alpha2 of the country the entity belongs to (its record, or a demonym in a role)."""
    if ent.country:
        return ent.country.get("alpha2")
    for role in ent.roles:
        for w in role.split():
            code = demonym_country(normalize(w))
            if code:
                return code
    return None


def agrees(gender: str | None, ent: Entity) -> bool:
    """Can a word of ``gender`` (a verb, participle or title) refer to ``ent``?"""
    if gender is None:
        return True
    g = entity_gender(ent)
    return g is None or g == gender

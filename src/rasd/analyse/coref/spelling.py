"""One person (or organisation) spelt two ways in one article: ``سيرغي سكربيل`` and ``سيرغي سكريبل``.

Transliterated names are often written with a long vowel more or less, or one letter
off, within the same article. Two person entities are the same referent when their
names have the same number of words, all but one word equal (normalized), and that
word one edit apart (insertion, deletion or substitution of one letter, or two
neighbouring letters swapped) with both
spellings at least three letters long and the longer at least four. Names that
differ in a whole word (``إيفانكا ترامب`` / ``دونالد ترامب``) or in a known first name
(``أحمد``/``محمد``) are never joined. A bare family name one edit from a person's last
name, with the same first letter, or written with a space more or less (``لو دريان``، ``جان
إيف لودريان``), (``هيلي`` after ``نيكي هايلي``) is that person. Organisations are joined only when the
differing word has seven letters or more (``الديموقراطية``/``الديمقراطية``), so that ``حزب
العمال`` and ``حزب العمل`` stay two.
Pure: no I/O.
"""

from __future__ import annotations

from rasd.analyse.coref.features import first_name_gender
from rasd.arabic.normalize import normalize
from rasd.record import Entity


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` different and one insertion, deletion, substitution or swap of two
    neighbouring letters apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):  # one letter replaced, or two neighbours swapped (سكريبل، سكربيل)
        return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
                                          and a[i + 2:] == b[i + 2:])
    return a[i:] == b[i + 1:]


def _variant(x: list[str], y: list[str], etype: str = "PER") -> bool:
    if etype == "PER" and x != y and len(x) + len(y) > 2 and (
            "".join(x) == "".join(y) or (len(x) > 1 and "".join(x) == y[-1])
            or (len(y) > 1 and "".join(y) == x[-1])):
        return True  # "لو دريان" after "جان إيف لودريان": the same name with a space more or less
    if etype == "PER" and len(x) != len(y) and min(len(x), len(y)) == 1:
        # "هيلي" after "نيكي هايلي": a bare family name spelt another way
        short, full = (x, y) if len(x) == 1 else (y, x)
        a, b = short[0], full[-1]
        return min(len(a), len(b)) >= 4 and a[0] == b[0] and _one_edit(a, b) and not first_name_gender(a)
    if len(x) != len(y) or len(x) < 2:
        return False
    diff = [(a, b) for a, b in zip(x, y, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    if first_name_gender(a) and first_name_gender(b):
        return False  # أحمد فليفل and محمد فليفل: two known first names, two people (brothers)
    if etype != "PER":  # قوات سوريا الديموقراطية / الديمقراطية; not حزب العمال / حزب العمل
        return min(len(a), len(b)) >= 7 and _one_edit(a, b)
    return min(len(a), len(b)) >= 3 and max(len(a), len(b)) >= 4 and _one_edit(a, b)


def spelling_variants(entities: list[Entity], merge) -> list[Entity]:  # noqa: ANN001
    """The entities with each person spelt a second way merged into the first-mentioned spelling.

    ``merge(into, other)`` moves mentions, aliases and roles; returns the new list.
    """
    people = [e for e in entities if e.type in ("PER", "ORG")]
    gone: set[int] = set()
    for n, ent in enumerate(people):
        if id(ent) in gone:
            continue
        forms = [normalize(f).split() for f in (ent.name, *ent.aliases)]
        for other in people[n + 1:]:
            if id(other) in gone or other.type != ent.type:
                continue
            oforms = [normalize(f).split() for f in (other.name, *other.aliases)]
            if any(_variant(x, y, ent.type) for x in forms for y in oforms):
                first, second = sorted((ent, other), key=lambda e: min(m.start for m in e.mentions))
                merge(first, second)
                gone.add(id(second))
                if second is ent:
                    break
    return [e for e in entities if id(e) not in gone]

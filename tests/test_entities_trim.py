"""Person spans the tagger ran on into the next word (fake tagger; no shared data needed)."""

from __future__ import annotations

import re

from rasd.analyse import entities
from rasd.arabic.normalize import normalize
from rasd.record import Article


def _run(text: str, spans: list[tuple[str, str]]) -> list[str]:
    """The person names the entity layer finds in ``text`` when the tagger marks ``spans``."""
    return [name for name, typ in _all(text, spans) if typ == "PER"]


def _all(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    a = Article(title="", paragraphs=[text])
    a.build_text()

    def tag(t: str) -> list[tuple[int, int, str]]:
        out = []
        for surface, typ in spans:
            out += [(m.start(), m.end(), typ) for m in re.finditer(re.escape(surface), t)]
        return sorted(out)
    entities.annotate(a, tagger=tag)
    return [(normalize(e.name), e.type) for e in a.entities]


def test_letter_fragments_need_another_name_word() -> None:
    # a lone two-letter word cut from "سي.إن.إن" and a "person" of letters alone are no names;
    # a two-letter initial beside a longer name word stays
    text = "وقال تلفزيون سي.إن.إن ترك إن ثلاثة أصيبوا. واطلعت البي بي سي على نسخة منه. وقال إم إن تيواري إنه بخير."
    ents = _all(text, [("سي", "ORG"), ("بي سي", "PER"), ("إم إن تيواري", "PER")])
    names = [n for n, _ in ents]
    assert normalize("سي") not in names, ents
    assert normalize("بي سي") not in names, ents
    assert normalize("إم إن تيواري") in names, ents

"""The actor gazetteer (rasd.analyse.entities.actors): listed news actors the tagger does not know are
found by an exact match of their normalized words, fill the tagger's gaps, and fix a tagger span's
boundary or type only where the listed name has several words (fixed tagger, made-up sentences)."""

from __future__ import annotations

from entity_helpers import annotated
from rasd.analyse.entities.actors import actors
from rasd.arabic.normalize import normalize


def kinds(text: str, spans: list[tuple[str, str]] | None = None) -> set[tuple[str, str]]:
    return {(m.text, e.type) for e in annotated(text, spans).entities for m in e.mentions}


def test_table_loads_with_variants() -> None:
    table = actors()
    assert any(typ == "PER" for _k, typ, _w in table[normalize("أردوغان")])
    assert (normalize("تنظيم"), normalize("الدولة"), normalize("الإسلامية")) in {k for k, _t, _w in
                                                                           table[normalize("تنظيم")]}
    # a surname that is a common word never matches alone
    singles = {k for entries in table.values() for k, _t, _w in entries if len(k) == 1}
    assert (normalize("ماي"),) not in singles and (normalize("عباس"),) not in singles


def test_untagged_actors_are_found_with_proclitics() -> None:
    got = kinds("قال ترامب إن الخطة جيدة، ودعا أردوغان إلى الهدوء فيما التقى نتنياهو بمسؤولين.")
    assert {("ترامب", "PER"), ("أردوغان", "PER"), ("نتنياهو", "PER")} <= got


def test_one_word_name_does_not_override_the_tagger() -> None:
    # the tagger's own reading of a one-word name stands (it sees the context; the table does not)
    got = kinds("وصل بوتين إلى المدينة أمس.", [("بوتين", "LOC")])
    assert ("بوتين", "LOC") in got


def test_multiword_name_retypes_and_cuts_the_tagger_span() -> None:
    got = kinds("أعلنت قوات سوريا الديمقراطية السيطرة على القرية.", [("قوات سوريا الديمقراطية", "LOC")])
    assert ("قوات سوريا الديمقراطية", "ORG") in got
    # a tagger span that runs into a listed name stops before it
    got = kinds("وصرح سمير خليل لفرانس 24 بأنه سعيد.", [("سمير خليل لفرانس", "PER")])
    assert ("سمير خليل", "PER") in got and ("فرانس 24", "ORG") in got


def test_one_word_name_needs_a_conjunction_or_lam_not_bi() -> None:
    # بـ + a listed one-word name is left alone: such a form is mostly a common word with a preposition
    assert not any(t == "ORG" for _m, t in kinds("تحدث الرجل بتويتر طويلا."))
    assert ("تويتر", "ORG") in kinds("كتب الرجل على تويتر أمس.")

"""Document-level name memory: a definite word that is a reporting verb's subject twice is a person,
and a plain word before it where a subject's name begins is the first name (fake tagger)."""

from __future__ import annotations

from rasd.analyse import entities
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_entities import fake_tagger as tagger


def make(text: str) -> Article:
    a = Article(paragraphs=[text])
    a.build_text()
    return a


def people(art: Article) -> dict[str, list[str]]:
    return {normalize(e.name): [normalize(m.text) for m in e.mentions] for e in art.entities if e.type == "PER"}


def test_twice_a_speaker_is_a_person_with_the_first_name_before_it() -> None:
    art = make("أعلن مقتدى الصدر فوز كتلته في الانتخابات. وقال الصدر إن الحكومة المقبلة ستكون وطنية. "
               "وأكد الصدر رفضه للمحاصصة.")
    entities.annotate(art, tagger=tagger([]))
    got = people(art)
    assert normalize("مقتدى الصدر") in got
    assert got[normalize("مقتدى الصدر")].count(normalize("الصدر")) == 2


def test_once_a_speaker_is_not_enough() -> None:
    art = make("وقال الصدر إن الحكومة المقبلة ستكون وطنية.")
    entities.annotate(art, tagger=tagger([]))
    assert not people(art)


def test_feminine_or_indefinite_subjects_are_no_names() -> None:
    art = make("وقالت الحكومة إن الوضع صعب. وقالت الحكومة إنها ستعمل. وقال أتباع الحزب إنهم غاضبون. "
               "وقال أتباع آخرون إنهم سيحتجون.")
    entities.annotate(art, tagger=tagger([]))
    assert not people(art)

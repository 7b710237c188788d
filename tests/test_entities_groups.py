"""Plural group names without their singular in the article: general usage (the word-frequency
table of the NER model) says a nisba is a name when it is written with the article far more often
than without, in both numbers (fake tagger, no shared data)."""

from __future__ import annotations

import pytest

from rasd.analyse import entities
from rasd.analyse.entities.groups import _zipf, definite_name
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_entities import fake_tagger as tagger

needs_table = pytest.mark.skipif(_zipf(normalize("الحكومة")) is None, reason="NER word table absent")


def make(text: str) -> Article:
    a = Article(paragraphs=[text])
    a.build_text()
    return a


def group_of(art: Article, form: str):  # noqa: ANN201 - an Entity or None
    return next((e for e in art.entities if normalize(form) in {normalize(m.text) for m in e.mentions}), None)


@needs_table
def test_name_like_nisba_against_adjectives() -> None:
    assert definite_name(normalize("الحوثي"), normalize("الحوثيين"))
    assert definite_name(normalize("الحوثي"), normalize("الحوثيون"))
    for sing, plur in (("الجمهوري", "الجمهوريين"), ("الجهادي", "الجهاديين"), ("الانفصالي", "الانفصاليين"),
                       ("التلفزي", "التلفزيون")):
        assert not definite_name(normalize(sing), normalize(plur)), plur


@needs_table
def test_plural_group_without_its_singular_is_one_organisation() -> None:
    art = make("استهدفت ضربة جوية الحوثيين شمال البلاد. وقال الحوثيون إن الضربة قتلت مدنيين.")
    entities.annotate(art, tagger=tagger([]))
    e = group_of(art, "الحوثيين")
    assert e is not None and e.type == "ORG"
    assert normalize("الحوثيون") in {normalize(m.text) for m in e.mentions}  # both cases, one entity


@needs_table
def test_contracted_article_keeps_the_name() -> None:
    art = make("وجهت الحكومة رسالة للحوثيين أمس.")
    entities.annotate(art, tagger=tagger([]))
    assert any(e.type == "ORG" and normalize(e.name) == normalize("الحوثيين") for e in art.entities)


@needs_table
def test_adjective_used_as_a_noun_is_no_group() -> None:
    art = make("وقال الجمهوريون إن الانفصاليين هاجموا الجهاديين في الشمال.")
    entities.annotate(art, tagger=tagger([]))
    for form in ("الجمهوريون", "الانفصاليين", "الجهاديين"):
        assert group_of(art, form) is None, form

"""Coordination inside an organisation's name after a definite head: like words only (rules alone, no tagger)."""

from __future__ import annotations

from rasd.analyse import entities
from rasd.arabic.normalize import normalize
from rasd.record import Article


def _orgs(text: str) -> list[str]:
    a = Article(title="", paragraphs=[text])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [])
    return [normalize(e.name) for e in a.entities if e.type == "ORG"]


def test_two_nisba_adjectives_of_one_gender_are_one_name() -> None:
    orgs = _orgs("واستقال من عمله كمستشار للمركز المصري للحقوق الاقتصادية والاجتماعية، على خلفية الاتهامات.")
    assert normalize("المركز المصري للحقوق الاقتصادية والاجتماعية") in orgs, orgs


def test_two_nouns_of_a_complement_close_the_name() -> None:
    # the coordination closes a name with a definite head: the adjective after it describes the firm
    orgs = _orgs("وقالت الشركة المتحدة للصواريخ والفضاء الحكومية في بيان إنها ستطعن.")
    assert normalize("الشركة المتحدة للصواريخ والفضاء") in orgs, orgs


def test_a_participle_agreeing_with_the_head_follows_the_conjunct() -> None:
    orgs = _orgs("ووجه انتقادات الى حزب العدالة والتنمية الحاكم في تركيا.")
    assert normalize("حزب العدالة والتنمية") in orgs, orgs


def test_a_noun_after_an_adjective_or_a_disagreeing_word_is_a_new_phrase() -> None:
    assert not any("الحلفاء" in o for o in _orgs("وتقدمت القوات الروسية والحلفاء نحو المدينة."))
    assert not any("الحكومه" in o for o in _orgs("واجتمعت اللجنة الوطنية العليا والحكومة أمس."))
    # a nisba of a country is a demonym: "السورية والروسية" are two states, not one name
    assert not any("الروسيه" in o for o in _orgs("وقالت الحكومة السورية والروسية إن الاتفاق قائم."))

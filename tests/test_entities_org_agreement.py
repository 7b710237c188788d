"""A nationality adjective names an organisation with its head noun only when it agrees with it in gender
(made-up texts, no tagger spans): ``قنوات التلفزيون الإسرائيلية`` is the Israeli channels of television, not
an organisation «التلفزيون الإسرائيلية»; ``الشرطة الهندية`` and ``التلفزيون الروسي`` agree and stay."""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _orgs(text: str) -> set[str]:
    return {normalize(e.name) for e in annotated(text, []).entities if e.type == "ORG"}


def test_a_feminine_adjective_after_a_masculine_head_names_no_organisation() -> None:
    orgs = _orgs("وقال المسؤول خلال بث حي على قنوات التلفزيون الإسرائيلية إن الاتفاق سيئ.")
    assert not any(o.startswith(normalize("التلفزيون")) for o in orgs), orgs


def test_agreeing_adjectives_still_name_organisations() -> None:
    orgs = _orgs("وقالت الشرطة الهندية إن الجيش السوري والتلفزيون الروسي أكدا الخبر.")
    assert {normalize("الشرطة الهندية"), normalize("الجيش السوري"), normalize("التلفزيون الروسي")} <= orgs, orgs


def test_a_broken_plural_head_agrees_in_the_feminine() -> None:
    # no noun before the head: «الكتائب اللبنانية» is the party (a broken plural takes a feminine adjective)
    orgs = _orgs("وشارك في التظاهرة حزبا القوات اللبنانية والكتائب اللبنانية وآلاف المواطنين.")
    assert normalize("الكتائب اللبنانية") in orgs, orgs


def test_a_feminine_head_without_ta_marbuta_agrees_with_a_feminine_adjective() -> None:
    # review e1, finding 5: «ميليشيا», «كتائب» are feminine for agreement without ة
    orgs = _orgs("وقالت الميليشيا الإيرانية في بيان إن عناصرها انسحبوا.")
    assert normalize("الميليشيا الإيرانية") in orgs, orgs
    # a broken plural head in construct after a noun: the feminine adjective agrees with it
    orgs = _orgs("وقال قائد الكتائب اللبنانية إن الحزب سيشارك في الانتخابات.")
    assert normalize("الكتائب اللبنانية") in orgs, orgs


def test_a_feminine_head_without_ta_marbuta_takes_no_masculine_adjective() -> None:
    # «قائد الميليشيا الإيراني»: the masculine adjective describes the commander, not the militia
    orgs = _orgs("وقال قائد الميليشيا الإيراني في مقابلة إن عناصره انسحبوا.")
    assert normalize("الميليشيا الإيراني") not in orgs, orgs

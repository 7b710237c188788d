"""«الحكومة + nationality» is the country acting: it joins the country named in the article, and with no
country named it is no organisation entity either (the dev gold's
convention); other heads with a nationality stay organisations (fake tagger)."""

from __future__ import annotations

from rasd.analyse import entities
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_entities import fake_tagger as tagger


def orgs(text: str) -> set[str]:
    art = Article(paragraphs=[text])
    art.build_text()
    entities.annotate(art, tagger=tagger([]))
    return {normalize(e.name) for e in art.entities if e.type == "ORG"}


def test_government_with_a_nationality_is_no_organisation() -> None:
    got = orgs("وقالت الحكومة العراقية إن الانتخابات نزيهة. ورفض الجيش السوري الاتهامات.")
    assert normalize("الحكومة العراقية") not in got
    assert normalize("الجيش السوري") in got

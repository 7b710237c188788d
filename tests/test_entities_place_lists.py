"""Places in a list with a known place, and after a preposition under و (made-up texts, no tagger spans).

A word the NER package's gazetteer lists as a place (a GeoNames town, a WikiFANE place word) is a place
when it is a conjunct of a list whose other member is a place (``في القرم وسوريا``); a preposition keeps its
sense under the conjunction (``وفي تكريت``). Guards: an accusative noun (``ودولا``), a و that is the word's
own letter by corpus frequency (``وفدا``), and the head of a construct (``صحراء مصر``) are no places.
"""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _places(text: str) -> set[str]:
    return {normalize(e.name) for e in annotated(text, []).entities if e.type == "LOC"}


def test_a_gazetteer_place_coordinated_with_a_country_is_a_place() -> None:
    places = _places("وفرضت واشنطن العقوبات بسبب ما فعلته موسكو في القرم وسوريا.")
    assert normalize("القرم") in places, places


def test_a_list_of_towns_grows_from_its_first_place() -> None:
    places = _places("وقال المسؤول إن المسلحين قاتلوا في العراق، في تكريت ونينوى والرمادي.")
    assert {normalize("تكريت"), normalize("نينوى"), normalize("الرمادي")} <= places, places


def test_a_preposition_under_the_conjunction_still_locates() -> None:
    places = _places("وزار الوفد العراق الأسبوع الماضي. وفي تكريت، التقى المحافظ بالوفد.")
    assert normalize("تكريت") in places, places


def test_accusatives_and_construct_heads_are_no_places() -> None:
    places = _places("وأرسلت السعودية وفدا إلى الأردن. وزار السياح صحراء مصر الشرقية.")
    assert not {normalize("فدا"), normalize("صحراء")} & places, places


def test_a_club_in_a_sports_paragraph_is_no_place() -> None:
    # review e1, finding 4: in a paragraph on players and clubs, a gazetteer place word in a list is a club
    places = _places("وتعاقد النادي مع لاعبين سابقين في مدريد وتشيلسي خلال الصيف.")
    assert normalize("تشيلسي") not in places, places
    places = _places("ويتنافس لاعبو المنتخب في أندية لندن وتشيلسي هذا الموسم.")
    assert normalize("تشيلسي") not in places, places


def test_a_word_the_tagger_names_otherwise_in_the_article_is_no_listed_place() -> None:
    # the tagger typed the word an organisation once (its first mention only): the list does not make it a place
    from rasd.analyse import entities
    from rasd.record import Article

    text = "وأعلن تشيلسي ضم المدافع. وسافر الوفد إلى مدريد وتشيلسي الأسبوع الماضي."
    a = Article(title="", paragraphs=[text])
    a.build_text()
    first = a.text.index("تشيلسي")
    entities.annotate(a, tagger=lambda t: [(first, first + len("تشيلسي"), "ORG")] if t == a.text else [])
    assert not any(e.type == "LOC" and normalize(e.name) == normalize("تشيلسي") for e in a.entities), a.entities


def test_a_listed_place_outside_sport_is_still_a_place() -> None:
    places = _places("وقال المسؤول إن المسلحين قاتلوا في العراق، في تكريت ونينوى والرمادي، ثم انسحبوا.")
    assert normalize("نينوى") in places, places

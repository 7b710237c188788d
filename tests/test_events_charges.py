"""Accusations and demands made in reported speech (rasd.analyse.events.charges): the speaker of a
quote that charges a named actor with a lie, a violation or aggression accuses that actor; an
obligation laid on an actor («وعلى X …») is a request to it. Built on the quotes layer's speaker."""

from __future__ import annotations

from test_events_news import COUNTRIES, _events, _named

PER = ("P1", "PER", ["إيمانويل ماكرون"])


def _of(art, kind: str) -> list:
    return [e for e in art.events if e.type == kind]


def test_a_quoted_violation_accuses_the_actor_named_before_it() -> None:
    text = "إن روسيا انتهكت قرار المجلس بشأن الهدنة"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    acc = _of(art, "ACCUSE")
    assert acc and _named(art, acc[0].source) == "إيمانويل ماكرون"
    assert _named(art, acc[0].target) == "روسيا"


def test_a_charge_noun_takes_its_genitive_as_the_target() -> None:
    text = "إن تدخلات إيران في المنطقة تهدد الاستقرار"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    acc = _of(art, "ACCUSE")
    assert acc and _named(art, acc[0].target) == "إيران"


def test_a_negated_charge_or_a_denial_accuses_no_one() -> None:
    text = "إن روسيا لم تنتهك قرار المجلس"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    assert not _of(art, "ACCUSE")
    text = "أن تكون إيران قد انتهكت الاتفاق"
    art = _events([f"ونفى إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "نفى")])
    assert not _of(art, "ACCUSE")


def test_the_speaker_never_accuses_itself_and_a_place_after_fi_is_no_target() -> None:
    text = "إن الجرائم في سوريا لن تمر"
    art = _events([f"وقالت روسيا {text}."], COUNTRIES, [(text, "C1", "قالت")])
    assert not [e for e in _of(art, "ACCUSE") if _named(art, e.target) in ("روسيا", "سوريا")]
    text = "إن ما يجري في سوريا جرائم"  # the place stands before the charge: the clause-subject reading
    art = _events([f"وقالت روسيا {text}."], COUNTRIES, [(text, "C1", "قالت")])
    assert not [e for e in _of(art, "ACCUSE") if _named(art, e.target) == "سوريا"]


def test_a_speaker_that_is_no_entity_makes_no_charge() -> None:
    text = "إن روسيا انتهكت قرار المجلس"
    art = _events([f"وقالت مصادر {text}."], COUNTRIES, [(text, "مصادر", "قالت")])
    assert not _of(art, "ACCUSE")


def test_an_explicit_accusation_is_not_coded_twice() -> None:
    text = "بانتهاك قرار المجلس"
    art = _events([f"واتهم إيمانويل ماكرون روسيا {text}."], [*COUNTRIES, PER], [(text, "P1", "اتهم")])
    acc = _of(art, "ACCUSE")
    assert len(acc) == 1 and _named(art, acc[0].target) == "روسيا"


def test_an_obligation_laid_on_an_actor_is_a_request_to_it() -> None:
    text = "وعلى إيران احترام ميثاق الأمم المتحدة"
    art = _events([f"وقال إيمانويل ماكرون إن الاتفاق فشل {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    req = _of(art, "REQUEST")
    assert req and _named(art, req[0].source) == "إيمانويل ماكرون" and _named(art, req[0].target) == "إيران"
    # «على» inside a clause is a preposition, not a duty («الهجوم على إيران»)
    text = "إن الهجوم على إيران كان متوقعا"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    assert not _of(art, "REQUEST")


def test_quoted_disapproval_of_an_actor_accuses_it_and_a_negated_one_does_not() -> None:
    text = "إن سياسات إيران فاشلة ومتهورة"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    acc = _of(art, "ACCUSE")
    assert acc and _named(art, acc[0].source) == "إيمانويل ماكرون" and _named(art, acc[0].target) == "إيران"
    text = "إن روسيا لم تفشل في إدارة الأزمة"
    art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
    assert not _of(art, "ACCUSE")


def test_disapproval_as_what_an_actor_fights_accuses_no_one() -> None:
    # review 2, finding 1: the object of countering (مكافحة، محاربة، إحباط، ملاحقة، وقف) is not the subject's deed
    for text in ("إن تركيا ماضية في مكافحة الفساد", "إن روسيا ستواصل محاربة العنصرية",
                 "إن إيران أحبطت محاولة تخريب كبيرة", "إن الولايات المتحدة ستلاحق كل خائن"):
        art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
        assert not _of(art, "ACCUSE"), text


def test_disapproval_charges_only_the_actor_its_grammar_names() -> None:
    # an actor inside the subject phrase (جهود تركيا … فشلت) or behind a preposition (مع روسيا) failed
    # nothing; a noun whose genitive is another definite noun (فشل المفاوضات) names what failed
    for text in ("إن جهود تركيا لوقف الحرب في سوريا فشلت", "إن المفاوضات مع روسيا فشلت",
                 "إن تركيا تخشى فشل المفاوضات"):
        art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
        assert not _of(art, "ACCUSE"), text
    # the subject heading its clause, the genitive after the noun, still are
    for text, accused in (("إن روسيا قد فشلت في إدارة الأزمة", "روسيا"), ("إن فشل تركيا واضح", "تركيا"),
                          ("إن تركيا تمارس سياسة قمعية", "تركيا"), ('إن سياسات إيران "عنصرية"', "إيران")):
        art = _events([f"وقال إيمانويل ماكرون {text}."], [*COUNTRIES, PER], [(text, "P1", "قال")])
        acc = _of(art, "ACCUSE")
        assert len(acc) == 1 and _named(art, acc[0].target) == accused, text

""""Also" after a verb tells another act of its kind, which the merge keeps apart (events.sides.additive)."""

from __future__ import annotations

from rasd.analyse.events.sides import additive
from rasd.analyse.events.view import View
from test_events_news import COUNTRIES, _events, _named


def _accusations(art) -> list[tuple[str | None, str | None]]:
    return [(_named(art, e.source), _named(art, e.target)) for e in art.events if e.type == "ACCUSE"]


FIRST = "اتهمت تركيا روسيا بدعم الجماعات المسلحة على الحدود."


def test_an_accusation_told_with_also_is_a_second_accusation() -> None:
    art = _events([FIRST, "واتهمت تركيا أيضا روسيا بأنها أغلقت المعابر أمام الشاحنات."], COUNTRIES)
    assert _accusations(art) == [("تركيا", "روسيا"), ("تركيا", "روسيا")]


def test_the_same_accusation_told_again_without_also_is_one_event() -> None:
    art = _events([FIRST, "واتهمت تركيا روسيا بأنها أغلقت المعابر أمام الشاحنات."], COUNTRIES)
    assert _accusations(art) == [("تركيا", "روسيا")]


def test_an_act_told_after_kama_is_another_act() -> None:
    art = _events([FIRST, "كما اتهمت تركيا روسيا بأنها أغلقت المعابر أمام الشاحنات."], COUNTRIES)
    assert _accusations(art) == [("تركيا", "روسيا"), ("تركيا", "روسيا")]


def _also_after(text: str, verb: str) -> bool:
    art = _events([text], COUNTRIES)
    v = View(art)
    a = v.norm.index(verb)
    return additive(v, a, a + len(verb), 0, len(v.norm))


def test_also_after_the_subject_a_definite_word_or_a_pronoun_belongs_to_the_verb() -> None:
    assert _also_after("وانتقدت تركيا أيضا سياسة روسيا.", "انتقدت")
    assert _also_after("وانتقدت المنظمة أيضا سياسة روسيا.", "انتقدت")
    assert _also_after("ورفضته هي أيضا.", "رفضته")


def test_kama_right_before_the_verb_marks_it_another_act() -> None:
    assert _also_after("وأدانت تركيا الهجوم، كما انتقدت سياسة روسيا.", "انتقدت")
    assert not _also_after("وأدانت تركيا الهجوم كما انتقدته روسيا من قبل.", "ادانت")


def test_also_after_another_verb_or_a_clause_edge_is_not_the_verbs() -> None:
    assert not _also_after("رفض القرار يبعث أيضا برسالة إلى روسيا.", "رفض")
    assert not _also_after("انتقدت تركيا روسيا، وقالت أيضا إنها سترد.", "انتقدت")


# s10 review: «كما» is "and also" only where it opens a clause; after a word it is "as, just as"
def test_kama_after_a_word_is_just_as_not_another_act() -> None:
    for second in ("وأكد الوزير أن بلاده ستتحرك، تماما كما اتهمت تركيا روسيا سابقا.",
                   "وجاء ذلك كما اتهمت تركيا روسيا سابقا."):
        art = _events([FIRST, second], COUNTRIES)
        assert _accusations(art) == [("تركيا", "روسيا")], second


def test_wa_kama_and_kama_after_a_comma_still_mark_another_act() -> None:
    assert _also_after("وأدانت تركيا الهجوم وكما انتقدت سياسة روسيا.", "انتقدت")
    assert not _also_after("وأدانت تركيا الهجوم تماما كما انتقدت سياسة روسيا.", "انتقدت")


def test_a_relative_pronoun_before_also_is_no_subject() -> None:
    assert not _also_after("انتقدت تركيا السياسة التي أيضا رفضتها روسيا.", "انتقدت")

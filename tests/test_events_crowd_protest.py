"""A protest of an unnamed crowd is an event with no actor (events.cues.crowd_protest)."""

from __future__ import annotations

from test_events_news import COUNTRIES, _events


def _protests(art) -> list:
    return [e for e in art.events if e.type == "PROTEST"]


def test_thousands_demonstrating_is_a_protest_without_actors() -> None:
    art = _events(["والجمعة، تظاهر الآلاف في مناطق عدة من المدينة احتجاجا على غلاء الأسعار."], COUNTRIES)
    pro = _protests(art)
    assert len(pro) == 1 and pro[0].actors == [] and pro[0].source is None


def test_a_protest_told_twice_with_one_status_is_one_event() -> None:
    art = _events(["واندلعت احتجاجات واسعة في المدينة يوم الخميس.",
                   "وشارك في المظاهرات آلاف الطلاب والعمال."], COUNTRIES)
    assert len(_protests(art)) == 1


def test_a_formal_protest_a_career_and_a_call_are_no_crowd_protest() -> None:
    art = _events(["وقدمت السفارة احتجاجا رسميا لدى الوزارة.",
                   "وأسدل اللاعب الستار على مسيرة رائعة مع فريقه.",
                   "ودعا ناشطون إلى تنظيم مظاهرة كبيرة الأسبوع المقبل."], COUNTRIES)
    assert not _protests(art)


def test_an_owned_or_led_protest_is_no_crowd_protest() -> None:
    # the organiser or owner is an actor the rules did not resolve: no event rather than one without actors
    art = _events(["وواصل المحتجون مسيراتهم في الشوارع.", "وقاد مظاهرات ضد الحكومة في العاصمة."], COUNTRIES)
    assert not _protests(art)


def test_pretending_and_a_call_far_back_in_the_clause_are_no_crowd_protest() -> None:
    # تظاهر with ب and a definite thing is "pretended"; a call verb may stand several words before the protest
    art = _events(["وتظاهر اللاعب بالإصابة للحصول على ركلة جزاء.",
                   "ودعت المعارضة أنصارها إلى المشاركة في مظاهرات حاشدة يوم الجمعة."], COUNTRIES)
    assert not _protests(art)


def test_a_crowd_near_a_place_still_protests() -> None:
    art = _events(["وتظاهر الآلاف بالقرب من السفارة احتجاجا على القرار."], COUNTRIES)
    assert len(_protests(art)) == 1

"""A stance verb's governed complement past a long subject and object, counted in constituents (issue #10,
session 7): a name counts as one, an adjunct set off by commas is passed, a relative clause stops the walk."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes


def test_preposition_past_a_long_subject_and_object() -> None:
    qs = _quotes("حذرت وزارة الدفاع الأمريكية الخميس الرئيس السوري بشار الأسد من استخدام القوة ضد المقاتلين.")
    assert any(q.startswith("استخدام القوة") for q, _s in qs)


def test_adjunct_set_off_by_commas_is_passed() -> None:
    qs = _quotes("دعا الرئيس الفلسطيني محمود عباس، في خطاب أمام مجلس الأمن الدولي، إلى إقامة مؤتمر دولي للسلام.")
    assert ("إقامة مؤتمر دولي للسلام", "محمود عباس") in qs


def test_relative_clause_stops_the_walk() -> None:
    qs = _quotes("فيما تعهد أردوغان الذي أعيد انتخابه نهاية حزيران وبات يتمتع بصلاحيات واسعة، بالاستمرار في الحملة.")
    assert not any(q.startswith("بصلاحيات") for q, _s in qs)


def test_preposition_via_and_asides_are_no_cues() -> None:
    qs = _quotes("ولكن رجال المدرب انتفضوا وقلصوا الفارق عبر أنيس البدري (39) ثم تمكنوا من إدراك التعادل عن "
                 "طريق البديل فخر الدين بن يوسف (64).")
    assert not any(q.startswith("طريق البديل") for q, _s in qs)
    qs = _quotes("وللاحتفال طعم مختلف، بحسب ما أكد اللاعبون أنفسهم بعدما تمكنوا من رسم النجمة الثانية على "
                 "قميصهم الأزرق.")
    assert not any("قميصهم" in q for q, _s in qs)

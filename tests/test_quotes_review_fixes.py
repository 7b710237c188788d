"""Misfires a reviewer found with made-up sentences in the session-11 quotes commits (helper qfix): each test
fails on the code before its fix, next to a test that the commit's own case still holds."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes


def test_an_owned_thing_is_no_statement() -> None:
    # objects._own_object: the pronoun agrees, but a phone or a line-up is no stance or act (not a verbal noun)
    assert _quotes("وكشفت شركة سامسونغ هاتفها الجديد في معرض برشلونة.") == []
    assert _quotes("وأعلن المنتخب تشكيلته لمباراة الغد.") == []


def test_an_owned_stance_or_act_is_still_stated() -> None:
    assert _quotes("وأعلن التنظيم مسؤوليته عن الهجوم.") == [("مسؤوليته عن الهجوم", "التنظيم")]
    assert _quotes("وأعلنت باريس دعمها للاتفاق.") == [("دعمها للاتفاق", "باريس")]

"""Trigger senses and derivations (issue #11, session 6, from the misses of ant-dev5 and ant-dev6 and
the false events of several dev sets): تحقيق that achieves a goal is no investigation, «نصف» (half) no
description; tariffs imposed, rape and raids are events.

The sentences are written for these tests (not copied from a corpus). Each case has a form that
must fire and, where there is one, a sense of the same letters that must not.
"""

from __future__ import annotations

from rasd.record import Article
from test_events_fixtures import analysed

ENTS = [("L1", "LOC", ["مصر"], "EG"), ("L2", "LOC", ["تركيا"], "TR"), ("L3", "LOC", ["الولايات المتحدة"], "US"),
        ("P1", "PER", ["سامر الخطيب"]), ("O1", "ORG", ["الأمم المتحدة"]), ("O2", "ORG", ["قوات الأمن"], "EG"),
        ("O3", "ORG", ["الاتحاد الأوروبي"])]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)


def of(art: Article, typ: str) -> list:
    return [ev for ev in art.events if ev.type == typ]


def test_achieving_a_goal_is_no_investigation() -> None:
    for s in ("وقال سامر الخطيب إن مصر تسعى لتحقيق أهدافها مع تركيا.",
              "وأكد سامر الخطيب أن مصر ستعمل مع تركيا من أجل تحقيق السلام.",
              "وقال سامر الخطيب إن مصر تريد تحقيق 20 هدفا مع تركيا."):
        assert not [ev for ev in of(analyse([s]), "ACCUSE") if ev.mode == "investigate"], s
    # an investigation: تحقيق في، تحقيق مشترك
    art = analyse(["وفتحت الأمم المتحدة تحقيقا في الهجوم على مصر."])
    assert [ev for ev in of(art, "ACCUSE") if ev.mode == "investigate"]


def test_tariffs_imposed_are_a_sanction() -> None:
    art = analyse(["وفرضت الولايات المتحدة رسوما جمركية على واردات الصلب من الاتحاد الأوروبي."])
    assert of(art, "SANCTION")
    assert not of(analyse(["وارتفعت رسوم التسجيل في جامعات مصر هذا العام."]), "SANCTION")


def test_raids_and_rape_are_events() -> None:
    art = analyse(["وداهمت قوات الأمن مقر الحزب في مصر."])
    assert of(art, "COERCE")
    assert of(analyse(["واتهمت الأمم المتحدة قوات الأمن باغتصاب نساء في مصر، وقالت إن قوات الأمن اغتصبت معتقلات."]),
              "ASSAULT")


def test_half_is_no_description() -> None:
    # «نصف» (half) is also the imperfect of وصف (we describe): only a description with its بأنه is one
    art = analyse(["وقال سامر الخطيب إن نصف المقاعد ذهب إلى حزب مصر بأنه فاز."])
    assert not [ev for ev in of(art, "ACCUSE") if ev.trigger.text == "نصف"]

"""A role phrase in the speaker part links a named person only when it can refer to them: the title's
gender agrees, and a name ROLE → NAME reads stands in the role's own clause (rasd.analyse.quotes.speakers)."""

from __future__ import annotations

from rasd.analyse.quotes import annotate
from rasd.record import Mention
from test_quotes import article, only


def _kevin() -> dict[str, tuple[str, str, list[str]]]:
    return {"E1": ("PER", "كيفن جونسون", ["المدير التنفيذي لستاربكس"])}


def test_feminine_title_does_not_name_the_man_with_the_role() -> None:
    art = article("وقال كيفن جونسون، المدير التنفيذي لستاربكس، إن المدير أخطأ.",
                  "وذكرت متحدثة باسم ستاربكس إن الرجلين وافقا على لقاء المدير.", entities=_kevin())
    # coreference links the bare role «المدير» at the end to him
    k = art.text.rindex("المدير")
    art.entities[0].mentions.append(Mention(k, k + len("المدير"), "المدير"))
    annotate(art)
    q = only(art.quotes, "الرجلين وافقا")
    assert q.speaker != "E1" and q.speaker is not None and q.speaker.startswith("متحدثة")


def test_masculine_role_still_names_its_holder() -> None:
    art = article("وقال كيفن جونسون، المدير التنفيذي لستاربكس، إن المدير أخطأ.",
                  "وأكد المدير التنفيذي لستاربكس أن الشركة ستدرب موظفيها.", entities=_kevin())
    annotate(art)
    assert only(art.quotes, "الشركة ستدرب").speaker == "E1"


def test_addressee_pronoun_after_the_verb_is_no_speaker() -> None:
    art = article('وقال مسؤول في الحزب إن الوضع صعب. قالت لي إحداهن لاحقا إنها "أجهشت بالبكاء".')
    annotate(art)
    # a direct quote since session 11 (إنها carries the clause's subject; the quoted words are its predicate)
    assert only(art.quotes, "أجهشت").speaker == "إحداهن"


def test_adverb_after_the_verb_leaves_the_subject_before_it() -> None:
    art = article('حتى أن الكاتب جورج أوروال قال ذات يوم: "الرياضة حرب بدون بنادق".',
                  entities={"E1": ("PER", "جورج أوروال", [])})
    annotate(art)
    assert only(art.quotes, "الرياضة").speaker == "E1"


def test_relative_of_the_other_gender_is_the_verbs_object_not_its_subject() -> None:
    from rasd.analyse.quotes.speakers import relative_disagrees
    from rasd.arabic.normalize import normalize

    assert relative_disagrees("التي", normalize("قال")) and relative_disagrees("الذي", normalize("أكدت"))
    assert not relative_disagrees("التي", normalize("قالت")) and not relative_disagrees("الذي", normalize("قال"))
    assert not relative_disagrees("الذين", normalize("قالت"))


def test_description_with_a_given_name_gives_the_name() -> None:
    art = article("وأكد مسؤول آخر في الشرطة يدعى كوكب فاروقي أن المرشح قتل في التفجير.")
    annotate(art)
    assert only(art.quotes, "المرشح قتل").speaker == "كوكب فاروقي"


def test_preposition_object_heads_no_description() -> None:
    from rasd.analyse.quotes.subjects import head_ok

    assert not head_ok("بالخبر") and not head_ok("للجيش") and head_ok("بالمر") and head_ok("بيان")

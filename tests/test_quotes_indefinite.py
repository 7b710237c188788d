"""Session 10 (issue #10): an indefinite speaker is someone new to the text. Made-up texts."""

from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.subjects import head_ok
from rasd.record import Mention
from test_quotes import article, only


def test_an_indefinite_role_is_not_a_person_named_before() -> None:
    # coreference may have given the earlier person the indefinite phrase as a role and a mention
    art = article("وقال الأمين العام للمنظمة كريم سالم إن المفاوضات ستستأنف قريبا.",
                  "ومن جهته قال مسؤول بارز بالمنظمة إن التمويل لم يصل بعد.",
                  entities={"E1": ("PER", "كريم سالم", ["الأمين العام للمنظمة", "مسؤول بارز بالمنظمة"])})
    at = art.text.index("مسؤول بارز")
    art.entities[0].mentions.append(Mention(at, at + len("مسؤول بارز بالمنظمة"), "مسؤول بارز بالمنظمة"))
    art.entities[0].mentions.sort(key=lambda m: m.start)
    qs = find_quotes(art)
    assert only(qs, "المفاوضات").speaker == "E1"
    assert only(qs, "التمويل").speaker != "E1"


def test_an_indefinite_role_may_be_named_later() -> None:
    art = article("وصل الوفد إلى العاصمة مساء الجمعة، وفق ما أعلن متحدث باسم الشركة.",
                  "وصرح المتحدث باسم الشركة سامي داود أن الاجتماع سيعقد غدا.",
                  entities={"E1": ("PER", "سامي داود", ["المتحدث باسم الشركة"])})
    qs = find_quotes(art)
    assert only(qs, "الاجتماع").speaker == "E1"
    assert only(qs, "وصل الوفد").speaker == "E1"


def test_an_accusative_source_after_lakin_speaks() -> None:
    assert head_ok("مصدرا") and head_ok("مسؤولا")
    assert not head_ok("مشيرا") and not head_ok("مضيفا")
    art = article("وكان الوزير كريم سالم قد أنهى زيارته أمس، لكن مصدرا دبلوماسيا رفيعا قال إن الاتفاق لم يكتمل.",
                  entities={"E1": ("PER", "كريم سالم", ["الوزير"])})
    q = only(find_quotes(art), "الاتفاق")
    assert q.speaker is not None and q.speaker.startswith("مصدرا دبلوماسيا")


def test_a_definite_description_of_the_last_speaker_is_that_speaker() -> None:
    art = article("وقال وزير الزراعة الأردني سامي داود إن المحصول وفير هذا العام.",
                  "وأوضح الوزير العضو في اللجنة الاقتصادية الأردنية أن الأسعار ستنخفض.",
                  "وتابع المهندس الأردني: «سنصدر الفائض إلى الجوار».",
                  entities={"E1": ("PER", "سامي داود", ["وزير الزراعة الأردني"])})
    qs = find_quotes(art)
    assert only(qs, "الأسعار").speaker == "E1"
    # a title the last speaker does not hold (an engineer, not a minister) names someone else
    assert only(qs, "سنصدر").speaker not in (None, "E1")


def test_a_description_naming_another_country_or_a_spokesman_is_someone_else() -> None:
    art = article("وقال وزير الزراعة الأردني سامي داود إن المحصول وفير هذا العام.",
                  "وأوضح الوزير العضو في اللجنة الاقتصادية المصرية أن الأسعار ستنخفض.",
                  entities={"E1": ("PER", "سامي داود", ["وزير الزراعة الأردني"])})
    assert only(find_quotes(art), "الأسعار").speaker != "E1"
    art = article("وقال وزير الزراعة الأردني سامي داود إن المحصول وفير هذا العام.",
                  "وأوضح المتحدث باسم الوزير أن الأسعار ستنخفض.",
                  entities={"E1": ("PER", "سامي داود", ["وزير الزراعة الأردني"])})
    assert only(find_quotes(art), "الأسعار").speaker != "E1"


def test_a_relative_noun_description_continues_the_last_speaker() -> None:
    art = article("وقال سامي داود إن المحصول وفير هذا العام.",
                  "وتابع الدبلوماسي الأردني: «سنصدر الفائض إلى الجوار».",
                  entities={"E1": ("PER", "سامي داود", [])})
    assert only(find_quotes(art), "سنصدر").speaker == "E1"


def test_officials_of_an_organisation_speak_not_the_organisation() -> None:
    from rasd.analyse.quotes.novelty import people_of

    assert people_of("مسؤولو") and people_of("ممثلو") and people_of("مسؤولي")
    assert not people_of("وزاره") and not people_of("مكتب")
    art = article("وقال مسؤولو هيئة الموانئ الوطنية إن السفينة غادرت الميناء مساء أمس.",
                  entities={"E1": ("ORG", "هيئة الموانئ الوطنية", [])})
    q = only(find_quotes(art), "السفينة")
    assert q.speaker == "مسؤولو هيئة الموانئ الوطنية"
    art = article("وقالت هيئة الموانئ الوطنية إن السفينة غادرت الميناء مساء أمس.",
                  entities={"E1": ("ORG", "هيئة الموانئ الوطنية", [])})
    assert only(find_quotes(art), "السفينة").speaker == "E1"

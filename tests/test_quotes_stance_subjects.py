"""Who holds a stance (issue #10): the subject of a stance verb that takes no direct object."""

from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from test_quotes import article, only


def test_the_phrase_between_an_intransitive_stance_verb_and_its_preposition_is_its_subject() -> None:
    art = article("قال مقتدى الصدر إن التحالف مفتوح للجميع.",
                  "وأكد الزعيمان السياسيان على ضرورة مشاركة كل الكتل في تشكيل الحكومة.",
                  'وندد المسؤولون في الحزب بـ"قلة تضامن" القيادة.',
                  entities={"E1": ("PER", "مقتدى الصدر", [])})
    qs = find_quotes(art)
    assert only(qs, "ضرورة مشاركة").speaker == "الزعيمان السياسيان"  # not the man quoted before
    assert only(qs, "قلة تضامن").speaker == "المسؤولون في الحزب"


def test_a_named_subject_or_a_linked_role_before_the_preposition() -> None:
    art = article("قال وزير الخارجية الإسرائيلي يسرائيل كاتس إن الاتصالات مستمرة.",
                  "وفي نوفمبر الماضي، كشف وزير الخارجية الإسرائيلي عن اتصال سري مع الرياض.",
                  entities={"E1": ("PER", "يسرائيل كاتس", ["وزير الخارجية الإسرائيلي"])})
    assert only(find_quotes(art), "اتصال سري").speaker == "E1"


def test_without_a_phrase_before_the_preposition_the_subject_is_the_pronoun() -> None:
    # "وعبر عن": no subject after the verb; the phrase rule gives nothing, the speaker goes on
    art = article("قال مقتدى الصدر إن التحالف مفتوح للجميع.", "وعبر عن قلقه من تأخر تشكيل الحكومة.",
                  entities={"E1": ("PER", "مقتدى الصدر", [])})
    assert only(find_quotes(art), "قلقه").speaker == "E1"


def test_an_agency_described_as_official_is_named_without_the_qualifier() -> None:
    from rasd.analyse.quotes.subjects import clean_description

    assert clean_description("وكالة الأنباء الكورية الشمالية الرسمية") == "وكالة الأنباء الكورية الشمالية"
    assert clean_description("المتحدث الرسمي") == "المتحدث الرسمي"  # a title, not an organisation
    assert clean_description("مصدر حكومي رسمي") == "مصدر حكومي رسمي"


def test_a_described_subject_after_a_contrast_connective_speaks() -> None:
    art = article('وذكر جيبسي دوبلانتيس أنه تردد في الشراء في بادئ الأمر، لكن الرب قال له "أنا لم أطلب منك أن تدفع '
                  'ثمنها. طلبت منك أن تؤمن من أجلها".',
                  "وقالت وكالة سانا إن الهجوم مفبرك. لكن قوى الغرب تقول إن النظام هو الوحيد القادر على تنفيذه.",
                  entities={"E1": ("PER", "جيبسي دوبلانتيس", []), "E2": ("ORG", "وكالة سانا", [])})
    qs = find_quotes(art)
    assert only(qs, "أنا لم أطلب").speaker == "الرب"  # the new statement's subject, not دوبلانتيس
    assert only(qs, "تردد في الشراء").speaker == "E1"
    assert only(qs, "النظام هو").speaker == "قوى الغرب"


def test_a_continuation_follows_the_quote_speaker_not_the_bare_subject_reading_of_its_sentence() -> None:
    art = article('وأوضح قائد مجلس منبج العسكري محمد مصطفى أبو عادل لوكالة الأنباء الفرنسية أنه "عقدنا اجتماعات '
                  'مع قيادات رفيعة المستوى في التحالف".',
                  'وأضاف "قوات التحالف الدولي موجودة بشكل أساسي على الجبهات".',
                  entities={"E1": ("ORG", "مجلس منبج العسكري", []), "E2": ("PER", "محمد مصطفى أبو عادل", []),
                            "E3": ("ORG", "وكالة الأنباء الفرنسية", [])})
    qs = find_quotes(art)
    assert only(qs, "عقدنا").speaker == "E2"
    assert only(qs, "قوات التحالف").speaker == "E2"


def test_a_trailing_attribution_without_a_comma_or_after_wa_dhalika_reports_its_clause() -> None:
    art = article("وعند الساعة العاشرة أدت هزة بقوة خمس درجات جنوب البركان إلى انهيار صخري بحسب هيئة المسح الجيولوجي.",
                  "وخرج المعتقلون المفرج عنهم من سجن كوبر وهم يهتفون، وذلك وفقا لمصادر أمنية.",
                  "وأكدت المصادر أن الهدنة صامدة. والتي يتجه الرأي الغالب في المجلس إلى ردها وفق المكتب الدائم.",
                  entities={"E1": ("ORG", "هيئة المسح الجيولوجي", []), "E2": ("ORG", "وكالة الصحافة الفرنسية", [])})
    qs = find_quotes(art)
    assert only(qs, "وعند الساعة").speaker == "E1"
    assert only(qs, "وخرج المعتقلون").speaker == "مصادر أمنية"
    assert not [q for q in qs if q.text.startswith("والتي")]  # a relative clause reports nothing

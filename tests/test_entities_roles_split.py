"""Roles split from the name by an insertion (issue 10, session 5): a pronoun giving the role's place
(``السفير الروسي فيها``), a participle and its complement (``المكلف بتشكيل حكومة``), a body named
before (``لدى المنظمة``), and a role in quotation marks after the name's comma."""

from __future__ import annotations

import pytest

from rasd.analyse import entities
from rasd.analyse.entities.roles import role_after, role_before
from rasd.analyse.entities.tokens import build_tokens
from rasd.record import Article


def _people(text: str) -> dict[str, list[str]]:
    art = Article(text=text)
    entities.annotate(art)
    return {e.name: e.roles for e in art.entities if e.type == "PER"}


def _before(text: str, name: str, spans: dict[str, str] | None = None):  # noqa: ANN202 - RoleHit | None
    """role_before on the name's first token, with ``spans`` (word → type) standing for the tagger."""
    toks = build_tokens(text)
    first = next(k for k, t in enumerate(toks) if t.text == name.split()[0])
    n = len(name.split())
    kinds = {k: "PER" for k in range(first, first + n)}
    for k, t in enumerate(toks):
        if spans and t.text in spans:
            kinds[k] = spans[t.text]
    return role_before(text, toks, first, toks[first].start, lambda k: kinds.get(k))


def test_pronoun_of_place_between_role_and_name_is_left_out() -> None:
    hit = _before("عقد اجتماع بمشاركة السفير الروسي فيها ألكسندر شولكين أمس.", "ألكسندر شولكين")
    assert hit is not None and hit.text == "السفير الروسي"


def test_pronoun_alone_before_the_name_is_no_role() -> None:
    assert _before("وقال فيها ألكسندر شولكين إن الهجوم مفبرك.", "ألكسندر شولكين") is None


def test_participle_and_its_complement_end_the_role_before_the_name() -> None:
    text = "وعد رئيس الوزراء الأردني الجديد المكلف بتشكيل حكومة جديدة عمر الرزاز بسحب القانون."
    hit = _before(text, "عمر الرزاز", {"الأردني": None})
    assert hit is not None and hit.text == "رئيس الوزراء الأردني الجديد"


def test_participle_with_a_pronoun_preposition_ends_the_role_before_the_name() -> None:
    text = "وتدعم الدول حكومة الرئيس الليبي المعترف به دوليا فايز السراج منذ عامين."
    hit = _before(text, "فايز السراج")
    assert hit is not None and hit.text == "الرئيس الليبي"


def test_a_dual_title_in_construct_before_the_name_is_a_role() -> None:
    hit = _before("وقال نائبا الرئيس كريم سالم وسامي خالد إن الخطة جاهزة.", "كريم سالم")
    assert hit is not None and hit.text == "نائبا الرئيس"
    # an accusative singular takes ل before its complement: a predicate, no title before the name
    assert _before("عمل رئيسا للوزراء كريم سالم سنوات.", "كريم سالم") is None


def test_a_long_complement_is_not_read_as_a_qualifier() -> None:
    text = "وقال رئيس الوزراء المكلف بتشكيل حكومة جديدة خلال الأسابيع المقبلة عمر الرزاز إن القانون سحب."
    assert _before(text, "عمر الرزاز") is None


def test_a_complement_with_another_title_is_not_read_as_a_qualifier() -> None:
    # "المكلف بلقاء وزير …": the words before the name are another office, not a qualifier
    text = "وصل المبعوث الأمريكي المكلف بلقاء وزير الخارجية سامح شكري إلى القاهرة."
    hit = _before(text, "سامح شكري")
    assert hit is None or "المبعوث" not in hit.text


def test_body_named_before_completes_a_role() -> None:
    hit = _before("كما وصف سفير فرنسا لدى المنظمة فيليب لاليو المداخلة بالمهزلة.", "فيليب لاليو",
                  {"فرنسا": "LOC"})
    assert hit is not None and hit.text == "سفير فرنسا لدى المنظمة"


def test_an_indefinite_noun_after_a_preposition_does_not_complete_a_role() -> None:
    hit = _before("قال السفير لدى منظمة فيليب لاليو إن", "فيليب لاليو")
    assert hit is None or "لدى" not in hit.text


def _after(text: str, name: str):  # noqa: ANN202 - RoleHit | None
    toks = build_tokens(text)
    last = next(k for k, t in enumerate(toks) if t.text == name.split()[-1])
    return role_after(text, toks, last, lambda k: None)


def test_quoted_title_after_the_comma_is_a_role() -> None:
    hit = _after('اعتقلت الشرطة عدنان أوكتار، "الداعية الإسلامي" الشهير مع حراسه.', "عدنان أوكتار")
    assert hit is not None and hit.text == "الداعية الإسلامي"


def test_quoted_clause_after_the_comma_is_no_role() -> None:
    assert _after('قال بوتين، "الرئيس يجب أن يرحل" ثم غادر.', "بوتين") is None
    assert _after('قال بوتين، "نحن لن نسمح بذلك".', "بوتين") is None


def test_layer_body_then_name_is_a_person_with_the_role() -> None:
    pytest.importorskip("rasd.analyse.ner")
    people = _people("وقال سفير لندن لدى المنظمة بيتر ويلسون في بيان إن المنظمة ليست منبرا.")
    assert people.get("بيتر ويلسون") == ["سفير لندن لدى المنظمة"]


def test_layer_organisation_after_a_preposition_stays_one() -> None:
    pytest.importorskip("rasd.analyse.ner")
    art = Article(text="وقال المتحدث باسم الحزب في المنظمة العربية لحقوق الإنسان إن الوضع خطير.")
    entities.annotate(art)
    assert not any(e.type == "PER" for e in art.entities)


def test_spokesman_of_the_name_is_no_role_of_it() -> None:
    assert _before("وفق ما أعلن متحدث باسم لوفن في إطار الزيارة.", "لوفن") is None


def test_institution_named_after_the_person_gives_no_role() -> None:
    hit = _before("عمل رئيسا لمجلس أمناء صندوق الملك عبد الله الثاني للتنمية.", "عبد الله الثاني")
    assert hit is None or "صندوق" not in hit.text


def test_office_governing_an_honorific_is_the_principal_s_envoy() -> None:
    hit = _before("بعد زيارة مبعوث الشيخ زايد بن سلطان للدوحة.", "زايد بن سلطان")
    assert hit is not None and hit.text == "الشيخ"
    # the office before a rank, asked with the rank as the name (the layer's outer role)
    assert _before("بعد زيارة مبعوث الشيخ زايد بن سلطان للدوحة.", "الشيخ") is None


def test_governing_office_before_an_office_still_joins() -> None:
    hit = _before("وقال مساعد الرئيس الروسي يوري أوشاكوف إن اللقاء تم.", "يوري أوشاكوف")
    assert hit is not None and hit.text == "مساعد الرئيس الروسي"
    hit = _before("وقال الأمير الدكتور تركي الفيصل إن اللقاء تم.", "تركي الفيصل")
    assert hit is not None and hit.text == "الأمير الدكتور"


def test_participle_must_be_derived_and_its_complement_nominal() -> None:
    # "التسريع" is a verbal noun, not a participle; "لإجبار" opens a purpose clause
    text = "وطالب المتظاهرون من النائب العام التسريع بتقديم لائحة الاتهام لإجبار نتانياهو على الاستقالة."
    hit = _before(text, "نتانياهو")
    assert hit is None or "النائب" not in hit.text


def test_kin_noun_before_an_honorific_and_name_is_the_other_person_s() -> None:
    # "صديقة للشيخة لطيفة": the friend is someone else; the name keeps only its honorific
    hit = _before("قالت تينا، وهي صديقة للشيخة لطيفة وكانت معها.", "لطيفة")
    assert hit is not None and hit.text == "الشيخة"
    # but "ابنة الجاسوس الروسي يوليا سكريبال": the title is her father's, the kin noun hers
    hit = _before("وقالت ابنة الجاسوس الروسي يوليا سكريبال إنها بخير.", "يوليا سكريبال")
    assert hit is not None and hit.text.startswith("ابنة")


def test_sibling_with_an_adjective_is_a_role() -> None:
    from rasd.analyse.entities.roles import relational_before

    text = "عندما حاولت أختها الكبرى شمسة الهروب."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "شمسة")
    hit = relational_before(text, toks, i, toks[i].start)
    assert hit is not None and hit.text == "أختها الكبرى"


def test_one_word_name_after_an_honorific_with_the_article_s_evidence() -> None:
    pytest.importorskip("rasd.analyse.ner")
    people = _people("طالبت المنظمة بالكشف عن مصير الشيخة لطيفة، ابنة حاكم الإمارة الشيخ محمد بن راشد آل مكتوم. "
                     "وكانت الشيخة لطيفة قد بثت تسجيلا بالفيديو.")
    assert "لطيفة" in people and "الشيخة" in people["لطيفة"]
    assert "ابنة حاكم الإمارة" in people["لطيفة"]
    assert not any("ابنة" in r for r in people.get("محمد بن راشد آل مكتوم", []))


def test_one_word_after_an_honorific_once_is_no_name() -> None:
    pytest.importorskip("rasd.analyse.ner")
    people = _people("وقال الملك نفسه إن الملك نفسه لا يريد ذلك. ووصل الشيخ متأخرا.")
    assert "نفسه" not in people and "متأخرا" not in people


def test_title_phrase_then_comma_then_name_is_the_name_s_role() -> None:
    from rasd.analyse.entities.roles import counterpart_apposition

    text = "وقال نائب وزير الخارجية الروسي، ميخائيل بوغدانوف، إن الموضوعات مزيفة."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "ميخائيل")
    kinds = {i: "PER", i + 1: "PER"}
    hit = counterpart_apposition(text, toks, i, lambda k: kinds.get(k))
    assert hit is not None and hit.text == "نائب وزير الخارجية الروسي"


def test_title_after_a_person_and_comma_is_that_person_s_not_the_next() -> None:
    from rasd.analyse.entities.roles import counterpart_apposition

    text = "والتقى بوتين، الرئيس الروسي، دونالد ترامب أمس."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "دونالد")
    b = next(k for k, t in enumerate(toks) if t.text == "بوتين")
    kinds = {i: "PER", i + 1: "PER", b: "PER"}
    assert counterpart_apposition(text, toks, i, lambda k: kinds.get(k)) is None


def test_kin_noun_before_the_comma_is_no_role_of_the_apposed_name() -> None:
    from rasd.analyse.entities.roles import counterpart_apposition

    text = "أكدت ابنة العميل المزدوج الروسي، سيرغي سكريبال، يوليا، إنها بخير."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "سيرغي")
    kinds = {i: "PER", i + 1: "PER"}
    assert counterpart_apposition(text, toks, i, lambda k: kinds.get(k)) is None


def test_form_of_address_inside_an_organisation_is_no_title() -> None:
    text = "وقال زعيم تنظيم الدولة الإسلامية أبو بكر البغدادي إن"
    hit = _before(text, "أبو بكر البغدادي", {"تنظيم": "ORG", "الدولة": "ORG", "الإسلامية": "ORG"})
    assert hit is not None and hit.text == "زعيم تنظيم الدولة الإسلامية"


def test_father_is_no_doctor_honorific() -> None:
    from rasd.analyse.entities.honorifics import _honorific

    toks = build_tokens("اصطحب والد توما ليمار ابنه. وقام والد ليمار بتدريبه. والشيخة لطيفة")
    assert [t.text for t in toks if _honorific(t)] == ["والشيخة"]


def test_a_title_with_its_field_after_the_name_is_a_role() -> None:
    hit = _after("والسيد كريم سالم خبير في علوم البحار والمحيطات، وفاز بجائزة.", "كريم سالم")
    assert hit is not None and hit.text == "خبير في علوم البحار والمحيطات"


def test_a_title_whose_field_runs_into_a_clause_is_no_role() -> None:
    # no punctuation closes the words after في: a clause goes on, not the title's field
    assert _after("والسيد كريم سالم خبير في علوم البحار والمحيطات التي زارها أمس وقال إنه سعيد بها جدا.",
                  "كريم سالم") is None


def test_a_title_in_brackets_right_before_the_name_is_a_role() -> None:
    from rasd.analyse.entities.roles import counterpart_apposition

    text = "وقالت (المبعوثة الخاصة للأمم المتحدة) سارة لين إن الحل قريب."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "سارة")
    kinds = {i: "PER", i + 1: "PER"}
    hit = counterpart_apposition(text, toks, i, lambda k: kinds.get(k))
    assert hit is not None and hit.text.startswith("المبعوثة الخاصة")
    text = "وقالت (المبعوثة قالت إنها ستعود) سارة لين إن الحل قريب."
    toks = build_tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "سارة")
    assert counterpart_apposition(text, toks, i, lambda k: {i: "PER", i + 1: "PER"}.get(k)) is None


def test_a_dual_title_before_two_coordinated_names_is_both_names_role() -> None:
    text = "وقال نائبا الرئيس كريم سالم وسامي خالد إن الخطة جاهزة."
    toks = build_tokens(text)
    first = next(k for k, t in enumerate(toks) if t.text == "كريم")
    second = next(k for k, t in enumerate(toks) if t.text == "وسامي")
    kinds = {first: "PER", first + 1: "PER", second: "PER", second + 1: "PER"}
    hit = role_before(text, toks, second, toks[second].start + 1, lambda k: kinds.get(k))
    assert hit is not None and hit.text == "نائبا الرئيس"
    # a singular title stays the first name's
    text = "وقال نائب الرئيس كريم سالم وسامي خالد إن الخطة جاهزة."
    toks = build_tokens(text)
    assert role_before(text, toks, second, toks[second].start + 1, lambda k: kinds.get(k)) is None


def test_a_relation_with_its_pronoun_joined_to_an_apposed_office_is_a_role() -> None:
    from rasd.analyse.entities.appositions import coordinated_roles

    text = "وانتقد كريم سالم رئيس الحكومة وحليفه السابق قرار البرلمان."
    toks = build_tokens(text)
    last = next(k for k, t in enumerate(toks) if t.text == "سالم")
    hit = role_after(text, toks, last, lambda k: None)
    assert hit is not None and hit.text == "رئيس الحكومة"
    more = coordinated_roles(text, toks, hit, lambda k: None)
    assert [r.text for r in more] == ["حليفه السابق"]

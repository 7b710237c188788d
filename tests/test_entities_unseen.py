"""Unseen names: GeoNames towns with article evidence, platforms, plural group names, first letters
the tagger took for a conjunction, first names beyond the akhateeb lists (fake tagger, no shared data)."""

from __future__ import annotations

import re

from rasd.analyse import entities
from rasd.analyse.entities.cands import first_names
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_entities import fake_tagger as tagger


def make(text: str) -> Article:
    a = Article(paragraphs=[text])
    a.build_text()
    return a


def types(art: Article) -> dict[str, str]:
    return {normalize(e.name): e.type for e in art.entities}


def test_town_needs_evidence_then_holds_everywhere() -> None:
    with_noun = make("قصفت الطائرات مدينة دوما أمس. وقال سكان إن الوضع في دوما صعب.")
    entities.annotate(with_noun, tagger=tagger([]))
    e = next(e for e in with_noun.entities if normalize(e.name) == normalize("دوما"))
    assert e.type == "LOC" and len(e.mentions) == 2
    bare = make("قال إنه يعمل دوما على الحل.")
    entities.annotate(bare, tagger=tagger([]))
    assert normalize("دوما") not in types(bare)  # "always": no evidence that it is the town


def test_town_coordinated_with_a_place() -> None:
    art = make("يشمل الممر منبج وعين العرب قرب مدينة حلب.")
    entities.annotate(art, tagger=tagger([("حلب", "LOC")]))
    got = types(art)
    assert got.get(normalize("منبج")) == "LOC" and got.get(normalize("عين العرب")) == "LOC"


def test_two_word_town_tagged_person_is_a_place() -> None:
    art = make("وقع الهجوم على خان شيخون العام الماضي.")
    entities.annotate(art, tagger=tagger([("خان شيخون", "PER")]))
    assert types(art).get(normalize("خان شيخون")) == "LOC"


def test_platform_in_the_account_frame() -> None:
    art = make("وكتب الوزير في تغريدة عبر حسابه الرسمي على تويتر أن الاتفاق صامد. ونشر تويتر البيان.")
    entities.annotate(art, tagger=tagger([]))
    e = next(e for e in art.entities if normalize(e.name) == normalize("تويتر"))
    assert e.type == "ORG" and len(e.mentions) == 2
    assert normalize("حسابه") not in types(art)


def test_plural_group_name_when_the_singular_names_something() -> None:
    art = make("قال زعيم جماعة الحوثي إن الحوثيين لن ينسحبوا. وقتل عشرات المدنيين.")
    entities.annotate(art, tagger=tagger([]))
    e = next(e for e in art.entities if normalize("الحوثيين") in {normalize(m.text) for m in e.mentions})
    assert e.type == "ORG"
    assert all(normalize("المدنيين") != normalize(m.text) for e in art.entities for m in e.mentions)


def test_first_letter_is_not_a_conjunction_when_the_rest_is_unattested() -> None:
    text = "وقال فوكودا إن الوضع صعب. ووصل وانغ."
    spans = [(m.start() + 1, m.end(), "PER") for m in re.finditer("فوكودا", text)]
    art = make(text)
    entities.annotate(art, tagger=lambda _t: spans)
    assert any(m.text == "فوكودا" for e in art.entities for m in e.mentions)


def test_verb_after_a_name_ends_the_span() -> None:
    art = make("أكد الجبير أن قطر ستحضرها القمة.")
    entities.annotate(art, tagger=tagger([("قطر ستحضرها", "ORG")]))
    assert all("ستحضرها" not in m.text for e in art.entities for m in e.mentions)


def test_first_and_family_name_join_the_full_name() -> None:
    art = make("التقى الرئيس رجب طيب أردوغان الوفد. وقال رجب أردوغان إن المحادثات جيدة.")
    entities.annotate(art, tagger=tagger([("رجب طيب أردوغان", "PER"), ("رجب أردوغان", "PER")]))
    people = [e for e in art.entities if e.type == "PER"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_compass_adjective_extends_a_place() -> None:
    art = make("زار الوفد القدس الشرقية أمس.")
    entities.annotate(art, tagger=tagger([("القدس", "LOC")]))
    assert normalize("القدس الشرقية") in types(art)


def test_first_names_hold_common_names_beyond_the_akhateeb_lists() -> None:
    names = first_names()
    assert normalize("إبراهيم") in names and normalize("يوسف") in names
    assert normalize("رئيس") not in names and normalize("طموح") not in names


def test_tagged_first_name_after_a_title_takes_the_family_name() -> None:
    art = make("وكان وزير الخارجية السوداني إبراهيم غندور قال إن الاجتماع انتهى.")
    entities.annotate(art, tagger=tagger([("إبراهيم", "PER")]))
    assert normalize("إبراهيم غندور") in types(art)
    kin = make("وحضر الأمير وليم حفيد ملكة بريطانيا الحفل.")
    entities.annotate(kin, tagger=tagger([("وليم", "PER")]))
    assert normalize("وليم") in types(kin)  # a kin noun opens the next phrase


def test_leading_kaf_is_the_names_own_letter() -> None:
    art = make("أقال لوران فوكييه نائبته فيرجيني كالميل. وصعدت كالميل لهجتها.")
    entities.annotate(art, tagger=tagger([("لوران فوكييه", "PER"), ("فيرجيني كالميل", "PER"), ("كالميل", "PER")]))
    assert normalize("فيرجيني كالميل") in types(art) and normalize("الميل") not in types(art)


def test_verb_between_two_named_people_splits_the_span() -> None:
    art = make("التقى كيم جونغ أون الرئيس مون جاي. وقالت الوكالة إن كيم جونغ أون شكر مون جاي على جهوده.")
    entities.annotate(art, tagger=tagger([("كيم جونغ أون شكر مون جاي", "PER"), ("كيم جونغ أون", "PER"),
                                          ("مون جاي", "PER")]))
    kim = next(e for e in art.entities if normalize(e.name) == normalize("كيم جونغ أون"))
    assert normalize("مون جاي") not in {normalize(a) for a in kim.aliases}
    assert len(kim.mentions) == 2


def test_clause_words_before_a_name_are_dropped() -> None:
    art = make("ودانت فاليري بيكريس القرار. وأمرت القاضية بمثول كوهين أمامها. وقال مايكل كوهين إنه بريء.")
    entities.annotate(art, tagger=tagger([("ودانت فاليري بيكريس", "PER"), ("بمثول كوهين", "PER"),
                                          ("مايكل كوهين", "PER")]))
    got = types(art)
    assert normalize("فاليري بيكريس") in got and normalize("ودانت فاليري بيكريس") not in got
    assert normalize("بمثول كوهين") not in got
    kept = make("وقال باراك أوباما إن الاتفاق جيد. وأضاف أوباما أنه متفائل.")
    entities.annotate(kept, tagger=tagger([("باراك أوباما", "PER"), ("أوباما", "PER")]))
    assert normalize("باراك أوباما") in types(kept)  # ب opens the name itself


def test_name_opening_with_ba_after_a_role_and_comma() -> None:
    art = make("وبعد تشكيل رئيس الوزراء الإسرائيلي، بنيامين نتنياهو لجنة للتفاوض، فتحت الكنيسة أبوابها.")
    entities.annotate(art, tagger=tagger([]))
    assert types(art).get(normalize("بنيامين نتنياهو")) == "PER"


def test_name_after_a_role_completed_by_an_organisation_and_place() -> None:
    art = make("وقال مراسل بي بي سي في بودابست نك ثورب إن البرلمان سيناقش القانون.")
    entities.annotate(art, tagger=tagger([("بودابست", "LOC")]))
    assert types(art).get(normalize("نك ثورب")) == "PER"


def test_spelt_initials_belong_to_the_name() -> None:
    art = make("وقال إم إن تيواري نائب قائد الشرطة إن التحقيق مستمر. وقال إن الفتاة بخير.")
    entities.annotate(art, tagger=tagger([("تيواري", "PER")]))
    assert normalize("إم إن تيواري") in types(art)

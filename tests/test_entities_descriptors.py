"""Descriptions of a person by a common noun next to the name (issue 10, session 8): the shape of a
word for a person and the syntax of apposition, no title lexicon (``rasd.analyse.entities.descriptors``)."""

from __future__ import annotations

import pytest

from rasd.analyse.entities.descriptors import (
    apposed_description,
    descriptor_after,
    descriptor_before,
    person_shape,
)
from rasd.analyse.entities.tokens import build_tokens


def _tok(word: str):  # noqa: ANN202 - Tok
    return build_tokens(word)[0]


def _spans(text: str, names: list[str]) -> tuple[list, dict[int, str]]:
    toks = build_tokens(text)
    kinds: dict[int, str] = {}
    for name in names:
        words = name.split()
        for k in range(len(toks) - len(words) + 1):
            got = [t.text for t in toks[k:k + len(words)]]
            if got[1:] == words[1:] and got[0].endswith(words[0]):
                kinds.update({k + m: "PER" for m in range(len(words))})
    return toks, kinds


def _before(text: str, name: str):  # noqa: ANN202 - RoleHit | None
    toks, kinds = _spans(text, [name])
    first = min(kinds)
    start = toks[first].start + toks[first].text.find(name.split()[0])
    return descriptor_before(text, toks, first, start, lambda k: kinds.get(k))


def _after(text: str, name: str):  # noqa: ANN202 - RoleHit | None
    toks, kinds = _spans(text, [name])
    return descriptor_after(text, toks, max(kinds), lambda k: kinds.get(k), name)


@pytest.mark.parametrize("word", ["الناشر", "الباحثة", "المدون", "المتهم", "المحامي", "الزميل", "السياسي",
                                  "الشرطي", "المؤرخ"])
def test_words_for_people_have_the_shape(word: str) -> None:
    assert person_shape(_tok(word))


@pytest.mark.parametrize("word", ["الداخلية", "الحرية", "المركبات", "المؤدين", "الثراء", "الموسيقى", "الأخير",
                                  "العدالة", "الزواج", "الرئيسان"])
def test_fields_plurals_and_verbal_nouns_do_not(word: str) -> None:
    assert not person_shape(_tok(word))


def test_a_noun_right_before_the_name_describes_the_person() -> None:
    hit = _before("وافق الملك على العفو عن السياسي أنور إبراهيم أمس.", "أنور إبراهيم")
    assert hit is not None and hit.text == "السياسي" and hit.kind == "descriptor"


def test_the_noun_keeps_its_demonym() -> None:
    hit = _before("وقال المدون الأمريكي جون سميث إنه أبلغ الشرطة.", "جون سميث")
    assert hit is not None and hit.text == "المدون الأمريكي" and hit.country == "US"


@pytest.mark.parametrize("text", [
    "وقال مهاتير إن اسمها الحقيقي ستيفاني كليفورد.",      # an adjective of a possessed noun
    "وعينت الإنتربول الكوري الجنوبي كيم جونغ يانغ.",     # a nisba after a definite word is its adjective
    "وكان الجاني هو المدعو عبدالعزيز المالكي.",          # the naming participle
    "وقال وزير الداخلية المحامي سالم الهاشمي.",          # the noun completes a title before it
])
def test_adjectives_and_complements_are_no_description(text: str) -> None:
    name = {"ستيفاني": "ستيفاني كليفورد", "كيم": "كيم جونغ يانغ", "عبدالعزيز": "عبدالعزيز المالكي",
            "سالم": "سالم الهاشمي"}
    key = next(k for k in name if k in text)
    assert _before(text, name[key]) is None


def test_a_name_after_a_preposition_has_no_apposition_before_it() -> None:
    assert _before("وقال إنه تطور مهم لتحقيق العدالة لجوانا ديمافاليس.", "جوانا ديمافاليس") is None


def test_an_apposition_after_the_comma_closed_by_punctuation() -> None:
    hit = _after("وقال نيكولاس كروز، المتهم بإطلاق النار، إنه نادم.", "نيكولاس كروز")
    assert hit is not None and hit.text == "المتهم بإطلاق النار"


def test_a_long_apposition_is_cut_to_its_noun() -> None:
    hit = _after("وقال نيكولاس كروز، المتهم بإطلاق النار في مدرسة بمدينة باركلاند بولاية فلوريدا، إنه نادم.",
                 "نيكولاس كروز")
    assert hit is not None and hit.text == "المتهم"


def test_an_age_is_no_description() -> None:
    assert _after("واعتقل فيكتور كوديافتسيف، البالغ من العمر 74 عاما، أمس.", "فيكتور كوديافتسيف") is None


def test_a_feminine_apposition_after_a_man_describes_the_group_before_him() -> None:
    text = "أعلن زعيم كتلة الفتح هادي العامري، التابعة للحشد الشعبي، تكوين تحالف."
    assert _after(text, "هادي العامري") is None
    assert _after("وقالت فاطمة الزهراء، المتقاعدة من الحركة، إنها مستمرة.", "فاطمة الزهراء") is not None


def test_an_apposition_running_into_a_clause_is_not_taken() -> None:
    assert _after("وقال نيكولاس كروز، المتهم بإطلاق النار وقد اعترف", "نيكولاس كروز") is None


def _predicate(text: str, name: str):  # noqa: ANN202 - RoleHit | None
    from rasd.analyse.entities.predicates import predicate_role

    toks, kinds = _spans(text, [name])
    first, last = min(kinds), max(kinds)
    start = toks[first].start + toks[first].text.find(name.split()[0])
    return predicate_role(text, toks, first, last, start, lambda k: kinds.get(k))


def test_the_office_predicated_by_a_copula_after_the_name() -> None:
    hit = _predicate("وأصبح كافانو منذ حوالى عقد من الزمن قاضيا في محكمة الاستئناف، الهيئة التي تنظر.", "كافانو")
    assert hit is not None and hit.text == "قاضيا في محكمة الاستئناف" and hit.kind == "predicate"


def test_the_office_predicated_of_the_name_opening_the_sentence() -> None:
    hit = _predicate("وكافانو الذي كان مستشارا قانونيا للرئيس الأسبق، بدأ مسيرته.", "كافانو")
    assert hit is not None and hit.text == "مستشارا قانونيا للرئيس الأسبق"


@pytest.mark.parametrize("text,name", [
    ("وكانت كريستال تادلوك قادمة من باريس.", "كريستال تادلوك"),       # a state, no office
    ("وكانت هيلاري كلينتون مستشارا للحملة.", "هيلاري كلينتون"),       # gender disagrees with the copula
    ("وقال إن ترامب كان رئيسا فاشلا.", "ترامب"),                      # the name does not open the sentence
    ("وكان لترامب مستشارا خاصا.", "ترامب"),                           # a preposition's object
])
def test_no_predicate_role(text: str, name: str) -> None:
    assert _predicate(text, name) is None


def _with_tagger(text: str, names: list[str]) -> dict[str, list[str]]:
    from rasd.analyse import entities
    from rasd.record import Article

    spans = [(text.index(n), text.index(n) + len(n), "PER") for n in names]
    art = Article(text=text)
    entities.annotate(art, tagger=lambda _t: spans)
    return {e.name: e.roles for e in art.entities if e.type == "PER"}


def test_a_common_noun_does_not_make_a_lone_word_a_person() -> None:
    got = _with_tagger("وكان الحفل مع الموسيقي فلمزنر في المدينة.", ["فلمزنر"])
    assert "الموسيقي" not in got.get("فلمزنر", [])
    got = _with_tagger("وكان الحفل مع الموسيقي يوهان فلمزنر في المدينة.", ["يوهان فلمزنر"])
    assert got.get("يوهان فلمزنر") == ["الموسيقي"]


def _apposed(text: str, name: str):  # noqa: ANN202 - RoleHit | None
    toks, kinds = _spans(text, [name])
    return apposed_description(text, toks, min(kinds), lambda k: kinds.get(k))


def test_a_description_with_its_complement_before_a_comma_is_the_names_role() -> None:
    hit = _apposed("وقال المهندس المسؤول عن المشروع، كريم سالم، إن العمل تأخر.", "كريم سالم")
    assert hit is not None and hit.text == "المهندس المسؤول عن المشروع"


def test_a_relative_clause_after_the_noun_is_not_part_of_the_role() -> None:
    hit = _apposed("ونقل الحارس الذي رأى الحادث، جون سميث، إلى المستشفى.", "جون سميث")
    assert hit is not None and hit.text == "الحارس"


def test_an_apposition_of_the_words_before_a_comma_is_no_role_of_the_name() -> None:
    assert _apposed("وعثر على مدير الشركة، الفائق الخبرة في البلاد، كريم سالم أمس.", "كريم سالم") is None


def test_a_noun_governed_by_the_word_before_it_is_no_description() -> None:
    assert _apposed("وزار مكتب المحامي المسؤول عن القضية، كريم سالم، أمس.", "كريم سالم") is None


def test_a_clause_before_the_comma_is_no_description() -> None:
    assert _apposed("وقال المحامي إن الحكم صدر، كريم سالم حاضر.", "كريم سالم") is None


def test_a_prepositions_object_inside_a_longer_phrase_is_no_description() -> None:
    assert _apposed("واعتبر رئيس المجلس في الأراضي المقدسة، كريم سالم، أن القرار جيد.", "كريم سالم") is None

"""The last check on a description speaker (rasd.analyse.quotes.phrase): a clean noun phrase, a name, or
nothing — then the cue's pronoun subject continues the earlier speaker."""

from __future__ import annotations

import pytest

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.base import _Ctx
from rasd.analyse.quotes.phrase import _common as common_words
from rasd.analyse.quotes.phrase import finite_verb, noun_head, speaker_phrase
from test_quotes import article, only

needs_ner = pytest.mark.skipif(not common_words(), reason="the NER package's word statistics are absent")


@pytest.mark.parametrize("word", ["أمام", "وسط", "بسبب", "ما", "كانوا", "وقالت", "قالوا"])
def test_prepositions_particles_and_verbs_head_no_speaker(word: str) -> None:
    assert not noun_head(word)


@pytest.mark.parametrize("word", ["مصدر", "الشرطة", "ثلاثة", "بعض", "بيان", "بعثة", "شاهدا"])
def test_nouns_head_a_speaker(word: str) -> None:
    assert noun_head(word)


@needs_ner
def test_a_clitic_preposition_is_told_from_a_noun_starting_with_ba() -> None:
    assert not noun_head("بثقة") and not noun_head("بلهجة")
    assert noun_head("بعض") and noun_head("بنك")


def test_names_ending_in_wa_are_no_past_plural() -> None:
    assert finite_verb("كانوا")
    assert not finite_verb("فرنسوا") and not finite_verb("الحلوا")


def _ctx(*paragraphs: str, entities=None) -> _Ctx:  # noqa: ANN001
    return _Ctx(article(*paragraphs, entities=entities or {}))


@pytest.mark.parametrize("phrase, clean", [
    ("ثلاثة ضباط كانوا", "ثلاثة ضباط"),
    ("لجنة برلمانية هذا", "لجنة برلمانية"),
    ("المشتبه به", "المشتبه به"),  # a pronoun-carrying preposition stays
])
def test_a_phrase_ends_where_the_noun_phrase_ends(phrase: str, clean: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) == clean


@pytest.mark.parametrize("phrase", ["أمام حشد", "أمام الصحافة ما", "كانوا في الموقع"])
def test_a_phrase_that_is_no_noun_phrase_is_dropped(phrase: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) is None


@needs_ner
@pytest.mark.parametrize("phrase, name", [
    ("رئيسة الهلال الأحمر الجزائري سعيدة بن حبيلس", "سعيدة بن حبيلس"),
    ("أحد محامي الدفاع فكرت إيلكيز", "فكرت إيلكيز"),
    ("المتحدث باسم الخارجية هو توم كايسي", "توم كايسي"),
])
def test_a_description_holding_a_name_is_the_person(phrase: str, name: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) == name


@needs_ner
@pytest.mark.parametrize("phrase, clean", [
    ("شاهدا عيان لبي بي سي", "شاهدا عيان"),
    ("السلطات إحدى الضربات الغربية", "السلطات"),
    ("وسائل إعلامية سويدية وأجنبية", "وسائل إعلامية سويدية وأجنبية"),  # adjectives of an indefinite noun
    ("مسؤولين ليبيين وغربيين", "مسؤولين ليبيين وغربيين"),  # a demonym with ل is no outlet told
])
def test_the_outlet_told_and_a_clause_after_a_definite_noun_are_cut(phrase: str, clean: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) == clean


def test_a_person_entity_written_in_the_description_speaks() -> None:
    ctx = _ctx("قال نائب وزير الثقافة ياروسلاف سيلين إن التعديل جاهز.",
               entities={"E1": ("PER", "ياروسلاف سيلين", [])})
    assert speaker_phrase(ctx, "نائب وزير الثقافة ياروسلاف سيلين") == "E1"
    assert speaker_phrase(ctx, "E1") == "E1" and speaker_phrase(ctx, None) is None


def test_a_preposition_phrase_gives_way_to_the_pronoun_subject() -> None:
    art = article("وقال الرئيس دونالد ترامب إن بلاده أنفقت الكثير.",
                  "وكان آخر هذه التصريحات السبت عندما قال أمام حشد من أنصاره: «أنفقنا 7 تريليون دولار».",
                  entities={"E1": ("PER", "دونالد ترامب", ["الرئيس"])})
    assert only(find_quotes(art), "أنفقنا").speaker == "E1"


def test_a_name_in_a_construct_genitive_is_not_the_speaker() -> None:
    ctx = _ctx("قال مسؤولون في إدارة ترامب إن القمة قائمة.", entities={"E1": ("PER", "دونالد ترامب", [])})
    assert speaker_phrase(ctx, "مسؤولون في إدارة ترامب") == "مسؤولون في إدارة ترامب"
    assert speaker_phrase(ctx, "الرئيس دونالد ترامب نفسه") == "E1"


def test_a_pluperfect_agency_kind_then_its_name_speaks_as_the_agency() -> None:
    art = article("وكانت وكالة \"أسوشيتد برس\" قد اتهمت الجزائر بالتخلي عن آلاف المهاجرين في الصحراء.",
                  entities={"E1": ("ORG", "أسوشيتد برس", []), "E2": ("LOC", "الجزائر", [])})
    assert only(find_quotes(art), "بالتخلي").speaker == "E1"


def test_a_feminine_title_outweighs_masculine_verbs_next_to_her_name() -> None:
    # the verbs before «رايس» (here masculine, as when the name is another verb's object) vote M; her
    # title «وزيرة» says F, and «وأضافت» continues her words
    art = article("التقى أولمرت وزيرة الخارجية الأمريكية كوندوليزا رايس التي قالت إن الوقت حان لشرق أوسط جديد.",
                  "وقال رايس في تصريح لاحق كلاما مختلفا، وقال رايس ذلك أيضا.",
                  "وأضافت أن الحل الدائم يجب أن يكون شاملا.",
                  entities={"E1": ("PER", "كوندوليزا رايس", ["وزيرة الخارجية الأمريكية"]),
                            "E2": ("PER", "إيهود أولمرت", [])})
    assert only(find_quotes(art), "الحل الدائم").speaker == "E1"


@pytest.mark.parametrize(("phrase", "clean"), [
    ("تقديرات غير رسمية جمعها باحثون في جامعة محلية", "تقديرات غير رسمية"),
    ("مهندسين محليين قولهم", "مهندسين محليين"),
    ("دراسة حديثة أشرفت عليها جامعة كبرى", "دراسة حديثة أشرفت عليها جامعة كبرى"),  # عليها: a preposition
])
def test_a_verb_with_a_resumptive_pronoun_ends_an_indefinite_phrase(phrase: str, clean: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) == clean


def test_an_indefinite_title_after_a_stance_verb_is_its_subject() -> None:
    # "ودعا متحدث باسم الحزب الناخبين…": the indefinite title is the subject (an object would be definite),
    # and a plural demonym agrees with neither the singular title nor the singular genitive: it is the object
    from quote_helpers import quotes_of

    got = dict(quotes_of("قال رئيس الحزب كريم الساعدي إن الحكومة فشلت. "
                         "ودعا متحدث باسم الحزب الباكستانيين إلى مقاطعة المنتجات المستوردة."))
    assert got["مقاطعة المنتجات المستوردة"] == "متحدث باسم الحزب"


@pytest.mark.parametrize(("phrase", "clean"), [
    ("الخبراء الاقتصاديين", "الخبراء الاقتصاديين"),  # a plural head: its plural adjective
    ("مدير لجنة حماية الصحفيين", "مدير لجنة حماية الصحفيين"),  # no demonym: a people's noun
])
def test_a_plural_adjective_is_kept_where_it_may_agree(phrase: str, clean: str) -> None:
    assert speaker_phrase(_ctx("نص."), phrase) == clean

"""Coreference clean-up of weak entities (rasd.analyse.coref): lone one-word persons and «الحكومة/الإدارة/
السلطات + nationality» descriptions of a state."""

from __future__ import annotations

from rasd.analyse.coref import resolve
from rasd.analyse.entities.tokens import build_tokens
from test_coref import _ent


def test_lone_word_person_joins_the_longer_name_that_carries_it() -> None:
    text = "وقال الرئيس الأمريكي دونالد ترامب إن القمة ستعقد. من جهة أخرى، أكد ترامب أن الموعد ثابت."
    ents = [_ent(text, "E1", "PER", "دونالد ترامب", ["الرئيس الأمريكي"]), _ent(text, "E2", "PER", "ترامب")]
    ents[1].mentions = [m for m in ents[1].mentions if m.start > 40]
    out = resolve(text, build_tokens(text), ents)
    assert [e.name for e in out if e.type == "PER"] == ["دونالد ترامب"]
    assert len(out[0].mentions) == 2


def test_lone_word_person_without_support_is_dropped() -> None:
    text = "وقال زعيم المعارضة إن الرجل غير صالح أخلاقيا لقيادة البلاد."
    out = resolve(text, build_tokens(text), [_ent(text, "E1", "PER", "صالح")])
    assert out == []


def test_lone_word_person_with_a_role_or_written_twice_stays() -> None:
    text = "وقال المتحدث آيل إن القرار خاطئ. وأضاف آيل أن الحكومة تراجعت. وقال الوزير الجبير إن الوفد وصل."
    ents = [_ent(text, "E1", "PER", "آيل"), _ent(text, "E2", "PER", "الجبير", ["الوزير"])]
    out = resolve(text, build_tokens(text), ents)
    assert {e.name for e in out} == {"الجبير", "آيل"}


def test_government_descriptions_are_no_organisations() -> None:
    text = ("وقالت الإدارة الأمريكية إنها تدرس الرد. وأعلنت الحكومة العراقية الجديدة خطتها. "
            "وأكد حكومة الوفاق الوطني والجيش السوري ذلك.")
    ents = [_ent(text, "E1", "ORG", "الإدارة الأمريكية"), _ent(text, "E2", "ORG", "الحكومة العراقية الجديدة"),
            _ent(text, "E3", "ORG", "حكومة الوفاق الوطني"), _ent(text, "E4", "ORG", "الجيش السوري")]
    out = resolve(text, build_tokens(text), ents)
    assert {e.name for e in out} == {"الجيش السوري", "حكومة الوفاق الوطني"}


def test_government_description_joins_the_country_named() -> None:
    text = "وقالت السلطات التركية إن العملية انتهت، فيما أكدت تركيا أنها لن تنسحب."
    ents = [_ent(text, "E1", "ORG", "السلطات التركية"), _ent(text, "E2", "LOC", "تركيا")]
    ents[1].country = {"alpha2": "TR"}
    out = resolve(text, build_tokens(text), ents)
    assert [(e.type, e.name) for e in out] == [("LOC", "تركيا")]
    assert "السلطات التركية" in [m.text for m in out[0].mentions]


def test_nationality_adjective_alone_is_no_place() -> None:
    text = "وأرسلت فرنسا عسكريين إلى مدينة منبج السورية، وقالت السعودية إن الأمر مقلق."
    ents = [_ent(text, "E1", "LOC", "منبج"), _ent(text, "E2", "LOC", "السورية"), _ent(text, "E3", "LOC", "السعودية")]
    ents[2].country = {"alpha2": "SA"}
    out = resolve(text, build_tokens(text), ents)
    assert {e.name for e in out} == {"منبج", "السعودية"}


def test_communities_and_common_words_are_no_organisations() -> None:
    text = "ودعم المقاتلين العرب والأكراد، وقال إن محكمة خاصة ستنظر في القضية، فيما علقت طالبان."
    ents = [_ent(text, "E1", "ORG", "الأكراد", forms=["الأكراد"]), _ent(text, "E2", "ORG", "خاصة"),
            _ent(text, "E3", "ORG", "طالبان")]
    out = resolve(text, build_tokens(text), ents)
    assert {e.name for e in out} == {"طالبان"}

"""A country's armed forces under their generic names are one entity (rasd.analyse.entities.forces),
and a GeoNames town the article shows is a place beats a tagger span of part of it."""

from __future__ import annotations

from rasd.analyse.entities.forces import forces_country
from rasd.analyse.entities.layer import annotate
from rasd.arabic.normalize import normalize
from rasd.record import Article


def _key(name: str) -> tuple[str, ...]:
    return tuple(normalize(name).split())


def test_generic_army_names_give_their_country() -> None:
    assert forces_country(_key("الجيش السوري")) == "SY"
    assert forces_country(_key("القوات الحكومية السورية")) == "SY"
    assert forces_country(_key("الجيش العربي السوري")) == "SY"
    assert forces_country(_key("قوات الاحتلال الإسرائيلي")) == "IL"
    assert forces_country(_key("القوات المسلحة الأمريكية")) == "US"


def test_branches_and_other_bodies_are_not_the_army() -> None:
    assert forces_country(_key("القوات الجوية الجزائرية")) is None  # a branch
    assert forces_country(_key("قوات الأمن السودانية")) is None
    assert forces_country(_key("قوات سوريا الديمقراطية")) is None  # no demonym: a named militia
    assert forces_country(_key("حزب القوات اللبنانية")) is None
    assert forces_country(_key("الجيش")) is None
    assert forces_country(_key("القوات السورية التركية")) is None  # two countries


def _entities(text: str, spans: list[tuple[str, str]]) -> list:
    """Run the layer with a stub tagger that marks each (surface, type) everywhere it occurs."""
    def tagger(t: str) -> list[tuple[int, int, str]]:
        out = []
        for surface, kind in spans:
            i = t.find(surface)
            while i >= 0:
                out.append((i, i + len(surface), kind))
                i = t.find(surface, i + 1)
        return sorted(out)
    art = Article(id="t", text=text)
    annotate(art, tagger=tagger)
    return art.entities


def test_one_entity_per_army_and_country() -> None:
    text = ("قصف الجيش السوري مواقع المعارضة. وقالت القوات الحكومية السورية إنها تقدمت، "
            "فيما قالت القوات التركية إنها ردت. وأعلن الجيش التركي مقتل جنديين.")
    ents = _entities(text, [])
    armies = [e for e in ents if e.type == "ORG" and forces_country(_key(e.name))]
    assert len(armies) == 2
    forms = [{normalize(e.name), *(normalize(a) for a in e.aliases)} for e in armies]
    syrian = next(f for f in forms if normalize("الجيش السوري") in f)
    assert normalize("القوات الحكومية السورية") in syrian
    assert normalize("القوات التركية") not in syrian


def test_known_town_beats_a_tagger_span_of_part_of_it() -> None:
    text = "وقال المسؤول إن الانفجار وقع في منطقة بيت حانون شمال قطاع غزة."
    ents = _entities(text, [("بيت", "LOC")])
    assert any(e.type == "LOC" and e.name == "بيت حانون" for e in ents)
    # a known place inside a longer town name keeps its own entity name (no split of القدس)
    ents = _entities("وزار الوفد مدينة القدس أمس، ثم غادر القدس.", [("القدس", "LOC")])
    assert [e.name for e in ents if e.type == "LOC"] == ["القدس"]


def test_definite_name_and_compass_adjective_name_a_region() -> None:
    text = "قصفت الطائرات الغوطة الشرقية، ثم المحافظات الشرقية والمنطقة الشرقية والجبهة الشرقية."
    locs = [e.name for e in _entities(text, []) if e.type == "LOC"]
    assert locs == ["الغوطة الشرقية"]


def test_indefinite_nisba_after_a_head_is_a_description_not_a_name() -> None:
    text = "وقالت هيئة قضائية للأمم المتحدة إن القرار ملزم، وأعلنت شركة أرامكو السعودية أرباحها."
    orgs = [e.name for e in _entities(text, [("الأمم المتحدة", "ORG")]) if e.type == "ORG"]
    assert "الأمم المتحدة" in orgs
    assert not any(o.startswith("هيئة") for o in orgs)
    assert "شركة أرامكو السعودية" in orgs


def test_indefinite_demonym_tagged_a_place_is_dropped() -> None:
    text = "وقال إن الهدف إدراج مدن سعودية في القائمة، وإن سورية لن تقبل."
    locs = [e.name for e in _entities(text, [("سعودية", "LOC"), ("سورية", "LOC")]) if e.type == "LOC"]
    assert locs == ["سورية"]  # a country's own name that is also a demonym stays


def test_town_of_a_country_the_article_names_after_a_locative() -> None:
    locs = [e.name for e in _entities("وصل الوفد إلى سوريا، وقتل عشرة في دوما أمس.", []) if e.type == "LOC"]
    assert "دوما" in locs
    # no country of the town named: no evidence that the word is the town
    assert not [e for e in _entities("وقتل عشرة في دوما أمس.", []) if e.name == "دوما"]
    # in construct with a definite noun it is a common plural: "في ميادين المعارك"
    ents = _entities("والجيش لاعب في ميادين المعارك في سوريا.", [])
    assert not [e for e in ents if e.name == "ميادين"]


def test_news_agency_full_name_with_its_descriptor_is_an_alias() -> None:
    ents = _entities("ونقلت وكالة رويترز للأنباء عن مصدر قوله إن رويترز علمت.", [("رويترز", "ORG")])
    org = next(e for e in ents if e.type == "ORG")
    assert "وكالة رويترز للأنباء" in org.aliases
    # no descriptor after the name: no such alias
    ents = _entities("ونقلت وكالة رويترز عن مصدر قوله.", [("رويترز", "ORG")])
    assert not any("للأنباء" in a for e in ents for a in e.aliases)


def test_platform_after_a_far_writing_verb_or_with_ba_after_its_page() -> None:
    def orgs(text: str) -> list[str]:
        return [e.name for e in _entities(text, []) if e.type == "ORG"]
    assert "تويتر" in orgs("وكتب أنور قرقاش وزير الدولة للشؤون الخارجية في الإمارات على تويتر \"لا يخفى\".")
    assert "تويتر" in orgs("جاء ذلك في سلسلة من التغريدات على صفحته بتويتر، حيث قال: \"يقول\"")
    # a ب word not after a page, and a far cue before a noun in construct, are no platforms
    assert orgs("وقال إنه يطالب بإسقاط النظام.") == []
    assert orgs("وسارع إلى نشر تغريدات متتالية لاطلاع الرأي العام على توجهات الحكومة المقبلة.") == []


def test_two_word_platform_name_closed_by_the_clause() -> None:
    def orgs(text: str) -> list[str]:
        return [e.name for e in _entities(text, []) if e.type == "ORG"]
    assert "فيس بوك" in orgs("وأعلن الرئيس على صفحته على فيس بوك ليل الخميس أن القرار اتخذ.")
    assert "فيس بوك" in orgs("وكتب الدفاع المدني على فيس بوك إن الحمم انبعثت.")
    # a conjunct, a feminine adjective or an accusative after the first word: no two-word name
    assert "انستغرام ويوتيوب" not in orgs("ونشرت الصور على انستغرام ويوتيوب أمس.")
    assert orgs("ووضعت على صلبان خشبية في الساحة.") == []

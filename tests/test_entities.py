"""The entities layer: span repair, grouping, roles, countries (fake tagger; no shared data needed)."""

from __future__ import annotations

import re

import pytest

from rasd.analyse import entities
from rasd.analyse.entities.countries import country_record, demonym_country, gazetteer
from rasd.arabic.normalize import normalize
from rasd.errors import ModelError
from rasd.record import Article


def make(paragraphs: list[str], title: str = "") -> Article:
    a = Article(title=title, paragraphs=paragraphs)
    a.build_text()
    return a


def fake_tagger(spans: list[tuple[str, str]]):
    """A deliberately imperfect tagger: tags every occurrence of each surface string."""
    def tag(text: str) -> list[tuple[int, int, str]]:
        out = []
        for surface, typ in spans:
            out += [(m.start(), m.end(), typ) for m in re.finditer(re.escape(surface), text)]
        return sorted(out)
    return tag


def by_name(art: Article, name: str):
    hits = [e for e in art.entities if normalize(e.name) == normalize(name)]
    assert hits, f"no entity {name!r} in {[e.name for e in art.entities]}"
    return hits[0]


def check_offsets(art: Article) -> None:
    for e in art.entities:
        for m in e.mentions:
            assert art.text[m.start:m.end] == m.text
            assert "\n" not in m.text
            assert m.text == m.text.strip() and m.text[:1] not in "\"«،,."


PARAS = [
    "أفاد مساعد الرئيس الروسي يوري أوشاكوف، اليوم الأربعاء، بأن الرئيس الروسي فلاديمير بوتين ونظيره الصيني "
    "شي جين بينغ قد يجريان اتصالات خلال فعاليات منظمة شنغهاي للتعاون ومجموعة \"بريكس\".",
    "وحسب أوشاكوف، ناقش بوتين وشي جين بينغ المشاورات بين سكرتير مجلس الأمن الروسي سيرغي شويغو ووزير الخارجية "
    "الصيني وانغ يي، رئيس مكتب لجنة الشؤون الخارجية باللجنة المركزية للحزب الشيوعي الصيني، في بكين.",
    "وصرح المتحدث الرسمي باسم وزارة الخارجية الصينية لين جيان بأن بكين وموسكو تحافظان على تنسيق وثيق.",
    "ونقلت صحيفة \"ذا غلوبال تايمز\" الصينية عن جيان، قوله إن الصين وروسيا عضوان في مجلس الأمن للأمم المتحدة.",
]
TAGGER = fake_tagger([
    ("وأوشاكوف", "PER"), ("يوري أوشاكوف", "PER"), ("فلاديمير بوتين", "PER"), ("جين بينغ", "PER"),
    ("شنغهاي", "LOC"), ("سيرغي شويغو", "PER"), ("ووزير الخارجية", "ORG"), ("وانغ يي", "PER"),
    ("لين جيان", "PER"), ("مجلس الأمن", "ORG"), ("بكين", "LOC"), ("وموسكو", "LOC"), ("بريكس", "MISC"),
])


@pytest.fixture(scope="module")
def seedlike() -> Article:
    art = make(PARAS, title="أوشاكوف: من المحتمل أن يلتقي بوتين وشي جين بينغ")
    entities.annotate(art, tagger=TAGGER)
    return art


def test_offsets_and_no_clitics(seedlike):
    check_offsets(seedlike)
    for e in seedlike.entities:
        for m in e.mentions:
            assert not m.text.startswith("وو") and not m.text.startswith("وأ"), m.text


def test_ids_in_order_of_first_mention(seedlike):
    assert [e.id for e in seedlike.entities] == [f"E{i}" for i in range(1, len(seedlike.entities) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in seedlike.entities]
    assert firsts == sorted(firsts)


def test_short_forms_join_the_full_name(seedlike):
    ush = by_name(seedlike, "يوري أوشاكوف")
    assert ush.type == "PER" and len(ush.mentions) >= 3  # title, full, "وحسب أوشاكوف"
    lin = by_name(seedlike, "لين جيان")
    assert any(m.text == "جيان" for m in lin.mentions)
    assert not [e for e in seedlike.entities if normalize(e.name) == normalize("جيان")]


def test_first_name_missed_by_tagger_is_added(seedlike):
    xi = by_name(seedlike, "شي جين بينغ")
    assert all(m.text == "شي جين بينغ" for m in xi.mentions)


def test_roles_before_after_and_counterpart(seedlike):
    assert "مساعد الرئيس الروسي" in by_name(seedlike, "يوري أوشاكوف").roles
    assert "الرئيس الروسي" in by_name(seedlike, "فلاديمير بوتين").roles
    assert "سكرتير مجلس الأمن الروسي" in by_name(seedlike, "سيرغي شويغو").roles
    wang = by_name(seedlike, "وانغ يي")
    assert "وزير الخارجية الصيني" in wang.roles
    assert any(r.startswith("رئيس مكتب لجنة الشؤون الخارجية") and r.endswith("الشيوعي الصيني") for r in wang.roles)
    assert "المتحدث الرسمي باسم وزارة الخارجية الصينية" in by_name(seedlike, "لين جيان").roles
    xi = by_name(seedlike, "شي جين بينغ")
    # the counterpart's role is transferred from the other person's; the phrase as written is kept too
    assert xi.roles == ["الرئيس الصيني", "نظيره الصيني"] and xi.country["alpha2"] == "CN"


def test_person_country_from_role_demonym(seedlike):
    assert by_name(seedlike, "فلاديمير بوتين").country["alpha2"] == "RU"
    assert by_name(seedlike, "وانغ يي").country == country_record("CN")


def test_organisations_keep_full_names(seedlike):
    for name, code in [("منظمة شنغهاي للتعاون", None), ("مجلس الأمن الروسي", "RU"),
                       ("وزارة الخارجية الصينية", "CN"), ("الحزب الشيوعي الصيني", "CN"),
                       ("ذا غلوبال تايمز", "CN"), ("مجلس الأمن للأمم المتحدة", None)]:
        e = by_name(seedlike, name)
        assert e.type == "ORG", name
        assert (e.country or {}).get("alpha2") == code, name
    brics = by_name(seedlike, "بريكس")
    assert brics.type == "ORG" and "مجموعة بريكس" in brics.aliases
    # the quoted short form in the title belongs to the organisation, not to the city
    assert not [e for e in seedlike.entities if e.name == "شنغهاي"]
    assert by_name(seedlike, "الحزب الشيوعي الصيني").mentions[0].text == "لحزب الشيوعي الصيني"


def test_places_and_countries(seedlike):
    china = by_name(seedlike, "الصين")
    assert china.type == "LOC" and china.country == {"alpha2": "CN", "alpha3": "CHN", "name_en": "China",
                                                     "name_ar": "الصين"}
    assert by_name(seedlike, "روسيا").country["alpha3"] == "RUS"
    moscow = by_name(seedlike, "موسكو")
    assert moscow.type == "LOC" and moscow.mentions[0].text == "موسكو"  # وموسكو lost its و
    assert by_name(seedlike, "بكين").type == "LOC"


def test_country_data_comes_from_cldr():
    assert demonym_country("الروسية") == "RU" and demonym_country("الصيني") == "CN"
    assert demonym_country("الألماني") == "DE" and demonym_country("المصرية") == "EG"
    assert demonym_country("المالي") is None  # "financial", not Mali
    g = gazetteer()
    assert g[("مصر",)].alpha2 == "EG" and g[("القاهره",)].kind == "city"
    assert country_record("SA")["name_en"] == "Saudi Arabia"


def test_no_span_crosses_a_paragraph_break():
    art = make(["زار الرئيس الأمريكي جو", "بايدن مدينة دبي."])
    tag = fake_tagger([("جو\n\nبايدن", "PER")])
    entities.annotate(art, tagger=tag)
    check_offsets(art)
    assert by_name(art, "دبي").type == "LOC"


def test_diacritics_digits_latin_and_long_text():
    para = ("وقالَ وزيرُ الخارجيةِ السعوديُّ عادلُ الجبيرُ في ٢٠١٥ إن شركة Apple ستفتح مكتبا في الرياض، "
            + "وأضاف أن التعاون مستمر " * 300 + ".")
    art = make([para])
    entities.annotate(art, tagger=fake_tagger([("عادلُ الجبيرُ", "PER"), ("Apple", "ORG")]))
    check_offsets(art)
    jubeir = by_name(art, "عادل الجبير")
    # labels lose the diacritics (one spelling across articles); the mention keeps the text as written
    assert jubeir.name == "عادل الجبير" and jubeir.mentions[0].text == "عادلُ الجبيرُ"
    assert jubeir.roles == ["وزير الخارجية السعودي"] and jubeir.country["alpha2"] == "SA"
    assert by_name(art, "شركة Apple").type == "ORG"  # head noun + a Latin name
    assert by_name(art, "الرياض").type == "LOC"


def test_rules_only_when_model_missing():
    def broken(text: str):
        raise ModelError("ner model missing")
    art = make(["أعلنت وزارة الخارجية المصرية أن الوفد وصل إلى القاهرة."])
    entities.annotate(art, tagger=broken)
    assert any("rules only" in w for w in art.warnings)
    assert by_name(art, "وزارة الخارجية المصرية").country["alpha2"] == "EG"
    assert by_name(art, "القاهرة").type == "LOC"


def test_empty_article():
    art = make([])
    entities.annotate(art, tagger=TAGGER)
    assert art.entities == []


def test_stop_words_are_compared_as_written():
    # علي is a name and على a preposition; بان (Ban Ki-moon) is not the particle بأن
    art = make(["قال الأمين العام بان كي مون إن الوضع خطير، وأكد السيد علي السويدي على ذلك."])
    entities.annotate(art, tagger=fake_tagger([("بان كي مون", "PER"), ("علي السويدي", "PER")]))
    assert by_name(art, "بان كي مون").roles == ["الأمين العام"]
    assert by_name(art, "علي السويدي").type == "PER"
    assert not [m for e in art.entities for m in e.mentions if m.text == "على"]


def test_person_span_repairs():
    art = make(["أشار الأمير الدكتور تركي بن سعود -رئيس مدينة الملك عبدالعزيز للعلوم والتقنية- إلى الاتفاقية.",
                "وحضر الملك سلمان بن عبدالعزيز آل سعود والدكتور الزهراني اليوم الحفل."])
    tag = fake_tagger([("بن سعود", "PER"), ("سلمان بن عبدالعزيز آل", "PER"), ("الزهراني اليوم", "PER"),
                       ("عبدالعزيز للعلوم", "PER")])
    entities.annotate(art, tagger=tag)
    check_offsets(art)
    turki = by_name(art, "تركي بن سعود")  # the given name before بن is brought back
    assert "الأمير الدكتور" in turki.roles
    assert any(r.startswith("رئيس مدينة الملك عبدالعزيز") for r in turki.roles)
    assert by_name(art, "سلمان بن عبدالعزيز آل سعود").roles == ["الملك"]
    assert by_name(art, "الزهراني").type == "PER"  # "اليوم" left out


def test_organisation_boundaries():
    art = make(["أكد الائتلاف الوطني السوري المعارض الفصائل الكردية على التهدئة في مصلحة أوروبا.",
                "وفاز فريق فيراري باللقب، وقال رئيس اللجنة التنفيذية للاتحاد الأوروبي إن منتدى ألماني سيعقد."])
    tag = fake_tagger([("الائتلاف الوطني السوري المعارض", "ORG"), ("فيراري", "ORG"),
                       ("للاتحاد الأوروبي", "ORG")])
    entities.annotate(art, tagger=tag)
    check_offsets(art)
    orgs = {e.name for e in art.entities if e.type == "ORG"}
    assert "الائتلاف الوطني السوري المعارض" in orgs  # not "... الفصائل الكردية"
    assert "فيراري" in orgs  # فريق describes the name
    assert "الاتحاد الأوروبي" in orgs and "اللجنة التنفيذية للاتحاد الأوروبي" not in orgs
    assert not any("مصلحة" in o or "منتدى" in o for o in orgs)  # broad heads need a real name


def test_gazetteer_respects_ta_marbuta_and_prayer():
    art = make(["وجده المسؤول في مكانه بعد المغرب، ثم سافر إلى جدة والمغرب."])
    entities.annotate(art, tagger=fake_tagger([]))
    mentions = [(m.text, e.country and e.country["alpha2"]) for e in art.entities for m in e.mentions]
    assert ("جدة", None) in mentions and ("المغرب", "MA") in mentions
    assert len([m for m in mentions if m[0] == "المغرب"]) == 1  # not "بعد المغرب" (the sunset prayer)
    assert not [m for m in mentions if m[0].startswith("جده")]


def test_coordinated_people_tagged_as_one_span_are_split():
    art = make(["استقبل الملك سلمان بن عبدالعزيز الرئيس عبد الفتاح السيسي في الرياض.",
                "وبحث سلمان وعبد الفتاح السيسي العلاقات الثنائية."])
    entities.annotate(art, tagger=fake_tagger([
        ("سلمان بن عبدالعزيز", "PER"), ("عبد الفتاح السيسي", "PER"), ("سلمان وعبد الفتاح السيسي", "PER")]))
    check_offsets(art)
    names = {e.name for e in art.entities if e.type == "PER"}
    assert names == {"سلمان بن عبدالعزيز", "عبد الفتاح السيسي"}
    assert len(by_name(art, "عبد الفتاح السيسي").mentions) == 2


def test_a_name_with_a_waw_word_is_not_split():
    art = make(["قال الوزير محمد وليد الأحمد إن الاجتماع ناجح.", "وأضاف محمد وليد الأحمد أن الحوار مستمر."])
    entities.annotate(art, tagger=fake_tagger([("محمد وليد الأحمد", "PER")]))
    assert [e.name for e in art.entities if e.type == "PER"] == ["محمد وليد الأحمد"]


def test_definite_head_is_not_in_construct_with_a_tagged_noun():
    art = make(["ودعت القيادة الله أن يتقبلهم، وقالت الشركة السعودية للكهرباء إن العمل مستمر."])
    entities.annotate(art, tagger=fake_tagger([("الله", "MISC"), ("السعودية", "LOC")]))
    orgs = {e.name for e in art.entities if e.type == "ORG"}
    assert "القيادة الله" not in orgs
    assert "الشركة السعودية للكهرباء" in orgs  # a demonym after a definite head still continues it


def test_role_after_lam_contraction_gets_its_article_back():
    art = make(["وقاتلت القوات الموالية للرئيس السابق علي عبدالله صالح في عدن."])
    entities.annotate(art, tagger=fake_tagger([("علي عبدالله صالح", "PER")]))
    assert by_name(art, "علي عبدالله صالح").roles == ["الرئيس السابق"]


def test_institution_named_after_a_person_is_an_organisation():
    art = make(["وقدمت مؤسسة سالم بن محفوظ الخيرية دعما للمرضى، وقاد فريق فينغر الهجوم."])
    entities.annotate(art, tagger=fake_tagger([("سالم بن محفوظ", "PER"), ("فينغر", "PER")]))
    assert by_name(art, "مؤسسة سالم بن محفوظ الخيرية").type == "ORG"
    # "Wenger's team" describes the man's club: never part of the organisation (a lone one-word person with
    # nothing behind it is dropped by coreference, rasd.analyse.coref.lone)
    assert not any("فينغر" in e.name and e.type == "ORG" for e in art.entities)
    assert not any(e.name == "سالم بن محفوظ" and e.type == "PER" for e in art.entities)


def test_organisation_with_a_construct_complement_and_its_heads_person():
    art = make(["رحبت بعثة الأمم المتحدة لمساعدة العراق بالإصلاحات.",
                "وأعرب رئيس بعثة الأمم المتحدة في ليبيا برناردينو ليون عن ترحيبه."])
    tag = fake_tagger([("الأمم المتحدة", "ORG"), ("ليبيا", "LOC"), ("برناردينو ليون", "ORG")])
    entities.annotate(art, tagger=tag)
    check_offsets(art)
    assert by_name(art, "بعثة الأمم المتحدة لمساعدة العراق").type == "ORG"  # not cut before لمساعدة
    assert by_name(art, "برناردينو ليون").type == "PER"  # the name after the role's body and place


def test_unknown_name_after_a_full_role_is_a_person():
    art = make(["التقى وزير الخارجية المصري سامح شكري نظيره الروسي في موسكو.",
                "وقال وزير الداخلية اللبناني نهاد المشنوق إن الخطة جاهزة.",
                "وأكد مدير الأمن العام ينقل تحيات القيادة، والتقى وزير الخارجية المصري وفداً رفيعاً."])
    entities.annotate(art, tagger=fake_tagger([]))
    check_offsets(art)
    assert by_name(art, "سامح شكري").roles == ["وزير الخارجية المصري"]  # the name stops before نظيره
    assert by_name(art, "نهاد المشنوق").type == "PER"
    people = {e.name for e in art.entities if e.type == "PER"}
    assert not people & {"ينقل تحيات", "وفداً رفيعاً", "وفدا رفيعا"}  # a verb, an indefinite noun


def test_role_with_its_place_and_the_name_after_it():
    art = make(["استقبل رئيس مجلس النواب اللبناني نبيه بري المنسقة الخاصة للأمم المتحدة في لبنان سيغريد كاغ.",
                "وقال سفير خادم الحرمين الشريفين لدى الأردن سامي الصالح إن العلاقات متينة."])
    entities.annotate(art, tagger=fake_tagger([("نبيه بري", "PER"), ("الأمم المتحدة", "ORG"), ("لبنان", "LOC"),
                                               ("الأردن", "LOC"), ("سامي الصالح", "PER")]))
    check_offsets(art)
    assert by_name(art, "سيغريد كاغ").roles == ["المنسقة الخاصة للأمم المتحدة في لبنان"]
    assert by_name(art, "سامي الصالح").roles == ["سفير خادم الحرمين الشريفين لدى الأردن"]


def test_international_organisations_keep_their_full_names():
    art = make(["دان مجلس التعاون لدول الخليج العربية الهجوم، وقال الأمين العام لجامعة الدول العربية نبيل العربي إن."
                " وشاركت الجمعية العمومية للأمم المتحدة."])
    entities.annotate(art, tagger=fake_tagger([("مجلس التعاون", "ORG"), ("الخليج العربية", "LOC"),
                                               ("الأمم المتحدة", "ORG")]))
    check_offsets(art)
    orgs = {e.name for e in art.entities if e.type == "ORG"}
    assert "مجلس التعاون لدول الخليج العربية" in orgs and "مجلس التعاون" not in orgs
    assert "الجمعية العمومية للأمم المتحدة" in orgs  # a longer name around a known one wins
    assert by_name(art, "نبيل العربي").roles == ["الأمين العام لجامعة الدول العربية"]


def test_a_name_after_a_persons_title_is_a_person_even_if_tagged_as_a_place():
    art = make(["وكان الطبيب مستشارا للرئيس هولاند، وحين وصل هولاند إلى الحكم زار باريس.",
                "والتقى الملك عبدالله الثاني ملك الأردن وفدا من فلسطين."])
    entities.annotate(art, tagger=fake_tagger([("هولاند", "LOC"), ("باريس", "LOC"), ("عبدالله الثاني", "PER"),
                                               ("الأردن", "LOC"), ("فلسطين", "LOC")]))
    assert by_name(art, "هولاند").type == "PER" and len(by_name(art, "هولاند").mentions) == 2
    assert by_name(art, "باريس").type == "LOC" and by_name(art, "الأردن").type == "LOC"


def test_currency_units_and_invocations_are_not_entities():
    art = make(["ارتفع سعر الدولار إلى 3.75 ريالا، وقال الحمد لله إن الله كريم.",
                "وقال حسن نصر الله إن حزب الله مستعد، والتقى عبدالله الثاني."])
    tag = fake_tagger([("الدولار", "MISC"), ("ريالا", "MISC"), ("الحمد لله", "PER"), ("الله كريم", "PER"),
                       ("حسن نصر الله", "PER"), ("حزب الله", "ORG"), ("عبدالله الثاني", "PER")])
    entities.annotate(art, tagger=tag)
    assert {e.name for e in art.entities} == {"حسن نصر الله", "حزب الله", "عبدالله الثاني"}

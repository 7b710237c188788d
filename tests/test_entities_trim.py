"""Person spans the tagger ran on into the next word (fake tagger; no shared data needed)."""

from __future__ import annotations

import re

from entity_helpers import annotated
from rasd.analyse import entities
from rasd.arabic.normalize import normalize
from rasd.record import Article


def _run(text: str, spans: list[tuple[str, str]]) -> list[str]:
    """The person names the entity layer finds in ``text`` when the tagger marks ``spans``."""
    return [name for name, typ in _all(text, spans) if typ == "PER"]


def test_verb_after_a_known_surname_is_dropped() -> None:
    text = "التقى هادي العامري بالوفد. الصدر والعامري يعلنان تحالفا جديدا."
    names = _run(text, [("هادي العامري", "PER"), ("العامري يعلنان", "PER")])
    assert normalize("العامري يعلنان") not in names
    assert normalize("هادي العامري") in names


def test_accusative_after_a_known_surname_is_dropped() -> None:
    text = "وعثر جيران على ماكسيم بورودين في شقته. وبعدما عثر على بورودين مصابا قالت السلطات."
    names = _run(text, [("ماكسيم بورودين", "PER"), ("بورودين مصابا", "PER")])
    assert names == [normalize("ماكسيم بورودين")], names


def test_accusative_tagged_alone_right_after_a_name_is_dropped() -> None:
    text = "وعثر جيران على ماكسيم بورودين مصابا في شقته. وقال بورودين إنه بخير."
    names = _run(text, [("ماكسيم بورودين", "PER"), ("مصابا", "PER")])
    assert names == [normalize("ماكسيم بورودين")], names


def test_a_first_name_alone_is_no_evidence_and_names_stay() -> None:
    # "كيم" alone and "كيم يونغ-تشول": a hyphenated syllable is no verb; "كريستيان" is a first name shared
    text = "التقى كيم يونغ-تشول بالوفد. وقال كيم إن الأمر مهم. وسجل كريستيان إريكسن وكريستيان يونسن هدفين."
    names = _run(text, [("كيم يونغ-تشول", "PER"), ("كيم", "PER"), ("كريستيان إريكسن", "PER"),
                        ("كريستيان يونسن", "PER")])
    assert normalize("كيم يونغ-تشول") in names
    assert normalize("كريستيان يونسن") in names


def test_a_family_name_with_the_article_stays() -> None:
    text = "وقال عبد الله الثاني إن الأردن صامد. وأضاف عبد الله أن الحكومة ستعمل."
    names = _run(text, [("عبد الله الثاني", "PER"), ("عبد الله", "PER")])
    assert normalize("عبد الله الثاني") in names


def test_a_preposition_on_a_definite_word_is_no_name_part() -> None:
    # كالتالي = ك + التالي: the article behind a preposition makes an adverb, not a family name,
    # even where the article names زايد nowhere else
    text = "وجاء رد الشيخ زايد كالتالي: إن الصبر غاية."
    names = _run(text, [("زايد كالتالي", "PER")])
    assert names == [normalize("زايد")], names


def _orgs(text: str) -> list[str]:
    a = Article(title="", paragraphs=[text])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [])
    return [normalize(e.name) for e in a.entities if e.type == "ORG"]


def test_a_conjunct_inside_an_organisation_name() -> None:
    assert normalize("حزب العيش والحرية") in _orgs("وأعلن حزب العيش والحرية انسحابه من السباق.")
    assert normalize("منظمة التعاون الاقتصادي والتنمية") in _orgs(
        "وتوقعت منظمة التعاون الاقتصادي والتنمية نموا أبطأ.")
    # an adjective agreeing with the head closes the name after the conjunct
    assert normalize("وكالة الحدود والجمارك الأمريكية") in _orgs(
        "وقالت وكالة الحدود والجمارك الأمريكية إنها أوقفت المهاجرين.")


def test_a_conjunct_that_opens_a_new_phrase_is_left_out() -> None:
    # a new noun with its own adjective (disagreeing with the head), or a conjunct after a place
    assert not any("الشعب" in o for o in _orgs("ودعا حكومة دمشق والشعب السوري إلى الحوار."))
    assert not any("المنطقه" in o for o in _orgs("وأمن مجلس التعاون الخليجي والمنطقة العربية مهم."))


def test_a_country_name_after_the_name_noun_is_its_adjective() -> None:
    assert normalize("وكالة الأنباء السعودية الرسمية") in _orgs("وفقا لما نقلته وكالة الأنباء السعودية الرسمية.")


def test_demonyms_of_stan_countries() -> None:
    from rasd.analyse.entities.countries import demonym_country
    assert demonym_country("الأفغانية") == "AF" and demonym_country("الأوزبكي") == "UZ"
    assert demonym_country("باكي") is None  # a stem too short to drop ستان from (باكستاني stays)
    assert normalize("وكالة الأنباء الأفغانية") in _orgs("ونقلت وكالة الأنباء الأفغانية نص البيان.")


def test_a_purpose_phrase_after_a_closing_demonym_is_left_out() -> None:
    orgs = _orgs("وقالت قوات الأمن الأفغانية لتبادل التهنئة مع المقاتلين.")
    assert normalize("قوات الأمن الأفغانية") in orgs, orgs
    # right after the head, a ل complement still belongs to the name
    assert normalize("المرصد السوري لحقوق الإنسان") in _orgs("وقال المرصد السوري لحقوق الإنسان إن القصف استمر.")


def _people(text: str) -> dict[str, list[str]]:
    a = Article(title="", paragraphs=[text])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [(m.start(), m.end(), "PER") for m in re.finditer("المالكي|السيسي", t)])
    return {normalize(e.name): e.roles for e in a.entities if e.type == "PER"}


def test_an_indefinite_demonym_after_a_definite_rank_is_a_first_name_and_the_office_a_role() -> None:
    people = _people("لكن المتحدث باسم التحالف العقيد الركن تركي المالكي قال إنها ليست المرة الأولى.")
    assert normalize("تركي المالكي") in people, people
    roles = people[normalize("تركي المالكي")]
    assert "العقيد الركن" in roles and "المتحدث باسم التحالف" in roles, roles


def test_an_indefinite_demonym_after_a_rank_and_its_comma_is_a_first_name() -> None:
    people = _people("وقال العميد الركن، تركي المالكي، إن القوات تقدمت نحو المدينة.")
    assert normalize("تركي المالكي") in people, people
    assert "العميد الركن" in people[normalize("تركي المالكي")], people


def test_the_office_before_a_title_with_its_country_is_not_taken() -> None:
    people = _people("والتقى وزير الخارجية الأمريكي الرئيس المصري السيسي في القاهرة.")
    assert not any("وزير" in r for r in people[normalize("السيسي")]), people


def test_a_name_after_a_counterpart_with_fa_letters_and_its_role() -> None:
    a = Article(title="", paragraphs=["وتناول العشاء مع نظيرته السويدية مارغوت فالستروم، قبل الذهاب إلى السفارة."])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [])
    people = {normalize(e.name): e.roles for e in a.entities if e.type == "PER"}
    assert people.get(normalize("مارغوت فالستروم")) == ["نظيرته السويدية"], people


def test_a_quoted_organisation_name_inside_a_role() -> None:
    a = Article(title="", paragraphs=['وقال المتحدث باسم حركة "حماس" فوزي برهوم إن الحركة ترفض المبادرة.'])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [(m.start(), m.end(), "PER") for m in re.finditer("فوزي برهوم", t)])
    people = {normalize(e.name): e.roles for e in a.entities if e.type == "PER"}
    assert people.get(normalize("فوزي برهوم")) == ["المتحدث باسم حركة حماس"], people


def _titled(text: str) -> list[str]:
    a = Article(title="", paragraphs=[text])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [])
    return [normalize(e.name) for e in a.entities if e.type == "PER"]


def test_names_after_a_full_role_opening_with_ta_or_a_common_first_name() -> None:
    assert normalize("تشاك غراسلي") in _titled("وقال السيناتور الجمهوري تشاك غراسلي إن الباب مفتوح.")
    assert normalize("عهد التميمي") in _titled("وقالت الناشطة الفلسطينية عهد التميمي إن الاحتلال مستمر.")
    # a تفعيل noun or an imperfect verb after a role is no name
    assert not _titled("وأكد الرئيس الأمريكي تدهور العملة بسبب العقوبات.")
    assert not _titled("وقال المراسل الألماني تأشيرة دخول لم تصدر بعد.")


def test_a_common_word_after_two_names_ends_the_name() -> None:
    assert normalize("دونالد ترامب") in _titled("وأعلن الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.")


def test_a_definite_head_its_agreeing_adjective_and_a_field_name_an_institution() -> None:
    assert normalize("المفوضية العليا المستقلة للانتخابات") in _orgs(
        "وأعلنت المفوضية العليا المستقلة للانتخابات النتائج النهائية.")
    assert normalize("المجلس القومي للطفولة") in _orgs("وقال المجلس القومي للطفولة إنه يتابع القضية.")
    # the adjective must agree with the head
    assert not any("التلفزيون" in o for o in _orgs("وبث التلفزيون المحلية للطلاب برنامجا."))


def test_a_name_never_ends_on_a_patronymic() -> None:
    # the tagger stops at بن; خليفة is also a title ("caliph")
    a = Article(title="", paragraphs=["بعد سيطرة ابنه الشيخ حمد بن خليفة على حكم قطر في عام 1995."])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [(m.start(), m.end(), "PER") for m in re.finditer("حمد بن", t)])
    names = [normalize(e.name) for e in a.entities if e.type == "PER"]
    assert normalize("حمد بن خليفة") in names, names


def _all(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    a = annotated(text, spans)
    return [(normalize(e.name), e.type) for e in a.entities]


def test_letter_fragments_need_another_name_word() -> None:
    # a lone two-letter word cut from "سي.إن.إن" and a "person" of letters alone are no names;
    # a two-letter initial beside a longer name word stays
    text = "وقال تلفزيون سي.إن.إن ترك إن ثلاثة أصيبوا. واطلعت البي بي سي على نسخة منه. وقال إم إن تيواري إنه بخير."
    ents = _all(text, [("سي", "ORG"), ("بي سي", "PER"), ("إم إن تيواري", "PER")])
    names = [n for n, _ in ents]
    assert normalize("سي") not in names, ents
    assert normalize("بي سي") not in names, ents
    assert normalize("إم إن تيواري") in names, ents


def test_addressee_after_a_name_is_cut_from_it() -> None:
    """``وقال نتنياهو لموراليس``: ل + a word of another person's name is the person spoken to."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وصل الرئيس الغواتيمالي جيمي موراليس إلى القدس واستقبله بنيامين نتنياهو.",
                               "وقال نتنياهو لموراليس إن الزيارة تاريخية."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("جيمي موراليس", "PER"), ("بنيامين نتنياهو", "PER"),
                                            ("نتنياهو لموراليس", "PER")]))
    names = {e.name for e in art.entities if e.type == "PER"}
    assert "نتنياهو لموراليس" not in names and {"جيمي موراليس", "بنيامين نتنياهو"} <= names


def test_conjunction_before_a_place_in_a_list_is_no_letter_of_it() -> None:
    """``نانتاكا وكوباكا``: a و before a consonant is the conjunction (a W-name has a long vowel after its
    و: واشنطن، وارسو, which keep it)."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وسجلت وفيات في نانتاكا وكوباكا، فيما اتفقت واشنطن ووارسو على الرد."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("نانتاكا", "LOC"), ("كوباكا", "LOC"), ("واشنطن", "LOC"),
                                            ("وارسو", "LOC")]))
    names = {e.name for e in art.entities if e.type == "LOC"}
    assert {"نانتاكا", "كوباكا", "واشنطن", "وارسو"} <= names and "وكوباكا" not in names


def test_evaluative_adjective_is_no_part_of_an_organisation_name() -> None:
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وأضاف أن ميليشيا الحوثي الانقلابية لا يعنيها الوطن، وأن حزب الله الإرهابي يدعمها."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("حزب الله", "ORG")]))
    names = {e.name for e in art.entities if e.type == "ORG"}
    assert "حزب الله" in names and not any("الإرهابي" in n or "الانقلابية" in n for n in names)


def test_title_governing_a_complement_is_cut_from_the_name() -> None:
    """``إسماعيل رضوان القيادي في حماس``: the title opens the apposition; it is a role, not a name word."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وقال إسماعيل رضوان القيادي في حماس إن المشاركة واسعة."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("إسماعيل رضوان القيادي", "PER"), ("حماس", "ORG")]))
    per = [e for e in art.entities if e.type == "PER"]
    assert [e.name for e in per] == ["إسماعيل رضوان"] and any("القيادي" in r for r in per[0].roles)


def test_a_preposition_on_a_place_or_title_ends_a_name() -> None:
    # the tagger ran the name on into "ب/ل + a country" and "ب + a title": the name ends before them,
    # and before the verb's definite object the run took on the way
    text = "وقدم أنطونيو غوتيريس الشكر لبنغلادش. وتستضيف بنغلادش اللاجئين."
    names = _run(text, [("أنطونيو غوتيريس الشكر لبنغلادش", "PER")])
    assert names == [normalize("أنطونيو غوتيريس")], names
    text = "والتقى إيمانويل ماكرون بولي العهد في باريس."
    assert _run(text, [("إيمانويل ماكرون بولي العهد", "PER")]) == [normalize("إيمانويل ماكرون")]
    # a name word that merely opens with ك/ف + a title, or a first name with ب, stays
    assert _run("وقالت كارنيكا كولي إن الفيلم جميل.", [("كارنيكا كولي", "PER")]) == [normalize("كارنيكا كولي")]
    assert _run("وقال محمد بلال إن الأمر مهم.", [("محمد بلال", "PER")]) == [normalize("محمد بلال")]


def test_a_definite_noun_for_a_person_run_into_a_name_is_its_role() -> None:
    a = Article(title="", paragraphs=["وقال الشاهد روبن هالي للصحفيين إنه رأى الحادث."])
    a.build_text()
    entities.annotate(a, tagger=lambda t: [(m.start(), m.end(), "PER") for m in re.finditer("الشاهد روبن هالي", t)])
    people = {normalize(e.name): e.roles for e in a.entities if e.type == "PER"}
    assert normalize("روبن هالي") in people, people
    assert "الشاهد" in people[normalize("روبن هالي")], people


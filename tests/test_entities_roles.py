"""Roles and names of the entities layer on hand-written sentences (issue 10, second round): the office
before a rank, relational nouns, counterparts in apposition, spelt-out acronyms, trailing adverbs and
kin nouns, family nouns, names recovered from a reporting verb or from a later bare surname."""

from __future__ import annotations

import pytest

from rasd.analyse import entities
from rasd.analyse.entities.roles import is_kin_noun
from rasd.arabic.normalize import normalize
from rasd.record import Article

pytest.importorskip("rasd.analyse.ner")


def _people(text: str) -> dict[str, list[str]]:
    art = Article(text=text)
    entities.annotate(art)
    return {e.name: e.roles for e in art.entities if e.type == "PER"}


def _entities(text: str) -> list[tuple[str, str]]:
    art = Article(text=text)
    entities.annotate(art)
    return [(e.type, e.name) for e in art.entities]


def test_office_before_a_rank_is_a_role_too() -> None:
    roles = _people("وفق ما أعلن رئيس أركان الجيوش الأمريكية الجنرال جو دانفورد، استهدفت الضربات مركزا.")
    assert "رئيس أركان الجيوش الأمريكية" in roles["جو دانفورد"] and "الجنرال" in roles["جو دانفورد"]


def test_honorific_and_name_after_a_comma_is_the_next_person() -> None:
    roles = _people("كلف العاهل الأردني، الملك عبد الله الثاني، الدكتور عمر الرزاز، بتشكيل حكومة جديدة.")
    king = roles["عبد الله الثاني"]
    assert "العاهل الأردني" in king and not any("عمر" in r for r in king)


def test_relational_nouns_with_a_possessive_are_roles() -> None:
    roles = _people("قرر خصمه السابق مهاتير محمد أن يخوض الانتخابات. وقالت زوجته منى حسون إن الحكم ظالم.")
    assert roles["مهاتير محمد"] == ["خصمه السابق"] and roles["منى حسون"] == ["زوجته"]
    assert is_kin_noun(normalize("نجله")) and not is_kin_noun(normalize("الحكومة"))


def test_a_wife_named_by_her_husband_gives_him_no_role() -> None:
    art = Article(text="وقال أركادي بابتشينكو إن التهديدات زادت. وعثرت زوجة بابتشينكو عليه عند المدخل.")
    entities.annotate(art)
    assert all("زوجة" not in r for e in art.entities for r in e.roles)


def test_counterpart_in_apposition_and_the_role_phrase_that_follows() -> None:
    roles = _people("قال الشيخ محمد بن عبدالرحمن آل ثاني، وزير الخارجية القطري، إن تصريحات نظيره السعودي، "
                    "عادل الجبير، لا تستحق الرد. وقال: \"مع كل الاحترام لمعالي الوزير السعودي، التصريح مرفوض\".")
    assert roles["عادل الجبير"] == ["نظيره السعودي", "الوزير السعودي"]


def test_spelt_acronyms_are_one_organisation() -> None:
    found = _entities("وقال مسعف لبي بي سي إن المستشفى امتلأ. وذكرت قناة سي إن إن في تقرير أن العدد ارتفع.")
    assert ("ORG", "بي بي سي") in found and ("ORG", "سي إن إن") in found
    assert not any(t == "PER" and "سي" in n for t, n in found)


def test_name_loses_a_trailing_adverb_and_a_family_noun() -> None:
    names = [n for t, n in _entities("ارتبطت عائلة القزاز بالآذان منذ قرون. وقال إنه راغب في العفو عن أنور فورا.")
             if t == "PER"]
    assert all(not n.startswith("عائلة") and not n.endswith("فورا") for n in names)


def test_subject_of_a_reporting_verb_in_apposition_with_a_title_is_a_person() -> None:
    roles = _people("وفي هذا السياق، رأت لوري بلوتكين بوغاردت المحللة السابقة لدى وكالة الاستخبارات أن "
                    "التغييرات كبيرة.")
    assert "لوري بلوتكين بوغاردت" in roles


def test_led_by_is_not_an_organisation() -> None:
    assert not any(n.startswith("قيادة") for _t, n in _entities("شنها طيران التحالف بقيادة السعودية على موكبه."))


def test_media_names_keep_their_number_first_word_and_adjective() -> None:
    found = _entities("وقالت قناة فرانس 24 إن الاجتماع انتهى. ونشرت صحيفة عرب نيوز في صفحتها الأولى خبر مقتله. وكتبت صحيفة العربي "
                      "الجديد عن المؤتمر. وذكرت مجلة أتلانتك الأمريكية أن المقابلة طويلة.")
    names = {n for t, n in found if t == "ORG"}
    assert {"فرانس 24", "عرب نيوز", "العربي الجديد", "أتلانتك"} <= names


def test_closing_mark_of_a_quoted_name_opens_no_alias() -> None:
    art = Article(text='لذلك كتبت صحيفة "ذا آيريش تايمز" مؤخرا إن "نتيجة الاستفتاء غير محسومة".')
    entities.annotate(art)
    assert all("مؤخرا" not in a for e in art.entities for a in e.aliases)


def test_kin_noun_after_a_name_and_a_description_before_a_comma_are_roles() -> None:
    roles = _people('وولادة طفل للأمير وليم حفيد ملكة بريطانيا. وغرد السياسي الروسي المعارض، دمتري غودكوف، '
                    'يقول "تعبت".')
    assert "حفيد ملكة بريطانيا" in roles["وليم"] and roles["دمتري غودكوف"] == ["السياسي الروسي المعارض"]


def test_office_held_is_a_role_of_the_person_before_it() -> None:
    roles = _people("وتولى الإنتربول الكوري الجنوبي كيم جونغ يانغ والذي كان يشغل منصب نائب الرئيس، رئاسة المنظمة.")
    assert "نائب الرئيس" in roles["كيم جونغ يانغ"]


def test_new_organisation_heads_and_gender_agreement_of_the_demonym() -> None:
    found = _entities("وقال المرصد السوري لحقوق الإنسان إن القصف مستمر. وأكدت المخابرات الأمريكية الخبر. "
                      "وقتل ضابط المخابرات الروسي في لندن.")
    names = {n for t, n in found if t == "ORG"}
    assert "المرصد السوري لحقوق الإنسان" in names and "المخابرات الأمريكية" in names
    assert "المخابرات الروسي" not in names  # the masculine demonym belongs to ضابط


def test_scope_adjectives_name_an_organisation_after_a_definite_head() -> None:
    names = {n for t, n in _entities("وشنت طائرات التحالف العربي غارات. وعمل في البنك الدولي سنوات.") if t == "ORG"}
    assert {"التحالف العربي", "البنك الدولي"} <= names


def test_coordinated_appositive_roles_and_a_direction_mark() -> None:
    roles = _people("وغرد الداعية المصري، محمد الصغير، \u200fمستشار وزير الأوقاف وعضو مجلس الشورى، تغريدة.")
    got = roles["محمد الصغير"]
    assert "مستشار وزير الأوقاف" in got and "عضو مجلس الشورى" in got


def test_stacked_offices_before_a_rank_are_each_a_role() -> None:
    roles = _people("حذر ولي العهد السعودي وزير الدفاع الأمير محمد بن سلمان من أن بلاده ستطور سلاحا.")
    got = roles["محمد بن سلمان"]
    assert {"ولي العهد السعودي", "وزير الدفاع", "الأمير"} <= set(got)


def test_definite_apposition_lone_demonym_and_indefinite_description_before_a_comma() -> None:
    roles = _people("وكان أركادي بابتشينكو، المنتقد للكرملين، قد قتل. "
                    "وأدين زوجان بقتل خادمة فلبينية، جوانا ديمافاليس، في شقة اللبناني نادر عصام عساف، "
                    "وزوجته سورية الجنسية منى حسون.")
    assert "المنتقد للكرملين" in roles["أركادي بابتشينكو"]
    assert "خادمة فلبينية" in roles["جوانا ديمافاليس"]
    assert "اللبناني" in roles["نادر عصام عساف"]
    assert "زوجته" in roles["منى حسون"]


def test_a_time_word_or_a_relative_clause_after_the_comma_is_no_apposition() -> None:
    roles = _people("وقال دونالد ترامب، الأربعاء، إن المحادثات جيدة. وأكد بوريس جونسون، الذي زار موسكو، ذلك.")
    assert not any("الأربعاء" in r for r in roles.get("دونالد ترامب", []))
    assert not any("الذي" in r for r in roles.get("بوريس جونسون", []))


def test_kin_noun_after_the_comma_and_an_office_up_to_its_place() -> None:
    roles = _people("وأضاف أنه على اتصال بخديجة أزرو، خطيبة خاشقجي، وأعرب عن رغبته في دعوتها.")
    assert "خطيبة خاشقجي" in roles["خديجة أزرو"]
    roles = _people("أعلن فهد التميمي، الملحق الصحي السعودي في الولايات المتحدة، أن الطلاب بخير.")
    assert any(r.startswith("الملحق الصحي السعودي") for r in roles["فهد التميمي"])


def test_a_name_opening_with_ya_after_a_full_role_and_its_comma_with_the_role_and_its_adjectives() -> None:
    roles = _people("فقد كتبت الصحفية الروسية المستقلة، يفغينيا الباتس تغريدة بالروسية.")
    assert roles.get("يفغينيا الباتس") == ["الصحفية الروسية المستقلة"]
    roles = _people("تولى الرئيس الكولومبي الجديد المنتخب، ايفان دوكي، مهام منصبه.")
    assert roles["ايفان دوكي"] == ["الرئيس الكولومبي الجديد المنتخب"]


def test_named_facilities_are_places_and_an_adjective_or_a_sentence_noun_is_not() -> None:
    got = _entities("وزار المسجد الأقصى في القدس، ثم سجن ذهبان، وسيطر على معبر نصيب ومطار الحديدة الدولي.")
    assert {("LOC", "المسجد الأقصى"), ("LOC", "سجن ذهبان"), ("LOC", "معبر نصيب"),
            ("LOC", "مطار الحديدة الدولي")} <= set(got)
    got = _entities("وحكم عليه بالسجن المؤبد في الساحة السياسية، وكان المطار مزدحما وبقي في ساحة انتظار.")
    assert not any(t == "LOC" for t, _n in got)


def test_the_city_of_a_dateline_is_a_place() -> None:
    got = _entities("أتلانتا، الولايات المتحدة الأمريكية (CNN) -- قال مسؤول إن الوضع صعب.")
    assert ("LOC", "أتلانتا") in got
    assert not any(t == "LOC" for t, _n in _entities("وقال إن (الأمر) صعب جدا."))


def test_an_office_right_after_the_name_without_a_comma_but_not_the_next_persons_title() -> None:
    roles = _people("وقال حسين فليح مدير دائرة الآثار في بابل إن الموقع تضرر.")
    assert any(r.startswith("مدير دائرة الآثار") for r in roles["حسين فليح"])
    roles = _people("وحاولت اغتيال اللواء توفيق أبو نعيم مدير عام قوى الأمن الداخلي في غزة.")
    assert any(r.startswith("مدير عام") for r in roles["توفيق أبو نعيم"])
    roles = _people("استقبل الملك سلمان رئيس الوزراء العراقي حيدر العبادي. ووقف المحامي مارك توبروف أمام المحكمة.")
    assert roles["سلمان"] == ["الملك"] and not any("أمام" in r for r in roles["مارك توبروف"])


def test_one_of_a_group_he_is_and_a_bracketed_title_describe_the_person() -> None:
    roles = _people("التي اغتالت الشهيد مازن فقها أحد قياديي كتائب القسام وحاولت اغتيال غيره.")
    assert {"الشهيد", "أحد قياديي كتائب القسام"} <= set(roles["مازن فقها"])
    roles = _people("ويعتبر برتراند تريبو، وهو حاليا رئيس أخوية القديس، أن المسابقة جزء من التراث.")
    assert any(r.startswith("رئيس أخوية") for r in roles["برتراند تريبو"])
    roles = _people("وإعطاء الآخرين مثل جبران باسيل (وزير الخارجية اللبناني) القيام بالأعمال.")
    assert "وزير الخارجية اللبناني" in roles["جبران باسيل"]


def test_a_bare_he_after_a_name_and_a_title_before_another_name_are_not_descriptions() -> None:
    roles = _people("والتقى ري يونغ هو رئيس الوزراء السويدي ستيفان لوفن في ستوكهولم.")
    assert not any("السويدي" in r for name, rs in roles.items() if "لوفن" not in name for r in rs)


def test_the_phrase_before_yudaa_and_feminine_titles() -> None:
    roles = _people("وكتب عن مزاعم بائعة هوى من بلاروسيا تدعى ناستيا ريبكا في فيديو.")
    assert roles["ناستيا ريبكا"] == ["بائعة هوى"]
    roles = _people("وقال عضو في المجلس التنفيذي للإقليم يدعى ستيف ماماتن إن الهدف واضح.")
    assert roles["ستيف ماماتن"] == ["عضو في المجلس التنفيذي للإقليم"]
    roles = _people("وقالت جاكلين بروميسلو، محامية بارزة في لندن، إن القضية معقدة.")
    assert any(r.startswith("محامية") for r in roles["جاكلين بروميسلو"])


def test_titles_after_b_a_field_after_the_demonym_a_construct_with_l_and_kin_before_a_comma() -> None:
    roles = _people("واتصل في الوقت نفسه برئيس الوزراء المجري، فيكتور أوربان، لحثه على العمل.")
    assert roles["فيكتور أوربان"] == ["رئيس الوزراء المجري"]
    roles = _people("وقال وزير الدولة البريطاني للشؤون الأمنية، بن والاس، إنه ينبغي الرد.")
    assert "وزير الدولة البريطاني للشؤون الأمنية" in roles["بن والاس"]
    roles = _people("وانتقد نائب الرئيس الإيراني لشؤون القانون الدولي، محسن محبي، بنود الاتفاقية.")
    assert "نائب الرئيس الإيراني لشؤون القانون الدولي" in roles["محسن محبي"]
    roles = _people("وقالت ابنته، ميغان، إن المهمة صعبة.")
    assert roles["ميغان"] == ["ابنته"]


def test_status_adjective_before_the_comma_a_body_after_fi_and_a_noun_after_wahuwa() -> None:
    roles = _people("وتنتهي ولاية الرئيس الحالي، ميشال تامر، بعد أشهر.")
    assert roles["ميشال تامر"] == ["الرئيس الحالي"]
    roles = _people("وصرح وزير الخزانة في حكومة الظل، جون ماكدونيل، للصحفيين.")
    assert roles["جون ماكدونيل"] == ["وزير الخزانة في حكومة الظل"]
    roles = _people("لكن ديفيد سينتيلاس، وهو موظف في أحد المصارف، اختلف معه. وكان ألدي، وهو يعمل هناك، غائبا.")
    assert roles["ديفيد سينتيلاس"] == ["موظف"] and not roles.get("ألدي")


def test_a_name_in_a_closed_apposition_after_a_full_role() -> None:
    got = _people("وقالت رئيسة الوزراء البريطانية، تيريزا ماي، أمام مجلس العموم إن الأمر خطير.")
    assert got.get("تيريزا ماي") == ["رئيسة الوزراء البريطانية"]
    got = _people("وقال مؤلف الكتاب، الصحفي المخضرم، بوب وودورد، إن الرئيس غاضب.")
    assert got.get("بوب وودورد") == ["الصحفي المخضرم"]
    got = _people("قال المتحدث باسم حلف الناتو، دايلان وايت، إن المناورات كبيرة.")
    assert got.get("دايلان وايت") == ["المتحدث باسم حلف الناتو"]


def test_an_organisation_right_after_an_indefinite_title_completes_the_role_before_the_name() -> None:
    got = _people("ويقول مراسل بي بي سي في أمريكا الشمالية، أنتوني زورتشر، إن الأمر صعب.")
    assert got.get("أنتوني زورتشر") == ["مراسل بي بي سي في أمريكا الشمالية"]


def test_a_rank_after_the_comma_followed_by_a_name_is_the_next_persons() -> None:
    roles = _people("يرجح أن يلتقي الرئيس الأمريكي، دونالد ترامب، الملكة أليزابيث الثانية، أثناء زيارته.")
    assert roles["دونالد ترامب"] == ["الرئيس الأمريكي"]
    assert _people("وقال جون سميث، المحامي، إن القضية معقدة.")["جون سميث"] == ["المحامي"]


def test_relational_noun_between_two_people() -> None:
    """"X محامي الرئيس الأمريكي Y": the relation describes X, the title Y; "محامي Y الشخصي X" too."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["محامي ترامب الشخصي مايكل كوهين يمثل أمام المحكمة.",
                               "ويمثل مايكل كوهين محامي الرئيس الأمريكي دونالد ترامب أمام محكمة في نيويورك."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("مايكل كوهين", "PER"), ("دونالد ترامب", "PER"), ("ترامب", "PER")]))
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert "محامي ترامب الشخصي" in roles["مايكل كوهين"] and "محامي الرئيس الأمريكي" in roles["مايكل كوهين"]
    assert not any("محامي" in r for r in roles["دونالد ترامب"]) and "الرئيس الأمريكي" in roles["دونالد ترامب"]


def test_closed_definite_title_after_a_name() -> None:
    """"سارة نقدالله الأمين العام لحزب الأمة،": a role (the comma closes the apposition)."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وأفرج عن معارضين منهم سارة نقدالله الأمين العام لحزب الأمة، وآخرين."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("سارة نقدالله", "PER")]))
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert "الأمين العام لحزب الأمة" in roles["سارة نقدالله"]


def test_called_after_adjectives_without_their_noun() -> None:
    """"بملحمة هندية قديمة تدعى ماهابهاراتا": the adjectives describe an epic, not a person's role."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["واستدل على ادعائه بملحمة هندية قديمة تدعى ماهابهاراتا أمس."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("ماهابهاراتا", "PER")]))
    assert all(not e.roles for e in art.entities)


def test_origin_phrase_inside_a_role_before_the_name() -> None:
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وهاجم أوربان الملياردير الأمريكي من اصل مجري جورج سوروس مجددا."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("جورج سوروس", "PER"), ("أوربان", "PER")]))
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert "الملياردير الأمريكي من اصل مجري" in roles["جورج سوروس"]


def test_relational_noun_governing_a_name_after_the_name() -> None:
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["ودانت فاليري بيكريس منافسة فوكييه داخل الحزب القرار."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("فاليري بيكريس", "PER"), ("فوكييه", "PER")]))
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert "منافسة فوكييه" in roles["فاليري بيكريس"] and roles.get("فوكييه", []) == []


def test_kin_noun_before_a_title_and_a_name() -> None:
    """A headline's "ابنة الجاسوس الروسي يوليا سكريبال" is her kin role; after another name the title is
    the second name's ("الصديق المهدي، نجل رئيس الوزراء الأسبق الصادق المهدي")."""
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["ابنة الجاسوس الروسي يوليا سكريبال تغادر المستشفى"])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("يوليا سكريبال", "PER")]))
    assert [e.roles for e in art.entities if e.type == "PER"] == [["ابنة الجاسوس الروسي"]]


def test_role_after_bisifatihi_and_no_name_from_a_time_phrase() -> None:
    from rasd.analyse import entities as _entities
    from rasd.record import Article as _Article
    from test_entities import fake_tagger as _tagger

    art = _Article(paragraphs=["وكان ترامب بصفته القائد الأعلى للقوات المسلحة أمر العام الماضي بشن ضربات."])
    art.build_text()
    _entities.annotate(art, tagger=_tagger([("ترامب", "PER")]))
    people = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert list(people) == ["ترامب"] and "القائد الأعلى للقوات المسلحة" in people["ترامب"]

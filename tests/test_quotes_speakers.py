"""Speakers of the quotes layer on hand-built articles: clean descriptions, subjects, continuation
cues that agree in gender, stances as quotes (issue 10)."""

from __future__ import annotations

import pytest

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.subjects import clean_description, head_ok
from test_quotes import article, only


@pytest.mark.parametrize("fragment", ["بالقول", "ما", "إن هذه", "سابقا", "فيها", "للغوطة", "الأسبوع الماضي"])
def test_fragments_are_no_speakers(fragment: str) -> None:
    assert clean_description(fragment) is None


@pytest.mark.parametrize(("phrase", "clean"), [
    ("مسؤول كوري جنوبي كبير الأسبوع الماضي", "مسؤول كوري جنوبي كبير"),
    ("شرطة مكافحة الإرهاب التي تقود التحقيقات", "شرطة مكافحة الإرهاب"),
    ("بالقول المندوبة الأمريكية", "المندوبة الأمريكية"),
    ("البريطانيون إنهم", "البريطانيون"),
    ("صحيفة عرب نيوز.. نشرت", "صحيفة عرب نيوز"),
])
def test_descriptions_are_cut_to_their_noun_phrase(phrase: str, clean: str) -> None:
    assert clean_description(phrase) == clean


def test_head_ok_rejects_participles_and_particles() -> None:
    assert not head_ok("مخاطبا") and not head_ok("لكن") and not head_ok("في")
    assert head_ok("مصدر") and head_ok("الوزارة")


def test_cue_tail_is_not_the_speaker_and_role_phrase_links_the_person() -> None:
    art = article("قالت المندوبة الأمريكية نيكي هايلي إن روسيا لم تف بتعهداتها.",
                  "وتابعت المندوبة الأمريكية بالقول إن الروس طرحوا شروطا كثيرة.",
                  entities={"E1": ("PER", "نيكي هايلي", ["المندوبة الأمريكية"])})
    qs = find_quotes(art)
    assert [q.speaker for q in qs] == ["E1", "E1"]


def test_continuation_takes_the_sentence_subject_not_the_agency() -> None:
    art = article(
        "وأفادت وكالة الأنباء السودانية أن البشير تلقى رسالة من أمير قطر.",
        "من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور عن تقدير بلاده لقطر، قائلا: «نشكر قطر على دعمها».",
        "وأضاف أن الاتفاقية كانت السبيل للسلام.",
        entities={"E1": ("ORG", "وكالة الأنباء السودانية", []), "E2": ("PER", "إبراهيم غندور", [])})
    qs = find_quotes(art)
    assert only(qs, "نشكر").speaker == "E2"
    assert only(qs, "الاتفاقية").speaker == "E2"


def test_feminine_cue_skips_a_man_for_the_latest_agreeing_speaker() -> None:
    art = article("وقالت الوزيرة سارة أحمد إن الخطة جاهزة للتنفيذ.",
                  "وقال محمد علي إن المشروع سيتأخر قليلا.",
                  "وأضافت أن التمويل متوفر بالكامل.",
                  entities={"E1": ("PER", "سارة أحمد", ["الوزيرة"]), "E2": ("PER", "محمد علي", [])})
    qs = find_quotes(art)
    assert only(qs, "التمويل").speaker == "E1"


def test_participle_in_a_relative_clause_takes_its_antecedent() -> None:
    art = article("ووجهت الرئاسة اتهامات لحركة حماس التي دانت الهجوم قائلة إن هذه الجريمة مرفوضة تماما.",
                  entities={"E1": ("ORG", "الرئاسة", []), "E2": ("ORG", "حركة حماس", [])})
    q = only(find_quotes(art), "هذه الجريمة")
    assert q.speaker == "E2"


def test_stances_are_quotes_of_the_verbs_subject_not_its_object() -> None:
    art = article('ووصف الرئيس الأمريكي دونالد ترامب الاتفاق بأنه "الأسوأ على الإطلاق".',
                  "واتهمت المندوبة الأمريكية نيكي هايلي القوات الروسية بمواصلة قصف أهداف في سوريا.",
                  'وأشار الفريق إلى "عملية الفجر" في الشمال.',  # a name in quotes: no quote
                  entities={"E1": ("PER", "دونالد ترامب", ["الرئيس الأمريكي"]),
                            "E2": ("PER", "نيكي هايلي", ["المندوبة الأمريكية"]),
                            "E3": ("ORG", "القوات الروسية", [])})
    qs = find_quotes(art)
    assert only(qs, "الأسوأ").speaker == "E1"
    assert only(qs, "بمواصلة").speaker == "E2"
    assert not [q for q in qs if "الفجر" in q.text]


def test_source_after_an_against_relay() -> None:
    art = article("ذكرت الصحيفة عن مصدر دبلوماسي غربي أن الرئيس عرض إرسال قوات إضافية.")
    q = only(find_quotes(art), "الرئيس عرض")
    assert q.speaker == "مصدر دبلوماسي غربي"


def test_resumptive_cue_takes_the_sentence_subject() -> None:
    art = article("ونشرت البعثة الأممية بأفغانستان، الثلاثاء، صورة ذكرت فيها بأن البعثة تبحث في التقارير المقلقة.",
                  entities={"E1": ("LOC", "أفغانستان", [])})
    q = only(find_quotes(art), "البعثة تبحث")
    assert q.speaker == "البعثة الأممية بأفغانستان"


def test_a_complement_ends_before_the_next_statement() -> None:
    art = article("وجهت المندوبة الأمريكية انتقادات إلى روسيا، متهمة إياها بإسقاط كل التزاماتها في سوريا، "
                  "كما تحدثت عن سقوط مئات القتلى خلال الهدنة.")
    qs = find_quotes(art)
    assert [q.text for q in qs] == ["بإسقاط كل التزاماتها في سوريا", "سقوط مئات القتلى خلال الهدنة"]


def test_as_with_a_subject_is_a_statement_but_without_one_an_aside() -> None:
    art = article("كما أشار مهاتير إلى أنه سيسلم السلطة خلال عامين.", "كما يذكر أن الحزب فاز بالانتخابات.",
                  entities={"E1": ("PER", "مهاتير", [])})
    quotes = find_quotes(art)
    assert only(quotes, "سيسلم السلطة").speaker == "E1"
    assert not [q for q in quotes if "الحزب فاز" in q.text]


def test_plural_cue_takes_the_plural_subject_not_the_last_person() -> None:
    art = article("وقالت الوزيرة فاطمة أحمد إن الوضع صعب.",
                  "وطالب ناشطون ماليزيون بإصلاح قانوني، الذي قالوا إنه منتشر بين السكان في البلاد.",
                  entities={"E1": ("PER", "فاطمة أحمد", ["الوزيرة"])})
    assert only(find_quotes(art), "منتشر بين").speaker == "ناشطون ماليزيون"


def test_participle_after_a_described_reporting_subject_is_its_words() -> None:
    art = article("وقال المرصد السوري لحقوق الإنسان إن القصف عنيف.",
                  "وقالت الناشطة هند علي إن السكان نزحوا.",
                  "وأفاد المرصد أيضا أن 26 مدنيا قتلوا في قصف على القرية، مؤكدا أن القصف استمر السبت.",
                  entities={"E1": ("ORG", "المرصد السوري لحقوق الإنسان", []), "E2": ("PER", "هند علي", [])})
    assert only(find_quotes(art), "القصف استمر").speaker == "E1"


def test_a_complement_ends_before_the_next_statement_of_its_sentence() -> None:
    art = article('وطالبت روسيا بإجراء تحقيق، لكنها قالت إن "الجرائم الدموية" أصبحت معتادة في ظل "نظام كييف".',
                  entities={"E1": ("LOC", "روسيا", [])})
    quotes = find_quotes(art)
    assert only(quotes, "بإجراء").text == "بإجراء تحقيق"
    assert only(quotes, "\"الجرائم الدموية").speaker == "E1"


def test_a_bare_definite_title_with_its_scene_is_the_person_speaking_before() -> None:
    art = article("وقال جيبسي دوبلانتيس إنه سيشتري طائرة جديدة.",
                  "ووقف القس بجانب صورة لأسطوله الجوي، وقال إن الطائرة القديمة لم تعد صالحة.",
                  entities={"E1": ("PER", "جيبسي دوبلانتيس", [])})
    assert only(find_quotes(art), "الطائرة القديمة").speaker == "E1"


@pytest.mark.parametrize(("word", "shape"), [
    ("ترحيبها", True), ("اجراء", True), ("اعتقال", True), ("انسحاب", True), ("استخدام", True),
    ("تضامن", True), ("مساعدته", True), ("وقوع", True), ("تماما", False), ("الاتهامات", False),
    ("بدوره", False), ("روسيا", False)])
def test_verbal_noun_shapes(word: str, shape: bool) -> None:
    from rasd.analyse.quotes.objects import verbal_noun

    assert verbal_noun(word) is shape


def test_a_verbal_noun_object_of_a_reporting_verb_is_what_is_stated() -> None:
    art = article("وتنفي سوريا وروسيا استخدام الغاز السام في الهجوم.", "ويترتب على كشف أسمائهم فرض غرامات كبيرة.",
                  entities={"E1": ("LOC", "سوريا", []), "E2": ("LOC", "روسيا", [])})
    quotes = find_quotes(art)
    assert only(quotes, "استخدام").text == "استخدام الغاز السام في الهجوم"
    assert only(quotes, "استخدام").speaker == "E1"
    assert not [q for q in quotes if "غرامات" in q.text]  # كشف after a preposition is a noun


def test_a_present_cue_with_the_lam_of_purpose_reports() -> None:
    art = article("وعاد عبدالعزيز قاسم ليؤكد أنه لم يكتب هذه المقالات أبدا.",
                  entities={"E1": ("PER", "عبدالعزيز قاسم", [])})
    assert only(find_quotes(art), "لم يكتب").speaker == "E1"


def test_the_source_relayed_on_its_tongue_speaks_and_its_anaphor_follows() -> None:
    art = article('وذكرت الوكالة عن "مصدر رسمي" نفيه للادعاءات، ونقلت على لسان المصدر قوله: "هذه فبركات مكشوفة وفاشلة."',
                  'وأشار المصدر إلى أن "الجيش ليس بحاجة إلى استخدام أي مواد كيميائية".')
    quotes = find_quotes(art)
    assert only(quotes, "هذه فبركات").speaker == "مصدر رسمي"
    assert only(quotes, "الجيش ليس").speaker == "مصدر رسمي"


def test_a_quoted_description_ends_with_its_mark() -> None:
    assert clean_description('"مصدر رسمي" نفيه للادعاءات') == "مصدر رسمي"
    assert clean_description('صحيفة "القبس" الكويتية') == 'صحيفة "القبس" الكويتية'


def test_quoted_words_inside_a_reported_clause_are_part_of_it() -> None:
    art = article('وقال جونسون إن المملكة المتحدة كانت تتحدث إلى أصدقاء وكان هناك "استعداد" لإظهار "التضامن".',
                  entities={"E1": ("PER", "جونسون", [])})
    quotes = find_quotes(art)
    assert [q.text for q in quotes] == ['المملكة المتحدة كانت تتحدث إلى أصدقاء وكان هناك "استعداد" لإظهار "التضامن"']
    assert quotes[0].speaker == "E1" and quotes[0].kind == "indirect"


def test_a_quote_right_after_the_complementizer_is_direct_unless_a_predicate_follows() -> None:
    art = article('واعتبر الرئيس دونالد ترامب أن "المهمة أُنجزت" بعدما نفذت الدول الثلاث ضرباتها.',
                  'لكنها قالت إن "الجرائم الدموية" أصبحت معتادة في البلاد.',
                  entities={"E1": ("PER", "دونالد ترامب", [])})
    quotes = find_quotes(art)
    assert only(quotes, "المهمة").kind == "direct" and only(quotes, "المهمة").text == "المهمة أُنجزت"
    assert only(quotes, '"الجرائم').kind == "indirect"


def test_an_ambiguous_cue_before_bilqawl_and_a_stance_participle_continue_the_speaker() -> None:
    art = article('وقال الوزير معمر الارياني إن "الحوثيين أداة إيرانية"، وتابع بالقول إن "موقف الحكومة ثابت وراسخ"، '
                  'داعيا الحوثيين إلى "إنهاء الانقلاب وتسليم السلاح".',
                  entities={"E1": ("PER", "معمر الارياني", ["الوزير"]), "E2": ("ORG", "الحوثيين", [])})
    quotes = find_quotes(art)
    assert only(quotes, "موقف الحكومة").speaker == "E1"
    assert only(quotes, "إنهاء الانقلاب").speaker == "E1"


def test_a_name_set_off_by_commas_after_a_title_is_the_stance_subject() -> None:
    art = article('وصف الرئيس الأمريكي، دونالد ترامب، المهاجرين غير الشرعيين في بلاده بـ "حيوانات".',
                  entities={"E1": ("PER", "دونالد ترامب", ["الرئيس الأمريكي"])})
    assert only(find_quotes(art), "حيوانات").speaker == "E1"


def test_a_stance_verb_far_before_its_marked_quote_owns_it() -> None:
    art = article('من جانبه، وصف وزير الدفاع السوداني عوض محمد أحمد ابن عوف العلاقة بين السودان ومصر بـ"المهمة والاستراتيجية".',
                  entities={"E1": ("PER", "عوض محمد أحمد ابن عوف", ["وزير الدفاع السوداني"])})
    assert only(find_quotes(art), "المهمة").speaker == "E1"


def test_a_reported_clause_ends_before_the_next_statement_after_a_connective() -> None:
    art = article('وقال بن سلمان في حوار مع برنامج تلفزيوني، إن السعودية "لا تريد الحصول على الأسلحة النووية"، '
                  'لكنه استطرد موضحا "لكن دون شك إذا طورت إيران قنبلة نووية، فسوف نتبعها".',
                  entities={"E1": ("PER", "بن سلمان", [])})
    texts = [q.text for q in find_quotes(art)]
    assert 'السعودية "لا تريد الحصول على الأسلحة النووية"' in texts
    assert any(t.startswith("لكن دون شك") for t in texts)


def test_an_attribution_after_a_contrast_opens_its_own_statement() -> None:
    art = article("ويتوقع أن تختتم الزيارة رسميا الجمعة لكن وفق وسائل إعلامية سويدية وأجنبية، "
                  "يبقى الوزير الكوري الشمالي في السويد حتى الأحد.")
    q = only(find_quotes(art), "يبقى")
    assert q.speaker == "وسائل إعلامية سويدية وأجنبية"


def test_an_apposition_between_a_stance_verb_and_its_complement_is_skipped() -> None:
    art = article("اتهم رئيس الوزراء الأوكراني، فولوديمير غرويسمان، روسيا بأنها هي الجهة المدبرة لقتل الصحفي.",
                  entities={"E1": ("PER", "فولوديمير غرويسمان", ["رئيس الوزراء الأوكراني"]), "E2": ("LOC", "روسيا", [])})
    q = only(find_quotes(art), "هي الجهة")
    assert q.speaker == "E1"


def test_an_indefinite_description_ends_before_the_object() -> None:
    assert clean_description("مصدر دبلوماسي تركي الاتهامات الموجهة") == "مصدر دبلوماسي تركي"
    assert clean_description("توقعات برعاية الأمم المتحدة") == "توقعات برعاية الأمم المتحدة"


def test_a_relative_clause_about_a_time_has_its_subject_after_the_verb() -> None:
    art = article("وجاء ذلك في الوقت الذي قال فيه وزير الخارجية الإيراني، جواد ظريف، إن الدول الغربية تتحمل المسؤولية.",
                  entities={"E1": ("PER", "جواد ظريف", ["وزير الخارجية الإيراني"])})
    assert only(find_quotes(art), "الدول الغربية").speaker == "E1"


def test_names_inside_a_quotation_do_not_speak_for_it() -> None:
    art = article('وقال مصدر دبلوماسي تركي إن الاتهامات "دعاية سوداء".', 'وتابع "تركيا لم تستخدم مطلقا أسلحة كيميائية".',
                  entities={"E1": ("LOC", "تركيا", [])})
    assert only(find_quotes(art), "تركيا لم").speaker == "مصدر دبلوماسي تركي"


def test_a_participle_object_needs_the_comma_of_a_circumstantial_clause() -> None:
    art = article("فليس بمقدور الضحايا أو الشرطة متابعة الإساءات إلا تحت قانون البذاءة.",
                  "وقال الوزير إن الحكومة ماضية في خطتها، مؤكدا عدم نية الدولة الانسحاب من الاتفاق.")
    texts = [q.text for q in find_quotes(art)]
    assert not [t for t in texts if t.startswith("الإساءات")]
    assert "عدم نية الدولة الانسحاب من الاتفاق" in texts


def test_a_passive_belief_verb_without_a_subject_quotes_no_one() -> None:
    art = article("ويعتقد على نطاق واسع أن إسرائيل هي البلد الوحيد في المنطقة الذي لديه أسلحة نووية.",
                  "والمرصد السوري لحقوق الإنسان يعلن أن صواريخ أخرى استهدفت مستودعا للأسلحة.",
                  "وكشف التقرير النقاب عن أن عمليات المقايضة لا تزال مستمرة.",
                  entities={"E1": ("ORG", "المرصد السوري لحقوق الإنسان", [])})
    quotes = find_quotes(art)
    assert not [q for q in quotes if q.text.startswith("إسرائيل")]
    assert only(quotes, "صواريخ").speaker == "E1"
    assert only(quotes, "عمليات").speaker == "التقرير"


def test_an_age_ends_a_description() -> None:
    assert clean_description("ليدي غاغا (31 عاما) لجمهورها") == "ليدي غاغا"
    assert clean_description("نجم منتخب مصر البالغ من العمر 25 عاما") == "نجم منتخب مصر"


def test_an_outlet_told_and_an_anonymity_request_end_a_description() -> None:
    assert clean_description('عيدان لشبكة "سي إن إن" الإخبارية') == "عيدان"
    assert clean_description("مسؤول إسرائيلي طلب عدم الكشف عن هويته") == "مسؤول إسرائيلي"


def test_a_named_building_right_after_a_stance_verb_speaks_for_its_office() -> None:
    art = article("وكشف البيت الأبيض عن هذه الأرقام في وقت متأخر من يوم الاثنين.",
                  entities={"E1": ("MISC", "البيت الأبيض", [])})
    assert only(find_quotes(art), "هذه الأرقام").speaker == "E1"


def test_a_definite_description_ends_before_a_plural_object() -> None:
    assert clean_description("السلطات البريطانية الاتهامات الروسية") == "السلطات البريطانية"
    assert clean_description("القوات المسلحة المصرية") == "القوات المسلحة المصرية"


def test_a_counted_group_after_a_stance_verb_is_its_subject() -> None:
    art = article("وفي حين أعرب العديد من لبنانيي المهجر عن سعادتهم بالمشاركة في الانتخابات، شكا البعض الآخر.")
    assert only(find_quotes(art), "سعادتهم").speaker == "العديد من لبنانيي المهجر"


def test_an_auxiliary_around_an_svo_subject_is_skipped() -> None:
    art = article("وكان الجيش قد أعلن أنه يعتزم نشر أكثر من 370 ألف عنصر.")
    assert only(find_quotes(art), "يعتزم").speaker == "الجيش"


def test_resumptive_preposition_between_verb_and_subject_is_skipped() -> None:
    # "في وقت قال فيه X": فيه refers to the time, the subject comes after it; not the earlier speaker
    art = article("قالت وزارة الخارجية الألمانية إن الحرب يجب أن تتوقف.",
                  "جاء ذلك في وقت قال فيه وزير الخارجية الفرنسي فيليب دوست بلازي إن الوضع تدهور كثيرا.",
                  entities={"E1": ("ORG", "وزارة الخارجية الألمانية", []),
                            "E2": ("PER", "فيليب دوست بلازي", ["وزير الخارجية الفرنسي"])})
    qs = find_quotes(art)
    assert only(qs, "الحرب").speaker == "E1"
    assert only(qs, "الوضع").speaker == "E2"


def test_resumptive_preposition_alone_leaves_the_statement_to_its_issuer() -> None:
    # "أصدرت الوزارة بيانا قالت فيه إن": nothing follows فيه, so the sentence's subject speaks
    art = article("أصدرت وزارة الخارجية الأمريكية بيانا قالت فيه إن العقوبات ستستمر.",
                  entities={"E1": ("ORG", "وزارة الخارجية الأمريكية", [])})
    assert only(find_quotes(art), "العقوبات").speaker == "E1"


def test_named_antecedent_of_a_relative_speaks_after_a_long_lead() -> None:
    # the words before the relative's antecedent (أجراها أولمرت … مع) are no part of the speaker
    art = article("جاء ذلك قبل بدء مباحثات ثنائية أجراها أولمرت في القدس صباح اليوم مع وزيرة الخارجية الأميركية "
                  "كوندوليزا رايس التي قالت إنه قد حان الوقت لظهور شرق أوسط جديد.",
                  entities={"E1": ("PER", "أولمرت", []),
                            "E2": ("PER", "كوندوليزا رايس", ["وزيرة الخارجية الأميركية"])})
    assert only(find_quotes(art), "قد حان").speaker == "E2"


def test_relative_antecedent_spoken_of_or_after_a_preposition_is_no_speaker() -> None:
    # "الذي قال عنه": the antecedent is spoken about; "في كينيا، الذي قالوا": a place, not the antecedent
    art = article("وانخرط أردوغان في سجال مع رئيس الوزراء الإسرائيلي بنيامين نتانياهو الذي قال عنه إن يديه ملطختان.",
                  entities={"E1": ("PER", "أردوغان", []), "E2": ("PER", "بنيامين نتانياهو", [])})
    assert only(find_quotes(art), "يديه").speaker != "E2"


def test_a_subject_inside_quoted_speech_is_not_continued() -> None:
    # the sentence "وأكد لي كريم العبيدي…" is the ambassador's own words: «وتابع» continues the ambassador
    from quote_helpers import quotes_of

    text = ("قال السفير الروسي فلاديمير بتروف في مقابلة تلفزيونية: \"اتصلت بالوزير في ساعة متأخرة.. "
            "وأكد لي كريم العبيدي بكل سرور أن بلاده سترسل طائرات.\"\n"
            "وتابع قائلا: \"كانوا يأملون في دور أكبر في المنطقة\".")
    got = dict(quotes_of(text))
    assert got["كانوا يأملون في دور أكبر في المنطقة"] == "فلاديمير بتروف"


def test_inside_quote_counts_the_marks_of_its_paragraph() -> None:
    from rasd.analyse.quotes.base import _Ctx
    from rasd.analyse.quotes.continuation import _inside_quote

    ctx = _Ctx(article('قال الوزير: "زارنا سامر الخطيب أمس" ثم غادر.', 'وأضاف سامر أن الزيارة مفيدة.', entities={}))
    from rasd.arabic.normalize import normalize

    def at(words: str) -> int:
        return ctx.norm.index(normalize(words))

    assert _inside_quote(ctx, at("سامر الخطيب"))  # the minister's words
    assert not _inside_quote(ctx, at("ثم غادر"))  # after the closing mark
    assert not _inside_quote(ctx, at("وأضاف سامر"))  # a new paragraph


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("وأعلنت كل من روسيا وتركيا أن المحادثات ستستأنف الأسبوع المقبل.", "المحادثات ستستأنف", "روسيا"),
    ("ودعت كل من فرنسا وألمانيا إلى وقف فوري لإطلاق النار.", "وقف فوري", "فرنسا"),
    ("وقال مسؤول إن الوضع هادئ. وهي جماعة وصفتها كل من تركيا والولايات المتحدة بـ\"الإرهابية\".",
     "الإرهابية", "تركيا"),
])
def test_a_joint_subject_after_kull_min_speaks_as_its_first_name(text: str, quote: str, speaker: str) -> None:
    from quote_helpers import quotes_of

    got = [spk for q, spk in quotes_of(text) if q.startswith(quote)]
    assert got == [speaker]


def test_a_relative_verb_bearing_its_object_pronoun_takes_the_clause_subject_before() -> None:
    # "…بجماعة X التي تتهمها": the group is the one accused; the accuser is the subject of "تشتبه أنقرة"
    from quote_helpers import quotes_of

    text = ("أوقفت سلطات منغوليا طائرة بعد الإبلاغ عن مخطوف على متنها تشتبه أنقرة في ارتباطه بجماعة "
            "فتح الله غولن التي تتهمها بالوقوف وراء محاولة الانقلاب.")
    got = [spk for q, spk in quotes_of(text) if q.startswith("بالوقوف")]
    assert got == ["أنقرة"]

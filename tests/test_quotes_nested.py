"""Reported speech inside reported speech (issue #10): both clauses are quotes, each of its own speaker."""

from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from test_quotes import article, only


def test_a_reporting_verb_inside_a_reported_clause_quotes_its_own_subject() -> None:
    art = article("وذكرت صحيفة عرب نيوز أن صالح الصماد كان قد توعد أن يكون هذا العام عاما صعبا على خصومه.",
                  entities={"E1": ("ORG", "صحيفة عرب نيوز", []), "E2": ("PER", "صالح الصماد", [])})
    qs = find_quotes(art)
    outer = only(qs, "صالح الصماد كان")
    inner = only(qs, "يكون هذا العام")
    assert outer.speaker == "E1" and inner.speaker == "E2"
    assert outer.start < inner.start and inner.end <= outer.end


def test_a_pronoun_subject_inside_the_clause_is_the_clauses_named_subject() -> None:
    art = article("وقال فياتشيسلاف باشكوف إن ماكسيم بورودين كان يبحث عن محام، ولكنه اتصل به مرة أخرى ليقول له إن "
                  "أفراد الأمن كانوا يتدربون على شيء ما.",
                  "وأضاف أن الشرطة لم تحقق في الأمر بعد.",
                  entities={"E1": ("PER", "فياتشيسلاف باشكوف", []), "E2": ("PER", "ماكسيم بورودين", [])})
    qs = find_quotes(art)
    assert only(qs, "أفراد الأمن").speaker == "E2"
    # the inner speaker does not go on: "وأضاف" continues the outer one
    assert only(qs, "الشرطة لم تحقق").speaker == "E1"


def test_no_inner_quote_without_a_named_inner_subject() -> None:
    art = article("وقال أيمن الصفدي إنه شاهد فيلما وثائقيا يقول إن الأسماك تموت.",
                  entities={"E1": ("PER", "أيمن الصفدي", [])})
    assert [q.text for q in find_quotes(art)] == ["شاهد فيلما وثائقيا يقول إن الأسماك تموت"]


def test_a_bare_title_is_not_a_speaker_who_holds_other_titles() -> None:
    art = article("قال رئيس الوزراء مهاتير محمد إن الملك أشار إلى أنه راغب في العفو عن أنور فورا.",
                  entities={"E1": ("PER", "مهاتير محمد", ["رئيس الوزراء"])})
    assert only(find_quotes(art), "راغب في العفو").speaker == "الملك"


def test_a_named_subject_with_titles_and_time_words_before_a_verbal_noun_object() -> None:
    from rasd.analyse.quotes.objects import verbal_noun

    art = article("نفى الجمعة الأمين العام للحزب حسن نصرالله مقتل أي من مقاتليه في اليمن.",
                  "ونفى وزير الخارجية الروسي، سيرغي لافروف، أي تدخل أو تلاعب بالأدلة.",
                  "وينفي دونالد ترامب ارتكاب أي تواطؤ.",
                  entities={"E1": ("PER", "حسن نصرالله", []), "E2": ("PER", "سيرغي لافروف", []),
                            "E3": ("PER", "دونالد ترامب", [])})
    qs = find_quotes(art)
    assert only(qs, "مقتل أي").speaker == "E1"
    assert only(qs, "أي تدخل").speaker == "E2"
    assert only(qs, "ارتكاب").speaker == "E3"  # the name is the subject, not a verbal noun of its shape
    assert not verbal_noun("مهله", after_subject=True, raw="مهلة")  # مفعلة is no act
    assert verbal_noun("مقتل", after_subject=True, raw="مقتل") and not verbal_noun("مقتل", raw="مقتل")


def test_a_negated_opening_verb_keeps_its_subject_for_a_pronoun_cue() -> None:
    art = article("وقالت كريستال تادلوك إنها ستدفع الغرامة.",
                  "ولم تعلق وكالة الحدود والجمارك الأمريكية على القضية، بيد أنها شددت على أنه يجب الإعلان عن "
                  "كل المنتجات الزراعية.",
                  entities={"E1": ("PER", "كريستال تادلوك", []), "E2": ("ORG", "وكالة الحدود والجمارك الأمريكية", [])})
    assert only(find_quotes(art), "يجب الإعلان").speaker == "E2"


def test_an_outlet_told_after_the_verb_is_not_the_speaker() -> None:
    from rasd.record import Entity, Mention

    art = article("وقالت كريستال تادلوك إنها ستدفع الغرامة.",
                  "وقد قالت لمحطة إذاعة محلية في دنفر إنها سترفع القضية إلى المحكمة.",
                  "ووفقا للمرصد السوري لحقوق الإنسان، قتل 78 مدنيا على الأقل في الغارات.",
                  entities={"E1": ("PER", "كريستال تادلوك", [])})
    name = "المرصد السوري لحقوق الإنسان"
    at = art.text.index("لمرصد السوري")  # the entity layer's mention of «للمرصد…» leaves the clitic ل out
    art.entities.append(Entity("E2", "ORG", name, [Mention(at, at + len("لمرصد السوري لحقوق الإنسان"), name)]))
    qs = find_quotes(art)
    assert only(qs, "سترفع").speaker == "E1"
    assert only(qs, "قتل 78").speaker == "E2"  # وفقا ل|لمرصد: the attribution's own ل, not an addressee


def test_an_outlet_in_latin_letters_after_the_verb_is_told_not_speaking() -> None:
    art = article("وكانت مصادر أكدت لـCNN في وقت سابق أن الولايات المتحدة تسعى إلى تشكيل قوة عربية.")
    assert only(find_quotes(art), "الولايات المتحدة").speaker == "مصادر"


def test_a_participle_after_a_reported_clause_continues_the_sentences_speaker() -> None:
    art = article("دبي، الإمارات العربية المتحدة (CNN)— قال أحمد أبوزيد، المتحدث باسم وزارة الخارجية المصرية، الجمعة، "
                  "إن التصريحات التي أدلى بها سامح شكري، وزير خارجية مصر حول إرسال قوات عربية إلى سوريا ليس مقصود "
                  "به مصر، لافتا إلى أن مصر لا ترسل قوات خارج أراضيها.",
                  entities={"E1": ("PER", "أحمد أبوزيد", ["المتحدث باسم وزارة الخارجية المصرية"]),
                            "E2": ("PER", "سامح شكري", ["وزير خارجية مصر"])}, title="خارجية مصر: إرسال قواتنا للخارج له ضوابط")
    assert only(find_quotes(art), "مصر لا ترسل").speaker == "E1"


def test_came_in_a_statement_is_a_cue_whose_speaker_is_the_statements_owner() -> None:
    art = article('وجاء في بيان لوزارة الخارجية التونسية أنه "تم اليوم استدعاء السفير الإيطالي لإبلاغه استغراب تونس".',
                  'وجاء في بيان على لسان يوليا سكريبال أصدرته الشرطة أن "قواها تزداد يوما بعد يوم".',
                  entities={"E1": ("ORG", "وزارة الخارجية التونسية", []), "E2": ("PER", "يوليا سكريبال", []),
                            "E3": ("ORG", "الشرطة", [])})
    qs = find_quotes(art)
    assert only(qs, "تم اليوم").speaker == "E1"
    assert only(qs, "قواها").speaker == "E2"


def test_a_circumstantial_participle_ends_a_description() -> None:
    from rasd.analyse.quotes.subjects import clean_description

    assert clean_description("مراسل للأناضول متحدثا لقناة سي إن إن ترك") == "مراسل للأناضول"
    assert clean_description("مصدر أمني مطلع") == "مصدر أمني مطلع"  # a nominative adjective stays


def test_a_plural_cue_takes_the_plural_subject_of_a_sentence_opening_verb_of_any_kind() -> None:
    art = article("قال مسؤول أمريكي إن القرار لم يتخذ بعد.",
                  "وناشد قادة أوروبيون، من بريطانيا وفرنسا وألمانيا، الرئيس الأمريكي للحفاظ على الاتفاق النووي، "
                  "ويقولون إنه يؤدي العمل المطلوب منه.")
    assert only(find_quotes(art), "يؤدي العمل").speaker == "قادة أوروبيون"


def test_an_opening_time_phrase_or_time_pronoun_is_not_the_sentences_subject() -> None:
    from rasd.record import TimeExpr

    art = article("قال بيبلاب دب إن قدماء الهنود اخترعوا الانترنت.",
                  "ففي عام 2014 تحدث مودي، أمام جمع من الأطباء، وقال لهم إن الجراحة التجميلية كانت موجودة.",
                  "وبعدها أثار نائب وزير التربية، ساتيابال سينغ، استغراب الكثيرين عندما ادعى أن أول ذكر للطائرة كان "
                  "في ملحمة قديمة.",
                  entities={"E1": ("PER", "بيبلاب دب", []), "E2": ("PER", "ناريندرا مودي", []),
                            "E3": ("PER", "ساتيابال سينغ", [])})
    at = art.text.index("عام 2014")
    art.dates.append(TimeExpr(at, at + len("عام 2014"), "عام 2014", type="DATE", value="2014"))
    qs = find_quotes(art)
    assert only(qs, "الجراحة").speaker == "E2"
    assert only(qs, "أول ذكر").speaker == "E3"


def test_a_verbal_noun_in_ta_marbuta_is_no_stance_verb_with_a_pronoun() -> None:
    art = article("وتحدث الرئيس في كلمته، في إشارة إلى الاتفاق النووي الذي وقع عام 2015.",
                  "واتهمت المندوبة الأمريكية نيكي هايلي روسيا بإسقاط التزاماتها، مهددة بتحرك أمريكي منفرد للرد.",
                  entities={"E1": ("PER", "نيكي هايلي", ["المندوبة الأمريكية"])})
    qs = find_quotes(art)
    assert not [q for q in qs if q.text.startswith("الاتفاق النووي")]  # في إشارة إلى: the writer's aside
    assert only(qs, "بتحرك").speaker == "E1"  # a feminine participle (مهددة) still governs its complement


def test_it_was_said_that_is_a_quote_without_a_speaker() -> None:
    art = article("وقال ديمتري دلياني إن القرار انتصار للكنائس.",
                  "وشنت الولايات المتحدة غارات على منشآت قيل إنها لأسلحة كيمياوية سورية.",
                  entities={"E1": ("PER", "ديمتري دلياني", [])})
    q = only(find_quotes(art), "لأسلحة")
    assert q.speaker is None and q.kind == "indirect"


def test_the_verbal_noun_of_a_reporting_verb_with_its_subject_reports_the_clause() -> None:
    art = article("واتى تصريح السفير الروسي بعيد إعلان الرئيس الأمريكي دونالد ترامب أنه سيتخذ قرارا بشأن عمل عسكري.",
                  "ولم يتمكن المسؤولون من التأكيد أن الهجوم وقع.",
                  entities={"E1": ("PER", "دونالد ترامب", ["الرئيس الأمريكي"])})
    qs = find_quotes(art)
    assert only(qs, "سيتخذ قرارا").speaker == "E1"
    assert not [q for q in qs if q.text.startswith("الهجوم وقع")]  # a definite noun names no speaker


def test_a_subject_completed_by_a_place_and_a_time_phrase_before_the_verbal_noun_object() -> None:
    from rasd.record import TimeExpr

    art = article("وكما أعلن أمن حماس في قطاع غزة اعتقال ثلاثة أشخاص وبدء التحقيق معهم.",
                  "وأعلن خالد علي منذ عدة أسابيع عدم نيته الترشح للانتخابات.",
                  entities={"E1": ("ORG", "حماس", []), "E2": ("LOC", "غزة", []), "E3": ("PER", "خالد علي", [])})
    at = art.text.index("منذ عدة أسابيع")
    art.dates.append(TimeExpr(at, at + len("منذ عدة أسابيع"), "منذ عدة أسابيع", type="DURATION", value="PXW"))
    qs = find_quotes(art)
    assert only(qs, "اعتقال ثلاثة").speaker is not None
    assert only(qs, "عدم نيته").speaker == "E3"

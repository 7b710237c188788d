"""Misfires a reviewer found with made-up sentences in the session-11 quotes commits (helper qfix): each test
fails on the code before its fix, next to a test that the commit's own case still holds."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes


def test_an_owned_thing_is_no_statement() -> None:
    # objects._own_object: the pronoun agrees, but a phone or a line-up is no stance or act (not a verbal noun)
    assert _quotes("وكشفت شركة سامسونغ هاتفها الجديد في معرض برشلونة.") == []
    assert _quotes("وأعلن المنتخب تشكيلته لمباراة الغد.") == []


def test_an_owned_stance_or_act_is_still_stated() -> None:
    assert _quotes("وأعلن التنظيم مسؤوليته عن الهجوم.") == [("مسؤوليته عن الهجوم", "التنظيم")]
    assert _quotes("وأعلنت باريس دعمها للاتفاق.") == [("دعمها للاتفاق", "باريس")]


def test_a_name_before_a_joined_verb_is_no_documents_author() -> None:
    # documents._writer_in: «X وأكدت في بيان» — X is the earlier verb's object (or its genitive), not the
    # statement's author; the author is the earlier verb's subject
    text = 'وهاجمت حركة حماس إسرائيل وأكدت في بيان أن "العملية مستمرة". وأضاف البيان أن "المقاومة لن تتوقف".'
    assert [s for _q, s in _quotes(text)] == ["حركة حماس", "حركة حماس"]
    text = 'ونفت وزارة الدفاع تقريرا نشرته وكالة رويترز وقالت في بيان إن "التقرير كاذب". وأضاف البيان أن "الجيش لم يتحرك".'
    assert [s for _q, s in _quotes(text)] == ["وزارة الدفاع", "وزارة الدفاع"]


def test_a_subject_first_statement_is_its_subjects() -> None:
    from rasd.analyse.quotes.documents import _joined_verb

    text = 'وكانت حركة حماس قد أعلنت في بيان أن "العملية مستمرة". وأضاف البيان أن "المقاومة لن تتوقف".'
    assert [s for _q, s in _quotes(text)] == ["حركة حماس", "حركة حماس"]
    assert _joined_verb("واكدت") and _joined_verb("فقال") and not _joined_verb("وصفت")


def test_a_future_occasion_is_part_of_the_content() -> None:
    # occasion.occasion_start: a planned visit or press conference is what is said, not where it was said
    text = "وقال الرئيس سامر حداد إنه سيلتقي نظيره الفرنسي خلال زيارته المقبلة إلى باريس."
    assert _quotes(text) == [("سيلتقي نظيره الفرنسي خلال زيارته المقبلة إلى باريس", "سامر حداد")]
    text = "وقال الوزير سامر حداد إنه سيعلن القرار في مؤتمره الصحفي غدا."
    assert _quotes(text)[0][0].endswith("غدا")
    # the speaker's own future act: his visit is the plan's
    text = "وقال الرئيس سامر حداد إنه سيلتقي نظيره الفرنسي خلال زيارته إلى باريس."
    assert _quotes(text)[0][0].endswith("خلال زيارته إلى باريس")


def test_the_occasion_of_the_speech_still_ends_the_content() -> None:
    text = "وقال الرئيس سامر حداد إن العلاقات ممتازة في لقائه مع بي بي سي."
    assert _quotes(text) == [("العلاقات ممتازة", "سامر حداد")]
    # another's future act told in the speaker's speech: the speech is still the occasion
    text = "وقالت الوزيرة ليلى نصار إن الحكومة ستخفض الضرائب في كلمتها أمام البرلمان."
    assert _quotes(text)[0][0] == "الحكومة ستخفض الضرائب"


def test_a_ma_clause_without_a_reporting_verb_is_said() -> None:
    # indirect._ATTRIBUTION_TAIL_RE: «وفقا لما ينص عليه الدستور» is the speaker's own qualification
    text = "وقال الوزير سامر حداد إن الانتخابات ستجري في موعدها، وفقا لما ينص عليه الدستور."
    assert _quotes(text)[0][0].endswith("وفقا لما ينص عليه الدستور")
    assert _quotes("وقال الوزير سامر حداد إن الأسعار ستحدد، حسبما يقتضيه السوق.")[0][0].endswith("السوق")


def test_a_ma_clause_with_a_reporting_verb_is_the_writers() -> None:
    text = "وقال الوزير سامر حداد إن الانتخابات ستجري في موعدها، وفقا لما نقلته وكالة الأنباء."
    assert _quotes(text)[0][0] == "الانتخابات ستجري في موعدها"
    text = "وقال الوزير سامر حداد إن الانتخابات ستجري في موعدها، حسبما ذكرت وكالة الأنباء."
    assert _quotes(text)[0][0] == "الانتخابات ستجري في موعدها"


def test_a_genitive_with_its_pronoun_is_no_resumptive_verb() -> None:
    # phrase._resumptive_verb: جيش and عام do not conjugate as verbs (no جيشت/جيشوا in the corpus table)
    from rasd.analyse.quotes.phrase import _resumptive_verb

    assert _quotes("وقال قائد جيشها إن القوات مستعدة للرد.")[0][1] == "قائد جيشها"
    assert _quotes("وقال مدير عامها إن الشركة ستتوسع.")[0][1] == "مدير عامها"
    assert not _resumptive_verb("جيشها") and not _resumptive_verb("عامها")


def test_a_resumptive_verb_still_ends_an_indefinite_phrase() -> None:
    from rasd.analyse.quotes.phrase import _resumptive_verb

    assert _resumptive_verb("جمعهم") and _resumptive_verb("نشرها")
    assert _quotes("وقال خبراء جمعهم المعهد إن الاقتصاد يتعافى.")[0][1] == "خبراء"


def test_a_definite_or_disagreeing_title_after_the_verb_is_its_object() -> None:
    # actors.source_phrase: «رئيس الوزراء» is definite by its genitive, and masculine after a feminine verb
    text = "قالت الناشطة سارة أحمد إن الوضع صعب. ودعت رئيس الوزراء إلى التدخل العاجل."
    assert _quotes(text)[-1][1] != "رئيس الوزراء"
    # the phrase never runs into the object
    assert "القرار" not in (_quotes("ووصف رئيس الوزراء السابق القرار الجديد بأنه خاطئ.")[0][1] or "")


def test_an_indefinite_title_after_the_verb_is_its_subject() -> None:
    qs = _quotes("ودعا متحدث باسم الحزب الناخبين إلى المشاركة في الانتخابات.")
    assert qs == [("المشاركة في الانتخابات", "متحدث باسم الحزب")]


def test_an_inner_report_in_a_quotation_has_its_own_subject() -> None:
    # nested.nested_reports: the words before the inner verb stop at a sentence end inside the quotation
    # (no speaker «الحكومة "ستواصل العمل»)
    text = 'وقال الوزير سامر حداد إن الحكومة "ستواصل العمل. وقد قال لي الرئيس عادل نصر إن المشروع أولوية".'
    assert all(not (s or "").startswith("الحكومة") for _q, s in _quotes(text))
    text = 'وقال الوزير سامر حداد إن الحكومة "ستواصل العمل. وقد قال لي إن المشروع أولوية".'
    assert all(not (s or "").startswith("الحكومة") for _q, s in _quotes(text))


def test_an_inner_report_with_its_subject_before_the_verb() -> None:
    qs = _quotes("وقال الوزير سامر حداد إن الصحيفة ذكرت أن الرئيس سيستقيل قريبا.")
    assert qs[-1] == ("الرئيس سيستقيل قريبا", "الصحيفة")
    # a subject named after the inner verb speaks, not the outer clause's words before it
    qs = _quotes("وقال الوزير سامر حداد إن فرنسا ستحمي شركاتها بعد أن قالت الولايات المتحدة إنها ستفرض عقوبات.")
    assert qs[-1] == ("ستفرض عقوبات", "الولايات المتحدة")


def test_a_made_up_participle_the_corpus_reads_as_a_noun_is_no_cue() -> None:
    # cueforms.generated_non_participle: مقترح takes the plural مقترحات (a noun), so «مقترحا بأن» is a proposal
    from rasd.analyse.quotes.cueforms import generated_non_participle, participle_stems

    assert _quotes("وقدم الوفد المصري مقترحا بأن تتوقف المعارك لمدة أسبوع.") == []
    assert generated_non_participle("مقترحا") and not generated_non_participle("مقترحا", after_comma=True)
    # form II lemmas written without their shadda: no فاعل form (كاررا، غاردا)
    assert participle_stems("كرر") == [] and generated_non_participle("غاردا")
    assert not generated_non_participle("زاعما") and not generated_non_participle("مستبعدا")


def test_a_made_up_participle_after_a_comma_still_reports() -> None:
    qs = _quotes("وقال الوزير سامر حداد إن الحل ممكن، مقترحا أن تتوقف المعارك.")
    assert qs[-1] == ("تتوقف المعارك", "سامر حداد")
    qs = _quotes("وقال الوزير سامر حداد إن الحل ممكن، مستبعدا أن تتوقف المعارك قريبا.")
    assert qs[-1] == ("تتوقف المعارك قريبا", "سامر حداد")


def test_one_reading_of_inside_quote_marks() -> None:
    # continuation._inside_quote and the clause ends of indirect read the marks as the direct finder pairs
    # them: a stray inch mark after a number opens no quotation (a count of marks said it did)
    from types import SimpleNamespace

    from rasd.analyse.quotes.continuation import _inside_quote
    from rasd.analyse.quotes.indirect import _in_paired_quote

    stray = 'شاشه بحجم 6" بوصات. واضاف الوزير ان'
    opened = 'قال "الحرب مستمره. واضاف الوزير ان'
    assert not _inside_quote(SimpleNamespace(norm=stray), stray.find("واضاف"))
    assert _inside_quote(SimpleNamespace(norm=opened), opened.find("واضاف"))
    assert not _in_paired_quote(stray, 0, stray.find("واضاف")) and _in_paired_quote(opened, 0, opened.find("واضاف"))


def test_the_masculine_dual_past_wants_the_dual_pronoun() -> None:
    from rasd.analyse.quotes.objects import _agreeing_pronoun

    assert _agreeing_pronoun("اعلنا", "مسؤوليتهما") and not _agreeing_pronoun("اعلنا", "مسؤوليته")
    assert _agreeing_pronoun("اعلن", "مسؤوليته")


def test_a_quotation_does_not_run_through_a_narrated_report() -> None:
    # indirect.clause_end(through): a sentence opening with a reporting verb and a named subject is the
    # writer's, so the marks around it are stray, not one quotation of the first speaker
    text = ('وقال الوزير سامر حداد إن الحكومة "ستواصل العمل. وقال رئيس البرلمان عادل نصر إن الجلسة انتهت. '
            'ثم غادر الجميع" القاعة.')
    qs = _quotes(text)
    assert all("عادل نصر" not in q for q, _s in qs) and ("الجلسة انتهت", "عادل نصر") in qs


def test_a_quotation_runs_past_its_own_sentence_end() -> None:
    text = 'وقال الوزير سامر حداد إن الحكومة "ستواصل العمل. لن نتوقف أبدا" في المدينة.'
    assert _quotes(text)[0][0].startswith('الحكومة "ستواصل العمل. لن نتوقف أبدا')


def test_the_broken_plural_afaal_is_no_verbal_noun() -> None:
    # objects._shape: أفعال (أرباح، أسعار) shares إفعال's letters once normalized; the hamza tells them apart
    from rasd.analyse.quotes.objects import verbal_noun

    assert _quotes("وأعلنت الشركة أرباحها الفصلية يوم الخميس.") == []
    assert not verbal_noun("ارباحها", raw="أرباحها") and verbal_noun("اغلاقها", raw="إغلاقها")
    assert verbal_noun("اجراء", raw="اجراء")  # a hamza left unwritten is no plural's
    assert _quotes("وأعلنت الحكومة إغلاقها للمعبر.") == [("إغلاقها للمعبر", "الحكومة")]


def test_a_participle_negated_by_ghayr_is_an_adjective() -> None:
    # base cue reading: «غير متوقعة أن…» describes the results; no speaker's circumstantial participle
    assert _quotes("جاءت النتائج غير متوقعة أن يفوز الحزب بالأغلبية.") == []
    qs = _quotes("وقال الوزير سامر حداد إن الحل ممكن، متوقعا أن تتوقف المعارك.")
    assert qs[-1] == ("تتوقف المعارك", "سامر حداد")

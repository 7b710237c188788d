"""Quote finder round 3 (issue #10, session 8): span ends and cues measured on ANERcorp quotes dev and the ANT
dev sets. A coordinated cue with its own complementizer opens the next statement."""

from __future__ import annotations

from rasd.pipeline import process_text


def _texts(text: str) -> list[str]:
    return [q.text for q in process_text(text).quotes]


def test_coordinated_cue_with_its_own_complementizer_ends_the_clause() -> None:
    got = _texts("وقال الرئيس الأمريكي جورج بوش إنها مأساة قومية لأميركا وأعلن أن اصطدام الطائرتين بمركز "
                 "التجارة العالمي عمل إرهابي.")
    assert got[0] == "مأساة قومية لأميركا"
    assert any(t.startswith("اصطدام الطائرتين") for t in got[1:])


def test_coordination_inside_the_clause_stays() -> None:
    # «وأكد» without a complementizer of its own, and «ويعلن» a present verb: both are part of what was said
    got = _texts("وقال الوزير إن الحكومة ستدعم المزارعين وأكد الحرص على حقوقهم في كل المناطق.")
    assert got and got[0].startswith("الحكومة ستدعم المزارعين")
    assert "الحرص" in got[0]
    got = _texts("وقال المتحدث إن الجيش يتقدم في الشمال ويعلن أنه سيطر على بلدتين.")
    assert got and "سيطر على بلدتين" in got[0]


def test_coordinated_cue_inside_quote_marks_does_not_cut() -> None:
    got = _texts('وقالت الشبكة إن بعض من عملوا معه "أشادوا بسلوكه وأكدوا على أن سلوكه كان دائما مهنيا".')
    assert got and got[0].endswith('كان دائما مهنيا"')


def test_present_stems_follow_the_verb_pattern() -> None:
    from rasd.analyse.quotes.cueforms import present_stem, verb_forms

    assert present_stem("طلب") == "طلب"  # form I, sound
    assert present_stem("وعد") == "عد"  # و falls
    assert present_stem("دعا") == "دعو" and present_stem("نفى") == "نفي"  # defective
    assert present_stem("أعلن") == "علن" and present_stem("أشار") == "شير"  # form IV, hollow IV
    assert present_stem("اعتبر") == "عتبر" and present_stem("استبعد") == "ستبعد"  # VIII, X
    assert present_stem("ادعى") == "دعي"  # VIII defective
    assert present_stem("قال") is None and present_stem("أكد") is None  # not told by the shape
    past, present = verb_forms("زعم")
    assert {"زعم", "زعمت", "زعموا"} <= past and {"يزعم", "تزعم", "يزعمون"} <= present
    past, present = verb_forms("ادعى")
    assert "ادعت" in past and {"يدعي", "تدعي", "يدعون"} <= present


def test_generated_forms_are_cues() -> None:
    assert _texts("وتزعم الشركة أنها لم تتلق أي إشعار من الحكومة.") == ["لم تتلق أي إشعار من الحكومة"]
    got = process_text("وطلبت تركيا من السفير الإسرائيلي أن يغادر البلاد مؤقتا.")
    assert [q.text for q in got.quotes] == ["يغادر البلاد مؤقتا"]
    spk = got.entity(got.quotes[0].speaker) if got.quotes[0].speaker else None
    # the one asked (من السفير) is not the speaker
    assert "السفير" not in ((spk.name if spk else got.quotes[0].speaker) or "")


def test_request_noun_is_not_a_cue() -> None:
    assert _texts("وقدم المتقدم طلب توضيح للسؤال المطروح، وبذلك عليك أن تشعر بالراحة التامة.") == []


def test_a_quote_left_open_goes_on_to_its_closing_mark() -> None:
    text = ('وقال الممثل كاميرون كوفي في تغريدة: "كان هناك القلائل من الذين استطاعوا تجسيد الأسطورة.\n\n'
            'وعلى المستوى الشخصي، قلائل هم من كانوا يتمتعون بالصدق والشجاعة."\n\n'
            "وتزوجت الممثلة ثلاث مرات ونتج عن هذه الزيجات ابنة واحدة.")
    got = _texts(text)
    assert "وعلى المستوى الشخصي، قلائل هم من كانوا يتمتعون بالصدق والشجاعة" in got
    assert not any(t.startswith("وتزوجت") for t in got)


def test_a_quote_opened_at_a_line_end_starts_on_the_next_line() -> None:
    text = 'واضاف الرئيس " . .\n\nلدينا نفس الرؤية السياسية الدولية . .\n\nانا واثق من ذلك كما انتم واثقون هنا " .'
    got = _texts(text)
    assert "لدينا نفس الرؤية السياسية الدولية" in got and "انا واثق من ذلك كما انتم واثقون هنا" in got


def test_an_open_quote_is_not_carried_past_marks_that_pair_among_themselves() -> None:
    text = ('وقالت الصحيفة ان " المفاوضات بين العراق والامم المتحدة لن تكون سهلة . .\n\n'
            'شهد العراق أمس يوما داميا سقط فيه نحو 70 قتيلا .\n\n'
            'وكانت أعنف تلك العمليات انفجار سيارة مفخخة في سوق " جميلة " الشعبي .')
    got = _texts(text)
    assert not any("شهد العراق" in t or "أعنف" in t for t in got)


def test_coordinated_stance_verb_with_its_own_bianna_ends_the_clause() -> None:
    got = _texts("وقال مسؤول بارز بالأمم المتحدة إن القنابل العنقودية ما زالت تشكل خطرا على المدنيين ووصف استخدام "
                 "تلك القنابل في مناطق سكنية بأنه تصرف غير أخلاقي تماما.")
    assert got and got[0] == "القنابل العنقودية ما زالت تشكل خطرا على المدنيين"


def test_relative_clause_with_its_own_subject_reports_inside_a_quote() -> None:
    art = process_text("وأشار وزير الخارجية الروسي سيرغي لافروف إلى أن الهجوم على لبنان تجاوز حدود العملية التي تقول "
                       "إسرائيل إنها تنفذها ضد حزب الله.")
    texts = [q.text for q in art.quotes]
    assert "تنفذها ضد حزب الله" in texts
    got = _texts("وقال الوزير إن الحكومة رفضت التعديلات التي قال إنها تضر بالمزارعين في الجنوب.")
    assert "تضر بالمزارعين في الجنوب" not in got  # no subject of its own: the relative is the verb's object


def test_a_contrast_ends_a_noun_phrase_complement_without_a_comma() -> None:
    got = _texts("ودعا إسلاميون إلى تنظيم مظاهرة تضم أكثر من مليون شخص لكن عدد المتظاهرين جاء أقل من ذلك بكثير.")
    assert "تنظيم مظاهرة تضم أكثر من مليون شخص" in got

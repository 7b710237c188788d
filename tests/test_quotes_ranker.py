"""The speaker ranker hook and the description clean-ups of issue #10's third round."""

from __future__ import annotations

from rasd.analyse.quotes import ranker
from rasd.pipeline import process_text


def _speakers(text: str) -> list[str | None]:
    art = process_text(text)
    out = []
    for q in art.quotes:
        ent = art.entity(q.speaker) if q.speaker else None
        out.append(ent.name if ent else q.speaker)
    return out


def test_definite_head_is_the_organisation_named_earlier() -> None:
    text = ("أعلن المرصد السوري لحقوق الإنسان عن حصيلة جديدة للقتلى في درعا.\n"
            "وقال المرصد إن عشرات الآلاف تجمعوا على الحدود السورية الأردنية.\n")
    assert _speakers(text) == ["المرصد السوري لحقوق الإنسان"]


def test_definite_head_without_an_organisation_stays_a_description() -> None:
    text = "وقال المرصد إن عشرات الآلاف تجمعوا على الحدود السورية الأردنية.\n"
    got = _speakers(text)
    assert len(got) == 1 and got[0] != "المرصد السوري لحقوق الإنسان"


def test_recording_lists_the_rule_choice_and_no_speaker() -> None:
    ranker.RECORD = []
    try:
        process_text("قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق النووي يجب أن يبقى.\n")
        rec = list(ranker.RECORD)
    finally:
        ranker.RECORD = None
    assert rec, "one quote was recorded"
    _span, values, feats, rule = rec[0]
    assert rule in values and None in values
    assert feats[values.index(rule)].get("rule") == 1.0
    assert feats[values.index(None)].get("none") == 1.0


def test_without_weights_the_rules_choice_stands(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ranker, "_model", lambda: None)
    assert ranker.rerank(None, None, "E1", [], False) == "E1"  # type: ignore[arg-type]


def test_topic_phrase_before_the_cue_is_not_the_speaker() -> None:
    text = ("قال ولي العهد السعودي الأمير محمد بن سلمان إن إيران هي سبب مشكلات المنطقة.\n"
            "وعن إسرائيل، قال: \"أعتقد أن لدينا عدوا مشتركا\".\n")
    got = _speakers(text)
    assert len(got) == 2 and got[1] != "إسرائيل"


def test_dateline_is_skipped_for_the_main_subject() -> None:
    text = ("دبي، الإمارات العربية المتحدة (CNN)-- وصفت وزارة الخارجية الإيرانية، الجمعة، السياسات "
            "السعودية الأخيرة بأنها \"تراجيديا حزينة\"، معتبرة أن المملكة العربية السعودية هبطت إلى مستوى جديد.\n")
    got = _speakers(text)
    assert got and got[-1] == "وزارة الخارجية الإيرانية"


def test_headline_subject_before_a_present_tense_stance_verb() -> None:
    text = ("روسيا تتهم بريطانيا بـ\"فبركة\" الهجوم الكيماوي في دوما\n"
            "اتهمت وزارة الدفاع الروسية، الجمعة، بريطانيا بالعمل مع متطوعين في دوما.\n")
    art = process_text(text)
    first = min(art.quotes, key=lambda q: q.start) if art.quotes else None
    assert first is not None and first.text == "فبركة"
    ent = art.entity(first.speaker) if first.speaker else None
    assert ent is not None and ent.name == "روسيا"


def test_unsure_mode_keeps_an_anchored_rule_pick_and_model_mode_overrules_it() -> None:
    weights = {"prev": 2.0, "rule": 0.5}
    feats = [{"rule": 1.0, "right_after_cue": 1.0}, {"prev": 1.0}, {"none": 1.0}]
    assert ranker.choose_index(weights, feats, 0, "model") == 1
    assert ranker.choose_index(weights, feats, 0, "unsure") == 0
    feats[0] = {"rule": 1.0}  # not anchored to the cue: the model decides
    assert ranker.choose_index(weights, feats, 0, "unsure") == 1


def test_defective_verbs_show_their_subjects_gender() -> None:
    from rasd.analyse.quotes.base import _VERBS_N
    from rasd.analyse.quotes.speakers import cue_gender

    assert cue_gender("نفت", _VERBS_N) == "F" and cue_gender("نفي", _VERBS_N) == "M"
    assert cue_gender("قالا", _VERBS_N) is None  # a dual, not a defective verb


def test_feminine_defective_stance_verb_takes_the_place_after_it() -> None:
    got = _speakers("ودعت برلين الجمعة إلى وقف لإطلاق النار في الشرق الأوسط بأسرع وقت ممكن.\n")
    assert got == ["برلين"]


def test_a_preposition_with_a_pronoun_never_heads_a_speaker() -> None:
    from rasd.analyse.quotes.subjects import head_ok

    assert not head_ok("معهم") and not head_ok("لنفسه") and not head_ok("عليها")
    assert head_ok("مصدر") and head_ok("ملك") and head_ok("بيان")

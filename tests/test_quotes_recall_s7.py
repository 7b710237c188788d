"""Quote finder recall on other outlets (issue #10, session 7, ANERcorp quotes dev): names built on «الله»
are not prayers, «وذلك» ends a cue's reach, defective stance verbs (دعت، دعوا), ل in place of إلى, and
verbal-noun objects after an indefinite source or with عدم/أي."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes
from rasd.analyse.quotes.stance import stance_verb


def _texts(text: str) -> list[str]:
    return [t for t, _s in _quotes(text)]


def test_names_with_allah_speak_prayers_do_not() -> None:
    got = _quotes("وقال نصر الله إن لبنان ليس بحاجة لاتفاق جديد .")
    assert got and got[0][0] == "لبنان ليس بحاجة لاتفاق جديد" and "نصر" in (got[0][1] or "")
    assert _texts("وأكد حزب الله أن المقاومة مستمرة في الجنوب .") == ["المقاومة مستمرة في الجنوب"]
    assert _texts("ودعا الإمام الله أن يحفظ البلاد من كل سوء .") == []  # a prayer stays out


def test_wa_dhalika_ends_the_cue_reach() -> None:
    text = ("نفى حزب الله اللبناني الجمعة مقتل أي من مقاتليه في اليمن وذلك بعد إعلان التحالف الذي تقوده "
            "الرياض أنه قتل ثمانية عناصر من الحزب في البلاد.")
    got = dict(_quotes(text))
    assert "مقتل أي من مقاتليه في اليمن" in got  # the verb's own object
    # the clause after «وذلك بعد إعلان التحالف … أنه» is not Hezbollah's
    assert all("حزب" not in (spk or "") for q, spk in got.items() if q.startswith("قتل ثمانية"))


def test_defective_stance_verbs() -> None:
    assert stance_verb("ودعت") == ("دعا", "verb") and stance_verb("دعتهم") == ("دعا", "verb")
    assert stance_verb("دعوه") is None  # the noun دعوة, once normalized, is no verb
    assert "وقف لإطلاق النار في الشرق الأوسط" in _texts("ودعت برلين الجمعة إلى وقف لإطلاق النار في الشرق الأوسط .")
    assert "وقف فوري لإطلاق النار" in _texts(
        "وأصدرت الخارجية الروسية بيانا دعت فيه إلى وقف فوري لإطلاق النار ، محذرة من كارثة إنسانية .")


def test_lam_in_place_of_ila() -> None:
    assert "لتشكيل حكومة شراكة وطنية" in _texts("وأعلن نصر الله موقفه ويدعو لتشكيل حكومة شراكة وطنية .")
    assert not any(t.startswith("لبنان") for t in _texts("ودعا سولانا لبنان وإسرائيل إلى التهدئة ."))
    assert not any(t.startswith("مشاهدة") for t in _texts(
        "وكان الصحفي توم تشيشر من بين الصحفيين الأجانب الذين دعوا إلى مشاهدة الحدث ."))  # دُعوا: invited
    # after a noun, ل is the noun's: "معارضون للإجهاض" is the subject, not the call
    assert not any(t.startswith("للإجهاض") for t in _texts("ودعا معارضون للإجهاض الناخبين إلى التمرد على النواب ."))


def test_objects_after_indefinite_sources_and_markers() -> None:
    got = _texts("وفي كركوك أعلنت مصادر عسكرية اعتقال ضابط في الجيش العراقي بعد هجوم مسلح .")
    assert any(t.startswith("اعتقال ضابط") for t in got)
    assert not any(t.startswith("مقرب") for t in _texts("وأعلن مصدر مقرب من الرئيس الفرنسي موعد الزيارة ."))
    got = _texts("وأكد بيان آخر اعتقال قائد كتائب ثورة العشرين في بعقوبة .")
    assert any(t.startswith("اعتقال قائد") for t in got)
    got = _texts("ذكرت الشرطة أن مسلحين هاجموا المركز ، وأكدت المصادر عدم معرفتها بالأسباب التي دفعتهم إلى ذلك .")
    assert any(t.startswith("عدم معرفتها") for t in got)
    assert not _texts("وأكد مصدر في المستشفى .")  # no object, no quote


def test_ruled_out() -> None:
    got = _quotes("استبعدت وزيرة الخارجية الأميركية كوندوليزا رايس أي مشاركة أميركية في هذه القوة .")
    assert got and got[0][0].startswith("أي مشاركة") and "رايس" in (got[0][1] or "")
    assert not _texts("استبعد المدرب ثلاثة لاعبين من التشكيلة .")  # dropping players is no statement

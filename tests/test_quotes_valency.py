"""The object of وصف/اتهم is never their speaker (issue #10, session 9, helper sp2): the lone noun phrase between
the verb and its ب-complement is the object; the speaker is the verb's subject (before it, or the pronoun subject
of the sentence it continues). Two noun phrases after the verb are subject then object (verb first)."""

from __future__ import annotations

from rasd.pipeline import process_text


def _speaker_of(text: str, words: str) -> str | None:
    art = process_text(text)
    for q in art.quotes:
        if words in q.text:
            ent = art.entity(q.speaker) if q.speaker else None
            return ent.name if ent else q.speaker
    raise AssertionError(f"no quote holds {words!r}")


def test_lone_name_after_describe_is_the_object() -> None:
    text = ("قال رئيس الوزراء الكندي جاستن ترودو إن المحادثات صعبة. "
            "وفي مقابلة مع التلفزيون يصف كارلوس غصن بأنه \"رجل لا يمكن الوثوق به أبدا\".")
    assert _speaker_of(text, "لا يمكن الوثوق") != "كارلوس غصن"


def test_definite_noun_with_adjective_is_one_object() -> None:
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده مستعدة للحوار. "
            "ووصف الاتفاق المقترح بأنه \"خطوة أولى نحو السلام الدائم\".")
    assert _speaker_of(text, "خطوة أولى") != "الاتفاق المقترح"


def test_two_phrases_after_accuse_keep_the_subject() -> None:
    text = "واتهمت وزارة الخارجية التركية اليونان بإيواء عسكريين فارين من العدالة."
    assert _speaker_of(text, "بإيواء") not in (None, "اليونان")


def test_name_then_noun_is_subject_then_object() -> None:
    # «ووصفت الحكومة الكندية الموقع بأنه»: the name is the subject, الموقع (a place noun) the object
    text = "ووصفت الحكومة الكندية المشروع بأنه \"فرصة تاريخية للبلاد\"."
    assert _speaker_of(text, "فرصة تاريخية") not in (None, "المشروع")


def test_coordinated_cue_keeps_the_clause_subject_not_the_object() -> None:
    # «شن X هجوما على Y وقال إن…»: the coordinated cue shares the subject of the verb before it
    text = ("قال بيار غاسلي إن السباق كان صعبا. وقال لويس هاميلتون إن سيارته تعطلت مرتين. "
            "شن الفرنسي بيار غاسلي هجوما حادا على البريطاني لويس هاميلتون وقال إنه "
            "السائق الأكثر حصولا على المخالفات هذا الموسم.")
    assert _speaker_of(text, "الأكثر حصولا") == "بيار غاسلي"


def test_subordinate_cue_speaks_for_the_nearest_name() -> None:
    text = ("قال وزير الاقتصاد برونو لومير إن النمو تحسن. وقال إيمانويل ماكرون إن الحكومة ماضية في خطتها. "
            "وجاء تصريح الوزير متسقا مع خطاب الرئيس الفرنسي إيمانويل ماكرون في باريس حين قال إن "
            "بلاده لن تتراجع عن الإصلاحات.")
    assert _speaker_of(text, "لن تتراجع") == "إيمانويل ماكرون"


def test_name_after_a_verbal_noun_is_no_speaker() -> None:
    # «التي تحقق في قضية تسميم X»: X is the genitive of تسميم, acted on, not the one who speaks
    text = ("وقال وزير الداخلية البلجيكي إن التحقيق مستمر. حيث ذكرت الشرطة البلجيكية التي تحقق في قضية "
            "اغتيال يان فيرمولن، بأنها تعتقد أن المنفذين غادروا البلاد.")
    assert _speaker_of(text, "المنفذين غادروا") != "يان فيرمولن"


def test_described_subject_then_definite_object() -> None:
    # a construct chain closed by its definite word is the subject, the definite phrase after it the object
    text = ("قالت الشرطة المحلية إن التحقيق مستمر. "
            "واتهمت منظمات حماية البيئة الشركة الصناعية بتلويث مياه النهر.")
    assert _speaker_of(text, "بتلويث") == "منظمات حماية البيئة"


def test_no_noun_phrase_before_the_tail_is_no_subject() -> None:
    # "الدعوى المنتج الحائز على …": no subject phrase of its own before the last definite word
    text = ("قالت الممثلة سارة الحسيني إنها تعرضت للمضايقة. "
            "وتتهم الدعوى المنتج الحائز على جائزة الأوسكار بتشويه السمعة والتحرش.")
    assert _speaker_of(text, "بتشويه") == "سارة الحسيني"

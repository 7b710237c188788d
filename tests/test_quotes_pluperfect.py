"""Subjects read from word order and case (issue #10, session 7): the noun phrase between «كان» and the verb of
a pluperfect cue «وكان(ت) SUBJECT (قد) VERB» speaks, never the name after the verb nor the speaker of the sentence
before; a masculine plural participle takes the nearest nominative sound plural (ون) or «البعض»."""

from __future__ import annotations

from rasd.pipeline import process_text


def _speaker_of(text: str, words: str) -> str | None:
    art = process_text(text)
    for q in art.quotes:
        if words in q.text:
            ent = art.entity(q.speaker) if q.speaker else None
            return ent.name if ent else q.speaker
    raise AssertionError(f"no quote holds {words!r}")


def test_title_in_apposition_names_the_subject_not_the_object() -> None:
    text = ("وقال الرئيس الروسي فلاديمير بوتين إن بلاده تدعم الاتفاق. "
            "وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت موسكو على "
            "الضغط على الحكومة السورية لدعم الاتفاق.")
    assert _speaker_of(text, "الضغط على الحكومة") == "نيكي هايلي"


def test_described_subject_does_not_continue_the_previous_speaker() -> None:
    text = ("وقالت وزارة الدفاع الجزائرية إن أغلب القتلى عسكريون. "
            "وكانت السلطات كشفت في وقت سابق أن من بين القتلى أعضاء في جبهة البوليساريو.")
    assert _speaker_of(text, "من بين القتلى") == "السلطات"


def test_a_subordinate_kana_is_no_subject_of_the_cue() -> None:
    text = ("وعما إذا كانت قطر استجابت لمخاوف واشنطن، قالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت إن "
            "الكثير من العمل جار.")
    assert _speaker_of(text, "الكثير من العمل") != "قطر"


def test_a_thing_as_subject_is_left_to_the_other_readings() -> None:
    text = "وكان التطبيق قد أعلن سابقا أنه لن يسلم مفاتيح التشفير للسلطات."
    assert _speaker_of(text, "مفاتيح التشفير") != "التطبيق"


def test_plural_participle_takes_the_nominative_plural() -> None:
    # the ون of a sound plural marks the subject; the ين of an object or genitive does not
    text = ("وقال مسؤولون محليون إن عدد القتلى بلغ 11. ومنذ البدء، ركز المحتجون على سوء الخدمات "
            "مطالبين بمعالجة أزمة البطالة في المحافظات الجنوبية.")
    assert _speaker_of(text, "أزمة البطالة") == "المحتجون"


def test_plural_participle_after_some_of_them() -> None:
    text = "اتهمه البعض بالتحريض في حين دافع عنه البعض الآخر مشيرين إلى أنه من حقه التعبير عن رأيه."
    assert _speaker_of(text, "من حقه التعبير") == "البعض الآخر"


def test_subject_first_after_a_contrast_connective() -> None:
    text = ("ذكرت مصادر طبية عراقية أن الحصيلة بلغت 11 قتيلا. لكن مصادر محلية أشارت إلى مقتل متظاهر "
            "بنيران الشرطة.")
    assert _speaker_of(text, "مقتل متظاهر") == "مصادر محلية"
    # an anaphor or an auxiliary opening the phrase is no description of the subject
    text = "وقالت المفوضية إن الرسوم مؤسفة. لكن الأخير اتهم الاتحاد الأوروبي بأنه لم يعامل بلاده بشكل جيد."
    assert _speaker_of(text, "لم يعامل") != "الأخير"


def test_a_platform_where_it_was_posted_is_no_speaker() -> None:
    text = ("وقال المتحدث باسم وزارة الخارجية المصرية أحمد أبوزيد إن التصريح أخرج من سياقه. "
            "جاء ذلك في بيان نشر على الصفحة الرسمية للخارجية المصرية بموقع التواصل الاجتماعي، فيسبوك، "
            "وجاء فيه: \"إن التصريح المشار إليه جاء في سياق الحديث عن التحالف العسكري\".")
    assert _speaker_of(text, "في سياق الحديث") != "فيسبوك"


def test_a_definite_description_that_is_one_persons_role_is_that_person() -> None:
    # the entity layer reads "المتشدد الهولندي" as a role of the person (no title table holds المتشدد);
    # "وكان المتشدد الهولندي … قد دعا" is him
    from quote_helpers import quotes_of

    text = ("أصدرت المحكمة حكما بالسجن بحق المتشدد الهولندي كريم العمراني بتهمة التحريض. "
            "وكان المتشدد الهولندي المولود في عام 1990 قد دعا في تسجيلات مصورة إلى مهاجمة المصارف.")
    got = [spk for q, spk in quotes_of(text) if q.startswith("مهاجمة المصارف")]
    assert got == ["كريم العمراني"]

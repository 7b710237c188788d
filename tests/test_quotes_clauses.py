"""Speakers read from the clause structure (issue 10, second round): adverbial openers, coordinated
cues, participles after a comma-delimited clause, relative clauses after a preposition, addressees,
names that look like adverbs, and continuation cues that agree with what the article's verbs say."""

from __future__ import annotations

import pytest

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.subjects import clean_description, head_ok
from test_quotes import article, only


def test_subject_after_an_opening_adverbial_speaks_through_a_participle() -> None:
    art = article('وكان الجنرال أحمد سالم قال إن الضربات انتهت. وبعد ساعات على الضربات، أعلن وزير الخارجية '
                  'جان لودريان مد اليد إلى موسكو، قائلا "نحن مستعدون للعمل منذ الآن مع جميع البلدان".',
                  entities={"E1": ("PER", "أحمد سالم", []), "E2": ("PER", "جان لودريان", ["وزير الخارجية"])})
    assert only(find_quotes(art), "نحن مستعدون").speaker == "E2"


def test_coordinated_verb_shares_the_subject_of_its_clause() -> None:
    art = article('منذ عدة أيام، أعرب وزير الخارجية التركي مولود أوغلو عن تضامن بلاده مع إيران ضد العقوبات '
                  'وقال إن تركيا لن تلتزم بتطبيق هذه العقوبات.',
                  entities={"E1": ("PER", "مولود أوغلو", ["وزير الخارجية التركي"]), "E2": ("LOC", "إيران", [])})
    assert only(find_quotes(art), "تركيا لن تلتزم").speaker == "E1"


def test_coordinated_stance_verb_with_object_pronoun() -> None:
    art = article('اتهم قيس الخزعلي السعودية بـ"التسبب في الأذى" للشعب العراقي، بينما انتقد وزير خارجية البحرين '
                  'الشيخ خالد بن أحمد تصريحات الخزعلي ووصفه بـ"المجرم".',
                  entities={"E1": ("PER", "قيس الخزعلي", []), "E2": ("LOC", "السعودية", []),
                            "E3": ("LOC", "البحرين", []), "E4": ("PER", "خالد بن أحمد", ["الشيخ"])})
    assert only(find_quotes(art), "المجرم").speaker == "E4"


def test_subject_after_a_contrast_connective_is_kept() -> None:
    art = article('أدانت السعودية قرار النقل، لكن مسؤولين عرب صرحوا لوكالة رويترز بأن السعودية تتفق مع '
                  'الولايات المتحدة على الاستراتيجية.',
                  entities={"E1": ("LOC", "السعودية", []), "E2": ("ORG", "رويترز", []),
                            "E3": ("LOC", "الولايات المتحدة", [])})
    assert only(find_quotes(art), "السعودية تتفق").speaker == "مسؤولين عرب"


def test_antecedent_of_a_relative_clause_after_an_attribution_word() -> None:
    art = article('وكان من المفترض أن تبدأ عملية الإجلاء صباح الأحد، وفق أبازيد الذي أشار إلى أنها '
                  'تأجلت إلى وقت لاحق.')
    assert only(find_quotes(art), "تأجلت").speaker == "أبازيد"


def test_object_of_a_preposition_is_not_the_speaker() -> None:
    art = article('وقال بابتشينكو إن المنشور جلب له التهديدات.',
                  'وكتب في صحيفة الغارديان البريطانية يقول إن هذا دفعه إلى ترك البلاد.',
                  entities={"E1": ("PER", "بابتشينكو", []), "E2": ("ORG", "الغارديان", [])})
    assert only(find_quotes(art), "هذا دفعه").speaker == "E1"


def test_addressee_after_lam_is_not_the_speaker() -> None:
    art = article('وقال رائد صالح إن الوضع صعب. وقال لبي بي سي إن المستشفى أكد وفاة سبعين شخصا.',
                  entities={"E1": ("PER", "رائد صالح", []), "E2": ("ORG", "بي بي سي", [])})
    assert only(find_quotes(art), "المستشفى أكد").speaker == "E1"


def test_time_word_after_the_verb_leaves_the_subject_before_it() -> None:
    art = article('وكان مدير المخابرات الأمريكية السابق، مايك بومبيو، كشف الأسبوع الماضي أن نحو مئتين '
                  'من المرتزقة قتلوا.', entities={"E1": ("PER", "مايك بومبيو", [])})
    assert only(find_quotes(art), "نحو مئتين").speaker == "E1"


def test_names_shaped_like_adverbs_still_speak() -> None:
    assert head_ok("ماريسا") and not head_ok("مشيرا")
    art = article('قالت ماريسا بلومبرغ إن الاتفاق مهم.', entities={"E1": ("PER", "ماريسا بلومبرغ", [])})
    assert only(find_quotes(art), "الاتفاق مهم").speaker == "E1"


def test_feminine_continuation_skips_a_man_the_article_verbs_call_he() -> None:
    # neither first name is in the name list: the verbs before them give the genders
    art = article('قالت ماريسا بلومبرغ إن الاتفاق مهم.', 'وقال جوناثان سترين إن المفاوضات صعبة.',
                  'وأضافت أن الحل ممكن.',
                  entities={"E1": ("PER", "ماريسا بلومبرغ", []), "E2": ("PER", "جوناثان سترين", [])})
    assert only(find_quotes(art), "الحل ممكن").speaker == "E1"


def test_whole_quoted_sentences_at_a_sentence_start_continue_the_speaker() -> None:
    art = article('قال فراز القزاز: "الآذان قصة وراثية في عائلتنا منذ زمن بعيد".',
                  'رفع فراز الآذان للمرة الأولى وعمره 12 سنة. "كل الناس شجعوني ودفعوني إلى الأمام. لم أشعر '
                  'أنني كنت في مسجد خاص".',
                  entities={"E1": ("PER", "فراز القزاز", [])})
    assert only(find_quotes(art), "كل الناس شجعوني").speaker == "E1"


def test_wrote_and_tweeted_attribute_speech() -> None:
    art = article('وكتب قرقاش على تويتر: "العلاقات العربية التركية ليست في أحسن حالاتها".',
                  entities={"E1": ("PER", "أنور قرقاش", [])})
    q = only(find_quotes(art), "العلاقات العربية")
    assert q.speaker == "E1" and q.cue == "وكتب"


def test_a_relay_aside_leaves_the_quote_to_the_cue_before_it() -> None:
    art = article('وقالت الخارجية في رسالة وجهتها إلى الأمم المتحدة وفق ما نقلت وكالة سانا، "سوريا تدين '
                  'الاحتلال التركي لعفرين وتطالب القوات الغازية بالانسحاب فورا".',
                  entities={"E1": ("ORG", "الخارجية", []), "E2": ("ORG", "سانا", [])})
    assert only(find_quotes(art), "سوريا تدين").speaker == "E1"


def test_a_pronoun_subject_makes_the_name_after_the_verb_the_addressee() -> None:
    art = article('قال محمد بن سلمان إن المسجد الأقصى يهمنا.',
                  'لكنه أخبر غولدبرغ بأن السعودية ليس لديها مخاوف دينية.',
                  entities={"E1": ("PER", "محمد بن سلمان", []), "E2": ("PER", "جيفري غولدبرغ", [])})
    assert only(find_quotes(art), "السعودية ليس").speaker == "E1"


def test_writer_comment_ends_the_reported_clause() -> None:
    art = article('وقال محمد بن سلمان إن الإسرائيليين لهم حق في أن يكون لهم وطن، فيما يعتبر تحولا ملحوظا.',
                  entities={"E1": ("PER", "محمد بن سلمان", [])})
    q = only(find_quotes(art), "الإسرائيليين")
    assert "تحولا" not in q.text


def test_attribution_aside_inside_the_statement_keeps_its_second_half() -> None:
    art = article('قال بيدرسن إن الوضع صعب.',
                  'ولا يزال عدد كبير من النازحين منتشرين، وفق بيدرسن، في جنوب غرب سوريا حيث تقع القنيطرة.',
                  'ودفعت العملية أكثر من 320 ألف مدني للنزوح، وفق بيدرسن، وتوجه عدد كبير منهم إلى الحدود.',
                  entities={"E1": ("PER", "أندرس بيدرسن", [])})
    qs = find_quotes(art)
    assert "جنوب غرب سوريا" in only(qs, "ولا يزال").text
    assert "وتوجه" not in only(qs, "ودفعت العملية").text  # a new clause after the aside is the writer's


def test_source_noun_before_a_stance_verb_after_a_connective() -> None:
    art = article('من غير المعروف ما إذا كانت السعودية قد حاولت تطوير أسلحة نووية، ولكن تقارير تحدثت عن '
                  'استثمارها في مشاريع الأسلحة النووية الباكستانية.', entities={"E1": ("LOC", "السعودية", [])})
    assert only(find_quotes(art), "استثمارها").speaker == "تقارير"


def test_a_quoted_organisation_name_is_not_speech() -> None:
    art = article('رأت المحللة لوري بوغاردت التي تعمل حاليا لدى "معهد واشنطن لسياسة الشرق الأوسط" أن حجم '
                  'التغييرات كبير.', entities={"E1": ("PER", "لوري بوغاردت", [])})
    assert all(not q.text.startswith("معهد") for q in find_quotes(art))


@pytest.mark.parametrize(("phrase", "clean"), [
    ("وأضاف", None), ("ودائما ما", None), ("خلاله", None), ("أحد", None), ("حوالي النصف", None),
    ("الزوجين تفصيلا مثل", "الزوجين"), ("مصدر مطلع لـCNN", "مصدر مطلع"), ("المخرجة لفرانس24", "المخرجة"),
    ("أحد المستخدمين", "أحد المستخدمين"), ("مسؤول أمريكي", "مسؤول أمريكي"),
])
def test_descriptions_never_start_with_a_cue_or_end_with_the_addressee(phrase: str, clean: str | None) -> None:
    assert clean_description(phrase) == clean

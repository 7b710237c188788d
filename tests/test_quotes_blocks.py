"""Quotes layer, fifth round of issue #10: set-out lines after a colon, adverbs, contrasts, verbal-noun
objects, appositions, outlets told, attributions without a comma."""

from __future__ import annotations

from tests.test_quotes import article, only

from rasd.analyse.quotes import find_quotes

VERSE = ["أيظن الخائنون أن الليث قد اعتلاه الوهن", "فلم يعلموا أن الليث في نصف العمر مقتدر",
         "عصابة الغدر والخوف اجتمعوا معا"]


def test_lines_after_a_colon_are_direct_quotes_of_the_verbs_subject() -> None:
    art = article("نشر الوزير قصيدتين على حسابه.", "وقال الشيخ خليفة بن حمد في قصيدته:", *VERSE,
                  entities={"p1": ("PER", "خليفة بن حمد", [])})
    quotes = find_quotes(art)
    got = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in got] == VERSE  # one quote per line, never across a line break
    assert {q.speaker for q in got} == {"p1"}


def test_a_numbered_list_after_a_colon_is_not_speech() -> None:
    art = article("وقال الاتحاد في ترتيبه الجديد:", "1- فرنسا 1726 نقطة", "2- بلجيكا 1698 نقطة",
                  entities={"o1": ("ORG", "الاتحاد", [])})
    assert not [q for q in find_quotes(art) if q.kind == "direct"]


def test_one_line_after_a_colon_needs_a_second_to_be_a_block() -> None:
    art = article("وقال الشيخ خليفة بن حمد في قصيدته:", VERSE[0],
                  "وتابعت الصحيفة سرد تفاصيل الزيارة الطويلة بعد ذلك بأيام عديدة في العاصمة.",
                  entities={"p1": ("PER", "خليفة بن حمد", [])})
    assert not [q for q in find_quotes(art) if q.text == VERSE[0]]


def test_a_lone_adverb_after_the_verb_is_not_its_speaker() -> None:
    art = article("وكان كوهين اعترف علنا بأنه دفع 130 ألف دولار للممثلة مقابل صمتها.",
                  entities={"p1": ("PER", "كوهين", [])})
    (q,) = find_quotes(art)
    assert q.speaker == "p1"


def test_a_contrast_opens_a_new_statement_with_its_own_subject() -> None:
    art = article("وتقول الحكومة البريطانية إن روسيا هي التي دبرت حادث التسميم، لكن موسكو نفت ضلوعها في الحادث.",
                  entities={"o1": ("ORG", "الحكومة البريطانية", []), "l1": ("LOC", "روسيا", []),
                            "l2": ("LOC", "موسكو", [])})
    quotes = find_quotes(art)
    said = [q for q in quotes if q.text.startswith("روسيا")]
    assert said and said[0].text.endswith("التسميم") and said[0].speaker == "o1"
    denied = [q for q in quotes if q.text.startswith("ضلوعها")]
    assert denied and denied[0].speaker == "l2"


def test_a_verbal_noun_object_after_a_time_word_or_with_a_possessive_is_stated() -> None:
    art = article("وكان ترامب أعلن الخميس إلغاء اللقاء مع الزعيم الكوري.",
                  "وأكدت النقابات في وقت سابق دعمها للحراك الشعبي.",
                  "وكشفت الصحيفة هوية شيخين رافقا الصحفي.",
                  entities={"p1": ("PER", "ترامب", [])})
    texts = [q.text for q in find_quotes(art)]
    assert any(t.startswith("إلغاء اللقاء") for t in texts)
    assert any(t.startswith("دعمها للحراك") for t in texts)
    assert not any(t.startswith("هوية") for t in texts)  # a noun in ة, not هويته


def test_a_title_set_off_after_a_name_is_its_apposition_before_the_verb() -> None:
    art = article('وكان يحيى السنوار، رئيس حركة المقاومة الإسلامية أو ما يعرف بـ"حماس" قال في مقابلة '
                  "سابقة إنه يتفق مع الجانب المصري.",
                  entities={"p1": ("PER", "يحيى السنوار", []), "o1": ("ORG", "حماس", [])})
    (q,) = find_quotes(art)
    assert q.text.startswith("يتفق") and q.speaker == "p1"


def test_an_organisation_told_is_no_part_of_the_description() -> None:
    art = article('وقال الناطق باسم وزير الداخلية العراقي لرويترز إن "النيران اشتعلت في أحد المخازن".',
                  "وذكرت وكالة رويترز أن الحريق انطفأ.", entities={"o1": ("ORG", "رويترز", [])})
    q = only(find_quotes(art), "النيران")
    assert q.speaker == "الناطق باسم وزير الداخلية العراقي"


def test_an_opening_attribution_without_a_comma_ends_at_fa_inna_or_after_a_known_name() -> None:
    art = article("وتقدم المحامي بطعن أمام المحكمة.",
                  "ووفق المرصد السوري لحقوق الإنسان ينتشر في منبج 350 جنديا من التحالف.",
                  'وبحسب دفاع نيكولا ساركوزي فإن الإجراءات القضائية شابتها "عيوب" كثيرة.',
                  entities={"o1": ("ORG", "المرصد السوري لحقوق الإنسان", []),
                            "p1": ("PER", "نيكولا ساركوزي", [])})
    quotes = find_quotes(art)
    assert only(quotes, "ينتشر في منبج").speaker == "o1"
    assert only(quotes, "الإجراءات القضائية").text.endswith("كثيرة")


def test_a_past_verb_after_kama_is_a_statement_of_the_sentences_subject() -> None:
    art = article("وأكد ترامب أن لا علم له بهذه الصفقة كما نفى أن يكون أقام علاقة مع الممثلة.",
                  entities={"p1": ("PER", "ترامب", [])})
    quotes = find_quotes(art)
    assert only(quotes, "لا علم له").text.endswith("الصفقة")
    assert only(quotes, "يكون أقام").speaker == "p1"
    seen = article("وتندد أنقرة دائما بالدعم الأمريكي للوحدات الكردية، كما ترى أن القوات ليست سوى واجهة للحزب.",
                   entities={"l1": ("LOC", "أنقرة", [])})
    assert only(find_quotes(seen), "القوات ليست")
    aside = article("كما يذكر أن الصفقة عقدت قبل الانتخابات بأشهر قليلة.")
    assert not find_quotes(aside)  # a present impersonal verb: the writer's aside

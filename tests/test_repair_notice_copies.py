"""Issue #9, session 11: a site notice is judged below the story once the story's copies are known, and a
notice about the page itself goes from between paragraphs.

Made-up texts. A notice under the story's last paragraph with the whole body scraped again beneath it
stood above "text" for the whole-line pass; the copy step shows that text to be a copy, so the notice is
below the story after all. Between paragraphs, only a line that names the article or the page inside a
clause about it (publishing, a notice word) is the page's; a story's sentence about a substance, a
social-media page or a law's text stays (review e1, finding 1).
"""

from __future__ import annotations

from rasd.repair.furniture import speaks_of_page
from rasd.repair.repair import repair
from repair_helpers import repair_lines

TITLE = "افتتاح مصنع جديد للأسمدة في المنطقة الصناعية"
BODY = [
    "افتتح وزير الصناعة صباح الثلاثاء مصنعا جديدا لإنتاج الأسمدة الزراعية في المنطقة الصناعية شمال العاصمة.",
    "وقال الوزير إن المصنع سيوفر نحو ألفي وظيفة للشباب وسيغطي حاجة السوق المحلية من الأسمدة خلال عامين.",
    "وأضاف أن الطاقة الإنتاجية للمصنع تبلغ نصف مليون طن سنويا مع خطط للتوسع والتصدير إلى دول الجوار.",
]
NOTICE = "نُشر هذا المقال بالتعاون مع مجلة الأفق."


def _run(lines: list[str]):
    return repair_lines(TITLE, lines)


def test_notice_above_a_copy_of_the_body_goes() -> None:
    art, kept = _run([*BODY, NOTICE, *BODY])
    assert kept == BODY
    assert any(r.text == NOTICE and r.reason == "boilerplate_notice" for r in art.removed)


def test_notice_above_a_copy_that_repeats_it_goes() -> None:
    # The page scraped twice with its notice: both the notice and its copy go, the body stays once.
    _, kept = _run([*BODY, NOTICE, *BODY, NOTICE])
    assert kept == BODY


def test_without_a_copy_below_a_notice_word_inside_the_story_stays() -> None:
    # Above the last paragraph, with no copy of the body below, a line with one notice word is not below
    # the story: a story's own sentence may have that shape.
    line = "يُسمح بالاقتباس مع ذكر اسم الكاتب."
    _, kept = _run([BODY[0], BODY[1], line, BODY[2]])
    assert line in kept


def test_a_line_about_the_page_inside_the_story_goes() -> None:
    # «هذا المقال», «هذه الصفحة»: the page speaking of itself, foreign to the story, between paragraphs.
    for notice in (NOTICE, "الآراء الواردة في هذه الصفحة لا تعبر عن رأي مجلة الأفق."):
        art, kept = _run([BODY[0], BODY[1], notice, BODY[2]])
        assert kept == BODY, notice
        assert any(r.text == notice and r.reason == "boilerplate_notice" for r in art.removed)


def test_the_story_speaking_of_its_own_subject_stays() -> None:
    # The story's own words with a demonstrative, a connective opening, or too few lines above: kept.
    for line, above in (("هذا الموقع الصناعي الجديد للأسمدة يوفر وظائف للشباب.", 2),
                        ("وفي هذا المقال نعرض خطط المصنع للتصدير.", 2),
                        ("نُشر هذا المقال بالتعاون مع مجلة الأفق.", 1)):
        _, kept = _run([*BODY[:above], line, *BODY[above:]])
        assert line in kept, line


def test_story_line_above_a_copy_stays() -> None:
    # A closing line of the story's own (its words, or a connective) stays above the copy.
    closing = "ويتوقع الوزير أن يبدأ تصدير الأسمدة من المصنع الجديد العام المقبل."
    _, kept = _run([*BODY, closing, *BODY, closing])
    assert kept == [*BODY, closing]
    own = "المصنع الجديد للأسمدة ينتج نصف مليون طن."
    _, kept = _run([*BODY, own, *BODY])
    assert own in kept


def test_speaks_of_page_needs_the_page_inside_a_clause_about_it() -> None:
    assert speaks_of_page(NOTICE)
    assert speaks_of_page("كل ما يُنشر على هذه الصفحة ملك للناشر.")
    assert not speaks_of_page("هذه الصفحة جمعت آلاف المتابعين.")  # the subject of the story's sentence
    assert not speaks_of_page("طوينا هذه الصفحة إلى غير رجعة.")  # no act of the page, no notice word
    assert not speaks_of_page("هذا النص يمنح الشباب فرصة أكبر.")


# Review e1, finding 1: a story's own sentence about a substance, a social-media page or a law's text opens
# with «هذه المادة», «هذه الصفحة», «هذا النص» too; inside the story these are not the page's notices.
_STORY_DEMONSTRATIVES = [
    ("تحقيق دولي في هجوم كيميائي على بلدة خان شيخون",
     ["أعلنت منظمة حظر الأسلحة الكيميائية الأربعاء أن غاز السارين استخدم في الهجوم على بلدة خان شيخون في ريف إدلب.",
      "وقال التقرير إن عشرات المدنيين قتلوا في الهجوم الذي وقع في الرابع من أبريل الماضي.",
      "هذه المادة شديدة السمية وتسبب الاختناق خلال دقائق معدودة.",
      "وطالبت دول غربية بمحاسبة المسؤولين عن الهجوم أمام مجلس الأمن الدولي."]),
    ("القبض على شاب نشر شائعات عن وباء الكوليرا",
     ["ألقت الشرطة القبض على شاب في العشرين من عمره بتهمة نشر شائعات عن تفشي وباء الكوليرا في المحافظة.",
      "وقال بيان للشرطة إن الشاب أدار حسابا وهميا على فيسبوك تابعه آلاف الأشخاص خلال أسابيع.",
      "هذه الصفحة جمعت أكثر من خمسين ألف متابع قبل إغلاقها.",
      "وأحيل المتهم إلى النيابة العامة التي أمرت بحبسه أربعة أيام على ذمة التحقيق."]),
    ("البرلمان يقر تعديل قانون الانتخابات",
     ["أقر البرلمان الأحد تعديلا على قانون الانتخابات يخفض سن الترشح إلى خمسة وعشرين عاما.",
      "وصوت لصالح التعديل مئة وعشرون نائبا من أصل مئة وخمسين حضروا الجلسة.",
      "هذا النص يمنح الشباب فرصة أكبر للوصول إلى المقاعد.",
      "وينتظر القانون مصادقة رئيس الجمهورية قبل نشره في الجريدة الرسمية."]),
    ("الحكومة والمعارضة تتفقان على إنهاء الخلاف",
     ["وقعت الحكومة وأحزاب المعارضة الخميس اتفاقا ينهي خلافا استمر عامين حول موعد الانتخابات المقبلة.",
      "وقال رئيس الوزراء في مؤتمر صحفي إن الاتفاق يفتح الطريق أمام حوار وطني شامل قبل نهاية العام.",
      "طوينا هذه الصفحة إلى غير رجعة كما قال أحد القادة.",
      "ومن المقرر أن تبدأ جلسات الحوار الأسبوع المقبل في مقر البرلمان."]),
]


def test_a_story_sentence_opening_with_a_page_word_stays() -> None:
    for title, body in _STORY_DEMONSTRATIVES:
        art = repair("\n".join([title, *body]))
        kept = [p.strip() for p in art.paragraphs]
        assert body[2] in kept, body[2]


def test_a_closing_line_whose_words_the_story_uses_stays() -> None:
    # Review e1, finding 2: «الحي», «عمليات», «الإنقاذ» are the story's own words (by substring and as
    # whole words): the last line is the story's, not a site notice below it.
    title = "انهيار مبنى سكني في حي شعبي بالعاصمة"
    body = ["انهار مبنى سكني من خمسة طوابق فجر الاثنين في حي شعبي وسط العاصمة ما أسفر عن سقوط ضحايا ونقل"
            " المصابين إلى المستشفيات.",
            "وقال الدفاع المدني إن فرق الإنقاذ انتشلت سبع جثث وأنقذت أحد عشر شخصا من تحت الأنقاض والمنازل المجاورة.",
            "وأضاف أن عمليات البحث متواصلة وسط مخاوف من وجود عالقين آخرين تحت الركام، ودعا السكان إلى الحذر."]
    closer = "يمنع دخول الحي حتى انتهاء عمليات الإنقاذ."
    art = repair("\n".join([title, *body, closer]))
    assert closer in [p.strip() for p in art.paragraphs]

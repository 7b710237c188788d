"""Where a reported clause ends (issue #10, session 11, qspan): the speech occasion at its end belongs to the
reporting verb (``… في لقائه مع الصحفيين`` is where the words were said; agreement tells it), and quoted words
after a complementizer that bears the clause's subject (``إنه "أخطأ الطريق"``) are a direct quote."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes


def test_the_speakers_occasion_ends_the_content() -> None:
    assert _quotes("ووصف الأمير سامي القصر بأنه جميل جدا في لقائه مع الصحفيين.")[0][0] == "جميل جدا"
    assert _quotes("وقالت الوزيرة ليلى نصار إن الحكومة ستخفض الضرائب في كلمتها أمام البرلمان.")[0][0] \
        == "الحكومة ستخفض الضرائب"


def test_a_relative_verb_whose_subject_is_the_speaker() -> None:
    qs = _quotes("وتعهد الرئيس سامر حداد بالعمل على خفض الأسعار خلال قمة عقدها مع نظيره في العاصمة.")
    assert qs[0][0] == "بالعمل على خفض الأسعار"


def test_no_cut_without_agreement_or_with_a_nearer_antecedent() -> None:
    # زيارته (masculine) after قالت (feminine): not the speaker's visit
    qs = _quotes("وقالت الوزيرة ليلى نصار إن الحكومة ستخفض الضرائب خلال زيارته المقبلة.")
    assert qs[0][0].endswith("خلال زيارته المقبلة")
    # a man named in the content is the nearer antecedent of the pronoun
    qs = _quotes("وقال مصدر مطلع إن الوزير سامر حداد لم يلتق أي مسؤول خلال زيارته إلى العاصمة.")
    assert qs[0][0].endswith("خلال زيارته إلى العاصمة")


def test_two_quoted_words_after_a_complementizer_with_its_pronoun_are_a_direct_quote() -> None:
    # the pronoun on إنه is the clause's subject; the quoted words are its predicate, a whole clause
    qs = _quotes('وقال المتهم سامر حداد إنه "أخطأ الطريق"، قبل أن يؤجل القاضي الجلسة.')
    assert qs == [("أخطأ الطريق", "سامر حداد")]


def test_inside_quote_marks_the_writers_boundaries_do_not_end_the_clause() -> None:
    # the chained participle is inside the speaker's quoted words: one quote, through the closing mark
    qs = _quotes('وتابع المتحدث سامر حداد قائلا إن هذا الهجوم "يشكل تهديدا خطيرا للملاحة في المضيق، مؤكدا استمرار '
                 'العمليات في المنطقة حتى نهاية العام".')
    assert len(qs) == 1 and "مؤكدا استمرار العمليات" in qs[0][0]


def test_an_attribution_by_ma_after_a_comma_ends_the_clause() -> None:
    for tail in ("وفقا لما نقلته", "حسبما ذكرت"):
        qs = _quotes(f"وقال المتحدث سامر حداد إن الطريق مغلق منذ الصباح، {tail} وكالة الأنباء الرسمية.")
        assert qs[0][0] == "الطريق مغلق منذ الصباح"


def test_a_quote_opened_in_the_clause_runs_to_its_closing_mark() -> None:
    # the sentence end inside the marks is the speaker's; one quote, not a clause cut there plus a direct copy
    qs = _quotes('وقال الوزير سامر حداد إن الحكومة "ستواصل العمل. لن نتوقف قبل أن ننجز المشروع كاملا" بحسب قوله.')
    assert len(qs) == 1 and qs[0][0].startswith("الحكومة") and "ننجز المشروع كاملا" in qs[0][0]


def test_a_reporting_participle_after_the_closing_mark_opens_the_next_quote() -> None:
    qs = _quotes('وقال الوزير سامر حداد إن "الوضع خطير جدا في المدينة" مضيفا "لا بد من التحرك الآن قبل فوات الأوان".')
    assert [q for q, _s in qs] == ["الوضع خطير جدا في المدينة", "لا بد من التحرك الآن قبل فوات الأوان"]


def test_saying_right_before_the_marks_introduces_a_short_quote() -> None:
    assert _quotes('وسئل الوزير سامر حداد عن الاتفاق، فرد قائلا "لا".') == [("لا", "سامر حداد")]
    # two words after a plain verb and its subject stay unquoted (a name or a scare quote as often)
    assert _quotes('وقال الوزير سامر حداد "ليس بعد".') == []

"""Headline shape at a paragraph's end: the glue, the pause, the quotation marks (issue #9, third round)."""

from __future__ import annotations

from rasd.repair.headshape import _continues, _one_quote, _tail_start
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."
COMMA_HEAD = "مصر: رفع أسعار الوقود للمرة الثالثة، والزيادة تتجاوز 50 في المئة"
OTHER = "منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات"


def test_a_comma_headline_glued_with_no_space_is_related() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2}{COMMA_HEAD}\n{P3}")
    assert art.paragraphs == [P1, P2, P3] and art.related_headlines == [COMMA_HEAD]


def test_a_comma_tail_after_a_space_is_the_paragraphs_own() -> None:
    art = repair(f"{TITLE}\n{P1}\n{P2} {COMMA_HEAD}\n{P3}")
    assert art.related_headlines == []
    assert "".join(art.paragraphs).count(COMMA_HEAD) == 1


def test_a_headline_after_a_long_sentence_ending_in_two_dots() -> None:
    p2 = P2[:-1] + ".."
    art = repair(f"{TITLE}\n{P1}\n{p2} {OTHER}\n{P3}")
    assert art.paragraphs == [P1, p2, P3] and art.related_headlines == [OTHER]


def test_a_columnists_trailing_sentences_stay() -> None:
    # ".." after a long sentence, but the line trails off again: a columnist's style, not a headline.
    line = P2[:-1] + ".. فلماذا يتحمل العميل خطأ النظام المتبع في المطارات.."
    assert _tail_start(line) is None
    # A short lead phrase before ".." is a headline's own pause: the tail is taken from the sentence end.
    r = P2 + "شاهد.. مشرعون يتبادلون اللكمات في البرلمان"
    assert _tail_start(r) == len(P2)
    # A tail opening with و after a pause is the second half of a longer headline.
    r = P2 + "نشطاء يتداولون فيديوهات الاحتكاك بين أنصار الحزبين في بيروت.. والأخير يرد بالتصويت"
    assert _tail_start(r) == len(P2)


def test_quotation_marks_around_names_are_no_pull_quote() -> None:
    assert _one_quote("«الصحة أولا قبل كل شيء»")
    assert not _one_quote("«أشعل أملا بإلقائها» معرض توعوي في «تخصصي الطائف»")
    head = "«أشعل أملا بإلقائها» معرض توعوي في «تخصصي الطائف»"
    art = repair(f"{TITLE}\n{P1}\n{P2} {head}\n{P3}")
    assert art.paragraphs == [P1, P2, P3] and art.related_headlines == [head]


def test_a_bracketed_note_and_a_clause_after_a_quote_are_no_headlines() -> None:
    assert _one_quote("(إنا لله وإنا إليه راجعون)")
    assert _tail_start(P2[:-1] + ' "بالتأكيد."، بحسب ما نقلت وكالة الأنباء الرسمية') is None


LONG = "وتابع المتحدث أن الوزارة ستفتتح خلال العام المقبل ثلاثة مراكز صحية أخرى في المحافظات الشمالية والجنوبية."


def test_a_short_line_foreign_in_every_word_between_paragraphs_is_related() -> None:
    for head in ("أجنبي للجنة الاحتراف", "هل قصار القامة أكثر عدوانية؟"):
        art = repair(f"{TITLE}\n{P1}\n{LONG}\n{head}\n{P2}\n{P3}")
        assert art.paragraphs == [P1, LONG, P2, P3] and art.related_headlines == [head], head


def test_short_lines_of_verse_lists_and_signatures_stay() -> None:
    for line in ("كلصٍ مسرع الخطوات", "بندر العصاي -عنيزة", "ـ أحضر معك حفاظات!", "ماذا لو استبدلوا الكره بالحياد..",
                 "مستشفى الرياض الشمالي"):  # the last one shares the article's words: a subheading
        art = repair(f"{TITLE}\n{P1}\n{LONG}\n{line}\n{P2}\n{P3}")
        assert line in art.paragraphs and art.related_headlines == [], line
    # After a short line (a run of them: verse or a list), never.
    art = repair(f"{TITLE}\n{P1}\nقصيدة الوطن\nأجنبي للجنة الاحتراف\n{P2}\n{P3}")
    assert "أجنبي للجنة الاحتراف" in art.paragraphs


def test_a_headline_opening_with_the_word_updates_is_no_timestamp() -> None:
    from rasd.repair import boilerplate

    assert boilerplate.whole_line("تحديثات أمنية شهرية من غوغل وسامسونغ", top=True, first=True, last=False) is None
    hit = boilerplate.whole_line("تحديث: 10:30 ص", top=False, first=False, last=False)
    assert hit is not None and hit.reason == "timestamp"


# Notices in wordings no rule lists: two or more words of the reader/site/rights/comments families.
NEW_NOTICES = ["الآراء الواردة في المقالات تعبر عن أصحابها ولا تتحمل الصحيفة مسؤوليتها.",
               "لا تفوتوا آخر المستجدات، تابعونا على حساباتنا في مواقع التواصل.",
               "نرجو من قرائنا الكرام عدم نسخ المحتوى إلا بإذن مكتوب."]


def test_unseen_notice_wordings_go_when_off_topic() -> None:
    for notice in NEW_NOTICES:
        art = repair(f"{TITLE}\n{P1}\n{P2}\n{P3}\n{notice}")
        assert art.paragraphs == [P1, P2, P3], notice
        assert [r.reason for r in art.removed] == ["boilerplate_notice"]


def test_a_story_about_apps_keeps_its_sentences() -> None:
    title = "تطبيق جديد لحماية حسابات المستخدمين"
    paras = ["أطلقت شركة ناشئة تطبيقا جديدا يحمي حسابات المستخدمين على الهواتف من الاختراق.",
             "يراقب التطبيق حسابك على الموقع ويرسل إشعارات عند أي دخول غريب إلى هاتفك.",
             "وإذا كان لديك حساب على المنصة فسوف تصلك الإشعارات بعد تحديث التطبيق."]
    art = repair("\n".join([title, *paras]))
    assert art.paragraphs == paras and art.removed == []


def test_a_templated_line_recurs_with_other_numbers_and_months() -> None:
    from rasd.repair.evidence import CorpusEvidence, masked

    assert masked("نشر في: الأحد 5 آب 2016") == masked("نشر في: الثلاثاء 12 أيار 2018")
    assert masked(P1) is None  # no digit
    stories = [("أمطار غزيرة تغرق شوارع جدة", "غمرت الأمطار الغزيرة شوارع جدة وتسببت في تعطل حركة السير لساعات."),
               ("افتتاح معرض الكتاب الدولي", "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة مئات دور النشر."),
               ("فريق الهلال يتعاقد مع مدرب جديد", "أعلن نادي الهلال التعاقد مع مدرب جديد لموسمين مقبلين.")]
    stamps = ["زين تبدأ بالرمز 158 مسافة ثم الرسالة", "زين تبدأ بالرمز 148 مسافة ثم الرسالة",
              "زين تبدأ بالرمز 162 مسافة ثم الرسالة"]
    # (Each page's own text differs: one story's copies would share their longest paragraph.)
    raws = [f"{t}\n{b}\n{s}" for (t, b), s in zip(stories, stamps, strict=True)]
    ev = CorpusEvidence()
    for raw in raws:
        ev.observe(raw, outlet="x")
    for raw, stamp in zip(raws, stamps, strict=True):
        art = repair(raw, evidence=ev, outlet="x")
        assert stamp not in art.paragraphs
        assert ev.hints(raw, outlet="x").is_boilerplate(stamp)
    # Another outlet's pages say nothing about it.
    assert not ev.is_boilerplate(stamps[0], outlet="y")


def test_a_short_phrase_after_a_comma_before_two_dots_is_a_lead_phrase() -> None:
    line = ("وقد تسببت الضجة حول هذه الجريمة بإعادة الفلبين لآلاف العمال من الكويت إثر الحادثة، شاهد الفيديو.. "
            "مئات الفلبينيين يعودون من الكويت ورئيسهم يعدهم بتقديم روحه")
    assert _tail_start(line) is None


def test_a_line_opening_with_a_learnt_conjunction_is_the_articles_own() -> None:
    """«وكتبت تقول "…"» has a headline's shape and few of the article's words, but a headline never opens
    with a conjunction: the و-words whose و is the conjunction (by wordfreq and the clean NER corpora,
    ``openers.txt``) keep it, as the listed ones (وقال …) do. A name opening with و stays a headline's."""
    own = 'وكتبت تقول "لا يمكن إنكار تراجع قدراته العقلية"'
    art = repair(f"{TITLE}\n{P1}\n{P2}\n{own}\n{P3}")
    assert own in art.paragraphs and art.related_headlines == []
    assert _continues("ورغم ذلك استمرت الاحتجاجات في المدينة") and _continues("ومنذ ذلك الحين تغير الكثير")
    assert not _continues("وزير الخارجية يزور القاهرة غدا") and not _continues("واشنطن تفرض عقوبات جديدة")

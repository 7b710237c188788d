"""Page furniture in wordings no rule names: vowelled and clitic-bearing notices, stamps with a bare label,
page counters, agency-only credits, and a box of links under a label the outlet repeats."""

from __future__ import annotations

import pickle

import pytest

from rasd.repair.evidence import CorpusEvidence
from rasd.repair.furniture import COUNTER, furniture, notice_families
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."


@pytest.mark.parametrize("line", [
    "يُرجى عدم نشر أي تعليقات تسيء إلى الآخرين.",  # vowelled «يُرجى», «تعليقات» without its article
    "نرحب بتعليقاتكم على أن تكون في حدود اللياقة.",  # «بتعليقاتكم»: clitic and suffix
    "الآراء الواردة في المقالات تعبر عن آراء كتّابها فقط.",  # shadda
])
def test_notice_words_are_found_through_vowels_and_clitics(line: str) -> None:
    assert notice_families(line) >= 2
    assert furniture(line) is not None and furniture(line)[0] == "boilerplate_notice"


def test_a_story_sentence_about_a_site_is_no_notice() -> None:
    assert furniture("وقال الوزير إن المحتوى المنشور على الموقع مخالف للقانون.") is None


@pytest.mark.parametrize("line", ["تاريخ الإضافة 25.08.2016", "الساعة 22:44", "2018-10-07 12:33:00",
                                  "آخر تعديل: 12-03-2016"])
def test_stamps_with_a_bare_label(line: str) -> None:
    assert furniture(line) == ("timestamp", "a date or time stamp line")


@pytest.mark.parametrize("line", ["الهلال 2:1 النصر", "نمو 3.25 بالمئة", "رؤية: 2030"])
def test_scores_rates_and_slogans_are_no_stamps_or_counters(line: str) -> None:
    assert furniture(line) is None


@pytest.mark.parametrize("line", ["عدد المشاهدات: 3", "التعليقات (0)", "عدد القراءات 6"])
def test_page_counters(line: str) -> None:
    assert furniture(line) == ("boilerplate_share", COUNTER)


def test_a_counter_goes_but_a_count_the_story_reports_stays() -> None:
    title = "هجوم في بغداد يقتل 25 شخصا"
    first = "قتل 25 شخصا في هجوم ببغداد اليوم."
    last = "وقالت الشرطة إن الهجوم وقع صباحا."
    art = repair(f"{title}\n{first}\nعدد المشاهدات: 25\n{last}")
    assert art.paragraphs == [first, last]
    assert [(r.text, r.detail) for r in art.removed] == [("عدد المشاهدات: 25", COUNTER)]
    assert repair(f"{title}\n{first}\nالقتلى: 25\n{last}").paragraphs == [first, "القتلى: 25", last]


@pytest.mark.parametrize("line", ["أسوشيتد برس", "(أ ف ب)", "واس", "صورة: الرياض", "حقوق الصور: رويترز"])
def test_agency_and_photo_credits(line: str) -> None:
    assert furniture(line) == ("caption", "a photo caption or credit")
    art = repair(f"{TITLE}\n{P1}\n{line}\n{P2}\n{P3}")
    assert art.paragraphs == [P1, P2, P3]


def test_a_photo_word_before_a_long_sentence_is_text() -> None:
    assert furniture("صورة: قال الوزير إن الاتفاق سيوقع غدا في الرياض.") is None


def test_headlines_under_a_label_the_outlet_repeats_are_links() -> None:
    """«أخبار مرتبطة» names no read-also wording; the batch shows it on three stories of the outlet, so
    it labels a box, and the headline-shaped lines right under it are links to other stories, even on
    the story's own topic (their words are the story's: no foreign-words rule would take them)."""
    label = "أخبار مرتبطة"
    links = ["وزارة الصحة تطلق حملة تطعيم في مستشفيات الرياض", "افتتاح مركز لعلاج السكري في الأحياء الشمالية"]
    stories = [
        ("فوز الهلال على النصر في الدوري", "فاز فريق الهلال على النصر بهدفين في مباراة الدوري مساء أمس."),
        ("أمطار غزيرة على جدة", "هطلت أمطار غزيرة على مدينة جدة صباح اليوم وأغلقت عدة طرق."),
        ("افتتاح متحف جديد في العلا", "افتتحت هيئة السياحة متحفا جديدا في محافظة العلا يضم قطعا أثرية."),
    ]
    raw = f"{P1}\n{P2}\n{P3}\n{label}\n" + "\n".join(links)
    ev = CorpusEvidence()
    for t, p in stories:
        ev.observe(f"{t}\n{p}\n{label}\nسطر آخر من الصفحة عن موضوع {t} لا علاقة له بغيره.", outlet="x", title=t)
    ev.observe(raw, outlet="x", title=TITLE)
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == links
    assert {r.reason for r in art.removed} == {"boilerplate_repeated", "related_headline"}
    # Alone, nothing marks the label: the page is left as it is (no guess on shape only).
    assert repair(raw, title=TITLE).paragraphs == [P1, P2, P3, label, *links]


def _labelled_batch(label: str) -> tuple[CorpusEvidence, str]:
    """A batch where ``label`` opens a line of three other stories' pages, and a page that carries one."""
    stories = [
        ("فوز الهلال على النصر في الدوري", "فاز فريق الهلال على النصر بهدفين في مباراة الدوري مساء أمس.",
         "ارتفاع أسعار الذهب مع تراجع الدولار في الأسواق"),
        ("أمطار غزيرة على جدة", "هطلت أمطار غزيرة على مدينة جدة صباح اليوم وأغلقت عدة طرق.",
         "انطلاق معرض الكتاب الدولي بمشاركة خمسين دولة"),
        ("افتتاح متحف جديد في العلا", "افتتحت هيئة السياحة متحفا جديدا في محافظة العلا يضم قطعا أثرية.",
         "منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات"),
    ]
    ev = CorpusEvidence()
    for t, p, h in stories:
        ev.observe(f"{p}\n{label}: {h}", outlet="x", title=t)
    raw = f"{P1}\n{P2}\n{label}: وزارة الصحة تطلق حملة تطعيم في مستشفيات الرياض\n{P3}"
    ev.observe(raw, outlet="x", title=TITLE)
    return ev, raw


def test_a_label_the_outlet_opens_links_with_is_learnt_from_the_batch() -> None:
    """«تقرير سابق:» is in no list of read-also wordings; three stories of the outlet open a line with it
    before other words, so it labels a link, and the line goes, its headline to the related ones."""
    ev, raw = _labelled_batch("تقرير سابق")
    assert ev.link_label("تقرير سابق: أي عنوان آخر هنا", "x") == "تقرير سابق"
    assert ev.link_label("تقرير لاحق: أي عنوان آخر هنا", "x") is None
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == ["وزارة الصحة تطلق حملة تطعيم في مستشفيات الرياض"]
    assert "تقرير سابق" in art.removed[0].detail
    hints = ev.hints(raw, outlet="x", title=TITLE)
    assert hints is not None
    assert repair(raw, title=TITLE, evidence=pickle.loads(pickle.dumps(hints)), outlet="x").paragraphs == [P1, P2, P3]
    # Alone, the label is unknown: nothing is removed for it.
    assert not any("تقرير سابق" in r.detail for r in repair(raw, title=TITLE).removed)


def test_a_quotation_turn_is_no_label() -> None:
    """«وقال:» opens quotations in many stories: a turn of the story, never a link's label."""
    ev, raw = _labelled_batch("وقال")
    assert ev.link_label(raw.split("\n")[2], "x") == "وقال"  # it recurs, as turns do
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert not any("وقال" in r.detail for r in art.removed)


def test_a_second_counter_is_no_story_for_the_first() -> None:
    """Two counters under each other (or a copy of the body with its junk) share their label: that is
    the page's furniture twice, not a count the story reports."""
    art = repair(f"{TITLE}\n{P1}\nالتعليقات: 4\nالتعليقات: 7\n{P2}\n{P3}")
    assert art.paragraphs == [P1, P2, P3]
    assert [r.detail for r in art.removed] == [COUNTER, COUNTER]


@pytest.mark.parametrize("line", ["Share on Facebook", "Follow us on Twitter", "Print"])
def test_widgets_left_in_english(line: str) -> None:
    assert furniture(line) == ("boilerplate_share", "a share/follow/subscribe widget line")


def test_a_stamp_template_that_many_outlets_share_is_learnt_across_the_batch() -> None:
    """«المرجع الداخلي للخبر 12 من 3.» is no stamp by its words; five pages of five outlets carry it with
    other numbers, so it is a template's line (each outlet shows it once: only the batch tells)."""
    line = "المرجع الداخلي للخبر {n} من {m}."
    after = "تبلغ تكلفة المشروع خمسمائة مليون ريال بحسب الوزارة."
    ev = CorpusEvidence()
    topics = ["الهلال يفوز على النصر في مباراة مثيرة", "أمطار غزيرة تغلق طرقا في جدة", "افتتاح متحف جديد في العلا",
              "ارتفاع أسعار النفط في الأسواق العالمية", "انطلاق معرض الكتاب في الرياض"]
    for k, t in enumerate(topics):
        ev.observe(f"{t}\nنص الخبر الأول عن {t} بكلمات كثيرة كافية.\n{line.format(n=k + 1, m=k + 3)}",
                   outlet=f"o{k}", title=t)
    raw = f"{P1}\n{P2}\n{line.format(n=9, m=8)}\n{after}"
    ev.observe(raw, outlet="o9", title=TITLE)
    art = repair(raw, title=TITLE, evidence=ev, outlet="o9")
    assert art.paragraphs == [P1, P2, after]
    assert [r.reason for r in art.removed] == ["boilerplate_repeated"]
    assert repair(raw, title=TITLE).paragraphs == [P1, P2, line.format(n=9, m=8), after]


@pytest.mark.parametrize("line", [
    "(CNN)-- كشف موقع التواصل الاجتماعي، فيسبوك، عن فرض قواعد جديدة على الراغبين في نشر إعلانات سياسية.",
    "هذا وتندد المنظمات الدولية للدفاع عن حقوق الإنسان بشكل متواصل بالانتهاكات لحقوق الإنسان في البلاد.",
    "ويمكن للمستخدم معرفة موقع أقرب دراجة باستخدام تطبيق على الهاتف الذكي.",
])
def test_news_words_that_notice_words_become_without_their_article(line: str) -> None:
    """«موقع» is a place and «حقوق» human rights: without the article they are no notice words, and one
    word twice («حقوق», «لحقوق») is one family. A lead ending the page is not taken for a notice."""
    assert notice_families(line) < 2
    art = repair(f"{TITLE}\n{P1}\n{line}")
    assert art.paragraphs == [P1, line]


def test_a_label_that_names_the_story_s_topic_is_no_link_label() -> None:
    """«الرياض:» opens lines of other pages too, but this story is about Riyadh: the line is a headline
    on its topic (a subheading's form too), so the learnt-label rule leaves it."""
    ev, raw = _labelled_batch("الرياض")
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert not any("الرياض:" in r.detail for r in art.removed)


def test_a_repeated_separator_heads_no_box() -> None:
    """«* *» repeats on the outlet's pages (a section break); the lines under it are the story's."""
    sub = "وزارة الصحة تطلق حملة تطعيم في مستشفيات الرياض"
    ev = CorpusEvidence()
    for t in ("فوز الهلال على النصر في الدوري", "أمطار غزيرة على جدة", "افتتاح متحف جديد في العلا"):
        ev.observe(f"نص الخبر عن {t} بكلمات كافية هنا.\n* *\nسطر آخر عن {t} وحده.", outlet="x", title=t)
    raw = f"{P1}\n{P2}\n{P3}\n* *\n{sub}"
    ev.observe(raw, outlet="x", title=TITLE)
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert sub in art.paragraphs

"""Repair with evidence: foreign headlines (own lines, glued tails), page furniture, corpus evidence."""

from __future__ import annotations

import pickle

import pytest

from rasd.pipeline import with_corpus_evidence
from rasd.read.items import RawItem
from rasd.repair.evidence import CorpusEvidence, similar_titles
from rasd.repair.foreign import Context, stems
from rasd.repair.furniture import furniture
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."
OTHER = "منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات"


def covers_input(raw: str, art) -> bool:  # noqa: ANN001
    """kept ∪ removed = input: every non-blank raw line is made of kept and removed pieces."""
    pieces = [art.title, *art.paragraphs, *(r.text for r in art.removed)]
    rest = "".join(raw.split())
    for p in sorted(pieces, key=len, reverse=True):
        rest = rest.replace("".join(p.split()), "", 1)
    return rest == ""


# -- foreign headlines --------------------------------------------------------------


def test_own_line_headline_of_another_story_goes_to_related() -> None:
    raw = f"{TITLE}\n{P1}\n{OTHER}\n{P2}\n{P3}"
    art = repair(raw)
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [OTHER]
    assert [r.reason for r in art.removed] == ["related_headline"]
    assert covers_input(raw, art)


def test_subheading_that_reuses_the_articles_words_is_kept() -> None:
    sub = "مستشفى الرياض الجديد وخدماته"
    art = repair(f"{TITLE}\n{P1}\n{sub}\n{P2}\n{P3}")
    assert sub in art.paragraphs and art.related_headlines == []


@pytest.mark.parametrize("glue", ["", " "])
def test_glued_headline_after_the_last_sentence(glue: str) -> None:
    raw = f"{TITLE}\n{P1}\n{P2}{glue}{OTHER}\n{P3}"
    art = repair(raw)
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [OTHER]
    assert covers_input(raw, art)


def test_unpunctuated_own_last_sentence_is_kept() -> None:
    tail = "وأكد أن العمل مستمر حتى اكتمال المشروع"
    art = repair(f"{TITLE}\n{P1} {tail}\n{P2}")
    assert art.paragraphs[0] == f"{P1} {tail}" and art.related_headlines == []


def test_verse_and_comma_lines_are_not_headlines() -> None:
    verse = ["يا ليل الصب متى غده", "أقيام الساعة موعده", "رقد السمار فأرقه", "أسف للبين يردده"]
    art = repair("\n".join([TITLE, P1, *verse, P2]))
    assert art.paragraphs == [P1, *verse, P2]
    clause = "أقيم الحفل في القاعة الكبرى، بحضور الأهالي والضيوف"
    assert clause in repair(f"{TITLE}\n{P1}\n{clause}\n{P2}").paragraphs


def test_stems_and_context() -> None:
    assert "مملك" in stems("بالمملكة") or "مملكه" in stems("بالمملكة")
    ctx = Context([TITLE, P1, OTHER])
    assert ctx.shared(OTHER) == 0.0
    assert ctx.shared("افتتاح مستشفى الرياض") == 1.0


# -- page furniture --------------------------------------------------------------------


@pytest.mark.parametrize(("line", "reason"), [
    ("تابعونا على تويتر @example", "boilerplate_share"),
    ("انقر هنا للاشتراك في قناتنا على يوتيوب", "boilerplate_share"),
    ("طباعة", "boilerplate_share"),
    ("جميع الحقوق محفوظة لصحيفة المثال © 2018.", "boilerplate_notice"),
    ("لتصلك آخر الأخبار أولا بأول، حمّل تطبيق المثال على هاتفك.", "boilerplate_notice"),
    ("التعليقات المنشورة تخضع للمراجعة قبل النشر.", "boilerplate_notice"),
    ("صورة أرشيفية", "caption"),
    ("متظاهرون في وسط القاهرة (رويترز)", "caption"),
    ("آخر تحديث: 12 آب 2018 - 14:35", "timestamp"),
    ("الأربعاء، 15 تشرين الأول/أكتوبر 2018", "timestamp"),
    ("بيروت - 3 أيار 2018", "timestamp"),
    ("منذ 3 ساعات", "timestamp"),
])
def test_furniture(line: str, reason: str) -> None:
    assert furniture(line) is not None and furniture(line)[0] == reason
    art = repair(f"{TITLE}\n{P1}\n{line}\n{P2}")
    assert art.paragraphs == [P1, P2] and [r.reason for r in art.removed] == [reason]


@pytest.mark.parametrize("line", [
    P1, P2,
    "وتابع الوزير حديثه عن خطط الوزارة في العام المقبل.",
    "وصدر القرار بدون إذن مسبق من الجهات المختصة.",
    "وتراقب الصفحة قائمة التعليقات وتساعد في حذف غير اللائق منها.",
    "أكد الوزير أن المستشفى سيفتتح في 12 أغسطس 2018 بحضور المسؤولين.",
])
def test_not_furniture(line: str) -> None:
    assert furniture(line) is None


# -- corpus evidence --------------------------------------------------------------------


def _batch() -> list[tuple[str, str]]:
    """Five articles of one outlet, each with the outlet's share line; the third glues the fifth's title."""
    bodies = [
        ("وزير المالية يعلن ميزانية العام المقبل", "أعلن وزير المالية ميزانية العام المقبل بعجز أقل من المتوقع."),
        ("أمطار غزيرة تغرق شوارع جدة", "غمرت الأمطار الغزيرة شوارع جدة وتسببت في تعطل حركة السير لساعات."),
        ("افتتاح معرض الكتاب الدولي", "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة مئات دور النشر."),
        ("فريق الهلال يتعاقد مع مدرب جديد", "أعلن نادي الهلال التعاقد مع مدرب جديد لموسمين مقبلين."),
        ("ارتفاع أسعار النفط في الأسواق العالمية", "ارتفعت أسعار النفط اليوم في الأسواق العالمية بنسبة اثنين بالمئة."),
    ]
    share = "قراءة ممتعة وطيبة للجميع"  # no rule knows it: only repetition says it is furniture
    out = []
    for k, (t, b) in enumerate(bodies):
        body = b + (bodies[4][0] if k == 2 else "")
        out.append((t, f"{t}\n{body}\n{share}\nوأضاف المصدر أن التفاصيل ستعلن لاحقا في بيان رسمي {k}."))
    return out


def test_corpus_evidence_learns_titles_and_outlet_boilerplate() -> None:
    ev = CorpusEvidence()
    for _, raw in _batch():
        ev.observe(raw, outlet="x")
    arts = [repair(raw, evidence=ev, outlet="x") for _, raw in _batch()]
    for art in arts:
        assert "قراءة ممتعة وطيبة للجميع" not in art.paragraphs
        assert any(r.reason == "boilerplate_repeated" for r in art.removed)
    assert arts[2].related_headlines == ["ارتفاع أسعار النفط في الأسواق العالمية"]
    assert arts[2].paragraphs[0] == "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة مئات دور النشر."
    # Without evidence nothing says the line repeats.
    assert not any(r.reason == "boilerplate_repeated" for r in repair(_batch()[0][1]).removed)


def test_copies_of_one_story_are_not_boilerplate() -> None:
    """The same paragraphs in several versions of one story are content, not furniture."""
    ev = CorpusEvidence()
    raw = f"{TITLE}\n{P1}\n{P2}\n{P3}"
    for k in range(6):
        ev.observe(raw.replace(TITLE, f"{TITLE} {k}"), outlet="x")
    art = repair(raw, evidence=ev, outlet="x")
    assert art.paragraphs == [P1, P2, P3]


def test_with_corpus_evidence_hints_are_small_and_picklable() -> None:
    items = [RawItem(f"b.jsonl:{k}", text=raw, meta={"title": None, "source": "x"}) for k, (_, raw) in
             enumerate(_batch())]
    items.append(RawItem("b.jsonl:9", skip="article text is empty"))
    out = list(with_corpus_evidence(iter(items), batch=3))
    assert [i.origin for i in out] == [i.origin for i in items]
    assert out[-1].evidence is None
    hints = [i.evidence for i in out if i.evidence is not None]
    assert hints and all(pickle.loads(pickle.dumps(h)).boilerplate == h.boilerplate for h in hints)


# -- repeated prose: reused background paragraphs stay, other stories' teasers go --------------

BACKGROUND = "وتشهد المدينة منذ ثلاث سنوات مشاريع صحية كبيرة تشرف عليها وزارة الصحة ضمن خطة لتوسيع المستشفيات في الرياض."
TEASER = "وكان المنتخب البرازيلي قد تأهل إلى المباراة النهائية بعد فوزه على منتخب المكسيك بهدفين نظيفين في ملعب المدينة."


def _batch_with(line: str, n: int, outlet: str = "x") -> CorpusEvidence:
    ev = CorpusEvidence()
    for k in range(n):  # n different stories of the outlet carry the line
        ev.observe(f"عنوان خبر رقم {k}\nفقرة خاصة بالخبر {k} تختلف عن غيرها من الفقرات في كل مرة.\n{line}",
                   outlet=outlet, title=f"عنوان خبر رقم {k}")
    return ev


def test_a_reused_background_paragraph_is_content() -> None:
    ev = _batch_with(BACKGROUND, 4)
    raw = f"{P1}\n{BACKGROUND}\n{P2}\n{P3}"
    art = repair(raw, title=TITLE, evidence=ev.hints(raw, outlet="x", title=TITLE), outlet="x")
    assert BACKGROUND in art.paragraphs


def test_another_storys_teaser_below_the_article_goes() -> None:
    ev = _batch_with(TEASER, 4)
    raw = f"{P1}\n{P2}\n{P3}\n{TEASER}"
    art = repair(raw, title=TITLE, evidence=ev.hints(raw, outlet="x", title=TITLE), outlet="x")
    assert TEASER not in art.paragraphs
    assert [r.reason for r in art.removed] == ["related_teaser"]
    assert covers_input(raw, art)


def test_prose_repeated_in_many_pages_is_furniture() -> None:
    footer = "وتعد هذه المدينة من أكبر المدن في البلاد من حيث عدد السكان والمساحة الجغرافية الواسعة جدا."
    ev = _batch_with(footer, 9)
    raw = f"{P1}\n{P2}\n{footer}\n{P3}"
    art = repair(raw, title=TITLE, evidence=ev.hints(raw, outlet="x", title=TITLE), outlet="x")
    assert footer not in art.paragraphs
    assert [r.reason for r in art.removed] == ["boilerplate_repeated"]


# -- versions of one story: their shared paragraphs are content --------------------------------

SHARE = "قراءة ممتعة وطيبة للجميع"  # no rule knows it: only repetition across stories says it is furniture
QUOTE = "وقال شاهد عيان إن النيران اشتعلت فجأة."  # a short line: the furniture count is three pages
BACK = "وكان المصنع قد تعرض لحريق مماثل قبل عامين أدى إلى خسائر مادية كبيرة في مخازنه الشمالية."
# An updated story: new title and lead each time (its longest line, so no copy of one page), the same
# quote and background paragraphs.
VERSIONS = [
    ("حريق ضخم في مصنع للبلاستيك بمدينة جدة",
     "اندلع حريق ضخم صباح اليوم في مصنع للبلاستيك في المنطقة الصناعية بمدينة جدة، وهرعت فرق الإطفاء إلى المكان."),
    ("ارتفاع عدد ضحايا حريق مصنع جدة",
     "ارتفع عدد ضحايا الحريق الذي اندلع في مصنع للبلاستيك بجدة إلى سبعة أشخاص بحسب الدفاع المدني."),
    ("الدفاع المدني يسيطر على حريق مصنع جدة بعد ساعات",
     "أعلن الدفاع المدني السيطرة على الحريق الذي شب في مصنع البلاستيك بجدة بعد ست ساعات من العمل."),
]
STORIES = [  # other stories of the week, on other topics, carrying the outlet's share line
    ("منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات",
     "فاز منتخب البرازيل على منتخب الأرجنتين بهدفين مقابل هدف في المباراة النهائية لكأس القارات."),
    ("ارتفاع أسعار النفط في الأسواق العالمية",
     "ارتفعت أسعار النفط اليوم في الأسواق العالمية بنسبة اثنين بالمئة بعد تراجع المخزونات."),
    ("افتتاح معرض الكتاب الدولي في الرياض",
     "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة مئات دور النشر من أكثر من ثلاثين بلدا."),
]


def _week() -> tuple[CorpusEvidence, list[tuple[str, str]]]:
    pages = [(t, f"{lead}\n{BACK}\n{QUOTE}\n{SHARE}") for t, lead in VERSIONS]
    pages += [(t, f"{lead}\n{SHARE}") for t, lead in STORIES]
    ev = CorpusEvidence()
    for t, raw in pages:
        ev.observe(raw, outlet="x", title=t)
    return ev, pages


def test_versions_of_one_story_are_one_story() -> None:
    assert similar_titles(VERSIONS[0][0], VERSIONS[1][0]) and similar_titles(VERSIONS[0][0], VERSIONS[2][0])
    assert not similar_titles(VERSIONS[0][0], STORIES[1][0])  # «ارتفاع» alone is no story in common
    assert not any(similar_titles(a[0], b[0]) for a in STORIES for b in STORIES if a != b)


@pytest.mark.parametrize("hinted", [False, True])
def test_a_line_shared_by_versions_of_one_story_is_content(hinted: bool) -> None:
    """Three updates of one story repeat its quote: the article's own; the share line that stories on
    other topics repeat still goes."""
    ev, pages = _week()
    for t, raw in pages[:3]:
        evidence = ev.hints(raw, outlet="x", title=t) if hinted else ev
        art = repair(raw, title=t, evidence=evidence, outlet="x")
        assert QUOTE in art.paragraphs
        assert SHARE not in art.paragraphs
        assert [r.reason for r in art.removed] == ["boilerplate_repeated"]
        assert covers_input(raw, art)


def test_a_short_line_in_three_different_stories_is_furniture() -> None:
    ev, _ = _week()
    for t, lead in STORIES:
        ev.observe(f"{lead} ثانية\n{QUOTE}", outlet="x", title=t)
    raw = f"{VERSIONS[0][1]}\n{QUOTE}"
    art = repair(raw, title=VERSIONS[0][0], evidence=ev, outlet="x")
    assert QUOTE not in art.paragraphs


def test_a_daily_column_under_one_title_is_a_new_story_each_day() -> None:
    """The same title over different paragraphs: a column's signature line repeats across stories."""
    ev = CorpusEvidence()
    sign = "بقلم محرر الصفحة"
    for _, lead in STORIES:
        ev.observe(f"{lead}\n{sign}", outlet="x", title="في الشباك")
    raw = f"{VERSIONS[0][1]}\n{sign}"
    art = repair(raw, title="في الشباك", evidence=ev.hints(raw, outlet="x", title="في الشباك"), outlet="x")
    assert sign not in art.paragraphs

"""Issue #9, session 9: furniture shapes of set E (``scripts/repair_templates_e.py``) in wordings no rule lists.

A notice below the article that speaks of the page or holds one notice word, a newspaper's stamp with
its era suffix and issue number, an «agency | place» credit, a counter with its number first, and a box
label between two links; the article's own lines of the same shapes stay.
"""

from __future__ import annotations

from rasd.repair.furniture import TRAILING_NOTICE, furniture, trailing_notice
from rasd.repair.repair import LABEL_ABOVE
from repair_helpers import repair_lines

TITLE = "القبض على خلية إرهابية في الدمام"
BODY = [
    "قالت وزارة الداخلية السعودية إن قوات الأمن ألقت القبض على خلية إرهابية في مدينة الدمام شرق المملكة يوم الأحد.",
    "وأضاف المتحدث الرسمي باسم الوزارة أن الخلية كانت تخطط لاستهداف منشآت حكومية ومساجد في المنطقة الشرقية.",
    "وأشار إلى أن التحقيقات ما زالت جارية لكشف جميع المتورطين في هذه القضية وتقديمهم إلى العدالة.",
]
OTHER = ["انطلاق عروض السيرك العالمي «بيللوتشي» بجدة", "حالة وفاة تنقل لاعب الوسط إلى مستشفى الرياض"]


def _run(before: list[str], after: list[str], body: list[str] = BODY):
    return repair_lines(TITLE, [*before, *body, *after])


def test_notice_below_the_article_in_a_new_wording_goes() -> None:
    for notice in ("نُشر هذا المقال بالتعاون مع مجلة الأسرة.", "كل ما ينشر على هذه الصفحة ملك للناشر.",
                   "يُسمح بالاقتباس مع ذكر المصدر."):
        art, kept = _run([], [notice])
        assert kept == BODY, notice
        assert any(r.text == notice and r.detail == TRAILING_NOTICE for r in art.removed)


def test_notice_shape_inside_the_story_stays() -> None:
    notice = "نُشر هذا المقال بالتعاون مع مجلة الأسرة."
    # Above the last paragraph it is not below the story; on a one-paragraph page it is the text.
    _, kept = _run([], [], [BODY[0], notice, BODY[1]])
    assert notice in kept
    _, kept = _run([], [], [notice])
    assert notice in kept


def test_closing_sentence_of_the_story_stays() -> None:
    # A story's closing line continues it (connective) or shares its words; a long one is a paragraph.
    for last in ("ويذكر أن الموقع الرسمي للوزارة نشر أسماء المطلوبين.",
                 "يحظر على المتورطين في خلية الدمام الإرهابية مغادرة المنطقة الشرقية."):
        _, kept = _run([], [last])
        assert last in kept, last
    assert not trailing_notice("هل يمكنك قراءة هذا المقال حتى النهاية؟")
    assert not trailing_notice("وهذا المقال منشور في الموقع.")


def test_stamp_with_era_suffix_and_issue_number() -> None:
    assert furniture("الأحد 5 أيار/مايو 2018م - العدد 17215") is not None
    assert furniture("الخميس 05-06-2018م")[0] == "timestamp"
    assert furniture("قتل خمسة أشخاص في الهجوم عام 2018م") is None


def test_agency_place_credit() -> None:
    assert furniture("د ب أ | بغداد")[0] == "caption"
    assert furniture("رويترز / القاهرة")[0] == "caption"
    assert furniture("رويترز: ترامب يلتقي ماكرون") is None


def test_counter_with_its_number_first() -> None:
    art, kept = _run([], ["120 مشاركة"])
    assert kept == BODY
    story = [*BODY, "وأسفر الهجوم عن 3 قتلى بين المدنيين في المنطقة الشرقية."]
    _, kept = _run([], ["3 قتلى"], story)  # the story's own count stays
    assert "3 قتلى" in kept


def test_box_label_between_links_goes() -> None:
    label = "عناوين أخرى"
    art, kept = _run([], [OTHER[0], label, OTHER[1]])
    assert kept == BODY
    assert any(r.text == label and r.detail == LABEL_ABOVE for r in art.removed)


def test_notice_above_links_at_the_end_goes() -> None:
    # The links under it are found only by the headline step; the notice is still below the story.
    notice = "نُشر هذا المقال بالتعاون مع مجلة الأسرة."
    art, kept = _run([], [notice, *OTHER])
    assert kept == BODY
    assert set(OTHER) <= set(art.related_headlines)


def test_slashed_date_phone_line_and_platform_spellings() -> None:
    from rasd.repair.boilerplate import whole_line

    def reason(s: str) -> str | None:
        hit = whole_line(s, top=False, first=False, last=False)
        return hit.reason if hit else None

    assert reason("أُضيف في 12/05/2018") == "timestamp"
    assert reason("قتل في 12/05/2018 عشرة أشخاص بينهم أطفال") is None
    assert reason("واتساب: 0551234567") == "boilerplate_contact"
    assert reason("واتساب: ٠٥٥١٢٣٤٥٦٧") == "boilerplate_contact"  # Arabic-Indic digits
    assert reason("هاتف: +٩٦٦ ١١ ٤٤٤ ٥٥٥٥") == "boilerplate_contact"
    assert reason("القتلى: ١٢٣٤٥٦٧") != "boilerplate_contact"
    assert reason("القتلى: 1234567") != "boilerplate_contact"
    assert reason("تابع المجلة على تيليغرام") == "boilerplate_share"
    assert reason("انشر على الشبكات") == "boilerplate_share"


def test_headline_below_the_last_paragraph_heads_nothing() -> None:
    from rasd.repair.headlines import END_OWN

    body = [*BODY, "وأوضح المتحدث أن قوات الأمن ضبطت أسلحة ومتفجرات في مقر الخلية في الدمام."]
    link = "الداخلية تعلن أسماء المطلوبين في قضايا إرهابية بالمنطقة الشرقية والرياض وجدة"
    art, kept = _run([], [link], body)
    assert kept == body
    assert any(r.text == link and r.detail == END_OWN for r in art.removed)
    # A poem's last lines under a colon, and a closing question, are the article's own.
    poem = ["ونختار من أشعار الديوان قصيدة عن الوداع والحنين والشوق إلى الأهل:", "خلي الشقي يرتاح باقي سنينه",
            "لا تتركين اليأس في الحب ينهيه"]
    art, _ = _run([], poem, body)
    assert not any(r.detail == END_OWN for r in art.removed)
    question = "فمن يحمي أبناء المنطقة الشرقية من هذا الخطر المتجدد في كل عام؟"
    _, kept = _run([], [question], body)
    assert question in kept

"""A short wire page: its lead alone, then another story's link and a block of other stories' leads.

The rule (:func:`rasd.repair.teasers._after_link`) reads structure and the page's own words: a
headline-shaped line after the article's last sentence, then leads to the end that are foreign to
the title and lead and jump from story to story. A list's last item above leads stays; leads on the
story's own topic stay; a page without a wire dateline is left to the other rules.
"""

from __future__ import annotations

from rasd.repair.repair import repair
from rasd.repair.teasers import trailing_leads

TITLE = "افتتاح جسر معلق جديد فوق نهر النيل في مدينة أسوان"
LEAD = ("القاهرة، مصر (وكالة)-- افتتحت محافظة أسوان جسرا معلقا جديدا فوق نهر النيل يربط ضفتي المدينة "
        "بعد أعمال إنشاء استمرت ثلاث سنوات بتكلفة قاربت نصف مليار جنيه.")
LINK = "الكويت: إعفاء مدير هيئة الموانئ من منصبه"
LEADS = [
    "أعلنت شركة تعدين أسترالية، الأحد، اكتشاف منجم ذهب ضخم في صحراء غرب القارة قد يغير خريطة الإنتاج "
    "لعقد كامل من الزمن.",
    "فاز فريق الكرة الطائرة البرازيلي، السبت، ببطولة القارات للشباب بعد مباراة نهائية مثيرة أمام نظيره "
    "الياباني انتهت بثلاثة أشواط مقابل شوطين.",
    "حذرت منظمة الصحة من انتشار سلالة جديدة للإنفلونزا الموسمية في دول شمال أوروبا مع اقتراب فصل "
    "الشتاء وازدياد أعداد المراجعين للمستشفيات.",
]


def test_a_link_and_the_leads_under_a_wire_lead_go() -> None:
    paras = [LEAD, LINK, *LEADS]
    assert trailing_leads(TITLE, paras) == 1
    art = repair("\n".join(paras), title=TITLE)
    assert art.paragraphs == [LEAD]
    assert [r.text for r in art.removed] == [LINK, *LEADS]


def test_without_a_dateline_the_page_is_left_alone() -> None:
    plain = LEAD.split("-- ", 1)[1]
    paras = [plain, LINK, *LEADS]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_a_lists_last_item_above_the_leads_stays() -> None:
    """Under a list («وفيما يلي …:», items without a full stop) the short line is the list's last
    item: the leads below go, the item stays."""
    items = ["افتتاح الجسر القديم في المدينة عام 1960", "توسعة الجسر القديم بعد ثلاثين عاما من افتتاحه"]
    paras = [LEAD, "وفيما يلي أبرز المحطات في تاريخ جسور المدينة:", *items, *LEADS]
    assert trailing_leads(TITLE, paras) == 4
    paras = [LEAD, "وفيما يلي أبرز المحطات في تاريخ جسور المدينة:", items[0], *LEADS]
    assert trailing_leads(TITLE, paras) == 3


def test_leads_on_the_story_topic_stay() -> None:
    """Lines under a subheading that share the title's and lead's words are the story's own."""
    own = [
        "أكد محافظ أسوان أن الجسر المعلق الجديد فوق نهر النيل سيخفف الزحام عن المعديات ويختصر العبور "
        "بين ضفتي المدينة.",
        "أوضح مهندسو الجسر المعلق أن أعمال الإنشاء فوق نهر النيل استمرت ثلاث سنوات وأن تكلفة الجسر "
        "قاربت نصف مليار جنيه.",
    ]
    paras = [LEAD, "تفاصيل مشروع الجسر الجديد في أسوان", *own]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_one_lead_under_a_link_is_no_block() -> None:
    paras = [LEAD, LINK, LEADS[0]]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_leads_the_batch_explains_do_not_carry_the_storys_own_lines() -> None:
    """Below a short item, known leads (the batch removed them) and one line on the story's own topic:
    the unexplained line is the evidence, and it shares the story's words: it stays (the known leads
    below it may go, they are the corpus's)."""
    item = "افتتاح الجسر القديم في المدينة عام 1960"
    own = ("افتتحت محافظة أسوان جسرا معلقا جديدا فوق نهر النيل بتكلفة قاربت نصف مليار جنيه بعد ثلاث "
           "سنوات من أعمال الإنشاء في المدينة.")
    paras = [LEAD, item, own, *LEADS]
    known = {3, 4, 5}
    assert trailing_leads(TITLE, paras, known) == 3
    # the same block with a foreign line where the story's own line was: the block goes below the item
    assert trailing_leads(TITLE, [LEAD, item, LEADS[0], LEADS[1], LEADS[2]], {3, 4}) == 2


def test_a_link_on_the_storys_own_topic_stays_above_the_block() -> None:
    """A headline-shaped line that shares the title's words is the story's (a caption, a subheading):
    the leads below it go, the line stays."""
    caption = "جسر أسوان المعلق الجديد فوق نهر النيل"
    assert trailing_leads(TITLE, [LEAD, caption, *LEADS]) == 2

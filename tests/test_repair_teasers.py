"""A block of other stories' leads below an article is found on the page alone; lists and columns stay."""

from __future__ import annotations

from rasd.repair.repair import repair
from rasd.repair.teasers import trailing_leads

TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب"
LEAD = ("أعلنت الحكومة، الأحد، خطة جديدة لدعم المزارعين في المحافظات الجنوبية بقروض ميسرة وبذور محسنة، "
        "في إطار برنامج يمتد ثلاث سنوات.")
OWN = [
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تشمل آلاف المزارعين في المحافظات الجنوبية وتبدأ الشهر المقبل.",
    "وأضاف أن القروض الميسرة ستصرف عبر المصارف الزراعية في المحافظات بفائدة رمزية ولمدة خمس سنوات للمزارعين.",
    "وكانت المحافظات الجنوبية قد شهدت موجة جفاف أضرت بمحاصيل القمح والشعير خلال الموسم الماضي بحسب تقارير رسمية.",
    "ويأمل المزارعون أن تساعدهم الخطة على تعويض خسائرهم وإعادة زراعة أراضيهم قبل بداية موسم الأمطار القادم.",
]
TEASERS = [
    "فاز المنتخب البرازيلي، السبت، على نظيره الأرجنتيني بهدفين نظيفين في المباراة الودية التي أقيمت في ملعب لندن الشهير.",
    "كشفت شركة تقنية ناشئة، الجمعة، عن هاتف ذكي جديد يعمل بالطاقة الشمسية ويستطيع العمل أسبوعا كاملا دون شحن بطاريته.",
    "أعلن متحف اللوفر في باريس، الخميس، عن معرض لآثار مصرية نادرة يضم تماثيل وتوابيت لم تعرض من قبل على الجمهور.",
    "قال علماء فلك إن مذنبا لامعا سيظهر في سماء نصف الكرة الشمالي الأسبوع المقبل ويمكن رؤيته بالعين المجردة ليلا.",
]


def test_a_block_of_other_stories_leads_goes() -> None:
    raw = "\n".join([LEAD, *OWN, *TEASERS])
    art = repair(raw, title=TITLE)
    assert art.paragraphs == [LEAD, *OWN]
    assert [r.text for r in art.removed] == TEASERS
    assert {r.reason for r in art.removed} == {"related_teaser"}


def test_opinion_column_paragraphs_stay() -> None:
    """Paragraphs that never open with a connective: no style says a new story starts."""
    own = [p[1:] if p.startswith("و") else p for p in OWN]  # «قال وزير…», «أضاف أن…»
    paras = [LEAD, *own, *TEASERS]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_a_list_introduced_by_a_colon_stays() -> None:
    paras = [LEAD, *OWN[:3], "وتشمل الخطة البنود الآتية:", *TEASERS]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_closing_paragraphs_on_the_story_stay() -> None:
    closing = [
        "تشمل الخطة الحكومية الجديدة لدعم المزارعين في الجنوب قروضا ميسرة وبذورا محسنة توزع على المزارعين مجانا.",
        "يستفيد من خطة دعم المزارعين في المحافظات الجنوبية آلاف الأسر التي تعتمد على زراعة القمح والشعير.",
        "تمتد الخطة الحكومية ثلاث سنوات ويتابع تنفيذها وزير الزراعة مع المصارف الزراعية في المحافظات الجنوبية.",
    ]
    paras = [LEAD, *OWN, *closing]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_two_leads_are_not_a_block() -> None:
    paras = [LEAD, *OWN, *TEASERS[:2]]
    assert trailing_leads(TITLE, paras) == len(paras)

"""A block of other stories' leads below an article is found on the page alone; lists and columns stay.

The second half: a short wire story (dateline lead, paragraphs that continue with connectives) and
leads of unrelated stories under it, one a line, as some outlets' "more stories" boxes leave them.
"""

from __future__ import annotations

from rasd.pipeline import repair_only
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
    """Paragraphs that never open with a connective: no style says a new story starts, and closing
    paragraphs that name no weekday («، السبت،») do not read as news leads."""
    own = [p[1:] if p.startswith("و") else p for p in OWN]  # «قال وزير…», «كانت المحافظات…»
    undated = [t.replace("، السبت،", "").replace("، الجمعة،", "").replace("، الخميس،", "") for t in TEASERS]
    paras = [LEAD, *own, *undated]
    assert trailing_leads(TITLE, paras) == len(paras)


def test_a_dated_block_under_a_column_goes() -> None:
    """Below paragraphs that do not continue, leads that name their weekdays (three of four) are
    still other stories' news."""
    own = [p[1:] if p.startswith("و") else p for p in OWN]
    paras = [LEAD, *own, *TEASERS]
    assert trailing_leads(TITLE, paras) == 1 + len(own)


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


# -- wire stories: a dateline lead is evidence of a news report's style --------------------

W_TITLE = "افتتاح جسر معلق جديد فوق نهر النيل في مدينة أسوان"
WIRE_LEAD = ("القاهرة، مصر (وكالة)-- افتتحت محافظة أسوان جسرا معلقا جديدا فوق نهر النيل يربط ضفتي المدينة "
             "بعد أعمال إنشاء استمرت ثلاث سنوات بتكلفة قاربت نصف مليار جنيه.")
PLAIN_LEAD = ("افتتحت محافظة أسوان جسرا معلقا جديدا فوق نهر النيل يربط ضفتي المدينة بعد أعمال إنشاء "
              "استمرت ثلاث سنوات بتكلفة قاربت نصف مليار جنيه.")
W_OWN = [
    "وقال محافظ أسوان خلال حفل الافتتاح إن الجسر المعلق سيخفف الزحام عن المعديات النهرية ويختصر زمن "
    "العبور بين ضفتي النيل إلى دقائق معدودة.",
    "وأضاف المحافظ أن الجسر صمم ليتحمل حركة الشاحنات الثقيلة وأن إنارته تعمل بالطاقة الشمسية طوال "
    "ساعات الليل في المدينة.",
]
W_LEADS = [
    "أعلنت شركة تعدين أسترالية، الأحد، اكتشاف منجم ذهب ضخم في صحراء غرب القارة قد يغير خريطة الإنتاج "
    "لعقد كامل من الزمن.",
    "فاز فريق الكرة الطائرة البرازيلي ببطولة القارات للشباب بعد مباراة نهائية مثيرة أمام نظيره "
    "الياباني انتهت بثلاثة أشواط مقابل شوطين.",
    "حذرت منظمة الصحة من انتشار سلالة جديدة للإنفلونزا الموسمية في دول شمال أوروبا مع اقتراب فصل "
    "الشتاء وازدياد أعداد المراجعين للمستشفيات.",
]


def test_wire_story_with_two_own_paragraphs_loses_its_block_of_leads() -> None:
    paras = [WIRE_LEAD, *W_OWN, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 3


def test_without_a_dateline_two_own_paragraphs_are_too_few_evidence() -> None:
    paras = [PLAIN_LEAD, *W_OWN, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == len(paras)


def test_other_dateline_forms_are_wire_leads_too() -> None:
    """The agency alone («(وكالة)-- …») and a dash before the agency («القاهرة، مصر - (وكالة) …») open
    a wire lead as «القاهرة، مصر (وكالة)-- …» does; a bracket inside a plain lead does not."""
    body = PLAIN_LEAD
    for lead in (f"(وكالة)-- {body}", f"القاهرة، مصر - (وكالة) {body}"):
        assert trailing_leads(W_TITLE, [lead, *W_OWN, *W_LEADS]) == 3, lead
    plain = f"افتتحت محافظة (أسوان) {body}"
    assert trailing_leads(W_TITLE, [plain, *W_OWN, *W_LEADS]) == 6


def test_where_the_wire_relaxations_find_no_block_the_plain_rule_still_looks() -> None:
    """Under a wire lead a و-line between two leads joins the run; when the run it makes swallows the
    story's own paragraphs (too few left), the block found without the relaxation still goes."""
    own = ["بعد ساعات من ذلك، خرج مئات السكان إلى الشوارع احتفالا ورقصوا على أنغام الموسيقى الشعبية حتى "
           "ساعات متأخرة من الليل في الأحياء القديمة.",
           "ويبلغ طول الجسر نحو كيلومتر واحد ويضم أربع حارات للسيارات وممرين للمشاة على جانبيه مع "
           "إنارة حديثة."]
    paras = [WIRE_LEAD, W_OWN[0], *own, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 4


def test_a_quotation_lead_between_two_leads_belongs_to_the_block() -> None:
    quoted = ("\"لن نتراجع عن خطة التقشف\".. هكذا رد وزير المالية اليوناني على منتقدي الموازنة الجديدة "
              "أمام البرلمان في أثينا مساء الخميس.")
    paras = [WIRE_LEAD, *W_OWN, W_LEADS[0], quoted, W_LEADS[1], W_LEADS[2]]
    assert trailing_leads(W_TITLE, paras) == 3


def test_two_continuing_paragraphs_at_the_end_stay() -> None:
    # The story's own closing paragraphs open with و: a run of them is never tolerated in a block.
    closing = [
        "وأشار المحافظ إلى أن الجسر يضم ممرا للمشاة ومسارا للدراجات على جانبيه بطول كيلومتر كامل "
        "فوق مياه النيل.",
        "وتابع أن المحافظة تخطط لبناء جسر ثان جنوب المدينة خلال العامين المقبلين لربط القرى النوبية "
        "بالطريق الصحراوي.",
    ]
    paras = [WIRE_LEAD, *W_OWN, W_LEADS[0], *closing]
    assert trailing_leads(W_TITLE, paras) == len(paras)


def test_a_list_that_a_colon_introduces_stays() -> None:
    paras = [WIRE_LEAD, *W_OWN, W_OWN[1].rstrip(".") + " وأبرز مزاياه:", *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == len(paras)


def test_a_dated_lead_on_the_story_topic_above_the_block_joins_it() -> None:
    topical = ("افتتحت محافظة الأقصر، الثلاثاء، جسرا جديدا فوق نهر النيل يربط مدينة الأقصر بالبر الغربي "
               "بعد سنوات من الانتظار.")
    paras = [WIRE_LEAD, *W_OWN, topical, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 3


def test_a_continuing_closing_paragraph_that_opens_with_hadha_wa_stays() -> None:
    own_close = ("هذا ويعد الجسر المعلق الجديد أطول جسور أسوان وقد نفذته شركة مقاولات وطنية بالتعاون مع "
                 "الهيئة العامة للطرق والكباري.")
    paras = [WIRE_LEAD, *W_OWN, own_close, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 4


def test_repair_reports_each_lead_removed_and_keeps_the_story() -> None:
    text = "\n".join([WIRE_LEAD, *W_OWN, *W_LEADS])
    rec = repair_only(text, title=W_TITLE)
    assert rec.paragraphs == [WIRE_LEAD, *W_OWN]
    removed = [r for r in rec.removed if r.reason == "related_teaser"]
    assert [r.text for r in removed] == W_LEADS


def test_a_wire_block_may_hold_two_leads_on_one_other_story() -> None:
    pair = [
        "استقال مدرب نادي الرجاء المغربي، الإثنين، من منصبه بعد سلسلة هزائم متتالية في الدوري أغضبت "
        "جماهير النادي ومجلس إدارته.",
        "رشحت تقارير صحفية مغربية مدرب نادي الرجاء المستقيل لتدريب منتخب الشباب بعد ساعات من استقالته "
        "وسط هزائم النادي المتتالية.",
    ]
    paras = [WIRE_LEAD, *W_OWN, W_LEADS[0], *pair, W_LEADS[2]]
    assert trailing_leads(W_TITLE, paras) == 3


def test_a_dated_block_under_a_column_may_hold_a_quotation_lead() -> None:
    own = [p[1:] if p.startswith("و") else p for p in OWN]
    quoted = '"سنعيد بناء كل ما هدمته الحرب".. بهذه الكلمات ختم رئيس البلدية، الأحد، زيارته لأحياء المدينة المدمرة.'
    paras = [LEAD, *own, TEASERS[0], quoted, *TEASERS[1:]]
    assert trailing_leads(TITLE, paras) == 1 + len(own)


def test_a_lead_restating_a_background_paragraph_joins_the_block_below_it() -> None:
    """The lead of the earlier story that the story's «وكان … قد» paragraph recalls, set right above the
    block, goes with it (it shares the story's words, so the foreign test alone keeps it); the embedded
    statement that a paragraph quotes («قال فيه: "…"») restates only the quotation, and stays."""
    background = ("وكانت محافظة أسوان قد أعلنت الشهر الماضي موعد افتتاح الجسر المعلق الجديد فوق نهر النيل بعد "
                  "انتهاء أعمال الإنشاء والاختبارات النهائية.")
    recalled = ("أعلنت محافظة أسوان الشهر الماضي موعد افتتاح الجسر المعلق الجديد فوق نهر النيل بعد انتهاء أعمال "
                "الإنشاء والاختبارات النهائية.")
    paras = [WIRE_LEAD, *W_OWN, background, recalled, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 4
    quoting = ("ونشرت المحافظة بيانا قالت فيه: \"أعلنت محافظة أسوان الشهر الماضي موعد افتتاح الجسر المعلق الجديد "
               "فوق نهر النيل بعد انتهاء أعمال الإنشاء والاختبارات النهائية\".")
    paras = [WIRE_LEAD, *W_OWN, quoting, recalled, *W_LEADS]
    assert trailing_leads(W_TITLE, paras) == 5


def test_a_lead_sharing_only_the_beats_common_words_is_foreign() -> None:
    """Stems that a tenth of news articles hold (السعودية، منطقة، اجتماع …, estimated from wordfreq)
    say nothing about a lead's topic; a lead that shares the story's rare words (its names) is the
    story's own."""
    from rasd.repair.teasers import _df_table, _foreign_to

    common, known = _df_table()
    assert {"سعودي", "متحد"} <= common and "بابادوبولوس" not in known
    story = ["ترامب يبحث مع السلطات السعودية صفقة أسلحة جديدة",
             "قال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة والسلطات السعودية ستعقد اجتماعا في وقت "
             "لاحق لبحث صفقة أسلحة."]
    # half its stems are the story's, but only the beat's common ones (السلطات، السعودية، وقت، اجتماع …)
    other = ("أعلنت السلطات السعودية، في وقت سابق، عن اجتماع مع الولايات المتحدة لبحث تطوير مهرجان الجنادرية "
             "للتراث والثقافة الشعبية.")
    own = ("قالت السلطات السعودية إن الولايات المتحدة ستشارك في اجتماع عاجل بشأن صفقة الأسلحة الجديدة مع "
           "ترامب.")
    assert _foreign_to(other, story) and not _foreign_to(own, story)


def test_fa_before_a_function_word_is_a_connective() -> None:
    from rasd.repair.teasers import _connective

    assert _connective("فبعد أن أهدى اللاعبون الفوز لفريقهم اتهم المدرب الإعلام بالتحيز")
    assert not _connective("فاز المنتخب البرازيلي على نظيره الأرجنتيني بهدفين نظيفين في المباراة")


def test_a_short_lead_between_two_leads_belongs_to_a_wire_block() -> None:
    """A one-sentence lead shorter than a lead's usual length («خبر سار ينتظر …») sits inside the block;
    a short و-line there is the story's own, and a short turn to the next speaker too."""
    short = "خبر سار ينتظر العائلة الملكية في بريطانيا، وذلك في عام 2019 المقبل."
    paras = [WIRE_LEAD, *W_OWN, W_LEADS[0], short, W_LEADS[1], W_LEADS[2]]
    assert trailing_leads(W_TITLE, paras) == 3
    own_short = "وأضاف المحافظ أن الجسر سيفتح للمشاة أولا الأسبوع المقبل."
    paras = [WIRE_LEAD, *W_OWN, W_LEADS[0], own_short, W_LEADS[1], W_LEADS[2]]
    assert trailing_leads(W_TITLE, paras) == len(paras)


def test_two_dated_leads_on_one_other_story_do_not_break_a_block() -> None:
    """Leads that name their weekday in their first clause open news items even when two of them share
    one other story's words (a block's pair of leads), so the block still counts as jumping."""
    pair = ["أعلنت وزارة الخارجية اليابانية، الأحد، أن رئيس الوزراء سيزور العاصمة الهندية نيودلهي الشهر المقبل "
            "لبحث اتفاقية تجارية جديدة بين البلدين.",
            "أكد رئيس الوزراء الياباني، الإثنين، أن زيارته إلى العاصمة الهندية نيودلهي الشهر المقبل ستشهد توقيع "
            "اتفاقية تجارية جديدة بين البلدين."]
    pair2 = ["أعلن الاتحاد الأوروبي لكرة السلة، السبت، تأجيل نهائي البطولة القارية إلى الربيع المقبل بسبب "
             "أعمال الصيانة في الملعب المضيف للمباراة.",
             "قال رئيس الاتحاد الأوروبي لكرة السلة، الأحد، إن تأجيل نهائي البطولة القارية إلى الربيع المقبل "
             "جاء بسبب أعمال الصيانة في الملعب."]
    on_topic = ("افتتحت محافظة الأقصر جسرا معلقا جديدا فوق نهر النيل يربط ضفتي المدينة بعد أعمال إنشاء استمرت "
                "عامين كاملين.")
    paras = [WIRE_LEAD, *W_OWN, *pair, *pair2, on_topic]
    assert trailing_leads(W_TITLE, paras) == 3

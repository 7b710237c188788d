"""A headline's present (``headshape.headline_register``) as evidence: after a paragraph's last stop, and,
where the batch shows that an outlet's lines so written are links, on a line of its own."""

from __future__ import annotations

import pickle

import pytest

from rasd.repair.evidence import CorpusEvidence
from rasd.repair.headshape import headline_register
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."
# On the story's topic (hospitals in Riyadh's north), but telling another event: over a third of its
# words are new to the article, and it is told in a headline's present.
LINK = "المستشفى الجديد يستقبل أول المرضى من الأحياء الشمالية"
OTHER_TITLES = ["الجيش يعلن السيطرة على مواقع جديدة قرب الحدود", "الحكومة تقرر خفض أسعار الوقود ابتداء من الشهر المقبل",
                "البرلمان يصوت على قانون الانتخابات الجديد بأغلبية كبيرة", "المنتخب يتأهل إلى نهائي البطولة بعد فوز صعب",
                "الشركة تكشف عن هاتف جديد بكاميرا ثلاثية العدسات", "المحكمة ترفض طلب الإفراج عن المتهمين في قضية الفساد"]
FILLER = ("وقال شهود عيان إن الوضع كان هادئا طوال ساعات النهار قبل أن تتجدد الاشتباكات في المساء.",
          "وأشار مراقبون إلى أن التطورات الأخيرة قد تؤثر على مسار المفاوضات الجارية منذ أشهر.")


@pytest.mark.parametrize("line", ["إسرائيل تغلق معبر كرم أبو سالم التجاري", "جيش مصر يعلن قصف ثمانية أهداف جوا بسيناء",
                                  'ترامب "يستخدم تعبيرا فجا" لوصف مهاجرين', LINK])
def test_headline_register(line: str) -> None:
    assert headline_register(line)


@pytest.mark.parametrize("line", ["أعلن الجيش أنه قصف ثمانية أهداف", "لم يتردد العاهل الأردني منذ البداية",
                                  "هل يتضرر أحد من القرار؟", "علويون يهزأون بآل الأسد على شكل قطة!",
                                  "الرجل منزعج لا يفهم لماذا يعود الذباب إليه..", "وتقول الوزارة إن العمل مستمر",
                                  "سيطرة النظام على حدود الأردن"])
def test_not_in_the_register(line: str) -> None:
    """The perfect tense, a negation, a question, an exclamation, trailing off, a connective, no verb."""
    assert not headline_register(line)


def _batch(outlet: str, linked: bool) -> CorpusEvidence:
    """Six stories of ``outlet`` titled in a headline's present, and six pages carrying one of those titles
    as a line of their own (``linked``: the outlet's links) or a subheading in that register that no page
    is titled with (not ``linked``)."""
    ev = CorpusEvidence()
    for k, t in enumerate(OTHER_TITLES):
        ev.observe(f"{t}\n{FILLER[0]} {k}\n{FILLER[1]}", outlet=outlet, title=t)
    for k, t in enumerate(OTHER_TITLES):
        line = t if linked else f"اللجنة تناقش الملف رقم {k + 1} في جلستها"
        ev.observe(f"خبر رقم {k}\nنص الخبر رقم {k} وفيه تفاصيل كثيرة.\n{line}\nوتابع البيان الحديث عن الخبر {k}.",
                   outlet=outlet, title=f"خبر رقم {k}")
    return ev


def test_a_topical_line_in_the_register_goes_where_the_outlet_writes_links_so() -> None:
    raw = f"{TITLE}\n{P1}\n{LINK}\n{P2}\n{P3}"
    assert repair(raw).paragraphs == [P1, LINK, P2, P3]  # alone: a subheading for all the page says
    ev = _batch("bbc", linked=True)
    assert ev.register_links("bbc")
    art = repair(raw, evidence=ev.hints(raw, outlet="bbc", title=TITLE), outlet="bbc")
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [LINK]
    # Evidence given whole, and hints sent to a worker process, say the same.
    assert repair(raw, evidence=ev, outlet="bbc").paragraphs == [P1, P2, P3]
    hints = pickle.loads(pickle.dumps(ev.hints(raw, outlet="bbc", title=TITLE)))
    assert repair(raw, evidence=hints, outlet="bbc").paragraphs == [P1, P2, P3]


def test_an_outlet_whose_lines_in_the_register_are_subheadings_keeps_them() -> None:
    raw = f"{TITLE}\n{P1}\n{LINK}\n{P2}\n{P3}"
    ev = _batch("france24", linked=False)
    assert not ev.register_links("france24")
    assert not _batch("france24", linked=True).register_links("bbc")  # learnt per outlet
    assert repair(raw, evidence=ev, outlet="france24").paragraphs == [P1, LINK, P2, P3]


def test_a_line_in_the_register_in_the_article_s_own_words_stays() -> None:
    """A subheading sums up its section in the article's words, whatever the outlet's style."""
    own = "المستشفى يخدم مليون نسمة في الأحياء الشمالية"
    raw = f"{TITLE}\n{P1}\n{own}\n{P2}\n{P3}"
    ev = _batch("bbc", linked=True)
    assert repair(raw, evidence=ev, outlet="bbc").paragraphs == [P1, own, P2, P3]


def test_a_glued_tail_in_the_register_goes_on_the_story_s_topic() -> None:
    p2 = P2[:-1] + ". " + LINK
    raw = f"{TITLE}\n{P1}\n{p2}\n{P3}"
    art = repair(raw)
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [LINK]


def test_a_glued_tail_in_topic_claim_form_with_a_year_and_a_present_claim_goes() -> None:
    """«Topic: claim» with a year among the topic's words, the claim in a headline's present: another story's
    headline glued after the last stop, at the register's limit of shared words; a clock is no topic."""
    tail = "مستشفيات 2018: المستشفى الجديد يستقبل أول المرضى من الأحياء الشمالية"
    p2 = P2[:-1] + ". " + tail
    art = repair(f"{TITLE}\n{P1}\n{p2}\n{P3}")
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [tail]
    from rasd.repair.headshape import _TOPIC_HEAD_RE
    assert _TOPIC_HEAD_RE.match("الساعة 10:30 صباحا موعد الافتتاح") is None
    assert _TOPIC_HEAD_RE.match("مونديال 2018: سويسرا تقترب من ثمن النهائي") is not None

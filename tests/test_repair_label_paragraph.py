"""Issue #9, session 11: a box label right above links, under a paragraph that lost its stop or a glued link.

Made-up texts. The label of a related-stories box stands under the story's text; the label rule asked
that the line above end a sentence (a name list's or a poem's short lines sit under lines of their own
kind). A long line is a paragraph whatever its end (a closing web address, an unpunctuated paragraph),
and a paragraph whose glued tail the repair took as a link ends the story's text with that link.
"""

from __future__ import annotations

from rasd.repair.repair import LABEL_ABOVE
from repair_helpers import repair_lines

TITLE = "افتتاح مصنع جديد للأسمدة في المنطقة الصناعية"
BODY = [
    "افتتح وزير الصناعة صباح الثلاثاء مصنعا جديدا لإنتاج الأسمدة الزراعية في المنطقة الصناعية شمال العاصمة.",
    "وقال الوزير إن المصنع سيوفر نحو ألفي وظيفة للشباب وسيغطي حاجة السوق المحلية من الأسمدة خلال عامين.",
]
LINKS = ["انطلاق عروض السيرك العالمي في مدينة جدة", "حالة وفاة تنقل لاعب الوسط إلى مستشفى الرياض",
         "ارتفاع أسعار الذهب في الأسواق الآسيوية"]
LABEL = "منتقاة للقارئ"


def _run(lines: list[str]):
    return repair_lines(TITLE, lines)


def test_label_under_a_paragraph_without_its_stop_goes() -> None:
    last = ("وأضاف أن الطاقة الإنتاجية للمصنع تبلغ نصف مليون طن سنويا ويمكن معرفة المزيد عن المصنع من خلال "
            "الموقع الإلكتروني www.example-fertilizer.com")
    art, kept = _run([*BODY, last, LABEL, *LINKS])
    assert kept == [*BODY, last]
    assert any(r.text == LABEL and r.detail == LABEL_ABOVE for r in art.removed)


def test_label_under_a_short_unstopped_line_stays() -> None:
    # Under a short line with no stop (a list item, a verse) the label's shape may be the text's own.
    _, kept = _run([*BODY, "سالم المري", LABEL, *LINKS])
    assert LABEL in kept

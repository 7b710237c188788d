"""Speaker mechanisms (issue #10, seventh round): a continuation that would hand a quote to an
organisation or a description yields to a gender-agreeing name in the quote's own sentence."""

from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from test_quotes import article, only


def test_a_named_person_before_the_cue_beats_continuing_an_organisation() -> None:
    art = article("ونشرت الهيئة الدولية للإغاثة، الأحد، صورة ذكرت فيها بأن الهيئة \"تتابع التقارير عن أضرار في المخيم\".",
                  "هذا وقد كتب الناشط المصري، أحمد الشامي، عضو المجلس الوطني، منشورا قال فيه إن الحريق "
                  "\"دمر سوق المدينة القديمة\".",
                  entities={"E1": ("PER", "أحمد الشامي", ["الناشط المصري"]), "E2": ("ORG", "المجلس الوطني", [])})
    assert only(find_quotes(art), "الحريق").speaker == "E1"


def test_a_name_after_a_preposition_or_of_the_other_gender_does_not_take_the_quote() -> None:
    from rasd.analyse.quotes.choose import sentence_agent
    from rasd.analyse.quotes.finder import _Ctx, _indirect

    art = article("وقالت وزارة الصحة إن المستشفيات ممتلئة.",
                  "وفي لقاء مع أحمد الشامي أمس، أضافت أن الأدوية نفدت.",
                  entities={"E1": ("ORG", "وزارة الصحة", []), "E2": ("PER", "أحمد الشامي", [])})
    assert only(find_quotes(art), "الأدوية").speaker == "E1"
    ctx = _Ctx(art)
    cand = max(_indirect(ctx, []), key=lambda c: c.start)  # the second sentence's quote
    assert sentence_agent(ctx, cand, "F") is None  # E2 follows «مع» and is a man
    assert sentence_agent(ctx, cand, None) is None  # no gender, no reading


def test_a_name_after_ila_is_an_addressee() -> None:
    # «إلى» normalizes to «الي»: the preposition test must compare normalized forms
    art = article("وقالت وزارة الصحة إن المستشفيات ممتلئة.",
                  "ونقلت الرسالة إلى أحمد الشامي أمس، وأضافت أن الأدوية نفدت.",
                  entities={"E1": ("ORG", "وزارة الصحة", []), "E2": ("PER", "أحمد الشامي", [])})
    from rasd.analyse.quotes.choose import sentence_agent
    from rasd.analyse.quotes.finder import _Ctx, _indirect

    ctx = _Ctx(art)
    cand = max(_indirect(ctx, []), key=lambda c: c.start)
    assert sentence_agent(ctx, cand, "M") is None


def test_a_writer_named_in_the_sentence_beats_continuing_an_earlier_person() -> None:
    art = article("وقال الوزير خالد العمري إن القرار نهائي.",
                  "وردا على ذلك، كتب سامي الحداد، المدير التنفيذي للشركة، في مدونته قائلا إن الشركة ستطعن في القرار.",
                  entities={"E1": ("PER", "خالد العمري", ["الوزير"]), "E2": ("PER", "سامي الحداد", [])})
    assert only(find_quotes(art), "الشركة ستطعن").speaker == "E2"

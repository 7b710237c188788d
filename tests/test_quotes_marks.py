"""Quote marks of other outlets (issue #10, session 8, quote finder round 4): reversed guillemets decided by the
text's own votes, doubled and single apostrophes as quote marks, and an open quote carried past blank lines and
past a scare quote that pairs inside a later paragraph."""

from __future__ import annotations

from rasd.analyse.quotes.marks import uniform_marks
from rasd.pipeline import process_text


def _texts(text: str) -> list[str]:
    return [q.text for q in process_text(text).quotes]


def test_marks_keep_the_length() -> None:
    for t in ("قال : » كلام « .", "قائلا ' ' إن القضية ' ' .", "العبارة : ' كونوا على حذر ' ل", "لا علامات هنا"):
        assert len(uniform_marks(t)) == len(t)


def test_reversed_guillemets_are_swapped_only_when_the_text_votes_so() -> None:
    rev = "يقول : » المفاجئ ليس الحدث « .\nووصفه ب » أحد العقول « وأضاف » كلام آخر « ."
    assert uniform_marks(rev).count("«") == 3 and uniform_marks(rev).index("«") < uniform_marks(rev).index("»")
    usual = "قال «كلام» ثم «آخر» .\nو » مستقل «"  # glued marks outvote the spaced pair
    assert uniform_marks(usual) == usual
    glued_reversed = "قال »كلام« و»آخر«"
    assert uniform_marks(glued_reversed) == "قال «كلام» و«آخر»"


def test_apostrophes() -> None:
    assert uniform_marks("قائلا ' ' إن القضية ' ' .").startswith('قائلا "')
    assert uniform_marks("قال ’’كلام’’ .") == 'قال " كلام"  .'
    # a single apostrophe is a mark only in a paragraph with no other quote mark (inside "…" it is an inner quote)
    assert uniform_marks("العبارة : ' كونوا على حذر ' ل") == 'العبارة : " كونوا على حذر " ل'
    inner = "وقالت \"نحن 'نصدقك ' الآن\" ."
    assert uniform_marks(inner) == inner
    assert uniform_marks("O'Brien قال") == "O'Brien قال"  # inside a word: a letter


def test_reversed_quote_runs_over_tokenized_lines() -> None:
    text = ("يقول الكاتب : » المفاجئ ليس هو الحدث بل الوجهة .\n\nفالعادة أن أوروبا هي التي تدمر الآخرين .\n\n"
            "وأتى الهجوم من » المثقفين « الذين من طبيعتهم عدم النزاهة .\n\nلأنهم بدلاء للسلطة « .\n\n"
            "وهناك تهديدان كبيران امام العالم .")
    got = _texts(text)
    assert got[0].startswith("المفاجئ ليس هو الحدث")
    assert any(t.startswith("فالعادة أن أوروبا") for t in got)
    assert any(t.startswith("وأتى الهجوم") for t in got)  # its scare quote pairs inside the line
    assert any(t.startswith("لأنهم بدلاء للسلطة") for t in got)
    assert not any("تهديدان" in t for t in got)  # after the closer: narration


def test_doubled_apostrophes_carry_a_quote_to_the_next_line() -> None:
    got = _texts("وقال المدرب ' ' لقد طلب اللاعب الرحيل قبل نهائي الكأس .\n\nثم طلب الرحيل مجددا من خلال ممثله ' ' .")
    assert any(t.startswith("لقد طلب اللاعب الرحيل") for t in got)
    assert any(t.startswith("ثم طلب الرحيل مجددا") for t in got)


def test_straight_marks_in_the_next_paragraph_do_not_close_a_guillemet() -> None:
    # «… مخرجاته" leaves « open; the next paragraph's straight marks open a quote of their own
    text = ('قال المتحدث «أن صعوبات جمة تواجه هذا الاتفاق في منطقة الغرب كلها ورفض جميع مخرجاته"، حسب تعبيره.\n\n'
            'وأضاف في تصريح لموقع "أخبار ليبيا" الإلكتروني"، "إن هذه الميليشيات المسلحة مختلفة في التوجهات".')
    assert not any(t.startswith("وأضاف في تصريح") for t in _texts(text))


def test_a_topic_after_a_sentence_opening_verb_is_no_speaker() -> None:
    art = process_text("لكن صموده قوي .\n\nيقول بصدد مركز التجارة العالمي : » المفاجئ ليس هو الحدث بل الوجهة "
                       "التي وجهت إليها الأسلحة « .")
    assert art.quotes and art.quotes[0].text.startswith("المفاجئ")
    assert "بصدد" not in (art.quotes[0].speaker or "")


def test_a_short_quote_left_open_after_a_cue_is_kept_when_a_later_line_closes_it() -> None:
    lines = ['وقالت جيما أرياس " أنا متوترة جدا .', "نصحب أطفالنا للمنزل الآن .", "البركان في حالة ثورة .",
             '" وقال معهد البراكين إن الجبل يظهر علامات على ثوران .']
    got = _texts("\n\n".join(lines))
    assert got[:3] == ["أنا متوترة جدا", "نصحب أطفالنا للمنزل الآن", "البركان في حالة ثورة"]
    # never closed: the three words alone are no quote
    assert not any(t.startswith("أنا متوترة") for t in _texts("\n\n".join(lines[:3])))


def test_a_coordinated_stance_verb_with_its_own_preposition_ends_the_clause() -> None:
    got = _texts("وقال معهد البراكين إن الجبل يظهر علامات على ثوران كبير خلال أسابيع وحث السكان على الابتعاد "
                 "عن منطقة الخطر .")
    assert got and got[0] == "الجبل يظهر علامات على ثوران كبير خلال أسابيع"
    # «على» right after the verb (no object between): part of the clause, as «وأكد على أهمية» inside it
    got = _texts("وقال الوزير إن الجيش تقدم في الشمال وحث على التهدئة في المدن .")
    assert got and "التهدئة" in got[0]

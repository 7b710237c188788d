"""Objects as quotes (issue #10, session 6): a reporting verb's noun-phrase object after its subject,
derived stance participles, and the subject of «أعلن … عن»."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes
from rasd.analyse.quotes.objects import _object_noun, verbal_noun
from rasd.analyse.quotes.stance import _PARTICIPLES, stance_verb
from rasd.pipeline import process_text


def test_shapes() -> None:
    assert verbal_noun("التزامهم", raw="التزامهم")  # افتعال of a ل-initial root with a possessive
    assert not verbal_noun("التجار", raw="التجار")  # the article before a plain noun
    assert _object_noun("قصف", "قصف") and _object_noun("شائعات", "شائعات")
    assert not _object_noun("في", "في") and not _object_noun("يقل", "يقل") and not _object_noun("الحرب", "الحرب")
    assert not _object_noun("رغم", "رغم") and not _object_noun("فان", "فإن")


def test_derived_participles_read_with_their_preposition() -> None:
    assert _PARTICIPLES["متوعد"] == "توعد" and _PARTICIPLES["منبه"] == "نبه"
    assert stance_verb("متوعدا") == ("توعد", "participle")
    assert "موعد" not in _PARTICIPLES  # a noun (appointment), not the participle of وعد


def test_object_after_a_described_subject() -> None:
    qs = _quotes("فيما أعلنت النقابات المهنية في وقت سابق تعليق الاحتجاجات ومنح الحكومة الجديدة مهلة.")
    assert qs and qs[0][0].startswith("تعليق الاحتجاجات")


def test_object_after_a_conjunct_subject() -> None:
    qs = _quotes("وتنفي سوريا وحليفتها روسيا أي مسؤولية لهما عن الهجوم.")
    assert qs == [("أي مسؤولية لهما عن الهجوم", "سوريا")]


def test_a_participle_opens_the_next_statement() -> None:
    qs = _quotes("وأكد الجيش الإسرائيلي قصف دبابة للموقع محذرا من تصعيد جديد في القطاع.")
    assert [q for q, _s in qs] == ["قصف دبابة للموقع", "تصعيد جديد في القطاع"]
    assert {s for _q, s in qs} == {"الجيش الإسرائيلي"}


def test_no_object_without_a_verbal_noun() -> None:
    assert _quotes("وأكد الأمين العام ضرورة أن تعمل الدول معا.") == []


def test_two_plain_words_after_a_bare_definite_title_are_a_name() -> None:
    art = process_text("وفرضت العقوبات بعد قرار الرئيس دونالد ترامب الانسحاب من الاتفاق.")
    people = [e for e in art.entities if e.type == "PER"]
    assert [e.name for e in people] == ["دونالد ترامب"] and "الرئيس" in (people[0].roles or [])
    art = process_text("وقال الرئيس إن الاتفاق سيئ.")
    assert not [e for e in art.entities if e.type == "PER"]


def test_an_office_governing_another_persons_title_is_the_first_persons() -> None:
    art = process_text("وصرح لاري كودلو مستشار الرئيس الأمريكي دونالد ترامب بأن الرد مبالغ فيه.")
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert roles["لاري كودلو"] == ["مستشار الرئيس الأمريكي"] and roles["دونالد ترامب"] == ["الرئيس الأمريكي"]
    art = process_text("وقال الثلاثاء مستشار للرئيس الإيراني حسن روحاني إن العودة ممكنة.")
    roles = {e.name: e.roles for e in art.entities if e.type == "PER"}
    assert not any("مستشار" in r for r in roles.get("حسن روحاني", []))


def test_a_last_name_word_opening_with_waw_before_a_singular_apposition() -> None:
    art = process_text("و قالت سارة ليا واتسون، المديرة التنفيذية لقسم الشرق الأوسط في هيومن رايتس ووتش، إن الأمر خطير.")
    assert [e.name for e in art.entities if e.type == "PER"] == ["سارة ليا واتسون"]
    art = process_text("وقال السفير الأمريكي في هولندا، كينيث وورد، في اجتماع المنظمة إن الأمر خطير.")
    assert [e.name for e in art.entities if e.type == "PER"] == ["كينيث وورد"]
    art = process_text("وقال المسؤولون، الوزراء السابقون، إن الأمر خطير.")
    assert not [e for e in art.entities if e.type == "PER"]


def test_a_titles_complement_and_an_honorific_before_the_apposed_subject() -> None:
    text = ("وقال الأمين العام للأمم المتحدة، انطونيو غوتيريس، إن الوضع خطير. وأيد المفوض السامي لحقوق الإنسان، "
            "الأمير زيد بن رعد الحسين، تحذيرات غوتيريس مشدّداً على أهمية \"التطبيق الكلي\" للهدنة.")
    assert [s for _q, s in _quotes(text)] == ["انطونيو غوتيريس", "زيد بن رعد الحسين"]


def test_a_stance_verb_in_a_free_relative_has_the_main_verbs_subject() -> None:
    text = "وقالت روسيا إن الشهود صادقون. ونددت دول غربية عدة بما اعتبرته \"مهزلة فاضحة\"."
    assert _quotes(text)[-1] == ("مهزلة فاضحة", "دول غربية عدة")
    text = "وقالت روسيا إن الشهود صادقون. وجدد الوزراء التنديد بما اعتبروه \"تدخلا إيرانيا\"."
    assert _quotes(text)[-1][1] != "الوزراء التنديد"


def test_an_object_bearing_the_subjects_pronoun_is_stated() -> None:
    # agreement: the pronoun on the object agrees with the verb's subject (masculine ه, feminine ها)
    from rasd.analyse.quotes.objects import _agreeing_pronoun

    assert _agreeing_pronoun("اعلن", "مسؤوليته") and not _agreeing_pronoun("اعلن", "مسؤوليتها")
    assert _agreeing_pronoun("اعلنت", "دعمها") and not _agreeing_pronoun("اعلنت", "دعمه")
    assert _agreeing_pronoun("اكدوا", "رفضهم") and not _agreeing_pronoun("اكد", "عليه")
    qs = _quotes("وأعلن تنظيم الجبهة الشعبية مسؤوليته عن الهجوم على مركز الشرطة في البلدة.")
    assert qs and qs[0][0].startswith("مسؤوليته عن الهجوم")


def test_a_negated_verb_states_no_object() -> None:
    assert not _quotes("وقد بيعت اللوحة قبل سنوات، ولم يؤكد نسبها إلى الفنان إلا في العام الماضي.")
    assert not _quotes("وإن كان ذلك لا ينفي وجود خلافات صغيرة بين الطرفين حول التفاصيل.")
    assert not _quotes("أما الحكومة، فلم تكشف حتى الآن موقفها من الاقتراح الجديد.")

"""The quotes layer on hand-built articles: direct and indirect quotes, spans, speakers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.analyse.quotes import annotate, find_quotes
from rasd.analyse.quotes.base import fast_normalize_with_map
from rasd.arabic.normalize import normalize_with_map
from rasd.record import Article, Entity, Mention, Quote


def article(*paragraphs: str, entities: dict[str, tuple[str, str, list[str]]] | None = None,
            title: str = "") -> Article:
    """An article with hand-made entities: id → (type, name, roles); mentions are every
    occurrence of the name and of its last word (the way the entity layer links surnames)."""
    art = Article(title=title, paragraphs=list(paragraphs))
    art.build_text()
    for eid, (etype, name, roles) in (entities or {}).items():
        mentions: list[Mention] = []
        forms = sorted({name, name.split()[-1]}, key=len, reverse=True)
        for form in forms:
            for m in re.finditer(re.escape(form), art.text):
                if not any(x.start <= m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), form))
        art.entities.append(Entity(eid, etype, name, mentions, roles=roles))
    return art


def only(quotes: list[Quote], starts: str) -> Quote:
    hits = [q for q in quotes if q.text.startswith(starts)]
    assert len(hits) == 1, [q.text for q in quotes]
    return hits[0]


def test_direct_quote_after_colon_with_entity_speaker() -> None:
    art = article('وقال الوزير أحمد الخطيب للصحفيين: «نحن ماضون في تنفيذ الخطة كما أعلنا».',
                  entities={"E1": ("PER", "أحمد الخطيب", [])})
    annotate(art)
    q = only(art.quotes, "نحن ماضون")
    assert q.kind == "direct" and q.speaker == "E1" and q.cue == "وقال"
    assert q.text == "نحن ماضون في تنفيذ الخطة كما أعلنا"
    assert art.text[q.start:q.end] == q.text


def test_indirect_quote_span_and_continuation_speaker() -> None:
    art = article(
        "أكد مدير الشرطة اللواء سعد العتيبي، اليوم، أن الحملة أسفرت عن ضبط 20 مخالفا.",
        "وأضاف أن الحملات ستستمر طوال الشهر الجاري، مشيرا إلى أن التعاون مع الأهالي كبير.",
        entities={"E1": ("PER", "سعد العتيبي", ["مدير الشرطة"])},
    )
    qs = find_quotes(art)
    assert [q.text for q in qs] == [
        "الحملة أسفرت عن ضبط 20 مخالفا",
        "الحملات ستستمر طوال الشهر الجاري",  # ends before the chained statement
        "التعاون مع الأهالي كبير",
    ]
    assert all(q.kind == "indirect" and q.speaker == "E1" for q in qs)
    assert [q.cue for q in qs] == ["أكد", "وأضاف", "مشيرا"]


def test_writer_comment_after_wdhalik_is_not_reported() -> None:
    art = article("وصرح المتحدث باسم الوزارة بأن المفاوضات ستستأنف قريبا، وذلك تعليقا على الأنباء.")
    q = only(find_quotes(art), "المفاوضات")
    assert q.text == "المفاوضات ستستأنف قريبا"
    assert q.speaker == "المتحدث باسم الوزارة"  # no entity: the speaker part, as written


def test_unbalanced_direct_quote_closes_with_the_nested_one() -> None:
    # the seed's case: the writer's closing mark merged with the nested quote's
    art = article('وأوضح أوشاكوف: "من المقرر عقد اجتماعات بالتزامن مع منظمة شنغهاي ومجموعة "بريكس".',
                  entities={"E1": ("PER", "يوري أوشاكوف", [])})
    q = only(find_quotes(art), "من المقرر")
    assert q.kind == "direct" and q.speaker == "E1"
    assert q.text.endswith('ومجموعة "بريكس"')


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    art = article("وأضاف «حتى في الذباب هناك جينات مرتبطة بأمراض الإنسان. وتشمل أمراض الأعصاب.",
                  "فقرة أخرى لا علاقة لها.")
    q = only(find_quotes(art), "حتى في الذباب")
    assert q.text.endswith("وتشمل أمراض الأعصاب")


def test_reversed_curly_marks_and_cue_after_the_quote() -> None:
    art = article("”المياه اسبانية وكانت القوارب تقوم بدورية في المياه الاسبانية“، قال مسؤول اسباني.")
    q = only(find_quotes(art), "المياه اسبانية")
    assert q.kind == "direct" and q.speaker == "مسؤول اسباني"


def test_scare_quotes_and_names_in_quotes_are_not_quotes() -> None:
    art = article('وصل الإعصار "سوديلور" إلى إقليم "فوجيان" ثم تحرك صوب "تشجيانج".',
                  'وأكد المتحدث أن البلدين يواصلان "ممارسة التعددية الحقيقية" والدعوة إلى نظام "متعدد الأقطاب".')
    qs = find_quotes(art)
    assert len(qs) == 1 and qs[0].kind == "indirect"
    assert qs[0].text == 'البلدين يواصلان "ممارسة التعددية الحقيقية" والدعوة إلى نظام "متعدد الأقطاب"'


def test_relay_verb_speaker_after_an() -> None:
    art = article('ونقلت صحيفة "ذا غلوبال تايمز" عن جيان، قوله خلال إحاطة صحفية: "الصين وروسيا تحافظان على تواصل وثيق".',
                  entities={"E2": ("PER", "لين جيان", [])})
    qs = find_quotes(art)
    assert len(qs) == 1  # the newspaper's name in quotes is not a quote
    assert qs[0].speaker == "E2" and qs[0].cue == "قوله"


def test_role_only_speaker_links_to_the_named_person() -> None:
    text = ("وصرح المتحدث الرسمي باسم وزارة الخارجية الصينية لين جيان بأن بكين تدعم الحوار.",
            "وأكد المتحدث الرسمي لوزارة الخارجية الصينية أن البلدين يتعاونان.")
    by_roles = article(*text, entities={"E1": ("PER", "لين جيان", ["المتحدث الرسمي باسم وزارة الخارجية الصينية"])})
    by_text = article(*text, entities={"E1": ("PER", "لين جيان", [])})  # no roles: ROLE NAME in the text
    for art in (by_roles, by_text):
        q = only(find_quotes(art), "البلدين")
        assert q.speaker == "E1"


def test_colon_speech_without_marks_and_colon_then_inna() -> None:
    art = article("وقالت الوزارة: حالة الإصابة الأولى لامرأة وحالتها مستقرة. وقال المتحدث: إن الفحوص مستمرة.")
    qs = find_quotes(art)
    assert [(q.kind, q.text) for q in qs] == [
        ("direct", "حالة الإصابة الأولى لامرأة وحالتها مستقرة"),
        ("indirect", "الفحوص مستمرة"),
    ]


def test_attribution_phrases() -> None:
    art = article("وحسب أوشاكوف، ناقش الرئيسان الموضوعات الثنائية اليوم.",
                  "وتأتي الطائرات من قاعدة افيانو في إيطاليا، وفق مصدر تركي.",
                  "وتم ذلك وفقا للنظام المعمول به في المملكة.",
                  entities={"E1": ("PER", "يوري أوشاكوف", [])})
    qs = find_quotes(art)
    assert [(q.text, q.speaker) for q in qs] == [
        ("ناقش الرئيسان الموضوعات الثنائية اليوم", "E1"),
        ("وتأتي الطائرات من قاعدة افيانو في إيطاليا", "مصدر تركي"),
    ]  # وفقا للنظام names a rule, not a speaker


def test_newspaper_anaphor_and_non_statements() -> None:
    art = article('ذكرت صحيفة "ذي ميل" اليوم أن الشرطة تستعد للاحتفالات.',
                  "وأوضحت الصحيفة أن المتطرفين يخططون لتفجير.",
                  "وأكد الأمين العام ضرورة أن تعمل الدول معا.",  # أن after ضرورة: a noun's complement
                  "ودعا الله أن يحفظ البلاد.",  # a prayer
                  "وقع الحادث بين الرياض وجدة أن صح التعبير.")  # بين is a preposition here
    qs = find_quotes(art)
    assert len(qs) == 2
    assert qs[1].speaker == qs[0].speaker == 'صحيفة "ذي ميل"'


def test_participle_after_non_reporting_verb_takes_the_subject() -> None:
    art = article("فيما عبرت والدة الشهيد عن حزنها، وقالت: «ما خفف علي أن ابني شهيد».",
                  "فيما عبر أشقاء الشهيد عن فخرهم، مشيرين إلى أنه أكمل صيامه.")
    qs = find_quotes(art)
    assert [q.speaker for q in qs] == ["والدة الشهيد", "أشقاء الشهيد"]


def test_title_name_in_a_long_role_description() -> None:
    art = article("وأوضح المشرف على المسابقة الدكتور سليمان الريمي أن عدد المشاركين تجاوز المئة.")
    assert only(find_quotes(art), "عدد").speaker == "سليمان الريمي"


def test_empty_and_quote_free_articles() -> None:
    assert find_quotes(Article()) == []
    art = article("اجتمع المجلس اليوم وناقش عددا من الموضوعات.")
    annotate(art)
    assert art.quotes == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "وقال", "أن", "إن", " ", "،", ".", ":", '"', "«", "»", "“", "”", "\n", "مشيرا إلى", "الوزير", "محمد",
    "وحسب", "بحسب", "نقلت", "عن", "قوله", "الصحيفة", "وذلك", "ضرورة", "ً", "ـ", "x",
]), max_size=40))
def test_spans_are_views_of_the_text(parts: list[str]) -> None:
    art = Article(paragraphs=["".join(parts)])
    art.build_text()
    for q in find_quotes(art):
        assert 0 <= q.start < q.end <= len(art.text)
        assert art.text[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أإآىةبكلمنوي ٠١9a.\n«»“”ًٌُّـ\u200fﻻﷺ–")), max_size=60))
def test_fast_normalize_agrees_with_the_core(text: str) -> None:
    assert fast_normalize_with_map(text) == normalize_with_map(text)


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__])


def test_feminine_cue_does_not_continue_a_mans_words() -> None:
    art = article("وقال المدير محمد الزعبي إن البرنامج حقق تقدما.",
                  "وتمنع الإدارة الشاحنات من الدخول، وأضافت أن المنع مستمر.",
                  "وقالت الوزيرة فاطمة الزهراء إن الخطة جاهزة.", "وأضافت أن التنفيذ يبدأ غدا.",
                  entities={"E1": ("PER", "محمد الزعبي", []), "E2": ("PER", "فاطمة الزهراء", [])})
    quotes = find_quotes(art)
    assert only(quotes, "البرنامج").speaker == "E1"
    assert only(quotes, "المنع مستمر").speaker == "الإدارة"  # the organisation heading its sentence
    assert only(quotes, "التنفيذ يبدأ").speaker == "E2"  # her own continuation agrees


def test_object_of_the_cue_is_not_its_speaker() -> None:
    art = article("وقال المدير محمد الزعبي إن البرنامج حقق تقدما.",
                  "ولفت الانتباه إلى أن الدراسات تشير إلى تحسن.",
                  entities={"E1": ("PER", "محمد الزعبي", [])})
    assert only(find_quotes(art), "الدراسات").speaker == "E1"


def test_cue_gender() -> None:
    from rasd.analyse.quotes.base import _VERBS_N
    from rasd.analyse.quotes.speakers import cue_gender

    assert [cue_gender(w, _VERBS_N) for w in ("قالت", "قال", "اضافت", "تقول", "يقول", "دعت", "بحسب")] == \
        ["F", "M", "F", "F", "M", "F", None]


def test_organisation_heading_the_sentence_speaks_for_a_later_cue() -> None:
    art = article("وقال المدير محمد الزعبي إن البرنامج حقق تقدما.",
                  "وتمنع إدارة مرور الشرقية 200 شاحنة يوميا من دخول المدينة، وأكدت في الوقت نفسه أن المنع مستمر.",
                  "وأوضحت أن المخالفين سيعاقبون.",
                  entities={"E1": ("PER", "محمد الزعبي", [])})
    quotes = find_quotes(art)
    assert only(quotes, "المنع مستمر").speaker == "إدارة مرور الشرقية"
    assert only(quotes, "المخالفين").speaker == "إدارة مرور الشرقية"  # and its continuation


def test_participle_continues_the_speaker_not_the_sentence_subject() -> None:
    art = article("وقال مدير المركز سلطان السبيعي إن العمل مستمر.",
                  "ويضم المركز نظاما حديثا لتتبع السفن، مبينا أن دقة النظام عالية.",
                  entities={"E1": ("PER", "سلطان السبيعي", [])})
    assert only(find_quotes(art), "دقة النظام").speaker == "E1"


def test_attribution_phrase_is_not_part_of_the_speaker() -> None:
    art = article("وأكدت الحكومة وفقاً لوكالة الأنباء اليمنية أنه سيتم تزويد المستشفيات بالأدوية.")
    (q,) = find_quotes(art)
    assert q.speaker == "الحكومة" and q.text.startswith("سيتم")


def test_addressee_after_the_cue_is_not_the_speaker() -> None:
    art = article("وقال الوزير خالد العتيبي إن الخطة جاهزة.", "وقال للأمين العام إن التنفيذ يبدأ غدا.",
                  "وقال المكتب الوطني للإحصاءات إن التضخم تراجع.",
                  entities={"E1": ("PER", "خالد العتيبي", [])})
    quotes = find_quotes(art)
    assert only(quotes, "التنفيذ").speaker == "E1"  # continues: the secretary general is spoken to
    assert only(quotes, "التضخم").speaker == "المكتب الوطني للإحصاءات"  # لل inside a name is kept

"""A document as speaker resolved to its author (issue #10, session 7): «وأضاف البيان»، «ويقول التقرير»،
«تقريرا يؤكد» name whoever issued the statement, letter or report, by the article's own link."""

from __future__ import annotations

from quote_helpers import quotes_of as _speakers
from rasd.analyse.quotes.documents import _doc_head, is_document


def _speaker_of(text: str, words: str) -> str | None:
    got = [spk for q, spk in _speakers(text) if words in q]
    assert got, f"no quote holds {words!r}"
    return got[0]


def test_document_heads() -> None:
    assert _doc_head("البيان") == "بيان" and _doc_head("هذا التقرير") == "تقرير"
    assert _doc_head("الرسالة") == "رساله" and is_document("الخطاب الأمريكي")
    assert _doc_head("التغريدة") is None and _doc_head("الوثيقة") is None  # speakers of their own
    assert _doc_head("بيان") is None  # indefinite: no antecedent to read
    assert _doc_head("المتحدث باسم الوزارة") is None


def test_statement_named_after_its_issuer() -> None:
    text = ("أصدرت وزارة الخارجية الروسية بيانا بشأن الهجوم على القاعدة. "
            "وأضاف البيان أن الهجوم لن يمر دون رد.")
    assert _speaker_of(text, "لن يمر") == "وزارة الخارجية الروسية"


def test_report_of_a_described_body() -> None:
    # the body is no entity the tagger knows: its description is the author
    text = ("وفي بداية حزيران، نشرت اللجنة الوطنية لحقوق الإنسان في البلاد، تقريرا يؤكد أن آلاف "
            "الانتهاكات وقعت خلال عام. ويقول التقرير إن الضحايا كانوا من المدنيين.")
    assert _speaker_of(text, "آلاف") == "اللجنة الوطنية لحقوق الإنسان"
    assert _speaker_of(text, "الضحايا") == "اللجنة الوطنية لحقوق الإنسان"


def test_statement_of_the_speaker_of_its_sentence() -> None:
    text = ("وقالت منظمة العفو الدولية في بيانها إن السلطات اعتقلت عشرات الناشطين. "
            "وأضاف البيان أن المعتقلين حرموا من المحامين. وتابع أن بعضهم تعرض للتعذيب.")
    assert _speaker_of(text, "حرموا") == "منظمة العفو الدولية"
    # the continuation agrees with the noun (masculine وتابع after البيان) and lands on the author too
    assert _speaker_of(text, "للتعذيب") == "منظمة العفو الدولية"


def test_no_link_keeps_the_description() -> None:
    text = "وأضاف البيان أن الهجوم لن يمر دون رد."
    assert _speaker_of(text, "لن يمر") == "البيان"


def _finder_speakers(*paragraphs: str, entities: dict) -> dict[str, str | None]:  # type: ignore[type-arg]
    from rasd.analyse.quotes import find_quotes
    from test_quotes import article

    art = article(*paragraphs, entities=entities)
    return {q.text[:12]: q.speaker for q in find_quotes(art)}


def test_a_document_the_author_wrote_in_speaks_as_the_author() -> None:
    # "X في المنشورات": the name before في + the document wrote it; "الرسالة في المنشور" is the leaflet's
    got = _finder_speakers(
        "وكرر الجيش الإسرائيلي في المنشورات التي ألقيت على غزة تحذير الفلسطينيين.",
        "وقالت الرسالة في المنشور \"من أجل مصلحتكم، يفضل عدم المشاركة في أعمال الشغب\".",
        "وأضاف المنشور \"خلف هذه الأجندة تقف جهات خارجية\".",
        entities={"E1": ("ORG", "الجيش الإسرائيلي", [])})
    assert got["من أجل مصلحت"] == "E1" and got["خلف هذه الأج"] == "E1"


def test_a_relative_on_a_statement_speaks_as_its_owner_not_the_relaying_agency() -> None:
    got = _finder_speakers(
        "عقد مجلس النواب العراقي جلسة استثنائية، وفقا لما نقلته وكالة الأنباء العراقية.",
        "ونقلت الوكالة بيان المجلس الذي أكد فيه أن أعضاء المجلس صوتوا على القرار.",
        entities={"E1": ("ORG", "مجلس النواب العراقي", []), "E2": ("ORG", "وكالة الأنباء العراقية", [])})
    assert got["أعضاء المجلس"] == "E1"


def test_a_statement_announced_by_a_subject_first_verb_speaks_as_that_subject() -> None:
    # "وكانت X قد أعلنت في بيان …، بحسب تعبير البيان": the subject of the verb that governs «في بيان»
    # wrote it; "تعبير البيان" (the statement's wording) is the statement, and the statement its author
    got = _finder_speakers(
        "وكانت هيئة الموانئ البحرية قد أعلنت في بيان الأحد إغلاق الميناء الشمالي \"بصورة مؤقتة\"، "
        "بحسب تعبير البيان، بعد العاصفة.",
        "وأضاف البيان أن السفن الراسية نقلت إلى الميناء الجنوبي.",
        entities={"E1": ("ORG", "هيئة الموانئ البحرية", [])})
    assert got["السفن الراسي"] == "E1"


def test_a_noun_of_wording_gives_way_to_its_genitive() -> None:
    from rasd.analyse.quotes.base import _Ctx
    from rasd.analyse.quotes.phrase import speaker_phrase
    from test_quotes import article

    ctx = _Ctx(article("نص قصير.", entities={}))
    assert speaker_phrase(ctx, "تعبير المزارعين") == "المزارعين"
    assert speaker_phrase(ctx, "قول المسؤول المحلي") == "المسؤول المحلي"
    assert speaker_phrase(ctx, "المتحدث باسم البلدية") == "المتحدث باسم البلدية"  # no wording noun: kept


def test_a_place_completing_the_issuer_is_not_the_author() -> None:
    # "X في السودان في بيان": the place after في completes the name before it; X wrote the statement
    got = _finder_speakers(
        "وأعلن مكتب الإغاثة الدولي في السودان في بيان أن \"القوافل وصلت إلى المخيمات\".",
        "وأضاف البيان أن \"الطرق ما زالت مقطوعة في الشمال\".",
        entities={"E1": ("ORG", "مكتب الإغاثة الدولي", []), "E2": ("LOC", "السودان", [])})
    assert got["الطرق ما زال"] == "E1"

"""A document as speaker resolved to its author (issue #10, session 7): «وأضاف البيان»، «ويقول التقرير»،
«تقريرا يؤكد» name whoever issued the statement, letter or report, by the article's own link."""

from __future__ import annotations

from rasd.analyse.quotes.documents import _doc_head, is_document
from rasd.pipeline import process_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    art = process_text(text)
    out = []
    for q in art.quotes:
        ent = art.entity(q.speaker) if q.speaker else None
        out.append((q.text, ent.name if ent else q.speaker))
    return out


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

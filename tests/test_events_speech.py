"""Speech acts read from the quotes layer (rasd.analyse.events.speech): the speaker is the source,
the actor the quoted words are about the target; a neutral or conditional quote gives none."""

from __future__ import annotations

from rasd.pipeline import process_text
from rasd.record import Article


def _events(text: str) -> tuple[Article, list[tuple[str, str | None, str | None]]]:
    art = process_text(text, published="2018-05-01")

    def name(x: str | None) -> str | None:
        ent = art.entity(x) if x else None
        return ent.name if ent is not None else x

    return art, [(e.type, name(e.source), name(e.target)) for e in art.events]


def test_a_charge_of_lying_in_a_neutral_quote_is_an_accusation() -> None:
    _, evs = _events('وقال وزير الخارجية الإيراني محمد جواد ظريف إن "الولايات المتحدة تنشر أكاذيب عن '
                     'برنامجنا النووي".')
    assert ("ACCUSE", "محمد جواد ظريف", "الولايات المتحدة") in evs


def test_a_denial_of_fact_is_a_rejection_by_the_speaker() -> None:
    _, evs = _events('وقال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن "هذه الاتهامات لا أساس لها".')
    assert ("REJECT", "ديمتري بيسكوف", None) in evs


def test_a_free_description_speaker_acts_as_the_country_it_names() -> None:
    art, evs = _events('وقال مسؤول إيراني لوكالة رويترز إن "واشنطن تنشر أكاذيب عن طهران".')
    assert art.quotes and not art.entity(art.quotes[0].speaker or "")  # the speaker is a description
    assert [e for e in evs if e[0] == "ACCUSE" and e[1] == "إيران"]


def test_a_condition_or_a_neutral_statement_is_no_speech_act() -> None:
    _, evs = _events('وقال الرئيس السوري بشار الأسد إنه "إذا لم يحدث ذلك سنلجأ إلى خيارات أخرى".')
    assert not [e for e in evs if e[0] == "REJECT"]
    _, evs = _events('وقال وزير الخارجية المصري سامح شكري إن "الاجتماع كان مثمرا وبناء".')
    assert not [e for e in evs if e[0] in ("ACCUSE", "REJECT", "REQUEST", "THREATEN")]

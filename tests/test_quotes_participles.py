"""Reporting participles made from the lemmas by verb morphology (issue #10, session 11, qspan): the hand list
spells 23 stems; :func:`rasd.analyse.quotes.cueforms.participle_stems` makes the rest from the shape."""

from __future__ import annotations

from quote_helpers import quotes_of as _quotes
from rasd.analyse.quotes.cueforms import PARTICIPLE_FORMS_N, participle_stems


def test_stems_by_form() -> None:
    assert participle_stems("زعم") == ["زاعم"]  # form I فاعل
    assert participle_stems("أعلن") == ["معلن"] and participle_stems("أشار") == ["مشير"]  # form IV
    assert participle_stems("استبعد") == ["مستبعد"] and participle_stems("توقع") == ["متوقع"]  # X, V
    assert participle_stems("نفى") == [] and participle_stems("قال") == []  # weak letters: the hand list's


def test_forms_left_out() -> None:
    assert "زاعمه" in PARTICIPLE_FORMS_N and "مستبعدا" in PARTICIPLE_FORMS_N
    assert "طالبا" not in PARTICIPLE_FORMS_N  # طالب is also the finite verb "demanded"
    assert "صارحه" not in PARTICIPLE_FORMS_N  # صرح is form II (مصرح in the hand list): no فاعل


def test_a_generated_participle_chains_a_statement() -> None:
    qs = _quotes("ورفعت الممثلة سارة نبيل دعوى ضد المنتج، زاعمة أنه ألغى عقدها دون سبب.")
    assert [q for q, _s in qs] == ["ألغى عقدها دون سبب"]
    qs = _quotes("وقال الخبير سامر حداد إن الأسعار ستنخفض قليلا، مستبعدا حدوث أزمة جديدة في السوق.")
    assert [q for q, _s in qs][-1] == "حدوث أزمة جديدة في السوق"


def test_form_iv_stance_participles_take_their_preposition() -> None:
    qs = _quotes("وانتقد الوزير سامر حداد القرار الجديد، مشيرا إلى وجود ثغرات كبيرة في تطبيقه.")
    assert qs == [("وجود ثغرات كبيرة في تطبيقه", "سامر حداد")]
    qs = _quotes("ورحبت الوزيرة ليلى نصار بالاتفاق، معربة عن أملها في تنفيذه سريعا.")
    assert qs[-1] == ("أملها في تنفيذه سريعا", "ليلى نصار")

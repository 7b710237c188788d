"""Quote finder round 3 (issue #10, session 8): span ends and cues measured on ANERcorp quotes dev and the ANT
dev sets. A coordinated cue with its own complementizer opens the next statement."""

from __future__ import annotations

from rasd.pipeline import process_text


def _texts(text: str) -> list[str]:
    return [q.text for q in process_text(text).quotes]


def test_coordinated_cue_with_its_own_complementizer_ends_the_clause() -> None:
    got = _texts("وقال الرئيس الأمريكي جورج بوش إنها مأساة قومية لأميركا وأعلن أن اصطدام الطائرتين بمركز "
                 "التجارة العالمي عمل إرهابي.")
    assert got[0] == "مأساة قومية لأميركا"
    assert any(t.startswith("اصطدام الطائرتين") for t in got[1:])


def test_coordination_inside_the_clause_stays() -> None:
    # «وأكد» without a complementizer of its own, and «ويعلن» a present verb: both are part of what was said
    got = _texts("وقال الوزير إن الحكومة ستدعم المزارعين وأكد الحرص على حقوقهم في كل المناطق.")
    assert got and got[0].startswith("الحكومة ستدعم المزارعين")
    assert "الحرص" in got[0]
    got = _texts("وقال المتحدث إن الجيش يتقدم في الشمال ويعلن أنه سيطر على بلدتين.")
    assert got and "سيطر على بلدتين" in got[0]

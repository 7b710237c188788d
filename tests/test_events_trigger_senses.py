"""Trigger senses (issue #11, fifth round, found from the ant-dev2 errors): which letters make a
trigger and which same-letter senses must not fire (هنا/هنأ, تمرد, تفريق, مؤتمر صحفي مشترك, توصل لـ,
a clause-opening طلب, a word in ة), and the status of a narrated present stance or a waged insurgency.
The actors of that round's triggers are in ``test_events_actor_links.py``.

The sentences are written for these tests (not copied from a corpus). Each case has a form that
must fire and a sense of the same letters that must not.
"""

from __future__ import annotations

from rasd.record import Article
from test_events_fixtures import analysed
from test_events_fixtures import trigger_kinds as kinds

ENTS = [("L1", "LOC", ["مصر"], "EG"), ("L2", "LOC", ["تركيا"], "TR"), ("L3", "LOC", ["الولايات المتحدة"], "US"),
        ("P1", "PER", ["سامر الخطيب"]), ("P2", "PER", ["هادي العامري"]), ("O1", "ORG", ["حزب العمال الكردستاني"]),
        ("O2", "ORG", ["قوات الأمن"], "EG")]


def analyse(paragraphs: list[str]) -> Article:
    return analysed(paragraphs, ENTS)


def types(art: Article) -> set[str]:
    return {ev.type for ev in art.events}


def test_here_is_no_congratulation() -> None:
    # «هنا» (here) and «هنّأ» are one word once the hamza is normalized away: only the hamza makes the verb
    assert "SUPPORT" not in types(analyse(["وقال سامر الخطيب إن مصر هنا لتبقى مع تركيا."]))
    assert "SUPPORT" in types(analyse(["هنأ سامر الخطيب تركيا بنجاح الانتخابات."]))


def test_insurgency_waged_is_an_attack() -> None:
    art = analyse(["ويشن حزب العمال الكردستاني تمردا داميا على تركيا منذ عقود."])
    assert "ASSAULT" in types(art)
    assert "ASSAULT" not in types(analyse(["وأعلن سامر الخطيب تمرد الحزب على قرار تركيا."]))


def test_dispersing_protesters_is_coercion() -> None:
    assert "COERCE" in types(analyse(["وتمكنت قوات الأمن من تفريق المتظاهرين في مصر."]))
    assert "COERCE" not in kinds("فرق") or "COERCE" not in types(analyse(["وفازت فرق تركيا على مصر."]))


def test_joint_press_conference_is_a_meeting() -> None:
    art = analyse(["وقال سامر الخطيب في مؤتمر صحفي مشترك مع هادي العامري إن الحوار مستمر."])
    assert "CONSULT" in types(art)


def test_agreement_reached_with_lam() -> None:
    art = analyse(["وجاء ذلك عقب توصل الولايات المتحدة وتركيا لاتفاق حول المدينة."])
    assert "AGREE" in types(art)


def test_clause_opening_request_is_the_verb() -> None:
    art = analyse(["وتناول سامر الخطيب الملف مع مصر، وطلب وقف الحملة الإعلامية على تركيا."])
    assert "REQUEST" in types(art)


def test_narrated_present_stance_goes_on() -> None:
    art = analyse(["ولم تتغير المواقف منذ أشهر، وتتهم تركيا الولايات المتحدة بدعم المقاتلين الأكراد في الشمال."])
    assert [ev.status for ev in art.events if ev.type == "ACCUSE"] == ["ongoing"]
    art = analyse(["وفرضت الولايات المتحدة عقوبات على مصر بتهمة دعم الإرهاب، الأمر الذي تنفيه مصر بشدة في كل مرة."])
    assert all(ev.status == "happened" for ev in art.events if ev.type == "REJECT")


def test_insurgency_waged_since_goes_on() -> None:
    art = analyse(["وتعتبر تركيا الوحدات امتدادا لحزب العمال الكردستاني الذي يقود تمردا ضدها منذ عقود."])
    assert [ev.status for ev in art.events if ev.type == "ASSAULT"] == ["ongoing"]


def test_a_word_in_ta_marbuta_is_no_verb() -> None:
    # "طالبة" (a student) normalizes as "طالبه" (he asked him): no verb ends in ة
    assert "REQUEST" not in types(analyse(["وقالت طالبة من مصر إن تركيا جميلة في الربيع."]))
    assert "REQUEST" in types(analyse(["وطالبه سامر الخطيب بالانسحاب من تركيا فورا."]))

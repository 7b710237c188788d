"""Issue #11, fifth round: trigger families and guards found from the ant-dev2 errors.

The sentences are written for these tests (not copied from a corpus). Each case has a form that
must fire and a sense of the same letters that must not.
"""

from __future__ import annotations

from rasd.analyse import events
from rasd.arabic.event_lexicon import compiled_triggers
from rasd.arabic.normalize import normalize
from rasd.record import Article
from test_events_fixtures import add_entities, make_article

ENTS = [("L1", "LOC", ["مصر"], "EG"), ("L2", "LOC", ["تركيا"], "TR"), ("L3", "LOC", ["الولايات المتحدة"], "US"),
        ("P1", "PER", ["سامر الخطيب"]), ("P2", "PER", ["هادي العامري"]), ("O1", "ORG", ["حزب العمال الكردستاني"]),
        ("O2", "ORG", ["قوات الأمن"], "EG")]


def analyse(paragraphs: list[str]) -> Article:
    art = make_article("", paragraphs)
    art.published = "2018-05-10"
    add_entities(art, ENTS)
    events.annotate(art)
    return art


def types(art: Article) -> set[str]:
    return {ev.type for ev in art.events}


def kinds(word: str) -> set[str]:
    norm = normalize(word)
    return {t.type for t, rx in compiled_triggers() if rx.fullmatch(norm)}


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


def test_pronoun_opening_the_reported_clause_is_the_speaker() -> None:
    art = make_article("", ["وقالت قوات الأمن إنها ألقت القبض على سامر الخطيب في القاهرة."])
    art.published = "2018-05-10"
    add_entities(art, ENTS)
    from rasd.record import Quote

    text = art.text
    qs = text.index("إنها")
    art.quotes = [Quote(start=qs, end=len(text) - 1, text=text[qs:len(text) - 1], kind="indirect",
                        speaker="O2", cue="قالت")]
    events.annotate(art)
    name = {e.id: e.name for e in art.entities}
    got = [(name.get(ev.source), name.get(ev.target)) for ev in art.events if ev.type == "COERCE"]
    assert got and got[0][1] == "سامر الخطيب" and got[0][0] in ("قوات الأمن", "مصر")


def test_meeting_sides_after_the_noun() -> None:
    art = analyse(["وقال سامر الخطيب، بعد اجتماع ثلاثي لمصر وتركيا والولايات المتحدة في الخرطوم، إن الحوار مستمر."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert any({"مصر", "تركيا"} <= sides for sides in met)


def test_meeting_with_a_titled_person_takes_the_person() -> None:
    art = analyse(["وتحدث سامر الخطيب عن العلاقات خلال لقائه مع وزير الخارجية هادي العامري الشهر الماضي."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert any("هادي العامري" in sides for sides in met)


def test_relative_antecedent_wages_the_insurgency() -> None:
    art = analyse(["وتعتبر تركيا الوحدات امتدادا لحزب العمال الكردستاني الذي يشن تمردا على أراضيها منذ عقود."])
    name = {e.id: e.name for e in art.entities}
    assert "حزب العمال الكردستاني" in [name.get(ev.source) for ev in art.events if ev.type == "ASSAULT"]


def test_possessive_meeting_takes_the_one_named_before() -> None:
    art = analyse(["وكان سامر الخطيب قد تناول هذا الملف مرارا في الأشهر الماضية، وطلب وقف الحملة، وذلك خلال لقائه "
                   "مع وزير الخارجية هادي العامري."])
    name = {e.id: e.name for e in art.entities}
    met = [{name.get(x) for x in ev.actors} for ev in art.events if ev.type == "CONSULT"]
    assert {"سامر الخطيب", "هادي العامري"} in met


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

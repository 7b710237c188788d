"""Events whose actors the trigger's syntax does not give: implied countries, shared subjects,
pronoun objects, fallback actors from the sentence, retellings, belief frames and aims."""

from __future__ import annotations

from rasd.analyse.events import layer
from rasd.record import Article
from test_events_news import COUNTRIES, _events, _named


def _of(art: Article, typ: str) -> list:
    return [e for e in art.events if e.type == typ]


def test_a_country_named_only_by_its_army_is_an_implied_actor() -> None:
    art = _events(["وطالبت الخارجية السورية القوات التركية بالانسحاب من عفرين."],
                  [("C3", "LOC", ["سوريا"], "SY"), ("L1", "LOC", ["عفرين"])])
    req = _of(art, "REQUEST")
    assert req and _named(art, req[0].source) == "سوريا"
    # Turkey is named only by its army: no entity of the article (no mention), the event names it
    # and marks it implied, with its ISO record
    assert art.entity(req[0].target) is None and req[0].target == "تركيا"
    assert req[0].implied["تركيا"]["alpha2"] == "TR" and "تركيا" in req[0].actors
    assert not [e for e in art.entities if e.name == "تركيا"]


def test_an_implied_country_keeps_its_country_in_the_event_table() -> None:
    from rasd.analyse.events.table import rows

    art = _events(["وطالبت الخارجية السورية القوات التركية بالانسحاب من عفرين."],
                  [("C3", "LOC", ["سوريا"], "SY"), ("L1", "LOC", ["عفرين"])])
    row = next(r for r in rows(art) if r["type"] == "REQUEST")
    assert row["target"] == "تركيا" and row["target_country"] == "TR"
    assert "TR" in row["actor_countries"]


def test_extract_leaves_the_article_alone() -> None:
    art = _events(["خبر قصير."], COUNTRIES)
    before = list(art.entities)
    layer.extract(art)
    assert art.entities == before


def test_coordinated_verbs_share_their_subject_and_a_pronoun_object_is_the_last_actor() -> None:
    art = _events(["اتهم قيس الخزعلي السعودية بالتسبب في الأذى للشعب العراقي، وطالبها بدفع الثمن."],
                  [("P1", "PER", ["قيس الخزعلي"]), ("C6", "LOC", ["السعودية"], "SA")])
    req = _of(art, "REQUEST")
    assert req and (_named(art, req[0].source), _named(art, req[0].target)) == ("قيس الخزعلي", "السعودية")


def test_an_attack_on_a_named_side_without_a_doer_in_its_syntax() -> None:
    art = _events(["وقالت الوكالة إن طائرات مجهولة شنت أمس ضربات ضد تنظيم الدولة الإسلامية في الرقة."],
                  [("O1", "ORG", ["الوكالة"]), ("O2", "ORG", ["تنظيم الدولة الإسلامية"]), ("L1", "LOC", ["الرقة"])])
    for e in _of(art, "ASSAULT"):
        assert _named(art, e.source) != "الوكالة"  # a reporter before إن is not the doer


def test_a_definite_retelling_joins_the_attack_told_before() -> None:
    art = _events(["شنت الولايات المتحدة غارات جوية على مواقع الجيش السوري.",
                   "وقال مسؤول إن الغارات دمرت مخازن الصواريخ."], COUNTRIES)
    assert len(_of(art, "ASSAULT")) == 1


def test_a_belief_frame_makes_an_event_likely_and_an_aim_makes_it_planned() -> None:
    art = _events(["ويعتقد أن القوات الروسية شاركت في هجوم على قوات سوريا الديمقراطية."],
                  [*COUNTRIES, ("O1", "ORG", ["قوات سوريا الديمقراطية"])])
    att = _of(art, "ASSAULT")
    assert att and att[0].status == "likely"
    art = _events(["وجمعت حركة طالبان عددا من مقاتليها لشن هجوم على القوات الأفغانية."],
                  [("O1", "ORG", ["حركة طالبان"]), ("C7", "LOC", ["أفغانستان"], "AF")])
    att = _of(art, "ASSAULT")
    assert att and att[0].status == "planned"


def test_standing_with_talking_with_attending_and_resigning() -> None:
    art = _events(["وأكد الوزير وقوف إيران مع قطر بعد الحصار.", "وستتواصل قطر مع السعودية بشأن الحج.",
                   "وأعلنت الدوحة عزمها حضور القمة العربية المقبلة في الرياض.", "واستقال رئيس الوزراء هاني الملقي.",
                   "واتفق الطرفان على وقف إطلاق النار مع الفصائل."],
                  [*COUNTRIES, ("C6", "LOC", ["قطر"], "QA"), ("C8", "LOC", ["السعودية"], "SA"),
                   ("L1", "LOC", ["الدوحة"]), ("L2", "LOC", ["الرياض"]), ("P1", "PER", ["هاني الملقي"])])
    sup = _of(art, "SUPPORT")
    assert len(sup) == 1 and (_named(art, sup[0].source), _named(art, sup[0].target)) == ("إيران", "قطر")
    assert any({_named(art, x) for x in e.actors} == {"قطر", "السعودية"} for e in _of(art, "CONSULT"))
    assert any(e.status == "planned" and e.trigger.text == "حضور" for e in _of(art, "CONSULT"))
    assert [_named(art, e.source) for e in _of(art, "CONCEDE")] == ["هاني الملقي"]


def test_an_official_described_by_nationality_is_the_person_named_next() -> None:
    art = _events(["انتقد مسؤول إماراتي بارز سياسة تركيا في المنطقة.",
                   "وكتب أنور قرقاش وزير الدولة للشؤون الخارجية في الإمارات على تويتر أن أنقرة مخطئة."],
                  [*COUNTRIES, ("P1", "PER", ["أنور قرقاش"]), ("C6", "LOC", ["الإمارات"], "AE"),
                   ("L1", "LOC", ["أنقرة"])])
    art.entities[-3].roles = ["وزير الدولة للشؤون الخارجية في الإمارات"]
    from rasd.analyse import events
    events.annotate(art)
    acc = _of(art, "ACCUSE")
    assert acc and (_named(art, acc[0].source), _named(art, acc[0].target)) == ("أنور قرقاش", "تركيا")


def test_a_line_linking_another_story_tells_no_event() -> None:
    art = _events(["للمزيد: روسيا تتهم الولايات المتحدة بخرق الهدنة", "واتهمت روسيا الولايات المتحدة بدعم الإرهاب."],
                  COUNTRIES)
    acc = _of(art, "ACCUSE")
    assert len(acc) == 1 and all(m.start > art.text.index("واتهمت") for m in acc[0].mentions)


def test_a_lone_person_after_an_arrest_undergoes_it_and_the_place_s_state_acts() -> None:
    art = _events(["وذكرت الصحيفة أن عساف اعتقل في سوريا الشهر الماضي."],
                  [*COUNTRIES, ("P1", "PER", ["عساف"])])
    arr = _of(art, "COERCE")
    assert arr and (_named(art, arr[0].source), _named(art, arr[0].target)) == ("سوريا", "عساف")


def test_a_resumptive_pronoun_makes_the_antecedent_the_object() -> None:
    art = _events(["وحذر الأسد المقاتلين الأكراد الذين تدعمهم الولايات المتحدة من استخدام القوة."],
                  [*COUNTRIES, ("P1", "PER", ["الأسد"]), ("O1", "ORG", ["المقاتلين الأكراد"])])
    sup = _of(art, "SUPPORT")
    assert sup and (_named(art, sup[0].source), _named(art, sup[0].target)) == ("الولايات المتحدة",
                                                                                "المقاتلين الأكراد")


def test_an_attack_told_in_another_side_s_words_is_likely() -> None:
    text = "إن الحكومة السورية قصفت مدينة دوما بغاز الكلور"
    art = _events([f"وقال مسؤول أمريكي {text}."], [*COUNTRIES, ("P1", "PER", ["مسؤول أمريكي"], "US"),
                                                 ("O1", "ORG", ["الحكومة السورية"], "SY"), ("L1", "LOC", ["دوما"])],
                  quotes=[(text[3:], "P1", "قال")])
    att = _of(art, "ASSAULT")
    assert att and _named(art, att[0].source) == "سوريا" and att[0].status == "likely"


def test_one_side_s_warning_told_twice_close_together_is_one_event() -> None:
    art = _events(["وهدد بوتين أمس بالرد بقوة.", "وقال الكرملين إن بوتين هدد بالرد على أي هجوم تشنه تركيا."],
                  [*COUNTRIES, ("P1", "PER", ["بوتين"], "RU")])
    assert len(_of(art, "THREATEN")) == 1
    assert not _of(art, "ASSAULT")  # "أي هجوم": any attack, none that took place


def test_dropping_bombs_is_an_attack_and_giving_a_speech_is_not() -> None:
    art = _events(["وألقت الطائرات الروسية براميل متفجرة على مدينة إدلب.", "وألقى بوتين كلمة أمام البرلمان.",
                   "وأوقفت الولايات المتحدة صفقة بيع طائرات إلى تركيا."],
                  [*COUNTRIES, ("P1", "PER", ["بوتين"], "RU"), ("L1", "LOC", ["إدلب"])])
    att = _of(art, "ASSAULT")
    assert len(att) == 1 and _named(art, att[0].source) == "روسيا"
    san = _of(art, "SANCTION")
    assert san and (_named(art, san[0].source), _named(art, san[0].target)) == ("الولايات المتحدة", "تركيا")


def test_a_past_perfect_is_no_likelihood_and_a_decision_is_a_plan() -> None:
    art = _events(["وكان بوتين قد توعد تركيا بالرد.", "ودعا ماكرون ترامب إلى العدول عن قراره سحب القوات الأمريكية من سوريا."],
                  [*COUNTRIES, ("P1", "PER", ["بوتين"], "RU"), ("P2", "PER", ["ماكرون"]), ("P3", "PER", ["ترامب"])])
    thr = _of(art, "THREATEN")
    assert thr and thr[0].status == "happened"
    ret = _of(art, "RETREAT")
    assert ret and ret[0].status == "planned"


def test_agreeing_alone_to_an_evacuation_is_a_concession() -> None:
    art = _events(["ووافقت الحكومة السورية على إجلاء بعض المرضى من الغوطة.", "ووافق مجلس الوزراء على تعيينات جديدة."],
                  [*COUNTRIES, ("O1", "ORG", ["الحكومة السورية"], "SY"), ("O2", "ORG", ["مجلس الوزراء"]),
                   ("L1", "LOC", ["الغوطة"])])
    assert [_named(art, e.source) for e in _of(art, "CONCEDE")] == ["سوريا"]
    assert not _of(art, "AGREE")

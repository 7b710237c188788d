"""The learned status decision (rasd.analyse.events.status): features and how a model overrides the rules."""

from __future__ import annotations

from rasd.analyse.events import status


def _toy(min_p: float = 0.0) -> dict:
    # a model that reads "ongoing" off a present-tense stance verb and otherwise leans on the rules' label
    labels = ["happened", "ongoing", "planned", "likely"]
    weights = {lab: {f"rule={lab}": 2.0} for lab in labels}
    weights["ongoing"]["form=present"] = 5.0
    return {"labels": labels, "bias": dict.fromkeys(labels, 0.0), "weights": weights, "min_p": min_p}


def test_features_read_tense_particles_and_context() -> None:
    f = status.features("وقال الوزير إن بلاده لن", "تدعم", "الاتفاق المقبل", "SUPPORT", "verb", "happened",
                        quoted=True, title=False, dated="none")
    assert "form=present" in f and "p3=لن" in f and "cue=report" in f and "after=future" in f
    assert "rule=happened" in f and "quoted=True" in f
    assert "form=future" in status.features("", "وسيلتقي", "", "CONSULT", "verb", "planned", quoted=False,
                                            title=False, dated="none")
    assert "purpose" in status.features("يسعى", "لاطلاق", "", "RETREAT", "noun", "planned", quoted=False,
                                        title=False, dated="none")


def test_date_relation_to_publication() -> None:
    def rel(date: str | None) -> list[str]:
        return [f for f in status.mention_features("التقى الوزير نظيره", 6, 13, (0, 19), "CONSULT", "verb",
                                                    "happened", quoted=False, title=False, date=date,
                                                    published="2018-03-10")
                if f.startswith("dated=")]
    assert rel(None) == ["dated=none"] and rel("2018-03") == ["dated=vague"]
    assert rel("2018-03-09") == ["dated=before"] and rel("2018-03-10") == ["dated=same"]
    assert rel("2018-03-12") == ["dated=after"]


def test_decide_follows_the_model_only_when_sure() -> None:
    feats = ["rule=happened", "form=present"]
    assert status.decide(feats, "happened", _toy()) == "ongoing"
    assert status.decide(feats, "happened", _toy(min_p=0.999)) == "happened"  # not sure enough: the rules
    assert status.decide(["rule=planned", "form=future"], "planned", _toy()) == "planned"
    assert status.decide(feats, "denied", _toy()) == "denied"  # a denial stays the rules' call


def test_without_a_model_the_rules_stand_and_nothing_is_computed(monkeypatch) -> None:
    monkeypatch.setattr(status, "model", lambda: None)
    assert status.of_mention("لا تزال روسيا تدعم", 14, 18, (0, 18), "SUPPORT", "verb", "ongoing", quoted=False,
                             title=False, date=None, published=None) == ("ongoing", ())
    monkeypatch.setattr(status, "COLLECT", True)
    st, feats = status.of_mention("لا تزال روسيا تدعم", 14, 18, (0, 18), "SUPPORT", "verb", "ongoing",
                                  quoted=False, title=False, date=None, published=None)
    assert st == "ongoing" and "rule=ongoing" in feats


def test_decide_leaves_kept_forms_to_the_rules() -> None:
    # a model that always says "happened" changes no present-tense verb when told to keep that form
    m = {"labels": ["happened", "ongoing"], "bias": {"happened": 5.0, "ongoing": 0.0},
         "weights": {"happened": {}, "ongoing": {}}, "keep_forms": ["present"]}
    assert status.decide(["rule=ongoing", "form=present"], "ongoing", m) == "ongoing"
    assert status.decide(["rule=ongoing", "form=noun"], "ongoing", m) == "happened"

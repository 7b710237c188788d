"""The target of a denial whose object is a pronoun (issue #11, session 9): «وهو ما نفاه X في كلمة
أمام Y» denies the claim told before, so the claimant is the target, never the name after the verb.

The sentences are written for these tests (not copied from a corpus).
"""

from __future__ import annotations

from rasd.analyse.events.arguments import _pronoun_object
from rasd.analyse.events.layer import _TRIGGER_LIST
from test_events_fixtures import analysed, typed

ENTS = [("P1", "PER", ["أوهورو كينياتا"]), ("P2", "PER", ["رايلا أودينغا", "أودينغا"]), ("O1", "ORG", ["الاتحاد الأفريقي"]),
        ("O2", "ORG", ["البرلمان الأوروبي"]), ("L1", "LOC", ["فرنسا"], "FR")]


def _reject_verb():
    return next(t for t in _TRIGGER_LIST if t.type == "REJECT" and t.pos == "verb" and "نفي" in t.pattern)


def test_denial_with_pronoun_object_targets_the_claimant_not_the_audience() -> None:
    art = analysed(["اتهم أوهورو كينياتا المعارضة بالتحريض على العنف، وهو ما نفاه رايلا أودينغا في خطاب "
                    "ألقاه أمام الاتحاد الأفريقي."], ENTS)
    assert ("رايلا أودينغا", "أوهورو كينياتا") in typed(art, "REJECT")
    assert all(t != "الاتحاد الأفريقي" for _, t in typed(art, "REJECT"))


def test_denial_without_pronoun_keeps_its_named_object() -> None:
    # «نفى X اتهامات فرنسا»: no pronoun, the one named after the verb is still what is denied
    art = analysed(["ونفى رايلا أودينغا اتهامات فرنسا في خطاب أمام البرلمان الأوروبي."], ENTS)
    assert typed(art, "REJECT") == [("رايلا أودينغا", "فرنسا")]


def test_pronoun_object_reads_the_suffix_of_the_trigger_verb() -> None:
    trig = _reject_verb()
    assert _pronoun_object(trig, "نفاه")  # a final ى written ا before the suffix
    assert _pronoun_object(trig, "تنفيه")
    assert not _pronoun_object(trig, "نفي")  # no suffix

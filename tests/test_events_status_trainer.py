"""The dev scripts of the events status work: locating a gold trigger in rasd's text, fitting the status model."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from rasd.analyse.events import status

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        spec.loader.exec_module(mod)  # type: ignore[union-attr]
        return mod
    finally:
        sys.path.remove(str(SCRIPTS))


def test_locate_finds_the_gold_trigger_behind_a_title() -> None:
    misses = _load("events_misses")
    raw = "زار الوزير موسكو. ثم زار الوزير بكين."
    ge = {"trigger_start": raw.index("زار الوزير بكين"), "trigger_end": raw.index("زار الوزير بكين") + 3}
    seen = "عنوان الخبر\n\n" + raw  # rasd's text: the title, then the body
    s, e = misses.locate({"text": raw}, ge, seen)
    assert seen[s:e] == "زار" and seen[s:].startswith("زار الوزير بكين")
    assert misses.locate({"text": raw}, ge, "نص آخر لا يحوي الفعل") is None


def test_fit_learns_an_override_the_rules_miss() -> None:
    trainer = _load("train_event_status")
    data = [(["rule=happened", "form=present"], "ongoing", "happened")] * 8 \
        + [(["rule=happened", "form=past"], "happened", "happened")] * 8 \
        + [(["rule=planned", "form=future"], "planned", "planned")] * 4
    m = trainer.fit(data, l2=0.1, epochs=200)
    assert status.decide(["rule=happened", "form=present"], "happened", m) == "ongoing"
    assert status.decide(["rule=happened", "form=past"], "happened", m) == "happened"
    assert status.decide(["rule=planned", "form=future"], "planned", m) == "planned"

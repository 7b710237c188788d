"""The messy-scrape benchmark: a pure, seeded generator, a frozen spec without text, floors on dev."""

from __future__ import annotations

import json
import os

import pytest

from rasd.eval import repair as bench
from rasd.eval import shared_dir
from rasd.eval.repair_gen import KINDS, CleanArticle, corrupt

ART = CleanArticle(
    "x1", "okaz", "2015-08-10", "افتتاح مستشفى جديد في الرياض",
    ["أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير.",
     "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية.",
     "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال.",
     "وتوقع أن يبدأ المستشفى استقبال المرضى مطلع العام المقبل بعد اكتمال التجهيزات."])
HEADLINES = ["منتخب البرازيل يفوز على الأرجنتين في نهائي كأس القارات",
             "ارتفاع أسعار النفط في الأسواق العالمية بنسبة اثنين بالمئة",
             "أمطار غزيرة تغرق شوارع جدة وتعطل حركة السير"]


def test_generator_is_pure_and_seeded() -> None:
    a = corrupt(ART, 7, "dev", HEADLINES, HEADLINES, HEADLINES)
    b = corrupt(ART, 7, "dev", HEADLINES, HEADLINES, HEADLINES)
    assert a == b
    assert any(corrupt(ART, s, "dev", HEADLINES, HEADLINES, HEADLINES).raw != a.raw for s in range(8, 12))


@pytest.mark.parametrize("seed", range(40))
def test_gold_and_junk_are_in_the_raw_text(seed: int) -> None:
    case = corrupt(ART, seed, "test", HEADLINES, HEADLINES, HEADLINES)
    assert case.kinds and set(case.kinds) <= set(KINDS)
    assert case.raw.startswith(ART.title + "\n")
    flat = "".join(case.raw.split())
    for p in case.paragraphs:
        assert "".join(p.split()) in flat
    for j in case.junk:
        assert j["text"] in case.raw
    assert set(case.headlines) <= set(HEADLINES)


def test_spec_holds_ids_and_seeds_only() -> None:
    rows = [json.loads(line) for line in open(bench.SPEC, encoding="utf-8")]
    assert len(rows) == 800 and {r["split"] for r in rows} == {"dev", "test"}
    assert all(set(r) == {"id", "outlet", "split", "seed"} for r in rows)
    dev = {r["outlet"] for r in rows if r["split"] == "dev"}
    test = {r["outlet"] for r in rows if r["split"] == "test"}
    assert not dev & test  # the split is by outlet (and by date)


@pytest.mark.skipif(shared_dir() is None or not (shared_dir() / "data" / "news").is_dir(),
                    reason="../shared news not present")
def test_dev_floors_and_the_shared_gold() -> None:
    from rasd.eval.repair_gen import build_cases, load_pool

    shared = shared_dir()
    assert shared is not None
    spec = [json.loads(line) for line in open(bench.SPEC, encoding="utf-8")]
    cases = build_cases(load_pool(shared), spec, "dev")
    rows = bench.score(cases, bench.repair_cases(cases))
    assert rows["all"]["perfect"] >= 94.0
    assert rows["all"]["lost"] <= 0.2
    assert rows["all"]["junk_out"] >= 98.0
    gold = bench.gold_junk(shared)
    if gold is not None:
        removed, junk, kept, clean = gold
        assert kept == clean  # no clean line of the annotated articles is dropped
        assert removed >= 4


def test_split_flag_reaches_the_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasd.cli import main

    monkeypatch.setenv("RASD_SHARED", "/nonexistent")
    monkeypatch.delenv("RASD_EVAL_SPLIT", raising=False)
    assert main(["eval", "repair", "--split", "dev"]) == 0  # skipped cleanly without the data
    assert os.environ.get("RASD_EVAL_SPLIT") == "dev"

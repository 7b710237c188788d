"""The quotes annotation set, its scorer, and the quotes layer on real texts (../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.analyse.quotes import find_quotes
from rasd.eval import quotes as qeval
from rasd.record import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (annotated texts) is absent")


def test_eval_skips_cleanly_without_shared(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RASD_SHARED", str(tmp_path / "nowhere"))
    assert qeval.main([]) == 0
    assert "skipped" in capsys.readouterr().out


def test_annotation_set_is_offsets_and_labels_only() -> None:
    docs = qeval.load_set(qeval.DEFAULT_SET)
    quotes = [q for d in docs for q in d["quotes"]]
    assert len(quotes) >= 60
    assert {d["split"] for d in docs} == {"dev", "test", "test2", "test3"}
    for d in docs:
        assert set(d) <= {"doc", "line", "url", "offsets", "split", "quotes"}
        assert d["offsets"] in ("content", "repaired")
        for q in d["quotes"]:
            assert set(q) == {"start", "end", "kind", "speaker", "cue"}  # no quoted text stored
            assert 0 <= q["start"] < q["end"] and q["kind"] in ("direct", "indirect")
            assert q["speaker"] and len(q["speaker"]) < 60 and q["cue"]


def test_speaker_matching_rule() -> None:
    assert qeval.speaker_ok("الحميقاني", ["عبد العزيز عبد ربه الحميقاني"])
    assert qeval.speaker_ok("أشقاء الشهيد", ["أشقاء الشهيد عن فخرهم"])
    assert not qeval.speaker_ok("جورجيوس دونيس", ["مدرب الهلال"])
    assert not qeval.speaker_ok("لين جيان", [])


@needs_shared
def test_quality_floor_on_the_annotation_set(monkeypatch: pytest.MonkeyPatch) -> None:
    # quotes alone (no entity layer), so the floor does not move with the NER model
    monkeypatch.setenv("RASD_EVAL_ENTITIES", "0")
    docs = qeval.load_set(qeval.DEFAULT_SET)
    s = qeval.evaluate(docs, SHARED)
    assert s["gold"] >= 60
    # 0.92, not 0.93: this set predates two conventions of the ANT gold the layer now follows — a
    # reporting verb's verbal-noun object is what is stated (نفت ارتكاب أي مخالفات), and a quoted
    # stretch inside a reported clause is part of the indirect quote (أن X "…") — so a few quotes
    # right by the ANT gold count as spurious or cut here; 0.915 since session 9, when a headline's
    # accusation «تتهم إسبانيا بانتهاك سيادتها» (rule 1 of the ANT conventions) became one more such quote;
    # 0.914 since session 11, when a form IV stance participle's complement («مشيراً إلى اكتمال الاستعدادات…», a
    # verbal noun after إلى, as the ANT dev gold marks it: dev, dev2, dev8 and dev10 each gained one) became another
    # (exact F1 0.9 -> 0.895 for the same quote)
    assert s["overlap_f1"] >= 0.914 and s["exact_f1"] >= 0.895
    assert s["kind_acc"] >= 0.95 and s["speaker_acc"] >= 0.85
    held_out = qeval.evaluate([d for d in docs if d["split"].startswith("test")], SHARED)
    assert held_out["overlap_f1"] >= 0.9 and held_out["speaker_acc"] >= 0.8


@needs_shared
def test_offsets_hold_on_real_articles() -> None:
    files = sorted((SHARED / "data/news/saudinewsnet").glob("*/*.jsonl"))[:6]
    n = 0
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines()[:50]:
            art = Article(paragraphs=[json.loads(line)["content"]])
            art.build_text()
            for q in find_quotes(art):
                assert art.text[q.start:q.end] == q.text and q.start < q.end
                n += 1
    assert n > 100


@needs_shared
def test_seed_quote_checks_end_to_end() -> None:
    """The seed's six quote checks, through the whole pipeline (repair, entities, quotes)."""
    seed = SHARED / "seed"
    from rasd.pipeline import process_text

    try:
        result = process_text((seed / "seed.txt").read_text(encoding="utf-8")).to_json()
    except ImportError as exc:  # a layer still in progress
        pytest.skip(f"the pipeline is not complete yet: {exc}")
    check = subprocess.run([sys.executable, str(seed / "check_seed.py")], input=result,
                           capture_output=True, text=True, timeout=60)
    lines = [ln for ln in check.stdout.splitlines() if " quote by " in ln]
    assert len(lines) == 6 and all(ln.startswith("PASS") for ln in lines), "\n".join(lines)

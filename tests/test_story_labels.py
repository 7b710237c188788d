"""The hand-labelled story pairs: ids only, cross-outlet, the month split, the frozen test half;
and the session-5 variant helpers of scripts/story_variants.py (no ../shared needed)."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from rasd.corpus.storysim import hours
from rasd.eval.stories import ANT_LABELS

ROOT = Path(__file__).resolve().parents[1]
TEST_MONTHS = {"02", "05", "07", "09"}  # the frozen half: pairs whose earlier article is of these months
# sha256 of the sorted (a, b, label) of the test half as frozen (180 pairs, 51 same story)
TEST_DIGEST = "8eafd301bf7e3a0387bf1c2cdfd1c648f3f115255747daddcc741fc8cc35a053"


def _rows() -> list[dict]:
    return [json.loads(line) for line in ANT_LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_pairs_are_ids_only_cross_outlet_and_unique() -> None:
    rows = _rows()
    seen = set()
    for r in rows:
        assert set(r) <= {"a", "b", "pool", "split", "label", "round", "note"}, r
        assert r["label"] in (0, 1) and r["split"] in ("dev", "test")
        assert r["a"][:2] != r["b"][:2], r  # two outlets (BB, CN, FR docno prefixes)
        key = frozenset((r["a"], r["b"]))
        assert len(key) == 2 and key not in seen, r
        seen.add(key)
        assert len(r.get("note", "")) < 400  # a short reason, never article text


def test_the_split_follows_the_month_of_the_earlier_article() -> None:
    for r in _rows():
        month = min(r["a"][-8:], r["b"][-8:])[4:6]
        assert (r["split"] == "test") == (month in TEST_MONTHS), r


def test_the_test_half_is_frozen() -> None:
    test = sorted((r["a"], r["b"], r["label"]) for r in _rows() if r["split"] == "test")
    assert len(test) == 180 and sum(t[2] for t in test) == 51
    assert hashlib.sha256(json.dumps(test).encode()).hexdigest() == TEST_DIGEST


def test_relabelled_pairs_are_dev_and_say_to_what() -> None:
    fixed = [r for r in _rows() if "relabelled" in r.get("note", "")]
    assert fixed, "the session-5 fixes carry a note"
    for r in fixed:
        assert r["split"] == "dev"
        assert f"->{r['label']}" in r["note"], r


def _variants():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "scripts"))
    import story_variants

    return story_variants


def test_days_named_reads_every_weekday_in_local_time() -> None:
    sv = _variants()
    h = hours("2018-04-18T22:30:00+00:00")  # a Wednesday in UTC, already Thursday at UTC+3
    thursday = date(2018, 4, 19).toordinal()
    assert sv.days_named("خبر بلا يوم", h) == {thursday}
    # Tuesday and Sunday of that week, both before publication (never a day to come)
    got = sv.days_named("قال الثلاثاء إن اجتماع الأحد فشل", h)
    assert got == {date(2018, 4, 17).toordinal(), date(2018, 4, 15).toordinal()}
    assert sv.days_named("الثلاثاء", None) == set()


def test_character_grams_join_spelling_variants_that_stems_keep_apart() -> None:
    sv = _variants()
    a, b, c = sv.char_grams("تورونتو"), sv.char_grams("تورنتو"), sv.char_grams("باريس")
    assert set(a) & set(b) and not set(a) & set(c)
    assert "#تور" in sv.char_grams("التورنتو")  # the article is dropped before the grams

"""The shipped NER model: interface, spans, robustness, and the ANERcorp quality floor."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rasd.analyse.ner import TYPES, bio_spans, tag_text, tag_tokens
from rasd.analyse.ner.tagger import clitic_offset, model_dir
from rasd.arabic.tokenize import tokenize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEST_SPLIT = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"
FLOOR = 70.0
VALID = {"O"} | {f"{p}-{t}" for p in "BI" for t in TYPES}


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], t) for s, e, t in tag_text(text)]


def test_model_files_ship_and_load_fast():
    import subprocess
    import sys

    d = model_dir()
    assert (d / "model.crfsuite").stat().st_size < 30_000_000
    assert sum(p.stat().st_size for p in d.iterdir()) < 20_000_000  # shipped tables stay small
    assert (d / "MODEL_CARD.md").exists()
    # the model loads on its own (load time is a benchmark figure: benchmarks/bench_ner.py), and
    # `import rasd` does not load it
    code = ("import sys, rasd; assert 'pycrfsuite' not in sys.modules; "
            "from rasd.analyse.ner import tagger; tagger._model(); print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_tag_tokens_shape_and_labels():
    toks = "قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة".split()
    tags = tag_tokens(toks)
    assert len(tags) == len(toks)
    assert set(tags) <= VALID
    assert tag_tokens([]) == []
    spans = {(" ".join(toks[a:b]), t) for a, b, t in bio_spans(tags)}
    assert ("جورج بوش", "PER") in spans
    assert ("واشنطن", "LOC") in spans


def test_model_attributes_match_crfsuite():
    import pycrfsuite

    from rasd.analyse.ner.tagger import model_attributes

    path = model_dir() / "model.crfsuite"
    t = pycrfsuite.Tagger()
    t.open(str(path))
    assert model_attributes(path) == {a for a, _ in t.info().state_features}
    assert model_attributes(model_dir() / "MODEL_CARD.md") is None


def test_filtered_features_tag_the_same():
    """Dropping attributes the model lacks (and passing bytes) must not change a tag."""
    from rasd.analyse.ner.features import Featurizer
    from rasd.analyse.ner.tagger import _model, stacked_tags

    m = _model()
    plain = Featurizer(m.featurizer.resources)
    for sent in ("قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة".split(),
                 "وقال Barack Obama في مؤتمر صحفي يوم ١٢ مايو".split(), ["x"], ["!!!", "", "وَقَالَ"]):
        stacked = stacked_tags(m.stack, sent)
        if m.stack is not None:  # the stacked tagger's own filtering must not change its tags either
            st, sfz = m.stack
            assert list(st.tag(Featurizer(sfz.resources).sequence(sent))) == stacked
        assert list(m.tagger.tag(plain.sequence(sent, stacked))) == tag_tokens(sent)
        assert all(isinstance(f, str) for item in plain.sequence(sent, stacked) for f in item)


def test_tag_text_tokens_agree_with_tokenize():
    from rasd.analyse.ner.tagger import _sentence_tokens
    from rasd.arabic.sentences import split_sentences

    text = ('قال "بريكس".وحسب 3.5 و10:30 في e-mail ،الرئيس؟ وَقَالَ ١٢٫٥% Barack O\'Neil…\n\nسطر ثان')
    got = [(s, [(m.group(), m.start(), m.end(), m.lastgroup) for m in ms]) for s, ms in _sentence_tokens(text)]
    want = [(s, [(t.text, t.start, t.end, t.kind) for t in tokenize(text[s:e])]) for s, e in split_sentences(text)]
    assert got == [w for w in want if w[1]]


def test_bio_spans_conll_convention():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC"]) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC")]
    assert bio_spans(["B-ORG", "I-PER"]) == [(0, 1, "ORG"), (1, 2, "PER")]


def _bio_spans_reference(tags):
    """The convention spelled out tag by tag (bio_spans skips the O tags)."""
    spans, start, kind = [], -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if prefix == "I" and typ == kind and start >= 0:
            continue
        if start >= 0:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I"):
            start, kind = i, typ
    return spans


def test_bio_spans_matches_the_tag_by_tag_reading():
    import random

    rng = random.Random(17)
    pool = ["O", "O", "B-PER", "I-PER", "I-ORG", "B-LOC", "I-LOC", "X", "B", "I-"]
    for _ in range(5000):
        tags = [rng.choice(pool) for _ in range(rng.randint(0, 10))]
        assert bio_spans(tags) == _bio_spans_reference(tags), tags


def test_span_excludes_leading_clitic_word():
    text = "ووزير الخارجية الصيني وانغ يي"
    assert ("وانغ يي", "PER") in _spans(text)


def test_clitic_offset_trims_only_attested_bare_forms():
    lex = {"وزاره": 50, "لبنان": 175, "بريطانيا": 37, "وبريطانيا": 14}
    assert clitic_offset("لوزارة", lex) == 1
    assert clitic_offset("وبريطانيا", lex) == 1
    assert clitic_offset("لبنان", lex) == 0
    assert clitic_offset("وانغ", lex) == 0
    assert clitic_offset("وإسرائيل", {}) == 1  # و before hamza-alef: the conjunction
    assert clitic_offset("وَبِرِيطَانِيَا", lex) == 2  # marks are skipped: و + fatha


def test_spans_are_views_of_text():
    text = "أعلن الاتحاد الأوروبي في بروكسل أن رئيس الوزراء البريطاني توني بلير سيزور القاهرة."
    spans = tag_text(text)
    assert spans, "expected entities"
    for s, e, t in spans:
        assert 0 <= s < e <= len(text) and t in TYPES
        assert text[s:e] == text[s:e].strip()
    assert ("توني بلير", "PER") in _spans(text)
    assert ("القاهرة", "LOC") in _spans(text)


def test_diacritics_do_not_change_tags():
    plain = "وقال الرئيس المصري حسني مبارك في القاهرة"
    vowelled = "وَقَالَ الرَّئِيسُ المِصْرِيُّ حُسْنِي مُبَارَك فِي القَاهِرَةِ"
    assert tag_tokens(plain.split()) == tag_tokens(vowelled.split())
    spans = _spans(vowelled)
    assert ("حُسْنِي مُبَارَك", "PER") in spans


def test_latin_script_and_arabic_indic_digits():
    text = "وقال Barack Obama في مؤتمر صحفي يوم ١٢ مايو ٢٠٠٩ في واشنطن"
    tags = tag_tokens([t.text for t in tokenize(text)])
    assert set(tags) <= VALID
    spans = _spans(text)
    assert ("واشنطن", "LOC") in spans
    # digits are never an entity start here, whatever their script
    assert not any(t.startswith(("١", "٢")) for t, _ in spans)
    assert tag_tokens("في ٢٠٠٩ زار بوش".split()) == tag_tokens("في 2009 زار بوش".split())


def test_very_long_sentence_and_odd_input():
    unit = "وقال الرئيس جورج بوش في واشنطن إن العراق ".split()
    toks = unit * 1500  # 13,500 tokens, no sentence break
    t0 = time.process_time()
    tags = tag_tokens(toks)
    assert time.process_time() - t0 < 30  # linear: ~1 s of CPU; a quadratic pass would take minutes
    assert len(tags) == len(toks) and set(tags) <= VALID
    assert tag_text("") == []
    assert tag_text("   \n\n ") == []
    assert set(tag_tokens(["", " ", "\u200f", "ـــ", "!!!"])) <= VALID


@pytest.mark.skipif(not TEST_SPLIT.exists(), reason="ANERcorp test split (../shared) absent")
def test_anercorp_test_split_floor(capsys):
    from rasd.eval.ner import main

    assert main([str(TEST_SPLIT)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].startswith("micro-F1: ")
    # Floor of the shipped CRF (measured 71.02); the issue asks for 80 — not reached yet.
    assert float(out[-1].split()[-1]) >= FLOOR

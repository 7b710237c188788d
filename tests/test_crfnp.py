"""The numpy CRF tagger (rasd.analyse.ner.crfnp) against crfsuite itself: the same tags, always."""

from __future__ import annotations

import random

import numpy as np
import pytest

pycrfsuite = pytest.importorskip("pycrfsuite")

from rasd.analyse.ner.crfnp import FastCRF, _CrfsuiteViterbi, read_model  # noqa: E402
from rasd.analyse.ner.tagger import _model, model_dir  # noqa: E402


@pytest.fixture(scope="module")
def model():
    m = _model()
    if m.fast is None:
        pytest.skip("the shipped model has a stacked tagger: the numpy path is not used")
    return m


def test_read_model_matches_crfsuite_info():
    path = model_dir() / "model.crfsuite"
    w = read_model(path)
    assert w is not None
    t = pycrfsuite.Tagger()
    t.open(str(path))
    info = t.info()
    lab = {x: i for i, x in enumerate(w.labels)}
    att = {x: i for i, x in enumerate(w.attrs)}
    assert set(w.labels) == set(t.labels())
    # info() reads crfsuite's text dump: weights rounded to 6 decimals
    assert {(w.attrs[i], w.labels[j]) for i, j in zip(*np.nonzero(w.state), strict=True)} == set(info.state_features)
    for (a, y), v in info.state_features.items():
        assert abs(w.state[att[a], lab[y]] - v) <= 5e-7
    for (a, b), v in info.transitions.items():
        assert abs(w.trans[lab[a], lab[b]] - v) <= 5e-7
    assert not w.state[-1].any()  # the padding row
    assert read_model(model_dir() / "MODEL_CARD.md") is None


def _random_sentences(m, rng: random.Random, n: int) -> list[list[str]]:
    """Real words (entity starts, common words), their clitic forms, junk, digits and Latin."""
    vocab = sorted(m.lexicon)[:4000] + sorted(m.common)[:2000]
    extra = ["", "|", "||", "!!!", "\u200f", "ـــ", "وَقَالَ", "2015", "١٢", "Obama", "NATO", "x", "<s>", "</s>"]
    out = []
    for _ in range(n):
        k = rng.choice([1, 2, 3, 5, 12, 40])
        sent = []
        for _ in range(k):
            r = rng.random()
            w = rng.choice(extra) if r < 0.1 else rng.choice(vocab)
            if 0.1 <= r < 0.3:
                w = rng.choice("وفبلك") + w
            elif 0.3 <= r < 0.35:
                w = "".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي") for _ in range(rng.randint(2, 9)))
            sent.append(w)
        out.append(sent)
    return out


def test_fast_tags_equal_crfsuite_on_random_sentences(model):
    rng = random.Random(17)
    fresh = FastCRF(read_model(model_dir() / "model.crfsuite"), model.featurizer)  # cold cache
    for _ in range(5):
        sents = _random_sentences(model, rng, 60)
        expected = [list(model.tagger.tag(model.featurizer.sequence(s))) for s in sents]
        assert fresh.tag(sents) == expected
        assert model.fast.tag(sents) == expected


def test_fast_tags_equal_crfsuite_on_text(model):
    sents = [
        "قال الرئيس الأمريكي جورج بوش في واشنطن إن الأمم المتحدة".split(),
        "وقال Barack Obama في مؤتمر صحفي يوم ١٢ مايو".split(),
        ["x"], [], ["!!!", "", "وَقَالَ"],
        ("وأكد وزير الخارجية السعودي عادل الجبير " * 30).split(),  # long: one sequence of 180 tokens
    ]
    got = model.fast.tag(sents)
    assert got == [list(model.tagger.tag(model.featurizer.sequence(s))) if s else [] for s in sents]


def test_viterbi_backends_agree_on_random_scores_and_ties(model):
    try:
        ct = _CrfsuiteViterbi(model.fast.trans)
    except OSError:
        pytest.skip("crfsuite's Viterbi cannot be called here")
    rng = np.random.default_rng(5)
    L = len(model.fast.labels)
    for trial in range(30):
        lens = [int(x) for x in rng.integers(1, 60, size=rng.integers(1, 8))]
        state = rng.normal(size=(sum(lens), L))
        if trial % 3 == 0:
            state = np.round(state)  # many exact ties between labels
        elif trial % 3 == 1:
            state[:] = 0.0
        assert ct(state, lens) == model.fast._viterbi_np(state, lens)


def test_tables_reset_when_full_keep_tags(model, monkeypatch):
    import rasd.analyse.ner.crfnp as crfnp

    monkeypatch.setattr(crfnp, "_MAX_TYPES", 50)  # forget the types every few batches
    fresh = FastCRF(read_model(model_dir() / "model.crfsuite"), model.featurizer)
    rng = random.Random(23)
    for _ in range(6):
        sents = _random_sentences(model, rng, 10)
        assert fresh.tag(sents) == [list(model.tagger.tag(model.featurizer.sequence(s))) for s in sents]
    assert fresh._n <= 50 + sum(len(s) for s in sents) + 2

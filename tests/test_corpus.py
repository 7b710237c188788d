"""The pure corpus engines: shingles, MinHash, LSH, near-duplicates, search view and queries, stories."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from rasd.arabic.normalize import normalize
from rasd.corpus.dedup import DedupConfig, find_duplicates
from rasd.corpus.lsh import band_keys, candidate_pairs, choose_bands, collision_probability
from rasd.corpus.minhash import MinHasher
from rasd.corpus.search import keys, parse_query, search_view, snippet
from rasd.corpus.shingles import jaccard, prepare, prepare_many, shingle_sets
from rasd.corpus.stories import StoryDoc, build_stories

VOCAB = ("الرئيس وزير الخارجية الصين روسيا المملكة مجلس الأمن اجتماع قمة اتفاق النفط أسعار السوق الرياض "
         "جدة القاهرة الحكومة البرلمان الانتخابات الجيش القوات هجوم الحدود اليمن عدن صنعاء الاقتصاد البنك "
         "المركزي التضخم الفائدة الدولار الأسهم المؤشر الشركة الأرباح الربع الثاني المدرسة الطلاب الجامعة "
         "التعليم الصحة المستشفى المرضى الأطباء الكهرباء المياه الطاقة الشمسية المشروع البناء الطريق").split()


def make_text(rng: random.Random, n: int = 120) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(n))


def edit(rng: random.Random, text: str, frac: float) -> str:
    words = text.split()
    for _ in range(int(len(words) * frac)):
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
    return " ".join(words)


def test_prepare_matches_arabic_normalize() -> None:
    samples = ["قالَ الرئيسُ إنّ «الصين» ﻻ ترفض… ٢٠١٥", "Hello WORLD أإآ ى ة ـــ", "", "ﷺ x\u200cy"]
    assert prepare_many(samples) == [normalize(s).lower() for s in samples]
    assert prepare("\x00a\x01b") == normalize(" a b")  # separator characters are blanked, not split on


def test_shingles_are_deterministic_and_normalization_blind() -> None:
    a = "قالَ الرئيسُ إنّ الاجتماع سيعقد في الرياض يوم الأحد المقبل"
    b = "قال الرئيس إن الاجتماع سيعقد في الرياض يوم الاحد المقبل"
    sa, sb = shingle_sets([a, b])
    assert len(sa) == len(a.split()) - 4
    assert jaccard(sa, sb) == 1.0
    # Same text in another batch position and batch size: same hashes.
    again = shingle_sets(["نص آخر تماما", "x", a], batch=2)[2]
    assert np.array_equal(np.sort(again), np.sort(sa))
    assert len(shingle_sets(["كلمة واحدة"])[0]) == 1  # fewer than k words: one shingle
    assert len(shingle_sets(["... ،،"])[0]) == 0
    assert not np.array_equal(shingle_sets([a], seed=1)[0], sa)


def test_jaccard_exact() -> None:
    a = np.array([1, 2, 3, 4], dtype=np.uint64)
    b = np.array([3, 4, 5, 6, 3], dtype=np.uint64)
    assert jaccard(a, b) == pytest.approx(2 / 6)
    assert jaccard(a[:0], b[:0]) == 0.0


def test_minhash_estimates_jaccard() -> None:
    rng = np.random.default_rng(0)
    base = rng.integers(0, 2**63, 2000, dtype=np.uint64)
    for keep in (0.5, 0.8, 0.95):
        m = int(len(base) * keep)
        other = np.concatenate([base[:m], rng.integers(0, 2**63, len(base) - m, dtype=np.uint64)])
        true = jaccard(base, other)
        sig = MinHasher(128, seed=3).signatures([base, other])
        assert abs(float(np.mean(sig[0] == sig[1])) - true) < 0.12
    with pytest.raises(ValueError):
        MinHasher(100)


def test_minhash_densifies_short_sets_and_is_seedable() -> None:
    short = np.array([12345678901234567], dtype=np.uint64)
    sig = MinHasher(64, seed=1).signatures([short, short, np.zeros(0, dtype=np.uint64)])
    assert (sig[0] == sig[0][0]).all()  # one shingle: every bin copies the only value
    assert np.array_equal(sig[0], sig[1])
    assert (sig[2] == 0xFFFFFFFF).all()
    s1 = MinHasher(64, seed=1).signatures([np.arange(1, 500, dtype=np.uint64) * 7919])
    s2 = MinHasher(64, seed=2).signatures([np.arange(1, 500, dtype=np.uint64) * 7919])
    assert not np.array_equal(s1, s2)


def test_banding_choice_and_candidates() -> None:
    bands, rows = choose_bands(0.8, 128)
    assert bands * rows <= 128
    assert 1 - collision_probability(0.8, bands, rows) <= 1e-4
    sigs = np.array([[1, 2, 3, 4], [1, 2, 9, 9], [7, 7, 3, 4], [8, 8, 8, 8]], dtype=np.uint32)
    keys_ = band_keys(sigs, 2, 2)
    assert candidate_pairs(keys_).tolist() == [[0, 1], [0, 2]]


def test_find_duplicates_clusters_reprints_with_earliest_original() -> None:
    rng = random.Random(7)
    texts, dates = [], []
    for i in range(60):
        texts.append(make_text(rng))
        dates.append(f"2015-08-{10 + i % 5:02d}")
    texts.append(edit(rng, texts[3], 0.02))  # 61st: light copy of #3, earlier date
    dates.append("2015-08-01")
    texts.append(texts[10])  # exact copy of #10
    dates.append("2015-08-20")
    texts.append(edit(rng, texts[20], 0.5))  # heavy rewrite: not a duplicate
    dates.append("2015-08-20")
    res = find_duplicates(texts, dates, DedupConfig(threshold=0.8))
    clusters = {tuple(c.members) for c in res.clusters}
    assert clusters == {(60, 3), (10, 61)}
    c = next(c for c in res.clusters if 3 in c.members)
    assert c.original == 60 and c.similarity >= 0.8
    assert all(s >= 0.8 for _, _, s in res.pairs)


def test_search_view_is_clitic_and_spelling_blind() -> None:
    assert keys("والصين بالصين للصين الصين") == ["الصين"] * 4
    assert keys("أكد وأكّد") == ["اكد", "اكد"]
    assert search_view("مدرسةٌ") == "مدرسه"


def _only_quoted_terms(fts: str) -> bool:
    """True when, with every double-quoted string removed, only ( ) AND OR NOT remain."""
    rest = re.sub(r'"(?:[^"]|"")*"', " ", fts)
    return set(rest.replace("(", " ").replace(")", " ").split()) <= {"AND", "OR", "NOT"}


def test_query_parser_cannot_be_injected() -> None:
    q = parse_query('والصين "مجلس الأمن" OR روسيا -ترامب NEAR(a b) title:x * ^y "unclosed')
    assert q.fts.startswith('("الصين" AND (') and q.fts.endswith(') NOT "ترامب"')
    assert '("مجلس الامن" OR ("روسيا" OR ' in q.fts
    assert '"near a" AND "b" AND "title x" AND "y" AND "unclosed"' in q.fts  # words, not operators
    assert _only_quoted_terms(q.fts)
    hostile = parse_query('" OR 1=1 ; DROP TABLE articles; -- ""\' col:* NEAR(x y, 2) ^start')
    assert _only_quoted_terms(hostile.fts)
    assert not parse_query("*** ()")
    assert '"كوكب"' in parse_query("وكوكب").fts and '"وكوكب"' in parse_query("كوكب").fts


def test_snippet_highlights_source_spelling() -> None:
    text = "قال الرئيسُ إن والصينَ وقعت اتفاقاً مع للصين وزيرها. " + "حشو " * 50 + "بالصين"
    s = snippet(text, keys("الصين"), width=80)
    assert "[والصينَ]" in s and "[للصين]" in s
    assert "[" not in snippet("وصلت الصين", keys("صين"))  # whole words only: صين is not الصين


def test_stories_group_rewrites_within_window() -> None:
    docs = [
        StoryDoc("a1", "زلزال يضرب إقليم خراسان ويوقع ضحايا", "زلزال قوي يضرب إقليم خراسان في إيران ويوقع عشرات الضحايا والمصابين", "o1", "2015-08-10"),
        StoryDoc("a2", "عشرات الضحايا في زلزال خراسان", "أعلنت السلطات الإيرانية سقوط عشرات الضحايا إثر زلزال ضرب إقليم خراسان", "o2", "2015-08-10"),
        StoryDoc("a3", "ارتفاع أسعار النفط في الأسواق الآسيوية", "ارتفعت أسعار النفط اليوم في الأسواق الآسيوية بعد بيانات المخزون", "o1", "2015-08-10"),
        StoryDoc("a4", "زلزال خراسان: ارتفاع عدد الضحايا", "ارتفع عدد ضحايا زلزال إقليم خراسان الإيراني إلى خمسين", "o3", "2015-09-30"),
    ] + [StoryDoc(f"f{i}", f"خبر رقم {i}", make_text(random.Random(i), 30), "o4", "2015-08-10") for i in range(20)]
    stories = build_stories(docs, threshold=0.2)
    quake = [s for s in stories if "a1" in s.members]
    assert len(quake) == 1 and set(quake[0].members) == {"a1", "a2"}  # a4 is outside the window
    assert quake[0].outlets == ["o1", "o2"] and quake[0].first == "2015-08-10"
    assert quake[0].label in {docs[0].title, docs[1].title}
    assert all("a3" not in s.members for s in stories)


def test_same_entity_reads_the_query_last_word_as_a_family_name_not_a_given_name() -> None:
    """A person's short form matches by family name; a stored name that OPENS with that word has it as
    a given name (the chunk merger joins people across chunks with this test)."""
    from rasd.corpus.search import same_entity

    assert not same_entity("احمد حسن", "حسن نصر الله", "PER")
    assert same_entity("حسن", "حسن نصر الله", "PER")  # a one-word query finds every name holding it
    assert same_entity("عادل الجبير", "الجبير", "PER")
    assert same_entity("عادل الجبير", "عادل بن احمد الجبير", "PER")
    assert not same_entity("عادل الجبير", "احمد الجبير", "PER")

"""Repair rules on real scraped text: SaudiNewsNet (read from ../shared, skipped when absent).

No corpus text is stored here: articles are picked by predicates over the data,
and the assertions are about what repair does with them.
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

import pytest

from rasd.repair.lines import match_key
from rasd.repair.repair import repair

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
COPY_REASONS = {"duplicate_title", "truncated_copy", "duplicate_paragraph", "glued_duplicate", "repeated_body"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    files = sorted(glob.glob(str(DATA / "*" / "*.jsonl")))
    if not files:
        pytest.skip("SaudiNewsNet not available under ../shared")
    arts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            arts.extend(json.loads(line) for line in fh if line.strip())
    return arts


def lines_of(a: dict) -> list[str]:
    return [ln.strip() for ln in a["content"].split("\n") if ln.strip()]


def pick(corpus, source: str | None, pred, n: int = 40) -> list[dict]:
    out = [a for a in corpus if (source is None or a["source"] == source) and pred(a)]
    return out[:n]


def fix(a: dict):
    return repair(a["content"], title=a["title"] or None)


def in_body(art, text: str) -> bool:
    k = match_key(text)
    return any(k == match_key(p) for p in art.paragraphs)


def test_bylines_of_ain_alyoum(corpus):
    dash = re.compile(r"^(.+?)\s+–\s+(.+)$")
    arts = pick(corpus, "3alyoum", lambda a: bool(lines_of(a)) and "عين اليوم" in lines_of(a)[0]
                and bool(dash.match(lines_of(a)[0])) and len(lines_of(a)[0].split()) <= 6)
    assert len(arts) >= 30
    for a in arts:
        first = lines_of(a)[0]
        left, right = dash.match(first).groups()
        art = fix(a)
        assert art.removed[0].reason == "byline" and art.removed[0].text == first
        assert not in_body(art, first)
        if left == "عين اليوم" and right == "متابعات":
            assert (art.author, art.place) == (None, None)
        elif left == "عين اليوم":
            assert art.place == right and art.author is None
        else:
            assert art.author == left


def test_wire_datelines_end_markers_and_timestamps(corpus):
    arts = pick(corpus, "was", lambda a: "الموافق" in (lines_of(a) or [""])[0] and "واس" in lines_of(a)[0])
    assert len(arts) >= 30
    for a in arts:
        art = fix(a)
        first = lines_of(a)[0]
        assert art.removed[0].reason == "dateline" and art.removed[0].text == first
        assert art.place and first.startswith(art.place)
        for ln in lines_of(a):
            if re.fullmatch(r"\d{1,2}:\d{2} ت م", ln):
                assert any(r.reason == "timestamp" and r.text == ln for r in art.removed)
            if "انتهى" in ln and ln.startswith("//"):
                assert any(r.reason == "boilerplate_end" for r in art.removed)
        assert art.paragraphs and not any(re.fullmatch(r"\d{1,2}:\d{2} ت م", p) for p in art.paragraphs)


def test_share_widget_prefix(corpus):
    arts = pick(corpus, "okaz", lambda a: a["content"].lstrip().startswith("شارك من خلال تويتر"))
    assert len(arts) >= 30
    for a in arts:
        art = fix(a)
        assert art.removed[0].reason == "boilerplate_share"
        assert not art.paragraphs[0].startswith("شارك")
        assert lines_of(a)[0].endswith(art.paragraphs[0])


def test_sabq_byline_prefix(corpus):
    arts = pick(corpus, "sabq", lambda a: "سبق" in (lines_of(a) or [""])[0][:40])
    assert len(arts) >= 10
    for a in arts:
        art = fix(a)
        assert art.removed[0].reason in ("byline", "dateline")
        assert "سبق" not in art.paragraphs[0][:15]
        assert art.author or art.place


def test_link_lines_and_tags(corpus):
    for source, reason, marker in (("alweeam", "boilerplate_link", "رابط الخبر بصحيفة"),
                                   ("3alyoum", "boilerplate_tags", " سمات ")):
        arts = pick(corpus, source, lambda a, m=marker: m in a["content"])
        assert len(arts) >= 20
        for a in arts:
            art = fix(a)
            assert any(r.reason == reason for r in art.removed), a["url"]
            assert not any(marker.strip() in p for p in art.paragraphs[-1:]), a["url"]


def test_contact_block(corpus):
    arts = pick(corpus, "almadina", lambda a: "للتواصل مع الكاتب" in a["content"])
    assert len(arts) >= 20
    for a in arts:
        art = fix(a)
        assert not any("للتواصل مع الكاتب" in p or p.endswith("Zain") for p in art.paragraphs)
        assert sum(r.reason == "boilerplate_contact" for r in art.removed) >= 4


def test_other_articles_lists_become_related_headlines(corpus):
    arts = pick(corpus, "aljazirah", lambda a: "مقالات أخرى للكاتب" in a["content"])
    assert len(arts) >= 20
    for a in arts:
        art = fix(a)
        assert art.related_headlines, a["url"]
        assert not any("مقالات أخرى للكاتب" in p for p in art.paragraphs)


def test_repeated_title_lines(corpus):
    def leading_title(a):
        ls = lines_of(a)
        return bool(ls) and len(ls) > 1 and match_key(ls[0]) == match_key(a["title"])

    arts = pick(corpus, None, leading_title)
    assert len(arts) >= 3
    for a in arts:
        art = fix(a)
        assert art.removed[0].reason == "duplicate_title" and art.removed[0].duplicates == "title"


def test_real_duplicate_paragraph(corpus):
    def has_long_dup(a):
        keys = [match_key(ln) for ln in lines_of(a) if len(ln.split()) >= 10]
        return len(keys) != len(set(keys))

    arts = pick(corpus, None, has_long_dup)
    assert arts
    for a in arts:
        art = fix(a)
        dups = [r for r in art.removed if r.reason in ("duplicate_paragraph", "repeated_body")]
        assert dups
        for r in dups:
            assert match_key(art.paragraphs[r.duplicates]) == match_key(r.text)


def test_real_teaser_is_a_truncated_copy(corpus):
    def teaser_first(a):
        ls = lines_of(a)
        if len(ls) < 3 or len(ls[0].split()) < 10 or ls[0].endswith((".", "؟", "!", '"', "»")):
            return False
        k = match_key(ls[0])
        return any(match_key(x).startswith(k) and len(match_key(x)) > len(k) for x in ls[1:])

    arts = pick(corpus, None, teaser_first)
    assert arts
    for a in arts:
        art = fix(a)
        assert art.removed[0].reason == "truncated_copy" and art.removed[0].line is not None
        assert match_key(art.paragraphs[art.removed[0].duplicates]).startswith(match_key(art.removed[0].text))


def test_glued_single_line_articles_are_split_without_loss(corpus):
    arts = pick(corpus, "almadina", lambda a: len(lines_of(a)) == 1 and ".و" in a["content"], n=60)
    assert len(arts) >= 20
    split = 0
    for a in arts:
        art = fix(a)
        if len(art.paragraphs) > 1:
            split += 1
            assert any(w.startswith("glued_split") for w in art.warnings)
        kept = " ".join(match_key(x) for x in [*art.paragraphs, *art.related_headlines,
                                                *(r.text for r in art.removed)])
        assert set(match_key(a["content"]).split()) <= set(kept.split())
    assert split >= 20


def test_whole_corpus_no_crash_and_every_line_accounted_for(corpus):
    """Every third article: nothing raises, every input word is kept or reported, copies lose nothing."""
    for a in corpus[::3]:
        art = fix(a)
        out_words = set()
        for x in [art.title, *art.paragraphs, *art.related_headlines, *(r.text for r in art.removed)]:
            out_words.update(match_key(x).split())
        assert set(match_key(a["content"]).split()) <= out_words, a["url"]
        body_words = set(match_key(art.text).split())
        for r in art.removed:
            if r.reason in COPY_REASONS:
                assert set(match_key(r.text).split()) <= body_words, (a["url"], r.reason)

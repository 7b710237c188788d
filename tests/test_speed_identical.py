"""The issue-17 speed-ups give exactly what the plain versions give (randomized inputs).

Each fast path is compared with a straightforward reference written here: the sentence boundary
scan with its lookahead hint against the plain pattern, ``normalize_for_match``'s translate table
against the per-character category test, ``normalize``'s cache against the uncached fold, and the
record's ``_plain`` against its general rule.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import unicodedata

from rasd.arabic import normalize as N
from rasd.arabic import sentences as S
from rasd.arabic import tokenize as T
from rasd.record import Article, Entity, Mention, Span, _plain

_ALPHABET = "ab.AZ09 \n\t«»\"'()?!؟…ابتدة.,،U.S.ـًّٰﻻ٣۴\u200f🙂"


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randrange(0, 50))) for _ in range(n)]


def test_boundary_scan_matches_plain_pattern() -> None:
    for text in _random_texts(3000, 1):
        assert [m.span() for m in S._BOUNDARY_SCAN.finditer(text)] == [m.span() for m in S._BOUNDARY_RE.finditer(text)]


def test_token_pattern_matches_plain_loop() -> None:
    # The word branch's possessive runs against the one-character-a-turn loop it replaced.
    plain = re.compile(
        rf"(?P<number>[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:٫٬/][0-9\u0660-\u0669\u06f0-\u06f9]+)*%?)"
        rf"|(?P<word>(?:[^\W\d_]|[{T._MARKS}])(?:[^\W\d_]|[{T._MARKS}\u200c\u200d]|['’\-](?=[^\W\d_]))*)"
        r"|(?P<punct>[^\s])"
    )
    rnd = random.Random(4)
    marks = "\u064b\u0651\u0670\u0640\u200c\u200d'’-_"
    texts = _random_texts(3000, 5) + ["".join(rnd.choice(_ALPHABET + marks * 3) for _ in range(40)) for _ in range(3000)]
    for text in texts:
        got = [(m.span(), m.lastgroup) for m in T.TOKEN_RE.finditer(text)]
        assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text
    assert [t.text for t in T.tokenize("الـقدس-الشريف ’x 12.5% وٌ")] == ["الـقدس-الشريف", "’", "x", "12.5%", "وٌ"]


def test_newline_boundaries_included() -> None:
    assert S.boundaries("أ\nب\n\nج") == [1, 3, 4]


def test_normalize_for_match_equals_per_character_rule() -> None:
    rnd = random.Random(2)
    texts = _random_texts(2000, 3) + ["".join(chr(rnd.randrange(0x20, 0x3000)) for _ in range(30)) for _ in range(500)]
    for text in texts:
        s = N.normalize(text)
        ref = " ".join("".join(" " if unicodedata.category(c)[0] in "PSZC" else c for c in s).split())
        assert N.normalize_for_match(text) == ref


def test_normalize_cache_equals_uncached_fold() -> None:
    for text in _random_texts(2000, 4) + ["و" * 40, "أحمد" * 20]:
        plain = N._NONTRIVIAL_RE.sub(N._fold_match, text).translate(N._FOLD_TABLE)
        assert N.normalize(text) == plain
        assert N.normalize(text) == plain  # second call: from the cache


def _ref_plain(x):  # the general rule, written out: dataclasses as dicts, containers walked
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _ref_plain(getattr(x, f.name)) for f in dataclasses.fields(x)}
    if isinstance(x, list):
        return [_ref_plain(v) for v in x]
    if isinstance(x, tuple):
        return tuple(_ref_plain(v) for v in x)
    if isinstance(x, dict):
        return {k: _ref_plain(v) for k, v in x.items()}
    return x


def test_record_plain_equals_general_rule() -> None:
    art = Article(id="x", title="عنوان", paragraphs=["نص أول.", "نص ثان"])
    art.build_text()
    art.entities = [Entity(id="e1", type="PER", name="محمد", mentions=[Mention(0, 3, "عنو")])]
    got = art.to_dict()
    assert got == _ref_plain(art)
    assert json.dumps(got, ensure_ascii=False) == json.dumps(_ref_plain(art), ensure_ascii=False)  # key order too
    assert got["entities"][0]["mentions"][0] == {"start": 0, "end": 3, "text": "عنو"}
    mixed = [(1, Span(0, 1, "a")), {"k": [Span(1, 2, "b"), None, 2.5, True]}]
    assert _plain(mixed) == _ref_plain(mixed)


def test_ministry_gate_covers_every_ministry_form() -> None:
    # entities.layer._ministries skips texts whose normalized view holds neither stem: every token
    # with a ministry form (the alef restored after لل included) must hold one of them
    from rasd.analyse.entities.layer import _MINISTRY_N
    from rasd.analyse.entities.tokens import build_tokens

    text = "قالت الخارجيّة السورية وللخارجية التركية، والداخلية وبالداخلية والخارجيه فالخارجية"
    with_form = [t for t in build_tokens(text) if any(f in _MINISTRY_N for f, _o, _k in t.forms)]
    assert len(with_form) == 6
    for t in with_form:
        word = N.normalize(t.text)
        assert ("خارجيه" in word or "داخليه" in word) and word in N.normalize_with_map(text)[0]

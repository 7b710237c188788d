"""ner.document.propagate tries only the words an entity can start with: the same tags as the
token-by-token walk it replaced (written out here as the reference), on random documents."""

from __future__ import annotations

import random
from collections import Counter

from rasd.analyse.ner import document as D


def _reference(sentences, tags, common, window=None):  # noqa: ANN001, ANN202 - the old walk, verbatim in effect
    norms = [[D.normalize(x) for x in s] for s in sentences]
    per_sent = [D._keys(n, t, common) for n, t in zip(norms, tags, strict=True)]
    out = [list(t) for t in tags]
    table: dict = {}
    firsts: set = set()
    if window is None:
        whole: Counter = Counter()
        for c in per_sent:
            whole.update(c)
        if not whole:
            return out
        table = D._table(whole)
        firsts = {k[0] for k in table}
    for i, (toks, sent_tags) in enumerate(zip(sentences, out, strict=True)):
        if "O" not in sent_tags:
            continue
        norm = norms[i]
        if window is not None:
            found: Counter = Counter()
            for c in per_sent[max(0, i - window):i + window + 1]:
                found.update(c)
            if not found:
                continue
            table = D._table(found)
            firsts = {k[0] for k in table}
        p = 0
        while p < len(toks):
            if sent_tags[p] != "O" or firsts.isdisjoint(D._start_forms(norm[p])):
                p += 1
                continue
            m = D._match(norm, p, table)
            if m is None:
                p += 1
                continue
            n, t = m
            nxt = sent_tags[p + n] if p + n < len(sent_tags) else "O"
            if all(x == "O" for x in sent_tags[p:p + n]) and not nxt.startswith("I-"):
                sent_tags[p:p + n] = [f"B-{t}"] + [f"I-{t}"] * (n - 1)
            p += n
    return out


_WORDS = ["محمد", "بن", "سلمان", "ولمحمد", "لمحمد", "الرياض", "بالرياض", "للأمم", "الأمم", "المتحدة", "وزير",
          "قال", "في", "أن", "الخارجية", "وبريطانيا", "بريطانيا", "،", ".", "ترامب", "دونالد", "فدونالد", "x"]
_TAGS = ["O", "O", "O", "O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "I-LOC", "B-MISC"]


def test_same_tags_as_the_token_by_token_walk() -> None:
    rnd = random.Random(11)
    common = {"قال", "في", "ان"}.__contains__
    tried = relabelled = 0
    for _ in range(3000):
        sents = [[rnd.choice(_WORDS) for _ in range(rnd.randint(0, 12))] for _ in range(rnd.randint(1, 6))]
        tags = [[rnd.choice(_TAGS) for _ in s] for s in sents]
        for window in (None, 1):
            want = _reference(sents, tags, common, window)
            got = D.propagate(sents, tags, common, window=window)
            assert got == want, (sents, tags, window)
            tried += 1
            relabelled += got != [list(t) for t in tags]
    assert relabelled > 100  # the sample does exercise the relabelling

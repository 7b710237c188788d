"""Document-level consistency for NER: a name found once is found everywhere.

Pure: no I/O. News articles name a person in full once ("وزير الدفاع دونالد
رامسفيلد") and then repeat the name, often the surname alone, in contexts
that give the sentence-level tagger little evidence. After every sentence of
a document is tagged, :func:`propagate` labels the untagged repetitions of
entities predicted elsewhere in the same document:

- the exact token sequence of a predicted entity (normalized; the first word
  may carry proclitics: و ف ب ل ك, a chain of two such as وب / ول, and ل
  before the article, written لل: للأمم المتحدة → الأمم المتحدة), with the
  type predicted most often;
- the last word of a predicted multi-word person name, alone, as PER.

Words that the training data mostly tags O (``common``) never propagate on
their own, so a function word or a common noun inside a name stays O.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Sequence

from rasd.analyse.ner.tagger import bio_spans
from rasd.arabic.normalize import normalize

MAX_LEN = 4


_NORM: dict[str, str] = {}


def _normalized(tokens: Sequence[str]) -> list[str]:
    """``normalize`` of each token, through a bounded per-word cache (news repeats its words)."""
    get = _NORM.get
    out = []
    for x in tokens:
        n = get(x)
        if n is None:
            if len(_NORM) >= 200_000:
                _NORM.clear()
            n = _NORM[x] = normalize(x)
        out.append(n)
    return out


def _keys(norm: Sequence[str], tags: Sequence[str], common: Callable[[str], bool]) -> Counter[tuple]:
    """Entity keys of one sentence (``norm``: its normalized tokens)."""
    found: Counter[tuple] = Counter()
    for a, b, t in bio_spans(tags):
        if b - a > MAX_LEN:
            continue
        key = tuple(norm[a:b])
        if any(len(w) < 2 or not any(c.isalpha() for c in w) for w in key):
            continue
        if len(key) == 1 and common(key[0]):
            continue
        found[(key, t)] += 1
        if t == "PER" and len(key) >= 2 and not common(key[-1]) and len(key[-1]) >= 3:
            found[((key[-1],), t)] += 1
    return found


_CHAINS = frozenset(("وب", "ول", "وك", "فب", "فل", "فك"))


@functools.lru_cache(maxsize=100_000)
def _bare_forms(first: str) -> tuple[str, ...]:
    """The first word of a mention without its proclitics, most likely reading first (cached:
    it is asked for every untagged word of a document)."""
    out: list[str] = []
    if len(first) >= 5 and first[0] in "وفبلك":
        out.append(first[1:])
        if first[:2] in _CHAINS and len(first) >= 6:
            out.append(first[2:])
    if first.startswith("لل") and len(first) >= 5:
        out.append("ال" + first[2:])
    elif first[1:3] == "لل" and first[0] in "وف" and len(first) >= 6:
        out.append("ال" + first[3:])
    return tuple(out)


@functools.lru_cache(maxsize=100_000)
def _start_forms(first: str) -> tuple[str, ...]:
    """``first`` and its :func:`_bare_forms`: the forms in which an entity may start with it."""
    return (first, *_bare_forms(first))


def _match(norm: list[str], p: int, table: dict[tuple, str]) -> tuple[int, str] | None:
    """Longest entity of ``table`` starting at token ``p`` (first word may carry proclitics)."""
    bare = None
    for n in range(min(MAX_LEN, len(norm) - p), 0, -1):
        words = norm[p:p + n]
        key = tuple(words)
        if key in table:
            return n, table[key]
        if bare is None:
            bare = _bare_forms(words[0])
        for b in bare:
            alt = (b, *words[1:])
            if alt in table:
                return n, table[alt]
    return None


def _table(found: Counter[tuple]) -> dict[tuple, str]:
    """Entity word tuple → its most frequent predicted type (ties: the first seen)."""
    best: dict[tuple, tuple[int, str]] = {}
    for (key, t), n in found.items():
        if key not in best or n > best[key][0]:
            best[key] = (n, t)
    return {k: t for k, (_, t) in best.items()}


def propagate(
    sentences: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    common: Callable[[str], bool],
    window: int | None = None,
) -> list[list[str]]:
    """Tags with untagged repetitions of predicted entities filled in (see module docstring).

    ``window``: the document of sentence ``i`` is sentences ``i-window … i+window``
    (for a stream without document boundaries); ``None``: all of ``sentences``.
    """
    norms = [_normalized(s) for s in sentences]  # once per sentence, for the keys and for the matching
    per_sent = [_keys(n, t, common) for n, t in zip(norms, tags, strict=True)]
    out = [list(t) for t in tags]
    table: dict[tuple, str] = {}
    firsts: set[str] = set()
    if window is None:
        whole: Counter[tuple] = Counter()
        for c in per_sent:
            whole.update(c)
        if not whole:
            return out
        table = _table(whole)
        firsts = {k[0] for k in table}
    for i, (toks, sent_tags) in enumerate(zip(sentences, out, strict=True)):
        if "O" not in sent_tags:
            continue
        norm = norms[i]
        if window is not None:
            found: Counter[tuple] = Counter()
            for c in per_sent[max(0, i - window):i + window + 1]:
                found.update(c)
            if not found:
                continue
            table = _table(found)
            firsts = {k[0] for k in table}
        p = 0
        while p < len(toks):
            # Cheap test first: no entity of the table can start with this word.
            if sent_tags[p] != "O" or firsts.isdisjoint(_start_forms(norm[p])):
                p += 1
                continue
            m = _match(norm, p, table)
            if m is None:
                p += 1
                continue
            n, t = m
            # Only a stretch that is entirely O and does not continue into an entity is relabelled.
            nxt = sent_tags[p + n] if p + n < len(sent_tags) else "O"
            if all(x == "O" for x in sent_tags[p:p + n]) and not nxt.startswith("I-"):
                sent_tags[p:p + n] = [f"B-{t}"] + [f"I-{t}"] * (n - 1)
            p += n
    return out


# Head nouns that name an organisation by the name that follows them in construct
# (صحيفة ديلي ميل، وكالة رويترز، شركة فورد): that name is the organisation.
ORG_NAMING_HEADS = frozenset(normalize(w) for w in (
    "صحيفة مجلة جريدة قناة وكالة شركة حزب جامعة نادي منظمة حركة جبهة مؤسسة بنك مصرف "
    "مجموعة إذاعة تلفزيون موقع").split())


def _head(word: str) -> str:
    """A normalized word without one proclitic letter (لصحيفة → صحيفه) when that leaves a head."""
    n = normalize(word)
    if n not in ORG_NAMING_HEADS and len(n) >= 4 and n[0] in "وفبلك":
        return n[1:]
    return n


def retype_after_heads(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> list[list[str]]:
    """Tags where a PER span right after an organisation-naming head is retyped ORG.

    ``صحيفة ديلي ميل`` tagged as a person (its words are also names and places)
    becomes the newspaper. Only the span directly after the head, only PER → ORG.
    """
    out = [list(t) for t in tags]
    for toks, sent in zip(sentences, out, strict=True):
        for a, b, t in bio_spans(sent):
            if t == "PER" and a > 0 and _head(toks[a - 1]) in ORG_NAMING_HEADS:
                sent[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)
    return out

"""Event triggers read by a model learned from annotated sentences (an experiment; not in the package).

Status (session 7): trained on the ANERcorp event annotations, the reader does not yet help the rules on
the ANT dev golds (``scripts/event_triggers_eval.py``): the triggers it adds where the rules have none are
right 18 % of the time, and as a check on the rules' events it drops right and wrong ones alike. So it stays
here, with its trainer, until more data or better features make it pay; see
``benchmarks/gold/anercorp-events/README.md``.

Contract: :func:`token_features` turns one sentence's words into feature strings per word; a
:class:`TriggerModel` (multinomial logistic regression: one weight per feature and PLOVER type, plus "O"
for no event) gives each word the probability of being the trigger of each type; :meth:`TriggerModel.triggers`
returns ``(word index, type, probability)`` for the words whose best type is an event type above a
threshold. Pure: no I/O here; :func:`load` reads a weight file (JSON) that ``scripts/train_event_triggers.py``
writes.

Why a model: trigger words written as rules from reading the ANT dev articles do not transfer to unseen
articles (the "no trigger at the gold word" class is the largest miss class on every set). A model learned
from annotated sentences reads the word's shape, stem and consonant skeleton and its neighbours, so it can
take a verbal noun or participle (اتهامات، متهما) it never saw from the verb it saw (اتهم). The training
data must let the model ship: ANERcorp sentences (CC BY-SA 4.0; ``benchmarks/gold/anercorp-events``), never
ANT text (its licence forbids shipping a model trained on it).

Words are the ``word`` tokens of :func:`rasd.arabic.tokenize.tokenize` (proclitics attached, as in
ANERcorp), normalized with :func:`rasd.arabic.normalize.normalize`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_PROCLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "ية", "ه", "ة", "ي")
_WEAK = str.maketrans("", "", "اويىءأإآؤئ")
_NEGATORS = frozenset({"لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "غير"})


def stem(word: str) -> str:
    """A crude light stem of a normalized word: proclitics, the article and one suffix off, >= 3 letters left.

    A feature, not a lemma: it only has to map a word's inflected forms to one string most of the time."""
    w = word
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 4:
            w = w[len(p):]
            break
    if w.startswith("ال") and len(w) >= 5:
        w = w[2:]
    elif w.startswith("لل") and len(w) >= 5:
        w = w[2:]
    for s in _SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 3:
            w = w[: -len(s)]
            break
    return w


def skeleton(word_stem: str) -> str:
    """The stem's consonants (long vowels and hamza carriers dropped): اتهام/اتهم -> تهم, هجمات -> هجمت."""
    return word_stem.translate(_WEAK) or word_stem


@lru_cache(maxsize=65536)
def lexicon_entry(word: str) -> tuple[str, str] | None:
    """``(type, pos)`` of the rules' one-word trigger lexicon entry the normalized word matches, if any.

    The hand-written lexicon is one piece of evidence among the others: the model learns from the
    annotated sentences how far to trust each of its types, and which words outside it act alike."""

    rx, triggers = _word_lexicon()
    m = rx.fullmatch(word)
    if m is None or m.lastgroup is None:
        return None
    t = triggers[int(m.lastgroup[1:])]
    return t.type, t.pos


@lru_cache(maxsize=1)
def _word_lexicon():
    from rasd.arabic.event_lexicon import combined_triggers

    _phrases, word_rx, triggers = combined_triggers()
    return word_rx, triggers


def _word_feats(prefix: str, word: str) -> list[str]:
    s = stem(word)
    return [f"{prefix}w={word}", f"{prefix}s={s}"]


def token_features(words: Sequence[str], i: int) -> list[str]:
    """Feature strings of word ``i`` of a sentence (normalized words, in order)."""
    w = words[i]
    s = stem(w)
    k = skeleton(s)
    f = ["b", f"w={w}", f"s={s}", f"k={k}", f"k3={k[:3]}", f"p3={s[:3]}", f"x3={s[-3:]}", f"x2={s[-2:]}",
         f"c0={w[:1]}" if w[:1] in "وفبلك" else "c0=-", f"len={min(len(s), 8)}"]
    lex = lexicon_entry(w)
    if lex is not None:
        f += [f"lex={lex[0]}", f"lexpos={lex[1]}", f"lex|k3={lex[0]}|{k[:3]}"]
    if w.startswith(("ال", "وال", "بال", "لل", "فال")):
        f.append("def")
    if i == 0:
        f.append("first")
    else:
        prev = words[i - 1]
        f += _word_feats("-1", prev)
        if prev in _NEGATORS:
            f.append("neg")
    if i >= 2:
        f.append(f"-2s={stem(words[i - 2])}")
    if i + 1 < len(words):
        f += _word_feats("+1", words[i + 1])
        f.append(f"k|+1={k}|{stem(words[i + 1])[:3]}")
    else:
        f.append("last")
    if i + 2 < len(words):
        f.append(f"+2s={stem(words[i + 2])}")
    return f


@dataclass(frozen=True)
class TriggerModel:
    """Weights per feature string, one per class (``classes[0]`` is "O", no event)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]

    def probs(self, feats: Sequence[str]) -> list[float]:
        """Softmax over the classes for one word's features (unknown features weigh nothing)."""
        z = [0.0] * len(self.classes)
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                for c, x in enumerate(w):
                    z[c] += x
        m = max(z)
        e = [math.exp(x - m) for x in z]
        t = sum(e)
        return [x / t for x in e]

    def triggers(self, words: Sequence[str], threshold: float = 0.5) -> list[tuple[int, str, float]]:
        """``(i, type, p)`` for each word whose probability of being any event's trigger, ``p = 1 - P(O)``,
        is at least ``threshold``; the type is the likeliest event type (the mass spread over several types
        still says "an event here", which a max over types alone would miss)."""
        out = []
        for i in range(len(words)):
            p = self.probs(token_features(words, i))
            if 1.0 - p[0] >= threshold:
                c = max(range(1, len(p)), key=p.__getitem__)
                out.append((i, self.classes[c], 1.0 - p[0]))
        return out


def load(path: str | Path) -> TriggerModel:
    """A model from its JSON file: ``{"classes": [...], "weights": {feature: [w per class]}}``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return TriggerModel(tuple(data["classes"]), {f: tuple(w) for f, w in data["weights"].items()})

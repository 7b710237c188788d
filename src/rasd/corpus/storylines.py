"""Storylines: the stories of one developing affair, linked over days and weeks.

Pure (no I/O). A story is one event (:mod:`rasd.corpus.stories`); a storyline
follows an affair through its events — a poisoning, the expulsions, the response,
the sanctions. Stories are taken in time order (topic detection and tracking,
online): each joins the storyline whose *decayed centroid* is most similar to it,
if that similarity reaches ``threshold``, else it starts a new storyline.

- A story's vector is the sum of its members' title + lead vectors plus, weighted
  ``NAME_WEIGHT`` times, their name vectors (people and places carry an affair
  from one event to the next more than its common words), normalized.
- A storyline's centroid is the sum of its stories' vectors, each weighted
  ``exp(-age / decay_days)`` by its age at the time of the story being placed,
  truncated to its ``CENTROID_TERMS`` strongest terms: what the affair is about
  follows its latest events, so it can drift from the poisoning to the sanctions,
  but a storyline idle for more than ``max_gap_days`` takes no new story.
- The comparison is cosine; candidates come from an index of the centroids' terms,
  so a story is compared only with storylines that share one of its terms.

A storyline's ``label`` is the headline of its largest story (earliest on ties);
``keywords`` are the words most shared by its stories' headlines; ``timeline`` lists
its stories in time order. Storylines of fewer than ``min_stories`` stories are
dropped.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass

from rasd.arabic.normalize import normalize
from rasd.corpus.search import _MARKS_RE, _WORD_RE, keys, term_key
from rasd.corpus.stories import Story, StoryDoc, stories_and_prepared
from rasd.corpus.storysim import STOPWORDS, Prepared, cosine, unit_vector

NAME_WEIGHT = 2.0
CENTROID_TERMS = 60
STORY_TERMS = 40
THRESHOLD = 0.3  # story-to-storyline cosine (article vectors)
LABEL_THRESHOLD = 0.3  # the same from headlines alone (looked at on ant-dev: 0.2 merges whole countries)


@dataclass
class Storyline:
    id: str
    label: str
    keywords: list[str]
    stories: list[Story]
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "keywords": self.keywords, "size": len(self.stories),
                "stories": [s.id for s in self.stories],
                "articles": sum(len(s.members) for s in self.stories), "first": self.first, "last": self.last,
                "timeline": [{"story": s.id, "first": s.first, "last": s.last, "label": s.label,
                              "size": len(s.members), "outlets": s.outlets} for s in self.stories]}


def _unit(v: dict[str, float], top: int) -> dict[str, float]:
    """``v`` cut to its ``top`` heaviest terms, as a unit vector."""
    if len(v) > top:
        v = dict(sorted(v.items(), key=lambda kv: -kv[1])[:top])
    return unit_vector(v)


def _day(s: Story) -> float:
    from rasd.corpus.storysim import hours

    h = hours(s.first)
    return h / 24.0 if h is not None else 0.0


def link_stories(stories: list[Story], vectors: list[dict[str, float]], *, threshold: float = 0.3,
                 decay_days: float = 7.0, max_gap_days: float = 30.0) -> list[list[int]]:
    """Group story indices into storylines (see module docstring); ``vectors[i]`` is story i's."""
    order = sorted(range(len(stories)), key=lambda i: (stories[i].first or "", stories[i].id))
    lines: list[list[int]] = []
    cents: list[dict[str, float]] = []  # undecayed weighted sums, rebuilt on join
    last_day: list[float] = []
    index: dict[str, set[int]] = {}
    for i in order:
        v, day = vectors[i], _day(stories[i])
        cands = {k for t in v for k in index.get(t, ())}
        best, best_sim = -1, threshold
        for k in cands:
            if day - last_day[k] > max_gap_days:
                continue
            sim = cosine(v, _unit(cents[k], CENTROID_TERMS))
            if sim >= best_sim:
                best, best_sim = k, sim
        if best < 0:
            best = len(lines)
            lines.append([])
            cents.append({})
            last_day.append(day)
        lines[best].append(i)
        # Decay the old centroid to the new story's day, then add the story.
        f = math.exp(-max(0.0, day - last_day[best]) / decay_days)
        cent = {t: w * f for t, w in cents[best].items()}
        for t, w in v.items():
            cent[t] = cent.get(t, 0.0) + w
        cents[best] = dict(sorted(cent.items(), key=lambda kv: -kv[1])[: 2 * CENTROID_TERMS])
        last_day[best] = max(last_day[best], day)
        for t in _unit(cents[best], CENTROID_TERMS):
            index.setdefault(t, set()).add(best)
    return lines


def story_vectors(stories: list[Story], docs: list[StoryDoc], prepared: list[Prepared]) -> list[dict[str, float]]:
    """Each story's vector: its members' lead vectors plus ``NAME_WEIGHT`` × their name vectors."""
    pos = {d.id: i for i, d in enumerate(docs)}
    out = []
    for s in stories:
        v: dict[str, float] = {}
        for m in s.members:
            p = prepared[pos[m]]
            for t, w in p.lead.items():
                v[t] = v.get(t, 0.0) + w
            for t, w in p.names.items():
                v[t] = v.get(t, 0.0) + NAME_WEIGHT * w
        out.append(_unit(v, STORY_TERMS))
    return out


def label_vectors(stories: list[Story]) -> list[dict[str, float]]:
    """Story vectors from the headlines alone (when the articles are not at hand): TF-IDF
    of the label's stems over all labels, gazetteer names weighted ``NAME_WEIGHT``."""
    from rasd.corpus.storysim import _useful, gazetteer_names, stem

    words = [[stem(k) for k in keys(s.label) if _useful(k)] for s in stories]
    df: Counter[str] = Counter()
    for w in words:
        df.update(set(w))
    gaz = {stem(g) for g in gazetteer_names()}
    n = len(stories)
    return [_unit({t: math.log((n + 1) / df[t]) * (NAME_WEIGHT if t in gaz else 1.0) for t in set(w)}, STORY_TERMS)
            for w in words]


def _keywords(stories: list[Story], top: int = 5) -> list[str]:
    """Words in the most story headlines of the storyline (at least two), most shared first
    (the first to appear on a tie, so the order does not depend on hashing), each as the
    headlines write it most often (on a tie, a form with no clitic glued, then the shorter).

    Headlines are compared by search key (clitics and spelling variants folded:
    «السعودية», «بالسعودية» and «السعوديه» are one word), but a key is a normalized form
    (ة → ه, أ → ا) that reads as a misspelling, so the label shows a written form."""
    c: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for s in stories:
        seen: dict[str, None] = {}  # ordered: Counter.most_common keeps first-seen order on ties
        for word in _WORD_RE.findall(_MARKS_RE.sub("", s.label)):
            k = term_key(word)
            if len(k) >= 3 and k not in STOPWORDS and not k.isdigit():
                forms.setdefault(k, Counter())[word] += 1
                seen[k] = None
        c.update(list(seen))

    def written(k: str) -> str:
        return min(forms[k].items(), key=lambda kv: (-kv[1], normalize(kv[0]).lower() != k, len(kv[0]), kv[0]))[0]
    return [written(k) for k, n in c.most_common(top) if n >= 2]


def build_storylines(docs: list[StoryDoc] | list[Story], *, stories: list[Story] | None = None,
                     prepared: list[Prepared] | None = None, min_stories: int = 2, threshold: float | None = None,
                     decay_days: float = 7.0, max_gap_days: float = 30.0,
                     **story_options: object) -> list[Storyline]:
    """Storylines of ``docs`` (stories built with ``story_options`` unless given with ``prepared``).
    Largest storylines first.

    ``docs`` may also be a list of :class:`Story` alone (``build_storylines(stories)``, as a
    caller holding only stories does): the story vectors then come from the headlines
    (:func:`label_vectors`), a coarser, sparser view than the articles' leads and names,
    with its own default ``threshold`` (``LABEL_THRESHOLD``).
    """
    if docs and isinstance(docs[0], Story):
        stories = list(docs)  # type: ignore[arg-type]
        vectors = label_vectors(stories)
        threshold = LABEL_THRESHOLD if threshold is None else threshold
    else:
        if stories is None or prepared is None:
            stories, prepared = stories_and_prepared(docs, **story_options)  # type: ignore[arg-type]
        vectors = story_vectors(stories, docs, prepared)  # type: ignore[arg-type]
    threshold = THRESHOLD if threshold is None else threshold
    groups = link_stories(stories, vectors, threshold=threshold, decay_days=decay_days, max_gap_days=max_gap_days)
    out = []
    for g in groups:
        if len(g) < min_stories:
            continue
        ss = sorted((stories[i] for i in g), key=lambda s: (s.first or "", s.id))
        main = max(ss, key=lambda s: (len(s.members), -ss.index(s)))
        firsts = [s.first for s in ss if s.first]
        lasts = [s.last for s in ss if s.last]
        lid = "l-" + hashlib.sha1(ss[0].id.encode("utf-8")).hexdigest()[:12]
        out.append(Storyline(lid, main.label, _keywords(ss), ss, min(firsts) if firsts else None,
                             max(lasts) if lasts else None))
    out.sort(key=lambda sl: (-len(sl.stories), -sum(len(s.members) for s in sl.stories), sl.first or "", sl.id))
    return out

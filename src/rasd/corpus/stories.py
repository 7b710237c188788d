"""Stories: articles about the same development, across outlets, within a time window.

Pure (no I/O). ``build_stories(docs)`` groups documents that were *rewritten*
rather than copied (copies are near-duplicates, which join their story too):

1. Each document becomes a sparse, L2-normalized TF-IDF vector of its key
   terms — search keys (:func:`rasd.corpus.search.term_key`: clitics stripped,
   normalized) of content words, title terms counted twice — plus, when the
   analysis layers exist, its entities (``e:`` + name) and resolved dates
   (``d:`` + value), which weigh more because they name the development. Only
   the top ``TOP_TERMS`` features of a document are kept.
2. Candidate pairs share a feature that is rare enough (document frequency at
   most ``max_df``); their cosine is computed in numpy from the shared
   features. Pairs further apart than ``window_days`` are ignored.
3. Agglomeration with a centroid check: pairs are taken from the most similar
   down, and two groups merge only if their centroids are still at least
   ``threshold`` similar — so one loose link cannot chain two developments.
   Verified near-duplicate pairs merge unconditionally.

A story's label is its most central headline (the member closest to the
centroid); ``first``/``last`` are the earliest and latest publication dates.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from rasd.corpus.search import keys

TOP_TERMS = 40
CENTROID_TERMS = 60
ENTITY_WEIGHT = 2.0
DATE_WEIGHT = 1.5

# Function words (in search-key form: normalized, article kept) that carry no topic.
STOPWORDS = frozenset("""
في من على الى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين التى ان انه انها كان كانت يكون تكون
قد لقد لم لن ما لا لا ولا او ام ثم حتى اذا اذ كل بعض غير بين عند بعد قبل خلال منذ حيث كما ايضا
هو هي هم هن انا نحن انت هناك هنا اي التي وقد وكان فيه فيها منه منها عليه عليها اليه اليها به بها
له لها لهم عليهم منهم فيهم الا الي وهو وهي اكثر اقل امس اليوم غدا العام عام يوم وقال قال وقالت قالت
واضاف اضاف واكد اكد واشار اشار وذكر ذكر وبين بين يتم تم وتم كذلك جدا فقط مثل نحو اطار وفق وفقا
ضمن لدى لدي سوف سيتم حول عبر دون ضد مما ممن الذى التى هذة الان مساء صباح الثلاثاء الاربعاء
الخميس الجمعه السبت الاحد الاثنين اخرى اخري الاخرى احد احدى واحد واحده اول الاول الاولى ثاني الثاني
""".split())


@dataclass
class StoryDoc:
    """What a story needs of an article. ``published`` is ISO (date or date-time) or None."""

    id: str
    title: str
    text: str
    source: str | None = None
    published: str | None = None
    entities: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)


@dataclass
class Story:
    id: str
    label: str
    members: list[str]
    outlets: list[str]
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "members": self.members, "size": len(self.members),
                "outlets": self.outlets, "first": self.first, "last": self.last}


def _useful(k: str) -> bool:
    """Content words, and numbers that are not years: "1400 لاجئ" and "120 عالقا" are
    different developments of one topic, so figures are strong evidence."""
    if k.isdigit():
        n = int(k)
        return len(k) >= 2 and not (1400 <= n <= 1450 or 1900 <= n <= 2100)
    return len(k) >= 3 and k not in STOPWORDS


def _features(doc: StoryDoc) -> Counter[str]:
    c: Counter[str] = Counter(k for k in keys(doc.text) if _useful(k))
    c.update(k for k in keys(doc.title) if _useful(k))  # the title is also in the text: its terms count twice
    return c


def _day(published: str | None) -> int | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def vectors(docs: list[StoryDoc], top: int = TOP_TERMS) -> list[dict[str, float]]:
    """Sparse L2-normalized TF-IDF vectors (see module docstring)."""
    feats = [_features(d) for d in docs]
    extra = [Counter({**{f"e:{e}": 1 for e in d.entities}, **{f"d:{x}": 1 for x in d.dates}}) for d in docs]
    df: Counter[str] = Counter()
    for f, x in zip(feats, extra, strict=True):
        df.update(f.keys())
        df.update(x.keys())
    n = len(docs)
    out = []
    for f, x in zip(feats, extra, strict=True):
        v = {t: (1 + math.log(c)) * math.log((n + 1) / df[t]) for t, c in f.items()}
        for t in x:
            w = ENTITY_WEIGHT if t.startswith("e:") else DATE_WEIGHT
            v[t] = w * math.log((n + 1) / df[t])
        best = sorted(v.items(), key=lambda kv: -kv[1])[:top]
        norm = math.sqrt(sum(w * w for _, w in best)) or 1.0
        out.append({t: w / norm for t, w in best if w > 0})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _pairs(vecs: list[dict[str, float]], days: list[int | None], max_df: int, window: int,
           threshold: float) -> list[tuple[float, int, int]]:
    """Candidate pairs with cosine >= threshold, via shared rare features, in numpy."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, v in enumerate(vecs):
        for t, w in v.items():
            postings.setdefault(t, []).append((i, w))
    ii, jj, ww = [], [], []
    for plist in postings.values():
        if len(plist) < 2 or len(plist) > max_df:
            continue
        idx = np.array([p[0] for p in plist], dtype=np.int64)
        w = np.array([p[1] for p in plist], dtype=np.float64)
        a, b = np.triu_indices(len(plist), 1)
        ii.append(idx[a])
        jj.append(idx[b])
        ww.append(w[a] * w[b])
    if not ii:
        return []
    n = len(vecs)
    code = np.concatenate(ii) * n + np.concatenate(jj)
    weights = np.concatenate(ww)
    uniq, inv = np.unique(code, return_inverse=True)
    sims = np.bincount(inv, weights=weights)
    keep = sims >= threshold
    out = []
    for c, s in zip(uniq[keep].tolist(), sims[keep].tolist(), strict=True):
        i, j = divmod(c, n)
        di, dj = days[i], days[j]
        if di is not None and dj is not None and abs(di - dj) > window:
            continue
        out.append((s, i, j))
    out.sort(key=lambda x: (-x[0], x[1], x[2]))
    return out


def build_stories(docs: list[StoryDoc], *, threshold: float = 0.35, window_days: int = 2,
                  max_df: int | None = None, duplicate_pairs: list[tuple[int, int]] | None = None,
                  min_size: int = 2) -> list[Story]:
    """Group ``docs`` into stories (see module docstring); stories of ``min_size`` or more members."""
    n = len(docs)
    if n == 0:
        return []
    vecs = vectors(docs)
    days = [_day(d.published) for d in docs]
    max_df = max_df or max(20, n // 50)
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Unit-length centroids, truncated to their CENTROID_TERMS strongest features: what a
    # story is about stays focused on its development instead of drifting with its topic.
    centroid: dict[int, dict[str, float]] = {i: vecs[i] for i in range(n)}

    def find(x: int) -> int:
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    def merge(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        group[rb] = ra
        members[ra].extend(members.pop(rb))
        centroid.pop(rb)
        summed: dict[str, float] = {}
        for m in members[ra]:
            for t, w in vecs[m].items():
                summed[t] = summed.get(t, 0.0) + w
        centroid[ra] = unit(dict(sorted(summed.items(), key=lambda kv: -kv[1])[:CENTROID_TERMS]))

    def unit(v: dict[str, float]) -> dict[str, float]:
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        return {t: w / norm for t, w in v.items()}

    for i, j in duplicate_pairs or []:
        merge(i, j)
    for _, i, j in _pairs(vecs, days, max_df, window_days, threshold):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        span = [days[m] for m in members[ri] + members[rj] if days[m] is not None]
        if span and max(span) - min(span) > window_days:
            continue
        if _cosine(centroid[ri], centroid[rj]) >= threshold:
            merge(i, j)
    stories = []
    for root, ms in members.items():
        if len(ms) < min_size:
            continue
        c = centroid[root]
        central = max(ms, key=lambda m: (_cosine(vecs[m], c), -m))
        ms = sorted(ms, key=lambda m: (docs[m].published or "9999", m))
        dates = [docs[m].published for m in ms if docs[m].published]
        sid = "s-" + hashlib.sha1(docs[ms[0]].id.encode("utf-8")).hexdigest()[:12]
        stories.append(Story(sid, docs[central].title or docs[central].text[:80], [docs[m].id for m in ms],
                             sorted({docs[m].source for m in ms if docs[m].source}),
                             min(dates) if dates else None, max(dates) if dates else None))
    stories.sort(key=lambda s: (-len(s.members), s.first or "", s.id))
    return stories

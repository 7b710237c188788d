"""Stories: the articles that report one event, across outlets, within a time window.

Pure (no I/O besides a pair model file the caller names). ``build_stories(docs)`` groups
documents that were *rewritten* rather than copied (copies are near-duplicates,
which join their story too):

1. Every document is prepared once (:func:`rasd.corpus.storysim.prepare`): TF-IDF
   vectors of its title, of its title + lead and of its whole text over light stems,
   its lead's sentences, its name-like words, the day its event happened (the
   weekday the lead names) and its publication time.
2. Candidate pairs share a title/lead term found in at most ``max_df`` leads, are
   published at most ``window_days`` apart and reach a small title + lead cosine
   (``CANDIDATE_FLOOR``); each term's postings are paired within the window only. Pairs of
   one outlet are left out unless they are copies (:func:`cross_outlet`).
3. Each candidate gets a same-story score in [0, 1] from a few pair features: by default
   the hand-set rule of :mod:`rasd.corpus.storyrule` (no fitted parameter ships), or a
   logistic model the user fitted on their own labelled pairs (``model=``, read by
   :func:`rasd.corpus.storysim.load_model`; ``rasd stories --model PATH``).
4. Average linkage: pairs are taken from the highest score down (at least ``threshold``,
   the scorer's own by default: 0.10 for the rule, with ``link`` 0.06, chosen on the 704
   dev story pairs, ``scripts/story_rule_dev.py``),
   and two groups merge only if the mean score over *all* their cross pairs reaches
   ``link`` — one loose link cannot chain two events — (with the rule, at least half of
   those cross pairs must also reach it) and the merged group spans at most
   ``window_days`` days. Verified near-duplicate pairs merge first.

A story's label is its most central headline (the member with the highest summed
score to the others); ``first``/``last`` are the earliest and latest
publication dates. :func:`vectors` (the older key-term TF-IDF vectors) is kept for
callers that use it.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from rasd.corpus.search import keys
from rasd.corpus.storyrule import RULE, PairRule
from rasd.corpus.storysim import PairModel, Prepared, cosine, pair_features, prepare

TOP_TERMS = 40
ENTITY_WEIGHT = 2.0
DATE_WEIGHT = 1.5
THRESHOLD = RULE.threshold  # the default scorer's score a pair needs to join two groups (chosen on dev)
LINK = RULE.link  # its mean cross-pair score for two groups to merge (average linkage; chosen on dev)
Scorer = PairRule | PairModel  # anything with probability(features), threshold and link
CANDIDATE_FLOOR = 0.05  # title + lead cosine (over terms in at most max_df leads) below which a pair is not scored
COPY_LEAD = 0.9  # title + lead cosine from which two articles of one outlet are copies of one report

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


def candidate_pairs(prepared: list[Prepared], *, window_hours: float, max_df: int,
                    floor: float = CANDIDATE_FLOOR) -> list[tuple[int, int]]:
    """Pairs published at most ``window_hours`` apart whose title + lead cosine, summed over
    the terms found in at most ``max_df`` leads, is at least ``floor``.

    Each term's postings are sorted by time and paired only within the window (numpy,
    no Python loop over pairs), so a common term costs its co-occurrences in a few days,
    not its square. Articles without a publication time get no candidates unless no
    article has one (then the window is ignored).
    """
    n = len(prepared)
    hrs = np.array([p.hours if p.hours is not None else np.nan for p in prepared], dtype=np.float64)
    if np.isnan(hrs).all():
        hrs = np.zeros(n)
        window_hours = 1.0
    postings: dict[str, list[tuple[int, float]]] = {}
    for i, p in enumerate(prepared):
        if not math.isnan(hrs[i]):
            for t, w in p.lead.items():
                postings.setdefault(t, []).append((i, w))
    codes, weights = [], []
    for plist in postings.values():
        if len(plist) < 2 or len(plist) > max_df:
            continue
        idx = np.array([q[0] for q in plist], dtype=np.int64)
        w = np.array([q[1] for q in plist], dtype=np.float64)
        order = np.argsort(hrs[idx], kind="stable")
        idx, w = idx[order], w[order]
        h = hrs[idx]
        end = np.searchsorted(h, h + window_hours, side="right")
        counts = end - np.arange(len(idx)) - 1
        total = int(counts.sum())
        if total == 0:
            continue
        a = np.repeat(np.arange(len(idx)), counts)
        b = a + 1 + (np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts))
        ia, ib = idx[a], idx[b]
        codes.append(np.minimum(ia, ib) * n + np.maximum(ia, ib))
        weights.append(w[a] * w[b])
    if not codes:
        return []
    uniq, inv = np.unique(np.concatenate(codes), return_inverse=True)
    sims = np.bincount(inv, weights=np.concatenate(weights))
    return [divmod(int(c), n) for c in uniq[sims >= floor]]


def cross_outlet(prepared: list[Prepared], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pairs`` less those of one outlet (both sources known and equal) that are not copies
    (title + lead cosine below ``COPY_LEAD``).

    The pair scorers are made for pairs of two outlets (the fitted model was calibrated on them); an outlet's own updates share its
    wording and background, and the model over-trusts them (on 92 hand-labelled pairs of
    one outlet drawn by the benchmark's pools, 8 of the 12 it put at 0.35 or more were one
    story, against 156 of 182 on the cross-outlet dev pairs). Left unscored, such a pair
    counts 0 in average linkage: an outlet's articles join one story through the other
    outlets' reports of it."""
    def same(i: int, j: int) -> bool:
        a, b = prepared[i], prepared[j]
        return a.source is not None and a.source == b.source and cosine(a.lead, b.lead) < COPY_LEAD
    return [(i, j) for i, j in pairs if not same(i, j)]


def score_pairs(prepared: list[Prepared], pairs: list[tuple[int, int]],
                model: Scorer | None = None) -> dict[tuple[int, int], float]:
    """The same-story score of each pair (``(i, j)`` with ``i < j``) by ``model`` (default: the rule)."""
    model = model or RULE
    return {(i, j) if i < j else (j, i): model.probability(pair_features(prepared[i], prepared[j]))
            for i, j in pairs}


def cluster(n: int, probs: dict[tuple[int, int], float], days: list[int | None], *, threshold: float,
            link: float, window_days: int, duplicate_pairs: list[tuple[int, int]] | None = None,
            outlets: list[str | None] | None = None, max_per_outlet: int | None = None,
            majority: float = 0.0) -> list[list[int]]:
    """Average-linkage groups of ``range(n)``: pairs are taken from the most probable down
    while their probability is at least ``threshold``; two groups merge when the mean
    probability over *all* their cross pairs (a pair never scored counts as 0) is at least
    ``link`` and the merged group spans at most ``window_days`` days. Near-duplicate pairs
    merge first, unconditionally.

    ``majority`` (the rule's 0.5; 0 for a model file) also asks that at least that share of
    the cross pairs score ``link`` or more: in a large affair a few strong pairs can lift the
    mean while most of the two groups' reports share no news.

    ``max_per_outlet`` (with ``outlets``, one per item) also refuses a merge that would put
    more than that many articles of one outlet in a group. Off by default: it was tried on
    the dev pairs (at most 3, ``scripts/fit_story_model.py --ablate``) and did not raise the
    month-by-month CV by more than its noise."""
    cap = max_per_outlet if outlets is not None else None
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(x: int) -> int:
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    def merge(ra: int, rb: int) -> None:
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        group[rb] = ra
        members[ra].extend(members.pop(rb))

    for i, j in duplicate_pairs or []:
        ri, rj = find(i), find(j)
        if ri != rj:
            merge(ri, rj)
    for (i, j), p in sorted(probs.items(), key=lambda kv: (-kv[1], kv[0])):
        if p < threshold:
            break
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        span = [days[m] for m in members[ri] + members[rj] if days[m] is not None]
        if span and max(span) - min(span) > window_days:
            continue
        if cap is not None and outlets is not None and max(
                Counter(outlets[m] for m in members[ri] + members[rj]).values()) > cap:
            continue
        cross = [probs.get((a, b) if a < b else (b, a), 0.0) for a in members[ri] for b in members[rj]]
        if sum(cross) / len(cross) >= link and (
                majority <= 0.0 or sum(1 for q in cross if q >= link) >= majority * len(cross)):
            merge(ri, rj)
    return list(members.values())


def build_stories(docs: list[StoryDoc], *, threshold: float | None = None, window_days: int = 2,
                  max_df: int | None = None, duplicate_pairs: list[tuple[int, int]] | None = None,
                  min_size: int = 2, model: Scorer | None = None, link: float | None = None) -> list[Story]:
    """Group ``docs`` into stories (see module docstring); stories of ``min_size`` or more members.

    ``model`` scores the pairs (default: the hand-set rule, :data:`rasd.corpus.storyrule.RULE`).
    ``threshold`` is the score a pair needs to join two groups, ``link`` the mean score over
    all cross pairs of the two groups (average linkage, see :func:`cluster`), so one loose
    link cannot chain two events; both default to the scorer's own (the link is at most the
    threshold). ``window_days`` bounds both the gap of a candidate pair and the span of a story.
    """
    return stories_and_prepared(docs, threshold=threshold, window_days=window_days, max_df=max_df,
                                duplicate_pairs=duplicate_pairs, min_size=min_size, model=model, link=link)[0]


def stories_and_prepared(docs: list[StoryDoc], *, threshold: float | None = None, window_days: int = 2,
                         max_df: int | None = None, duplicate_pairs: list[tuple[int, int]] | None = None,
                         min_size: int = 2, model: Scorer | None = None,
                         link: float | None = None) -> tuple[list[Story], list[Prepared]]:
    """:func:`build_stories` that also returns the prepared documents (for storylines)."""
    n = len(docs)
    if n == 0:
        return [], []
    prepared = prepare([(d.title or "", d.text or "", d.published, d.source, d.entities) for d in docs])
    max_df = max_df or max(20, n // 8)
    cands = cross_outlet(prepared, candidate_pairs(prepared, window_hours=24.0 * window_days, max_df=max_df))
    scorer = model or RULE
    threshold = scorer.threshold if threshold is None else threshold
    link = scorer.link if link is None else link
    probs = score_pairs(prepared, cands, scorer)
    groups = cluster(n, probs, [_day(d.published) for d in docs], threshold=threshold, link=min(link, threshold),
                     window_days=window_days, duplicate_pairs=duplicate_pairs,
                     majority=getattr(scorer, "majority", 0.0))
    return _stories(docs, groups, probs, min_size), prepared


def _stories(docs: list[StoryDoc], groups: list[list[int]], probs: dict[tuple[int, int], float],
             min_size: int) -> list[Story]:
    stories = []
    for ms in groups:
        if len(ms) < min_size:
            continue
        # The label: the member most similar to the others (the story's most central headline).
        central = max(ms, key=lambda m: (sum(probs.get((m, o) if m < o else (o, m), 0.0) for o in ms if o != m), -m))
        ms = sorted(ms, key=lambda m: (docs[m].published or "9999", m))
        dates = [docs[m].published for m in ms if docs[m].published]
        sid = "s-" + hashlib.sha1(docs[ms[0]].id.encode("utf-8")).hexdigest()[:12]
        stories.append(Story(sid, docs[central].title or docs[central].text[:80], [docs[m].id for m in ms],
                             sorted({docs[m].source for m in ms if docs[m].source}),
                             min(dates) if dates else None, max(dates) if dates else None))
    stories.sort(key=lambda s: (-len(s.members), s.first or "", s.id))
    return stories

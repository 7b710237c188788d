"""The stories engine's default pair scorer: a hand-set rule, no fitted parameter.

Do two articles of two outlets report the same event? :func:`rasd.corpus.storysim.pair_features`
measures their overlap at several grains; this rule reads a few of those numbers and
combines them with round weights set by reasoning about what each number means, not by an
optimiser, so nothing the package ships is fitted on any corpus. (A logistic model fitted on
one's own labelled pairs can replace it: ``scripts/fit_story_model.py --write PATH`` and
``rasd stories --model PATH``.)

The score is the **similarity** of the pair times an **actor agreement** and two **time discounts**:

- similarity: the weighted mean of six overlaps, each already in [0, 1] by construction
  (cosines, IDF-weighted Dice, IDF-weighted coverage), so no standardisation is needed:

  ========== ====== ===========================================================
  feature    weight why
  ========== ====== ===========================================================
  localdice  2      title + lead words shared, weighted by their IDF among the leads of
                    the days around: outlets state who, what and when in the lead, and a
                    word every report of that week uses (the affair's name) counts little,
                    so this is the one measure of "same event, not just same affair";
                    counted twice as the main evidence
  localfirst 1      the same over the two first sentences: the news itself
  sentence   1      the best sentence-to-sentence cosine: a rewrite keeps one key sentence
  firstcov   1      how much of each first sentence the other article covers (the smaller):
                    a next-day development's news is absent from the earlier report
  title      1      the headlines' cosine
  body       1      the whole texts' cosine (their strongest terms): the same facts
  ========== ====== ===========================================================

  The other features repeat these under the global IDF (lead, dice, leadfirst), name the
  affair rather than the event (names, etype), or are time (below); they get weight 0.
- actor agreement: the similarity is multiplied by ``HEAD_FLOOR + (1 - HEAD_FLOOR) * head``
  (``head``: how many of the first three content stems of each first sentence, its verb and
  subject, the other's first sentence opens with too; see :mod:`rasd.corpus.storysim`). The
  largest class of false merges on the dev pairs was another actor's statement or reaction in
  one affair on the same day (China confirms the Interpol chief's arrest / Interpol announces
  his resignation; the Security Council's / the Secretary-General's call for an inquiry): the
  same background words, a different opening. A pair whose openings share nothing keeps half
  its similarity (``HEAD_FLOOR`` 0.5: rewrites also reorder, «أعلنت السعودية … طلبها من السفير
  مغادرة» / «طلبت السعودية من السفير مغادرة»), one that shares all of it keeps all.
- time: a report and its rewrite usually come within hours, while shared wording a day or
  two apart is more often the background a development repeats. The score is multiplied by
  ``1 - HOUR_DISCOUNT * hourgap`` (hourgap: the publication gap / 48 h): it falls linearly to
  0 at the candidate window's two days, as no rewrite is expected that late (12 h apart keeps
  3/4 of it, a day half). When a publication time is unknown (eventday 0, hourgap 1) the gap
  says nothing, so the score is halved (``UNKNOWN_TIME_DISCOUNT``), not zeroed. It is also
  multiplied by ``1 + DAY_DISCOUNT * eventday`` when the two leads name different event days
  (eventday -1, or -0.5 when only one lead names a weekday): two event days named apart halve it.
  The event day is the weekday of the first paragraph (the news), a future one read forward
  (a preview names the day of the event it announces), see :mod:`rasd.corpus.storysim`.
- grouping (``majority``, read by :func:`rasd.corpus.stories.cluster`): besides average
  linkage, two groups merge only if at least half of their cross pairs score ``link`` or
  more. A large affair (one week of Khashoggi reports) has many pairs sharing its name and
  background; a few strong pairs could lift the mean over the link while most reports of the
  two groups share no news: a majority of linked pairs asks that most of them do.

The score is in [0, 1], 0 for no shared evidence, like the pair probability of a model, so
average linkage (a pair never scored counts 0) reads it the same way. ``threshold`` (and the
engine's ``link``) are the numbers chosen by looking at dev figures (the pairwise F1 of the
whole engine on the dev story pairs, ``scripts/story_rule_dev.py``); the two time discounts and
the majority check were also compared on dev (the card lists what was tried).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.corpus.storysim import FEATURES

WEIGHTS = {"localdice": 2.0, "localfirst": 1.0, "sentence": 1.0, "firstcov": 1.0, "title": 1.0, "body": 1.0}
HEAD_FLOOR = 0.5  # a pair whose first sentences open with nothing in common keeps half its similarity
HOUR_DISCOUNT = 1.0  # the similarity falls linearly to 0 at a 48-hour publication gap
UNKNOWN_TIME_DISCOUNT = 0.5  # an unknown publication time halves it (no evidence either way)
DAY_DISCOUNT = 0.5  # two leads that name different event days halve it
RULE_THRESHOLD = 0.10  # chosen on the dev story pairs (scripts/story_rule_dev.py; 0.15 before the head factor)
RULE_LINK = 0.06  # the mean score over two groups' cross pairs needed to merge them (chosen with it)
RULE_MAJORITY = 0.5  # and the share of those cross pairs that must score at least the link


@dataclass(frozen=True)
class PairRule:
    """A same-story score in [0, 1] from :data:`FEATURES` (see module docstring); it has the
    interface of :class:`rasd.corpus.storysim.PairModel` (``probability``, ``threshold``)."""

    weights: dict[str, float] = field(default_factory=lambda: dict(WEIGHTS))
    head_floor: float = HEAD_FLOOR
    hour_discount: float = HOUR_DISCOUNT
    unknown_time_discount: float = UNKNOWN_TIME_DISCOUNT
    day_discount: float = DAY_DISCOUNT
    threshold: float = RULE_THRESHOLD
    link: float = RULE_LINK
    majority: float = RULE_MAJORITY
    features: tuple[str, ...] = FEATURES

    def probability(self, x: list[float]) -> float:
        """The rule's score of one pair's feature vector (ordered as :data:`FEATURES`)."""
        f = dict(zip(self.features, x, strict=True))
        total = sum(self.weights.values())
        sim = sum(w * f[k] for k, w in self.weights.items()) / total if total else 0.0
        sim *= self.head_floor + (1.0 - self.head_floor) * f["head"]
        # eventday is exactly 0 only when a publication time is unknown (storysim.pair_features)
        known = f["eventday"] != 0.0
        sim *= 1.0 - (self.hour_discount * f["hourgap"] if known else self.unknown_time_discount)
        sim *= 1.0 + self.day_discount * min(0.0, f["eventday"])
        return max(0.0, min(1.0, sim))

    def describe(self) -> str:
        parts = " + ".join(f"{w:g}·{k}" for k, w in self.weights.items())
        return (f"rule: ({parts}) / {sum(self.weights.values()):g} × ({self.head_floor:g} + "
                f"{1 - self.head_floor:g}·head) × (1 − {self.hour_discount:g}·hourgap) "
                f"× (1 + {self.day_discount:g}·min(0, eventday)), threshold {self.threshold:g}, link {self.link:g}, "
                f"majority {self.majority:g}")


RULE = PairRule()

"""A learned choice among speaker candidates, backing up the hand rules.

For one quote candidate the rules (:func:`rasd.analyse.quotes.choose.choose_speaker`, then the
continuation) name a speaker; :func:`candidates` lists the alternatives around it — the entities
(PER/ORG/LOC) mentioned in the quote's sentence and the two before it, the previous speakers, no
speaker — each with a few features: the rules' own choice, sentence and token distance, position
relative to the cue (right after it, between cue and quote, before it), gender agreement of the cue
with the entity, entity type, whether the entity is the subject of a reporting verb elsewhere, whether
it spoke the previous quote, whether it is the latest subject of a reporting verb before the cue,
a plural cue by candidate type, paragraph, quote kind, mention count. :func:`rerank` scores them with a
conditional-logit model (``rasd/data/quotes/speakers.json``, trained by
``scripts/train_speakers.py`` on the ANERcorp quote gold, never on ANT text) and returns the best one
(or, in an "unsure" mode, keeps the rules' pick where :func:`overrules` says so); without the weights
file it returns the rules' choice unchanged.

No weights ship. Fifth round: trained on ANT dev annotations it tied the rules (0.855 against 0.858
by 8-fold CV), and ANT-trained weights may not ship anyway (licence). Session 8: trained on the
licence-clean ANERcorp quote gold (dev + train files, 26 files, 631 matched quotes), it loses to the
rules by leave-one-file-out CV (0.832 against 0.842) and, frozen, on the ANT dev sets the rules were
fitted to (0.862 against 0.873 over 1,016 quotes); letting it overrule only unsure rule picks
(:func:`overrules`: not anchored to the cue; and 2+ gender-agreeing candidates; none or a description)
gets closer (best: 0.843 / 0.872) but never beats the rules on both corpora. The right speaker is among
the candidates for 0.918 of the matched ANT quotes (dev8 0.879) and 0.964 on ANERcorp (a shared word,
a lenient test): the misses are descriptions cut differently from the gold, entities outside the
window or merged wrongly, and names the entities layer missed.
``python3 scripts/train_speakers.py`` prints these figures; ``--write --mode M`` stores weights (and
the mode), after which :func:`rerank` uses them.

Pure apart from reading the weights once. ``RECORD``: when a list, every call appends
``(quote source span, values, feature dicts, chosen)`` (used by the training script only).
"""

from __future__ import annotations

import bisect
import json
import math
from functools import lru_cache
from importlib import resources

from rasd.analyse.quotes.base import _ANON_N, _ROLE_N, _SOURCE_N, MARKS, _Cand, _Ctx
from rasd.arabic.normalize import normalize

RECORD: list | None = None
WINDOW = 2  # sentences before the quote's own one whose entities are candidates


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], str] | None:
    """The shipped weights and their mode ("model" or "unsure"; see :func:`choose_index`), or None."""
    try:
        raw = json.loads(resources.files("rasd.data").joinpath("quotes/speakers.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return None
    return dict(raw["weights"]), str(raw.get("mode", "model"))


def _mention_index(ctx: _Ctx) -> list[int]:
    idx = ctx.__dict__.get("_mstarts")
    if idx is None:
        idx = [m[0] for m in ctx.mentions]
        ctx.__dict__["_mstarts"] = idx
    return idx


def _counts(ctx: _Ctx) -> dict[str, int]:
    got = ctx.__dict__.get("_mcounts")
    if got is None:
        got = {}
        for _s, _e, ent in ctx.mentions:
            got[ent.id] = got.get(ent.id, 0) + 1
        ctx.__dict__["_mcounts"] = got
    return got


_PREPS = frozenset({"من", "عن", "على", "في", "إلى", "الى", "مع", "بين", "ضد", "حول", "لدى", "عند", "بعد", "قبل"})


def _cue_ends(ctx: _Ctx, lo: int, hi: int) -> list[int]:
    """Source end offsets of the reporting verbs in ``[lo, hi)`` (all cues of the article, once)."""
    ends = ctx.__dict__.get("_cue_ends")
    if ends is None:
        ends = [ctx.src(q.start, q.end)[1] for q in ctx.cues if q.kind == "verb"]
        ctx.__dict__["_cue_ends"] = ends
    return ends[bisect.bisect_left(ends, lo): bisect.bisect_left(ends, hi)]


def _desc_kind(desc: str) -> str:
    words = normalize(desc).split()
    if not words:
        return "empty"
    w = words[0][2:] if words[0].startswith("ال") else words[0]
    if words[0] in _ANON_N or w in _ANON_N:
        return "anon"
    if words[0] in _SOURCE_N or w in _SOURCE_N:
        return "source"
    if words[0] in _ROLE_N or w in _ROLE_N:
        return "role"
    return "other"


def candidates(ctx: _Ctx, c: _Cand, rule: str | None, history: list[str],
               via_continuation: bool) -> tuple[list[str | None], list[dict[str, float]]]:
    """The speaker candidates of ``c`` and their features (see the module docstring)."""
    from rasd.analyse.coref.features import entity_gender
    from rasd.analyse.quotes.choose import cue_gender_of, cue_plural
    from rasd.analyse.quotes.continuation import text_genders

    text = ctx.text
    qs, qe = ctx.src(c.start, c.end)
    anchor_n = c.anchor
    k = max(0, bisect.bisect_right(ctx.sents, (anchor_n, anchor_n)) - 1)
    first = max(0, k - WINDOW)
    win_s = ctx.src(ctx.sents[first][0], ctx.sents[first][0] + 1)[0] if ctx.sents else 0
    sent_bounds = [ctx.src(s, s + 1)[0] for s, _e in ctx.sents[first: k + 1]] if ctx.sents else [0]
    sent_e = ctx.src(ctx.sents[k][1] - 1, ctx.sents[k][1])[1] if ctx.sents else len(text)
    sent_e = max(sent_e, qe)
    if c.cue is not None:
        cs, ce = ctx.src(c.cue.start, c.cue.end)
    else:
        cs = ce = qs
    rs, re_ = ctx.src(*c.region) if c.region is not None else (-1, -1)
    para_s = text.rfind("\n", 0, min(cs, qs)) + 1
    para_e = text.find("\n", max(ce, qe))
    para_e = len(text) if para_e < 0 else para_e
    gender = cue_gender_of(c.cue)
    said = text_genders(ctx)
    counts = _counts(ctx)
    starts = _mention_index(ctx)
    kind = c.kind
    cue_kind = c.cue.kind if c.cue is not None else "none"
    found: dict[str, dict[str, float]] = {}
    cue_ends = _cue_ends(ctx, win_s, sent_e)
    lo = bisect.bisect_left(starts, win_s)
    hi = bisect.bisect_left(starts, sent_e)
    nearest_before: str | None = None
    nearest_dist = 10 ** 9
    last_subject: str | None = None  # the latest subject of a reporting verb before the cue
    last_subject_at = -1
    for ms, _me, ent in ctx.mentions[lo:hi]:
        if qs <= ms < qe:
            continue  # named inside the quote: spoken about, not speaking
        f = _place(ms, text, cs, ce, qs, qe, rs, re_, para_s, para_e, sent_bounds, c.cue is not None)
        before = text[max(0, ms - 12):ms]
        prev_word = before.split()[-1] if before.strip() and not before[-1:].isspace() else (
            before.split()[-1] if before.split() else "")
        if not before[-1:].isspace() and before[-1:] in ("ل", "ب"):
            f["prep"] = 1.0  # لوزير، بالرئيس: an addressee or object, not a subject
        elif prev_word.strip(MARKS + "(") in _PREPS:
            f["prep"] = 1.0
        if any(0 <= ms - e <= 2 for e in cue_ends):
            f["subj_of_cue"] = 1.0
            if ms < cs and ms > last_subject_at:
                last_subject, last_subject_at = ent.id, ms
        if f.get("sent0") and text.count(" ", sent_bounds[-1], ms) <= 3:
            f["sent_opening"] = 1.0  # among the sentence's first words: the main verb's subject
        old = found.get(ent.id)
        if old is not None:
            f = {k: max(v, old.get(k, 0.0)) for k, v in f.items()} | {
                k: v for k, v in old.items() if k not in f}
            f["dist"] = min(old["dist"], f["dist"])
        found[ent.id] = f
        if ms < cs and cs - ms < nearest_dist and ent.type in ("PER", "ORG"):
            nearest_dist, nearest_before = cs - ms, ent.id
    plural = cue_plural(c.cue)
    values: list[str | None] = []
    feats: list[dict[str, float]] = []
    pool: list[str | None] = [*found]
    for h in (history[-1:] + history[-2:-1]):
        if h not in pool:
            pool.append(h)
    if rule not in pool:
        pool.append(rule)
    for v in pool:
        if v is not None and v not in found and ctx.art.entity(v) is None:
            # a description is placed where the window writes it last, outside the quote
            at = text.rfind(v, win_s, sent_e)
            if at >= 0 and not qs <= at < qe:
                found[v] = _place(at, text, cs, ce, qs, qe, rs, re_, para_s, para_e, sent_bounds,
                                  c.cue is not None)
    if None not in pool:
        pool.append(None)
    prev = history[-1] if history else None
    for v in pool:
        f: dict[str, float] = {}
        ent = ctx.art.entity(v) if v is not None else None
        base = found.get(v, {}) if v is not None else {}
        if v is None:
            f["none"] = 1.0
            f[f"none&{kind}"] = 1.0
        elif ent is None:
            f["desc"] = 1.0
            f[f"desc={_desc_kind(v)}"] = 1.0
        else:
            f[f"type={ent.type}"] = 1.0
            if ent.roles:
                f["has_role"] = 1.0
            g = said.get(ent.id) or entity_gender(ent)
            if gender and g:
                f["gender_ok" if g == gender else "gender_bad"] = 1.0
            if ent.id in said:
                f["speaks_elsewhere"] = 1.0
            f["log_mentions"] = math.log1p(counts.get(ent.id, 0)) / 2
            if v == nearest_before:
                f["nearest_before"] = 1.0
            if v == last_subject:
                f["last_subject"] = 1.0
            if plural:
                f[f"plural_cue&{ent.type}"] = 1.0  # a plural cue: a group, rarely one person
        if v is not None and ent is None and gender:
            g = "F" if normalize(v).split()[0].endswith("ه") else "M"
            f["gender_ok" if g == gender else "gender_bad"] = 1.0
        if v is not None and ent is None and plural:
            head = normalize(v).split()[0]
            f["plural_cue&desc_plural" if head.endswith(("ون", "ين", "ات")) else "plural_cue&desc"] = 1.0
        if c.cue is not None and not base.get("right_after_cue") and v == prev:
            f["prev&bare_cue"] = 1.0
        for key in ("sent0", "sent1", "sent2", "after_cue", "right_after_cue", "before_cue", "after_quote",
                    "in_region", "same_para", "prep", "subj_of_cue", "sent_opening"):
            if base.get(key):
                f[key] = 1.0
                f[f"{key}&{cue_kind}"] = 1.0
        if base:
            f["log_dist"] = math.log1p(base["dist"]) / 3
        if v == rule:
            f["rule"] = 1.0
            f[f"rule&{kind}"] = 1.0
            f[f"rule&{cue_kind}"] = 1.0
            if via_continuation:
                f["rule&cont"] = 1.0
        if v is not None and v == prev:
            f["prev"] = 1.0
            f[f"prev&{cue_kind}"] = 1.0
        elif v is not None and v in history:
            f["earlier"] = 1.0
        values.append(v)
        feats.append(f)
    return values, feats


def _place(ms: int, text: str, cs: int, ce: int, qs: int, qe: int, rs: int, re_: int, para_s: int,
           para_e: int, sent_bounds: list[int], has_cue: bool) -> dict[str, float]:
    """Position features of one mention starting at source offset ``ms``."""
    f: dict[str, float] = {}
    si = bisect.bisect_right(sent_bounds, ms) - 1
    back = (len(sent_bounds) - 1) - max(si, 0)
    f["sent0"] = float(back == 0)
    f["sent1"] = float(back == 1)
    f["sent2"] = float(back >= 2)
    pivot = cs if ms < cs else ce
    f["dist"] = float(text.count(" ", min(ms, pivot), max(ms, pivot)) if ms < cs or ms >= ce else 0)
    if has_cue and ce <= ms < qs:
        f["after_cue"] = 1.0
        if f["dist"] <= 1:
            f["right_after_cue"] = 1.0
    if back == 0 and ms < cs and ms < qs:
        f["before_cue"] = 1.0
    if ms >= qe and back == 0:
        f["after_quote"] = 1.0
    if rs <= ms < re_:
        f["in_region"] = 1.0
    if para_s <= ms < para_e:
        f["same_para"] = 1.0
    return f


def score(weights: dict[str, float], f: dict[str, float]) -> float:
    return sum(weights.get(k, 0.0) * x for k, x in f.items())


MODES = ("model", "unsure", "unsure-agree", "unsure-desc")


def rule_sure(f: dict[str, float]) -> bool:
    """The rules' pick is grammatically anchored: the subject right after its cue or of a reporting verb."""
    return bool(f.get("right_after_cue") or f.get("subj_of_cue"))


def overrules(feats: list[dict[str, float]], rule_at: int, mode: str) -> bool:
    """May the model overrule the rules' pick (index ``rule_at``) under ``mode``? "model": always;
    "unsure": where the pick is not anchored (:func:`rule_sure`); "unsure-agree": not anchored and two or
    more candidates agree with the cue in gender; "unsure-desc": the pick is no speaker or a description."""
    f = feats[rule_at]
    if mode == "unsure":
        return not rule_sure(f)
    if mode == "unsure-agree":
        return not rule_sure(f) and sum(1 for x in feats if x.get("gender_ok")) >= 2
    if mode == "unsure-desc":
        return bool(f.get("none") or f.get("desc"))
    return True


def choose_index(weights: dict[str, float], feats: list[dict[str, float]], rule_at: int, mode: str) -> int:
    """The index of the chosen candidate: the best-scored one where :func:`overrules` allows it, else the
    rules' pick ``rule_at``."""
    if not overrules(feats, rule_at, mode):
        return rule_at
    scores = [score(weights, f) for f in feats]
    return max(range(len(feats)), key=scores.__getitem__)


def rerank(ctx: _Ctx, c: _Cand, rule: str | None, history: list[str], via_continuation: bool) -> str | None:
    """The model's speaker for ``c`` (the rules' ``rule`` when no weights ship)."""
    model = _model()
    if model is None and RECORD is None:
        return rule
    values, feats = candidates(ctx, c, rule, history, via_continuation)
    best = rule
    if model is not None and RECORD is None:  # recording (training) keeps the rules' history
        best = values[choose_index(model[0], feats, values.index(rule), model[1])]
    if RECORD is not None:
        RECORD.append((ctx.src(c.start, c.end), values, feats, rule))
    return best

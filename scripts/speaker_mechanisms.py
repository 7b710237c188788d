"""Speaker precision by the attribution mechanism that chose the speaker, over every dev set.

    python3 scripts/speaker_mechanisms.py [--refresh] [--sets dev,dev2,dev3,draws] [--examples MECH]

For each quote that matches a gold quote (as the shared score.py matches them), the quotes layer runs
with a trace: which function of :mod:`rasd.analyse.quotes.choose` produced the speaker it kept (the
named subject after the verb, a relative clause's antecedent, the clause subject before the cue,
the speaker part ``_resolve`` read — split into a name written there, a name reached from a role or
pronoun there, a description —, the previous speaker of the sentence, the continuation of the
timeline, the plural subject, no speaker). The table gives, per mechanism and cue kind, how many
quotes it decided and how many of those have the right speaker (score.py's test). Sets: the shared
dev gold + ANT dev half ("dev"), dev2, dev3, and draws 1-3 of the held-out speaker set ("draws");
never a frozen test half. Entities come from the cache of ``scripts/train_speakers.py``.

``--examples MECH`` lists that mechanism's wrong speakers (dev material only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

# the functions of rasd.analyse.quotes.choose whose result may be the speaker (module-level names)
TRACED = ("_opening_subject", "relative_antecedent", "sentence_subject", "actor_phrase", "source_phrase",
          "plural_np", "quantified_subject", "prep_subject", "clause_subject", "_svo_source", "last_actor",
          "_described_subject", "_connective_subject", "subject_description", "_resolve")


def install() -> dict:
    """Wrap the traced functions; return the state dict that holds the current quote's mechanism."""
    from rasd.analyse.quotes import choose, finder, ranker

    state: dict = {"log": [], "mech": {}}

    def wrap(name: str, fn):  # noqa: ANN001, ANN202
        def inner(*a, **k):  # noqa: ANN002, ANN003, ANN202
            out = fn(*a, **k)
            if out is not None:
                state["log"].append((name, out, a))
            return out
        return inner

    for name in TRACED:
        setattr(choose, name, wrap(name, getattr(choose, name)))
    orig_choose, orig_cont, orig_plural = finder.choose_speaker, choose.continuation, choose.plural_subject
    orig_rerank = finder.rerank

    def choose_speaker(ctx, c, history, same_sentence):  # noqa: ANN001, ANN202
        state["log"] = []
        out = orig_choose(ctx, c, history, same_sentence)
        state["pick"] = _mechanism(ctx, c, out, history, state["log"])
        return out

    def continuation(*a, **k):  # noqa: ANN002, ANN003, ANN202
        out = orig_cont(*a, **k)
        state["pick"] = "continuation" if out is not None else "none"
        return out

    def plural_subject(*a, **k):  # noqa: ANN002, ANN003, ANN202
        out = orig_plural(*a, **k)
        if out is not None:
            state["pick"] = "plural_subject"
        return out

    def rerank(ctx, c, speaker, history, cont):  # noqa: ANN001, ANN202
        kind = c.cue.kind if c.cue is not None else "none"
        state["mech"][ctx.src(c.start, c.end)] = (state.get("pick", "none") if speaker is not None else "none", kind)
        return orig_rerank(ctx, c, speaker, history, cont)

    orig_agent = getattr(choose, "sentence_agent", lambda *a, **k: None)  # absent before round 7

    def sentence_agent(*a, **k):  # noqa: ANN002, ANN003, ANN202
        out = orig_agent(*a, **k)
        if out is not None:
            state["pick"] = "sentence_agent"
        return out

    choose.sentence_agent, choose.continuation, choose.plural_subject = sentence_agent, continuation, plural_subject
    finder.choose_speaker = choose_speaker
    finder.rerank = rerank
    del ranker
    return state


def _mechanism(ctx, c, out, history, log) -> str:  # noqa: ANN001
    if out is None:
        return "none"
    names = [n for n, v, _a in log if v == out]
    if names:
        name = names[-1]
        if name == "_resolve":
            ent = ctx.art.entity(out)
            if ent is None:
                return "region:description"
            a = next(a for n, v, a in log if n == name and v == out)
            s, e = ctx.src(a[1], a[2])
            named = any(s <= ms < e and ment.id == out for ms, _me, ment in ctx.mentions)
            return "region:name" if named else "region:resolved"
        return name.lstrip("_")
    if history and out == history[-1]:
        return "previous_speaker"
    return "post-edit" if ctx.art.entity(out) is None else "post-edit:entity"


def rows_for(sets: list[str], refresh: bool, state: dict) -> list[dict]:
    import train_speakers as ts

    orig = ts.recorded_quotes

    def recorded(art):  # noqa: ANN001, ANN202
        state["mech"] = {}
        quotes, rec = orig(art)
        # the mechanism travels in the rule candidate's feature dict, under a key no model reads
        for span, (vals, feats, rule) in rec.items():
            mech, kind = state["mech"].get(span, ("none", "none"))
            feats[vals.index(rule)]["#mech"] = f"{mech}|{kind}"  # type: ignore[assignment]
        return quotes, rec

    ts.recorded_quotes = recorded
    rows = []
    named = [s for s in sets if s != "draws"]
    if named:
        rows += ts.samples(refresh, tuple(named))
    if "draws" in sets:
        held = ts.heldout_samples(refresh)
        for r in held:
            r["set"] = f"draw{r['draw']}"
        rows += held
    return rows


def cross_validate(rows: list[dict], k: int, l2: float) -> int:
    """Rules vs the conditional-logit ranker (``train_speakers.fit``) with the rule candidate's mechanism
    and cue kind as features, K folds of whole articles over every row; wins and losses per quote."""
    import train_speakers as ts

    for r in rows:
        f = r["feats"][r["rule"]]
        mech, kind = f.pop("#mech", "none|none").split("|")
        f[f"rule&mech={mech}"] = 1.0
        f[f"rule&mech={mech}&{kind}"] = 1.0
    docs = sorted({r["doc"] for r in rows})
    for i in range(k):
        fold = set(docs[i::k])
        w = ts.fit([r for r in rows if r["doc"] not in fold], l2)
        for r in rows:
            if r["doc"] in fold:
                r["cv"] = r["right"][ts.pick(w, r)]
    n = len(rows)
    rule = sum(r["right"][r["rule"]] for r in rows)
    model = sum(r["cv"] for r in rows)
    wins = sum(r["cv"] and not r["right"][r["rule"]] for r in rows)
    losses = sum(r["right"][r["rule"]] and not r["cv"] for r in rows)
    print(f"{len(docs)} articles, {n} quotes, {k}-fold by article, l2={l2}: rules {rule / n:.3f}, "
          f"model {model / n:.3f} (model right where the rules are wrong: {wins}; the reverse: {losses})")
    for name in sorted({r["set"] for r in rows}):
        part = [r for r in rows if r["set"] == name]
        print(f"  {name:6} {len(part):4d} quotes: rules {sum(r['right'][r['rule']] for r in part) / len(part):.3f}"
              f", model {sum(r['cv'] for r in part) / len(part):.3f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--refresh", action="store_true")
    ap.add_argument("--sets", default="dev,dev2,dev3,draws")
    ap.add_argument("--examples", default="", help="print this mechanism's wrong speakers")
    ap.add_argument("--cv", type=int, default=0, help="K-fold (by article) the ranker with mechanism features")
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    state = install()
    rows = rows_for(args.sets.split(","), args.refresh, state)
    if args.cv:
        return cross_validate(rows, args.cv, args.l2)
    tot, ok, tot_k, ok_k = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        mech, kind = r["feats"][r["rule"]].get("#mech", "none|none").split("|")
        right = r["right"][r["rule"]]
        tot[mech] += 1
        ok[mech] += right
        tot_k[(mech, kind)] += 1
        ok_k[(mech, kind)] += right
        if args.examples and mech == args.examples and not right and "names" in r:
            print(f"  {r['set']} {r['doc']}: gold={r['gold']} got={r['names'][r['rule']]} cue={kind} | {r['quote']}")
    n = len(rows)
    print(f"{n} matched quotes, speaker right {sum(ok.values())} ({sum(ok.values()) / n:.3f}); sets {args.sets}")
    print(f"{'mechanism':24} {'n':>5} {'right':>6} {'prec':>6}   by cue kind (n/prec)")
    for mech, m in tot.most_common():
        kinds = ", ".join(f"{k}:{tot_k[(mech, k)]}/{ok_k[(mech, k)] / tot_k[(mech, k)]:.2f}"
                          for (mm, k) in sorted(tot_k) if mm == mech)
        print(f"{mech:24} {m:5d} {ok[mech]:6d} {ok[mech] / m:6.3f}   {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

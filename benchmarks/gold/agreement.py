"""Inter-annotator agreement: the blind second annotation in ``agreement/`` scored against the first.

For every ``agreement/<set>/<docno>.json`` (annotator B, written blind) the first annotation is
``<set>/<docno>.json`` (annotator A). The figures are those of the shared
``../shared/data/gold/ant-dev/score.py``, run unchanged: its ``main`` is called with A as the gold and
B's annotation, put in the shape of a rasd output, standing in for rasd (its ``run`` is replaced by a
lookup), so the matching is exactly the one every rasd figure uses (entities: type + a shared form;
quotes: token-overlap F1 >= 0.5, then the speaker's forms; timex: overlap >= 0.5, then the exact value;
events: type + one gold actor, strict: + all gold actors + status; junk: lines of A's junk that B keeps).
The same run with the roles swapped (B as gold) gives the other direction (roles recall of A in B, and
recall of B's items, i.e. the precision of the first run). ``--diff`` lists every disagreement, layer by
layer, with the same matching, for reading and classifying them.

Usage: ``python3 benchmarks/gold/agreement.py [--diff] [--set ant-dev5] [--rasd [CMD]]`` (``--rasd``
also scores rasd, default ``rasd process --format json``, on the same articles against A and against B).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
SCORE = SHARED / "gold" / "ant-dev" / "score.py"
NEWS = SHARED / "news" / "ant-dev"
UNKNOWN = "مجهول"


def load_score() -> ModuleType:
    """The shared score.py as a module (its functions and ``main``), unchanged."""
    spec = importlib.util.spec_from_file_location("ant_score", SCORE)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_pairs(only_set: str | None) -> list[tuple[str, dict, dict, dict]]:
    """(set, article, A, B) for every second annotation found, A being the set's own file."""
    want: dict[str, tuple[str, Path]] = {}
    for path in sorted((HERE / "agreement").glob("*/*.json")):
        if only_set is None or path.parent.name == only_set:
            want[path.stem] = (path.parent.name, path)
    arts = {}
    for outlet in ("bbc", "cnn", "france24"):
        for line in open(NEWS / f"{outlet}.jsonl", encoding="utf-8"):
            art = json.loads(line)
            if art["id"] in want:
                arts[art["id"]] = art
    pairs = []
    for docno, (name, path) in want.items():
        first = HERE / name / f"{docno}.json"
        if not first.exists() or docno not in arts:
            print(f"agreement: {docno}: no first annotation {first.name} in {name}/ or no corpus text; skipped")
            continue
        pairs.append((name, arts[docno], json.loads(first.read_text(encoding="utf-8")),
                      json.loads(path.read_text(encoding="utf-8"))))
    return pairs


def as_output(ann: dict, text: str) -> dict:
    """An annotation in the shape of ``rasd process --format json`` output, as score.py reads it.

    Entities get their name as id, so a speaker or actor given by name resolves to the entity's forms
    (name + aliases) exactly as rasd's entity ids do; a free description stays a plain string."""
    lines = text.split("\n")
    return {
        "entities": [{"id": e["name"], "type": e["type"], "name": e["name"], "aliases": e.get("aliases", []),
                      "roles": e.get("roles", [])} for e in ann["entities"]],
        "quotes": [{"text": text[q["start"]:q["end"]], "speaker": q.get("speaker"), "cue": q.get("cue")}
                   for q in ann["quotes"]],
        "dates": [{"text": text[t["start"]:t["end"]], "value": t["value"]} for t in ann["timex"]],
        "events": [{"type": v["type"], "source": v.get("source"), "target": v.get("target"),
                    "status": v.get("status")} for v in ann["events"]],
        "paragraphs": [ln for i, ln in enumerate(lines) if ln.strip() and i not in ann.get("junk_lines", [])],
    }


def as_gold(ann: dict, art: dict) -> dict:
    """An annotation as one line of score.py's gold jsonl."""
    return {"docno": art["id"], "title": art.get("title", ""), "text": art["text"], "published": ann["published"],
            "url": art.get("url", ""), "source": art.get("source", ""), **{k: ann[k] for k in (
                "junk_lines", "entities", "quotes", "timex", "events")}}


def _report(score: ModuleType, pairs: list, gold_side: int, extra: list[str]) -> str:
    """score.py's printed report with annotator ``gold_side`` (2 = A, 3 = B) written as its gold file."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for p in pairs:
            fh.write(json.dumps(as_gold(p[gold_side], p[1]), ensure_ascii=False) + "\n")
        gold_path = fh.name
    argv, sys.argv = sys.argv, ["score.py", "--gold", gold_path, *extra]
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            score.main()
    finally:
        sys.argv = argv
        Path(gold_path).unlink()
    return buf.getvalue()


def run_score(score: ModuleType, pairs: list, gold_side: int, verbose: bool = False) -> str:
    """score.py's report with annotator ``gold_side`` (2 = A, 3 = B) as gold and the other as prediction."""
    pred_side = 5 - gold_side
    preds = {p[1]["id"]: as_output(p[pred_side], p[1]["text"]) for p in pairs}
    score.run = lambda _cmd, art: (preds[art["id"]], "")  # the other annotator stands in for rasd
    return _report(score, pairs, gold_side, ["--verbose"] if verbose else [])


def run_rasd(score: ModuleType, pairs: list, gold_side: int, cmd: str) -> str:
    """score.py's report for rasd itself (``cmd``) with annotator ``gold_side`` (2 = A, 3 = B) as gold."""
    return _report(load_score(), pairs, gold_side, ["--cmd", cmd])  # an unpatched copy: its run() calls rasd


def pair_events(score: ModuleType, d: object, a: dict, b: dict) -> tuple[list, list[int]]:
    """A's events paired with B's by score.py's tests: strict pairs first, then type + one actor,
    each time pairs whose triggers overlap before the others.

    Returns ([(A event, B index or None, strict?)], unpaired B indexes). score.py itself pairs greedily
    in A's order, which can hand a B event to the wrong A event of the same type and target; this
    order finds the pairs a reader would, and its strict count is the figure's upper bound."""
    def test(ge: dict, bv: dict) -> tuple[bool, bool]:
        gact = [x for x in (ge.get("source"), ge.get("target")) if x and x != UNKNOWN]
        if bv["type"] != ge["type"]:
            return False, False
        oforms = [d.forms(r) for r in (bv.get("source"), bv.get("target")) if r]
        hits = [any(score.match_forms(f, score.gold_forms(a["entities"], x)) for f in oforms) for x in gact]
        return any(hits) or not gact, all(hits) and bv["status"] == ge["status"]
    got: dict[int, tuple[int, bool]] = {}
    used: set[int] = set()
    def near(ge: dict, bv: dict) -> bool:  # the triggers overlap (same word, a clitic aside)
        return ge["trigger_start"] < bv["trigger_end"] and bv["trigger_start"] < ge["trigger_end"]
    for want_strict, want_near in ((True, True), (True, False), (False, True), (False, False)):
        for i, ge in enumerate(a["events"]):
            if i in got:
                continue
            for k, bv in enumerate(b["events"]):
                lenient, strict = test(ge, bv)
                if k not in used and (strict if want_strict else lenient) and (near(ge, bv) or not want_near):
                    got[i] = (k, strict)
                    used.add(k)
                    break
    out = [(ge, *got.get(i, (None, False))) for i, ge in enumerate(a["events"])]
    return out, [k for k in range(len(b["events"])) if k not in used]


def diff(score: ModuleType, set_name: str, art: dict, a: dict, b: dict) -> list[str]:
    """Every disagreement of one article, with score.py's matching (A gold, B prediction)."""
    text, out = art["text"], []
    d = score.Doc(as_output(b, text))
    say = out.append
    # entities and roles
    used: set[int] = set()
    for ge in a["entities"]:
        gf = {score.norm(x) for x in [ge["name"], *ge.get("aliases", [])]}
        hit = next((k for k, be in enumerate(b["entities"]) if k not in used and be["type"] == ge["type"]
                    and d.forms(be["name"]) & gf), None)
        if hit is None:
            say(f"ENT  A only {ge['type']} {ge['name']} {ge.get('aliases', [])}")
            continue
        used.add(hit)
        broles = b["entities"][hit].get("roles", [])
        for role in ge.get("roles", []):
            if not any(score.norm(role) in score.norm(r) or score.norm(r) in score.norm(role) for r in broles):
                say(f"ROLE A only {ge['name']}: {role}   (B: {broles})")
        for role in broles:
            if not any(score.norm(role) in score.norm(r) or score.norm(r) in score.norm(role)
                       for r in ge.get("roles", [])):
                say(f"ROLE B only {ge['name']}: {role}")
    for k, be in enumerate(b["entities"]):
        if k not in used:
            say(f"ENT  B only {be['type']} {be['name']} {be.get('aliases', [])}")
    # quotes
    span = {id(q): text[q["start"]:q["end"]] for q in a["quotes"] + b["quotes"]}
    used = set()
    for gq in a["quotes"]:
        f, k = 0.0, -1
        for j, bq in enumerate(b["quotes"]):  # score.py's order: the first best overlap wins a tie
            o = score.overlap_f1(span[id(bq)], span[id(gq)])
            if j not in used and o > f:
                f, k = o, j
        if f < 0.5:
            say(f"QUOT A only {gq['kind']} {gq['speaker']} [{gq['cue']}] {span[id(gq)][:70]}")
            continue
        used.add(k)
        spk, bspk = gq.get("speaker"), b["quotes"][k].get("speaker")
        ok = bspk in (None, "") if spk is None else score.match_forms(
            d.forms(bspk), score.gold_forms(a["entities"], spk))
        if not ok:
            say(f"SPKR A={spk} B={bspk} [{gq['cue']}] {span[id(gq)][:60]}")
    for k, bq in enumerate(b["quotes"]):
        if k not in used:
            say(f"QUOT B only {bq['kind']} {bq['speaker']} [{bq['cue']}] {span[id(bq)][:70]}")
    # timex (same-value pairs first, as for events: the greedy order can cross two expressions)
    tspan = [text[bt["start"]:bt["end"]] for bt in b["timex"]]
    got: dict[int, int] = {}
    used = set()
    for same_value in (True, False):
        for i, gt in enumerate(a["timex"]):
            gs = text[gt["start"]:gt["end"]]
            cand = [(score.overlap_f1(tspan[k], gs), k) for k, bt in enumerate(b["timex"]) if k not in used
                    and i not in got and (not same_value or str(bt["value"]) == str(gt["value"]))]
            cand = [c for c in cand if c[0] >= 0.5]
            if cand:
                got[i] = max(cand)[1]
                used.add(got[i])
    for i, gt in enumerate(a["timex"]):
        gs = text[gt["start"]:gt["end"]]
        if i not in got:
            say(f"TIMX A only {gs} = {gt['value']}")
        elif str(b["timex"][got[i]]["value"]) != str(gt["value"]):
            say(f"TVAL {gs}: A={gt['value']} B={b['timex'][got[i]]['value']} (B span {tspan[got[i]]})")
    for k in range(len(b["timex"])):
        if k not in used:
            say(f"TIMX B only {tspan[k]} = {b['timex'][k]['value']}")
    # events (strict-first pairing, so a pair the greedy order splits shows as one disagreement)
    def show(v: dict) -> str:
        trig = text[v["trigger_start"]:v["trigger_end"]]
        return f"{v['type']}/{v.get('mode')} {v.get('source')} -> {v.get('target')} {v['status']} [{trig}]"
    pairs, b_left = pair_events(score, d, a, b)
    for ge, k, strict in pairs:
        if k is None:
            say(f"EVNT A only {show(ge)}")
        elif not strict:
            say(f"STRC A {show(ge)}  vs  B {show(b['events'][k])}")
    for k in b_left:
        say(f"EVNT B only {show(b['events'][k])}")
    ja, jb = set(a.get("junk_lines", [])), set(b.get("junk_lines", []))
    if ja != jb:
        say(f"JUNK A only {sorted(ja - jb)}  B only {sorted(jb - ja)}")
    return [f"{set_name} {art['id']} {x}" for x in out]


def main() -> int:
    """Print the pooled figures both ways (and the disagreements with --diff); 2 on bad input."""
    args = sys.argv[1:]
    only = None
    if "--set" in args:
        i = args.index("--set")
        if i + 1 >= len(args):
            print("agreement: --set needs a set name such as ant-dev5", file=sys.stderr)
            return 2
        only = args[i + 1]
    if not SCORE.exists() or not NEWS.exists():
        print(f"agreement: the shared score.py ({SCORE}) or the ANT corpus ({NEWS}) is missing", file=sys.stderr)
        return 2
    pairs = load_pairs(only)
    if not pairs:
        print("agreement: no second annotation found under agreement/", file=sys.stderr)
        return 2
    score = load_score()
    sets = sorted({p[0] for p in pairs})
    print(f"{len(pairs)} articles annotated twice ({', '.join(sets)})")
    print("== A (first annotator) as gold, B (second, blind) as prediction ==")
    print(run_score(score, pairs, 2), end="")
    print("== B as gold, A as prediction (the other direction: roles recall of B's roles in A) ==")
    print(run_score(score, pairs, 3), end="")
    strict = lenient = n_a = n_b = 0
    for p in pairs:
        got, _ = pair_events(score, score.Doc(as_output(p[3], p[1]["text"])), p[2], p[3])
        lenient += sum(k is not None for _, k, _ in got)
        strict += sum(ok for _, _, ok in got)
        n_a, n_b = n_a + len(p[2]["events"]), n_b + len(p[3]["events"])
    for name, tp in (("type+actor", lenient), ("strict", strict)):
        f1 = score.prf(tp, n_b, n_a)[2]
        print(f"diagnostic (not score.py): events {name} with strict-first pairing: F1={f1:.3f} "
              f"(tp={tp} B={n_b} A={n_a})")
    if "--rasd" in args:  # the system on the same articles, against each annotator, for comparison
        rest = args[args.index("--rasd") + 1:]
        cmd = rest[0] if rest and not rest[0].startswith("--") else "rasd process --format json"
        for side, who in ((2, "A"), (3, "B")):
            print(f"== rasd ({cmd}) scored against {who} ==")
            print(run_rasd(score, pairs, side, cmd), end="")
    if "--diff" in args:
        print("== disagreements (A gold, B prediction) ==")
        for p in pairs:
            for line in diff(score, p[0], p[1], p[2], p[3]):
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

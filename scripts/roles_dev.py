"""Dev-only diagnostic of roles and entities: why each gold role and gold entity is missed.

    python3 scripts/roles_dev.py [--set shared|ant|dev2|dev3|dev4|dev5|dev6|both|all|every] [-v] [--limit N]

Runs rasd in-process on the shared dev gold (``../shared/data/gold/ant-dev``), the ANT
dev half (``benchmarks/gold/ant-news``, split ``dev``; ``both`` = these two) and the second
dev-month set (``benchmarks/gold/ant-dev2``, split ``dev2``), the third (``ant-dev3``, split ``dev3``;
``all`` = the four; ``dev4``, ``dev5``, ``dev6`` the fourth to sixth, ``every`` = the seven) and matches entities and roles the
way the shared ``score.py`` does (same type, one shared normalised form; a role counts when
one predicted role of the matched entity is a substring of the gold role or vice versa).
Every missed gold role falls into one class:

  a  the person entity is missed (a-missed) or found with another type (a-mistyped);
  b  the role phrase is not among the entity's roles, and it is written next to a name
     of the person (apposition, ``NAME، ROLE`` or ``ROLE NAME``) or not found verbatim;
  c  the role is attached to another predicted entity (c-split when that entity shares a
     form with the gold entity: the person was split in two);
  d  the role phrase stands apart from every name of the person and coreference did
     not attach it.

For entities it prints the gold misses (missed, mistyped) and the predicted entities that
match no gold entity (split: shares a form with an already matched gold entity; spurious).
The frozen test half is refused: this script reads errors, and test errors are never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

from gold_sets import ANT_DEV  # scripts/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT.parent / "shared/data/gold/ant-dev"


def _load(name: str, path: Path):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"roles_dev: cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def golds(which: str) -> list[tuple[str, dict]]:
    """(set name, gold article) pairs of the dev sets; never the test half."""
    out: list[tuple[str, dict]] = []
    if which in ("shared", "both", "all", "every"):
        for line in open(SHARED_GOLD / "gold.jsonl", encoding="utf-8"):
            if line.strip():
                out.append(("shared", json.loads(line)))
    if which != "shared":
        ant = _load("ant_gold", ROOT / "scripts/ant_gold.py")
        if which in ("ant", "both", "all", "every"):
            out += [("ant", g) for g in ant.joined("dev")]
        for extra in ANT_DEV:
            if which == extra or (which == "all" and extra in ("dev2", "dev3")) or which == "every":
                out += [(extra, g) for g in ant.joined(extra)]
    return out


def _tokens_in(norm, text: str, phrase: str) -> list[int]:
    """Token indexes where ``phrase`` starts in ``text`` (normalised; a leading clitic allowed)."""
    tt, pt = norm(text).split(), norm(phrase).split()
    hits = []
    for i in range(len(tt) - len(pt) + 1):
        first = tt[i]
        if not (first == pt[0] or (first.endswith(pt[0]) and len(first) - len(pt[0]) <= 2)
                or (pt[0].startswith("ال") and first.endswith(pt[0][2:]) and first.startswith("لل"))):
            continue
        if tt[i + 1:i + len(pt)] == pt[1:]:
            hits.append(i)
    return hits


def classify_article(score, g: dict, doc: dict, verbose: bool, tag: str, counts: Counter) -> None:
    """Count the article's role and entity outcomes into ``counts``; print misses when verbose."""
    norm = score.norm
    d = score.Doc(doc)
    types = score.TYPES
    used: set[int] = set()
    text = g["text"]
    gold_by_pred: dict[int, int] = {}
    for gi, ge in enumerate(g["entities"]):
        gf = {norm(x) for x in [ge["name"]] + ge.get("aliases", [])}
        match = None
        for k, oe in enumerate(d.entities):
            if k in used or types.get(str(oe.get("type", "")).upper()) != ge["type"]:
                continue
            if d.forms(oe) & gf:
                match = k
                break
        roles = ge.get("roles", [])
        if match is None:
            other = [oe for oe in d.entities if d.forms(oe) & gf]
            kind = "mistyped" if other else "missed"
            counts[f"ent {kind}"] += 1
            if verbose:
                got = f" (as {other[0].get('type')})" if other else ""
                print(f"  ENT {kind} {tag} {g['docno']}: {ge['type']} {ge['name']}{got}")
            for role in roles:
                counts["roles total"] += 1
                counts[f"role a-{kind}"] += 1
                if verbose:
                    print(f"    role a-{kind}: {role} | {ge['name']}")
            continue
        used.add(match)
        gold_by_pred[match] = gi
        counts["ent matched"] += 1
        oe = d.entities[match]
        have = [norm(r) for r in oe.get("roles") or [] if norm(r)]
        gold_roles = [norm(r) for r in roles if norm(r)]
        for r, shown in zip(have, [r for r in oe.get("roles") or [] if norm(r)], strict=True):
            ok = any(r in gr or gr in r for gr in gold_roles)
            counts["prole ok" if ok else "prole wrong"] += 1
            if verbose and not ok:
                print(f"    PROLE wrong {tag} {g['docno']}: {shown} | {ge['name']} | gold: {'; '.join(roles) or '-'}")
        for role in roles:
            counts["roles total"] += 1
            nr = norm(role)
            if any(nr in r or r in nr for r in have):
                counts["role ok"] += 1
                continue
            owners = [k for k, o in enumerate(d.entities) if k != match and any(
                nr in norm(r) or norm(r) in nr for r in o.get("roles") or [] if norm(r))]
            if owners:
                split = any(d.forms(d.entities[k]) & gf for k in owners)
                kind = "c-split" if split else "c-other"
                where = d.entities[owners[0]].get("name")
            else:
                starts = _tokens_in(norm, text, role)
                near = False
                tt = norm(text).split()
                n_role = len(nr.split())
                for s in starts:
                    window = " ".join(tt[max(0, s - 6):s + n_role + 6])
                    if any(f and f in window for f in gf):
                        near = True
                        break
                kind = "b-next" if near else ("d-apart" if starts else "b-notverbatim")
                where = "; ".join(oe.get("roles") or []) or "-"
            counts[f"role {kind}"] += 1
            if verbose:
                print(f"    role {kind} {tag} {g['docno']}: {role} | {ge['name']} | has: {where}")
    for k, oe in enumerate(d.entities):
        if k in used or not types.get(str(oe.get("type", "")).upper()):
            continue
        forms = d.forms(oe)
        split = any(forms & {norm(x) for x in [ge["name"]] + ge.get("aliases", [])} for ge in g["entities"])
        kind = "split" if split else "spurious"
        counts[f"pred {kind}"] += 1
        if verbose:
            print(f"  PRED {kind} {tag} {g['docno']}: {oe.get('type')} {oe.get('name')}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("shared", "ant", *ANT_DEV, "both", "all", "every"), default="both")
    ap.add_argument("--split", default="dev", help="only 'dev' is accepted: the test half is never diagnosed")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    if args.split != "dev":
        print(f"roles_dev: split {args.split!r} refused: this script reads errors, only dev may be read",
              file=sys.stderr)
        return 2
    from rasd.pipeline import process_text

    score = _load("score", SHARED_GOLD / "score.py")
    per_set: dict[str, Counter] = {}
    items = golds(args.set)
    if args.limit:
        items = items[:args.limit]
    for tag, g in items:
        art = process_text(g["text"], title=g["title"], published=g["published"], url=g["url"],
                           source=g["source"], id=g["docno"])
        doc = json.loads(art.to_json())
        classify_article(score, g, doc, args.verbose, tag, per_set.setdefault(tag, Counter()))
    for tag, c in per_set.items():
        tot = c["roles total"]
        pok, pw = c["prole ok"], c["prole wrong"]
        print(f"[{tag}] roles recall {c['role ok']}/{tot} = {c['role ok'] / max(tot, 1):.3f}; roles of matched "
              f"entities right {pok}/{pok + pw} = {pok / max(pok + pw, 1):.3f}")
        print("  missed roles: " + ", ".join(f"{k[5:]}={v}" for k, v in sorted(c.items())
                                           if k.startswith("role ") and k != "role ok"))
        tp, gold = c["ent matched"], c["ent matched"] + c["ent missed"] + c["ent mistyped"]
        pred = tp + c["pred split"] + c["pred spurious"]
        p, r = tp / max(pred, 1), tp / max(gold, 1)
        print(f"  entities F1={2 * p * r / max(p + r, 1e-9):.3f} tp={tp} gold={gold} pred={pred}; gold missed="
              f"{c['ent missed']} mistyped={c['ent mistyped']}; pred split={c['pred split']} "
              f"spurious={c['pred spurious']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The seeded article draw behind every hand-annotated ANT set of this folder (one implementation).

Each ``*-draw.py`` script here is a thin wrapper that states its own parameters as a :class:`Spec`
and calls :func:`main`. A draw is independent of rasd's output: ``per_outlet`` articles per outlet
(BBC, CNN, France24), drawn with ``random.Random(seed)`` — one generator for the three outlets, in
that order — from the ANT articles (corpus file order) published in the inclusive month range
``months``, whose ``text`` length lies in ``chars``, whose docno category (``BB-middleEast-385-20180422``
is ``middleEast``) is one of ``categories`` when given, and whose text holds a reporting verb
(قال/أضاف/أكد/أعلن, any form: a substring test) when ``reporting`` is set; leaving out every article
already annotated: the docnos of the split files ``exclude`` names, of ``exclude_docnos``, and of the
shared dev gold (always). With ``near_duplicates`` set (a containment threshold, e.g. 0.3), a draw
also leaves out every pool article that shares that share of its word 5-grams with an annotated article
(both ways): a docno test alone lets a near-duplicate retelling of a dev article into a held-out set.

Why each script keeps its own explicit ``exclude`` list: adding articles to an annotated set changes
the pool, so a draw is only reproducible against the split files as they stood when it was made.
``--at REV`` reads those split files from git revision ``REV`` instead of the working tree, which
rewrites a past draw byte for byte; ``--out PATH`` writes somewhere else than the script's default
(``-`` is standard output), so that a check never overwrites a committed split file.
Pure apart from reading those files (and ``git show`` with ``--at``) and writing the output.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"
OUTLETS = ("bbc", "cnn", "france24")
POLITICAL = ("middleEast", "internationalNews")
REPORTING = ("قال", "أضاف", "أكد", "أعلن")


class DrawError(Exception):
    """A draw that cannot be made (bad argument, missing split file, pool too small): one-line message."""


@dataclass(frozen=True)
class Spec:
    """What a draw keeps and leaves out (see the module docstring); ``split`` labels its entries."""

    split: str
    months: tuple[str, str]
    chars: tuple[int, int]
    exclude: tuple[str, ...]
    categories: tuple[str, ...] | None = None
    reporting: bool = False
    exclude_docnos: tuple[str, ...] = ()
    near_duplicates: float | None = None


def _split_text(name: str, at: str | None) -> str:
    """The text of split file ``name`` of this folder, from the working tree or from revision ``at``."""
    if at is None:
        path = HERE / name
        if not path.is_file():
            raise DrawError(f"{path}: split file to leave out is missing")
        return path.read_text(encoding="utf-8")
    done = subprocess.run(["git", "show", f"{at}:./{name}"], cwd=HERE, capture_output=True, text=True)
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["git show failed"])[-1]
        raise DrawError(f"--at {at}: cannot read {name} there ({why})")
    return done.stdout


def annotated(spec: Spec, at: str | None = None) -> set[str]:
    """Docnos the draw leaves out: ``spec.exclude`` files, ``spec.exclude_docnos``, the shared dev gold."""
    seen = {m["docno"] for name in spec.exclude for m in json.loads(_split_text(name, at))}
    with open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") as gold:
        seen |= {json.loads(line)["docno"] for line in gold}
    return seen | set(spec.exclude_docnos)


def eligible(spec: Spec, art: dict) -> bool:
    """Whether a corpus record fits the draw's months, categories, length and reporting-verb test."""
    text = art.get("text") or ""
    return (spec.months[0] <= art["published"][:7] <= spec.months[1]
            and (spec.categories is None or art["id"].split("-")[1] in spec.categories)
            and spec.chars[0] <= len(text) <= spec.chars[1]
            and (not spec.reporting or any(v in text for v in REPORTING)))


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """The word ``n``-grams of ``text`` (whitespace words), the unit of the near-duplicate test."""
    words = text.split()
    return {tuple(words[i:i + n]) for i in range(max(0, len(words) - n + 1))}


def near_duplicate(grams: set[tuple[str, ...]], known: list[set[tuple[str, ...]]], threshold: float) -> bool:
    """Whether ``grams`` shares at least ``threshold`` of either side's 5-grams with one of ``known``."""
    for other in known:
        common = len(grams & other)
        if common and common >= threshold * min(len(grams), len(other)):
            return True
    return False


def _annotated_shingles(seen: set[str]) -> list[set[tuple[str, ...]]]:
    """5-gram sets of the annotated articles found in the corpus (the shared dev gold's texts too)."""
    known = []
    for outlet in OUTLETS:
        with open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8") as corpus:
            known += [shingles(a.get("text") or "") for a in map(json.loads, corpus) if a["id"] in seen]
    with open(SHARED / "gold/ant-dev/gold.jsonl", encoding="utf-8") as gold:
        known += [shingles(g.get("text") or "") for g in map(json.loads, gold)]
    return [k for k in known if k]


def draw(spec: Spec, seed: int, per_outlet: int, at: str | None = None) -> list[dict]:
    """Split entries ``{docno, source, month, split}`` of the draw, outlet by outlet."""
    seen = annotated(spec, at)
    known = _annotated_shingles(seen) if spec.near_duplicates is not None else []
    rng = random.Random(seed)
    picked = []
    for outlet in OUTLETS:
        with open(SHARED / f"news/ant-dev/{outlet}.jsonl", encoding="utf-8") as corpus:
            pool = [art for art in map(json.loads, corpus) if art["id"] not in seen and eligible(spec, art)]
        if spec.near_duplicates is not None:
            pool = [art for art in pool
                    if not near_duplicate(shingles(art.get("text") or ""), known, spec.near_duplicates)]
        if per_outlet > len(pool):
            raise DrawError(f"{outlet}: {per_outlet} articles asked, only {len(pool)} in the pool")
        picked += [{"docno": a["id"], "source": a["source"], "month": a["published"][:7], "split": spec.split}
                   for a in rng.sample(pool, per_outlet)]
    return picked


def _parse(argv: Sequence[str], seed: int, per_outlet: int, flags: Sequence[str]
           ) -> tuple[int, int, frozenset[str], str | None, str | None]:
    """``[SEED PER_OUTLET] [FLAG ...] [--out PATH] [--at REV]`` -> seed, per_outlet, flags, out, at."""
    numbers: list[str] = []
    given: set[str] = set()
    opts: dict[str, str] = {}
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("--out", "--at"):
            if not args:
                raise DrawError(f"{arg} needs a value")
            opts[arg] = args.pop(0)
        elif arg in flags:
            given.add(arg)
        elif arg.lstrip("-").isdigit():
            numbers.append(arg)
        else:
            raise DrawError(f"unknown argument {arg!r}")
    if len(numbers) not in (0, 2):
        raise DrawError(f"give both SEED and PER_OUTLET or neither, got {numbers}")
    if numbers:
        seed, per_outlet = int(numbers[0]), int(numbers[1])
    if per_outlet < 0:
        raise DrawError(f"PER_OUTLET must not be negative, got {per_outlet}")
    return seed, per_outlet, frozenset(given), opts.get("--out"), opts.get("--at")


def main(prog: str, spec: Spec | Callable[[frozenset[str]], Spec], seed: int, per_outlet: int,
         out: str, flags: Sequence[str] = (), argv: Sequence[str] | None = None) -> int:
    """Run a draw script: parse ``argv``, draw, write the JSON list to ``out`` (``-``: print); 0 or 2.

    ``spec`` is the script's :class:`Spec`, or a function of the flags given (e.g. ``political``).
    ``out`` is a file name in this folder or ``-``; ``--out PATH`` overrides it.
    """
    usage = f"usage: {prog} [SEED PER_OUTLET]{''.join(f' [{f}]' for f in flags)} [--out PATH] [--at REV]"
    try:
        seed, per_outlet, given, out_opt, at = _parse(sys.argv[1:] if argv is None else argv,
                                                      seed, per_outlet, flags)
        chosen = spec(given) if callable(spec) else spec
        picked = draw(chosen, seed, per_outlet, at)
    except DrawError as err:
        print(f"{prog}: {err} ({usage})", file=sys.stderr)
        return 2
    text = json.dumps(picked, ensure_ascii=False, indent=1) + "\n"
    target = out_opt or out
    if target == "-":
        sys.stdout.write(text)
        return 0
    path = Path(target) if out_opt else HERE / target
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as err:
        print(f"{prog}: cannot write {path}: {err.strerror}", file=sys.stderr)
        return 2
    print(f"{len(picked)} articles written to {path}")
    return 0

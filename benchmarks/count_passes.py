"""How many times the pipeline scans each article's text, and who scans it (issue 17, eighth round).

    python3 benchmarks/count_passes.py [-n 120] [--src DIR] [--top 40]

The question behind it: would one token table per article, built once and read by every layer,
save much? Every compiled pattern's scans (``search``, ``finditer``, ``findall``, ``sub``,
``split``, ``match``, ``fullmatch``) and every call of the normalisers (``normalize``,
``normalize_with_map``, ``normalize_for_match``) are counted by the rasd function that made them,
over ``-n`` SaudiNewsNet articles (the sample of ``bench_pipeline.py``, every layer, one warm-up
article first; skipped when ``../shared`` is absent). Printed per layer and per call site:

- calls per article;
- characters scanned per character of article text: the length of the string from the scan's
  start (``pos``) to its end (``endpos``), for the scanning calls and ``fullmatch`` (an anchored
  ``match`` reads only what it matches, so its calls are counted, not its characters);
- whole-text scans per article: calls over a string at least half as long as the article.

Counting goes through a wrapper around each pattern (installed before rasd is imported), which
makes the run several times slower: this measures how often, not how long. For how long, see
``bench_layers.py`` (CPU time per layer) and ``bench_pipeline.py --profile``.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SCANS = ("search", "finditer", "findall", "split", "fullmatch")  # read the string from pos to its end
_ANCHORED = ("match",)  # reads only what it matches: calls counted, characters not


class Counts:
    """Scans per (rasd module, function, kind): [calls, characters, whole-text calls]."""

    def __init__(self) -> None:
        self.by_site: dict[tuple[str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        self.article_len = 1

    def note(self, kind: str, s: str, pos: int = 0, endpos: int | None = None, depth: int = 2) -> None:
        frame = sys._getframe(depth)
        path = frame.f_code.co_filename
        if "/rasd/" not in path:
            return  # a scan inside the re module or the standard library: counted at its rasd caller
        mod = path.split("/rasd/", 1)[1]
        n = max(0, (len(s) if endpos is None else min(endpos, len(s))) - pos)
        row = self.by_site[(mod, frame.f_code.co_name, kind)]
        row[0] += 1
        if kind.split(".")[-1] not in _ANCHORED:
            row[1] += n
        row[2] += n >= self.article_len / 2


COUNTS = Counts()


class _Counted:
    """A compiled pattern that counts its scans (attributes other than the scans pass through)."""

    __slots__ = ("_p",)

    def __init__(self, p: re.Pattern) -> None:
        self._p = p

    def __getattr__(self, name: str):  # noqa: ANN204 - pattern, flags, groupindex …
        return getattr(self._p, name)

    def __hash__(self) -> int:
        return hash(self._p)

    def __eq__(self, other: object) -> bool:
        return self._p == (other._p if isinstance(other, _Counted) else other)

    def sub(self, repl, s, *a, **k):  # noqa: ANN001, ANN201
        COUNTS.note("re.sub", s)
        return self._p.sub(repl, s, *a, **k)

    def subn(self, repl, s, *a, **k):  # noqa: ANN001, ANN201
        COUNTS.note("re.sub", s)
        return self._p.subn(repl, s, *a, **k)


def _scan(name: str):  # noqa: ANN202
    def method(self, s, *a, **k):  # noqa: ANN001, ANN202
        if isinstance(s, str):
            pos = a[0] if a else k.get("pos", 0)
            endpos = a[1] if len(a) > 1 else k.get("endpos")
            COUNTS.note("re." + name, s, pos, endpos)
        return getattr(self._p, name)(s, *a, **k)
    return method


for _name in _SCANS + _ANCHORED:
    setattr(_Counted, _name, _scan(_name))


def install() -> None:
    """Wrap every pattern compiled from now on, and the normalisers. ``re.Pattern`` becomes a
    class that ``isinstance`` and annotations (``re.Pattern | None``, ``re.Pattern[str]``) accept
    for both kinds. Call before rasd is imported."""
    real = re.Pattern
    compile_ = re._compile  # type: ignore[attr-defined]

    def counted_compile(pattern, flags):  # noqa: ANN001, ANN202
        if isinstance(pattern, _Counted):
            return pattern
        got = compile_(pattern, flags)
        return _Counted(got) if isinstance(got, real) else got

    class _Meta(type):
        def __instancecheck__(cls, x: object) -> bool:
            return isinstance(x, (real, _Counted))

    class AnyPattern(metaclass=_Meta):
        def __class_getitem__(cls, _k):  # noqa: ANN001, ANN206
            return cls

    re._compile = counted_compile  # type: ignore[attr-defined]
    re.Pattern = AnyPattern  # type: ignore[misc, assignment]

    import rasd.arabic.normalize as norm

    for name in ("normalize", "normalize_with_map", "normalize_for_match"):
        fn = getattr(norm, name)

        def counted(text, *a, _fn=fn, _name=name, **k):  # noqa: ANN001, ANN202
            COUNTS.note(_name, text, depth=2)
            return _fn(text, *a, **k)
        setattr(norm, name, counted)


def _package(mod: str) -> str:
    return mod.rsplit("/", 1)[0] if "/" in mod else mod.removesuffix(".py")


def report(n: int, chars: int, top: int) -> None:
    rows = sorted(COUNTS.by_site.items(), key=lambda kv: (-kv[1][1], -kv[1][0]))
    per: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for (mod, _fn, _kind), row in rows:
        for k in range(3):
            per[_package(mod)][k] += row[k]
    total = [sum(r[k] for r in COUNTS.by_site.values()) for k in range(3)]
    print(f"{n} articles, {chars / n:.0f} characters of text per article\n")
    print("| package | scans per article | characters scanned per text character | whole-text scans per article |")
    print("|---|---|---|---|")
    for pkg, (c, ch, wh) in sorted(per.items(), key=lambda kv: -kv[1][1]):
        print(f"| {pkg} | {c / n:.1f} | {ch / chars:.2f} | {wh / n:.1f} |")
    print(f"| **all** | {total[0] / n:.1f} | {total[1] / chars:.2f} | {total[2] / n:.1f} |")
    print(f"\n| call site (top {top} by characters) | kind | per article | characters / text | whole-text |")
    print("|---|---|---|---|---|")
    for (mod, fn, kind), (c, ch, wh) in rows[:top]:
        print(f"| {mod}:{fn} | {kind} | {c / n:.1f} | {ch / chars:.2f} | {wh / n:.1f} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=120, help="articles (default 120)")
    ap.add_argument("--src", default="", help="a folder holding rasd/ (default: this tree's src/)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    src = str(Path(args.src).resolve()) if args.src else str(ROOT / "src")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_pipeline

    sample = Path(tempfile.mkdtemp(prefix="rasd-passes-")) / "sample.jsonl"
    if not bench_pipeline._sample(args.n + 1, sample):
        print("SaudiNewsNet absent (../shared): skipped")
        return 0
    # The sampler imported this tree's rasd: forget it, so that --src's is the one counted.
    for name in [m for m in sys.modules if m == "rasd" or m.startswith("rasd.")]:
        del sys.modules[name]
    sys.path[:] = [src] + [p for p in sys.path if p != src and p != str(ROOT / "src")]
    install()
    import rasd
    from rasd.errors import RasdError
    from rasd.pipeline import parse_layers, process_item
    from rasd.read import iter_items

    assert rasd.__file__.startswith(src), rasd.__file__
    layers = parse_layers("all")
    items = list(iter_items([str(sample)]))
    process_item(items[0], layers=layers, keep_raw=False)  # warm-up: models, lazy compiles
    COUNTS.by_site.clear()
    n = chars = 0
    for item in items[1:]:
        if item.skip or not item.text.strip():
            continue
        COUNTS.article_len = max(1, len(item.text))
        try:
            art = process_item(item, layers=layers, keep_raw=False)
        except RasdError:
            continue
        art.to_json(include_raw=False)
        n += 1
        chars += len(art.text)
    report(max(n, 1), max(chars, 1), args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())

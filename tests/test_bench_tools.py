"""The counting of benchmarks/count_passes.py: scans are counted at their rasd call site, with the
characters they read, and the wrapped patterns give the same answers as the plain ones.

Run in a subprocess: ``install`` rebinds ``re.Pattern`` and ``re._compile`` for the whole process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_SCRIPT = r"""
import json, random, re, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
import count_passes as cp
cp.install()
from rasd.arabic.sentences import boundaries
from rasd.arabic.normalize import normalize_with_map
rng = random.Random(7)
words = ["قال", "الوزير", "إن", "المحادثات", "ستستمر", "غدا", "د.محمد", "في", "الرياض", "2018"]
texts = [" ".join(rng.choice(words) + rng.choice(["", "", ".", "،", "!"]) for _ in range(rng.randint(1, 40)))
         for _ in range(30)]
for t in texts:
    cp.COUNTS.article_len = len(t)
    boundaries(t)
    boundaries(t[: len(t) // 3])  # a third of the article: no whole-text scan
    normalize_with_map(t)
rows = {"|".join(k): v for k, v in cp.COUNTS.by_site.items()}
plain = re.compile(r"\w+")  # a wrapped pattern answers as the plain one
same = [m.span() for m in plain.finditer("قال الوزير إن")] == [(0, 3), (4, 10), (11, 13)]
print(json.dumps({"rows": rows, "chars": sum(len(t) for t in texts), "n": len(texts),
                  "third": [len(t) // 3 for t in texts],
                  "wrapped": type(plain).__name__, "same": same,
                  "isinstance": isinstance(plain, re.Pattern)}))
"""


def _run() -> dict:
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT / "src"), str(ROOT / "benchmarks")],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_scans_counted_at_their_call_site_with_the_characters_read() -> None:
    got = _run()
    rows, n, chars, third = got["rows"], got["n"], got["chars"], got["third"]
    scan = rows["arabic/sentences.py|boundaries|re.finditer"]
    assert scan[0] == 2 * n  # the text, then its first third
    assert scan[1] == chars + sum(third)  # the characters each scan read
    assert scan[2] == n  # only the scans of the whole text count as whole-text scans
    mapped = rows["arabic/normalize.py|_normalize_with_map|re.finditer"]
    assert mapped[0] <= n and mapped[1] <= chars  # the memo computes each distinct text once
    assert not any(k.startswith(("re/", "tests/")) or "|<module>|" in k for k in rows)


def test_wrapped_patterns_answer_as_plain_ones() -> None:
    got = _run()
    assert got["wrapped"] == "_Counted"
    assert got["same"] and got["isinstance"]

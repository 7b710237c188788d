"""Fuzzing the user-facing commands (issue 15) with Hypothesis.

Random and mutated scrapes — plain text in several encodings, HTML pages, JSON
articles, JSONL corpora with broken lines — go through ``process``, ``ingest``
and ``duplicates``. Properties:

- no crash: a command returns an exit status (0, 1 or 2) and raises nothing;
  a reader either decodes or raises :class:`InputError`;
- no hang: every example runs under a wall-clock alarm;
- kept ∪ removed = input: every word of a processed input is in the clean
  text, a removed piece or a related headline; every JSONL line is ingested,
  unchanged or skipped with a reason; every article given to the duplicate
  finder is an original or a copy of exactly one cluster, or in none.

CI runs a small fixed (derandomized) number of examples per property;
``scripts/fuzz.py`` runs the same properties for many more (README).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.cli import main
from rasd.errors import InputError
from rasd.read.guards import decode_detect

SEED_LINES = [line for line in (Path(__file__).resolve().parents[1] / "examples" / "seed.txt")
              .read_text(encoding="utf-8").splitlines() if line.strip()]
WORDS = ["قال", "وأضاف", "الرئيس", "وزير", "الخارجية", "السعودي", "عادل", "الجبير", "في", "الرياض", "اليوم",
         "الأربعاء", "أمس", "15", "رمضان", "1447", "هـ", "التقى", "نظيره", "مع", "الأمم", "المتحدة", "إن", "بأن",
         "Reuters", "the", "minister", "said", "اقرأ", "أيضا", "واس", "–", "|", "http://x.com/a?b=1", "©", "٢٠١٥"]
NOISE = ["\x00", "\ufffd", "\u200f", "\ufeff", "\r", "\t", "<", ">", "&amp;", "{", "}", '"', "\\", "ـ", "ً", "😀"]
COUNT = {"examples": 0}  # scripts/fuzz.py reports how many examples ran

# CI: 12 derandomized examples per property. scripts/fuzz.py sets RASD_FUZZ_EXAMPLES (random runs).
_FUZZ_N = os.environ.get("RASD_FUZZ_EXAMPLES")
CI = settings(max_examples=int(_FUZZ_N or 12), derandomize=_FUZZ_N is None, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
HANG_SECONDS = 60


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail an example that runs longer than ``seconds`` (a hang), instead of waiting forever."""
    def alarm(*_: object) -> None:
        raise TimeoutError(f"example ran over {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# -- strategies ------------------------------------------------------------------------

@st.composite
def scrape(draw: st.DrawFn) -> str:
    """A scraped article with the usual damage: repeated, truncated and glued lines, noise."""
    lines = draw(st.lists(st.one_of(st.sampled_from(SEED_LINES),
                                    st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)),
                          min_size=1, max_size=8))
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["dup", "cut", "glue", "noise", "blank"]))
        if op == "dup":
            lines.insert(i, lines[i])
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif op == "glue" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + draw(st.sampled_from(["", ".", " "])) + lines[i + 1]]
        elif op == "noise":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.sampled_from(NOISE)) + lines[i][pos:]
        else:
            lines.insert(i, "")
    return "\n".join(lines)


@st.composite
def file_input(draw: st.DrawFn) -> tuple[bytes, str]:
    """``(bytes, extension)`` of one input file: text, HTML or JSON, in some encoding, or garbage."""
    text = draw(scrape())
    kind = draw(st.sampled_from(["txt", "html", "json", "bytes", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300)), draw(st.sampled_from([".txt", ".html", ".json"]))
    if kind == "html":
        charset = draw(st.sampled_from(["utf-8", "windows-1256", None]))
        meta = f'<meta charset="{charset}">' if charset else ""
        body = "".join(f"<p>{p}</p>" for p in text.split("\n"))
        page = f"<html><head>{meta}<title>{text[:40]}</title></head><body><article>{body}</article></body></html>"
        return page.encode(charset or "utf-8", errors="replace"), ".html"
    if kind == "json":
        obj = draw(st.fixed_dictionaries({}, optional={
            "title": st.sampled_from(SEED_LINES[:1] + ["", "عنوان"]), "text": st.just(text),
            "published": st.sampled_from(["2015-08-09", "2026-13-45", "yesterday", ""]),
            "url": st.just("http://x/1"), "id": st.one_of(st.integers(), st.text(max_size=5))}))
        return json.dumps(obj, ensure_ascii=draw(st.booleans())).encode(), ".json"
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
    data = text.encode(codec, errors="replace")
    if kind == "mutated" and data:
        pos = draw(st.integers(0, len(data) - 1))
        data = data[:pos] + draw(st.binary(min_size=1, max_size=4)) + data[pos + 1:]
    return data, ".txt"


@st.composite
def jsonl_corpus(draw: st.DrawFn) -> list[bytes]:
    """JSONL lines: articles (some repeated or near-copies), broken JSON, non-objects, no text, bad bytes."""
    out: list[bytes] = []
    for i in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["article", "article", "article", "copy", "broken", "list", "notext", "bytes"]))
        if kind == "copy" and out:
            out.append(draw(st.sampled_from(out)))
        elif kind in ("article", "copy"):
            obj = {"id": f"a{i}", "title": "خبر", "text": draw(scrape()), "source": draw(st.sampled_from(["was", "x"]))}
            out.append(json.dumps(obj, ensure_ascii=False).encode())
        elif kind == "broken":
            out.append(b'{"text": "' + draw(scrape()).encode()[:50])
        elif kind == "list":
            out.append(b"[1, 2]")
        elif kind == "notext":
            out.append(b'{"id": "n", "text": "  "}')
        else:
            out.append(draw(st.binary(min_size=1, max_size=40)).replace(b"\n", b" "))
    return out


# -- properties ------------------------------------------------------------------------

def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", text))


def check_record(doc: dict) -> None:
    """Offsets point into the text, and no word of the input is lost (kept ∪ removed = input)."""
    text = doc["text"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for key in ("dates", "quotes"):
        for s in doc[key]:
            assert text[s["start"]:s["end"]] == s["text"]
    if doc.get("raw") is not None:
        kept = " ".join([text, *[r["text"] for r in doc["removed"]], *doc["related_headlines"],
                         doc.get("author") or "", doc.get("place") or ""])
        lost = _words(doc["raw"]) - _words(kept)
        assert not lost, f"words lost by repair: {sorted(lost)[:10]}"


@CI
@given(file_input(), st.sampled_from(["none", "all"]))
def test_fuzz_process_one_file(inp: tuple[bytes, str], layers: str) -> None:
    COUNT["examples"] += 1
    data, ext = inp
    with tempfile.TemporaryDirectory() as tmp, no_hang():
        src, out = os.path.join(tmp, "in" + ext), os.path.join(tmp, "out.json")
        Path(src).write_bytes(data)
        with contextlib.redirect_stderr(io.StringIO()) as err:
            code = main(["process", "--layers", layers, "--no-progress", "-o", out, src])
        assert code in (0, 2), err.getvalue()
        assert "Traceback" not in err.getvalue()
        if code == 0:
            check_record(json.loads(Path(out).read_text(encoding="utf-8")))
        else:
            assert src in err.getvalue()  # the message names the input


@CI
@given(jsonl_corpus())
def test_fuzz_ingest_every_line_accounted_for(lines: list[bytes]) -> None:
    COUNT["examples"] += 1
    from rasd.corpus.ingest import ingest
    from rasd.corpus.store import Store

    with tempfile.TemporaryDirectory() as tmp, no_hang():
        src, db = os.path.join(tmp, "c.jsonl"), os.path.join(tmp, "x.db")
        Path(src).write_bytes(b"\n".join(lines))
        with contextlib.redirect_stderr(io.StringIO()):
            s = ingest([src], db, layers=(), progress=False)
        nonempty = sum(1 for ln in b"\n".join(lines).split(b"\n") if ln.strip())
        assert s.seen == nonempty
        assert s.ingested + s.unchanged + sum(s.skipped.values()) == s.seen
        with Store(db, create=False) as store:
            assert store.count() == s.ingested - s.updated
            assert store.conn.execute("SELECT count(*) FROM skips").fetchone()[0] <= sum(s.skipped.values())


@CI
@given(jsonl_corpus(), st.floats(0.3, 1.0))
def test_fuzz_duplicates_partition(lines: list[bytes], threshold: float) -> None:
    COUNT["examples"] += 1
    from rasd.corpus.dedup import DedupConfig, find_duplicates
    from rasd.corpus.files import read_corpus

    with tempfile.TemporaryDirectory() as tmp, no_hang():
        src = os.path.join(tmp, "c.jsonl")
        Path(src).write_bytes(b"\n".join(lines))
        skipped: list[tuple[str, str]] = []
        rows = list(read_corpus([src], skipped=skipped))
        nonempty = sum(1 for ln in b"\n".join(lines).split(b"\n") if ln.strip())
        assert len(rows) + len(skipped) == nonempty
        result = find_duplicates([t for _, t, _ in rows], [d for _, _, d in rows], DedupConfig(threshold=threshold))
        seen: list[int] = [m for c in result.clusters for m in c.members]
        assert len(seen) == len(set(seen)) and set(seen) <= set(range(len(rows)))
        for c in result.clusters:
            assert c.original in c.members and all(0.0 <= s <= 1.0 for s in c.similarities)
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()) as out:
            code = main(["duplicates", src, "--threshold", f"{threshold:.3f}"]) if rows or skipped else 2
        assert code == (2 if not rows else 1 if skipped else 0)
        printed = [json.loads(x) for x in out.getvalue().splitlines()]
        assert all(len(c["members"]) >= 2 for c in printed)


@CI
@given(st.one_of(st.binary(max_size=400), scrape().map(lambda t: t.encode("utf-16")),
                 scrape().map(lambda t: t.encode("cp1256", errors="replace"))))
def test_fuzz_decode_decodes_or_refuses(data: bytes) -> None:
    COUNT["examples"] += 1
    with no_hang(10):
        try:
            text, how = decode_detect(data, "in")
        except InputError as exc:
            assert exc.source == "in" and exc.problem
            return
        assert text.strip() and "\r" not in text and how


def test_atheris_harness_runs_when_installed() -> None:
    """The coverage-guided harness (scripts/fuzz_atheris.py) runs a few hundred inputs clean."""
    import subprocess
    import sys

    import pytest

    pytest.importorskip("atheris")
    script = Path(__file__).resolve().parents[1] / "scripts" / "fuzz_atheris.py"
    proc = subprocess.run([sys.executable, str(script), "-runs=300", "-max_len=2048", "-seed=1"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]

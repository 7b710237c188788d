"""``--jobs N``: the same output, in the same order, as one job (rasd.parallel)."""

from __future__ import annotations

import gc
import json
import sqlite3
from pathlib import Path

import pytest

from rasd.cli import main as cli
from rasd.corpus.ingest import ingest
from rasd.errors import InputError
from rasd.parallel import RUN_THRESHOLDS, WorkerError, jobs_arg, map_ordered
from test_corpus_store import write_corpus


def _square_or_fail(x: int) -> int:
    if x % 7 == 3:
        raise InputError(f"item{x}", "cannot be read")
    if x % 11 == 5:
        raise _Unpicklable(x)
    return x * x


class _Unpicklable(Exception):
    def __init__(self, x: int) -> None:
        super().__init__(f"bad {x}")
        self.handle = lambda: x  # a lambda: this exception cannot be pickled


@pytest.mark.parametrize("jobs", [1, 2])
def test_map_ordered_keeps_order_and_returns_errors(jobs: int) -> None:
    got = list(map_ordered(_square_or_fail, range(60), jobs, chunk=3, warmup=4))
    assert [t for t, _ in got] == list(range(60))
    for x, r in got:
        if x % 7 == 3:
            assert isinstance(r, InputError) and (r.source, r.problem) == (f"item{x}", "cannot be read")
        elif x % 11 == 5:
            assert isinstance(r, _Unpicklable if jobs == 1 or x < 4 else WorkerError) and f"bad {x}" in str(r)
        else:
            assert r == x * x


def test_jobs_argument() -> None:
    assert jobs_arg("2") == 2 and jobs_arg("0") >= 1 and jobs_arg("auto") >= 1
    with pytest.raises(Exception, match="number of processes"):
        jobs_arg("-1")


def test_process_and_ingest_with_two_jobs_equal_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 30, seed=4, copies=4)
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("{broken\n")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"p{jobs}.jsonl"
        assert cli(["process", str(corpus), "--layers", "dates", "--no-raw", "-o", str(out), "-j", jobs]) == 1
        outs.append(out.read_text(encoding="utf-8"))
        assert "skipped 2" in capsys.readouterr().err  # the empty article and the broken line
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 30
    dbs = []
    for jobs in (1, 2):
        db = tmp_path / f"i{jobs}.db"
        s = ingest([str(corpus)], str(db), layers=("dates",), progress=False, batch=4, jobs=jobs)
        assert (s.ingested, s.duplicates, sum(s.skipped.values())) == (30, 4, 2)
        c = sqlite3.connect(db)
        dbs.append((list(c.execute("SELECT id, record, seq, dup_of, dup_sim FROM articles ORDER BY seq")),
                    list(c.execute("SELECT * FROM dup_pairs ORDER BY a, b")),
                    sorted(c.execute("SELECT * FROM skips"))))
        c.close()
    assert dbs[0] == dbs[1]
    assert [json.loads(r[1])["id"] for r in dbs[0][0]][:2] == ["http://example.com/4/0", "http://example.com/4/1"]


def test_missing_extras_are_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Without ray / psycopg installed, --engine ray and --db postgresql:// name the extra to install."""
    import sys

    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 3, copies=0)
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert cli(["process", "--engine", "ray", str(corpus), "-o", str(tmp_path / "out")]) == 2
    assert "pip install 'rasd[ray]'" in capsys.readouterr().err
    assert cli(["search", "x", "--db", "postgresql://rasd@/nowhere"]) == 2
    assert "pip install 'rasd[postgres]'" in capsys.readouterr().err


def test_workers_end_when_the_main_process_is_killed(tmp_path: Path) -> None:
    """SIGKILL of the main process leaves no worker behind (they would wait for work forever)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "c.jsonl"
    write_corpus(corpus, 400, seed=9, copies=0)
    out = tmp_path / "o.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli", "process", str(corpus), "--layers", "dates",
                             "-j", "2", "-o", str(out), "--no-progress"], stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    kids: list[int] = []
    while time.time() < deadline and proc.poll() is None and not kids:
        kids = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()] \
            if Path(f"/proc/{proc.pid}/task/{proc.pid}/children").exists() else []
        kids = [k for k in kids if "rasd.cli" in Path(f"/proc/{k}/cmdline").read_bytes().decode(errors="replace")]
        time.sleep(0.05)
    if not kids:
        proc.kill()
        pytest.skip("no worker process seen (not Linux, or the run ended first)")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    end = time.time() + 10
    while time.time() < end and any(Path(f"/proc/{k}").exists() and "Z" not in
                                    Path(f"/proc/{k}/stat").read_text().split()[2] for k in kids):
        time.sleep(0.1)
    alive = [k for k in kids if Path(f"/proc/{k}").exists() and "Z" not in Path(f"/proc/{k}/stat").read_text().split()[2]]
    for k in alive:
        os.kill(k, signal.SIGKILL)
    assert not alive, f"workers {alive} outlived the main process"


@pytest.mark.parametrize("jobs", [1, 2])
def test_models_are_frozen_out_of_the_collector_during_a_run_only(jobs: int) -> None:
    """After the first task the long-lived objects are frozen (the collector skips them: less CPU
    per article); when the run ends, or the caller stops early, the collector is as it was."""
    assert gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    seen = []
    for _, r in map_ordered(_square_or_fail, range(20), jobs, chunk=3, warmup=4):
        seen.append((r, gc.get_freeze_count(), gc.get_threshold()))
    assert [r for r, _, _ in seen[:3]] == [0, 1, 4] and all(n > 0 for _, n, _ in seen)
    assert all(t == RUN_THRESHOLDS for _, _, t in seen)  # collections are rarer during the run
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
    run = map_ordered(_square_or_fail, range(20), jobs, chunk=3, warmup=4)
    next(run)
    assert gc.get_freeze_count() > 0
    run.close()
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds


def test_a_caller_that_froze_objects_itself_is_left_alone() -> None:
    keep = [[i] for i in range(100)]
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert [r for _, r in map_ordered(_square_or_fail, range(5), 1)][:2] == [0, 1]
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()
    assert keep


def test_a_worker_freezes_once_after_its_first_batch() -> None:
    """freeze_worker_once (Ray workers): the objects alive after the first batch are frozen and the
    run's thresholds set, once per process; run in a child, since it lasts the process's life."""
    import subprocess
    import sys

    code = ("import gc; from rasd.parallel import RUN_THRESHOLDS, freeze_worker_once as f; keep = [[1]]; f(); "
            "n = gc.get_freeze_count(); f(); print(n > 0, gc.get_freeze_count() == n, "
            "gc.get_threshold() == RUN_THRESHOLDS)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True", "True"]

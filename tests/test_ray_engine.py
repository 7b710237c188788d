"""``rasd process --engine ray``: the same records as ``rasd process``, Parquet shards of records
and events, near-duplicates and stories over the output — on an in-process local Ray.

Ray starts once for the module (it takes seconds). Skipped when the ``ray`` extra is not
installed (``pip install 'rasd[ray]'``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasd.cli import main as cli
from test_corpus_store import write_corpus

ray = pytest.importorskip("ray", reason="Ray not installed (pip install 'rasd[ray]')")
pq = pytest.importorskip("pyarrow.parquet")
pa = pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # Ray Data's own, on its context


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of three shards: JSONL with the seed article and a bad line, JSONL with reprints,
    and a Parquet file."""
    d = tmp_path_factory.mktemp("shards")
    seed = (ROOT / "examples" / "seed.txt").read_text(encoding="utf-8")
    first = [{"url": "http://x/seed", "source": "rt", "date": "2026-02-04", "content": seed}]
    (d / "a.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in first) + "{not json\n",
                               encoding="utf-8")
    write_corpus(d / "b.jsonl", 12, seed=7, copies=3)
    rows = [json.loads(x) for x in (d / "b.jsonl").read_text(encoding="utf-8").splitlines()][:4]
    for r in rows:
        r["url"] = r["url"].replace("/7/", "/pq/")
    pq.write_table(pa.Table.from_pylist(rows), d / "c.parquet")
    return d


def _records(folder: Path) -> list[dict]:
    out = []
    for f in sorted((folder / "records").glob("part-*.parquet")):
        out.extend(pq.read_table(f).to_pylist())
    return out


def test_records_events_duplicates_stories(local_ray: None, shards: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert cli(["process", "--engine", "ray", str(shards), "-o", str(out), "--no-progress"]) == 1  # a bad line
    err = capsys.readouterr().err
    assert "skipped 2" in err and "Traceback" not in err  # the bad JSON line and the empty article
    rows = _records(out)
    assert [r["origin"] for r in rows][:2] == [f"{shards}/a.jsonl:1", f"{shards}/a.jsonl:2"]
    assert rows[1]["skipped"] and rows[1]["record"] is None
    used = [r for r in rows if not r["skipped"]]
    assert len(used) == 1 + 12 + 4
    # The same records as rasd process (one JSONL shard: the same corpus evidence too).
    local = tmp_path / "local.jsonl"
    assert cli(["process", str(shards / "b.jsonl"), "--no-raw", "--format", "jsonl", "-o", str(local),
                "--jobs", "1", "--no-progress"]) == 1
    capsys.readouterr()
    mine = [r["record"] for r in used if r["origin"].startswith(f"{shards}/b.jsonl")]
    assert mine == local.read_text(encoding="utf-8").splitlines()
    # Parquet rows are articles like JSONL lines.
    pq_rows = [json.loads(r["record"]) for r in used if ".parquet:" in r["origin"]]
    assert [r["id"] for r in pq_rows] == [f"http://example.com/pq/{i}" for i in range(4)]
    # Events of the seed article, in the columns of rasd events.
    events = [r for f in sorted((out / "events").glob("part-*.parquet")) for r in pq.read_table(f).to_pylist()]
    seed_rec = json.loads(used[0]["record"])
    assert len(events) >= len(seed_rec["events"]) >= 1
    assert {"article_id", "type", "source", "target", "date"} <= events[0].keys()
    assert {e["article_id"] for e in events} >= {"http://x/seed"}
    # Near-duplicates and stories over the whole output: the 3 reprints of b.jsonl are found.
    clusters = [json.loads(x) for x in (out / "duplicates.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {c["original"] for c in clusters} >= {f"http://example.com/7/{i}" for i in range(3)}
    assert (out / "stories.jsonl").exists()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["articles"] == 17 and summary["skipped"] == 2 and summary["shards_in"] == 3


def test_bad_use_is_one_clear_error(local_ray: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["process", "--engine", "ray", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")]) == 2
    assert cli(["process", "--engine", "ray", str(tmp_path)]) == 2  # no -o folder
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("rasd: error:") for line in err)

"""Every command on bad or surprising input (issue 15): one exit-status rule, clear messages, no traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.errors import reason_of

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"
ARABIC = "وصل وزير الخارجية إلى الرياض اليوم في زيارة رسمية يلتقي خلالها كبار المسؤولين في المملكة."


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# -- ingest ----------------------------------------------------------------------------


@pytest.mark.parametrize("content, problem", [(None, "no such file"), (b"", "empty"),
                                              (b"\x00\x01\x02\x03binary", "binary"),
                                              ("نص عربي".encode() + b"\xff\xfe" + "نص".encode(), "invalid UTF-8")])
def test_ingest_of_one_bad_input_fails_and_leaves_no_database(content: bytes | None, problem: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    if content is not None:
        src.write_bytes(content)
    db = tmp_path / "x.db"
    code, _, err = cli(["ingest", str(src), "--db", str(db), "--no-progress"], capsys)
    assert code == 2 and problem in err and "no database written" in err
    assert not any(p.name.startswith("x.db") for p in tmp_path.iterdir())


def test_ingest_exit_1_when_some_skipped_and_keeps_an_existing_database(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARABIC, encoding="utf-8")
    bad.write_bytes(b"")
    db = tmp_path / "x.db"
    code, _, err = cli(["ingest", str(good), str(bad), "--db", str(db), "--layers", "none", "--no-progress"], capsys)
    assert code == 1 and "skipped 1: input is empty" in err and db.exists()
    code, _, _ = cli(["ingest", str(bad), "--db", str(db), "--no-progress"], capsys)
    assert code == 2 and db.exists()  # a database that was there before is never removed


# -- ids agree across process, ingest and show ------------------------------------------


def test_same_id_in_process_ingest_and_show(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = cli(["process", "--layers", "none", "in/seed.txt"], capsys)
    pid = json.loads(out)["id"]
    assert pid == "in/seed.txt"
    code, _, _ = cli(["ingest", "in/seed.txt", "--db", "x.db", "--layers", "none", "--no-progress"], capsys)
    assert code == 0
    for key in ("in/seed.txt", "./in/seed.txt", "seed.txt"):
        code, out, _ = cli(["show", key, "--db", "x.db"], capsys)
        assert code == 0 and json.loads(out)["id"] == pid


# -- duplicates ------------------------------------------------------------------------


def test_duplicates_skips_bad_lines_accepts_folders_refuses_empty(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    rows = [json.dumps({"id": "a", "text": ARABIC * 3}, ensure_ascii=False), "not json",
            json.dumps({"id": "b", "text": ARABIC * 3 + " وأضاف"}, ensure_ascii=False), "[1, 2]"]
    (folder / "c.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = cli(["duplicates", str(folder)], capsys)
    assert code == 1
    assert [json.loads(x)["members"] for x in out.splitlines()] == [["a", "b"]]
    assert "c.jsonl:2" in err and "c.jsonl:4" in err and "skipped 2" in err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    code, out, err = cli(["duplicates", str(empty)], capsys)
    assert code == 2 and out == "" and "no articles" in err


# -- layers ----------------------------------------------------------------------------


def test_events_alone_brings_the_layers_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.pipeline import parse_layers

    assert parse_layers("events") == ("entities", "dates", "quotes", "events")
    assert parse_layers("quotes") == ("entities", "quotes")
    code, out, _ = cli(["process", "--layers", "events", str(SEED)], capsys)
    assert code == 0 and len(json.loads(out)["events"]) >= 3


# -- search ----------------------------------------------------------------------------


@pytest.fixture
def search_db(tmp_path: Path) -> Path:
    """A small database written directly (no analysis): who is mentioned where is known exactly."""
    from rasd.corpus.search import entity_key, search_view
    from rasd.corpus.store import Row, Store

    people = {"a1": [("PER", "عادل الجبير")], "a2": [("PER", "الجبير")], "a3": [("PER", "عادل إمام")],
              "a4": [("LOC", "عدن")], "a5": [], "a6": [("PER", "عادل بن أحمد الجبير")],
              "a7": [("PER", "أحمد الجبير")], "a8": [("LOC", "معدن")]}
    db = tmp_path / "s.db"
    with Store(str(db)) as st:
        rows = []
        for i, (aid, ents) in enumerate(people.items()):
            text = f"خبر رقم {i} عن الزيارة"
            rec = {"id": aid, "title": "", "text": text, "published": f"2026-02-{i + 1:02d}", "source": "was"}
            rows.append(Row(id=aid, content_hash=aid, record=rec, layers="entities,dates,quotes,events", lsh=b"",
                            search_title="", search_body=search_view(text),
                            entities=[(t, n, entity_key(n)) for t, n in ents],
                            events=["ASSAULT"] if aid == "a1" else []))
        st.write_batch(rows, [], {})
    return db


def _ids(out: str) -> set[str]:
    return {json.loads(x)["id"] for x in out.splitlines()}


def test_search_event_type_any_case_and_unknown_type(search_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["search", "--db", str(search_db), "--event-type", "assault", "--format", "jsonl"], capsys)
    assert code == 0 and _ids(out) == {"a1"}
    code, _, err = cli(["search", "--db", str(search_db), "--event-type", "FOO"], capsys)
    assert code == 2 and "FOO" in err and "ASSAULT" in err and "CONSULT" in err


def test_search_short_and_full_name_find_the_same_person(search_db: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    found = {}
    for name in ("الجبير", "عادل الجبير"):
        code, out, _ = cli(["search", "--db", str(search_db), "--entity", name, "--format", "jsonl"], capsys)
        found[name] = _ids(out)
    assert found["عادل الجبير"] == {"a1", "a2", "a6"}  # not أحمد الجبير, another person
    assert found["الجبير"] == found["عادل الجبير"] | {"a7"}  # a bare family name cannot tell them apart
    code, out, _ = cli(["search", "--db", str(search_db), "--entity", "عدن", "--format", "jsonl"], capsys)
    assert _ids(out) == {"a4"}


def test_filter_only_scores_are_not_negative_zero(search_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(["search", "--db", str(search_db), "--outlet", "was"], capsys)
    assert code == 0 and "0.00" in out and "-0.00" not in out


def test_entity_filter_on_a_database_without_entities_says_why(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARABIC, encoding="utf-8")
    db = tmp_path / "n.db"
    assert cli(["ingest", str(src), "--db", str(db), "--layers", "none", "--no-progress"], capsys)[0] == 0
    code, out, err = cli(["search", "--db", str(db), "--entity", "الرياض"], capsys)
    assert code == 2 and "entities layer" in err and "--layers" in err


# -- summaries and help ------------------------------------------------------------------


def test_skip_reasons_are_whole_but_grouped() -> None:
    assert reason_of("HTTP status 404 for http://example.com/a:1") == "HTTP status 404"
    assert reason_of("invalid JSON at column 7: Expecting value") == "invalid JSON: Expecting value"
    assert reason_of("language is en, not ar (--lang-only)") == "language is en, not ar (--lang-only)"


def test_process_summary_keeps_the_reason_after_a_colon(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "c.jsonl"
    p.write_text('{"text": "' + ARABIC + '"}\n{"text": \n  nope\n', encoding="utf-8")
    code, _, err = cli(["process", "--layers", "none", str(p)], capsys)
    assert code == 1 and "2× invalid JSON: Expecting value" in err


def test_help_names_warc_and_every_eval_kind(capsys: pytest.CaptureFixture[str]) -> None:
    from rasd.commands.eval import KINDS

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "WARC" in out and all(k in out for k in KINDS)
    for command in ("process", "ingest"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "WARC" in capsys.readouterr().out


def test_process_exit_status_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(ARABIC, encoding="utf-8")
    bad.write_bytes(b"\x00\x00")
    assert cli(["process", "--layers", "none", str(good), str(good)], capsys)[0] == 0
    assert cli(["process", "--layers", "none", str(good), str(bad)], capsys)[0] == 1
    assert cli(["process", "--layers", "none", str(bad), str(bad)], capsys)[0] == 2
    empty = tmp_path / "e"
    empty.mkdir()
    code, _, err = cli(["process", str(empty)], capsys)
    assert code == 2 and "no articles found" in err
    assert os.listdir(empty) == []

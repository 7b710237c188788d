"""Event tables: rows, CSV/JSONL/Parquet writers and the ``rasd events`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasd.analyse import events
from rasd.analyse.events import table as event_table
from rasd.cli import main as cli_main
from rasd.record import Article
from test_events_fixtures import add_entities, make_article


def _article() -> Article:
    art = make_article("الجبير يلتقي لافروف", ["التقى عادل الجبير اليوم سيرغي لافروف في موسكو."])
    art.id, art.url, art.source, art.published = "a1", "https://example.org/a1", "was", "2015-08-11"
    add_entities(art, [("P1", "PER", ["عادل الجبير", "الجبير"], "SA"), ("P2", "PER", ["سيرغي لافروف", "لافروف"], "RU"),
                       ("L1", "LOC", ["موسكو"])])
    events.annotate(art)
    return art


def test_rows_have_every_column_with_names_and_countries() -> None:
    (row,) = event_table.rows(_article())
    assert tuple(row) == event_table.COLUMNS
    assert (row["article_id"], row["outlet"], row["published"]) == ("a1", "was", "2015-08-11")
    assert (row["type"], row["mode"], row["status"]) == ("CONSULT", "meet", "happened")
    assert row["actors"] == ["عادل الجبير", "سيرغي لافروف"] and row["actor_countries"] == ["SA", "RU"]
    assert row["location"] == "موسكو" and row["location_country"] == "RU"  # a city's country from the gazetteer
    assert row["mentions"] == 2 and row["sentence"].startswith("التقى")
    # no date in the text: the event happened, so it is dated by its report, and says so
    assert (row["date"], row["date_value"], row["date_source"]) == ("2015-08-11", "2015-08-11", "published")


def test_a_stated_date_names_its_expression() -> None:
    art = make_article("لقاء", ["التقى عادل الجبير يوم 9 أغسطس 2015 سيرغي لافروف في موسكو."])
    art.published = "2015-08-11"
    add_entities(art, [("P1", "PER", ["عادل الجبير"], "SA"), ("P2", "PER", ["سيرغي لافروف"], "RU")])
    from rasd.analyse.time import layer as dates

    dates.annotate(art)
    events.annotate(art)
    (ev,) = art.events
    assert ev.date == "2015-08-09" and ev.date_source is not None and "أغسطس" in ev.date_source


def test_a_planned_event_gets_no_publication_date() -> None:
    art = make_article("زيارة", ["سيزور عادل الجبير موسكو."])
    art.published = "2015-08-11"
    add_entities(art, [("P1", "PER", ["عادل الجبير"], "SA"), ("L1", "LOC", ["موسكو"], "RU")])
    events.annotate(art)
    assert [(e.status, e.date, e.date_source) for e in art.events] == [("planned", None, None)]


def test_csv_and_jsonl_writers() -> None:
    rows = event_table.rows(_article())
    buf = io.StringIO()
    assert event_table.write_csv(buf, rows) == 1
    got = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert got[0]["type"] == "CONSULT" and list(got[0]) == list(event_table.COLUMNS)
    assert got[0]["actors"] == "عادل الجبير; سيرغي لافروف" and got[0]["mentions"] == "2"
    buf = io.StringIO()
    event_table.write_jsonl(buf, rows)
    assert json.loads(buf.getvalue())["actors"] == rows[0]["actors"]


def test_parquet_writer(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert event_table.write_parquet(str(path), event_table.rows(_article())) == 1
    table = pq.read_table(path)
    assert table.column_names == list(event_table.COLUMNS) and table.num_rows == 1
    pa = pytest.importorskip("pyarrow")
    assert table.schema.field("date").type == pa.date32() and table.schema.field("published").type == pa.date32()
    assert table.schema.field("actors").type == pa.list_(pa.string()) and table.schema.field("mentions").type == pa.int32()
    row = table.to_pylist()[0]
    assert row["actors"] == ["عادل الجبير", "سيرغي لافروف"] and row["actor_countries"] == ["SA", "RU"]
    assert str(row["date"]) == "2015-08-11" and row["date_value"] == "2015-08-11"


def test_events_command_writes_a_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("اجتماع\n\nالتقى وزير الخارجية عادل الجبير اليوم نظيره الروسي سيرغي لافروف في موسكو.\n",
                   encoding="utf-8")
    out = tmp_path / "events.csv"
    assert cli_main(["events", str(src), "--format", "csv", "-o", str(out), "--no-progress"]) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(event_table.COLUMNS)


def test_parquet_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["events", "-", "--format", "parquet"]) == 2
    assert "-o FILE" in capsys.readouterr().err


def test_no_learned_check_ships_and_a_users_check_scores_events(tmp_path, monkeypatch) -> None:
    """The package ships no check fitted on the ANT articles (their licence forbids it): every rule
    event is kept; a user's own check, named by RASD_EVENT_SENSE, scores and filters them."""
    from rasd.analyse.events import sense
    from rasd.errors import RasdError

    monkeypatch.delenv("RASD_EVENT_SENSE", raising=False)
    sense.model.cache_clear()
    assert sense.model() is None
    art = _article()
    (ev,) = art.events
    assert sense.keep(ev, art)
    feats = sense.features(ev, art)
    assert "type=CONSULT" in feats and "nact=2" in feats
    path = tmp_path / "check.json"
    path.write_text(json.dumps({"weights": {"type=CONSULT": -5.0}, "bias": 0.0, "threshold": 0.5}), encoding="utf-8")
    monkeypatch.setenv("RASD_EVENT_SENSE", str(path))
    sense.model.cache_clear()
    try:
        m = sense.model()
        assert m is not None and 0.0 < sense.probability(ev, art, m) < 0.5 and not sense.keep(ev, art)
        path.write_text("[]", encoding="utf-8")
        sense.model.cache_clear()
        with pytest.raises(RasdError, match="RASD_EVENT_SENSE"):
            sense.model()
    finally:
        monkeypatch.delenv("RASD_EVENT_SENSE")
        sense.model.cache_clear()
    assert events.layer.extract(art, learned=False) and sense.trigger_stem("وحذرت") == "حذرت"

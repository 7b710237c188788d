"""`rasd process` end to end: formats, metadata flags, bad input → message and exit code, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seed.txt"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_process_seed_json_offsets_agree(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["process", "--format", "json", str(SEED)], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["text"].startswith(doc["title"])
    assert doc["text"] == "\n\n".join([doc["title"], *doc["paragraphs"]])
    assert doc["raw"] == SEED.read_text(encoding="utf-8")
    for key in ("dates", "quotes"):
        for span in doc[key]:
            assert doc["text"][span["start"]:span["end"]] == span["text"]
    for ent in doc["entities"]:
        for m in ent["mentions"]:
            assert doc["text"][m["start"]:m["end"]] == m["text"]
    assert doc["lang"] == "ar"


def test_process_json_validates_against_schema(capsys: pytest.CaptureFixture[str]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from rasd.record_schema import article_schema

    code, out, _ = run(["process", "--format", "json", str(SEED)], capsys)
    assert code == 0
    jsonschema.validate(json.loads(out), article_schema())


def test_committed_schema_is_current() -> None:
    from rasd.record_schema import article_schema

    committed = json.loads((ROOT / "src/rasd/schema/article.schema.json").read_text(encoding="utf-8"))
    assert committed == article_schema(), "regenerate: python -m rasd.record_schema > src/rasd/schema/article.schema.json"


def test_metadata_flags_and_text_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("وصل الوزير إلى الرياض اليوم.\nوقال إن الزيارة ناجحة.", encoding="utf-8")
    code, out, _ = run(["process", "--format", "json", "--title", "زيارة", "--published", "2015-08-09",
                        "--source", "was", "--layers", "none", str(p)], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["title"] == "زيارة" and doc["published"] == "2015-08-09"
    assert doc["published_inferred"] is False and doc["source"] == "was"
    assert len(doc["paragraphs"]) == 2
    code, out, _ = run(["process", "--format", "text", "--title", "زيارة", "--layers", "none", str(p)], capsys)
    assert code == 0 and out.startswith("زيارة\n") and "وقال إن الزيارة ناجحة." in out


def test_jsonl_corpus_skips_and_summarises(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    rows = [{"title": "خبر", "content": "وصل الوزير إلى الرياض اليوم في زيارة رسمية.", "url": "u1"}, "bad",
            {"title": "News", "content": "The minister arrived in Riyadh today on an official visit to the kingdom.",
             "url": "u2"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in rows),
                 encoding="utf-8")
    code, out, err = run(["process", "--layers", "none", "--lang-only", "ar", str(p)], capsys)
    assert code == 1  # some skipped (README: exit status)
    recs = [json.loads(line) for line in out.splitlines()]
    assert [r["url"] for r in recs] == ["u1"]
    assert f"{p}:2" in err and "invalid JSON" in err and "not ar" in err
    assert "processed 1 article(s), skipped 2" in err


def test_non_arabic_single_input_is_processed_with_warning(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    p = tmp_path / "en.txt"
    p.write_text("The minister arrived in Riyadh today on an official visit to the kingdom.", encoding="utf-8")
    code, out, err = run(["process", "--layers", "none", str(p)], capsys)
    assert code == 0 and json.loads(out)["lang"] == "en" and "warning" in err
    code, out, err = run(["process", "--layers", "none", "--lang-only", "ar", str(p)], capsys)
    assert code == 2 and "not ar" in err and out == ""


@pytest.mark.parametrize("content, problem", [(b"", "empty"), (b"\x00\x01\x02\x03", "binary"),
                                              (b"\xd8\xa7\xff", "invalid UTF-8 at byte 2")])
def test_bad_single_input_exits_2_with_message(content: bytes, problem: str, tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "process", str(p)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert str(p) in proc.stderr and problem in proc.stderr


def test_stdin(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "process", "--layers", "none", "--format", "jsonl", "-"],
                          input="عنوان الخبر\nنص الخبر هنا.", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["paragraphs"] == ["نص الخبر هنا."]


def test_missing_file_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["process", "/no/such/file.txt"], capsys)
    assert code == 2 and "/no/such/file.txt: no such file" in err


def test_folder_articles_are_told_apart_by_id(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("زيارة\nوصل وزير الخارجية السعودي إلى القاهرة اليوم.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("لقاء\nالتقى الرئيس المصري وزير الخارجية السعودي في القاهرة.", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"url": "http://x/1", "text": "نص الخبر."}), encoding="utf-8")
    code, out, _ = run(["process", "--layers", "none", "--no-raw", str(tmp_path)], capsys)
    assert code == 0
    ids = sorted(json.loads(line)["id"] for line in out.splitlines())
    assert ids == sorted(["http://x/1", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])


def test_cli_starts_without_site_packages_preloading_modules() -> None:
    # `python -S`: no site hooks (an editable install's finder imports importlib.util, which hid a bug)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from rasd.cli import main; "
            "raise SystemExit(main(['--help']))")
    proc = subprocess.run([sys.executable, "-S", "-c", code, str(ROOT / "src")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "process" in proc.stdout

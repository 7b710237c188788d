"""``rasd eval ner``: CoNLL reading, CoNLL-style entity scoring, clear errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rasd.errors import InputError
from rasd.eval import ner as ev


def test_scores_exact_span_and_type():
    s = ev.Scores()
    s.add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "O", "O", "B-LOC"])  # PER span wrong
    s.add(["B-ORG", "I-ORG"], ["B-LOC", "I-LOC"])  # type wrong
    assert s.prf("LOC") == (50.0, 100.0, pytest.approx(66.666, 0.001))
    assert s.prf("PER") == (0.0, 0.0, 0.0)
    p, r, f = s.prf()
    assert (p, r) == (pytest.approx(100 / 3), pytest.approx(100 / 3))
    assert ev.report(s).splitlines()[-1] == "micro-F1: 33.33"


def test_read_conll_aliases_and_sentences(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\ufeffجورج B-PERS\nبوش I-PERS\n\n\nفي O\nالقدس B-LOC\nعيد B-MISC\n", encoding="utf-8")
    sents = ev.read_conll(f)
    assert sents == [(["جورج", "بوش"], ["B-PER", "I-PER"]), (["في", "القدس", "عيد"], ["O", "B-LOC", "B-MISC"])]


@pytest.mark.parametrize(
    ("content", "needle"),
    [("كلمة\n", "line 1"), ("كلمة B-PER\nكلمة X-PER\n", "line 2"), ("", "no annotated tokens")],
)
def test_bad_input_is_a_clear_error(tmp_path, content, needle):
    f = tmp_path / "bad.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=needle):
        ev.read_conll(f)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        ev.read_conll(tmp_path / "nope.txt")
    b = tmp_path / "b.bin"
    b.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(InputError, match="UTF-8"):
        ev.read_conll(b)


def test_cli_reports_without_traceback(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_text("كلمة\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rasd.cli", "eval", "ner", str(f)], capture_output=True, text=True)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert "line 1" in out.stderr


def test_cli_small_file(tmp_path):
    f = tmp_path / "g.txt"
    f.write_text("وقال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n", encoding="utf-8")
    assert ev.main([str(f)]) == 0


def test_no_default_data_message(monkeypatch, capsys):
    monkeypatch.setattr(ev, "shared_dir", lambda: None)
    assert ev.main([]) == 2
    assert "pass a CoNLL file" in capsys.readouterr().err

"""The TimeML reader of ``rasd eval dates`` (rasd.eval.timeml) and scoring a TimeML file."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rasd.eval import timeml

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<TimeML>
<DOCID>t1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-16" functionInDocument="CREATION_TIME">2018-03-16</TIMEX3></DCT>
<TEXT>
وصل الوزير <TIMEX3 tid="t1" type="DATE" value="2018-03-15">الخميس</TIMEX3> &amp; غادر
بعد <TIMEX3 tid="t2" type="DURATION" value="P3D">ثلاثة أيام</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_parse_gives_plain_text_offsets_and_the_creation_time():
    text, gold, dct = timeml.parse(DOC)
    assert dct == "2018-03-16"
    assert [(g["text"], g["type"], g["value"]) for g in gold] == [
        ("الخميس", "DATE", "2018-03-15"), ("ثلاثة أيام", "DURATION", "P3D")]
    for g in gold:
        assert text[g["start"]:g["end"]] == g["text"]
    assert "&" in text and "<" not in text and "2018-03-16" not in text


@pytest.mark.parametrize("bad", ["plain text with no markup", "<TimeML><TIMEX3 type='DATE'>x</TimeML>",
                                 "<TimeML><TIMEX3>a<TIMEX3>b</TIMEX3></TIMEX3></TimeML>"])
def test_bad_timeml_is_refused_with_a_reason(bad):
    with pytest.raises(ValueError):
        timeml.parse(bad)


def test_eval_dates_scores_a_timeml_file(tmp_path):
    (tmp_path / "a.tml").write_text(DOC, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rasd", "eval", "dates", str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "span F1 1.000" in out.stdout and "value accuracy over all gold 1.000" in out.stdout


def test_eval_dates_names_a_bad_timeml_file(tmp_path):
    (tmp_path / "bad.tml").write_text("<TimeML><TIMEX3>x</TimeML>", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "rasd", "eval", "dates", str(tmp_path / "bad.tml")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "bad.tml" in out.stderr and "Traceback" not in out.stderr

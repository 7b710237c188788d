"""scripts/train_ner.py data preparation: WikiFANE sentences harmonised to ANERcorp's MISC convention."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _load():  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location("train_ner_t", SCRIPTS / "train_ner.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _anercorp() -> list[tuple[list[str], list[str]]]:
    return [
        (["دفع", "مئة", "دولار"], ["O", "O", "B-MISC"]),
        (["بلغ", "ألف", "دولار"], ["O", "O", "B-MISC"]),
        (["قبل", "الحرب", "العالمية", "الثانية"], ["O", "B-MISC", "I-MISC", "I-MISC"]),
        (["بعد", "الحرب", "العالمية", "الثانية"], ["O", "B-MISC", "I-MISC", "I-MISC"]),
        (["الحرب", "طويلة"], ["O", "O"]),
        (["الحرب", "قاسية"], ["O", "O"]),
        (["الجمعة", "يوم"], ["B-MISC", "O"]),  # MISC once, O three times: not projected
        (["الجمعة", "صباحا"], ["B-MISC", "O"]),
        (["في", "الجمعة"], ["O", "O"]),
        (["يوم", "الجمعة"], ["O", "O"]),
        (["يوم", "الجمعة"], ["O", "O"]),
    ]


def test_harmonise_tags_anercorp_misc_strings_on_o_words_only() -> None:
    tn = _load()
    wiki = [
        (["كلف", "مليون", "دولار", "في", "باريس"], ["O", "O", "O", "O", "B-LOC"]),
        (["انتهت", "الحرب", "العالمية", "الثانية", "يوم", "الجمعة"], ["O", "O", "O", "O", "O", "O"]),
        # a word WikiFANE already tags keeps its tag
        (["دولار", "هونغ", "كونغ"], ["B-LOC", "I-LOC", "I-LOC"]),
    ]
    out = tn.harmonise(wiki, _anercorp())
    assert out[0][1] == ["O", "O", "B-MISC", "O", "B-LOC"]
    # the multi-word string wins over its first word; «الحرب» alone (mostly O) is never projected,
    # nor «الجمعة» (MISC in fewer than 60 % of its occurrences)
    assert out[1][1] == ["O", "B-MISC", "I-MISC", "I-MISC", "O", "O"]
    assert out[2][1] == ["B-LOC", "I-LOC", "I-LOC"]
    assert [t for t, _ in out] == [t for t, _ in wiki]

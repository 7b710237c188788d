"""Links other pages carry, and ``rasd process --evidence``: one article repaired with its outlet's corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.read.evidence import learn_evidence, record_text
from rasd.repair.evidence import CorpusEvidence
from rasd.repair.repair import repair

TITLE = "افتتاح مستشفى جديد في الرياض"
P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير، وهو الأكبر في المنطقة الشمالية."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية، ويضم أقساما للطوارئ والأطفال."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال، بتمويل من صندوق التنمية الصحية."
# A link to another story on the same topic: it shares the article's words, so only other pages betray it.
LINK = "وزارة الصحة تفتتح مستشفيات جديدة في الرياض وجدة"
LINK2 = "مستشفى الرياض الجديد يستقبل أول المرضى الأسبوع المقبل"
SHARE = "قراءة ممتعة وطيبة للجميع مع أسرة التحرير."  # no rule knows it: only repetition says it is furniture


_TOPICS = ["الطقس في المرتفعات الجنوبية", "أسعار النفط في الأسواق", "نهائي كأس القارات",
           "معرض الكتاب الدولي", "الانتخابات البلدية المقبلة", "موسم الحج هذا العام"]


def _page(k: int, extra: str = "") -> tuple[str, str]:
    """Another story of the outlet, on a topic of its own (its own title and long paragraph; stories
    that share a topic's title are one story's versions), carrying ``extra`` lines."""
    title = f"تقرير عن {_TOPICS[k]}"
    body = (f"نشرت الصحيفة تقريرا مفصلا عن {_TOPICS[k]} يتناول آراء الخبراء والمسؤولين وتوقعاتهم للأيام "
            f"المقبلة مع أرقام وإحصاءات جديدة حصلت عليها من مصادر متعددة في المناطق والمدن.")
    return title, f"{title}\n{body}\n{extra}\n{SHARE}"


def _corpus(n: int = 4, extra: str = LINK) -> CorpusEvidence:
    ev = CorpusEvidence()
    for k in range(n):
        t, raw = _page(k, extra)
        ev.observe(raw, outlet="x", title=t)
    return ev


def test_a_link_other_stories_carry_goes_to_related() -> None:
    # The paragraph below names its speaker (a section may open so), unlike P3's «وأضاف أن …», which
    # points back to the speaker above and so betrays the line between as no subheading.
    p3 = P3.replace("وأضاف أن", "وأضاف المتحدث أن")
    raw = f"{P1}\n{P2}\n{LINK}\n{p3}"
    alone = repair(raw, title=TITLE)
    assert LINK in alone.paragraphs  # its words are the article's: alone, it reads as a subheading
    ev = _corpus(1)
    ev.observe(raw, outlet="x", title=TITLE)
    art = repair(raw, title=TITLE, evidence=ev.hints(raw, outlet="x", title=TITLE), outlet="x")
    assert art.paragraphs == [P1, P2, p3]
    assert art.related_headlines == [LINK]


def test_a_subheading_of_one_storys_versions_stays() -> None:
    """Two versions of one story (they share a long paragraph) both carry its subheading: content."""
    sub = "المستشفى الجديد يخدم الأحياء الشمالية"
    ev = CorpusEvidence()
    v1 = f"{P1}\n{sub}\n{P2}\n{P3}"
    v2 = f"{P1} وهذا تحديث.\n{sub}\n{P2}\n{P3}"
    ev.observe(v1, outlet="x", title=TITLE)
    ev.observe(v2, outlet="x", title=TITLE + " (محدث)")
    art = repair(v1, title=TITLE, evidence=ev, outlet="x")
    assert sub in art.paragraphs and not art.related_headlines


def test_a_box_the_corpus_explains_in_part_goes_whole() -> None:
    """Two link lines between paragraphs, one known to the corpus: the other is its box neighbour."""
    raw = f"{P1}\n{P2}\n{LINK2}\n{LINK}\n{P3}"
    ev = _corpus(1)
    ev.observe(raw, outlet="x", title=TITLE)
    art = repair(raw, title=TITLE, evidence=ev, outlet="x")
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [LINK2, LINK]


def test_record_text_of_a_stored_record() -> None:
    rec = {"title": "ع", "paragraphs": ["أ", "ب"], "removed": [{"text": "شارك"}]}
    assert record_text(rec).split("\n") == ["ع", "أ", "ب", "شارك"]
    assert record_text({**rec, "raw": "الخام"}) == "الخام"


# -- rasd process --evidence ----------------------------------------------------------


def _write_corpus(path: Path, n: int = 5) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            t, raw = _page(k, LINK if k == 0 else "")  # a link in one other story, the share line in all
            fh.write(json.dumps({"id": f"p{k}", "title": t, "text": raw, "source": "x"}, ensure_ascii=False) + "\n")


def _process(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:
    code = main(["process", "--layers", "none", "--format", "json", "--no-progress", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else {}), err


def test_process_one_article_with_a_corpus_as_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "week.jsonl"
    _write_corpus(corpus)
    art = tmp_path / "a.json"
    art.write_text(json.dumps({"title": TITLE, "text": f"{P1}\n{LINK}\n{P2}\n{P3}\n{SHARE}", "source": "x"},
                              ensure_ascii=False), encoding="utf-8")
    code, alone, _ = _process([str(art)], capsys)
    assert code == 0 and SHARE in alone["paragraphs"] and LINK in alone["paragraphs"]
    for source in (str(corpus), str(tmp_path)):  # a JSONL file, a folder holding it
        code, rec, _ = _process(["--evidence", source, str(art)], capsys)
        assert code == 0
        assert rec["paragraphs"] == [P1, P2, P3]
        assert rec["related_headlines"] == [LINK]
        assert {r["reason"] for r in rec["removed"]} == {"related_headline", "boilerplate_repeated"}


def test_process_with_a_database_as_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "week.jsonl"
    _write_corpus(corpus)
    db = tmp_path / "store.db"
    assert main(["ingest", "--layers", "none", "--no-progress", "--jobs", "1", "--db", str(db), str(corpus)]) in (0, 1)
    capsys.readouterr()
    ev = learn_evidence([str(db)])
    assert ev.articles == 5
    assert ev.is_boilerplate(SHARE, "x")  # kept or removed by the ingest's repair, the line is there


@pytest.mark.parametrize("bad", ["missing.jsonl", "empty.jsonl", "bad.db"])
def test_process_refuses_a_bad_evidence_source(bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "bad.db").write_text("not a database", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(f"{TITLE}\n{P1}", encoding="utf-8")
    code, _, err = _process(["--evidence", str(tmp_path / bad), str(art)], capsys)
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "--evidence" in lines[0] and bad in lines[0] and "Traceback" not in err


# -- a link box holding a short question ------------------------------------------------------

Q_LINK = "من يدير المستشفيات الجديدة الآن؟"  # five words: too short to count alone as another story's headline
S_LINK = "افتتاح أكبر مركز لعلاج السرطان في جدة"


def test_a_box_with_a_short_question_goes_whole() -> None:
    raw = f"{P1}\n{P2}\n{Q_LINK}\n{S_LINK}\n{P3}"
    art = repair(raw, title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [Q_LINK, S_LINK]


def test_two_short_questions_between_paragraphs_stay() -> None:
    """An explainer's subheadings: a run of questions only is no link box."""
    q2 = "كم تبلغ تكلفة المشروع الجديد؟"
    raw = f"{P1}\n{P2}\n{Q_LINK}\n{q2}\n{P3}"
    art = repair(raw, title=TITLE)
    assert Q_LINK in art.paragraphs and q2 in art.paragraphs

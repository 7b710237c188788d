"""Repair step: the seed article and small synthetic cases, one per rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.record import PARAGRAPH_SEP
from rasd.repair.lines import glued_splits, match_key, segments_of
from rasd.repair.repair import repair

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed"

P1 = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة ثلاثمائة سرير."
P2 = "وقال المتحدث باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية."
P3 = "وأضاف أن العمل في المشروع استمر ثلاث سنوات بتكلفة بلغت خمسمائة مليون ريال."
TITLE = "افتتاح مستشفى جديد في الرياض"


def reasons(art) -> list[str]:
    return [r.reason for r in art.removed]


# -- the seed -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    if not (SEED / "seed.txt").exists():
        pytest.skip("shared seed not available")
    raw = (SEED / "seed.txt").read_text(encoding="utf-8")
    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    return raw, expected, repair(raw)


def test_seed_title_and_paragraphs(seed):
    _, exp, art = seed
    assert art.title == exp["title"]
    assert art.paragraphs == exp["paragraphs"]


def test_seed_related_headline(seed):
    _, exp, art = seed
    assert art.related_headlines == exp["related_headlines"]
    assert not any(match_key(exp["related_headlines"][0]) in match_key(p) for p in art.paragraphs)


def test_seed_removals_account_for_lines(seed):
    raw, _, art = seed
    by_line = {}
    for r in art.removed:
        by_line.setdefault(r.line, []).append(r)
    assert [r.reason for r in by_line[1]] == ["duplicate_title"]
    assert by_line[1][0].duplicates == "title"
    assert [r.reason for r in by_line[2]] == ["truncated_copy"]
    assert by_line[2][0].duplicates == 0
    assert [r.reason for r in by_line[3]] == ["glued_duplicate"] * 5 + ["related_headline"]
    # The glued copies point at paragraphs 2, 3, 5, 7, 8 (0-based 1, 2, 4, 6, 7), as the seed README says.
    assert [r.duplicates for r in by_line[3][:5]] == [1, 2, 4, 6, 7]
    lines = raw.split("\n")
    for r in art.removed:
        assert r.text in lines[r.line]
        assert r.detail


def test_seed_offsets(seed):
    _, _, art = seed
    assert art.text == PARAGRAPH_SEP.join([art.title, *art.paragraphs])
    for (s, e), p in zip(art.paragraph_offsets(), art.paragraphs, strict=True):
        assert art.text[s:e] == p


# -- title ------------------------------------------------------------------------


def test_title_inferred_from_first_line():
    art = repair(f"{TITLE}\n{P1}\n{P2}")
    assert art.title == TITLE
    assert art.paragraphs == [P1, P2]


def test_no_title_when_first_line_is_a_sentence():
    art = repair(f"{P1}\n{P2}")
    assert art.title == ""
    assert art.paragraphs == [P1, P2]


def test_single_line_inputs():
    assert repair(TITLE).title == TITLE
    one = repair(P1)
    assert one.title == "" and one.paragraphs == [P1]


def test_metadata_title_and_repeated_title_lines():
    art = repair(f"{TITLE}\n\n{TITLE}\n{P1}\n{P2}", title=TITLE)
    assert art.title == TITLE
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == ["duplicate_title", "duplicate_title"]


def test_title_repeat_with_spelling_variants():
    variant = "إفتتاح مُستشفى جديد في الرياض"
    art = repair(f"{variant}\n{P1}", title=TITLE)
    assert art.paragraphs == [P1]
    assert art.removed[0].text == variant


def test_title_like_line_in_the_body_is_kept():
    # A line equal to the title after body text has started is a body line (a poem's refrain).
    art = repair(f"{P1}\n{TITLE}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, TITLE, P2]


# -- copies ---------------------------------------------------------------------------


def test_truncated_copy_mid_word():
    teaser = P1[: P1.index("بسعة") + 2]  # cut inside a word
    art = repair(f"{teaser}\n{P1}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == ["truncated_copy"] and art.removed[0].duplicates == 0


def test_truncated_copy_of_a_glued_run_spanning_two_paragraphs():
    teaser = P1 + " " + P2[:30]
    art = repair(f"{teaser}\n{P1}{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == ["truncated_copy"]


def test_complete_sentence_prefix_is_not_truncated():
    short = "السلام عليكم ورحمة الله وبركاته أيها القراء الكرام."
    art = repair(f"{short}\n{short[:-1]} وبعد فهذه رسالة.", title=TITLE)
    assert len(art.paragraphs) == 2


def test_duplicate_paragraph_with_variants_keeps_first_original():
    variant = P2.replace("إن", "ان").replace("أكثر", "اكثر")
    art = repair(f"{P1}\n{P2}\n{P3}\n{variant}", title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert art.removed[0].reason == "duplicate_paragraph"
    assert art.removed[0].duplicates == 1
    assert art.removed[0].text == variant


def test_short_refrain_is_kept():
    refrain = "يا ليل يا عين"
    art = repair(f"{P1}\n{refrain}\n{P2}\n{refrain}", title=TITLE)
    assert art.paragraphs == [P1, refrain, P2, refrain]


def test_repeated_body():
    art = repair(f"{P1}\n{P2}\n{P3}\n{P1}\n{P2}\n{P3}", title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert reasons(art) == ["repeated_body"] * 3
    assert [r.duplicates for r in art.removed] == [0, 1, 2]


def test_glued_copies_dropped_in_favour_of_clean_paragraphs():
    art = repair(f"{P2}{P3}\n{P1}\n{P2}\n{P3}", title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert reasons(art) == ["glued_duplicate", "glued_duplicate"]


def test_glued_unique_paragraphs_are_split_and_kept():
    art = repair(f"{P1}{P2}\n{P3}", title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert art.removed == []
    assert art.warnings and art.warnings[0].startswith("glued_split: line 0")


def test_glued_splits_rules():
    assert glued_splits('ومجموعة "بريكس".وحسب أوشاكوف قال') != []
    assert glued_splits("وزير الخارجية الصيني وانغ يي.وصرح المتحدث الرسمي") != []
    assert glued_splits("هل سيحضر؟وقال المتحدث إنه سيحضر") != []
    for text in ("قال د.محمد العلي إن الوضع", "ذكرت شبكة إن.بي.سي نيوز أمس", "حزب «بي.كيه.كيه» داخل البلاد",
                 "لا تستهدف السنة !..فهي لا تستهدف", "موقع www.sfda.gov.sa للهيئة", "بلغ 3.5 مليون ريال"):
        assert glued_splits(text) == [], text
    segs = segments_of(7, f"{P1}{P2}")
    assert [s.text for s in segs] == [P1, P2] and all(s.line == 7 for s in segs)


# -- related headlines ------------------------------------------------------------------


def test_headline_glued_after_a_run_of_copies():
    headline = "الأمير يفتتح مركزا صحيا جديدا في جدة"
    art = repair(f"{P2}{P3}{headline}\n{P1}\n{P2}\n{P3}", title=TITLE)
    assert art.paragraphs == [P1, P2, P3]
    assert art.related_headlines == [headline]


def test_unpunctuated_tail_after_a_unique_paragraph_is_kept():
    tail = "وأكد أن العمل مستمر حتى اكتمال المشروع"
    art = repair(f"{P1}{tail}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, tail, P2]
    assert art.related_headlines == []


@pytest.mark.parametrize("marker", ["اقرأ أيضا:", "اقرأ أيضاً:", "شاهد أيضا:", "إقرأ أيضا -"])
def test_read_also_line(marker):
    headline = "وزير الصحة يزور المستشفى الجديد"
    art = repair(f"{P1}\n{marker} {headline}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert art.related_headlines == [headline]
    assert reasons(art) == ["boilerplate_read_also"]


def test_bare_read_also_marker_takes_the_following_headline_lines():
    h1, h2 = "وزير الصحة يزور المستشفى الجديد", "افتتاح مركز للأورام في الدمام"
    art = repair(f"{P1}\nاقرأ أيضا\n{h1}\n{h2}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert art.related_headlines == [h1, h2]
    assert reasons(art) == ["boilerplate_read_also", "related_headline", "related_headline"]


# -- boilerplate and metadata ------------------------------------------------------------


def test_share_follow_timestamp_and_end_lines():
    raw = "\n".join([P1, "تابعونا على تويتر وفيسبوك", P2, "// انتهى //", "20:26 ت م", "تعليقات ()"])
    art = repair(raw, title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == ["boilerplate_share", "boilerplate_end", "timestamp", "boilerplate_share"]


@pytest.mark.parametrize(
    ("line", "author", "place"),
    [
        ("عين اليوم – متابعات", None, None),
        ("نايف عبدالله – عين اليوم", "نايف عبدالله", None),
        ("عين اليوم – جدة", None, "جدة"),
        ("أحمد البشيري – الباحة", "أحمد البشيري", "الباحة"),
    ],
)
def test_byline_lines(line, author, place):
    art = repair(f"{line}\n{P1}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == ["byline"]
    assert (art.author, art.place) == (author, place)


def test_byline_after_inferred_title():
    art = repair(f"{TITLE}\nعين اليوم – الرياض\n{P1}\n{P2}")
    assert art.title == TITLE and art.paragraphs == [P1, P2] and art.place == "الرياض"


def test_dash_line_in_the_middle_is_not_a_byline():
    art = repair(f"{P1}\nالهلال – النصر\n{P2}", title=TITLE)
    assert "الهلال – النصر" in art.paragraphs


@pytest.mark.parametrize(
    ("prefix", "place", "author"),
    [("الرياض - واس: ", "الرياض", None), ("القاهرة (رويترز) - ", "القاهرة", None),
     ("عيسى الحربي- سبق- الرس: ", "الرس", "عيسى الحربي"), ("واس- جدة: ", "جدة", None)],
)
def test_dateline_and_byline_prefixes(prefix, place, author):
    art = repair(f"{prefix}{P1}\n{P2}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert (art.place, art.author) == (place, author)
    assert art.removed[0].text == prefix.strip()


def test_wire_dateline_line():
    art = repair(f"الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n{P1}", title=TITLE)
    assert art.paragraphs == [P1] and art.place == "الرياض" and reasons(art) == ["dateline"]


def test_empty_and_blank_input():
    assert repair("").paragraphs == [] and repair("").text == ""
    art = repair("\n \n\t\n", title=TITLE)
    assert art.text == TITLE and art.removed == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("...المزيد", "boilerplate_more"),
        ("للتواصل مع الكاتب ارسل رسالة SMS", "boilerplate_contact"),
        ("writer.name@example.com", "boilerplate_contact"),
        ("لمراسلة الكاتب: writer.name@example.com", "boilerplate_contact"),
        ("تويتر: @writer_name", "boilerplate_contact"),
        ("رابط الخبر بصحيفة الوئام: افتتاح مستشفى جديد في الرياض", "boilerplate_link"),
        ("سمات الصحة الرياض مستشفى", "boilerplate_tags"),
        ("آخر تحديث: 10 أغسطس 2015", "timestamp"),
        ("2015-08-10 12:30", "timestamp"),
    ],
)
def test_more_boilerplate_lines(line, reason):
    art = repair(f"{P1}\n{P2}\n{line}", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert reasons(art) == [reason]


def test_a_sentence_that_gives_an_address_is_no_contact_line():
    line = "وقال المتحدث إن الشكاوى تصل إلى بريده: info@example.com"
    art = repair(f"{P1}\n{line}\n{P2}", title=TITLE)
    assert line in art.paragraphs


def test_edges_of_the_last_line():
    art = repair(f"{P1}\n{P2} سمات الصحة الرياض مستشفى", title=TITLE)
    assert art.paragraphs == [P1, P2] and reasons(art) == ["boilerplate_tags"]
    art = repair(f"{P1}\n{P2}سعاد صالح باقازي", title=TITLE)
    assert art.paragraphs == [P1, P2] and art.author == "سعاد صالح باقازي"
    art = repair(f"{P1}\n{P2}مقالات أخرى للكاتبهل نجحت الخطة؟لماذا تأخر المشروع!", title=TITLE)
    assert art.paragraphs == [P1, P2]
    assert art.related_headlines == ["هل نجحت الخطة؟", "لماذا تأخر المشروع!"]


def test_trailing_credit_line():
    art = repair(f"{P1}\n{P2}\n* وحدة التقارير الاقتصادية", title=TITLE)
    assert art.paragraphs == [P1, P2] and art.author == "وحدة التقارير الاقتصادية"

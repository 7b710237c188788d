"""The publication date: metadata wins; otherwise inferred from the text, or left unset."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasd.analyse.time import published
from rasd.record import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def article(*paras: str, pub: str | None = None) -> Article:
    art = Article(title="عنوان", paragraphs=list(paras), published=pub)
    art.build_text()
    return art


def test_metadata_is_never_overridden():
    art = article("أفاد اليوم الأربعاء بأن المشاورات عقدت في الأول من شباط/فبراير.", pub="2015-08-09")
    published.annotate(art)
    assert art.published == "2015-08-09" and not art.published_inferred and art.published_confidence is None


def test_weekday_of_today_after_a_recent_dated_event():
    # 2026-02-01 is a Sunday; "today, Wednesday" after it is 2026-02-04
    art = article("قال الوزير اليوم الأربعاء إن اللقاءات قد تتواصل في عام 2026.",
                  "وأضاف: عقدت مشاورات في الأول من شباط/فبراير، وناقشها الرئيسان اليوم.")
    published.annotate(art)
    assert art.published == "2026-02-04" and art.published_inferred
    assert 0 < art.published_confidence < 1


def test_yesterday_with_weekday_and_day_month_picks_the_year():
    # 2 August is a Sunday in 2015 (not in 2014 or 2016)
    art = article("ذكرت الوكالة أمس الأحد (2 أغسطس) أن الوفد وصل، وكان قد زارها عام 2015 لأول مرة.")
    pub, conf, _ = published.infer(art.text)
    assert pub == date(2015, 8, 3) and conf is not None


def test_dateline():
    art = article("سكاكا 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "أنشأت الأمانة مركزا إعلاميا.")
    published.annotate(art)
    assert art.published == "2015-08-10" and art.published_inferred


@pytest.mark.parametrize("paras", [
    ("قال الوزير اليوم الأربعاء إن المحادثات مستمرة.",),  # weekday only
    ("وقعت الحادثة في 22 يوليو 1974 عندما تحطمت طائرة.",),  # a historical date only
    ("لم تكن الشمس قد أشرقت يوم 22 يوليو 1974 عندما تحطمت طائرة.", "وقال اليوم الأحد إن التحقيق انتهى."),
    ("انطلقوا عام 2014 إلى الشمال.", "وقال أمس الأحد إن القافلة وصلت في الثالث من أغسطس."),
    ("نص بلا تواريخ.",),
])
def test_left_unset_when_the_text_does_not_fix_a_date(paras):
    art = article(*paras)
    published.annotate(art)
    assert art.published is None and not art.published_inferred and art.published_confidence is None


def test_seed_published_and_dates():
    seed = SHARED / "seed" / "expected.json"
    if not seed.is_file():
        pytest.skip("../shared/seed is absent")
    exp = json.loads(seed.read_text(encoding="utf-8"))
    art = Article(title=exp["title"], paragraphs=exp["paragraphs"])
    art.build_text()
    from rasd.pipeline import analyse

    analyse(art, layers=("dates",))
    assert art.published == exp["published"] and art.published_inferred
    for g in exp["dates"]:
        assert any(g["text"] in d.text and d.value in g["value"] for d in art.dates), g


def test_inference_is_right_on_saudinewsnet_when_it_answers():
    root = SHARED / "data" / "news" / "saudinewsnet" / "2015-08-10"
    if not root.is_dir():
        pytest.skip("../shared/data/news/saudinewsnet is absent")
    answered = right = 0
    for f in (root / "was.jsonl",):  # the SPA wire: datelines
        for line in f.open(encoding="utf-8"):
            d = json.loads(line)
            pub, _conf, _why = published.infer(d["content"])
            if pub is not None:
                answered += 1
                right += abs((pub - date.fromisoformat(d["date_extracted"][:10])).days) <= 1
    assert answered >= 50 and right / answered >= 0.9, (answered, right)

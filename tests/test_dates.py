"""The dates layer: grammar, resolution against the publication date, offsets, evaluation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rasd.analyse.time import layer as dates
from rasd.analyse.time.timex import extract, find
from rasd.record import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
WED = date(2026, 2, 4)  # a Wednesday
SAT = date(2015, 8, 8)  # a Saturday


def values(text: str, anchor: date | None = WED) -> dict[str, tuple[str, str | None]]:
    return {text[r.start:r.end]: (r.type, r.value) for r in extract(text, anchor)}


@pytest.mark.parametrize("text,span,typ,value", [
    # today / yesterday / tomorrow and their variants
    ("قال اليوم إن", "اليوم", "DATE", "2026-02-04"),
    ("وصل أمس إلى", "أمس", "DATE", "2026-02-03"),
    ("وصل بالأمس إلى", "الأمس", "DATE", "2026-02-03"),
    ("وقع البارحة", "البارحة", "DATE", "2026-02-03"),
    ("اجتمعوا أول أمس", "أول أمس", "DATE", "2026-02-02"),
    ("اجتمعوا أمس الأول", "أمس الأول", "DATE", "2026-02-02"),
    ("يصل غداً إلى", "غداً", "DATE", "2026-02-05"),
    ("يصل غدا إلى", "غدا", "DATE", "2026-02-05"),
    ("يصل بعد غد إلى", "بعد غد", "DATE", "2026-02-06"),
    ("قال اليوم الأربعاء", "اليوم الأربعاء", "DATE", "2026-02-04"),
    ("حادث وقع مساء أمس", "مساء أمس", "TIME", "2026-02-03TEV"),
    # weekdays: past context → the one before, future context → the next, explicit modifiers
    ("ونقلت الصحيفة يوم الاثنين عن", "يوم الاثنين", "DATE", "2026-02-02"),
    ("وقال الأحد إن", "الأحد", "DATE", "2026-02-01"),
    ("وسيصل يوم الجمعة إلى", "يوم الجمعة", "DATE", "2026-02-06"),
    ("التقيا الخميس الماضي", "الخميس الماضي", "DATE", "2026-01-29"),
    ("يلتقيان الاثنين المقبل", "الاثنين المقبل", "DATE", "2026-02-09"),
    ("يلتقيان الأربعاء القادم", "الأربعاء القادم", "DATE", "2026-02-11"),
    # dates in every regional month name, ordinals, Arabic-Indic digits
    ("في الأول من شباط/فبراير", "الأول من شباط/فبراير", "DATE", "2026-02-01"),
    ("في ١٥ كانون الثاني ٢٠٢٦", "١٥ كانون الثاني ٢٠٢٦", "DATE", "2026-01-15"),
    ("يوم 3 جانفي 2026", "3 جانفي 2026", "DATE", "2026-01-03"),
    ("في 9 أغسطس 2015", "9 أغسطس 2015", "DATE", "2015-08-09"),
    ("في 12 آب (أغسطس) 2015", "12 آب (أغسطس) 2015", "DATE", "2015-08-12"),
    ("في منتصف يناير الماضي", "منتصف يناير الماضي", "DATE", "2026-01"),
    ("في أواخر نيسان 2025", "أواخر نيسان 2025", "DATE", "2025-04"),
    ("في عام 2026", "عام 2026", "DATE", "2026"),
    ("منذ 24 من الشهر الماضي", "24 من الشهر الماضي", "DATE", "2026-01-24"),
    # weeks (Sunday–Saturday), months and years relative to now, and parts of them
    ("في وقت سابق من الأسبوع الجاري", "الأسبوع الجاري", "DATE", "2026-W06"),
    ("خلال الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2026-W05"),
    ("في الشهر المقبل", "الشهر المقبل", "DATE", "2026-03"),
    ("خلال العام الماضي", "العام الماضي", "DATE", "2025"),
    ("زيارة في النصف الأول من عام 2026", "النصف الأول من عام 2026", "DATE", "2026-H1"),
    ("في الربع الثالث من العام الجاري", "الربع الثالث من العام الجاري", "DATE", "2026-Q3"),
    ("في مطلع العام المقبل", "مطلع العام المقبل", "DATE", "2027"),
    # durations, sets, clock times
    ("استمرت ثلاثة أيام", "ثلاثة أيام", "DURATION", "P3D"),
    ("لمدة 15 يوما", "15 يوما", "DURATION", "P15D"),
    ("خلال الـ24 ساعة الماضية", "الـ24 ساعة الماضية", "DURATION", "PT24H"),
    ("بعد أن استمر لمدة اسبوعين", "اسبوعين", "DURATION", "P2W"),
    ("منذ خمس سنوات ونصف", "خمس سنوات ونصف", "DURATION", "P5Y6M"),
    ("يجتمع كل أسبوع", "كل أسبوع", "SET", "P1W"),
    ("تصدر يومياً", "يومياً", "SET", "P1D"),
    ("يقام كل جمعة", "كل جمعة", "SET", "XXXX-WXX-5"),
    ("قبل ثلاثة أيام وصل", "قبل ثلاثة أيام", "DATE", "2026-02-01"),
    # vague references
    ("وصرح في وقت سابق", "في وقت سابق", "DATE", "PAST_REF"),
    ("ويجري حاليا", "حاليا", "DATE", "PRESENT_REF"),
    ("سيعلن قريبا", "قريبا", "DATE", "FUTURE_REF"),
])
def test_expression(text, span, typ, value):
    got = values(text)
    assert span in got, got
    assert got[span] == (typ, value)


def test_clock_time_takes_the_day_of_its_sentence():
    got = values("تبدأ الجلسة اليوم عند الساعة العاشرة صباحا في الرياض")
    assert got["الساعة العاشرة صباحا"] == ("TIME", "2026-02-04T10:00")
    got = values("يعرض الفيلم عند الساعة الثامنة والنصف مساءً")
    assert got["الساعة الثامنة والنصف مساءً"] == ("TIME", "XXXX-XX-XXT20:30")


def test_hijri_date_kept_with_both_values():
    text = "الرياض 15 رمضان 1447 هـ"
    r = next(r for r in extract(text, WED) if r.hijri)
    assert text[r.start:r.end] == "15 رمضان 1447 هـ"
    assert (r.value, r.hijri) == ("2026-03-04", "1447-09-15")
    r = next(r for r in extract("في شهر رمضان الماضي", date(2015, 8, 9)) if r.hijri)
    assert (r.value, r.hijri) == ("2015-06-18/2015-07-16", "1436-09")
    r = next(r for r in extract("في العام الدراسي 1436/1437هـ", SAT) if r.hijri)
    assert r.hijri == "1436/1437" and r.value == "2014-10-25/2016-10-01"


def test_not_time_expressions():
    # newspapers named اليوم, the national day, eleven, a Friday sermon (frequency adjectives such
    # as «المتابعة اليومية» are SETs, as TimeML and the ANT gold have them: see test_dates_vague)
    for text in ["وقال لـ«اليوم» إن", "عين اليوم – الرياض", "بمناسبة اليوم الوطني", "الأحد عشر لاعبا",
                 "ألقى خطبة الجمعة", "وفقا لـ”المصري اليوم”"]:
        assert find(text) == [], text


def test_stated_weekday_wins_over_a_metadata_day_off_by_one():
    # metadata says Tuesday 2015-08-11; the text says today is Monday
    assert values("أعلن النادي اليوم الاثنين", date(2015, 8, 11))["اليوم الاثنين"][1] == "2015-08-10"


def test_no_anchor_keeps_spans_with_open_values():
    got = values("وصل أمس، ويغادر يوم الاثنين، في 5 مارس", None)
    assert got["أمس"] == ("DATE", None)
    assert got["يوم الاثنين"][1] == "XXXX-WXX-1"
    assert got["5 مارس"][1] == "XXXX-03-05"


def test_layer_offsets_point_at_text():
    art = Article(title="وصول الوفد اليوم", paragraphs=["وصل الوفد أمس الثلاثاء إلى الرياض لمدة ثلاثة أيام.",
                                                         "ويعود في الأول من آذار/مارس 2026."])
    art.build_text()
    art.published = "2026-02-04"
    dates.annotate(art)
    assert [d.text for d in art.dates] == ["اليوم", "أمس الثلاثاء", "ثلاثة أيام", "الأول من آذار/مارس 2026"]
    for d in art.dates:
        assert art.text[d.start:d.end] == d.text
    assert art.dates[1].value == "2026-02-03"


def test_eval_set_scores_floor(capsys, monkeypatch):
    if not (SHARED / "data" / "news" / "saudinewsnet").is_dir():
        pytest.skip("../shared/data/news/saudinewsnet is absent")
    from rasd.eval import dates as ev

    monkeypatch.setenv("RASD_EVAL_SPLIT", "dev")
    assert ev.main([]) == 0
    assert "ant test" not in capsys.readouterr().out  # no test figure unless asked
    monkeypatch.setenv("RASD_EVAL_SPLIT", "both")
    assert ev.main([]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    f1 = float(last.split("span F1 ")[1].split()[0])
    acc = float(last.split("value accuracy ")[1].split()[0].rstrip(";"))
    assert f1 >= 0.93 and acc >= 0.95, last
    # the ANT sets (international news; when their texts are in ../shared): value accuracy over all gold
    floors = {"shared-dev": 0.90, "dev": 0.93, "time-dev": 0.95, "dev2": 0.90, "test": 0.85, "time-test": 0.88}
    for part in last.split("; ")[1:]:
        name = part.split(":")[0].removeprefix("ant ")
        value = float(part.split("value ")[1])
        assert value >= floors[name], part


def test_eval_skips_without_shared(monkeypatch, capsys):
    from rasd.eval import dates as ev

    monkeypatch.setattr(ev, "shared_dir", lambda: None)
    assert ev.main([]) == 0
    assert "skipping" in capsys.readouterr().out


@pytest.mark.parametrize("text,span,value,mod", [
    ("سيزور الرئيس مصر مطلع العام المقبل", "مطلع العام المقبل", "2027", "START"),
    ("انتهت المحادثات أواخر الشهر الماضي", "أواخر الشهر الماضي", "2026-01", "END"),
    ("في منتصف أغسطس 2015", "منتصف أغسطس 2015", "2015-08", "MID"),
    ("نهاية الأسبوع الجاري", "نهاية الأسبوع الجاري", "2026-W06", "END"),
    ("وصل أول أمس", "أول أمس", "2026-02-02", None),  # a day, not the start of a period
    ("في العام المقبل", "العام المقبل", "2027", None),
])
def test_part_of_a_period_is_a_timex_mod(text, span, value, mod):
    art = Article(paragraphs=[text], text=text, published="2026-02-04")
    dates.annotate(art)
    got = {d.text: (d.value, d.mod) for d in art.dates}
    assert got[span] == (value, mod)


def test_evening_of_the_day_sets_the_clock_hour():
    art = Article(paragraphs=["بدأ الحفل الساعة الثامنة مساء يوم الاثنين"], published="2026-02-04")
    art.text = art.paragraphs[0]
    dates.annotate(art)
    got = {d.text: d.value for d in art.dates}
    # the clock and its day are one expression; the evening makes 8 o'clock 20:00
    assert got["الساعة الثامنة مساء يوم الاثنين"] == "2026-02-02T20:00"


def test_first_of_a_month_and_hijri_month_of_last_year():
    art = Article(paragraphs=["امتدت الفترة من أول يونيو حتى أوائل يوليو، مقارنة مع شهر رمضان من العام الماضي."],
                  published="2015-08-09")
    art.text = art.paragraphs[0]
    dates.annotate(art)
    got = {d.text: (d.value, d.mod, d.hijri) for d in art.dates}
    assert got["أول يونيو"] == ("2015-06-01", None, None)
    assert got["أوائل يوليو"] == ("2015-07", "START", None)
    assert got["شهر رمضان من العام الماضي"] == ("2014-06-28/2014-07-27", None, "1435-09")


def test_numeric_date_before_a_full_stop():
    art = Article(paragraphs=["التقى الوزيران في موسكو يوم ٢٠١٥/٨/١١. وبلغت النسبة 2015.8.11.5 في المئة."],
                  published="2015-08-11")
    art.text = art.paragraphs[0]
    dates.annotate(art)
    assert [(d.text, d.value) for d in art.dates] == [("٢٠١٥/٨/١١", "2015-08-11")]

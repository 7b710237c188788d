"""scripts/story_facts.py: the pair facts read from analysed records (synthetic records, no ../shared)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import story_facts  # noqa: E402


def _rec(title: str, paras: list[str], events: list[dict], entities: list[dict], quotes: list[dict] | None = None,
         dates: list[dict] | None = None) -> dict:
    return {"title": title, "paragraphs": paras, "events": events, "entities": entities,
            "quotes": quotes or [], "dates": dates or []}


def _event(typ: str, start: int, source: str | None, date: str | None = None, date_source: str = "published") -> dict:
    return {"type": typ, "trigger": {"start": start, "end": start + 3, "text": "x"}, "source": source,
            "date": date, "date_source": date_source, "implied": {}}


LEAD = "قالت وزارة الخارجية السعودية اليوم إنها ترفض القرار الذي أصدره المجلس"


def test_a_country_is_one_referent_whatever_its_name() -> None:
    sa = {"id": "E1", "type": "LOC", "name": "السعودية", "mentions": [{"start": 20, "end": 28}],
          "country": {"alpha2": "SA"}}
    sa_long = {**sa, "name": "المملكة العربية السعودية"}
    t = len("عنوان") + 2
    a = story_facts.facts(_rec("عنوان", [LEAD], [_event("REJECT", t + 40, "E1")], [sa]))
    b = story_facts.facts(_rec("عنوان", [LEAD], [_event("REJECT", t + 40, "E1")], [sa_long]))
    f = story_facts.pair_facts(a, b)
    assert f["leadtype"] == 1.0 and f["leadsrc"] == 1.0 and f["places"] == 1.0


def test_another_actor_and_act_disagree_and_a_missing_fact_is_none() -> None:
    ents = [{"id": "E1", "type": "PER", "name": "زيد", "mentions": [{"start": 0, "end": 3}], "country": None},
            {"id": "E2", "type": "PER", "name": "عمرو", "mentions": [{"start": 0, "end": 4}], "country": None}]
    t = len("عنوان") + 2
    a = story_facts.facts(_rec("عنوان", [LEAD], [_event("REJECT", t + 40, "E1")], ents))
    b = story_facts.facts(_rec("عنوان", [LEAD], [_event("ACCUSE", t + 40, "E2")], ents))
    none = story_facts.facts(_rec("عنوان", [LEAD], [], ents))
    f = story_facts.pair_facts(a, b)
    assert f["leadtype"] == 0.0 and f["leadsrc"] == 0.0
    g = story_facts.pair_facts(a, none)
    assert g["leadtype"] is None and g["leadsrc"] is None and g["speakers"] is None


def test_the_lead_skips_a_byline_line_and_a_stated_day_is_told_from_the_publication_day() -> None:
    byline = "بي بي سي - لندن"
    t = len("عنوان") + 2
    lead_at = t + len(byline) + 2
    stated = _event("ASSAULT", lead_at + 5, None, "2018-04-14", "السبت")
    dateless = _event("ASSAULT", lead_at + 5, None, "2018-04-14", "published")
    a = story_facts.facts(_rec("عنوان", [byline, LEAD], [stated], []))
    b = story_facts.facts(_rec("عنوان", [byline, LEAD], [dateless], []))
    assert a["lead"] is not None and a["lead"][0] == "ASSAULT"
    f = story_facts.pair_facts(a, b)
    assert f["leaddate"] == 1.0 and f["leadstated"] is None  # one of the two days is only the publication day
    later = story_facts.facts(_rec("عنوان", [LEAD, "فقرة ثانية طويلة بما يكفي لتكون خبرا من ثماني كلمات"],
                                   [_event("ASSAULT", t + len(LEAD) + 10, None)], []))
    assert later["lead"] is None  # an event past the first news paragraph is not the lead's

"""Stories engine: pair features, the hand-set rule, the optional model file, candidates, average linkage, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.corpus.collect import story_docs_from_jsonl
from rasd.corpus.stories import StoryDoc, build_stories, candidate_pairs, cluster, cross_outlet
from rasd.corpus.storyrule import RULE, PairRule
from rasd.corpus.storysim import (
    FEATURES,
    PairModel,
    event_types,
    head_stems,
    hours,
    load_model,
    news_weekday,
    pair_features,
    prepare,
    stem,
)
from rasd.errors import InputError

QUAKE_A = ("زلزال بقوة 6.4 درجات يضرب جزيرة لومبوك الإندونيسية ويقتل 14 شخصا",
           "ضرب زلزال بقوة 6.4 درجات جزيرة لومبوك الإندونيسية صباح الأحد، ما أسفر عن مقتل 14 شخصا "
           "وإصابة العشرات وتدمير مئات المنازل، بحسب الوكالة الوطنية لإدارة الكوارث.")
QUAKE_B = ("مقتل 14 شخصا في زلزال يضرب لومبوك في إندونيسيا",
           "قالت السلطات الإندونيسية إن زلزالا قويا ضرب جزيرة لومبوك الأحد وأدى إلى مقتل 14 شخصا "
           "على الأقل وإصابة عشرات آخرين وتضرر آلاف المنازل في الجزيرة السياحية.")
OIL = ("أسعار النفط ترتفع في الأسواق الآسيوية بعد بيانات المخزون الأمريكي",
       "ارتفعت أسعار النفط الخام في تعاملات الأحد في الأسواق الآسيوية بعد أن أظهرت بيانات تراجع "
       "المخزونات الأمريكية أكثر من المتوقع، وسط مخاوف من نقص الإمدادات.")
FILLER = [(f"خبر محلي رقم {i} عن افتتاح مشروع في المدينة", f"افتتح المحافظ مشروعا جديدا للطرق رقم {i} "
           f"في الحي الشمالي بتكلفة {i * 7} مليون وسط حضور المسؤولين والسكان.") for i in range(30)]


def _docs(extra: list[StoryDoc] | None = None) -> list[StoryDoc]:
    docs = [StoryDoc("q1", *QUAKE_A, "o1", "2018-07-29T08:00:00+00:00"),
            StoryDoc("q2", *QUAKE_B, "o2", "2018-07-29T15:00:00+00:00"),
            StoryDoc("oil", *OIL, "o3", "2018-07-29T10:00:00+00:00")]
    docs += [StoryDoc(f"f{i}", t, x, "o4", f"2018-07-{1 + i % 28:02d}T09:00:00+00:00") for i, (t, x) in enumerate(FILLER)]
    return docs + (extra or [])


def test_stem_folds_word_forms_but_keeps_short_words() -> None:
    assert stem("الضربات") == stem("ضربه") == "ضرب"
    assert stem("يستهدف") == stem("تستهدف")
    assert stem("علم") == "علم" and stem("2018") == "2018"


def test_stem_drops_a_glued_conjunction_or_preposition_with_the_article() -> None:
    assert stem("وترامب") == stem("ترامب")
    assert stem("والضربات") == stem("بالضربات") == stem("الضربات")
    assert stem("وزير") != stem("زير")  # a short word keeps its first letter


def test_event_types_come_from_the_trigger_lexicon() -> None:
    assert "ASSAULT" in event_types("اغتيال عالم فلسطيني في كوالالمبور")
    assert event_types("أسعار النفط في الأسواق") == frozenset()


def test_next_day_development_scores_below_a_rewrite() -> None:
    """The later report of a development names news (a state of emergency) that the first
    report cannot cover, and comes a day later: the rewrite of the first report scores higher."""
    docs = _docs()
    follow = StoryDoc("q4", "إندونيسيا تعلن حالة الطوارئ في لومبوك وتطلب مساعدات دولية بعد الزلزال",
                      "أعلنت الحكومة الإندونيسية الإثنين حالة الطوارئ في جزيرة لومبوك وطلبت مساعدات دولية "
                      "لإيواء آلاف المشردين، غداة زلزال بقوة 6.4 درجات أودى بحياة 14 شخصا.",
                      "o3", "2018-07-30T12:00:00+00:00")
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs + [follow]])
    same, dev = pair_features(prep[0], prep[1]), pair_features(prep[0], prep[-1])
    cov, gap = FEATURES.index("firstcov"), FEATURES.index("hourgap")
    assert same[cov] > dev[cov] and same[gap] < dev[gap]
    assert RULE.probability(same) > RULE.probability(dev)


def test_local_idf_discounts_a_word_every_report_of_that_week_uses() -> None:
    """Twenty articles of one affair the same days share «خاشقجي»: two of them that share only
    that word (and common words) get a lower local Dice than their global-IDF Dice suggests."""
    affair = [StoryDoc(f"k{i}", f"قضية خاشقجي: تطور رقم {i} في التحقيق",
                       f"قال مسؤولون إن قضية خاشقجي تشهد تطورا جديدا رقم {i} يتعلق بموقف دولة {i}.",
                       "o1" if i % 2 else "o2", f"2018-10-{15 + i % 2}T0{i % 9}:00:00+00:00") for i in range(20)]
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in _docs() + affair])
    last = prep[-1]  # affair article 19: «19» is in no other lead
    assert 0 < last.local[stem("خاشقجي")] < last.local["19"]
    x = pair_features(last, prep[-2])
    assert 0 < x[FEATURES.index("localdice")] < x[FEATURES.index("dice")]


def test_hours_reads_dates_and_datetimes_on_one_scale() -> None:
    assert hours("2018-07-29T10:00:00+00:00") - hours("2018-07-29") == pytest.approx(10.0)
    assert hours("yesterday") is None and hours(None) is None


def test_rewrites_score_above_the_threshold_and_other_events_below() -> None:
    docs = _docs()
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    assert RULE.features == FEATURES and set(RULE.weights) <= set(FEATURES)
    same = RULE.probability(pair_features(prep[0], prep[1]))
    other = RULE.probability(pair_features(prep[0], prep[2]))
    assert 0.0 <= other < RULE.threshold <= same <= 1.0
    assert pair_features(prep[0], prep[1])[FEATURES.index("eventday")] > 0  # both say الأحد


def test_event_day_disagreement_and_a_later_report_lower_the_score() -> None:
    docs = _docs()
    later = StoryDoc("q3", QUAKE_B[0], QUAKE_B[1].replace("الأحد", "الثلاثاء"), "o2", "2018-07-31T15:00:00+00:00")
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs + [later]])
    assert RULE.probability(pair_features(prep[0], prep[-1])) < RULE.probability(pair_features(prep[0], prep[1]))


def test_the_news_weekday_is_the_first_paragraphs_and_a_future_one_is_the_coming_day() -> None:
    assert news_weekday("سيلتقي الرئيسان في سنغافورة يوم الثلاثاء في قمة تاريخية.") == (2, True)
    assert news_weekday("أعلن الرئيس الأربعاء عن تنظيم انتخابات مبكرة.") == (3, False)
    assert news_weekday("سيعقد المجلس جلسة بعد مقتل القيادي يوم الخميس الماضي.") == (4, False)
    assert news_weekday("ارتفعت أسعار النفط في الأسواق الآسيوية.") == (None, False)
    # a preview published on Sunday and the report on Tuesday name one event day; a weekday
    # further down the lead (background) is not the news's
    preview = StoryDoc("p", "الرئيسان يصلان إلى سنغافورة", "وصل الرئيسان إلى سنغافورة حيث سيلتقيان الثلاثاء في قمة "
                       "تاريخية.", "o1", "2018-06-10T05:00:00+00:00")
    report = StoryDoc("r", "قمة تاريخية في سنغافورة", "تصافح الرئيسان صباح الثلاثاء في سنغافورة في مستهل قمة "
                      "تاريخية.\nوكان الرئيس قد أعلن السبت موعد القمة.", "o2", "2018-06-12T04:00:00+00:00")
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in _docs([preview, report])])
    assert prep[-2].event_day == prep[-1].event_day
    assert pair_features(prep[-2], prep[-1])[FEATURES.index("eventday")] == 1.0


def test_the_head_is_who_did_what_after_the_dateline() -> None:
    assert head_stems("دبي، الإمارات العربية المتحدة (CNN)-- كشف الإنتربول استقالة رئيسه.")[:2] == (
        stem("كشف"), stem("الانتربول"))
    china = ("الصين تؤكد اعتقال رئيس الإنتربول", "أكدت السلطات الصينية اعتقال رئيس الإنتربول مينغ هونغوي "
             "للتحقيق معه.")
    interpol = ("الإنتربول يعلن استقالة رئيسه", "قبلت منظمة الإنتربول استقالة رئيسها مينغ هونغوي المعتقل في "
                "الصين.")
    china2 = ("السلطات الصينية تؤكد احتجاز رئيس الإنتربول", "أكدت السلطات الصينية اعتقال مينغ هونغوي رئيس "
              "الإنتربول للتحقيق معه.")
    docs = _docs([StoryDoc(k, t, x, f"o{n}", "2018-10-07T19:00:00+00:00")
                  for n, (k, (t, x)) in enumerate({"c": china, "i": interpol, "c2": china2}.items())])
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    k = FEATURES.index("head")
    assert pair_features(prep[-3], prep[-1])[k] == 1.0  # one announcement, two wordings
    assert pair_features(prep[-3], prep[-2])[k] < 0.5  # two announcements of one affair


def test_rule_is_a_weighted_mean_of_overlaps_times_time_discounts() -> None:
    """The rule's contract, on hand-made feature vectors: 0 without overlap, 1 for identical
    texts published together, the score falls linearly to 0 at a 48-hour gap, an unknown
    publication time or two different event days halve it, and features the rule does not
    weigh (names, the global-IDF repeats) leave it unchanged."""
    def vec(sim: float, **kw: float) -> list[float]:
        f = {k: sim for k in FEATURES} | {"eventday": 1.0, "daygap": 0.0, "hourgap": 0.0} | kw
        return [f[k] for k in FEATURES]

    assert RULE.probability(vec(0.0)) == 0.0 and RULE.probability(vec(1.0)) == pytest.approx(1.0)
    base = RULE.probability(vec(0.6))
    assert RULE.probability(vec(0.6, hourgap=0.5)) == pytest.approx(base / 2)  # a day apart
    assert RULE.probability(vec(0.6, hourgap=1.0)) == 0.0  # two days apart: no rewrite expected
    # unknown time (pair_features gives eventday 0 and hourgap 1): halved, not zeroed
    assert RULE.probability(vec(0.6, eventday=0.0, hourgap=1.0)) == pytest.approx(base / 2)
    assert RULE.probability(vec(0.6, eventday=-1.0)) == pytest.approx(base / 2)
    assert RULE.probability(vec(0.6, names=0.0, lead=0.0, dice=0.0)) == pytest.approx(base)
    # first sentences opening with the same actor and act keep the score, none of it halves it
    assert RULE.probability(vec(0.6, head=1.0)) == pytest.approx(2 * RULE.probability(vec(0.6, head=0.0)))
    # the local-IDF lead overlap counts more than the headline alone
    assert RULE.probability(vec(0.0, localdice=0.6)) > RULE.probability(vec(0.0, title=0.6))
    assert "localdice" in RULE.describe() and PairRule(threshold=0.3).threshold == 0.3


def _model_file(tmp_path: Path, **extra: object) -> Path:
    """A model file as scripts/fit_story_model.py --write writes it (made-up weights: the
    title cosine alone decides)."""
    n = len(FEATURES)
    m = PairModel([4.0 if k == "title" else 0.0 for k in FEATURES], -2.0, [0.0] * n, [1.0] * n, threshold=0.5, link=0.4)
    f = tmp_path / "pairs-model.json"
    f.write_text(json.dumps(m.to_json() | extra), encoding="utf-8")
    return f


def test_a_model_file_replaces_the_rule_and_brings_its_threshold(tmp_path: Path) -> None:
    model = load_model(str(_model_file(tmp_path)))
    assert model.threshold == 0.5 and model.link == 0.4
    docs = _docs()
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    assert model.probability(pair_features(prep[0], prep[1])) > 0.5 > model.probability(pair_features(prep[0], prep[2]))
    # a model that scores every pair 0 groups nothing; the rule groups the quake
    n = len(FEATURES)
    never = PairModel([0.0] * n, -30.0, [0.0] * n, [1.0] * n)
    assert build_stories(docs, model=never) == []
    assert any(set(s.members) == {"q1", "q2"} for s in build_stories(docs))


def test_bad_model_files_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for path, problem in ((tmp_path / "none.json", "cannot read"), (bad, "not a JSON"),
                          (_model_file(tmp_path, features=["title"]), "features")):
        with pytest.raises(InputError, match=problem) as e:
            load_model(str(path))
        assert path.name in str(e.value)


def test_candidates_respect_the_window() -> None:
    docs = _docs([StoryDoc("q9", *QUAKE_B, "o2", "2018-08-20T15:00:00+00:00")])
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    pairs = set(candidate_pairs(prep, window_hours=48, max_df=100))
    assert (0, 1) in pairs
    assert all(len(docs) - 1 not in p for p in pairs if 0 in p)  # three weeks later: never a candidate


def test_build_stories_groups_rewrites_only() -> None:
    stories = build_stories(_docs())
    quake = [s for s in stories if "q1" in s.members]
    assert len(quake) == 1 and set(quake[0].members) == {"q1", "q2"}
    assert quake[0].outlets == ["o1", "o2"] and quake[0].label in {QUAKE_A[0], QUAKE_B[0]}
    assert all("oil" not in s.members for s in stories)
    assert build_stories([]) == []


def test_pairs_of_one_outlet_are_left_to_the_other_outlets_unless_copies() -> None:
    """An outlet's rewrite of its own report is not scored (the model is calibrated across
    outlets): it joins the story through the other outlet's report; a copy is kept."""
    rewrite = StoryDoc("q1b", *QUAKE_B, "o1", "2018-07-29T16:00:00+00:00")  # o1 again, other wording
    copy = StoryDoc("q1c", *QUAKE_A, "o1", "2018-07-29T09:00:00+00:00")
    docs = _docs([rewrite, copy])
    prep = prepare([(d.title, d.text, d.published, d.source, d.entities) for d in docs])
    ids = [d.id for d in docs]
    cands = candidate_pairs(prep, window_hours=48, max_df=100)
    assert ("q1", "q1b") in {tuple(sorted((ids[i], ids[j]))) for i, j in cands}  # a candidate before
    norm = {tuple(sorted((ids[i], ids[j]))) for i, j in cross_outlet(prep, cands)}
    assert ("q1", "q1b") not in norm and ("q1", "q1c") in norm and ("q1", "q2") in norm
    assert ("q1b", "q2") in norm  # another outlet: scored
    quake = next(s for s in build_stories(docs) if "q1" in s.members)
    assert {"q1", "q1c", "q2"} <= set(quake.members)


def test_average_linkage_does_not_chain() -> None:
    # a-b and b-c are strong links, a-c was never a candidate: a chain, not one event.
    probs = {(0, 1): 0.9, (1, 2): 0.8}
    days = [0, 0, 0]
    groups = cluster(3, probs, days, threshold=0.5, link=0.5, window_days=2)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]
    probs[(0, 2)] = 0.7  # now all three agree
    assert sorted(map(sorted, cluster(3, probs, days, threshold=0.5, link=0.5, window_days=2))) == [[0, 1, 2]]


def test_majority_check_refuses_a_merge_carried_by_a_few_strong_pairs() -> None:
    # {0, 1} and {2, 3}: one very strong cross pair (1-2) lifts the mean of the four cross
    # pairs to 0.25 >= link, but only 1 of 4 reaches the link: two developments of one affair.
    probs = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.8, (0, 2): 0.1, (1, 3): 0.1}
    days = [0, 0, 0, 0]
    assert len(cluster(4, probs, days, threshold=0.5, link=0.2, window_days=2)) == 1  # plain average linkage
    groups = cluster(4, probs, days, threshold=0.5, link=0.2, window_days=2, majority=0.5)
    assert sorted(map(sorted, groups)) == [[0, 1], [2, 3]]
    probs[(0, 2)] = probs[(1, 3)] = 0.3  # now 3 of 4 cross pairs reach the link: one story
    assert len(cluster(4, probs, days, threshold=0.5, link=0.2, window_days=2, majority=0.5)) == 1
    assert RULE.majority == 0.5


def test_outlet_cap_refuses_a_merge_only_when_asked() -> None:
    # four articles that all agree; two come from one outlet
    probs = {(a, b): 0.9 for a in range(4) for b in range(a + 1, 4)}
    outlets = ["bbc", "bbc", "cnn", "f24"]
    days = [0, 0, 0, 0]
    assert len(cluster(4, probs, days, threshold=0.5, link=0.5, window_days=2, outlets=outlets)) == 1
    groups = cluster(4, probs, days, threshold=0.5, link=0.5, window_days=2, outlets=outlets, max_per_outlet=1)
    assert sorted(map(len, groups)) == [1, 3]
    assert all(len({outlets[m] for m in g}) == len(g) for g in groups)


def test_story_span_is_bounded_and_duplicates_merge_first() -> None:
    probs = {(0, 1): 0.9, (1, 2): 0.9, (0, 2): 0.9}
    groups = cluster(3, probs, [0, 1, 5], threshold=0.5, link=0.5, window_days=2)
    assert sorted(map(sorted, groups)) == [[0, 1], [2]]
    groups = cluster(3, {}, [0, 0, 0], threshold=0.5, link=0.5, window_days=2, duplicate_pairs=[(0, 2)])
    assert sorted(map(sorted, groups)) == [[0, 2], [1]]


def test_storylines_link_developments_and_decay() -> None:
    from rasd.corpus.stories import Story
    from rasd.corpus.storylines import link_stories

    def st(i: int, day: str) -> Story:
        return Story(f"s{i}", f"story {i}", [f"a{i}"], ["o"], day, day)

    affair = {"سكريبال": 0.7, "تسميم": 0.5, "روسيا": 0.5}
    stories = [st(0, "2018-03-05"), st(1, "2018-03-12"), st(2, "2018-03-20"), st(3, "2018-06-30")]
    vectors = [affair, {"سكريبال": 0.7, "طرد": 0.6, "دبلوماسيين": 0.4},
               {"سكريبال": 0.6, "عقوبات": 0.7, "روسيا": 0.4}, affair]
    lines = link_stories(stories, vectors, threshold=0.3, decay_days=7, max_gap_days=30)
    assert sorted(map(sorted, lines)) == [[0, 1, 2], [3]]  # months later: a new storyline


def test_jsonl_loader_and_its_errors(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"url": "u1", "title": "t", "content": "x", "date_extracted": "2015-08-08"}) + "\n\n",
                 encoding="utf-8")
    (d,) = story_docs_from_jsonl([str(tmp_path)])
    assert (d.id, d.title, d.text, d.published) == ("u1", "t", "x", "2015-08-08")
    f.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match="c.jsonl:1"):
        story_docs_from_jsonl([str(f)])


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasd", "stories", *args], capture_output=True, text=True)


def test_cli_reads_jsonl_and_prints_stories_and_storylines(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": d.id, "title": d.title, "text": d.text, "source": d.source,
                                     "published": d.published}, ensure_ascii=False) + "\n" for d in _docs()),
                 encoding="utf-8")
    r = _cli(str(f), "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert any(set(s["members"]) == {"q1", "q2"} for s in rows)
    r = _cli(str(f), "--storylines", "--min-stories", "1")
    assert r.returncode == 0 and all("timeline" in json.loads(line) for line in r.stdout.splitlines())
    r = _cli(str(f), "--format", "json", "--model", str(_model_file(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert any(set(s["members"]) == {"q1", "q2"} for s in json.loads(r.stdout))


def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    r = _cli("--threshold", "1.5", str(tmp_path))
    assert r.returncode == 2 and "--threshold" in r.stderr and "Traceback" not in r.stderr
    r = _cli("--db", str(tmp_path / "none.db"))
    assert r.returncode == 2 and "none.db" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = _cli("--model", str(tmp_path / "none.json"), str(tmp_path))
    assert r.returncode == 2 and "none.json" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_the_package_ships_no_fitted_story_model() -> None:
    """The story pairs come from a corpus whose licence forbids shipping a model fitted on it."""
    import rasd

    data = Path(rasd.__file__).parent / "data" / "stories"
    assert not list(data.glob("*.json"))


def test_storylines_from_stories_alone_as_the_web_cache_calls_it() -> None:
    from rasd.corpus.stories import Story
    from rasd.corpus.storylines import build_storylines

    def st(i: int, day: str, label: str) -> Story:
        return Story(f"s{i}", label, [f"a{i}", f"b{i}"], ["o1", "o2"], day, day)

    stories = [st(0, "2018-03-05", "تسميم الجاسوس الروسي سكريبال في سالزبري"),
               st(1, "2018-03-14", "بريطانيا تطرد دبلوماسيين روس بعد تسميم سكريبال"),
               st(2, "2018-03-06", "ارتفاع أسعار النفط في الأسواق الآسيوية")]
    lines = build_storylines(stories, threshold=0.2)  # three headlines: IDF is coarse
    assert [d["stories"] for d in (sl.to_dict() for sl in lines)] == [["s0", "s1"]]


def test_storyline_keywords_are_written_forms_grouped_by_search_key() -> None:
    from rasd.corpus.stories import Story
    from rasd.corpus.storylines import _keywords

    def st(i: int, label: str) -> Story:
        return Story(f"s{i}", label, [f"a{i}"], ["o1"], "2018-10-03", "2018-10-03")

    stories = [st(0, "تركيا تطالب السعودية بكشف مصير الصحفي المختفي"),
               st(1, "السعودية تقر بمقتل الصحفي في إسطنبول"),
               st(2, "بالسعودية: وزير الخارجية يتحدث عن الصحفيّ"),
               st(3, "السعوديه ترد على تركيا")]
    words = _keywords(stories)
    # one word across clitics, a diacritic and the ة/ه spelling, shown as the headlines write it most
    assert words[:2] == ["السعودية", "الصحفي"]
    assert "تركيا" in words  # in two headlines
    assert "إسطنبول" not in words  # in one only
    assert not any(w.endswith("ه") and w[:-1] + "ة" in words for w in words)

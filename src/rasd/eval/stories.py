"""``rasd eval stories [LABELS.jsonl…]``: pairwise precision and recall of story grouping.

Labels are pairs of SaudiNewsNet article ids (urls) with a 0/1 judgement, one
JSON object a line: ``{"a", "b", "label"}`` — ids only, never text. The default
set, ``rasd/eval/data/story_pairs.jsonl``, holds 128 pairs judged by hand from
their titles and leads. They were drawn (seed 2026) from the candidate pairs
the story engine itself considers — cosine >= 0.12 within two days, different
outlets, not near-duplicates — 32 from each cosine band [0.12, 0.25),
[0.25, 0.35), [0.35, 0.5), [0.5, 1]. So they sample the hard region around the
decision threshold, not the corpus at large: the scores say how well the
engine separates stories that look alike.

Guideline: *the same story* means the same development — one event,
announcement, statement or press conference (its different angles and
same-day reactions included, e.g. the arrest of a suspect and the group that
claimed the attack); two of a kind (two congratulation cables, two regions'
labour inspections, two days' market reports, a decision taken in response to
an event) are different stories.

The engine runs as ``rasd ingest`` + ``rasd stories`` do, on the whole corpus
(``../shared``; skipped cleanly when absent), with the repair only (the
analysis layers changed the scores by about one point on this set). A pair is
predicted "same" when both articles land in one story.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from rasd.eval.duplicates import load_labels, score, shared_corpus

DEFAULT_LABELS = Path(__file__).resolve().parent / "data" / "story_pairs.jsonl"


def evaluate(labels: list[dict], corpus: Path, threshold: float = 0.35) -> dict[str, float]:
    """Ingest ``corpus`` into a temporary database, build stories, score ``labels``."""
    from rasd.corpus.collect import stories_from_db
    from rasd.corpus.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "stories.db")
        ingest([str(corpus)], db, layers=(), progress=False)
        stories = stories_from_db(db, threshold=threshold)
    story = {m: s.id for s in stories for m in s.members}
    same = {(lab["a"], lab["b"]): story.get(lab["a"], "-a") == story.get(lab["b"], "-b") for lab in labels}
    out = score(labels, same)
    out["stories"] = len(stories)
    return out


def main(paths: list[str]) -> int:
    corpus = shared_corpus()
    if corpus is None:
        print("eval stories: SaudiNewsNet (../shared/data/news/saudinewsnet) is absent; skipped")
        return 0
    labels = load_labels(paths or [str(DEFAULT_LABELS)])
    s = evaluate(labels, corpus)
    pos = sum(1 for lab in labels if lab["label"])
    print(f"labelled pairs: {s['pairs']} ({pos} same story, {s['pairs'] - pos} not)")
    print(f"engine: TF-IDF key terms, cosine >= 0.35 with centroid check, 2-day window; {s['stories']} stories")
    print(f"tp {s['tp']}  fp {s['fp']}  fn {s['fn']}")
    print(f"stories: P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    return 0

#!/usr/bin/env python3
"""Train the shipped Arabic NER model (a CRF) and write it to src/rasd/data/ner/.

Reproducible: same data, same options → same model (L-BFGS is deterministic).

    python3 scripts/train_ner.py                       # train on ANERcorp train, write the model
    python3 scripts/train_ner.py --dev                 # hold out the last 10% of train, print dev F1
    python3 scripts/train_ner.py --c1 0.05 --c2 0.01 --max-iterations 150
    python3 scripts/train_ner.py --dev --fold 1 --out /tmp/m --wikifane-train 3000 --harmonise
        # + WikiFANE sentences, ANERcorp's MISC strings tagged on them (tried in session 9, not shipped:
        #   see the model card)

Data: ../shared/data/ner/anercorp/ANERCorp_CamelLab_train_RECONSTRUCTED.txt
(CC BY-SA 4.0; never the test split). Gazetteers: the MIT Arabic name lists in
../shared/data/names/arabic-names-akhateeb, country and city names from Babel's
CLDR Arabic locale, and a short hand-written list of organisation/title/place
head words. Word clusters (optional, --clusters FILE) come from
scripts/ner_clusters.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.analyse.ner.features import Featurizer  # noqa: E402
from rasd.analyse.ner.tagger import (  # noqa: E402
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    LEXICON_FILE,
    MODEL_FILE,
    STACK_FILE,
    WORDS_FILE,
    load_resources,
    load_stack,
    stack_resources,
    stacked_tags,
)
from rasd.analyse.ner.wikifane import read_wikifane  # noqa: E402
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.eval.ner import Scores, read_conll, report  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
WIKIFANE = SHARED / "data" / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
SHIPPED = ROOT / "src" / "rasd" / "data" / "ner"
OUT = SHIPPED

def build_lexicon(sents: list[tuple[list[str], list[str]]]) -> dict[str, list[int]]:
    """Normalized word → [times it starts an entity, times inside one (B or I), times O] in training.

    The first count decides span clitic trimming; the others tell which words are
    common words that document-level propagation must not spread on their own.
    """
    lex: dict[str, list[int]] = {}
    for toks, tags in sents:
        for t, g in zip(toks, tags, strict=True):
            row = lex.setdefault(normalize(t), [0, 0, 0])
            row[0] += g.startswith("B-")
            row[1] += g != "O"
            row[2] += g == "O"
    return {w: r for w, r in lex.items() if r[1] or r[2] >= 3}


def write_tsv(path: Path, rows: list[list[str]], header: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def augment(sents, copies: int, seed: int = 13) -> list[tuple[list[str], list[str]]]:
    """Mention replacement: ``copies`` extra copies of each sentence that has entities,
    every entity swapped for a random training entity of the same type (seeded, so
    reproducible). The model then learns the contexts names occur in rather than
    memorising the names, which is what unseen names need (dev +0.8 F1)."""
    import random

    from rasd.analyse.ner.tagger import bio_spans

    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    for toks, tags in sents:
        for a, b, t in bio_spans(tags):
            pool.setdefault(t, []).append(toks[a:b])
    out = []
    for _ in range(copies):
        for toks, tags in sents:
            spans = bio_spans(tags)
            if not spans:
                continue
            new_toks: list[str] = []
            new_tags: list[str] = []
            pos = 0
            for a, b, t in spans:
                new_toks += toks[pos:a]
                new_tags += tags[pos:a]
                rep = rng.choice(pool[t])
                new_toks += rep
                new_tags += [f"B-{t}"] + [f"I-{t}"] * (len(rep) - 1)
                pos = b
            out.append((new_toks + toks[pos:], new_tags + tags[pos:]))
    return out


WIKIFANE_TYPES = frozenset(("PER", "ORG", "LOC"))


def wikifane_training(path: Path, n: int, seed: int = 7) -> list[tuple[list[str], list[str]]]:
    """``n`` WikiFANE sentences (seeded shuffle of those with a PER/ORG/LOC entity) as extra training data.

    Only PER, ORG and LOC keep their tags (FAC, PRO and GRP follow other conventions than
    ANERcorp's LOC/MISC/O and become O); an I- left after a dropped tag becomes B-.
    """
    import random

    out = []
    for toks, tags in read_wikifane(path):
        mapped = [g if g[2:] in WIKIFANE_TYPES else "O" for g in tags]
        mapped = ["B-" + g[2:] if g.startswith("I-") and (i == 0 or mapped[i - 1][2:] != g[2:]) else g
                  for i, g in enumerate(mapped)]
        if any(g != "O" for g in mapped):
            out.append((toks, mapped))
    random.Random(seed).shuffle(out)
    return out[:n]


def harmonise(wiki, anercorp, min_count: int = 2, min_share: float = 0.6, types=("MISC",)):
    """WikiFANE sentences with ANERcorp's conventions projected onto their O words.

    WikiFANE leaves untagged what ANERcorp calls MISC (currencies, religions, prizes,
    wars: دولار، الإسلام، نوبل، الحرب العالمية الثانية), so its sentences teach the CRF
    that those are O; that is what cost MISC recall when they were added as training
    data. Every entity string of ``anercorp`` (the training part only: never a dev fold
    or the test split) of a type in ``types`` seen ``min_count`` times or more, whose
    words are tagged that type at least ``min_share`` of the times they occur in
    ``anercorp``, is tagged that type wherever it stands on O words in ``wiki``
    (longest match first). Tags WikiFANE gives are never changed.
    """
    from rasd.analyse.ner.tagger import bio_spans

    ent: dict[tuple[str, ...], dict[str, int]] = {}
    for toks, tags in anercorp:
        for a, b, t in bio_spans(tags):
            key = tuple(normalize(x) for x in toks[a:b])
            ent.setdefault(key, {}).setdefault(t, 0)
            ent[key][t] += 1
    # How often each candidate string occurs at all (as entity or not) in ANERcorp.
    seen: dict[tuple[str, ...], int] = {}
    cands = {k: max(v, key=v.get) for k, v in ent.items()
             if max(v.values()) >= min_count and max(v, key=v.get) in types}
    longest = max((len(k) for k in cands), default=0)
    for toks, _ in anercorp:
        norm = [normalize(x) for x in toks]
        for i in range(len(norm)):
            for n in range(1, min(longest, len(norm) - i) + 1):
                k = tuple(norm[i:i + n])
                if k in cands:
                    seen[k] = seen.get(k, 0) + 1
    table = {k: t for k, t in cands.items() if ent[k][t] >= min_share * seen.get(k, 1)}
    out = []
    changed = 0
    for toks, tags in wiki:
        norm = [normalize(x) for x in toks]
        new = list(tags)
        i = 0
        while i < len(norm):
            for n in range(min(longest, len(norm) - i), 0, -1):
                k = tuple(norm[i:i + n])
                if k in table and all(g == "O" for g in new[i:i + n]):
                    new[i:i + n] = [f"B-{table[k]}"] + [f"I-{table[k]}"] * (n - 1)
                    changed += 1
                    i += n - 1
                    break
            i += 1
        out.append((toks, new))
    print(f"harmonise: {len(table)} ANERcorp {'/'.join(types)} strings, {changed} WikiFANE spans tagged")
    return out


def train(sents, out_dir: Path, c1: float, c2: float, iters: int, extra=()) -> None:
    """The main CRF on ``sents`` with the resources (and WikiFANE CRF, if any) of ``out_dir``.

    ``extra``: sentences of another domain (WikiFANE); each of their tokens also gets
    the feature ``dom=wf``, so that the domain's own label rates go to that feature's
    weights. Tagging never produces it (news is ANERcorp's domain).
    """
    import pycrfsuite

    res, _, _ = load_resources(out_dir)
    stack = load_stack(out_dir, res, filtered=False)
    fz = Featurizer(res)
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(fz.sequence(toks, stacked_tags(stack, toks)), tags)
    for toks, tags in extra:
        trainer.append([[*x, "dom=wf"] for x in fz.sequence(toks, stacked_tags(stack, toks))], tags)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": iters,
        "feature.possible_transitions": True, "feature.minfreq": 1,
    })
    trainer.train(str(out_dir / MODEL_FILE))


def train_wikifane(path: Path, out_dir: Path, c1: float, iters: int) -> None:
    """The WikiFANE CRF (coarse tags, see rasd.analyse.ner.wikifane) into ``out_dir``/wikifane.crfsuite.

    It sees only the gazetteer of ``out_dir`` (stack_resources), so it does not have to be
    retrained when the word tables change.
    """
    import pycrfsuite

    res, _, _ = load_resources(out_dir)
    fz = Featurizer(stack_resources(res))
    trainer = pycrfsuite.Trainer(verbose=False)
    sents = read_wikifane(path)
    for toks, tags in sents:
        trainer.append(fz.sequence(toks), tags)
    # Stronger L1 than the main model: a sparse model keeps tagging fast.
    trainer.set_params({"c1": c1, "c2": 0.01, "max_iterations": iters,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    trainer.train(str(out_dir / STACK_FILE))
    print(f"WikiFANE CRF: {len(sents)} sentences → {out_dir / STACK_FILE}")


def score(model_dir: Path, sents, windows=(None,)) -> dict:
    """Scores on ``sents`` without (key None) and with document propagation over ±w sentences."""
    import pycrfsuite

    from rasd.analyse.ner.document import propagate, retype_after_heads

    res, _, common = load_resources(model_dir)
    stack = load_stack(model_dir, res, filtered=False)
    fz = Featurizer(res)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / MODEL_FILE))
    toks = [t for t, _ in sents]
    pred = retype_after_heads(toks, [tagger.tag(fz.sequence(t, stacked_tags(stack, t))) for t in toks])
    out = {}
    for w in windows:
        tags = pred if w is None else propagate(toks, pred, common.__contains__, window=w)
        s = Scores()
        for (_, gold), p in zip(sents, tags, strict=True):
            s.add(gold, p)
        out[w] = s
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=TRAIN)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--clusters", type=Path, help="clusters.tsv from scripts/ner_clusters.py")
    ap.add_argument("--gazetteer", type=Path, help="gazetteer.tsv.gz from scripts/build_gazetteers.py")
    ap.add_argument("--words", type=Path, help="words.tsv.gz from scripts/build_word_tables.py")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--no-words", action="store_true")
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--stack", type=Path, help="wikifane.crfsuite to stack in (default: the shipped one)")
    ap.add_argument("--no-stack", action="store_true")
    ap.add_argument("--train-wikifane", action="store_true",
                    help="train only the WikiFANE CRF (into --out) from ../shared WikiFANE Gold")
    ap.add_argument("--wikifane-train", type=int, default=0, metavar="N",
                    help="add N WikiFANE sentences (PER/ORG/LOC only) to the training data (see wikifane_training)")
    ap.add_argument("--harmonise", action="store_true",
                    help="with --wikifane-train: tag ANERcorp's MISC strings on WikiFANE's O words (see harmonise)")
    ap.add_argument("--wikifane-c1", type=float, default=0.3)
    ap.add_argument("--wikifane-iterations", type=int, default=60)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--augment", type=int, default=0,
                    help="extra mention-replaced copies of the entity sentences (see augment)")
    ap.add_argument("--dev", action="store_true", help="hold out the last 10%% of train and report on it")
    ap.add_argument("--fold", type=int, choices=(0, 1), default=0,
                    help="with --dev: 0 holds out the last 10%%, 1 the first 10%%")
    a = ap.parse_args()

    sents = read_conll(a.train)
    a.out.mkdir(parents=True, exist_ok=True)
    # Resources: the given file, else the shipped one (built by build_gazetteers.py /
    # build_word_tables.py), else none; --no-X leaves X out (for ablations).
    for name, given, off in ((GAZETTEER_FILE, a.gazetteer, a.no_gazetteer), (WORDS_FILE, a.words, a.no_words),
                             (CLUSTERS_FILE, a.clusters, a.no_clusters), (STACK_FILE, a.stack, a.no_stack)):
        dst = a.out / name
        src = given or SHIPPED / name
        if off or not src.exists():
            dst.unlink(missing_ok=True)
        elif src.resolve() != dst.resolve():
            shutil.copyfile(src, dst)
    if a.train_wikifane:
        t0 = time.time()
        train_wikifane(WIKIFANE, a.out, a.wikifane_c1, a.wikifane_iterations)
        print(f"in {time.time() - t0:.0f}s")
        return 0
    train_sents, dev_sents = sents, []
    if a.dev:
        # fold 0: the last 10 % of train; fold 1: the first 10 % (a second, independent dev set).
        cut = int(len(sents) * 0.1)
        if a.fold == 0:
            train_sents, dev_sents = sents[:-cut], sents[-cut:]
        else:
            train_sents, dev_sents = sents[cut:], sents[:cut]
    lex = build_lexicon(train_sents)
    write_tsv(a.out / LEXICON_FILE, [[w, *map(str, r)] for w, r in sorted(lex.items())],
              "normalized word<TAB>times B-<TAB>times B-/I-<TAB>times O, in ANERcorp train (CC BY-SA 4.0)")
    t0 = time.time()
    extra = augment(train_sents, a.augment) if a.augment else []
    wiki = wikifane_training(WIKIFANE, a.wikifane_train) if a.wikifane_train else []
    if wiki and a.harmonise:
        wiki = harmonise(wiki, train_sents)
    train(train_sents + extra, a.out, a.c1, a.c2, a.max_iterations, extra=wiki)
    print(f"trained on {len(train_sents)} sentences (+{len(extra)} augmented, +{len(wiki)} WikiFANE) "
          f"in {time.time() - t0:.0f}s "
          f"(c1={a.c1} c2={a.c2} iters={a.max_iterations})")
    if dev_sents:
        for w, sc in score(a.out, dev_sents, windows=(None, 10, 30)).items():
            print(f"--- dev, document window {w}")
            print(report(sc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Train the shipped Arabic NER model (a CRF) and write it to src/rasd/data/ner/.

Reproducible: same data, same options → same model (L-BFGS is deterministic).

    python3 scripts/train_ner.py                       # train on ANERcorp train, write the model
    python3 scripts/train_ner.py --dev                 # hold out the last 10% of train, print dev F1
    python3 scripts/train_ner.py --c1 0.05 --c2 0.01 --max-iterations 150

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
import zoneinfo
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.analyse.ner.features import Featurizer  # noqa: E402
from rasd.analyse.ner.tagger import (  # noqa: E402
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    LEXICON_FILE,
    MODEL_FILE,
    load_resources,
)
from rasd.arabic.normalize import normalize  # noqa: E402
from rasd.eval.ner import Scores, read_conll, report  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
NAMES = SHARED / "data" / "names" / "arabic-names-akhateeb"
OUT = ROOT / "src" / "rasd" / "data" / "ner"

# Hand-written head words: they start organisation / place names or precede person names.
ORG_HEADS = """وزارة منظمة مجلس حزب جامعة شركة هيئة جمعية اتحاد لجنة مؤسسة وكالة بنك مصرف صندوق
جبهة حركة نادي مركز معهد محكمة برلمان مجمع رابطة نقابة جيش قوات صحيفة مجلة قناة إذاعة تلفزيون
الأمم الاتحاد الجامعة المجلس المنظمة الحزب الوكالة البنك الصندوق الجبهة الحركة الحكومة الشركة""".split()
TITLES = """السيد السيدة الرئيس رئيس الملك الأمير الأميرة الشيخ الدكتور د المهندس الوزير وزير الأمين
العاهل ولي المستشار النائب الجنرال اللواء العميد العقيد الفريق المشير الزعيم القائد المتحدث الناطق
الإمام البابا المطران الكاتب الشاعر المخرج الفنان الفنانة اللاعب المدرب الحاج السفير المبعوث""".split()
LOC_HEADS = """مدينة محافظة بلدة قرية منطقة ولاية إقليم جزيرة جزر نهر جبل بحر خليج مضيق عاصمة العاصمة
شمال جنوب شرق غرب وسط مخيم حي شارع ميناء مطار""".split()


def build_gazetteer() -> dict[str, set[str]]:
    """Normalized word → flags, from the name lists, CLDR place names and head words."""
    gaz: dict[str, set[str]] = {}

    def add(word: str, flag: str) -> None:
        w = normalize(word.strip())
        if w and not w.isascii():
            gaz.setdefault(w, set()).add(flag)

    def lines(name: str) -> list[str]:
        p = NAMES / name
        return p.read_text(encoding="utf-8-sig").split() if p.exists() else []

    for f in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt"):
        for w in lines(f):
            add(w, "FN")
    for w in lines("last-names-in-arabic.txt"):
        add(w, "LN")
    from babel import Locale
    from babel.dates import get_timezone_location

    for code, name in Locale("ar").territories.items():
        if not code.isdigit():
            words = name.split()
            for i, w in enumerate(words):
                add(w, "LOC" if len(words) == 1 else ("LOCB" if i == 0 else "LOCI"))
    for z in sorted(zoneinfo.available_timezones()):
        if "/" not in z or z.startswith(("Etc", "SystemV", "US/", "posix", "right")):
            continue
        try:
            city = get_timezone_location(z, locale="ar", return_city=True)
        except Exception:  # noqa: BLE001 - babel lacks some zones; they just don't contribute
            continue
        words = city.split()
        for i, w in enumerate(words):
            add(w, "LOC" if len(words) == 1 else ("LOCB" if i == 0 else "LOCI"))
    for w in ORG_HEADS:
        add(w, "ORGH")
    for w in TITLES:
        add(w, "TTL")
    for w in LOC_HEADS:
        add(w, "LOCH")
    return gaz


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


def train(sents, out_dir: Path, c1: float, c2: float, iters: int) -> None:
    import pycrfsuite

    res, _, _ = load_resources(out_dir)
    fz = Featurizer(res)
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(fz.sequence(toks), tags)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": iters,
        "feature.possible_transitions": True, "feature.minfreq": 1,
    })
    trainer.train(str(out_dir / MODEL_FILE))


def score(model_dir: Path, sents, windows=(None,)) -> dict:
    """Scores on ``sents`` without (key None) and with document propagation over ±w sentences."""
    import pycrfsuite

    from rasd.analyse.ner.document import propagate

    res, _, common = load_resources(model_dir)
    fz = Featurizer(res)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_dir / MODEL_FILE))
    toks = [t for t, _ in sents]
    pred = [tagger.tag(fz.sequence(t)) for t in toks]
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
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iterations", type=int, default=150)
    ap.add_argument("--augment", type=int, default=0,
                    help="extra mention-replaced copies of the entity sentences (see augment)")
    ap.add_argument("--dev", action="store_true", help="hold out the last 10%% of train and report on it")
    a = ap.parse_args()

    sents = read_conll(a.train)
    a.out.mkdir(parents=True, exist_ok=True)
    gaz = build_gazetteer()
    write_tsv(a.out / GAZETTEER_FILE, [[w, ",".join(sorted(f))] for w, f in sorted(gaz.items())],
              "normalized word<TAB>flags; from akhateeb names (MIT), CLDR (Babel) place names, head words")
    if a.clusters:
        if a.clusters.resolve() != (a.out / CLUSTERS_FILE).resolve():
            shutil.copyfile(a.clusters, a.out / CLUSTERS_FILE)
    elif (a.out / CLUSTERS_FILE).exists():
        (a.out / CLUSTERS_FILE).unlink()
    train_sents, dev_sents = sents, []
    if a.dev:
        cut = int(len(sents) * 0.9)
        train_sents, dev_sents = sents[:cut], sents[cut:]
    lex = build_lexicon(train_sents)
    write_tsv(a.out / LEXICON_FILE, [[w, *map(str, r)] for w, r in sorted(lex.items())],
              "normalized word<TAB>times B-<TAB>times B-/I-<TAB>times O, in ANERcorp train (CC BY-SA 4.0)")
    t0 = time.time()
    extra = augment(train_sents, a.augment) if a.augment else []
    train(train_sents + extra, a.out, a.c1, a.c2, a.max_iterations)
    print(f"trained on {len(train_sents)} sentences (+{len(extra)} augmented) in {time.time() - t0:.0f}s "
          f"(c1={a.c1} c2={a.c2} iters={a.max_iterations})")
    if dev_sents:
        for w, sc in score(a.out, dev_sents, windows=(None, 10, 30)).items():
            print(f"--- dev, document window {w}")
            print(report(sc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build the repair's two word tables (``src/rasd/data/repair/``) from licence-clean sources only.

Sources (see ``src/rasd/data/repair/DATA_CARD.md``): the wordfreq ``large_ar`` list (installed
package, data CC BY-SA 4.0), the ANERcorp CAMeL *train* split (CC BY-SA 4.0; the test split is never
read), WikiFANE Gold (CC BY-SA 3.0) and the Arabic names lists (MIT). The news corpora under
``../shared/data/news`` (the ANT corpus, SaudiNewsNet) may not ship nor anything learnt from them:
:func:`clean_source` refuses any path under that folder, and every read goes through it.

``openers.txt``: the و-words whose و is the conjunction, so that a line opening with one continues
the article and is never a headline («وكتبت تقول …», «وشهدت …», «ولطالما …»); a word whose و is a
root letter (وزير، واشنطن، وفاة، وقع) opens headlines and stays out. wordfreq tells them apart: the
conjunction form ``و+X`` is a fraction of the bare word ``X`` (وكتبت / كتبت ≈ 0.18, وخلال / خلال ≈
0.03), a root form is far more frequent than its remainder (وزير / زير ≈ 140). A word goes in when
its zipf frequency is ``MIN_ZIPF``+, it has ``MIN_RATIO_LEN``+ letters (a two-letter rest is often a
particle: ولي is also «ولي العهد») and that ratio is at most ``MAX_RATIO``, or when it opens
``MIN_OPENS``+ sentences of ANERcorp train / WikiFANE and either its ratio is at most
``MAX_RATIO_OPENS`` (connectives more frequent with their و than without: وبالتالي، واضاف) or it
opens ``OPEN_SHARE`` of the sentences that hold it (a root-و connective or verb: وفقا، وصلت، ولد). Words tagged as entities
more often than not in ANERcorp train / WikiFANE, and the names of the names lists, stay out (وليد،
وائل), and so does «وماذا», which opens questions that are titles («وماذا بعد؟»). Words are folded as :func:`rasd.repair.headshape._fold` does.

``stems_df.tsv``: the estimated share of news articles holding each light stem
(:func:`rasd.repair.foreign.stems`), ``MIN_DF`` or more: the words every news story uses say nothing
about whether a lead is on the story's topic (:mod:`rasd.repair.teasers`); a stem missing from the
table is a rare one (a name). Estimate: the wordfreq frequency ``f`` of a stem (summed over the words
that reduce to it; Latin words in lower and upper case, as wordfreq folds case; wordfreq's numbers,
all written with 0, are left out) gives ``1 - exp(-DOC_TOKENS * f)``, the chance that a
``DOC_TOKENS``-word article holds it (see ``DOC_TOKENS`` for its value; the build also prints the
length fitted on ANERcorp train cut into pseudo-articles of its mean article length).

Usage: ``python3 scripts/build_repair_tables.py [--out DIR]`` (rewrites both tables; prints sizes).
Needs the ``wordfreq`` package and ``../shared/data/ner`` and ``../shared/data/names``.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
FORBIDDEN = SHARED / "news"  # ANT corpus, SaudiNewsNet: development only, never shipped nor learnt from
ANERCORP_TRAIN = SHARED / "ner" / "anercorp" / "ANERCorp_CamelLab_train_RECONSTRUCTED.txt"
WIKIFANE = SHARED / "ner" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
NAMES = SHARED / "names" / "arabic-names-akhateeb"
OUT = ROOT / "src" / "rasd" / "data" / "repair"

MIN_ZIPF = 3.0  # once per million words or more: rarer و-words seldom open a scraped line
MAX_RATIO = 0.5  # f(و+X) / f(X): conjunction forms sit at 0.03–0.25, root forms at 2+
MIN_OPENS = 3
MAX_RATIO_OPENS = 5.0
MIN_RATIO_LEN = 4  # و + a two-letter rest (ولي، وام) is too often a word of its own: not by ratio
# A title may ask a question that opens with its conjunction («وماذا بعد؟», «وماذا عن …؟»).
TITLE_QUESTIONS = frozenset({"وماذا"})
OPEN_SHARE = 0.1  # or opening this share of its sentences: a connective with a root و (وفقا، وصلت)
MIN_DF = 0.01
# The article length of the estimate. A least-squares fit to ANERcorp train pseudo-articles gives
# about 470 (printed by the build); 300 was chosen on the ANT dev pages (a scan of the repair's
# removals, see DATA_CARD.md): 470 (or a table down to 0.5 %) also cut five own paragraphs of a
# France24 report as another story's leads, 300 no own line but one.
DOC_TOKENS = 300
ANERCORP_ARTICLES = 316 * 3963 // (3963 + 924)  # ANERcorp's 316 articles, the train split's share


class SourceError(ValueError):
    """A build input that may not be read (a news corpus) or is missing."""


def clean_source(path: Path) -> Path:
    """``path`` when the build may read it; :class:`SourceError` for anything under ``../shared/data/news``
    (their licences forbid shipping what is learnt from them) or the ANERcorp test split."""
    p = Path(path).resolve()
    if p == FORBIDDEN.resolve() or FORBIDDEN.resolve() in p.parents or "news" in p.parts:
        raise SourceError(f"build_repair_tables: {path} is a news corpus that may not ship; refused")
    if "test" in p.name.lower():
        raise SourceError(f"build_repair_tables: {path} is a test split; refused")
    if not p.exists():
        raise SourceError(f"build_repair_tables: {path} is missing")
    return p


def _fold(w: str) -> str:
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")


def _arabic(w: str) -> bool:
    return bool(w) and all("\u0621" <= c <= "\u064a" for c in w)


def anercorp_sentences() -> Iterator[tuple[list[str], list[str]]]:
    """(words, tags) of every sentence of the ANERcorp CAMeL train split (clitics attached)."""
    words: list[str] = []
    tags: list[str] = []
    for line in open(clean_source(ANERCORP_TRAIN), encoding="utf-8"):
        parts = line.split()
        if not parts:
            if words:
                yield words, tags
            words, tags = [], []
        elif len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1])
    if words:
        yield words, tags


def wikifane_sentences() -> list[tuple[list[str], list[str]]]:
    """(words, coarse tags) of WikiFANE Gold, clitics re-joined (:mod:`rasd.analyse.ner.wikifane`)."""
    from rasd.analyse.ner.wikifane import read_wikifane

    return read_wikifane(clean_source(WIKIFANE))


def names() -> set[str]:
    """Folded Arabic first and last names of the names lists."""
    out: set[str] = set()
    for path in sorted(clean_source(NAMES).glob("*-in-arabic.txt")):
        out.update(_fold(w) for line in open(clean_source(path), encoding="utf-8") for w in line.split())
    return out


def folded_frequencies() -> dict[str, float]:
    """wordfreq ``large_ar`` frequencies summed over the folded spelling of each Arabic word."""
    import wordfreq

    freq: Counter[str] = Counter()
    for w, f in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        if _arabic(w):
            freq[_fold(w)] += f
    return freq


def build_openers(freq: dict[str, float], sents: list[tuple[list[str], list[str]]], skip: set[str]) -> list[str]:
    """The conjunction و-words (see module docstring), sorted."""
    opens: Counter[str] = Counter()
    entity: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for words, tags in sents:
        if words and _arabic(words[0]):
            opens[_fold(words[0])] += 1
        for w, t in zip(words, tags, strict=True):
            if w.startswith("و"):
                f = _fold(w)
                seen[f] += 1
                entity[f] += t != "O"
    floor = 10 ** MIN_ZIPF / 1e9
    out = []
    for w in set(freq) | set(opens):
        if not w.startswith("و") or len(w) < 3 or w in skip or w in TITLE_QUESTIONS or entity[w] * 2 > seen[w]:
            continue
        ratio = freq.get(w, 0.0) / max(freq.get(w[1:], 0.0), 1e-12)
        if (len(w) >= MIN_RATIO_LEN and freq.get(w, 0.0) >= floor and ratio <= MAX_RATIO) or (
                opens[w] >= MIN_OPENS and (ratio <= MAX_RATIO_OPENS or opens[w] >= OPEN_SHARE * seen[w])):
            out.append(w)
    return sorted(out)


def stem_frequencies() -> Counter[str]:
    """wordfreq frequency of each light stem, summed over the words reducing to it."""
    import wordfreq

    from rasd.repair.foreign import stems

    out: Counter[str] = Counter()
    for w, f in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        for s in stems(w):
            if s.isdigit():  # wordfreq writes every digit as 0: «0000» is all four-digit numbers
                continue
            out[s] += f
            if s.isascii() and s.upper() != s:  # wordfreq folds case: «cnn» is also «CNN»
                out[s.upper()] += f
    return out


def fit_doc_tokens(sf: Counter[str], sents: list[tuple[list[str], list[str]]]) -> tuple[int, int]:
    """(DOC_TOKENS, pseudo-articles): the article length in words for which ``1 - exp(-L f)`` best
    matches (squared log-odds) the document frequencies of stems over ANERcorp train cut into
    ``ANERCORP_ARTICLES`` pseudo-articles of consecutive sentences."""
    from rasd.repair.foreign import stems

    per = max(1, round(len(sents) / ANERCORP_ARTICLES))
    docs = [" ".join(" ".join(w) for w, _ in sents[i:i + per]) for i in range(0, len(sents), per)]
    df: Counter[str] = Counter()
    for d in docs:
        df.update(stems(d))
    pairs = [(n / len(docs), sf[s]) for s, n in df.items() if n >= 0.03 * len(docs) and sf[s] > 0]

    def logit(p: float) -> float:
        p = min(max(p, 1e-6), 1 - 1e-6)
        return math.log(p / (1 - p))

    def err(length: int) -> float:
        return sum((logit(p) - logit(1 - math.exp(-length * f))) ** 2 for p, f in pairs)

    return min(range(50, 2001, 10), key=err), len(docs)


def main(argv: list[str] | None = None) -> int:
    """Write both tables under ``--out``; 2 with a one-line message when a source is missing."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="folder for openers.txt and stems_df.tsv")
    ap.add_argument("--doc-tokens", type=int, default=DOC_TOKENS, help="article length for the estimate (0: the fit)")
    ap.add_argument("--min-df", type=float, default=MIN_DF, help="smallest share written")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        print("build_repair_tables: needs the wordfreq package (pip install wordfreq)")
        return 2
    try:
        aner = list(anercorp_sentences())
        sents = aner + wikifane_sentences()
        skip = names()
    except SourceError as e:
        print(e)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    words = build_openers(folded_frequencies(), sents, skip)
    (args.out / "openers.txt").write_text(
        "# و-words whose و is the conjunction (never a headline's first word); built by "
        "scripts/build_repair_tables.py from wordfreq large_ar, ANERcorp train, WikiFANE (CC BY-SA), "
        "see DATA_CARD.md\n" + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {args.out / 'openers.txt'}")
    sf = stem_frequencies()
    length, ndocs = fit_doc_tokens(sf, aner)
    print(f"article length {length} fitted on {ndocs} ANERcorp train pseudo-articles; using {args.doc_tokens or length}")
    length = args.doc_tokens or length
    rows = sorted(((s, 1 - math.exp(-length * f)) for s, f in sf.items()), key=lambda r: (-r[1], r[0]))
    rows = [r for r in rows if r[1] >= args.min_df]
    (args.out / "stems_df.tsv").write_text(
        f"# light stem<TAB>estimated share of {length}-word news articles holding it (>= {args.min_df}); built by "
        "scripts/build_repair_tables.py from wordfreq large_ar (CC BY-SA 4.0), see DATA_CARD.md\n"
        + "".join(f"{s}\t{v:.4f}\n" for s, v in rows), encoding="utf-8")
    print(f"{len(rows)} stems written to {args.out / 'stems_df.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

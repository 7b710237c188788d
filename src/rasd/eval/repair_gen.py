"""The messy-scrape generator behind ``rasd eval repair``: clean articles → scraped-looking text + gold.

Pure and seeded: :func:`corrupt` turns one clean article into raw text the way
scrapers leave it, from a seed, with no I/O; the same seed gives the same text.
:func:`load_pool` reads the clean articles from ``../shared`` (texts never enter
the repository: the frozen spec, ``rasd/eval/data/repair_bench.jsonl``, holds
article ids, outlets, splits and seeds only; ``scripts/make_repair_bench.py``
wrote it).

**Clean articles** (:func:`is_clean`, decided without running rasd): 3–25
paragraphs (one a line), a title of 3–30 words, every line at least 3 words, no
line twice, no line that is a read-also/credit/link/contact/dash-credit line by
its first words, no line shared with another article of the outlet (that is
boilerplate the outlet itself left in), and the title not repeated as a line.
For the ANT outlets (BBC, CNN, France24), whose corpus text keeps the pages'
related-story links as lines, every line must also end a sentence
(``. ؟ ? ! :``, closing quotes allowed): a first draw without this rule put
BBC and CNN "see also" headlines into the gold, as dev showed (the spec was
redrawn, before any test item was looked at, together with tag lines (``سمات``),
other-articles lists and ``_`` credits that dev showed in SaudiNewsNet golds).
Last, no paragraph may glue two sentences with no space (``السجن.وغادر``): that is
the very mark of run-together paragraphs, so such a gold is ambiguous (found on a
France24 sample from February–June, outside both splits; spec v3).

**Corruptions** (kind codes; each article gets 1–4 at random, as in a scrape):

- ``title_repeat``: the title again, once or twice, under the title line;
- ``teaser``: a copy of the lead cut at 40–80 % of its words (sometimes with
  ``...``/``…``), above the body;
- ``run_together``: 2–3 consecutive paragraphs on one line. Joined with **no
  separator** only after an Arabic word or digit and a sentence end
  (``.؟?!``, closing quotes allowed) before an Arabic letter or opening quote:
  the break is recoverable, and the gold keeps the paragraphs. Joined with **one
  space** the break cannot be told from a sentence break inside a paragraph, so
  the gold is the joined paragraph: the check is that nothing is lost or split.
- ``glued_headline``: another story's headline appended, after no space or one
  space, to 1–2 paragraphs that end a sentence;
- ``own_headline``: 1–3 other stories' headlines on their own lines between
  paragraphs or after the last one;
- ``read_also``: a read-also line with its headline, or a bare marker line
  followed by 1–3 headline lines;
- ``share``, ``timestamp`` (Egyptian/Gulf and Levantine month names, both forms
  ``آب/أغسطس``), ``caption``, ``notice``: 1–2 lines from
  :mod:`rasd.eval.repair_templates`; half of the time the outlet's own "house"
  variant (the same one on every article of the outlet, as a site template
  repeats), else any variant;
- ``body_twice``: the whole body again, clean or with its junk.

Headlines come from other articles of the same split: half from the batch being
scored (other spec articles: their titles are in the corpus), half from the
split's other articles (not in the batch: only their shape and content betray
them); two thirds from the same outlet.

**Gold**: the clean title and exact paragraph list, every injected junk string
(``junk``: own-line strings must not be a paragraph, glued ones not inside
one) and every injected headline (``headlines``: each should reach
``related_headlines``).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from rasd.eval import repair_templates as T

KINDS = ("title_repeat", "teaser", "run_together", "glued_headline", "own_headline", "read_also", "share",
         "timestamp", "caption", "notice", "body_twice")
_OWN_LINE = ("share", "timestamp", "caption", "notice")
_BAD_START = re.compile(r"^(?:اقرأ|إقرأ|للمزيد|قد يهمك|شاهد|ذات صلة|رابط|تابع|شارك|مقالات أخرى|سمات|http|www|\*|-|—|–|/)")
_DASH_CREDIT = re.compile(r"^\S+(?:\s+\S+){0,3}\s*[-–—/_]\s*\S+(?:\s+\S+){0,3}$")
_TAGS = re.compile(r"[.!؟?\"»”]\s*سمات\s|مقالات أخرى للكاتب")
_JOIN_END = re.compile(r"[\u0621-\u064a0-9][.؟?!][\"'»”)]*$")
_JOIN_START = re.compile(r"^[\"«“]?[\u0621-\u064a]")
_LINE_END = re.compile(r"[.؟?!:…][\"'»”)]*$")
_INNER_GLUE = re.compile(r"[\u0621-\u064a]{2}[.؟?!][\"'»”)]*[\"«“]?[\u0621-\u064a]")
_SENT_END = re.compile(r"[.؟?!][\"'»”)]*$")


@dataclass
class CleanArticle:
    id: str
    outlet: str
    date: str  # YYYY-MM-DD
    title: str
    paragraphs: list[str]


@dataclass
class Case:
    """One benchmark article: the raw text to repair, and its gold."""

    id: str
    outlet: str
    split: str
    kinds: list[str]
    raw: str
    title: str
    paragraphs: list[str]
    junk: list[dict] = field(default_factory=list)  # {"text", "kind", "glued"}
    headlines: list[str] = field(default_factory=list)


def _lines(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]


def load_pool(shared: Path) -> list[CleanArticle]:
    """Every article of ANT dev (BBC, CNN, France24) and SaudiNewsNet under ``shared`` (``../shared``)."""
    out: list[CleanArticle] = []
    ant = shared / "data" / "news" / "ant-dev"
    for name, outlet in (("bbc", "BBC"), ("cnn", "CNN"), ("france24", "France24")):
        p = ant / f"{name}.jsonl"
        if not p.exists():
            continue
        for line in p.open(encoding="utf-8"):
            d = json.loads(line)
            out.append(CleanArticle(d["id"], outlet, d["published"][:10], " ".join(d["title"].split()),
                                    _lines(d["text"])))
    snn = shared / "data" / "news" / "saudinewsnet"
    for p in sorted(snn.glob("*/*.jsonl")):
        for line in p.open(encoding="utf-8"):
            d = json.loads(line)
            out.append(CleanArticle(d["url"], d["source"], p.parent.name, " ".join((d["title"] or "").split()),
                                    _lines(d["content"] or "")))
    return out


def outlet_lines(pool: list[CleanArticle]) -> dict[tuple[str, str], set[str]]:
    """(outlet, line) → the titles of the outlet's articles that hold the line (to spot outlet boilerplate)."""
    seen: dict[tuple[str, str], set[str]] = {}
    for a in pool:
        for ln in set(a.paragraphs):
            seen.setdefault((a.outlet, ln), set()).add(a.title)
    return seen


def is_clean(a: CleanArticle, shared_lines: dict[tuple[str, str], set[str]]) -> bool:
    """True when ``a`` is a clean article by the rules in the module docstring."""
    ps = a.paragraphs
    if not 3 <= len(ps) <= 25 or not 3 <= len(a.title.split()) <= 30 or len(set(ps)) != len(ps):
        return False
    for p in ps:
        if len(p.split()) < 3 or p == a.title or _BAD_START.match(p) or "@" in p or "http" in p or _TAGS.search(p):
            return False
        if len(p.split()) <= 8 and _DASH_CREDIT.match(p):
            return False
        if len(shared_lines.get((a.outlet, p), ())) > 1:
            return False
        if a.outlet in ("BBC", "CNN", "France24") and not _LINE_END.search(p):
            return False
        if _INNER_GLUE.search(p):
            return False
    return True


def _fill(tpl: str, rng: random.Random, outlet: str, headline: str = "") -> str:
    month_kind = rng.random()
    if month_kind < 0.45:
        month = rng.choice(T.MONTHS_EG)
    elif month_kind < 0.8:
        month = rng.choice(T.MONTHS_LEV)
    else:
        k = rng.randrange(12)
        month = f"{T.MONTHS_LEV[k]}/{T.MONTHS_EG[[0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12][k]]}"
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return tpl.format(outlet=T.OUTLET_NAMES.get(outlet, outlet), handle=rng.choice(T.HANDLES), h=headline,
                      city=rng.choice(T.CITIES), agency=rng.choice(T.AGENCIES), day=rng.choice(T.WEEKDAYS),
                      d=d, d2=f"{d:02d}", m2=f"{m:02d}", month=month, y=rng.choice([2015, 2016, 2017, 2018]),
                      hh=f"{rng.randint(0, 23):02d}", mm=f"{rng.randint(0, 59):02d}", n=rng.randint(2, 9))


_TEMPLATES = {"share": T.SHARE, "timestamp": T.TIMESTAMP, "caption": T.CAPTION, "notice": T.NOTICE}


def _house(outlet: str, kind: str, split: str) -> str:
    """The outlet's own variant of ``kind``: the same on every article of the outlet in ``split``."""
    choices = T.variants(_TEMPLATES[kind], split)
    return choices[random.Random(f"{outlet}/{kind}/{split}").randrange(len(choices))]


def corrupt(a: CleanArticle, seed: int, split: str, batch_titles: list[str], other_titles: list[str],
            same_outlet: list[str]) -> Case:
    """Scrape-corrupt ``a`` with ``seed`` (see module docstring).

    ``batch_titles``: titles of the other batch articles; ``other_titles``: titles
    of the split's articles outside the batch; ``same_outlet``: titles of the
    outlet's other articles (any of the two groups).
    """
    rng = random.Random(seed)
    kinds = sorted(rng.sample(KINDS, rng.choice([1, 2, 2, 3, 3, 4])), key=KINDS.index)
    case = Case(a.id, a.outlet, split, kinds, "", a.title, [])

    def headline() -> str:
        pool = same_outlet if rng.random() < 2 / 3 and same_outlet else (
            batch_titles if rng.random() < 0.5 else other_titles)
        for _ in range(20):
            h = rng.choice(pool)
            if h != a.title and 3 <= len(h.split()) <= 20 and h not in case.headlines:
                case.headlines.append(h)
                return h
        return ""

    def junk(text: str, kind: str, glued: bool = False) -> str:
        case.junk.append({"text": text, "kind": kind, "glued": glued})
        return text

    paras = list(a.paragraphs)
    gold = list(paras)
    lines: list[str] = list(paras)  # the body as the scrape shows it (junk inserted below)
    if "run_together" in kinds:
        i = rng.randrange(len(paras) - 1)
        n = min(rng.choice([2, 2, 3]), len(paras) - i)
        glue = rng.random() < 0.7
        if glue and all(_JOIN_END.search(paras[k]) and _JOIN_START.match(paras[k + 1]) for k in range(i, i + n - 1)):
            lines = paras[:i] + ["".join(paras[i:i + n])] + paras[i + n:]
        else:
            lines = paras[:i] + [" ".join(paras[i:i + n])] + paras[i + n:]
            gold = list(lines)
    if "glued_headline" in kinds:
        ends = [k for k, ln in enumerate(lines) if _SENT_END.search(ln)]
        for k in rng.sample(ends, min(len(ends), rng.choice([1, 1, 2]))):
            h = headline()
            if h:
                lines[k] = lines[k] + rng.choice(["", "", " "]) + junk(h, "glued_headline", True)

    def insert(block: list[str], where: str = "any") -> None:
        if where == "top":
            pos = 0
        elif where == "bottom":
            pos = len(lines)
        else:
            pos = rng.randint(1, len(lines))
        lines[pos:pos] = block

    if "own_headline" in kinds:
        hs = [h for h in (headline() for _ in range(rng.choice([1, 1, 2, 3]))) if h]
        insert([junk(h, "own_headline") for h in hs])
    if "read_also" in kinds:
        if rng.random() < 0.5:
            h = headline()
            if h:
                insert([junk(_fill(rng.choice(T.variants(T.READ_ALSO_INLINE, split)), rng, a.outlet, h), "read_also")])
        else:
            hs = [h for h in (headline() for _ in range(rng.choice([1, 2, 3]))) if h]
            marker = junk(rng.choice(T.variants(T.READ_ALSO_BARE, split)), "read_also")
            insert([marker] + [junk(h, "read_also") for h in hs], rng.choice(["any", "bottom"]))
    for kind in _OWN_LINE:
        if kind not in kinds:
            continue
        for _ in range(rng.choice([1, 1, 2])):
            tpl = _house(a.outlet, kind, split) if rng.random() < 0.5 \
                else rng.choice(T.variants(_TEMPLATES[kind], split))
            where = {"share": rng.choice(["top", "bottom", "any"]), "timestamp": rng.choice(["top", "top", "bottom"]),
                     "caption": rng.choice(["top", "any"]), "notice": rng.choice(["bottom", "bottom", "any"])}[kind]
            insert([junk(_fill(tpl, rng, a.outlet), kind)], where)
    if "body_twice" in kinds:
        if rng.random() < 0.5:
            lines = lines + list(gold)
        else:
            lines = lines + list(lines)
    head = [a.title]
    if "title_repeat" in kinds:
        head += [junk(a.title, "title_repeat")] * rng.choice([1, 1, 2])
    if "teaser" in kinds:
        words = paras[0].split()
        if len(words) >= 8:
            cut = " ".join(words[:max(5, int(len(words) * rng.uniform(0.4, 0.8)))])
            head.append(junk(cut + rng.choice(["", "", "...", "…", " ..."]), "teaser"))
    sep = "\n\n" if rng.random() < 0.3 else "\n"
    case.raw = sep.join(head + lines) + "\n"
    case.paragraphs = gold
    return case


# --- the frozen split: by outlet AND date (decided before any rule was changed) --------------------
DEV_SNN = frozenset({"3alyoum", "aawsat", "aleqtisadiya", "aljazirah", "almadina", "alriyadh", "arreyadi"})
TEST_SNN = frozenset({"alwatan", "alweeam", "alyaum", "okaz", "sabq", "was", "arriyadiyah"})


def split_of(a: CleanArticle) -> str | None:
    """``dev``, ``test`` or None (unused): ANT BBC+CNN Feb–Jun 2018 / France24 Jul–Oct 2018; SaudiNewsNet
    outlets :data:`DEV_SNN` on 8–9 Aug 2015 / :data:`TEST_SNN` on 10–11 Aug 2015."""
    if a.outlet in ("BBC", "CNN"):
        return "dev" if "2018-02" <= a.date[:7] <= "2018-06" else None
    if a.outlet == "France24":
        return "test" if "2018-07" <= a.date[:7] <= "2018-10" else None
    if a.outlet in DEV_SNN and a.date in ("2015-08-08", "2015-08-09"):
        return "dev"
    if a.outlet in TEST_SNN and a.date in ("2015-08-10", "2015-08-11"):
        return "test"
    return None


def build_cases(pool: list[CleanArticle], spec: list[dict], split: str) -> list[Case]:
    """The cases of ``split`` from the frozen ``spec`` rows ({"id", "split", "seed"}), in spec order.

    Spec ids missing from ``pool`` are skipped (the caller reports how many)."""
    by_id = {a.id: a for a in pool}
    rows = [r for r in spec if r["split"] == split and r["id"] in by_id]
    batch = {r["id"] for r in rows}
    split_arts = sorted((a for a in pool if split_of(a) == split and a.title), key=lambda a: a.id)
    batch_titles = sorted({by_id[i].title for i in batch})
    other_titles = sorted({a.title for a in split_arts if a.id not in batch})
    per_outlet: dict[str, list[str]] = {}
    for a in split_arts:
        per_outlet.setdefault(a.outlet, []).append(a.title)
    cases = []
    for r in rows:
        a = by_id[r["id"]]
        same = [t for t in per_outlet.get(a.outlet, []) if t != a.title]
        cases.append(corrupt(a, r["seed"], split, [t for t in batch_titles if t != a.title], other_titles, same))
    return cases

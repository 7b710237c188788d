"""WikiFANE Gold (Alotaibi & Lee 2014) read into rasd's tokenization and a coarse tag set.

Pure parsing, no model: used offline by ``scripts/build_gazetteers.py`` and
``scripts/train_ner.py`` (the data itself is never shipped; what ships is
derived from it under CC BY-SA 3.0, see the model card).

**Tag set.** The 50 fine classes map to six coarse ones (:data:`COARSE`):
people → ``PER``; organisations → ``ORG``; geo-political entities and natural
locations → ``LOC``; facilities (buildings, roads, airports) → ``FAC``;
products, vehicles and weapons → ``PRO``; groups of people (المسلمين، العرب) →
``GRP``. FAC, PRO and GRP are kept apart because ANERcorp treats them
differently (its ``LOC`` / ``MISC`` / mostly ``O``); the main CRF learns the
correspondence from WikiFANE's output as features.

**Clitic re-joining.** WikiFANE splits clitics off as tokens (``و بريطانيا``,
``اغراض ه``); ANERcorp and rasd keep them attached (``وبريطانيا``). So:

- a token that is a lone proclitic letter (و ف ب ل ك) is glued to the front of
  the next word token, chains included (``و ل`` + ``العالم`` → ``ولالعالم`` is
  not produced: ل before ال is written لل, so ``ل`` + ``ال…`` → ``لل…``);
- a lone enclitic pronoun (ه ها هم هما هن كم كما نا) is glued to the end of the
  previous word token. ``هم`` is sometimes the free pronoun "they"; the data
  splits the suffix far more often, so it is glued too (a known, small error);
- the glued word takes the tag of its content word (``و`` O + ``بريطانيا``
  B-Nation → ``وبريطانيا`` B-LOC), as in ANERcorp; an ``I-`` word after an
  ``O`` proclitic becomes ``B-`` (``اويل و ياي`` are two places, not one);
- ta marbuta before a glued suffix is written ta (``عاصمة ها`` → ``عاصمتها``).

Directional marks (LRM/RLM), the BOM and CRLF line ends are removed.
"""

from __future__ import annotations

from pathlib import Path

COARSE: dict[str, str] = {}
for _fine in ("Politician Religious_PER Artist Other_PER Scientist Athlete Businessperson Engineer "
              "Lawyer Police").split():
    COARSE[_fine] = "PER"
for _fine in ("Government Non-Governmental Commercial Educational Media Sports Religious_ORG "
              "Medical-Science Entertainment").split():
    COARSE[_fine] = "ORG"
for _fine in ("Nation Population-Center State-or-Province County-or-District Continent GPE-Cluster "
              "Water-Body Land-Region-Natural Celestial Address Boundary").split():
    COARSE[_fine] = "LOC"
for _fine in "Building-Grounds Airport Path Subarea-Facility".split():
    COARSE[_fine] = "FAC"
for _fine in ("Book Software Hardware Movie Sound Food Drug Plant Air Land Water Projectile Shooting "
              "Blunt Exploding Nuclear Chemical Sharp Biological").split():
    COARSE[_fine] = "PRO"
COARSE["Group"] = "GRP"

PROCLITICS = frozenset("وفبلك")
ENCLITICS = frozenset(("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا"))
_MARKS = str.maketrans("", "", "\u200e\u200f\ufeff\r")


def coarse(tag: str) -> str:
    """``B-Nation`` → ``B-LOC``; ``O`` and unknown classes → ``O``."""
    if len(tag) < 3 or tag[1] != "-":
        return "O"
    t = COARSE.get(tag[2:])
    return f"{tag[0]}-{t}" if t else "O"


def _is_word(tok: str) -> bool:
    return any(c.isalpha() for c in tok)


def rejoin(tokens: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """Clitics glued back onto their words (see module docstring); tags follow the content word."""
    out_t: list[str] = []
    out_g: list[str] = []
    pending = ""  # proclitic letters waiting for their word
    pending_tag = "O"
    for tok, tag in zip(tokens, tags, strict=True):
        if tok in PROCLITICS:
            if not pending:
                pending_tag = tag
            pending += tok
            continue
        if pending:
            if _is_word(tok):
                if pending.endswith("ل") and tok.startswith("ال"):
                    tok = tok[1:]
                out_t.append(pending + tok)
                # "اويل و ياي" (B, O, I): the I after an O clitic starts a new entity.
                out_g.append("B-" + tag[2:] if pending_tag == "O" and tag.startswith("I-") else tag)
                pending = ""
                continue
            out_t.append(pending)  # a proclitic before punctuation: keep it as a word
            out_g.append("O")
            pending = ""
        if tok in ENCLITICS and out_t and _is_word(out_t[-1]):
            prev = out_t[-1]
            # ta marbuta is written ta before a suffix: عاصمة + ها → عاصمتها
            out_t[-1] = (prev[:-1] + "ت" if prev.endswith("ة") else prev) + tok
            continue
        out_t.append(tok)
        out_g.append(tag)
    if pending:
        out_t.append(pending)
        out_g.append("O")
    # A glued word may now be I- after an O (the clitic was the entity's first token): make it B-.
    for i, g in enumerate(out_g):
        if g.startswith("I-") and (i == 0 or out_g[i - 1][2:] != g[2:]):
            out_g[i] = "B-" + g[2:]
    return out_t, out_g


def read_wikifane(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of the WikiFANE Gold file, re-joined and with coarse tags."""
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.translate(_MARKS).rstrip("\n").split("\t")
            word = parts[0].strip()
            if not word:
                if toks:
                    sents.append(rejoin(toks, tags))
                    toks, tags = [], []
                continue
            toks.append(word)
            tags.append(coarse(parts[-1].strip()) if len(parts) > 1 else "O")
    if toks:
        sents.append(rejoin(toks, tags))
    return sents

"""Arabic-aware full-text search: the indexed view, a safe query parser, ranked hits with snippets.

The indexed view of a text (:func:`search_view`) is its words, each reduced to
a *key*: proclitics stripped (``والصين``, ``بالصين``, ``للصين`` → ``الصين``,
article kept) and then normalized (``rasd.arabic.normalize``: alef, ya,
ta-marbuta variants and diacritics folded) and lower-cased. Queries go through
the same function, so any spelling or clitic form finds the others.

Query syntax (:func:`parse_query`) — user text never reaches FTS5 as syntax:
words (all must match), ``"a phrase"``, ``OR`` between two terms, ``-word``
to exclude. Every term is emitted as a double-quoted FTS5 string of keys, so
FTS5 operators, column filters, ``*``, ``^``, ``NEAR`` or parentheses typed by
a user are just words (or punctuation, dropped).

Snippets are cut from the original text: a regular expression built from the
query keys matches every source spelling (variants, diacritics, tatweel,
clitics), so highlights fall on the words as written.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass

from rasd.arabic.normalize import normalize
from rasd.arabic.tokenize import strip_proclitics

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"


@functools.lru_cache(maxsize=1 << 18)
def term_key(word: str) -> str:
    """The search key of one word (see module docstring)."""
    stem = strip_proclitics(word)
    if stem != word and stem.startswith("ل") and not stem.startswith("ال") and word.endswith(stem) \
            and len(word) > len(stem) and word[-len(stem) - 1] == "ل":
        # لل + stem is ل + ال + stem with the alef elided: key it as ال + stem.
        stem = "ا" + stem
    return normalize(stem).lower()


_MARKS_RE = re.compile(f"[{_MARKS}\u200c\u200d\u200e\u200f\ufeff]")
_WORD_RE = re.compile(r"[^\W_]+")


def keys(text: str) -> list[str]:
    """Search keys of the words (and numbers) of ``text``, in order.

    Words are runs of letters and digits once diacritics and tatweel are removed
    (so a shadda inside a word does not split it); punctuation separates
    words, so ``3.5`` is the two keys ``3 5`` — the same on both sides of a search.
    """
    return [term_key(w) for w in _WORD_RE.findall(_MARKS_RE.sub("", text))]


def search_view(text: str) -> str:
    """The indexed view of ``text``: its keys joined by spaces."""
    return " ".join(keys(text))


# -- query parsing -------------------------------------------------------------

_QUERY_TOKEN = re.compile(r'"([^"]*)"?|([^\s"]+)')


@dataclass
class Query:
    """A parsed query: the FTS5 expression and the keys to highlight."""

    fts: str
    highlight: list[str]

    def __bool__(self) -> bool:
        return bool(self.fts)


def _quote(keys_: list[str]) -> str:
    return '"' + " ".join(k.replace('"', '""') for k in keys_) + '"'


_PREFIXES = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")


def expand(key: str) -> list[str]:
    """Forms of a one-word key that the safe clitic split leaves whole: a bare و/ف/ب/ل/ك
    before a word without the article (وكوكب, بكوكب). The query ORs them, so كوكب finds
    وكوكب and وكوكب finds كوكب; keys with the article are already reduced at indexing."""
    if len(key) < 3 or key.startswith("ال") or not key.isalpha():
        return [key]
    bases = [key]
    if key[0] in "وف" and len(key) >= 4:
        bases.append(key[1:])
    out = list(bases)
    out.extend(p + bases[-1] for p in _PREFIXES if p + bases[-1] not in out)
    return out


@dataclass(frozen=True)
class Term:
    """One term of a user query: its search keys, and how it joins the query."""

    keys: list[str]
    negative: bool  # ``-word``: must not occur
    single_word: bool  # a bare word (not a phrase): its spelling forms are searched too
    or_previous: bool  # joined to the previous positive term by ``OR``


def query_terms(text: str) -> list[Term]:
    """The terms of user query ``text`` (words, ``"phrases"``, ``OR``, ``-word``), each reduced to
    search keys; punctuation and syntax characters never survive (see :func:`keys`). Shared by the
    SQLite (FTS5) and PostgreSQL (tsquery) renderings, so both stores read a query alike."""
    out: list[Term] = []
    pending_or = False
    for m in _QUERY_TOKEN.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            pending_or = any(not t.negative for t in out)
            continue
        neg = word is not None and word.startswith("-") and len(word) > 1
        ks = keys(phrase if phrase is not None else (word[1:] if neg else word or ""))
        if not ks:
            continue
        out.append(Term(ks, neg, phrase is None and len(ks) == 1, pending_or and not neg))
        if not neg:
            pending_or = False
    return out


def parse_query(text: str) -> Query:
    """Parse user query ``text`` into a safe FTS5 expression (see module docstring)."""
    parts: list[str] = []  # FTS5 terms and the operators between them
    highlight: list[str] = []
    negative: list[str] = []
    for t in query_terms(text):
        term = _quote(t.keys)
        if t.negative:
            negative.append(term)
            continue
        highlight.extend(t.keys)
        if t.single_word:
            forms = expand(t.keys[0])
            if len(forms) > 1:
                term = "(" + " OR ".join(_quote([f]) for f in forms) + ")"
        if t.or_previous and parts:
            parts[-1] = f"({parts[-1]} OR {term})"
        else:
            parts.append(term)
    if not parts:
        return Query("", [])
    expr = " AND ".join(parts)
    for term in negative:
        expr = f"({expr}) NOT {term}"
    return Query(expr, highlight)


# -- snippets ------------------------------------------------------------------

_VARIANTS = {"ا": "اأإآٱ", "ي": "يى", "ه": "هة"}
_VARIANTS.update({str(d): str(d) + chr(0x0660 + d) + chr(0x06F0 + d) for d in range(10)})


def _char_class(c: str) -> str:
    v = _VARIANTS.get(c)
    if v:
        return "[" + v + "]"
    if c.isalpha() and c.lower() != c.upper():
        return "[" + re.escape(c.lower() + c.upper()) + "]"
    return re.escape(c)


def term_pattern(key: str) -> str:
    """A regex matching ``key`` as written in source text: any variant spelling,
    diacritics and tatweel inside, Arabic proclitics before, whole word."""
    body = f"[{_MARKS}]*".join(_char_class(c) for c in key)
    if key.startswith("ال") and len(key) > 2:
        rest = f"[{_MARKS}]*".join(_char_class(c) for c in key[2:])
        head = f"(?:[وف]?[بكل]?[اأإآٱ]|[وف]?ل)[{_MARKS}]*ل[{_MARKS}]*{rest}"
    else:
        head = f"(?:[وف]?[بكل]?(?=.))?{body}" if len(key) > 1 else body
    return rf"(?<!\w){head}[{_MARKS}]*(?!\w)"


@functools.lru_cache(maxsize=256)
def _snippet_regex(keys_: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{term_pattern(k)})" for k in keys_))


def snippet(text: str, highlight: list[str], width: int = 160, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of about ``width`` characters of ``text`` around the densest matches of the
    highlight keys, every match wrapped in ``mark``. Without a match: the start of the text."""
    text_one = text.replace("\n", " ")
    if not highlight:
        return text_one[:width].strip()
    rx = _snippet_regex(tuple(sorted(set(highlight), key=len, reverse=True)))
    wanted = {f for k in highlight for f in expand(k)}
    # The regex is permissive about clitics; keep only words whose key is wanted (و+زير is not وزير).
    hits = [m.span() for m in rx.finditer(text_one) if term_key(m.group()) in wanted]
    if not hits:
        return text_one[:width].strip()
    # The window start (at a hit) that covers the most hits.
    best, best_n = hits[0][0], 0
    for s, _ in hits:
        n = sum(1 for a, b in hits if a >= s and b <= s + width)
        if n > best_n:
            best, best_n = s, n
    start = max(0, best - width // 4)
    if start:
        sp = text_one.rfind(" ", 0, start)
        start = sp + 1 if sp >= 0 and start - sp < 20 else start
    end = min(len(text_one), start + width)
    sp = text_one.find(" ", end)
    end = sp if 0 <= sp - end < 20 else end
    out, pos = [], start
    for a, b in hits:
        if a < start or b > end:
            continue
        out.append(text_one[pos:a] + mark[0] + text_one[a:b] + mark[1])
        pos = b
    out.append(text_one[pos:end])
    return ("…" if start else "") + "".join(out).strip() + ("…" if end < len(text_one) else "")


# -- running a search ----------------------------------------------------------


@dataclass
class Hit:
    rowid: int
    id: str
    title: str | None
    source: str | None
    published: str | None
    score: float
    snippet: str


@dataclass
class Filters:
    """Search filters; ``None`` means no filter. Dates are ISO ``YYYY-MM-DD`` (inclusive)."""

    sources: list[str] | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    event_type: str | None = None


def entity_key(name: str) -> str:
    """The key an entity name is stored and searched under: normalized, lower-cased, one space."""
    return " ".join(normalize(name).lower().split())


def same_entity(query: str, key: str, etype: str | None = None) -> bool:
    """True when the searched name ``query`` and a stored entity ``key`` (both keys) can name the
    same referent, so that a short and a full form of one person find the same articles.

    A person matches by family name: the stored name holds the query's last word, and the given
    names before it agree where both have one (their first words are equal). So عادل الجبير finds
    الجبير, عادل الجبير and عادل بن أحمد الجبير, and الجبير finds them too, while عادل الجبير does
    not find أحمد الجبير or عبدالرحمن عادل الجبير (other people), and أحمد حسن does not find حسن نصر الله
    (the query's last word is there a given name). Other entities match when the
    query is whole consecutive words of the name (عدن in ميناء عدن, not in معدن).
    """
    q, n = query.split(), key.split()
    if not q or not n:
        return False
    if etype == "PER":
        if q[-1] not in n:
            return False
        at = len(n) - 1 - n[::-1].index(q[-1])
        given_q, given_n = q[:-1], n[:at]
        if given_q and not given_n and at < len(n) - 1:
            # the query's family name opens the stored name, as its given name (احمد حسن is not
            # حسن نصر الله): only a stored name that is that family name alone matches that way
            return False
        return not given_q or not given_n or given_q[0] == given_n[0]
    return any(n[i:i + len(q)] == q for i in range(len(n) - len(q) + 1))


def _filter_sql(f: Filters) -> tuple[str, list[object]]:
    where: list[str] = []
    args: list[object] = []
    if f.sources:
        where.append(f"a.source IN ({','.join('?' * len(f.sources))})")
        args.extend(f.sources)
    if f.since:
        where.append("a.published >= ?")
        args.append(f.since)
    if f.until:
        where.append("substr(a.published, 1, 10) <= ?")
        args.append(f.until)
    if f.entity:
        # Candidates share the query's last word (an index-free LIKE over the small entities
        # table); same_entity() then decides by whole words (see its docstring).
        k = entity_key(f.entity)
        last = k.split()[-1] if k.split() else k
        where.append("a.rowid IN (SELECT article FROM entities WHERE key LIKE ? AND rasd_same_entity(?, key, type))")
        args.extend([f"%{last.replace('%', '').replace('_', '')}%", k])
    if f.event_type:
        where.append("a.rowid IN (SELECT article FROM events WHERE type = ?)")
        args.append(f.event_type.upper())
    return (" AND ".join(where), args)


def search(conn: sqlite3.Connection, query: str, filters: Filters | None = None, limit: int = 10,
           mark: tuple[str, str] = ("[", "]"), width: int = 160, offset: int = 0) -> list[Hit]:
    """Ranked hits for ``query`` (BM25, title weighted twice) under ``filters``; ``offset``
    skips that many hits first (pagination).

    An empty query with filters lists the matching articles, newest first.
    """
    import json

    q = parse_query(query)
    fsql, fargs = _filter_sql(filters or Filters())
    conn.create_function("rasd_same_entity", 3, same_entity, deterministic=True)
    # Rank in a subquery that carries no record: sorting every match with its record JSON
    # attached cost twice the ranking itself; only the hits of the page fetch theirs.
    if q:
        sql = ("SELECT a.rowid, a.id, a.title, a.source, a.published, s.score, a.record FROM "
               "(SELECT fts.rowid AS rowid, bm25(fts, 2.0, 1.0) AS score FROM fts JOIN articles a "
               "ON a.rowid = fts.rowid WHERE fts MATCH ?" + (f" AND {fsql}" if fsql else "")
               + " ORDER BY score LIMIT ? OFFSET ?) s JOIN articles a ON a.rowid = s.rowid ORDER BY s.score")
        args: list[object] = [q.fts, *fargs, limit, max(0, offset)]
    elif fsql:
        sql = ("SELECT a.rowid, a.id, a.title, a.source, a.published, 0.0, a.record FROM "
               "(SELECT a.rowid AS rowid, a.published AS published FROM articles a WHERE " + fsql
               + " ORDER BY a.published DESC, a.rowid LIMIT ? OFFSET ?) s JOIN articles a ON a.rowid = s.rowid "
               "ORDER BY s.published DESC, a.rowid")
        args = [*fargs, limit, max(0, offset)]
    else:
        return []
    hits = []
    for rowid, id_, title, source, published, score, rec in conn.execute(sql, args):
        text = json.loads(rec).get("text") or ""
        hits.append(Hit(rowid, id_, title, source, published, -float(score) + 0.0,  # + 0.0: no -0.0
                        snippet(text, q.highlight, width, mark)))
    return hits

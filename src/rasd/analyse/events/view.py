"""The article as the events layer sees it: normalized text, offset maps, actor mentions.

:class:`View` holds an article's normalized text with maps both ways and the
mentions of the entities that can act (people, organisations, places),
including references that stand for them — a definite head noun for a named
organisation (``المجلس``), a role phrase for its holder. Helpers here answer
small questions about names (is this place a capital or a country, which
country a city is in, which country a person belongs to, whom an indefinite
description such as ``مسؤول إماراتي`` stands for). A country the article names
only through an organ or a capital gets an implied entity (:meth:`View.country`). Used by :mod:`rasd.analyse.events.actors` and
:mod:`rasd.analyse.events.layer`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rasd.analyse.events.nations import (
    actor_key,
    demonym_code,
    home_countries,
    is_demonym,
    organ_country,
    person_country,
    place_of,
)
from rasd.arabic.event_lexicon import CAPITALS, is_medium
from rasd.arabic.normalize import normalize_for_match, normalize_with_map
from rasd.record import Article, Entity

ACTOR_TYPES = frozenset({"PER", "ORG", "LOC", "GPE"})
TALK_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
WORD_RE = re.compile(r"\w+")
# a "mention" that is a particle is a tagging slip (سوف of "عادل الجبير سوف يزور")
_PARTICLES = frozenset({"سوف", "قد", "لقد", "كما", "ان", "انه", "الذي", "التي", "حيث", "لكن", "ولكن", "اليوم", "امس"})
# "الزيارة التي يقوم بها X": the relative clause names who carries the event out


@dataclass
class Mention:
    start: int  # normalized offsets
    end: int
    entity: Entity


_DATELINE = re.compile(r"(?m)^[^\n]{0,90}?\(\s*(?:cnn|CNN|سي ان ان|رويترز|ا ف ب|افب|AFP|Reuters)\s*\)\s*[-–—]+")


class View:
    """The normalized article text with maps both ways and the actor mentions."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.norm, self.imap = normalize_with_map(article.text)
        # source offset -> first normalized index at or after it
        n = len(article.text)
        inv = [-1] * (n + 1)
        for j in range(len(self.imap) - 1, -1, -1):
            inv[self.imap[j]] = j
        nxt = len(self.imap) - 1
        for i in range(n, -1, -1):  # a dropped character maps to the next kept one
            if inv[i] < 0:
                inv[i] = nxt
            else:
                nxt = inv[i]
        self.inv = inv
        ms = []
        for ent in article.entities:
            if str(ent.type).upper() not in ACTOR_TYPES:
                continue
            for m in ent.mentions:
                if 0 <= m.start < m.end <= len(article.text):
                    ms.append(Mention(self.inv[m.start], self.inv[m.end], ent))
        # a "mention" inside a time expression is a tagging slip (نيسان in أبريل (نيسان))
        spans = Overlaps([(self.inv[t.start], self.inv[t.end]) for t in article.dates])
        ms = [m for m in ms if not spans.hit(m.start, m.end)
              and not is_demonym(self.norm[m.start:m.end]) and self.norm[m.start:m.end] not in _PARTICLES]
        # a dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--") names where and by whom the story
        # is filed, no actor of its events
        lines = [(dl.start(), dl.end()) for dl in _DATELINE.finditer(self.norm)]
        if lines:
            ms = [m for m in ms if not any(la <= m.start < lb for la, lb in lines)]
        # an organisation that is only the channel of a statement (في تغريدة على تويتر) is no side of it
        ms = [m for m in ms if str(m.entity.type).upper() != "ORG" or not is_medium(self.norm, m.start)]
        ms += _definite_references(self.norm, ms)
        ms += _role_references(self.norm, ms)
        # a country and its government, ministries, army or capital are one actor: the country
        # (an "implied" country entity when the article names the organ but never the country)
        self.countries = _country_entities(article)
        self.implied: dict[str, Entity] = {}
        self._next_id = 1 + max((int(e.id[1:]) for e in article.entities if re.fullmatch(r"E\d+", e.id)),
                                default=0)
        organs = {e.id: c for e in article.entities if (c := organ_country(e)) is not None}
        organs = {k: ent for k, c in organs.items() if (ent := self.country(c)) is not None}
        if organs:
            ms = [Mention(m.start, m.end, organs[m.entity.id]) if m.entity.id in organs else m for m in ms]
        ms += _organ_phrases(self.norm, ms, self.country)
        ms += _bare_organs(self.norm, ms)
        ms.sort(key=lambda m: (m.start, -m.end))
        # keep outermost mentions only
        self.mentions: list[Mention] = []
        for m in ms:
            if self.mentions and m.start < self.mentions[-1].end:
                continue
            self.mentions.append(m)
        self._starts = [m.start for m in self.mentions]
        self._dates = sorted((self.inv[t.start], self.inv[t.end], k) for k, t in enumerate(article.dates)
                             if 0 <= t.start <= t.end <= n)
        self._date_starts = [d[0] for d in self._dates]
        self.owner = _role_owners(article)
        self.key = {e.id: actor_key(e) for e in article.entities}

    def country(self, code: str | None) -> Entity | None:
        """The article's entity for country ``code``; when the article never names the country
        (only its army, government or capital), an implied LOC entity for it, made once, with no
        mentions (the layer names it on its events by name, in ``event.implied``; never in
        ``article.entities``)."""
        if not code:
            return None
        ent = self.countries.get(code) or self.implied.get(code)
        if ent is None:
            try:
                from rasd.analyse.entities.countries import country_record
            except ImportError:
                return None
            rec = country_record(code)
            if rec is None or not rec.get("name_ar"):
                return None
            ent = Entity(id=f"E{self._next_id}", type="LOC", name=rec["name_ar"], country=rec)
            self._next_id += 1
            self.implied[code] = ent
        return ent

    def actor(self, ent: Entity) -> Entity:
        """The entity that acts for ``ent``: a capital stands for its country; anything else for
        itself. Locations keep the city."""
        if ent.type in ("LOC", "GPE") and not (ent.country or {}).get("alpha2"):
            code = CAPITALS.get(normalize_for_match(ent.name))
            if code:
                return self.country(code) or ent
        return ent

    def src(self, a: int, b: int) -> tuple[int, int]:
        s = self.imap[a]
        e = self.imap[b - 1] + 1 if b > a else s
        return s, e

    def dates_within(self, lo: int, hi: int) -> list[int]:
        """Indices into ``article.dates``, in article order, of the time expressions that lie
        within normalized offsets ``[lo, hi]`` (found by bisection: no scan of all dates)."""
        i = bisect.bisect_left(self._date_starts, lo)
        out = []
        while i < len(self._dates) and self._dates[i][0] <= hi:
            if self._dates[i][1] <= hi:
                out.append(self._dates[i][2])
            i += 1
        return sorted(out)

    def in_mention(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self._starts, a) - 1
        return i >= 0 and self.mentions[i].end >= b

    def between(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            if self.mentions[i].end <= b:
                out.append(self.mentions[i])
            i += 1
        return out


class Overlaps:
    """Spans ``(start, end)`` to test overlap against in O(log n) per query (instead of a scan
    of all spans per query, which made long articles quadratic): sorted by start, with the
    running maximum of their ends."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end: list[int] = []
        top = -1
        for _, b in spans:
            top = max(top, b)
            self.max_end.append(top)

    def hit(self, s: int, e: int) -> bool:
        """True when some span ``(a, b)`` has ``a < e and s < b``."""
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.max_end[i - 1] > s


_HEAD_NOUNS = ("مجلس", "حزب", "وزاره", "حكومه", "جيش", "حركه", "منظمه", "لجنه", "هيئه", "تنظيم", "جماعه",
               "ائتلاف", "تحالف", "بعثه", "جامعه", "برلمان", "مملكه")
_DEFINITE_RX = re.compile(r"(?<!\w)[وف]?(?:ال|لل|بال)(" + "|".join(_HEAD_NOUNS) + r")(?!\w)")


@lru_cache(maxsize=64)
def _introduced_by(head: str) -> re.Pattern[str]:
    """``head`` (one of ``_HEAD_NOUNS``) ending a text, before a name it introduces; compiled once
    (``re``'s own first-in-first-out cache drops it as the articles' own patterns stream through)."""
    return re.compile(r"(?<!\w)[وفلب]?(?:ال)?" + head + r"\s*[\"«“]?\s*$")


def _definite_references(norm: str, ms: list[Mention]) -> list[Mention]:
    """"المجلس"، "الحزب"، "المملكة" alone refer to the body or kingdom of that kind named last before them.

    ``وهدد المجلس بعواقب`` after ``مجلس الأمن`` → a mention of مجلس الأمن. Only when the word is not
    itself part of a name and an organisation whose name starts with it was named earlier.
    """
    orgs = sorted((m for m in ms if m.entity.type in ("ORG", "LOC", "GPE")), key=lambda m: m.start)
    bare = [re.sub(r"^(?:ال)", "", normalize_for_match(m.entity.name)) for m in orgs]
    org_starts = [m.start for m in orgs]
    taken = Overlaps([(m.start, m.end) for m in ms])
    out = []
    for hit in _DEFINITE_RX.finditer(norm):
        s, e = hit.start(1) - 2, hit.end()  # keep the article: "المجلس"
        if taken.hit(s, e):
            continue
        head = hit.group(1)
        # the last organisation (by start) that ends before the word and whose name starts with it
        for i in range(bisect.bisect_right(org_starts, s) - 1, -1, -1):
            # (or one the text introduced by the word: تنظيم "الدولة الإسلامية" → التنظيم)
            if orgs[i].end <= s and (bare[i].startswith(head) or _introduced_by(head).search(
                    norm[max(0, orgs[i].start - 12):orgs[i].start])):
                out.append(Mention(s, e, orgs[i].entity))
                break
    return out


ROLE_HEAD = re.compile(r"^[وف]?(?:ل|ب)?(?:ال|لل)?(?:رئيس|رئيسه|وزير|وزيره|نائب|سفير|قائد|امين|مبعوث|ممثل|ممثله|"
                        r"مندوب|مستشار|مدير|سكرتير|مساعد|متحدث|ناطق|زعيم|عاهل|حاكم|محافظ|منسق|منسقه|موفد|خادم|"
                        r"ولي)$")
# titles between a role and the name (نائب خادم الحرمين الشريفين الأمير محمد بن نايف)
_NAME_TITLES = frozenset({"الامير", "الملك", "الشيخ", "السيد", "السيده", "الدكتور", "الدكتوره", "المهندس",
                          "الفريق", "اللواء", "الرئيس", "صاحب", "السمو", "الملكي", "معالي", "فخامه", "سعاده",
                          "دوله", "جلاله", "سماحه", "الركن", "اول", "د"})
NAME_TITLES = _NAME_TITLES
# a noun before a role phrase makes it part of another name (سفير خادم الحرمين، حكومة خادم الحرمين)
_GOVERNS = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)?(?:نائب|مستشار|ولي|سفير|سفاره|مبعوث|ممثل|مندوب|حكومه|وزاره|مملكه|"
                      r"دوله|باسم|مكتب|ديوان|قوات|جيش|مساعد|رئيس|وزير|امين|عهد|نظير|نظيره)\s+$")


@lru_cache(maxsize=1024)
def _role_phrase_rx(first: str, rest: str) -> re.Pattern[str]:
    """The role phrase ``first rest`` as a whole word sequence (proclitics and article allowed on
    ``first``), compiled once per phrase (a role recurs across articles: نائب خادم الحرمين الشريفين)."""
    return re.compile(r"(?<!\w)[وف]?(?:ل|ب)?(?:ال|لل)?" + re.escape(first) + r"\s+" + re.escape(rest) + r"(?!\w)")


def _role_references(norm: str, ms: list[Mention]) -> list[Mention]:
    """A role phrase that introduced one person stands for that person where it recurs alone.

    ``تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف …`` then ``وتلقى نائب خادم الحرمين الشريفين
    الاتصالات``: the second is a mention of محمد بن نايف. Only phrases of two words or more that
    introduced one person only, and not where a name follows them or a noun before them governs them.
    """
    phrases: dict[str, set[str]] = {}
    people = {}
    ms = sorted(ms, key=lambda m: m.start)
    for i, m in enumerate(ms):
        if m.entity.type != "PER":
            continue
        lo = ms[i - 1].end if i else 0
        before = norm[max(lo, m.start - 80):m.start]
        cut = max(before.rfind(c) for c in ".،,؛:()«»\"\n")
        words = before[cut + 1:].split()
        while words and words[-1] in _NAME_TITLES:
            words.pop()
        start = next((k for k, w in enumerate(words) if ROLE_HEAD.match(w)), None)
        if start is None or len(words) - start < 2:
            continue
        phrase = words[start:]
        phrase[0] = re.sub(r"^[وف]?(?:ل|ب)?(?:ال|لل)?", "", phrase[0])
        if any(not re.fullmatch(r"\w+", w) for w in phrase):
            continue
        phrases.setdefault(" ".join(phrase), set()).add(m.entity.id)
        people[m.entity.id] = m.entity
    out: list[Mention] = []
    overlaps = Overlaps([(m.start, m.end) for m in ms])
    added: list[tuple[int, int]] = []  # references found here: sorted, never overlapping each other
    ms_starts = [m.start for m in ms]
    for phrase in sorted(phrases, key=len, reverse=True):
        if len(phrases[phrase]) != 1:
            continue
        ent = people[next(iter(phrases[phrase]))]
        first, _, rest = phrase.partition(" ")
        for hit in _role_phrase_rx(first, rest).finditer(norm):
            s, e = hit.start(), hit.end()
            j = bisect.bisect_left(added, (s, e))
            if overlaps.hit(s, e) or (j > 0 and added[j - 1][1] > s) or (j < len(added) and added[j][0] < e) \
                    or _GOVERNS.search(norm[max(0, s - 12):s]):
                continue
            after = norm[e:e + 60].split()
            k = 0
            while k < len(after) and after[k] in _NAME_TITLES:
                k += 1
            i = bisect.bisect_left(ms_starts, e)
            nxt = ms[i] if i < len(ms) else None
            if nxt is not None and nxt.entity.type == "PER" and word_count(norm[e:nxt.start]) <= k:
                continue  # the role of the name after it
            out.append(Mention(s, e, ent))
            bisect.insort(added, (s, e))
    return out


_ORGAN_PHRASE = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)(?:حكومه|خارجيه|جيش|قوات|نظام|سلطات|طيران|بحريه|جانب|طائرات|"
                           r"مقاتلات|مدفعيه|دبابات|بوارج|سفن الحربيه)"
                           r"(?:\s+(?:ال)?(?:حكوميه|مسلحه|نظاميه))?\s+(ال\w+)(?!\w)")


_INDEF_ROLE = re.compile(r"^\s*(?:مسؤول|مسؤوله|مصدر|متحدث|متحدثه|دبلوماسي|مستشار|قيادي|عضو|وزير|سفير|مبعوث)\s+(\w+)")


def homes(ms: list[Mention]) -> set[str]:
    """The countries the actors ``ms`` belong to (a person's through a role: وزير الخارجية القطري)."""
    out = {c for m in ms for c in home_countries(m.entity)}
    out.update(c for m in ms if m.entity.type == "PER" and (c := person_country(m.entity)))
    return out


def indefinite_description(gap: str) -> str | None:
    """alpha2 of the demonym in an indefinite description opening ``gap`` (``مسؤول إماراتي بارز``),
    else None (``وزير الخارجية`` is a title in construct before a name, not a description)."""
    m = _INDEF_ROLE.match(gap)
    if m is None or m.group(1).startswith("ال"):
        return None
    return demonym_code(m.group(1))


def described_person(v: View, gap: str, at: int) -> Mention | None:
    """The person an indefinite description stands for (``انتقد مسؤول إماراتي بارز …`` then ``وكتب
    أنور قرقاش …``): the person of the demonym's country named next after it, else None."""
    code = indefinite_description(gap)
    if code is None:
        return None
    src_at = v.src(at, at + 1)[0]
    nxt = [(min(m.start for m in e.mentions if m.start >= src_at), e) for e in v.article.entities
           if e.type == "PER" and person_country(e) == code and any(m.start >= src_at for m in e.mentions)]
    return Mention(at, at, min(nxt, key=lambda x: x[0])[1]) if nxt else None


def _country_entities(article: Article) -> dict[str, Entity]:
    """alpha2 → the article's entity for that country (a LOC named as the country, not a city)."""
    out: dict[str, Entity] = {}
    for e in article.entities:
        if e.type not in ("LOC", "GPE"):
            continue
        code = (e.country or {}).get("alpha2")
        p = place_of(e.name)
        if code and (p is None or p[0] == "country"):
            out.setdefault(code, e)
    return out


def _organ_phrases(norm: str, ms: list[Mention], country: Callable[[str | None], Entity | None]
                   ) -> list[Mention]:
    """``القوات الروسية``، ``الجانب السعودي`` that the entity layer left untagged: mentions of the country."""
    taken = Overlaps([(m.start, m.end) for m in ms])
    out = []
    for hit in _ORGAN_PHRASE.finditer(norm):
        if taken.hit(hit.start(), hit.end()):
            continue
        ent = country(demonym_code(hit.group(1)))
        if ent is not None:
            out.append(Mention(hit.start(), hit.end(), ent))
    return out


# Organ heads: a bare "النظام"، "الحكومة"، "القوات" refers to the state whose organ was named last
# (الطيران السوري … قوات النظام → Syria); one family for now (the table allows splitting them).
_ORGAN_FAMILY = {"نظام": "state", "حكومه": "state", "سلطات": "state", "قوات": "state", "جيش": "state", "طيران": "state"}
_BARE_ORGAN = re.compile(r"(?<!\w)[وفلب]?(?:ال|لل)?(نظام|حكومه|سلطات|قوات|جيش|طيران)(?:\s+(?:ال)?(نظام|حكومه))?"
                         r"(?:\s+(?:ال)?(?:حكوميه|نظاميه))?(?!\w)")


def _bare_organs(norm: str, ms: list[Mention]) -> list[Mention]:
    """``قوات النظام``، ``الحكومة``، ``القوات`` alone: a mention of the country whose organ of the same
    family (government or army) the article named last before it (``النظام السوري``، ``القوات التركية``),
    within the last 1,500 characters; never inside another mention."""
    states = sorted((m for m in ms if m.entity.type in ("LOC", "GPE") and (m.entity.country or {}).get("alpha2")),
                    key=lambda m: m.start)
    named: list[tuple[int, str, Entity]] = []  # (end, family, country) of organ phrases with a country
    for m in states:
        head = _BARE_ORGAN.match(norm, m.start)
        if head is not None and head.end() < m.end:
            named.append((m.end, _ORGAN_FAMILY[head.group(2) or head.group(1)], m.entity))
    if not named:
        return []
    taken = Overlaps([(m.start, m.end) for m in ms])
    ends = [n[0] for n in named]
    out = []
    for hit in _BARE_ORGAN.finditer(norm):
        if taken.hit(hit.start(), hit.end()):
            continue
        fam = _ORGAN_FAMILY[hit.group(2) or hit.group(1)]
        i = bisect.bisect_right(ends, hit.start()) - 1
        while i >= 0 and named[i][1] != fam:
            i -= 1
        if i >= 0 and hit.start() - named[i][0] <= 1500:
            out.append(Mention(hit.start(), hit.end(), named[i][2]))
    return out


def _role_owners(article: Article) -> dict[str, str]:
    """ORG/LOC entity id → the person whose role names it (رئيس مجلس النواب اللبناني نبيه بري)."""
    owners: dict[str, set[str]] = {}
    people = [(e.id, [f" {normalize_for_match(r)} " for r in e.roles]) for e in article.entities if e.type == "PER"]
    for e in article.entities:
        # a country in a role (السفير البريطاني لدى روسيا) still acts for itself
        if e.type == "PER" or (e.type in ("LOC", "GPE") and (e.country or {}).get("alpha2")):
            continue
        name = f" {normalize_for_match(e.name)} "
        for pid, roles in people:
            if any(name in r for r in roles):
                owners.setdefault(e.id, set()).add(pid)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text``, or None."""
    m = None
    for m in rx.finditer(text):  # noqa: B007 - we want the last one
        pass
    return m


def word_count(s: str) -> int:
    return len(WORD_RE.findall(s))

"""A learned decision of an event mention's status (happened, planned, likely, ongoing, denied).

The rules of :func:`rasd.analyse.events.cues.status_of` read cues before the trigger (particles,
frames of belief, plans); they are right on about four mentions in five of the dev sets, and the
ones they miss follow patterns a small model can weigh: a present stance verb that tells a standing
position, a noun of cooperation or backing that goes on, a past verb under a frame of belief that the
analyst codes as happened. :func:`features` describes one mention (the rules' status among them, so
the model learns when to trust it); :func:`decide` returns the model's status, or the rules' when the
package holds no model.

The weights are data: ``rasd/data/events/status.json`` (``labels``, ``weights`` per label,
``bias``), written by ``scripts/train_event_status.py`` from the hand-annotated dev sets (the test
halves are never read); its card is ``rasd/data/events/MODEL_CARD.md``. Pure: no I/O after the
first load.

Before the model, :func:`dated_status` gives the rules' status its date (a date after publication
makes a happened event planned, a present light verb a planned or ongoing one) and the mention's date.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.analyse.events.arguments import _DO
from rasd.analyse.events.cues import WAGE_VERBS, clause_date, fronted_date, inherited_date
from rasd.analyse.events.view import View, last_match, word_count
from rasd.arabic.event_lexicon import CLAUSE_BREAK, LIGHT_VERBS, Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Article

_WORD = re.compile(r"\w+")
# set by scripts/train_event_status.py: describe every mention even without a model (its samples)
COLLECT = False
# function words whose presence just before the trigger bears on its status
_PARTICLES = frozenset({"لم", "لن", "لا", "قد", "لقد", "سوف", "كان", "كانت", "ان", "انه", "انها", "بعد", "قبل",
                        "منذ", "عقب", "خلال", "اثناء", "الي", "علي", "اجل", "بهدف", "ما", "هل", "اذا", "حتي"})
# classes of cue words anywhere in the clause before the trigger
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("modal", re.compile(r"(?<!\w)[وف]?(?:[يت]جب|ينبغي|[يت]مكن|بامكان|عليه|عليها|عليهم)(?!\w)")),
    ("intent", re.compile(r"(?<!\w)[وف]?(?:[يت]عتزم|اعتزم|قرر|قررت|[يت]نوي|[يت]سعي|سعي|[يت]ريد|[يت]حاول|حاول|"
                          r"[يت]خطط|مستعد\w*|استعداد\w*|رغب\w*)(?!\w)")),
    ("belief", re.compile(r"(?<!\w)[وف]?(?:[يت]عتقد|[يت]بدو|بدا|[يت]شتبه|مزاعم|اتهام\w*|ادعاء\w*|[يت]زعم|زعم\w*|"
                          r"المرجح|المحتمل|ربما|تقارير|انباء)(?!\w)")),
    ("goes_on", re.compile(r"(?<!\w)[وف]?(?:ما زال\w*|مازال\w*|لا [يت]زال\w*|[يت]واصل\w*|مواصله|استمرار|[يت]ستمر|"
                           r"منذ|دائما|حاليا)(?!\w)")),
    ("report", re.compile(r"(?<!\w)[وف]?(?:قال|قالت|اكد|اكدت|ذكر|ذكرت|اعلن|اعلنت|اضاف|اضافت|اوضح|اوضحت|"
                          r"[يت]قول|افاد|افادت|كشف|كشفت)(?!\w)")),
    ("denial", re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|[يتن]نفي|نفوا)(?!\w)")),
)
# light verbs whose past starts with ت (تلقى، تبادل، تم): no present tense
_T_PAST = re.compile(r"[وف]?(?:تلقي|تلقت|تلقيا|تبادل|تبادلا|تم|تمت)")
_FUTURE_AFTER = re.compile(r"(?<!\w)(?:المقبل\w*|القادم\w*|مرتقب\w*|المرتقب\w*|غدا|المزمع|المقرر)(?!\w)")
_ONGOING_AFTER = re.compile(r"(?<!\w)(?:المستمر\w*|مستمر\w*|متواصل\w*|المتواصل\w*|الجاري\w*|جاري\w*|الدائر\w*|"
                            r"حاليا|منذ)(?!\w)")


def _form(word: str, pos: str) -> str:
    """The trigger's form: a verb's tense from its first letter after و/ف, else its part of speech."""
    if pos != "verb":
        return pos
    w = re.sub(r"^[وف](?=\w{3})", "", word.strip())
    if re.match(r"س[يتن]", w):
        return "future"
    if w[:1] in ("ي", "ن") or (w[:1] == "ت" and not w.startswith("تم")):
        return "present"
    return "past"


def features(left: str, word: str, right: str, type_: str, pos: str, rule: str, *, quoted: bool,
             title: bool, dated: str) -> list[str]:
    """The model's features of one mention: ``left`` is the normalized clause before the trigger,
    ``word`` the trigger (normalized), ``right`` the rest of its sentence; ``rule`` the rules' status;
    ``dated`` how the mention's date stands to the publication date (``none``, ``before``, ``same``,
    ``after``)."""
    words = _WORD.findall(left)
    form = _form(word, pos)
    out = [f"rule={rule}", f"type={type_}", f"form={form}", f"rule={rule}|form={form}",
           f"rule={rule}|type={type_}", f"type={type_}|form={form}", f"quoted={quoted}", f"title={title}",
           f"dated={dated}", f"rule={rule}|dated={dated}"]
    for w in words[-3:]:
        w = re.sub(r"^[وف](?=\w{2})", "", w)
        if w in _PARTICLES:
            out.append(f"p3={w}")
    if re.match(r"[وف]?ل(?!ل)", word) and pos == "noun":
        out.append("purpose")  # لشن، لإطلاق: the noun is an aim
    near = " ".join(words[-10:])
    out += [f"cue={name}" for name, rx in _CUES if rx.search(near)]
    rwords = " ".join(_WORD.findall(right)[:4])
    if _FUTURE_AFTER.search(rwords):
        out.append("after=future")
    if _ONGOING_AFTER.search(rwords):
        out.append("after=ongoing")
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The shipped model, or None when the package has none."""
    try:
        text = resources.files("rasd").joinpath("data/events/status.json").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return json.loads(text)


def probabilities(feats: list[str], m: dict[str, Any]) -> dict[str, float]:
    """The model's probability of each status given ``feats`` (softmax over the labels)."""
    z = {lab: m["bias"][lab] + sum(m["weights"][lab].get(f, 0.0) for f in feats) for lab in m["labels"]}
    top = max(z.values())
    e = {lab: math.exp(v - top) for lab, v in z.items()}
    s = sum(e.values())
    return {lab: v / s for lab, v in e.items()}


def decide(feats: list[str], rule: str, m: dict[str, Any] | None = None) -> str:
    """The status of a mention: the model's most probable label (``m``, default the shipped model)
    when its probability reaches the model's ``min_p``, else ``rule`` (also when there is no model). A denial
    stays the rules' call (the dev gold codes too few to learn it), and so does a mention whose trigger form
    is among the model's ``keep_forms`` (forms whose status the references code both ways)."""
    m = m if m is not None else model()
    if m is None or rule == "denied" or any(f"form={x}" in feats for x in m.get("keep_forms", ())):
        return rule  # (``keep_forms``: trigger forms whose status the references code both ways)
    p = probabilities(feats, m)
    best = max(p, key=lambda lab: p[lab])
    # the model overrides the rules only when it is sure (``min_p``, chosen held out by the trainer)
    return best if p[best] >= m.get("min_p", 0.0) else rule


def mention_features(norm: str, a: int, b: int, sent: tuple[int, int], type_: str, pos: str, rule: str, *,
                     quoted: bool, title: bool, date: str | None, published: str | None) -> list[str]:
    """:func:`features` of the trigger at normalized ``a``-``b`` of ``norm`` in sentence ``sent``,
    dated ``date`` (a TIMEX value or None) in an article published on ``published``."""
    if not date or not published or len(date) < 10:
        dated = "none" if not date else "vague"
    else:
        dated = "before" if date[:10] < published[:10] else ("same" if date[:10] == published[:10] else "after")
    return features(norm[sent[0]:a], norm[a:b], norm[b:sent[1]], type_, pos, rule, quoted=quoted, title=title,
                    dated=dated)


def of_mention(norm: str, a: int, b: int, sent: tuple[int, int], type_: str, pos: str, rule: str, *,
               quoted: bool, title: bool, date: str | None, published: str | None) -> tuple[str, tuple[str, ...]]:
    """(status, features) of a mention whose rules' status is ``rule`` (arguments as for
    :func:`mention_features`). Without a shipped model the rules' status stands and no features are
    computed (the layer's speed), unless :data:`COLLECT` asks for them."""
    m = model()
    if m is None and not COLLECT:
        return rule, ()
    feats = mention_features(norm, a, b, sent, type_, pos, rule, quoted=quoted, title=title, date=date,
                             published=published)
    return decide(feats, rule, m), tuple(feats)


def dated_status(v: View, article: Article, trig: Trigger, word: str, span: tuple[int, int],
                 sent: tuple[int, int], status: str, *, title_end: int,
                 para_starts: list[int]) -> tuple[str, tuple[str, str] | None, bool]:
    """The rules' status of one mention moved by its date, and that date: ``(status, (value,
    expression) or None, inherited)``. ``status`` is :func:`~rasd.analyse.events.cues.status_of`'s
    reading; the date is the TIMEX of the trigger's clause (or one fronted before a comma). A happened
    event dated after publication is planned; a noun held by a present light verb in the body is
    planned (dated today or later) or ongoing (undated, or «منذ» its date). A happened event with no
    date of its own inherits the last calendar date stated earlier in its paragraph (``inherited``).
    Offsets are over ``v.norm``; ``title_end`` ends the headline there, ``para_starts`` start paragraphs."""
    a, b = span
    sa, sb = sent
    brk = last_match(CLAUSE_BREAK, v.norm[sa:a])
    dated = clause_date(v, a, b, sa + (brk.end() if brk else 0), sb)
    if dated is None and brk is not None:
        dated = fronted_date(v, sa, sa + brk.start())  # "في عام 2015، وقعت طهران على الاتفاق"
    if status in ("happened", "ongoing") and dated and article.published \
            and dated[0][:10] > article.published[:10] and len(dated[0]) >= 10:
        status = "planned"  # "يبحث الجبير … الاثنين" in Sunday's paper: the talks are to come
    if status == "happened" and trig.pos == "noun" and title_end <= a:
        # "يعقد مجلس الأمن اجتماعا السبت"، "نجري مفاوضات": a present light verb in the body holds
        # talks to come (dated today or later) or under way (no date)
        cs = sa + (brk.end() if brk else 0)
        gv = last_match(LIGHT_VERBS, v.norm[max(cs, a - 40):a]) or last_match(WAGE_VERBS, v.norm[max(cs, a - 40):a])
        if gv is not None and _DO.fullmatch(gv.group().strip()) and not re.match(r"[وف]?ب", word):
            gv = None  # قام holds a noun only through بـ (تقوم القوات بعمليات)
        if gv is not None and re.match(r"\s*[وف]?[يتن]", gv.group()) and not _T_PAST.fullmatch(gv.group().strip()) \
                and word_count(v.norm[max(cs, a - 40) + gv.end():a]) <= 6:
            if dated and article.published and dated[0][:10] >= article.published[:10]:
                status = "planned"
            elif not dated or f"منذ {normalize_for_match(dated[1] or '')}" in v.norm[sa:sb]:
                status = "ongoing"  # (… يشن تمردا منذ 1984: under way since then)
    inherited = False
    if dated is None and status == "happened":
        pi = bisect.bisect_right(para_starts, a) - 1
        if pi >= 0:
            dated = inherited_date(v, a, para_starts[pi])
            inherited = dated is not None
    return status, dated, inherited

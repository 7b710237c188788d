"""The occasion of a statement at the end of its content: ``… في لقائه مع بي بي سي``، ``… خلال قمة عقدها مع…``.

A reported clause often ends with the circumstance of the speech act itself — the speaker's interview, speech,
meeting or visit — which belongs to the reporting verb, not to what was said (``ووصفها الأمير بأنها رائعة في لقائه
مع بي بي سي``: the content is «رائعة»). The phrase opens with في/خلال/أثناء, its noun names a speech event, and
it points back to the speaker by agreement: a possessive pronoun on the noun that agrees with the reporting
verb's subject (لقائه after a masculine cue, كلمتها after a feminine one), or a relative verb right after the
noun whose object pronoun agrees with the noun and whose own subject agrees with the speaker (``قمة عقدها``:
ها is the summit, the bare verb a masculine subject: the speaker's). :func:`occasion_start` finds such a
phrase running to the content's end; the content ends before it — unless a person or organisation named in the
content before it is the nearer antecedent of the pronoun (``أن بومبيو لم يصطحب … خلال زيارته``), or the occasion is
still to come: marked so (``في مؤتمره غدا``، ``خلال زيارته المقبلة``) or the occasion of the speaker's own future
act (``قال إنه سيلتقي نظيره خلال زيارته``: part of the plan). Pure: no I/O.
"""

from __future__ import annotations

import re

from rasd.analyse.quotes.base import _Cand, _Ctx
from rasd.arabic.normalize import normalize

# nouns of a speech event (a closed class: the occasions on which statements are made)
_EVENT_N = frozenset(normalize(w) for w in (
    "لقاء", "مقابلة", "كلمة", "خطاب", "مؤتمر", "قمة", "زيارة", "اجتماع", "حديث", "تصريح", "تصريحات", "جلسة",
    "رسالة", "تغريدة", "بيان", "محادثة", "اتصال", "مكالمة", "حوار", "ندوة", "لقاءات", "اجتماعات", "محاضرة"))
_PHRASE_RE = re.compile(r"(?<!\S)(?:في|خلال|اثناء)\s+(\S+)(?:\s+(\S+))?")
_STOPS = "،,؛:.\"«»"
# a time still to come in the occasion phrase: a future adjective or tomorrow (future_verb_in reads only
# the verb forms سـ/سوف; «تعلن القرار في مؤتمره الصحفي غدا» has none)
_TO_COME_RE = re.compile(r"(?<!\w)(?:المقبل|المقبله|القادم|القادمه|المرتقب|المرتقبه|غدا|(?:بعد\s+)?غد)(?!\w)")
# a complementizer bearing the speaker's own pronoun as the content's subject (قال إنه سيلتقي…)
_SELF_N = frozenset(normalize(w) for w in ("إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "إنهم", "أنهم", "بأنهم"))


def _bare_pronoun(word: str) -> str | None:
    """The possessive pronoun a noun bears (ه، ها، هم، هما) as M/F/P, else None."""
    for suf, g in (("هما", "P"), ("هم", "P"), ("ها", "F"), ("ه", "M")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return g
    return None


def _event_noun(word: str) -> tuple[str, str | None] | None:
    """(stem, possessive gender) when ``word`` (normalized) is a speech-event noun, bare or with a possessive
    (لقائه → لقاء، M; كلمتها → كلمه، F)."""
    w = word.removeprefix("ال")
    if w in _EVENT_N:
        return w, None
    g = _bare_pronoun(w)
    if g is None:
        return None
    base = w[: -(2 if g == "F" or w.endswith("هم") else 3 if w.endswith("هما") else 1)]
    for cand in (base, base[:-1] + "ه" if base.endswith("ت") else base, base.replace("ئ", "ء")):
        if cand in _EVENT_N:
            return cand, g
    return None


def occasion_start(ctx: _Ctx, c: _Cand, gender: str | None) -> int | None:
    """Normalized start of the speech occasion that ends candidate ``c`` (see the module docstring), or None.
    ``gender``: M/F (or None: unknown) of the reporting verb's subject."""
    from rasd.analyse.time.context import future_verb_in

    norm = ctx.norm
    before = norm[max(0, c.start - 12):c.start].split()
    if before and before[-1] in _SELF_N and future_verb_in(" ".join(norm[c.start:c.end].split()[:2])):
        # «قال إنه سيلتقي نظيره خلال زيارته»: the speaker's own future act; its occasion is still to come,
        # part of what is said, not the occasion on which it was said
        return None
    for m in _PHRASE_RE.finditer(norm, c.start, c.end):
        if future_verb_in(norm[m.start():c.end]) or _TO_COME_RE.search(norm, m.start(), c.end):
            continue  # «في مؤتمره الصحفي غدا»، «خلال زيارته المقبلة»: an occasion to come
        if len(norm[c.start:m.start()].split()) < 1 or any(ch in norm[m.start():c.end] for ch in _STOPS):
            continue
        hit = _event_noun(m.group(1))
        if hit is None:
            continue
        noun, poss = hit
        if poss is not None:
            agree = gender is None or poss == gender
        else:
            nxt = m.group(2) or ""
            # a relative verb: its object pronoun is the noun (ها after a feminine noun in ة), its own subject
            # the speaker (a bare past: masculine; ت before the pronoun: feminine)
            want = "ها" if noun.endswith("ه") else "ه"
            if not nxt.endswith(want) or len(nxt) - len(want) not in (3, 4) or nxt.startswith("ال"):
                continue
            subj = "F" if nxt[: -len(want)].endswith("ت") else "M"
            agree = gender is None or subj == gender
        if not agree:
            continue
        a, b = ctx.src(c.start, m.start())
        if any(a <= ms < b and ent.type in ("PER", "ORG") for ms, _me, ent in ctx.mentions):
            continue  # a person or body named in the content is the nearer antecedent (بومبيو … خلال زيارته)
        return m.start()
    return None

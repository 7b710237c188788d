"""The subject a coordinated cue shares with the verb it is coordinated with.

``كما هاجم نصر الله رئيس الوزراء …، واعتبر أن``، ``نصر الله انتقد استقبال بلير، وقال إنه``،
``الدعوى التي تقدمت بها قطر وتتهم فيها الإمارات``، ``اعترضت عليه واشنطن بشدة فاعتبرته``: a cue
joined by و/ف (or opening a relative clause joined to an earlier one, ``والتي تتهم``) has no subject
of its own; it shares the subject of the nearest finite verb before it in its sentence that
**agrees with it in gender** (two verbs with one subject agree with it alike: ``ويدعو`` skips the
feminine ``تدور`` of another clause and reaches ``ويصور``).

:func:`coordinated_subject` walks back from the cue to that verb and reads its subject: a name
right before it (subject first: ``نصر الله انتقد``) or, else, right after it past a preposition
carrying a pronoun (``تقدمت بها قطر``، ``اعترضت عليه واشنطن``). A verb is told by its shape only
where the shape is safe: a reporting or stance verb of the lexicons, an imperfect of the third
person (:func:`rasd.arabic.verbs.imperfect_word`), or a feminine past in ت right before such a
pronoun-carrying preposition or a name. The first agreeing verb decides: when it has no named
subject (``ورفض الحديث…، وقال``: the subject was named earlier) the answer is None and the
caller's other readings decide — unless that verb is itself joined by و/ف (``فاعتبرته``), which
shares the subject of the verb before it: the walk goes on. A verb of a subordinate clause (a
complementizer or a relative opens its clause: ``بأن يتدخل أوباما``، ``الموقف الذي يدعمه بوتين``) is
passed when a comma stands between it and the cue (``…، وأكد``: the cue goes back to the main clause);
without a comma the cue goes on inside that clause (``التي تقدمت بها قطر وتتهم``).

Pure: no I/O; used by :mod:`rasd.analyse.quotes.choose`.
"""

from __future__ import annotations

import bisect

from rasd.analyse.quotes.base import _RELATIVES_N, _VERBS_N, MARKS, _Cand, _Ctx, _words
from rasd.arabic.normalize import normalize
from rasd.arabic.verbs import imperfect_word

# A preposition carrying a pronoun between a verb and its subject (تقدمت بها قطر، اعترضت عليه واشنطن).
_PRONOUN_PREPS_N = frozenset(normalize(p + s) for p in ("ب", "ل", "في", "عن", "علي", "الي", "من", "مع")
                             for s in ("ه", "ها", "هم", "هما"))
# Words that may stand between a verb and its named subject.
_BETWEEN_N = _PRONOUN_PREPS_N | frozenset(normalize(w) for w in ("أيضا", "كذلك", "بدوره", "بدورها", "قد"))
_PREPS_N = frozenset(normalize(w) for w in (
    "في", "من", "على", "عن", "إلى", "مع", "لدى", "عند", "بين", "حول", "ضد", "نحو", "منذ", "خلال", "بعد", "قبل"))
_OBJECT_SUFFIXES = ("ها", "هم", "ه")
_COMPLEMENTIZERS_N = frozenset(normalize(w) for w in (
    "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم", "بأنهم"))
MAX_WORDS = 40  # how far back in the sentence the verb may stand


def _bare(word: str) -> str:
    w = word.strip(MARKS + "()،,.:؛")
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


def verb_gender(word: str, next_word: str, next_is_name: bool, raw: str = "") -> str | None:
    """"M"/"F" when the normalized ``word`` (clitic و/ف allowed) reads as a finite verb of the third
    person singular and shows its gender, else None (``next_word``/``next_is_name``: what follows it,
    which confirms a past feminine in ت; ``raw``: the word as written, whose ة shows a noun that the
    normalized form would read as a verb with the pronoun ه: حملة → حمله)."""
    from rasd.analyse.quotes.speakers import cue_gender
    from rasd.analyse.quotes.stance import stance_gender, stance_verb

    w = _bare(word)
    if len(w) < 3 or w.startswith("ال") or raw.rstrip(MARKS + "()،,.:؛").endswith("ة"):
        return None
    if w in _VERBS_N:
        return cue_gender(w, _VERBS_N)
    hit = stance_verb(w)
    if hit is not None and hit[1] == "verb":
        return stance_gender(w) or ("F" if w.endswith("ت") and not normalize(hit[0]).endswith("ت") else "M")
    for suffix in ("", *_OBJECT_SUFFIXES):  # تديره، وصفتها: the object pronoun on the verb
        stem = w[: len(w) - len(suffix)] if suffix and w.endswith(suffix) else (w if not suffix else "")
        if not stem or len(stem) < 4:
            continue
        if imperfect_word(stem) and not stem.endswith(("ون", "ان", "ين")):
            return "M" if stem[0] == "ي" else "F"
        if stem.endswith("ت") and not stem.endswith("ات") and (next_is_name or next_word in _PRONOUN_PREPS_N):
            return "F"  # تقدمت بها قطر، اعترضت عليه واشنطن
    return None


def _subordinate(words: list[tuple[int, int, str]], i: int) -> bool:
    """Does the verb at ``words[i]`` stand in a subordinate clause: between it and the start of its
    clause (a comma or the sentence start) the nearest complementizer, relative or finite verb is a
    complementizer (``بأن يتدخل``، ``في أن يلتقي``) or a relative (``الذي يدعمه``)? The subject of such
    a verb is not the subject a later joined cue shares."""
    for j in range(i - 1, -1, -1):
        w = words[j][2]
        if w.endswith(("،", ",")):
            return False
        bare = w.strip(MARKS + "()")
        if bare in _COMPLEMENTIZERS_N or bare in _RELATIVES_N or (bare[:1] == "و" and bare[1:] in _RELATIVES_N):
            return True
        nxt = words[j + 1][2].strip("،,")
        if verb_gender(w, nxt, False) is not None:
            return False  # the clause's own verb comes first: "وطالب عباس …"
    return False


def _coordinated(ctx: _Ctx, c: _Cand) -> bool:
    """Is the cue joined to an earlier clause: و/ف on it, or و on the relative before it (والتي تتهم)?"""
    if c.cue is None or c.cue.start <= c.sentence:
        return False
    if c.cue.conj:
        return True
    prev = _words(ctx.norm, c.sentence, c.cue.start)[-1:]
    return bool(prev) and prev[0][2][:1] == "و" and prev[0][2][1:] in _RELATIVES_N


def _mention_at(ctx: _Ctx, starts: list[int], a: int, b: int) -> tuple[int, int, object] | None:
    """The PER/ORG/LOC mention that starts at source offset ``a`` (after a clitic و at most: not after the
    ل or ب of a preposition, ``يوضح لفرانس24``) before ``b``."""
    k = bisect.bisect_left(starts, a)
    for ms, me, ent in ctx.mentions[k:k + 2]:
        if (ms == a or (ms == a + 1 and ctx.text[a] in "وف")) and ms < b \
                and ent.type in ("PER", "ORG", "LOC"):  # type: ignore[attr-defined]
            return ms, me, ent
    return None


def coordinated_subject(ctx: _Ctx, c: _Cand, gender: str | None) -> str | None:
    """The entity id of the subject the coordinated cue of ``c`` shares with the nearest earlier verb of
    its sentence that agrees with ``gender`` (the cue's), else None. See the module docstring."""
    from rasd.analyse.coref import agrees

    if gender is None or not ctx.mentions or not _coordinated(ctx, c):
        return None
    words = _words(ctx.norm, c.sentence, c.cue.start)[-MAX_WORDS:]  # type: ignore[union-attr]
    if not words:
        return None
    starts = [m[0] for m in ctx.mentions]
    spans = [ctx.src(ws, we) for ws, we, _w in words]
    inside = [any(ms <= a and b <= me for ms, me, _e in ctx.mentions[max(0, bisect.bisect_right(starts, a) - 3):
                                                                      bisect.bisect_right(starts, a)])
              for a, b in spans]
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        if w.strip("،,") in _COMPLEMENTIZERS_N:
            return None  # "أورد الاتحاد أن أبو ريدة اتصل بصلاح… وأكد له": the cue is the reported clause's
        if any(ch in MARKS for ch in w) or inside[i]:
            continue  # quoted words, names
        nxt = words[i + 1][2].strip("،,") if i + 1 < len(words) else ""
        after = i + 1
        while after < len(words) and words[after][2].strip("،,") in _BETWEEN_N and after - i <= 2:
            after += 1
        named = after < len(words) and _mention_at(ctx, starts, spans[after][0], spans[after][1] + 1) is not None
        g = verb_gender(w, nxt, named and after == i + 1, ctx.text[spans[i][0]:spans[i][1]])
        if g is None or g != gender:
            continue
        if any(x[2].endswith(("،", ",")) for x in words[i:]) and _subordinate(words, i):
            continue  # "بأن يتدخل أوباما …، وأكد"، "الموقف الذي يدعمه بوتين، وقال": past the comma the cue
            # goes back to the main clause (without one it goes on in the subordinate: التي تقدمت بها قطر وتتهم)
        if w.endswith(("،", ",")):
            return None
        # subject first: a name that ends right before the verb, not a preposition's object
        if i > 0 and inside[i - 1]:
            a = spans[i][0]
            for ms, me, ent in ctx.mentions[max(0, bisect.bisect_left(starts, a) - 3):bisect.bisect_left(starts, a)]:
                if ent.type in ("PER", "ORG", "LOC") and not ctx.text[me:a].strip():
                    lead = ctx.text[max(0, ms - 12):ms].split()[-1:]
                    if (ms > 0 and ctx.text[ms - 1] in "لب") or (lead and normalize(lead[0]) in _PREPS_N):
                        break
                    return ent.id if agrees(gender, ent) else None
        if after < len(words):
            hit = _mention_at(ctx, starts, spans[after][0], spans[after][1] + 1)
            if hit is not None:
                ent = hit[2]
                return ent.id if agrees(gender, ent) else None  # type: ignore[attr-defined]
        if w[:1] in "وف" and _bare(w) != w.strip(MARKS + "()،,.:؛"):
            continue  # "اعترضت عليه واشنطن فاعتبرته … واقترحت": a joined verb without a subject shares the earlier one's
        return None  # the agreeing verb names no subject here: its subject was named before
    return None

"""The quotes layer: direct and indirect speech with its speaker.

``annotate(article)`` fills ``article.quotes`` with :class:`rasd.record.Quote`
spans (``text == article.text[start:end]``), ordered by position. It reads
``article.entities`` (filled earlier by the entity layer) to link speakers, and
works without them (speakers are then descriptive strings). Pure: no I/O; the
regular expressions are compiled once at import.

Span conventions (the annotation set ``rasd/eval/data/quotes.jsonl`` follows them):

- **direct**: the content inside the quote marks (" « » “ ” „), whitespace
  trimmed, nested quotes kept inside. Marks are paired by context (a mark after
  a space and before a letter opens…) and a stack, so nested and reversed marks
  work. An opener never closed runs to the end of its paragraph, or, when a
  nested quote closes right before terminal punctuation (``ومجموعة "بريكس".``),
  to that closing mark: the writer's lost closer merged with the inner one.
  Quoted strings count as quotes only when attributed: a cue before them in the
  sentence (``وقال X: "…"``, ``عن X قوله: "…"``, ``أكد أن «…».``), a cue after
  them (``"…"، قال X``), a paragraph made of a quote (it continues the previous
  speaker) or a whole quoted sentence closing a reporting sentence. Scare quotes
  and names in quotes are not quotes. Speech after a colon without marks
  (``وقالت الوزارة: حالة الإصابة…``) is direct too, to the end of the sentence.
- **indirect**: the reported clause after the complementizer
  (أن/إن/بأن, with its pronoun: ``بأنه`` belongs to the cue side) up to the end
  of the sentence, ending earlier before the writer's trailing clause
  (``وذلك…``), before a chained statement (``، مشيراً إلى أن…`` or
  ``مبينةً أنه…`` is a quote of its own by the same speaker; ``، مشيداً ب…``
  ends the clause), before a trailing attribution (``، بحسب…``) and before a
  colon. Quoted words inside the clause (``إن المملكة كانت تتحدث… وكان هناك
  "استعداد"``) are part of it, as the ANT gold annotates them, not a quote of
  their own; a quote right after the complementizer (``أن «…»``) is direct. Attribution phrases make quotes too:
  ``وحسب X، CLAUSE`` (``فإن`` opening the clause is skipped) and
  ``CLAUSE، بحسب/وفق X``, when X is a speaker-like phrase (a person, a source
  or role noun, ``ما ذكره…``) — ``وفقا للنظام`` is not.

Speakers: the person (PER entity) mentioned in the speaker part (between the
cue and the quote/أن, first comma-stretch, cut at circumstance words like
``للصحفيين، اليوم، خلال``; an appositive name ``، نيد برايس،``; after ``عن``
for relay verbs ``نقلت … عن X قوله``; ``بيان صادر عن X`` → X); an organisation
heading the part; a role-only description (``المتحدث الرسمي لوزارة الخارجية
الصينية``) linked to the entity holding that role (its roles, or ``ROLE NAME``
in the text); a definite source noun (``الصحيفة، الوزارة، البيان``) linked to the
source named before; a continuation without a subject (``وأضاف أن``،
``مشيراً إلى أن``) takes the previous speaker; otherwise the speaker part as a
descriptive string (``مصادر مطلعة``، ``والدة الشهيد``، a name after an honorific
``…الدكتور سليمان الريمي``) or None.

Clause structure (:mod:`.subjects`): a sentence's subject is read after an opening
adverbial closed by a comma (``وبعد ساعات على الضربات، أعلن X``); a coordinated cue
(``وندد X بـ… ورأى``) or a participle (``…، نفت وكالة سانا…، مشددة``) takes the subject of
the clause it continues; the antecedent of a relative clause after a preposition speaks
(``وفق أبازيد الذي أشار``); a name after ل (``قال لبي بي سي``) or after a verb whose
subject is a pronoun (``لكنه أخبر غولدبرغ``) is the addressee; a continuation cue agrees
with the gender the article's own verbs give a person (``قال X`` … ``وأضافت`` skips X) and in number
(``قالوا`` never continues one person or one country; it takes the plural subject after the sentence's
verb, ``وطالب ناشطون ماليزيون…، الذي قالوا``); a participle's subject agrees with it in gender, and
after a described reporting subject (``وأفاد المرصد…، مؤكدا``) it is that description. A reporting
verb's verbal-noun object is what is stated (``أكدت وقوع هجوم``، :func:`.stance.verbal_noun_objects`).
"""

from __future__ import annotations

import bisect
import re

from rasd.analyse.quotes.attribution import attribution
from rasd.analyse.quotes.base import (
    _AMBIG_N,
    _BLOCK_N,
    _COMP_RE,
    _HEADS_N,
    _IMPERSONAL_N,
    _PRECEDED_RE,
    _PRESENT_N,
    _PUNCT_TRIM,
    _RELATIVES_N,
    _RELAY_N,
    _ROLE_N,
    _TERMINAL,
    _TRAILING_RE,
    _VERBS_N,
    _WORD_RE,
    MARKS,
    _adverbial_after,
    _Cand,
    _content,
    _Ctx,
    _Cue,
    _pair_marks,
    _quoted_name,
    _speech_like,
    _words,
)
from rasd.analyse.quotes.blocks import colon_blocks
from rasd.analyse.quotes.choose import choose_speaker, continued, cue_plural, said_passive
from rasd.analyse.quotes.documents import document_author, is_document
from rasd.analyse.quotes.governed import far_complements
from rasd.analyse.quotes.nested import nested_reports, noun_reports
from rasd.analyse.quotes.objects import verbal_noun_objects
from rasd.analyse.quotes.ranker import rerank
from rasd.analyse.quotes.speakers import _trim_region, relative_disagrees
from rasd.analyse.quotes.stance import complements, marked_stance, participle_objects, stance_verb
from rasd.analyse.quotes.subjects import head_ok
from rasd.arabic.normalize import normalize
from rasd.record import Article, Quote

# Objects of a reporting verb that stand where its subject usually does (لفت الانتباه، لفت النظر).
_CUE_OBJECTS_N = {normalize(w) for w in ("الانتباه", "النظر", "الأنظار", "النقاب", "الستار")}
# Present verbs that are as often passive (يُعتقد أن "it is believed"): with no subject before أن
# nobody is quoted.
_PASSIVE_PRONE_N = {normalize(w) for w in ("يعتقد", "يعتبر", "يذكر", "يتوقع", "يرجح", "يعلن", "يشار")}

# A preposition with the pronoun of a relative clause's antecedent (الذي قال فيه X).
_RESUMPTIVE_N = {normalize(w) for w in ("فيه", "فيها", "خلاله", "خلالها", "عنه", "عنها", "به", "بها")}

# A particle carrying the subject pronoun right before the verb: the speaker was named before.
_PRONOUN_SUBJECT_N = {normalize(w) for w in (
    "لكنه", "لكنها", "ولكنه", "ولكنها", "إنه", "إنها", "فإنه", "فإنها", "أنه", "أنها", "كأنه", "لأنه", "لأنها")}

# Words after which a relative clause's antecedent starts (وفق أبازيد الذي…، عن مسؤول الذي…).
_ANTECEDENT_AFTER_N = {normalize(w) for w in (
    "وفق", "وفقا", "حسب", "بحسب", "وحسب", "عن", "من", "إلى", "على", "في", "مع", "لدى", "بين")}

# -- candidates -------------------------------------------------------------------

_AS_N = frozenset(normalize(w) for w in ("كما", "وكما"))  # "as": impersonal only without a subject

_TOPIC_PREPS_N = frozenset(normalize(w) for w in ("عن", "على", "في", "حول", "بشأن", "وبشأن", "إلى", "خلال"))


def _relayed_from(norm: str, s: int, e: int) -> tuple[int, int]:
    """Where the relayed speaker starts in ``norm[s:e]``: after ``عن`` or ``على لسان`` (نقلت الوكالة
    عن مصدر / على لسان المصدر قوله): (offset of the marker, its length), or (-1, 0)."""
    k = norm.find(" عن ", s, e)
    if k >= 0:
        return k, 4
    k = norm.find(" علي لسان ", s, e)
    return (k, 10) if k >= 0 else (-1, 0)


def _speaker_region(ctx: _Ctx, cue: _Cue, upto: int, ss: int) -> tuple[tuple[int, int] | None, bool]:
    """Normalized span where the speaker of ``cue`` is named (None: the previous speaker), and strictness."""
    norm = ctx.norm
    if cue.kind == "participle":
        # the clause the participle hangs on: from the comma before the one that precedes it
        # ("وبمجرد ظهور اتهامات…، نفت وكالة الأنباء السورية…، مشددة على أنه…")
        own = max(norm.rfind("،", ss, cue.start), norm.rfind(",", ss, cue.start))
        seg = max(norm.rfind("،", ss, own), norm.rfind(",", ss, own)) if own > ss else -1
        first = _WORD_RE.search(norm, seg + 1 if seg > ss else ss)
        if first is None or first.start() >= cue.start:
            return None, False
        return (first.end(), cue.start), True
    if cue.kind == "noun":
        prev = _words(norm, max(ss, cue.start - 12), cue.start)[-1:]
        if prev and prev[0][2] in ("حسب", "بحسب", "وبحسب", "حد"):
            return None, False  # "بحسب قوله"، "على حد قوله": the speaker named before goes on
        relays = [q for q in ctx.cues if ss <= q.start < cue.start and q.word in _RELAY_N]
        start = relays[-1].end if relays else ss
        k, n = _relayed_from(norm, start, cue.start)
        return ((k + n, cue.start) if k >= 0 else (start, cue.start)), False
    if cue.word in _RELAY_N:
        k, n = _relayed_from(norm, cue.end, upto)
        if k >= 0:
            return (k + n, upto), False
    before = _words(norm, ss, cue.start)
    if before and before[-1][2] in _PRONOUN_SUBJECT_N:
        return None, False  # "لكنه أخبر غولدبرغ بأن…": the pronoun is the subject, the name the addressee
    nxt = _words(norm, cue.end, upto)[:1]
    if before and before[-1][2] in _RELATIVES_N and nxt and nxt[0][2].strip("،,") in _RESUMPTIVE_N:
        # "في الوقت الذي قال فيه وزير الخارجية…": the clause is about the time; its subject follows
        return (nxt[0][1], upto), False
    if before and before[-1][2] in _RELATIVES_N and relative_disagrees(before[-1][2], cue.word):
        return None, False  # "… التعديلات التي قال إنها": a relative of the other gender is the verb's object
    if before and before[-1][2] in _RELATIVES_N:
        # رئيس الوفد صالح الضعيان الذي أوضح أن… — the antecedent speaks.
        cut = max(ss, norm.rfind("،", ss, before[-1][0]) + 1, norm.rfind(",", ss, before[-1][0]) + 1)
        head = [w for w in before[:-1] if w[0] >= cut][-8:]
        lead = max((k for k, w in enumerate(head) if w[2] in _ANTECEDENT_AFTER_N), default=-1)
        if 0 <= lead < len(head) - 1 and len(head) - 1 - lead <= 4:
            # "وفق أبازيد الذي أشار إلى أن": the words after the preposition are the antecedent
            head = head[lead + 1:]
            return (head[0][0], head[-1][1]), False
        if head:
            return (head[0][0], head[-1][1]), True
    start = cue.end
    nxt = _words(norm, cue.end, upto)[:1]
    if nxt and nxt[0][2] in _CUE_OBJECTS_N:
        start = nxt[0][1]  # "ولفت الانتباه إلى أن…": the verb's object, not its subject
    ts, te = _trim_region(ctx, start, upto)
    if te > ts and not head_ok(norm[ts:te].split()[0]):
        te = ts  # "كشف الأسبوع الماضي أن": a time word, not a subject, follows the verb
    if te <= ts and not cue.conj and cue.start > ss:
        # SVO: الأمير خالد أكد أن… — the subject precedes the verb.
        cut = max(ss, norm.rfind("،", ss, cue.start) + 1, norm.rfind(",", ss, cue.start) + 1)
        head = [w for w in before if w[0] >= cut]
        if head and cut > ss and head[0][2] in _ROLE_N:
            # "وكان يحيى السنوار، رئيس حركة…، قال": the title is the apposition of the name before its comma
            a = ctx.src(cut - 1, cut)[0]
            name = [ms for ms, me, e in ctx.mentions if e.type == "PER" and me <= a and not ctx.text[me:a].strip()]
            if name:
                return (bisect.bisect_left(ctx.imap, name[-1]), head[-1][1]), True
        if 0 < len(head) <= 8:
            return (head[0][0], head[-1][1]), True
        if len(head) > 8 and head[-1][2].strip(MARKS + "()") in _HEADS_N:
            # "…غرب اليمن الصحيفة ذكرت أن": a run-on sentence; the noun right before the verb is its subject
            return (head[-1][0], head[-1][1]), True
    if te <= ts and cue.start > ss and _PRECEDED_RE.search(norm, ss, cue.start):
        # فيما عبرت والدة الشهيد عن حزنها، وقالت: — the sentence's subject speaks.
        first = _WORD_RE.search(norm, ss)
        if first is not None and first.end() < cue.start:
            w0 = first.group()
            if w0 in _TOPIC_PREPS_N or (w0[:1] in "وف" and w0[1:] in _TOPIC_PREPS_N):
                return None, False  # "وعن إسرائيل، قال:": a topic phrase, not a subject; the speaker goes on
            return (first.end(), cue.start), True
    return (start, upto), False


_SAYING_N = frozenset(normalize(w) for w in ("بالقول", "قائلا", "قائلة", "قائلين"))


def _valid_cues(ctx: _Ctx, ss: int, o: int) -> list[_Cue]:
    """Cues before a quote opener; an ambiguous word (تابع، بين) only where it reads as a verb: opening
    the sentence or a clause after a comma with و, or right before ':', بالقول/قائلا or أن/إن."""
    def verb_use(q: _Cue) -> bool:
        if q.conj and (q.start == ss or _PRECEDED_RE.search(ctx.norm, ss, q.start)):
            return True
        if ctx.norm.startswith(":", q.end):
            return True
        nxt = _words(ctx.norm, q.end, min(o, q.end + 20))[:1]
        return bool(nxt) and (nxt[0][2] in _SAYING_N or _COMP_RE.fullmatch(nxt[0][2]) is not None)
    return [q for q in ctx.cues if ss <= q.start and q.end <= o and (q.word not in _AMBIG_N or verb_use(q))]


def _direct(ctx: _Ctx) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    pos = 0
    while pos <= len(norm):
        pe = norm.find("\n", pos)
        pe = len(norm) if pe < 0 else pe
        for o, c, closed in _pair_marks(norm, pos, pe):
            cs, ce = _content(norm, o, c, closed)
            if ce > cs:
                cand = _attribute_direct(ctx, o, c, closed, cs, ce, pos, pe)
                if cand is not None:
                    out.append(cand)
                    ctx.openers.append(o)
        pos = pe + 1
    return out


def _attribute_direct(ctx: _Ctx, o: int, c: int, closed: bool, cs: int, ce: int, ps: int, pe: int) -> _Cand | None:
    """A quoted segment as a direct quote, when something attributes it to a speaker."""
    norm = ctx.norm
    n_words = len(norm[cs:ce].split())
    ss = min(ctx.sentence_of(o)[0], o)
    before = norm[ss:o].rstrip()
    colon = before.endswith(":")
    cues = _valid_cues(ctx, ss, o)
    nested = any(q.kind != "noun" and _COMP_RE.search(norm, q.end, o) for q in cues)
    after = norm[c + 1:].lstrip(" \t") if closed else "."
    ends_clause = not after or after[0] in "\n.،,؛!?؟…"
    if cues and nested:
        # وأكد أن «…» — the complementizer introduces the words verbatim, also when an adverbial clause
        # follows them (واعتبر ترامب أن "المهمة أُنجزت" بعدما…); a predicate after them (إن "الجرائم
        # الدموية" أصبحت معتادة) makes them the subject of an indirect clause instead
        cue = cues[-1]
        m = _COMP_RE.search(norm, cue.end, o)
        if m and not norm[m.end():o].strip() and len(norm[cue.end:m.start()].split()) <= 20 and (
                (n_words >= 3 and ends_clause) or (closed and _adverbial_after(after))):
            region, strict = _speaker_region(ctx, cue, m.start(), ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if cues and nested and n_words >= 3 and ends_clause:
        cue = cues[-1]
        if n_words >= 8 and (not closed or norm[c - 1] in _TERMINAL or after[:1] in ("", "\n", ".")):
            # وقال X مشيرا إلى أن … "جملة كاملة." — a whole quoted sentence closing the sentence
            verbs = [q for q in cues if q.kind == "verb"] or cues
            # a verb after the last complementizer opens a new statement (…، لكن الرب قال له "…")
            last = max(m.end() for q in cues if q.kind != "noun" for m in [_COMP_RE.search(norm, q.end, o)] if m)
            verb = next((q for q in reversed(verbs) if q.start > last and q.kind == "verb"), verbs[0])
            region, strict = _speaker_region(ctx, verb, o, ss)
            return _Cand(cs, ce, "direct", verb, region, ss, strict)
    if cues:
        cue = cues[-1]
        if cue.word in _RELAY_N and " عن " not in norm[cue.end:o] and len(cues) > 1 \
                and _PRECEDED_RE.search(norm, ss, o) is not None:
            # 'وقالت الخارجية في رسالة… وفق ما نقلت سانا، "…"': the relay is an aside; the cue before it speaks
            cue = next((q for q in reversed(cues) if q.word not in _RELAY_N and q.kind != "noun"), cue)
        n_gap = len(norm[cue.end:o].split())
        if cue.word in _RELAY_N and " عن " not in norm[cue.end:o]:
            pass  # نقلت صحيفة "…" عن: the quoted string names the relay, it is not speech
        elif not colon and _quoted_name(ctx, cs, ce):
            pass  # 'تعمل لدى "معهد واشنطن لسياسة الشرق الأوسط"': a name in quotes, not speech
        elif (colon and n_gap <= 25 and not (nested and n_gap > 12)) or (
                not nested and n_words >= 5 and n_gap <= 15) or (
                # "يقول فراز الذي قرر …، "بدأت الآذان صغيرا…"": the sentence's opening cue, a long
                # subject, a comma, then whole quoted sentences
                not nested and n_words >= 8 and n_gap <= 30 and before.endswith(("،", ","))
                and len(norm[ss:cue.start].split()) <= 1 and _speech_like(norm, cs, ce, closed, c, pe)):
            region, strict = _speaker_region(ctx, cue, o, ss)
            return _Cand(cs, ce, "direct", cue, region, ss, strict)
    if nested:
        # a statement earlier in the sentence does not attribute these words; a stance verb right
        # before them may (…، داعيا الحوثيين إلى "إنهاء الانقلاب")
        stance = marked_stance(ctx, o, cs, ce, ss)
        comps = [m.end() for q in cues if q.kind != "noun" for m in [_COMP_RE.search(norm, q.end, o)] if m]
        if stance is None or stance.start < max(comps) or not _PRECEDED_RE.search(norm, ss, stance.start):
            return None  # the stance verb is inside the reported clause: the clause is the quote
        return _Cand(cs, ce, "direct", stance, None, ss, True)
    if closed and norm[c - 1] not in _TERMINAL and n_words >= 3:
        after = norm[c + 1:pe]
        m = re.match(r"[ \t]*[،,]?[ \t]*(?:و)?(?P<w>[^\s،,:]+)[ \t]+", after)
        if m and (m.group("w") in _VERBS_N or m.group("w") in ("بحسب", "حسب")):
            rs = c + 1 + m.end()
            cue = _Cue(c + 1 + m.start("w"), c + 1 + m.end("w"), m.group("w"), False, "verb")
            return _Cand(cs, ce, "direct", cue, (rs, max(rs, ctx.sentence_of(rs)[1])), ss)
        if re.match(r"[ \t]*[،,]?[ \t]*علي\s+حد\s+(?:قول|تعبير)", after):
            return _Cand(cs, ce, "direct", None, None, ss)
    if not norm[ps:o].strip(" و") and n_words >= 4:
        return _Cand(cs, ce, "direct", None, None, ss)  # a paragraph-long quote continues the speaker
    if n_words >= 8 and not before.strip(" و") and _speech_like(norm, cs, ce, closed, c, pe):
        # '…كما قال. "كل الناس شجعوني…"': whole quoted sentences standing alone continue the speaker
        return _Cand(cs, ce, "direct", None, None, ss)
    if colon and n_words >= 3 and before[:-1].strip():
        return _Cand(cs, ce, "direct", None, (ss, ss + len(before) - 1), ss, True)
    stance = marked_stance(ctx, o, cs, ce, ss)
    if stance is not None:
        # وصف الاتفاق بأنه "الأسوأ على الإطلاق": a scare quote with an owner
        return _Cand(cs, ce, "direct", stance, None, ss, True)
    return None


# "، لكنه استطرد"، "، لكن موسكو نفت": after a connective, up to three words of a new subject
_NEXT_STATEMENT_RE = re.compile(
    r"[،,؛]\s*(?:(?:و?لكن\w*|بينما|فيما|ثم|كما)\s+(?:[^\s،,؛.]+\s+){0,3})?$|(?<!\w)و?كما\s+$")  # "… كما نفى أن"


_COMMA_WORD_RE = re.compile(r"[،,]\s*(\S+)")


def _clause_end(ctx: _Ctx, start: int, se: int, through: bool = False) -> int:
    """End of a reported clause starting at ``start`` in a sentence ending at ``se``. A direct quote
    after it ends it; with ``through``, a quote inside the clause (أن المملكة كانت تتحدث… وكان هناك
    "استعداد" لإظهار "التضامن") is part of it unless a colon introduces it."""
    norm = ctx.norm
    end = se
    # a direct quote follows
    end = min([o for o in ctx.openers if start < o < end
               and not (through and norm[start:o].split() and not norm[start:o].rstrip().endswith(":"))],
              default=end)
    for q in ctx.cues:
        if start < q.start < end and q.kind != "noun" and q.word not in _PRESENT_N:
            m = _NEXT_STATEMENT_RE.search(norm, start, q.start)  # "، لكنه استطرد": the next statement
            if m:
                end = m.start()
                break
            if q.kind == "participle" and _COMP_RE.match(norm, q.end + 1):
                end = q.start  # …2015م مبينةً أنه… — a chained statement without a comma
                break
    for c in _COMMA_WORD_RE.finditer(norm, start, end):
        hit = stance_verb(c.group(1))
        if hit is not None and hit[1] == "participle":
            end = c.start()  # "…، داعيا إلى بذل الجهود": a stance participle after a comma opens the next
            break  # statement (its own quote, the stance rule's), as "، مضيفا أن" does
    t = _TRAILING_RE.search(norm, start, end)
    if t and t.start() > start:
        end = t.start()
    while end > start and norm[end - 1] in _PUNCT_TRIM:
        end -= 1
    return end


def _indirect(ctx: _Ctx, taken: list[tuple[int, int]]) -> list[_Cand]:
    norm = ctx.norm
    out: list[_Cand] = []
    cue_starts = [q.start for q in ctx.cues if q.kind != "noun"]
    for cue in ctx.cues:
        if cue.kind == "noun" or any(s <= cue.start < e for s, e in taken):
            continue
        prev = _words(norm, max(0, cue.start - 12), cue.start)
        impersonal = bool(prev) and prev[-1][2] in _IMPERSONAL_N
        if impersonal and prev[-1][2] not in _AS_N:
            continue
        preceded = _PRECEDED_RE.search(norm, 0, cue.start) is not None and cue.word not in _PRESENT_N
        if not preceded and any(c.start <= cue.start < c.end for c in out):
            continue
        ss, se = ctx.sentence_of(cue.start)
        limit = min([o for o in ctx.openers if cue.end <= o < se], default=se)
        colon = norm.find(":", cue.end, limit)
        if colon >= 0:
            nxt = re.match(r"\s*", norm[colon + 1:limit]).end() + colon + 1
            if _COMP_RE.match(norm, nxt) is None:
                limit = colon
        m = _comp_outside_names(ctx, cue.end, limit)
        if m is None:
            if colon >= 0 and limit == colon and len(norm[cue.end:colon].split()) <= 20:
                out.extend(_colon_direct(ctx, cue, colon, ss, se))
            continue
        gap = norm[cue.end:m.start()].split()
        if len(gap) > 20 or (gap and gap[-1] in _BLOCK_N) or _prayer(ctx, cue.end, m.start()):
            continue  # دعا الله أن… is a prayer, not a statement
        if _THAT_CLAUSE_N in gap:
            continue  # "نفى حزب الله مقتل… وذلك بعد إعلان التحالف أنه…": «وذلك» opens an adjunct clause about the
            # statement already made; a complementizer past it belongs to that clause, not to the cue
        if impersonal and not [w for w in gap if w not in _TOPIC_PREPS_N] and not (
                prev[-1][2] in _AS_N and cue.word not in _PASSIVE_PRONE_N and not cue.conj):
            continue  # "كما يذكر أن": no subject, the writer's aside; "كما أشار مهاتير إلى أنه" has one,
            # and "…، كما نفى أن"، "كما ترى أن": a verb that is not impersonal goes on with the subject
        if cue.word in _AMBIG_N and gap and not (cue.conj and cue.start == ss):
            continue
        if cue.word in _PASSIVE_PRONE_N and (not gap or gap[0] in _TOPIC_PREPS_N or gap[0] in ("من", "لدى")) \
                and not (prev and prev[-1][2].startswith("ال") and prev[-1][2] not in _RELATIVES_N and not cue.conj):
            continue  # "ويُعتقد (على نطاق واسع) أن…": "it is believed", no one speaks; "المرصد يعلن أن" does
        if any(cue.end <= q < m.start() for q in cue_starts):
            continue
        start = m.end()
        while start < se and norm[start].isspace():
            start += 1
        if start in ctx.openers:
            continue  # أن «…»: already a direct quote
        end = _clause_end(ctx, start, se, through=True)
        if len(norm[start:end].split()) < 2:
            continue
        region, strict = _speaker_region(ctx, cue, m.start(), ss)
        out.append(_Cand(start, end, "indirect", cue, region, ss, strict))
    return out


# First words of names built on «الله» (نصر الله، عبد الله، حزب الله): the word is then part of a name, even
# where the tagger did not mark the name.
_GOD_NAME_HEADS_N = frozenset(normalize(w) for w in ("نصر", "عبد", "حزب"))
_THAT_CLAUSE_N = normalize("وذلك")


def _prayer(ctx: _Ctx, s: int, e: int) -> bool:
    """Does ``norm[s:e]`` (between a cue and its complementizer) address God (دعا الله أن…: a prayer, not a
    statement)? «الله» counts only as a word of its own: not inside an entity mention nor after a name's
    first word, so «قال نصر الله إن…» and «أكد حزب الله أن…» stay statements."""
    words = _words(ctx.norm, s, e)
    for k, (a, b, w) in enumerate(words):
        if w != "الله":
            continue
        if k and words[k - 1][2] in _GOD_NAME_HEADS_N:
            continue
        sa, sb = ctx.src(a, b)
        if not any(ms <= sa and sb <= me for ms, me, _e in ctx.mentions):
            return True
    return False


def _comp_outside_names(ctx: _Ctx, start: int, limit: int) -> re.Match[str] | None:
    """The first complementizer in ``norm[start:limit]`` that is not a word of a name (سي إن إن)."""
    pos = start
    while True:
        m = _COMP_RE.search(ctx.norm, pos, limit)
        if m is None:
            return None
        a, b = ctx.src(m.start("comp"), m.end("comp"))
        if not any(ms <= a and b <= me for ms, me, _e in ctx.mentions):
            return m
        pos = m.end()


def _colon_direct(ctx: _Ctx, cue: _Cue, colon: int, ss: int, se: int) -> list[_Cand]:
    """``وقال X: words…`` — speech after a colon without quote marks, to the end of the sentence."""
    norm = ctx.norm
    start = colon + 1
    while start < se and norm[start].isspace():
        start += 1
    if start >= se or norm[start] in MARKS:
        return []
    end = _clause_end(ctx, start, se)
    if len(norm[start:end].split()) < 3:
        return []
    region, strict = _speaker_region(ctx, cue, colon, ss)
    return [_Cand(start, end, "direct", cue, region, ss, strict)]


# -- entry point ------------------------------------------------------------------

def find_quotes(article: Article) -> list[Quote]:
    """The quotes of ``article`` (does not modify it)."""
    if not article.text:
        return []
    ctx = _Ctx(article)
    blocks = colon_blocks(ctx, [], _speaker_region)  # lines set out after «قال X:» (verse, slogans)
    cands = _direct(ctx)
    indirect = _indirect(ctx, [(c.start, c.end) for c in cands])
    # a quoted stretch inside a reported clause is part of that quote, not a quote of its own
    cands = [c for c in cands if not any(i.start < c.start and c.end <= i.end + 1 for i in indirect)] + indirect
    taken = [(c.start, c.end) for c in cands]
    # the stretch from a cue to its quote names the speaker; it is not an attributed clause
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    known = {w for c in cands if c.region for w in ctx.norm[slice(*_trim_region(ctx, *c.region))].split()}
    cands += attribution(ctx, taken, known, _clause_end)
    taken = [(c.start, c.end) for c in cands]
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    cands += complements(ctx, taken, _clause_end)
    cands += far_complements(ctx, taken, _clause_end)  # حذرت وزارة الدفاع الأمريكية … الرئيس السوري بشار الأسد من…
    cands += participle_objects(ctx, taken, _clause_end)
    cands += verbal_noun_objects(ctx, taken, _clause_end, _speaker_region)
    cands += noun_reports(ctx, taken, _clause_end) + nested_reports(ctx, cands, _clause_end)  # إعلان X أن؛ nested
    cands = [c for c in cands if not any(b.start < c.end and c.start < b.end for b in blocks)] + blocks
    cands.sort(key=lambda c: c.anchor)
    seen: set[tuple[int, int]] = set()
    cands = [c for c in cands if (c.start, c.end) not in seen and not seen.add((c.start, c.end))]  # type: ignore[func-returns-value]
    quotes: list[Quote] = []
    history: list[str] = []
    # speakers in text order; with the sentence subjects, what a cue without a subject continues
    timeline: list[tuple[int, str]] = []
    said: list[tuple[int, int, str]] = []
    last_sentence = -1
    for c in cands:
        speaker = choose_speaker(ctx, c, history, same_sentence=c.sentence == last_sentence)
        plural = cue_plural(c.cue)
        if plural and speaker is not None and (ent := article.entity(speaker)) is not None and ent.type == "PER":
            speaker = None  # "ويقولون إنه": a plural cue never names one person
        cont = speaker is None
        if speaker is None and not said_passive(c.cue):  # "قيل إن": it was said; nobody speaks
            speaker = continued(ctx, c, timeline, plural)
        chosen = rerank(ctx, c, speaker, history, cont)
        speaker = document_author(ctx, c, chosen, said)  # "وأضاف البيان": the statement's author speaks
        if speaker is not None and not c.nested:
            said.append((c.sentence, c.anchor, speaker))
            # the timeline keeps "البيان" itself: a cue that continues it agrees with the noun (وتابع)
            kept = chosen if chosen is not None and is_document(chosen) else speaker
            history.append(kept)
            timeline.append((c.anchor, kept))
        last_sentence = c.sentence
        s, e = ctx.src(c.start, c.end)
        cue = None
        if c.cue is not None:
            cs, ce = ctx.src(c.cue.start, c.cue.end)
            cue = article.text[cs:ce]
        quotes.append(Quote(s, e, article.text[s:e], kind=c.kind, speaker=speaker, cue=cue))
    quotes.sort(key=lambda q: q.start)
    return quotes


def annotate(article: Article) -> None:
    """Fill ``article.quotes`` from ``article.text`` and ``article.entities``."""
    article.quotes = find_quotes(article)

"""Accusations made in reported speech: a speaker who says another actor lied, violated, attacked
or destabilised accuses that actor, even where no verb of accusing is written.

Contract: :func:`quoted_charges` returns extra ACCUSE mentions (:class:`~rasd.analyse.events.merge.Cand`)
for one article, given its :class:`~rasd.analyse.events.view.View` and the mentions the trigger rules
already found. A mention is made when all of these hold:

- a quote of the quotes layer (direct or indirect: «قال X إن روسيا انتهكت …») has a speaker that is an
  entity of the article (a descriptive speaker such as «مصادر» makes none);
- its content holds a word of charge (:data:`_CHARGE`): a crime, a violation, a lie or a fabrication,
  aggression, interference, destabilising, deceit, incitement, abuse, a share of blame — the vocabulary of
  accusation and of disapproval (failure, plotting, disregard, cowardice, futility, repression, treachery,
  corruption), not of any one story; not right after a negator (``لم تنتهك``), and the quote is no denial
  (its cue is not «نفى»: a denial's content is the charge being rejected);
- the word is not the content of a formal charge told around it (``بتهمة التحريض``: the rules' own
  accusation, or none);
- an actor other than the speaker is named next to that word in its sentence (after it: inside the
  quote): a noun's genitive right after it (``انتهاكات النظام``), else the subject of its clause right
  before it (``إن إيران "كذبت"``: also before the quote marks), for a verb right after it when none
  precedes (verb first); for a noun with a possessive pronoun (``تدخلاته``، ``أنشطتها``) the nearest
  actor before it in the sentence; an actor after في/من/إلى/داخل/خارج is where or whence, not whom, and an actor behind another
  word after the charge suffers it (``تنتهك سيادة الكويت``);
- the rules found no mention overlapping that word and no ACCUSE of the same speaker in that sentence
  (an explicit «اتهم» already codes the act).

The speaker is the source and the named actor the target (the reference golds' convention for reported
accusations); status is left to the caller's status reading. One mention per quote and target.

Why: on the ANT dev golds the largest miss class of ACCUSE (about 80 of 126 missed ACCUSE events over the
ten dev sets) is reported speech with no accusing verb; a trigger lexicon cannot list the words, but the
quotes layer already says who speaks and where the speech is.
"""

from __future__ import annotations

import re

from rasd.analyse.events import status as status_model
from rasd.analyse.events.cues import status_of
from rasd.analyse.events.merge import Cand
from rasd.analyse.events.status import dated_status
from rasd.analyse.events.view import Mention, View
from rasd.arabic.event_lexicon import Trigger
from rasd.arabic.normalize import normalize_for_match
from rasd.record import Article

CHARGE = Trigger("ACCUSE", "allege", "noun", "charge")
DUTY = Trigger("REQUEST", None, "noun", "duty")

_P = r"(?:[وفبلك]|وب|ول|فب|ال|وال|بال|لل|فال|كال)?"
# disapproval: failure, plotting, destructiveness, disregard, cowardice, futility, arrogance, racism,
# repression, sabotage, recklessness, treachery, corruption. Unlike a crime or a lie these words are said
# as often of what an actor fights (مكافحة الفساد، ستلاحق كل خائن) as of what it does, so they charge only
# an actor their grammar names (:func:`_target`: a genitive, a subject heading its clause), and none as
# the object of countering (:data:`_COUNTERED`)
_DISAPPROVAL = (
    r"فشل|فشلت|فشلوا|[يت]فشل|فاشل|فاشله|اخفاق|اخفاقات|مؤامره|مؤامرات|تامر|تامرت|[يت]تامر|"
    r"هدام|هدامه|تجاهل|تجاهلت|تجاهلوا|[يت]تجاهل|جبان|جبانه|جبناء|عبثي|عبثيه|عقيم|عقيمه|"
    r"غطرسه|متغطرس|عنصري|عنصريه|قمعي|قمعيه|تخريبي|تخريبيه|تخريب|انتهازي|انتهازيه|متهور|تهور|"
    r"غدر|خيانه|خائن|خونه|فاسد|فاسده|فساد")
# the vocabulary of accusation (normalized: ة→ه, ى→ي, one alef); each alternative a whole word after
# an optional proclitic and the article
_CHARGE = re.compile(
    r"(?<!\w)" + _P + r"(?:"
    r"انتهاك(?:ات|ا|ه|ها|هم|اته|اتها|اتهم)?|انتهك(?:ت|وا|ا)?|[يت]نتهك(?:ون|ان)?|"
    r"جريمه|جرائم|جرائمه|جرائمها|جرائمهم|اجرام|اجرامي|اجراميه|مجزره|مجازر|"
    r"كذب|كذبت|كذبوا|[يت]كذب(?:ون)?|اكاذيب|كاذب|كاذبه|"
    r"تلفيق|ملفق|ملفقه|مفبرك|مفبركه|فبرك(?:ت|وا)?|تضليل|مضلل|مضلله|افتراء|افتراءات|"
    r"عدوان|عدواني|عدوانيه|"
    r"تدخلات(?:ه|ها|هم)?|"
    r"زعزعه|مزعزع|مزعزعه|[يت]زعزع|"
    r"مشين|مشينه|خداع|مخادع|مخادعون|[يت]خدع|نفاق|منافق|"
    r"استفزاز|استفزازي|استفزازيه|استفزازات|تحريض|تحريضي|تحريضيه|[يت]حرض(?:ون)?|"
    r"ابتزاز|[يت]بتز|وحشي|وحشيه|همجي|همجيه|"
    r"اساء(?:ت|وا)?|اساؤوا|[يت]سيء|اساءه|"
    r"تمادي|تمادت|تمادوا|[يت]تمادي"
    r"|" + _DISAPPROVAL +
    r")(?!\w)"
    # blame and backing terror, as phrases
    r"|(?<!\w)[يت]تحمل(?:ون)?\s+(?:ال)?مسؤوليه\s+(?:عن|عما)(?!\w)"
    r"|(?<!\w)(?<!مكافحه )(?<!محاربه )(?<!تجفيف )(?<!وقف )(?<!ضد )[وف]?(?:دعم\w{0,3}|[يت]دعم|تمويل\w{0,3}|رعايه|رعايت\w{1,3}|راعيه)\s+(?:لل|ال)ارهاب(?!\w)"
    r"|(?<!\w)(?:ال)?تطهير\s+(?:ال)?عرقي(?!\w)|(?<!\w)(?:ال)?اباده\s+(?:ال)?جماعيه(?!\w)"
    r"|(?<!\w)(?:ال)?تدخل\w{0,3}\s+في\s+(?:ال)?شؤون(?!\w)"
)
# an obligation laid on an actor at the head of a clause: «وعلى إيران احترام …»، «يجب على الحكومة أن …»
_DUTY = re.compile(r"(?:(?<!\w)[وف]?(?:يجب|ينبغي|يتعين|يتوجب|لا بد|لابد)\s+علي|(?<!\w)[وف]علي|"
                   r"(?:^|[،,\"«(:.]\s*)علي)\s+$")
# the verbs among the words of charge (a verb's subject is the one charged; a noun's genitive is)
_VERB = re.compile(r"[وف]?(?:انتهك(?:ت|وا|ا)?|[يت]نتهك\w*|كذبت|كذبوا|[يت]كذب\w*|فبرك\w*|[يت]زعزع|[يت]خدع|"
                   r"[يت]حرض\w*|[يت]بتز|اساء(?:ت|وا)?|اساؤوا|[يت]سيء|تمادت|تمادوا|[يت]تمادي|[يت]تحمل\w*|"
                   r"[يت]دعم)")
# the word is the content of a formal charge already told (بتهمة التحريض، اتهما بعدد من الجرائم)
_CHARGED = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:[يتم]?ا?تهم(?!يش)|اتهام|تهمه|ادان|[يت]دين|ادين)\w{0,4}\s+(?:\S+\s+){0,2}$")
_DISAPPROVES = re.compile(_P + r"(?:" + _DISAPPROVAL + r")")
# a word of countering right before (up to two words between: «أحبطت محاولة تخريب»، «ستلاحق كل خائن»،
# «القضاء على الفساد»): the disapproved thing is what the clause's subject fights, not what it does
_COUNTERED = re.compile(
    r"(?<!\w)[وفبل]?(?:ال|لل)?(?:مكافح\w*|س?[يت]كافح\w*|كافح\w*|محارب\w*|س?[يت]حارب\w*|حارب\w*|ضد|وقف|"
    r"ايقاف|احباط|احبط\w*|س?[يت]حبط\w*|ملاحق\w*|س?[يت]لاحق\w*|تصدي|س?[يت]تصدي|تصدت|تصدوا|قضاء|س?[يت]قضي|"
    r"منع|س?[يت]منع|مناهض\w*|س?[يت]ناهض\w*|اجتثاث|استئصال)\s+(?:\S+\s+){0,2}$")
# the verbs of disapproval (their subject is the one charged)
_DISAPPROVE_VERB = re.compile(r"[وف]?(?:فشلت|فشلوا|[يت]فشل|تامرت|[يت]تامر|تجاهلت|تجاهلوا|[يت]تجاهل)")
# between a predicate of disapproval and the subject it follows: nothing, or a particle or copula, and the
# marks of a quotation («إن روسيا قد فشلت»، «إن سياسات إيران كانت فاشلة»، «إن عمل فلان "عنصري"»)
_PREDICATE_GAP = re.compile(r"[\s\"'«»“”]*(?:(?:قد|لقد|كان\w{0,2}|باتت?|بات\w{0,2}|اصبح\w{0,2}|ست?كون|هي|هو|هم)"
                            r"[\s\"'«»“”]+){0,2}")
# the head of a clause before its subject: the quote's start, a complementizer, a conjunction
_CLAUSE_HEAD = re.compile(r"(?:^|[\"«“:،,(]|(?<!\w)(?:[وفل]?ان|لكن|بل|اذ|حيث)\s|(?<!\w)[وف])\s*$")
_NEGATED = re.compile(r"(?<!\w)(?:لم|لن|لا|ليس|ليست|غير|عدم|دون|بدون)\s+$")
_DENIAL_CUE = re.compile(r"(?<!\w)[وف]?(?:نفي|نفت|نفوا|[يت]نفي|[يت]نفون|نافيا|نافيه|انكر|[يت]نكر)(?!\w)")
_STOP = re.compile(r"[.!?؟؛:\n]")
_WHERE = re.compile(r"(?<!\w)(?:في|من|الي|داخل|خارج)\s*$")
# a possessive pronoun: ها/هم, or ه after ت/ائم (تدخلاته، جرائمه); a bare final ه is mostly the ة that
# normalization writes so (جريمه، مجزره), not "his"
_OWNED = re.compile(r"(?:ها|هم|(?:ت|ائم)ه)$")
_GAP_BEFORE = 40  # normalized characters between the actor and the word of charge


def _target(v: View, a: int, b: int, lo: int, hi: int, me: set[str], *, disapproval: bool = False) -> Mention | None:
    """The actor the word of charge at ``[a, b)`` is said of, within ``[lo, hi)``. A noun takes the
    actor right after it (its genitive: ``انتهاكات النظام``), else its clause's subject before it; a verb
    its subject: before it (``إن روسيا انتهكت``), else right after it (verb first: ``انتهكت الشركة``);
    an actor behind a word or a preposition after the charge suffers it (``تنتهك سيادة الكويت``،
    ``العدوان على لبنان``). Never the speaker (``me``: actor keys) nor an actor right after في/من/إلى/داخل/خارج (where or whence, not whom).

    A word of ``disapproval`` (:data:`_DISAPPROVAL`) is said of an actor only by its grammar: a noun of
    its genitive actor right after it (``فشل الحكومة``), and of no one where its genitive is another
    definite noun (``فشل المفاوضات``); else of the nearest actor before it in its clause (no comma) when
    that actor heads the clause (right after إن، the quote's start, a conjunction: ``إن روسيا قد فشلت``،
    ``إن تركيا تمارس سياسة قمعية``), or, when the word follows it directly (only a particle or a copula
    between), is the genitive of the clause's first noun (``إن سياسات إيران فاشلة``); a verb else of the
    subject right after it (``فشلت الحكومة``). An actor inside the clause's subject phrase or behind a
    preposition is charged with nothing: ``إن جهود تركيا لوقف الحرب فشلت``، ``إن المفاوضات مع روسيا فشلت``."""
    def ok(m: Mention) -> bool:
        ent = v.actor(m.entity)
        return v.key.get(ent.id, ent.id) not in me and ent.id not in me \
            and not _WHERE.search(v.norm[max(lo, m.start - 6):m.start])

    nxt = next(iter(v.between(b, min(hi, b + 80))), None)
    adjacent = nxt if nxt is not None and not v.norm[b:nxt.start].strip() and ok(nxt) else None
    verb = bool(_VERB.fullmatch(v.norm[a:b].split()[0]))
    if disapproval:
        verb = bool(_DISAPPROVE_VERB.fullmatch(v.norm[a:b].split()[0]))
        if adjacent is not None and not verb:
            return adjacent
        word = v.norm[a:b].split()[0]
        if not verb and not re.match(_P + r"ال", word) \
                and re.match(r"\s+(?:ال|لل)\w", v.norm[b:b + 4]):
            return None  # «فشل المفاوضات»: the noun's own genitive names what failed
        subj = next((m for m in reversed(v.between(lo, a)) if a - m.end <= _GAP_BEFORE and ok(m)), None)
        if subj is not None and not _STOP.search(v.norm[subj.end:a]) and "،" not in v.norm[subj.end:a]:
            head = v.norm[lo:subj.start]
            if _CLAUSE_HEAD.search(head) or (_PREDICATE_GAP.fullmatch(v.norm[subj.end:a])
                                              and _CLAUSE_HEAD.search(re.sub(r"\S+\s*$", "", head))):
                return subj
        return adjacent if verb else None
    if adjacent is not None and not verb:
        return adjacent
    # a possessive pronoun (تدخلاته، أنشطتها) names an actor told before in the sentence, at any distance
    owned = bool(_OWNED.search(v.norm[a:b].split()[0]))
    before = [m for m in v.between(lo, a) if owned or a - m.end <= _GAP_BEFORE]
    for m in reversed(before):
        if _STOP.search(v.norm[m.end:a]) or ("،" in v.norm[m.end:a] and not owned):
            break
        if ok(m):
            return m
    return adjacent


def quoted_charges(v: View, article: Article, found: list[Cand], sents: list[tuple[int, int]], *,
                   title_end: int, para_starts: list[int]) -> list[Cand]:
    """The ACCUSE mentions of reported speech (module docstring). ``sents`` are the sentences in
    normalized offsets; ``title_end`` and ``para_starts`` as for
    :func:`~rasd.analyse.events.status.dated_status` (status and date are read as for any mention)."""
    ents = {e.id: e for e in article.entities}
    out: list[Cand] = []
    seen: set[tuple[int, str]] = set()
    for qi, q in enumerate(article.quotes):
        spk = ents.get(q.speaker) if q.speaker else None
        if spk is None or not (0 <= q.start < q.end <= len(article.text)):
            continue
        if _DENIAL_CUE.search(normalize_for_match(q.cue or "")):
            continue  # «نفى أن تكون إيران انتهكت …»: the charge is the one denied
        source = v.actor(spk)
        me = {spk.id, source.id, v.key.get(spk.id, spk.id), v.key.get(source.id, source.id)}
        qa, qb = v.inv[q.start], v.inv[q.end]
        for m in _CHARGE.finditer(v.norm, qa, qb):
            a, b = m.span()
            if _NEGATED.search(v.norm[max(qa, a - 12):a]) or _CHARGED.search(v.norm[max(0, a - 40):a]):
                continue
            sa, sb = next(((s, e) for s, e in sents if s <= a < e), (qa, qb))
            disapproval = bool(_DISAPPROVES.fullmatch(m.group().strip()))
            if disapproval and _COUNTERED.search(v.norm[max(sa, a - 40):a]):
                continue  # «مكافحة الفساد»، «أحبطت محاولة تخريب»: what the subject fights
            s, e = v.src(a, b)
            sent = v.src(sa, sb)
            if any(c.start < e and s < c.end for c in found) \
                    or any(c.trig.type == "ACCUSE" and c.sent == sent and c.source == source.id for c in found):
                continue
            tm = _target(v, a, b, sa, min(qb, sb), me, disapproval=disapproval)
            if tm is None:
                continue
            target = v.actor(tm.entity).id
            if (qi, target) in seen:
                continue
            word = m.group().strip()
            told = _status(v, article, CHARGE, word, (a, b), (sa, sb), title_end, para_starts)
            if told is None:
                continue
            seen.add((qi, target))
            st, date, date_text, inherited, feats = told
            out.append(Cand(CHARGE, s, e, sent, st, "allege", source.id, target, [source.id, target],
                            date, None, qi, inherited=inherited, date_text=date_text, status_feats=feats))
    return out



def _status(v: View, article: Article, trig: Trigger, word: str, span: tuple[int, int], sent: tuple[int, int],
            title_end: int, para_starts: list[int]) -> tuple[str, str | None, str | None, bool, tuple[str, ...]] | None:
    """The status, date (value and text), whether the date is inherited, and the status model's features of a
    quoted mention at ``span`` (normalized offsets) in sentence ``sent``, as the trigger rules read them; None
    when the mention is negated (no event)."""
    a, b = span
    st = status_of(v, word, trig, a, b, *sent)
    if st == "negated":
        return None
    st, dated, inherited = dated_status(v, article, trig, word, span, sent, st,
                                        title_end=title_end, para_starts=para_starts)
    date, date_text = dated if dated else (None, None)
    st, feats = status_model.of_mention(v.norm, a, b, sent, trig.type, "noun", st, quoted=True,
                                        title=a < title_end, date=None if inherited else date,
                                        published=article.published)
    return st, date, date_text, inherited, feats


def quoted_demands(v: View, article: Article, found: list[Cand], sents: list[tuple[int, int]], *,
                   title_end: int, para_starts: list[int]) -> list[Cand]:
    """REQUEST mentions of an obligation a speaker lays on another actor in reported speech: the
    actor named right after a clause-initial «على» (``وعلى إيران احترام …``) or «يجب على»
    (``يجب على الحكومة أن …``) inside a quote whose speaker is an entity; source the speaker, target
    the actor; none where the rules already have a REQUEST of that speaker in the sentence."""
    ents = {e.id: e for e in article.entities}
    out: list[Cand] = []
    for qi, q in enumerate(article.quotes):
        spk = ents.get(q.speaker) if q.speaker else None
        if spk is None or not (0 <= q.start < q.end <= len(article.text)):
            continue
        source = v.actor(spk)
        me = {spk.id, source.id, v.key.get(spk.id, spk.id), v.key.get(source.id, source.id)}
        qa, qb = v.inv[q.start], v.inv[q.end]
        for mn in v.between(qa, qb):
            ent = v.actor(mn.entity)
            if ent.id in me or v.key.get(ent.id, ent.id) in me:
                continue
            lead = v.norm[max(qa, mn.start - 24):mn.start]
            cue = _DUTY.search(lead)
            if cue is None or not re.match(r"\s*(?:ان\s+)?\w{2,}", v.norm[mn.end:min(qb, mn.end + 40)]):
                continue
            if re.match(r"\s*(?:في|من|الي|علي|عن|مع|و)(?!\w)", v.norm[mn.end:mn.end + 6]):
                continue  # "على إيران من …", "على إيران وروسيا": a preposition or a list, not the duty's verb
            a = max(qa, mn.start - 24) + cue.start() + len(cue.group()) - len(cue.group().lstrip(' ،,"«(:.'))
            b = mn.start - 1
            sa, sb = next(((x, y) for x, y in sents if x <= a < y), (qa, qb))
            s, e = v.src(a, b)
            sent = v.src(sa, sb)
            if any(c.start < e and s < c.end for c in found) or any(
                    c.trig.type == "REQUEST" and c.sent == sent and c.source == source.id for c in [*found, *out]):
                continue
            word = v.norm[a:b]
            told = _status(v, article, DUTY, word, (a, b), (sa, sb), title_end, para_starts)
            if told is None:
                continue
            st, date, date_text, inherited, feats = told
            out.append(Cand(DUTY, s, e, sent, st, None, source.id, ent.id, [source.id, ent.id],
                            date, None, qi, inherited=inherited, date_text=date_text, status_feats=feats))
    return out

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

from rasd.analyse.quotes.attribution import attribution
from rasd.analyse.quotes.base import SUSPECTED_N, _Ctx
from rasd.analyse.quotes.blocks import colon_blocks
from rasd.analyse.quotes.choose import choose_speaker, continued, cue_gender_of, cue_plural, said_passive
from rasd.analyse.quotes.direct import direct
from rasd.analyse.quotes.documents import document_author, is_document
from rasd.analyse.quotes.governed import far_complements
from rasd.analyse.quotes.indirect import clause_end, indirect
from rasd.analyse.quotes.nested import nested_reports, noun_reports
from rasd.analyse.quotes.nouns import speech_noun_objects
from rasd.analyse.quotes.objects import announced_objects, verbal_noun_objects
from rasd.analyse.quotes.occasion import occasion_start
from rasd.analyse.quotes.ranker import rerank
from rasd.analyse.quotes.region import speaker_region
from rasd.analyse.quotes.speakers import _trim_region
from rasd.analyse.quotes.stance import complements, participle_objects
from rasd.record import Article, Quote

# The steps live in their own modules: direct (quoted segments), indirect (clauses after أن/إن and colons),
# region (where a cue's speaker is named). ``_indirect`` is kept under its old name for the tests.
_indirect = indirect
__all__ = ["_Ctx", "_indirect", "annotate", "find_quotes"]


# -- entry point ------------------------------------------------------------------

def find_quotes(article: Article) -> list[Quote]:
    """The quotes of ``article`` (does not modify it)."""
    if not article.text:
        return []
    ctx = _Ctx(article)
    blocks = colon_blocks(ctx, [], speaker_region)  # lines set out after «قال X:» (verse, slogans)
    cands = direct(ctx)
    reported = indirect(ctx, [(c.start, c.end) for c in cands])
    # a quoted stretch inside a reported clause is part of that quote, not a quote of its own
    cands = [c for c in cands if not any(i.start < c.start and c.end <= i.end + 1 for i in reported)] + reported
    taken = [(c.start, c.end) for c in cands]
    # the stretch from a cue to its quote names the speaker; it is not an attributed clause
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    known = {w for c in cands if c.region for w in ctx.norm[slice(*_trim_region(ctx, *c.region))].split()}
    cands += attribution(ctx, taken, known, clause_end)
    taken = [(c.start, c.end) for c in cands]
    taken += [(c.cue.start, c.start) for c in cands if c.cue is not None and c.cue.start < c.start]
    cands += complements(ctx, taken, clause_end)
    cands += far_complements(ctx, taken, clause_end)  # حذرت وزارة الدفاع الأمريكية … الرئيس السوري بشار الأسد من…
    cands += participle_objects(ctx, taken, clause_end)
    cands += verbal_noun_objects(ctx, taken, clause_end, speaker_region)
    cands += announced_objects(ctx, taken, clause_end, speaker_region)  # أعلنت الشرطة الاثنين عن دهس شاحنة…
    cands += noun_reports(ctx, taken, clause_end) + nested_reports(ctx, cands, clause_end)  # إعلان X أن؛ nested
    cands += speech_noun_objects(ctx, taken, clause_end)  # إعلان X الانسحاب، دعوات من X بإجراء…
    for c in cands:  # «… في لقائه مع بي بي سي»: the occasion of the speech act is the verb's, not the content's
        if c.kind == "indirect" and c.cue is not None and c.cue.start < c.start:
            at = occasion_start(ctx, c, cue_gender_of(c.cue))
            if at is not None:
                c.end = at - len(ctx.norm[c.start:at]) + len(ctx.norm[c.start:at].rstrip(" \t\n.,،:؛"))
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
        # "قيل إن"، "يشتبه في أنه": it was said, it is suspected; nobody speaks
        passive = said_passive(c.cue) or (c.cue is not None and c.cue.word == SUSPECTED_N)
        speaker = None if passive else choose_speaker(ctx, c, history, same_sentence=c.sentence == last_sentence)
        plural = cue_plural(c.cue)
        if plural and speaker is not None and (ent := article.entity(speaker)) is not None and ent.type == "PER":
            speaker = None  # "ويقولون إنه": a plural cue never names one person
        cont = speaker is None
        if speaker is None and not passive:
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

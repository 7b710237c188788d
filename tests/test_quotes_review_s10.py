"""Session 10 review of the quote finder and speaker commits (issue #10): the reviewer's made-up
inputs, each of which the session's first versions got wrong."""

from __future__ import annotations

from rasd.analyse.quotes import find_quotes
from rasd.analyse.quotes.continuation import description_gender
from test_quotes import article, only


# A. a joined cue does not take the subject of a verb inside an earlier أن-clause or relative clause
def test_a_joined_cue_skips_the_verb_of_a_complement_clause() -> None:
    art = article("وطالب الرئيس الفلسطيني محمود عباس بأن يتدخل باراك أوباما لوقف الاستيطان، وأكد أن المفاوضات متوقفة.",
                  entities={"E1": ("PER", "محمود عباس", []), "E2": ("PER", "باراك أوباما", [])})
    assert only(find_quotes(art), "المفاوضات").speaker == "E1"


def test_a_joined_cue_skips_the_verb_of_a_masdar_complement() -> None:
    art = article("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن أمله في أن يلتقي فلاديمير بوتين قريبا، "
                  "وقال إن الحوار ضروري لإنهاء الحرب.",
                  entities={"E1": ("PER", "إيمانويل ماكرون", []), "E2": ("PER", "فلاديمير بوتين", [])})
    assert only(find_quotes(art), "الحوار").speaker != "E2"


def test_a_joined_cue_skips_the_verb_of_a_relative_clause() -> None:
    art = article("وانتقد إيمانويل ماكرون الموقف الذي يدعمه فلاديمير بوتين، وقال إن الحوار ضروري لإنهاء الحرب.",
                  entities={"E1": ("PER", "إيمانويل ماكرون", []), "E2": ("PER", "فلاديمير بوتين", [])})
    assert only(find_quotes(art), "الحوار").speaker != "E2"


# B. «فقد» is the particle ف+قد only before a finite verb; else it is the verb "lost"
def test_faqad_the_verb_is_no_particle() -> None:
    for text in ("وحسب التقارير فقد الجيش عشرين جنديا في المعارك.",
                 "وحسب الشرطة فقد الجيش عشرين جنديا في المعارك."):
        art = article(text, entities={"E1": ("ORG", "الشرطة", [])})
        assert not any(q.text.startswith("الجيش") for q in find_quotes(art)), text


def test_faqad_the_particle_still_opens_the_quote() -> None:
    art = article("وحسب الشرطة فقد أصيب عشرون شخصا في الانفجار.", entities={"E1": ("ORG", "الشرطة", [])})
    assert only(find_quotes(art), "أصيب").speaker == "E1"


# C. «أعلن … عن»: the عن of a word between is not the cue's
def test_the_an_of_a_noun_between_is_not_the_announcements() -> None:
    for text in ("أعلنت الحكومة حالة الطوارئ في المدينة بعد الكشف عن تسرب إشعاعي من المفاعل.",
                 "أعلنت الحكومة حالة الطوارئ في المدينة الناجمة عن تفشي الوباء في الأحياء الشرقية."):
        art = article(text, entities={"E1": ("ORG", "الحكومة", [])})
        assert not any(q.text.startswith(("تسرب", "تفشي")) for q in find_quotes(art)), text


# D. «يتوقع» after a definite noun that is no speaker is impersonal
def test_an_impersonal_expectation_is_no_quote() -> None:
    for text in ("والنمو الاقتصادي يتوقع أن يبلغ ثلاثة بالمئة العام المقبل.",
                 "والقمة المقبلة يتوقع أن تعقد في الرياض."):
        art = article(text, entities={"E1": ("LOC", "الرياض", [])})
        assert not find_quotes(art), text


# E. a noun in ون/ين is a plural of people only in a participle or nisba shape
def test_description_gender_of_nouns_in_un() -> None:
    assert description_gender("التلفزيون الرسمي") != "P"
    assert description_gender("القانون") != "P"
    assert description_gender("مسؤولون أوروبيون") == "P"
    assert description_gender("المحتجين") == "P"


def test_a_joined_cue_continues_the_television() -> None:
    art = article("وقال التلفزيون الرسمي إن الرئيس وصل إلى العاصمة. وأضاف أن الزيارة تستمر ثلاثة أيام.")
    assert only(find_quotes(art), "الزيارة").speaker is not None


# F. «بالقول إن» in the writer's generic clause is nobody's quote
def test_the_writers_generic_bil_qawl_is_not_the_last_speakers() -> None:
    for tail in ("ومن الخطأ الاكتفاء بالقول إن الأزمة انتهت.", "ولا يمكن الاكتفاء بالقول إن الأزمة انتهت."):
        art = article("وقال الوزير سامي حداد إن الاقتصاد تحسن. " + tail,
                      entities={"E1": ("PER", "سامي حداد", [])})
        assert not any(q.text.startswith("الأزمة") and q.speaker == "E1" for q in find_quotes(art)), tail


# H. a fuller title names the last speaker only where its demonym can be checked, and not a former holder
def test_a_fuller_title_with_an_uncheckable_demonym_or_a_former_holder_is_someone_else() -> None:
    for desc in ("الوزير الفرنسي", "الوزير السابق"):
        art = article("وقال وزير الخارجية جون كيري إن المحادثات مستمرة. "
                      f"وقال {desc} إن الاتفاق قريب جدا من الإنجاز.",
                      entities={"E1": ("PER", "جون كيري", ["وزير الخارجية"])})
        assert only(find_quotes(art), "الاتفاق").speaker != "E1", desc


def test_a_fuller_title_of_the_last_speaker_is_still_his() -> None:
    art = article("وقال وزير الخارجية جون كيري إن المحادثات مستمرة. "
                  "وأوضح الوزير العضو في المجلس الأمني إن الاتفاق قريب جدا من الإنجاز.",
                  entities={"E1": ("PER", "جون كيري", ["وزير الخارجية"])})
    assert only(find_quotes(art), "الاتفاق").speaker == "E1"


def test_a_named_subject_before_a_passive_prone_verb_still_speaks() -> None:
    art = article("وأسامة الخطيب يتوقع أن تنتهي الأزمة قبل نهاية العام.",
                  entities={"E1": ("PER", "أسامة الخطيب", [])})
    assert only(find_quotes(art), "تنتهي").speaker == "E1"


def test_faqad_before_a_verb_in_hamza_alif_or_of_the_iftaala_form_is_the_particle() -> None:
    for text, start in (("وحسب الشرطة، فقد ألقى المسلحون قنبلة على الحاجز.", "ألقى"),
                        ("وبحسب الشرطة فقد التقى الوزير بالمحتجين في الساحة.", "التقى")):
        art = article(text, entities={"E1": ("ORG", "الشرطة", [])})
        assert only(find_quotes(art), start).speaker == "E1", text


def test_a_source_or_a_country_before_a_passive_prone_verb_speaks() -> None:
    for text, eid in (("ولم يعرف شكل التعاون، ولكن المصدر يرجح أن يقيم الطرفان مركزا للبيانات.", None),
                      ("المغرب يعلن أنه سيترشح لتنظيم البطولة المقبلة.", "E1"),
                      ("الجزائر: رئيس الحكومة يعلن أن اقتصاد البلاد سيتحسن هذا العام.", None)):
        art = article(text, entities={"E1": ("LOC", "المغرب", [])})
        qs = find_quotes(art)
        assert len(qs) == 1, text
        if eid:
            assert qs[0].speaker == eid


def test_a_dual_or_a_participle_plural_is_no_singular_description() -> None:
    assert description_gender("البلدين الجارين") == "P"
    assert description_gender("ناشطون") == "P"
    assert description_gender("الزوجين") == "P"


def test_a_passive_suspicion_after_wa_haythu_has_no_speaker() -> None:
    art = article("وأغلقت الشرطة الشارع، وحيث يشتبه بأن المهاجم فر إلى الغابة المجاورة للمدينة.",
                  entities={"E1": ("ORG", "الشرطة", [])})
    q = only(find_quotes(art), "المهاجم")
    assert q.speaker is None


# G (the عقب/إثر half): a circumstance in the middle of the speaker's clause stays in the quote
def test_the_quote_runs_on_past_a_circumstance_in_its_middle() -> None:
    art = article("وقال المتحدث سامي حداد إن الانفجار وقع، عقب صلاة الجمعة مباشرة، في المسجد الكبير.",
                  entities={"E1": ("PER", "سامي حداد", [])})
    assert "المسجد" in only(find_quotes(art), "الانفجار").text


def test_a_circumstance_at_the_end_or_before_an_attribution_is_the_writers() -> None:
    art = article("وقال المتحدث سامي حداد إن الجيش انسحب من المدينة، إثر قصف جوي على المدينة، وفقا لتصريحات الشهود.",
                  entities={"E1": ("PER", "سامي حداد", [])})
    assert only(find_quotes(art), "الجيش").text == "الجيش انسحب من المدينة"


# s10 review of G: a speech frame after «، عقب/إثر …،» is the writer's attribution, not a place in the clause
def test_a_circumstance_before_a_speech_frame_is_the_writers() -> None:
    for text in ("وقال المتحدث سامي حداد إن بلاده لن تتراجع، عقب اجتماع الحكومة، في مؤتمر صحفي.",
                 "وقال المتحدث سامي حداد إن بلاده لن تتراجع، إثر الهجوم على قواتها، في تصريح للتلفزيون الرسمي."):
        art = article(text, entities={"E1": ("PER", "سامي حداد", [])})
        assert only(find_quotes(art), "بلاده").text == "بلاده لن تتراجع", text


# s10 review of D: a name inside the phrase before «يتوقع» does not make the phrase a speaker
def test_a_name_inside_an_impersonal_phrase_makes_no_speaker() -> None:
    art = article("وقال التقرير إن الاقتصاد تعافى. والنمو في الصين يتوقع أن يتباطأ العام المقبل.",
                  entities={"E1": ("LOC", "الصين", [])})
    assert not any("يتباطأ" in q.text for q in find_quotes(art))

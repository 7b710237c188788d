"""A name word carries no attached pronoun or preposition: read by corpus frequency (made-up texts).

The wordfreq Zipf table shipped with the NER package says whether a word less its pronoun (``علمه`` →
``علم``) or its proclitic is a word of general text: such a word ends a person's name after a role, never
joins one, and is trimmed off a name the tagger ran on into it. And the commas of an apposition after a role
bound a name the tagger cut short.
"""

from __future__ import annotations

from entity_helpers import annotated
from rasd.arabic.normalize import normalize


def _people(text: str, spans: list[tuple[str, str]] | None = None) -> dict[str, list[str]]:
    """Person name → roles, the entity layer run with a tagger that marks ``spans``."""
    return {normalize(e.name): e.roles for e in annotated(text, spans).entities if e.type == "PER"}


def test_a_possessed_noun_ends_the_name_after_a_role() -> None:
    # no tagger span: the name is read from the role phrase; "علمه" (علم + ه) opens the next phrase
    people = _people("نفى الرئيس الفرنسي جاك دوبريه علمه بدفع المبلغ إلى الشركة.")
    assert normalize("جاك دوبريه") in people, people
    assert any("الرئيس الفرنسي" in r for r in people[normalize("جاك دوبريه")])


def test_the_name_run_stops_at_the_possessed_noun_only() -> None:
    # a plain verb after the name leaves the name alone (no pronoun: nothing read)
    people = _people("قال الرئيس الفرنسي جاك دوبريه إن الاتفاق قائم.")
    assert list(people) == [normalize("جاك دوبريه")], people


def test_first_name_between_a_role_and_a_tagged_surname_joins_it() -> None:
    text = "وأكد أحد محامي الدفاع فكرت يالتشين في مرافعته أن الاتهام باطل."
    people = _people(text, [("يالتشين", "PER")])
    assert normalize("فكرت يالتشين") in people, people
    assert any("محامي الدفاع" in r for r in people[normalize("فكرت يالتشين")])


def test_a_possessed_noun_between_a_role_and_a_surname_does_not_join() -> None:
    text = "وأكد محامي الدفاع عن موكله يالتشين في مرافعته أن الاتهام باطل. وقال يالتشين إنه بريء."
    people = _people(text, [("يالتشين", "PER")])
    assert normalize("موكله يالتشين") not in people and normalize("عن موكله يالتشين") not in people, people


def test_a_possessed_noun_is_trimmed_off_a_known_name() -> None:
    text = "وصلت ميغان باريلي إلى المدينة. وقالت الصحيفة إن باريلي عشقها الجمهور منذ سنوات."
    people = _people(text, [("ميغان باريلي", "PER"), ("باريلي عشقها", "PER")])
    assert list(people) == [normalize("ميغان باريلي")], people


def test_a_name_cut_short_inside_commas_after_a_role_runs_to_the_comma() -> None:
    # "، كاوا مسلم،": the commas of the apposition bound the name, even over a common word (مسلم)
    text = "وأفرجت المحكمة عن القيادي الكردي السوري، كاوا مسلم، بعد ساعات من توقيفه."
    people = _people(text, [("كاوا", "PER")])
    assert normalize("كاوا مسلم") in people, people


def test_without_the_closing_comma_the_name_is_not_extended() -> None:
    text = "وأفرجت المحكمة عن القيادي الكردي السوري، كاوا مسلم وصل إلى بيته."
    people = _people(text, [("كاوا", "PER")])
    assert not any(name.startswith(normalize("كاوا مسلم")) for name in people), people


def test_before_a_possessed_noun_only_bare_words_make_the_name() -> None:
    # the run after the role stops at "حصوله"; "مزاعم بفبركة" holds بفبركة (ب + فبركة by frequency): no name
    people = _people("وواجه الأستاذ الذي رشح لمنصب رئيس الوزراء الإيطالي مزاعم بفبركة حصوله على شهادات.")
    assert not any(normalize("بفبركة") in name for name in people), people

"""Preposition frames of event triggers, counted on the licence-clean ANERcorp event gold.

Contract: :func:`party_after` takes a :class:`~rasd.analyse.events.view.View`, an event type, the
trigger's normalized end ``b`` and a place mention after it, and says whether the preposition that
opens the place makes it a party to the event (the one asked, visited, attacked: «طلب من إسرائيل»،
«زيارة لفرنسا»، «هجوم على العراق») rather than where the event happened («اجتماع في بيروت»). Pure and
deterministic; the counts are read once from ``rasd/data/events/frames.json``.

Why counts and not a list: which prepositions take an actor differs by event type (``من`` after a
request names the one asked, after an attack often where it came from; ``ب`` after a talk is the
partner of a call, after most others a place), and the gold of another outlet and decade says which,
with numbers. ``scripts/event_frames.py`` writes the file from the ANERcorp event annotations (dev and
train files, CC BY-SA; never the test files, never ANT text). A (type, preposition) pair seen a few
times backs off to the preposition over all types: p = (actor + K·p*) / (n + K).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from rasd.analyse.events.view import Mention, View, word_count

_K = 3.0  # pseudo-count of the back-off to the preposition over all types
_PREP = re.compile(r"(?:(?<!\w)(علي|ضد|مع|الي|من|عن|في|بين|تجاه|حيال|لدي|نحو|داخل)\s+|(?<!\w)[وف]?([بل]))$")


@functools.lru_cache(maxsize=1)
def _counts() -> tuple[int, dict[str, tuple[int, int]]]:
    """(window in words, {"TYPE|prep": (actor, place)}); an empty table when the file is missing."""
    try:
        raw = json.loads(resources.files("rasd.data").joinpath("events/frames.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError, json.JSONDecodeError):
        return 0, {}
    return int(raw.get("window", 8)), {k: (int(c["actor"]), int(c["place"])) for k, c in raw["counts"].items()}


def actor_share(type_: str, prep: str) -> float | None:
    """The smoothed share of places opened by ``prep`` after a ``type_`` trigger that are parties
    to the event; None where the preposition was never seen after any trigger."""
    _, counts = _counts()
    a_all, p_all = counts.get(f"*|{prep}", (0, 0))
    if a_all + p_all == 0:
        return None
    prior = a_all / (a_all + p_all)
    a, p = counts.get(f"{type_}|{prep}", (0, 0))
    return (a + _K * prior) / (a + p + _K)


def opening_preposition(v: View, m: Mention) -> str | None:
    """The preposition right before a mention (a separate word, or a glued ب/ل), else None."""
    hit = _PREP.search(v.norm[max(0, m.start - 8):m.start])
    return (hit.group(1) or hit.group(2)) if hit else None


def party_after(v: View, type_: str, b: int, m: Mention, threshold: float = 0.5) -> bool:
    """True when the place ``m`` after a trigger ending at ``b`` is, by its preposition, more often a
    party to a ``type_`` event than its location (within the counted window of words)."""
    window, _ = _counts()
    if not window or m.start < b or word_count(v.norm[b:m.start]) > window:
        return False
    prep = opening_preposition(v, m)
    if prep is None:
        return False
    share = actor_share(type_, prep)
    return share is not None and share >= threshold

"""A learned check on the rules' events: does this trigger, with these arguments, name an event?

The rules find a trigger word and its actors; some words are events in one use and not in
another (``حذر`` warns of a danger or threatens someone; ``انسحاب`` is done or only threatened),
and some argument patterns are rarely right (a speech event with no target, a one-actor
meeting). :func:`keep` scores an event with a logistic model over a few such features and
keeps it when the probability reaches the model's threshold.

No model ships. The only annotated events at hand are the ANT articles, whose licence forbids
shipping a model trained on their text, and on articles it never saw the check trained on them
gained nothing (``rasd/data/events/MODEL_CARD.md``). A user with their own annotated events can fit
one (``scripts/train_event_sense.py --write PATH``) and point ``RASD_EVENT_SENSE`` at the file
(``weights``, ``bias``, ``threshold``). Without it every rule event is kept. Pure: no I/O after the
first load.
"""

from __future__ import annotations

import json
import math
import os
import re
from functools import lru_cache
from typing import Any

from rasd.arabic.normalize import normalize_for_match
from rasd.errors import RasdError
from rasd.record import Article, Event

_PREFIX = re.compile(r"^(?:[وف](?=\w{3}))?(?:(?:بال|لل|ال|ب|ل)(?=\w{3}))?")


def trigger_stem(word: str) -> str:
    """The trigger word without its proclitics and normalized (``وحذرت`` → ``حذرت``)."""
    return _PREFIX.sub("", normalize_for_match(word).split(" ")[0])


def features(ev: Event, article: Article, via: str = "rule") -> list[str]:
    """The model's features of one event: its type, trigger word, argument shape, status, place,
    and ``via`` (how the layer found its actors: ``rule`` or ``fallback``)."""
    n_act = min(len(ev.actors), 2)
    title_end = len(article.title) if article.title else 0
    has_tgt = ev.target is not None
    out = [
        f"type={ev.type}",
        f"trig={ev.type}:{trigger_stem(ev.trigger.text)}",
        f"nact={n_act}",
        f"type={ev.type}|nact={n_act}",
        f"status={ev.status}",
        f"type={ev.type}|tgt={has_tgt}",
        f"quote={ev.quote is not None}",
        f"title={ev.trigger.start < title_end}",
        f"mentions={min(len(ev.mentions), 3)}",
        f"mode={ev.mode is not None}",
        f"via={via}",
        f"type={ev.type}|via={via}",
    ]
    ent = article.entity(ev.source or (ev.actors[0] if ev.actors else None))
    out.append(f"actor={ent.type if ent else 'none'}")
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any] | None:
    """The check ``RASD_EVENT_SENSE`` names (a JSON file), or None (the default: none ships)."""
    path = os.environ.get("RASD_EVENT_SENSE")
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            m = json.load(fh)
        if not isinstance(m, dict) or not {"weights", "bias", "threshold"} <= m.keys():
            raise ValueError("needs weights, bias and threshold")
    except (OSError, ValueError) as exc:
        raise RasdError(f"RASD_EVENT_SENSE={path}: not a usable event check ({exc})") from None
    return m


def probability(ev: Event, article: Article, m: dict[str, Any], via: str = "rule") -> float:
    w = m["weights"]
    z = m["bias"] + sum(w.get(f, 0.0) for f in features(ev, article, via))
    return 1.0 / (1.0 + math.exp(-z))


def keep(ev: Event, article: Article, via: str = "rule") -> bool:
    """Keep ``ev`` unless the user's check scores it under its threshold (no check: keep)."""
    m = model()
    return m is None or probability(ev, article, m, via) >= m["threshold"]

"""Scorers behind ``rasd eval KIND``, with their annotation sets in ``data/``."""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path | None:
    """The project's ``shared`` folder with the annotated texts, or None when absent.

    Looked for in order: ``$RASD_SHARED``; ``../shared`` next to the source
    checkout; ``../shared`` and ``./shared`` from the current directory (so an
    installed rasd finds it when run from the repository).
    """
    env = os.environ.get("RASD_SHARED")
    if env:
        return Path(env) if Path(env).is_dir() else None
    here = Path(__file__).resolve()
    for cand in (here.parents[3].parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if (cand / "data").is_dir() or (cand / "seed").is_dir():
            return cand
    return None


"""Scorers behind ``rasd eval KIND``, with their annotation sets in ``data/``."""

from __future__ import annotations

import json
import os
from pathlib import Path

from rasd.errors import RasdError


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



def jsonl_record(path: Path, line: int) -> dict:
    """The JSON object on 0-based ``line`` of the JSONL file ``path`` (annotations point at texts so)."""
    try:
        with path.open(encoding="utf-8") as fh:
            for i, raw in enumerate(fh):
                if i == line:
                    return json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise RasdError(f"cannot read line {line} of {path}: {exc}") from None
    raise RasdError(f"{path} has no line {line}")

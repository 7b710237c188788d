"""rasd (رصد): offline Arabic news intelligence.

``import rasd`` is light: it loads the record and the pipeline entry points;
models and optional libraries load on first use.
"""

from rasd.errors import InputError, MissingExtraError, ModelError, RasdError, StoreError
from rasd.record import Article

__version__ = "0.1.0"

__all__ = [
    "Article",
    "InputError",
    "MissingExtraError",
    "ModelError",
    "RasdError",
    "StoreError",
    "process_text",
    "__version__",
]


def process_text(raw: str, **meta: object) -> Article:
    """Repair and analyse one raw article text; see :func:`rasd.pipeline.process_text`."""
    from rasd.pipeline import process_text as _process

    return _process(raw, **meta)  # type: ignore[arg-type]

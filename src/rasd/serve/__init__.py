"""``rasd serve``: a web app and JSON API over a corpus database (extra ``serve``).

:func:`create_app` (in :mod:`rasd.serve.app`) builds the FastAPI app; it is
imported lazily so that ``import rasd.serve`` works without the extra and
:func:`require` names the missing packages.
"""

from __future__ import annotations

from typing import Any

from rasd.errors import MissingExtraError


def require() -> None:
    """Raise MissingExtraError naming the ``serve`` extra when its packages are missing."""
    import importlib.util

    for module, package in (("fastapi", "fastapi"), ("uvicorn", "uvicorn"), ("jinja2", "jinja2"),
                            ("python_multipart", "python-multipart")):
        if importlib.util.find_spec(module) is None and not (
                module == "python_multipart" and importlib.util.find_spec("multipart") is not None):
            raise MissingExtraError("rasd serve", "serve", package)


def create_app(db: str, **options: Any) -> Any:
    """The FastAPI app over corpus database ``db`` (see :mod:`rasd.serve.app`)."""
    require()
    from rasd.serve.app import create_app as _create

    return _create(db, **options)

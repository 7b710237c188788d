"""One error tree for rasd.

Every error rasd raises on purpose derives from :class:`RasdError`; errors of
third-party libraries are wrapped at the boundary where rasd calls them. The
message always names the input and the problem, so front ends print it as is.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base of every rasd error."""


class InputError(RasdError):
    """The input cannot be read as an article: empty, binary, bad encoding, too big, bad JSON."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class MissingExtraError(RasdError):
    """An optional dependency is needed for this feature and is not installed."""

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the optional package '{package}': install it with  pip install 'rasd[{extra}]'"
        )


class ModelError(RasdError):
    """A shipped model is missing or cannot be loaded."""


class StoreError(RasdError):
    """The corpus database cannot be opened, read or written."""

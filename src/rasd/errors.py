"""One error tree for rasd.

Every error rasd raises on purpose derives from :class:`RasdError`; errors of
third-party libraries are wrapped at the boundary where rasd calls them. The
message always names the input and the problem, so front ends print it as is.
"""

from __future__ import annotations

import re


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


# -- one exit-status rule for every command -------------------------------------------

EXIT_OK = 0  # everything given was read and used
EXIT_SKIPPED = 1  # some items were skipped; the summary counts them by reason
EXIT_NOTHING = 2  # nothing usable: bad arguments, or no item could be used


def exit_status(used: int, skipped: int) -> int:
    """The exit status of a command that read ``used + skipped`` items (see README,
    "Exit status and input limits"): 0 all used, 1 some skipped, 2 none usable."""
    if used == 0:
        return EXIT_NOTHING
    return EXIT_SKIPPED if skipped else EXIT_OK


_POSITION = re.compile(r"\s*\(?\b(?:at )?(?:byte|line|column|offset) \d+(?:,? (?:line|column) \d+)*\)?", re.I)
_URL = re.compile(r"\s+(?:for|of|at|from)\s+\S+://\S+|\s*\S+://\S+")


def reason_of(problem: str) -> str:
    """The reason of a skip as counted in a summary: the whole problem, without what differs
    from item to item (byte, line and column positions; URLs), so that the same reason is
    counted once — ``HTTP status 404 for http://x/1`` → ``HTTP status 404``."""
    out = _URL.sub("", _POSITION.sub("", problem))
    out = re.sub(r"\s+([:;,])", r"\1", out)
    return re.sub(r"\s{2,}", " ", out).strip(" :") or problem

"""Which ANT gold sets are dev material and which are held out: the one list every dev script reads.

Each session draws a fresh dev-month set (``benchmarks/gold/ant-devN-draw.py``) and holds it out: only the
lead scores it, in aggregate, at the session's start and end code. The next session takes its first look,
then moves it from ``HELD_OUT`` to ``ANT_DEV`` here, and every script below follows.

``ANT_DEV``   numbered dev-month sets (``benchmarks/gold/ant-devN/``), tuned on freely;
``DEV``       every dev set: the shared reference, the ``ant-news`` dev half and ``ANT_DEV``;
``HELD_OUT``  this session's fresh set: aggregate only, never read by a dev script;
``FROZEN``    the frozen test sets and the retired blind set: aggregate only, never tuned on;
``OWN``       the sets with a folder and split file of their own (``ant-<name>``), for ``ant_gold.joined``;
``NOT_FOR_REPAIR`` the gold folders whose articles repair proxies never draw (frozen, held out, and the
              dev sets only the lead read when they were drawn).
"""

from __future__ import annotations

ANT_DEV = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11")
DEV = ("shared", "dev", *ANT_DEV)
HELD_OUT = ("dev12",)
FROZEN = ("test", "test2", "test3", "blind")
AGGREGATE_ONLY = ("all", *FROZEN, *HELD_OUT)
OWN = {s: f"ant-{s}" for s in (*ANT_DEV, *HELD_OUT, "blind", "test2", "test3")}
NOT_FOR_REPAIR = ("ant-blind", "ant-dev7", "ant-dev8", "ant-dev9", "ant-dev10", "ant-dev11", *(f"ant-{s}" for s in HELD_OUT))

"""Run the pipeline over a stream of articles on several cores, in input order.

Contract of :func:`map_ordered`:

- it yields ``(task, result)`` for every task of ``tasks``, in the order of
  ``tasks``, whatever the number of jobs, so that ``--jobs N`` writes the same
  output as one job;
- ``result`` is what ``fn(task)`` returned, or the exception it raised (an
  exception is *returned*, not raised: a corpus run counts one bad article and
  goes on; the caller decides what to re-raise);
- with ``jobs <= 1`` everything runs in this process; otherwise the first
  ``warmup`` tasks run here (so a small input never pays for worker processes,
  and the models are loaded once before the workers are forked and shared with
  them copy-on-write), then worker processes take the rest;
- after the first task (the models are loaded then), the objects alive are frozen out of the
  cyclic garbage collector (:func:`_freeze_loaded`): the same results, less CPU;
- the stream is read lazily: at most about ``jobs × chunk × 4`` tasks are in
  flight, so a corpus of any size runs in bounded memory.

``fn`` must be a module-level function (or a :func:`functools.partial` of one):
with the ``spawn`` start method (macOS, Windows) it is pickled to the workers.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of cores this process may use (the default of ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def jobs_arg(value: str) -> int:
    """argparse type for ``--jobs``: a positive count, or 0 / ``auto`` for the number of cores."""
    import argparse

    if value.strip().lower() == "auto":
        return default_jobs()
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a number of processes, e.g. 2") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r}: expected a number of processes >= 1 (0: one per core)")
    return n or default_jobs()


class WorkerError(Exception):
    """An exception from a worker that could not travel back as itself (not picklable)."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name, self.message = type_name, message

    def __reduce__(self) -> tuple[Any, ...]:
        return (WorkerError, (self.type_name, self.message))


class _ExcBox:
    """An exception packed by class, ``args`` and attributes: exceptions whose ``__init__`` takes
    other arguments than ``args`` (``InputError(source, problem)``) do not unpickle by themselves."""

    def __init__(self, exc: BaseException) -> None:
        self.cls, self.args, self.state = type(exc), exc.args, dict(exc.__dict__)

    def unbox(self) -> BaseException:
        exc = self.cls.__new__(self.cls)
        exc.args = self.args
        exc.__dict__.update(self.state)
        return exc


def _portable(exc: BaseException) -> BaseException | _ExcBox:
    """What travels back for ``exc``: itself, a box that rebuilds it, else a :class:`WorkerError`."""
    for candidate in (exc, _ExcBox(exc)):
        try:
            back = pickle.loads(pickle.dumps(candidate))
            if isinstance(back, _ExcBox):
                back.unbox()
            return candidate
        except Exception:  # noqa: BLE001 - any pickling failure means: try the next way
            continue
    return WorkerError(type(exc).__name__, str(exc))


def _unpack(result: Any) -> Any:
    return result.unbox() if isinstance(result, _ExcBox) else result


def _call(fn: Callable[[T], R], task: T) -> R | BaseException:
    try:
        return fn(task)
    except Exception as exc:  # noqa: BLE001 - returned to the caller, who decides (see contract)
        return exc


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[Any]:
    return [r if not isinstance(r, BaseException) else _portable(r) for r in (_call(fn, t) for t in chunk)]


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the main process ends, even by SIGKILL.

    A forked worker holds copies of the pool's pipes, so it would never see them close and
    would wait for work forever. Linux: the kernel sends SIGTERM when the parent dies
    (``PR_SET_PDEATHSIG``); elsewhere a thread checks the parent every second.
    """
    import signal
    import sys
    import threading

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        import time

        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _context() -> Any:
    import multiprocessing as mp

    # fork shares the loaded models with the workers at no cost; elsewhere spawn is the safe choice.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


# The cyclic collector's thresholds while a run's models are frozen: a full collection still
# walked every entry of the per-word caches (NER word types, tokens, triggers) that grow during
# a run, about 3 % of the pipeline's CPU with Python's defaults (700, 10, 10); 0.9 % with these
# (600 SaudiNewsNet articles). Garbage cycles wait a little longer; reference counting frees the rest.
RUN_THRESHOLDS = (10_000, 20, 20)


def _freeze_loaded() -> tuple[int, ...] | None:
    """Move every object alive now (after the first task: the loaded models, tables and
    gazetteers) out of the cyclic garbage collector's reach, and collect less often
    (:data:`RUN_THRESHOLDS`); the thresholds before when this call froze them, else None.

    Why: each article allocates many containers, so the collector runs often, and each full
    collection used to walk the ~50,000 long-lived objects of the models again: about a tenth of
    the pipeline's CPU time. Frozen, they are still freed by reference counting. Forked workers
    also stop copying the models' memory pages when the collector touches them (and inherit the
    thresholds). The caller unfreezes and restores the thresholds when the run ends, so a program
    that calls rasd in-process gets its collector back as it was; a process that froze objects
    itself is left alone.
    """
    if gc.get_freeze_count():
        return None
    gc.collect()
    gc.freeze()
    before = gc.get_threshold()
    gc.set_threshold(*RUN_THRESHOLDS)
    return before


_WORKER_FROZEN = False


def freeze_worker_once() -> None:
    """In a long-lived worker process of another engine (Ray), after its first batch: what
    :func:`map_ordered` does after its first task (:func:`_freeze_loaded`), once per process
    and for the rest of its life (a worker only runs the pipeline). Never call it in a process
    that goes on to do other work: the objects alive now stay out of the collector's reach."""
    global _WORKER_FROZEN
    if not _WORKER_FROZEN:
        _WORKER_FROZEN = True
        _freeze_loaded()


def map_ordered(fn: Callable[[T], R], tasks: Iterable[T], jobs: int = 1, *, chunk: int = 4,
                warmup: int = 8) -> Iterator[tuple[T, R | BaseException]]:
    """``(task, fn(task) or its exception)`` for every task, in order (see module docstring)."""
    frozen: tuple[int, ...] | None = None  # the collector's thresholds before, once frozen
    try:
        it = iter(tasks)
        for n, task in enumerate(it if jobs <= 1 else islice(it, warmup)):
            result = _call(fn, task)
            if n == 0:
                frozen = _freeze_loaded()
            yield task, result
        if jobs > 1:
            yield from _in_workers(fn, it, jobs, chunk)
    finally:
        if frozen is not None:
            gc.unfreeze()
            gc.set_threshold(*frozen)


def _in_workers(fn: Callable[[T], R], it: Iterator[T], jobs: int, chunk: int) -> Iterator[tuple[T, Any]]:
    """The rest of :func:`map_ordered`'s tasks, run by ``jobs`` worker processes, in order."""
    # Is there anything left? Only then start workers.
    try:
        first = next(it)
    except StopIteration:
        return
    window = jobs * 4
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        inflight: deque[tuple[list[T], Future[list[Any]]]] = deque()
        pending: list[T] = [first]
        exhausted = False

        def submit_more() -> None:
            nonlocal exhausted
            while not exhausted and len(inflight) < window:
                while len(pending) < chunk:
                    try:
                        pending.append(next(it))
                    except StopIteration:
                        exhausted = True
                        break
                if pending:
                    batch = pending[:]
                    pending.clear()
                    inflight.append((batch, pool.submit(_run_chunk, fn, batch)))

        submit_more()
        while inflight:
            batch, fut = inflight.popleft()
            results = fut.result()
            submit_more()
            yield from zip(batch, (_unpack(r) for r in results), strict=True)

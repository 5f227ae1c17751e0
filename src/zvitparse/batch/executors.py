"""Where documents are processed: in this process, in a local worker pool, or on a Dask cluster.

Every executor has `imap_unordered(tasks) -> Iterator[DocResult]` (completion order, a bounded
number of tasks in flight) and `close()`; the caller is the only writer.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterable, Iterator
from typing import Protocol

from zvitparse.batch.sources import Task
from zvitparse.batch.work import DocResult, failure, init_worker, process_task
from zvitparse.errors import UsageError

log = logging.getLogger(__name__)

EXECUTORS = ("process", "serial", "dask")


class Executor(Protocol):
    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[DocResult]: ...

    def close(self) -> None: ...


class _Timeout(BaseException):
    """Raised by SIGALRM; a BaseException so that no reader's `except Exception` swallows it."""


class SerialExecutor:
    """Runs in the calling process (debugging, `--executor serial`). The time limit uses SIGALRM
    where it can (main thread, POSIX); there is no memory guard."""

    def __init__(self, time_limit: float | None = None) -> None:
        self.time_limit = time_limit
        init_worker()

    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        use_alarm = bool(self.time_limit) and hasattr(signal, "setitimer") \
            and threading.current_thread() is threading.main_thread()
        for task in tasks:
            stage = ["read"]
            if not use_alarm:
                yield process_task(task)
                continue

            def on_alarm(_sig, _frame):
                raise _Timeout

            previous = signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.time_limit)
            try:
                result = process_task(task, lambda name, stage=stage: stage.__setitem__(0, name))
            except _Timeout:
                result = failure(task, stage[0], f"time limit of {self.time_limit:g} s exceeded")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
            yield result

    def close(self) -> None:
        pass


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def make_executor(kind: str = "process", *, jobs: int | None = None, scheduler: str | None = None,
                  time_limit: float | None = 300.0, memory_limit_mb: int | None = 2048) -> Executor:
    """The executor named `kind` (one of EXECUTORS)."""
    if kind == "serial":
        return SerialExecutor(time_limit)
    if kind == "process":
        from zvitparse.batch.pool import WorkerPool

        return WorkerPool(jobs or default_jobs(), time_limit=time_limit, memory_limit_mb=memory_limit_mb)
    if kind == "dask":
        try:
            from zvitparse.batch.dask_executor import DaskExecutor
        except ImportError as exc:
            raise UsageError("--executor dask needs dask.distributed: pip install 'zvitparse[dask]'") from exc
        if not scheduler:
            raise UsageError("--executor dask needs --scheduler tcp://HOST:PORT")
        return DaskExecutor(scheduler, time_limit=time_limit)
    raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")

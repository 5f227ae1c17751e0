"""Run the per-document function on a Dask cluster; the driver stays the only writer.

Tasks carry the file's bytes, so workers need zvitparse installed but no access to the files.
At most `window` tasks are on the cluster at once (twice its threads by default), so memory on
the driver does not grow with the corpus. The time limit is enforced from the driver: an
overdue task is cancelled and recorded; Dask cannot stop the Python thread running it, which
finishes in the background (the cluster's own memory limits guard the workers' memory).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from distributed import Client, WorkerPlugin, wait

from zvitparse.batch.sources import Task
from zvitparse.batch.work import DocResult, failure, init_worker, process_task

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5


class _LoadPipeline(WorkerPlugin):
    """Loads the spaCy pipeline once on every worker, before its first document."""

    name = "zvitparse-pipeline"

    def setup(self, worker) -> None:
        init_worker()


def _run(task: Task) -> DocResult:
    return process_task(task)


class DaskExecutor:
    def __init__(self, scheduler: str | Client, *, time_limit: float | None = 300.0,
                 window: int | None = None) -> None:
        self._own_client = not isinstance(scheduler, Client)
        self.client = Client(scheduler) if self._own_client else scheduler
        self.time_limit = time_limit or None
        try:
            self.client.register_plugin(_LoadPipeline())
        except AttributeError:  # distributed < 2023.9
            self.client.register_worker_plugin(_LoadPipeline())
        threads = sum(self.client.nthreads().values()) or 1
        self.window = window or 2 * threads

    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        it = iter(tasks)
        in_flight: dict = {}  # future -> (task, submitted at)
        exhausted = False
        while True:
            ready: list[DocResult] = []
            while not exhausted and len(in_flight) < self.window:
                task = next(it, None)
                if task is None:
                    exhausted = True
                    break
                if task.problem:
                    ready.append(failure(task, "read", task.problem))
                    continue
                if task.data is None:
                    try:
                        task.data = Path(task.path).read_bytes()
                    except OSError as exc:
                        ready.append(failure(task, "read", f"cannot open: {exc.strerror or exc}"))
                        continue
                fut = self.client.submit(_run, task, pure=False, key=f"zvitparse-{task.content_hash[:16]}-{time.monotonic_ns()}")
                in_flight[fut] = (task, time.monotonic())
            if exhausted and not in_flight:
                yield from ready
                return
            if not ready and in_flight:
                try:
                    wait(list(in_flight), timeout=POLL_SECONDS, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    pass
            now = time.monotonic()
            for fut in list(in_flight):
                task, started = in_flight[fut]
                if fut.status == "finished":
                    ready.append(fut.result())
                elif fut.status in ("error", "cancelled", "lost"):
                    exc = fut.exception() if fut.status == "error" else fut.status
                    ready.append(failure(task, "extract", f"dask task failed: {exc}"))
                elif self.time_limit and now - started > self.time_limit:
                    fut.cancel()
                    ready.append(failure(task, "extract", f"time limit of {self.time_limit:g} s exceeded"))
                else:
                    continue
                del in_flight[fut]
            yield from ready

    def close(self) -> None:
        if self._own_client:
            self.client.close()

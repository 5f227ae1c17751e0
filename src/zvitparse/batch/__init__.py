"""Batch machinery: stream inputs, run the per-document function somewhere, hand results back.

`sources` walks files, folders and zip archives; `work` is the per-document function;
`executors` (serial, `pool` of local processes with limits, `dask_executor`) run it; `progress`
reports on a run. `zvitparse.build` puts them together with the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from zvitparse.batch.executors import EXECUTORS, default_jobs, make_executor
from zvitparse.batch.sources import Task, count_tasks, iter_tasks
from zvitparse.batch.work import DocResult, process_task
from zvitparse.model import Report

__all__ = ["EXECUTORS", "DocResult", "Task", "count_tasks", "default_jobs", "iter_tasks", "make_executor",
           "parse_many", "process_task"]


def parse_many(paths: Iterable[str | Path], *, jobs: int | None = None, executor: str = "process",
               scheduler: str | None = None, time_limit: float | None = 300.0,
               memory_limit_mb: int | None = 2048) -> Iterator[Report]:
    """Parse every document under `paths` in parallel; reports (without their `Document`) in
    completion order. For `extract` and any caller that does not need the database."""
    ex = make_executor(executor, jobs=jobs, scheduler=scheduler, time_limit=time_limit,
                       memory_limit_mb=memory_limit_mb)
    try:
        for result in ex.imap_unordered(iter_tasks(paths)):
            yield result.report
    finally:
        ex.close()

"""A small process pool that can stop a document: per-task time limit and memory guard.

Why not `concurrent.futures` or `multiprocessing.Pool`: neither can stop a running task, so one
pathological PDF would hold a worker forever. Here every worker has its own pipe and runs one
task at a time (the next one already queued behind it); the driver knows which task each worker holds, kills a worker that overruns its
time or memory, records the task as failed with the stage it was in, and starts a fresh worker.
A worker killed mid-write only breaks its own pipe (a shared queue's lock would die with it).

Memory is guarded twice: the driver polls each worker's RSS (psutil) and kills one above the
limit; and each worker caps its own address space (RLIMIT_AS) so a sudden allocation fails as a
`MemoryError` inside the worker before the poll could see it.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing as mp
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

import psutil

from zvitparse.batch.sources import Task
from zvitparse.batch.work import STAGES, DocResult, failure, init_worker, process_task
from zvitparse.errors import ZvitparseError

log = logging.getLogger(__name__)


class PoolError(ZvitparseError):
    """Worker processes cannot be started at all (not one document's fault)."""


POLL_SECONDS = 0.25
MAX_START_FAILURES = 3  # workers dying before they are ready, in a row: give up, do not loop
# Tasks sent ahead to each worker, so it never waits for the driver to write a result; a task
# queued behind one that is stopped goes back to the pool, it does not fail.
DEPTH = 2
_MB = 1024 * 1024


def _cap_address_space(memory_limit_mb: int) -> None:
    try:
        import resource

        vms = psutil.Process().memory_info().vms
        cap = vms + memory_limit_mb * _MB
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError) as exc:  # not on every platform; the RSS poll remains
        log.debug("cannot cap address space: %s", exc)


def _worker_main(conn: Connection, stage, memory_limit_mb: int, log_level: int) -> None:
    """Worker loop: initialise once, then one task at a time until told to stop."""
    # Ctrl-C reaches the whole process group: the driver decides, workers just get stopped.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=max(log_level, logging.WARNING), format="%(levelname)s %(name)s: %(message)s")
    init_worker()
    if memory_limit_mb:
        _cap_address_space(memory_limit_mb)
    conn.send(("ready", None))

    def hook(name: str) -> None:
        stage.value = STAGES.index(name)

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = process_task(task, hook)
            exiting = False
        except MemoryError:
            result = failure(task, STAGES[stage.value], f"memory limit of {memory_limit_mb} MB exceeded")
            exiting = True  # the heap may be in a poor state: let the driver start a fresh worker
        stage.value = 0
        try:
            conn.send(("done", result, exiting) if exiting else ("done", result))
        except (BrokenPipeError, OSError):
            return
        if exiting:
            return


@dataclass
class _Worker:
    process: mp.process.BaseProcess
    conn: Connection
    stage: object
    ready: bool = False
    queue: deque = field(default_factory=deque)  # tasks sent, in order; the head is running
    deadline: float = 0.0
    done: int = 0
    ps: psutil.Process | None = field(default=None, repr=False)

    def rss_mb(self) -> float:
        try:
            if self.ps is None:
                self.ps = psutil.Process(self.process.pid)
            return self.ps.memory_info().rss / _MB
        except psutil.Error:
            return 0.0

    @property
    def task(self) -> Task | None:
        return self.queue[0] if self.queue else None

    def stage_name(self) -> str:
        name = STAGES[self.stage.value]
        return "read" if name == "idle" else name


class WorkerPool:
    """`jobs` worker processes; `imap_unordered` streams tasks through them, at most `DEPTH` per
    worker in flight. Why not pebble (which can also time out a task): the pool must also police
    memory, say which stage a stopped document was in, and hand queued work back — small enough
    to own rather than bend a dependency to."""

    def __init__(self, jobs: int, *, time_limit: float | None = 300.0, memory_limit_mb: int | None = 2048,
                 max_tasks_per_worker: int = 500, start_method: str | None = None) -> None:
        self.jobs = max(1, jobs)
        self.time_limit = time_limit or None
        self.memory_limit_mb = memory_limit_mb or 0
        self.max_tasks = max_tasks_per_worker
        method = start_method or ("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
        self.ctx = mp.get_context(method)
        if method == "forkserver":
            # workers fork from a server that has imported the pipeline code once
            self.ctx.set_forkserver_preload(["zvitparse.batch.preload"])
        self.workers: list[_Worker] = []
        self.retry: deque[Task] = deque()
        self.killed = 0
        self.start_failures = 0

    # -- worker lifecycle ------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        stage = self.ctx.Value("i", 0, lock=False)
        proc = self.ctx.Process(target=_worker_main, args=(child, stage, self.memory_limit_mb, logging.getLogger().getEffectiveLevel()),
                                daemon=True, name="zvitparse-worker")
        proc.start()
        child.close()
        return _Worker(proc, parent, stage)

    def _stop(self, w: _Worker, *, kill: bool) -> None:
        if kill:
            w.process.kill()
        else:
            try:
                w.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        w.process.join(timeout=None if kill else 5)
        if w.process.is_alive():
            w.process.kill()
            w.process.join()
        w.conn.close()

    def _replace(self, w: _Worker, *, kill: bool) -> None:
        self._stop(w, kill=kill)
        self.workers[self.workers.index(w)] = self._spawn()

    def _lost(self, w: _Worker, reason: str | None, out: list[DocResult]) -> None:
        """A worker is gone or to be killed: its running task fails, the queued ones go back."""
        if w.queue:
            head = w.queue.popleft()
            if reason:
                out.append(failure(head, w.stage_name(), reason))
            else:
                self.retry.appendleft(head)
            self.retry.extendleft(reversed(w.queue))
            w.queue.clear()
        self._replace(w, kill=True)

    def close(self) -> None:
        for w in self.workers:
            self._stop(w, kill=w.task is not None)
        self.workers = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the loop ---------------------------------------------------------------------------
    def imap_unordered(self, tasks: Iterable[Task]) -> Iterator[DocResult]:
        """Results in completion order; at most `jobs` tasks are held at any time."""
        it = iter(tasks)
        first = next(it, None)
        if first is None:  # e.g. every file unchanged: no worker is ever started
            return
        it = itertools.chain([first], it)
        if not self.workers:
            self.workers = [self._spawn() for _ in range(self.jobs)]
        exhausted = False
        next_poll = time.monotonic() + POLL_SECONDS
        while True:
            out: list[DocResult] = []
            for w in list(self.workers):
                while w.ready and len(w.queue) < DEPTH and not self._retiring(w):
                    task = self.retry.popleft() if self.retry else None if exhausted else next(it, None)
                    if task is None:
                        exhausted = not self.retry
                        break
                    if task.problem:  # nothing to run: report it without a round trip
                        out.append(failure(task, "read", task.problem))
                        continue
                    if not self._dispatch(w, task, out):
                        break
            if exhausted and not self.retry and not any(w.queue for w in self.workers):
                yield from out
                return
            if not out:  # block only when there is nothing to hand back
                self._collect([w for w in self.workers if w.queue or not w.ready], out)
            yield from out
            check_memory = time.monotonic() >= next_poll
            if check_memory:
                next_poll = time.monotonic() + POLL_SECONDS
            yield from self._police(check_memory)

    def _dispatch(self, w: _Worker, task: Task, out: list[DocResult]) -> bool:
        try:
            w.conn.send(task)
        except (BrokenPipeError, OSError):
            self.retry.appendleft(task)
            self._lost(w, "worker process was lost", out)
            return False
        w.queue.append(task)
        if len(w.queue) == 1:
            self._start_clock(w)
        return True

    def _retiring(self, w: _Worker) -> bool:
        """A worker near its task quota gets no more work, so it can be recycled once idle."""
        return bool(self.max_tasks) and w.done + len(w.queue) >= self.max_tasks

    def _start_clock(self, w: _Worker) -> None:
        w.deadline = time.monotonic() + self.time_limit if self.time_limit else float("inf")

    def _collect(self, busy_or_starting: list[_Worker], out: list[DocResult]) -> None:
        if not busy_or_starting:
            return
        now = time.monotonic()
        timeout = POLL_SECONDS
        deadlines = [w.deadline for w in busy_or_starting if w.task is not None]
        if deadlines:
            timeout = max(0.0, min(timeout, min(deadlines) - now))
        handles = {}
        for w in busy_or_starting:
            handles[w.conn] = w
            handles[w.process.sentinel] = w
        ready = wait(list(handles), timeout)
        seen: set[int] = set()
        for h in ready:
            w = handles[h]
            if id(w) in seen:
                continue
            seen.add(id(w))
            self._receive(w, out)

    def _receive(self, w: _Worker, out: list[DocResult]) -> None:
        try:
            if not w.conn.poll():
                if w.process.is_alive():
                    return
                raise EOFError
            msg = w.conn.recv()
        except (EOFError, OSError):
            w.process.join(timeout=1)
            code = w.process.exitcode
            reason = f"worker process died (exit code {code}) while processing"
            if code is not None and code < 0:
                reason = f"worker process killed by signal {-code} while processing"
            if not w.ready:
                self.start_failures += 1
                if self.start_failures >= MAX_START_FAILURES:
                    raise PoolError(f"worker processes exit while starting (exit code {code}); "
                                    "try --executor serial, or --debug for details") from None
                log.warning("a worker process exited while starting (exit code %s); starting another", code)
            elif w.task is None:
                log.warning("a worker process exited unexpectedly (exit code %s); starting another", code)
            self._lost(w, reason, out)
            return
        if msg[0] == "ready":
            w.ready = True
            self.start_failures = 0
            return
        out.append(msg[1])
        w.queue.popleft()
        w.done += 1
        if len(msg) > 2 and msg[2]:  # the worker is exiting after a MemoryError
            self._lost(w, None, out)
        elif self.max_tasks and w.done >= self.max_tasks and not w.queue:
            self._replace(w, kill=False)  # recycle: bounds any slow leak in a library
        elif w.queue:
            self._start_clock(w)  # the next queued task starts now

    def _police(self, check_memory: bool) -> Iterator[DocResult]:
        now = time.monotonic()
        for w in list(self.workers):
            if w.task is None:
                continue
            reason = None
            if now > w.deadline:
                reason = f"time limit of {self.time_limit:g} s exceeded"
            elif check_memory and self.memory_limit_mb and (rss := w.rss_mb()) > self.memory_limit_mb:
                reason = f"memory limit of {self.memory_limit_mb} MB exceeded ({rss:.0f} MB)"
            if reason:
                log.warning("%s: stopped in %s: %s", w.task.source, w.stage_name(), reason)
                self.killed += 1
                out: list[DocResult] = []
                self._lost(w, reason, out)
                yield from out

"""Build (or update) the regional database from files, folders and zip archives.

The driver streams the inputs, hashes each, and skips a file whose content hash the store
already holds for that path — without re-extracting it. Everything else goes to an executor;
results come back in completion order and the driver alone writes them, a few documents per
transaction (each a savepoint in it). A run killed at any moment leaves only whole documents
behind (those of an uncommitted batch are simply not there), so the next run simply carries on: the stored ones are unchanged, the rest are processed, and the database ends as an
uninterrupted run would have left it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from zvitparse.batch import make_executor
from zvitparse.batch.sources import ZIP_SEP, Task, iter_tasks, task_for_source, zip_members
from zvitparse.batch.work import DocResult
from zvitparse.errors import StoreError, UsageError

log = logging.getLogger(__name__)

STATUSES = ("new", "unchanged", "replaced", "failed")
MAX_PASSES = 3  # re-extraction of renditions the store asks for; a guard, it converges in one
# Documents written per transaction (SQLite): a commit costs as much as writing a 30 KB report's
# ~80 facts, so one commit per document was a third of the driver's store time. A batch is also
# committed once it is this old, so a slow stream (PDFs) keeps committing as it goes.
BATCH_DOCS = 16
BATCH_SECONDS = 1.0


@dataclass
class BuildSummary:
    """Counts and costs of one `build` run."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    removed: int = 0  # stored files that no longer exist (with `prune`)
    facts: int = 0
    findings: int = 0
    cross_document: int = 0  # findings between documents (one centre and period, two values)
    bytes: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # summed seconds per stage

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict:
        return {s: getattr(self, s) for s in STATUSES} | {
            "removed": self.removed, "facts": self.facts, "findings": self.findings,
            "cross_document": self.cross_document, "bytes": self.bytes,
            "seconds": round(self.seconds, 3), "stages": {k: round(v, 3) for k, v in self.stages.items()}}


# called once per input: (source, status, result or None for an unchanged file)
OnResult = Callable[[str, str, DocResult | None], None]


def build(paths: Iterable[str | Path], db: str | Path, *, manifest: str | Path | None = None,
          jobs: int | None = None, executor: str = "process", scheduler: str | None = None,
          time_limit: float | None = 300.0, memory_limit_mb: int | None = 2048,
          retry_failed: bool = False, prune: bool = False, on_result: OnResult | None = None) -> BuildSummary:
    """Bring `db` up to date with the documents under `paths`; never stops for a bad file."""
    from zvitparse.store import Store

    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:  # a typo on the command line is not a failed document
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    summary = BuildSummary()
    t_start = time.perf_counter()
    notify = on_result or (lambda *_: None)
    with Store.open(db) as store:
        if manifest:
            n = store.load_manifest(manifest)
            log.info("manifest %s: %d rows", manifest, n)
        run_id = store.start_run("build")
        ex = make_executor(executor, jobs=jobs, scheduler=scheduler, time_limit=time_limit,
                           memory_limit_mb=memory_limit_mb)
        writer = _Writer(store, summary, notify, retry_failed=retry_failed)
        if prune:
            for path in vanished(store, paths):
                writer.again.extend(store.forget_source(path))
                summary.removed += 1
        try:
            tasks: Iterator[Task] = writer.pending(iter_tasks(paths))
            for _ in range(MAX_PASSES):
                for result in ex.imap_unordered(tasks):
                    writer.write(result)
                writer.flush()
                if not writer.again:
                    break
                again, writer.again = list(dict.fromkeys(writer.again)), []
                log.info("re-extracting %d renditions whose primary changed", len(again))
                tasks = writer.pending(task_for_source(s) for s in again)
        finally:
            # what is written is whole documents: keep them even when the run is interrupted
            writer.flush()
            ex.close()
        # findings between documents need all of them: after the last one is stored
        summary.cross_document = store.refresh_cross_document()
        summary.seconds = time.perf_counter() - t_start
        store.finish_run(run_id, summary.as_dict())
    return summary


def vanished(store, roots: list[Path]) -> Iterator[str]:
    """Stored source paths under `roots` whose file (or zip member) is gone."""
    prefixes = [str(r) for r in roots]
    _cols, rows = store.query("SELECT path FROM sources ORDER BY path")
    members: tuple[str, set[str] | None] = ("", None)  # the last archive's member names
    for (path,) in rows:
        if not any(path == p or path.startswith(p.rstrip("/") + "/") or path.startswith(p + ZIP_SEP)
                   for p in prefixes):
            continue
        archive, sep, member = path.partition(".zip" + ZIP_SEP)
        if sep:
            archive += ".zip"
            if members[0] != archive:
                members = (archive, zip_members(archive))
            if members[1] is None or member not in members[1]:
                yield path
        elif not Path(path).is_file():
            yield path


class _Writer:
    """The one writer: decides what needs work, writes results, keeps the summary."""

    def __init__(self, store, summary: BuildSummary, notify: OnResult, *, retry_failed: bool = False) -> None:
        self.store = store
        self.retry_failed = retry_failed
        self.summary = summary
        self.notify = notify
        self.status: dict[str, str] = {}  # in-flight sources only: bounded by the executor's window
        self.again: list[str] = []
        # results written in the open batch (not yet committed), with their status
        self.batch: list[tuple[DocResult, str]] = []
        self.batch_again: list[str] = []
        self.batch_started = 0.0
        self.store_seconds = 0.0  # store time not yet added to the summary

    def pending(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """The tasks that need work; unchanged files are counted and passed over here."""
        for task in tasks:
            state = self.store.source_state(task.source)
            if task.content_hash and state == task.content_hash and not (
                    self.retry_failed and self._failed_before(task.source)):
                self.summary.count("unchanged")
                self.summary.bytes += task.size
                self.notify(task.source, "unchanged", None)
                continue
            self.status[task.source] = "new" if state is None else "replaced"
            yield task

    def _failed_before(self, source: str) -> bool:
        _cols, rows = self.store.query("SELECT 1 FROM errors WHERE path = ? LIMIT 1", (source,))
        return bool(rows)

    def write(self, result: DocResult) -> None:
        """Store one result. In a batch it is committed with the next `flush`, which also
        counts it and tells `notify`; alone it is committed and counted here."""
        status = "failed" if result.failed or not result.report.doc_id else self.status.get(result.source, "new")
        self.status.pop(result.source, None)
        if not self.store.can_batch:
            self._finish(result, *self._store(result, status))
            return
        t0 = time.perf_counter()
        if not self.batch:
            self.store.begin_batch()
            self.batch_started = t0
        try:
            again = self.store.write_result(result.source, result.content_hash, result.report,
                                            reader=result.reader, text_key=result.text_key)
        except StoreError:
            self.batch.append((result, status))
            self.store_seconds += time.perf_counter() - t0
            self._replay()  # the database refused something: redo the batch one by one
            return
        self.batch.append((result, status))
        self.batch_again.extend(again or [])
        self.store_seconds += time.perf_counter() - t0
        if len(self.batch) >= BATCH_DOCS or t0 - self.batch_started >= BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Commit the open batch, then count its documents and tell `notify` about them."""
        if not self.batch:
            return
        t0 = time.perf_counter()
        try:
            self.store.commit_batch()
        except StoreError:
            self.store_seconds += time.perf_counter() - t0
            self._replay()
            return
        self.store_seconds += time.perf_counter() - t0
        done, self.batch = self.batch, []
        self.again.extend(self.batch_again)
        self.batch_again = []
        for result, status in done:
            self._finish(result, status, [])

    def _replay(self) -> None:
        """Roll the batch back and write its documents again, each in its own transaction as
        without batches, so a refused document is recorded as failed and the others stay."""
        t0 = time.perf_counter()
        self.store.rollback_batch()
        done, self.batch, self.batch_again = self.batch, [], []
        self.store_seconds += time.perf_counter() - t0
        for result, status in done:
            self._finish(result, *self._store(result, status))

    def _store(self, result: DocResult, status: str) -> tuple[str, list[str]]:
        """Write one result in its own transaction; (its status, paths to extract again)."""
        t0 = time.perf_counter()
        try:
            # the store records a report without a document (or with errors only) as an error
            again = self.store.write_result(result.source, result.content_hash, result.report,
                                            reader=result.reader, text_key=result.text_key)
        except StoreError as exc:
            # one document the database refuses must not end the batch: record why
            log.warning("%s: cannot store: %s", result.source, exc)
            status = "failed"
            again = self.store.write_error(result.source, result.content_hash, "store", str(exc))
        self.store_seconds += time.perf_counter() - t0
        return status, again or []

    def _finish(self, result: DocResult, status: str, again: list[str]) -> None:
        """Count a stored result and tell `notify`."""
        self.again.extend(again)
        report = result.report
        s = self.summary
        s.count(status)
        s.facts += len(report.facts)
        s.findings += len(report.findings)
        s.bytes += result.size
        for stage, sec in result.timings.items():
            s.stages[stage] = s.stages.get(stage, 0.0) + sec
        s.stages["store"] = s.stages.get("store", 0.0) + self.store_seconds
        self.store_seconds = 0.0
        self.notify(result.source, status, result)

"""The per-document function every executor runs: read one task, parse it, return a small result.

The same `process_task` runs in the driver (`--jobs 1`), in a pool worker and on a Dask worker.
It never raises for a bad document: the reason lands in `report.errors` with its stage. The
result carries the report without its `Document` (the text is not needed by the writer and
would cost memory and pickling).
"""

from __future__ import annotations

import gc
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from zvitparse.batch.sources import Task
from zvitparse.errors import ReadError, ZvitparseError
from zvitparse.model import Report

log = logging.getLogger(__name__)

STAGES = ("idle", "read", "extract", "audit")


@dataclass
class DocResult:
    """What travels back to the writer for one task."""

    source: str
    content_hash: str
    report: Report
    timings: dict[str, float] = field(default_factory=dict)
    size: int = 0
    text_key: str | None = None  # the store's rendition key, computed here since the text stays here
    reader: str | None = None

    @property
    def failed(self) -> bool:
        return bool(self.report.errors)


def failure(task: Task, stage: str, reason: str, timings: dict[str, float] | None = None) -> DocResult:
    """The result for a task that produced no report (bad input, timeout, crash)."""
    report = Report(doc_id="", source=task.source, errors=[{"stage": stage, "reason": reason}])
    return DocResult(task.source, task.content_hash, report, dict(timings or {}), task.size)


_WARM = False
# Figures, a percent, a decimal with a multiplier-like space and a table row: enough to make the
# readers and extractors load their lazy state (patterns, compiled grammars, lemma tables).
_WARM_TEXT = "Report 2020\n\n15 (50 %), 1 234,5; 2021\n\n1\t2\t3\n"


def init_worker() -> None:
    """Load the spaCy pipeline and warm the pipeline's lazy state, once per process, before the
    first document (else the first document of every worker pays ~2 s)."""
    global _WARM
    if _WARM:
        return
    _WARM = True
    try:
        from zvitparse import nlp
    except ImportError:  # the pipeline module is optional: extractors may not need it
        nlp = None
    get_nlp = getattr(nlp, "get_nlp", None)
    if get_nlp is not None:
        get_nlp()
    fd, tmp = tempfile.mkstemp(suffix=".txt", prefix="zvitparse-warm-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_WARM_TEXT.encode("utf-8"))
        process_task(Task(tmp, tmp, "", len(_WARM_TEXT)))
    except Exception as exc:  # warming is an optimisation; a real document will show any problem
        log.debug("warm-up failed: %s", exc)
    finally:
        Path(tmp).unlink(missing_ok=True)
    _settle_heap()


# Collections of the youngest generation every this many allocations (Python's default: 700).
# A document allocates hundreds of thousands of short-lived objects (tokens, matches, slices);
# at 700 the collector ran several times per document and its full passes walked the whole
# pipeline state (vocabulary, lemma caches) each time: ~2.5 ms per 30 KB report.
GC_THRESHOLD = 10_000


def _settle_heap() -> None:
    """Move the loaded pipeline out of the garbage collector's way: what is alive after warming
    (spaCy, pymorphy3, compiled patterns) lives as long as the process, so collections need not
    walk it (and a fork server's children then share its pages instead of touching them)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _read(task: Task):
    from zvitparse.read import read_path

    if task.data is None:
        return read_path(task.path)
    # A reader wants a path with the right suffix; the bytes came from a zip or over the wire.
    fd, tmp = tempfile.mkstemp(suffix=task.suffix, prefix="zvitparse-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(task.data)
        doc = read_path(tmp)
    finally:
        Path(tmp).unlink(missing_ok=True)
    doc.source = task.source
    return doc


class _StageTimings(dict):
    """A timings dict that tells the hook when extraction is done, i.e. when auditing starts."""

    def __init__(self, hook) -> None:
        super().__init__()
        self._hook = hook

    def __setitem__(self, key: str, value: float) -> None:
        super().__setitem__(key, value)
        if key == "extract":
            self._hook("audit")


def process_task(task: Task, stage_hook=None) -> DocResult:
    """Read, extract and audit one document. `stage_hook(name)` is told each stage as it starts
    (the pool uses it to say where a document was stopped)."""
    from zvitparse.api import parse_document

    hook = stage_hook or (lambda _name: None)
    if task.problem:
        return failure(task, "read", task.problem)
    timings: dict[str, float] = _StageTimings(hook)
    hook("read")
    t0 = time.perf_counter()
    try:
        doc = _read(task)
    except ZvitparseError as exc:
        return failure(task, "read", exc.reason if isinstance(exc, ReadError) else str(exc),
                       {"read": time.perf_counter() - t0})
    except MemoryError:
        raise
    except Exception as exc:  # a reader bug must not end the batch: record it like a bad file
        log.debug("reader crashed on %s", task.source, exc_info=True)
        return failure(task, "read", f"{type(exc).__name__}: {exc}", {"read": time.perf_counter() - t0})
    timings["read"] = time.perf_counter() - t0
    doc.source = task.source
    hook("extract")
    try:
        report = parse_document(doc, timings=timings)
    except MemoryError:
        raise
    except Exception as exc:
        # parse_document times extraction before auditing: the key present says which stage died
        stage = "audit" if "extract" in timings else "extract"
        reason = str(exc) if isinstance(exc, ZvitparseError) else f"{type(exc).__name__}: {exc}"
        log.debug("%s failed on %s", stage, task.source, exc_info=True)
        report = Report(doc_id=doc.doc_id, source=task.source, errors=[{"stage": stage, "reason": reason}])
    report.source = task.source
    report.document = None
    return DocResult(task.source, task.content_hash, report, dict(timings), task.size,
                     text_key=_text_key(doc.text), reader=doc.format)


def _text_key(text: str) -> str | None:
    try:
        from zvitparse.store import text_key
    except ImportError:  # the store is optional for `extract`
        return None
    return text_key(text)

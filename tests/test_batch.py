"""The batch machinery: input streaming, the per-document function, the pool and its limits,
the serial and Dask executors. All on real reports through the real pipeline."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from zvitparse.batch import sources
from zvitparse.batch.executors import SerialExecutor, make_executor
from zvitparse.batch.pool import WorkerPool
from zvitparse.batch.progress import Progress
from zvitparse.batch.sources import Task, count_tasks, iter_tasks, task_for_source
from zvitparse.batch.work import process_task
from zvitparse.errors import UsageError


def _zip(path: Path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _facts(result) -> list[tuple]:
    return [(f.indicator, f.value, f.unit, f.start) for f in result.report.facts]


# -- sources ------------------------------------------------------------------------------------

@pytest.mark.parametrize("layout, expected", [
    ({"b.txt": b"x", "a.txt": b"y"}, ["a.txt", "b.txt"]),
    ({"sub/z.html": b"x", "a.pdf": b"y", "style.css": b"z", ".hidden/c.txt": b"w"}, ["a.pdf", "sub/z.html"]),
    ({"Report.DOCX": b"x", "image.png": b"y"}, ["Report.DOCX"]),
    # a Markdown report is a report; the folder's README beside it is not
    ({"note2023.md": b"x", "README.md": b"y", "sub/readme.txt": b"z", "zvit.markdown": b"w"},
     ["note2023.md", "zvit.markdown"]),
])
def test_folders_are_walked_in_sorted_order_keeping_report_formats(tmp_path, layout, expected):
    for name, data in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    tasks = list(iter_tasks([tmp_path]))
    assert [Path(t.source).relative_to(tmp_path).as_posix() for t in tasks] == expected
    assert count_tasks([tmp_path]) == len(expected)
    assert all(len(t.content_hash) == 64 and not t.problem for t in tasks)


def test_zip_members_become_sources_named_archive_bang_member(tmp_path):
    arc = _zip(tmp_path / "scraped.zip", {"site/a.html": b"<p>1</p>", "b.txt": b"2", "logo.png": b"\x89"})
    tasks = list(iter_tasks([tmp_path]))
    assert [t.source for t in tasks] == [f"{arc}!b.txt", f"{arc}!site/a.html"]
    assert tasks[0].data == b"2" and tasks[0].suffix == ".txt"
    assert count_tasks([tmp_path]) == 2
    again = task_for_source(f"{arc}!site/a.html")
    assert again.data == b"<p>1</p>" and again.content_hash == tasks[1].content_hash


@pytest.mark.parametrize("case", ["bomb", "too_big", "corrupt"])
def test_bad_zip_inputs_are_problems_not_exceptions(tmp_path, monkeypatch, case):
    if case == "bomb":
        arc = _zip(tmp_path / "a.zip", {"bomb.txt": b"0" * (20 * 1024 * 1024)})
    elif case == "too_big":
        monkeypatch.setattr(sources, "MAX_MEMBER_BYTES", 1000)
        arc = _zip(tmp_path / "a.zip", {"big.txt": bytes(range(256)) * 8}, zipfile.ZIP_STORED)
    else:
        arc = tmp_path / "a.zip"
        arc.write_bytes(b"PK\x03\x04 this is not a zip archive")
    tasks = list(iter_tasks([arc]))
    assert len(tasks) == 1 and tasks[0].problem and tasks[0].data is None


def test_a_missing_file_is_a_problem_task(tmp_path):
    (task,) = iter_tasks([tmp_path / "gone.txt"])
    assert task.problem and "cannot open" in task.problem


# -- the per-document function --------------------------------------------------------------------

def test_process_task_reads_a_real_report_and_drops_its_text(seed_paths):
    (task,) = iter_tasks([seed_paths[0]])
    result = process_task(task)
    assert not result.failed, result.report.errors
    assert result.report.doc_id and result.report.document is None
    assert result.text_key and result.reader == "txt"
    assert {"read", "extract"} <= set(result.timings)


def test_zip_member_bytes_give_the_same_report_as_the_file(tmp_path, seed_paths):
    seed = seed_paths[1]
    arc = _zip(tmp_path / "a.zip", {"r/report.txt": seed.read_bytes()})
    (member,) = iter_tasks([arc])
    (plain,) = iter_tasks([seed])
    a, b = process_task(member), process_task(plain)
    assert a.source == f"{arc}!r/report.txt" and a.report.source == a.source
    assert a.content_hash == b.content_hash and a.report.doc_id == b.report.doc_id
    assert _facts(a) == _facts(b)


@pytest.mark.parametrize("name, data", [
    ("broken.pdf", b"%PDF-1.4 not really a pdf"),
    ("broken.docx", b"PK\x03\x04 not a docx"),
    ("empty.txt", b""),
])
def test_a_bad_file_becomes_an_error_with_its_stage(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (task,) = iter_tasks([tmp_path / name])
    result = process_task(task)
    if result.failed:
        assert result.report.errors[0]["stage"] in ("read", "extract", "audit")
        assert result.report.errors[0]["reason"]


# -- executors ------------------------------------------------------------------------------------

def test_pool_gives_the_same_results_as_the_serial_path(tmp_path, make_report_corpus):
    files = make_report_corpus(tmp_path / "c", 6)
    serial = {r.source: _facts(r) for r in SerialExecutor().imap_unordered(iter_tasks(files))}
    with WorkerPool(2, time_limit=120, max_tasks_per_worker=2) as pool:  # recycled twice over
        pooled = {r.source: _facts(r) for r in pool.imap_unordered(iter_tasks(files))}
    assert pooled == serial and len(pooled) == 6


def _big_report(folder: Path, seed: Path, copies: int) -> Path:
    big = folder / "huge.txt"
    text = seed.read_text(encoding="utf-8")
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(text + "\n\n")
    return big


def test_pool_stops_an_overlong_document_and_goes_on(tmp_path, seed_paths):
    folder = tmp_path / "c"
    folder.mkdir()
    big = _big_report(folder, seed_paths[0], 300)  # ~10 MB of report text: seconds of work
    small = folder / "small.txt"
    small.write_bytes(seed_paths[2].read_bytes())
    with WorkerPool(1, time_limit=3, memory_limit_mb=None) as pool:
        results = {r.source: r for r in pool.imap_unordered(iter_tasks([big, small]))}
        assert pool.killed == 1
    err = results[str(big)].report.errors[0]
    assert "time limit" in err["reason"] and err["stage"] in ("read", "extract", "audit")
    assert not results[str(small)].failed


def test_pool_stops_a_worker_over_its_memory_limit(tmp_path, seed_paths):
    folder = tmp_path / "c"
    folder.mkdir()
    big = _big_report(folder, seed_paths[0], 300)
    with WorkerPool(1, time_limit=120, memory_limit_mb=64) as pool:
        (result,) = pool.imap_unordered(iter_tasks([big]))
    assert result.failed and "memory limit" in result.report.errors[0]["reason"]


def test_a_worker_killed_from_outside_is_recorded_and_replaced(tmp_path, seed_paths):
    import os
    import signal
    import threading

    folder = tmp_path / "c"
    folder.mkdir()
    big = _big_report(folder, seed_paths[0], 300)
    small = folder / "small.txt"
    small.write_bytes(seed_paths[2].read_bytes())
    pool = WorkerPool(1, time_limit=None, memory_limit_mb=None)

    def oom_killer() -> None:  # what the kernel does to a process that ate the machine
        while not (pool.workers and pool.workers[0].task is not None and pool.workers[0].task.path == str(big)):
            time.sleep(0.05)
        time.sleep(0.3)
        os.kill(pool.workers[0].process.pid, signal.SIGKILL)

    killer = threading.Thread(target=oom_killer, daemon=True)
    killer.start()
    with pool:
        results = {r.source: r for r in pool.imap_unordered(iter_tasks([big, small]))}
    killer.join(timeout=5)
    assert "killed by signal 9" in results[str(big)].report.errors[0]["reason"]
    assert not results[str(small)].failed


def test_workers_that_cannot_start_stop_the_run_instead_of_looping(tmp_path, seed_paths):
    import subprocess
    import sys

    # A script read from stdin has no file a spawned worker could re-import as __main__.
    script = (f"from zvitparse.batch.pool import WorkerPool, PoolError\n"
              f"from zvitparse.batch.sources import iter_tasks\n"
              f"try:\n"
              f"    with WorkerPool(1) as pool:\n"
              f"        list(pool.imap_unordered(iter_tasks([{str(seed_paths[2])!r}])))\n"
              f"except PoolError as exc:\n"
              f"    print('PoolError:', exc)\n")
    out = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, cwd=tmp_path,
                         timeout=300)
    assert "PoolError: worker processes exit while starting" in out.stdout, out.stderr[-1000:]


def test_problem_tasks_pass_through_the_pool(tmp_path):
    arc = tmp_path / "a.zip"
    arc.write_bytes(b"not a zip")
    with WorkerPool(1) as pool:
        (result,) = pool.imap_unordered(iter_tasks([arc]))
    assert result.failed and result.report.errors[0]["stage"] == "read"


def test_serial_time_limit_stops_a_document(tmp_path, seed_paths):
    big = _big_report(tmp_path, seed_paths[0], 300)
    (result,) = SerialExecutor(time_limit=0.3).imap_unordered(iter_tasks([big]))
    assert result.failed and "time limit" in result.report.errors[0]["reason"]


@pytest.mark.parametrize("kwargs", [{"kind": "nope"}, {"kind": "dask"}])
def test_make_executor_refuses_what_cannot_run(kwargs):
    with pytest.raises(UsageError):
        make_executor(**kwargs)


def test_dask_executor_on_a_local_cluster_matches_serial(tmp_path, make_report_corpus):
    distributed = pytest.importorskip("distributed")
    from zvitparse.batch.dask_executor import DaskExecutor

    files = make_report_corpus(tmp_path / "c", 5)
    serial = {r.source: _facts(r) for r in SerialExecutor().imap_unordered(iter_tasks(files))}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        ex = DaskExecutor(cluster.scheduler_address, time_limit=120, window=2)
        try:
            remote = {r.source: _facts(r) for r in ex.imap_unordered(iter_tasks(files))}
        finally:
            ex.close()
    assert remote == serial


def test_dask_time_limit_cancels_an_overdue_document(tmp_path, seed_paths):
    distributed = pytest.importorskip("distributed")
    from zvitparse.batch.dask_executor import DaskExecutor

    big = _big_report(tmp_path, seed_paths[0], 100)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        ex = DaskExecutor(cluster.scheduler_address, time_limit=1.0)
        try:
            (result,) = ex.imap_unordered(iter_tasks([big]))
        finally:
            ex.close()
    assert result.failed and "time limit" in result.report.errors[0]["reason"]


# -- progress -------------------------------------------------------------------------------------

def test_progress_lines_when_not_a_terminal(caplog):
    caplog.set_level("INFO", logger="zvitparse.progress")
    p = Progress(4, stream=io.StringIO(), every=0.0)
    for status in ("new", "failed", "unchanged", "new"):
        p.update("x", status)
    p.close()
    assert p.done == 4 and p.errors == 1 and p.processed == 3
    assert "4/4 files" in caplog.records[-1].getMessage()
    assert "1 errors" in caplog.records[-1].getMessage()


def test_progress_bar_on_a_terminal_writes_the_bar():
    out = io.StringIO()
    p = Progress(2, stream=out, bar=True)
    p.update("x", "new")
    p.update("y", "failed")
    p.close()
    assert "2/2" in out.getvalue() and "errors=1" in out.getvalue()


def test_tasks_are_dataclasses_that_pickle(tmp_path):
    import pickle

    t = Task("a", "a", "h", 1, data=b"x")
    assert pickle.loads(pickle.dumps(t)) == t

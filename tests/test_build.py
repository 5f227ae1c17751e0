"""`zvitparse build`: incremental, fault-tolerant, resumable after SIGKILL, and the same on Dask.

Databases are compared table by table (every compared table has a primary key that fixes its
order; `runs` holds the only clock times and is left out).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from zvitparse.build import build
from zvitparse.cli import main

TABLES = ("documents", "sources", "facts", "findings", "errors")


def dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.fixture()
def corpus(tmp_path, make_report_corpus) -> Path:
    make_report_corpus(tmp_path / "corpus", 8)
    return tmp_path / "corpus"


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_then_rebuild_changes_nothing(tmp_path, corpus, jobs):
    db = tmp_path / "r.sqlite"
    first = build([corpus], db, jobs=jobs)
    assert (first.new, first.unchanged, first.failed) == (8, 0, 0)
    assert first.facts > 0
    before = dump(db)
    again = build([corpus], db, jobs=jobs)
    assert (again.new, again.unchanged, again.replaced) == (0, 8, 0)
    assert again.stages.get("extract", 0.0) == 0.0  # skipped without re-extraction
    assert dump(db) == before


def test_changing_one_file_re_extracts_only_that_one(tmp_path, corpus):
    db = tmp_path / "r.sqlite"
    build([corpus], db, jobs=2)
    target = sorted(corpus.iterdir())[3]
    target.write_text(target.read_text(encoding="utf-8").replace("2020", "2019", 1) + "\n", encoding="utf-8")
    seen: list[tuple[str, str]] = []
    summary = build([corpus], db, jobs=2, on_result=lambda src, status, _r: seen.append((src, status)))
    assert (summary.replaced, summary.unchanged, summary.new) == (1, 7, 0)
    assert [s for s, st in seen if st != "unchanged"] == [str(target)]
    # the database equals a fresh build of the changed corpus
    fresh = tmp_path / "fresh.sqlite"
    build([corpus], fresh, jobs=1)
    assert dump(db) == dump(fresh)


def test_changing_the_primary_rendition_re_extracts_the_other_in_the_same_build(tmp_path, seed_paths):
    import html
    import re

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = seed_paths[2].read_text(encoding="utf-8")
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    (corpus / "a.html").write_text("<html><head><meta charset='utf-8'></head><body>" + "".join(
        f"<p>{html.escape(p)}</p>" for p in paras) + "</body></html>", encoding="utf-8")
    db = tmp_path / "r.sqlite"
    build([corpus], db, jobs=1)
    assert [(d[15], d[20]) for d in dump(db)["documents"]] == [(str(corpus / "a.txt"), 2)]
    (corpus / "a.txt").write_text(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text), encoding="utf-8")
    seen: list[tuple[str, str]] = []
    build([corpus], db, jobs=1, on_result=lambda src, status, _r: seen.append((Path(src).name, status)))
    assert sorted(seen) == [("a.html", "new"), ("a.html", "unchanged"), ("a.txt", "replaced")]
    fresh = tmp_path / "fresh.sqlite"
    build([corpus], fresh, jobs=1)
    assert dump(db) == dump(fresh) and len(dump(db)["documents"]) == 2


def test_bad_files_are_recorded_and_the_run_goes_on(tmp_path, corpus):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a pdf")
    with zipfile.ZipFile(corpus / "scraped.zip", "w") as zf:
        zf.writestr("page.txt", sorted(corpus.glob("*.txt"))[0].read_text(encoding="utf-8") + "\n")
    db = tmp_path / "r.sqlite"
    summary = build([corpus], db, jobs=2)
    assert summary.failed == 1 and summary.new == 9
    errors = dump(db)["errors"]
    assert [(e[0], e[1]) for e in errors] == [(str(corpus / "broken.pdf"), "read")]
    paths = [s[0] for s in dump(db)["sources"]]
    assert f"{corpus / 'scraped.zip'}!page.txt" in paths


def test_prune_drops_files_that_vanished_and_nothing_else(tmp_path, corpus):
    db = tmp_path / "r.sqlite"
    build([corpus], db, jobs=2)
    gone = sorted(corpus.iterdir())[2]
    gone.unlink()
    kept = build([corpus], db, jobs=2)
    assert kept.removed == 0 and str(gone) in [s[0] for s in dump(db)["sources"]]
    pruned = build([corpus], db, jobs=2, prune=True)
    assert (pruned.removed, pruned.unchanged) == (1, 7)
    fresh = tmp_path / "fresh.sqlite"
    build([corpus], fresh, jobs=2)
    assert dump(db) == dump(fresh)


def test_failed_files_are_skipped_until_retried(tmp_path, corpus):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    db = tmp_path / "r.sqlite"
    build([corpus], db, jobs=1)
    assert build([corpus], db, jobs=1).unchanged == 9
    retried = build([corpus], db, jobs=1, retry_failed=True)
    assert (retried.unchanged, retried.failed) == (8, 1)


def test_manifest_urls_reach_the_sources(tmp_path, corpus):
    files = sorted(corpus.iterdir())
    manifest = tmp_path / "scraped.csv"
    manifest.write_text("path,url,scraped_at\n" + "".join(
        f"{f.name},https://example.org/{i}.html,2024-05-0{i + 1}\n" for i, f in enumerate(files[:3])),
        encoding="utf-8")
    db = tmp_path / "r.sqlite"
    build([corpus], db, manifest=manifest, jobs=2)
    urls = {Path(row[0]).name: row[5] for row in dump(db)["sources"]}
    assert [urls[f.name] for f in files[:4]] == [
        "https://example.org/0.html", "https://example.org/1.html", "https://example.org/2.html", None]


@pytest.mark.parametrize("strict, code", [(False, 0), (True, 1)])
def test_exit_status_is_zero_unless_strict(tmp_path, corpus, capsys, strict, code):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    argv = ["build", str(corpus), "--db", str(tmp_path / "r.sqlite"), "-j", "2", "--no-progress"]
    assert main(argv + (["--strict"] if strict else [])) == code
    out = capsys.readouterr().out
    assert "8 new" in out and "1 failed" in out and "facts" in out


def test_json_summary(tmp_path, corpus, capsys):
    import json

    assert main(["build", str(corpus), "--db", str(tmp_path / "r.sqlite"), "--json", "--no-progress"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["new"] == 8 and set(summary["stages"]) >= {"read", "extract", "store"}


def test_sigkill_mid_run_then_resume_equals_an_uninterrupted_build(tmp_path, make_report_corpus):
    corpus = tmp_path / "corpus"
    make_report_corpus(corpus, 40)
    whole = tmp_path / "whole.sqlite"
    build([corpus], whole, jobs=2)

    db = tmp_path / "killed.sqlite"
    cmd = [sys.executable, "-m", "zvitparse.cli", "-q", "build", str(corpus), "--db", str(db), "-j", "1",
           "--no-progress"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _stored(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the driver and its workers, mid-run
    proc.wait()
    stored = _stored(db)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    assert 0 < stored < 40, "the build was not stopped mid-run"

    resumed = build([corpus], db, jobs=2)
    assert resumed.unchanged == stored and resumed.documents == 40
    got, want = dump(db), dump(whole)
    assert [t for t in TABLES if got[t] != want[t]] == []


def test_a_document_the_database_refuses_fails_alone_within_a_batch(tmp_path, corpus, monkeypatch):
    """Documents share a transaction; one refused write must not take the batch's others along."""
    from zvitparse.errors import StoreError
    from zvitparse.store import Store

    whole = tmp_path / "whole.sqlite"
    build([corpus], whole, executor="serial")
    bad = sorted(corpus.iterdir())[3]
    real = Store.write_result

    def refuse(self, source_path, *args, **kwargs):
        if str(source_path) == str(bad):
            raise StoreError("disk says no")
        return real(self, source_path, *args, **kwargs)

    monkeypatch.setattr(Store, "write_result", refuse)
    db = tmp_path / "r.sqlite"
    summary = build([corpus], db, executor="serial")
    assert (summary.new, summary.failed) == (7, 1)
    got, want = dump(db), dump(whole)
    assert [(e[0], e[1], e[3]) for e in got["errors"]] == [(str(bad), "store", "disk says no")]
    assert [r for r in got["sources"] if r[0] != str(bad)] == [r for r in want["sources"] if r[0] != str(bad)]
    bad_doc = next(r[1] for r in want["sources"] if r[0] == str(bad))
    assert got["facts"] == [r for r in want["facts"] if r[0] != bad_doc]


def test_build_on_a_dask_cluster_equals_a_local_build(tmp_path, corpus, capsys):
    distributed = pytest.importorskip("distributed")
    local = tmp_path / "local.sqlite"
    build([corpus], local, jobs=2)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        code = main(["build", str(corpus), "--db", str(tmp_path / "dask.sqlite"), "--executor", "dask",
                     "--scheduler", cluster.scheduler_address, "--no-progress"])
    assert code == 0
    assert dump(tmp_path / "dask.sqlite") == dump(local)


def test_a_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--db", str(tmp_path / "r.sqlite")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "r.sqlite").exists()


def test_build_help_and_readme_mention_it():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "zvitparse build" in readme and "--executor dask" in readme


def test_benchmark_smoke_run(tmp_path, seed_paths):
    bench = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_build.py"
    out = subprocess.run([sys.executable, str(bench), "--n", "4", "--out", str(tmp_path), "--groups", "mixed",
                          "--jobs", "1"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "== mixed: 4 documents" in out.stdout and "build -j 1" in out.stdout and "bare extract" in out.stdout


CENTRE_A = ("ЗВІТ\nпро роботу Канівського міського центру соціальних служб за 2020 рік\n\n"
            "У 2020 році до центру звернулися {n} сімей.\n")
CENTRE_B = ("ІНФОРМАЦІЯ\nпро роботу Канівського міського центру соціальних служб за 2020 рік\n\n"
            "Протягом 2020 року до центру звернулися {n} сімей, надано послуги 120 особам.\n")


def _cross(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT doc_id, reported, expected FROM findings WHERE rule = 'cross_document'").fetchall()


def test_build_stores_findings_between_documents_and_keeps_them_in_step(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(CENTRE_A.format(n=367), encoding="utf-8")
    (folder / "b.txt").write_text(CENTRE_B.format(n=376), encoding="utf-8")
    db = tmp_path / "r.sqlite"
    first = build([folder], db, jobs=1)
    assert first.cross_document == 1 and len(_cross(db)) == 1
    before = dump(db)
    build([folder], db, jobs=1)
    assert dump(db) == before  # nothing changed, nothing rewritten
    (folder / "b.txt").write_text(CENTRE_B.format(n=367), encoding="utf-8")  # the figures agree now
    again = build([folder], db, jobs=1)
    assert again.cross_document == 0 and _cross(db) == []

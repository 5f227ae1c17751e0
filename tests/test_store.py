"""The regional database on real SQLite (and DuckDB where installed) files."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from zvitparse.errors import StoreError
from zvitparse.model import Document, Fact, Finding, Report
from zvitparse.store import Store, centre_id, text_key
from zvitparse.store.rows import _fallback_centre_id

HAS_DUCKDB = importlib.util.find_spec("duckdb") is not None
BACKENDS = ["sqlite", pytest.param("duckdb", marks=pytest.mark.skipif(not HAS_DUCKDB, reason="no duckdb"))]
COMPARED = ("documents", "sources", "facts", "findings", "errors", "manifest")

KANIV = {"centre": "Канівський міський центр соціальних служб", "centre_type": "css", "settlement": "Канів",
         "report_kind": "internal_assessment", "period_start": "2020-01-01", "period_end": "2020-12-31"}
SUMY = {"centre": "Сумський міський центр соціальних служб", "centre_type": "css", "settlement": "Суми",
        "report_kind": "annual_report", "period_start": "2021-01-01", "period_end": "2021-12-31"}


def _report(text: str, meta: dict, fmt: str = "txt", doc_id: str | None = None, facts=None, findings=()) -> Report:
    doc_id = doc_id or text_key(text)
    doc = Document(source="x", doc_id=doc_id, format=fmt, encoding="utf-8", text=text)
    if facts is None:
        facts = [Fact("f1", "applied", 367, "families", 0, 10, "звернулися 367 сімей", "count.applied"),
                 Fact("f2", "served", 18, "families", 11, 20, "18 сім'ям", "count.served",
                      service="social_support_sjo", percent=4.9),
                 Fact("f3", "served", 57, "children", 11, 20, "57 дітей", "count.served",
                      service="social_support_sjo", parent_id="f2"),
                 Fact("f4", "rating", "good", "rating", 30, 40, "оцінка «добре»", "rating", criterion="overall")]
    return Report(doc_id=doc_id, source="x", meta={**meta, "format": fmt}, facts=list(facts),
                  findings=list(findings), document=doc)


ORDER = {"documents": "doc_id", "sources": "path", "facts": "doc_id, seq", "findings": "doc_id, seq",
         "errors": "path, stage", "manifest": "path"}


def _dump(db: Path) -> dict[str, list[tuple]]:
    with Store.open(db, readonly=True) as s:
        return {t: s.query(f"SELECT * FROM {t} ORDER BY {ORDER[t]}")[1] for t in COMPARED}


@pytest.fixture(params=BACKENDS)
def db_path(request, tmp_path: Path) -> Path:
    return tmp_path / ("regional.sqlite" if request.param == "sqlite" else "regional.duckdb")


def test_open_creates_schema(db_path: Path) -> None:
    with Store.open(db_path) as s:
        cols, _ = s.query("SELECT * FROM indicators")
        assert {"centre_id", "period_start", "indicator", "unit", "service", "value", "n_values"} <= set(cols)
        assert s.query("SELECT value FROM schema_info WHERE key = 'schema_version'")[1] == [("1",)]
    if db_path.suffix == ".sqlite":
        con = sqlite3.connect(db_path)
        assert con.execute("PRAGMA user_version").fetchone() == (1,)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_write_and_read_back(db_path: Path) -> None:
    report = _report("Канів 2020. звернулися 367 сімей", KANIV,
                     findings=[Finding("a1", "parts_sum", "error", "не сходиться", 4948, 5037, ("f1", "f2"),
                                       0, 10, "цитата")])
    with Store.open(db_path) as s:
        assert s.source_state("a.txt") is None
        assert s.write_result("a.txt", "h1", report, reader="txt") == []
        assert s.source_state("a.txt") == "h1"
        _, docs = s.query("SELECT doc_id, centre_id, settlement, source, n_facts, n_findings FROM documents")
        assert docs == [(report.doc_id, centre_id(KANIV), "Канів", "a.txt", 4, 1)]
        facts = s.frame("SELECT fact_id, value, value_num, service, parent_id FROM facts ORDER BY seq")
        assert list(facts.fact_id) == ["f1", "f2", "f3", "f4"]
        assert facts.value_num.tolist()[:3] == [367.0, 18.0, 57.0]
        assert facts.value.tolist()[3] == "good"
        _, finding = s.query("SELECT rule, reported, expected, fact_ids FROM findings")
        assert finding == [("parts_sum", "4948", "5037", '["f1", "f2"]')]
        if db_path.suffix == ".sqlite":  # SQLite keeps ints as ints
            assert s.query("SELECT typeof(value) FROM facts WHERE fact_id = 'f1'")[1] == [("integer",)]


@pytest.mark.parametrize("order", [("a.txt", "a.pdf", "a.docx"), ("a.pdf", "a.docx", "a.txt"),
                                   ("a.docx", "a.txt", "a.pdf")])
def test_renditions_stored_once_whatever_the_order(tmp_path: Path, order: tuple[str, ...]) -> None:
    text = "Звіт.\nзвернулися 367 сімей, соціально-психологічний супровід"
    renditions = {
        "a.txt": _report(text, KANIV, "txt"),
        # a PDF: the hyphen broken over a line, another reader doc_id
        "a.pdf": _report(text.replace("соціально-психологічний", "соціально\nпсихологічний"),
                         KANIV, "pdf", doc_id="pdfpdfpdfpdfpdf0",
                         facts=[Fact("f1", "applied", 367, "families", 5, 9, "q", "count.applied", page=1)]),
        "a.docx": _report(text.replace("\n", "\n\n"), KANIV, "docx", doc_id="docxdocxdocxdocx", facts=[]),
    }
    db = tmp_path / "r.sqlite"
    with Store.open(db) as s:
        for name in order:
            assert s.write_result(name, "h-" + name, renditions[name]) == []
        _, docs = s.query("SELECT doc_id, source, source_paths, n_sources, n_facts FROM documents")
        assert docs == [(text_key(text), "a.txt", '["a.docx", "a.pdf", "a.txt"]', 3, 4)]
        assert s.query("SELECT count(*) FROM facts")[1] == [(4,)]
        assert s.query("SELECT path, doc_id FROM sources ORDER BY path")[1] == [
            ("a.docx", text_key(text)), ("a.pdf", text_key(text)), ("a.txt", text_key(text))]


@pytest.mark.parametrize("suffix", ["sqlite", pytest.param("duckdb", marks=pytest.mark.skipif(
    not HAS_DUCKDB, reason="no duckdb"))])
def test_identical_databases_whatever_the_order(tmp_path: Path, suffix: str) -> None:
    reports = {"k.txt": _report("Канів звіт", KANIV), "s.txt": _report("Суми звіт", SUMY),
               "k.pdf": _report("Канів\nзвіт", KANIV, "pdf", doc_id="ffffffffffffffff")}
    dumps = []
    for i, order in enumerate([("k.txt", "s.txt", "k.pdf"), ("k.pdf", "s.txt", "k.txt")]):
        with Store.open(tmp_path / f"{i}.{suffix}") as s:
            run = s.start_run("build")
            for name in order:
                s.write_result(name, "h-" + name, reports[name])
            s.finish_run(run, {"written": 3})
        dumps.append(_dump(tmp_path / f"{i}.{suffix}"))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["documents"]) == 2


def test_changed_file_replaces_its_rows(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        new = _report("Суми 2021", SUMY, facts=[Fact("f1", "calls", 658, "calls", 0, 3, "658 дзвінків", "c")])
        assert s.write_result("a.txt", "h2", new) == []
        _, docs = s.query("SELECT doc_id, settlement FROM documents")
        assert docs == [(new.doc_id, "Суми")]
        assert s.query("SELECT indicator, value_num FROM facts")[1] == [("calls", 658.0)]
        assert s.source_state("a.txt") == "h2"


def test_same_document_new_bytes_replaces_facts(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        fewer = _report("Канів  2020", KANIV, facts=[Fact("f1", "applied", 360, "families", 0, 3, "q", "c")])
        s.write_result("a.txt", "h2", fewer)
        assert s.query("SELECT fact_id, value_num FROM facts")[1] == [("f1", 360.0)]
        assert s.query("SELECT count(*) FROM documents")[1] == [(1,)]


def test_changed_primary_returns_the_other_renditions(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV, "txt"))
        s.write_result("a.pdf", "h2", _report("Канів 2020", KANIV, "pdf"))
        orphans = s.write_result("a.txt", "h3", _report("Суми 2021", SUMY, "txt"))
        assert orphans == ["a.pdf"]
        assert s.source_state("a.pdf") is None  # a later build extracts it again
        s.write_result("a.pdf", "h2", _report("Канів 2020", KANIV, "pdf"))
        assert sorted(s.query("SELECT settlement, source FROM documents")[1]) == [("Канів", "a.pdf"),
                                                                               ("Суми", "a.txt")]


def test_changed_rendition_leaves_the_document(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV, "txt"))
        s.write_result("a.pdf", "h2", _report("Канів 2020", KANIV, "pdf"))
        assert s.write_result("a.pdf", "h3", _report("Суми 2021", SUMY, "pdf")) == []
        assert s.query("SELECT source, source_paths FROM documents ORDER BY source")[1] == [
            ("a.pdf", '["a.pdf"]'), ("a.txt", '["a.txt"]')]


@pytest.mark.parametrize("report", [
    Report(doc_id="", source="bad.pdf", errors=[{"stage": "read", "reason": "encrypted PDF"}]),
    Report(doc_id="abc", source="bad.pdf", errors=[{"stage": "extract", "reason": "boom"}]),
])
def test_failed_file_becomes_an_error_row(db_path: Path, report: Report) -> None:
    with Store.open(db_path) as s:
        s.write_result("bad.pdf", "h0", _report("Канів 2020", KANIV, "pdf"))
        s.write_result("bad.pdf", "h1", report)
        assert s.source_state("bad.pdf") == "h1"  # an unchanged bad file is not read again
        assert s.query("SELECT count(*) FROM documents")[1] == [(0,)]
        _, errs = s.query("SELECT path, stage, reason FROM errors")
        assert errs == [("bad.pdf", report.errors[0]["stage"], report.errors[0]["reason"])]
        s.write_result("bad.pdf", "h2", _report("Канів 2020", KANIV, "pdf"))
        assert s.query("SELECT count(*) FROM errors")[1] == [(0,)]


def test_write_error_and_forget(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        s.write_error("b.html", "h9", "read", "not HTML")
        assert s.query("SELECT path, status FROM sources ORDER BY path")[1] == [("a.txt", "ok"), ("b.html", "error")]
        assert s.forget_source("a.txt") == []
        assert s.forget_source("never-seen.txt") == []
        s.forget_source("b.html")
        assert [s.query(f"SELECT count(*) FROM {t}")[1][0][0] for t in COMPARED] == [0, 0, 0, 0, 0, 0]


def test_failed_write_leaves_nothing_half_written(db_path: Path) -> None:
    dup = [Fact("f1", "applied", 1, "families", 0, 1, "q", "c"), Fact("f1", "served", 2, "families", 0, 1, "q", "c")]
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        before = {t: s.query(f"SELECT * FROM {t}")[1] for t in COMPARED}
        with pytest.raises(StoreError):
            s.write_result("a.txt", "h2", _report("Канів 2020", KANIV, facts=dup))
        assert {t: s.query(f"SELECT * FROM {t}")[1] for t in COMPARED} == before


def test_manifest_carries_urls(tmp_path: Path) -> None:
    (tmp_path / "scraped.csv").write_text(
        "path,url,scraped_at,title\n"
        "files/a.txt,https://kaniv.example/zvit,2024-05-01,Звіт\n"
        "b.txt,https://sumy.example/zvit,2024-05-02,\n", encoding="utf-8-sig")
    with Store.open(tmp_path / "r.sqlite") as s:
        s.write_result(str(tmp_path / "files" / "a.txt"), "h1", _report("Канів 2020", KANIV))
        assert s.load_manifest(tmp_path / "scraped.csv") == 2
        s.write_result("elsewhere/b.txt", "h2", _report("Суми 2021", SUMY))  # matched by file name
        _, docs = s.query("SELECT settlement, url, scraped_at FROM documents ORDER BY settlement")
        assert docs == [("Канів", "https://kaniv.example/zvit", "2024-05-01"),
                        ("Суми", "https://sumy.example/zvit", "2024-05-02")]
        assert s.query("SELECT extra FROM manifest WHERE path = 'files/a.txt'")[1] == [('{"title": "Звіт"}',)]


@pytest.mark.parametrize("content", ["url,scraped_at\nhttps://x,2024\n", "path;url\na;b\n"])
def test_manifest_without_path_column(tmp_path: Path, content: str) -> None:
    (tmp_path / "m.csv").write_text(content, encoding="utf-8")
    with Store.open(tmp_path / "r.sqlite") as s, pytest.raises(StoreError, match="'path' column"):
        s.load_manifest(tmp_path / "m.csv")


def test_indicators_view_keeps_headlines_and_flags_conflicts(db_path: Path) -> None:
    other = _report("Канів 2020 інший звіт", KANIV, facts=[
        Fact("f1", "applied", 360, "families", 0, 3, "q", "c", confidence=0.5),
        Fact("f2", "applied", 40, "families", 0, 3, "q", "c", district="Самарський"),
        Fact("f3", "share", 83, "percent", 0, 3, "q", "c", label="випадків середньої складності"),
        Fact("f4", "share", 59, "percent", 0, 3, "q", "c", label="охоплено послугами психолога")])
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        s.write_result("b.txt", "h2", other)
        _, rows = s.query("SELECT indicator, unit, service, criterion, label, value, n_facts, n_documents, "
                          "n_values FROM indicators ORDER BY indicator, unit, label")
        assert [tuple(str(v) for v in r) for r in rows] == [
            ("applied", "families", "None", "None", "None", "367", "2", "2", "2"),
            ("rating", "rating", "None", "overall", "None", "good", "1", "1", "1"),
            ("served", "families", "social_support_sjo", "None", "None", "18", "1", "1", "1"),
            # a share is a share of something: its label keeps two shares apart
            ("share", "percent", "None", "None", "випадків середньої складності", "83", "1", "1", "1"),
            ("share", "percent", "None", "None", "охоплено послугами психолога", "59", "1", "1", "1"),
        ]  # the children part (parent f2) and the district breakdown are not headlines


def test_stats_counts_and_gaps(db_path: Path) -> None:
    kaniv_2022 = {**KANIV, "period_start": "2022-01-01", "period_end": "2022-06-30"}
    with Store.open(db_path) as s:
        s.write_result("k20.txt", "h1", _report("Канів 2020", KANIV))
        s.write_result("k22.txt", "h2", _report("Канів 2022", kaniv_2022))
        s.write_result("s21.txt", "h3", _report("Суми 2021", SUMY))
        s.write_error("bad.pdf", "h4", "read", "encrypted")
        st = s.stats()
    assert (st["documents"], st["centres"], st["periods"], st["facts"], st["failed_files"]) == (3, 2, 3, 12, 1)
    assert st["years"] == [2020, 2021, 2022]
    assert {(g["settlement"], g["year"]) for g in st["gaps"]} == {("Канів", 2021), ("Суми", 2020), ("Суми", 2022)}
    assert st["facts_per_indicator"][0] == {"indicator": "served", "facts": 6}
    assert st["conflicts"] == []


def test_stats_conflicts(db_path: Path) -> None:
    other = _report("Канів 2020 інший звіт", KANIV, facts=[Fact("f1", "applied", 360, "families", 0, 3, "q", "c")])
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
        s.write_result("b.txt", "h2", other)
        conflicts = s.stats()["conflicts"]
    assert [(c["settlement"], c["indicator"], c["min_value"], c["max_value"], c["n_documents"])
            for c in conflicts] == [("Канів", "applied", 360, 367, 2)]


def test_reopen_is_incremental(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    with Store.open(db) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", KANIV))
    with Store.open(db) as s:
        assert s.source_state("a.txt") == "h1"


@pytest.mark.parametrize("content,message", [
    (b"this is not a database, just text" * 100, "not a database"),
    (b"", None),  # an empty file is a new database
], ids=["text", "empty"])
def test_open_rejects_other_files(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "x.sqlite").write_bytes(content)
    if message is None:
        Store.open(tmp_path / "x.sqlite").close()
        return
    with pytest.raises(StoreError, match=message):
        Store.open(tmp_path / "x.sqlite")


def test_open_rejects_other_schema_versions(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "old.sqlite")
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(tmp_path / "old.sqlite")


@pytest.mark.parametrize("path", ["missing.sqlite", "no/such/dir/x.sqlite"])
def test_open_missing(tmp_path: Path, path: str) -> None:
    with pytest.raises(StoreError):
        Store.open(tmp_path / path, readonly=path.startswith("missing"))


@pytest.mark.parametrize("a,b,same", [
    ("звернулися 367 сімей", "звернулися  367\nсімей", True),
    ("соціально-психологічний", "соціально-\nпсихологічний", True),
    ("текст\n12\nдалі", "текст\nдалі", False),  # lines are the readers' business
    ("звернулися 367 сімей", "звернулися 368 сімей", False),
    ("367 сімей", "36 7 сімей", True),  # whitespace carries nothing, as in the reader's doc_id
])
def test_text_key(a: str, b: str, same: bool) -> None:
    assert (text_key(a) == text_key(b)) is same


@pytest.mark.parametrize("meta,expected", [
    ({"settlement": "Канів", "centre_type": "css", "centre": "Канівський  міський ЦСС"},
     "канів|css|канівський міський цсс"),
    ({"settlement": "Суми", "centre": "Центр «Сім’я»"}, "суми||центр сім'я"),
    ({}, None),
])
def test_fallback_centre_id(meta: dict, expected: str | None) -> None:
    assert _fallback_centre_id(meta) == expected


_WRITER = """
import sys
from zvitparse.model import Document, Fact, Report
from zvitparse.store import Store, text_key
facts = [Fact(f"f{k}", "served", k, "families", k, k + 1, "q" * 200, "x") for k in range(300)]
with Store.open(sys.argv[1]) as s:
    for i in range(100000):
        t = f"doc {i}"
        doc = Document(source=t, doc_id=text_key(t), format="txt", encoding=None, text=t)
        s.write_result(f"{i}.txt", "h", Report(doc_id=doc.doc_id, source=t, meta={"settlement": "X"},
                                                facts=facts, document=doc))
"""


def test_killed_writer_leaves_whole_documents(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    db = tmp_path / "r.sqlite"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)])
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until it is well into writing, then kill it mid-stream
            if db.exists():
                con = sqlite3.connect(db, timeout=30)
                try:
                    n = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    n = 0
                con.close()
                if n >= 20:
                    break
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    with Store.open(db) as s:
        assert s.query("PRAGMA integrity_check")[1] == [("ok",)]
        _, rows = s.query("SELECT d.n_facts, (SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id), "
                          "(SELECT count(*) FROM sources x WHERE x.doc_id = d.doc_id) FROM documents d")
        assert len(rows) >= 20
        assert all(row == (300, 300, 1) for row in rows)
        assert s.query("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)")[1] == [(0,)]


def test_centres_view_gathers_spellings(db_path: Path) -> None:
    one = {**KANIV, "centre_id": "ua71080150000071745/css/city"}
    other = {**one, "centre": "Канівський МЦСС", "period_start": "2021-01-01", "period_end": "2021-12-31"}
    with Store.open(db_path) as s:
        s.write_result("a.txt", "h1", _report("Канів 2020", one))
        s.write_result("b.txt", "h2", _report("Канів 2021", other))
        _, rows = s.query("SELECT centre_id, settlement, n_documents, n_names, first_period, last_period "
                          "FROM centres")
    assert rows == [("ua71080150000071745/css/city", "Канів", 2, 2, "2020-01-01", "2021-12-31")]


def test_duckdb_missing_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "duckdb", None)  # as if DuckDB were not installed
    with pytest.raises(StoreError, match=r"zvitparse\[duckdb\]"):
        Store.open(tmp_path / "r.duckdb")


def test_readers_see_current_views_in_an_older_database(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    Store.open(db).close()
    con = sqlite3.connect(db)
    con.executescript("DROP VIEW indicators; CREATE VIEW indicators AS SELECT 1 AS stale;")
    con.close()
    with Store.open(db, readonly=True) as s:
        assert "label" in s.query("SELECT * FROM indicators")[0]
    con = sqlite3.connect(db)
    assert con.execute("SELECT * FROM indicators").fetchall() == [(1,)]  # the file was not touched
    con.close()
    with Store.open(db) as s:  # a writer replaces them for good
        assert "label" in s.query("SELECT * FROM indicators")[0]


def test_reports_read_back_equal_what_was_written(db_path: Path) -> None:
    finding = Finding("a1", "parts_sum", "error", "не сходиться", {"sum": 4948}, 5037, ("f1", "f2"), 0, 10, "q")
    report = _report("Канів 2020", {**KANIV, "pages": 3}, "pdf", findings=[finding])
    with Store.open(db_path) as s:
        s.write_result("a.pdf", "h1", report)
        s.write_result("a.txt", "h2", _report("Канів 2020", KANIV, "txt", facts=[]))  # rendition first
        s.write_result("a.pdf", "h1", report)  # rows from the txt now; the pdf is a rendition
        s.write_result("b.txt", "h3", _report("Суми 2021", SUMY, findings=[finding]))
        back = {r.source: r for r in s.reports()}
    assert set(back) == {"a.txt", "b.txt"}
    assert back["a.txt"].facts == [] and back["a.txt"].meta["settlement"] == "Канів"
    sumy = back["b.txt"]
    assert sumy.facts == _report("Суми 2021", SUMY).facts  # values typed as written, in order
    assert sumy.meta["centre_id"] == centre_id(SUMY) and sumy.meta["period_end"] == "2021-12-31"
    assert sumy.findings == [finding]

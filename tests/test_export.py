"""Output tables and files: CSV for Excel, XLSX, Parquet, read back by pandas and LibreOffice."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

import zvitparse
from zvitparse.errors import UsageError
from zvitparse.export import (
    LONG_COLUMNS,
    fact_rows,
    report_record,
    tables_from_reports,
    tables_from_store,
    write_tables,
)
from zvitparse.model import META_FIELDS, Document, Fact, Finding, Report
from zvitparse.store import Store, text_key

KANIV = {"centre": "Канівський міський центр соціальних служб", "centre_type": "css", "settlement": "Канів",
         "report_kind": "internal_assessment", "period_start": "2020-01-01", "period_end": "2020-12-31",
         "format": "txt", "encoding": "utf-8"}
SUMY = {"centre": "Сумський міський центр соціальних служб для сім’ї, дітей та молоді", "centre_type": "css",
        "settlement": "Суми", "report_kind": "annual_report", "period_start": "2021-01-01",
        "period_end": "2021-12-31", "format": "txt"}
QUOTE = "в центр звернулися 367 сімей, з них 18 сім’ям (57 дітей) надано послугу"
FACTS = [
    Fact("f1", "applied", 367, "families", 19, 37, QUOTE, "count.applied"),
    Fact("f2", "served", 18, "families", 45, 54, QUOTE, "count.served", service="social_support_sjo", percent=4.9),
    Fact("f3", "served", 57, "children", 56, 64, QUOTE, "count.served", service="social_support_sjo",
         parent_id="f2"),
    Fact("f4", "rating", "good", "rating", 70, 80, "оцінка «добре»", "rating", criterion="overall"),
    Fact("f5", "budget_spent", 83700, "uah", 90, 99, "=83,7 тис. грн", "money", kekv="2110"),
]
FINDING = Finding("a1", "parts_sum", "error", "частини не сходяться з цілим", 4948, 5037, ("f1", "f2"), 0, 10,
                  "надійшли повідомлення про 5037 сімей")


def _report(text: str, meta: dict, facts=FACTS, findings=(FINDING,), source: str = "k.txt") -> Report:
    doc = Document(source=source, doc_id=text_key(text), format=meta.get("format", "txt"), encoding="utf-8",
                   text=text)
    return Report(doc_id=doc.doc_id, source=source, meta=dict(meta), facts=list(facts),
                  findings=list(findings), document=doc)


REPORTS = [_report("Канів 2020", KANIV),
           _report("Суми 2021", SUMY, facts=[Fact("f1", "applied", 120, "families", 0, 3, "120 сімей", "c")],
                   findings=(), source="s.txt")]


def _db(path: Path) -> Path:
    with Store.open(path) as s:
        for r in REPORTS:
            s.write_result(r.source, "h-" + r.source, r)
        s.write_error("bad.pdf", "h9", "read", "зашифрований PDF")
    return path


def test_fact_rows_repeat_the_metadata() -> None:
    rows = fact_rows(REPORTS)
    assert len(rows) == 6
    assert tuple(rows[0]) == LONG_COLUMNS
    assert rows[0]["doc_id"] == REPORTS[0].doc_id and rows[0]["source"] == "k.txt"
    assert {r["settlement"] for r in rows[:5]} == {"Канів"}
    assert rows[5]["centre"] == SUMY["centre"] and rows[5]["value"] == 120
    assert isinstance(rows[0]["value"], int) and rows[3]["value"] == "good"


def test_to_frame_is_the_flat_table() -> None:
    df = zvitparse.to_frame(REPORTS)
    assert list(df.columns) == list(LONG_COLUMNS)
    assert df.groupby("settlement")["fact_id"].count().to_dict() == {"Канів": 5, "Суми": 1}


def test_report_record_keys() -> None:
    rec = report_record(REPORTS[0])
    assert list(rec) == ["doc_id", "source", "meta", "facts", "findings", "errors"]
    assert rec["facts"][1]["service"] == "social_support_sjo"
    assert rec["findings"][0]["fact_ids"] == ["f1", "f2"]
    json.dumps(rec)


def test_tables_from_reports() -> None:
    t = tables_from_reports(REPORTS + [Report(doc_id="", source="bad.pdf",
                                              errors=[{"stage": "read", "reason": "порожній файл"}])])
    assert len(t["facts"]) == 6 and len(t["documents"]) == 3 and len(t["findings"]) == 1
    assert t["errors"].to_dict("records") == [{"source": "bad.pdf", "stage": "read", "reason": "порожній файл"}]


@pytest.mark.parametrize("suffix", ["sqlite", pytest.param("duckdb", marks=pytest.mark.skipif(
    importlib.util.find_spec("duckdb") is None, reason="no duckdb"))])
def test_tables_from_store_and_wide(tmp_path: Path, suffix: str) -> None:
    with Store.open(_db(tmp_path / f"r.{suffix}"), readonly=True) as s:
        t = tables_from_store(s)
    assert list(t) == ["facts", "wide", "indicators", "centres", "documents", "findings", "errors"]
    assert list(t["facts"].columns) == [*LONG_COLUMNS, "url"]
    assert t["facts"]["value"].tolist() == [367, 18, 57, "good", 83700, 120] or \
        sorted(map(str, t["facts"]["value"])) == sorted(["367", "18", "57", "good", "83700", "120"])
    wide = t["wide"].set_index("settlement")
    assert wide.loc["Канів", "applied/families"] == 367
    assert wide.loc["Суми", "applied/families"] == 120
    assert wide.loc["Канів", "served/families/social_support_sjo"] == 18
    assert wide.loc["Канів", "rating/rating/overall"] == "good"
    assert wide.loc["Канів", "budget_spent/uah/2110"] == 83700
    assert "served/children/social_support_sjo" not in wide.columns  # a part, not a headline
    assert t["errors"]["reason"].tolist() == ["зашифрований PDF"]
    assert t["findings"]["settlement"].tolist() == ["Канів"]
    centres = t["centres"].set_index("settlement")
    assert centres.loc["Суми", "centre"] == SUMY["centre"] and centres.loc["Суми", "n_documents"] == 1
    assert centres.loc["Канів", "names"] == KANIV["centre"]


def test_csv_has_a_bom_and_reads_back(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path / "r.sqlite"), readonly=True) as s:
        tables = tables_from_store(s)
    out = tmp_path / "facts.csv"
    assert write_tables(tables, "csv", out, main="facts") == [out]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert ",19,37,,\"" in out.read_text(encoding="utf-8-sig")  # offsets stay whole, no page: empty
    df = pd.read_csv(out, encoding="utf-8-sig").set_index("fact_id")
    kaniv, sumy = df[df.settlement == "Канів"], df[df.settlement == "Суми"]
    assert kaniv.loc["f1", "quote"] == QUOTE and kaniv.loc["f4", "value"] == "good"
    assert kaniv.loc["f5", "quote"] == " =83,7 тис. грн"  # Excel would take it for a formula
    assert sumy.loc["f1", "centre"] == SUMY["centre"]
    assert len(df) == 6


def test_folder_output_holds_every_table(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path / "r.sqlite"), readonly=True) as s:
        tables = tables_from_store(s)
    written = write_tables(tables, "parquet", f"{tmp_path}/out/", main="facts")
    assert sorted(p.name for p in written) == sorted(f"{n}.parquet" for n in tables)
    facts = pd.read_parquet(tmp_path / "out" / "facts.parquet")
    kaniv = facts[facts.settlement == "Канів"]
    assert kaniv["value"].tolist() == ["367", "18", "57", "good", "83700"]  # mixed → text …
    assert kaniv["value_num"].tolist()[:3] == [367.0, 18.0, 57.0]  # … with the numbers in value_num
    assert kaniv["quote"].iloc[0] == QUOTE
    assert facts["start"].dtype.kind == "i"


def test_xlsx_sheets_headers_widths(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path / "r.sqlite"), readonly=True) as s:
        tables = tables_from_store(s)
    out = tmp_path / "regional.xlsx"
    write_tables(tables, "xlsx", out, main="wide")
    wb = load_workbook(out)
    assert wb.sheetnames == ["wide", "facts", "indicators", "centres", "documents", "findings", "errors"]
    facts = wb["facts"]
    assert facts.freeze_panes == "A2"
    assert facts.auto_filter.ref == f"A1:{facts.cell(1, facts.max_column).column_letter}{facts.max_row}"
    assert facts["A1"].font.b
    header = [c.value for c in facts[1]]
    col = {name: i + 1 for i, name in enumerate(header)}
    quote_letter = facts.cell(1, col["quote"]).column_letter
    assert facts.column_dimensions[quote_letter].width == 60  # capped
    assert facts.column_dimensions["C"].width == 9  # fact_id: its header length + 2
    kaniv_rows = [r for r in range(2, facts.max_row + 1) if facts.cell(r, col["settlement"]).value == "Канів"]
    first = kaniv_rows[0]
    assert facts.cell(first, col["quote"]).value == QUOTE
    assert isinstance(facts.cell(first, col["value"]).value, int)
    money = facts.cell(kaniv_rows[4], col["quote"])
    assert money.value == "=83,7 тис. грн" and money.data_type == "s"  # text, not a formula
    df = pd.read_excel(out, sheet_name="facts")
    assert sorted(df["settlement"]) == ["Канів"] * 5 + ["Суми"]


@pytest.mark.parametrize("fmt,out", [("xlsx", None), ("parquet", None), ("tsv", "x.tsv")])
def test_write_tables_refuses(fmt: str, out: str | None) -> None:
    with pytest.raises(UsageError):
        write_tables({"facts": pd.DataFrame()}, fmt, Path(out) if out else None, main="facts")


def _soffice(src: Path, target: str, outdir: Path, infilter: str | None = None) -> Path:
    profile = outdir / "lo-profile"
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", *extra,
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(outdir)})
    ext = target.split(":")[0]
    return outdir / f"{src.stem}.{ext}"


def _has_calc() -> bool:
    soffice = shutil.which("soffice")
    # Debian's soffice without the libreoffice-calc package cannot load any spreadsheet
    return soffice is not None and (Path(soffice).resolve().parent / "libsclo.so").exists()


@pytest.mark.skipif(not _has_calc(), reason="LibreOffice Calc is not installed")
def test_libreoffice_round_trip(tmp_path: Path) -> None:
    with Store.open(_db(tmp_path / "r.sqlite"), readonly=True) as s:
        tables = tables_from_store(s)
    xlsx = tmp_path / "regional.xlsx"
    write_tables(tables, "xlsx", xlsx, main="facts")
    conv = tmp_path / "lo"
    conv.mkdir()
    # xlsx → csv: LibreOffice writes the first sheet; 76 = UTF-8
    back = _soffice(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1", conv)
    with back.open(encoding="utf-8-sig", newline="") as fh:
        rows = {(r["settlement"], r["fact_id"]): r for r in csv.DictReader(fh)}
    assert len(rows) == 6
    assert rows["Канів", "f1"]["quote"] == QUOTE and rows["Суми", "f1"]["centre"] == SUMY["centre"]
    assert rows["Канів", "f4"]["value"] == "good" and rows["Канів", "f1"]["value"] == "367"
    # our CSV imported by Calc as UTF-8 (headless Calc does not ask; the GUI offers it) and
    # saved as xlsx keeps its columns, its letters, and no stray BOM in the first header
    ours = tmp_path / "facts.csv"
    write_tables(tables, "csv", ours, main="facts")
    reopened = load_workbook(_soffice(ours, "xlsx", conv, infilter="CSV:44,34,76")).active
    header = [c.value for c in reopened[1]]
    assert header[:3] == ["doc_id", "source", "fact_id"] and "settlement" in header
    cells = {(reopened.cell(r, header.index("settlement") + 1).value, reopened.cell(r, 3).value): r
             for r in range(2, reopened.max_row + 1)}
    assert reopened.cell(cells["Канів", "f1"], header.index("quote") + 1).value == QUOTE
    assert reopened.cell(cells["Суми", "f1"], header.index("centre") + 1).value == SUMY["centre"]


@pytest.mark.parametrize("value,expected", [
    ("- 17 осіб", " - 17 осіб"), ("=SUM(A1)", " =SUM(A1)"), ("+380", "+380"), ("+ 5 осіб", " + 5 осіб"), ("@x", " @x"),
    ("-5", "-5"), ("-2.5", "-2.5"), ("17 осіб", "17 осіб"), (None, None), (-5, -5),
])
def test_excel_safe(value, expected) -> None:
    from zvitparse.export.writers import excel_safe

    assert excel_safe(pd.DataFrame({"c": [value]}, dtype=object))["c"].tolist() == [expected]


def test_meta_columns_cover_spec() -> None:
    assert set(META_FIELDS) <= set(LONG_COLUMNS)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_empty_database_exports_headers(tmp_path: Path, fmt: str) -> None:
    Store.open(tmp_path / "e.sqlite").close()
    with Store.open(tmp_path / "e.sqlite", readonly=True) as s:
        tables = tables_from_store(s)
    written = write_tables(tables, fmt, f"{tmp_path}/out/" if fmt != "xlsx" else tmp_path / "e.xlsx", main="facts")
    assert len(written) == (1 if fmt == "xlsx" else len(tables))
    facts = {"csv": lambda p: pd.read_csv(p, encoding="utf-8-sig"), "parquet": pd.read_parquet,
             "xlsx": lambda p: pd.read_excel(p, sheet_name="facts")}[fmt](written[0])
    assert len(facts) == 0 and list(facts.columns) == [*LONG_COLUMNS, "url"]

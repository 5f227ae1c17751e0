"""`zvitparse export` of a database built from the seeds and their renditions."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from zvitparse.cli import main
from zvitparse.export import LONG_COLUMNS


def test_csv_long_table(renditions_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "facts.csv"
    assert main(["export", "--db", str(renditions_db), "-o", str(out)]) == 0
    assert out.read_bytes()[:3] == b"\xef\xbb\xbf"
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert list(df.columns) == [*LONG_COLUMNS, "url"]
    assert df["doc_id"].nunique() == 5
    assert {"Канів", "Суми", "Дніпро", "Покров", "Старокостянтинів"} == set(df["settlement"])
    # families served per centre per year: one group-by
    served = df[(df.indicator == "served") & (df.unit == "families")].groupby(["settlement", "period_start"])
    assert len(served) > 0


def test_csv_to_stdout(renditions_db: Path, capsys) -> None:
    assert main(["export", "--db", str(renditions_db), "--wide"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("centre_id,centre,settlement,centre_type,period_start,period_end,")
    assert len(lines) == 6  # header + five centre × period rows


@pytest.mark.parametrize("wide", [False, True])
def test_parquet(renditions_db: Path, tmp_path: Path, wide: bool) -> None:
    out = tmp_path / "t.parquet"
    assert main(["export", "--db", str(renditions_db), "-o", str(out), *(["--wide"] if wide else [])]) == 0
    df = pd.read_parquet(out)
    if wide:
        assert len(df) == 5 and "settlement" in df.columns
        assert any(c.startswith("served/families") for c in df.columns)
    else:
        assert "value_num" in df.columns and df["value_num"].notna().any()


def test_xlsx_every_table(renditions_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "regional.xlsx"
    assert main(["export", "--db", str(renditions_db), "--format", "xlsx", "-o", str(out), "--wide"]) == 0
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["wide", "facts", "indicators", "centres", "documents", "findings", "errors"]
    docs = pd.read_excel(out, sheet_name="documents")
    assert len(docs) == 5 and set(docs["n_sources"]) == {5}
    assert docs["source_paths"].str.contains(".pdf", regex=False).all()


def test_folder_of_csv_files(renditions_db: Path, tmp_path: Path) -> None:
    assert main(["export", "--db", str(renditions_db), "-o", f"{tmp_path}/out/"]) == 0
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["centres.csv", "documents.csv", "errors.csv", "facts.csv", "findings.csv", "indicators.csv",
                     "wide.csv"]


def test_export_missing_db(tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", str(tmp_path / "nope.sqlite")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_manifest_urls_reach_the_export(seed_paths: list[Path], tmp_path: Path, capsys) -> None:
    manifest = tmp_path / "scraped.csv"
    manifest.write_text("path,url,scraped_at,title\n" + "".join(
        f"{p.name},https://example.org/zvit/{i},2024-05-0{i + 1},Звіт {i}\n" for i, p in enumerate(seed_paths)),
        encoding="utf-8")
    db = tmp_path / "r.sqlite"
    assert main(["-q", "build", str(seed_paths[0].parent), "--db", str(db), "--manifest", str(manifest),
                 "--no-progress", "-j", "2"]) == 0
    out = tmp_path / "documents.csv"
    assert main(["export", "--db", str(db), "-o", f"{tmp_path}/all/"]) == 0
    docs = pd.read_csv(tmp_path / "all" / "documents.csv", encoding="utf-8-sig").sort_values("source")
    assert docs["url"].tolist() == [f"https://example.org/zvit/{i}" for i in range(len(seed_paths))]
    assert docs["scraped_at"].tolist()[0] == "2024-05-01"
    facts = pd.read_csv(tmp_path / "all" / "facts.csv", encoding="utf-8-sig")
    assert facts["url"].notna().all()
    assert not out.exists()


@pytest.mark.parametrize("command", ["extract", "export", "stats"])
def test_help_and_readme(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: zvitparse {command}")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"`zvitparse {command} " in readme

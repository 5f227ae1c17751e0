"""`zvitparse extract` on the real seeds: JSONL records and flat tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from zvitparse.cli import main
from zvitparse.export import LONG_COLUMNS


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_jsonl_one_object_per_document(seed_paths: list[Path], tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a PDF")
    assert main(["extract", str(seed_paths[0].parent), str(bad)]) == 0
    records = _jsonl(capsys.readouterr().out)
    assert len(records) == len(seed_paths) + 1
    for rec in records:
        assert list(rec) == ["doc_id", "source", "meta", "facts", "findings", "errors"]
    good = records[:-1]
    assert [Path(r["source"]).name for r in good] == [p.name for p in seed_paths]  # path order
    assert all(r["facts"] and not r["errors"] for r in good)
    assert good[0]["meta"]["settlement"] == "Канів"
    assert records[-1]["errors"][0]["stage"] == "read" and records[-1]["errors"][0]["reason"]


def test_strict_fails_on_a_bad_file(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["extract", str(bad), "--strict", "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "1 with errors" in capsys.readouterr().err


@pytest.mark.parametrize("args,suffix", [(["--format", "csv"], "csv"), ([], "csv"), ([], "parquet"),
                                         (["--format", "xlsx"], "xlsx")])
def test_flat_formats_one_row_per_fact(seed_paths: list[Path], tmp_path: Path, capsys, args, suffix) -> None:
    out = tmp_path / f"facts.{suffix}"
    assert main(["extract", *map(str, seed_paths[:2]), "-o", str(out), *args]) == 0
    n_facts = int(capsys.readouterr().err.split(" documents, ")[1].split()[0])
    if suffix == "csv":
        assert out.read_bytes()[:3] == b"\xef\xbb\xbf"
        df = pd.read_csv(out, encoding="utf-8-sig")
    elif suffix == "parquet":
        df = pd.read_parquet(out)
    else:
        df = pd.read_excel(out, sheet_name="facts")
        assert load_workbook(out, read_only=True).sheetnames == ["facts", "documents", "findings", "errors"]
    assert len(df) == n_facts > 0
    assert list(df.columns)[:len(LONG_COLUMNS)] == list(LONG_COLUMNS)
    assert set(df["settlement"]) == {"Канів", "Старокостянтинів"}
    assert df["quote"].str.contains("сім", regex=False).any()


@pytest.mark.parametrize("argv,message", [
    (["extract", "no/such/file.txt"], "no such file"),
    (["extract", "{seed}", "--format", "xlsx"], "needs a file"),
])
def test_usage_errors(seed_paths: list[Path], capsys, argv: list[str], message: str) -> None:
    argv = [a.replace("{seed}", str(seed_paths[0])) for a in argv]
    assert main(argv) == 2
    assert message in capsys.readouterr().err

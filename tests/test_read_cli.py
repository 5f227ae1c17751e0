"""`zvitparse read FILE [--json]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zvitparse.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_prints_normalized_text(capsys) -> None:
    assert main(["read", str(CORPUS / "renditions" / "002_3a9d6d8ed56605d0.cp1251.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Звіт про проведення внутрішньої оцінки якості")
    assert "сім'ї" in out and "’" not in out


def test_json_model(capsys) -> None:
    assert main(["read", "--json", str(CORPUS / "formats" / "nizhyn_css_budget_2021.docx")]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["format"] == "docx" and len(d["doc_id"]) == 16
    tables = [b for b in d["blocks"] if b["kind"] == "table"]
    assert tables[0]["rows"][0][0]["text"] == "КЕКВ" and tables[0]["rows"][0][0]["rowspan"] == 2
    cell = tables[0]["rows"][2][2]
    assert d["text"][cell["start"]:cell["end"]] == cell["text"] == "4 512,6"


def test_json_pages_and_encoding(capsys) -> None:
    assert main(["read", "--json", str(CORPUS / "site" / "000_1d545bbe71f900c8.site.html")]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "cp1251"
    assert main(["read", "--json", str(CORPUS / "formats" / "fastiv_tcso_services_2022.pdf")]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["pages"] == 3 and len(d["page_starts"]) == 3


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.pdf", "no such file"),
        (lambda tmp: _write(tmp / "empty.txt", b""), "empty"),
        (lambda tmp: _write(tmp / "x.docx", b"PK\x03\x04 not really"), "zip"),
        (lambda tmp: CORPUS / "formats" / "fastiv_tcso_services_2022.scan.pdf", "needs OCR"),
    ],
)
def test_unreadable_input_one_line_exit_2(tmp_path: Path, capsys, monkeypatch, make, reason: str) -> None:
    monkeypatch.setenv("ZVITPARSE_OCR", "0")
    path = make(tmp_path)
    assert main(["read", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(path) in err and reason in err
    assert "Traceback" not in err


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
